"""The left and right halves of My relief plans: the list of plans (built-in ones, then the
person's own) and the selected plan's details. The page (:mod:`crampwise.ui.plans_page`) holds
the actions and the editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crampwise.relief.custom import CustomPlanList
from crampwise.relief.plans import ReliefPlan, ReliefStep
from crampwise.ui.plan_parts import (
    ENTRY_ROLE,
    PlanEntry,
    about_text,
    kind_label,
    make_label,
    plan_lang,
    step_timing,
)


class PlanList(QListWidget):
    """Built in · read-only, then Your plans; each row a :class:`PlanEntry`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plansList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setStyleSheet("QListWidget#plansList::item { padding: 8px 10px; }")
        bigger = QFont(self.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.15)
        self.setFont(bigger)

    def fill(
        self,
        shipped: Sequence[ReliefPlan],
        own: CustomPlanList,
        *,
        diary_open: bool,
        keep: str | None,
    ) -> None:
        """List the plans again; select ``keep`` (a plan id), or else the first plan."""
        with QSignalBlocker(self):
            self.clear()
            self._add_header(self.tr("Built in · read-only"))
            for plan in shipped:
                self._add_entry(PlanEntry("builtin", plan))
            self._add_header(self.tr("Your plans"))
            if not diary_open:
                self._add_note(self.tr("Opening your diary…"))
            elif not own and not own.broken:
                self._add_note(self.tr("None yet: press New plan, or copy a built-in plan."))
            for row_id, plan in own:
                self._add_entry(PlanEntry("own", plan, row_id))
            for broken in own.broken:
                self._add_entry(PlanEntry("broken", row_id=broken.row_id, broken=broken))
        target = self.row_of(keep) if keep else None
        if target is None:
            target = next((i for i in range(self.count()) if self.entry_at(i) is not None), None)
        if target is not None:
            self.setCurrentRow(target)

    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        item.setFont(font)
        self.addItem(item)

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)

    def _add_entry(self, entry: PlanEntry) -> None:
        plan = entry.plan
        if plan is not None:
            n = len(plan.steps)
            who = self.tr("Built in") if entry.kind == "builtin" else self.tr("Yours")
            meta = " · ".join((who, self.tr("%n step(s)", "", n), about_text(plan)))
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
        self.addItem(item)

    def entry_at(self, row: int) -> PlanEntry | None:
        item = self.item(row)
        entry = item.data(ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, PlanEntry) else None

    def row_of(self, key: str | None) -> int | None:
        for row in range(self.count()):
            entry = self.entry_at(row)
            if entry is not None and entry.key == key:
                return row
        return None

    def entries(self) -> list[PlanEntry]:
        """Every selectable row, top to bottom."""
        found = (self.entry_at(i) for i in range(self.count()))
        return [e for e in found if e is not None]

    def selected_entry(self) -> PlanEntry | None:
        return self.entry_at(self.currentRow())


class PlanDetails(QScrollArea):
    """The selected plan: its name, who made it, what it is for, and its steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = make_label("", "title")
        self.meta = make_label("", "muted")
        self.text = make_label()
        self.steps = make_label()
        self.steps.setAccessibleName(self.tr("Steps of the selected plan"))
        body = QFont(self.steps.font())
        body.setPointSizeF(body.pointSizeF() * 1.1)
        for label in (self.text, self.steps):
            label.setFont(body)
        details = QWidget()
        details_lay = QVBoxLayout(details)
        details_lay.setContentsMargins(12, 0, 0, 0)
        for w in (self.name, self.meta, self.text, self.steps):
            details_lay.addWidget(w)
        details_lay.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(details)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_entry(
        self, entry: PlanEntry | None, skip_reason: Callable[[ReliefStep], str | None]
    ) -> None:
        """Show ``entry`` (nothing for ``None``); ``skip_reason`` says why the health profile
        leaves a step out, if it does."""
        if entry is None:
            for label in (self.name, self.meta, self.text, self.steps):
                label.clear()
            return
        self.name.setText(entry.name)
        if entry.plan is None:
            assert entry.broken is not None
            self.meta.setText(self.tr("Could not be read"))
            self.text.setText(
                self.tr(
                    "This saved plan does not match the steps this version of Crampwise knows "
                    "(or the file was damaged), so it cannot be played. Delete it and make it "
                    "again."
                )
            )
            self.steps.setText(entry.broken.message)
            return
        plan = entry.plan
        lang = plan_lang()
        who = self.tr("Built in, read-only") if entry.kind == "builtin" else self.tr("Your plan")
        self.meta.setText(" · ".join((who, kind_label(plan.kind), about_text(plan))))
        description = plan.description.get(lang)
        self.text.setText(description)
        self.text.setVisible(bool(description))
        lines = []
        for i, step in enumerate(plan.steps, start=1):
            lines.append(f"{i}. {step.title.get(lang)} — {step_timing(step)}")
            reason = skip_reason(step)
            if reason is not None:
                lines.append("    " + self.tr("⊘ Skipped for you: {0}").format(reason))
        self.steps.setText("\n".join(lines))
