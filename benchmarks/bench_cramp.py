"""Cramp now -> first relief step shown: from the Space key press on the Cramp now button until
the relief player's illustration has painted, in the app's real window with a real store.

Each press is ended (It's over, then Later) before the next. The first press of a process is
reported on its own: at 3 a.m. it is the one that counts, and it pays every lazy import.
``--diary first-screen`` presses once on the first screen, right after the window's first paint
and before the rest of the window is built or the diary is open (the worst case: a person who
starts Crampwise and presses Space at once).

    python benchmarks/bench_cramp.py [--json] [--quick] [--presses N]
                                     [--diary empty|20k|first-screen]
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
    qt_app,
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


def measure_first_screen(data_dir: Path) -> float:
    """One press on the first screen of a window built as ``run_gui`` builds it."""
    from crampwise import paths

    paths.set_data_dir(data_dir)
    app = qt_app()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from crampwise.settings import load_settings
    from crampwise.ui.app import build_window
    from crampwise.ui.theme import refresh_theme

    settings = load_settings()
    refresh_theme(settings)
    window, diary = build_window(settings, first_screen_only=True)
    probe = make_paint_probe()
    app.installEventFilter(probe)
    probe.watch(lambda w: w is window)
    window.show()
    window.focus_cramp_button()
    if not wait_until(app, lambda: probe.painted_at is not None, 10):
        raise RuntimeError("the first screen never painted")
    from crampwise.ui.illustration import IllustrationView

    probe.watch(
        lambda w: (
            isinstance(w, IllustrationView)
            and getattr(window, "tonight", None) is not None
            and window.tonight.player is not None
            and w is window.tonight.player.picture
        )
    )
    start = time.perf_counter()
    QTest.keyClick(window.cramp_now.cramp_button, Qt.Key.Key_Space)
    if not wait_until(app, lambda: probe.painted_at is not None, 10):
        raise RuntimeError("the relief illustration never painted")
    assert probe.painted_at is not None
    elapsed = ms(probe.painted_at - start)
    app.removeEventFilter(probe)
    from crampwise.ui.unsaved import CLOSE_ANYWAY

    # The diary never opened here, so the cramp waits unsaved and closing would ask about it.
    window.ask_unsaved = lambda *_args: CLOSE_ANYWAY
    window.close()
    diary.close()
    return elapsed


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=0, help="default 10 (quick 6)")
    parser.add_argument("--diary", choices=("empty", "20k", "first-screen", "all"), default="all")
    args = parser.parse_args()
    presses = args.presses or (6 if args.quick else 10)
    rows = []
    kinds = ("empty", "20k", "first-screen") if args.diary == "all" else (args.diary,)
    if len(kinds) > 1:
        # Each in its own process, so every first press is cold.
        from common import run_self_in_subprocess

        for kind in kinds:
            child = [f"--diary={kind}", f"--presses={presses}", "--json"]
            rows_json = run_self_in_subprocess(Path(__file__), child)["rows"]
            rows.extend(Row(**{k: r[k] for k in Row.__dataclass_fields__}) for r in rows_json)
        emit("cramp", rows, as_json=args.json)
        return 0
    kind = kinds[0]
    if kind == "first-screen":
        folder = fresh_dir()
        try:
            first = measure_first_screen(folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        rows.append(
            Row(
                "Cramp now on the first screen → relief step painted",
                first,
                "ms",
                target=TARGET_MS,
                target_kind="below",
                notes="pressed right after the first paint: builds the rest of the window, "
                "loads the plans and the player, diary not yet open (queued)",
            )
        )
        emit("cramp", rows, as_json=args.json)
        return 0
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
