"""Put Crampwise in the desktop's menu for this user (no root): desktop entry, AppStream
metainfo and icons under ``~/.local/share``; ``uninstall_for_user`` takes them away again.

``crampwise install-desktop [--uninstall] [--prefix DIR]`` runs :func:`install_desktop_command`.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

from crampwise import paths

APP_ID = "io.crampwise.Crampwise"
DESKTOP_NAME = "crampwise.desktop"
METAINFO_NAME = f"{APP_ID}.metainfo.xml"
ICON_NAME = "crampwise"
DEFAULT_PREFIX = Path("~/.local")

_ENTRY = """\
[Desktop Entry]
Type=Application
Name=Crampwise
GenericName=Leg Cramp Relief
Comment=Relief guide and diary for night leg cramps
Exec={exec}
Icon={icon}
Terminal=false
Categories=Utility;
Keywords=cramp;leg;calf;foot;night;stretch;diary;
StartupNotify=true
StartupWMClass=crampwise
"""


def desktop_entry_text(exec_command: str = "crampwise", icon: str = ICON_NAME) -> str:
    """The desktop entry; ``packaging/crampwise.desktop`` is this with the defaults."""
    return _ENTRY.format(exec=exec_command, icon=icon)


def _quote_exec(args: list[str]) -> str:
    """Quote for a desktop entry's Exec key: double quotes, with ``\\ " $ ` `` escaped."""
    out = []
    for arg in args:
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            out.append(arg)
        else:
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            out.append(f'"{escaped}"')
    return " ".join(out).replace("%", "%%")


def launch_command() -> list[str]:
    """How to start this very Crampwise: the bundle's executable, the venv's script, or -m."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    beside = Path(sys.executable).with_name("crampwise")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("crampwise")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "crampwise"]


def installed_desktop_entry_text() -> str:
    """The desktop entry pointing at this installation (also used for autostart)."""
    return desktop_entry_text(_quote_exec(launch_command()))


def packaging_file(name: str) -> Path | None:
    """A file from ``packaging/``: in the bundle, the installed package, or the source tree."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "packaging" / name)
    here = Path(__file__).resolve().parent
    candidates += [here / "data" / name, here.parents[2] / "packaging" / name]
    return next((c for c in candidates if c.is_file()), None)


def _icon_files() -> list[tuple[Path, Path]]:
    """(source, path under share/icons/hicolor) for every rendered size and the SVG."""
    icons = paths.asset("icons")
    out = [
        (png, png.relative_to(icons / "hicolor"))
        for png in sorted(icons.glob(f"hicolor/*/apps/{ICON_NAME}.png"))
    ]
    svg = icons / f"{ICON_NAME}.svg"
    if svg.is_file():
        out.append((svg, Path("scalable", "apps", f"{ICON_NAME}.svg")))
    return out


def _share(prefix: Path | str | None) -> Path:
    return Path(prefix if prefix is not None else DEFAULT_PREFIX).expanduser() / "share"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def installed_paths(prefix: Path | str | None = None) -> list[Path]:
    """Every file :func:`install_for_user` writes under ``prefix``."""
    share = _share(prefix)
    return [
        share / "applications" / DESKTOP_NAME,
        share / "metainfo" / METAINFO_NAME,
        *(share / "icons" / "hicolor" / rel for _src, rel in _icon_files()),
    ]


def install_for_user(prefix: Path | str | None = None) -> list[Path]:
    """Install the desktop entry, metainfo and icons under ``prefix/share``; returns the files.

    ``prefix`` defaults to ``~/.local``. Needs no root. Missing icons or metainfo (a trimmed
    installation) are skipped; the desktop entry is always written.
    """
    share = _share(prefix)
    written: list[Path] = []
    entry = share / "applications" / DESKTOP_NAME
    _write(entry, installed_desktop_entry_text().encode())
    written.append(entry)
    metainfo = packaging_file(METAINFO_NAME)
    if metainfo is not None:
        target = share / "metainfo" / METAINFO_NAME
        _write(target, metainfo.read_bytes())
        written.append(target)
    hicolor = share / "icons" / "hicolor"
    for source, rel in _icon_files():
        _write(hicolor / rel, source.read_bytes())
        written.append(hicolor / rel)
    if hicolor.is_dir():
        hicolor.touch()  # icon caches notice the change by the folder's time stamp
    return written


def uninstall_for_user(prefix: Path | str | None = None) -> list[Path]:
    """Remove what :func:`install_for_user` wrote; returns the files removed."""
    removed = []
    for path in installed_paths(prefix):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def install_desktop_command(*, uninstall: bool = False, prefix: str | None = None) -> int:
    """``crampwise install-desktop [--uninstall] [--prefix DIR]``: prints what it did."""
    try:
        if uninstall:
            files = uninstall_for_user(prefix)
            print(f"Removed {len(files)} file(s).")
        else:
            files = install_for_user(prefix)
            print(f"Installed {len(files)} file(s); Crampwise is now in your applications menu.")
            print(f"It starts: {shlex.join(launch_command())}")
    except OSError as exc:
        print(f"crampwise: {exc}", file=sys.stderr)
        return 1
    return 0
