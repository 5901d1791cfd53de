"""One set of limits at every way in (``crampwise log``, the window's form, import), so what the
diary holds exports and imports back (issue 19, item 5)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, EpisodeError, StepUse, validate
from crampwise.domain.limits import EARLIEST_START, MAX_ID, MAX_STEPS
from crampwise.exchange import ExchangeError, export_csv, import_file
from crampwise.storage.store import EpisodeStore
from crampwise.ui.mainwindow import MainWindow

from .conftest import snapshot

CET = timezone(timedelta(hours=1))


def crampwise(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crampwise", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def listed(data: Path) -> list[dict[str, object]]:
    done = crampwise(data, "list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_log_refuses_the_years_an_import_would_refuse(tmp_path: Path) -> None:
    data = tmp_path / "data"
    early = crampwise(data, "log", "--at", "1800-01-01 03:00", "--duration", "2m")
    assert early.returncode == 1
    assert "must be on 1 January 2000 or later" in early.stderr
    late = crampwise(data, "log", "--at", "3500-01-01 03:00", "--duration", "2m")
    assert late.returncode == 2  # caught with the arguments, like every other bad one
    assert "is in the future" in late.stderr
    assert "Traceback" not in early.stderr + late.stderr
    assert crampwise(data, "log", "--at", "2000-01-01 00:00", "--duration", "2m").returncode == 0
    assert [str(e["started_at"])[:19] for e in listed(data)] == ["2000-01-01T00:00:00"]


@pytest.mark.parametrize("first_id", [2**31 - 1, MAX_ID])
def test_every_id_the_diary_hands_out_imports_back(tmp_path: Path, first_id: int) -> None:
    """After importing id 2**31 - 1 the diary hands out 2**31; after SQLite's largest, one
    SQLite picks. Either exports and imports back, in JSON and in CSV."""
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    start = datetime(2026, 11, 25, 3, 10, tzinfo=UTC).isoformat()
    seed = {"format": "crampwise", "format_version": 1,
            "episodes": [{"id": first_id, "started_at": start}]}  # fmt: skip
    (out / "seed.json").write_text(json.dumps(seed))
    assert crampwise(data, "import", str(out / "seed.json")).returncode == 0
    assert crampwise(data, "log", "--at", "2026-11-26 03:10", "--duration", "1m").returncode == 0
    ids = sorted(int(str(e["id"])) for e in listed(data))
    assert first_id in ids and len(ids) == 2
    if first_id < MAX_ID:
        assert ids == [first_id, first_id + 1]
    for name in ("d.json", "d.csv"):
        done = crampwise(data, "export", "-o", str(out / name))
        assert done.returncode == 0, done.stderr
        again = tmp_path / f"again-{name}"
        back = crampwise(again, "import", str(out / name))
        assert back.returncode == 0, back.stderr
        assert "Added 2 episodes." in back.stdout
        assert listed(again) == listed(data)


def csv_with_id(cell: str) -> str:
    return f"id,started_at\r\n{cell},2026-11-25T03:10:00+01:00\r\n"


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        ("2147483648", 2**31),
        ("9999999999", 9_999_999_999),
        (str(MAX_ID), MAX_ID),
        ("0000000000000000000000000042", 42),
    ],
)
def test_csv_ids_of_any_length_up_to_the_largest_are_accepted(
    store: EpisodeStore, tmp_path: Path, cell: str, stored: int
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(csv_with_id(cell))
    assert import_file(store, path).added == 1
    assert [e.id for e in store.episodes()] == [stored]


@pytest.mark.parametrize("cell", [str(MAX_ID + 1), "0", "1" + "0" * 40, "-1", "1e3"])
def test_csv_ids_outside_the_range_are_refused(
    store: EpisodeStore, tmp_path: Path, cell: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(csv_with_id(cell))
    expected = f"row 2: id: must be a whole number from 1 to {MAX_ID}"
    with pytest.raises(ExchangeError, match=expected):
        import_file(store, path)
    assert store.count() == 0


def test_steps_are_capped_everywhere(store: EpisodeStore, tmp_path: Path) -> None:
    start = datetime(2026, 11, 25, 3, 10, tzinfo=CET)
    most = Episode(
        started_at=start,
        ended_at=start + timedelta(minutes=3),
        steps=tuple(StepUse(f"step;{n}:x\\", n % 2 == 0) for n in range(MAX_STEPS)),
    )
    with pytest.raises(EpisodeError, match="steps: at most 200 relief steps"):
        validate(most.replace(steps=(*most.steps, StepUse("one_more"))))
    store.add(most)
    export_csv(store, tmp_path / "d.csv")
    elsewhere = EpisodeStore.open(tmp_path / "elsewhere" / "crampwise.sqlite3")
    try:
        assert import_file(elsewhere, tmp_path / "d.csv").added == 1
        assert snapshot(elsewhere) == snapshot(store)
    finally:
        elsewhere.close()
    doc = {"format": "crampwise", "format_version": 1,
           "episodes": [{"started_at": start.isoformat(),
                         "steps": [{"step_id": "calf_stretch"}] * (MAX_STEPS + 1)}]}  # fmt: skip
    (tmp_path / "many.json").write_text(json.dumps(doc))
    with pytest.raises(ExchangeError, match="row 1: steps: at most 200 relief steps"):
        import_file(store, tmp_path / "many.json")


def test_validation_takes_the_clock_and_the_wall_clock_year() -> None:
    now = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    ok = Episode(started_at=now + timedelta(seconds=59))
    validate(ok, now=now)
    with pytest.raises(EpisodeError, match="in the future"):
        validate(ok.replace(started_at=now + timedelta(minutes=2)), now=now)
    # 1 January 2000 on the wall clock of the entry, whatever its offset.
    first = EARLIEST_START.replace(tzinfo=timezone(timedelta(hours=-12)))
    validate(Episode(started_at=first), now=now)
    with pytest.raises(EpisodeError, match="1 January 2000"):
        validate(Episode(started_at=first - timedelta(microseconds=1)), now=now)
    with pytest.raises(EpisodeError, match="whole minutes"):
        validate(Episode(started_at=now.astimezone(timezone(timedelta(seconds=30)))), now=now)
    with pytest.raises(EpisodeError, match="lone surrogate"):
        validate(Episode(started_at=now, note="bad\udcff"), now=now)
    with pytest.raises(EpisodeError, match="NUL"):
        validate(Episode(started_at=now, steps=(StepUse("a\x00b"),)), now=now)
    with pytest.raises(EpisodeError, match="id: must be a whole number"):
        validate(Episode(started_at=now, id=MAX_ID + 1), now=now)


@pytest.mark.parametrize(
    ("year", "problem"), [(1800, "1 January 2000 or later"), (3500, "is in the future")]
)
def test_the_past_episode_form_refuses_the_same_years(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore, year: int, problem: str
) -> None:
    dialog = window.tonight.add_past_episode()
    dialog.form.start_edit.setDateTime(QDateTime(QDate(year, 3, 1), QTime(3, 10)))
    qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_label.isVisible()
    assert problem in dialog.form.error_label.text()
    assert store.count() == 0
    dialog.reject()


def test_the_demo_diary_takes_no_start_in_the_future() -> None:
    """Screenshots and the Insights demo store it: a start later today would be refused."""
    from devtools.demo import demo_episodes

    now = datetime.now(UTC)
    made = demo_episodes(now.date() + timedelta(days=3), count=60)
    assert len(made) == 60
    assert all(e.started_at <= now for e in made)


def test_a_file_holds_at_most_500_000_relief_steps(store: EpisodeStore, tmp_path: Path) -> None:
    """Each episode may have 200; a file of 100,000 such rows would be 20 million rows to
    write. The CSV is refused while it is read."""
    from crampwise.exchange.importer import MAX_FILE_STEPS

    steps = ";".join(["calf_stretch"] * MAX_STEPS)
    rows = [f"{datetime(2020, 1, 1, tzinfo=UTC) + timedelta(hours=n):%Y-%m-%dT%H:%M}+00:00,{steps}"
            for n in range(MAX_FILE_STEPS // MAX_STEPS + 1)]  # fmt: skip
    path = tmp_path / "in.csv"
    path.write_text("started_at,steps\n" + "\n".join(rows) + "\n")
    with pytest.raises(ExchangeError, match="more than 500,000 relief steps"):
        import_file(store, path)
    path.write_text("started_at,steps\n" + "\n".join(rows[:-1]) + "\n")
    assert import_file(store, path).added == MAX_FILE_STEPS // MAX_STEPS


def test_a_diary_at_the_episode_cap_exports_to_a_file_an_import_takes(
    store: EpisodeStore,
) -> None:
    """An episode a line: indented, a typical episode took ~570 bytes, so 100,000 of them made
    57 MB, over the 50 MB an import reads."""
    from crampwise.domain.vocab import Location, Side
    from crampwise.exchange import render_csv, render_json
    from crampwise.exchange.importer import MAX_EPISODES, MAX_FILE_BYTES

    start = datetime(2026, 11, 25, 3, 10, tzinfo=CET)
    typical = Episode(
        started_at=start,
        ended_at=start + timedelta(minutes=3, seconds=20),
        side=Side.LEFT,
        locations=frozenset({Location.CALF, Location.TOES}),
        intensity=7,
        woke_from_sleep=True,
        minutes_to_sleep_again=20,
        steps=(StepUse("calf_towel_stretch", True), StepUse("calf_massage", None)),
        helped=True,
        tags=frozenset({"alcohol", "hard_exercise"}),
        note="Woke at once; the calf was rock hard.",
    )
    count = 200
    days = [timedelta(days=n) for n in range(count)]
    assert typical.ended_at is not None
    store.add_many(
        [typical.replace(started_at=start - d, ended_at=typical.ended_at - d) for d in days]
    )
    for text in (render_json(store), render_csv(store)):
        per_episode = len(text.encode()) / count
        assert per_episode * MAX_EPISODES < MAX_FILE_BYTES, per_episode


def test_past_the_largest_id_the_diary_picks_ids_for_imported_episodes(
    store: EpisodeStore, tmp_path: Path
) -> None:
    start = datetime(2026, 11, 25, 3, 10, tzinfo=CET)
    store.add(Episode(started_at=start, id=MAX_ID))
    path = tmp_path / "in.csv"
    path.write_text(
        "started_at,tags,steps\n"
        f"{(start + timedelta(days=1)).isoformat()},cold room,calf_stretch:yes\n"
        f"{(start + timedelta(days=2)).isoformat()},alcohol,massage\n"
    )
    assert import_file(store, path).added == 2
    newest, older, largest = store.episodes()
    assert largest.id == MAX_ID
    assert newest.id and older.id and newest.id != older.id
    assert min(newest.id, older.id) >= 1 and max(newest.id, older.id) < MAX_ID
    assert (older.tags, older.steps) == (frozenset({"cold room"}), (StepUse("calf_stretch", True),))
    assert (newest.tags, newest.steps) == (frozenset({"alcohol"}), (StepUse("massage"),))
