"""``crampwise install-desktop`` and the parser of ``crampwise sound-check``.

``sound-check`` plays the window's own cues, so it runs where the window may be imported:
:mod:`crampwise.launch` hands it to :mod:`crampwise.desktop_integration.sound_check`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from crampwise.cli.args import folder_arg, volume_arg
from crampwise.i18n import translate


def add_install_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    inst = sub.add_parser(
        "install-desktop",
        help=translate(
            "Command line",
            "add Crampwise to this user's applications menu, and a crampwise command to "
            "~/.local/bin",
        ),
    )
    inst.add_argument(
        "--uninstall", action="store_true", help=translate("Command line", "remove them again")
    )
    inst.add_argument(
        "--command-only",
        action="store_true",
        help=translate(
            "Command line",
            "only the crampwise command (what scripts/run-app.sh does); quiet if it is there",
        ),
    )
    inst.add_argument(
        "--prefix",
        type=folder_arg,
        help=translate(
            "Command line", "install under PREFIX/share and PREFIX/bin (default ~/.local)"
        ),
    )


def add_sound_check_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``crampwise sound-check [--volume PERCENT]``: the cues and a spoken phrase."""
    check = sub.add_parser(
        "sound-check",
        help=translate(
            "Command line", "play the three cues and speak one phrase, then say what worked"
        ),
    )
    check.add_argument(
        "--volume",
        type=volume_arg,
        metavar="PERCENT",
        help=translate("Command line", "1 to 100 (default: the volume set in Crampwise)"),
    )


def _cmd_install(args: argparse.Namespace) -> int:
    from crampwise.desktop_integration.install import install_desktop_command

    return install_desktop_command(
        uninstall=args.uninstall, prefix=args.prefix, command_only=args.command_only
    )


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"install-desktop": _cmd_install}
