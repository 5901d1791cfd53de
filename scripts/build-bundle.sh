#!/usr/bin/env bash
# Builds the installed-app bundle with PyInstaller (packaging/crampwise.spec).
#   bash scripts/build-bundle.sh              one folder: dist/crampwise/crampwise
#   bash scripts/build-bundle.sh --onefile    one file:   dist/crampwise-onefile
# Then: dist/crampwise/crampwise --self-test
# Installs the "bundle" extra (PyInstaller) into .venv when it is missing. Prints size and time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
cd "$ROOT"

export CRAMPWISE_ONEFILE=0
for arg in "$@"; do
    case "$arg" in
        --onefile) CRAMPWISE_ONEFILE=1 ;;
        -h | --help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "build-bundle: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [ ! -x "$VENV/bin/python" ]; then
    echo "build-bundle: no virtual environment at $VENV; run scripts/run-app.sh once first" >&2
    exit 1
fi
if ! "$VENV/bin/python" -c 'import PyInstaller' 2>/dev/null; then
    echo "build-bundle: installing PyInstaller into $VENV" >&2
    "$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.10"
fi

# The PNG icons are committed; render them again only if the SVG is newer.
svg="assets/icons/crampwise.svg"
png="assets/icons/hicolor/512x512/apps/crampwise.png"
if [ ! -f "$png" ] || [ "$svg" -nt "$png" ]; then
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" packaging/render_icons.py >/dev/null
fi

start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/crampwise.spec
elapsed=$(($(date +%s) - start))

if [ "$CRAMPWISE_ONEFILE" = 1 ]; then
    out="dist/crampwise-onefile"
    run="$out"
else
    out="dist/crampwise"
    run="$out/crampwise"
fi
echo "build-bundle: built $out in ${elapsed}s, $(du -sh "$out" | cut -f1)"
echo "build-bundle: check it with: $run --self-test"
