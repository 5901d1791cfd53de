"""Export and import from the window: the diary runs the same use cases as ``crampwise
export``/``import`` (:mod:`crampwise.service`)."""

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
    _done = Signal(str, bool)  # message, ok: crosses from the worker

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
        if not self.diary.is_ready:
            return
        name = f"crampwise-{local_now():%Y-%m-%d}.json"
        chosen = self.ask_export(self.window, str(Path(self._folder()) / name))
        if not chosen:
            return
        path = Path(chosen)

        def work() -> tuple[str, bool]:
            from crampwise.exchange import ExchangeError
            from crampwise.storage.schema import StoreError

            try:
                count = self.diary.export_to(path)  # the CLI's export
            except (ExchangeError, StoreError, OSError) as exc:
                return self.tr("Export failed: {0}").format(localized(exc)), False
            return self.tr("Exported %n episode(s) to {0}.", "", count).format(path.name), True

        self._run(work)

    def import_diary(self) -> None:
        if not self.diary.is_ready:
            return
        chosen = self.ask_import(self.window, self._folder())
        if not chosen:
            return
        path = Path(chosen)

        def work() -> tuple[str, bool]:
            from crampwise.exchange import ExchangeError
            from crampwise.storage.schema import StoreError

            try:
                report, warning = self.diary.import_from(path)  # the CLI's, backup and all
            except (ExchangeError, StoreError, OSError) as exc:
                return self.tr("Nothing was imported: {0}").format(localized(exc)), False
            if warning is not None:
                return f"{localized(report)} {localized(warning)}", True
            return localized(report), True

        self._run(work)

    def _run(self, work: Callable[[], tuple[str, bool]]) -> None:
        if not self.background:
            self._report(*work())
            return

        def run() -> None:
            self._done.emit(*work())

        threading.Thread(target=run, name="crampwise-exchange", daemon=True).start()

    def _report(self, message: str, ok: bool) -> None:
        """The diary has announced its own changes (an import) before this."""
        (self.finished if ok else self.failed).emit(message)
