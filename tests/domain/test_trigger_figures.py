"""Trigger figures: cramp nights with a factor against without, checked against scipy."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats.contingency import relative_risk as scipy_relative_risk

from crampwise.domain.nights import CHECKIN_FACTORS, Night, NightStatus
from crampwise.domain.trigger_figures import (
    MIN_NIGHTS,
    many_factors_warning,
    relative_risk,
    trigger_figures,
)
from crampwise.domain.words import Words
from tests.domain.conftest import FIRST, diary

ALCOHOL = frozenset({"alcohol"})
NONE: frozenset[str] = frozenset()


def _alcohol(nights: list[Night]):  # type: ignore[no-untyped-def]
    (figure,) = trigger_figures(nights, ["alcohol"])
    return figure


def test_the_example_diary_gives_the_issue_s_sentence() -> None:
    figure = _alcohol(diary((20, 12, ALCOHOL), (40, 10, NONE)))
    assert figure.as_dict() == {
        "factor": "alcohol",
        "nights_with": 20,
        "cramp_nights_with": 12,
        "nights_without": 40,
        "cramp_nights_without": 10,
        "ratio": pytest.approx(2.4),
        "low": pytest.approx(1.2591, abs=1e-4),
        "high": pytest.approx(4.5748, abs=1e-4),
        "enough": True,
    }
    assert figure.sentence().english() == (
        "Cramps came on 60% of nights after alcohol (12 of 20) and 25% of other nights "
        "(10 of 40): 2.4 times as often (likely between 1.3 and 4.6). A pattern in your "
        "diary, not proof of a cause."
    )


def test_numbers_in_the_sentence_follow_the_words_given() -> None:
    comma = Words(number=lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","))
    text = _alcohol(diary((20, 12, ALCOHOL), (40, 10, NONE))).sentence(comma).english()
    assert "2,4 times as often (likely between 1,3 and 4,6)" in text


@pytest.mark.parametrize(("with_nights", "enough"), [(MIN_NIGHTS - 1, False), (MIN_NIGHTS, True)])
def test_fewer_than_8_nights_on_a_side_gives_no_ratio(with_nights: int, enough: bool) -> None:
    for nights in (
        diary((with_nights, 3, ALCOHOL), (40, 10, NONE)),
        diary((40, 10, ALCOHOL), (with_nights, 3, NONE)),
    ):
        figure = _alcohol(nights)
        assert figure.enough is enough
        assert (figure.as_dict()["ratio"] is not None) is enough
        assert (figure.as_dict()["low"] is not None) is enough
        assert ("not enough nights yet" in figure.sentence().english().lower()) is not enough


def test_not_enough_says_so_in_words() -> None:
    figure = _alcohol(diary((7, 3, ALCOHOL), (40, 10, NONE)))
    assert figure.sentence().english() == (
        "Not enough nights yet to compare nights after alcohol with other nights (7 and 40 "
        "recorded; 8 of each are needed)."
    )


def test_unknown_nights_do_not_count() -> None:
    nights = diary((20, 12, ALCOHOL), (40, 10, NONE))
    unknown = [Night(FIRST - timedelta(days=i + 1), None, ALCOHOL) for i in range(30)]
    assert _alcohol(nights + unknown).as_dict() == _alcohol(nights).as_dict()


@pytest.mark.parametrize(
    ("groups", "words"),
    [
        (((10, 0, ALCOHOL), (10, 5, NONE)), "0% of nights after alcohol (0 of 10)"),
        (((10, 4, ALCOHOL), (10, 0, NONE)), "0% of other nights (0 of 10)"),
        (((10, 0, ALCOHOL), (10, 0, NONE)), "0% of other nights (0 of 10)"),
    ],
)
def test_no_cramp_night_on_a_side_gives_counts_but_no_ratio(
    groups: tuple[tuple[int, int, frozenset[str]], ...], words: str
) -> None:
    figure = _alcohol(diary(*groups))
    assert figure.enough
    assert (figure.cramps.ratio, figure.cramps.low, figure.cramps.high) == (None, None, None)
    text = figure.sentence().english()
    assert words in text
    assert "there is no ratio to give yet" in text
    assert "times as often" not in text


def test_cramps_every_night_gives_a_ratio_of_one() -> None:
    figure = _alcohol(diary((10, 10, ALCOHOL), (30, 30, NONE)))
    assert (figure.cramps.ratio, figure.cramps.low, figure.cramps.high) == (1.0, 1.0, 1.0)


@settings(max_examples=400, deadline=None)
@given(
    n1=st.integers(0, 400),
    n2=st.integers(0, 400),
    data=st.data(),
)
def test_the_ratio_and_interval_match_scipy(n1: int, n2: int, data: st.DataObject) -> None:
    # Lopsided counts (none, one, all, nearly all) come up often.
    a = data.draw(st.one_of(st.sampled_from([0, 1, n1, max(n1 - 1, 0)]), st.integers(0, n1)))
    c = data.draw(st.one_of(st.sampled_from([0, 1, n2, max(n2 - 1, 0)]), st.integers(0, n2)))
    ours = relative_risk(a, n1, c, n2)
    if n1 == 0 or n2 == 0:
        assert ours == (None, None, None)
        return
    reference = scipy_relative_risk(a, n1, c, n2)
    interval = reference.confidence_interval(0.95)
    expected = (reference.relative_risk, interval.low, interval.high)
    if a == 0 or c == 0:
        # scipy gives 0, infinity or nan and a bound that is nan: no ratio from us.
        assert ours == (None, None, None)
        assert any(math.isnan(x) or math.isinf(x) for x in expected[1:])
        return
    assert ours == pytest.approx(expected, rel=1e-9)


def test_a_figure_has_a_ratio_only_with_enough_nights_and_it_is_scipy_s() -> None:
    figure = _alcohol(diary((9, 1, ALCOHOL), (300, 299, NONE)))  # very lopsided
    reference = scipy_relative_risk(1, 9, 299, 300)
    interval = reference.confidence_interval(0.95)
    assert (figure.cramps.ratio, figure.cramps.low, figure.cramps.high) == pytest.approx(
        (reference.relative_risk, interval.low, interval.high)
    )
    assert (
        figure.sentence()
        .english()
        .startswith(
            "Cramps came on 11% of nights after alcohol (1 of 9) and 99% of other nights "
            "(299 of 300): 0.11 times as often (likely between 0.02 and 0.71)."
        )
    )


def test_every_check_in_factor_and_every_own_factor_gets_a_figure() -> None:
    nights = diary((10, 4, frozenset({"work", "cold_room"})), (10, 2, NONE))
    factors = [f.factor for f in trigger_figures(nights)]
    assert factors == [*CHECKIN_FACTORS[:2], "little_to_drink", "heavy_sweating", "alcohol",
                       "caffeine", "cold_room", "medication_change", "work"]  # fmt: skip
    own = next(f for f in trigger_figures(nights) if f.factor == "work")
    assert own.sentence().english().startswith("Cramps came on 40% of nights with “work”")


def test_many_factors_at_once_get_one_warning() -> None:
    two = diary((10, 4, frozenset({"alcohol", "caffeine"})), (10, 2, NONE))
    assert many_factors_warning(trigger_figures(two)) is None
    three = diary((10, 4, frozenset({"alcohol", "caffeine", "work"})), (10, 2, NONE))
    warning = many_factors_warning(trigger_figures(three))
    assert warning is not None
    assert warning.english() == (
        "3 factors are compared at once: with so many, one may stand out by chance."
    )


def test_nights_woken_and_intensity_are_compared_the_same_way() -> None:
    nights = []
    day = FIRST
    # 10 nights after alcohol: 6 cramp nights (woken, intensity 8), 4 quiet.
    # 20 other nights: 8 cramp nights (4 woken, intensity 4), 12 quiet.
    for factors, cramps, woken, quiet, intensity in ((ALCOHOL, 6, 6, 4, 8), (NONE, 8, 4, 12, 4)):
        for i in range(cramps + quiet):
            cramp = i < cramps
            nights.append(
                Night(
                    day,
                    NightStatus.CRAMPS if cramp else NightStatus.NO_CRAMPS,
                    factors,
                    episodes=int(cramp),
                    intensities=(intensity,) if cramp else (),
                    woken=(i < woken) if cramp else False,
                )
            )
            day += timedelta(days=1)
    figure = _alcohol(nights)
    assert (figure.woken.with_events, figure.woken.with_nights) == (6, 10)
    assert (figure.woken.without_events, figure.woken.without_nights) == (4, 20)
    assert figure.woken.ratio == pytest.approx(3.0)
    woken = figure.woken_sentence()
    assert woken is not None
    assert woken.english().startswith(
        "A cramp woke you on 60% of nights after alcohol (6 of 10) and 20% of other nights "
        "(4 of 20): 3.0 times as often"
    )
    # Only 6 cramp nights with alcohol have an intensity: too few to compare means.
    assert (figure.intensity_with, figure.intensity_without) == (8.0, 4.0)
    assert figure.intensity_sentence() is None


def test_mean_intensity_sentence_with_enough_rated_nights() -> None:
    nights = [
        Night(FIRST + timedelta(days=i), NightStatus.CRAMPS, ALCOHOL if i < 8 else NONE,
              episodes=1, intensities=(7,) if i < 8 else (5,))
        for i in range(16)
    ]  # fmt: skip
    sentence = _alcohol(nights).intensity_sentence()
    assert sentence is not None
    assert sentence.english() == (
        "Cramps on nights after alcohol were 7.0 out of 10 on average, against 5.0 on other nights."
    )


def test_a_medicine_figure_says_not_to_stop_or_change_it() -> None:
    nights = diary((10, 8, frozenset({"medication_change"})), (10, 2, NONE))
    (figure,) = trigger_figures(nights, ["medication_change"])
    assert (
        figure.sentence()
        .english()
        .endswith(
            "A pattern in your diary, not proof of a cause. Timing only: these figures cannot show "
            "whether a medicine causes cramps. Don't stop or change a medicine yourself; ask your "
            "prescriber or pharmacist."
        )
    )


def test_when_every_recorded_night_had_cramps_it_asks_for_the_quiet_nights_not_a_ratio() -> None:
    figure = _alcohol(diary((10, 10, ALCOHOL), (20, 20, NONE)))
    text = figure.sentence().english()
    assert "times as often" not in text
    assert "every recorded night" in text and "(10 of 10)" in text and "(20 of 20)" in text
