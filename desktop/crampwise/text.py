"""Marking text for translation outside the Qt layers (domain, storage, exchange).

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; Qt's ``lupdate`` finds the call
by name and puts the text in the catalogue. Where the text is shown, the window translates it
with ``QCoreApplication.translate(context, text)`` (see ``crampwise.ui.messages``).

A :class:`Message` is a sentence that still has to be put into words: a context and a template
(both as marked with ``QT_TRANSLATE_NOOP``) and the values that fill it. ``english()`` (and
``str()``) format the English template, which is what the command line and the logs show; the
window calls ``crampwise.ui.messages.localized`` to format the translated template instead.

Templates use ``str.format`` fields: ``{row}``, ``{name!r}``, ``{size:.0f}``, ``{taken:%H:%M}``.
A parameter that is itself a :class:`Message` is translated too; any other parameter is data
(a row number, a file name, what the person typed) and is formatted as it is.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from crampwise.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # marks text for lupdate

ENGLISH = "en"  # the one language every content text must have


@dataclass(frozen=True, slots=True)
class Message:
    """A translatable sentence: ``context`` and ``template`` as in the catalogue, and values."""

    context: str
    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**english_params(self.params))

    def __str__(self) -> str:
        return self.english()

    def __hash__(self) -> int:  # the values are hashable; the mapping holding them is not
        return hash((self.context, self.template, tuple(self.params.items())))

    @classmethod
    def joined(cls, parts: Iterable[Message | str], separator: str = " ") -> Message:
        """Sentences shown one after the other; empty ones are left out."""
        kept = [p for p in parts if p != ""]
        names = [f"part{i}" for i in range(len(kept))]
        template = (
            separator.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names)
        )
        return cls("", template, dict(zip(names, kept, strict=True)))


def english_params(params: Mapping[str, object]) -> dict[str, object]:
    """The parameters with every nested :class:`Message` put into English."""
    return {k: v.english() if isinstance(v, Message) else v for k, v in params.items()}


def as_english(text: Message | str) -> str:
    return text.english() if isinstance(text, Message) else text


class Describable(Protocol):
    """Anything that can say what happened as a :class:`Message` (errors, reports)."""

    def describe(self) -> Message | str: ...


class LocalText:
    """One piece of content text (plans, rules, Learn) in every language it was written in.

    ``texts`` maps a language code (``"en"``, ``"fr"``, ``"pt_BR"``...) to the text; English is
    required, every other language optional. ``get("fr_CA")`` tries ``fr_CA``, then ``fr``, then
    English. Adding a language to the content means adding keys to its files, not code.
    """

    __slots__ = ("_texts",)

    def __init__(self, texts: Mapping[str, str]) -> None:
        if not isinstance(texts.get(ENGLISH), str):
            raise ValueError(f"an English text ('{ENGLISH}') is required")
        self._texts: dict[str, str] = dict(texts)

    @classmethod
    def same(cls, text: str) -> LocalText:
        """A person's own words: the same text whatever the language."""
        return cls({ENGLISH: text})

    @property
    def english(self) -> str:
        return self._texts[ENGLISH]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._texts)

    def get(self, lang: str = ENGLISH) -> str:
        """The text in ``lang`` (``"fr"``, ``"fr_CA"``...), falling back to its base language,
        then to English. An empty text counts as missing."""
        for code in (lang, lang.replace("-", "_").split("_")[0].lower()):
            text = self._texts.get(code)
            if text:
                return text
        return self._texts[ENGLISH]

    def __call__(self, lang: str = ENGLISH) -> str:
        return self.get(lang)

    def as_dict(self) -> dict[str, str]:
        return dict(self._texts)

    def format(self, **values: LocalText | str) -> LocalText:
        """Fill ``{placeholders}`` in every language; a :class:`LocalText` value gives its own
        text in each language (its English where it has none)."""
        langs = dict.fromkeys(self.languages)
        for value in values.values():
            if isinstance(value, LocalText):
                langs.update(dict.fromkeys(value.languages))
        return LocalText(
            {
                lang: self.get(lang).format_map(
                    {k: v.get(lang) if isinstance(v, LocalText) else v for k, v in values.items()}
                )
                for lang in langs
            }
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LocalText) and self._texts == other._texts

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._texts.items())))

    def __repr__(self) -> str:
        return f"LocalText({self._texts!r})"


class ExplainedError(Exception):
    """An error a person can act on: ``message`` is usually a translatable :class:`Message`,
    ``str()`` its English (for the command line and logs), ``describe()`` for the window."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(as_english(message))
        self.message = message

    def describe(self) -> Message | str:
        return self.message


_SYSTEM_CONTEXT = "System"
# What the C library says for the errors a person can do something about (glibc's wording).
_OS_REASONS: dict[int, str] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("System", "No space left on device"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("System", "Disk quota exceeded"),
    errno.EACCES: QT_TRANSLATE_NOOP("System", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("System", "Operation not permitted"),
    errno.EROFS: QT_TRANSLATE_NOOP("System", "Read-only file system"),
    errno.ENOENT: QT_TRANSLATE_NOOP("System", "No such file or directory"),
    errno.EISDIR: QT_TRANSLATE_NOOP("System", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("System", "Not a directory"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("System", "File name too long"),
    errno.EIO: QT_TRANSLATE_NOOP("System", "Input/output error"),
}


def os_reason(exc: OSError) -> object:
    """``exc.strerror``, as a translatable :class:`Message` when it is one of the known texts.

    The English is exactly ``exc.strerror`` either way (other systems word it differently, and
    then it stays as the system said it).
    """
    known = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    if known is not None and known == exc.strerror:
        return Message(_SYSTEM_CONTEXT, known)
    return exc.strerror
