"""Nights are recorded (cramps or no cramps) or unknown; check-ins are validated."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from crampwise.domain.nights import (
    MAX_DRINKS,
    CheckIn,
    Night,
    NightError,
    NightStatus,
    needs_morning_question,
    night_records,
    recorded_dates,
    validate_checkin,
)
from crampwise.text import Message
from tests.domain.conftest import FIRST, PARIS, episode

D1, D2, D3, D4 = (FIRST + timedelta(days=i) for i in range(4))


def test_each_night_is_cramps_no_cramps_or_unknown() -> None:
    nights = night_records(
        [episode(D1, tags=frozenset({"alcohol"}), intensity=6)],
        [CheckIn(D2, status=NightStatus.NO_CRAMPS), CheckIn(D3, frozenset({"caffeine"}))],
        D1,
        D4,
    )
    assert [n.night for n in nights] == [D1, D2, D3, D4]
    assert [n.status for n in nights] == [NightStatus.CRAMPS, NightStatus.NO_CRAMPS, None, None]
    # A check-in without an answer does not make the night cramp-free.
    assert not nights[2].recorded
    assert nights[2].factors == {"caffeine"}
    assert recorded_dates(nights) == {D1, D2}


def test_an_episode_makes_a_cramp_night_whatever_the_check_in_says() -> None:
    (night,) = night_records(
        [episode(D1, woke_from_sleep=True)], [CheckIn(D1, status=NightStatus.NO_CRAMPS)], D1, D1
    )
    assert night.status is NightStatus.CRAMPS
    assert night.woken is True


def test_the_factors_of_a_night_join_check_in_own_words_and_episode_tags() -> None:
    checkin = CheckIn(D1, frozenset({"hard_exercise"}), own_factors=" Late  Dinner, work;")
    (night,) = night_records(
        [episode(D1, tags=frozenset({"alcohol", "late dinner"}))], [checkin], D1, D1
    )
    assert night.factors == {"hard_exercise", "alcohol", "late dinner", "work"}


def test_episodes_outside_the_range_are_left_out() -> None:
    nights = night_records([episode(D1), episode(D4)], [CheckIn(D4)], D2, D3)
    assert [n.status for n in nights] == [None, None]


def test_nights_woken_are_known_only_when_recorded() -> None:
    nights = night_records(
        [episode(D1), episode(D2, woke_from_sleep=False)],
        [CheckIn(D3, status=NightStatus.NO_CRAMPS)],
        D1,
        D4,
    )
    assert [n.woken for n in nights] == [None, False, False, None]


def test_a_number_of_drinks_says_alcohol() -> None:
    assert CheckIn(D1, drinks=2).factors == {"alcohol"}
    assert CheckIn(D1, drinks=0).factors == frozenset()


def test_as_dict_names_night_status_factors() -> None:
    (night,) = night_records([episode(D1, tags=frozenset({"caffeine", "alcohol"}))], [], D1, D1)
    assert night.as_dict() == {
        "night": D1.isoformat(),
        "status": "cramps",
        "factors": ["alcohol", "caffeine"],
    }
    assert Night(D2, None).as_dict()["status"] is None


def test_tonight_can_be_checked_in() -> None:
    assert CheckIn(D2, frozenset({"alcohol"}), drinks=3).validated(current_night=D2).drinks == 3


@pytest.mark.parametrize(
    ("checkin", "words"),
    [
        (CheckIn(D1, frozenset({"tea"})), "unknown factor 'tea'"),
        (CheckIn(D3), "the night of 2026-01-07 is in the future"),
        (CheckIn(D1, drinks=-1), "from 0 to 40"),
        (CheckIn(D1, drinks=MAX_DRINKS + 1), "from 0 to 40"),
        (CheckIn(D1, drinks=True), "from 0 to 40"),
        (CheckIn(D1, frozenset({"alcohol"}), drinks=0), "alcohol is ticked, but with 0 drinks"),
        (CheckIn(date(1999, 12, 31)), "1 January 2000 or later"),
        (CheckIn(D1, own_factors="x" * 401), "too long"),
        (CheckIn(D1, own_factors="work\x00"), "control characters"),
        (CheckIn(D1, own_factors="a" * 41), "longer than 40 characters"),
        (CheckIn(D1, own_factors=",".join(f"f{i}" for i in range(31))), "at most 30"),
    ],
)
def test_bad_check_ins_are_refused_with_a_clear_message(checkin: CheckIn, words: str) -> None:
    with pytest.raises(NightError) as caught:
        validate_checkin(checkin, current_night=D2)
    assert words in str(caught.value)
    assert isinstance(caught.value.message, Message)
    assert caught.value.message.context == "Nights"


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=PARIS)


def test_the_morning_question_comes_once_after_an_unrecorded_night() -> None:
    # D2 at 07:00: last night is the night of D1.
    assert needs_morning_question(_at(D2, 7), set(), last_asked=D1)
    assert needs_morning_question(_at(D2, 7), set(), last_asked=None)
    assert not needs_morning_question(_at(D2, 9), set(), last_asked=D2)  # already asked today
    assert not needs_morning_question(_at(D2, 7), {D1}, last_asked=D1)  # recorded
    assert not needs_morning_question(_at(D2, 3), set(), last_asked=D1)  # still the night
    assert needs_morning_question(_at(D2, 21), {D2}, last_asked=D1)  # yesterday still unknown
