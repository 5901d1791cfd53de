"""Putting the Qt-free layers' messages (errors, reports) into the language of the run.

The domain, storage, exchange and advice modules describe what happened with a
:class:`crampwise.text.Message` (an English template marked with ``QT_TRANSLATE_NOOP`` and its
values); their exceptions and reports keep English ``str()``. The window and the command line
both show them through :func:`localized`, which looks the template up in the installed
translations (the ``crampwise_messages`` catalogue) and fills it in.
"""

from __future__ import annotations

from crampwise.i18n import translate
from crampwise.text import Describable, Message

__all__ = ["localized"]


def localized(value: Message | Describable | BaseException | str) -> str:
    """``value`` from the Qt-free layers (a message, an error, a report) in the language
    installed in Qt.

    A :class:`~crampwise.text.Message` is translated (its ``Message`` parameters too); an error
    or report that can ``describe()`` itself is translated through that; any other exception
    gives ``str()``, and text is returned as it is. A template missing from the catalogue stays
    English. Safe from any thread (``QCoreApplication.translate`` is thread-safe).
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
        template = translate(message.context, template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        # A translation whose fields do not match the English: show the English sentence.
        return message.template.format(**params)
