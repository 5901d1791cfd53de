"""The diary's door to the nights: a check-in saved from the window is the same night the
command line and Insights read, and the diary announces it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from crampwise.domain.nights import CheckIn, NightError, NightStatus
from crampwise.storage.schema import StoreError
from crampwise.storage.store import EpisodeStore
from crampwise.ui.diary import Diary

TODAY = date(2026, 11, 20)
LAST_NIGHT = TODAY - timedelta(days=1)


@pytest.fixture
def diary(store: EpisodeStore) -> Diary:
    opened = Diary()
    opened.attach(store)
    return opened


def test_a_check_in_is_saved_announced_and_read_as_a_recorded_night(
    qtbot: QtBot, diary: Diary, store: EpisodeStore
) -> None:
    checkin = CheckIn(LAST_NIGHT, factors=frozenset({"alcohol"}), drinks=2,
                      status=NightStatus.NO_CRAMPS)  # fmt: skip
    with qtbot.waitSignal(diary.changed):
        diary.nights.record_checkin(checkin, today=TODAY)
    assert store.checkin(LAST_NIGHT) == checkin
    (night,) = diary.nights.nights_between(LAST_NIGHT, LAST_NIGHT)
    assert night.status is NightStatus.NO_CRAMPS
    assert "alcohol" in night.factors


def test_a_refused_check_in_stores_nothing_and_says_why(diary: Diary, store: EpisodeStore) -> None:
    tomorrow_night = TODAY + timedelta(days=1)
    with pytest.raises(NightError):
        diary.nights.record_checkin(CheckIn(tomorrow_night), today=TODAY)
    assert store.checkins() == []


def test_playing_the_routine_ticks_it_on_the_nights_check_in(
    qtbot: QtBot, diary: Diary, store: EpisodeStore
) -> None:
    with qtbot.waitSignal(diary.nights.changed):
        diary.nights.mark_routine_done(LAST_NIGHT)
    saved = store.checkin(LAST_NIGHT)
    assert saved is not None and saved.routine_done


def test_before_the_diary_opens_nothing_is_written() -> None:
    with pytest.raises(StoreError):
        Diary().nights.record_checkin(CheckIn(LAST_NIGHT), today=TODAY)
