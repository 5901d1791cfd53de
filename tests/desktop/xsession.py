"""An X display (Xvfb) with its own D-Bus session bus, and the real app started on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
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

    def start_app(
        self, data: Path, extra_env: Mapping[str, str] | None = None, **settings: object
    ) -> subprocess.Popen[bytes]:
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
            **(extra_env or {}),
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


SERVICES = Path("/usr/share/dbus-1/services")
BUS_CONFIG = """<busconfig><type>session</type><listen>unix:tmpdir={runtime}</listen>
<auth>EXTERNAL</auth><servicedir>{services}</servicedir>
<policy context="default"><allow send_destination="*" eavesdrop="true"/>
<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>"""


def _bus_config(runtime: Path, services: Sequence[str] | None) -> list[str]:
    """``dbus-daemon`` arguments: the standard session bus, or one that can start only
    ``services`` (so that, say, an installed notification server is not started on demand)."""
    if services is None:
        return ["--session"]
    folder = runtime / "dbus-services"
    folder.mkdir()
    for name in services:
        if (SERVICES / f"{name}.service").is_file():
            (folder / f"{name}.service").symlink_to(SERVICES / f"{name}.service")
    config = runtime / "bus.conf"
    config.write_text(BUS_CONFIG.format(runtime=runtime, services=folder))
    return [f"--config-file={config}"]


@contextmanager
def x_session(runtime: Path, services: Sequence[str] | None = None) -> Iterator[XSession]:
    """Xvfb and a private session bus; ``services``: the only D-Bus services it may start
    (None: the system's)."""
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
    env = {
        **os.environ,
        "DISPLAY": f":{display}",
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(runtime),
    }
    # The services the bus starts (the accessibility bus) inherit its environment: with this
    # session's HOME they keep their sockets here, not in a folder other sessions share.
    bus = subprocess.Popen(
        ["dbus-daemon", *_bus_config(runtime, services), "--nofork", "--print-address=1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    env.pop("QT_QPA_PLATFORM", None)
    try:
        yield XSession(env, runtime)
    finally:
        stop(bus)
        stop(xvfb)
