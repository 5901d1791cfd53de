"""Real processes over one diary: the CLI as a person runs it, and a long-lived diary process."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).with_name("diary_process.py")
TIMEOUT_S = 120


def crampwise_command() -> list[str]:
    """The installed ``crampwise`` script beside this Python, else ``python -m crampwise``."""
    script = Path(sys.executable).with_name("crampwise")
    return [str(script)] if script.exists() else [sys.executable, "-m", "crampwise"]


def cli(
    data: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*crampwise_command(), "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env={**os.environ, **(env or {})},
    )


def listed_ids(data: Path) -> set[int]:
    done = cli(data, "list", "--json")
    assert done.returncode == 0, done.stderr
    return {e["id"] for e in json.loads(done.stdout)}


def deleted_diary_files(pid: int) -> list[str]:
    """Diary files a live process still has open although they were deleted or replaced."""
    found = []
    fd_dir = Path(f"/proc/{pid}/fd")
    for fd in fd_dir.iterdir():
        try:
            target = str(fd.readlink())
        except OSError:  # closed meanwhile
            continue
        if "crampwise.sqlite3" in target and target.endswith("(deleted)"):
            found.append(target)
    return found


class DiaryProcess:
    """``tests/storage/diary_process.py`` in a child process: ``store`` or ``window``."""

    def __init__(self, kind: str, data: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, str(HARNESS), kind, str(data)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.read_line() == "ready"

    @property
    def pid(self) -> int:
        return self.proc.pid

    def read_line(self) -> str:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], TIMEOUT_S)
        if not ready:
            raise AssertionError("the diary process did not answer")
        line = self.proc.stdout.readline().strip()
        if not line:
            _, err = self.proc.communicate(timeout=10)
            raise AssertionError(f"the diary process ended: {err}")
        assert not line.startswith("failed"), line
        return line

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def add(self) -> int:
        self.send("add")
        word, ident = self.read_line().split()
        assert word == "committed"
        return int(ident)

    def delete(self, ident: int) -> None:
        self.send(f"delete {ident}")
        assert self.read_line() == f"deleted {ident}"

    def ids(self) -> set[int]:
        self.send("ids")
        word, *ids = self.read_line().split()
        assert word == "ids"
        return {int(i) for i in ids}

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=TIMEOUT_S)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.kill()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def copy_fixture(name: str, data: Path) -> None:
    data.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = data / "crampwise.sqlite3"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / name, target)
    target.chmod(0o600)
