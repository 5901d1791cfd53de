"""The ``crampwise`` command line: thin commands over :mod:`crampwise.service`.

:mod:`crampwise.launch` is the entry point: it opens the window straight away for a plain
launch, and hands anything else to :func:`main`, with the commands that need the window
(``--self-test``, ``sound-check``, no command at all), which this package never imports.

Importing this package is cheap (the launcher reads :mod:`.flags` before the first paint);
the parser and the commands load when :func:`main` runs.

- :mod:`.command`: the parser and the dispatch; :mod:`.args`: argument types;
  :mod:`.text`: the language of the run; :mod:`.common`: the error, opening the diary.
- :mod:`.diary_commands` (log, end, list, check, restore), :mod:`.advice`, :mod:`.exchange`
  (export, import), :mod:`.report`, :mod:`.desktop` (install-desktop; sound-check's options).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence


def main(
    argv: Sequence[str] | None = None,
    desktop_side: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Run ``crampwise ARGV``; ``desktop_side`` runs :data:`.flags.WINDOW_COMMANDS`."""
    from crampwise.cli.command import run

    return run(argv, desktop_side)


def build_parser() -> argparse.ArgumentParser:
    """The whole parser (the manual page and the tests read it)."""
    from crampwise.cli.command import build_parser as build

    return build()
