"""Render every screen of Crampwise, in the night and day themes, to PNG files.

    python scripts/screenshots.py OUTDIR [--lang en|fr]

Uses a temporary data directory with a few demo episodes; runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from crampwise import paths
from crampwise.advice import HealthProfile, Medication
from crampwise.domain.episode import Episode, StepUse
from crampwise.domain.vocab import Location, Side
from crampwise.settings import Settings
from crampwise.storage.store import EpisodeStore
from crampwise.ui.app import build_window
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.theme import THEMES, apply_theme


def demo_episodes(now: datetime) -> list[Episode]:
    out = []
    specs = [
        (1, 3, 10, 2.5, Side.LEFT, {Location.CALF}, 7, {"hard_exercise"}, "Long walk yesterday"),
        (2, 2, 40, 1.0, Side.RIGHT, {Location.TOES, Location.FOOT_SOLE}, 4, {"cold_room"}, ""),
        (4, 4, 5, 4.0, Side.LEFT, {Location.CALF}, 8, {"alcohol"}, "Woke me twice"),
        (4, 5, 20, 1.5, Side.LEFT, {Location.CALF}, 5, set(), ""),
        (7, 1, 55, 3.0, Side.BOTH, {Location.CALF, Location.BACK_OF_THIGH}, 6, set(), ""),
    ]
    for days, hour, minute, mins, side, locs, intensity, tags, note in specs:
        start = (now - timedelta(days=days)).replace(hour=hour, minute=minute, second=0)
        out.append(
            Episode(
                started_at=start,
                ended_at=start + timedelta(minutes=mins),
                side=side,
                locations=frozenset(locs),
                intensity=intensity,
                woke_from_sleep=True,
                minutes_to_sleep_again=20,
                steps=(StepUse("calf_straight_leg_pull", True),),
                helped=True,
                tags=frozenset(tags),
                note=note,
            )
        )
    return out


def show_insights(window: MainWindow) -> QWidget:
    page = window.page("insights")
    page.background = False  # type: ignore[attr-defined]  # charts now, not after a thread
    window.go_to("insights")
    page.reload()  # type: ignore[attr-defined]
    return window


def main(outdir: Path, lang: str = "en") -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from crampwise import i18n

    i18n.install(app, lang)
    with tempfile.TemporaryDirectory() as tmp:
        paths.set_data_dir(tmp)
        store = EpisodeStore.open()
        store.save_profile(
            HealthProfile(
                conditions=frozenset({"diabetes"}),
                medications=(Medication("Lasix", "loop_diuretic", date(2026, 10, 1)),),
            )
        )
        now = datetime.now().astimezone()
        for ep in demo_episodes(now):
            store.add(ep)
        for name, theme in THEMES.items():
            apply_theme(app, theme)
            window, diary = build_window(Settings(theme=name, notice_accepted=name == "day"))
            window.resize(1100, 760)
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
            for ep in store.episodes()[: len(store.episodes()) - 5]:
                if ep.id is not None:
                    store.delete(ep.id)
            window.hide()
            window.deleteLater()
        store.close()
    from crampwise.ui.player import render_plan_screens

    for name in THEMES:
        apply_theme(app, THEMES[name])
        render_plan_screens(outdir / "plans", name, lang=lang)
    print(f"Screenshots written to {outdir}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    options = parser.parse_args()
    main(options.outdir, options.lang)
