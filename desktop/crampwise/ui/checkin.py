"""The evening check-in: what the day held, in ten seconds, on one screen, by keyboard alone.

The factors are big toggle buttons (Tab moves, Space ticks, Enter saves). "Evening routine
done" is ticked by itself once the routine was played that evening (the night's check-in says
so). During a personal experiment a line says whether this is an "on" or an "off" week, with the
habit's tick when the habit is known only by a tick. Saving goes through
``diary.nights.record_checkin``; a refusal is shown in the dialog and nothing typed is lost.
Opened again the same evening, it shows what was saved, to edit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crampwise import i18n
from crampwise.domain.episode import night_of
from crampwise.domain.habits import DONE_BY_TICK, OWN_HABIT, ExperimentError
from crampwise.domain.nights import CHECKIN_FACTORS, MAX_DRINKS, CheckIn, NightError, NightStatus
from crampwise.settings import current_settings
from crampwise.storage.schema import StoreError
from crampwise.ui.diary import Diary
from crampwise.ui.messages import localized
from crampwise.wording import context_tag_label, night_text

_REFUSED = (NightError, ExperimentError, StoreError)


def current_night(now: datetime | None = None) -> date:
    """The night going on now, by the cut-over hour (an evening check-in is for it)."""
    return night_of(now or datetime.now(), current_settings().night_cutover_hour)


def experiment_week(diary: Diary, night: date) -> tuple[str, str | None] | None:
    """During an experiment: what ``night`` is ("Week 2 of 4: an “on” week…") and, on an "on"
    night of a habit known only by a tick, the tick's words; ``None`` otherwise."""
    try:
        experiment = diary.nights.current_experiment(night)
    except StoreError:
        return None
    if experiment is None:
        return None
    status = experiment.status_on(night)
    if status.state not in ("on", "off"):
        return None
    from crampwise.service_nights import habits

    habit = habits().get(experiment.habit)
    lang = i18n.language()
    own = experiment.own_habit if habit.id == OWN_HABIT else ""
    sentence = localized(status.sentence(own or habit.name.get(lang)))
    ticked = habit.done_by == DONE_BY_TICK and status.state == "on"
    return sentence, (own or habit.tick.get(lang)) if ticked else None


def experiment_line(diary: Diary, now: datetime | None = None) -> str | None:
    """Tonight's week of the experiment in words (the bedtime reminder), or ``None``."""
    week = experiment_week(diary, current_night(now))
    return None if week is None else week[0]


class CheckInDialog(QDialog):
    """One night's check-in; ``saved`` carries the check-in as stored."""

    saved = Signal(object)

    def __init__(self, diary: Diary, night: date, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.night = night
        self.today = today
        self.setWindowTitle(self.tr("Evening check-in"))
        self.setObjectName("checkin")
        self._habit_tick: QPushButton | None = None
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        title = QLabel(self.tr("Evening check-in"))
        title.setProperty("role", "title")
        lay.addWidget(title)
        when = QLabel(night_text(night))
        when.setProperty("role", "muted")
        lay.addWidget(when)
        self.experiment_label = QLabel()
        self.experiment_label.setProperty("role", "banner")
        self.experiment_label.setWordWrap(True)
        self.experiment_label.hide()
        lay.addWidget(self.experiment_label)
        question = QLabel(self.tr("What was today like? Tick what applies."))
        question.setWordWrap(True)
        lay.addWidget(question)
        lay.addLayout(self._build_factors())
        lay.addLayout(self._build_own())
        self.routine_button = self._toggle(self.tr("Evening routine done"))
        lay.addWidget(self.routine_button)
        self.no_cramps_button: QPushButton | None = None
        self.cramps_button: QPushButton | None = None
        if night < today:  # the night is over: how did it go?
            lay.addLayout(self._build_status())
        self._build_experiment(lay)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        lay.addWidget(self.error_label)
        lay.addLayout(self._build_buttons())
        self._existing: CheckIn | None = None
        self._load()

    # --- building -----------------------------------------------------------------------

    def _toggle(self, text: str) -> QPushButton:
        """A big button that stays pressed; a tick says so beside the colour."""
        button = QPushButton(text)
        button.setCheckable(True)
        button.setAutoDefault(False)  # Enter saves, wherever the focus is
        button.setMinimumHeight(52)
        button.setAccessibleName(text)
        button.toggled.connect(lambda on: button.setText(f"✓ {text}" if on else text))
        return button

    def _factor_label(self, factor: str) -> str:
        """The check-in asks about the day: its own words where they differ from an episode's."""
        words = {
            "caffeine": self.tr("Caffeine after 2 p.m."),
            "heavy_sweating": self.tr("Heavy sweating or a hot day"),
            "medication_change": self.tr("A new or changed medicine"),
        }
        return words.get(factor) or context_tag_label(factor)

    def _build_factors(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(10)
        self.factor_buttons: dict[str, QPushButton] = {}
        for factor in CHECKIN_FACTORS:
            button = self._toggle(self._factor_label(factor))
            button.setMinimumWidth(260)
            self.factor_buttons[factor] = button
        self.drinks = QSpinBox()
        self.drinks.setRange(0, MAX_DRINKS)
        self.drinks.setSpecialValueText(self.tr("How many?"))
        self.drinks.setSuffix(self.tr(" drink(s)", "", 1))
        self.drinks.setMinimumHeight(44)
        self.drinks.setAccessibleName(self.tr("Number of drinks"))
        self.drinks.valueChanged.connect(self._drinks_changed)
        self.factor_buttons["alcohol"].toggled.connect(self._alcohol_toggled)
        for i, factor in enumerate(CHECKIN_FACTORS):
            cell: QWidget = self.factor_buttons[factor]
            if factor == "alcohol":  # the number of drinks beside it, next in the Tab order
                cell = QWidget()
                row = QHBoxLayout(cell)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(self.factor_buttons[factor], 1)
                row.addWidget(self.drinks)
            grid.addWidget(cell, i // 2, i % 2)
        return grid

    def _build_own(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Anything else:"))
        self.own_edit = QLineEdit()
        self.own_edit.setPlaceholderText(self.tr("your own words, separated by commas"))
        self.own_edit.setAccessibleName(self.tr("Your own factors, separated by commas"))
        self.own_edit.setMinimumHeight(44)
        label.setBuddy(self.own_edit)
        row.addWidget(label)
        row.addWidget(self.own_edit, 1)
        return row

    def _build_status(self) -> QHBoxLayout:
        """No cramps / I had cramps: at most one pressed; neither leaves the night unknown."""
        row = QHBoxLayout()
        label = QLabel(self.tr("That night:"))
        row.addWidget(label)
        self.no_cramps_button = self._toggle(self.tr("No cramps"))
        self.cramps_button = self._toggle(self.tr("I had cramps"))
        pair = (self.no_cramps_button, self.cramps_button)
        for button, other in (pair, pair[::-1]):
            button.toggled.connect(lambda on, other=other: on and other.setChecked(False))
            row.addWidget(button, 1)
        return row

    def _build_experiment(self, lay: QVBoxLayout) -> None:
        """The on/off line, and the habit's tick where only a tick can tell."""
        week = experiment_week(self.diary, self.night)
        if week is None:
            return
        sentence, tick = week
        self.experiment_label.setText(sentence)
        self.experiment_label.show()
        if tick is not None:
            self._habit_tick = self._toggle(tick)
            lay.addWidget(self._habit_tick)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumWidth(160)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # --- data ---------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            existing = self.diary.nights.checkin(self.night)
        except StoreError as problem:
            self.show_error(localized(problem))
            return
        self._existing = existing
        if existing is None:
            return
        for factor, button in self.factor_buttons.items():
            button.setChecked(factor in existing.factors)
        self.drinks.setValue(existing.drinks or 0)
        self.own_edit.setText(existing.own_factors)
        self.routine_button.setChecked(existing.routine_done)
        if self.no_cramps_button is not None and self.cramps_button is not None:
            self.no_cramps_button.setChecked(existing.status is NightStatus.NO_CRAMPS)
            self.cramps_button.setChecked(existing.status is NightStatus.CRAMPS)
        if self._habit_tick is not None:
            self._habit_tick.setChecked(bool(existing.habit_done))

    def _alcohol_toggled(self, on: bool) -> None:
        if not on:
            self.drinks.setValue(0)

    def _drinks_changed(self, value: int) -> None:
        self.drinks.setSuffix(self.tr(" drink(s)", "", value))
        if value > 0:
            self.factor_buttons["alcohol"].setChecked(True)

    def checkin(self) -> CheckIn:
        """The check-in as the dialog shows it (the night's status and other fields kept)."""
        factors = frozenset(f for f, b in self.factor_buttons.items() if b.isChecked())
        drinks = self.drinks.value() or None
        base = self._existing or CheckIn(self.night)
        habit_done = base.habit_done
        if self._habit_tick is not None:
            habit_done = self._habit_tick.isChecked()
        status = base.status
        if self.no_cramps_button is not None and self.cramps_button is not None:
            status = (
                NightStatus.NO_CRAMPS
                if self.no_cramps_button.isChecked()
                else NightStatus.CRAMPS
                if self.cramps_button.isChecked()
                else None
            )
        return replace(
            base,
            status=status,
            factors=factors,
            drinks=drinks,
            own_factors=self.own_edit.text(),
            routine_done=self.routine_button.isChecked(),
            habit_done=habit_done,
        )

    def save(self) -> None:
        try:
            checkin = self.checkin()
            self.diary.nights.record_checkin(checkin, today=self.today)
        except _REFUSED as problem:
            self.show_error(self.tr("Not saved: {0}").format(localized(problem)))
            return
        self.error_label.hide()
        self.saved.emit(checkin)
        self.accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def open_checkin(
    diary: Diary, parent: QWidget | None, *, night: date | None = None, today: date | None = None
) -> CheckInDialog:
    """Open the check-in of ``night`` (default: tonight) as a window-modal dialog.

    ``today`` is the night going on now (``night_of(now, cutover)``); a later night is refused.
    """
    today = today or current_night()
    dialog = CheckInDialog(diary, night or today, today, parent)
    dialog.open()
    dialog.factor_buttons[CHECKIN_FACTORS[0]].setFocus()
    return dialog
