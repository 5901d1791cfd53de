"""The one error an export or import raises for anything a person can act on."""

from __future__ import annotations

from crampwise.text import Message, as_english


class ExchangeError(ValueError):
    """A file Crampwise cannot read or write; the message is plain and names what to fix.

    ``message`` is usually a translatable :class:`~crampwise.text.Message`; ``str()`` is its
    English.
    """

    def __init__(self, message: Message | str) -> None:
        super().__init__(as_english(message))
        self.message = message

    def describe(self) -> Message | str:
        return self.message
