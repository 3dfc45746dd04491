"""Where Recoupe finds its shipped files and keeps the user's projects.

One helper serves a source checkout, an installed wheel and a PyInstaller build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Recoupe"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """A top-level folder of the repository (resources, seeds) wherever it was installed."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [_PACKAGE_DIR / f"_{name}", _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    """A file under resources/."""
    return _shipped("resources").joinpath(*parts)


def seeds_dir() -> Path:
    """The sample articles the demo project is built from."""
    return _shipped("seeds")


def user_data_dir() -> Path:
    """Where projects live by default; RECOUPE_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("RECOUPE_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def demo_project_path() -> Path:
    return user_data_dir() / "Demo.recoupe"
