"""Shared pieces for reading the advice data files: bilingual text, errors, field checks."""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from crampwise.text import LocalText

LANGUAGES: tuple[str, ...] = ("en", "fr")
EVIDENCE_LEVELS: tuple[str, ...] = ("MOD", "LOW", "VLOW", "EO", "NF")


class AdviceDataError(ValueError):
    """A content file is missing, unreadable or inconsistent; ``problems`` lists each fault."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''} in the advice data:"
        super().__init__("\n  - ".join((header, *self.problems)))


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def fold(text: str) -> str:
    """Case- and accent-insensitive key: ``"Furosémide "`` and ``"furosemide"`` fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def read_toml(path: Path) -> dict[str, Any]:
    """Parse ``path`` or raise :class:`AdviceDataError` naming the file."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise AdviceDataError([f"{path}: file not found"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise AdviceDataError([f"{path}: not valid TOML: {exc}"]) from None
    except OSError as exc:
        raise AdviceDataError([f"{path}: cannot be read: {exc}"]) from None


class Problems:
    """Collects faults found while reading one file, each prefixed with where it was found."""

    def __init__(self, file: Path | str) -> None:
        self.file = Path(file).name
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{self.file}: {where}: {message}")

    def text(self, table: Mapping[str, Any], key: str, where: str) -> LocalText | None:
        """Read a required ``{ en = "...", fr = "..." }`` field."""
        value = table.get(key)
        field = f"{where}, field '{key}'"
        if value is None:
            self.add(field, 'missing (expected { en = "...", fr = "..." })')
            return None
        if not isinstance(value, dict):
            self.add(field, 'expected a table { en = "...", fr = "..." }')
            return None
        ok = True
        for lang in LANGUAGES:
            item = value.get(lang)
            if not isinstance(item, str) or not item.strip():
                self.add(field, f"missing or empty '{lang}' text")
                ok = False
        for extra in sorted(set(value) - set(LANGUAGES)):
            self.add(field, f"unknown language '{extra}'")
            ok = False
        if not ok:
            return None
        return LocalText(en=value["en"].strip(), fr=value["fr"].strip())

    def string(
        self, table: Mapping[str, Any], key: str, where: str, *, required: bool = True
    ) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                self.add(f"{where}, field '{key}'", "missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.add(f"{where}, field '{key}'", "expected a non-empty string")
            return None
        return value.strip()

    def string_list(
        self, table: Mapping[str, Any], key: str, where: str, *, required: bool = False
    ) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            if required:
                self.add(f"{where}, field '{key}'", "missing")
            return ()
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            self.add(f"{where}, field '{key}'", "expected a list of non-empty strings")
            return ()
        return tuple(item.strip() for item in value)

    def unknown_keys(self, table: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
        for key in sorted(set(table) - set(allowed)):
            self.add(where, f"unknown field '{key}'")

    def raise_if_any(self) -> None:
        if self.items:
            raise AdviceDataError(self.items)
