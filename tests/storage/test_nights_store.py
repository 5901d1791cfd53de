"""Check-ins and experiments kept in the diary: one check-in per night, experiments by id."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from crampwise import paths
from crampwise.domain.experiments import Experiment
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.storage.schema import StoreError
from crampwise.storage.store import EpisodeStore

NIGHT = date(2026, 5, 18)


def test_a_checkin_comes_back_exactly_and_again_after_reopening(store: EpisodeStore) -> None:
    checkin = CheckIn(
        NIGHT,
        frozenset({"alcohol", "caffeine"}),
        drinks=3,
        own_factors="late dinner, stress",
        routine_done=True,
        status=NightStatus.CRAMPS,
        habit_done=False,
    )
    store.save_checkin(checkin)
    assert store.checkins() == [checkin]
    store.close()
    reopened = EpisodeStore.open()
    assert reopened.checkin(NIGHT) == checkin
    reopened.close()


def test_saving_a_night_again_replaces_its_checkin(store: EpisodeStore) -> None:
    store.save_checkin(CheckIn(NIGHT, frozenset({"alcohol"}), drinks=2))
    store.save_checkin(CheckIn(NIGHT, status=NightStatus.NO_CRAMPS))
    assert store.checkins() == [CheckIn(NIGHT, status=NightStatus.NO_CRAMPS)]


def test_checkins_are_oldest_first_and_filtered_by_night(store: EpisodeStore) -> None:
    nights = [NIGHT - timedelta(days=d) for d in (0, 5, 2, 9)]
    for night in nights:
        store.save_checkin(CheckIn(night, status=NightStatus.NO_CRAMPS))
    assert [c.night for c in store.checkins()] == sorted(nights)
    got = store.checkins(since=NIGHT - timedelta(days=5), until=NIGHT - timedelta(days=1))
    assert [c.night for c in got] == [NIGHT - timedelta(days=5), NIGHT - timedelta(days=2)]


def test_deleting_a_checkin_leaves_the_other_nights(store: EpisodeStore) -> None:
    store.save_checkin(CheckIn(NIGHT, status=NightStatus.NO_CRAMPS))
    store.save_checkin(CheckIn(NIGHT - timedelta(days=1), status=NightStatus.CRAMPS))
    store.delete_checkin(NIGHT)
    assert [c.night for c in store.checkins()] == [NIGHT - timedelta(days=1)]
    assert store.checkin(NIGHT) is None


def test_an_experiment_gets_an_id_and_is_updated_in_place(store: EpisodeStore) -> None:
    saved = store.save_experiment(Experiment("warm_socks", 4, 99, NIGHT))
    assert saved.id is not None
    stopped = store.save_experiment(saved.stop(NIGHT + timedelta(days=3)))
    assert stopped.id == saved.id
    (back,) = store.experiments()
    assert back == stopped and back.blocks == saved.blocks


def test_the_current_experiment_is_the_one_not_stopped_and_not_over(store: EpisodeStore) -> None:
    old = store.save_experiment(Experiment("warm_socks", 4, 1, date(2026, 1, 5)))
    stopped = store.save_experiment(
        Experiment("no_late_caffeine", 4, 2, date(2026, 3, 2), stopped=date(2026, 3, 9))
    )
    assert store.current_experiment(NIGHT) is None
    running = store.save_experiment(Experiment("raise_bed_foot", 6, 3, NIGHT))
    assert store.current_experiment(NIGHT) == running
    assert store.current_experiment(running.end) == running
    assert store.current_experiment(running.end + timedelta(days=1)) is None
    assert store.experiments() == [old, stopped, running]


def test_a_read_only_diary_refuses_a_checkin_and_keeps_nothing(data_dir: Path) -> None:
    EpisodeStore.open().close()
    db = paths.database_path()
    store = EpisodeStore.open(db)
    store.read_only = True
    with pytest.raises(StoreError):
        store.save_checkin(CheckIn(NIGHT, status=NightStatus.NO_CRAMPS))
    assert store.checkins() == []
    store.close()
