"""Start-up time and peak memory: ``crampwise --exit-when-ready`` against a bare QMainWindow.

Process start to the main window's first paint (the app quits right after it), offscreen, for
a fresh data folder and for an existing diary of 20,000 episodes, alternating with the floor
(``floor_window.py``: a bare QMainWindow of the same size that quits on its first paint).
Also, without a target, the time until the window is complete (``--exit-when-complete``:
navigation, every view of Tonight, menus), since the first paint shows the first screen only.
Peak RSS of each child comes from ``wait4`` (its own ``ru_maxrss``).
Also, without a target, the peak RSS once the app has settled: the window complete, the diary
open (SQLAlchemy), the relief player and rules loaded, History's cache warm; read from
``/proc/PID/status`` (``VmHWM``) a few seconds after a plain start, then the app is stopped.

    python benchmarks/bench_startup.py [--json] [--quick] [--runs N]
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    BENCH,
    Row,
    base_parser,
    cached_diary,
    crampwise_argv,
    diary_copy,
    emit,
    fresh_dir,
    median,
    ms,
    offscreen_env,
    python,
    run_child,
)

TARGET_RATIO = 1.3
SETTLE_S = 4.0  # the store opens in ~0.5 s, the cache of 20,000 episodes warms in ~1 s


def settled_rss_mb(folder: Path, env: dict[str, str]) -> float:
    """Peak RSS (MB) of a plain start on ``folder`` after ``SETTLE_S`` seconds."""
    child = subprocess.Popen(
        crampwise_argv("--data-dir", str(folder)),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(SETTLE_S)
        status = Path(f"/proc/{child.pid}/status").read_text()
        peak_kb = next(int(line.split()[1]) for line in status.splitlines() if "VmHWM" in line)
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    return peak_kb / 1024


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=0, help="runs of each (default 7, quick 5)")
    args = parser.parse_args()
    runs = args.runs or (5 if args.quick else 7)
    cached_diary()  # generate outside the timed runs
    env = offscreen_env()
    floor_argv = [python(), str(BENCH / "floor_window.py")]
    kinds = ("floor", "fresh", "diary", "complete")
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    rss: dict[str, list[float]] = {kind: [] for kind in kinds}
    warm = [run_child(floor_argv, env=env), run_child(crampwise_argv("--version"), env=env)]
    for w in warm:  # one untimed run each, so .pyc files and the page cache are warm
        if w.returncode != 0:
            print(w.stderr, file=sys.stderr)
    for _ in range(runs):
        for kind in kinds:
            folder = None
            if kind == "floor":
                argv = floor_argv
            else:
                folder = diary_copy() if kind == "diary" else fresh_dir()
                exit_when = "--exit-when-complete" if kind == "complete" else "--exit-when-ready"
                argv = crampwise_argv("--data-dir", str(folder), exit_when)
            result = run_child(argv, env=env)
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            if result.returncode != 0:
                print(f"{kind}: exit {result.returncode}\n{result.stderr}", file=sys.stderr)
                return 1
            times[kind].append(ms(result.seconds))
            rss[kind].append(result.max_rss_kb / 1024)
    floor_t, floor_m = median(times["floor"]), median(rss["floor"])
    rows = []
    for kind, label in (("fresh", "fresh data folder"), ("diary", "diary of 20,000 episodes")):
        rows.append(
            Row(
                f"Start-up to first paint, {label}",
                median(times[kind]),
                "ms",
                floor=floor_t,
                target=TARGET_RATIO,
                target_kind="ratio",
                notes=f"median of {runs} alternating runs; floor: bare QMainWindow 1040×740",
                samples=times[kind],
            )
        )
    rows.append(
        Row(
            "Start-up to the complete window, fresh data folder",
            median(times["complete"]),
            "ms",
            floor=floor_t,
            notes="no target: the first screen (Cramp now) is painted and usable before this",
            samples=times["complete"],
        )
    )
    for kind, label in (
        ("fresh", "fresh data folder"),
        ("diary", "diary of 20,000 episodes"),
        ("complete", "complete window, fresh data folder"),
    ):
        rows.append(
            Row(
                f"Peak RSS at start-up, {label}",
                median(rss[kind]),
                "MB",
                floor=floor_m,
                target=TARGET_RATIO,
                target_kind="ratio",
                notes="peak RSS of the child (/usr/bin/time %M), same runs",
                samples=rss[kind],
            )
        )
    if sys.platform.startswith("linux"):
        for kind, label in (("fresh", "fresh data folder"), ("diary", "diary of 20,000 episodes")):
            samples = []
            for _ in range(3 if args.quick else 5):
                folder = fresh_dir() if kind == "fresh" else diary_copy()
                try:
                    samples.append(settled_rss_mb(folder, env))
                finally:
                    shutil.rmtree(folder, ignore_errors=True)
            rows.append(
                Row(
                    f"Peak RSS once settled, {label}",
                    median(samples),
                    "MB",
                    floor=floor_m,
                    notes=f"no target: {SETTLE_S:g} s after a plain start (diary open, player "
                    "and rules loaded, cache warm); importing sqlalchemy.orm alone adds ~34 MB",
                    samples=samples,
                )
            )
    emit("startup", rows, as_json=args.json, extra={"floor_samples_ms": times["floor"]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
