"""The episode detail sheet: the same form after "It's over", for a past episode, and to edit."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crampwise.domain.episode import (
    Episode,
    EpisodeError,
    StepUse,
    local_now,
    normalise_tag,
    note_too_long,
    parse_duration,
)
from crampwise.domain.limits import MAX_DURATION, MAX_INTENSITY, MAX_NOTE_CHARS, MIN_INTENSITY
from crampwise.domain.vocab import CONTEXT_TAGS, RED_FLAG_SIGNS
from crampwise.ui.bodymap import BodyMap
from crampwise.ui.messages import localized
from crampwise.wording import (
    context_tags,
    date_time_format,
    duration_text,
    intensity_name,
    intensity_word,
    red_flag_signs,
)


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _from_qt(value: QDateTime) -> datetime:
    # Local wall clock of that moment, with the offset in force then (DST-aware).
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


class DurationSpinBox(QSpinBox):
    """How long a cramp lasted, in seconds, written the one way Crampwise writes durations
    ("2 min 48 s"). The arrows move a whole minute at a time (2 min 48 s up is 3 min); typing
    "3m", "90s" or "3 min 20 s" works too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, int(MAX_DURATION.total_seconds()))
        self.setSingleStep(60)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToPreviousValue)

    def textFromValue(self, value: int) -> str:
        return duration_text(value)

    def valueFromText(self, text: str) -> int:
        try:
            return round(parse_duration(text).total_seconds())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            seconds = parse_duration(text).total_seconds()
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        ok = 0 <= seconds <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        value = self.value()
        odd = value % 60
        if odd and steps:  # first to the whole minute in that direction
            value += 60 - odd if steps > 0 else -odd
            steps -= 1 if steps > 0 else -1
        self.setValue(value + steps * 60)


class EpisodeForm(QWidget):
    """Emits ``submitted`` with a validated episode, or ``skipped`` (the skip button or Esc).

    What the person does not touch keeps the episode's value: a leg nobody named stays
    unknown, and so does whether the cramp woke them.
    """

    submitted = Signal(object)
    skipped = Signal()

    def __init__(
        self,
        *,
        past_presets: bool = False,
        skip_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._base: Episode | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions themselves
        self.scroll_area = scroll
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        lay = QVBoxLayout(body)
        lay.setSpacing(14)

        for section in (
            self._relief_section(),
            self._when_section(past_presets),
            self._where_section(),
            self._strength_section(),
            self._sleep_section(),
            self._triggers_section(),
            self._flags_section(),
            self._note_section(),
        ):
            lay.addWidget(section)

        # --- actions --------------------------------------------------------------------
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(skip_text or self.tr("Later"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the details"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.save_button.clicked.connect(self._submit)
        self.skip_button.clicked.connect(self.skipped)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.skip_button.click)

        self.load(Episode(started_at=local_now(), ended_at=local_now() + timedelta(minutes=2)))

    # --- the sections, top to bottom ---------------------------------------------------

    def _relief_section(self) -> QWidget:
        """Did the relief steps help: first on the sheet and in the Tab order; one tap answers."""
        relief = QGroupBox(self.tr("Did the relief steps help?"))
        helped_row = QHBoxLayout(relief)
        self.helped_group = QButtonGroup(self)
        for ident, text in (
            (1, self.tr("Relief helped")),
            (0, self.tr("Didn't help")),
            (2, self.tr("Not sure")),
        ):
            btn = QPushButton(text)
            btn.setCheckable(True)
            btn.setAccessibleName(text)
            btn.setAccessibleDescription(self.tr("Did the relief steps help?"))
            self.helped_group.addButton(btn, ident)
            helped_row.addWidget(btn)
        self.helped_group.button(2).setChecked(True)
        return relief

    def _when_section(self, past_presets: bool) -> QWidget:
        """When it began, how long it lasted; ``past_presets``: buttons for the usual times."""
        when = QGroupBox(self.tr("When"))
        wl = QGridLayout(when)
        self.start_edit = QDateTimeEdit()
        self.start_edit.setDisplayFormat(date_time_format())
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.duration_spin = DurationSpinBox()
        self.duration_spin.setAccessibleName(self.tr("How long it lasted"))
        self.duration_spin.setAccessibleDescription(
            self.tr("Arrows change it a minute at a time; or type 3 min 20 s.")
        )
        self.started_title = QLabel(self.tr("Started"))
        self.started_title.setBuddy(self.start_edit)
        lasted = QLabel(self.tr("Lasted"))
        lasted.setBuddy(self.duration_spin)
        wl.addWidget(self.started_title, 0, 0)
        wl.addWidget(self.start_edit, 0, 1)
        wl.addWidget(lasted, 1, 0)
        wl.addWidget(self.duration_spin, 1, 1)
        if past_presets:
            presets = QGridLayout()  # two rows: French words are longer
            for i, (text, name, make) in enumerate(
                (
                    (self.tr("Last night 3:00"), self.tr("Started last night at 3:00"),
                     self._last_night),
                    (self.tr("Just now"), self.tr("Started just now"), lambda: local_now()),
                    (self.tr("15 min ago"), self.tr("Started 15 minutes ago"),
                     lambda: local_now() - timedelta(minutes=15)),
                    (self.tr("30 min ago"), self.tr("Started 30 minutes ago"),
                     lambda: local_now() - timedelta(minutes=30)),
                    (self.tr("60 min ago"), self.tr("Started 60 minutes ago"),
                     lambda: local_now() - timedelta(minutes=60)),
                )
            ):  # fmt: skip
                btn = QPushButton(text)
                btn.setAccessibleName(name)
                btn.clicked.connect(
                    lambda _=False, m=make: self.start_edit.setDateTime(_to_qt(m()))
                )
                presets.addWidget(btn, i // 3, i % 3)
            about = QPushButton(self.tr("About 2 minutes long"))
            about.setAccessibleName(self.tr("It lasted about 2 minutes"))
            about.clicked.connect(lambda: self.duration_spin.setValue(120))
            presets.addWidget(about, 1, 2)
            wl.addLayout(presets, 2, 0, 1, 2)
        return when

    def _where_section(self) -> QWidget:
        """Where: the body map."""
        where = QGroupBox(self.tr("Where (tap the leg)"))
        wherel = QVBoxLayout(where)
        self.body_map = BodyMap()
        self._map_touched = False
        self.body_map.selectionChanged.connect(lambda: setattr(self, "_map_touched", True))
        wherel.addWidget(self.body_map)
        return where

    def _strength_section(self) -> QWidget:
        """How strong: eleven buttons, 0 to 10."""
        strength = QGroupBox(self.tr("How strong (0 = barely, 10 = worst)"))
        sl = QHBoxLayout(strength)
        self.intensity_group = QButtonGroup(self)
        self.intensity_group.setExclusive(False)  # a second press clears the choice
        for value in range(MIN_INTENSITY, MAX_INTENSITY + 1):
            btn = QPushButton(str(value))
            btn.setCheckable(True)
            btn.setAutoExclusive(True)  # one of eleven: screen readers say "radio button"
            btn.setMinimumSize(44, 44)
            btn.setAccessibleName(intensity_name(value))
            btn.setAccessibleDescription(intensity_word(value))
            self.intensity_group.addButton(btn, value)
            sl.addWidget(btn)
        self.intensity_group.idToggled.connect(self._intensity_toggled)
        return strength

    def _sleep_section(self) -> QWidget:
        """Whether it woke the person, and how long sleep took to come back."""
        sleep = QGroupBox(self.tr("Sleep"))
        sll = QGridLayout(sleep)
        self.woke_check = QCheckBox(self.tr("It woke me up"))
        self.sleep_spin = QSpinBox()
        self.sleep_spin.setRange(0, 600)
        self.sleep_spin.setSuffix(self.tr(" min"))
        self.sleep_spin.setSpecialValueText(self.tr("not sure"))
        self.sleep_spin.setAccessibleName(self.tr("Minutes to fall asleep again"))
        sll.addWidget(self.woke_check, 0, 0)
        asleep = QLabel(self.tr("Minutes to fall asleep again"))
        asleep.setBuddy(self.sleep_spin)
        asleep.setWordWrap(True)
        sll.addWidget(asleep, 1, 0)
        sll.addWidget(self.sleep_spin, 1, 1)
        return sleep

    def _triggers_section(self) -> QWidget:
        """The possible triggers, and the person's own."""
        triggers = QGroupBox(self.tr("Possible triggers"))
        tl = QGridLayout(triggers)
        self.tag_checks: dict[str, QCheckBox] = {}
        for i, (tag, label) in enumerate(context_tags().items()):
            check = QCheckBox(label)
            self.tag_checks[tag] = check
            tl.addWidget(check, i // 2, i % 2)
        self.own_tags = QLineEdit()
        self.own_tags.setPlaceholderText(self.tr("Your own, separated by commas (e.g. long walk)"))
        self.own_tags.setAccessibleName(self.tr("Your own triggers"))
        self.own_tags.setAccessibleDescription(self.tr("Separate them with commas."))
        tl.addWidget(self.own_tags, (len(CONTEXT_TAGS) + 1) // 2, 0, 1, 2)
        return triggers

    def _flags_section(self) -> QWidget:
        """The warning signs."""
        flags = QGroupBox(self.tr("Warning signs (tick any you noticed)"))
        fl = QVBoxLayout(flags)
        self.flag_checks: dict[str, QCheckBox] = {}
        for flag, label in red_flag_signs(retired=True).items():
            check = QCheckBox(label)
            self.flag_checks[flag] = check
            fl.addWidget(check)
        return flags

    def _note_section(self) -> QWidget:
        """The note."""
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Notes"))
        self.note_edit.setAccessibleName(self.tr("Notes"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        return self.note_edit

    @staticmethod
    def _last_night() -> datetime:
        now = local_now()
        three = now.replace(hour=3, minute=0, second=0, microsecond=0)
        return three if three <= now else three - timedelta(days=1)

    def _intensity_toggled(self, ident: int, checked: bool) -> None:
        if checked:
            for btn in self.intensity_group.buttons():
                if self.intensity_group.id(btn) != ident:
                    btn.setChecked(False)

    # --- in and out ---------------------------------------------------------------------

    def load(self, episode: Episode) -> None:
        self._base = episode
        self.error_label.hide()
        self.start_edit.setDateTime(_to_qt(episode.started_at))
        duration = episode.duration or timedelta(minutes=2)
        self.duration_spin.setValue(max(0, round(duration.total_seconds())))
        self.body_map.set_selection(episode.side, episode.locations)
        self._map_touched = False
        for btn in self.intensity_group.buttons():
            btn.setChecked(self.intensity_group.id(btn) == episode.intensity)
        self.woke_check.setChecked(bool(episode.woke_from_sleep))
        self._woke_loaded = self.woke_check.isChecked()
        self.sleep_spin.setValue(episode.minutes_to_sleep_again or 0)
        helped = {True: 1, False: 0, None: 2}[episode.helped]
        self.helped_group.button(helped).setChecked(True)
        for tag, check in self.tag_checks.items():
            check.setChecked(tag in episode.tags)
        self.own_tags.setText(", ".join(sorted(t for t in episode.tags if t not in CONTEXT_TAGS)))
        for flag, check in self.flag_checks.items():
            check.setChecked(flag in episode.red_flags)
            # A retired sign is shown only on an older episode that carries it, so it is kept.
            check.setVisible(flag in RED_FLAG_SIGNS or flag in episode.red_flags)
        self.note_edit.setPlainText(episode.note)

    def episode(self) -> Episode:
        """The episode as the form shows it; raises ``EpisodeError`` with a plain message."""
        assert self._base is not None
        start = _from_qt(self.start_edit.dateTime())
        # Keep seconds from the stored start when the minute did not change.
        base_start = self._base.started_at
        if start.replace(second=0) == base_start.replace(second=0, microsecond=0):
            start = base_start
        seconds = self.duration_spin.value()
        base_dur = self._base.duration
        if base_dur is not None and round(base_dur.total_seconds()) == seconds:
            end = start + base_dur
        else:
            end = start + timedelta(seconds=seconds)
        tags = {t for t, c in self.tag_checks.items() if c.isChecked()}
        tags |= {normalise_tag(t) for t in self.own_tags.text().split(",") if t.strip()}
        intensity = self.intensity_group.checkedId()
        helped = {1: True, 0: False}.get(self.helped_group.checkedId())
        # The answer is about the steps gone through: Insights shows what helped, step by step.
        steps = tuple(
            StepUse(use.step_id, use.helped if helped is None else helped)
            for use in self._base.steps
        )
        note = self.note_edit.toPlainText()
        if len(note) > MAX_NOTE_CHARS:
            raise EpisodeError("note", note_too_long())
        side, locations = self._base.side, self._base.locations
        if self._map_touched:
            side, locations = self.body_map.side(), self.body_map.locations()
        woke = self._base.woke_from_sleep
        if self.woke_check.isChecked() != self._woke_loaded:
            woke = self.woke_check.isChecked()
        return self._base.replace(
            started_at=start,
            ended_at=end,
            side=side,
            locations=locations,
            intensity=intensity if intensity >= 0 else None,
            woke_from_sleep=woke,
            minutes_to_sleep_again=self.sleep_spin.value() or None,
            helped=helped,
            steps=steps,
            tags=frozenset(tags),
            red_flags=frozenset(f for f, c in self.flag_checks.items() if c.isChecked()),
            note=note,
        ).validated()

    def _submit(self) -> None:
        try:
            episode = self.episode()
        except EpisodeError as exc:
            self.show_error(localized(exc.prompt()))
            return
        self.error_label.hide()
        self.submitted.emit(episode)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def focus_first(self) -> None:
        """The sheet from its top, with the keyboard on "Did the relief steps help?"."""
        self.scroll_area.verticalScrollBar().setValue(0)
        answer = self.helped_group.checkedButton() or self.helped_group.buttons()[0]
        answer.setFocus(Qt.FocusReason.OtherFocusReason)
