"""Made-up diaries for screenshots, benchmarks and tests: deterministic, plausible, no Qt.

:func:`demo_episodes` and :func:`demo_profile` make a small, plausible diary (screenshots,
tests); :func:`write_large_diary` writes a large one straight to a file (benchmarks).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from crampwise.domain.episode import Episode, StepUse, night_of
from crampwise.domain.nights import CHECKIN_FACTORS
from crampwise.domain.profile import HealthProfile, Medication
from crampwise.domain.vocab import CONTEXT_TAGS, RED_FLAG_SIGNS, Location, Side
from crampwise.storage.models import CheckInRow, EpisodeRow, EpisodeStepRow, EpisodeTagRow
from crampwise.storage.store import EpisodeStore

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


# --- a large diary, written in bulk --------------------------------------------------------

_BULK_STEPS = (
    "calf_towel_stretch",
    "calf_massage",
    "calf_standing_lean",
    "walk_on_heels",
    "heat_calf",
)
_BULK_TAGS = ("hard_exercise", "little_to_drink", "alcohol", "caffeine", "cold_room", "walked far")
_BULK_FACTORS = CHECKIN_FACTORS
_BULK_PLACES = ("calf", "foot_sole", "toes", "shin", "back_of_thigh")
_BULK_NOTES = (
    "",
    "",
    "",
    "after a long walk",
    "woke twice; the towel stretch helped most",
    "left calf, very sharp, eased after standing on the cold floor for a minute or so",
)


def _offset_for(day: date) -> int:
    """Minutes east of UTC: a European-style DST offset, so travel/clock changes appear."""
    return 120 if 4 <= day.month <= 10 else 60


def write_large_diary(path: Path, count: int = 20_000, *, seed: int = 20261126) -> Path:
    """A diary file of ``count`` finished episodes over ~10 years, written in bulk: the
    benchmarks' diary (20,000 episodes take seconds, not the minutes ``add_many`` would).

    The schema comes from the app itself (``EpisodeStore.open`` runs the migrations); the rows
    go in through SQLAlchemy Core ``executemany`` so every value is stored exactly as the app
    stores it (DateTime strings, booleans as integers).
    """
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = EpisodeStore.open(path)
    now = datetime.now(UTC).replace(microsecond=0)
    days = 3650
    episodes, tags, steps = [], [], []
    starts = sorted(now - timedelta(days=rng.uniform(1, days)) for _ in range(count))
    for i, start_utc in enumerate(starts, start=1):
        offset = _offset_for(start_utc.date())
        local = start_utc.astimezone(timezone(timedelta(minutes=offset)))
        # Most cramps come between 01:00 and 05:00 on the wall clock.
        local = local.replace(hour=rng.choice((0, 1, 2, 2, 3, 3, 3, 4, 4, 5, 23)))
        start_utc = local.astimezone(UTC)
        length = timedelta(seconds=rng.randint(20, 900))
        naive = start_utc.replace(tzinfo=None)
        episodes.append(
            {
                "id": i,
                "night": night_of(local, 12),
                "started_utc": naive,
                "started_offset_min": offset,
                "ended_utc": naive + length,
                "ended_offset_min": offset,
                "side": rng.choice(("left", "right", "both", None)),
                "locations": " ".join(sorted(rng.sample(_BULK_PLACES, rng.randint(1, 2)))),
                "intensity": rng.choice((None, *range(2, 11))),
                "woke_from_sleep": rng.choice((True, True, False, None)),
                "minutes_to_sleep_again": rng.choice((None, 5, 10, 20, 45)),
                "helped": rng.choice((True, False, None)),
                "red_flags": "over_10_minutes" if length > timedelta(minutes=10) else "",
                "note": rng.choice(_BULK_NOTES),
                "created_utc": naive,
                "updated_utc": naive,
            }
        )
        for tag in rng.sample(_BULK_TAGS, rng.choice((0, 0, 1, 1, 2))):
            tags.append({"episode_id": i, "tag": tag})
        for pos, step in enumerate(_BULK_STEPS[: rng.choice((0, 1, 2, 3))]):
            steps.append(
                {
                    "episode_id": i,
                    "position": pos,
                    "step_id": step,
                    "helped": rng.choice((True, None)),
                }
            )
    # One evening check-in a night for the ten years (issue 16's benchmark: 3,650 nights).
    cramp_nights = {e["night"] for e in episodes}
    first_night = now.date() - timedelta(days=days)
    checkins = []
    for n in range(days):
        night = first_night + timedelta(days=n)
        factors = sorted(rng.sample(_BULK_FACTORS, rng.choice((0, 0, 1, 1, 2))))
        checkins.append(
            {
                "night": night,
                "factors": json.dumps(factors),
                "drinks": rng.randint(1, 4) if "alcohol" in factors else None,
                "own_factors": "",
                "routine_done": rng.random() < 0.4,
                "status": None if night in cramp_nights else "no_cramps",
                "habit_done": None,
            }
        )
    with store.engine.begin() as conn:
        conn.execute(insert(EpisodeRow), episodes)
        conn.execute(insert(EpisodeTagRow), tags)
        conn.execute(insert(EpisodeStepRow), steps)
        conn.execute(insert(CheckInRow), checkins)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path
