"""Insights with 20,000 episodes: from ``go_to("insights")`` to the first paint of a chart.

Two paths, each cold in its own process:

* synchronous (``page.background = False``): the UI thread builds the page, reads the store,
  computes the patterns, draws the charts and paints. Measured from building the page.
* background (the app's default): the store is read in a thread; measured from ``go_to`` to the
  first chart painted, with the longest stall of the UI thread meanwhile (a 5 ms QTimer's
  largest gap): a thread holding the GIL freezes the window too.

    python benchmarks/bench_insights.py [--json] [--quick] [--processes N]
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    Row,
    base_parser,
    diary_copy,
    emit,
    make_paint_probe,
    median,
    ms,
    open_window,
    run_self_in_subprocess,
    wait_until,
)

TARGET_MS = 300.0


def _is_chart_viewport(widget: Any) -> bool:
    from PySide6.QtCharts import QChartView

    return isinstance(widget.parent(), QChartView)  # Insights' ChartPanel is one


def child(mode: str) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    folder = diary_copy()
    try:
        app, window, diary, _store = open_window(folder)
        probe = make_paint_probe()
        app.installEventFilter(probe)
        probe.watch(_is_chart_viewport)
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        out: dict[str, Any] = {}
        start = time.perf_counter()
        if mode == "sync":
            page: Any = window.page("insights")  # built, not yet shown
            out["build"] = ms(time.perf_counter() - start)
            page.background = False
            window.go_to("insights")
        else:
            last[0] = time.perf_counter()
            ticker.start()
            window.go_to("insights")
            page = window.page("insights")
        if not wait_until(app, lambda: probe.painted_at is not None, 60):
            raise RuntimeError("no chart painted")
        assert probe.painted_at is not None
        ticker.stop()
        tick()
        out["total"] = ms(probe.painted_at - start)
        out["timings"] = {k: ms(v) for k, v in page.last_timings.items()}
        out["max_stall"] = ms(max(gaps)) if gaps else None
        # A reload after a change (the diary was edited while the page is visible), synchronous.
        page.background = False
        probe.watch(_is_chart_viewport)
        t0 = time.perf_counter()
        page.reload()
        wait_until(app, lambda: probe.painted_at is not None, 60)
        assert probe.painted_at is not None
        out["reload"] = ms(probe.painted_at - t0)
        app.removeEventFilter(probe)
        window.close()
        diary.close()
        return out
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=0, help="per path; default 3 (quick 2)")
    parser.add_argument("--child", choices=("sync", "background"), help="internal")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    n = args.processes or (2 if args.quick else 3)
    sync, bg = [], []
    for _ in range(n):  # alternate the two paths
        sync.append(run_self_in_subprocess(Path(__file__), ["sync"]))
        bg.append(run_self_in_subprocess(Path(__file__), ["background"]))

    def med(runs: list[dict[str, Any]], key: str) -> float:
        return median(r["timings"].get(key, 0.0) for r in runs)

    rows = [
        Row(
            "Insights (20,000 + 3,650 check-ins): go_to → charts painted, synchronous",
            median(r["total"] for r in sync),
            "ms",
            target=TARGET_MS,
            target_kind="below",
            notes=(
                f"median of {n} cold processes; build page {median(r['build'] for r in sync):.0f}"
                f", store read {med(sync, 'load'):.0f}, patterns {med(sync, 'patterns'):.0f}, "
                f"draw {med(sync, 'draw'):.0f} ms (page.last_timings)"
            ),
            samples=[r["total"] for r in sync],
        ),
        Row(
            "Insights (20,000 + 3,650 check-ins): go_to → charts painted, background",
            median(r["total"] for r in bg),
            "ms",
            target=TARGET_MS,
            target_kind="below",
            notes=(
                f"median of {n}; longest UI-thread stall meanwhile "
                f"{median(r['max_stall'] for r in bg):.0f} ms; store read {med(bg, 'load'):.0f}, "
                f"patterns {med(bg, 'patterns'):.0f}, draw {med(bg, 'draw'):.0f} ms"
            ),
            samples=[r["total"] for r in bg],
        ),
        Row(
            "Insights (20,000 + 3,650 check-ins): reload after a change → repainted",
            median(r["reload"] for r in sync + bg),
            "ms",
            target=TARGET_MS,
            target_kind="below",
            notes="page.reload() with background off, page already built (warm)",
            samples=[r["reload"] for r in sync + bg],
        ),
    ]
    emit("insights", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
