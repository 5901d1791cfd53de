"""The ``crampwise`` command's first step: open the window as fast as possible.

A plain launch (no subcommand) goes straight to the window without building the command-line
parser or importing the domain (~25 ms); anything else is handed to :mod:`crampwise.cli`, which
hands back what needs the window (:func:`desktop_side`): the CLI never imports the UI.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from crampwise.cli.flags import EXIT_FLAGS

if TYPE_CHECKING:
    import argparse


class _Plain(NamedTuple):
    exit_when: str | None = None
    data_dir: str | None = None
    lang: str | None = None


def _plain_launch(argv: Sequence[str]) -> _Plain | None:
    """The options of a launch that only opens the window; else ``None`` (the parser then
    reads them, and explains a bad one)."""
    exit_when, values = None, {"--data-dir": "", "--lang": ""}
    args = list(argv)
    while args:
        name, has_value, value = args.pop(0).partition("=")
        if name in EXIT_FLAGS and not has_value:
            exit_when = EXIT_FLAGS[name]
        elif name in values and (has_value or args):
            values[name] = value if has_value else args.pop(0)
            if not values[name].strip():
                return None
        else:
            return None
    lang = values["--lang"]
    if lang:
        from crampwise.i18n import language_code

        if language_code(lang) is None:
            return None
    return _Plain(exit_when, values["--data-dir"] or None, lang or None)


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


def desktop_side(args: argparse.Namespace) -> int:
    """The commands that need the window's code: ``--self-test``, ``sound-check``, and no
    command at all (the window, with options the fast path left to the parser)."""
    if args.self_test:
        from crampwise.desktop_integration.selftest import run_self_test

        return run_self_test()
    if args.command == "sound-check":
        from crampwise.desktop_integration.sound_check import command as sound_check

        return sound_check(args)
    return open_window(exit_when=args.exit_when)


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    plain = _plain_launch(args)
    if plain is None:
        from crampwise.cli import main as cli_main

        return cli_main(args, desktop_side)
    if plain.data_dir:
        from crampwise import paths

        paths.set_data_dir(plain.data_dir)
    if plain.lang:
        from crampwise.i18n import language_code, set_override

        set_override(language_code(plain.lang))
    return open_window(exit_when=plain.exit_when)
