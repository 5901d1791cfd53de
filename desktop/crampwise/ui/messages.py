"""Putting the Qt-free layers' messages (errors, reports) into the window's language.

The domain, storage, exchange and advice modules describe what happened with a
:class:`crampwise.text.Message` (an English template marked with ``QT_TRANSLATE_NOOP`` and its
values); their exceptions and reports keep English ``str()`` for the command line. The window
shows them through :func:`localized`: :func:`crampwise.messages.localized`, which the command
line uses too, so that a message is put into words in one place.
"""

from __future__ import annotations

from crampwise.messages import localized

__all__ = ["localized"]
