"""Conditions, warning signs and the medication catalogue, read from ``assets/advice``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from crampwise import paths
from crampwise.advice._data import Problems, fold, read_toml
from crampwise.advice.profile import CONDITION_IDS
from crampwise.domain.vocab import RED_FLAG_SIGNS
from crampwise.text import LocalText

MatchKind = Literal["generic", "french", "alias", "brand"]


def advice_dir() -> Path:
    return paths.asset("advice")


@dataclass(frozen=True, slots=True)
class Condition:
    id: str
    label: LocalText
    explanation: LocalText
    because: LocalText  # completes "because ..."


@dataclass(frozen=True, slots=True)
class Drug:
    """``generic``: the English name; ``french``: the French names (none when French writes
    it the same); ``aliases``: other English spellings; ``brands``: in every language."""

    generic: str
    drug_class: str
    aliases: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    french: tuple[str, ...] = ()

    def names(self, lang: str) -> tuple[str, ...]:
        """The names a person reading ``lang`` would write, their own language's first."""
        if lang == "fr":
            return (*(self.french or (self.generic,)), *self.brands)
        return (self.generic, *self.aliases, *self.brands)


@dataclass(frozen=True, slots=True)
class DrugClass:
    id: str
    label: LocalText
    described: LocalText  # "a thiazide-type diuretic", used in "because you take X (...)"
    drugs: tuple[Drug, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """One search hit: ``name`` is what matched (a brand, alias, French or generic name)."""

    name: str
    generic: str
    drug_class: str
    kind: MatchKind


class MedicationCatalogue:
    """Pure lookup of medicine names; never guesses a class for an unknown name."""

    def __init__(self, classes: Mapping[str, DrugClass]) -> None:
        self._classes = dict(classes)
        self._drugs: dict[str, Drug] = {}
        entries: list[tuple[str, Match]] = []
        for drug_class in self._classes.values():
            for drug in drug_class.drugs:
                self._drugs[drug.generic] = drug
                names: list[tuple[str, MatchKind]] = [(drug.generic, "generic")]
                names += [(name, "french") for name in drug.french]
                names += [(alias, "alias") for alias in drug.aliases]
                names += [(brand, "brand") for brand in drug.brands]
                keys: set[str] = set()
                for name, kind in names:
                    key = fold(name)
                    if key not in keys:  # "furosémide" and "furosemide" are one hit
                        keys.add(key)
                        entries.append((key, Match(name, drug.generic, drug.drug_class, kind)))
        self._entries = tuple(entries)
        self._exact: dict[str, Match] = {}
        for key, match in entries:
            self._exact.setdefault(key, match)

    @property
    def classes(self) -> Mapping[str, DrugClass]:
        return self._classes

    def search(self, text: str, limit: int = 20) -> list[Match]:
        """Names starting with ``text`` first, then names containing it; case/accent-insensitive."""
        query = fold(text)
        if not query or limit <= 0:
            return []
        prefix: list[tuple[str, Match]] = []
        inside: list[tuple[str, Match]] = []
        for key, match in self._entries:
            if key.startswith(query):
                prefix.append((key, match))
            elif query in key:
                inside.append((key, match))
        prefix.sort(key=lambda item: item[0])
        inside.sort(key=lambda item: item[0])
        return [match for _, match in (*prefix, *inside)][:limit]

    def suggestions(self, text: str, lang: str, limit: int = 12) -> list[str]:
        """Names to offer as ``text`` is typed, written in ``lang`` only: a name in either
        language finds the medicine ("atorvastatine" offers "atorvastatin" in English), and
        a brand, being the same everywhere, is offered as typed."""
        offered: list[str] = []
        for match in self.search(text, limit=4 * limit):
            drug = self._drugs[match.generic]
            if match.kind == "brand" or match.name in drug.names(lang):
                name = match.name
            else:
                name = drug.names(lang)[0]
            if name not in offered:
                offered.append(name)
        return offered[:limit]

    def same_medicine(self, a: str, b: str) -> bool:
        """Whether two names are one medicine: the same name, or two names of one drug."""
        if fold(a) == fold(b):
            return True
        first, second = self.lookup(a), self.lookup(b)
        return first is not None and second is not None and first.generic == second.generic

    def lookup(self, name: str) -> Match | None:
        """The entry whose generic, alias or brand name equals ``name`` (folded), if any."""
        return self._exact.get(fold(name))

    def classify(self, name: str) -> str | None:
        match = self.lookup(name)
        return match.drug_class if match is not None else None


def _table_of_tables(
    data: Mapping[str, Any], key: str, problems: Problems
) -> dict[str, dict[str, Any]]:
    raw = data.get(key)
    if not isinstance(raw, dict) or not raw:
        problems.add("top level", f"no [{key}.<id>] tables found")
        return {}
    result: dict[str, dict[str, Any]] = {}
    for item_id, table in raw.items():
        if isinstance(table, dict):
            result[item_id] = table
        else:
            problems.add(f"{key} '{item_id}'", "expected a table")
    for extra in sorted(set(data) - {key}):
        problems.add("top level", f"unknown table '{extra}'")
    return result


def load_conditions(path: Path | None = None) -> dict[str, Condition]:
    path = advice_dir() / "conditions.toml" if path is None else path
    problems = Problems(path)
    tables = _table_of_tables(read_toml(path), "conditions", problems)
    conditions: dict[str, Condition] = {}
    for condition_id, table in tables.items():
        where = f"condition '{condition_id}'"
        if condition_id not in CONDITION_IDS:
            problems.add(where, f"unknown condition id; known ids: {', '.join(CONDITION_IDS)}")
        problems.unknown_keys(table, ("label", "explanation", "because"), where)
        label = problems.text(table, "label", where)
        explanation = problems.text(table, "explanation", where)
        because = problems.text(table, "because", where)
        if label and explanation and because:
            conditions[condition_id] = Condition(condition_id, label, explanation, because)
    for missing in CONDITION_IDS:
        if missing not in tables:
            problems.add("top level", f"condition '{missing}' is not described")
    problems.raise_if_any()
    return {cid: conditions[cid] for cid in CONDITION_IDS if cid in conditions}


def load_signs(path: Path | None = None) -> dict[str, LocalText]:
    """Bilingual labels for every id in ``RED_FLAG_SIGNS``."""
    path = advice_dir() / "signs.toml" if path is None else path
    problems = Problems(path)
    tables = _table_of_tables(read_toml(path), "signs", problems)
    signs: dict[str, LocalText] = {}
    for sign_id, table in tables.items():
        where = f"sign '{sign_id}'"
        if sign_id not in RED_FLAG_SIGNS:
            problems.add(where, f"unknown sign id; known ids: {', '.join(RED_FLAG_SIGNS)}")
        problems.unknown_keys(table, ("label",), where)
        label = problems.text(table, "label", where)
        if label:
            signs[sign_id] = label
    for missing in RED_FLAG_SIGNS:
        if missing not in tables:
            problems.add("top level", f"sign '{missing}' has no label")
    problems.raise_if_any()
    return signs


def load_catalogue(path: Path | None = None) -> MedicationCatalogue:
    path = advice_dir() / "medications.toml" if path is None else path
    problems = Problems(path)
    tables = _table_of_tables(read_toml(path), "classes", problems)
    classes: dict[str, DrugClass] = {}
    seen: dict[str, str] = {}
    for class_id, table in tables.items():
        where = f"class '{class_id}'"
        problems.unknown_keys(table, ("label", "described", "drugs"), where)
        label = problems.text(table, "label", where)
        described = problems.text(table, "described", where)
        raw_drugs = table.get("drugs")
        if not isinstance(raw_drugs, list) or not raw_drugs:
            problems.add(f"{where}, field 'drugs'", "expected a non-empty list of drug tables")
            continue
        drugs: list[Drug] = []
        for index, raw in enumerate(raw_drugs):
            drug_where = f"{where}, drugs[{index}]"
            if not isinstance(raw, dict):
                problems.add(drug_where, "expected a table { generic = ..., brands = [...] }")
                continue
            problems.unknown_keys(raw, ("generic", "fr", "aliases", "brands"), drug_where)
            generic = problems.string(raw, "generic", drug_where)
            french = problems.string_list(raw, "fr", drug_where)
            aliases = problems.string_list(raw, "aliases", drug_where)
            brands = problems.string_list(raw, "brands", drug_where)
            if generic is None:
                continue
            for name in (generic, *french, *aliases, *brands):
                key = fold(name)
                if key in seen and seen[key] != f"{class_id}/{generic}":
                    problems.add(drug_where, f"name {name!r} is already listed ({seen[key]})")
                seen[key] = f"{class_id}/{generic}"
            drugs.append(Drug(generic, class_id, aliases, brands, french))
        if label and described:
            classes[class_id] = DrugClass(class_id, label, described, tuple(drugs))
    problems.raise_if_any()
    return MedicationCatalogue(classes)
