from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crampwise.relief.plans import PlanLoadResult, load_default_plans
from crampwise.storage.store import EpisodeStore
from crampwise.ui.diary import Diary
from crampwise.ui.plans_page import PlansPage
from crampwise.ui.theme import NIGHT, apply_theme


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def shipped() -> PlanLoadResult:
    result = load_default_plans()
    assert result.plans and result.steps, result.errors
    return result


def open_page(qtbot: QtBot, store: EpisodeStore, shipped: PlanLoadResult) -> PlansPage:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, NIGHT)
    diary = Diary()
    page = PlansPage(diary, plans=shipped)
    qtbot.addWidget(page)
    page.resize(900, 720)
    page.show()
    qtbot.waitExposed(page)
    diary.attach(store)
    return page


@pytest.fixture
def page(qtbot: QtBot, store: EpisodeStore, shipped: PlanLoadResult) -> PlansPage:
    return open_page(qtbot, store, shipped)
