#!/usr/bin/env bash
# Runs every benchmark and writes the table to BENCHMARKS.md (see benchmarks/README.md).
#   bash scripts/run-benchmarks.sh            full run (5-minute countdown): ~8 minutes
#   bash scripts/run-benchmarks.sh --quick    fewer repetitions, 20 s countdown: ~2 minutes
#   bash scripts/run-benchmarks.sh --bundle   also build the PyInstaller bundle and compare it
# Other options go to benchmarks/run_all.py (e.g. --only startup history).
# Timing never fails this command; it exits 1 only if a benchmark could not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bootstrap.sh
source "$ROOT/scripts/bootstrap.sh"
ensure_system_libs offscreen
case " $* " in *" --bundle "* | *" bundle "*) ensure_system_libs package ;; esac # patchelf
ensure_venv
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" benchmarks/run_all.py "$@"
