"""Shared helpers for the benchmark scripts: results, statistics, the machine, the test diary.

Every ``bench_*.py`` script prints one JSON object with ``--json``::

    {"benchmark": "startup", "rows": [Row, ...]}

and a short human table otherwise. ``run_all.py`` runs each script in its own process and
writes ``BENCHMARKS.md``. Nothing here fails on timing: a miss is reported, never raised.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
CACHE = BENCH / ".cache"  # generated diaries and the hello bundle; ignored by git
VENV_PY = ROOT / ".venv" / "bin" / "python"
DIARY_EPISODES = 20_000

for _folder in (ROOT, ROOT / "desktop"):  # devtools/, then crampwise
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))


# --- results ---------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table.

    ``target_kind``: "ratio" (figure / floor must be <= target), "max" (figure must be <= target),
    "below" (figure must be < target), or "" (reported only).
    """

    name: str
    figure: float | None
    unit: str
    floor: float | None = None
    target: float | None = None
    target_kind: str = ""
    notes: str = ""
    samples: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.figure is None or not self.floor:
            return None
        return self.figure / self.floor

    @property
    def passed(self) -> bool | None:
        if self.figure is None or self.target is None or not self.target_kind:
            return None
        if self.target_kind == "ratio":
            ratio = self.ratio
            return None if ratio is None else ratio <= self.target
        if self.target_kind == "max":
            return self.figure <= self.target
        if self.target_kind == "below":
            return self.figure < self.target
        raise ValueError(self.target_kind)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["passed"] = self.passed
        return data


def target_text(row: dict[str, Any]) -> str:
    kind, target, unit = row.get("target_kind"), row.get("target"), row.get("unit", "")
    if not kind or target is None:
        return "—"
    if kind == "ratio":
        return f"≤ {target:g}× floor"
    if kind == "max":
        return f"≤ {target:g} {unit}"
    return f"< {target:g} {unit}"


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if unit in ("ms",):
        text = f"{value:.1f}" if abs(value) < 100 else f"{value:.0f}"
    elif unit == "MB":
        text = f"{value:.1f}"
    elif unit == "s":
        text = f"{value:.2f}"
    else:
        text = f"{value:.3g}"
    return f"{text} {unit}".strip()


def emit(
    benchmark: str, rows: Sequence[Row], *, as_json: bool, extra: dict[str, Any] | None = None
) -> None:
    """Print the rows: one JSON object with ``--json``, else a small readable table."""
    if as_json:
        payload = {"benchmark": benchmark, "rows": [r.to_json() for r in rows], **(extra or {})}
        json.dump(payload, sys.stdout)
        sys.stdout.write("\n")
        return
    for r in rows:
        data = r.to_json()
        ratio = f"{data['ratio']:.2f}×" if data["ratio"] is not None else "—"
        verdict = {True: "pass", False: "MISS", None: "—"}[data["passed"]]
        print(
            f"{r.name:<62} {fmt(r.figure, r.unit):>11}  floor {fmt(r.floor, r.unit):>10}  "
            f"{ratio:>7}  {target_text(data):>16}  {verdict}"
        )
        if r.notes:
            print(f"    {r.notes}")


def base_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (routine run)")
    return parser


# --- statistics ------------------------------------------------------------------------------


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 300 samples is the 285th smallest)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no samples")
    rank = max(1, min(len(ordered), int(-(-pct * len(ordered) // 100))))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return seconds * 1000.0


# --- processes -------------------------------------------------------------------------------


def python() -> str:
    """The venv's interpreter (the one the app runs on)."""
    return str(VENV_PY) if VENV_PY.exists() else sys.executable


def offscreen_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("CRAMPWISE_DATA_DIR", None)
    env["PYTHONDONTWRITEBYTECODE"] = "0"
    env.update(extra)
    return env


@dataclass
class ChildRun:
    seconds: float
    max_rss_kb: int
    returncode: int
    stderr: str


def run_child(
    argv: Sequence[str], *, env: dict[str, str] | None = None, stdout: Any = None
) -> ChildRun:
    """Run a process to the end: wall time from spawn to exit, and its own peak RSS.

    The peak RSS comes from ``/usr/bin/time -f %M`` (a small C parent). Linux carries the
    high-water mark of the process that called exec() over into the new program's
    ``ru_maxrss``, so ``wait4`` straight from this (large) Python process would report our own
    size instead of the child's. Without ``/usr/bin/time`` the RSS is reported as 0.
    """
    timer = shutil.which("time", path="/usr/bin")
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        full = [timer, "-q", "-f", "%M", "-o", rss_file.name, *argv] if timer else list(argv)
        start = time.perf_counter()
        proc = subprocess.Popen(
            full,
            env=env,
            stdout=stdout if stdout is not None else subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        assert proc.stderr is not None
        err = proc.stderr.read()
        proc.wait()
        elapsed = time.perf_counter() - start
        text = rss_file.read().strip().splitlines()
    rss = int(text[-1]) if text and text[-1].isdigit() else 0
    return ChildRun(elapsed, rss, proc.returncode, err.decode(errors="replace"))


def crampwise_argv(*args: str) -> list[str]:
    """``crampwise ARGS`` as a person runs it: the venv's console script."""
    script = ROOT / ".venv" / "bin" / "crampwise"
    if script.exists():
        return [str(script), *args]
    return [python(), "-m", "crampwise", *args]


# --- the machine -----------------------------------------------------------------------------


def machine_info() -> dict[str, str]:
    info: dict[str, str] = {}
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info["CPU"] = cpu
    info["Cores"] = str(os.cpu_count())
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["Memory"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    os_name = platform.system()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    info["OS"] = f"{os_name} (kernel {platform.release()})"
    code = (
        "import sys, PySide6, PySide6.QtCore as c, sqlalchemy; "
        "print(sys.version.split()[0], PySide6.__version__, c.qVersion(), sqlalchemy.__version__)"
    )
    out = subprocess.run([python(), "-c", code], capture_output=True, text=True, check=False)
    parts = out.stdout.split()
    if len(parts) == 4:
        info["Python"], info["PySide6"], info["Qt"], info["SQLAlchemy"] = parts
    with contextlib.suppress(OSError):
        info["Load average at start"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return info


# --- the test diary --------------------------------------------------------------------------


def cached_diary(count: int = DIARY_EPISODES) -> Path:
    """The shared generated diary (made once, reused by every benchmark; copy it before use)."""
    path = CACHE / f"diary-{count}.sqlite3"
    stamp = CACHE / f"diary-{count}.ok"
    schema = ROOT / "desktop/crampwise/storage/schema.py"
    # The stamp names the schema and the generator's version (2: with 3,650 check-in nights).
    want = f"{count}:2:{schema.read_text().split('HEAD_REVISION = ')[1].splitlines()[0]}"
    if not (path.exists() and stamp.exists() and stamp.read_text() == want):
        from devtools.demo import write_large_diary

        write_large_diary(path, count)
        stamp.write_text(want)
    return path


def diary_copy(count: int = DIARY_EPISODES, parent: Path | None = None) -> Path:
    """A fresh data folder holding a copy of the generated diary; returns the folder."""
    source = cached_diary(count)
    folder = Path(tempfile.mkdtemp(prefix="crampwise-bench-", dir=parent))
    folder.chmod(0o700)
    target = folder / "crampwise.sqlite3"
    shutil.copyfile(source, target)
    target.chmod(0o600)
    return folder


def fresh_dir(parent: Path | None = None) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="crampwise-bench-", dir=parent))
    folder.chmod(0o700)
    return folder


# --- in-process Qt helpers -------------------------------------------------------------------


def wait_until(app: Any, condition: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    """Run the event loop until ``condition()`` holds (checked every millisecond) or time runs out.

    A nested ``QEventLoop.exec()`` with a timer, not a ``processEvents()`` loop: PySide6 6.12 on
    Python 3.11 drops one reference to ``None`` per ``processEvents()`` call, and a few
    thousand calls abort the interpreter ("none_dealloc").
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if condition():
        return True
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    met = [False]

    def check() -> None:
        if condition():
            met[0] = True
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return met[0]


def pause_ms(app: Any, milliseconds: float) -> None:
    """Run the event loop for ``milliseconds``."""
    end = time.perf_counter() + milliseconds / 1000
    wait_until(app, lambda: time.perf_counter() >= end, milliseconds / 1000 + 5)


def make_paint_probe() -> Any:
    """An application-wide event filter that times paints of chosen widgets.

    ``probe.watch(predicate)`` arms it; the first Paint event on a widget for which
    ``predicate(widget)`` is true is *performed inside the filter* and the time right after the
    widget finished painting is stored in ``probe.painted_at``.
    """
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    class PaintProbe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.predicate: Callable[[QWidget], bool] | None = None
            self.painted_at: float | None = None
            self.widget: QWidget | None = None

        def watch(self, predicate: Callable[[QWidget], bool]) -> None:
            self.predicate, self.painted_at, self.widget = predicate, None, None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                self.predicate is not None
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and self.predicate(watched)
            ):
                self.predicate = None
                # Paint now, so the time includes the painting. A scroll area's viewport is
                # painted by the area (through its own viewport filter), not by itself.
                area = watched.parent()
                if isinstance(area, QAbstractScrollArea) and area.viewport() is watched:
                    area.viewportEvent(event)
                else:
                    watched.event(event)
                self.painted_at = time.perf_counter()
                self.widget = watched
                return True
            return False

    return PaintProbe()


# PySide6 6.12 on Python 3.11 drops a reference to ``None`` on every call of a C++ method that
# returns void (setText, update, repaint, setEnabled, processEvents...). CPython aborts
# ("none_dealloc") when the count reaches zero: ~25,000 at start, so a relief player running
# for a couple of minutes takes the process down. bench_countdown.py measures the rate; this
# ballast of extra references only keeps the benchmark processes alive long enough to measure.
BALLAST = 2_000_000
_none_ballast: list[None] = []


def qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not _none_ballast and sys.version_info < (3, 12):  # None is immortal from 3.12
        _none_ballast.extend([None] * BALLAST)
        # Never free the ballast: at exit its references would be given back to a count the
        # leak already spent, and the interpreter would abort while finalising.
        import ctypes

        ctypes.pythonapi.Py_IncRef(ctypes.py_object(_none_ballast))
    from crampwise.ui.theme import application

    return application(["crampwise-bench"])


SETTLE_MS = 1500


def open_window(data_dir: Path) -> tuple[Any, Any, Any, Any]:
    """The app's window on ``data_dir`` as ``run_gui`` builds it, shown and painted once,
    with the store attached (opened synchronously). Returns (app, window, diary, store)."""
    from crampwise import paths

    paths.set_data_dir(data_dir)
    app = qt_app()
    from crampwise.settings import load_settings
    from crampwise.storage.store import EpisodeStore
    from crampwise.ui.app import build_window
    from crampwise.ui.theme import refresh_theme

    settings = load_settings()
    refresh_theme(settings)
    window, diary = build_window(settings)
    probe = make_paint_probe()
    app.installEventFilter(probe)
    probe.watch(lambda w: w is window)
    window.show()
    window.focus_cramp_button()
    wait_until(app, lambda: probe.painted_at is not None)
    app.removeEventFilter(probe)
    store = EpisodeStore.open(night_cutover_hour=settings.night_cutover_hour)
    diary.attach(store)
    from crampwise.ui.app import prepare_relief

    prepare_relief()  # run_gui starts this in a thread right after the first paint
    # Let work the app starts when the store opens (cache warm-up threads...) finish, so the
    # measures below see the steady state a person gets a moment after start-up.
    pause_ms(app, SETTLE_MS)
    return app, window, diary, store


def run_self_in_subprocess(
    script: Path, args: Sequence[str], *, timeout: float = 600
) -> dict[str, Any]:
    """Run ``script --child ARGS`` in a fresh interpreter and parse its JSON line."""
    out = subprocess.run(
        [python(), str(script), "--child", *args],
        capture_output=True,
        text=True,
        env=offscreen_env(),
        timeout=timeout,
        check=False,
    )
    for line in reversed(out.stdout.splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    raise RuntimeError(f"{script.name} child failed ({out.returncode}):\n{out.stderr[-3000:]}")
