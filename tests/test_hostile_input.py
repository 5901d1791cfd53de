"""Property-based: no input crashes Crampwise or damages the diary; each gets a clear error."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampwise import paths
from crampwise.advice import AdviceDataError, load_rulebook, load_sources
from crampwise.cli import main
from crampwise.domain.episode import Episode, EpisodeError
from crampwise.domain.vocab import RED_FLAG_SIGNS, Location, Side
from crampwise.relief.plans import load_plans

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
moments = st.builds(
    lambda d, tz, aware: d.replace(tzinfo=tz) if aware else d,
    st.datetimes(min_value=datetime(1971, 1, 2), max_value=datetime(2100, 1, 1)),
    offsets,
    st.booleans(),
)


@SETTINGS
@given(
    start=moments,
    length=st.one_of(
        st.none(), st.timedeltas(min_value=timedelta(hours=-2), max_value=timedelta(hours=9))
    ),
    side=st.one_of(st.none(), st.sampled_from(list(Side))),
    locations=st.frozensets(st.sampled_from(list(Location))),
    intensity=st.one_of(st.none(), st.integers(-100, 100)),
    minutes=st.one_of(st.none(), st.integers(-10, 5000)),
    tags=st.frozensets(st.text(max_size=60), max_size=40),
    flags=st.frozensets(st.one_of(st.sampled_from(list(RED_FLAG_SIGNS)), st.text(max_size=10))),
    note=st.text(max_size=4100),
)
def test_validation_accepts_or_explains_never_crashes(
    start: datetime,
    length: timedelta | None,
    side: Side | None,
    locations: frozenset[Location],
    intensity: int | None,
    minutes: int | None,
    tags: frozenset[str],
    flags: frozenset[str],
    note: str,
) -> None:
    episode = Episode(
        started_at=start,
        ended_at=None if length is None else start + length,
        side=side,
        locations=locations,
        intensity=intensity,
        minutes_to_sleep_again=minutes,
        tags=tags,
        red_flags=flags,
        note=note,
    )
    try:
        episode.validated()
    except EpisodeError as exc:
        assert exc.field and exc.message
    else:
        assert start.tzinfo is not None
        assert episode.duration is None or timedelta(0) <= episode.duration <= timedelta(hours=6)


CLI_TOKENS = st.sampled_from(
    ["log", "list", "check", "--json", "--side", "left", "both", "--where", "calf,toes",
     "--intensity", "7", "11", "--duration", "3m", "-5", "--ongoing", "--at", "2026-11-25 03:10",
     "--tag", "--note", "--since", "2026-13-40", "--data-dir", "advice", "--condition", "pad",
     "--medication", "", "\x00", "🦶"]
)  # fmt: skip


@SETTINGS
@given(
    command=st.sampled_from(["log", "list", "check", "advice", "report", "nonsense"]),
    argv=st.lists(st.one_of(CLI_TOKENS, st.text(max_size=30)), max_size=10),
)
def test_any_command_line_gives_an_exit_code_not_a_traceback(
    command: str,
    argv: list[str],
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(data_dir.parent)  # a report without -o lands here, not in the repo
    # Always a subcommand: without one, crampwise opens the window and waits for the person.
    argv = [command, *(a for a in argv if a not in ("--data-dir", "restore", "-o"))]
    try:
        code = main(argv)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 2
    finally:
        paths.set_data_dir(None)
    assert code in (0, 1, 2)
    db = data_dir / "crampwise.sqlite3"
    if db.exists() and db.stat().st_size:
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    capsys.readouterr()


def _mutate(text: str, data: st.DataObject) -> str:
    lines = text.splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        if not lines:
            break
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "garble", "value", "truncate"]))
        if action == "drop":
            del lines[i]
        elif action == "garble":
            lines[i] = data.draw(st.text(max_size=40))
        elif action == "value" and "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            value = data.draw(
                st.sampled_from(['""', "-1", "99999999", "[]", "{}", '"🦶"', "true", "1.5", '"x"'])
            )
            lines[i] = f"{key}= {value}"
        else:
            lines[i] = lines[i][: len(lines[i]) // 2]
    return "\n".join(lines)


@SETTINGS
@given(data=st.data())
def test_a_damaged_plan_file_is_reported_and_the_others_still_load(
    data: st.DataObject, tmp_path: Path
) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(paths.asset("plans"), plans, dirs_exist_ok=True)
    victim = data.draw(st.sampled_from(sorted(p.name for p in plans.glob("*.toml"))))
    (plans / victim).write_text(_mutate((plans / victim).read_text(), data), encoding="utf-8")
    result = load_plans(plans, illustrations_dir=paths.asset("illustrations"))
    for error in result.errors:
        assert str(error).startswith(victim.removesuffix(".toml")) or victim in str(error)
    if victim != "steps.toml":
        others = {p.stem for p in plans.glob("*.toml")} - {victim.removesuffix(".toml"), "steps"}
        assert others <= {p.id for p in result.plans}


@SETTINGS
@given(
    data=st.data(),
    victim=st.sampled_from(["rules.toml", "conditions.toml", "medications.toml", "signs.toml"]),
)
def test_a_damaged_advice_file_gives_one_clear_error(
    data: st.DataObject, victim: str, tmp_path: Path
) -> None:
    advice = tmp_path / "advice"
    shutil.copytree(paths.asset("advice"), advice, dirs_exist_ok=True)
    (advice / victim).write_text(_mutate((advice / victim).read_text(), data), encoding="utf-8")
    try:
        load_rulebook(advice, paths.asset("sources.toml"))
    except AdviceDataError as exc:
        assert exc.problems and all(p.strip() for p in exc.problems)


@SETTINGS
@given(data=st.data())
def test_a_damaged_sources_file_gives_one_clear_error(data: st.DataObject, tmp_path: Path) -> None:
    target = tmp_path / "sources.toml"
    target.write_text(_mutate(paths.asset("sources.toml").read_text(), data), encoding="utf-8")
    try:
        load_sources(target)
    except AdviceDataError as exc:
        assert "sources.toml" in str(exc)
