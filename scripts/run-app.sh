#!/usr/bin/env bash
# Sets everything up (first time only) and opens Crampwise. Extra arguments go to crampwise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_system_libs window
ensure_venv
ensure_launcher
exec "$VENV/bin/crampwise" "$@"
