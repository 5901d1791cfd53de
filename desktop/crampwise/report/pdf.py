"""Write the report to a PDF (atomically, private to the person) or send it to a printer."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QApplication

from crampwise.i18n import translate
from crampwise.report.document import (
    EpisodeSource,
    ReportData,
    build_document,
    collect_report_data,
    report_title,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

# Where Letter paper is the norm (the rest of the world uses A4).
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
    }
)
# QTextDocument.print_() adds its own 2 cm margin (and the page numbers) inside the paper.
MARGINS_MM = QMarginsF(0, 0, 0, 0)

_app: QApplication | None = None  # kept alive when the CLI had to create one


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    territory = (locale or QLocale()).territory()
    if territory in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def default_filename(today: date | None = None) -> str:
    return f"crampwise-report-{(today or date.today()).isoformat()}.pdf"


def ensure_gui_application(language: str | None = None) -> bool:
    """Fonts, images and charts need a QApplication (QtCharts draws with QtWidgets' graphics
    scene); the CLI has none, so make an offscreen one.

    ``language`` (a setting: ``"system"``, ``"en"``, ``"fr"``): the language of the report
    when this call makes the application; an existing application keeps its own. Returns
    whether an application was made.
    """
    global _app
    if QApplication.instance() is not None:
        return False
    _app = QApplication(["crampwise", "-platform", "offscreen"])
    if language is not None:
        from crampwise import i18n

        i18n.install(_app, language)
    return True


def build_report(
    store_or_data: EpisodeSource | ReportData,
    start: date,
    end: date,
    path: str | os.PathLike[str],
    page_size: QPageSize.PageSizeId | None = None,
    *,
    today: date | None = None,
) -> Path:
    """Write the report for nights ``start``..``end`` to ``path`` (0600, temp file + rename).

    ``store_or_data`` is an open store (anything with ``episodes()`` and ``profile()``) or
    ready ``ReportData`` (whose own period then wins). Raises ``OSError`` if it cannot write.
    """
    from PySide6.QtGui import QPdfWriter

    ensure_gui_application()
    if isinstance(store_or_data, ReportData):
        data = store_or_data
    else:
        data = collect_report_data(store_or_data, start, end, today)
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    if not folder.is_dir():
        raise FileNotFoundError(2, "No such folder", str(folder))
    doc = build_document(data)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)  # mkstemp made it 0600; QPdfWriter reopens it by name
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(page_size or page_size_for_locale()))
        writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(report_title(data))
        writer.setCreator("Crampwise")
        doc.print_(writer)
        del writer  # closes the file
        if tmp.stat().st_size == 0:
            raise OSError(5, "The PDF came out empty", str(target))
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        tmp.chmod(0o600)
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


AskPrinter = Callable[["QPrinter", "QWidget | None"], bool]


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """The platform's print dialog; ``True`` when the person pressed Print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Report", "Print the Crampwise report"))
    return bool(dialog.exec() == QPrintDialog.DialogCode.Accepted)


def print_report(
    data: ReportData, parent: QWidget | None = None, *, ask: AskPrinter | None = None
) -> bool:
    """Print the same document as the PDF. ``ask`` replaces the dialog (tests)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(page_size_for_locale()))
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setDocName(report_title(data))
    if not (ask or ask_printer)(printer, parent):
        return False
    build_document(data).print_(printer)
    return True
