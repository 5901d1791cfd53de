"""The ``crampwise`` command's first step: open the window as fast as possible.

A plain launch (no subcommand) goes straight to the window without building the command-line
parser or importing the domain (~25 ms); anything else is handed to :mod:`crampwise.cli`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Benchmarks only: quit right after the first paint, or once the window is complete.
EXIT_FLAGS = {"--exit-when-ready": "ready", "--exit-when-complete": "complete"}


def _plain_launch(argv: Sequence[str]) -> tuple[str | None, str | None] | None:
    """(exit_when, data_dir) for a launch that only opens the window; else ``None``."""
    exit_when, data_dir = None, None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in EXIT_FLAGS:
            exit_when = EXIT_FLAGS[arg]
        elif arg == "--data-dir" and args:
            data_dir = args.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            return None
    return exit_when, data_dir


def open_window(*, exit_when: str | None = None) -> int:
    """Run the window, or explain why it cannot open: no screen, or missing system libraries."""
    from crampwise.desktop_integration.preflight import (
        explain_missing,
        explain_no_screen,
        has_screen,
        missing_system_libraries,
    )

    if not has_screen():
        print(explain_no_screen(), file=sys.stderr)
        return 1
    try:
        from crampwise.ui.app import run_gui
    except ImportError:  # Qt's own libraries link OpenGL, fontconfig…: name what is missing
        if missing := missing_system_libraries():
            print(explain_missing(missing), file=sys.stderr)
            return 1
        raise
    # The X11 platform plugin loads its libraries only when the window opens, and aborts.
    if missing := missing_system_libraries(core=False):
        print(explain_missing(missing), file=sys.stderr)
        return 1
    return run_gui(exit_when_ready=exit_when == "ready", exit_when_complete=exit_when == "complete")


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    plain = _plain_launch(args)
    if plain is None:
        from crampwise.cli import main as cli_main

        return cli_main(args)
    exit_when, data_dir = plain
    if data_dir:
        from crampwise import paths

        paths.set_data_dir(data_dir)
    return open_window(exit_when=exit_when)
