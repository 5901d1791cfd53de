"""Screenshots of the screens that need a prepared state: every step of the shipped plans in
the relief player, the relief plans page and its editor, Insights and its PDF report.

Used by ``scripts/screenshots.py`` and the tests. Each renderer needs (or creates) a
``QApplication`` and puts back the theme and language it changed.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from crampwise import i18n
from crampwise.domain.episode import local_now
from crampwise.relief.custom import make_plan, plan_id_for, save_custom_plan
from crampwise.relief.plans import load_default_plans
from crampwise.storage.store import EpisodeStore
from crampwise.ui.cue_sounds import CueSounds
from crampwise.ui.diary import Diary
from crampwise.ui.insights import InsightsPage
from crampwise.ui.plans_page import PlansPage
from crampwise.ui.player import ReliefPlayer
from crampwise.ui.theme import DAY, NIGHT, THEMES, ThemeName, application, apply_theme
from devtools.demo import demo_episodes, demo_profile

# --- the relief player ------------------------------------------------------------------------


class _FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class _Silent(CueSounds):
    def say(self, text: str, lang: str = "en") -> bool:
        return False

    def play(self, cue: str) -> None:
        return None


def render_plan_screens(
    outdir: Path | str,
    palette_name: str = "night",
    *,
    lang: str | None = None,
    size: QSize | None = None,
    side: str = "right",
) -> list[Path]:
    """Render every step of every shipped plan in the player to PNG; returns the files written.

    Files are named ``{plan}-{NN}-{step}-{palette}.png``. Each shot is taken a third of the way
    into the first hold, so the ring shows progress. Needs (or creates) a ``QApplication``.
    ``lang`` (``"en"``, ``"fr"``): words and plan texts in that language (installed for the
    shots, then the previous language is put back); by default the language in use.
    """
    _app = application()  # keep a reference while rendering
    before_lang = i18n.language()
    if lang is not None:
        i18n.install(_app, lang)
    theme = THEMES[cast("ThemeName", palette_name)]
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    size = size or QSize(960, 680)
    written: list[Path] = []
    for plan in load_default_plans().plans:
        for index, step in enumerate(plan.steps):
            clock = _FakeClock()
            player = ReliefPlayer(
                plan, side=side, lang=lang, theme=theme, clock=clock, sounds=_Silent()
            )
            for _ in range(index):
                player.sequencer_next()
            clock.now += step.hold_seconds / 3
            player.poll()
            player.resize(size)
            player.show()
            QApplication.processEvents()
            path = out / f"{plan.id}-{index + 1:02d}-{step.id}-{palette_name}.png"
            player.grab().save(str(path))
            written.append(path)
            player.close()
            player.deleteLater()
    QApplication.processEvents()
    if lang is not None:
        i18n.install(_app, before_lang)
    return written


# --- the relief plans page --------------------------------------------------------------------


class _MemoryPlanStore:
    """Just enough of a store for the screenshots: personal plans kept in memory."""

    recovery = None
    read_only = False
    night_cutover_hour = 12  # the settings' default

    def __init__(self) -> None:
        self._rows: dict[int, str] = {}

    def custom_plans(self) -> list[tuple[int, str]]:
        return sorted(self._rows.items())

    def save_custom_plan(self, plan_id: int | None, name: str, body_json: str) -> int:
        if plan_id is None or plan_id not in self._rows:
            plan_id = max(self._rows, default=0) + 1
        self._rows[plan_id] = body_json
        return plan_id

    def delete_custom_plan(self, plan_id: int) -> None:
        self._rows.pop(plan_id, None)

    def backup(self) -> None:
        return None

    def close(self) -> None:
        return None

    def profile(self) -> Any:
        from crampwise.domain.profile import HealthProfile

        return HealthProfile()

    def episode_facts(self, _today: object) -> Any:
        from crampwise.domain.profile import EpisodeFacts

        return EpisodeFacts()


def render_plans_screens(
    outdir: Path | str, size: QSize | None = None, *, lang: str | None = None
) -> list[Path]:
    """Render the plans page and the editor, night and day, to PNG; returns the files written.

    Files: ``plans-list-{theme}.png``, ``plans-editor-{theme}.png`` (a physio plan being edited)
    and ``plans-errors-{theme}.png`` (Save pressed on an empty plan). Needs (or creates) a
    ``QApplication``; the application's theme is put back afterwards. ``lang`` (``"en"``,
    ``"fr"``): install that language for the shots, then put the previous one back.
    """
    app = application()
    before = app.property("crampwiseTheme")
    before_lang = i18n.language()
    if lang is not None:
        i18n.install(app, lang)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    size = size or QSize(900, 720)
    shipped = load_default_plans()
    store = _MemoryPlanStore()
    pick = [
        s for s in ("wall_calf_stretch", "soleus_stretch", "ankle_circles") if s in shipped.steps
    ]
    steps = [shipped.steps[s] for s in pick]
    if steps:
        steps[0] = steps[0].with_timing(45, 3, 15)
        physio = make_plan("My physio routine", steps, description="From Sam, physiotherapist")
        save_custom_plan(store, None, physio, shipped.steps)
    diary = Diary()
    diary.attach(cast("EpisodeStore", store))
    written: list[Path] = []
    for theme in (NIGHT, DAY):
        apply_theme(app, theme)
        page = PlansPage(diary, plans=shipped)
        page.resize(size)
        page.show()
        page.select_plan(plan_id_for(1))
        QApplication.processEvents()

        def shot(name: str, page: PlansPage = page, theme_name: str = theme.name) -> None:
            QApplication.processEvents()
            path = out / f"plans-{name}-{theme_name}.png"
            page.grab().save(str(path))
            written.append(path)

        shot("list")
        editor = page.edit_selected()
        if editor is not None:
            editor.chosen_list.setCurrentRow(0)
            shot("editor")
        page.new_plan().try_save()
        shot("errors")
        page.close()
        page.deleteLater()
    QApplication.processEvents()
    if isinstance(before, str) and before in THEMES:
        apply_theme(app, THEMES[before])
    if lang is not None:
        i18n.install(app, before_lang)
    diary.detach()
    return written


# --- Insights and the report ------------------------------------------------------------------


def render_insights_screens(
    outdir: str | Path,
    *,
    today: date | None = None,
    with_report: bool = True,
    lang: str | None = None,
) -> list[Path]:
    """Demo screenshots of the page (night and day) and the demo report, written to ``outdir``.

    Uses a throw-away diary with ~40 made-up episodes over 10 weeks and a medicine started
    half-way. Needs a QApplication (created offscreen if there is none). Returns the files.
    ``lang`` (``"en"``, ``"fr"``): install that language first (and put English back after).
    """
    app = application(["crampwise", "-platform", "offscreen"])
    before_lang = i18n.language()
    if lang is not None:
        i18n.install(app, lang)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    today = today or local_now().date()
    previous = app.property("crampwiseTheme")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="crampwise-demo-") as tmp:
        store = EpisodeStore.open(Path(tmp) / "demo.sqlite3")
        try:
            for episode in demo_episodes(today):
                store.add(episode)
            store.save_profile(demo_profile(today))
            diary = Diary()
            diary.attach(store)
            for theme in (NIGHT, DAY):
                apply_theme(app, theme)
                page = InsightsPage(diary)
                page.today = lambda: today
                page.background = False  # draw before the grab
                page.resize(810, 690)
                page.show()
                app.processEvents()
                shot = out / f"insights-{theme.name}.png"
                page.grab().save(str(shot))
                written.append(shot)
                content = page.scroller.widget()
                if content is not None:
                    content.resize(790, content.sizeHint().height())
                    app.processEvents()
                    full = out / f"insights-{theme.name}-full.png"
                    content.grab().save(str(full))
                    written.append(full)
                if with_report and theme is DAY:
                    page.ask_save_path = lambda _parent, _name: str(out / "insights-report.pdf")
                    report = page.export_pdf()
                    if report is not None:
                        written.append(report)
                page.close()
                page.deleteLater()
            diary.detach()
        finally:
            store.close()
    if previous in ("night", "day"):
        apply_theme(app, NIGHT if previous == "night" else DAY)
    if lang is not None:
        i18n.install(app, before_lang)
    return written
