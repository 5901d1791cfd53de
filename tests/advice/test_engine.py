"""Rules fire exactly when they should; invariants hold for any profile."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampwise.advice import (
    Rule,
    Rulebook,
    advice_to_json,
    evaluate,
    load_rulebook,
    profile_from_cli,
)
from crampwise.advice.rules import SEVERITIES, STATUSES, When
from crampwise.domain.profile import CONDITION_IDS, EpisodeFacts, HealthProfile, Medication
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS, INTERVENTIONS

RULEBOOK = load_rulebook()
TODAY = date(2025, 1, 15)
STATIN_EXCEPTION = "rf_statin_muscle"
# The rules that pass on official advice to stop a medicine (NHS statins, MHRA quinine).
STOP_EXCEPTIONS = {"rf_statin_muscle", "rf_statin_watch", "rf_quinine_bleeding"}
STANDING = {"rf_standing_emergency", "rf_standing_urgent", "rf_standing_soon"}

# "Stop" wording about medicines, outside a negation such as "don't stop or change it".
_STOP_EN = re.compile(
    r"(?<!don't )(?<!not )\b(stop(ping)? (taking|it\b|them\b|your|the)|discontinu|come off|quit)",
    re.IGNORECASE,
)
_STOP_FR = re.compile(r"(?<!n')arrêt(er|ez) de prendre|(?<!n')arrêtez (la|le|les|votre)", re.I)


def _witness(when: When) -> tuple[set[str], set[str], set[str], int, float | None]:
    """A minimal set of facts that satisfies ``when``."""
    conditions: set[str] = set()
    classes: set[str] = set()
    signs: set[str] = set()
    episodes = 0
    longest: float | None = None
    if when.conditions_any:
        conditions.add(sorted(when.conditions_any)[0])
    if when.drug_classes_any:
        classes.add(sorted(when.drug_classes_any)[0])
    if when.red_flag_signs_any:
        signs.add(sorted(when.red_flag_signs_any)[0])
    if when.min_episodes_last_7_nights is not None:
        episodes = when.min_episodes_last_7_nights
    if when.longest_minutes_over is not None:
        longest = when.longest_minutes_over + 1
    for part in (*when.all_of, *when.any_of[:1]):
        c, d, s, e, m = _witness(part)
        conditions |= c
        classes |= d
        signs |= s
        episodes = max(episodes, e)
        longest = m if longest is None else longest
    return conditions, classes, signs, episodes, longest


def _medication(class_id: str) -> Medication:
    drug = RULEBOOK.catalogue.classes[class_id].drugs[0]
    return Medication(drug.generic, class_id)


def _inputs(rule: Rule) -> tuple[HealthProfile, EpisodeFacts]:
    conditions, classes, signs, episodes, longest = _witness(rule.when)
    profile = HealthProfile(frozenset(conditions), tuple(_medication(c) for c in sorted(classes)))
    return profile, EpisodeFacts(episodes, frozenset(signs), longest)


def _fired(rulebook: Rulebook, profile: HealthProfile, facts: EpisodeFacts) -> set[str]:
    advice = evaluate(rulebook, profile, facts, today=TODAY)
    fired = {item.id for item in advice.items}
    for status in advice.interventions.values():
        fired |= {reason.rule_id for reason in status.reasons}
    return fired


@pytest.mark.parametrize("rule", RULEBOOK.rules, ids=lambda rule: rule.id)
def test_rule_fires_on_its_minimal_trigger(rule: Rule) -> None:
    profile, facts = _inputs(rule)
    assert rule.id in _fired(RULEBOOK, profile, facts)


@pytest.mark.parametrize("rule", RULEBOOK.rules, ids=lambda rule: rule.id)
def test_rule_fires_on_empty_profile_only_if_baseline(rule: Rule) -> None:
    fired = _fired(RULEBOOK, HealthProfile(), EpisodeFacts())
    assert (rule.id in fired) == rule.is_baseline


@pytest.mark.parametrize("rule", RULEBOOK.rules, ids=lambda rule: rule.id)
def test_rule_items_carry_because_unless_baseline(rule: Rule) -> None:
    profile, facts = _inputs(rule)
    advice = evaluate(RULEBOOK, profile, facts, today=TODAY)
    for item in advice.items:
        if item.id == rule.id:
            assert bool(item.because) != rule.is_baseline
            assert all(b.english.startswith("because ") for b in item.because)
            assert all(b.get("fr").startswith("parce que ") for b in item.because)


# --- Specific behaviour ----------------------------------------------------------------------


def _advise(
    conditions: tuple[str, ...] = (),
    classes: tuple[str, ...] = (),
    signs: tuple[str, ...] = (),
    episodes: int = 0,
    longest: float | None = None,
) -> tuple[dict[str, str], list[str]]:
    profile = HealthProfile(frozenset(conditions), tuple(_medication(c) for c in classes))
    advice = evaluate(
        RULEBOOK, profile, EpisodeFacts(episodes, frozenset(signs), longest), today=TODAY
    )
    statuses: dict[str, str] = {k: v.status for k, v in advice.interventions.items()}
    return statuses, [item.id for item in advice.items]


def test_empty_profile_gets_baseline_and_the_standing_warning_signs() -> None:
    statuses, items = _advise()
    assert statuses == {key: RULEBOOK.baseline[key].status for key in INTERVENTIONS}
    assert items[:3] == ["rf_standing_emergency", "rf_standing_urgent", "rf_standing_soon"]
    assert all(item.startswith("general_") for item in items[3:])


def test_pad_hides_leg_raising_and_compression_and_avoids_heat() -> None:
    statuses, items = _advise(conditions=("pad",))
    assert statuses["leg_elevation"] == "avoid"
    assert statuses["compression_socks"] == "avoid"
    assert statuses["heat"] == "avoid"
    assert {"pad_care", "pad_warning_signs"} <= set(items)


@pytest.mark.parametrize("condition", ["diabetes", "neuropathy"])
def test_reduced_feeling_avoids_heat(condition: str) -> None:
    statuses, items = _advise(conditions=(condition,))
    assert statuses["heat"] == "avoid"
    assert statuses["warm_socks"] == "caution"
    assert "reduced_feeling_heat" in items


def test_one_leg_swelling_is_urgent_and_blocks_massage() -> None:
    statuses, items = _advise(signs=("one_leg_swelling",))
    assert statuses["massage"] == "avoid"
    assert statuses["calf_stretch"] == "caution"
    assert items.index("rf_one_leg_swelling") < items.index("general_nightly_stretching")


def test_breathless_is_an_emergency_and_comes_first() -> None:
    profile = HealthProfile()
    facts = EpisodeFacts(6, frozenset({"breathless_chest_pain", "one_leg_swelling"}), 15)
    advice = evaluate(RULEBOOK, profile, facts, today=TODAY, region="GB")
    emergencies = [item for item in advice.items if item.severity == "emergency"]
    assert advice.items[: len(emergencies)] == tuple(emergencies)
    assert "rf_breathless_chest_pain" in {item.id for item in emergencies}
    assert all(item.urgency == "emergency" and "999" in item.text.english for item in emergencies)


def test_statin_with_dark_urine_quotes_the_nhs_exception() -> None:
    _, items = _advise(classes=("statin",), signs=("dark_urine",))
    assert STATIN_EXCEPTION in items and "rf_dark_urine" not in items
    text = next(r for r in RULEBOOK.rules if r.id == STATIN_EXCEPTION).effects[0].text.english
    assert "The NHS statin pages say" in text and "stop taking the statin" in text


def test_dark_urine_without_statin_is_flagged_without_stop_advice() -> None:
    _, items = _advise(signs=("dark_urine",))
    assert "rf_dark_urine" in items and STATIN_EXCEPTION not in items


@pytest.mark.parametrize(("episodes", "fires"), [(3, False), (4, True), (9, True)])
def test_frequent_cramps_threshold(episodes: int, fires: bool) -> None:
    _, items = _advise(episodes=episodes)
    assert ("rf_frequent_cramps" in items) == fires


@pytest.mark.parametrize(("longest", "fires"), [(None, False), (10.0, False), (10.5, True)])
def test_long_cramp_from_logged_duration(longest: float | None, fires: bool) -> None:
    _, items = _advise(longest=longest)
    assert ("rf_long_cramp" in items) == fires


@pytest.mark.parametrize(
    ("conditions", "classes"),
    [
        (("kidney_disease",), ()),
        ((), ("ace_inhibitor",)),
        ((), ("arb",)),
        ((), ("potassium_sparing_diuretic",)),
    ],
)
def test_no_potassium_supplements(conditions: tuple[str, ...], classes: tuple[str, ...]) -> None:
    _, items = _advise(conditions=conditions, classes=classes)
    assert "no_potassium_supplements" in items


def test_pregnancy_avoids_quinine_and_flags_one_leg() -> None:
    statuses, items = _advise(conditions=("pregnancy",), signs=("one_leg_swelling",))
    assert statuses["quinine"] == "avoid"
    assert statuses["massage"] == "avoid"
    assert "rf_pregnancy_one_leg" in items


def test_anticoagulant_avoids_quinine_and_cautions_massage() -> None:
    statuses, _ = _advise(classes=("anticoagulant",))
    assert statuses["quinine"] == "avoid"
    assert statuses["massage"] == "caution"


def test_diltiazem_is_not_called_a_cause() -> None:
    rule = next(r for r in RULEBOOK.rules if r.id == "med_calcium_channel_blocker")
    assert "only nifedipine is listed" in rule.effects[0].text.english
    assert "diltiazem has even been tried as a cramp treatment" in rule.effects[0].text.english


def test_stopped_and_future_medicines_are_ignored() -> None:
    stopped = Medication("atorvastatin", "statin", date(2024, 1, 1), date(2024, 6, 1))
    future = Medication("Lasix", "loop_diuretic", started=date(2025, 2, 1))
    advice = evaluate(RULEBOOK, HealthProfile(medications=(stopped, future)), today=TODAY)
    assert not any(item.id.startswith("med_") for item in advice.items)


def test_unrecognised_medicines_are_listed_once() -> None:
    profile = profile_from_cli(
        [], ["Metformin", "Lipitor", "Metformin", "mystery pill"], RULEBOOK.catalogue
    )
    advice = evaluate(RULEBOOK, profile, today=TODAY)
    assert advice.unrecognised_medications == ("Metformin", "mystery pill")
    assert "med_statin" in {item.id for item in advice.items}


def test_because_names_the_medicine_in_both_languages() -> None:
    profile = profile_from_cli(["pad"], ["Lasix"], RULEBOOK.catalogue)
    advice = evaluate(RULEBOOK, profile, today=TODAY)
    item = next(i for i in advice.items if i.id == "med_loop_diuretic")
    assert item.because[0].english == "because you take Lasix (a loop diuretic)"
    assert item.because[0].get("fr") == "parce que vous prenez Lasix (un diurétique de l'anse)"


# --- Properties over random profiles --------------------------------------------------------

_classes = sorted(RULEBOOK.catalogue.classes)


@st.composite
def _cases(draw: st.DrawFn) -> tuple[HealthProfile, EpisodeFacts]:
    conditions = draw(st.frozensets(st.sampled_from(CONDITION_IDS)))
    classes = draw(st.lists(st.sampled_from(_classes), max_size=6))
    unknown = draw(st.lists(st.sampled_from(["Amlodipine", "Metformin", "X"]), max_size=2))
    medications = [_medication(c) for c in classes] + [Medication(n) for n in unknown]
    signs = draw(st.frozensets(st.sampled_from(sorted(ALL_RED_FLAG_SIGNS))))
    episodes = draw(st.integers(min_value=0, max_value=14))
    longest = draw(st.none() | st.floats(min_value=0, max_value=60, allow_nan=False))
    return HealthProfile(conditions, tuple(medications)), EpisodeFacts(episodes, signs, longest)


def _all_text(rulebook: Rulebook) -> list[tuple[str, str, str]]:
    texts = [
        (f"baseline.{k}", b.text.english, b.text.get("fr")) for k, b in rulebook.baseline.items()
    ]
    for rule in rulebook.rules:
        texts += [(rule.id, e.text.english, e.text.get("fr")) for e in rule.effects]
    return texts


def test_no_text_says_stop_a_medicine_except_official_safety_advice() -> None:
    offenders = [
        rule_id
        for rule_id, en, fr in _all_text(RULEBOOK)
        if (_STOP_EN.search(en) or _STOP_FR.search(fr)) and rule_id not in STOP_EXCEPTIONS
    ]
    assert offenders == []
    for rule_id in STOP_EXCEPTIONS:
        text = next(r for r in RULEBOOK.rules if r.id == rule_id).effects[0].text
        assert _STOP_EN.search(text.english) and _STOP_FR.search(text.get("fr")), rule_id
        assert "NHS" in text.english or "MHRA" in text.english, rule_id  # always attributed


@settings(max_examples=300, deadline=None)
@given(_cases())
def test_invariants_hold_for_any_profile(case: tuple[HealthProfile, EpisodeFacts]) -> None:
    profile, facts = case
    advice = evaluate(RULEBOOK, profile, facts, today=TODAY)
    assert advice == evaluate(RULEBOOK, profile, facts, today=TODAY)  # deterministic
    assert set(advice.interventions) == set(INTERVENTIONS)
    for status in advice.interventions.values():
        assert status.reasons and set(status.sources) <= set(RULEBOOK.sources)
        from_rules = [r for r in status.reasons if r.rule_id != "baseline"] or status.reasons
        strongest = max(STATUSES.index(r.status) for r in from_rules)
        assert status.status == STATUSES[strongest]  # so never both recommended and avoided
    kinds = [item.kind == "red_flag" for item in advice.items]
    assert kinds == sorted(kinds, reverse=True)  # red flags first
    for group in (True, False):
        ranks = [
            SEVERITIES.index(i.severity) for i in advice.items if (i.kind == "red_flag") == group
        ]
        assert ranks == sorted(ranks, reverse=True)
    for item in advice.items:
        assert item.sources and set(item.sources) <= set(RULEBOOK.sources)
        assert item.text.english and item.text.get("fr")
        if item.id not in STOP_EXCEPTIONS:
            assert not _STOP_EN.search(item.text.english), item.id
    for lang in ("en", "fr"):
        json.dumps(advice_to_json(advice, lang))


# --- JSON -----------------------------------------------------------------------------------


def test_json_shape() -> None:
    profile = profile_from_cli(["pad"], ["Lipitor", "Metformin"], RULEBOOK.catalogue)
    facts = EpisodeFacts(5, frozenset({"dark_urine"}), 12.0)
    data = advice_to_json(evaluate(RULEBOOK, profile, facts, today=TODAY), lang="fr")
    assert set(data) == {
        "disclaimer", "region", "interventions", "items", "unrecognised_medications",
    }  # fmt: skip
    assert set(data["interventions"]) == set(INTERVENTIONS)
    for entry in data["interventions"].values():
        assert set(entry) == {"status", "reasons", "sources"}
        assert entry["status"] in STATUSES
        assert all(isinstance(reason, str) for reason in entry["reasons"])
    for item in data["items"]:
        assert set(item) == {
            "id", "kind", "severity", "urgency", "numbers", "text", "because", "sources",
        }  # fmt: skip
        assert item["kind"] in {"advice", "caution", "red_flag"}
        assert isinstance(item["text"], str) and isinstance(item["because"], list)
    assert STATIN_EXCEPTION in [i["id"] for i in data["items"] if i["kind"] == "red_flag"]
    assert data["unrecognised_medications"] == ["Metformin"]
    assert (
        "parce que votre plus longue crampe des 7 dernières nuits a duré 12 minutes"
        in (next(i for i in data["items"] if i["id"] == "rf_long_cramp")["because"])
    )


def test_json_in_a_language_without_texts_falls_back_to_english() -> None:
    advice = evaluate(RULEBOOK, HealthProfile(), today=TODAY)
    assert advice_to_json(advice, lang="de") == advice_to_json(advice, lang="en")
    with pytest.raises(ValueError, match="unsupported language 'de!'"):
        advice_to_json(advice, lang="de!")
