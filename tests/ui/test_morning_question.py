"""The morning question: asked only after an unrecorded night, once a day, never taking the
keyboard from Cramp now; *No cramps* records the night, *I had cramps* hands the night on."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.storage.store import EpisodeStore
from crampwise.ui.diary import Diary
from crampwise.ui.morning_question import MorningQuestion

MORNING = datetime(2026, 11, 20, 7, 30)
LAST_NIGHT = date(2026, 11, 19)


class Page(QWidget):
    """A stand-in for Tonight: Cramp now has the keyboard, the question sits above it."""

    def __init__(self, diary: Diary) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        self.question = MorningQuestion(diary)
        self.cramp = QPushButton("Cramp now")
        lay.addWidget(self.question)
        lay.addWidget(self.cramp)


@pytest.fixture
def page(qtbot: QtBot, store: EpisodeStore) -> Page:
    diary = Diary()
    diary.attach(store)
    shown = Page(diary)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.cramp.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.cramp)
    return shown


def test_after_an_unrecorded_night_it_asks_without_taking_the_keyboard(page: Page) -> None:
    page.question.refresh(MORNING)
    assert page.question.isVisible()
    assert QApplication.focusWidget() is page.cramp


def test_no_cramps_records_the_night_in_one_press(
    qtbot: QtBot, page: Page, store: EpisodeStore
) -> None:
    store.save_checkin(CheckIn(LAST_NIGHT, factors=frozenset({"alcohol"}), drinks=2))
    page.question.refresh(MORNING)
    with qtbot.waitSignal(page.question.answered) as said:
        page.question.no_button.click()
    assert said.args == [LAST_NIGHT]
    saved = store.checkin(LAST_NIGHT)
    assert saved is not None and saved.status is NightStatus.NO_CRAMPS
    assert saved.drinks == 2  # the evening's check-in is kept
    assert not page.question.isVisible()
    page.question.refresh(MORNING + timedelta(hours=3))
    assert not page.question.isVisible()


def test_i_had_cramps_hands_the_night_on_and_records_nothing_itself(
    qtbot: QtBot, page: Page, store: EpisodeStore
) -> None:
    page.question.refresh(MORNING)
    with qtbot.waitSignal(page.question.hadCramps) as said:
        page.question.yes_button.click()
    assert said.args == [LAST_NIGHT]
    assert store.checkins() == [] and not page.question.isVisible()


def test_a_recorded_night_is_not_asked_about(page: Page, store: EpisodeStore) -> None:
    store.save_checkin(CheckIn(LAST_NIGHT, status=NightStatus.NO_CRAMPS))
    page.question.refresh(MORNING)
    assert not page.question.isVisible()


def test_not_before_five_in_the_morning_and_once_a_day(page: Page) -> None:
    page.question.refresh(MORNING.replace(hour=3))
    assert not page.question.isVisible()
    page.question.refresh(MORNING)
    assert page.question.isVisible()
    page.question.later_button.click()
    page.question.refresh(MORNING + timedelta(hours=2))
    assert not page.question.isVisible()
    page.question.refresh(MORNING + timedelta(days=1))  # a new day, a new unrecorded night
    assert page.question.isVisible()


def test_asked_once_a_day_even_after_a_restart(
    qtbot: QtBot, store: EpisodeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampwise.settings import load_settings
    from crampwise.ui import tonight
    from crampwise.ui.app import build_window

    clock = [MORNING]
    monkeypatch.setattr(tonight, "local_now", lambda: clock[0])  # the diary opens at 07:30

    window, diary = build_window(load_settings())
    qtbot.addWidget(window)
    diary.attach(store)
    window.tonight.morning.refresh(MORNING)
    assert not window.tonight.morning.isHidden()
    assert load_settings().morning_asked == MORNING.date().isoformat()
    window.tonight.morning.dismiss()

    # Crampwise is started again the same morning: the question is not asked again.
    clock[0] = MORNING + timedelta(hours=1)
    again, again_diary = build_window(load_settings())
    qtbot.addWidget(again)
    again_diary.attach(store)
    assert again.tonight.morning.isHidden()
    again.tonight.morning.refresh(MORNING + timedelta(days=1))  # the next morning it asks
    assert again.tonight.morning.night == MORNING.date()
