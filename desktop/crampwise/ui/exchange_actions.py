"""Export and import from the window: the same functions as ``crampwise export``/``import``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from crampwise.domain.episode import local_now
from crampwise.ui.diary import Diary
from crampwise.ui.messages import localized

AskPath = Callable[[QWidget, str], str]  # (parent, suggested path) -> chosen path or ""


def ask_export_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExchangeActions", "Export your diary"),
        suggested,
        QCoreApplication.translate(
            "ExchangeActions", "Complete copy (*.json);;Spreadsheet (*.csv)"
        ),
    )
    return path


def ask_import_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExchangeActions", "Import a Crampwise export"),
        suggested,
        QCoreApplication.translate("ExchangeActions", "Crampwise exports (*.json *.csv)"),
    )
    return path


class ExchangeActions(QObject):
    """Runs exports and imports off the UI thread; reports in plain words."""

    finished = Signal(str)
    failed = Signal(str)
    _done = Signal(str, bool, bool)  # message, ok, diary changed: crosses from the worker

    def __init__(self, diary: Diary, parent: QWidget) -> None:
        super().__init__(parent)
        self.diary = diary
        self.window = parent
        self.ask_export: AskPath = ask_export_path
        self.ask_import: AskPath = ask_import_path
        self.background = True  # tests run synchronously
        self._done.connect(self._report)

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def export_diary(self) -> None:
        store = self.diary.store
        if store is None:
            return
        name = f"crampwise-{local_now():%Y-%m-%d}.json"
        chosen = self.ask_export(self.window, str(Path(self._folder()) / name))
        if not chosen:
            return
        path = Path(chosen)

        def work() -> tuple[str, bool]:
            from crampwise.exchange import ExchangeError, export_csv, export_json

            try:
                if path.suffix.lower() == ".csv":
                    count = export_csv(store, path)
                else:
                    count = export_json(store, path)
            except (ExchangeError, OSError) as exc:
                return self.tr("Export failed: {0}").format(localized(exc)), False
            return self.tr("Exported %n episode(s) to {0}.", "", count).format(path.name), True

        self._run(work, changes=False)

    def import_diary(self) -> None:
        store = self.diary.store
        if store is None:
            return
        chosen = self.ask_import(self.window, self._folder())
        if not chosen:
            return
        path = Path(chosen)

        def work() -> tuple[str, bool]:
            from crampwise.exchange import ExchangeError
            from crampwise.service import import_with_backup
            from crampwise.storage.schema import StoreError

            try:
                report, warning = import_with_backup(
                    store, path
                )  # the CLI's import, backup and all
            except (ExchangeError, StoreError, OSError) as exc:
                return self.tr("Nothing was imported: {0}").format(localized(exc)), False
            if warning is not None:
                return f"{localized(report)} {localized(warning)}", True
            return localized(report), True

        self._run(work, changes=True)

    def _run(self, work: Callable[[], tuple[str, bool]], *, changes: bool) -> None:
        if not self.background:
            self._report(*work(), changes)
            return

        def run() -> None:
            message, ok = work()
            self._done.emit(message, ok, changes)

        threading.Thread(target=run, name="crampwise-exchange", daemon=True).start()

    def _report(self, message: str, ok: bool, changes: bool) -> None:
        if ok and changes:
            self.diary.changed.emit()
            self.diary.profile_changed.emit()
        (self.finished if ok else self.failed).emit(message)
