"""Refresh resources/translations/recoupe_fr.ts from the code and compile recoupe_fr.qm.

pyside6-lupdate reads all of desktop/ (the core's messages too), keeps the translations
already in the .ts and adds new strings as unfinished; translate them (Qt Linguist, or by
hand), then run this again to compile.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "recoupe_fr.ts"
QM = TS.with_suffix(".qm")


def ui_sources() -> list[str]:
    """Every module of desktop/: the interface's tr() strings and the core's messages.

    The core marks its messages with QT_TRANSLATE_NOOP("Messages", …) (desktop.core.errors);
    the interface translates them in desktop.ui.messages.
    """
    files = sorted((ROOT / "desktop").rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files]


def lupdate(ts: Path) -> None:
    subprocess.run(
        ["pyside6-lupdate", *ui_sources(), "-ts", str(ts), "-no-obsolete", "-locations", "none"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        ["pyside6-lrelease", str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True
    )


def main() -> int:
    lupdate(TS)
    lrelease(TS, QM)
    unfinished = TS.read_text(encoding="utf-8").count('type="unfinished"')
    print(f"{TS.relative_to(ROOT)}: {unfinished} string(s) to translate")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
