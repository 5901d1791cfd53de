"""A diary that cannot be opened is not a damaged diary: nothing is moved aside or restored over
it, and a read-only one still lists, exports and reports. Real processes, real permissions and
a real read-only file system (a tmpfs remounted read-only; skipped where mounting is refused)."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage.processes import cli, crampwise_command

NOBODY = 65534


def as_nobody(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
         *crampwise_command(), "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(data.parent)},
    )  # fmt: skip


@pytest.fixture
def nobodys_folder() -> Iterator[Path]:
    """A folder the unprivileged user owns, outside root's private pytest folder."""
    if os.geteuid() != 0:
        pytest.skip("needs root to act as a second user")
    top = Path(tempfile.mkdtemp(prefix="crampwise-perm-"))
    top.chmod(0o755)
    data = top / "data"
    data.mkdir(mode=0o700)
    os.chown(data, NOBODY, NOBODY)
    probe = as_nobody(data, "--version")
    if probe.returncode != 0:
        pytest.skip(f"the unprivileged user cannot run Crampwise here: {probe.stderr[-200:]}")
    yield data
    subprocess.run(["rm", "-rf", str(top)], check=True)


def damaged_copies(data: Path) -> list[Path]:
    return list(data.glob("*.damaged-*"))


@pytest.mark.parametrize("obstacle", ["wal_of_another_user", "database_mode_000"])
def test_a_diary_that_cannot_be_opened_is_never_moved_aside(
    nobodys_folder: Path, obstacle: str
) -> None:
    data = nobodys_folder
    first = as_nobody(data, "log", "--at", "2026-11-20 03:10", "--duration", "2m")
    assert first.returncode == 0, first.stderr
    db = data / "crampwise.sqlite3"
    if obstacle == "wal_of_another_user":  # left by a crash of a run as another user
        for suffix in ("-wal", "-shm"):
            side = db.with_name(db.name + suffix)
            side.write_bytes(b"")
            side.chmod(0o600)  # root's, unreadable to the diary's owner
    else:
        db.chmod(0)

    for command in (["list"], ["log", "--at", "2026-11-21 03:10", "--duration", "1m"], ["check"]):
        done = as_nobody(data, *command)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert "cannot be opened" in done.stderr and "damaged" not in done.stderr
        assert not damaged_copies(data)

    # Once the obstacle is gone, the entry saved before is all there.
    for side in data.glob("crampwise.sqlite3-*"):
        side.unlink()
    db.chmod(0o600)
    listed = as_nobody(data, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32m", "crampwise-test", str(mount_point)],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.skip("this machine does not let the tests mount a file system")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_diary_on_a_read_only_disk_can_be_read_and_says_why_it_cannot_be_written(
    read_only_disk: Path, tmp_path: Path
) -> None:
    data = read_only_disk / "data"
    for day in (20, 21):
        done = cli(data, "log", "--at", f"2026-11-{day} 03:10", "--duration", "2m")
        assert done.returncode == 0, done.stderr
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_disk)], check=True)

    listed = cli(data, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 2
    exported = cli(data, "export", "-o", str(tmp_path / "diary.json"))
    assert exported.returncode == 0, exported.stderr
    report = cli(data, "report", "-o", str(tmp_path / "report.pdf"))
    assert report.returncode == 0, report.stderr
    assert cli(data, "advice").returncode == 0

    refused = cli(data, "log", "--at", "2026-11-22 03:10", "--duration", "1m")
    assert refused.returncode == 1
    assert "read-only" in refused.stderr and "Traceback" not in refused.stderr
    checked = cli(data, "check")
    assert "Traceback" not in checked.stderr
    assert "damaged" not in checked.stdout + checked.stderr
    assert not damaged_copies(data)
