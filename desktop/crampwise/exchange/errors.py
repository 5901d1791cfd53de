"""The one error an export or import raises for anything a person can act on."""

from __future__ import annotations

from crampwise.text import ExplainedError


class ExchangeError(ExplainedError, ValueError):
    """A file Crampwise cannot read or write; the message is plain and names what to fix."""
