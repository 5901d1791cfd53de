"""Profile the in-process benchmarks with pyinstrument (``pip install pyinstrument``).

    python benchmarks/profile_hotspots.py cramp|history-open|history-sort|insights|cli [--html F]

Prints pyinstrument's text tree of the measured action only (20,000-episode diary).
Start-up: ``python -X importtime -m crampwise --data-dir "$(mktemp -d)" --exit-when-ready``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import diary_copy, make_paint_probe, open_window, pause_ms, wait_until


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "what", choices=("cramp", "history-open", "history-sort", "insights", "cli")
    )
    parser.add_argument("--html", type=Path, help="also write pyinstrument's HTML page here")
    args = parser.parse_args()
    from pyinstrument import Profiler

    folder = diary_copy()
    profiler = Profiler(interval=0.0005)
    try:
        if args.what == "cli":
            from crampwise import cli

            out = sys.stdout
            sys.stdout = open("/dev/null", "w")  # noqa: SIM115, PTH123
            profiler.start()
            cli.main(["--data-dir", str(folder), "list", "--json"])
            profiler.stop()
            sys.stdout.close()
            sys.stdout = out
        else:
            app, window, _diary, _store = open_window(folder)
            probe = make_paint_probe()
            app.installEventFilter(probe)
            action: Any
            if args.what == "cramp":
                from PySide6.QtCore import Qt
                from PySide6.QtTest import QTest

                tonight = window.tonight
                probe.watch(lambda w: tonight.player is not None and w is tonight.player.picture)

                def action() -> None:
                    QTest.keyClick(tonight.cramp_button, Qt.Key.Key_Space)

            elif args.what.startswith("history"):
                from PySide6.QtCore import Qt

                if args.what == "history-sort":
                    window.go_to("history")
                    pause_ms(app, 300)
                    viewport = window.history.view.viewport()
                    probe.watch(lambda w: w is viewport)

                    def action() -> None:
                        window.history.view.sortByColumn(5, Qt.SortOrder.AscendingOrder)

                else:
                    probe.watch(lambda w: w.objectName() == "qt_scrollarea_viewport")

                    def action() -> None:
                        window.go_to("history")

            else:
                page = window.page("insights")
                page.background = False
                probe.watch(
                    lambda w: (
                        w.parent() is not None
                        and w.parent().metaObject().className() == "QChartView"
                    )
                )

                def action() -> None:
                    window.go_to("insights")

            profiler.start()
            action()
            wait_until(app, lambda: probe.painted_at is not None, 60)
            profiler.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.html:
        args.html.write_text(profiler.output_html())
    return 0


if __name__ == "__main__":
    sys.exit(main())
