"""The morning question: "Last night?" with *No cramps* and *I had cramps*, one press each.

Shown on the first open of a day after an unrecorded night (``needs_morning_question``). The
day it was last asked is kept in memory (this run of the app): opened again the same day, it
stays as it was; a new day asks afresh. It never takes the keyboard focus (Cramp now keeps it)
and never blocks anything: it is a strip above the page, easy to ignore, with *Not now*.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crampwise.domain.habits import ExperimentError
from crampwise.domain.nights import CheckIn, NightError, NightStatus, needs_morning_question
from crampwise.storage.schema import StoreError
from crampwise.ui.checkin import current_night
from crampwise.ui.diary import Diary
from crampwise.ui.messages import localized


class MorningQuestion(QFrame):
    """``answered(date)``: *No cramps* was saved for that night. ``hadCramps(date)``: the person
    had cramps that night (connect it to "Add a past episode" with the night preset)."""

    answered = Signal(object)
    hadCramps = Signal(object)
    asked = Signal(object)  # the day it was asked: the window keeps it in the settings

    def __init__(
        self, diary: Diary, parent: QWidget | None = None, *, last_asked: date | None = None
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setObjectName("morningQuestion")
        self.last_asked = last_asked  # once a day, even across restarts
        self.night: date | None = None  # the night asked about, while shown
        self._now: datetime | None = None
        # The question, then its answers on one row: narrow enough for French beside the
        # navigation on a 1024-pixel-wide window.
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.question = QLabel(self.tr("Last night?"))
        self.question.setProperty("role", "title")
        self.no_button = QPushButton(self.tr("No cramps"))
        self.yes_button = QPushButton(self.tr("I had cramps"))
        self.later_button = QPushButton(self.tr("Not now"))
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(self.question)
        column.addLayout(row)
        for button in (self.no_button, self.yes_button):
            # Large, but not in Cramp now's colour: the question must not look like it.
            button.setMinimumHeight(52)
            button.setMinimumWidth(150)
        for button in (self.no_button, self.yes_button, self.later_button):
            button.setAutoDefault(False)
            # Reached by Tab or a click, never given the focus by itself.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus | Qt.FocusPolicy.ClickFocus)
            row.addWidget(button)
        row.addWidget(self.error_label, 1)
        row.addStretch(1)
        self.no_button.clicked.connect(self.no_cramps)
        self.yes_button.clicked.connect(self.had_cramps)
        self.later_button.clicked.connect(self.dismiss)
        self.hide()

    def refresh(self, now: datetime) -> None:
        """Show the question if ``now`` calls for it; hide it once last night is recorded."""
        self._now = now
        yesterday = now.date() - timedelta(days=1)
        try:
            recorded = {n.night for n in self.diary.nights.nights_between(yesterday, yesterday)
                        if n.recorded}  # fmt: skip
        except StoreError:
            return  # the diary is not open yet: ask later
        if self.night is not None:  # already asked today: stays until answered or recorded
            if self.night in recorded or self.night != yesterday:
                self._close()
            return
        if needs_morning_question(now, recorded, last_asked=self.last_asked):
            self.last_asked = now.date()
            self.asked.emit(self.last_asked)
            self.night = yesterday
            self.question.setAccessibleName(self.tr("Last night? Any cramps?"))
            self.show()

    def no_cramps(self) -> None:
        """Record last night as cramp-free (keeping the evening's check-in)."""
        night = self.night
        if night is None:
            return
        try:
            existing = self.diary.nights.checkin(night)
            checkin = CheckIn(night) if existing is None else existing
            today = current_night(self._now)
            self.diary.nights.record_checkin(
                replace(checkin, status=NightStatus.NO_CRAMPS), today=today
            )
        except (NightError, ExperimentError, StoreError) as problem:
            self.error_label.setText(self.tr("Not saved: {0}").format(localized(problem)))
            self.error_label.show()
            return
        self._close()
        self.answered.emit(night)

    def had_cramps(self) -> None:
        night = self.night
        if night is None:
            return
        self._close()
        self.hadCramps.emit(night)

    def dismiss(self) -> None:
        """Not now: not asked again today."""
        self._close()

    def _close(self) -> None:
        self.error_label.hide()
        self.hide()
        self.night = None
