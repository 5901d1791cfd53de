"""Made-up diaries for screenshots, benchmarks and tests: deterministic, plausible, no Qt."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta, timezone

from crampwise.advice.profile import HealthProfile, Medication
from crampwise.domain.episode import Episode, StepUse
from crampwise.domain.vocab import CONTEXT_TAGS, RED_FLAG_SIGNS, Location, Side

_STEPS = ("calf_towel_stretch", "calf_massage", "walk_on_heels", "toe_pull_spread", "heat_calf")
_NOTES = (
    "",
    "",
    "",
    "Long walk in the afternoon.",
    "Woke at once; the calf was rock hard.",
    "Stretching with the towel eased it in a minute.",
    "Standing on the cold floor helped most.",
)


def demo_profile(today: date, weeks: int = 10) -> HealthProfile:
    """A thiazide started half-way through the diary, and a statin taken for years."""
    return HealthProfile(
        conditions=frozenset({"varicose_veins"}),
        medications=(
            Medication(
                "Bendroflumethiazide", "thiazide_diuretic", today - timedelta(weeks=weeks // 2)
            ),
            Medication("Atorvastatin", "statin", date(today.year - 3, 1, 15)),
        ),
    )


def demo_episodes(
    today: date,
    count: int = 40,
    weeks: int = 10,
    seed: int = 7,
    *,
    busier_after: date | None = None,
) -> list[Episode]:
    """``count`` episodes over the last ``weeks`` weeks, twice as frequent after
    ``busier_after`` (default: half-way), mostly between 1 and 5 a.m. on the local clock."""
    rng = random.Random(seed)
    first = today - timedelta(weeks=weeks) + timedelta(days=1)
    days = (today - first).days
    busier_after = busier_after or today - timedelta(weeks=weeks // 2)
    zones = (timezone(timedelta(hours=1)), timezone(timedelta(hours=2)))
    out: list[Episode] = []
    now = datetime.now(UTC)
    while len(out) < count:
        night = first + timedelta(days=rng.randrange(days))
        if night < busier_after and rng.random() < 0.5:
            continue  # fewer before the change, so the demo chart has something to show
        hour = min(11, max(0, int(rng.gauss(3, 1.6)))) if rng.random() < 0.9 else 23
        day = night if hour >= 12 else night + timedelta(days=1)
        zone = zones[0] if day.month in (11, 12, 1, 2, 3) else zones[1]
        started = datetime.combine(day, time(hour, rng.randrange(60)), zone)
        if started > now:
            continue  # the diary takes no start in the future (this morning, later on)
        minutes = max(0.3, rng.gauss(3, 2))
        side = rng.choice((Side.LEFT, Side.RIGHT, Side.RIGHT, Side.BOTH))
        where = {Location.CALF} if rng.random() < 0.7 else {rng.choice(list(Location))}
        if rng.random() < 0.2:
            where.add(Location.FOOT_SOLE)
        steps = tuple(
            StepUse(s, rng.choice((True, True, False, None)))
            for s in rng.sample(_STEPS, rng.randrange(0, 3))
        )
        tags = {t for t in ("hard_exercise", "alcohol", "little_to_drink") if rng.random() < 0.25}
        if rng.random() < 0.05:
            tags.add(rng.choice(list(CONTEXT_TAGS)))
        flags = {rng.choice(list(RED_FLAG_SIGNS))} if rng.random() < 0.04 else set()
        out.append(
            Episode(
                started_at=started,
                ended_at=started + timedelta(minutes=minutes),
                side=side,
                locations=frozenset(where),
                intensity=max(0, min(10, round(rng.gauss(6, 2)))),
                woke_from_sleep=rng.random() < 0.9,
                steps=steps,
                helped=rng.choice((True, False, None)),
                tags=frozenset(tags),
                red_flags=frozenset(flags),
                note=rng.choice(_NOTES),
            )
        )
    out.sort(key=lambda e: e.started_at, reverse=True)
    return out
