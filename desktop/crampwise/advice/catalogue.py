"""Conditions, warning signs and the medication catalogue, read from ``assets/advice``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Literal

import msgspec

from crampwise import paths
from crampwise.advice._data import Problems, fold
from crampwise.content import Id, Words
from crampwise.domain.profile import CONDITION_IDS
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS
from crampwise.text import LocalText

MatchKind = Literal["generic", "french", "alias", "brand"]
Names = tuple[Words, ...]


def advice_dir() -> Path:
    return paths.asset("advice")


class Condition(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    id: str
    label: LocalText
    explanation: LocalText
    because: LocalText  # completes "because ..."


class Drug(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A medicine by its generic name; a combination product belongs to every class it holds.

    ``generic``: the English name; ``french``: the French names (none when French writes it
    the same); ``aliases``: other English spellings; ``brands``: in every language. A drug
    listed under a class gets that class; a combination lists its ``classes``."""

    generic: Words
    drug_classes: tuple[Id, ...] = msgspec.field(default=(), name="classes")
    aliases: Names = ()
    brands: Names = ()
    french: Names = msgspec.field(default=(), name="fr")

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


class DrugClass(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    id: str
    label: LocalText
    described: LocalText  # "a thiazide-type diuretic", used in "because you take X (...)"
    drugs: Annotated[tuple[Drug, ...], msgspec.Meta(min_length=1)]


class Match(msgspec.Struct, frozen=True):
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


class _Label(msgspec.Struct, forbid_unknown_fields=True):
    label: LocalText


def _tables(
    problems: Problems, data: Mapping[str, object], key: str, also: tuple[str, ...] = ()
) -> dict[str, object]:
    """The ``[key.<id>]`` tables of the file (and nothing but ``key`` and ``also`` at the top)."""
    for extra in sorted(set(data) - {key, *also}):
        problems.add("top level", f"unknown table '{extra}'")
    tables = data.get(key)
    if not isinstance(tables, dict) or not tables:
        problems.add("top level", f"no [{key}.<id>] tables found")
        return {}
    return tables


def _with_id(table: object, item_id: str) -> object:
    return {**table, "id": item_id} if isinstance(table, dict) else table


def load_conditions(path: Path | None = None) -> dict[str, Condition]:
    path = advice_dir() / "conditions.toml" if path is None else path
    problems = Problems(path)
    tables = _tables(problems, problems.read(), "conditions")
    conditions: dict[str, Condition] = {}
    for condition_id, table in tables.items():
        where = f"condition '{condition_id}'"
        if condition_id not in CONDITION_IDS:
            problems.add(where, f"unknown condition id; known ids: {', '.join(CONDITION_IDS)}")
        condition = problems.decode(_with_id(table, condition_id), Condition, where)
        if condition is not None:
            conditions[condition_id] = condition
    for missing in CONDITION_IDS:
        if missing not in tables:
            problems.add("top level", f"condition '{missing}' is not described")
    problems.raise_if_any()
    return {cid: conditions[cid] for cid in CONDITION_IDS if cid in conditions}


def load_signs(path: Path | None = None) -> dict[str, LocalText]:
    """Labels for every id in ``ALL_RED_FLAG_SIGNS`` (retired ones included)."""
    path = advice_dir() / "signs.toml" if path is None else path
    problems = Problems(path)
    tables = _tables(problems, problems.read(), "signs")
    signs: dict[str, LocalText] = {}
    for sign_id, table in tables.items():
        where = f"sign '{sign_id}'"
        if sign_id not in ALL_RED_FLAG_SIGNS:
            problems.add(where, f"unknown sign id; known ids: {', '.join(ALL_RED_FLAG_SIGNS)}")
        if (sign := problems.decode(table, _Label, where)) is not None:
            signs[sign_id] = sign.label
    for missing in ALL_RED_FLAG_SIGNS:
        if missing not in tables:
            problems.add("top level", f"sign '{missing}' has no label")
    problems.raise_if_any()
    return signs


def _check_names(problems: Problems, drug: Drug, where: str, seen: dict[str, str]) -> None:
    """Each name belongs to one medicine, and reads as itself (no dose or form word in it)."""
    owner = f"{'+'.join(drug.drug_classes)}/{drug.generic}"
    for name in (drug.generic, *drug.french, *drug.aliases, *drug.brands):
        key = name_key(name)
        if key in seen and seen[key] != owner:
            problems.add(where, f"name {name!r} is already listed ({seen[key]})")
        elif key != base_name(name):
            problems.add(where, f"name {name!r} would be read as {base_name(name)!r}")
        seen[key] = owner


def load_catalogue(path: Path | None = None) -> MedicationCatalogue:
    """Read ``[classes.<id>]`` (one class each) and ``[[combinations]]`` (several classes)."""
    path = advice_dir() / "medications.toml" if path is None else path
    problems = Problems(path)
    data = problems.read()
    tables = _tables(problems, data, "classes", also=("combinations",))
    classes: dict[str, DrugClass] = {}
    seen: dict[str, str] = {}
    for class_id, table in tables.items():
        where = f"class '{class_id}'"
        found = problems.decode(_with_id(table, class_id), DrugClass, where)
        if found is None:
            continue
        drugs = []
        for index, drug in enumerate(found.drugs):
            if drug.drug_classes:
                problems.add(f"{where}: drugs[{index}].classes", "only combinations list classes")
            drug = msgspec.structs.replace(drug, drug_classes=(class_id,))
            _check_names(problems, drug, f"{where}: drugs[{index}]", seen)
            drugs.append(drug)
        classes[class_id] = msgspec.structs.replace(found, drugs=tuple(drugs))
    combinations: list[Drug] = []
    raw_combinations = data.get("combinations", [])
    if not isinstance(raw_combinations, list):
        problems.add("combinations", "expected [[combinations]] tables")
        raw_combinations = []
    for index, raw in enumerate(raw_combinations):
        where = f"combinations[{index}]"
        combo = problems.decode(raw, Drug, where)
        if combo is None:
            continue
        if len(set(combo.drug_classes)) < 2:
            problems.add(f"{where}.classes", "list every class it holds (two or more)")
        for class_id in combo.drug_classes:
            if class_id not in tables:
                problems.add(f"{where}.classes", f"unknown class '{class_id}'")
        _check_names(problems, combo, where, seen)
        combinations.append(combo)
    problems.raise_if_any()
    return MedicationCatalogue(classes, combinations)
