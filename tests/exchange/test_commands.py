from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from crampwise.storage import backup
from crampwise.storage.store import EpisodeStore

from .conftest import fill, run_cli, snapshot, tricky_episodes, tricky_profile


@pytest.fixture
def filled(data_dir: Path) -> Path:
    store = EpisodeStore.open()
    fill(store, tricky_episodes())
    store.save_profile(tricky_profile())
    store.close()
    return data_dir


def test_export_then_import_into_another_diary(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    n = len(tricky_episodes())
    assert run_cli("export", "-o", str(out / "d.json")) == 0
    assert capsys.readouterr().out.strip() == f"Exported {n} episodes to {out / 'd.json'} (JSON)."
    assert run_cli("export", "-o", str(out / "d.csv")) == 0  # the format follows the name
    assert "(CSV)" in capsys.readouterr().out
    assert (out / "d.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert stat.S_IMODE((out / "d.json").stat().st_mode) == 0o600

    other = tmp_path / "other"
    assert run_cli("--data-dir", str(other), "import", str(out / "d.json")) == 0
    said = capsys.readouterr().out
    assert f"Added {n} episodes." in said and "profile from the file was imported" in said
    assert run_cli("--data-dir", str(other), "import", str(out / "d.csv")) == 0
    assert f"Added 0 episodes. {n} episodes were already in the diary." in capsys.readouterr().out
    mine, theirs = (
        EpisodeStore.open(filled / "crampwise.sqlite3"),
        EpisodeStore.open(other / "crampwise.sqlite3"),
    )
    assert snapshot(mine) == snapshot(theirs)
    mine.close()
    theirs.close()


def test_export_to_stdout(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("export", "--format", "json", "-o", "-") == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["episodes"]) == len(tricky_episodes())
    assert run_cli("export", "--format", "csv", "-o", "-") == 0
    text = capsys.readouterr().out
    assert text.startswith("id,night,started_at,")  # no BOM on a pipe


def test_import_backs_up_the_diary_first(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.json"
    assert run_cli("export", "-o", str(path)) == 0
    db = filled / "crampwise.sqlite3"
    before = len(backup.list_backups(db))
    assert run_cli("import", str(path)) == 0
    assert len(backup.list_backups(db)) == before + 1
    assert "already in the diary" in capsys.readouterr().out


def test_a_bad_file_exits_1_with_the_reason_and_changes_nothing(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = EpisodeStore.open()
    before = snapshot(store)
    store.close()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "crampwise", "format_version": 1, "episodes": [{"intensity": 3}]}')
    assert run_cli("import", str(bad)) == 1
    assert f"crampwise: {bad}: row 1: started_at: is missing" in capsys.readouterr().err
    assert run_cli("export", "-o", str(tmp_path / "missing" / "d.json")) == 1
    assert "Cannot write to" in capsys.readouterr().err
    store = EpisodeStore.open()
    assert snapshot(store) == before
    store.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export"], "the following arguments are required: -o/--output"),
        (["export", "--format", "xml", "-o", "x"], "invalid choice: 'xml'"),
        (["import"], "the following arguments are required: FILE"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        run_cli(*args)
    assert info.value.code == 2
    assert message in capsys.readouterr().err
