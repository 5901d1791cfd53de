"""The ``crampwise`` command's first step: open the window as fast as possible.

A plain launch (no subcommand) goes straight to the window without building the command-line
parser or importing the domain (~25 ms); anything else is handed to :mod:`crampwise.cli`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

_GUI_FLAGS = ("--exit-when-ready",)


def _plain_launch(argv: Sequence[str]) -> tuple[bool, str | None] | None:
    """(exit_when_ready, data_dir) for a launch that only opens the window; else ``None``."""
    exit_when_ready, data_dir = False, None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in _GUI_FLAGS:
            exit_when_ready = True
        elif arg == "--data-dir" and args:
            data_dir = args.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            return None
    return exit_when_ready, data_dir


def open_window(*, exit_when_ready: bool = False) -> int:
    """Check the system libraries Qt needs, then run the window."""
    from crampwise.desktop_integration.preflight import explain_missing, missing_system_libraries

    if missing := missing_system_libraries():
        print(explain_missing(missing), file=sys.stderr)
        return 1
    from crampwise.ui.app import run_gui

    return run_gui(exit_when_ready=exit_when_ready)


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    plain = _plain_launch(args)
    if plain is None:
        from crampwise.cli import main as cli_main

        return cli_main(args)
    exit_when_ready, data_dir = plain
    if data_dir:
        from crampwise import paths

        paths.set_data_dir(data_dir)
    return open_window(exit_when_ready=exit_when_ready)
