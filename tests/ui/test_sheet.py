"""The follow-up sheet after "It's over", driven by keys as a half-asleep person would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from crampwise.domain.vocab import Location, Side
from crampwise.storage.store import EpisodeStore
from crampwise.ui.bodymap import Spot
from crampwise.ui.mainwindow import MainWindow
from tests.ui.test_contrast import contrast


def _cramp_and_over(qtbot: QtBot, window: MainWindow) -> None:
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    assert tonight.player is not None
    qtbot.keyClick(tonight.player, Qt.Key.Key_Return)
    assert tonight.state == "details"


def _wheel(widget: QWidget, steps: int = -1) -> bool:
    """One notch of the wheel over the middle of ``widget`` (negative: towards the person).

    Returns whether the widget took it: a wheel event it leaves is handed by Qt to the widgets
    around it, up to the scroll area (a test's event, not being spontaneous, stops here).
    """
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_every_sheet_opens_at_the_top_with_did_it_help_focused(
    qtbot: QtBot, window: MainWindow
) -> None:
    tonight = window.tonight
    for _ in range(2):
        _cramp_and_over(qtbot, window)
        form = tonight.form
        bar = form.scroll_area.verticalScrollBar()
        assert bar.value() == 0
        focused = QApplication.focusWidget()
        assert focused is not None and focused in form.helped_group.buttons()
        bar.setValue(bar.maximum())  # the person scrolled down to the buttons
        assert bar.maximum() > 0
        qtbot.keyClick(focused, Qt.Key.Key_Escape)


def test_escape_means_later_and_space_then_starts_the_next_cramp(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    _cramp_and_over(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert tonight.state == "idle"
    assert tonight.cramp_button.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert tonight.state == "running"
    assert len(store.ongoing()) == 1


def test_after_save_the_keyboard_is_back_on_cramp_now(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    _cramp_and_over(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # "Didn't help"
    focused = QApplication.focusWidget()
    assert focused is tonight.form.helped_group.button(0)
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    tonight.form.save_button.setFocus()
    qtbot.keyClick(tonight.form.save_button, Qt.Key.Key_Space)
    (episode,) = store.episodes()
    assert episode.helped is False
    assert tonight.state == "idle" and tonight.cramp_button.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert tonight.state == "running"  # not a tick on the leg drawing


def test_an_untouched_sheet_leaves_the_leg_and_the_waking_unknown(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    _cramp_and_over(qtbot, window)
    qtbot.mouseClick(tonight.form.intensity_group.button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tonight.form.save_button, Qt.MouseButton.LeftButton)
    (episode,) = store.episodes()
    assert episode.intensity == 6
    assert episode.side is None  # nobody said which leg
    assert episode.woke_from_sleep is None  # nor whether it woke them
    # A leg named in the guide stays when the sheet's drawing is left alone.
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    assert tonight.player is not None
    qtbot.keyClick(tonight.player, Qt.Key.Key_L)
    qtbot.keyClick(tonight.player, Qt.Key.Key_Return)
    tonight.form.woke_check.setChecked(True)
    qtbot.mouseClick(tonight.form.save_button, Qt.MouseButton.LeftButton)
    latest = store.episodes()[0]
    assert latest.side is Side.LEFT and latest.woke_from_sleep is True
    # Ticking a place on the drawing decides the leg.
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    assert tonight.player is not None
    qtbot.keyClick(tonight.player, Qt.Key.Key_Return)
    tonight.form.body_map.toggle(Spot(Side.RIGHT, Location.CALF))
    qtbot.mouseClick(tonight.form.save_button, Qt.MouseButton.LeftButton)
    latest = store.episodes()[0]
    assert (latest.side, latest.locations) == (Side.RIGHT, {Location.CALF})


def test_the_wheel_scrolls_the_sheet_past_a_number_without_changing_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    _cramp_and_over(qtbot, window)
    form = window.tonight.form
    spin = form.sleep_spin
    spin.setValue(20)
    assert not spin.hasFocus()
    assert not _wheel(spin)  # left for the page around it, which scrolls
    assert spin.value() == 20
    spin.setFocus()
    assert _wheel(spin)  # a field being edited still takes the wheel
    assert spin.value() != 20


def test_no_field_anywhere_takes_the_focus_or_a_value_from_the_wheel(
    qtbot: QtBot, window: MainWindow
) -> None:
    for key in ("history", "insights", "prevention", "plans", "profile", "learn"):
        window.go_to(key)
    window.page("plans").new_plan()  # type: ignore[attr-defined]
    dialog = window.tonight.add_past_episode()
    qtbot.waitExposed(dialog)
    fields = [
        w
        for top in (window, dialog)
        for w in top.findChildren(QWidget)
        if isinstance(w, (QAbstractSpinBox, QComboBox)) and w.isVisibleTo(top)
    ]
    assert len(fields) >= 5
    for field in fields:
        assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus, field.accessibleName()
        text = field.text() if isinstance(field, QAbstractSpinBox) else field.currentText()
        assert not _wheel(field), field.accessibleName()
        after = field.text() if isinstance(field, QAbstractSpinBox) else field.currentText()
        assert after == text, field.accessibleName()
    dialog.reject()


def test_the_focused_answer_is_marked_even_when_chosen(qtbot: QtBot, window: MainWindow) -> None:
    """The sheet opens with the keyboard on the chosen answer ("Not sure"): its focus ring
    must show on the accent fill, not vanish into it."""
    _cramp_and_over(qtbot, window)
    chosen = window.tonight.form.helped_group.checkedButton()
    assert chosen is not None and chosen.hasFocus()
    ringed = chosen.grab().toImage()
    window.tonight.form.save_button.setFocus()
    plain = chosen.grab().toImage()
    assert (ringed.width(), ringed.height()) == (plain.width(), plain.height())
    # Pixels that change by 3:1 or more when the focus arrives (WCAG 2.4.13's measure).
    changed = sum(
        contrast(QColor(ringed.pixel(x, y)).name(), QColor(plain.pixel(x, y)).name()) >= 3
        for x in range(plain.width())
        for y in range(plain.height())
    )
    assert changed >= 40  # the underline under the words, beside the light ring
