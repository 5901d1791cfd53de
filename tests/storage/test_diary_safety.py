"""Never lose an entry, with real processes: backups that clean up, one cramp at a time, the
diary never replaced under a writer, first starts at once, damage told apart from access."""

from __future__ import annotations

import json
import select
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crampwise.storage import backup
from crampwise.storage.lock import DiaryLock
from crampwise.storage.schema import StoreError
from crampwise.storage.store import EpisodeStore
from tests.storage.processes import DiaryProcess, cli, crampwise_command, listed_ids


def log(data: Path, at: str = "2026-11-20 03:10", *extra: str) -> subprocess.CompletedProcess[str]:
    return cli(data, "log", "--at", at, "--duration", "2m", *extra)


def test_backups_hold_only_finished_backups_after_many_writes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for n in range(10):
        assert log(data, f"2026-11-{n + 1:02d} 03:10").returncode == 0
    left = sorted(p.name for p in (data / "backups").iterdir())
    assert left, "no backup was made"
    assert all(name.startswith("crampwise-") and name.endswith(".sqlite3") for name in left), left
    for made in (data / "backups").iterdir():
        assert backup.check(made) is None


def test_a_second_running_cramp_is_refused_and_named_until_the_first_ends(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    first = cli(data, "log", "--ongoing")
    assert first.returncode == 0, first.stderr
    second = cli(data, "log", "--ongoing")
    assert second.returncode == 2
    assert "already going on" in second.stderr and "episode 1" in second.stderr
    assert "crampwise end" in second.stderr
    assert listed_ids(data) == {1}
    ended = cli(data, "end")
    assert ended.returncode == 0, ended.stderr
    assert cli(data, "log", "--ongoing").returncode == 0
    assert listed_ids(data) == {1, 2}


def test_restore_is_refused_while_a_writer_has_the_diary_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    writer = DiaryProcess("store", data)
    try:
        saved = {writer.add() for _ in range(3)}
        other = EpisodeStore.open(data / "crampwise.sqlite3")
        other.backup()
        other.close()
        refused = cli(data, "restore")
        assert refused.returncode == 1
        assert "close it first" in refused.stderr
        checked = cli(data, "check")
        assert checked.returncode == 1 and "close it first" in checked.stderr
        saved.add(writer.add())  # the writer goes on, in the file everyone reads
        assert not list(data.glob("*.damaged-*"))
    finally:
        writer.close()
    assert listed_ids(data) == saved
    assert cli(data, "restore").returncode == 0  # alone, it works


def test_a_writer_whose_file_was_replaced_by_hand_reopens_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    writer = EpisodeStore.open(data / "crampwise.sqlite3")
    try:
        from tests.storage.diary_process import past_episode

        writer.add(past_episode())
        db = data / "crampwise.sqlite3"
        db.rename(data / "elsewhere.sqlite3")  # moved away under it, without the lock
        again = writer.add(past_episode())
        notice = writer.take_notice()
        assert notice is not None and "moved or replaced" in notice.english()
    finally:
        writer.close()
    assert again.id in listed_ids(data)


@pytest.mark.parametrize("attempt", range(3))  # the race does not show every time
def test_four_first_starts_at_once_make_one_diary_and_save_all_four(
    tmp_path: Path, attempt: int
) -> None:
    data = tmp_path / f"data-{attempt}"
    command = [*crampwise_command(), "--data-dir", str(data), "log", "--duration", "1m", "--at"]
    runs = [
        subprocess.Popen(
            [*command, f"2026-11-0{n + 1} 03:00"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    outcomes = [(run.wait(timeout=120), run.communicate()) for run in runs]
    for code, (_out, err) in outcomes:
        assert code == 0, err
        assert not err, err
    assert len(listed_ids(data)) == 4


def test_a_saved_entry_whose_backup_fails_exits_0_with_a_warning(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert log(data).returncode == 0
    for old in (data / "backups").iterdir():
        old.unlink()
    (data / "backups").rmdir()
    (data / "backups").write_text("a file where the backups folder should be")
    done = log(data, "2026-11-21 03:10")
    assert done.returncode == 0
    assert "Saved. The backup could not be made" in done.stderr
    assert len(listed_ids(data)) == 2


def test_a_note_with_invalid_utf8_is_read_marked_and_named_by_check(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert log(data, "2026-11-20 03:10", "--note", "fine").returncode == 0
    assert log(data, "2026-11-21 03:10", "--note", "flipped").returncode == 0
    with sqlite3.connect(data / "crampwise.sqlite3") as conn:
        conn.execute("UPDATE episodes SET note = CAST(X'666cff70706564' AS TEXT) WHERE id = 2")
    checked = cli(data, "check")
    assert checked.returncode == 1
    assert "episodes row 2 (note)" in checked.stdout
    listed = cli(data, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    notes = {e["id"]: e["note"] for e in json.loads(listed.stdout)}
    assert notes == {1: "fine", 2: "fl\ufffdpped"}
    exported = cli(data, "export", "-o", str(tmp_path / "out.json"))
    assert exported.returncode == 0, exported.stderr
    assert not list(data.glob("*.damaged-*")), "a readable diary was moved aside"


def test_a_damaged_wal_is_copied_aside_before_sqlite_drops_it(tmp_path: Path) -> None:
    db = tmp_path / "crampwise.sqlite3"
    store = EpisodeStore.open(db)
    from tests.storage.diary_process import past_episode

    store.add(past_episode())
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE episodes SET note = 'in the wal only'")
    conn.commit()
    wal = db.with_name(db.name + "-wal")
    content = bytearray(wal.read_bytes())
    assert len(content) > 32 + 24 + 4096
    content[32 + 24 + 100] ^= 0xFF  # a flipped byte inside the first frame's page
    # The crash: copy the files as they are, as if the machine stopped here.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    (crashed / db.name).write_bytes(db.read_bytes())
    (crashed / wal.name).write_bytes(bytes(content))
    conn.close()
    store.close()
    original = bytes(content)

    reopened = EpisodeStore.open(crashed / db.name)
    reopened.close()
    kept = list(crashed.glob("crampwise.sqlite3-wal.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == original
    assert backup.wal_is_damaged(original)
    assert not backup.wal_is_damaged(wal.read_bytes() if wal.exists() else b"")


def test_the_kill_loop_with_restores_tried_meanwhile_loses_nothing(tmp_path: Path) -> None:
    """The SIGKILL loop while the diary is held open (as by the window), with `crampwise
    restore` tried all along: always refused, and every reported write is in the diary."""
    db = tmp_path / "diary" / "crampwise.sqlite3"
    harness = Path(__file__).with_name("kill_harness.py")
    loop = subprocess.Popen(
        [sys.executable, str(harness), str(db), "80", "11", "hold"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert loop.stdout is not None
    assert loop.stdout.readline().strip() == "open"
    tried = refused = 0
    while not select.select([loop.stdout], [], [], 0)[0]:  # until the loop reports
        done = cli(db.parent, "restore")
        tried += 1
        refused += done.returncode == 1 and "close it first" in done.stderr
    out, err = loop.communicate(input="")
    assert loop.returncode == 0, err
    assert tried > 0 and refused == tried
    reported = json.loads(out)
    assert reported["started"], "the writers never got to write: the test proves nothing"
    assert not list(db.parent.glob("*.damaged-*"))
    assert set(reported["started"]) <= listed_ids(db.parent)


def test_a_damaged_diary_is_not_moved_aside_while_another_process_has_it_open(
    tmp_path: Path,
) -> None:
    db = tmp_path / "crampwise.sqlite3"
    EpisodeStore.open(db).close()
    db.write_bytes(b"garbage, not a database" * 100)
    with DiaryLock(db) as live_writer:  # what every open store holds
        assert live_writer.shared()
        with pytest.raises(StoreError, match="open elsewhere"):
            EpisodeStore.open(db)
        assert not list(tmp_path.glob("*.damaged-*"))
    recovered = EpisodeStore.open(db)  # alone now: moved aside and started again
    recovered.close()
    assert recovered.recovery is not None
    assert len(list(tmp_path.glob("*.damaged-*"))) == 1
