"""The evening check-in: saved by keyboard alone, opened again to edit, a refusal shown with
nothing stored and nothing lost, the routine ticked by itself, the experiment's week said."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crampwise import i18n
from crampwise.domain.limits import MAX_TAGS
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.storage.store import EpisodeStore
from crampwise.ui.checkin import CheckInDialog, current_night, open_checkin
from crampwise.ui.diary import Diary
from crampwise.ui.theme import NIGHT, apply_theme

TODAY = current_night()


@pytest.fixture
def diary(store: EpisodeStore) -> Diary:
    opened = Diary()
    opened.attach(store)
    return opened


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, NIGHT)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


def opened(qtbot: QtBot, diary: Diary, parent: QWidget, night: date = TODAY) -> CheckInDialog:
    dialog = open_checkin(diary, parent, night=night, today=TODAY)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as the window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def key(qtbot: QtBot, dialog: CheckInDialog, k: Qt.Key) -> None:
    """A key pressed where the keyboard focus is, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None and dialog.isAncestorOf(target)
    qtbot.keyClick(target, k)


def test_a_check_in_is_saved_by_keyboard_alone(
    qtbot: QtBot, diary: Diary, parent: QWidget, store: EpisodeStore
) -> None:
    dialog = opened(qtbot, diary, parent)
    assert QApplication.focusWidget() is dialog.factor_buttons["hard_exercise"]
    key(qtbot, dialog, Qt.Key.Key_Space)  # hard or unusual exercise
    key(qtbot, dialog, Qt.Key.Key_Tab)
    key(qtbot, dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.factor_buttons["alcohol"]
    key(qtbot, dialog, Qt.Key.Key_Space)
    key(qtbot, dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.drinks  # how many, right after alcohol
    key(qtbot, dialog, Qt.Key.Key_3)
    with qtbot.waitSignal(dialog.accepted):
        key(qtbot, dialog, Qt.Key.Key_Return)
    saved = store.checkin(TODAY)
    assert saved is not None
    assert saved.factors == {"hard_exercise", "alcohol"} and saved.drinks == 3
    assert saved.status is None  # the night is not over: how it went is asked in the morning


def test_opened_again_it_shows_what_was_saved_and_edits_it(
    qtbot: QtBot, diary: Diary, parent: QWidget, store: EpisodeStore
) -> None:
    store.save_checkin(
        CheckIn(
            TODAY,
            factors=frozenset({"caffeine"}),
            own_factors="late dinner",
            status=NightStatus.NO_CRAMPS,
        )
    )
    dialog = opened(qtbot, diary, parent)
    assert dialog.factor_buttons["caffeine"].isChecked()
    assert not dialog.factor_buttons["alcohol"].isChecked()
    assert dialog.own_edit.text() == "late dinner"
    dialog.factor_buttons["caffeine"].click()
    dialog.factor_buttons["little_to_drink"].click()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    saved = store.checkin(TODAY)
    assert saved is not None and saved.factors == {"little_to_drink"}
    assert saved.own_factors == "late dinner" and saved.status is NightStatus.NO_CRAMPS
    assert len(store.checkins()) == 1


def test_a_refused_value_is_shown_nothing_is_stored_and_nothing_typed_is_lost(
    qtbot: QtBot, diary: Diary, parent: QWidget, store: EpisodeStore
) -> None:
    dialog = opened(qtbot, diary, parent)
    too_many = ", ".join(f"thing {i}" for i in range(MAX_TAGS + 1))
    dialog.own_edit.setText(too_many)
    dialog.factor_buttons["heavy_sweating"].click()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert f"at most {MAX_TAGS} own factors" in dialog.error_label.text()
    assert store.checkins() == []
    assert dialog.own_edit.text() == too_many
    assert dialog.factor_buttons["heavy_sweating"].isChecked()


def test_a_night_in_the_future_is_refused_in_words(
    qtbot: QtBot, diary: Diary, parent: QWidget, store: EpisodeStore
) -> None:
    dialog = opened(qtbot, diary, parent, night=TODAY + timedelta(days=2))
    dialog.save_button.click()
    assert "in the future" in dialog.error_label.text()
    assert store.checkins() == []


def test_the_routine_played_this_evening_is_already_ticked(
    qtbot: QtBot, diary: Diary, parent: QWidget
) -> None:
    assert not opened(qtbot, diary, parent).routine_button.isChecked()
    diary.nights.mark_routine_done(TODAY)
    assert opened(qtbot, diary, parent).routine_button.isChecked()


def test_during_an_experiment_it_says_the_week_and_asks_the_habits_tick(
    qtbot: QtBot, diary: Diary, parent: QWidget, store: EpisodeStore
) -> None:
    experiment = diary.nights.start_experiment("raise_bed_foot", 4, today=TODAY)
    arm = experiment.status_on(TODAY).state
    dialog = opened(qtbot, diary, parent)
    assert dialog.experiment_label.isVisible()
    assert f"Week 1 of 4: an “{arm}” week" in dialog.experiment_label.text()
    if arm == "on":
        assert dialog._habit_tick is not None
        dialog._habit_tick.click()
    else:
        assert dialog._habit_tick is None
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    saved = store.checkin(TODAY)
    assert saved is not None and saved.habit_done is (True if arm == "on" else None)


def test_without_an_experiment_there_is_no_week_line(
    qtbot: QtBot, diary: Diary, parent: QWidget
) -> None:
    dialog = opened(qtbot, diary, parent)
    assert not dialog.experiment_label.isVisible() and dialog._habit_tick is None


@pytest.mark.usefixtures("french")
def test_in_french_every_word_is_french(qtbot: QtBot, diary: Diary, parent: QWidget) -> None:
    dialog = opened(qtbot, diary, parent)
    texts = [dialog.windowTitle(), dialog.save_button.text(), dialog.routine_button.text()]
    texts += [b.text() for b in dialog.factor_buttons.values()]
    english = ["Evening check-in", "Save", "Evening routine done", "Caffeine after 2 p.m."]
    english += ["Alcohol", "Little to drink", "Heavy sweating or a hot day"]
    assert not set(texts) & set(english), texts
    assert dialog.windowTitle() == "Bilan du soir"


def test_tonight_does_not_ask_how_the_night_went(
    qtbot: QtBot, diary: Diary, parent: QWidget
) -> None:
    dialog = opened(qtbot, diary, parent)
    assert dialog.no_cramps_button is None and dialog.cramps_button is None


def test_a_ticked_factor_shows_a_tick_not_only_a_colour(
    qtbot: QtBot, diary: Diary, parent: QWidget
) -> None:
    button = opened(qtbot, diary, parent).factor_buttons["caffeine"]
    button.click()
    assert button.text() == "✓ Caffeine after 2 p.m."
    button.click()
    assert button.text() == "Caffeine after 2 p.m."
