#!/usr/bin/env bash
# Sets everything up (first time only) and runs every check: ruff, ruff format, mypy, pytest,
# then builds the installed-app bundle and runs its self-test (CRAMPWISE_SKIP_BUNDLE=1 skips
# that last step, ~1 minute). Extra arguments go to pytest.
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
echo "== pytest"; "$VENV/bin/pytest" "$@"
if [ "${CRAMPWISE_SKIP_BUNDLE:-0}" != 1 ]; then
    echo "== bundle: build, then its self-test"
    bash scripts/build-bundle.sh
    dist/crampwise/crampwise --self-test
fi
