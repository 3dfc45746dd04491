"""The README lists every shortcut Help ▸ Keyboard Shortcuts lists, and the two commands."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.shortcuts import shortcuts

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_shortcut(qapp: object) -> None:
    for _group, keys, what in shortcuts():
        assert f"| {keys} | {what} |" in README, keys


def test_readme_gives_the_two_setup_commands() -> None:
    assert "    bash scripts/start.sh\n" in README
    assert "    bash scripts/test.sh\n" in README
    root = Path(__file__).resolve().parents[2]
    assert (root / "scripts" / "start.sh").exists() and (root / "scripts" / "test.sh").exists()
