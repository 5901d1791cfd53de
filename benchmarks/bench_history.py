"""History with 20,000 episodes: open the page, sort by a column, scroll to the end.

Each is timed until the table has painted again (a paint probe on the view's viewport). The
open is cold (the page is built and the store read on first visit), so each repetition is a
fresh process; sorts and scrolls are repeated within it.

    python benchmarks/bench_history.py [--json] [--quick] [--processes N]
"""

from __future__ import annotations

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
    pause_ms,
    run_self_in_subprocess,
    wait_until,
)

TARGET_MS = 100.0


def child() -> dict[str, Any]:
    from PySide6.QtCore import Qt

    folder = diary_copy()
    try:
        app, window, diary, store = open_window(folder)
        probe = make_paint_probe()
        app.installEventFilter(probe)

        def timed(action: Any, viewport: Any) -> float:
            probe.watch(lambda w: w is viewport)
            start = time.perf_counter()
            action()
            if not wait_until(app, lambda: probe.painted_at is not None, 60):
                raise RuntimeError("the table never painted")
            assert probe.painted_at is not None
            took = ms(probe.painted_at - start)
            pause_ms(app, 100)
            return took

        # Open: build the page, read the store, fill the model, paint.
        probe.watch(lambda w: w.objectName() == "qt_scrollarea_viewport" and _in_history(window, w))
        start = time.perf_counter()
        window.go_to("history")
        wait_until(app, lambda: probe.painted_at is not None, 60)
        assert probe.painted_at is not None
        open_ms = ms(probe.painted_at - start)
        pause_ms(app, 100)
        view = window.history.view
        viewport = view.viewport()
        sorts, scrolls = [], []
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 2:
            sorts.append(timed(lambda o=order: view.sortByColumn(5, o), viewport))
        for _ in range(3):
            scrolls.append(timed(view.scrollToBottom, viewport))
            view.scrollToTop()
            pause_ms(app, 100)
        # The store read alone, for the breakdown.
        t0 = time.perf_counter()
        count = len(store.episodes())
        read_ms = ms(time.perf_counter() - t0)
        app.removeEventFilter(probe)
        window.close()
        diary.close()
        return {
            "open": open_ms,
            "sorts": sorts,
            "scrolls": scrolls,
            "read": read_ms,
            "count": count,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _in_history(window: Any, widget: Any) -> bool:
    built = window._built.get("history")
    return built is not None and built.isAncestorOf(widget)


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=0, help="default 3 (quick 2)")
    parser.add_argument("--child", action="store_true", help="internal: one measuring process")
    args = parser.parse_args()
    if args.child:
        import json

        print(json.dumps(child()))
        return 0
    n = args.processes or (2 if args.quick else 3)
    results = [run_self_in_subprocess(Path(__file__), []) for _ in range(n)]
    opens = [r["open"] for r in results]
    sorts = [s for r in results for s in r["sorts"]]
    scrolls = [s for r in results for s in r["scrolls"]]
    reads = [r["read"] for r in results]
    count = results[0]["count"]
    rows = [
        Row(
            f"History ({count:,} episodes): open until painted",
            median(opens),
            "ms",
            target=TARGET_MS,
            target_kind="below",
            notes=(
                f"median of {n} cold opens (one per process); store.episodes() read directly "
                f"(no cache) takes {median(reads):.0f} ms"
            ),
            samples=opens,
        ),
        Row(
            "History: sort by Intensity until repainted",
            median(sorts),
            "ms",
            target=TARGET_MS,
            target_kind="below",
            notes=f"view.sortByColumn(5, …), asc/desc alternating, median of {len(sorts)}",
            samples=sorts,
        ),
        Row(
            "History: scroll to the end until repainted",
            median(scrolls),
            "ms",
            target=TARGET_MS,
            target_kind="below",
            notes=f"view.scrollToBottom(), median of {len(scrolls)}",
            samples=scrolls,
        ),
    ]
    emit("history", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
