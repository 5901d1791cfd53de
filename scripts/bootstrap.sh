#!/usr/bin/env bash
# Sets up everything Crampwise needs on Debian/Ubuntu: Qt's system libraries, a virtual
# environment in .venv, and the Python packages. Safe to run again: it only does what is missing.
# Sourced by scripts/run-app.sh and scripts/run-tests.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
# Qt's offscreen platform (tests) needs these; a real window also needs the xcb ones and
# libpulse0 (QtMultimedia, for the relief sounds).
QT_LIBS_OFFSCREEN="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libx11-6 libfreetype6 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
# Tools the tests use to check the desktop files and the PDF report (they skip without them).
TEST_TOOLS="desktop-file-utils appstream poppler-utils"
# The desktop tests (tests/desktop): a real sound server and speech, the screen reader's bus,
# a tray and a notification server under Xvfb. Separate, so the app itself never needs them.
DESKTOP_TEST_TOOLS="pulseaudio pulseaudio-utils sox speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2 xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi dunst trayer xdotool x11-utils libglib2.0-bin"
QT_LIBS_WINDOW="libpulse0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"
# The package test (scripts/build-package.sh, tests/packaging/test_deb.py): lint the .deb, drop
# build-machine RUNPATHs, read the man page, an X server, and a launcher menu to start the app from.
PACKAGE_TOOLS="lintian patchelf binutils man-db xvfb xauth xdotool rofi"

say() { printf 'crampwise setup: %s\n' "$*" >&2; }

pick_python() {
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    say "Python 3.11 or newer is needed. On Debian/Ubuntu: sudo apt-get install python3 python3-venv"
    exit 1
}

missing_debs() {
    # Prints the Debian packages from "$@" that are not installed.
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            printf '%s ' "$pkg"
    done
}

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

apt_install() {
    # $1: what it is, in words; $2: the Debian packages (space-separated)
    say "installing $1: $2"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $2 >/dev/null
}

ensure_system_libs() {
    # $1: "offscreen" (tests), "window" (the app on a real screen) or "package" (the .deb test)
    local wanted="$QT_LIBS_OFFSCREEN"
    [ "$1" = package ] && wanted="$PACKAGE_TOOLS"
    [ "$1" = window ] && wanted="$wanted $QT_LIBS_WINDOW"
    [ "$1" = offscreen ] && wanted="$wanted $TEST_TOOLS"
    command -v python3 >/dev/null 2>&1 && python3 -c 'import venv, ensurepip' 2>/dev/null ||
        wanted="$wanted python3-venv"
    # shellcheck disable=SC2086
    local missing
    missing="$(missing_debs $wanted)"
    [ -z "$missing" ] && return 0
    if can_apt; then
        apt_install "Qt's system libraries" "$missing"
    else
        say "Qt needs system libraries that are not installed. Run:"
        say "  sudo apt-get install -y $missing"
        say "then run this command again."
        exit 1
    fi
}

ensure_desktop_test_tools() {
    # Installs DESKTOP_TEST_TOOLS as root with apt-get; otherwise says what is missing and goes
    # on (those tests then skip, each saying why).
    # shellcheck disable=SC2086
    local missing
    missing="$(missing_debs $DESKTOP_TEST_TOOLS)"
    [ -z "$missing" ] && return 0
    if can_apt; then
        apt_install "the desktop test tools" "$missing"
    else
        say "the desktop tests will skip; to run them: sudo apt-get install -y $missing"
    fi
}

ensure_venv() {
    local py stamp want
    py="$(pick_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating the virtual environment in .venv"
        "$py" -m venv "$VENV"
    fi
    stamp="$VENV/.crampwise-installed"
    want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing Crampwise and its packages into .venv"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT[dev]"
        echo "$want" >"$stamp"
    fi
}

ensure_launcher() {
    # A `crampwise` command in ~/.local/bin that starts this .venv's Crampwise, as the README
    # says; written (and announced) only when missing or pointing elsewhere.
    [ -n "${HOME:-}" ] || return 0
    local launcher="$HOME/.local/bin/crampwise"
    if [ -f "$launcher" ] && grep -qF "$VENV/bin/crampwise" "$launcher" 2>/dev/null; then
        return 0
    fi
    "$VENV/bin/crampwise" install-desktop --command-only | sed 's/^/crampwise setup: /' >&2 || true
}
