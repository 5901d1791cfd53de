"""Cramp now -> first relief step shown: from the Space key press on the Cramp now button until
the relief player's illustration has painted, in the app's real window with a real store.

Each press is ended (It's over, then Later) before the next. The first press of a process is
reported on its own: at 3 a.m. it is the one that counts, and it pays every lazy import.

    python benchmarks/bench_cramp.py [--json] [--quick] [--presses N] [--diary empty|20k]
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    Row,
    base_parser,
    diary_copy,
    emit,
    fresh_dir,
    make_paint_probe,
    median,
    ms,
    open_window,
    pause_ms,
    wait_until,
)

TARGET_MS = 100.0


def measure(data_dir: Path, presses: int) -> list[float]:
    app, window, diary, _store = open_window(data_dir)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from crampwise.ui.illustration import IllustrationView

    tonight = window.tonight
    probe = make_paint_probe()
    app.installEventFilter(probe)
    samples = []
    for _ in range(presses):
        assert tonight.state == "idle", tonight.state
        probe.watch(
            lambda w: (
                isinstance(w, IllustrationView)
                and tonight.player is not None
                and w is tonight.player.picture
            )
        )
        start = time.perf_counter()
        QTest.keyClick(tonight.cramp_button, Qt.Key.Key_Space)  # clicks on release, as a person
        if not wait_until(app, lambda: probe.painted_at is not None, 10):
            raise RuntimeError("the relief illustration never painted")
        assert probe.painted_at is not None
        samples.append(ms(probe.painted_at - start))
        pause_ms(app, 150)
        tonight.end_cramp()
        pause_ms(app, 50)
        tonight.form.skipped.emit()  # "Later"
        pause_ms(app, 150)
    app.removeEventFilter(probe)
    window.close()
    diary.close()
    return samples


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=0, help="default 10 (quick 6)")
    parser.add_argument("--diary", choices=("empty", "20k", "both"), default="both")
    args = parser.parse_args()
    presses = args.presses or (6 if args.quick else 10)
    rows = []
    kinds = ("empty", "20k") if args.diary == "both" else (args.diary,)
    if len(kinds) == 2:
        # Each diary in its own process, so both first presses are cold.
        from common import run_self_in_subprocess

        for kind in kinds:
            child = [f"--diary={kind}", f"--presses={presses}", "--json"]
            rows_json = run_self_in_subprocess(Path(__file__), child)["rows"]
            rows.extend(Row(**{k: r[k] for k in Row.__dataclass_fields__}) for r in rows_json)
        emit("cramp", rows, as_json=args.json)
        return 0
    kind = kinds[0]
    folder = diary_copy() if kind == "20k" else fresh_dir()
    try:
        samples = measure(folder, presses)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    label = "diary of 20,000" if kind == "20k" else "empty diary"
    rows.append(
        Row(
            f"Cramp now → relief step painted, first press ({label})",
            samples[0],
            "ms",
            target=TARGET_MS,
            target_kind="below",
            notes="the first press after start-up (cold: lazy imports, plan loading)",
        )
    )
    rows.append(
        Row(
            f"Cramp now → relief step painted, median ({label})",
            median(samples[1:]) if len(samples) > 1 else samples[0],
            "ms",
            target=TARGET_MS,
            target_kind="below",
            notes=f"median of presses 2–{len(samples)}; max {max(samples):.0f} ms",
            samples=samples,
        )
    )
    emit("cramp", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    if "--child" in sys.argv:
        sys.argv.remove("--child")
    sys.exit(main())
