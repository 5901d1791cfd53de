"""Every released schema, with data, upgrades to the newest one with every row intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from crampwise.domain.experiments import Experiment
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.exchange.codec import episode_to_dict as episode_to_json
from crampwise.storage import HEAD_REVISION, schema_revision
from crampwise.storage.backup import list_backups
from crampwise.storage.store import EpisodeStore
from tests.fixtures.make_schema_fixture import checkin_to_json

FIXTURES = sorted(Path(__file__).parents[1].joinpath("fixtures").glob("schema_*.sqlite3"))


def test_there_is_a_fixture_for_the_newest_schema() -> None:
    assert any(f.stem == f"schema_{HEAD_REVISION}" for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_released_schema_upgrades_with_every_row_intact(fixture: Path, tmp_path: Path) -> None:
    db = tmp_path / "crampwise.sqlite3"
    shutil.copy(fixture, db)
    old_revision = schema_revision(db)
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))

    store = EpisodeStore.open(db)
    assert schema_revision(db) == HEAD_REVISION
    assert [episode_to_json(e) for e in store.episodes()] == expected["episodes"]
    profile = store.profile()
    assert sorted(profile.conditions) == expected["conditions"]
    assert [[m.name, m.drug_class, str(m.started)] for m in profile.medications] == expected[
        "medications"
    ]
    with sqlite3.connect(db) as conn:
        plans = conn.execute("SELECT name, body_json FROM custom_plans ORDER BY id").fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [list(p) for p in plans] == expected["custom_plans"]
    if "checkins" in expected:
        assert [checkin_to_json(c) for c in store.checkins()] == expected["checkins"]
        assert [e.as_dict() | {"id": e.id} for e in store.experiments()] == expected["experiments"]
    if old_revision != HEAD_REVISION:
        assert list_backups(db), "a migration must be preceded by a backup"
    store.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_after_migrating_nights_and_experiments_can_be_saved(fixture: Path, tmp_path: Path) -> None:
    db = tmp_path / "crampwise.sqlite3"
    shutil.copy(fixture, db)
    store = EpisodeStore.open(db)
    episodes_before = store.count()
    night = date(2026, 11, 20)
    checkin = CheckIn(night, frozenset({"alcohol"}), 2, "stress", status=NightStatus.NO_CRAMPS)
    store.save_checkin(checkin)
    saved = store.save_experiment(Experiment("warm_socks", 4, 7, night))
    store.close()

    again = EpisodeStore.open(db)
    assert again.checkin(night) == checkin
    assert saved in again.experiments()
    assert again.count() == episodes_before
    again.close()
