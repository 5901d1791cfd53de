"""My relief plans: the built-in plans (play or copy) and the person's own (play, edit, delete).

A person builds a plan from the step library, for example what a physiotherapist prescribed:
choose steps, put them in order, set holds, repetitions and rests. The built-in plans are
read-only; copying one is the way to start from it.

The editor is an inline panel, not a modal dialog, so nothing blocks (and tests drive it
directly); deleting asks for confirmation in an inline bar. Storage goes through
:mod:`crampwise.relief.custom`. Keys: on the list, Enter plays, Delete deletes, Ctrl+N makes a new
plan; in the editor, Enter adds the focused library step, Delete removes the focused chosen step,
Ctrl+Up / Ctrl+Down move it, Ctrl+S saves, Esc cancels.

Words go through Qt's translation (contexts ``PlansPage``, ``PlanEditor`` and, for the sentences
of :mod:`crampwise.relief.custom`, ``CustomPlans``); built-in plans and steps show their texts
in :func:`crampwise.i18n.language`.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crampwise import i18n, paths
from crampwise.domain.vocab import STEP_INTERVENTIONS
from crampwise.i18n import translate
from crampwise.relief.custom import (
    CONTEXT as CUSTOM_CONTEXT,
)
from crampwise.relief.custom import (
    NEW_PLAN_ID,
    BrokenPlan,
    CustomPlanList,
    copy_plan,
    delete_custom_plan,
    duration_text,
    list_custom_plans,
    make_plan,
    plan_id_for,
    plan_seconds,
    problems_in_words,
    save_custom_plan,
    timing_text,
)
from crampwise.relief.plans import (
    HOLD_RANGE,
    MAX_DESCRIPTION,
    MAX_NAME,
    MAX_STEPS_PER_PLAN,
    REPETITIONS_RANGE,
    REST_RANGE,
    PlanLoadResult,
    PlanValidationError,
    ReliefPlan,
    ReliefStep,
    load_default_plans,
)
from crampwise.text import QT_TRANSLATE_NOOP
from crampwise.ui.diary import Diary
from crampwise.ui.messages import localized
from crampwise.ui.stale import ReloadsWhenShown
from crampwise.ui.theme import Theme, current_theme

if TYPE_CHECKING:
    from crampwise.storage.store import EpisodeStore

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = QSize(72, 54)
BUTTON_HEIGHT = 48
KIND_CHOICES: tuple[tuple[str, str], ...] = (
    ("relief", QT_TRANSLATE_NOOP("PlansPage", "For a cramp, right now")),
    ("prevention", QT_TRANSLATE_NOOP("PlansPage", "A routine to prevent cramps")),
)


def custom_tr(text: str) -> str:
    """Qt's translation of a template from :mod:`crampwise.relief.custom`."""
    return QCoreApplication.translate(CUSTOM_CONTEXT, text)


def kind_label(kind: str) -> str:
    text = dict(KIND_CHOICES).get(kind)
    return translate("PlansPage", text) if text else kind


def _lang() -> str:
    return i18n.language()


def _timing(step: ReliefStep) -> str:
    return timing_text(step, custom_tr)


def _about(plan: ReliefPlan) -> str:
    return duration_text(plan_seconds(plan), custom_tr)


def intervention_labels() -> dict[str, str]:
    """Plain names of the interventions (``assets/learn.toml``) in the language in use."""
    return _intervention_labels(_lang())


@functools.cache
def _intervention_labels(lang: str) -> dict[str, str]:
    """Plain names of the interventions (``assets/learn.toml``), falling back to the id."""
    raw: object = {}
    try:
        with paths.asset("learn.toml").open("rb") as f:
            raw = tomllib.load(f).get("interventions", {})
    except (OSError, tomllib.TOMLDecodeError):
        pass
    labels: dict[str, str] = {}
    for key in STEP_INTERVENTIONS:
        entry = raw.get(key) if isinstance(raw, dict) else None
        text = (entry.get(lang) or entry.get("en")) if isinstance(entry, dict) else None
        labels[key] = text if isinstance(text, str) and text else key.replace("_", " ").capitalize()
    return labels


def _label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are the person's own words
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def _button(
    text: str, name: str, slot: Callable[[], object], *, primary: bool = False
) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoDefault(False)
    if primary:
        button.setProperty("role", "primary")
    button.clicked.connect(slot)
    return button


def _shortcut(key: str | QKeySequence.StandardKey) -> str:
    """A key as the person's keyboard names it ("Ctrl+S", "Suppr")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _is_key(event: QKeyEvent, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
    wanted = modifiers | Qt.KeyboardModifier.KeypadModifier
    return event.key() == key and (event.modifiers() | Qt.KeyboardModifier.KeypadModifier) == wanted


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One row of the plans list."""

    kind: Literal["builtin", "own", "broken"]
    plan: ReliefPlan | None = None
    row_id: int | None = None
    broken: BrokenPlan | None = None

    @property
    def key(self) -> str:
        if self.plan is not None:
            return self.plan.id
        return f"broken_{self.row_id}"

    @property
    def name(self) -> str:
        if self.plan is not None:
            return self.plan.name.get(_lang())
        return translate("PlansPage", "Unreadable plan #{0}").format(self.row_id)


class _Thumbnails:
    """Step pictures for the lists, rendered once per theme (14 small SVGs: a few ms)."""

    def __init__(self) -> None:
        self._theme = ""
        self._icons: dict[str, QIcon] = {}

    def icon(self, step: ReliefStep) -> QIcon:
        theme = current_theme()
        if theme.name != self._theme:
            self._theme, self._icons = theme.name, {}
        icon = self._icons.get(step.illustration)
        if icon is None:
            icon = self._render(step, theme)
            self._icons[step.illustration] = icon
        return icon

    @staticmethod
    def _render(step: ReliefStep, theme: Theme) -> QIcon:
        from crampwise.ui.illustration import render_svg_image
        from crampwise.ui.player import ReliefPalette

        path = paths.asset("illustrations", step.illustration)
        if not path.is_file():
            return QIcon()
        colours = ReliefPalette.from_theme(theme).illustration_colours()
        try:
            image = render_svg_image(path, colours, THUMB * 2, theme.surface)
        except (OSError, ValueError):
            return QIcon()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(2.0)
        return QIcon(pixmap)


# --- the editor -----------------------------------------------------------------------------


class PlanEditor(QWidget):
    """Name, note and kind; the step library beside the chosen steps; timing of the chosen one.

    Emits ``saveRequested(plan)`` with a draft that already passed :func:`problems_in_words`;
    the page stores it and calls :meth:`show_errors` if that fails.
    """

    saveRequested = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.row_id: int | None = None
        self._library: dict[str, ReliefStep] = {}
        self._steps: list[ReliefStep] = []
        self._thumbs = _Thumbnails()
        self._build()
        self._as_loaded = self._form_state()  # what "unsaved changes" compare with

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = _label(self.tr("New plan"), "title")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("For example: My physio routine"))
        self.name_edit.setAccessibleName(self.tr("Plan name"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(MAX_DESCRIPTION)
        self.note_edit.setPlaceholderText(
            self.tr("Optional: who prescribed it, when, what to watch for")
        )
        self.note_edit.setAccessibleName(self.tr("Note about the plan (optional)"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("What the plan is for"))
        for value, _text in KIND_CHOICES:
            self.kind_combo.addItem(kind_label(value), value)
        for field in (self.name_edit, self.note_edit, self.kind_combo):
            field.setMinimumHeight(40)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for text, field in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("N&ote"), self.note_edit),
            (self.tr("&For"), self.kind_combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            caption.setMinimumHeight(40)
            form.addRow(caption, field)

        self.library_list = self._list(self.tr("Steps you can use"))
        self.library_list.itemActivated.connect(lambda _item: self.add_selected())
        self.chosen_list = self._list(self.tr("Your plan's steps, in order"))
        self.chosen_list.currentRowChanged.connect(self._on_chosen_row)

        self.add_button = _button(
            self.tr("&Add →"), self.tr("Add the selected step to the plan"), self.add_selected
        )
        self.remove_button = _button(
            self.tr("← &Remove"),
            self.tr("Remove the selected step from the plan"),
            self.remove_selected,
        )
        self.up_button = _button(
            self.tr("Move &up"), self.tr("Move the selected step up"), lambda: self.move_step(-1)
        )
        self.down_button = _button(
            self.tr("Move &down"),
            self.tr("Move the selected step down"),
            lambda: self.move_step(1),
        )
        self.add_button.setToolTip(self.tr("Enter on a step also adds it"))
        self.remove_button.setToolTip(_shortcut(QKeySequence.StandardKey.Delete))
        self.up_button.setToolTip(_shortcut("Ctrl+Up"))
        self.down_button.setToolTip(_shortcut("Ctrl+Down"))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setAccessibleDescription(button.toolTip())

        seconds = self.tr(" s", "a suffix: seconds")
        self.hold_spin = self._spin(HOLD_RANGE, seconds, self.tr("Hold, in seconds"))
        self.reps_spin = self._spin(REPETITIONS_RANGE, "", self.tr("Repetitions"))
        self.rest_spin = self._spin(
            REST_RANGE, seconds, self.tr("Rest after each hold, in seconds")
        )
        for spin in (self.hold_spin, self.reps_spin, self.rest_spin):
            spin.valueChanged.connect(self._on_timing)
        self.usual_label = _label("", "muted")
        self.usual_button = _button(
            self.tr("Usual timing"), self.tr("Use the step's usual timing"), self.reset_timing
        )
        self.timing_box = QWidget()
        timing = QGridLayout(self.timing_box)
        timing.setContentsMargins(0, 0, 0, 0)
        for col, (text, spin) in enumerate(
            (
                (self.tr("&Hold"), self.hold_spin),
                (self.tr("R&epetitions"), self.reps_spin),
                (self.tr("Res&t"), self.rest_spin),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(spin)
            timing.addWidget(caption, 0, col)
            timing.addWidget(spin, 1, col)
        timing.addWidget(self.usual_button, 1, 3)
        self.timing_heading = _label(self.tr("Timing of the selected step"), wrap=False)
        bold = QFont(self.timing_heading.font())
        bold.setBold(True)
        self.timing_heading.setFont(bold)

        library_column = QVBoxLayout()
        library_column.addWidget(self._heading(self.tr("Steps you can use"), bold))
        library_column.addWidget(self.library_list, 1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(1)
        self.count_label = _label("", "muted", wrap=False)
        chosen_head = QHBoxLayout()
        chosen_head.addWidget(self._heading(self.tr("Your plan, in order"), bold))
        chosen_head.addStretch(1)
        chosen_head.addWidget(self.count_label)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        chosen_column = QVBoxLayout()
        chosen_column.addLayout(chosen_head)
        chosen_column.addWidget(self.chosen_list, 1)
        chosen_column.addLayout(moves)
        chosen_column.addWidget(self.timing_heading)
        chosen_column.addWidget(self.timing_box)
        chosen_column.addWidget(self.usual_label)
        columns = QHBoxLayout()
        columns.addLayout(library_column, 5)
        columns.addLayout(middle)
        columns.addLayout(chosen_column, 6)

        self.error_label = _label("", "error")
        self.error_label.setAccessibleName(self.tr("Problems to fix before saving"))
        self.error_label.hide()
        self.save_button = _button(
            self.tr("&Save plan"), self.tr("Save the plan"), self.try_save, primary=True
        )
        self.cancel_button = _button(
            self.tr("Cancel"), self.tr("Cancel and go back to the plans"), self.cancel
        )
        self.save_button.setToolTip(_shortcut(QKeySequence.StandardKey.Save))
        self.cancel_button.setToolTip(_shortcut("Esc"))
        for button in (self.save_button, self.cancel_button):
            button.setAccessibleDescription(button.toolTip())
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        # Cancel with unsaved changes asks first, in place, like deleting a plan does.
        self.discard_label = _label(self.tr("Your changes to this plan are not saved."))
        self.discard_button = _button(
            self.tr("&Discard changes"),
            self.tr("Discard the changes and go back to the plans"),
            self.discard,
        )
        self.keep_editing_button = _button(
            self.tr("&Keep editing"), self.tr("Keep editing the plan"), self.keep_editing
        )
        self.discard_bar = QFrame()
        self.discard_bar.setObjectName("confirmBar")
        bar = QHBoxLayout(self.discard_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.discard_label, 1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.keep_editing_button)
        self.discard_bar.hide()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.heading)
        outer.addLayout(form)
        outer.addLayout(columns, 1)
        outer.addWidget(self.error_label)
        outer.addWidget(self.discard_bar)
        outer.addLayout(actions)

        for first, second in (
            (self.name_edit, self.note_edit),
            (self.note_edit, self.kind_combo),
            (self.kind_combo, self.library_list),
            (self.library_list, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.chosen_list),
            (self.chosen_list, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.hold_spin),
            (self.hold_spin, self.reps_spin),
            (self.reps_spin, self.rest_spin),
            (self.rest_spin, self.usual_button),
            (self.usual_button, self.save_button),
            (self.save_button, self.cancel_button),
        ):
            self.setTabOrder(first, second)

        self.chosen_list.installEventFilter(self)
        self._update_buttons()

    # --- keys: key events rather than QShortcut, so they work wherever focus is, in any window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chosen_list and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride:
                if self._chosen_key(event, act=False):
                    event.accept()
                    return True
            elif event.type() == QEvent.Type.KeyPress and self._chosen_key(event, act=True):
                return True
        return super().eventFilter(watched, event)

    def _chosen_key(self, event: QKeyEvent, *, act: bool) -> bool:
        ctrl, none = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
        actions: tuple[tuple[Qt.Key, Qt.KeyboardModifier, Callable[[], object]], ...] = (
            (Qt.Key.Key_Up, ctrl, lambda: self.move_step(-1)),
            (Qt.Key.Key_Down, ctrl, lambda: self.move_step(1)),
            (Qt.Key.Key_Delete, none, self.remove_selected),
            (Qt.Key.Key_Backspace, none, self.remove_selected),
        )
        for key, modifiers, action in actions:
            if _is_key(event, key, modifiers):
                if act:
                    action()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Save):
            self.try_save()
        elif _is_key(event, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier):
            self.cancel()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _heading(text: str, font: QFont) -> QLabel:
        label = _label(text, wrap=False)
        label.setFont(font)
        return label

    @staticmethod
    def _list(name: str) -> QListWidget:
        view = QListWidget()
        view.setAccessibleName(name)
        view.setIconSize(THUMB)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSpacing(2)
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        # Two steps' worth: the editor then fits a 768 px high screen without the window
        # growing (the lists scroll; a taller window shows more).
        view.setMinimumHeight(2 * (THUMB.height() + 12))
        return view

    @staticmethod
    def _spin(bounds: tuple[int, int], suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*bounds)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        spin.setMinimumHeight(40)
        spin.setMinimumWidth(90)
        return spin

    # --- content -------------------------------------------------------------------------

    def set_library(self, library: Mapping[str, ReliefStep]) -> None:
        self._library = dict(library)
        labels = intervention_labels()
        lang = _lang()
        self.library_list.clear()
        for step in self._library.values():
            label = labels.get(step.intervention, step.intervention)
            title, timing = step.title.get(lang), _timing(step)
            item = QListWidgetItem(f"{title}\n{label} · {timing}")
            item.setData(STEP_ROLE, step.id)
            item.setIcon(self._thumbs.icon(step))
            item.setToolTip(step.instructions.get(lang))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{title}. {kind}. Usually {timing}.").format(
                    title=title, kind=label, timing=timing
                ),
            )
            self.library_list.addItem(item)
        if self.library_list.count():
            self.library_list.setCurrentRow(0)

    def load(self, plan: ReliefPlan | None, row_id: int | None = None) -> None:
        """Start editing ``plan`` (a stored one when ``row_id`` is given), or a blank plan."""
        self.row_id = row_id
        lang = _lang()
        if row_id is not None and plan is not None:
            self.heading.setText(self.tr("Edit “{0}”").format(plan.name.get(lang)))
        elif plan is not None:
            self.heading.setText(self.tr("New plan, from a copy"))
        else:
            self.heading.setText(self.tr("New plan"))
        self.name_edit.setText(plan.name.get(lang) if plan else "")
        self.note_edit.setText(plan.description.get(lang) if plan else "")
        kind = plan.kind if plan else "relief"
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._steps = list(plan.steps) if plan else []
        self._fill_chosen(0 if self._steps else -1)
        self.clear_errors()
        self.discard_bar.hide()
        self._as_loaded = self._form_state()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _form_state(self) -> tuple[object, ...]:
        return (
            self.name_edit.text(),
            self.note_edit.text(),
            self.kind_combo.currentData(),
            tuple(self._steps),
        )

    def has_changes(self) -> bool:
        """Whether the form differs from the plan as it was loaded."""
        return self._form_state() != self._as_loaded

    def steps(self) -> list[ReliefStep]:
        return list(self._steps)

    def draft(self) -> ReliefPlan:
        """The plan as the form stands (not validated)."""
        return make_plan(
            self.name_edit.text(),
            self._steps,
            description=self.note_edit.text(),
            kind=str(self.kind_combo.currentData()),
            plan_id=NEW_PLAN_ID if self.row_id is None else plan_id_for(self.row_id),
        )

    def _row_text(self, index: int, step: ReliefStep) -> str:
        return f"{index + 1}. {step.title.get(_lang())}\n{_timing(step)}"

    def _row_spoken(self, index: int, step: ReliefStep) -> str:
        return self.tr("Step {0}: {1}, {2}").format(
            index + 1, step.title.get(_lang()), _timing(step)
        )

    def _fill_chosen(self, select: int) -> None:
        with QSignalBlocker(self.chosen_list):
            self.chosen_list.clear()
            for i, step in enumerate(self._steps):
                item = QListWidgetItem(self._row_text(i, step))
                item.setData(STEP_ROLE, step.id)
                item.setIcon(self._thumbs.icon(step))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self._row_spoken(i, step))
                self.chosen_list.addItem(item)
        if 0 <= select < len(self._steps):
            self.chosen_list.setCurrentRow(select)
        self._on_chosen_row(self.chosen_list.currentRow())

    def _refresh_row(self, row: int) -> None:
        item = self.chosen_list.item(row)
        if item is not None:
            step = self._steps[row]
            item.setText(self._row_text(row, step))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._row_spoken(row, step))

    # --- actions -------------------------------------------------------------------------

    def add_step(self, step_id: str) -> None:
        step = self._library.get(step_id)
        if step is None:
            return
        if len(self._steps) >= MAX_STEPS_PER_PLAN:
            self.show_errors(
                [self.tr("A plan can have at most {0} steps.").format(MAX_STEPS_PER_PLAN)]
            )
            return
        self._steps.append(step)
        self._fill_chosen(len(self._steps) - 1)
        self.clear_errors()

    def add_selected(self) -> None:
        item = self.library_list.currentItem()
        if item is not None:
            self.add_step(str(item.data(STEP_ROLE)))

    def remove_selected(self) -> None:
        row = self.chosen_list.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._fill_chosen(min(row, len(self._steps) - 1))
            if not self._steps:
                self.library_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_step(self, delta: int) -> None:
        row = self.chosen_list.currentRow()
        target = row + delta
        if not (0 <= row < len(self._steps) and 0 <= target < len(self._steps)):
            return
        self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
        had_focus = self.chosen_list.hasFocus()
        self._fill_chosen(target)
        if had_focus:
            self.chosen_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_chosen_row(self, row: int) -> None:
        selected = 0 <= row < len(self._steps)
        self.timing_box.setVisible(selected)
        for spin in (self.hold_spin, self.reps_spin, self.rest_spin):
            spin.setEnabled(selected)
        if selected:
            step = self._steps[row]
            for spin, value in (
                (self.hold_spin, step.hold_seconds),
                (self.reps_spin, step.repetitions),
                (self.rest_spin, step.rest_seconds),
            ):
                with QSignalBlocker(spin):
                    spin.setValue(value)
            usual = self._library.get(step.id)
            self.usual_label.setText(
                self.tr("{0} · usual timing: {1}").format(step.title.get(_lang()), _timing(usual))
                if usual
                else ""
            )
        else:
            self.usual_label.setText(self.tr("Select a step in your plan to set its timing."))
        self._update_buttons()

    def _on_timing(self) -> None:
        row = self.chosen_list.currentRow()
        if not 0 <= row < len(self._steps):
            return
        self._steps[row] = self._steps[row].with_timing(
            self.hold_spin.value(), self.reps_spin.value(), self.rest_spin.value()
        )
        self._refresh_row(row)

    def set_timing(
        self,
        hold_seconds: int | None = None,
        repetitions: int | None = None,
        rest_seconds: int | None = None,
    ) -> None:
        """Set the selected step's timing through its spin boxes."""
        for spin, value in (
            (self.hold_spin, hold_seconds),
            (self.reps_spin, repetitions),
            (self.rest_spin, rest_seconds),
        ):
            if value is not None:
                spin.setValue(value)

    def reset_timing(self) -> None:
        row = self.chosen_list.currentRow()
        if 0 <= row < len(self._steps):
            usual = self._library.get(self._steps[row].id)
            if usual is not None:
                self.set_timing(usual.hold_seconds, usual.repetitions, usual.rest_seconds)

    def _update_buttons(self) -> None:
        row = self.chosen_list.currentRow()
        selected = 0 <= row < len(self._steps)
        self.remove_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < len(self._steps) - 1)
        self.usual_button.setEnabled(selected)
        self.add_button.setEnabled(self.library_list.count() > 0)
        n = len(self._steps)
        steps = self.tr("%n step(s)", "", n)
        self.count_label.setText(
            f"{steps} · {_about(self.draft())}" if n else self.tr("No steps yet")
        )

    def try_save(self) -> None:
        if not self.isVisible():
            return
        draft = self.draft()
        problems = problems_in_words(draft, custom_tr, lang=_lang())
        if problems:
            self.show_errors(problems)
            return
        self.clear_errors()
        self.saveRequested.emit(draft)

    def cancel(self) -> None:
        """Cancel (or Esc): leave at once, or ask first when there are unsaved changes."""
        if self.discard_bar.isVisible():  # Esc again: the question is dismissed
            self.keep_editing()
        elif self.has_changes():
            self.discard_bar.show()
            self.keep_editing_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the safe one
        else:
            self.discard()

    def discard(self) -> None:
        self.discard_bar.hide()
        self.clear_errors()
        self.cancelled.emit()

    def keep_editing(self) -> None:
        self.discard_bar.hide()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_errors(self, problems: Sequence[str]) -> None:
        text = self.tr("Before saving:") + "\n" + "\n".join(f"• {p}" for p in problems)
        self.error_label.setText(text)
        self.error_label.setAccessibleDescription(text)
        self.error_label.show()
        name = " ".join(self.name_edit.text().split())
        if not name or len(name) > MAX_NAME:
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not self._steps:
            self.library_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def errors(self) -> list[str]:
        """The problems shown, one sentence each (empty when none)."""
        if self.error_label.isHidden():
            return []
        return [line[2:] for line in self.error_label.text().splitlines() if line.startswith("• ")]

    def showEvent(self, event: Any) -> None:
        # Thumbnails follow the theme: recolour them when it changed while hidden.
        if self.library_list.count() and self._thumbs._theme != current_theme().name:
            for i in range(self.library_list.count()):
                item = self.library_list.item(i)
                step = self._library.get(str(item.data(STEP_ROLE)))
                if step is not None:
                    item.setIcon(self._thumbs.icon(step))
            self._fill_chosen(self.chosen_list.currentRow())
        super().showEvent(event)


# --- the page -------------------------------------------------------------------------------


class PlansPage(ReloadsWhenShown, QWidget):
    """The plans list and the inline editor. ``playRequested(plan)`` asks the window to play."""

    status = Signal(str)
    playRequested = Signal(object)

    def __init__(
        self, diary: Diary, parent: QWidget | None = None, *, plans: PlanLoadResult | None = None
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._shipped = plans
        self._own = CustomPlanList()
        self._store_problem = ""
        self._stale = True
        self._pending_delete: PlanEntry | None = None
        self._skips: dict[str, str] = {}  # intervention or step id -> why the profile skips it
        self._build()
        diary.ready.connect(self.mark_stale)
        diary.changed.connect(self.mark_stale)
        diary.profile_changed.connect(self.mark_stale)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.list_panel = QWidget()
        heading = _label(self.tr("My relief plans"), "title")
        blurb = _label(
            self.tr(
                "Play a plan, or make your own from the same steps, for example what your "
                "physiotherapist prescribed. Built-in plans cannot be changed: copy one to start "
                "from it."
            )
        )
        self.problem_label = _label("", "error")
        self.problem_label.hide()

        self.plan_list = QListWidget()
        self.plan_list.setObjectName("plansList")
        self.plan_list.setAccessibleName(self.tr("Relief plans"))
        self.plan_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan_list.setSpacing(2)
        self.plan_list.setWordWrap(True)
        self.plan_list.setStyleSheet("QListWidget#plansList::item { padding: 8px 10px; }")
        bigger = QFont(self.plan_list.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.15)
        self.plan_list.setFont(bigger)
        self.plan_list.currentItemChanged.connect(lambda *_: self._on_selection())
        self.plan_list.itemActivated.connect(lambda _item: self.play_selected())

        self.detail_name = _label("", "title")
        self.detail_meta = _label("", "muted")
        self.detail_text = _label()
        self.detail_steps = _label()
        self.detail_steps.setAccessibleName(self.tr("Steps of the selected plan"))
        body = QFont(self.detail_steps.font())
        body.setPointSizeF(body.pointSizeF() * 1.1)
        for label in (self.detail_text, self.detail_steps):
            label.setFont(body)
        details = QWidget()
        details_lay = QVBoxLayout(details)
        details_lay.setContentsMargins(12, 0, 0, 0)
        for w in (self.detail_name, self.detail_meta, self.detail_text, self.detail_steps):
            details_lay.addWidget(w)
        details_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        middle = QHBoxLayout()
        middle.addWidget(self.plan_list, 5)
        middle.addWidget(scroll, 4)

        self.confirm_label = _label("")
        self.confirm_button = _button(
            self.tr("Yes, delete it"), self.tr("Yes, delete the plan"), self.confirm_delete
        )
        self.keep_button = _button(self.tr("Keep it"), self.tr("Keep the plan"), self.cancel_delete)
        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("confirmBar")
        bar = QHBoxLayout(self.confirm_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.confirm_label, 1)
        bar.addWidget(self.confirm_button)
        bar.addWidget(self.keep_button)
        self.confirm_bar.hide()

        self.play_button = _button(
            self.tr("&Play"), self.tr("Play the selected plan"), self.play_selected, primary=True
        )
        self.edit_button = _button(
            self.tr("&Edit…"), self.tr("Edit the selected plan"), self.edit_selected
        )
        self.copy_button = _button(
            self.tr("&Copy to my plans"),
            self.tr("Copy the selected plan to my plans"),
            self.copy_selected,
        )
        self.delete_button = _button(
            self.tr("De&lete…"), self.tr("Delete the selected plan"), self.ask_delete
        )
        self.new_button = _button(self.tr("&New plan"), self.tr("Make a new plan"), self.new_plan)
        self.play_button.setToolTip(_shortcut("Enter"))
        self.delete_button.setToolTip(_shortcut(QKeySequence.StandardKey.Delete))
        self.new_button.setToolTip(_shortcut(QKeySequence.StandardKey.New))
        for button in (self.play_button, self.delete_button, self.new_button):
            button.setAccessibleDescription(button.toolTip())
        actions = QHBoxLayout()
        for b in (self.play_button, self.edit_button, self.copy_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.new_button)

        lay = QVBoxLayout(self.list_panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(heading)
        lay.addWidget(blurb)
        lay.addWidget(self.problem_label)
        lay.addLayout(middle, 1)
        lay.addWidget(self.confirm_bar)
        lay.addLayout(actions)
        self.plan_list.installEventFilter(self)

        self.editor = PlanEditor()
        self.editor.saveRequested.connect(self._save_draft)
        self.editor.cancelled.connect(self.show_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.editor)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self._on_selection()

    # --- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.plan_list
            and isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and _is_key(event, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.ask_delete()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        on_list = self.stack.currentWidget() is self.list_panel
        if on_list and _is_key(event, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier):
            self.cancel_delete()
        elif on_list and event.matches(QKeySequence.StandardKey.New):
            self.new_plan()
        else:
            super().keyPressEvent(event)

    # --- data ----------------------------------------------------------------------------

    @property
    def shipped(self) -> PlanLoadResult:
        if self._shipped is None:
            self._shipped = load_default_plans()
        return self._shipped

    @property
    def library(self) -> dict[str, ReliefStep]:
        return self.shipped.steps

    def _store(self) -> EpisodeStore | None:
        return self.diary.store

    def reload(self, select: str | None = None) -> None:
        """Re-read the person's plans; keep (or move to) the selection by plan id."""
        from crampwise.storage import StoreError

        current = self.selected_entry()
        keep = select or (current.key if current else None)
        store = self._store()
        self._store_problem = ""
        if store is not None:
            try:
                self._own = list_custom_plans(store, self.library)
            except StoreError as exc:
                self._own = CustomPlanList()
                self._store_problem = self.tr("Your plans could not be read: {0}").format(
                    localized(exc)
                )
        self._skips = self._profile_skips()
        self._stale = False
        self._fill_list(keep)
        self._show_problems()

    def _profile_skips(self) -> dict[str, str]:
        """The steps the person's health profile leaves out of every plan, with the reason."""
        if self._store() is None:
            return {}
        from crampwise.ui.advice_state import current_advice
        from crampwise.ui.relief_state import adjustments

        skip, _cautions = adjustments(current_advice(self.diary), _lang())
        return skip

    def skip_reason(self, step: ReliefStep) -> str | None:
        """Why the profile skips ``step`` when a plan plays, or None."""
        return self._skips.get(step.id, self._skips.get(step.intervention))

    def _fill_list(self, keep: str | None) -> None:
        with QSignalBlocker(self.plan_list):
            self.plan_list.clear()
            self._add_header(self.tr("Built in · read-only"))
            for plan in self.shipped.plans:
                self._add_entry(PlanEntry("builtin", plan))
            self._add_header(self.tr("Your plans"))
            store_ready = self._store() is not None
            if not store_ready:
                self._add_note(self.tr("Opening your diary…"))
            elif not self._own and not self._own.broken:
                self._add_note(self.tr("None yet: press New plan, or copy a built-in plan."))
            for row_id, plan in self._own:
                self._add_entry(PlanEntry("own", plan, row_id))
            for broken in self._own.broken:
                self._add_entry(PlanEntry("broken", row_id=broken.row_id, broken=broken))
        target = self._row_of(keep) if keep else None
        if target is None:
            target = next(
                (i for i in range(self.plan_list.count()) if self._entry_at(i) is not None), None
            )
        if target is not None:
            self.plan_list.setCurrentRow(target)
        self._on_selection()

    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.plan_list.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        item.setFont(font)
        self.plan_list.addItem(item)

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.plan_list.addItem(item)

    def _add_entry(self, entry: PlanEntry) -> None:
        plan = entry.plan
        if plan is not None:
            n = len(plan.steps)
            who = self.tr("Built in") if entry.kind == "builtin" else self.tr("Yours")
            meta = " · ".join((who, self.tr("%n step(s)", "", n), _about(plan)))
            item = QListWidgetItem(f"{entry.name}\n{meta}")
            spoken = f"{entry.name}. {meta.replace(' · ', ', ')}"
            if entry.kind == "builtin":
                spoken = self.tr("{0}, read-only").format(spoken)
        else:
            item = QListWidgetItem(
                f"{entry.name}\n"
                + self.tr("Could not be read · select it to see why, or delete it")
            )
            spoken = self.tr("{0}. It could not be read; it can only be deleted.").format(
                entry.name
            )
        item.setData(ENTRY_ROLE, entry)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self.plan_list.addItem(item)

    def _show_problems(self) -> None:
        lines = []
        if self._store_problem:
            lines.append(self._store_problem)
        broken = self._own.broken
        if broken:
            n = len(broken)
            lines.append(
                self.tr(
                    "1 of your saved plans could not be read and is listed under Your plans; "
                    "you can delete it. Nothing else is affected."
                )
                if n == 1
                else self.tr(
                    "{0} of your saved plans could not be read and are listed under Your plans; "
                    "you can delete them. Nothing else is affected."
                ).format(n)
            )
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))

    def _entry_at(self, row: int) -> PlanEntry | None:
        item = self.plan_list.item(row)
        entry = item.data(ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, PlanEntry) else None

    def _row_of(self, key: str | None) -> int | None:
        for row in range(self.plan_list.count()):
            entry = self._entry_at(row)
            if entry is not None and entry.key == key:
                return row
        return None

    def entries(self) -> list[PlanEntry]:
        """Every selectable row, top to bottom."""
        found = (self._entry_at(i) for i in range(self.plan_list.count()))
        return [e for e in found if e is not None]

    def selected_entry(self) -> PlanEntry | None:
        return self._entry_at(self.plan_list.currentRow())

    def select_plan(self, key: str) -> bool:
        """Select the row of plan id ``key`` (``calf_now``, ``custom_3``, ``broken_4``)."""
        row = self._row_of(key)
        if row is None:
            return False
        self.plan_list.setCurrentRow(row)
        return True

    def _on_selection(self) -> None:
        self.cancel_delete()
        entry = self.selected_entry()
        kind = entry.kind if entry else None
        self.play_button.setEnabled(kind in ("builtin", "own"))
        self.edit_button.setEnabled(kind == "own")
        self.copy_button.setEnabled(kind in ("builtin", "own"))
        self.delete_button.setEnabled(kind in ("own", "broken"))
        if kind == "own":
            self.copy_button.setText(self.tr("Dupli&cate"))
            self.copy_button.setAccessibleName(self.tr("Duplicate the selected plan"))
        else:
            self.copy_button.setText(self.tr("&Copy to my plans"))
            self.copy_button.setAccessibleName(self.tr("Copy the selected plan to my plans"))
        self._show_details(entry)

    def _show_details(self, entry: PlanEntry | None) -> None:
        if entry is None:
            for label in (self.detail_name, self.detail_meta, self.detail_text, self.detail_steps):
                label.clear()
            return
        self.detail_name.setText(entry.name)
        if entry.plan is None:
            assert entry.broken is not None
            self.detail_meta.setText(self.tr("Could not be read"))
            self.detail_text.setText(
                self.tr(
                    "This saved plan does not match the steps this version of Crampwise knows "
                    "(or the file was damaged), so it cannot be played. Delete it and make it "
                    "again."
                )
            )
            self.detail_steps.setText(entry.broken.message)
            return
        plan = entry.plan
        lang = _lang()
        who = self.tr("Built in, read-only") if entry.kind == "builtin" else self.tr("Your plan")
        self.detail_meta.setText(" · ".join((who, kind_label(plan.kind), _about(plan))))
        description = plan.description.get(lang)
        self.detail_text.setText(description)
        self.detail_text.setVisible(bool(description))
        lines = []
        for i, step in enumerate(plan.steps, start=1):
            lines.append(f"{i}. {step.title.get(lang)} — {_timing(step)}")
            reason = self.skip_reason(step)
            if reason is not None:
                lines.append("    " + self.tr("⊘ Skipped for you: {0}").format(reason))
        self.detail_steps.setText("\n".join(lines))

    # --- actions -------------------------------------------------------------------------

    def play_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.plan is not None:
            self.playRequested.emit(entry.plan)

    def _open_editor(self, plan: ReliefPlan | None, row_id: int | None) -> PlanEditor:
        self.cancel_delete()
        if self.editor.library_list.count() == 0:
            self.editor.set_library(self.library)
        self.stack.setCurrentWidget(self.editor)
        self.editor.load(plan, row_id)
        return self.editor

    def new_plan(self) -> PlanEditor:
        return self._open_editor(None, None)

    def edit_selected(self) -> PlanEditor | None:
        entry = self.selected_entry()
        if entry is None or entry.kind != "own" or entry.plan is None:
            return None  # built-in plans are read-only
        return self._open_editor(entry.plan, entry.row_id)

    def copy_selected(self) -> PlanEditor | None:
        """Open the editor on a copy of the selected plan; nothing is stored until Save."""
        entry = self.selected_entry()
        if entry is None or entry.plan is None:
            return None
        lang = _lang()
        taken = [p.name.get(lang) for p in self.shipped.plans] + [p.name.en for _, p in self._own]
        return self._open_editor(copy_plan(entry.plan, taken, custom_tr, lang=lang), None)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_panel)
        self.plan_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_draft(self, draft: ReliefPlan) -> None:
        from crampwise.storage import StoreError

        store = self._store()
        if store is None:
            self.editor.show_errors([self.tr("The diary is not open yet: try again in a moment.")])
            return
        try:
            row_id = save_custom_plan(store, self.editor.row_id, draft, self.library)
        except PlanValidationError as exc:
            could_not = self.tr("It could not be saved: {0}")
            self.editor.show_errors([could_not.format(e) for e in exc.errors])
            return
        except StoreError as exc:
            self.editor.show_errors([self.tr("It could not be saved: {0}").format(localized(exc))])
            return
        self.diary.changed.emit()  # the backup timer counts plan changes too
        self.reload(select=plan_id_for(row_id))
        self.show_list()
        self.status.emit(self.tr("Saved “{0}”.").format(draft.name.en))

    def ask_delete(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.kind not in ("own", "broken"):
            return
        self._pending_delete = entry
        self.confirm_label.setText(
            self.tr("Delete “{0}”? This cannot be undone.").format(entry.name)
        )
        self.confirm_bar.show()
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_delete(self) -> None:
        if self._pending_delete is None:
            return
        self._pending_delete = None
        self.confirm_bar.hide()
        if self.list_panel.isVisible():
            self.plan_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm_delete(self) -> None:
        from crampwise.storage import StoreError

        entry, store = self._pending_delete, self._store()
        self._pending_delete = None
        self.confirm_bar.hide()
        if entry is None or entry.row_id is None or store is None:
            return
        row = self.plan_list.currentRow()
        try:
            delete_custom_plan(store, entry.row_id)
        except StoreError as exc:
            self.status.emit(
                self.tr("“{0}” could not be deleted: {1}").format(entry.name, localized(exc))
            )
            return
        self.diary.changed.emit()
        self.reload(select="")
        # Select what now sits where the deleted plan was, or the row above it.
        for candidate in (row, row - 1):
            if self._entry_at(candidate) is not None:
                self.plan_list.setCurrentRow(candidate)
                break
        self.plan_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.emit(self.tr("Deleted “{0}”.").format(entry.name))
