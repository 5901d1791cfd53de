"""The window and the command line on one diary, as real processes: nothing reported saved is lost.

A fresh diary once lost the window's saved cramps: the store closed a descriptor of the live
database file after opening it, which dropped SQLite's locks, so the CLI's process took itself for
the last user, checkpointed and deleted the WAL under the window.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage.processes import (
    DiaryProcess,
    cli,
    copy_fixture,
    deleted_diary_files,
    listed_ids,
)

CLI_LOGS = [
    ("2026-11-20 03:10", "left"),
    ("2026-11-21 02:40", "right"),
    ("2026-11-22 04:05", "both"),
]


def log_with_cli(data: Path, at: str, side: str) -> int:
    done = cli(data, "log", "--at", at, "--duration", "2m", "--side", side, "--where", "calf")
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[2].rstrip(":"))


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    return tmp_path / "fresh-data"


@pytest.fixture
def from_oldest_schema(tmp_path: Path) -> Path:
    data = tmp_path / "old-data"
    copy_fixture("schema_0001.sqlite3", data)
    return data


@pytest.fixture(params=["fresh", "from_oldest_schema"])
def data(request: pytest.FixtureRequest) -> Path:
    found: Path = request.getfixturevalue(request.param)
    return found


@pytest.fixture(params=["store", "window"])
def writer(request: pytest.FixtureRequest, data: Path) -> Iterator[DiaryProcess]:
    process = DiaryProcess(request.param, data)
    yield process
    process.close()


def test_the_window_and_the_cli_share_one_diary_and_a_kill_loses_nothing(
    data: Path, writer: DiaryProcess
) -> None:
    before = listed_ids(data)
    first = writer.add()
    assert not deleted_diary_files(writer.pid)

    by_cli = {log_with_cli(data, at, side) for at, side in CLI_LOGS}
    assert not deleted_diary_files(writer.pid), "the CLI deleted the diary under the window"

    # Each sees the other's changes: the window the CLI's cramps, the CLI the window's delete.
    assert by_cli <= writer.ids()
    writer.delete(first)
    assert first not in listed_ids(data)

    last = writer.add()
    assert not deleted_diary_files(writer.pid)
    writer.kill()

    assert listed_ids(data) == before | by_cli | {last}


def test_the_window_and_the_cli_writing_at_once_on_a_fresh_diary_lose_nothing(
    fresh: Path,
) -> None:
    writer = DiaryProcess("store", fresh)
    try:
        writer.send("burst 60")
        by_cli: set[int] = set()

        def logs() -> None:
            for n in range(8):
                by_cli.add(log_with_cli(fresh, f"2026-10-{n + 1:02d} 03:00", "left"))

        thread = threading.Thread(target=logs)
        thread.start()
        committed = {int(writer.read_line().split()[1]) for _ in range(60)}
        thread.join()
        assert not deleted_diary_files(writer.pid)
        writer.kill()
    finally:
        writer.close()
    assert len(by_cli) == 8
    assert listed_ids(fresh) == committed | by_cli
