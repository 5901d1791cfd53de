"""Real desktop servers for the tests: PulseAudio with a null sink, its monitor recorded by
``parec``, and ``sox`` to measure what was heard. Each test skips with the reason when a tool
is missing or a server does not start on this machine (``scripts/bootstrap.sh`` installs them).
"""

from __future__ import annotations

import array
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest

RATE = 22050  # the tones' own rate: mono, signed 16 bit
SINK = "crampwise_test"


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)} (scripts/bootstrap.sh installs them)")


def wait_for(check: object, timeout: float, what: str) -> None:
    """Poll ``check()`` (a server coming up: nothing to await but its socket)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise TimeoutError(what)


def stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def stop_speech_dispatcher(runtime: Path) -> None:
    """speech-dispatcher starts itself on first use; end the one started in ``runtime``."""
    for pid_file in runtime.glob("speech-dispatcher/pid/*.pid"):
        with suppress(OSError, ValueError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


@dataclass
class PulseServer:
    """A private PulseAudio: ``env`` points a client (and speech-dispatcher) at it."""

    runtime: Path
    process: subprocess.Popen[bytes]
    env: dict[str, str] = field(default_factory=dict)


@contextmanager
def pulse_server(runtime: Path) -> Iterator[PulseServer]:
    need("pulseaudio", "pactl", "parec", "sox")
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    socket = runtime / "pulse.sock"
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(runtime),
        "PULSE_SERVER": f"unix:{socket}",
    }
    env.pop("DISPLAY", None)
    args = [
        "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
        "--disable-shm=yes", "--log-target=stderr", "--log-level=error",
        "-L", f"module-null-sink sink_name={SINK} rate={RATE} channels=1",
        "-L", f"module-native-protocol-unix auth-anonymous=1 socket={socket}",
    ]  # fmt: skip
    process = subprocess.Popen(
        args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )

    def up() -> bool:
        if process.poll() is not None:
            return True
        ok = subprocess.run(["pactl", "info"], env=env, capture_output=True, check=False)
        return ok.returncode == 0

    try:
        wait_for(up, 10, "pulseaudio did not start")
    except TimeoutError:
        stop(process)
        pytest.skip("PulseAudio did not start on this machine within 10 s")
    if process.poll() is not None:
        err = process.stderr.read().decode(errors="replace") if process.stderr else ""
        pytest.skip(f"PulseAudio cannot start on this machine: {err.strip()[:300]}")
    try:
        yield PulseServer(runtime, process, env)
    finally:
        stop_speech_dispatcher(runtime)
        stop(process)


class Recording:
    """``parec`` on the null sink's monitor. Every chunk is stamped on arrival, so a sample's
    moment on the monotonic clock (the one the relief player counts with) is known."""

    def __init__(self, server: PulseServer) -> None:
        self.samples = array.array("h")
        self._stamps: list[tuple[float, int]] = []
        self._process = subprocess.Popen(
            [
                "parec", f"--device={SINK}.monitor", "--format=s16le", f"--rate={RATE}",
                "--channels=1", "--latency-msec=10", "--raw",
            ],
            env=server.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        wait_for(lambda: len(self.samples) > RATE // 20, 10, "parec records nothing")

    def _read(self) -> None:
        assert self._process.stdout is not None
        pending = b""
        while chunk := self._process.stdout.read1(4096):
            now = time.monotonic()
            pending += chunk
            whole = len(pending) // 2 * 2
            self.samples.frombytes(pending[:whole])
            pending = pending[whole:]
            self._stamps.append((now, len(self.samples)))

    def stop(self) -> None:
        stop(self._process)
        self._thread.join(5)

    def time_of(self, index: int) -> float:
        """The monotonic moment sample ``index`` was recorded (at most a chunk late)."""
        start = min(at - count / RATE for at, count in self._stamps)
        return start + index / RATE


def sounds(samples: array.array[int], threshold: int = 60, gap: float = 0.15) -> list[range]:
    """The stretches of sound, split where it is silent for ``gap`` seconds."""
    out: list[range] = []
    begin = last = -1
    min_gap = int(gap * RATE)
    for i, value in enumerate(samples):
        if abs(value) > threshold:
            if begin < 0 or i - last > min_gap:
                if begin >= 0:
                    out.append(range(begin, last + 1))
                begin = i
            last = i
    if begin >= 0:
        out.append(range(begin, last + 1))
    return out


def sox_stat(samples: array.array[int]) -> dict[str, float]:
    """``sox … stat`` on raw samples: "RMS amplitude", "Rough frequency", "Length (seconds)"…"""
    raw = samples.tobytes()
    done = subprocess.run(
        ["sox", "-t", "raw", "-r", str(RATE), "-e", "signed", "-b", "16", "-c", "1", "-",
         "-n", "stat"],
        input=raw, capture_output=True, check=True,
    )  # fmt: skip
    stats: dict[str, float] = {}
    for line in done.stderr.decode().splitlines():
        match = re.match(r"^([^:]+):\s+(-?[\d.]+)", line)
        if match:
            stats[match.group(1).strip()] = float(match.group(2))
    return stats
