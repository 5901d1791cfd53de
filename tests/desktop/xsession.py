"""An X display (Xvfb) with its own D-Bus session bus, and the real app started on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.desktop.servers import need, stop

ROOT = Path(__file__).resolve().parents[2]
HELPER = Path(__file__).with_name("atspi_helper.py")
SYSTEM_PYTHON = "/usr/bin/python3"


@dataclass
class XSession:
    env: dict[str, str]
    runtime: Path

    def start_app(self, data: Path, **settings: object) -> subprocess.Popen[bytes]:
        data.mkdir(parents=True, exist_ok=True)
        (data / "settings.json").write_text(json.dumps({"notice_accepted": True, **settings}))
        env = {
            **self.env,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "desktop"), str(ROOT)]),
            "CRAMPWISE_DATA_DIR": str(data),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "CRAMPWISE_LANG": "en",
            "LANGUAGE": "en",
            "LC_ALL": "C.UTF-8",
        }
        return subprocess.Popen(
            [sys.executable, "-m", "crampwise"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def atspi(self, *args: str, timeout: float = 60) -> object:
        """Run the AT-SPI helper with the system Python; its JSON answer."""
        done = subprocess.run(
            [SYSTEM_PYTHON, str(HELPER), *args],
            env=self.env, capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout)

    def run(self, *args: str) -> str:
        return subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=30, check=False
        ).stdout


@contextmanager
def x_session(runtime: Path) -> Iterator[XSession]:
    need("Xvfb", "dbus-daemon")
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = {
        **os.environ,
        "DISPLAY": f":{display}",
        "DBUS_SESSION_BUS_ADDRESS": address,
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(runtime),
    }
    env.pop("QT_QPA_PLATFORM", None)
    try:
        yield XSession(env, runtime)
    finally:
        stop(bus)
        stop(xvfb)
