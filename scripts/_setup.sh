# shellcheck shell=bash
# Shared by scripts/start.sh and scripts/test.sh (sourced, not run).
# Installs the system packages Qt needs and keeps .venv in step with pyproject.toml.
# Quiet when there is nothing to do.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# What a Qt window needs on Linux (the xcb platform plugin and its libraries) and a font.
# "a|b" means the first of a or b that the distribution has (Debian 13 renamed some).
# shellcheck disable=SC2034  # used by start.sh and test.sh
QT_RUNTIME_PACKAGES=(
    libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 "libglib2.0-0t64|libglib2.0-0"
    libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    fonts-dejavu-core
)

say() { printf 'recoupe: %s\n' "$*" >&2; }

# Run a command with its output kept back, shown only if it fails.
quietly() {
    local log status=0
    log="$(mktemp)"
    "$@" >"$log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$log" >&2
        say "failed (exit $status): $*"
    fi
    rm -f "$log"
    return "$status"
}

# Run as root: directly, through sudo, or not at all (returns 1).
as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 1
    fi
}

_installed() {  # any of the "a|b" alternatives installed?
    local name
    for name in ${1//|/ }; do
        if [ "$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null)" = "install ok installed" ]; then
            return 0
        fi
    done
    return 1
}

_available() {  # the first "a|b" alternative apt can install, or nothing
    local name
    for name in ${1//|/ }; do
        # (no `| grep -q`: under pipefail its early exit fails the pipe)
        if [[ "$(apt-cache policy "$name" 2>/dev/null)" == *"Candidate: "[0-9]* ]]; then
            echo "$name"
            return 0
        fi
    done
}

_APT_UPDATED=""

# Install the Debian packages that are missing; a message, not a failure, where there is no apt.
apt_install() {
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        # Not Debian/Ubuntu (macOS, Fedora…): Qt's wheels carry what they need on macOS and
        # Windows; elsewhere the user installs the libraries. Say so once, on first setup.
        [ -d "$VENV" ] || say "no apt-get here: skipping system packages ($*)"
        return 0
    fi
    local spec missing=()
    for spec in "$@"; do
        _installed "$spec" || missing+=("$spec")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
        say "not root and no sudo: please install ${missing[*]//|/ or } yourself"
        return 0
    fi
    say "installing system packages: ${missing[*]}"
    if [ -z "$_APT_UPDATED" ]; then
        quietly as_root env DEBIAN_FRONTEND=noninteractive apt-get update
        _APT_UPDATED=1
    fi
    local names=() name
    for spec in "${missing[@]}"; do
        name="$(_available "$spec")"
        if [ -n "$name" ]; then
            names+=("$name")
        else
            say "no package ${spec//|/ or } in this distribution; skipped"
        fi
    done
    [ ${#names[@]} -eq 0 ] && return 0
    quietly as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${names[@]}"
}

# A Python >= 3.11 to build the venv from.
find_python() {
    local candidate
    for candidate in python3.11 python3 python3.12 python3.13; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    say "Recoupe needs Python 3.11 or newer (python3.11 or python3 on PATH)"
    return 1
}

# Create .venv if it is missing, broken or was made for another checkout.
ensure_venv() {
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c '' 2>/dev/null &&
        [ "$(cat "$VENV/.recoupe-root" 2>/dev/null)" = "$ROOT" ]; then
        return 0
    fi
    local python
    python="$(find_python)"
    if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
        # Debian's system Python ships venv separately.
        local minor
        minor="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        apt_install "python$minor-venv|python3-venv"
    fi
    say "creating $VENV with $("$python" --version 2>&1)"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
    # pip older than 23.3 does not normalise extra names, so justext's `lxml[html_clean]`
    # silently misses lxml_html_clean and trafilatura cannot import: bring pip up to date.
    quietly "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade "pip>=23.3"
    echo "$ROOT" >"$VENV/.recoupe-root"
}

# pip install -e ".[extras]" unless pyproject.toml is unchanged since the last install.
pip_install() {
    local extras="${1:-}" target="." stamp hash
    [ -n "$extras" ] && target=".[$extras]"
    stamp="$VENV/.recoupe-installed${extras:+-$extras}"
    hash="$("$VENV/bin/python" -c 'import hashlib, sys
print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$ROOT/pyproject.toml")"
    if [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ]; then
        return 0
    fi
    say "installing Recoupe${extras:+ with [$extras]} into .venv (first run or pyproject.toml changed; a minute or two)"
    (cd "$ROOT" && quietly "$VENV/bin/python" -m pip install --disable-pip-version-check -e "$target")
    echo "$hash" >"$stamp"
}
