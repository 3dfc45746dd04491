#!/usr/bin/env bash
# Start Recoupe from this checkout: on the first run, install the system libraries Qt needs
# (apt, where there is one), create .venv and install Recoupe into it; later runs go
# straight to the app. Arguments are passed to `recoupe` (try `scripts/start.sh --help`).
set -euo pipefail
# shellcheck source=scripts/_setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"

apt_install "${QT_RUNTIME_PACKAGES[@]}"
ensure_venv
pip_install ""
exec "$VENV/bin/recoupe" "$@"
