#!/usr/bin/env bash
# Run Recoupe's tests: the same setup as start.sh plus the test extras, Xvfb and the X tools
# the real-window smoke test uses; then pytest (arguments passed through, e.g. -q, -k, -m).
# Exits non-zero when a test fails or when no test ran.
set -euo pipefail
# shellcheck source=scripts/_setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"

apt_install "${QT_RUNTIME_PACKAGES[@]}" xvfb xauth x11-utils xdotool imagemagick
ensure_venv
pip_install test

cd "$ROOT"
export PATH="$VENV/bin:$PATH"  # the smoke test starts the installed `recoupe`
export QT_QPA_PLATFORM=offscreen
status=0
"$VENV/bin/python" -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
    say "pytest collected no tests: counting that as a failure"
    exit 1
fi
exit "$status"
