"""The ``crampwise`` parser and the dispatch of its commands.

Arguments are read by :mod:`crampwise.cli.args`; everything printed is in the language of the
run (:mod:`crampwise.cli.text`): ``--lang``, ``$CRAMPWISE_LANG``, else the saved setting.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NamedTuple

from crampwise import __version__, i18n, paths
from crampwise.cli import advice, desktop, diary_commands, experiment_commands, night_commands
from crampwise.cli import exchange as exchange_commands
from crampwise.cli import report as report_commands
from crampwise.cli.args import folder_arg, language_arg
from crampwise.cli.common import CliError, CliRefusedError
from crampwise.cli.flags import EXIT_FLAGS, WINDOW_COMMANDS
from crampwise.cli.text import say, speak
from crampwise.i18n import translate

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the language of the run (call :func:`speak` first)."""
    parser = argparse.ArgumentParser(
        prog="crampwise",
        description=translate(
            "Command line",
            "Relief and a diary for night leg cramps. With no command, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"crampwise {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=folder_arg,
        help=translate(
            "Command line", "keep the diary in DIR (default: the user data folder; or ${env})"
        ).format(env=paths.DATA_DIR_ENV),
    )
    parser.add_argument(
        "--lang",
        type=language_arg,
        metavar="{en,fr}",
        help=translate(
            "Command line",
            "speak this language in this run (also ${env}); the saved setting stays as it is",
        ).format(env=i18n.LANG_ENV),
    )
    # Benchmarks only (see crampwise.launch). Not a mutually exclusive group: one whose every
    # option is hidden breaks argparse's usage line, and then every top-level error crashed.
    for flag, when in EXIT_FLAGS.items():
        parser.add_argument(
            flag, dest="exit_when", action="store_const", const=when, help=argparse.SUPPRESS
        )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Command line", "open the window on a temporary diary, use every page once, and report"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    diary_commands.add_parsers(sub)
    advice.add_parsers(sub)
    desktop.add_install_parser(sub)
    report_commands.add_parsers(sub)
    exchange_commands.add_parsers(sub)
    night_commands.add_parsers(sub)
    experiment_commands.add_parsers(sub)
    desktop.add_sound_check_parser(sub)
    diary_commands.add_list(sub)
    return parser


class _Early(NamedTuple):
    """What must be known before the parser is built: where the diary is, which language."""

    data_dir: str | None = None
    lang: str | None = None
    command: str | None = None


def _early_options(argv: Sequence[str]) -> _Early:
    """``--data-dir`` and ``--lang`` before the command, and the command's name."""
    data_dir, lang, command = None, None, None
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, has_value, value = arg.partition("=")
        if name in ("--data-dir", "--lang") and (command is None or name == "--lang"):
            if not has_value:
                if not args:
                    break
                value = args.pop(0)
            if name == "--lang":  # also after the command: `crampwise advice --lang fr`
                lang = i18n.language_code(value)
            else:
                data_dir = value if value.strip() else None
        elif command is None and not arg.startswith("-"):
            command = arg
    return _Early(data_dir, lang, command)


def _start_language(argv: Sequence[str]) -> None:
    """Set the data folder and the language of this run before any message can be printed."""
    for stream in (sys.stdout, sys.stderr):  # never a crash printing an odd file name
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    early = _early_options(argv)
    if early.data_dir:
        paths.set_data_dir(early.data_dir)
    i18n.set_override(early.lang)
    from crampwise.settings import load_settings

    setting = i18n.setting_in_force(load_settings().language)
    lang = i18n.resolve(setting, i18n.system_language())
    speak(
        lang, "window" if early.command is None else "gui" if early.command == "report" else "core"
    )


def window_command(args: argparse.Namespace) -> str | None:
    """Which of :data:`WINDOW_COMMANDS` ``args`` ask for, if any."""
    if args.self_test:
        return "self-test"
    if args.command is None:
        return "window"
    return args.command if args.command in WINDOW_COMMANDS else None


def run(argv: Sequence[str] | None, desktop_side: Handler | None) -> int:
    """Parse ``argv`` and run its command; the window's commands go to ``desktop_side``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _start_language(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    i18n.set_override(args.lang)
    if window_command(args) is not None:
        if desktop_side is None:
            raise RuntimeError("the window's commands run through crampwise.launch.main")
        return desktop_side(args)
    from crampwise.storage.schema import StoreError
    from crampwise.storage.store import CrampAlreadyRunningError

    handlers: dict[str, Handler] = {
        **diary_commands.HANDLERS,
        **advice.HANDLERS,
        **desktop.HANDLERS,
        **report_commands.HANDLERS,
        **exchange_commands.HANDLERS,
        **night_commands.HANDLERS,
        **experiment_commands.HANDLERS,
    }
    try:
        return handlers[args.command](args)
    except CrampAlreadyRunningError as exc:  # a refused request, like a bad argument
        print(f"crampwise: {exc}", file=sys.stderr)
        return 2
    except CliRefusedError as exc:
        print(f"crampwise: {say(exc)}", file=sys.stderr)
        return 2
    except (CliError, StoreError) as exc:
        print(f"crampwise: {say(exc)}", file=sys.stderr)
        return 1
