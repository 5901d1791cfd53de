"""Marking text for translation outside the Qt layers (domain, storage, exchange).

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; Qt's ``lupdate`` finds the call
by name and puts the text in the catalogue. Where the text is shown, the window translates it
with ``QCoreApplication.translate(context, text)`` (see ``crampwise.ui.messages``).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
