"""Putting the Qt-free layers' messages (errors, reports) into the window's language.

The domain, storage, exchange and advice modules describe what happened with a
:class:`crampwise.text.Message` (an English template marked with ``QT_TRANSLATE_NOOP`` and its
values); their exceptions and reports keep English ``str()`` for the command line. The window
shows them through :func:`localized`, which looks the template up in the installed translations
(the ``crampwise_messages`` catalogue) and fills it in.

Safe to call from any thread: ``QCoreApplication.translate`` is thread-safe.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crampwise.text import Describable, Message

__all__ = ["localized"]


def localized(value: Message | Describable | BaseException | str) -> str:
    """``value`` in the language the window speaks.

    A :class:`Message` is translated (its ``Message`` parameters too); an error or report that
    can ``describe()`` itself is translated through that; any other exception gives ``str()``,
    and text is returned as it is. A template missing from the catalogue stays English.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, Message):
        return _render(value)
    describe = getattr(value, "describe", None)
    if callable(describe):
        described = describe()
        if isinstance(described, Message | str):
            return localized(described)
    return str(value)


def _render(message: Message) -> str:
    params = {
        name: _render(value) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
    template = message.template
    if message.context:
        template = QCoreApplication.translate(message.context, template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        # A translation whose fields do not match the English: show the English sentence.
        return message.template.format(**params)
