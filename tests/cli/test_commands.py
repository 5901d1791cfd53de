from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crampwise import __version__
from crampwise.cli import main


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crampwise", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_log_then_list_json_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "portable"
    done = run(
        "log", "--side", "left", "--where", "calf,toes", "--intensity", "7", "--duration", "3m",
        "--at", "2026-11-25 03:10", "--tag", "alcohol", "--tag", "Long  Walk", "--note", "ouch",
        data_dir=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Night of 24–25 Nov 2026" in done.stdout
    listed = run("list", "--json", data_dir=data)
    assert listed.returncode == 0, listed.stderr
    (episode,) = json.loads(listed.stdout)
    assert episode["night"] == "2026-11-24"
    assert episode["started_at"].startswith("2026-11-25T03:10:00")
    assert episode["duration_seconds"] == 180
    assert episode["side"] == "left"
    assert episode["locations"] == ["calf", "toes"]
    assert episode["intensity"] == 7
    assert episode["tags"] == ["alcohol", "long walk"]
    assert episode["note"] == "ouch"
    assert (data / "crampwise.sqlite3").exists()


def test_list_since_filters_by_night(capsys: pytest.CaptureFixture[str]) -> None:
    for when in ("2026-11-01 03:00", "2026-11-20 03:00"):
        assert main(["log", "--duration", "1m", "--at", when]) == 0
    capsys.readouterr()
    assert main(["list", "--json", "--since", "2026-11-10"]) == 0
    assert [e["night"] for e in json.loads(capsys.readouterr().out)] == ["2026-11-19"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "--duration", "3m", "--intensity", "11"], "0 to 10"),
        (["log", "--duration", "3m", "--where", "elbow"], "unknown place 'elbow'"),
        (["log", "--duration", "soon"], "not a duration"),
        (["log", "--duration", "3m", "--at", "yesterday"], "not a date and time"),
        (["log"], "one of the arguments --duration --ongoing is required"),
        (["list", "--since", "26/11/2026"], "not a date"),
    ],
)
def test_bad_arguments_exit_non_zero_with_a_clear_message_and_store_nothing(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
    assert not (data_dir / "crampwise.sqlite3").exists()


def test_domain_errors_exit_1_and_store_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main(["log", "--duration", "7h"]) == 1
    assert "longer than 6 hours" in capsys.readouterr().err
    assert main(["list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"crampwise {__version__}"


def test_check_and_restore_from_the_command_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main(["log", "--duration", "2m", "--at", "2026-11-20 03:00"]) == 0
    assert main(["check"]) == 0
    assert "healthy" in capsys.readouterr().out
    db = data_dir / "crampwise.sqlite3"
    for side in ("-wal", "-shm"):
        (data_dir / f"crampwise.sqlite3{side}").unlink(missing_ok=True)
    db.write_bytes(b"not a database at all" * 50)
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "damaged" in out and "restored" in out
    assert any(p.name.startswith("crampwise.sqlite3.damaged-") for p in data_dir.iterdir())
    assert main(["list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["restore"]) == 0
    assert "Restored" in capsys.readouterr().out
    assert main(["restore", str(data_dir / "nope.sqlite3")]) == 1
