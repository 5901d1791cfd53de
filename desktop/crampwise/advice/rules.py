"""The rule book (``assets/advice/rules.toml``) and everything it refers to, loaded and checked.

The file's shape is declared once below as typed structures; what a type cannot say (that an id
names a known condition, source or intervention; that urgent words give a number) is checked by
the short functions after it. Every fault in every file is reported together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import msgspec

from crampwise.advice._data import AdviceDataError, Problems
from crampwise.advice.care import CareDirectory, check_placeholders, load_care
from crampwise.advice.catalogue import (
    Condition,
    MedicationCatalogue,
    advice_dir,
    load_catalogue,
    load_conditions,
    load_signs,
)
from crampwise.advice.sentences import Sentences, load_sentences
from crampwise.advice.sources import Source, load_sources
from crampwise.content import Id, Ids
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS, INTERVENTIONS
from crampwise.text import LocalText

Status = Literal["recommended", "caution", "not_recommended", "avoid"]
Severity = Literal["info", "consider", "important", "urgent", "emergency"]
EffectKind = Literal["advice", "caution", "recommended", "avoid", "not_recommended", "red_flag"]

# Weakest first: the strongest status among all reasons wins.
STATUSES: tuple[Status, ...] = ("recommended", "caution", "not_recommended", "avoid")
SEVERITIES: tuple[Severity, ...] = ("info", "consider", "important", "urgent", "emergency")
_INTERVENTION_KINDS = ("caution", "recommended", "avoid", "not_recommended")
# What a shown card says about an intervention, and the statuses that agree with it.
STANCES: dict[str, tuple[Status, ...]] = {
    "recommends": ("recommended", "caution"),
    "cautions": ("caution", "not_recommended", "avoid"),
    "warns_against": ("not_recommended", "avoid"),
}
T = TypeVar("T")
SourceIds = Annotated[tuple[Id, ...], msgspec.Meta(min_length=1)]


class When(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Every part present must hold; an empty ``When`` always holds."""

    conditions_any: Ids = frozenset()
    conditions_none: Ids = frozenset()
    drug_classes_any: Ids = frozenset()
    drug_classes_none: Ids = frozenset()
    red_flag_signs_any: Ids = frozenset()
    min_episodes_last_7_nights: Annotated[int, msgspec.Meta(ge=1)] | None = None
    longest_minutes_over: Annotated[float, msgspec.Meta(ge=0)] | None = None
    any_of: Annotated[tuple[When, ...], msgspec.Meta(min_length=1)] = msgspec.field(
        default=(), name="any"
    )
    all_of: Annotated[tuple[When, ...], msgspec.Meta(min_length=1)] = msgspec.field(
        default=(), name="all"
    )

    @property
    def always(self) -> bool:
        return self == When()


class Effect(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    kind: EffectKind
    severity: Severity
    text: LocalText
    sources: SourceIds
    intervention: str | None = None
    # For a shown card: the interventions it speaks for, qualifies or speaks against (see
    # STANCES); the evaluated statuses must agree, so a card and a status never disagree.
    recommends: Ids = frozenset()
    cautions: Ids = frozenset()
    warns_against: Ids = frozenset()

    @property
    def stances(self) -> dict[str, frozenset[str]]:
        found = {"recommends": self.recommends, "cautions": self.cautions,
                 "warns_against": self.warns_against}  # fmt: skip
        return {stance: ids for stance, ids in found.items() if ids}


class Rule(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    id: Id
    when: When  # when = {} for always
    effects: Annotated[tuple[Effect, ...], msgspec.Meta(min_length=1)]

    @property
    def is_baseline(self) -> bool:
        """Applies to everyone, whatever their profile (a general advice card)."""
        return self.when.always


class Baseline(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    intervention: str
    status: Status
    text: LocalText
    sources: SourceIds


class _RulesFile(msgspec.Struct, forbid_unknown_fields=True):
    baseline: dict[str, Any]
    rules: Annotated[list[Any], msgspec.Meta(min_length=1)]


@dataclass(frozen=True, slots=True)
class Rulebook:
    rules: tuple[Rule, ...]
    baseline: Mapping[str, Baseline]
    sources: Mapping[str, Source]
    conditions: Mapping[str, Condition]
    signs: Mapping[str, LocalText]
    catalogue: MedicationCatalogue
    care: CareDirectory
    sentences: Sentences


def load_rulebook(directory: Path | None = None, sources_path: Path | None = None) -> Rulebook:
    """Read and cross-check ``conditions``, ``signs``, ``medications``, ``care``, ``sentences``
    and ``rules``.

    ``sources_path`` defaults to ``sources.toml`` beside ``directory``. Every fault found in any
    file is collected and raised together as one :class:`AdviceDataError`.
    """
    shipped = directory is None and sources_path is None  # the shipped sources are read once
    directory = advice_dir() if directory is None else Path(directory)
    sources_path = directory.parent / "sources.toml" if sources_path is None else sources_path
    problems: list[str] = []

    def attempt(load: Callable[[], T]) -> T | None:
        try:
            return load()
        except AdviceDataError as exc:
            problems.extend(exc.problems)
            return None

    sources = attempt(lambda: load_sources(None if shipped else sources_path)) or {}
    care = attempt(lambda: load_care(sources, directory / "care.toml"))
    conditions = attempt(lambda: load_conditions(directory / "conditions.toml")) or {}
    signs = attempt(lambda: load_signs(directory / "signs.toml")) or {}
    catalogue = attempt(lambda: load_catalogue(directory / "medications.toml"))
    sentences = attempt(lambda: load_sentences(directory / "sentences.toml"))
    reader = Problems(directory / "rules.toml")
    try:
        data = reader.read()
    except AdviceDataError as exc:
        raise AdviceDataError([*problems, *exc.problems]) from None
    known = _Known(sources, conditions, catalogue.classes if catalogue else {})
    rules, baseline = _read_rules(reader, data, known)
    problems.extend(reader.items)
    if problems or care is None or catalogue is None or sentences is None:
        raise AdviceDataError(problems)
    return Rulebook(rules, baseline, sources, conditions, signs, catalogue, care, sentences)


@dataclass(frozen=True, slots=True)
class _Known:
    sources: Iterable[str]
    conditions: Iterable[str]
    drug_classes: Iterable[str]


def _read_rules(
    problems: Problems, data: object, known: _Known
) -> tuple[tuple[Rule, ...], dict[str, Baseline]]:
    book = problems.decode(data, _RulesFile)
    if book is None:
        return (), {}
    baseline: dict[str, Baseline] = {}
    for intervention, table in book.baseline.items():
        where = f"baseline '{intervention}'"
        if intervention not in INTERVENTIONS:
            problems.add(where, "unknown intervention id")
        raw = {**table, "intervention": intervention} if isinstance(table, dict) else table
        if (base := problems.decode(raw, Baseline, where)) is not None:
            _check_sources(problems, base.sources, known, f"{where}: sources")
            check_placeholders(problems, base.text, f"{where}: text")
            baseline[intervention] = base
    for intervention in INTERVENTIONS:
        if intervention not in book.baseline:
            problems.add("top level", f"intervention '{intervention}' has no baseline")
    rules: list[Rule] = []
    for index, raw in enumerate(book.rules):
        rule_id = raw.get("id") if isinstance(raw, dict) else None
        where = f"rule '{rule_id}'" if isinstance(rule_id, str) else f"rules[{index}]"
        if (rule := problems.decode(raw, Rule, where)) is None:
            continue
        if any(rule.id == seen.id for seen in rules):
            problems.add(f"{where}: id", "duplicate rule id")
        _check_when(problems, rule.when, known, f"{where}: when")
        for number, effect in enumerate(rule.effects):
            _check_effect(problems, effect, known, f"{where}: effects[{number}]")
        if sum(effect.intervention is None for effect in rule.effects) > 1:
            problems.add(where, "more than one shown item; split it into several rules")
        rules.append(rule)
    return tuple(rules), baseline


def _check_sources(problems: Problems, ids: Iterable[str], known: _Known, where: str) -> None:
    for source_id in ids:
        if source_id not in known.sources:
            problems.add(where, f"unknown source '{source_id}' (not in sources.toml)")


def _check_when(problems: Problems, when: When, known: _Known, where: str) -> None:
    for key, kind, ids in (
        ("conditions_any", "condition", known.conditions),
        ("conditions_none", "condition", known.conditions),
        ("drug_classes_any", "drug class", known.drug_classes),
        ("drug_classes_none", "drug class", known.drug_classes),
        ("red_flag_signs_any", "sign", ALL_RED_FLAG_SIGNS),
    ):
        for item in sorted(getattr(when, key)):
            if item not in ids:
                problems.add(f"{where}.{key}", f"unknown {kind} '{item}'")
    for key, parts in (("any", when.any_of), ("all", when.all_of)):
        for index, part in enumerate(parts):
            _check_when(problems, part, known, f"{where}.{key}[{index}]")


def _check_effect(problems: Problems, effect: Effect, known: _Known, where: str) -> None:
    kind, intervention = effect.kind, effect.intervention
    if intervention is not None:
        if kind not in _INTERVENTION_KINDS:
            problems.add(f"{where}.intervention", f"not allowed on a {kind!r} effect")
        elif intervention not in INTERVENTIONS:
            problems.add(f"{where}.intervention", f"unknown intervention {intervention!r}")
    elif kind in ("avoid", "not_recommended", "recommended"):
        problems.add(f"{where}.intervention", f"required for a {kind!r} effect")
    for stance, ids in effect.stances.items():
        if intervention is not None:
            problems.add(f"{where}.{stance}", "only on a shown card")
        for ident in sorted(ids - set(INTERVENTIONS)):
            problems.add(f"{where}.{stance}", f"unknown intervention {ident!r}")
    _check_sources(problems, effect.sources, known, f"{where}.sources")
    # Numbers come from the care file through placeholders; urgent words need a number.
    used = check_placeholders(problems, effect.text, f"{where}.text")
    severity = effect.severity
    if intervention is None and severity in ("urgent", "emergency") and "emergency" not in used:
        problems.add(
            f"{where}.text",
            f"an {severity!r} item must give the emergency number: use {{emergency}}",
        )
    if kind == "red_flag" and not used:
        problems.add(
            f"{where}.text",
            "a red flag must say whom to contact: {emergency}, {urgent} or {doctor}",
        )
