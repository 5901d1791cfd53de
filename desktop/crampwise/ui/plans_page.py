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

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crampwise.relief.custom import (
    CustomPlanList,
    copy_plan,
    plan_id_for,
)
from crampwise.relief.plans import (
    PlanLoadResult,
    PlanValidationError,
    ReliefPlan,
    ReliefStep,
    load_default_plans,
)
from crampwise.ui.diary import Diary
from crampwise.ui.messages import localized
from crampwise.ui.plan_editor import PlanEditor
from crampwise.ui.plan_list import PlanDetails, PlanList
from crampwise.ui.plan_parts import (
    PlanEntry,
    confirm_bar,
    custom_tr,
    is_key,
    make_button,
    make_label,
    plan_lang,
    shortcut_text,
)
from crampwise.ui.stale import ReloadsWhenShown

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
        heading = make_label(self.tr("My relief plans"), "title")
        blurb = make_label(
            self.tr(
                "Play a plan, or make your own from the same steps, for example what your "
                "physiotherapist prescribed. Built-in plans cannot be changed: copy one to start "
                "from it."
            )
        )
        self.problem_label = make_label("", "error")
        self.problem_label.hide()

        middle = self._build_list_and_details()

        self.confirm_label = make_label("")
        self.confirm_button = make_button(
            self.tr("Yes, delete it"), self.tr("Yes, delete the plan"), self.confirm_delete
        )
        self.keep_button = make_button(
            self.tr("Keep it"), self.tr("Keep the plan"), self.cancel_delete
        )
        self.confirm_bar = confirm_bar(self.confirm_label, self.confirm_button, self.keep_button)

        actions = self._build_actions()

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

    def _build_list_and_details(self) -> QHBoxLayout:
        """The plans on the left, the selected one's steps on the right."""
        self.plan_list = PlanList()
        self.plan_list.setAccessibleName(self.tr("Relief plans"))
        self.plan_list.currentItemChanged.connect(lambda *_: self._on_selection())
        self.plan_list.itemActivated.connect(lambda _item: self.play_selected())
        self.details = PlanDetails()
        self.detail_name = self.details.name
        self.detail_meta = self.details.meta
        self.detail_text = self.details.text
        self.detail_steps = self.details.steps
        middle = QHBoxLayout()
        middle.addWidget(self.plan_list, 5)
        middle.addWidget(self.details, 4)
        return middle

    def _build_actions(self) -> QHBoxLayout:
        """Play, Edit, Copy, Delete on the left; New plan on the right."""
        self.play_button = make_button(
            self.tr("&Play"), self.tr("Play the selected plan"), self.play_selected, primary=True
        )
        self.edit_button = make_button(
            self.tr("&Edit…"), self.tr("Edit the selected plan"), self.edit_selected
        )
        self.copy_button = make_button(
            self.tr("&Copy to my plans"),
            self.tr("Copy the selected plan to my plans"),
            self.copy_selected,
        )
        self.delete_button = make_button(
            self.tr("De&lete…"), self.tr("Delete the selected plan"), self.ask_delete
        )
        self.new_button = make_button(
            self.tr("&New plan"), self.tr("Make a new plan"), self.new_plan
        )
        self.play_button.setToolTip(shortcut_text("Enter"))
        self.delete_button.setToolTip(shortcut_text(QKeySequence.StandardKey.Delete))
        self.new_button.setToolTip(shortcut_text(QKeySequence.StandardKey.New))
        for button in (self.play_button, self.delete_button, self.new_button):
            button.setAccessibleDescription(button.toolTip())
        actions = QHBoxLayout()
        for b in (self.play_button, self.edit_button, self.copy_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        return actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.plan_list
            and isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and is_key(event, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.ask_delete()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        on_list = self.stack.currentWidget() is self.list_panel
        if on_list and is_key(event, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier):
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

    def reload(self, select: str | None = None) -> None:
        """Re-read the person's plans; keep (or move to) the selection by plan id."""
        from crampwise.storage import StoreError

        current = self.selected_entry()
        keep = select or (current.key if current else None)
        self._store_problem = ""
        if self.diary.is_ready:
            try:
                own = self.diary.custom_plans(self.library)
                self._own = CustomPlanList() if own is None else own
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
        if not self.diary.is_ready:
            return {}
        from crampwise.ui.advice_state import current_advice
        from crampwise.ui.relief_state import adjustments

        skip, _cautions = adjustments(current_advice(self.diary), plan_lang())
        return skip

    def skip_reason(self, step: ReliefStep) -> str | None:
        """Why the profile skips ``step`` when a plan plays, or None."""
        return self._skips.get(step.id, self._skips.get(step.intervention))

    def _fill_list(self, keep: str | None) -> None:
        self.plan_list.fill(
            self.shipped.plans, self._own, diary_open=self.diary.is_ready, keep=keep
        )
        self._on_selection()

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

    def entries(self) -> list[PlanEntry]:
        """Every selectable row, top to bottom."""
        return self.plan_list.entries()

    def selected_entry(self) -> PlanEntry | None:
        return self.plan_list.selected_entry()

    def select_plan(self, key: str) -> bool:
        """Select the row of plan id ``key`` (``calf_now``, ``custom_3``, ``broken_4``)."""
        row = self.plan_list.row_of(key)
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
        self.details.show_entry(entry, self.skip_reason)

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
        lang = plan_lang()
        taken = [p.name.get(lang) for p in self.shipped.plans] + [
            p.name.english for _, p in self._own
        ]
        return self._open_editor(copy_plan(entry.plan, taken, custom_tr, lang=lang), None)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_panel)
        self.plan_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_draft(self, draft: ReliefPlan) -> None:
        from crampwise.storage import StoreError

        if not self.diary.is_ready:
            self.editor.show_errors([self.tr("The diary is not open yet: try again in a moment.")])
            return
        try:
            row_id = self.diary.save_custom_plan(self.editor.row_id, draft, self.library)
        except PlanValidationError as exc:
            could_not = self.tr("It could not be saved: {0}")
            self.editor.show_errors([could_not.format(e) for e in exc.errors])
            return
        except StoreError as exc:
            self.editor.show_errors([self.tr("It could not be saved: {0}").format(localized(exc))])
            return
        self.reload(select=plan_id_for(row_id))
        self.show_list()
        self.status.emit(self.tr("Saved “{0}”.").format(draft.name.english))

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

        entry = self._pending_delete
        self._pending_delete = None
        self.confirm_bar.hide()
        if entry is None or entry.row_id is None or not self.diary.is_ready:
            return
        row = self.plan_list.currentRow()
        try:
            self.diary.delete_custom_plan(entry.row_id)
        except StoreError as exc:
            self.status.emit(
                self.tr("“{0}” could not be deleted: {1}").format(entry.name, localized(exc))
            )
            return
        self.reload(select="")
        # Select what now sits where the deleted plan was, or the row above it.
        for candidate in (row, row - 1):
            if self.plan_list.entry_at(candidate) is not None:
                self.plan_list.setCurrentRow(candidate)
                break
        self.plan_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.emit(self.tr("Deleted “{0}”.").format(entry.name))
