"""History's Nights tab: each recorded night (and each evening check-in whose night is not
recorded yet, to finish), newest first, with what the evening held.

Enter or a double-click edits the night's check-in (the evening check-in dialog); Delete
removes the check-in, and Undo (or Ctrl+Z) puts it back. A night recorded only by its episodes
has no check-in to delete: its cramps are on the Episodes tab.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crampwise.domain.habits import ExperimentError
from crampwise.domain.nights import CheckIn, Night, NightError, NightStatus
from crampwise.storage.schema import StoreError
from crampwise.text import QT_TRANSLATE_NOOP
from crampwise.ui.checkin import CheckInDialog, current_night, open_checkin
from crampwise.ui.diary import Diary
from crampwise.ui.messages import localized
from crampwise.ui.stale import ReloadsWhenShown
from crampwise.wording import context_tag_label, night_dates_text, yes_no

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("Nights view", "Night"),
    QT_TRANSLATE_NOOP("Nights view", "How it went"),
    QT_TRANSLATE_NOOP("Nights view", "Factors"),
    QT_TRANSLATE_NOOP("Nights view", "Drinks"),
    QT_TRANSLATE_NOOP("Nights view", "Routine"),
)
NIGHT_ROLE = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Nights view", text)


def status_text(night: Night) -> str:
    """How the night went, in words: "Cramps (2)", "No cramps"."""
    if night.status is NightStatus.CRAMPS:
        cramps = QCoreApplication.translate("Nights view", "Cramps")
        return f"{cramps} ({night.episodes})" if night.episodes else cramps
    if night.status is NightStatus.NO_CRAMPS:
        return QCoreApplication.translate("Nights view", "No cramps")
    return QCoreApplication.translate("Nights view", "Not recorded")


class NightsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.nights: list[Night] = []  # newest first

    def set_nights(self, nights: list[Night]) -> None:
        self.beginResetModel()
        self.nights = nights
        self.endResetModel()

    def row_of(self, night: date) -> int | None:
        for row, n in enumerate(self.nights):
            if n.night == night:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.nights)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        night = self.nights[index.row()]
        if role == NIGHT_ROLE:
            return night
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(night, index.column())
        return None

    @staticmethod
    def _display(night: Night, col: int) -> str:
        checkin = night.checkin
        match col:
            case 0:
                return night_dates_text(night.night, date.today().year)
            case 1:
                return status_text(night)
            case 2:
                return ", ".join(sorted(context_tag_label(f) for f in night.factors))
            case 3:
                drinks = None if checkin is None else checkin.drinks
                return "" if drinks is None else str(drinks)
            case _:
                return "" if checkin is None else yes_no(checkin.routine_done)


class NightsView(ReloadsWhenShown, QWidget):
    status = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.model = NightsModel(self)
        self._deleted: list[CheckIn] = []
        lay = QVBoxLayout(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(36)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(self.tr("Recorded nights, newest first"))
        self.view.setAccessibleDescription(
            self.tr("Enter edits the night's check-in, Delete removes it, Ctrl+Z undoes.")
        )
        lay.addWidget(self.view, 1)
        self.empty_label = QLabel(
            self.tr(
                "No nights recorded yet. Answer “Last night?” in the morning, or do the "
                "evening check-in."
            )
        )
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.empty_label)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit check-in…"))
        self.delete_button = QPushButton(self.tr("Delete check-in"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setEnabled(False)
        for button in (self.edit_button, self.delete_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        lay.addLayout(actions)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.view.activated.connect(lambda _i: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        self._stale = True
        diary.changed.connect(self.mark_stale)
        diary.ready.connect(self.mark_stale)

    def reload(self) -> None:
        """Every recorded or checked-in night, from the first one the diary knows to tonight."""
        try:
            nights = self._recorded()
        except StoreError as problem:
            self.status.emit(localized(problem))
            return
        selected = self.selected_night()
        self._stale = False
        self.model.set_nights(nights)
        self.empty_label.setVisible(not nights)
        if selected is not None:
            self.select_night(selected.night)

    def _recorded(self) -> list[Night]:
        checkins = self.diary.nights.checkins()
        starts = [c.night for c in checkins]
        episodes = self.diary.episodes() if self.diary.is_ready else []
        starts += [e.night for e in episodes[-1:]]  # the store's order: oldest last
        if not starts:
            return []
        last = max(current_night(), *(c.night for c in checkins))
        nights = self.diary.nights.nights_between(min(starts), last)
        # Recorded nights, and those with an evening check-in still waiting for how they went.
        return [n for n in reversed(nights) if n.recorded or n.checkin is not None]

    # --- selection and actions ----------------------------------------------------------

    def selected_night(self) -> Night | None:
        rows = self.view.selectionModel().selectedRows()
        night = rows[0].data(NIGHT_ROLE) if rows else None
        return night if isinstance(night, Night) else None

    def select_night(self, night: date) -> None:
        row = self.model.row_of(night)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def edit_selected(self) -> CheckInDialog | None:
        night = self.selected_night()
        if night is None:
            return None
        dialog = open_checkin(self.diary, self, night=night.night)
        dialog.saved.connect(lambda _c: self.status.emit(self.tr("Check-in saved.")))
        return dialog

    def delete_selected(self) -> None:
        night = self.selected_night()
        if night is None:
            return
        if night.checkin is None:
            self.status.emit(
                self.tr("This night is recorded by its cramps: delete them on the Episodes tab.")
            )
            return
        try:
            self.diary.nights.delete_checkin(night.night)
        except StoreError as problem:
            self.status.emit(localized(problem))
            return
        self._deleted.append(night.checkin)
        self.undo_button.setEnabled(True)
        self.status.emit(self.tr("Check-in deleted. Ctrl+Z undoes."))

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        checkin = self._deleted[-1]
        try:
            self.diary.nights.record_checkin(checkin, today=max(current_night(), checkin.night))
        except (NightError, ExperimentError, StoreError) as problem:
            self.status.emit(localized(problem))
            return
        self._deleted.pop()
        self.undo_button.setEnabled(bool(self._deleted))
        self.select_night(checkin.night)
        self.status.emit(self.tr("Check-in restored."))
