from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from crampwise.domain.episode import Episode, StepUse
from crampwise.domain.medication_changes import TOO_FEW_WEEKS_TEXT
from crampwise.domain.patterns import (
    compute_patterns,
    period_summary,
    rebin,
    week_of,
)
from crampwise.domain.profile import HealthProfile, Medication
from crampwise.domain.vocab import Location, Side
from crampwise.domain.words import format_duration
from tests.diaries import TODAY, episode


def test_weeks_run_monday_to_sunday_by_night() -> None:
    monday = date(2026, 5, 11)
    eps = [
        episode(monday),  # night of Monday 11
        episode(monday + timedelta(days=6), hour=2),  # night of Sunday 17, at 02:00 on Mon 18
        episode(monday + timedelta(days=7), hour=23),  # night of Monday 18: the next week
    ]
    pats = compute_patterns(eps, today=TODAY)
    assert week_of(date(2026, 5, 17)) == monday
    counts = {w.start: w.episodes for w in pats.weeks_recent}
    assert counts[monday] == 2
    assert counts[monday + timedelta(weeks=1)] == 1
    assert len(pats.weeks_recent) == 12
    assert pats.weeks_recent[-1].start == week_of(TODAY)
    assert sum(w.episodes for w in pats.weeks_all) == 3
    assert pats.weeks_all[0].start == monday


def test_all_time_includes_empty_weeks_and_rebins_to_a_readable_number() -> None:
    eps = [episode(TODAY - timedelta(weeks=60)), episode(TODAY - timedelta(days=1))]
    pats = compute_patterns(eps, today=TODAY)
    assert len(pats.weeks_all) == 61
    bins = rebin(pats.weeks_all, 26)
    assert len(bins) <= 26
    assert sum(b.episodes for b in bins) == 2
    assert bins[-1].start + timedelta(weeks=bins[-1].weeks) == week_of(TODAY) + timedelta(weeks=1)


def test_hour_histogram_uses_the_wall_clock_of_each_episode() -> None:
    tokyo, new_york = timezone(timedelta(hours=9)), timezone(timedelta(hours=-5))
    eps = [
        # 03:00 in Tokyo and 03:00 in New York are hours apart in UTC, but both are "3 a.m."
        Episode(started_at=datetime(2026, 5, 12, 3, 0, tzinfo=tokyo)),
        Episode(started_at=datetime(2026, 5, 14, 3, 30, tzinfo=new_york)),
        Episode(started_at=datetime(2026, 5, 15, 23, 10, tzinfo=new_york)),
    ]
    pats = compute_patterns(eps, today=TODAY)
    assert pats.hours[3] == 2
    assert pats.hours[23] == 1
    assert sum(pats.hours) == 3


def test_what_helped_counts_ratings_and_shares() -> None:
    eps = [
        episode(TODAY - timedelta(days=1), steps=(StepUse("calf_massage", True),)),
        episode(TODAY - timedelta(days=2), steps=(StepUse("calf_massage", False),)),
        episode(
            TODAY - timedelta(days=3),
            steps=(StepUse("calf_massage", True), StepUse("walk_on_heels", None)),
        ),
    ]
    pats = compute_patterns(eps, today=TODAY)
    by_id = {s.step_id: s for s in pats.steps}
    massage = by_id["calf_massage"]
    assert (massage.used, massage.rated, massage.helped) == (3, 3, 2)
    assert massage.share is not None and abs(massage.share - 2 / 3) < 1e-9
    walk = by_id["walk_on_heels"]
    assert (walk.used, walk.rated, walk.helped, walk.share) == (1, 0, 0, None)
    assert pats.steps[0].step_id == "calf_massage"  # most rated first


def test_medication_rates_before_and_after_with_week_counts() -> None:
    started = date(2026, 4, 1)
    eps = [episode(started - timedelta(weeks=10))]  # the diary begins 10 weeks before
    eps += [episode(started - timedelta(days=d)) for d in (1, 8, 15, 22)]  # 4 in 8 weeks before
    eps += [episode(started + timedelta(days=d)) for d in range(0, 28, 2)]  # 14 in the 4 after
    profile = HealthProfile(
        medications=(
            Medication("Bendroflumethiazide", "thiazide_diuretic", started),
            Medication("Atorvastatin", "statin", date(2020, 1, 1), date(2026, 4, 28)),
            Medication("No dates"),
        )
    )
    # today: 4 whole weeks (28 nights) after the start have passed
    pats = compute_patterns(eps, profile, today=started + timedelta(days=27))
    changes = {(m.name, m.change): m for m in pats.medications}
    assert len(changes) == 3  # two starts and one stop; undated medicines are left out
    thiazide = changes[("Bendroflumethiazide", "started")]
    assert (thiazide.weeks_before, thiazide.episodes_before) == (8, 4)
    assert (thiazide.weeks_after, thiazide.episodes_after) == (4, 14)
    assert thiazide.rate_before == 0.5
    assert thiazide.rate_after == 3.5
    assert thiazide.caution is None
    assert "0.5 a week in the 8 weeks before" in thiazide.describe()
    statin_start = changes[("Atorvastatin", "started")]
    assert statin_start.before_diary
    assert (statin_start.weeks_before, statin_start.weeks_after) == (0, 0)
    assert "before the diary began" in statin_start.describe()
    stop = changes[("Atorvastatin", "stopped")]
    assert stop.weeks_after == 0  # the stop was yesterday: no whole week after it yet
    assert stop.caution == TOO_FEW_WEEKS_TEXT


def test_summary_medians_and_nights() -> None:
    night = TODAY - timedelta(days=3)
    eps = [
        episode(night, hour=1, intensity=4, woke_from_sleep=True),
        episode(night, hour=4, intensity=8, woke_from_sleep=False),
        episode(TODAY - timedelta(days=5), intensity=7, woke_from_sleep=False),
        episode(TODAY - timedelta(days=6)),  # woke not recorded: unknown, not "woken"
    ]
    eps[0] = eps[0].replace(ended_at=eps[0].started_at + timedelta(minutes=1))
    eps[1] = eps[1].replace(ended_at=eps[1].started_at + timedelta(minutes=5))
    eps.append(episode(TODAY - timedelta(days=6), hour=5, ended_at=None))  # ongoing
    pats = compute_patterns(eps, today=TODAY, start=TODAY - timedelta(days=13), end=TODAY)
    s = pats.summary
    assert s.episodes == 5
    assert s.nights_with_episodes == 3
    assert s.nights_woken == 1  # day -3 only: day -5 said no, day -6 never said
    assert s.nights_woken_unknown == 1
    assert s.median_duration_s == 120.0  # 1, 2, 2, 5 minutes
    assert s.median_intensity == 7
    # The period is two weeks, but the diary began on day -6: the rate covers its 7 nights.
    assert s.span_from == TODAY - timedelta(days=6) and s.span_nights == 7
    assert s.weeks == 1
    assert s.per_week == 5.0


def test_nights_woken_count_only_what_was_recorded() -> None:
    """12 nights where nobody said, 1 recorded as woken: 1 woken, 12 unknown, never 13."""
    eps = [episode(TODAY - timedelta(days=d)) for d in range(1, 13)]
    eps.append(episode(TODAY - timedelta(days=20), woke_from_sleep=True))
    s = compute_patterns(eps, today=TODAY).summary
    assert (s.nights_with_episodes, s.nights_woken, s.nights_woken_unknown) == (13, 1, 12)


def test_rates_cover_the_diarys_own_nights_inside_the_period() -> None:
    """A diary begun 4 weeks ago with 13 cramps: 3.25 a week, not 13 over a 12-week period."""
    began = TODAY - timedelta(weeks=4) + timedelta(days=1)
    eps = [episode(began + timedelta(days=2 * i)) for i in range(13)]
    period = (TODAY - timedelta(weeks=12) + timedelta(days=1), TODAY)
    s = period_summary(eps, *period, diary_from=began)
    assert (s.start, s.span_from, s.span_nights) == (period[0], began, 28)
    assert s.per_week == 13 / 4
    # A period inside the diary: the whole period counts, quiet nights at its start included.
    older = [episode(TODAY - timedelta(weeks=20)), *eps]
    inside = period_summary(older, began, TODAY, diary_from=TODAY - timedelta(weeks=20))
    assert inside.span_from == began and inside.per_week == 13 / 4
    # The whole diary, as Insights' "All time" and its report count it.
    assert compute_patterns(eps, today=TODAY).summary.per_week == 13 / 4


def test_one_duration_format() -> None:
    assert [format_duration(s) for s in (0, 33, 32.6, 60, 168, 605, 3600, 3900, None)] == [
        "0 s",
        "33 s",
        "33 s",
        "1 min",
        "2 min 48 s",
        "10 min 5 s",
        "1 h",
        "1 h 5 min",
        "–",
    ]


def test_sides_locations_and_red_flags() -> None:
    eps = [
        episode(TODAY - timedelta(days=1), side=Side.LEFT, locations=frozenset({Location.CALF})),
        episode(
            TODAY - timedelta(days=2),
            side=Side.LEFT,
            locations=frozenset({Location.CALF, Location.TOES}),
            red_flags=frozenset({"over_10_minutes"}),
        ),
        episode(TODAY - timedelta(days=3)),
    ]
    pats = compute_patterns(eps, today=TODAY)
    assert pats.sides == {Side.LEFT: 2, None: 1}
    assert next(iter(pats.locations.items())) == (Location.CALF, 2)
    assert pats.locations[Location.TOES] == 1
    (flag,) = pats.red_flags
    assert flag.sign == "over_10_minutes"
    assert flag.night == TODAY - timedelta(days=2)


def test_empty_diary() -> None:
    pats = compute_patterns([], HealthProfile(), today=TODAY)
    assert pats.episodes == 0
    assert pats.weeks_all == ()
    assert len(pats.weeks_recent) == 12
    assert pats.summary.median_duration_s is None
    assert pats.medications == ()
