"""Habits a person can try: the data file, its cautions and its sources."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from crampwise import paths
from crampwise.advice.sources import load_sources
from crampwise.domain.habits import (
    HABIT_IDS,
    ExperimentError,
    Habits,
    HabitsDataError,
    parse_habits,
)
from crampwise.domain.profile import HealthProfile
from crampwise.domain.vocab import INTERVENTIONS

NOBODY = HealthProfile()


def _raw() -> dict[str, Any]:
    with paths.asset("habits.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_every_habit_is_listed_in_order_with_both_languages(habits: Habits) -> None:
    assert tuple(habits.habits) == HABIT_IDS
    for habit in habits.habits.values():
        for text in (habit.name, habit.tick):
            assert text.english and "fr" in text.languages


def test_every_cited_source_exists() -> None:
    known = load_sources()
    for habit_id, table in _raw()["habits"].items():
        for source in table["sources"]:
            assert source in known, (habit_id, source)


@pytest.mark.parametrize(
    ("habit_id", "conditions"),
    [("warm_socks", {"neuropathy", "diabetes", "pad"}), ("raise_bed_foot", {"pad"})],
)
def test_heat_and_raised_legs_are_refused_with_the_conditions_that_rule_them_out(
    habits: Habits, habit_id: str, conditions: set[str]
) -> None:
    for condition in conditions:
        profile = HealthProfile(conditions=frozenset({condition}))
        assert habit_id not in [h.id for h in habits.offered(profile)]
        with pytest.raises(ExperimentError, match="is not offered") as caught:
            habits.check(habit_id, profile)
        assert "without you noticing" in str(caught.value) or "legs raised" in str(caught.value)
    french = HealthProfile(conditions=frozenset({"pad"}))
    with pytest.raises(ExperimentError) as caught:
        habits.check(habit_id, french, lang="fr")
    assert "artériopathie" in str(caught.value)
    assert habits.check(habit_id, HealthProfile(conditions=frozenset({"varicose_veins"})))


def test_every_habit_is_offered_to_someone_without_conditions(habits: Habits) -> None:
    assert [h.id for h in habits.offered(NOBODY)] == list(HABIT_IDS)


def test_medicines_are_never_a_habit(habits: Habits) -> None:
    assert not {"magnesium", "quinine"} & set(HABIT_IDS)
    assert set(HABIT_IDS) - {"own"} <= {
        "evening_routine", "no_evening_alcohol", "no_late_caffeine", "warm_socks", "raise_bed_foot",
    }  # fmt: skip
    for own in ("Stop my statin", "one pill less", "Arrêter mon MÉDICAMENT", "d'eau tonique"):
        with pytest.raises(ExperimentError, match="a medicine is not a habit"):
            habits.check("own", NOBODY, own)
    with pytest.raises(ExperimentError, match="a medicine is not a habit"):
        habits.check("own", NOBODY, "furosemide later", is_medicine=lambda t: "furosemide" in t)
    assert habits.check("own", NOBODY, "a banana at dinner").id == "own"
    assert "quinine" in INTERVENTIONS  # known to the advice, never offered here


@pytest.mark.parametrize(
    ("habit_id", "own", "words"),
    [
        ("tea", "", "unknown habit 'tea'"),
        ("own", "  ", "say what your own habit is"),
        ("own", "x" * 81, "too long"),
        ("own", "tea\x07", "control characters"),
        ("warm_socks", "wool", "only your own habit takes a description"),
    ],
)
def test_bad_habits_are_refused(habits: Habits, habit_id: str, own: str, words: str) -> None:
    with pytest.raises(ExperimentError, match=words):
        habits.check(habit_id, NOBODY, own)


def test_a_broken_file_names_every_fault() -> None:
    raw = _raw()
    raw["habits"]["warm_socks"]["unsafe_with"] = ["gout"]
    raw["habits"]["own"]["done_by"] = "magic"
    del raw["habits"]["evening_routine"]["name"]["en"]
    raw["extra"] = {}
    with pytest.raises(HabitsDataError) as caught:
        parse_habits(raw)
    text = str(caught.value)
    for words in ("unsafe_with", "done_by", "field 'name'", "unknown table 'extra'"):
        assert words in text
