"""Before Qt starts: are the system libraries the bundle does not carry present?

PyInstaller bundles carry Qt but not the OpenGL, EGL, xcb and fontconfig libraries of the
system. Without them Qt aborts with a message about ``xcb-cursor0`` whatever is really missing.
Call :func:`missing_system_libraries` and print :func:`explain_missing` instead.

The messages are in the person's language (their setting, else the system's): the catalogue
is read without a Qt application (:func:`crampwise.i18n.use_catalogue`) when QtCore loads,
English otherwise (context ``Preflight``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from crampwise import i18n
from crampwise.i18n import translate

# soname -> (name for find_library, Debian/Ubuntu package). Needed on every Linux platform.
CORE_LIBRARIES: dict[str, tuple[str, str]] = {
    "libGL.so.1": ("GL", "libgl1"),
    "libEGL.so.1": ("EGL", "libegl1"),
    "libfontconfig.so.1": ("fontconfig", "libfontconfig1"),
    "libfreetype.so.6": ("freetype", "libfreetype6"),
    "libxkbcommon.so.0": ("xkbcommon", "libxkbcommon0"),
    "libglib-2.0.so.0": ("glib-2.0", "libglib2.0-0"),
    "libdbus-1.so.3": ("dbus-1", "libdbus-1-3"),
}
# Only for a window on X11 (and XWayland): the xcb platform plugin's dependencies.
X11_LIBRARIES: dict[str, tuple[str, str]] = {
    "libX11.so.6": ("X11", "libx11-6"),
    "libX11-xcb.so.1": ("X11-xcb", "libx11-xcb1"),
    "libxkbcommon-x11.so.0": ("xkbcommon-x11", "libxkbcommon-x11-0"),
    "libxcb-cursor.so.0": ("xcb-cursor", "libxcb-cursor0"),
    "libxcb-icccm.so.4": ("xcb-icccm", "libxcb-icccm4"),
    "libxcb-image.so.0": ("xcb-image", "libxcb-image0"),
    "libxcb-keysyms.so.1": ("xcb-keysyms", "libxcb-keysyms1"),
    "libxcb-randr.so.0": ("xcb-randr", "libxcb-randr0"),
    "libxcb-render-util.so.0": ("xcb-render-util", "libxcb-render-util0"),
    "libxcb-shape.so.0": ("xcb-shape", "libxcb-shape0"),
    "libxcb-xkb.so.1": ("xcb-xkb", "libxcb-xkb1"),
}
# Text needs at least one font; Debian's smallest choice.
FONT_PACKAGE = "fonts-dejavu-core"
_spoken = False  # whether the person's language was chosen for these messages


def _speak_their_language() -> None:
    """Once: these messages in the person's language (their setting, else the system's), from
    a catalogue read without a Qt application (there may be none, or none possible)."""
    global _spoken
    if _spoken:
        return
    _spoken = True
    try:
        from crampwise.settings import load_settings

        lang = i18n.resolve(load_settings().language, i18n.system_language())
    except Exception:  # a settings file that cannot be read: English it is
        return
    i18n.use_catalogue("crampwise_more", lang)


def _loadable(soname: str) -> bool:
    """dlopen works, from the system or (in a bundle) from the bundle's own folder."""
    import ctypes  # only when there is something to check: it costs ~4 ms at start

    candidates = [soname]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, str(Path(frozen_root) / soname))
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def _needs_x11() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def has_screen() -> bool:
    """Whether Qt has somewhere to open a window: a platform chosen, or a display (Linux)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    env = os.environ
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")) or (
        env.get("XDG_SESSION_TYPE") == "wayland"
    )


def explain_no_screen() -> str:
    """Qt aborts with a misleading message about xcb-cursor0 when there is no display."""
    _speak_their_language()
    return "\n".join(
        (
            translate(
                "Preflight",
                "Crampwise cannot open its window: there is no screen to show it on "
                "(DISPLAY and WAYLAND_DISPLAY are not set). Start it from your desktop session.",
            ),
            translate(
                "Preflight",
                "The command-line commands (crampwise log, list, check) work without a screen.",
            ),
        )
    )


def missing_system_libraries(*, window: bool | None = None, core: bool = True) -> list[str]:
    """Sonames Qt will need that cannot be loaded here (empty off Linux).

    ``window``: also check the X11/xcb libraries; by default when Qt will use X11.
    ``core``: check the libraries Qt's own modules link (importing them fails without).
    A library is present if ``dlopen`` of its soname works (that is what Qt will do).
    """
    if not sys.platform.startswith("linux"):
        return []
    wanted = dict(CORE_LIBRARIES) if core else {}
    if window if window is not None else _needs_x11():
        wanted |= X11_LIBRARIES
    return [soname for soname in wanted if not _loadable(soname)]


def fonts_present() -> bool:
    """Whether fontconfig knows any font (false on a bare system: text shows as boxes)."""
    if not sys.platform.startswith("linux"):
        return True
    import ctypes
    import ctypes.util  # runs after the first paint: it costs ~20 ms (shutil, subprocess)

    path = ctypes.util.find_library("fontconfig")
    if path is None:
        return False
    try:
        fc = ctypes.CDLL(path)
        fc.FcInitLoadConfigAndFonts.restype = ctypes.c_void_p
        fc.FcConfigGetFonts.restype = ctypes.c_void_p
        fc.FcConfigGetFonts.argtypes = [ctypes.c_void_p, ctypes.c_int]
        config = fc.FcInitLoadConfigAndFonts()
        fonts = fc.FcConfigGetFonts(config, 0) if config else None
        if not fonts:
            return False
        # FcFontSet starts with ``int nfont``.
        return ctypes.c_int.from_address(int(fonts)).value > 0
    except (OSError, AttributeError, ValueError):
        return True  # cannot tell: do not cry wolf


def packages_for(libs: Iterable[str]) -> list[str]:
    """The Debian/Ubuntu packages that provide ``libs`` (unknown names are left out)."""
    table = CORE_LIBRARIES | X11_LIBRARIES
    out: list[str] = []
    for soname in libs:
        if soname in table and table[soname][1] not in out:
            out.append(table[soname][1])
        elif soname == FONT_PACKAGE and soname not in out:
            out.append(soname)
    return out


def explain_missing(libs: Iterable[str]) -> str:
    """A message for the terminal: what is missing and the command that installs it."""
    libs = list(libs)
    if not libs:
        return ""
    packages = packages_for(libs)
    _speak_their_language()
    lines = [
        translate(
            "Preflight", "Crampwise cannot open its window: these system libraries are missing:"
        ),
        *(f"  {soname}" for soname in libs),
    ]
    if packages:
        lines += [
            translate("Preflight", "On Debian or Ubuntu install them with:"),
            f"  sudo apt-get install {' '.join(packages)} {FONT_PACKAGE}",
            translate("Preflight", "On Fedora:")
            + " sudo dnf install mesa-libGL mesa-libEGL libxcb xcb-util-cursor "
            "xcb-util-wm xcb-util-image xcb-util-keysyms xcb-util-renderutil libxkbcommon-x11 "
            "fontconfig dejavu-sans-fonts",
        ]
    lines.append(
        translate(
            "Preflight",
            "The command-line commands (crampwise log, list, check) work without them.",
        )
    )
    return "\n".join(lines)
