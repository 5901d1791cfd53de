"""The plan editor's timing section: hold, repetitions and rest of the step selected in the
plan, with a button back to the step's usual timing."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from crampwise.relief.plans import HOLD_RANGE, REPETITIONS_RANGE, REST_RANGE, ReliefStep
from crampwise.ui.plan_parts import make_button, make_label, plan_lang, step_timing


class StepTiming(QWidget):
    """The selected step's timing. ``changed(hold, repetitions, rest)`` when the person sets
    it; :meth:`show_step` shows a step (or none) without emitting."""

    changed = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._usual: ReliefStep | None = None
        seconds = self.tr(" s", "a suffix: seconds")
        self.hold_spin = self._spin(HOLD_RANGE, seconds, self.tr("Hold, in seconds"))
        self.reps_spin = self._spin(REPETITIONS_RANGE, "", self.tr("Repetitions"))
        self.rest_spin = self._spin(
            REST_RANGE, seconds, self.tr("Rest after each hold, in seconds")
        )
        for spin in self.spins():
            spin.valueChanged.connect(self._on_spin)
        self.usual_label = make_label("", "muted")
        self.usual_button = make_button(
            self.tr("Usual timing"), self.tr("Use the step's usual timing"), self.reset
        )
        self.timing_box = QWidget()
        grid = QGridLayout(self.timing_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, (text, spin) in enumerate(
            (
                (self.tr("&Hold"), self.hold_spin),
                (self.tr("R&epetitions"), self.reps_spin),
                (self.tr("Res&t"), self.rest_spin),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(spin)
            grid.addWidget(caption, 0, col)
            grid.addWidget(spin, 1, col)
        grid.addWidget(self.usual_button, 1, 3)
        self.heading = make_label(self.tr("Timing of the selected step"), wrap=False)
        self.bold = QFont(self.heading.font())  # the editor's other headings share it
        self.bold.setBold(True)
        self.heading.setFont(self.bold)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.timing_box)
        column.addWidget(self.usual_label)

    def spins(self) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        return self.hold_spin, self.reps_spin, self.rest_spin

    def show_step(self, step: ReliefStep | None, usual: ReliefStep | None) -> None:
        """Show ``step``'s timing, and ``usual``, the step as the library has it."""
        self._usual = usual if step is not None else None
        self.timing_box.setVisible(step is not None)
        self.updateGeometry()  # the editor's column then gives the list the box's place
        for spin in self.spins():
            spin.setEnabled(step is not None)
        self.usual_button.setEnabled(step is not None)
        if step is None:
            self.usual_label.setText(self.tr("Select a step in your plan to set its timing."))
            return
        for spin, value in zip(
            self.spins(), (step.hold_seconds, step.repetitions, step.rest_seconds), strict=True
        ):
            with QSignalBlocker(spin):
                spin.setValue(value)
        self.usual_label.setText(
            self.tr("{0} · usual timing: {1}").format(
                step.title.get(plan_lang()), step_timing(usual)
            )
            if usual
            else ""
        )

    def set_timing(
        self,
        hold_seconds: int | None = None,
        repetitions: int | None = None,
        rest_seconds: int | None = None,
    ) -> None:
        """Set the timing through the spin boxes, as the person would."""
        for spin, value in zip(
            self.spins(), (hold_seconds, repetitions, rest_seconds), strict=True
        ):
            if value is not None:
                spin.setValue(value)

    def reset(self) -> None:
        """Back to the step's usual timing."""
        usual = self._usual
        if usual is not None:
            self.set_timing(usual.hold_seconds, usual.repetitions, usual.rest_seconds)

    def _on_spin(self) -> None:
        self.changed.emit(self.hold_spin.value(), self.reps_spin.value(), self.rest_spin.value())

    @staticmethod
    def _spin(bounds: tuple[int, int], suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*bounds)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        spin.setMinimumHeight(40)
        spin.setMinimumWidth(90)
        return spin
