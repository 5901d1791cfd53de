"""The window's pages but Tonight: each is built on its first visit, and its typed signals are
wired to the window then (``MainWindow.page``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from crampwise.ui.mainwindow import MainWindow


def _history(window: MainWindow) -> QWidget:
    from crampwise.ui.history import HistoryPage

    return _reports_status(HistoryPage(window.diary), window)


def _insights(window: MainWindow) -> QWidget:
    from crampwise.ui.insights import InsightsPage  # QtCharts loads on first visit only

    return _reports_status(InsightsPage(window.diary), window)


def _plans(window: MainWindow) -> QWidget:
    from crampwise.ui.plans_page import PlansPage

    page = _reports_status(PlansPage(window.diary), window)
    page.playRequested.connect(window.play_plan)
    return page


def _prevention(window: MainWindow) -> QWidget:
    from crampwise.ui.prevention import PreventionPage

    page = _reports_status(PreventionPage(window.diary), window)
    page.routineRequested.connect(window.start_evening_routine)
    return page


def _profile(window: MainWindow) -> QWidget:
    from crampwise.ui.profile import ProfilePage

    return _reports_status(ProfilePage(window.diary), window)


def _learn(_window: MainWindow) -> QWidget:
    from crampwise.ui.learn import LearnPage

    return LearnPage()


class _StatusPage(Protocol):
    @property
    def status(self) -> SignalInstance: ...


_Page = TypeVar("_Page", bound=_StatusPage)


def _reports_status(page: _Page, window: MainWindow) -> _Page:
    """``page`` with its ``status`` messages shown in the window's status bar."""
    page.status.connect(window.show_status)
    return page


BUILDERS: dict[str, Callable[[MainWindow], QWidget]] = {
    "history": _history,
    "insights": _insights,
    "prevention": _prevention,
    "plans": _plans,
    "profile": _profile,
    "learn": _learn,
}


def build_page(key: str, window: MainWindow) -> QWidget:
    """The page called ``key``, new, wired to ``window``."""
    return BUILDERS[key](window)
