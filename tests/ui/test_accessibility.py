"""Every control can be named by a screen reader and reached by the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crampwise.storage.store import EpisodeStore
from crampwise.ui.bodymap import BodyMap
from crampwise.ui.mainwindow import PAGES, MainWindow
from crampwise.ui.theme import DAY, NIGHT, Theme, apply_theme

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    BodyMap,
)


def _unnamed(root: QWidget) -> list[str]:
    """Visible interactive widgets whose accessible name (what a screen reader says) is empty."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or combo box: the box itself is named
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
            widget, QAbstractButton
        ):
            continue  # internal parts (a scroll bar's arrows, a combo's popup list)
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {root.__class__.__name__}"
            )
    return problems


def test_every_control_on_every_page_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    problems = _unnamed(window)
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)  # the relief player
    problems += _unnamed(window)
    tonight.end_cramp()  # the details sheet
    problems += _unnamed(window)
    tonight.form.skipped.emit()
    for _title, key in PAGES:
        window.go_to(key)
        problems += _unnamed(window)
    window.start_evening_routine()
    problems += _unnamed(window)
    assert sorted(set(problems)) == []


def test_keyboard_alone_logs_a_cramp_follows_the_plan_and_fills_the_sheet(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    focused = QApplication.focusWidget
    assert focused() is tonight.cramp_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # Cramp now
    assert tonight.player is not None and focused() is tonight.player
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # next relief step
    assert tonight.player.sequencer.state().step_index == 1
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # It's over
    assert tonight.state == "details"
    assert focused() in tonight.form.helped_group.buttons()  # "Did it help?" comes first
    for _ in range(20):
        if isinstance(focused(), BodyMap):
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    body = focused()
    assert isinstance(body, BodyMap)
    qtbot.keyClick(body, Qt.Key.Key_Down)  # back of the left thigh → … move to the calf
    qtbot.keyClick(body, Qt.Key.Key_Down)
    qtbot.keyClick(body, Qt.Key.Key_Down)
    qtbot.keyClick(body, Qt.Key.Key_Space)
    # Tab on to the save button and press it, never touching the mouse.
    for _ in range(80):
        if focused() is tonight.form.save_button:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is tonight.form.save_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    (episode,) = store.episodes()
    assert episode.ended_at is not None and len(episode.steps) == 2
    assert len(episode.locations) == 1
    assert tonight.state == "idle" and focused() is tonight.cramp_button


@pytest.mark.parametrize("theme", [NIGHT, DAY], ids=lambda t: t.name)
def test_the_focused_control_is_visibly_marked(window: MainWindow, theme: Theme) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    button = window.tonight.past_button
    window.tonight.cramp_button.setFocus()
    plain = button.grab().toImage()
    button.setFocus()
    assert button.hasFocus()
    ringed = button.grab().toImage()
    assert plain != ringed


def test_reduce_motion_stops_the_ring_sweeping(qtbot: QtBot, window: MainWindow) -> None:
    window.fill_menus()
    window.menus.setting_actions["reduce_motion"].trigger()
    assert window.settings.reduce_motion
    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)
    assert window.tonight.player is not None and window.tonight.player.reduce_motion


def test_big_system_fonts_make_the_big_button_bigger(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    button = window.tonight.cramp_button
    normal = button.fontInfo().pointSizeF()
    font = app.font()
    try:
        font.setPointSizeF(font.pointSizeF() * 1.5)
        app.setFont(font)
        apply_theme(app, NIGHT)
        assert button.fontInfo().pointSizeF() > normal * 1.3
    finally:
        font.setPointSizeF(font.pointSizeF() / 1.5)
        app.setFont(font)
        apply_theme(app, NIGHT)


@pytest.mark.parametrize("theme", [NIGHT, DAY], ids=lambda t: t.name)
def test_cramp_now_shows_its_focus_too(window: MainWindow, theme: Theme) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    button = window.tonight.cramp_button
    assert button.hasFocus()
    ringed = button.grab().toImage()
    window.tonight.past_button.setFocus()
    plain = button.grab().toImage()
    # The ring is drawn at the very edge: compare a pixel on the border, left middle.
    y = ringed.height() // 2
    assert ringed.pixelColor(2, y) != plain.pixelColor(2, y)
