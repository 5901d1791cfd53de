"""The advice engine: turns the rule book, a profile and diary facts into advice.

Pure and deterministic: the same rule book, profile, facts and day always give the same advice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, cast

from crampwise.advice._data import check_language, fold
from crampwise.advice.care import CareRegion
from crampwise.advice.catalogue import MedicationCatalogue
from crampwise.advice.rules import (
    SEVERITIES,
    STATUSES,
    Rulebook,
    Severity,
    Status,
    When,
)
from crampwise.domain.profile import EpisodeFacts, HealthProfile, Medication
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS, INTERVENTIONS
from crampwise.text import LocalText

ItemKind = Literal["advice", "caution", "red_flag"]
Urgency = Literal["emergency", "urgent", "soon"]  # a red flag's: call now, today, soon
_URGENCY: dict[Severity, Urgency] = {"emergency": "emergency", "urgent": "urgent"}


# --- Results --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reason:
    rule_id: str  # "baseline" for the status before any profile
    status: Status
    text: LocalText
    because: tuple[LocalText, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class InterventionStatus:
    status: Status
    reasons: tuple[Reason, ...]  # strongest status first
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AdviceItem:
    id: str
    kind: ItemKind
    severity: Severity
    text: LocalText  # ``item.text("fr")``, with the region's contacts filled in
    because: tuple[LocalText, ...]
    sources: tuple[str, ...]
    urgency: Urgency | None = None  # red flags only
    numbers: tuple[str, ...] = ()  # the region's numbers the text gives
    stances: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Advice:
    interventions: Mapping[str, InterventionStatus]
    items: tuple[AdviceItem, ...]  # red flags first, then by severity
    unrecognised_medications: tuple[str, ...] = field(default=())
    region: CareRegion | None = None
    disclaimer: LocalText = field(default_factory=lambda: LocalText({"en": ""}))


# --- Evaluation -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    rulebook: Rulebook
    conditions: frozenset[str]
    medications: Mapping[str, tuple[Medication, ...]]  # drug class -> active medicines
    facts: EpisodeFacts


def _unique(items: Iterable[LocalText]) -> tuple[LocalText, ...]:
    return tuple(dict.fromkeys(items))


def _match(when: When, ctx: _Context) -> tuple[LocalText, ...] | None:
    """``None`` if ``when`` does not hold, else the reasons ("because ...") it holds.

    Every clause must hold; each clause gives its own reasons (none when it is not used)."""
    because: list[LocalText] = []
    for clause in _CLAUSES:
        found = clause(when, ctx)
        if found is None:
            return None
        because.extend(found)
    return _unique(because)


_Reasons = list[LocalText] | None  # None: the clause does not hold


def _conditions(when: When, ctx: _Context) -> _Reasons:
    book, say = ctx.rulebook, ctx.rulebook.sentences
    if when.conditions_none & ctx.conditions:
        return None
    if not when.conditions_any:
        return []
    hits = [c for c in book.conditions if c in when.conditions_any and c in ctx.conditions]
    return [
        say.because_condition.format(condition=book.conditions[c].because) for c in hits
    ] or None


def _medicines(when: When, ctx: _Context) -> _Reasons:
    book, say = ctx.rulebook, ctx.rulebook.sentences
    if when.drug_classes_none & set(ctx.medications):
        return None
    if not when.drug_classes_any:
        return []
    because: list[LocalText] = []
    for class_id in book.catalogue.classes:
        if class_id not in when.drug_classes_any or class_id not in ctx.medications:
            continue
        described = book.catalogue.classes[class_id].described
        for medication in ctx.medications[class_id]:
            name = medication.name
            same = fold(name) == fold(described.english)
            medicine = (
                name if same else say.medicine_described.format(name=name, described=described)
            )
            because.append(say.because_medicine.format(medicine=medicine))
    return because or None


def _signs(when: When, ctx: _Context) -> _Reasons:
    if not when.red_flag_signs_any:
        return []
    book = ctx.rulebook
    hits = [
        s for s in ALL_RED_FLAG_SIGNS
        if s in when.red_flag_signs_any and s in ctx.facts.red_flag_signs
    ]  # fmt: skip
    return [book.sentences.because_sign.format(sign=book.signs[s]) for s in hits] or None


def _recent_nights(when: When, ctx: _Context) -> _Reasons:
    say, facts = ctx.rulebook.sentences, ctx.facts
    because: list[LocalText] = []
    if when.min_episodes_last_7_nights is not None:
        count = facts.episodes_last_7_nights
        if count < when.min_episodes_last_7_nights:
            return None
        because.append(say.because_count.format(count=str(count)))
    if when.longest_minutes_over is not None:
        longest = facts.longest_minutes_last_7_nights
        if longest is None or longest <= when.longest_minutes_over:
            return None
        because.append(say.because_longest.format(minutes=say.minutes(longest)))
    return because


def _all_of(when: When, ctx: _Context) -> _Reasons:
    because: list[LocalText] = []
    for part in when.all_of:
        found = _match(part, ctx)
        if found is None:
            return None
        because.extend(found)
    return because


def _any_of(when: When, ctx: _Context) -> _Reasons:
    if not when.any_of:
        return []
    matched = [found for part in when.any_of if (found := _match(part, ctx)) is not None]
    return [reason for found in matched for reason in found] or None


_CLAUSES: tuple[Callable[[When, _Context], _Reasons], ...] = (
    _conditions,
    _medicines,
    _signs,
    _recent_nights,
    _all_of,
    _any_of,
)


def medication_classes(
    rulebook: Rulebook, profile: HealthProfile, today: date
) -> tuple[dict[str, list[Medication]], list[str]]:
    """Active medicines by drug class (a combination counts in each of its classes), and the
    names of active medicines no class is known for. The catalogue decides from the name, so a
    name stored before the catalogue knew it is recognised now; a stored class is the fallback."""
    by_class: dict[str, list[Medication]] = {}
    unrecognised: list[str] = []
    known = rulebook.catalogue.classes
    for medication in profile.medications:
        if not medication.is_active(today):
            continue
        stored = medication.drug_class
        classes = rulebook.catalogue.classes_of(medication.name) or (
            (stored,) if stored is not None and stored in known else ()
        )
        if not classes:
            unrecognised.append(medication.name)
        for drug_class in dict.fromkeys(classes):
            by_class.setdefault(drug_class, []).append(medication)
    return by_class, unrecognised


def evaluate(
    rulebook: Rulebook,
    profile: HealthProfile,
    facts: EpisodeFacts | None = None,
    *,
    today: date | None = None,
    region: str | None = None,
) -> Advice:
    """Apply every rule. Medicines stopped by ``today`` (default: the real today) are ignored;
    medicines without a known drug class are listed as unrecognised. Texts name the contacts of
    ``region`` (a country code; any country not in the care file, or ``None``, gets "other").

    An intervention's status is the strongest status among the rules that speak about it for
    this person; the baseline applies only when none does (so "because of your vein
    condition" can recommend raising the legs although the baseline does not, for cramps).
    """
    facts = EpisodeFacts() if facts is None else facts
    today = date.today() if today is None else today
    care = rulebook.care.region(region)
    by_class, unrecognised = medication_classes(rulebook, profile, today)
    ctx = _Context(
        rulebook=rulebook,
        conditions=profile.conditions,
        medications={key: tuple(value) for key, value in by_class.items()},
        facts=facts,
    )
    reasons: dict[str, list[tuple[int, Reason]]] = {}
    items: list[tuple[int, AdviceItem]] = []
    for order, rule in enumerate(rulebook.rules):
        because = _match(rule.when, ctx)
        if because is None:
            continue
        for effect in rule.effects:
            text = care.fill(effect.text)
            if effect.intervention is not None:
                status = cast(Status, effect.kind)
                reason = Reason(rule.id, status, text, because, effect.sources)
                reasons.setdefault(effect.intervention, []).append((order, reason))
            else:
                kind: ItemKind = (
                    "red_flag"
                    if effect.kind == "red_flag"
                    else ("advice" if effect.kind == "advice" else "caution")
                )
                urgency = _URGENCY.get(effect.severity, "soon") if kind == "red_flag" else None
                item = AdviceItem(
                    rule.id, kind, effect.severity, text, because, effect.sources,
                    urgency=urgency, numbers=care.numbers_in(effect.text), stances=effect.stances,
                )  # fmt: skip
                items.append((order, item))
    interventions: dict[str, InterventionStatus] = {}
    for intervention in INTERVENTIONS:
        ordered = [
            reason
            for _, reason in sorted(
                reasons.get(intervention, []),
                key=lambda pair: (-STATUSES.index(pair[1].status), pair[0]),
            )
        ]
        base = rulebook.baseline.get(intervention)
        if base is not None:
            ordered.append(Reason("baseline", base.status, care.fill(base.text), (), base.sources))
        status = ordered[0].status if ordered else "recommended"
        sources = tuple(dict.fromkeys(s for reason in ordered for s in reason.sources))
        interventions[intervention] = InterventionStatus(status, tuple(ordered), sources)
    items.sort(
        key=lambda pair: (
            pair[1].kind != "red_flag",
            -SEVERITIES.index(pair[1].severity),
            pair[0],
        )
    )
    return Advice(
        interventions=interventions,
        items=tuple(item for _, item in items),
        unrecognised_medications=tuple(dict.fromkeys(unrecognised)),
        region=care,
        disclaimer=care.fill(rulebook.care.disclaimer),
    )


def advice_to_json(advice: Advice, lang: str = "en") -> dict[str, Any]:
    """Plain JSON-ready data in one language (``crampwise advice --json``)."""
    check_language(lang)
    region = advice.region
    return {
        "disclaimer": advice.disclaimer(lang),
        "region": None
        if region is None
        else {
            "id": region.id,
            "name": region.name(lang),
            "emergency": list(region.numbers("emergency")),
            "urgent": list(region.numbers("urgent")),
        },
        "interventions": {
            intervention: {
                "status": status.status,
                "reasons": [reason.text(lang) for reason in status.reasons],
                "sources": list(status.sources),
            }
            for intervention, status in advice.interventions.items()
        },
        "items": [
            {
                "id": item.id,
                "kind": item.kind,
                "severity": item.severity,
                "urgency": item.urgency,
                "numbers": list(item.numbers),
                "text": item.text(lang),
                "because": [because(lang) for because in item.because],
                "sources": list(item.sources),
            }
            for item in advice.items
        ],
        "unrecognised_medications": list(advice.unrecognised_medications),
    }


def profile_from_cli(
    conditions: Sequence[str], medication_names: Sequence[str], catalogue: MedicationCatalogue
) -> HealthProfile:
    """Build a profile from ``--condition ID`` and ``--medication NAME`` options.

    Raises :class:`~crampwise.domain.profile.ProfileError` for an unknown condition id or a bad
    name. A name the catalogue does not know is kept with no drug class ("not recognised").
    """
    medications = tuple(Medication(name, catalogue.classify(name)) for name in medication_names)
    return HealthProfile(conditions=frozenset(conditions), medications=medications)
