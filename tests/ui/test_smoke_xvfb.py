"""A real window on a virtual X screen: the installed `recoupe` starts and shows the demo.

Needs Xvfb, xdotool and ImageMagick (scripts/test.sh installs them on Debian) and the
`recoupe` command; skipped with the reason when one is missing.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.store import Store

pytestmark = pytest.mark.xvfb

WINDOW_TIMEOUT = 30.0
SEED_COUNT = 5  # the articles in seeds/manifest.json
MIN_COLOURS = 16  # a blank screen has one or two; rendered text has dozens


def _recoupe_command() -> str | None:
    """The installed `recoupe`: on PATH, or beside the running Python (an unactivated venv)."""
    found = shutil.which("recoupe")
    if found:
        return found
    beside = Path(sys.executable).with_name("recoupe")
    return str(beside) if beside.is_file() and os.access(beside, os.X_OK) else None


def _display_taken(n: int) -> bool:
    return Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists()


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[str]:
    """A fresh X server on a free display (:90 and up); yields its DISPLAY value."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb not found (Debian: apt-get install xvfb; scripts/test.sh does it)")
    for n in range(90, 140):
        if _display_taken(n):
            continue
        log = (tmp_path / f"xvfb-{n}.log").open("wb")
        proc = subprocess.Popen(
            ["Xvfb", f":{n}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None:
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        if proc.poll() is not None:  # lost a race for this display: try the next one
            log.close()
            continue
        try:
            yield f":{n}"
        finally:
            _stop(proc)
            log.close()
        return
    pytest.fail("no free X display between :90 and :139")


def _run(args: list[str], display: str) -> str:
    out = subprocess.run(
        args,
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    return out.stdout.strip() if out.returncode == 0 else ""


def _wait_for_title(app: subprocess.Popen[bytes], display: str, wanted: str, app_log: Path) -> str:
    """The title of the app's visible window once it contains wanted (fails after a timeout)."""
    deadline = time.monotonic() + WINDOW_TIMEOUT
    titles: list[str] = []
    while time.monotonic() < deadline:
        if app.poll() is not None:
            pytest.fail(
                f"recoupe exited with {app.returncode} before showing a window:\n"
                + app_log.read_text(errors="replace")
            )
        ids = _run(["xdotool", "search", "--onlyvisible", "--name", "Recoupe"], display)
        titles = [_run(["xdotool", "getwindowname", i], display) for i in ids.split()]
        for title in titles:
            if wanted in title:
                return title
        time.sleep(0.25)
    pytest.fail(
        f"no window titled '*{wanted}*' within {WINDOW_TIMEOUT:.0f} s; saw {titles!r}\n"
        + app_log.read_text(errors="replace")
    )


def test_installed_app_shows_the_demo_project_in_a_real_window(xvfb: str, tmp_path: Path) -> None:
    recoupe = _recoupe_command()
    if recoupe is None:
        pytest.skip("the `recoupe` command is not installed (pip install -e .)")
    for tool in ("xdotool", "import", "identify"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} not found (Debian: xdotool, imagemagick; scripts/test.sh)")

    data = tmp_path / "data"  # fresh: the app creates the demo project on first run
    data.mkdir()
    env = {
        **os.environ,
        "DISPLAY": xvfb,
        "QT_QPA_PLATFORM": "xcb",
        "RECOUPE_DATA_DIR": str(data),
    }
    env.pop("WAYLAND_DISPLAY", None)
    app_log = tmp_path / "recoupe.log"
    shot = tmp_path / "shot.png"
    app: subprocess.Popen[bytes] | None = None
    with app_log.open("wb") as log:
        try:
            app = subprocess.Popen([recoupe], env=env, stdout=log, stderr=subprocess.STDOUT)
            title = _wait_for_title(app, xvfb, "Demo", app_log)
            time.sleep(1.0)  # let the first paint land
            subprocess.run(
                ["import", "-window", "root", str(shot)],
                env={**os.environ, "DISPLAY": xvfb},
                check=True,
                timeout=30,
            )
            print(f"screenshot: {shot}")
            colours = subprocess.run(
                ["identify", "-format", "%k", str(shot)],
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            ).stdout
        finally:
            _stop(app)

    assert "Demo" in title
    assert int(colours.strip()) > MIN_COLOURS, f"the screen looks blank: {shot}"
    demo = data / "Demo.recoupe"
    assert demo.exists(), f"no demo project in {data}: {sorted(p.name for p in data.iterdir())}"
    store = Store.open(demo)
    try:
        assert len(store.sources()) == SEED_COUNT
    finally:
        store.close()
