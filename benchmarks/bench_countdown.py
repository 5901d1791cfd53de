"""Countdown accuracy: real ReliefPlayers on the real monotonic clock, shown offscreen.

The calf plan's step timings are scaled so the plan lasts ``--duration`` seconds (default 300;
``--quick``: 20). Part-way through it is paused for a while and resumed, as a person might.
The error is when the player reports "done" (its ``finished`` signal) minus when it should:
start + planned total + time paused. Every phase change seen on the way is compared with its
own planned moment too. Several players run at once, started a fraction of the 100 ms poll
interval apart, so the worst case shows rather than one lucky phase. Floor: a
``QTimer.singleShot`` of the same total, started at the same moment (the event loop's own
lateness).

    python benchmarks/bench_countdown.py [--json] [--quick] [--duration SECONDS] [--players N]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    BALLAST,
    Row,
    base_parser,
    emit,
    median,
    ms,
    qt_app,
    wait_until,
)

TARGET_MS = 50.0


def scaled_plan(duration: float) -> Any:
    from dataclasses import replace

    from crampwise.ui.relief_state import CALF_PLAN, plan_library

    plan = plan_library().plan(CALF_PLAN)
    assert plan is not None
    scale = duration / planned_total(plan)
    steps = tuple(
        s.with_timing(
            hold_seconds=max(1, round(s.hold_seconds * scale)),
            rest_seconds=round(s.rest_seconds * scale),
        )
        for s in plan.steps
    )
    return replace(plan, steps=steps)


def phases(plan: Any) -> list[float]:
    """Planned phase lengths (holds and rests) in order, as the Sequencer walks them."""
    from crampwise.relief.sequencer import Sequencer

    seq = Sequencer(plan, side="right")
    out: list[float] = []
    for i, (step, holds) in enumerate(zip(seq.steps, seq._holds, strict=True)):
        for h in range(len(holds)):
            out.append(float(step.hold_seconds))
            last = i == len(seq.steps) - 1 and h == len(holds) - 1
            if not last and step.rest_seconds > 0:
                out.append(float(step.rest_seconds))
    return out


def planned_total(plan: Any) -> float:
    return sum(phases(plan))


class _Run:
    """One player: its start, pause and the moments it noticed phase changes and the end."""

    def __init__(self, plan: Any, offset_ms: int) -> None:
        from crampwise.ui.cue_sounds import CueSounds
        from crampwise.ui.player import ReliefPlayer

        self.offset_ms = offset_ms
        self.player = ReliefPlayer(
            plan, side="right", sounds=CueSounds(muted=True), autostart=False
        )
        self.player.resize(640, 480)
        self.player.show()
        self.seen: list[float] = []
        self.done: list[float] = []
        self.started = 0.0
        self.paused_total = 0.0
        self._paused_at = 0.0
        self.player.sequencer._on_event = self._on_event
        self.player.finished.connect(self._on_finished)

    def _on_event(self, _event: Any) -> None:
        self.seen.append(time.monotonic())

    def _on_finished(self, _steps: list[str], _early: bool) -> None:
        self.done.append(time.monotonic())

    def start(self) -> None:
        self.started = time.monotonic()
        self.player.start()

    def pause(self) -> None:
        self.player.toggle_pause()
        self._paused_at = time.monotonic()

    def resume(self) -> None:
        self.player.toggle_pause()
        self.paused_total += time.monotonic() - self._paused_at


def run(duration: float, players: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt, QTimer

    app = qt_app()
    plan = scaled_plan(duration)
    total = planned_total(plan)
    boundaries = []
    acc = 0.0
    for length in phases(plan):
        acc += length
        boundaries.append(acc)
    pause_at, pause_for = total * 0.4, max(1.0, round(total * 0.05))
    # Players started 100/n ms apart: the poll timer's phase against the plan's whole seconds
    # decides each one's error, so together they sample the whole 0-100 ms range.
    runs = [_Run(plan, round(i * 100 / players) + 7) for i in range(players)]
    floor_fired: list[float] = []

    def floor_fire() -> None:
        floor_fired.append(time.monotonic())

    timers = []  # QTimer objects, not singleShot(functor): kept alive and plainly connected

    def at(milliseconds: float, slot: Any) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        timer.start(round(milliseconds))
        timers.append(timer)

    refs_before = sys.getrefcount(None)
    t0 = time.monotonic()
    for r in runs:
        at(r.offset_ms, r.start)
        at(r.offset_ms + pause_at * 1000, r.pause)
        at(r.offset_ms + (pause_at + pause_for) * 1000, r.resume)
    floor_ms = round((total + pause_for) * 1000)
    floor_start = time.monotonic()
    at(floor_ms, floor_fire)
    wait_until(app, lambda: all(r.done for r in runs) and bool(floor_fired), total + pause_for + 30)
    elapsed = time.monotonic() - t0
    refs_lost = refs_before - sys.getrefcount(None)
    errors, lateness = [], []
    for r in runs:
        if not r.done:
            raise RuntimeError("a player never finished")
        errors.append(r.done[0] - (r.started + total + r.paused_total))
        changes: list[float] = []
        for moment in r.seen:  # events of one poll come microseconds apart: one change
            if not changes or moment - changes[-1] > 0.005:
                changes.append(moment)
        for planned, noticed in zip(boundaries, changes[1:], strict=False):
            shift = r.paused_total if planned > pause_at else 0.0
            lateness.append(noticed - (r.started + planned + shift))
        r.player.close()
    floor_error = floor_fired[0] - (floor_start + floor_ms / 1000) if floor_fired else None
    return {
        "total": total,
        "paused": pause_for,
        "errors": errors,
        "floor_error": floor_error,
        "lateness": lateness,
        "phases": len(boundaries),
        "players": players,
        "none_lost_per_s": refs_lost / elapsed / players,
        "none_refs_real": refs_before - (BALLAST if sys.version_info < (3, 12) else 0),
    }


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=0, help="plan length, s (default 300)")
    parser.add_argument("--players", type=int, default=5, help="staggered players (default 5)")
    args = parser.parse_args()
    duration = args.duration or (20.0 if args.quick else 300.0)
    r = run(duration, args.players)
    late = [ms(x) for x in r["lateness"]]
    errs = [ms(x) for x in r["errors"]]
    worst = max(errs, key=abs)
    rows = [
        Row(
            f"Countdown: 'done' vs true elapsed, worst of {r['players']} ({r['total']:.0f} s plan)",
            abs(worst),
            "ms",
            floor=abs(ms(r["floor_error"])) if r["floor_error"] is not None else None,
            target=TARGET_MS,
            target_kind="max",
            notes=(
                f"signed errors {', '.join(f'{e:+.0f}' for e in errs)} ms (players started "
                f"100/{r['players']} ms apart, each paused {r['paused']:.0f} s); "
                f"{r['phases']} phase changes each, noticed p50 {median(late):+.0f} / max "
                f"{max(late):+.0f} ms late; floor: QTimer.singleShot of the same total"
            ),
            samples=errs,
        )
    ]
    rate = r["none_lost_per_s"]
    crash = (
        f"; without the ballast this process would abort after ~{r['none_refs_real'] / rate:.0f} s"
        if rate > 1
        else ""
    )
    rows.append(
        Row(
            "Relief player: references to None lost per second",
            rate,
            "/s",
            target=1.0,
            target_kind="max",
            notes=(
                "PySide6 void calls (setText, update, repaint…) decref None on Python 3.11; "
                f"None had {r['none_refs_real']:,} references at the start{crash}"
            ),
        )
    )
    emit("countdown", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
