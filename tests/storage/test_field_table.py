"""The field table is the one place an episode's fields are listed (issue 17)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from crampwise.domain.episode import Episode
from crampwise.domain.fields import EPISODE_FIELDS, EPISODE_TABLE, STORED_FIELDS, Kind
from crampwise.storage.rows import EPISODE_COLUMNS
from crampwise.storage.store import EpisodeStore


def test_every_field_of_an_episode_is_in_the_table_and_nothing_else() -> None:
    """A field added to ``Episode`` but not to the table would be lost on save and export."""
    attributes = {f.name for f in dataclasses.fields(Episode)} - {"night_cutover_hour"}
    assert {f.name for f in STORED_FIELDS} == attributes
    derived = {f.name for f in EPISODE_TABLE if f.kind in (Kind.NIGHT, Kind.SECONDS)}
    assert derived == {"night", "duration_seconds"}  # Episode properties, written out only
    assert EPISODE_FIELDS[0] == "id" and len(set(EPISODE_FIELDS)) == len(EPISODE_FIELDS)


def test_the_columns_read_are_the_table_s_columns(store: EpisodeStore) -> None:
    with store._reading() as conn:
        stored = {row[1] for row in conn.execute("PRAGMA table_info(episodes)")}
    read = set(EPISODE_COLUMNS.split(", "))
    assert read <= stored
    assert stored - read == {"night", "created_utc", "updated_utc"}  # written, not read back


def test_a_store_opened_to_read_does_not_load_sqlalchemy(store: EpisodeStore) -> None:
    """``crampwise list`` only reads: SQLAlchemy's import cost ~0.25 s of its 1.35 s."""
    store.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from crampwise.storage.store import EpisodeStore\n"
        f"store = EpisodeStore.open(Path({str(store.path)!r}), prepare_writes=False)\n"
        "store.episodes(); store.count(); store.fingerprint()\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy'))[:3])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
    assert Path(store.path).exists()
