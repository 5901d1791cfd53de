"""Who to call, by country (``assets/advice/care.toml``), and filling urgent texts with it.

Texts name contacts with placeholders (``{emergency}``, ``{urgent}``, ``{doctor}``); numbers live
in the care file only, each with its source. The region is chosen by the person (or from the
system's country), never from the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from crampwise.advice._data import LANGUAGES, Problems, read_toml
from crampwise.i18n import OTHER_REGION as OTHER
from crampwise.i18n import is_region_code
from crampwise.i18n import resolve_region as resolve_region

__all__ = ["OTHER", "resolve_region"]  # defined in i18n (no cycle), used here and by the UI
from crampwise.text import LocalText

Level = Literal["emergency", "emergency_text", "urgent", "doctor"]
LEVELS: tuple[Level, ...] = ("emergency", "emergency_text", "urgent", "doctor")
# The placeholders texts may use, and the level each one names.
PLACEHOLDERS: dict[str, Level] = {"emergency": "emergency", "urgent": "urgent", "doctor": "doctor"}
_FIELD = re.compile(r"\{([^{}]*)\}")
_OR = {"en": "or", "fr": "ou"}


@dataclass(frozen=True, slots=True)
class Contact:
    levels: tuple[Level, ...]
    say: LocalText  # with "{number}" where the number goes
    source: str
    number: str | None = None

    def text(self, lang: str) -> str:
        return self.say(lang).replace("{number}", self.number or "")


@dataclass(frozen=True, slots=True)
class CareRegion:
    id: str
    name: LocalText
    contacts: tuple[Contact, ...]

    def at(self, level: Level) -> tuple[Contact, ...]:
        return tuple(c for c in self.contacts if level in c.levels)

    def numbers(self, level: Level) -> tuple[str, ...]:
        found = [c.number for c in self.at(level) if c.number]
        if level == "emergency":
            found += [c.number for c in self.at("emergency_text") if c.number]
        return tuple(found)

    def phrase(self, level: Level, lang: str) -> str:
        """How a sentence names this level: "15 (SAMU) or 112 (deaf …: text 114)"."""
        names = [c.text(lang) for c in self.at(level)]
        text = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {_OR[lang]} {names[-1]}"
        if level == "emergency":
            extra = [c.text(lang) for c in self.at("emergency_text")]
            if extra:
                text += f" ({'; '.join(extra)})"
        return text

    def fill(self, text: LocalText) -> LocalText:
        """``text`` with every placeholder replaced by this region's contacts."""
        values = {lang: {key: self.phrase(level, lang) for key, level in PLACEHOLDERS.items()}
                  for lang in LANGUAGES}  # fmt: skip
        return LocalText(en=text.en.format(**values["en"]), fr=text.fr.format(**values["fr"]))

    def numbers_in(self, text: LocalText) -> tuple[str, ...]:
        """The numbers ``text`` gives once filled (emergency first), without repeats."""
        used = placeholders(text.en)
        found: list[str] = []
        for key, level in PLACEHOLDERS.items():
            if key in used:
                found += self.numbers(level)
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class CareDirectory:
    regions: Mapping[str, CareRegion]  # "other" always present
    disclaimer: LocalText

    def region(self, region_id: str | None) -> CareRegion:
        """The region called ``region_id``; any country not listed gets "other"."""
        key = (region_id or "").strip()
        key = key if key == OTHER else key.upper()
        if key == "UK":
            key = "GB"
        return self.regions.get(key) or self.regions[OTHER]


def placeholders(text: str) -> set[str]:
    return set(_FIELD.findall(text))


def check_placeholders(problems: Problems, text: LocalText, where: str) -> set[str]:
    """Report unknown placeholders, or English and French that name different ones."""
    en, fr = placeholders(text.en), placeholders(text.fr)
    for name in sorted((en | fr) - set(PLACEHOLDERS)):
        problems.add(where, f"unknown placeholder {{{name}}}; use {{emergency}}, {{urgent}} or "
                     "{doctor}")  # fmt: skip
    if en != fr:
        problems.add(where, "the English and French texts use different placeholders")
    return en


def disclaimer_text(region_id: str, lang: str) -> str:
    """The app's disclaimer with the emergency number of ``region_id``, read from the shipped
    content (the care file and the sources only: light enough for the first screen)."""
    from crampwise import paths
    from crampwise.advice.sources import load_sources

    care = load_care(load_sources(), paths.asset("advice", "care.toml"))
    return care.region(region_id).fill(care.disclaimer)(lang)


def load_care(known_sources: Iterable[str], path: Path) -> CareDirectory:
    """Read and check the care file; raise :class:`AdviceDataError` naming file and field."""
    problems = Problems(path)
    data = read_toml(path)
    problems.unknown_keys(data, ("regions", "disclaimer"), "top level")
    sources = set(known_sources)
    raw_disclaimer = data.get("disclaimer")
    disclaimer = None
    if isinstance(raw_disclaimer, dict):
        problems.unknown_keys(raw_disclaimer, ("text",), "disclaimer")
        disclaimer = problems.text(raw_disclaimer, "text", "disclaimer")
        if disclaimer is not None:
            check_placeholders(problems, disclaimer, "disclaimer")
    else:
        problems.add("top level", "missing [disclaimer]")
    raw = data.get("regions")
    regions: dict[str, CareRegion] = {}
    if not isinstance(raw, dict):
        problems.add("top level", "missing [regions.<id>] tables")
        raw = {}
    for region_id, table in raw.items():
        region = _region(problems, sources, region_id, table)
        if region is not None:
            regions[region_id] = region
    if OTHER not in raw:
        problems.add("top level", f"missing [regions.{OTHER}] for every country not listed")
    problems.raise_if_any()
    assert disclaimer is not None
    return CareDirectory(regions, disclaimer)


def _region(problems: Problems, sources: set[str], region_id: str, table: Any) -> CareRegion | None:
    where = f"region '{region_id}'"
    if region_id != OTHER and not is_region_code(region_id):
        problems.add(where, "id must be a two-letter country code (GB, FR, …) or 'other'")
    if not isinstance(table, dict):
        problems.add(where, "expected a table")
        return None
    problems.unknown_keys(table, ("name", "contacts"), where)
    name = problems.text(table, "name", where)
    raw_contacts = table.get("contacts")
    if not isinstance(raw_contacts, list) or not raw_contacts:
        problems.add(f"{where}, field 'contacts'", "expected [[regions.<id>.contacts]] tables")
        return None
    contacts = [_contact(problems, sources, f"{where}, contacts[{i}]", c)
                for i, c in enumerate(raw_contacts)]  # fmt: skip
    kept = tuple(c for c in contacts if c is not None)
    for level in ("emergency", "urgent", "doctor"):
        if not any(level in c.levels for c in kept):
            problems.add(where, f"no contact for '{level}'")
    if not any(c.number for c in kept if "emergency" in c.levels):
        problems.add(where, "no emergency number")
    if name is None or len(kept) != len(contacts):
        return None
    return CareRegion(region_id, name, kept)


def _contact(problems: Problems, sources: set[str], where: str, raw: Any) -> Contact | None:
    if not isinstance(raw, dict):
        problems.add(where, "expected a table")
        return None
    before = len(problems.items)
    problems.unknown_keys(raw, ("for", "number", "say", "source"), where)
    levels = problems.string_list(raw, "for", where, required=True)
    for level in levels:
        if level not in LEVELS:
            problems.add(f"{where}, field 'for'", f"{level!r} is not one of {', '.join(LEVELS)}")
    number = problems.string(raw, "number", where, required=False)
    if number is not None and not re.fullmatch(r"[0-9][0-9 ]*", number):
        problems.add(f"{where}, field 'number'", "expected digits (spaces allowed)")
    say = problems.text(raw, "say", where)
    if say is not None:
        for lang in LANGUAGES:
            has = "{number}" in say(lang)
            if has != (number is not None):
                problems.add(f"{where}, field 'say'", f"'{lang}' text must contain {{number}} "
                             "exactly when a number is given")  # fmt: skip
            if placeholders(say(lang)) - {"number"}:
                problems.add(f"{where}, field 'say'", "only {number} may be used here")
    source = problems.string(raw, "source", where)
    if source is not None and source not in sources:
        problems.add(f"{where}, field 'source'", f"unknown source '{source}' (not in sources.toml)")
    if len(problems.items) != before or say is None or source is None:
        return None
    return Contact(tuple(cast(Level, level) for level in levels), say, source, number)
