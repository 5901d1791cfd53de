"""The doctor report: a PDF (or a printout) of the diary over a period of nights.

``build_report`` and ``print_report`` need Qt's GUI module (fonts, images, PDF writer) but no
window; importing this package is cheap, as Qt is imported by ``crampwise.report.pdf``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crampwise.report.document import ReportData, collect_report_data, default_period
    from crampwise.report.pdf import (
        build_report,
        default_filename,
        page_size_for_locale,
        print_report,
    )

__all__ = [
    "ReportData",
    "build_report",
    "collect_report_data",
    "default_filename",
    "default_period",
    "page_size_for_locale",
    "print_report",
]

_WHERE = {
    "ReportData": "document",
    "collect_report_data": "document",
    "default_period": "document",
    "build_report": "pdf",
    "default_filename": "pdf",
    "page_size_for_locale": "pdf",
    "print_report": "pdf",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"crampwise.report.{_WHERE[name]}"), name)
    raise AttributeError(name)
