"""What every command shares: its error, opening the diary, and warnings on stderr."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from crampwise.cli.text import say
from crampwise.text import Describable, ExplainedError, Message

if TYPE_CHECKING:
    from crampwise.storage.store import EpisodeStore


class CliError(ExplainedError):
    """A message for the person at the terminal; exit status 1."""


class CliRefusedError(CliError):
    """Input refused, as a bad argument is (nothing stored); exit status 2."""


def warn(warning: Message | Describable | str | None) -> None:
    """``crampwise: <warning>`` on stderr, in the language of the run (nothing for ``None``)."""
    if warning is not None:
        print(f"crampwise: {say(warning)}", file=sys.stderr)


def open_store(*, prepare_writes: bool = True) -> EpisodeStore:
    """The diary, as the settings say; what the person should know about it goes to stderr.
    ``prepare_writes=False`` for a command that only reads."""
    from crampwise.service import open_diary

    return open_diary(notify=warn, prepare_writes=prepare_writes)
