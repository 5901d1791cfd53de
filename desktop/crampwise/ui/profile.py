"""The health profile: conditions and medicines that change the advice. Saved on every change."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crampwise import i18n
from crampwise.domain.profile import CONDITION_IDS, HealthProfile, Medication, ProfileError
from crampwise.ui.advice_state import rulebook
from crampwise.ui.diary import Diary
from crampwise.ui.messages import localized
from crampwise.wording import full_date_text

if TYPE_CHECKING:
    from crampwise.advice import Rulebook


class _OptionalDate(QWidget):
    """A date that may be unknown: a tick box enables the date."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.check.setAccessibleName(self.tr("{0}: the date is known").format(label))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")  # month names follow the locale
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription(self.tr("Tick the box first to give a date."))
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.check)
        row.addWidget(self.edit)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(
            QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        )


class ProfilePage(QWidget):
    status = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self._loading = False
        self._medications: list[Medication] = []
        book = rulebook()
        self._catalogue = book.catalogue

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)
        lay = QVBoxLayout(body)
        intro = QLabel(
            self.tr(
                "Tell Crampwise about your health so its advice fits you: some steps are unsafe "
                "with some conditions, and some medicines make cramps more likely. This stays on "
                "this computer."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)

        lay.addWidget(self._build_conditions(book))
        lay.addWidget(self._build_medicines())
        lay.addStretch(1)

        self.add_button.clicked.connect(self.add_medication)
        self.med_input.returnPressed.connect(self._on_return)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._show_dates)
        for widget in (self.started, self.stopped):
            widget.check.toggled.connect(self._dates_changed)
            widget.edit.dateChanged.connect(self._dates_changed)
        diary.ready.connect(self.reload)
        if diary.is_ready:
            self.reload()

    def _build_conditions(self, book: Rulebook) -> QGroupBox:
        """One box per condition, its explanation under it."""
        lang = i18n.language()
        conditions = QGroupBox(self.tr("Conditions"))
        grid = QGridLayout(conditions)
        self.condition_checks: dict[str, QCheckBox] = {}
        for row, ident in enumerate(CONDITION_IDS):
            cond = book.conditions[ident]
            check = QCheckBox(cond.label(lang))
            check.setAccessibleDescription(cond.explanation(lang))
            explain = QLabel(cond.explanation(lang))
            explain.setWordWrap(True)
            explain.setProperty("role", "muted")
            # The explanation sits under its box: long names (French ones) then fit the width.
            explain.setContentsMargins(28, 0, 0, 8)
            grid.addWidget(check, 2 * row, 0)
            grid.addWidget(explain, 2 * row + 1, 0)
            check.toggled.connect(self._save)
            self.condition_checks[ident] = check
        grid.setColumnStretch(0, 1)
        return conditions

    def _build_medicines(self) -> QGroupBox:
        """The name box with suggestions, the list, the dates of the selected one."""
        meds = QGroupBox(self.tr("Medicines"))
        ml = QVBoxLayout(meds)
        add_row = QHBoxLayout()
        self.med_input = QLineEdit()
        self.med_input.setPlaceholderText(self.tr("Type a medicine's name (generic or brand)…"))
        self.med_input.setAccessibleName(self.tr("Medicine name"))
        self.med_input.setAccessibleDescription(
            self.tr("Type a name, then press Enter or Add. Suggestions appear as you type.")
        )
        # Suggestions in the interface's language; the catalogue matches names in either
        # language, ignoring case and accents, so the list is rebuilt as the person types.
        self._suggestions = QStringListModel(self)
        self.completer = QCompleter(self._suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.med_input.setCompleter(self.completer)
        self.med_input.textEdited.connect(self._suggest)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this medicine"))
        add_row.addWidget(self.med_input, 1)
        add_row.addWidget(self.add_button)
        ml.addLayout(add_row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Medicine"), self.tr("Recognised as"), self.tr("Started"), self.tr("Stopped")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 260)
        self.table.setMinimumHeight(160)
        self.table.setAccessibleName(self.tr("Your medicines"))
        self.table.setAccessibleDescription(
            self.tr("Select a medicine to give the dates it was started or stopped.")
        )
        ml.addWidget(self.table)
        dates = QHBoxLayout()
        self.started = _OptionalDate(self.tr("Started on"))
        self.stopped = _OptionalDate(self.tr("Stopped on"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected medicine"))
        dates.addWidget(self.started)
        dates.addWidget(self.stopped)
        dates.addStretch(1)
        dates.addWidget(self.remove_button)
        ml.addLayout(dates)
        hint = QLabel(
            self.tr(
                "Dates are optional: with them, Insights can compare your cramps before and after."
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        ml.addWidget(hint)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        ml.addWidget(self.error_label)
        return meds

    # --- load and save ------------------------------------------------------------------

    def reload(self) -> None:
        profile = self.diary.profile()
        if profile is None:
            return
        self._loading = True
        for ident, check in self.condition_checks.items():
            check.setChecked(ident in profile.conditions)
        self._medications = list(profile.medications)
        self._loading = False
        self._fill_table()

    def profile(self) -> HealthProfile:
        conditions = frozenset(i for i, c in self.condition_checks.items() if c.isChecked())
        return HealthProfile(conditions=conditions, medications=tuple(self._medications))

    def _save(self) -> None:
        if self._loading:
            return
        if self.diary.save_profile(self.profile()):
            self.status.emit(self.tr("Profile saved. Your advice is updated."))

    def _fill_table(self) -> None:
        classes = self._catalogue.classes
        lang = i18n.language()
        self.table.setRowCount(len(self._medications))
        for row, med in enumerate(self._medications):
            # A combination product shows every class it holds ("ACE inhibitor + thiazide…").
            ids = self._catalogue.classes_of(med.name) or (med.drug_class or "",)
            labels = [classes[i].label(lang) for i in ids if i in classes]
            recognised = " + ".join(labels) if labels else self.tr("Not recognised")
            cells = (
                med.name,
                recognised,
                full_date_text(med.started) if med.started else "",
                full_date_text(med.stopped) if med.stopped else "",
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    # --- medicines ----------------------------------------------------------------------

    def _suggest(self, text: str) -> None:
        names = self._catalogue.suggestions(text, i18n.language()) if text.strip() else []
        self._suggestions.setStringList(names)
        popup = self.completer.popup()
        if names:
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def _on_return(self) -> None:
        """Enter adds what the box holds, unless it picks a suggestion: that only fills the
        box (the box reaches Enter before the list of suggestions does)."""
        popup = self.completer.popup()
        chosen = popup.selectionModel() if popup is not None else None
        if popup is not None and popup.isVisible() and chosen and chosen.hasSelection():
            return
        self.add_medication()

    def add_medication(self) -> None:
        name = " ".join(self.med_input.text().split())
        if not name:
            return
        for listed in self._medications:
            if self._catalogue.same_medicine(name, listed.name):
                if listed.name.casefold() == name.casefold():
                    text = self.tr("“{0}” is already in your list.").format(listed.name)
                else:
                    text = self.tr("“{0}” is already in your list, as “{1}”.").format(
                        name, listed.name
                    )
                self._error(text)
                return
        match = self._catalogue.lookup(name)
        try:
            med = Medication(name, match.drug_class if match else None)
        except ProfileError as exc:
            self._error(localized(exc))
            return
        self._medications.append(med)
        self.error_label.hide()
        self.med_input.clear()
        self._fill_table()
        self.table.selectRow(len(self._medications) - 1)
        self._save()
        if match is None:
            self.status.emit(
                self.tr("“{0}” is kept but not recognised: no advice is given for it.").format(name)
            )

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._medications):
            del self._medications[row]
            self._fill_table()
            self._save()

    def _show_dates(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._medications):
            return
        self._loading = True
        self.started.set_value(self._medications[row].started)
        self.stopped.set_value(self._medications[row].stopped)
        self._loading = False

    def _dates_changed(self, *_args: Any) -> None:
        row = self.table.currentRow()
        if self._loading or not 0 <= row < len(self._medications):
            return
        old = self._medications[row]
        try:
            self._medications[row] = Medication(
                old.name, old.drug_class, self.started.value(), self.stopped.value()
            )
        except ProfileError as exc:
            self._error(localized(exc))
            return
        self.error_label.hide()
        self._fill_table()
        self.table.selectRow(row)
        self._save()

    def _error(self, text: str) -> None:
        self.error_label.setText(text[0].upper() + text[1:])
        self.error_label.show()
