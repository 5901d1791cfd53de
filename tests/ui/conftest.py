from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crampwise.relief.plans import PlanLoadResult, load_default_plans
from crampwise.storage.store import EpisodeStore
from crampwise.ui.diary import Diary
from crampwise.ui.plans_page import PlansPage
from crampwise.ui.theme import NIGHT, apply_theme


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
