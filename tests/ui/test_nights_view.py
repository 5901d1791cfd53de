"""History's Nights tab: every recorded night, newest first; Enter edits the check-in, Delete
removes it, Ctrl+Z brings it back."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.storage.store import EpisodeStore
from crampwise.ui.checkin import CheckInDialog, current_night
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.nights_view import NightsView

TONIGHT = current_night()
TWO_AGO = TONIGHT - timedelta(days=2)
THREE_AGO = TONIGHT - timedelta(days=3)
FIVE_AGO = TONIGHT - timedelta(days=5)


@pytest.fixture
def nights(qtbot: QtBot, window: MainWindow, store: EpisodeStore) -> NightsView:
    store.save_checkin(CheckIn(TWO_AGO, factors=frozenset({"alcohol"}), drinks=2,
                               routine_done=True, status=NightStatus.NO_CRAMPS))  # fmt: skip
    store.save_checkin(CheckIn(THREE_AGO, routine_done=True))  # how it went: not said yet
    cramp = datetime.combine(FIVE_AGO + timedelta(days=1), time(3, 0)).astimezone()
    store.add(Episode(started_at=cramp, ended_at=cramp + timedelta(minutes=2)))
    window.go_to("history")
    history = window.history
    history.tabs.setCurrentWidget(history.nights_view)
    view = history.nights_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    return view


def test_it_lists_the_recorded_nights_newest_first(nights: NightsView) -> None:
    model = nights.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert [n.night for n in model.nights] == [TWO_AGO, THREE_AGO, FIVE_AGO]
    assert rows[0][1:] == ["No cramps", "Alcohol", "2", "Yes"]
    assert rows[1][1:] == ["Not recorded", "", "", "Yes"]  # a check-in waiting to be finished
    assert rows[2][1] == "Cramps (1)"


def test_enter_edits_the_nights_check_in(
    qtbot: QtBot, nights: NightsView, store: EpisodeStore
) -> None:
    nights.view.setFocus()
    nights.view.selectRow(0)
    qtbot.keyClick(nights.view, Qt.Key.Key_Return)
    dialog = nights.findChild(CheckInDialog)
    assert dialog is not None and dialog.isVisible() and dialog.night == TWO_AGO
    assert dialog.factor_buttons["alcohol"].isChecked() and dialog.drinks.value() == 2
    dialog.factor_buttons["caffeine"].click()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    saved = store.checkin(TWO_AGO)
    assert saved is not None and saved.factors == {"alcohol", "caffeine"}
    assert saved.status is NightStatus.NO_CRAMPS  # how the night went is kept
    qtbot.waitUntil(lambda: "Caffeine" in str(nights.model.index(0, 2).data()))


def test_delete_removes_the_check_in_and_ctrl_z_brings_it_back(
    qtbot: QtBot, nights: NightsView, store: EpisodeStore
) -> None:
    before = store.checkin(TWO_AGO)
    nights.view.setFocus()
    nights.view.selectRow(0)
    qtbot.keyClick(nights.view, Qt.Key.Key_Delete)
    assert store.checkin(TWO_AGO) is None
    qtbot.waitUntil(lambda: nights.model.rowCount() == 2)
    qtbot.keyClick(nights.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.checkin(TWO_AGO) == before
    qtbot.waitUntil(lambda: nights.model.rowCount() == 3)


def test_a_night_recorded_by_its_cramps_is_not_deleted_here(
    qtbot: QtBot, nights: NightsView, store: EpisodeStore
) -> None:
    nights.view.selectRow(2)
    with qtbot.waitSignal(nights.status) as said:
        nights.delete_selected()
    assert "Episodes" in said.args[0]
    assert len(store.episodes()) == 1


def test_a_night_left_unknown_is_finished_from_its_check_in(
    qtbot: QtBot, nights: NightsView, store: EpisodeStore
) -> None:
    nights.view.setFocus()
    nights.view.selectRow(1)
    qtbot.keyClick(nights.view, Qt.Key.Key_Return)
    dialog = nights.findChild(CheckInDialog)
    assert dialog is not None and dialog.night == THREE_AGO
    assert dialog.no_cramps_button is not None and dialog.cramps_button is not None
    dialog.cramps_button.click()
    dialog.no_cramps_button.click()  # one or the other, never both
    assert not dialog.cramps_button.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    saved = store.checkin(THREE_AGO)
    assert saved is not None and saved.status is NightStatus.NO_CRAMPS and saved.routine_done
    qtbot.waitUntil(lambda: nights.model.index(1, 1).data() == "No cramps")
