"""Properties of the advice over random profiles, regions and recent nights.

- a status and a card never disagree (a card that speaks for raising the legs never stands
  beside a status that avoids it, and the other way round);
- every item and every status is sourced;
- red flags come first, most urgent first;
- no urgent or emergency item without the emergency number of the person's region.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crampwise.advice import evaluate, load_rulebook
from crampwise.advice.rules import SEVERITIES, STANCES
from crampwise.domain.profile import CONDITION_IDS, EpisodeFacts, HealthProfile, Medication
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS

RULEBOOK = load_rulebook()
REGIONS = [*sorted(RULEBOOK.care.regions), "DE", "JP", None]
_NAMES = [
    "Lipitor 20 mg", "Preterax", "Cotareg", "co-amilofruse", "Inegy", "Trelegy Ellipta",
    "Seretide 250 Evohaler", "Eliquis", "Préviscan", "quinine sulfate 200mg", "Aldactone",
    "ramipril 5 mg gélule", "Amlodipine", "Metformin", "Lasix", "Ventolin", "mystery pill",
]  # fmt: skip


@st.composite
def _cases(draw: st.DrawFn) -> tuple[HealthProfile, EpisodeFacts, str | None]:
    conditions = draw(st.frozensets(st.sampled_from(CONDITION_IDS)))
    names = draw(st.lists(st.sampled_from(_NAMES), max_size=5))
    medications = tuple(Medication(n, RULEBOOK.catalogue.classify(n)) for n in names)
    signs = draw(st.frozensets(st.sampled_from(sorted(ALL_RED_FLAG_SIGNS))))
    episodes = draw(st.integers(min_value=0, max_value=14))
    longest = draw(st.none() | st.floats(min_value=0, max_value=60, allow_nan=False))
    region = draw(st.sampled_from(REGIONS))
    return HealthProfile(conditions, medications), EpisodeFacts(episodes, signs, longest), region


@settings(max_examples=400, deadline=None)
@given(_cases())
def test_a_status_and_a_card_never_disagree(
    case: tuple[HealthProfile, EpisodeFacts, str | None],
) -> None:
    profile, facts, region = case
    advice = evaluate(RULEBOOK, profile, facts, region=region)
    for item in advice.items:
        for stance, interventions in item.stances.items():
            for intervention in interventions:
                status = advice.interventions[intervention].status
                assert status in STANCES[stance], (item.id, stance, intervention, status)
    statuses = {k: v.status for k, v in advice.interventions.items()}
    # The two safety pairs the review found, whatever else is in the profile:
    if "pad" in profile.conditions:
        assert statuses["leg_elevation"] == statuses["compression_socks"] == "avoid"
        assert statuses["heat"] == "avoid"
        assert "venous_care" not in {i.id for i in advice.items}
    elif {"varicose_veins", "venous_insufficiency"} & profile.conditions:
        assert statuses["leg_elevation"] == "recommended"
        assert statuses["compression_socks"] in ("caution", "avoid")  # avoid: neuropathy


@settings(max_examples=300, deadline=None)
@given(_cases())
def test_every_item_and_status_is_sourced_and_red_flags_come_first(
    case: tuple[HealthProfile, EpisodeFacts, str | None],
) -> None:
    profile, facts, region = case
    advice = evaluate(RULEBOOK, profile, facts, region=region)
    for item in advice.items:
        assert item.sources and set(item.sources) <= set(RULEBOOK.sources), item.id
    for status in advice.interventions.values():
        assert status.sources and set(status.sources) <= set(RULEBOOK.sources)
    flags = [item.kind == "red_flag" for item in advice.items]
    assert flags == sorted(flags, reverse=True)
    red = [SEVERITIES.index(i.severity) for i in advice.items if i.kind == "red_flag"]
    assert red == sorted(red, reverse=True)
    assert {"rf_standing_emergency", "rf_standing_urgent", "rf_standing_soon"} <= {
        item.id for item in advice.items
    }


@settings(max_examples=300, deadline=None)
@given(_cases())
def test_no_urgent_item_without_a_number_for_the_region(
    case: tuple[HealthProfile, EpisodeFacts, str | None],
) -> None:
    profile, facts, region = case
    advice = evaluate(RULEBOOK, profile, facts, region=region)
    care = RULEBOOK.care.region(region)
    emergency = care.numbers("emergency")
    assert emergency
    for item in advice.items:
        if item.severity in ("urgent", "emergency"):
            assert item.urgency == item.severity
            assert set(emergency) <= set(item.numbers), item.id
            for lang in ("en", "fr"):
                text = item.text(lang)
                assert all(re.search(rf"(?<!\d){n}(?!\d)", text) for n in emergency), item.id
        if item.kind == "red_flag":
            assert item.urgency in ("emergency", "urgent", "soon")
        else:
            assert item.urgency is None


def test_cards_that_mention_legs_up_compression_or_heat_say_so_in_their_stances() -> None:
    """A card whose words speak about raising the legs, compression or heat lists that
    intervention, so the property above can check it against the status."""
    words = {
        "leg_elevation": re.compile(r"rais(e|ing) (your|the) legs", re.I),
        "compression_socks": re.compile(r"\bcompression\b", re.I),
        "heat": re.compile(r"\b(heat|hot-water)\b", re.I),
    }
    for rule in RULEBOOK.rules:
        for effect in rule.effects:
            if effect.intervention is not None:
                continue
            listed = set().union(*effect.stances.values()) if effect.stances else set()
            for intervention, pattern in words.items():
                if pattern.search(effect.text.english):
                    assert intervention in listed, (rule.id, intervention)
