"""Prevention: the evening routine, then the person's advice with red flags above all tips."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from crampwise import i18n
from crampwise.domain.nights import NightError
from crampwise.relief.custom import plan_seconds
from crampwise.settings import current_settings
from crampwise.storage.schema import StoreError
from crampwise.ui.advice_state import current_advice, rulebook
from crampwise.ui.cards import card_heading, cards_html
from crampwise.ui.checkin import current_night
from crampwise.ui.diary import Diary
from crampwise.ui.messages import localized
from crampwise.ui.relief_state import EVENING_PLAN, make_player, plan_library
from crampwise.ui.stale import ReloadsWhenShown
from crampwise.ui.theme import current_theme

if TYPE_CHECKING:
    from crampwise.relief.plans import ReliefPlan
    from crampwise.ui.player import ReliefPlayer


class PreventionPage(ReloadsWhenShown, QWidget):
    status = Signal(str)
    routineRequested = Signal()

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self._stale = True
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Evening routine"))
        intro.setProperty("role", "title")
        outer.addWidget(intro)
        # The plan file describes itself; its length is worked out from its steps, so it is
        # always the real one. What the evidence says is on the advice card below.
        evening = plan_library().plan(EVENING_PLAN)
        minutes = max(1, round(plan_seconds(evening) / 60)) if evening else 0
        length = self.tr("About %n minute(s).", "", minutes)
        blurb = QLabel(f"{length} {evening.description.get(i18n.language())}" if evening else "")
        blurb.setWordWrap(True)
        outer.addWidget(blurb)
        self.routine_button = QPushButton(self.tr("Start the evening routine"))
        self.routine_button.setProperty("role", "primary")
        self.routine_button.setMinimumWidth(300)
        self.routine_button.setAccessibleName(self.tr("Start the evening routine"))
        self.routine_button.setAccessibleDescription(
            self.tr("Plays about %n minute(s) of guided stretches. Escape stops it.", "", minutes)
        )
        self.routine_button.clicked.connect(lambda: self.routineRequested.emit())
        outer.addWidget(self.routine_button, 0, Qt.AlignmentFlag.AlignLeft)
        heading = QLabel(self.tr("Your advice"))
        heading.setProperty("role", "title")
        outer.addWidget(heading)
        note = QLabel(
            self.tr(
                "Based on your profile and the last seven nights. Crampwise does not diagnose; "
                "it never replaces your doctor, nurse or pharmacist."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        outer.addWidget(note)
        self.cards = QTextBrowser()
        self.cards.setOpenLinks(False)  # no network, ever
        self.cards.setAccessibleName(self.tr("Your advice, warning signs first"))
        self._card_texts: list[str] = []
        outer.addWidget(self.cards, 1)
        self._advice_widgets = [intro, blurb, self.routine_button, heading, note, self.cards]
        self._outer = outer
        self.player: ReliefPlayer | None = None
        self._playing = ""  # the id of the plan playing
        diary.changed.connect(self.mark_stale)
        diary.profile_changed.connect(self.mark_stale)
        diary.ready.connect(self.mark_stale)

    def start_routine(self, plan: ReliefPlan | None = None) -> None:
        """Play the evening routine (or another prevention plan) here; it is not logged."""
        plan = plan or plan_library().plan(EVENING_PLAN)
        if plan is None or self.player is not None:
            return
        advice = current_advice(self.diary) if self.diary.is_ready else None
        self.player = make_player(
            plan, side="right", advice=advice, settings=current_settings(), lang=i18n.language()
        )
        self._playing = plan.id
        self.player.finished.connect(self._routine_finished)
        for widget in self._advice_widgets:
            widget.hide()
        self._outer.addWidget(self.player, 1)
        self.player.show()
        self.player.setFocus()

    def _routine_finished(self, _steps: list[str], ended_early: bool) -> None:
        assert self.player is not None
        self.player.hide()
        self.player.deleteLater()
        self.player = None
        for widget in self._advice_widgets:
            widget.show()
        self.routine_button.setFocus()
        if ended_early:
            self.status.emit(self.tr("Routine stopped."))
            return
        said = self.tr("Routine done. Sleep well.")
        if self._playing == EVENING_PLAN:
            problem = self._count_routine()
            said = said if problem is None else f"{said} {problem}"
        self.status.emit(said)

    def _count_routine(self) -> str | None:
        """Tonight's check-in says the routine was done; what went wrong, if anything."""
        try:
            self.diary.nights.mark_routine_done(current_night())
        except (NightError, StoreError) as problem:
            return self.tr("Not noted in tonight's check-in: {0}").format(localized(problem))
        return None

    def card_texts(self) -> list[str]:
        """What the cards say, top to bottom (for tests and screen readers)."""
        return list(self._card_texts)

    def reload(self) -> None:
        advice = current_advice(self.diary)
        lang = i18n.language()
        self._card_texts = [f"{card_heading(i)}: {i.text(lang)}" for i in advice.items]
        html = cards_html(advice.items, rulebook().sources, current_theme(), lang)
        for name in advice.unrecognised_medications:
            line = self.tr("“{0}” is not recognised, so no advice is given for it.")
            html += f"<p>{escape(line.format(name))}</p>"
        self.cards.setHtml(html)
        self._stale = False
