"""Render every screen of Crampwise, in the night and day themes, to PNG files.

    python scripts/screenshots.py OUTDIR [--lang en|fr] [--size 1024x768]

Uses a temporary data directory with a few demo episodes; runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/

from devtools.demo import demo_episodes, demo_profile
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from crampwise import paths
from crampwise.settings import Settings
from crampwise.storage.store import EpisodeStore
from crampwise.ui.app import build_window
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.theme import THEMES, application, apply_theme


def show_insights(window: MainWindow) -> QWidget:
    page = window.page("insights")
    page.background = False  # type: ignore[attr-defined]  # charts now, not after a thread
    window.go_to("insights")
    page.reload()  # type: ignore[attr-defined]
    return window


def main(outdir: Path, lang: str = "en", size: tuple[int, int] = (1100, 760)) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    app = application(sys.argv)
    from crampwise import i18n

    i18n.install(app, lang)
    with tempfile.TemporaryDirectory() as tmp:
        paths.set_data_dir(tmp)
        store = EpisodeStore.open()
        today = datetime.now().date()
        store.save_profile(demo_profile(today))  # the report's demo diary: one set of demo data
        demo = demo_episodes(today)
        store.add_many(demo)
        for name, theme in THEMES.items():
            apply_theme(app, theme)
            window, diary = build_window(Settings(theme=name, notice_accepted=name == "day"))
            window.resize(*size)
            window.show()
            diary.attach(store)
            shots: list[tuple[str, Callable[[], QWidget]]] = [
                ("tonight", lambda w=window: w),
                ("tonight-running", lambda w=window: (w.tonight.start_cramp(), w)[1]),
                ("tonight-details", lambda w=window: (w.tonight.end_cramp(), w)[1]),
                ("history", lambda w=window: (w.tonight.form.skipped.emit(), w.go_to(1), w)[2]),
                ("insights", lambda w=window: show_insights(w)),
                ("plans", lambda w=window: (w.go_to("plans"), w)[1]),
                ("prevention", lambda w=window: (w.go_to("prevention"), w)[1]),
                ("routine", lambda w=window: (w.start_evening_routine(), w)[1]),
                ("profile", lambda w=window: (w.go_to("profile"), w)[1]),
                ("learn", lambda w=window: (w.go_to("learn"), w)[1]),
            ]
            for shot, prepare in shots:
                widget = prepare()
                app.processEvents()
                widget.grab().save(str(outdir / f"{shot}-{name}.png"))
            window.history.view.selectRow(0)
            dialog = window.history.edit_selected()
            assert dialog is not None
            app.processEvents()
            dialog.grab().save(str(outdir / f"edit-episode-{name}.png"))
            dialog.reject()
            past = window.tonight.add_past_episode()
            app.processEvents()
            past.grab().save(str(outdir / f"past-episode-{name}.png"))
            past.reject()
            # Keep the demo diary clean for the other theme: drop what the shots added.
            for ep in store.episodes()[: len(store.episodes()) - len(demo)]:
                if ep.id is not None:
                    store.delete(ep.id)
            window.hide()
            window.deleteLater()
        store.close()
    from devtools.screens import render_plan_screens

    for name in THEMES:
        apply_theme(app, THEMES[name])
        render_plan_screens(outdir / "plans", name, lang=lang, size=QSize(*size))
    print(f"Screenshots written to {outdir}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    parser.add_argument("--size", default="1100x760", help="window size, WIDTHxHEIGHT")
    options = parser.parse_args()
    width, height = (int(part) for part in options.size.lower().split("x"))
    main(options.outdir, options.lang, (width, height))
