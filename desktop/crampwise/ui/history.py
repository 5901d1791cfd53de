"""History: every episode, newest first, grouped by night; sort, filter, edit, delete, undo.
A second tab lists the recorded nights and their check-ins (:mod:`crampwise.ui.nights_view`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crampwise.domain.episode import Episode
from crampwise.domain.limits import MAX_INTENSITY
from crampwise.domain.vocab import Location, Side
from crampwise.text import QT_TRANSLATE_NOOP
from crampwise.ui.diary import Diary
from crampwise.ui.episode_dialog import EpisodeDialog
from crampwise.ui.nights_view import NightsView
from crampwise.ui.stale import ReloadsWhenShown
from crampwise.ui.theme import current_theme
from crampwise.wording import (
    context_tag_label,
    duration_text,
    location_label,
    location_labels,
    moment_text,
    night_dates_text,
    side_label,
    side_text,
    time_text,
    yes_no,
)

AnyIndex = QModelIndex | QPersistentModelIndex
# Translated where shown: QCoreApplication.translate("History", title).
COLUMNS = (
    QT_TRANSLATE_NOOP("History", "Night"),
    QT_TRANSLATE_NOOP("History", "Started"),
    QT_TRANSLATE_NOOP("History", "Lasted"),
    QT_TRANSLATE_NOOP("History", "Side"),
    QT_TRANSLATE_NOOP("History", "Where"),
    QT_TRANSLATE_NOOP("History", "Intensity"),
    QT_TRANSLATE_NOOP("History", "Helped"),
    QT_TRANSLATE_NOOP("History", "Triggers"),
    QT_TRANSLATE_NOOP("History", "Note"),
)
EPISODE_ROLE = Qt.ItemDataRole.UserRole + 2


def column_title(section: int) -> str:
    return QCoreApplication.translate("History", COLUMNS[section])


def _duration_text(ep: Episode) -> str:
    if ep.duration is None:
        return QCoreApplication.translate("History", "ongoing")
    return duration_text(ep.duration.total_seconds())


class EpisodeTableModel(QAbstractTableModel):
    """The episodes the filters let through, in the chosen order (the store's: newest first).

    Filtering and sorting are plain Python over the list, one pass each: 20,000 episodes take a
    few milliseconds. (A QSortFilterProxyModel called ``filterAcceptsRow`` from C++ once per row
    after every sort, ~60 ms, and sorting through it called ``data()`` per comparison, ~1.4 s.)
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._episodes: list[Episode] = []  # shown: filtered, then sorted
        self._in_store_order: list[Episode] = []  # all, newest first: sort ties keep this order
        self._night_parity: dict[date, int] = {}
        self._sorted_by = (1, Qt.SortOrder.DescendingOrder)
        self.since: date | None = None
        self.until: date | None = None
        self.location: Location | None = None

    def set_episodes(self, episodes: list[Episode]) -> None:
        self.beginResetModel()
        self._in_store_order = episodes
        nights = sorted({e.night for e in episodes}, reverse=True)
        self._night_parity = {n: i % 2 for i, n in enumerate(nights)}
        self._refresh_rows()
        self.endResetModel()

    def set_filter(self, since: date | None, until: date | None, location: Location | None) -> None:
        """Show only the nights ``since``..``until`` (inclusive) and the place ``location``."""
        self.beginResetModel()
        self.since, self.until, self.location = since, until, location
        self._refresh_rows()
        self.endResetModel()

    def total(self) -> int:
        """Every episode, shown or filtered out."""
        return len(self._in_store_order)

    def row_of(self, episode_id: int | None) -> int | None:
        for row, ep in enumerate(self._episodes):
            if ep.id == episode_id:
                return row
        return None

    def _refresh_rows(self) -> None:
        since, until, location = self.since, self.until, self.location
        shown = self._in_store_order
        if since is not None or until is not None or location is not None:
            shown = [
                e
                for e in shown
                if (since is None or e.night >= since)
                and (until is None or e.night <= until)
                and (location is None or location in e.locations)
            ]
        column, order = self._sorted_by
        if (column, order) == (1, Qt.SortOrder.DescendingOrder):
            self._episodes = shown  # already the store's order
        else:
            key = self._sort_keys().get(column) or (lambda e: self._display(e, column).lower())
            descending = order == Qt.SortOrder.DescendingOrder
            # A stable sort of the store's order: ties stay newest first (reverse keeps it).
            self._episodes = sorted(shown, key=key, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row; the selection follows its episodes."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        kept_episodes = [self._episodes[i.row()] if i.isValid() else None for i in kept]
        self._sorted_by = (column, order)
        self._refresh_rows()
        new_rows = {id(ep): row for row, ep in enumerate(self._episodes)} if kept else {}
        moved = [
            self.index(new_rows[id(ep)], i.column()) if ep is not None else QModelIndex()
            for i, ep in zip(kept, kept_episodes, strict=True)
        ]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def episode(self, row: int) -> Episode:
        return self._episodes[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._episodes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ep = self._episodes[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ep, col)
        if role == EPISODE_ROLE:
            return ep
        if role == Qt.ItemDataRole.BackgroundRole and self._night_parity.get(ep.night):
            # Nights alternate in shade so the rows of one night read as a group.
            return QColor(current_theme().background)
        if role == Qt.ItemDataRole.ToolTipRole and col == 8 and ep.note:
            return ep.note[:500]
        return None

    @staticmethod
    def _display(ep: Episode, col: int) -> str:
        match col:
            case 0:
                return night_dates_text(ep.night, date.today().year)
            case 1:
                return time_text(ep.started_at)  # the date is the night's, beside it
            case 2:
                return _duration_text(ep)
            case 3:
                return side_text(ep.side)
            case 4:
                return ", ".join(location_label(loc) for loc in sorted(ep.locations))
            case 5:
                return "" if ep.intensity is None else f"{ep.intensity}/{MAX_INTENSITY}"
            case 6:
                return yes_no(ep.helped)
            case 7:
                return ", ".join(context_tag_label(t) for t in sorted(ep.tags))
            case _:
                return ep.note.replace("\n", " ")[:120]

    @staticmethod
    def _sort_keys() -> dict[int, Callable[[Episode], Any]]:
        """Typed keys for the columns where text order would be wrong (times, numbers)."""
        when: Callable[[Episode], Any] = lambda e: e.started_at.timestamp()  # noqa: E731
        return {
            0: when,
            1: when,
            2: lambda e: -1.0 if e.duration is None else e.duration.total_seconds(),
            5: lambda e: -1 if e.intensity is None else e.intensity,
            6: lambda e: {True: 2, False: 1, None: 0}[e.helped],
        }


class HistoryPage(ReloadsWhenShown, QWidget):
    status = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.model = EpisodeTableModel(self)
        self._deleted: list[Episode] = []
        self._stale = True

        # Two tabs: the episodes, and the nights (each recorded night and its check-in).
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        QVBoxLayout(self).addWidget(self.tabs)
        self.episodes_tab = QWidget()
        lay = QVBoxLayout(self.episodes_tab)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addLayout(self._build_filters())

        lay.addWidget(self._build_table(), 1)

        self.empty_label = QLabel(
            self.tr("No episodes yet. When a cramp wakes you, press Cramp now on Tonight.")
        )
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.empty_label)

        lay.addLayout(self._build_actions())
        self.nights_view = NightsView(diary)
        self.nights_view.status.connect(self.status)
        self.tabs.addTab(self.episodes_tab, self.tr("Episodes"))
        self.tabs.addTab(self.nights_view, self.tr("Nights"))

        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.view.activated.connect(lambda _i: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Undo, self.episodes_tab, self.undo_delete)
        self.range_check.toggled.connect(self._apply_filter)
        self.since_edit.dateChanged.connect(self._apply_filter)
        self.until_edit.dateChanged.connect(self._apply_filter)
        self.location_combo.currentIndexChanged.connect(self._apply_filter)
        diary.changed.connect(self.mark_stale)
        diary.ready.connect(self.mark_stale)

    def _build_filters(self) -> QHBoxLayout:
        """Only nights between two dates, only one place."""
        filters = QHBoxLayout()
        self.range_check = QCheckBox(self.tr("Only nights from"))
        # Room for the focus outline, which the style sheet draws inside the box.
        self.range_check.setMinimumWidth(self.range_check.sizeHint().width() + 16)
        self.range_check.setAccessibleName(self.tr("Only show nights between two dates"))
        self.since_edit = QDateEdit()
        self.until_edit = QDateEdit()
        for edit, name in (
            (self.since_edit, self.tr("First night")),
            (self.until_edit, self.tr("Last night")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")  # month names follow the locale
            edit.setAccessibleName(name)
            edit.setDate(QDate.currentDate())
        self.since_edit.setDate(QDate.currentDate().addDays(-30))
        self.location_combo = QComboBox()
        self.location_combo.setAccessibleName(self.tr("Only this place"))
        self.location_combo.addItem(self.tr("Everywhere"), None)
        for loc, label in location_labels().items():
            self.location_combo.addItem(label, loc.value)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.until_edit)
        filters.addWidget(self.range_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(to_label)
        filters.addWidget(self.until_edit)
        filters.addSpacing(16)
        filters.addWidget(self.location_combo)
        filters.addStretch(1)
        return filters

    def _build_table(self) -> QTableView:
        """The episodes, newest first, sortable by any column."""
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(36)
        self._size_columns()
        self.view.setAccessibleName(self.tr("Episodes, newest first"))
        self.view.setAccessibleDescription(
            self.tr("Enter edits the selected episode, Delete removes it, Ctrl+Z undoes.")
        )
        return self.view

    def _build_actions(self) -> QHBoxLayout:
        """Edit, Delete, Undo, and how many episodes are shown."""
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected episode"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected episode"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.setEnabled(False)
        for b in (self.edit_button, self.delete_button, self.undo_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        actions.addWidget(self.count_label)
        return actions

    def _size_columns(self) -> None:
        """Measure, once, what each column needs: its title (bold, with room for the sort
        arrow when sorted by it) and, for the short columns, their longest words. Measuring
        sample words rather than rows keeps 20,000 rows instant."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        bold = header.font()
        bold.setBold(True)
        titles, cells = QFontMetrics(bold), QFontMetrics(self.view.font())
        samples: dict[int, list[str]] = {
            0: [night_dates_text(date(2026, 11, 30), 2026), night_dates_text(date(2025, 5, 20))],
            1: [time_text(datetime(2026, 1, 1, 23, 59)), time_text(datetime(2026, 1, 1, 11, 59))],
            2: [duration_text(659)],
            3: [side_text(None), *(side_label(s) for s in Side)],
            5: ["10/10"],
            6: [yes_no(True), yes_no(False)],
        }
        # The header's padding is 6 px a side (theme.py), a cell's text margin 4 or 5 px.
        self._title_widths = [
            titles.horizontalAdvance(column_title(col)) + 14 for col in range(len(COLUMNS))
        ]
        self._content_widths = {
            col: max(cells.horizontalAdvance(text) for text in texts) + 12
            for col, texts in samples.items()
        }
        header.sortIndicatorChanged.connect(lambda *_: self._fit_columns())
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column on screen in a window 1024 px wide, in either language: the short
        columns as wide as they need, the free text (places, triggers, note) sharing the rest,
        never narrower than its title."""
        header = self.view.horizontalHeader()
        arrow = header.sortIndicatorSection()

        def title(col: int) -> int:
            return self._title_widths[col] + (16 if col == arrow else 0)

        widths = {col: max(title(col), content) for col, content in self._content_widths.items()}
        free = {4: 3, 7: 3, 8: 4}  # Where, Triggers, Note: their shares of the rest
        spare = self.view.viewport().width() - sum(widths.values())
        spare -= sum(title(col) for col in free)
        total = sum(free.values())
        for col, share in free.items():
            widths[col] = title(col) + max(0, spare) * share // total
        for col, width in widths.items():
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)

    # --- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.diary.is_ready:
            return
        selected = self.selected_episode()
        self.model.set_episodes(self.diary.episodes())
        self._stale = False
        empty = self.model.total() == 0
        self.empty_label.setVisible(empty)
        self._show_count()
        if selected is not None:
            self.select_episode(selected.id)

    def _apply_filter(self) -> None:
        on = self.range_check.isChecked()
        since = self.since_edit.date().toPython() if on else None
        until = self.until_edit.date().toPython() if on else None
        raw = self.location_combo.currentData()
        self.model.set_filter(since, until, Location(raw) if raw else None)  # type: ignore[arg-type]
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(
            self.tr("{0} of %n episode(s)", "", total).format(self.model.rowCount())
        )

    # --- selection and actions ----------------------------------------------------------

    def selected_episode(self) -> Episode | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        ep = rows[0].data(EPISODE_ROLE)
        return ep if isinstance(ep, Episode) else None

    def select_episode(self, episode_id: int | None) -> None:
        row = self.model.row_of(episode_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def edit_selected(self) -> EpisodeDialog | None:
        ep = self.selected_episode()
        if ep is None:
            return None
        dialog = EpisodeDialog(
            self.diary, ep, title=self.tr("Edit episode"), past_presets=False, parent=self
        )
        dialog.accepted.connect(
            lambda: self.status.emit(dialog.outcome_text(self.tr("Episode saved.")))
        )
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        ep = self.selected_episode()
        if ep is None or ep.id is None:
            return
        removed = self.diary.delete(ep.id)
        if removed is not None:
            self._deleted.append(removed)
            self.undo_button.setEnabled(True)
            self.status.emit(
                self.tr("Deleted the cramp of {0}. Ctrl+Z undoes.").format(
                    moment_text(removed.started_at)
                )
            )

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        episode = self._deleted.pop()
        if self.diary.restore(episode) is None:
            self._deleted.append(episode)
            return
        self.undo_button.setEnabled(bool(self._deleted))
        self.select_episode(episode.id)
        self.status.emit(self.tr("Episode restored."))
