"""The nights use cases the window and the command line share (``crampwise.service_nights``)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crampwise import service_nights as nights
from crampwise.domain.experiments import Arm
from crampwise.domain.habits import ExperimentError
from crampwise.domain.nights import CheckIn, NightError, NightStatus
from crampwise.domain.profile import HealthProfile
from crampwise.storage.store import EpisodeStore
from tests.diaries import TODAY, episode


def test_a_valid_checkin_is_stored(store: EpisodeStore) -> None:
    checkin = CheckIn(TODAY, frozenset({"caffeine"}), drinks=2)
    nights.record_checkin(store, checkin, today=TODAY)
    assert store.checkins() == [checkin]


@pytest.mark.parametrize(
    ("checkin", "words"),
    [
        (CheckIn(TODAY + timedelta(days=1)), "in the future"),
        (CheckIn(TODAY, frozenset({"chocolate"})), "unknown factor 'chocolate'"),
        (CheckIn(TODAY, drinks=-1), "number of drinks"),
    ],
)
def test_a_bad_checkin_is_refused_and_nothing_stored(
    store: EpisodeStore, checkin: CheckIn, words: str
) -> None:
    with pytest.raises(NightError, match=words):
        nights.record_checkin(store, checkin, today=TODAY)
    assert store.checkins() == []


def test_nights_between_joins_episodes_and_checkins(store: EpisodeStore) -> None:
    first = TODAY - timedelta(days=3)
    store.add(episode(first, tags=frozenset({"alcohol"})))
    store.save_checkin(CheckIn(first + timedelta(days=1), status=NightStatus.NO_CRAMPS))
    got = nights.nights_between(store, first, TODAY - 1 * timedelta(days=1))
    assert [(n.night, n.status) for n in got] == [
        (first, NightStatus.CRAMPS),
        (first + timedelta(days=1), NightStatus.NO_CRAMPS),
        (first + timedelta(days=2), None),  # nothing recorded: unknown, not cramp-free
    ]
    assert got[0].factors == {"alcohol"}


def test_trigger_figures_count_only_recorded_nights(store: EpisodeStore) -> None:
    first = TODAY - timedelta(days=29)
    for i in range(10):  # alcohol: 10 nights, 6 with cramps
        night = first + timedelta(days=i)
        if i < 6:
            store.add(episode(night, tags=frozenset({"alcohol"})))
        else:
            store.save_checkin(CheckIn(night, drinks=2, status=NightStatus.NO_CRAMPS))
    for i in range(10, 20):  # other nights: 10, 2 with cramps; the last 10 are unknown
        night = first + timedelta(days=i)
        if i < 12:
            store.add(episode(night))
        else:
            store.save_checkin(CheckIn(night, status=NightStatus.NO_CRAMPS))
    figures = {f.factor: f for f in nights.trigger_figures_between(store, first, TODAY)}
    alcohol = figures["alcohol"].as_dict()
    assert (alcohol["nights_with"], alcohol["cramp_nights_with"]) == (10, 6)
    assert (alcohol["nights_without"], alcohol["cramp_nights_without"]) == (10, 2)
    assert alcohol["enough"] is True
    assert alcohol["ratio"] == pytest.approx(3.0)


def test_playing_the_routine_marks_the_night_without_losing_the_checkin(
    store: EpisodeStore,
) -> None:
    nights.mark_routine_done(store, TODAY)  # no check-in yet: one is made
    assert store.checkins() == [CheckIn(TODAY, routine_done=True)]
    store.save_checkin(CheckIn(TODAY - timedelta(days=1), frozenset({"alcohol"}), drinks=1))
    nights.mark_routine_done(store, TODAY - timedelta(days=1))
    assert store.checkin(TODAY - timedelta(days=1)) == CheckIn(
        TODAY - timedelta(days=1), frozenset({"alcohol"}), drinks=1, routine_done=True
    )


def test_an_experiment_is_planned_stored_and_balanced(store: EpisodeStore) -> None:
    started = nights.start_experiment(store, "warm_socks", 6, today=TODAY, seed=42)
    assert started.id is not None and started.start == TODAY
    assert store.current_experiment(TODAY) == started
    arms = [b.arm for b in started.blocks]
    assert arms.count(Arm.ON) == arms.count(Arm.OFF) == 3


@pytest.mark.parametrize(
    ("habit", "weeks", "profile", "words"),
    [
        ("chocolate", 4, HealthProfile(), "unknown habit 'chocolate'"),
        ("warm_socks", 3, HealthProfile(), "4, 6 or 8 weeks, not 3"),
        ("warm_socks", 4, HealthProfile(conditions=frozenset({"neuropathy"})), "not offered"),
    ],
)
def test_a_refused_experiment_stores_nothing(
    store: EpisodeStore, habit: str, weeks: int, profile: HealthProfile, words: str
) -> None:
    with pytest.raises(ExperimentError, match=words):
        nights.start_experiment(store, habit, weeks, today=TODAY, profile=profile)
    assert store.experiments() == []


def test_the_stored_profile_rules_out_a_heat_habit(store: EpisodeStore) -> None:
    store.save_profile(HealthProfile(conditions=frozenset({"diabetes"})))
    with pytest.raises(ExperimentError, match="not offered"):
        nights.start_experiment(store, "warm_socks", 4, today=TODAY)
    assert store.experiments() == []


def test_a_medicine_is_not_an_own_habit(store: EpisodeStore) -> None:
    with pytest.raises(ExperimentError, match="prescriber"):
        nights.start_experiment(store, "own", 4, today=TODAY, own_habit="quinine")
    assert store.experiments() == []


def test_a_second_experiment_is_refused_while_one_runs(store: EpisodeStore) -> None:
    first = nights.start_experiment(store, "warm_socks", 4, today=TODAY)
    with pytest.raises(ExperimentError, match="already running"):
        nights.start_experiment(store, "no_late_caffeine", 4, today=TODAY + timedelta(days=3))
    assert store.experiments() == [first]


def test_stopping_lets_a_new_experiment_start(store: EpisodeStore) -> None:
    first = nights.start_experiment(store, "warm_socks", 4, today=TODAY)
    later = TODAY + timedelta(days=10)
    stopped = nights.stop_experiment(store, later)
    assert stopped.stopped == later and stopped.id == first.id
    assert store.current_experiment(later) is None
    with pytest.raises(ExperimentError, match="no experiment is running"):
        nights.stop_experiment(store, later)
    second = nights.start_experiment(store, "no_late_caffeine", 4, today=later)
    assert store.current_experiment(later) == second


def test_the_result_counts_on_and_off_nights_up_to_last_night(store: EpisodeStore) -> None:
    assert nights.experiment_result(store, TODAY) is None
    start = TODAY - timedelta(days=28)
    experiment = nights.start_experiment(store, "warm_socks", 4, today=start, seed=5)
    for block in experiment.blocks:
        for d in range(7):
            night = block.start + timedelta(days=d)
            if block.arm is Arm.OFF and d < 3:  # 3 cramp nights in each "off" week
                store.add(episode(night, intensity=6))
            else:
                store.save_checkin(
                    CheckIn(night, status=NightStatus.NO_CRAMPS, habit_done=block.arm is Arm.ON)
                )
    result = nights.experiment_result(store, TODAY)
    assert result is not None
    assert (result.on.nights, result.on.cramp_nights) == (14, 0)
    assert (result.off.nights, result.off.cramp_nights) == (14, 6)
    assert result.adherence == 1.0
    assert result.enough


def test_the_result_leaves_out_tonight(store: EpisodeStore) -> None:
    nights.start_experiment(store, "warm_socks", 4, today=TODAY, seed=5)
    store.save_checkin(CheckIn(TODAY, status=NightStatus.NO_CRAMPS))
    result = nights.experiment_result(store, TODAY)
    assert result is not None
    assert result.on.nights + result.off.nights == 0
