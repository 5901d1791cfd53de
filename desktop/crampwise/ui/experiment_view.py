"""“Try a habit for a few weeks and see”: the personal experiment in the window (issue 16).

- :class:`PlanCalendar`: the stored plan, one row per week, "on" weeks in the accent colour;
- :class:`ExperimentSetupDialog`: pick a habit (those the health profile rules out are listed
  with why), or type one's own, pick 4, 6 or 8 weeks, Start; then the plan as a calendar.
  What the domain refuses (a medicine as a habit, a second experiment) is shown in the dialog;
- :class:`ExperimentPanel`: Insights' section: week N of M and tonight's arm, Stop early (after
  a confirmation), the result (:func:`crampwise.report.nights.experiment_html`, as in the
  report), and the button that opens the set-up when none runs.

Everything goes through ``diary.nights`` (:mod:`crampwise.ui.diary_nights`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crampwise import i18n
from crampwise.domain.episode import local_now
from crampwise.domain.experiments import WEEKS_CHOICES, Arm, Experiment
from crampwise.domain.habits import MAX_OWN_HABIT_CHARS, OWN_HABIT, ExperimentError, Habits
from crampwise.domain.profile import HealthProfile
from crampwise.report.nights import experiment_html, habit_name
from crampwise.storage.schema import StoreError
from crampwise.ui.messages import localized
from crampwise.ui.theme import current_theme
from crampwise.wording import day_month

if TYPE_CHECKING:
    from crampwise.ui.diary import Diary

Today = Callable[[], date]
Confirm = Callable[[QWidget, str], bool]


def _today() -> date:
    return local_now().date()


def ask_confirm(parent: QWidget, question: str) -> bool:
    """A yes/no question; tests replace it."""
    answer = QMessageBox.question(parent, parent.tr("Stop the experiment?"), question)
    return answer == QMessageBox.StandardButton.Yes


def _habits() -> Habits:  # the service's, read once
    from crampwise.service_nights import habits

    return habits()


class PlanCalendar(QWidget):
    """The plan: per week, its number, "on" or "off", and its seven nights (day of month)."""

    def __init__(self, experiment: Experiment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme = current_theme()
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        self.arm_labels: list[QLabel] = []
        for row, block in enumerate(experiment.blocks):
            on = block.arm is Arm.ON
            week = QLabel(self.tr("Week {0}").format(row + 1))
            arm = QLabel(self.tr("On: do it") if on else self.tr("Off: as usual"))
            arm.setProperty("arm", str(block.arm))
            fill = theme.accent if on else theme.surface
            ink = theme.accent_text if on else theme.text
            style = (
                f"background:{fill}; color:{ink}; border:1px solid {theme.border}; "
                "padding:4px 8px; border-radius:4px;"
            )
            arm.setStyleSheet(style + " font-weight:600;")
            grid.addWidget(week, row, 0)
            grid.addWidget(arm, row, 1)
            for i in range(7):
                night = block.start + timedelta(days=i)
                day = QLabel(day_month(night) if i in (0, 6) else str(night.day))
                day.setAlignment(Qt.AlignmentFlag.AlignCenter)
                day.setStyleSheet(style)
                grid.addWidget(day, row, 2 + i)
            self.arm_labels.append(arm)

    def arms(self) -> list[str]:
        """ "on" or "off" for each week shown, in order."""
        return [str(label.property("arm")) for label in self.arm_labels]


class ExperimentSetupDialog(QDialog):
    """Pick a habit and a length; Start plans and stores it, then shows the plan."""

    started = Signal(object)  # the stored Experiment

    def __init__(self, diary: Diary, parent: QWidget | None = None, *, today: Today = _today):
        super().__init__(parent)
        self.diary = diary
        self.today = today
        self.experiment: Experiment | None = None
        self.setWindowTitle(self.tr("Try a habit for a few weeks and see"))
        lang = i18n.language()
        profile = diary.profile() or HealthProfile()
        habits = _habits()

        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Crampwise plans weeks “on” (with the habit) and “off” (as usual), in pairs in a "
                "random order, and compares your nights. Keep recording your nights, with or "
                "without cramps."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.habit_box = QComboBox()
        for habit in habits.offered(profile):
            self.habit_box.addItem(habit.name.get(lang), habit.id)
        form.addRow(self._buddy(self.tr("&Habit:"), self.habit_box), self.habit_box)
        self.own_edit = QLineEdit()
        self.own_edit.setMaxLength(MAX_OWN_HABIT_CHARS)
        self.own_edit.setPlaceholderText(self.tr("for example: a banana at dinner"))
        self.own_label = self._buddy(self.tr("&Your habit:"), self.own_edit)
        form.addRow(self.own_label, self.own_edit)
        self.weeks_box = QComboBox()
        for weeks in WEEKS_CHOICES:
            self.weeks_box.addItem(self.tr("{0} weeks").format(weeks), weeks)
        form.addRow(self._buddy(self.tr("&Length:"), self.weeks_box), self.weeks_box)
        lay.addLayout(form)

        ruled_out = [
            self.tr("Not offered: “{habit}”, because {why}.").format(
                habit=habit.name.get(lang), why=because.get(lang)
            )
            for habit in habits.habits.values()
            if (because := habits.unsafe_because(habit, profile)) is not None
        ]
        self.ruled_out = QLabel("\n".join(ruled_out))
        self.ruled_out.setWordWrap(True)
        self.ruled_out.setProperty("role", "muted")
        self.ruled_out.setVisible(bool(ruled_out))
        lay.addWidget(self.ruled_out)
        medicines = QLabel(
            self.tr(
                "Medicines are not a habit to try on and off: never stop or change one yourself."
            )
        )
        medicines.setWordWrap(True)
        medicines.setProperty("role", "muted")
        lay.addWidget(medicines)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        lay.addWidget(self.error)
        self.plan_holder = QVBoxLayout()
        lay.addLayout(self.plan_holder)
        self.plan: PlanCalendar | None = None

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)
        lay.addLayout(buttons)

        self.habit_box.currentIndexChanged.connect(self._habit_changed)
        self._habit_changed()
        self.habit_box.setFocus()

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _habit_changed(self) -> None:
        own = self.habit_box.currentData() == OWN_HABIT
        self.own_edit.setVisible(own)
        self.own_label.setVisible(own)

    def start(self) -> Experiment | None:
        """Plan and store; on a refusal, say why here and store nothing."""
        habit_id = str(self.habit_box.currentData())
        own = self.own_edit.text() if habit_id == OWN_HABIT else ""
        try:
            experiment = self.diary.nights.start_experiment(
                habit_id, int(self.weeks_box.currentData()), today=self.today(), own_habit=own
            )
        except (ExperimentError, StoreError) as exc:
            self.error.setText(localized(exc))
            self.error.show()
            return None
        self.error.hide()
        self.experiment = experiment
        self.plan = PlanCalendar(experiment)
        title = QLabel(self.tr("Your plan: start tonight."))
        title.setStyleSheet("font-size:13pt; font-weight:600;")
        self.plan_holder.addWidget(title)
        self.plan_holder.addWidget(self.plan)
        title.show()  # at once, not when the layout gets round to it
        self.plan.show()
        for widget in (self.habit_box, self.own_edit, self.weeks_box):
            widget.setEnabled(False)
        self.start_button.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.started.emit(experiment)
        return experiment


class ExperimentPanel(QWidget):
    """Insights' experiment section: the status, Stop early, the result, or Try a habit."""

    def __init__(self, diary: Diary, parent: QWidget | None = None, *, today: Today = _today):
        super().__init__(parent)
        self.diary = diary
        self.today = today
        self.confirm: Confirm = ask_confirm
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QLabel(self.tr("Try a habit for a few weeks and see"))
        head.setStyleSheet("font-size:12pt; font-weight:600;")
        lay.addWidget(head)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setStyleSheet("font-size:12pt;")
        lay.addWidget(self.status_label)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.result_label)
        row = QHBoxLayout()
        self.setup_button = QPushButton(self.tr("Try a &habit…"))
        self.setup_button.clicked.connect(self.open_setup)
        self.stop_button = QPushButton(self.tr("Stop the e&xperiment early…"))
        self.stop_button.clicked.connect(self.stop_early)
        row.addWidget(self.setup_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.dialog: ExperimentSetupDialog | None = None
        diary.nights.changed.connect(self.refresh)  # a check-in counts in the result at once
        self.refresh()

    def refresh(self) -> None:
        today = self.today()
        nights = self.diary.nights
        latest = nights.latest_experiment()
        running = nights.current_experiment(today)
        self.setup_button.setVisible(running is None)
        self.stop_button.setVisible(running is not None)
        if latest is None:
            self.status_label.setText(
                self.tr(
                    "Does a habit help your cramps? Try it in some weeks and not in others, "
                    "and compare your nights."
                )
            )
            self.result_label.hide()
            return
        habit = _habits().get(latest.habit)
        name = habit_name(latest, habit)
        self.status_label.setText(localized(latest.status_on(today).sentence(name)))
        muted = current_theme().muted_text
        result = nights.experiment_result(today)
        self.result_label.setText(experiment_html(latest, habit, result, muted))
        self.result_label.show()

    def open_setup(self) -> ExperimentSetupDialog:
        self.dialog = ExperimentSetupDialog(self.diary, self, today=self.today)
        self.dialog.started.connect(lambda _experiment: self.refresh())
        self.dialog.open()
        return self.dialog

    def stop_early(self) -> bool:
        question = self.tr(
            "Stop the experiment now? Last night still counts; the result will use the nights "
            "recorded so far."
        )
        if not self.confirm(self, question):
            return False
        try:
            self.diary.nights.stop_experiment(self.today())
        except (ExperimentError, StoreError) as exc:
            self.status_label.setText(localized(exc))
            return False
        self.refresh()
        return True


def experiment_section(diary: Diary, today: Today = _today) -> ExperimentPanel:
    """The experiment section for Insights (``today`` as the page's, so demos can pin it)."""
    return ExperimentPanel(diary, today=today)
