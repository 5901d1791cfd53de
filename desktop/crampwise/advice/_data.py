"""Shared pieces for reading the advice data files: errors, decoding into the schema, names."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from crampwise.content import LANGUAGE_CODE, ContentFileError, Problem, convert, read_toml

T = TypeVar("T")


class AdviceDataError(ValueError):
    """A content file is missing, unreadable or inconsistent; ``problems`` lists each fault."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''} in the advice data:"
        super().__init__("\n  - ".join((header, *self.problems)))


def check_language(lang: str) -> str:
    """``lang`` if it is a language code (``en``, ``fr``, ``pt_BR``); the content falls back to
    English wherever it has no text in that language."""
    if not LANGUAGE_CODE.match(lang):
        raise ValueError(f"unsupported language {lang!r}; expected a code such as en or fr")
    return lang


def fold(text: str) -> str:
    """Case- and accent-insensitive key: ``"Furosémide "`` and ``"furosemide"`` fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


class Problems:
    """Collects the faults found in one file: ``"rules.toml: rule 'x': effects[0].kind: ..."``."""

    def __init__(self, file: Path | str) -> None:
        self.path = Path(file)
        self.file = self.path.name
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(
            f"{self.file}: {where}: {message}" if where else f"{self.file}: {message}"
        )

    def read(self) -> dict[str, Any]:
        """The file's tables; raise :class:`AdviceDataError` naming the file if it has none."""
        try:
            return read_toml(self.path)
        except ContentFileError as exc:
            raise AdviceDataError([f"{self.path}: {exc}"]) from None

    def decode(self, value: object, kind: type[T], where: str = "") -> T | None:
        """``value`` as ``kind``; each fault is recorded under ``where`` and ``None`` returned."""
        decoded, found = convert(value, kind)
        self.extend(found, where)
        return decoded

    def extend(self, found: Iterable[Problem], where: str = "") -> None:
        for path, message in found:
            self.add(": ".join(part for part in (where, path) if part), message)

    def raise_if_any(self) -> None:
        if self.items:
            raise AdviceDataError(self.items)
