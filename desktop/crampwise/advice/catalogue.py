"""Conditions, warning signs and the medication catalogue, read from ``assets/advice``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from crampwise import paths
from crampwise.advice._data import Problems, fold, read_toml
from crampwise.domain.profile import CONDITION_IDS
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS
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
    """A medicine by its generic name; a combination product belongs to every class it holds.

    ``generic``: the English name; ``french``: the French names (none when French writes it
    the same); ``aliases``: other English spellings; ``brands``: in every language."""

    generic: str
    drug_classes: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    french: tuple[str, ...] = ()

    def names(self, lang: str) -> tuple[str, ...]:
        """The names a person reading ``lang`` would write, their own language's first."""
        if lang == "fr":
            # "X with Y" is English: a combination without French names goes by its brands.
            own = self.french or (() if " with " in self.generic else (self.generic,))
            return (*own, *self.brands) or (self.generic,)
        return (self.generic, *self.aliases, *self.brands)

    @property
    def drug_class(self) -> str:
        return self.drug_classes[0]


@dataclass(frozen=True, slots=True)
class DrugClass:
    id: str
    label: LocalText
    described: LocalText  # "a thiazide-type diuretic", used in "because you take X (...)"
    drugs: tuple[Drug, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """One search hit: ``name`` is what matched (a brand, alias or generic)."""

    name: str
    generic: str
    drug_classes: tuple[str, ...]
    kind: MatchKind

    @property
    def drug_class(self) -> str:
        """The first class (a combination product has several: see ``drug_classes``)."""
        return self.drug_classes[0]


# Words people type after a medicine's name: forms, devices, release, makers of generics.
# Everything from the first word holding a digit on is a dose ("20mg", "5 mg", "200/6").
_FORM_WORDS = frozenset(
    [
        "tablet",
        "tablets",
        "tab",
        "tabs",
        "capsule",
        "capsules",
        "caps",
        "gelule",
        "gelules",
        "comprime",
        "comprimes",
        "pellicule",
        "pellicules",
        "secable",
        "secables",
        "film",
        "coated",
        "effervescent",
        "effervescente",
        "orodispersible",
        "dispersible",
        "oral",
        "orale",
        "solution",
        "suspension",
        "syrup",
        "sirop",
        "buvable",
        "injection",
        "injectable",
        "inhaler",
        "inhalateur",
        "evohaler",
        "accuhaler",
        "turbohaler",
        "turbuhaler",
        "ellipta",
        "easyhaler",
        "spiromax",
        "nexthaler",
        "diskus",
        "respimat",
        "breezhaler",
        "genuair",
        "handihaler",
        "aerosol",
        "spray",
        "mr",
        "xl",
        "la",
        "sr",
        "cr",
        "er",
        "xr",
        "lp",
        "retard",
        "prolonged",
        "modified",
        "release",
        "gastroresistant",
        "gastro",
        "resistant",
        "generic",
        "generique",
        "biogaran",
        "mylan",
        "teva",
        "arrow",
        "sandoz",
        "zentiva",
        "eg",
        "viatris",
        "cristers",
        "accord",
        "almus",
        "ratiopharm",
        "actavis",
        "krka",
        "zydus",
    ]
)


def name_key(text: str) -> str:
    """How names are compared: case, accents, hyphens, slashes and plus signs ignored."""
    return " ".join(fold(text).replace("-", " ").replace("/", " ").replace("+", " ").split())


def base_name(text: str) -> str:
    """``name_key`` without a dose or form: "Atorvastatin 20mg" -> "atorvastatin"."""
    words = name_key(text).split()
    for index, word in enumerate(words):
        if any(ch.isdigit() for ch in word):
            words = words[:index]
            break
    while len(words) > 1 and words[-1] in _FORM_WORDS:
        words.pop()
    return " ".join(words)


class MedicationCatalogue:
    """Pure lookup of medicine names; never guesses a class for an unknown name."""

    def __init__(self, classes: Mapping[str, DrugClass], combinations: Sequence[Drug] = ()) -> None:
        self._classes = dict(classes)
        self._combinations = tuple(combinations)
        self._drugs: dict[str, Drug] = {}
        entries: list[tuple[str, Match]] = []
        drugs = [d for c in self._classes.values() for d in c.drugs] + list(self._combinations)
        for drug in drugs:
            self._drugs[drug.generic] = drug
            names: list[tuple[str, MatchKind]] = [(drug.generic, "generic")]
            names += [(name, "french") for name in drug.french]
            names += [(alias, "alias") for alias in drug.aliases]
            names += [(brand, "brand") for brand in drug.brands]
            keys: set[str] = set()
            for name, kind in names:
                key = name_key(name)
                if key not in keys:  # "furosémide" and "furosemide" are one hit
                    keys.add(key)
                    entries.append((key, Match(name, drug.generic, drug.drug_classes, kind)))
        self._entries = tuple(entries)
        self._exact: dict[str, Match] = {}
        for key, match in entries:
            self._exact.setdefault(key, match)

    @property
    def classes(self) -> Mapping[str, DrugClass]:
        return self._classes

    @property
    def combinations(self) -> tuple[Drug, ...]:
        return self._combinations

    def search(self, text: str, limit: int = 20) -> list[Match]:
        """Names starting with ``text`` first, then names containing it; case/accent-insensitive."""
        query = name_key(text)
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
        if name_key(a) == name_key(b):
            return True
        first, second = self.lookup(a), self.lookup(b)
        return first is not None and second is not None and first.generic == second.generic

    def lookup(self, name: str) -> Match | None:
        """The entry whose generic, alias or brand name is ``name`` (case, accents, a dose or a
        form such as "20 mg", "gélule" or "Evohaler" ignored), if any."""
        return self._exact.get(name_key(name)) or self._exact.get(base_name(name))

    def classify(self, name: str) -> str | None:
        match = self.lookup(name)
        return match.drug_class if match is not None else None

    def classes_of(self, name: str) -> tuple[str, ...]:
        """Every class the named medicine belongs to; empty when not recognised."""
        match = self.lookup(name)
        return match.drug_classes if match is not None else ()


def _table_of_tables(
    data: Mapping[str, Any], key: str, problems: Problems, also: tuple[str, ...] = ()
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
    for extra in sorted(set(data) - {key, *also}):
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
    """Bilingual labels for every id in ``ALL_RED_FLAG_SIGNS`` (retired ones included)."""
    path = advice_dir() / "signs.toml" if path is None else path
    problems = Problems(path)
    tables = _table_of_tables(read_toml(path), "signs", problems)
    signs: dict[str, LocalText] = {}
    for sign_id, table in tables.items():
        where = f"sign '{sign_id}'"
        if sign_id not in ALL_RED_FLAG_SIGNS:
            problems.add(where, f"unknown sign id; known ids: {', '.join(ALL_RED_FLAG_SIGNS)}")
        problems.unknown_keys(table, ("label",), where)
        label = problems.text(table, "label", where)
        if label:
            signs[sign_id] = label
    for missing in ALL_RED_FLAG_SIGNS:
        if missing not in tables:
            problems.add("top level", f"sign '{missing}' has no label")
    problems.raise_if_any()
    return signs


def _drug(
    problems: Problems, raw: object, where: str, classes: tuple[str, ...], seen: dict[str, str]
) -> Drug | None:
    if not isinstance(raw, dict):
        problems.add(where, "expected a table { generic = ..., brands = [...] }")
        return None
    allowed = ("generic", "fr", "aliases", "brands") + (("classes",) if len(classes) != 1 else ())
    problems.unknown_keys(raw, allowed, where)
    generic = problems.string(raw, "generic", where)
    french = problems.string_list(raw, "fr", where)
    aliases = problems.string_list(raw, "aliases", where)
    brands = problems.string_list(raw, "brands", where)
    if generic is None or not classes:
        return None
    for name in (generic, *french, *aliases, *brands):
        key = name_key(name)
        owner = f"{'+'.join(classes)}/{generic}"
        if key in seen and seen[key] != owner:
            problems.add(where, f"name {name!r} is already listed ({seen[key]})")
        elif key != base_name(name):
            problems.add(where, f"name {name!r} would be read as {base_name(name)!r}")
        seen[key] = owner
    return Drug(generic, classes, aliases, brands, french)


def load_catalogue(path: Path | None = None) -> MedicationCatalogue:
    """Read ``[classes.<id>]`` (one class each) and ``[[combinations]]`` (several classes)."""
    path = advice_dir() / "medications.toml" if path is None else path
    problems = Problems(path)
    data = read_toml(path)
    tables = _table_of_tables(data, "classes", problems, also=("combinations",))
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
        drugs = [_drug(problems, raw, f"{where}, drugs[{i}]", (class_id,), seen)
                 for i, raw in enumerate(raw_drugs)]  # fmt: skip
        if label and described:
            classes[class_id] = DrugClass(
                class_id, label, described, tuple(d for d in drugs if d is not None)
            )
    combinations: list[Drug] = []
    raw_combinations = data.get("combinations", [])
    if not isinstance(raw_combinations, list):
        problems.add("combinations", "expected [[combinations]] tables")
        raw_combinations = []
    for index, raw in enumerate(raw_combinations):
        where = f"combinations[{index}]"
        ids = (
            problems.string_list(raw, "classes", where, required=True)
            if isinstance(raw, dict)
            else ()
        )
        if isinstance(raw, dict) and len(set(ids)) < 2:
            problems.add(f"{where}, field 'classes'", "list every class it holds (two or more)")
        for class_id in ids:
            if class_id not in tables:
                problems.add(f"{where}, field 'classes'", f"unknown class '{class_id}'")
        drug = _drug(problems, raw, where, tuple(ids), seen)
        if drug is not None:
            combinations.append(drug)
    problems.raise_if_any()
    return MedicationCatalogue(classes, combinations)
