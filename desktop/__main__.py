"""``python -m desktop``, and the entry script of the PyInstaller build."""

import sys
from pathlib import Path

if not __package__:  # run as a script (PyInstaller, or `python desktop/__main__.py`)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
