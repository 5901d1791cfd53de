from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

from crampwise import paths
from crampwise.domain.episode import Episode, StepUse
from crampwise.domain.vocab import Location, Side
from crampwise.storage import HEAD_REVISION, schema_revision
from crampwise.storage.store import EpisodeStore

NEW_YORK_WINTER = timezone(timedelta(hours=-5))
TOKYO = timezone(timedelta(hours=9))


def full_episode() -> Episode:
    start = datetime(2026, 11, 26, 3, 10, 7, tzinfo=NEW_YORK_WINTER)
    return Episode(
        started_at=start,
        ended_at=start + timedelta(minutes=2, seconds=30),
        side=Side.BOTH,
        locations=frozenset({Location.CALF, Location.FOOT_SOLE}),
        intensity=8,
        woke_from_sleep=True,
        minutes_to_sleep_again=25,
        steps=(StepUse("calf_straight_leg_pull", True), StepUse("calf_massage", None)),
        helped=True,
        tags=frozenset({"alcohol", "long walk"}),
        red_flags=frozenset({"over_10_minutes"}),
        note="Right after the wedding 🎉",
    )


def test_round_trip_keeps_every_field_and_the_wall_clock(data_dir: Path) -> None:
    store = EpisodeStore.open()
    saved = store.add(full_episode())
    assert saved.id is not None
    (back,) = store.episodes()
    assert back == saved
    # Read back after travelling: still 03:10 on the clock where it happened.
    assert back.started_at.hour == 3 and back.started_at.utcoffset() == timedelta(hours=-5)
    assert back.night.isoformat() == "2026-11-25"
    store.close()


def test_migration_from_empty_creates_the_schema_at_head(data_dir: Path) -> None:
    db = paths.database_path()
    assert schema_revision(db) is None
    EpisodeStore.open().close()
    assert schema_revision(db) == HEAD_REVISION
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"episodes", "episode_tags", "episode_steps", "profile_medications"} <= tables


def test_head_revision_constant_matches_the_migrations() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import crampwise.storage.store as store_module

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store_module.__file__).with_name("migrations")))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_the_migrated_schema_matches_the_models(data_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from crampwise.storage.models import Base

    store = EpisodeStore.open()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    store.close()
    assert diff == []


def test_data_dir_is_0700_and_every_file_0600(data_dir: Path) -> None:
    store = EpisodeStore.open()
    store.add(full_episode())
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    files = list(data_dir.iterdir())
    assert files
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name
    store.close()


def test_foreign_keys_cascade_tags_and_steps_on_delete(data_dir: Path) -> None:
    store = EpisodeStore.open()
    saved = store.add(full_episode())
    assert saved.id is not None
    removed = store.delete(saved.id)
    assert removed == saved
    with sqlite3.connect(paths.database_path()) as conn:
        assert conn.execute("SELECT count(*) FROM episode_tags").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM episode_steps").fetchone()[0] == 0
    # Undo puts it back with the same id.
    assert store.add(removed) == saved
    store.close()


def test_ongoing_episodes_are_found_again_after_a_restart(data_dir: Path) -> None:
    store = EpisodeStore.open()
    store.add(Episode(started_at=datetime(2026, 11, 26, 3, 0, tzinfo=TOKYO)))
    store.add(full_episode())
    store.close()
    reopened = EpisodeStore.open()
    (ongoing,) = reopened.ongoing()
    assert ongoing.ended_at is None and ongoing.started_at.hour == 3
    reopened.close()


def test_filters_by_night_and_location(data_dir: Path) -> None:
    store = EpisodeStore.open()
    base = full_episode()
    for days in range(5):
        store.add(base.replace(started_at=base.started_at - timedelta(days=days), ended_at=None))
    store.add(
        base.replace(
            locations=frozenset({Location.TOES}), started_at=base.started_at, ended_at=None
        )
    )
    night = base.night
    assert len(store.episodes(since=night - timedelta(days=1))) == 3
    assert len(store.episodes(location=Location.TOES)) == 1
    store.close()


def test_a_file_that_is_not_a_database_is_moved_aside_never_deleted(data_dir: Path) -> None:
    paths.ensure_private_dir(data_dir)
    paths.database_path().write_bytes(b"this is not sqlite" * 100)
    store = EpisodeStore.open()
    assert store.recovery is not None
    assert "damaged" in store.recovery.message()
    assert store.recovery.moved_to.read_bytes().startswith(b"this is not sqlite")
    assert store.episodes() == []  # a fresh diary, usable at once
    store.close()


def test_a_shared_folder_given_as_data_dir_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    (shared / "someone-elses.txt").write_text("not ours")
    sticky = tmp_path / "tmp-like"
    sticky.mkdir()
    sticky.chmod(0o1777)
    for folder in (shared, sticky):
        store = EpisodeStore.open(folder / "crampwise.sqlite3")
        store.close()
        assert stat.S_IMODE((folder / "crampwise.sqlite3").stat().st_mode) == 0o600
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE(sticky.stat().st_mode) == 0o1777
    # An empty folder the person chose is theirs too: only Crampwise's files are made private.
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    chosen.chmod(0o777)
    EpisodeStore.open(chosen / "crampwise.sqlite3").close()
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o777
    assert stat.S_IMODE((chosen / "crampwise.sqlite3").stat().st_mode) == 0o600
    # A folder Crampwise makes itself is private.
    made = tmp_path / "made" / "here"
    EpisodeStore.open(made / "crampwise.sqlite3").close()
    assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_a_long_diary_reads_back_exactly_with_repeated_values_shared(data_dir: Path) -> None:
    """Years of episodes repeat a few places, tags and steps: each distinct value is read into
    one object (BENCHMARKS.md: memory with 20,000 episodes), and every episode keeps its own."""
    store = EpisodeStore.open()
    start = datetime(2026, 1, 1, 3, 0, tzinfo=timezone(timedelta(hours=1)))
    written = []
    for i in range(40):
        written.append(
            store.add(
                Episode(
                    started_at=start + timedelta(days=i),
                    ended_at=start + timedelta(days=i, minutes=3),
                    locations=frozenset({Location.CALF} if i % 2 else {Location.TOES}),
                    tags=frozenset({"late_meal"} if i % 3 == 0 else ()),
                    red_flags=frozenset({"one_leg_swelling"} if i == 7 else ()),
                    steps=(StepUse("calf_towel_stretch", helped=i % 2 == 0),),
                )
            )
        )
    read = store.episodes()
    assert sorted(read, key=lambda e: e.started_at) == written
    calf = [e for e in read if e.locations == {Location.CALF}]
    toes = [e for e in read if e.locations == {Location.TOES}]
    assert len(calf) == len(toes) == 20
    assert all(e.locations is calf[0].locations for e in calf)
    assert {e.steps[0].helped for e in calf} == {False} and {e.steps[0].helped for e in toes} == {
        True
    }
    assert all(e.steps is calf[0].steps for e in calf)
    assert [e.red_flags for e in read if e.red_flags] == [frozenset({"one_leg_swelling"})]
    store.close()
