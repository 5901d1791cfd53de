"""Personal experiments: the seeded plan, its status on a date, stopping, and the result."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import binomtest

from crampwise.domain.experiment_result import (
    clopper_pearson,
    experiment_result,
    habit_done,
    rate_ratio,
)
from crampwise.domain.experiments import Arm, Experiment, plan_blocks, start_experiment
from crampwise.domain.habits import ExperimentError, Habits
from crampwise.domain.nights import CheckIn, Night, NightStatus
from tests.domain.conftest import FIRST


def _days(block_start: date) -> list[date]:
    return [block_start + timedelta(days=i) for i in range(7)]


@pytest.mark.parametrize("weeks", [4, 6, 8])
def test_the_plan_is_balanced_weeks_in_a_row(habits: Habits, weeks: int) -> None:
    plan = start_experiment(habits.get("warm_socks"), weeks, FIRST, seed=7)
    blocks = plan.blocks
    assert len(blocks) == weeks
    assert [b.start for b in blocks] == [FIRST + timedelta(weeks=i) for i in range(weeks)]
    assert all(b.end == b.start + timedelta(days=6) for b in blocks)
    for first, second in zip(blocks[::2], blocks[1::2], strict=True):
        assert {first.arm, second.arm} == {Arm.ON, Arm.OFF}
    assert plan.end == blocks[-1].end


def test_the_seed_gives_the_plan_back_and_each_pair_is_in_random_order() -> None:
    assert plan_blocks(FIRST, 8, 2026) == plan_blocks(FIRST, 8, 2026)
    # A stored seed must give the same plan on every Python: this one is fixed.
    seed_1_arms = ["on", "off", "off", "on", "off", "on"]
    assert [b.arm.value for b in plan_blocks(FIRST, 6, 1)] == seed_1_arms
    first_arms = [plan_blocks(FIRST, 4, seed)[0].arm for seed in range(200)]
    assert 70 < first_arms.count(Arm.ON) < 130
    orders = {tuple(b.arm for b in plan_blocks(FIRST, 4, seed)) for seed in range(50)}
    assert len(orders) == 4  # each pair's order is drawn on its own


def test_as_dict_gives_start_end_arm() -> None:
    plan = Experiment("evening_routine", 4, 1, FIRST)
    assert plan.as_dict()["blocks"][0] == {  # type: ignore[index]
        "start": "2026-01-05", "end": "2026-01-11", "arm": "on",
    }  # fmt: skip


@pytest.mark.parametrize("weeks", [3, 5, 0, 10, True])
def test_only_4_6_or_8_weeks(habits: Habits, weeks: int) -> None:
    with pytest.raises(ExperimentError, match="4, 6 or 8 weeks"):
        start_experiment(habits.get("warm_socks"), weeks, FIRST)


def test_one_experiment_at_a_time(habits: Habits) -> None:
    running = start_experiment(habits.get("warm_socks"), 4, FIRST, seed=1)
    later = FIRST + timedelta(days=10)
    with pytest.raises(ExperimentError, match="already running until 2026-02-01"):
        start_experiment(habits.get("evening_routine"), 4, later, others=[running])
    stopped = running.stop(later)
    assert start_experiment(habits.get("evening_routine"), 4, later, others=[stopped])
    after = running.end + timedelta(days=1)
    assert start_experiment(habits.get("evening_routine"), 4, after, others=[running])


def test_status_on_a_date() -> None:
    plan = Experiment("warm_socks", 4, 1, FIRST)  # on, off, off, on
    assert plan.status_on(FIRST - timedelta(days=1)).state == "not_started"
    assert plan.status_on(FIRST).state == "on"
    status = plan.status_on(FIRST + timedelta(days=7))
    assert (status.state, status.week) == ("off", 2)
    assert plan.status_on(plan.end).state == "on"
    assert plan.status_on(plan.end + timedelta(days=1)).state == "finished"
    stopped = plan.stop(FIRST + timedelta(days=9))
    assert stopped.status_on(FIRST + timedelta(days=8)).state == "off"
    assert stopped.status_on(FIRST + timedelta(days=9)).state == "stopped"
    assert not stopped.running_on(FIRST + timedelta(days=9))
    with pytest.raises(ExperimentError, match="not running"):
        stopped.stop(FIRST + timedelta(days=10))


def _nights(
    plan: Experiment, cramps: dict[Arm, int], unrecorded: dict[Arm, int] | None = None,
    checkin: CheckIn | None = None,
) -> list[Night]:  # fmt: skip
    """The first ``cramps[arm]`` nights of each arm have a cramp (intensity 6 on, 4 off); the
    last ``unrecorded[arm]`` nights of each arm are unknown."""
    unrecorded = unrecorded or {}
    arm_nights = {
        arm: [d for b in plan.blocks if b.arm is arm for d in _days(b.start)] for arm in Arm
    }
    nights: list[Night] = []
    for arm, days in arm_nights.items():
        for i, day in enumerate(days):
            if i >= len(days) - unrecorded.get(arm, 0):
                continue
            cramp = i < cramps[arm]
            nights.append(
                Night(
                    day,
                    NightStatus.CRAMPS if cramp else NightStatus.NO_CRAMPS,
                    episodes=2 if cramp else 0,
                    intensities=((6 if arm is Arm.ON else 4),) if cramp else (),
                    checkin=checkin,
                )
            )
    return nights


def test_result_on_a_made_up_diary(habits: Habits) -> None:
    plan = Experiment("warm_socks", 4, 1, FIRST)
    nights = _nights(plan, {Arm.ON: 2, Arm.OFF: 7}, checkin=None)
    result = experiment_result(plan, habits.get("warm_socks"), nights, through=plan.end)
    assert result.on.as_dict() == {
        "nights": 14,
        "cramp_nights": 2,
        "episodes": 4,
        "mean_intensity": 6.0,
    }
    assert result.off.as_dict() == {
        "nights": 14,
        "cramp_nights": 7,
        "episodes": 14,
        "mean_intensity": 4.0,
    }
    assert (result.on.per_week, result.off.per_week) == (1.0, 3.5)
    assert result.enough
    reference = binomtest(2, 9).proportion_ci(0.95, method="exact")
    assert result.rate_ratio == pytest.approx(2 / 7)
    assert result.low == pytest.approx(reference.low / (1 - reference.low))
    assert result.high == pytest.approx(reference.high / (1 - reference.high))
    as_dict = result.as_dict()
    assert set(as_dict) == {
        "on",
        "off",
        "rate_ratio",
        "low",
        "high",
        "adherence",
        "enough",
        "summary",
    }
    assert as_dict["summary"] == (
        "Cramps came on 1.0 nights a week in “on” weeks and 3.5 in “off” weeks: 0.29 times as "
        "often with the habit (likely between 0.03 and 1.5). Whether the habit was done on "
        "“on” nights was not noted. A few weeks of nights can show a difference by chance, and "
        "a habit's effect can carry over into the next week: this describes your diary over "
        "these weeks, not proof that the habit works or does not."
    )


def test_unrecorded_nights_are_left_out_and_counted(habits: Habits) -> None:
    plan = Experiment("warm_socks", 4, 1, FIRST)
    nights = _nights(plan, {Arm.ON: 2, Arm.OFF: 7}, {Arm.ON: 4, Arm.OFF: 6})
    result = experiment_result(plan, habits.get("warm_socks"), nights, through=plan.end)
    assert (result.on.nights, result.on.unrecorded) == (10, 4)
    assert (result.off.nights, result.off.unrecorded) == (8, 6)
    assert result.rate_ratio == pytest.approx((2 / 10) / (7 / 8))
    assert "10 nights of the plan were not recorded and are left out." in result.summary().english()


def test_fewer_than_8_recorded_nights_in_an_arm_gives_no_ratio(habits: Habits) -> None:
    plan = Experiment("warm_socks", 4, 1, FIRST)
    nights = _nights(plan, {Arm.ON: 2, Arm.OFF: 7}, {Arm.OFF: 7})
    result = experiment_result(plan, habits.get("warm_socks"), nights, through=plan.end)
    assert not result.enough
    assert (result.rate_ratio, result.low, result.high) == (None, None, None)
    assert (
        result.summary()
        .english()
        .startswith(
            "Not enough recorded nights yet to compare: 14 in “on” weeks and 7 in “off” weeks; "
            "8 of each are needed."
        )
    )


def test_the_result_so_far_counts_only_nights_that_are_over(habits: Habits) -> None:
    plan = Experiment("warm_socks", 4, 1, FIRST)  # on, off, off, on
    nights = _nights(plan, {Arm.ON: 0, Arm.OFF: 0})
    result = experiment_result(
        plan, habits.get("warm_socks"), nights, through=FIRST + timedelta(days=9)
    )
    assert (result.on.nights, result.off.nights) == (7, 3)
    stopped = plan.stop(FIRST + timedelta(days=9))
    result = experiment_result(stopped, habits.get("warm_socks"), nights, through=plan.end)
    assert (result.on.nights, result.off.nights) == (7, 2)
    assert "The experiment was stopped early." in result.summary().english()


def test_adherence_counting(habits: Habits) -> None:
    day = FIRST
    routine, socks, alcohol = (
        habits.get(h) for h in ("evening_routine", "warm_socks", "no_evening_alcohol")
    )

    def night(checkin: CheckIn | None, factors: frozenset[str] = frozenset()) -> Night:
        return Night(day, NightStatus.NO_CRAMPS, factors, checkin=checkin)

    played = night(CheckIn(day, routine_done=True))
    assert habit_done(routine, played) is True  # playing the routine counts by itself
    assert habit_done(routine, night(CheckIn(day))) is False
    assert habit_done(routine, night(None)) is None
    assert habit_done(socks, night(CheckIn(day, habit_done=True))) is True
    assert habit_done(socks, night(CheckIn(day, habit_done=False))) is False
    assert habit_done(socks, night(CheckIn(day))) is None
    assert habit_done(socks, played) is None
    assert habit_done(alcohol, night(CheckIn(day), frozenset({"alcohol"}))) is False
    assert habit_done(alcohol, night(None, frozenset({"alcohol"}))) is False  # episode tag
    assert habit_done(alcohol, night(CheckIn(day))) is True
    assert habit_done(alcohol, night(None)) is None


def test_adherence_is_the_share_of_on_nights_where_it_is_known(habits: Habits) -> None:
    plan = Experiment("evening_routine", 4, 1, FIRST)
    nights = _nights(plan, {Arm.ON: 2, Arm.OFF: 7})
    on_days = sorted(n.night for n in nights if plan.status_on(n.night).state == "on")
    by_day = {n.night: n for n in nights}
    for i, day in enumerate(on_days[:10]):  # 7 played, 3 not; the last 4 not noted
        checkin = CheckIn(day, routine_done=i < 7)
        by_day[day] = Night(day, by_day[day].status, checkin=checkin)
    result = experiment_result(plan, habits.get("evening_routine"), by_day.values(), plan.end)
    assert (result.adherence_done, result.adherence_known) == (7, 10)
    assert result.adherence == pytest.approx(0.7)
    assert "The habit was done on 7 of the 10 “on” nights where it was noted" in (
        result.summary().english()
    )


@settings(max_examples=300, deadline=None)
@given(n=st.integers(1, 120), data=st.data())
def test_the_exact_interval_matches_scipy(n: int, data: st.DataObject) -> None:
    k = data.draw(st.one_of(st.sampled_from([0, 1, n - 1, n]), st.integers(0, n)))
    reference = binomtest(k, n).proportion_ci(0.95, method="exact")
    assert clopper_pearson(k, n) == pytest.approx((reference.low, reference.high), abs=1e-9)


def test_rate_ratio_with_no_cramps_on_one_side() -> None:
    reference = binomtest(0, 5).proportion_ci(0.95, method="exact")
    ratio, low, high = rate_ratio(0, 14, 5, 14)
    assert (ratio, low) == (0.0, 0.0)
    assert high == pytest.approx(reference.high / (1 - reference.high))
    ratio, low, high = rate_ratio(5, 14, 0, 14)
    assert ratio is None and high is None
    assert low == pytest.approx(
        binomtest(5, 5).proportion_ci(method="exact").low
        / (1 - binomtest(5, 5).proportion_ci(method="exact").low)
    )
    assert rate_ratio(0, 14, 0, 14) == (None, None, None)


@pytest.mark.parametrize(
    ("cramps", "start"),
    [
        ({Arm.ON: 0, Arm.OFF: 5}, "No cramp nights in “on” weeks, against 2.5 a week"),
        ({Arm.ON: 5, Arm.OFF: 0}, "Cramps came on 2.5 nights a week in “on” weeks and on none"),
        ({Arm.ON: 0, Arm.OFF: 0}, "No cramp nights in either kind of week"),
    ],
)
def test_summary_with_no_cramps_on_a_side(
    habits: Habits, cramps: dict[Arm, int], start: str
) -> None:
    plan = Experiment("warm_socks", 4, 1, FIRST)
    result = experiment_result(plan, habits.get("warm_socks"), _nights(plan, cramps), plan.end)
    assert result.summary().english().startswith(start)


def test_the_check_in_says_whether_tonight_is_an_on_or_off_week() -> None:
    plan = Experiment("warm_socks", 4, 1, FIRST)  # on, off, off, on
    say = {
        day: plan.status_on(FIRST + timedelta(days=day)).sentence("Warm socks in bed").english()
        for day in (-1, 0, 8, 28)
    }
    assert say == {
        -1: "The experiment starts on the night of 2026-01-05.",
        0: "Week 1 of 4: an “on” week. Warm socks in bed: yes.",
        8: "Week 2 of 4: an “off” week. Warm socks in bed: not this week.",
        28: "The experiment is over: see the result in Insights.",
    }
    stopped = plan.stop(FIRST + timedelta(days=3))
    assert stopped.status_on(FIRST + timedelta(days=3)).sentence("x").english() == (
        "The experiment was stopped."
    )
