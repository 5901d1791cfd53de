from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from crampwise.storage.store import EpisodeStore

HARNESS = Path(__file__).with_name("kill_harness.py")


def test_writers_killed_at_random_moments_lose_nothing_they_reported(tmp_path: Path) -> None:
    db = tmp_path / "diary" / "crampwise.sqlite3"
    done = subprocess.run(
        [sys.executable, str(HARNESS), str(db), "200", "7"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    reported = json.loads(done.stdout)
    assert reported["started"], "the writers never got to write: the test proves nothing"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    store = EpisodeStore.open(db)
    stored = {e.id: e for e in store.episodes()}
    # Every write reported as done is there, with what was written.
    assert set(reported["started"]) <= stored.keys()
    for ident in reported["ended"]:
        assert stored[ident].ended_at is not None
    # Episodes cut off mid-cramp are found again, to be offered for finishing.
    ongoing = {e.id for e in store.ongoing()}
    assert ongoing == {i for i, e in stored.items() if e.ended_at is None}
    assert ongoing.isdisjoint(reported["ended"])
    store.close()
