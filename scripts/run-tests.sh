#!/usr/bin/env bash
# Sets everything up (first time only) and runs every check: ruff, ruff format, mypy, the import
# contracts (lint-imports), pytest,
# then builds the installed-app bundle and runs its self-test, then builds the Debian package
# and installs, runs, upgrades and removes it (tests/packaging/test_deb.py; as root with apt-get,
# skipped otherwise). CRAMPWISE_SKIP_BUNDLE=1 skips both (~3-4 minutes). Extra arguments go to
# the first pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_system_libs offscreen
ensure_desktop_test_tools
ensure_venv
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
echo "== ruff check"; "$VENV/bin/ruff" check .
echo "== ruff format --check"; "$VENV/bin/ruff" format --check .
echo "== mypy"; "$VENV/bin/mypy"
echo "== lint-imports (the layers: pyproject.toml [tool.importlinter])"; "$VENV/bin/lint-imports"
echo "== pytest"; "$VENV/bin/pytest" "$@"
if [ "${CRAMPWISE_SKIP_BUNDLE:-0}" != 1 ]; then
    echo "== bundle: build, then its self-test"
    bash scripts/build-bundle.sh
    dist/crampwise/crampwise --self-test
    echo "== package: build, lintian, install, run, upgrade, remove"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        ensure_system_libs package
    fi
    CRAMPWISE_PACKAGE_TEST=1 "$VENV/bin/pytest" -p no:cacheprovider tests/packaging/test_deb.py
fi
