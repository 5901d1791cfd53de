"""Who to call, by country (``assets/advice/care.toml``), and filling urgent texts with it.

Texts name contacts with placeholders (``{emergency}``, ``{urgent}``, ``{doctor}``); numbers live
in the care file only, each with its source. The region is chosen by the person (or from the
system's country), never from the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

from crampwise.advice._data import Problems
from crampwise.content import Id
from crampwise.i18n import OTHER_REGION as OTHER
from crampwise.i18n import care_region_key, is_region_code
from crampwise.i18n import resolve_region as resolve_region

__all__ = ["OTHER", "resolve_region"]  # defined in i18n (no cycle), used here and by the UI
from crampwise.text import LocalText

Level = Literal["emergency", "emergency_text", "urgent", "doctor"]
# The placeholders texts may use, and the level each one names.
PLACEHOLDERS: dict[str, Level] = {"emergency": "emergency", "urgent": "urgent", "doctor": "doctor"}
_FIELD = re.compile(r"\{([^{}]*)\}")
_OR = LocalText({"en": "{first} or {last}"})


class Contact(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    levels: Annotated[tuple[Level, ...], msgspec.Meta(min_length=1)] = msgspec.field(name="for")
    say: LocalText  # with "{number}" where the number goes
    source: Id
    number: Annotated[str, msgspec.Meta(pattern=r"^[0-9][0-9 ]*$")] | None = None

    def __post_init__(self) -> None:
        for lang in self.say.languages:
            used = placeholders(self.say(lang))
            if used - {"number"}:
                raise ValueError(f"say.{lang}: only {{number}} may be used here")
            if ("number" in used) != (self.number is not None):
                raise ValueError(
                    f"say.{lang} must contain {{number}} exactly when a number is given"
                )

    def text(self) -> LocalText:
        return self.say.format(number=self.number or "")


class CareRegion(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    id: str
    name: LocalText
    contacts: Annotated[tuple[Contact, ...], msgspec.Meta(min_length=1)]
    joiner: LocalText = _OR  # "{first} or {last}": the file's [words] or

    def __post_init__(self) -> None:
        if self.id != OTHER and not is_region_code(self.id):
            raise ValueError("id must be a two-letter country code (GB, FR, …) or 'other'")
        for level in ("emergency", "urgent", "doctor"):
            if not self.at(level):
                raise ValueError(f"no contact for '{level}'")
        if not self.numbers("emergency"):
            raise ValueError("no emergency number")

    def at(self, level: Level) -> tuple[Contact, ...]:
        return tuple(c for c in self.contacts if level in c.levels)

    def numbers(self, level: Level) -> tuple[str, ...]:
        found = [c.number for c in self.at(level) if c.number]
        if level == "emergency":
            found += [c.number for c in self.at("emergency_text") if c.number]
        return tuple(found)

    def phrase(self, level: Level) -> LocalText:
        """How a sentence names this level: "15 (SAMU) or 112 (deaf …: text 114)"."""
        names = [c.text() for c in self.at(level)]
        text = names[0]
        if len(names) > 1:
            text = self.joiner.format(first=_joined(names[:-1], ", "), last=names[-1])
        extra = [c.text() for c in self.at("emergency_text")] if level == "emergency" else []
        if extra:
            both = LocalText({"en": "{text} ({extra})"})
            text = both.format(text=text, extra=_joined(extra, "; "))
        return text

    def fill(self, text: LocalText) -> LocalText:
        """``text`` with every placeholder replaced by this region's contacts."""
        return text.format(**{key: self.phrase(level) for key, level in PLACEHOLDERS.items()})

    def numbers_in(self, text: LocalText) -> tuple[str, ...]:
        """The numbers ``text`` gives once filled (emergency first), without repeats."""
        used = placeholders(text.english)
        found: list[str] = []
        for key, level in PLACEHOLDERS.items():
            if key in used:
                found += self.numbers(level)
        return tuple(dict.fromkeys(found))


def _joined(parts: Sequence[LocalText], separator: str) -> LocalText:
    result = parts[0]
    for part in parts[1:]:
        result = LocalText({"en": "{a}" + separator + "{b}"}).format(a=result, b=part)
    return result


class CareDirectory(msgspec.Struct, frozen=True):
    regions: dict[str, CareRegion]  # "other" always present
    disclaimer: LocalText

    def region(self, region_id: str | None) -> CareRegion:
        """The region called ``region_id``; any country not listed gets "other"."""
        return self.regions[care_region_key(region_id, self.regions)]

    def disclaimers(self) -> dict[str, dict[str, str]]:
        """Every region's disclaimer in every language it is written in (what the first
        screen reads, rendered: :mod:`crampwise.advice.disclaimer`)."""
        rendered: dict[str, dict[str, str]] = {}
        for region_id, region in sorted(self.regions.items()):
            filled = region.fill(self.disclaimer)
            rendered[region_id] = {lang: filled(lang) for lang in filled.languages}
        return rendered


class _Text(msgspec.Struct, forbid_unknown_fields=True):
    text: LocalText


class _Words(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    or_: LocalText = msgspec.field(default=_OR, name="or")


class _CareFile(msgspec.Struct, forbid_unknown_fields=True):
    disclaimer: _Text
    regions: dict[str, Any]
    words: _Words = _Words()


def placeholders(text: str) -> set[str]:
    return set(_FIELD.findall(text))


def check_placeholders(problems: Problems, text: LocalText, where: str) -> set[str]:
    """Report unknown placeholders, or languages that name different ones than the English."""
    used = placeholders(text.english)
    for lang in text.languages:
        found = placeholders(text(lang))
        for name in sorted(found - set(PLACEHOLDERS)):
            problems.add(where, f"unknown placeholder {{{name}}}; use {{emergency}}, {{urgent}} "
                         "or {doctor}")  # fmt: skip
        if found != used:
            problems.add(where, f"the 'en' and '{lang}' texts use different placeholders")
    return used


def rendered_disclaimer(region_id: str, lang: str) -> str:
    """The app's disclaimer with the emergency number of ``region_id``, rendered from the
    shipped care file (its sources are checked with the rest of the rule book)."""
    from crampwise import paths

    care = load_care(None, paths.asset("advice", "care.toml"))
    return care.region(region_id).fill(care.disclaimer)(lang)


def load_care(known_sources: Iterable[str] | None, path: Path) -> CareDirectory:
    """Read and check the care file; raise :class:`AdviceDataError` naming file and field.

    ``known_sources``: the source ids each contact must cite one of (None: not checked)."""
    problems = Problems(path)
    data = problems.decode(problems.read(), _CareFile)
    problems.raise_if_any()
    assert data is not None
    check_placeholders(problems, data.disclaimer.text, "disclaimer.text")
    for lang in data.words.or_.languages:
        if placeholders(data.words.or_(lang)) != {"first", "last"}:
            problems.add(f"words.or.{lang}", "must use {first} and {last}")
    sources = None if known_sources is None else set(known_sources)
    regions: dict[str, CareRegion] = {}
    for region_id, table in data.regions.items():
        raw = {**table, "id": region_id, "joiner": data.words.or_.as_dict()} if isinstance(
            table, dict) else table  # fmt: skip
        where = f"region '{region_id}'"
        region = problems.decode(raw, CareRegion, where)
        for index, contact in enumerate(region.contacts if region else ()):
            if sources is not None and contact.source not in sources:
                problems.add(
                    f"{where}: contacts[{index}].source",
                    f"unknown source '{contact.source}' (not in sources.toml)",
                )
        if region is not None:
            regions[region_id] = region
    if OTHER not in data.regions:
        problems.add("regions", f"missing [regions.{OTHER}] for every country not listed")
    problems.raise_if_any()
    return CareDirectory(regions, data.disclaimer.text)
