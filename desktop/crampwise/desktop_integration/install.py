"""Put Crampwise in the desktop's menu for this user (no root): desktop entry, AppStream
metainfo and icons under ``~/.local/share``; ``uninstall_for_user`` takes them away again.
Also a ``crampwise`` command in ``~/.local/bin`` (:func:`install_launcher`), a small shell
script that starts this installation, so ``crampwise log ...`` works from any terminal.

``crampwise install-desktop [--uninstall] [--command-only] [--prefix DIR]`` runs
:func:`install_desktop_command`; ``scripts/run-app.sh`` puts the command in place at set-up.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from enum import Enum
from pathlib import Path

from crampwise import paths
from crampwise.cli.text import counted
from crampwise.i18n import translate

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
    if found and not is_our_launcher(Path(found)):  # the launcher itself would start itself
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


LAUNCHER_MARK = "# The crampwise command, written by `crampwise install-desktop`."
_LAUNCHER = """\
#!/bin/sh
{mark}
# `crampwise install-desktop --uninstall` removes it.
if [ ! -x {program} ]; then
    echo "crampwise: "{program}" is gone; set Crampwise up again" >&2
    exit 127
fi
exec {command} "$@"
"""


class Launcher(Enum):
    WRITTEN = "written"  # new, or now starting this installation
    SAME = "same"  # already there and starting this installation
    FOREIGN = "foreign"  # another program of that name is there: left alone


def launcher_path(prefix: Path | str | None = None) -> Path:
    """``~/.local/bin/crampwise`` (``PREFIX/bin/crampwise``)."""
    return Path(prefix if prefix is not None else DEFAULT_PREFIX).expanduser() / "bin" / "crampwise"


def launcher_text(command: list[str]) -> str:
    return _LAUNCHER.format(
        mark=LAUNCHER_MARK, program=shlex.quote(command[0]), command=shlex.join(command)
    )


def is_our_launcher(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return LAUNCHER_MARK.encode() in fh.read(512)
    except OSError:
        return False


def install_launcher(prefix: Path | str | None = None) -> Launcher:
    """Write the ``crampwise`` command that starts this installation (never over another
    program's file of that name)."""
    path = launcher_path(prefix)
    text = launcher_text(launch_command())
    if path.is_symlink() or path.exists():
        if not is_our_launcher(path):
            return Launcher.FOREIGN
        if path.read_text(encoding="utf-8", errors="replace") == text:
            return Launcher.SAME
    _write(path, text.encode())
    path.chmod(0o755)
    return Launcher.WRITTEN


def remove_launcher(prefix: Path | str | None = None) -> Path | None:
    """Remove the ``crampwise`` command if it is ours; returns it if it was removed."""
    path = launcher_path(prefix)
    if not is_our_launcher(path):
        return None
    path.unlink()
    return path


def on_path(folder: Path) -> bool:
    entries = os.environ.get("PATH", "").split(os.pathsep)
    return any(e and Path(e).expanduser().resolve() == folder.resolve() for e in entries)


def _tell_launcher(outcome: Launcher, prefix: str | None) -> None:
    path = launcher_path(prefix)
    if outcome is Launcher.FOREIGN:
        print(
            translate(
                "Command line",
                "{path} already exists and is not Crampwise's; it was left as it is.",
            ).format(path=path)
        )
        return
    print(translate("Command line", "The crampwise command is {path}.").format(path=path))
    if not on_path(path.parent):
        print(
            translate(
                "Command line",
                "{folder} is not on your PATH yet: log out and in again (Debian and Ubuntu "
                "add it once it exists), or type {path} in full.",
            ).format(folder=path.parent, path=path)
        )


def install_desktop_command(
    *, uninstall: bool = False, prefix: str | None = None, command_only: bool = False
) -> int:
    """``crampwise install-desktop [--uninstall] [--command-only] [--prefix DIR]``: prints
    what it did. ``command_only``: only the ``crampwise`` command, and nothing is said when
    it was already in place (set-up runs it)."""
    try:
        if uninstall:
            files = [] if command_only else uninstall_for_user(prefix)
            launcher = remove_launcher(prefix)
            count = len(files) + (launcher is not None)
            print(
                counted(
                    count,
                    translate("Command line", "Removed {count} file."),
                    translate("Command line", "Removed {count} files."),
                ).format(count=count)
            )
            return 0
        if command_only:
            outcome = install_launcher(prefix)
            if outcome is not Launcher.SAME:
                _tell_launcher(outcome, prefix)
            return 0
        files = install_for_user(prefix)
        outcome = install_launcher(prefix)
        count = len(files) + (outcome is Launcher.WRITTEN)
        print(
            counted(
                count,
                translate(
                    "Command line",
                    "Installed {count} file; Crampwise is now in your applications menu.",
                ),
                translate(
                    "Command line",
                    "Installed {count} files; Crampwise is now in your applications menu.",
                ),
            ).format(count=count)
        )
        print(
            translate("Command line", "It starts: {command}").format(
                command=shlex.join(launch_command())
            )
        )
        _tell_launcher(outcome, prefix)
    except OSError as exc:
        print(f"crampwise: {exc}", file=sys.stderr)
        return 1
    return 0
