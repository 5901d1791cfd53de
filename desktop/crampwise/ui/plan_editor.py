"""The editor of a personal relief plan: the step library, the chosen steps and their timing
(the timing section is :mod:`crampwise.ui.plan_timing`).

Shown by :class:`crampwise.ui.plans_page.PlansPage` in place of the list."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crampwise.relief.custom import (
    NEW_PLAN_ID,
    make_plan,
    plan_id_for,
    problems_in_words,
)
from crampwise.relief.plans import (
    MAX_DESCRIPTION,
    MAX_NAME,
    MAX_STEPS_PER_PLAN,
    ReliefPlan,
    ReliefStep,
)
from crampwise.ui.plan_parts import (
    KIND_CHOICES,
    STEP_ROLE,
    Thumbnails,
    about_text,
    confirm_bar,
    custom_tr,
    intervention_labels,
    is_key,
    kind_label,
    make_button,
    make_label,
    plan_lang,
    shortcut_text,
    step_list,
    step_timing,
)
from crampwise.ui.plan_timing import StepTiming
from crampwise.ui.theme import current_theme

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
        self._thumbs = Thumbnails()
        self._build()
        self._as_loaded = self._form_state()  # what "unsaved changes" compare with

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = make_label(self.tr("New plan"), "title")
        form = self._details_form()
        columns = self._step_columns()
        actions = self._actions()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.heading)
        outer.addLayout(form)
        outer.addLayout(columns, 1)
        outer.addWidget(self.error_label)
        outer.addWidget(self.discard_bar)
        outer.addLayout(actions)
        self._set_tab_order()
        self.chosen_list.installEventFilter(self)
        self._update_buttons()

    def _details_form(self) -> QFormLayout:
        """Name, note and what the plan is for."""
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
        return form

    def _step_columns(self) -> QHBoxLayout:
        """The step library, the Add and Remove buttons, and the chosen steps with their timing."""
        self.library_list = step_list(self.tr("Steps you can use"))
        self.library_list.itemActivated.connect(lambda _item: self.add_selected())
        self.chosen_list = step_list(self.tr("Your plan's steps, in order"))
        self.chosen_list.currentRowChanged.connect(self._on_chosen_row)

        self.add_button = make_button(
            self.tr("&Add →"), self.tr("Add the selected step to the plan"), self.add_selected
        )
        self.remove_button = make_button(
            self.tr("← &Remove"),
            self.tr("Remove the selected step from the plan"),
            self.remove_selected,
        )
        self.up_button = make_button(
            self.tr("Move &up"), self.tr("Move the selected step up"), lambda: self.move_step(-1)
        )
        self.down_button = make_button(
            self.tr("Move &down"),
            self.tr("Move the selected step down"),
            lambda: self.move_step(1),
        )
        self.add_button.setToolTip(self.tr("Enter on a step also adds it"))
        self.remove_button.setToolTip(shortcut_text(QKeySequence.StandardKey.Delete))
        self.up_button.setToolTip(shortcut_text("Ctrl+Up"))
        self.down_button.setToolTip(shortcut_text("Ctrl+Down"))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setAccessibleDescription(button.toolTip())
        self.timing = StepTiming()
        self.timing.changed.connect(self._on_timing)
        bold = self.timing.bold

        library_column = QVBoxLayout()
        library_column.addWidget(self._heading(self.tr("Steps you can use"), bold))
        library_column.addWidget(self.library_list, 1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(1)
        self.count_label = make_label("", "muted", wrap=False)
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
        chosen_column.addWidget(self.timing)
        columns = QHBoxLayout()
        columns.addLayout(library_column, 5)
        columns.addLayout(middle)
        columns.addLayout(chosen_column, 6)
        return columns

    def _actions(self) -> QHBoxLayout:
        """Problems, Save and Cancel, and the bar that asks before unsaved changes are lost."""
        self.error_label = make_label("", "error")
        self.error_label.setAccessibleName(self.tr("Problems to fix before saving"))
        self.error_label.hide()
        self.save_button = make_button(
            self.tr("&Save plan"), self.tr("Save the plan"), self.try_save, primary=True
        )
        self.cancel_button = make_button(
            self.tr("Cancel"), self.tr("Cancel and go back to the plans"), self.cancel
        )
        self.save_button.setToolTip(shortcut_text(QKeySequence.StandardKey.Save))
        self.cancel_button.setToolTip(shortcut_text("Esc"))
        for button in (self.save_button, self.cancel_button):
            button.setAccessibleDescription(button.toolTip())
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        # Cancel with unsaved changes asks first, in place, like deleting a plan does.
        self.discard_label = make_label(self.tr("Your changes to this plan are not saved."))
        self.discard_button = make_button(
            self.tr("&Discard changes"),
            self.tr("Discard the changes and go back to the plans"),
            self.discard,
        )
        self.keep_editing_button = make_button(
            self.tr("&Keep editing"), self.tr("Keep editing the plan"), self.keep_editing
        )
        self.discard_bar = confirm_bar(
            self.discard_label, self.discard_button, self.keep_editing_button
        )
        return actions

    def _set_tab_order(self) -> None:
        for first, second in (
            (self.name_edit, self.note_edit),
            (self.note_edit, self.kind_combo),
            (self.kind_combo, self.library_list),
            (self.library_list, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.chosen_list),
            (self.chosen_list, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.timing.hold_spin),
            (self.timing.hold_spin, self.timing.reps_spin),
            (self.timing.reps_spin, self.timing.rest_spin),
            (self.timing.rest_spin, self.timing.usual_button),
            (self.timing.usual_button, self.save_button),
            (self.save_button, self.cancel_button),
        ):
            self.setTabOrder(first, second)

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
            if is_key(event, key, modifiers):
                if act:
                    action()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Save):
            self.try_save()
        elif is_key(event, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier):
            self.cancel()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _heading(text: str, font: QFont) -> QLabel:
        label = make_label(text, wrap=False)
        label.setFont(font)
        return label

    # --- content -------------------------------------------------------------------------

    def set_library(self, library: Mapping[str, ReliefStep]) -> None:
        self._library = dict(library)
        labels = intervention_labels()
        lang = plan_lang()
        self.library_list.clear()
        for step in self._library.values():
            label = labels.get(step.intervention, step.intervention)
            title, timing = step.title.get(lang), step_timing(step)
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
        lang = plan_lang()
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
        return f"{index + 1}. {step.title.get(plan_lang())}\n{step_timing(step)}"

    def _row_spoken(self, index: int, step: ReliefStep) -> str:
        return self.tr("Step {0}: {1}, {2}").format(
            index + 1, step.title.get(plan_lang()), step_timing(step)
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
        step = self._steps[row] if 0 <= row < len(self._steps) else None
        self.timing.show_step(step, self._library.get(step.id) if step else None)
        self._update_buttons()

    def _on_timing(self, hold_seconds: int, repetitions: int, rest_seconds: int) -> None:
        row = self.chosen_list.currentRow()
        if 0 <= row < len(self._steps):
            step = self._steps[row]
            self._steps[row] = step.with_timing(hold_seconds, repetitions, rest_seconds)
            self._refresh_row(row)

    def _update_buttons(self) -> None:
        row = self.chosen_list.currentRow()
        selected = 0 <= row < len(self._steps)
        self.remove_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < len(self._steps) - 1)
        self.add_button.setEnabled(self.library_list.count() > 0)
        n = len(self._steps)
        steps = self.tr("%n step(s)", "", n)
        self.count_label.setText(
            f"{steps} · {about_text(self.draft())}" if n else self.tr("No steps yet")
        )

    def try_save(self) -> None:
        if not self.isVisible():
            return
        draft = self.draft()
        problems = problems_in_words(draft, custom_tr, lang=plan_lang())
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
