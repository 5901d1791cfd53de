"""Write ``crampwise.1`` (roff) from the command line's own parser, so the man page says
exactly what ``crampwise --help`` says. Used by ``scripts/build-package.sh``:

    PYTHONPATH=desktop python packaging/make_manpage.py OUT.1
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from crampwise import __version__
from crampwise.cli import build_parser


def roff(text: str) -> str:
    """Escape ``text`` for roff: backslashes, hyphens, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def option_items(parser: argparse.ArgumentParser) -> list[str]:
    """One ``.TP`` item per visible option or argument of ``parser``."""
    formatter = parser._get_formatter()
    lines: list[str] = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        invocation = formatter._format_action_invocation(action)
        help_text = formatter._expand_help(action) if action.help else ""
        lines += [".TP", f"\\fB{roff(invocation)}\\fR", roff(help_text)]
    return lines


def usage(parser: argparse.ArgumentParser) -> str:
    return " ".join(parser.format_usage().removeprefix("usage: ").split())


def command_sections(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """A ``.SS`` section per command, and per action of a command that has some
    (``experiment start``, ``experiment status``...)."""
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {choice.dest: choice.help or "" for choice in commands._choices_actions}
    lines: list[str] = []
    for name, sub in commands.choices.items():
        title = prefix + name
        lines += [".SS " + roff(title), roff(helps.get(name, "")), ".PP", ".B " + roff(usage(sub))]
        items = option_items(sub)
        lines += [".RS", *items, ".RE"] if items else []
        if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
            lines += command_sections(sub, title + " ")
    return lines


def manpage(parser: argparse.ArgumentParser) -> str:
    when = int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())  # reproducible builds
    date = time.strftime("%Y-%m-%d", time.gmtime(when))
    lines = [
        f'.TH CRAMPWISE 1 "{date}" "crampwise {__version__}" "User Commands"',
        ".SH NAME",
        "crampwise \\- relief guide and diary for night leg cramps",
        ".SH SYNOPSIS",
        f".B {roff(usage(parser))}",
        ".SH DESCRIPTION",
        roff(parser.description or ""),
        ".SH OPTIONS",
        *option_items(parser),
        ".SH COMMANDS",
    ]
    lines += command_sections(parser)
    lines += [
        ".SH FILES",
        "The diary is kept in the user data folder (\\fI~/.local/share/crampwise\\fR), or in the",
        "folder given with \\fB\\-\\-data\\-dir\\fR or \\fB$CRAMPWISE_DATA_DIR\\fR.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    Path(argv[1]).write_text(manpage(build_parser()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
