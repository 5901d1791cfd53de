"""The advice engine: loads the rule book and turns a profile plus diary facts into advice.

Pure and deterministic: the same rule book, profile, facts and day always give the same advice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, cast

from crampwise.advice._data import (
    AdviceDataError,
    Problems,
    check_language,
    fold,
    read_toml,
)
from crampwise.advice.care import (
    CareDirectory,
    CareRegion,
    check_placeholders,
    load_care,
)
from crampwise.advice.catalogue import (
    Condition,
    MedicationCatalogue,
    advice_dir,
    load_catalogue,
    load_conditions,
    load_signs,
)
from crampwise.advice.sources import Source, load_sources
from crampwise.domain.profile import EpisodeFacts, HealthProfile, Medication
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS, INTERVENTIONS
from crampwise.text import LocalText

Status = Literal["recommended", "caution", "not_recommended", "avoid"]
Severity = Literal["info", "consider", "important", "urgent", "emergency"]
EffectKind = Literal["advice", "caution", "recommended", "avoid", "not_recommended", "red_flag"]
ItemKind = Literal["advice", "caution", "red_flag"]
Urgency = Literal["emergency", "urgent", "soon"]  # a red flag's: call now, today, soon

# Weakest first: the strongest status among all reasons wins.
STATUSES: tuple[Status, ...] = ("recommended", "caution", "not_recommended", "avoid")
SEVERITIES: tuple[Severity, ...] = ("info", "consider", "important", "urgent", "emergency")
EFFECT_KINDS: tuple[EffectKind, ...] = (
    "advice", "caution", "recommended", "avoid", "not_recommended", "red_flag",
)  # fmt: skip
_INTERVENTION_KINDS = ("caution", "recommended", "avoid", "not_recommended")
# What a shown card says about an intervention, and the statuses that agree with it.
STANCES: dict[str, tuple[Status, ...]] = {
    "recommends": ("recommended", "caution"),
    "cautions": ("caution", "not_recommended", "avoid"),
    "warns_against": ("not_recommended", "avoid"),
}
_URGENCY: dict[Severity, Urgency] = {"emergency": "emergency", "urgent": "urgent"}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_WHEN_KEYS = (
    "conditions_any",
    "conditions_none",
    "drug_classes_any",
    "drug_classes_none",
    "red_flag_signs_any",
    "min_episodes_last_7_nights",
    "longest_minutes_over",
    "any",
    "all",
)


# --- The rule book --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class When:
    """Every part present must hold; an empty ``When`` always holds."""

    conditions_any: frozenset[str] = frozenset()
    conditions_none: frozenset[str] = frozenset()
    drug_classes_any: frozenset[str] = frozenset()
    drug_classes_none: frozenset[str] = frozenset()
    red_flag_signs_any: frozenset[str] = frozenset()
    min_episodes_last_7_nights: int | None = None
    longest_minutes_over: float | None = None
    any_of: tuple[When, ...] = ()
    all_of: tuple[When, ...] = ()

    @property
    def always(self) -> bool:
        return self == When()


@dataclass(frozen=True, slots=True)
class Effect:
    kind: EffectKind
    severity: Severity
    text: LocalText
    sources: tuple[str, ...]
    intervention: str | None = None
    # For a shown card: the interventions it speaks for, qualifies or speaks against (see
    # STANCES); the evaluated statuses must agree, so a card and a status never disagree.
    stances: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    when: When
    effects: tuple[Effect, ...]

    @property
    def is_baseline(self) -> bool:
        """Applies to everyone, whatever their profile (a general advice card)."""
        return self.when.always


@dataclass(frozen=True, slots=True)
class Baseline:
    intervention: str
    status: Status
    text: LocalText
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rulebook:
    rules: tuple[Rule, ...]
    baseline: Mapping[str, Baseline]
    sources: Mapping[str, Source]
    conditions: Mapping[str, Condition]
    signs: Mapping[str, LocalText]
    catalogue: MedicationCatalogue
    care: CareDirectory


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
    disclaimer: LocalText = field(default_factory=lambda: LocalText("", ""))


# --- Loading --------------------------------------------------------------------------------


def load_rulebook(directory: Path | None = None, sources_path: Path | None = None) -> Rulebook:
    """Read and cross-check ``conditions``, ``signs``, ``medications``, ``care`` and ``rules``.

    ``sources_path`` defaults to ``sources.toml`` beside ``directory``. Every fault found in any
    file is collected and raised together as one :class:`AdviceDataError`.
    """
    directory = advice_dir() if directory is None else Path(directory)
    sources_path = directory.parent / "sources.toml" if sources_path is None else sources_path
    problems: list[str] = []
    sources: dict[str, Source] = {}
    conditions: dict[str, Condition] = {}
    signs: dict[str, LocalText] = {}
    catalogue = MedicationCatalogue({})
    care: CareDirectory | None = None
    try:
        sources = load_sources(sources_path)
    except AdviceDataError as exc:
        problems.extend(exc.problems)
    try:
        care = load_care(sources, directory / "care.toml")
    except AdviceDataError as exc:
        problems.extend(exc.problems)
    try:
        conditions = load_conditions(directory / "conditions.toml")
    except AdviceDataError as exc:
        problems.extend(exc.problems)
    try:
        signs = load_signs(directory / "signs.toml")
    except AdviceDataError as exc:
        problems.extend(exc.problems)
    try:
        catalogue = load_catalogue(directory / "medications.toml")
    except AdviceDataError as exc:
        problems.extend(exc.problems)
    rules_path = directory / "rules.toml"
    try:
        data = read_toml(rules_path)
    except AdviceDataError as exc:
        raise AdviceDataError([*problems, *exc.problems]) from None
    reader = _RuleReader(
        Problems(rules_path),
        sources=set(sources),
        conditions=set(conditions),
        drug_classes=set(catalogue.classes),
    )
    rules, baseline = reader.read(data)
    problems.extend(reader.problems.items)
    if problems or care is None:
        raise AdviceDataError(problems)
    return Rulebook(
        care=care,
        rules=rules,
        baseline=baseline,
        sources=sources,
        conditions=conditions,
        signs=signs,
        catalogue=catalogue,
    )


class _RuleReader:
    def __init__(
        self,
        problems: Problems,
        *,
        sources: set[str],
        conditions: set[str],
        drug_classes: set[str],
    ) -> None:
        self.problems = problems
        self.known = {
            "sources": sources,
            "conditions": conditions,
            "drug_classes": drug_classes,
            "signs": set(ALL_RED_FLAG_SIGNS),
        }

    def read(self, data: Mapping[str, Any]) -> tuple[tuple[Rule, ...], dict[str, Baseline]]:
        for key in sorted(set(data) - {"baseline", "rules"}):
            self.problems.add("top level", f"unknown table '{key}'")
        baseline = self._baseline(data.get("baseline"))
        raw_rules = data.get("rules")
        rules: list[Rule] = []
        if not isinstance(raw_rules, list) or not raw_rules:
            self.problems.add("top level", "no [[rules]] found")
            return (), baseline
        seen: set[str] = set()
        for index, raw in enumerate(raw_rules):
            rule = self._rule(index, raw, seen)
            if rule is not None:
                rules.append(rule)
        return tuple(rules), baseline

    def _sources(self, table: Mapping[str, Any], where: str) -> tuple[str, ...]:
        ids = self.problems.string_list(table, "sources", where, required=True)
        if "sources" in table and not ids:
            self.problems.add(f"{where}, field 'sources'", "cite at least one source")
        for source_id in ids:
            if source_id not in self.known["sources"]:
                self.problems.add(
                    f"{where}, field 'sources'",
                    f"unknown source '{source_id}' (not in sources.toml)",
                )
        return ids

    def _baseline(self, raw: object) -> dict[str, Baseline]:
        result: dict[str, Baseline] = {}
        if not isinstance(raw, dict):
            self.problems.add("top level", "missing [baseline.<intervention>] tables")
            return result
        for intervention, table in raw.items():
            where = f"baseline '{intervention}'"
            if intervention not in INTERVENTIONS:
                self.problems.add(where, "unknown intervention id")
            if not isinstance(table, dict):
                self.problems.add(where, "expected a table")
                continue
            self.problems.unknown_keys(table, ("status", "text", "sources"), where)
            status = table.get("status")
            if status not in STATUSES:
                self.problems.add(
                    f"{where}, field 'status'", f"{status!r} is not one of {', '.join(STATUSES)}"
                )
            text = self.problems.text(table, "text", where)
            if text is not None:
                check_placeholders(self.problems, text, f"{where}, field 'text'")
            sources = self._sources(table, where)
            if status in STATUSES and text is not None:
                result[intervention] = Baseline(intervention, cast(Status, status), text, sources)
        for intervention in INTERVENTIONS:
            if intervention not in raw:
                self.problems.add("top level", f"intervention '{intervention}' has no baseline")
        return result

    def _rule(self, index: int, raw: object, seen: set[str]) -> Rule | None:
        if not isinstance(raw, dict):
            self.problems.add(f"rules[{index}]", "expected a table")
            return None
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not _ID.match(rule_id):
            self.problems.add(f"rules[{index}], field 'id'", "missing or not a lowercase_id")
            rule_id = f"rules[{index}]"
        elif rule_id in seen:
            self.problems.add(f"rule '{rule_id}', field 'id'", "duplicate rule id")
        seen.add(rule_id)
        where = f"rule '{rule_id}'"
        self.problems.unknown_keys(raw, ("id", "when", "effects"), where)
        if "when" not in raw:
            self.problems.add(f"{where}, field 'when'", "missing (use when = {} for always)")
        when = self._when(raw.get("when", {}), f"{where}, field 'when'")
        raw_effects = raw.get("effects")
        if not isinstance(raw_effects, list) or not raw_effects:
            self.problems.add(
                f"{where}, field 'effects'", "expected at least one [[rules.effects]]"
            )
            return None
        effects = [self._effect(e, f"{where}, effects[{i}]") for i, e in enumerate(raw_effects)]
        valid = tuple(effect for effect in effects if effect is not None)
        shown = [effect for effect in valid if effect.intervention is None]
        if len(shown) > 1:
            self.problems.add(where, "more than one shown item; split it into several rules")
        if when is None or len(valid) != len(effects):
            return None
        return Rule(rule_id, when, valid)

    def _ids(self, table: Mapping[str, Any], key: str, kind: str, where: str) -> frozenset[str]:
        ids = self.problems.string_list(table, key, where)
        if key in table and not ids:
            self.problems.add(f"{where}.{key}", "empty list")
        for item in ids:
            if item not in self.known[kind]:
                label = {"conditions": "condition", "drug_classes": "drug class", "signs": "sign"}
                self.problems.add(f"{where}.{key}", f"unknown {label[kind]} '{item}'")
        return frozenset(ids)

    def _when(self, raw: object, where: str) -> When | None:
        if not isinstance(raw, dict):
            self.problems.add(where, "expected a table")
            return None
        self.problems.unknown_keys(raw, _WHEN_KEYS, where)
        before = len(self.problems.items)
        min_episodes = raw.get("min_episodes_last_7_nights")
        if min_episodes is not None and (
            not isinstance(min_episodes, int) or isinstance(min_episodes, bool) or min_episodes < 1
        ):
            self.problems.add(f"{where}.min_episodes_last_7_nights", "expected a whole number >= 1")
        longest = raw.get("longest_minutes_over")
        if longest is not None and (
            not isinstance(longest, int | float) or isinstance(longest, bool) or longest < 0
        ):
            self.problems.add(f"{where}.longest_minutes_over", "expected a number of minutes")
        nested: dict[str, tuple[When, ...]] = {}
        for key in ("any", "all"):
            items = raw.get(key)
            if items is None:
                nested[key] = ()
                continue
            if not isinstance(items, list) or not items:
                self.problems.add(f"{where}.{key}", "expected a non-empty list of tables")
                nested[key] = ()
                continue
            parts = [self._when(item, f"{where}.{key}[{i}]") for i, item in enumerate(items)]
            nested[key] = tuple(part for part in parts if part is not None)
        when = When(
            conditions_any=self._ids(raw, "conditions_any", "conditions", where),
            conditions_none=self._ids(raw, "conditions_none", "conditions", where),
            drug_classes_any=self._ids(raw, "drug_classes_any", "drug_classes", where),
            drug_classes_none=self._ids(raw, "drug_classes_none", "drug_classes", where),
            red_flag_signs_any=self._ids(raw, "red_flag_signs_any", "signs", where),
            min_episodes_last_7_nights=min_episodes if isinstance(min_episodes, int) else None,
            longest_minutes_over=float(longest) if isinstance(longest, int | float) else None,
            any_of=nested["any"],
            all_of=nested["all"],
        )
        return when if len(self.problems.items) == before else None

    def _effect(self, raw: object, where: str) -> Effect | None:
        if not isinstance(raw, dict):
            self.problems.add(where, "expected a table")
            return None
        before = len(self.problems.items)
        self.problems.unknown_keys(
            raw, ("kind", "intervention", "severity", "text", "sources", *STANCES), where
        )
        kind = raw.get("kind")
        if kind not in EFFECT_KINDS:
            self.problems.add(
                f"{where}, field 'kind'", f"{kind!r} is not one of {', '.join(EFFECT_KINDS)}"
            )
        severity = raw.get("severity")
        if severity not in SEVERITIES:
            self.problems.add(
                f"{where}, field 'severity'", f"{severity!r} is not one of {', '.join(SEVERITIES)}"
            )
        intervention = raw.get("intervention")
        if intervention is not None:
            if kind not in _INTERVENTION_KINDS:
                self.problems.add(
                    f"{where}, field 'intervention'", f"not allowed on a {kind!r} effect"
                )
            elif intervention not in INTERVENTIONS:
                self.problems.add(
                    f"{where}, field 'intervention'", f"unknown intervention {intervention!r}"
                )
        elif kind in ("avoid", "not_recommended", "recommended"):
            self.problems.add(f"{where}, field 'intervention'", f"required for a {kind!r} effect")
        stances: dict[str, frozenset[str]] = {}
        for stance in STANCES:
            ids = self.problems.string_list(raw, stance, where)
            if ids and intervention is not None:
                self.problems.add(f"{where}, field '{stance}'", "only on a shown card")
            for ident in ids:
                if ident not in INTERVENTIONS:
                    self.problems.add(
                        f"{where}, field '{stance}'", f"unknown intervention {ident!r}"
                    )
            if ids:
                stances[stance] = frozenset(ids)
        text = self.problems.text(raw, "text", where)
        if text is not None:
            self._check_contacts(text, kind, severity, intervention, where)
        sources = self._sources(raw, where)
        if len(self.problems.items) != before or text is None:
            return None
        return Effect(
            kind=cast(EffectKind, kind),
            severity=cast(Severity, severity),
            text=text,
            sources=sources,
            intervention=cast(str | None, intervention),
            stances=stances,
        )

    def _check_contacts(
        self, text: LocalText, kind: object, severity: object, intervention: object, where: str
    ) -> None:
        """Numbers come from the care file through placeholders; urgent words need a number."""
        used = check_placeholders(self.problems, text, f"{where}, field 'text'")
        if intervention is None and severity in ("urgent", "emergency") and "emergency" not in used:
            self.problems.add(
                f"{where}, field 'text'",
                f"an {severity!r} item must give the emergency number: use {{emergency}}",
            )
        if kind == "red_flag" and not used:
            self.problems.add(
                f"{where}, field 'text'",
                "a red flag must say whom to contact: {emergency}, {urgent} or {doctor}",
            )


# --- Evaluation -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    rulebook: Rulebook
    conditions: frozenset[str]
    medications: Mapping[str, tuple[Medication, ...]]  # drug class -> active medicines
    facts: EpisodeFacts


def _unique(items: Iterable[LocalText]) -> tuple[LocalText, ...]:
    return tuple(dict.fromkeys(items))


def _minutes(value: float, lang: str) -> str:
    text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def _match(when: When, ctx: _Context) -> tuple[LocalText, ...] | None:
    """``None`` if ``when`` does not hold, else the reasons ("because ...") it holds."""
    because: list[LocalText] = []
    book = ctx.rulebook
    if when.conditions_any:
        hits = [c for c in book.conditions if c in when.conditions_any and c in ctx.conditions]
        if not hits:
            return None
        for cid in hits:
            phrase = book.conditions[cid].because
            because.append(LocalText(f"because {phrase.en}", f"parce que {phrase.fr}"))
    if when.conditions_none & ctx.conditions:
        return None
    if when.drug_classes_any:
        classes = [c for c in book.catalogue.classes if c in when.drug_classes_any]
        hits = [c for c in classes if c in ctx.medications]
        if not hits:
            return None
        for class_id in hits:
            described = book.catalogue.classes[class_id].described
            for medication in ctx.medications[class_id]:
                same = fold(medication.name) == fold(described.en)
                en = medication.name if same else f"{medication.name} ({described.en})"
                fr = medication.name if same else f"{medication.name} ({described.fr})"
                because.append(LocalText(f"because you take {en}", f"parce que vous prenez {fr}"))
    if when.drug_classes_none & set(ctx.medications):
        return None
    if when.red_flag_signs_any:
        signs = [s for s in ALL_RED_FLAG_SIGNS if s in when.red_flag_signs_any]
        hits = [s for s in signs if s in ctx.facts.red_flag_signs]
        if not hits:
            return None
        for sign in hits:
            label = book.signs[sign]
            because.append(
                LocalText(
                    f"because you noted “{label.en}” on a recent night",
                    f"parce que vous avez noté « {label.fr} » récemment",
                )
            )
    if when.min_episodes_last_7_nights is not None:
        count = ctx.facts.episodes_last_7_nights
        if count < when.min_episodes_last_7_nights:
            return None
        because.append(
            LocalText(
                f"because you logged {count} cramps in the last 7 nights",
                f"parce que vous avez noté {count} crampes ces 7 dernières nuits",
            )
        )
    if when.longest_minutes_over is not None:
        longest = ctx.facts.longest_minutes_last_7_nights
        if longest is None or longest <= when.longest_minutes_over:
            return None
        because.append(
            LocalText(
                f"because your longest cramp in the last 7 nights lasted "
                f"{_minutes(longest, 'en')} minutes",
                f"parce que votre plus longue crampe des 7 dernières nuits a duré "
                f"{_minutes(longest, 'fr')} minutes",
            )
        )
    for part in when.all_of:
        found = _match(part, ctx)
        if found is None:
            return None
        because.extend(found)
    if when.any_of:
        matched = [found for part in when.any_of if (found := _match(part, ctx)) is not None]
        if not matched:
            return None
        for found in matched:
            because.extend(found)
    return _unique(because)


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
