from __future__ import annotations

import stat
from datetime import datetime, timedelta
from pathlib import Path

from crampwise import paths
from crampwise.domain.episode import Episode, local_now
from crampwise.storage import backup
from crampwise.storage.store import EpisodeStore


def _store_with(n: int) -> EpisodeStore:
    store = EpisodeStore.open()
    for i in range(n):
        start = local_now() - timedelta(days=i + 1)
        store.add(Episode(started_at=start, ended_at=start + timedelta(minutes=2)))
    return store


def test_a_backup_is_a_checked_private_copy(data_dir: Path) -> None:
    store = _store_with(3)
    made = store.backup()
    assert backup.check(made) is None
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    copy = EpisodeStore.open(made)
    assert len(copy.episodes()) == 3
    copy.close()
    store.close()


def test_a_damaged_diary_is_moved_aside_and_the_newest_good_backup_restored(
    data_dir: Path,
) -> None:
    store = _store_with(2)
    store.backup()
    store.add(Episode(started_at=local_now()))  # after the backup: may be lost
    store.close()
    db = paths.database_path()
    raw = bytearray(db.read_bytes())
    raw[:16] = b"garbage garbage!"
    db.write_bytes(bytes(raw))
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)

    reopened = EpisodeStore.open()
    assert reopened.recovery is not None
    assert reopened.recovery.restored_from is not None
    assert "may be missing" in reopened.recovery.message()
    assert len(reopened.episodes()) == 2
    assert reopened.recovery.moved_to.read_bytes()[:16] == b"garbage garbage!"
    reopened.close()


def test_a_truncated_file_fails_the_check(data_dir: Path) -> None:
    _store_with(50).close()
    db = paths.database_path()
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    db.write_bytes(db.read_bytes()[:5000])
    assert backup.check(db) is not None


def test_rotation_keeps_last_ten_then_one_a_day_and_one_a_month(tmp_path: Path) -> None:
    start = datetime(2025, 1, 1, 12, 0)
    names = []
    for hours in range(0, 24 * 500, 6):  # four a day for 500 days
        taken = start + timedelta(hours=hours)
        names.append(tmp_path / f"crampwise-{taken:%Y%m%d-%H%M%S}.sqlite3")
    dropped = set(backup.backups_to_drop(names, backup.Retention()))
    kept = sorted(set(names) - dropped, reverse=True)
    assert kept[:10] == sorted(names, reverse=True)[:10]
    kept_days = {p.name[10:18] for p in kept}
    kept_months = {p.name[10:16] for p in kept}
    assert len(kept_days) >= 30
    assert len(kept_months) == 12
    assert len(kept) < 10 + 30 + 12
