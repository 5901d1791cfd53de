#!/usr/bin/env bash
# Builds dist/crampwise_<version>_amd64.deb from the one-folder bundle (dist/crampwise; built
# first with scripts/build-bundle.sh when it is missing):
#   /opt/crampwise/            the bundle          /usr/bin/crampwise   a link to it
#   /usr/share/applications/crampwise.desktop     /usr/share/icons/hicolor/*/apps/crampwise.*
#   /usr/share/metainfo/io.crampwise.Crampwise.metainfo.xml
#   /usr/share/man/man1/crampwise.1.gz (from the CLI's own --help: packaging/make_manpage.py)
#   /usr/share/doc/crampwise/{copyright,changelog.Debian.gz}
# Environment: CRAMPWISE_PACKAGE_VERSION (default: the bundle's version + "-1"),
# CRAMPWISE_PACKAGE_OUT (default dist/), CRAMPWISE_DEB_COMPRESSION (xz, gzip or none; default
# xz, ~2 minutes; Debian 12's lintian rejects zstd) and CRAMPWISE_DEB_LEVEL (e.g. 1: gzip -1 takes
# seconds), CRAMPWISE_MAINTAINER, SOURCE_DATE_EPOCH. Needs patchelf. Then: lintian dist/*.deb
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${VENV:-$ROOT/.venv}"
# shellcheck source=scripts/bootstrap.sh
source "$ROOT/scripts/bootstrap.sh" # the system libraries: QT_LIBS_OFFSCREEN, QT_LIBS_WINDOW
VENV="$venv"
cd "$ROOT"
command -v patchelf >/dev/null || { echo "build-package: needs patchelf (apt-get install patchelf)" >&2; exit 1; }

bundle=dist/crampwise
[ -x "$bundle/crampwise" ] || VENV="$VENV" bash scripts/build-bundle.sh
upstream="$("$bundle/crampwise" --version | cut -d' ' -f2)"
version="${CRAMPWISE_PACKAGE_VERSION:-$upstream-1}"
maintainer="${CRAMPWISE_MAINTAINER:-The Crampwise authors <crampwise@example.org>}"
out="${CRAMPWISE_PACKAGE_OUT:-$ROOT/dist}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
deb="$out/crampwise_${version}_amd64.deb"
stage="$ROOT/build/deb/crampwise_${version}_amd64"
share="$stage/usr/share"

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$share/applications" "$share/metainfo" \
    "$share/man/man1" "$share/doc/crampwise" "$share/lintian/overrides" "$out"
cp -a "$bundle" "$stage/opt/crampwise"
ln -s /opt/crampwise/crampwise "$stage/usr/bin/crampwise"
cp packaging/crampwise.desktop "$share/applications/"
cp packaging/io.crampwise.Crampwise.metainfo.xml "$share/metainfo/"
for png in assets/icons/hicolor/*/apps/crampwise.png; do
    install -D -m 644 "$png" "$share/icons/${png#assets/icons/}"
done
install -D -m 644 assets/icons/crampwise.svg "$share/icons/hicolor/scalable/apps/crampwise.svg"
PYTHONPATH="$ROOT/desktop" "$VENV/bin/python" packaging/make_manpage.py "$stage/crampwise.1"
gzip -9n <"$stage/crampwise.1" >"$share/man/man1/crampwise.1.gz" && rm "$stage/crampwise.1"
cp packaging/debian/copyright "$share/doc/crampwise/"
cp packaging/debian/lintian-overrides "$share/lintian/overrides/crampwise"
printf '%s\n' "crampwise ($version) unstable; urgency=medium" "" \
    "  * Built from the Crampwise $upstream bundle by scripts/build-package.sh." "" \
    " -- $maintainer  $(date -R -u -d "@$SOURCE_DATE_EPOCH")" |
    gzip -9n >"$share/doc/crampwise/changelog.Debian.gz"
# The Python modules of a pyenv build keep its build folder as RUNPATH: drop it ($ORIGIN stays).
find "$stage/opt" -type f -name '*.so*' -print0 | while IFS= read -r -d '' lib; do
    rpath="$(patchelf --print-rpath "$lib" 2>/dev/null)" || continue
    if [ -n "$rpath" ] && [[ "$rpath" != *'$ORIGIN'* ]]; then patchelf --remove-rpath "$lib"; fi
done
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -exec chmod 644 {} +
chmod 755 "$stage/opt/crampwise/crampwise"

# Dependencies: the system libraries the app needs (scripts/bootstrap.sh), with the names later
# releases gave them, plus what the bundle leaves to the system on purpose (packaging/
# crampwise.spec: libcups, libpulse) and what PyInstaller never copies (OpenGL, xcb, Wayland).
glibc="$(find "$stage/opt" -type f -name '*.so*' -exec objdump -T {} + 2>/dev/null |
    grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1 | cut -d_ -f2)"
depends="libc6 (>= $glibc)"
# libglib2.0-bin: gdbus, which sends the bedtime reminder as a desktop notification.
for pkg in $QT_LIBS_OFFSCREEN $QT_LIBS_WINDOW libcups2 libxcb1 libx11-xcb1 libdrm2 \
    libwayland-client0 libwayland-cursor0 libwayland-egl1 libglib2.0-bin; do
    case "$pkg" in
        libglib2.0-0 | libcups2) pkg="${pkg}t64 | $pkg" ;;
        fonts-dejavu-core) pkg="$pkg | fonts-freefont-ttf | fonts-liberation2" ;;
    esac
    depends="$depends, $pkg"
done
# dpkg-gencontrol's estimate: each file's size in KiB rounded up, 1 for each link and folder
size_kib="$(find "$stage" -path "$stage/DEBIAN" -prune -o -printf '%y %s\n' |
    awk '$1 == "f" { kib += int(($2 + 1023) / 1024); next } { kib += 1 } END { print kib }')"
cat >"$stage/DEBIAN/control" <<EOF
Package: crampwise
Version: $version
Architecture: amd64
Maintainer: $maintainer
Installed-Size: $size_kib
Depends: $depends
Suggests: speech-dispatcher, espeak-ng, pipewire-pulse | pulseaudio
Section: misc
Priority: optional
Description: relief guide and diary for night leg cramps
 Crampwise is for people who are woken at night by cramps in the calf, foot
 or toes. One key press starts timing the cramp and shows, step by step, the
 stretches and massage that ease it. The next morning the details take
 seconds to add, and over weeks the diary shows patterns worth taking to a
 doctor.
 .
 Everything stays on the computer: Crampwise never connects to the network.
 It does not replace a doctor.
EOF
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z |
    xargs -0 md5sum >DEBIAN/md5sums)
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

start=$(date +%s)
dpkg-deb --root-owner-group -Z"${CRAMPWISE_DEB_COMPRESSION:-xz}" ${CRAMPWISE_DEB_LEVEL:+-z"$CRAMPWISE_DEB_LEVEL"} --build "$stage" "$deb" >/dev/null
rm -rf "$stage"
echo "build-package: built ${deb#"$ROOT"/} in $(($(date +%s) - start))s:" \
    "$(du -h "$deb" | cut -f1) to download, $((size_kib / 1024)) MiB installed"
