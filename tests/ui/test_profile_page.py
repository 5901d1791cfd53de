"""The health profile's medicines: suggestions, picking one, and no duplicates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from crampwise import i18n
from crampwise.storage.store import EpisodeStore
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.profile import ProfilePage


def _profile(window: MainWindow) -> ProfilePage:
    window.go_to("profile")
    page = window.page("profile")
    assert isinstance(page, ProfilePage)
    return page


def _offered(page: ProfilePage) -> list[str]:
    return page.completer.model().stringList()  # type: ignore[attr-defined, no-any-return]


def test_picking_a_suggestion_fills_the_box_and_enter_then_adds_it(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    page = _profile(window)
    page.med_input.setFocus()
    qtbot.keyClicks(page.med_input, "atorv")
    popup = page.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert _offered(page)[0] == "atorvastatin"  # then the products that contain it
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.med_input.text() == "atorvastatin"  # the pick stays in the box
    assert page.table.rowCount() == 0 and store.profile().medications == ()
    qtbot.keyClick(page.med_input, Qt.Key.Key_Return)
    assert [m.name for m in store.profile().medications] == ["atorvastatin"]
    assert page.med_input.text() == ""


def test_suggestions_come_in_the_interface_language_and_either_language_finds_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _profile(window)
    qtbot.keyClicks(page.med_input, "statin")
    english = _offered(page)
    assert "atorvastatin" in english and "atorvastatine" not in english
    page.med_input.clear()
    qtbot.keyClicks(page.med_input, "atorvastatine")  # the French name, typed in English
    offered = _offered(page)
    assert offered[0] == "atorvastatin" and "atorvastatine" not in offered
    page.med_input.clear()
    qtbot.keyClicks(page.med_input, "Lipi")  # a brand is the same in both
    assert _offered(page) == ["Lipitor"]
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, "fr")
    page.med_input.clear()
    qtbot.keyClicks(page.med_input, "atorvastatin")
    offered = _offered(page)
    assert offered[0] == "atorvastatine"
    assert not any(" with " in name or name == "atorvastatin" for name in offered), offered
    page.med_input.clear()
    qtbot.keyClicks(page.med_input, "furosemide")
    assert _offered(page)[0] == "furosémide"  # then the brands that contain it


def test_a_medicine_already_listed_is_refused_with_a_reason(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    page = _profile(window)
    for name in ("Lipitor", "lipitor ", "atorvastatine"):
        page.med_input.setText(name)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in store.profile().medications] == ["Lipitor"]
    assert page.table.rowCount() == 1
    assert page.error_label.isVisibleTo(page)
    assert page.error_label.text() == "“atorvastatine” is already in your list, as “Lipitor”."
    assert page.med_input.text() == "atorvastatine"  # kept, to correct
    page.med_input.setText("ramipril")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in store.profile().medications] == ["Lipitor", "ramipril"]
    assert not page.error_label.isVisibleTo(page)
