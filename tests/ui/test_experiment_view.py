"""The personal experiment in the window: set up by keyboard, refusals shown in the dialog,
the plan's calendar as stored, stopping early, and the result."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crampwise.domain.experiments import Arm
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.domain.profile import HealthProfile
from crampwise.service_nights import start_experiment
from crampwise.storage.store import EpisodeStore
from crampwise.ui.diary import Diary
from crampwise.ui.experiment_view import ExperimentPanel, ExperimentSetupDialog
from tests.diaries import TODAY


@pytest.fixture
def diary(store: EpisodeStore) -> Diary:
    opened = Diary()
    opened.attach(store)
    return opened


def setup_dialog(qtbot: QtBot, diary: Diary) -> ExperimentSetupDialog:
    dialog = ExperimentSetupDialog(diary, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def panel(qtbot: QtBot, diary: Diary) -> ExperimentPanel:
    widget = ExperimentPanel(diary, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_set_up_by_keyboard_stores_the_plan_the_calendar_shows(
    qtbot: QtBot, diary: Diary, store: EpisodeStore
) -> None:
    dialog = setup_dialog(qtbot, diary)
    assert dialog.habit_box.hasFocus()
    qtbot.keyClick(dialog.habit_box, Qt.Key.Key_Down)  # No alcohol in the evening
    qtbot.keyClick(dialog.habit_box, Qt.Key.Key_Tab)
    assert dialog.weeks_box.hasFocus()  # the own-habit field is hidden and skipped
    qtbot.keyClick(dialog.weeks_box, Qt.Key.Key_Down)  # 6 weeks
    with qtbot.waitSignal(dialog.started):
        qtbot.keyClick(dialog.weeks_box, Qt.Key.Key_Return)
    (stored,) = store.experiments()
    assert (stored.habit, stored.weeks, stored.start) == ("no_evening_alcohol", 6, TODAY)
    assert dialog.isVisible(), "dialog closed"
    assert dialog.plan is not None and dialog.plan.isVisible()
    assert dialog.plan.arms() == [str(b.arm) for b in stored.blocks]
    assert sorted(dialog.plan.arms()) == ["off"] * 3 + ["on"] * 3
    assert not dialog.error.isVisible()


def test_warm_socks_are_not_offered_with_neuropathy_and_the_dialog_says_why(
    qtbot: QtBot, diary: Diary, store: EpisodeStore
) -> None:
    store.save_profile(HealthProfile(conditions=frozenset({"neuropathy"})))
    dialog = setup_dialog(qtbot, diary)
    offered = [dialog.habit_box.itemData(i) for i in range(dialog.habit_box.count())]
    assert "warm_socks" not in offered and "evening_routine" in offered
    assert dialog.ruled_out.isVisible()
    assert "Not offered: “Warm socks in bed”, because warmth on the feet can burn" in (
        dialog.ruled_out.text()
    )


def test_a_medicine_is_refused_as_an_own_habit_and_nothing_is_stored(
    qtbot: QtBot, diary: Diary, store: EpisodeStore
) -> None:
    dialog = setup_dialog(qtbot, diary)
    dialog.habit_box.setCurrentIndex(dialog.habit_box.findData("own"))
    assert dialog.own_edit.isVisible()
    qtbot.keyClicks(dialog.own_edit, "no quinine")
    qtbot.keyClick(dialog.own_edit, Qt.Key.Key_Return)
    assert dialog.error.isVisible()
    assert "a medicine is not a habit" in dialog.error.text()
    assert store.experiments() == []
    assert dialog.start_button.isVisible() and dialog.start_button.isEnabled()


def test_a_second_experiment_is_refused_in_the_dialog(
    qtbot: QtBot, diary: Diary, store: EpisodeStore
) -> None:
    first = setup_dialog(qtbot, diary)
    qtbot.keyClick(first.habit_box, Qt.Key.Key_Return)
    assert len(store.experiments()) == 1
    second = setup_dialog(qtbot, diary)
    qtbot.keyClick(second.habit_box, Qt.Key.Key_Return)
    assert second.error.isVisible()
    assert "an experiment is already running" in second.error.text()
    assert second.plan is None
    assert len(store.experiments()) == 1


def test_stop_early_asks_first(qtbot: QtBot, diary: Diary, store: EpisodeStore) -> None:
    start_experiment(store, "warm_socks", 4, today=TODAY - timedelta(days=3), seed=1)
    widget = panel(qtbot, diary)
    assert widget.stop_button.isVisible() and not widget.setup_button.isVisible()
    assert "Week 1 of 4" in widget.status_label.text()
    asked: list[str] = []

    def say_no(_parent: QWidget, question: str) -> bool:
        asked.append(question)
        return False

    widget.confirm = say_no
    qtbot.mouseClick(widget.stop_button, Qt.MouseButton.LeftButton)
    assert asked and store.experiments()[0].stopped is None
    widget.confirm = lambda _parent, _question: True
    qtbot.mouseClick(widget.stop_button, Qt.MouseButton.LeftButton)
    assert store.experiments()[0].stopped == TODAY
    assert widget.status_label.text() == "The experiment was stopped."
    assert widget.setup_button.isVisible() and not widget.stop_button.isVisible()
    assert "The experiment was stopped early." in widget.result_label.text()


def test_the_result_compares_on_and_off_weeks(
    qtbot: QtBot, diary: Diary, store: EpisodeStore
) -> None:
    start = TODAY - timedelta(weeks=4)
    experiment = start_experiment(store, "raise_bed_foot", 4, today=start, seed=5)
    for block in experiment.blocks:
        for i in range(7):
            on = block.arm is Arm.ON
            cramps = i < 1 if on else i < 4  # 1 cramp night a week "on", 4 "off"
            store.save_checkin(
                CheckIn(
                    block.start + timedelta(days=i),
                    status=NightStatus.CRAMPS if cramps else NightStatus.NO_CRAMPS,
                    habit_done=True if on else None,
                )
            )
    widget = panel(qtbot, diary)
    assert widget.status_label.text() == "The experiment is over: see the result in Insights."
    html = widget.result_label.text()
    assert "Raising the foot of the bed" in html
    assert (
        "Cramps came on 1.0 nights a week in “on” weeks and 4.0 in “off” weeks: 0.25 times as "
        "often with the habit"
    ) in html
    assert "The habit was done on all 14 “on” nights where it was noted." in html
    assert "not proof that the habit works" in html
    assert "not recorded" not in html  # every night of the plan was recorded


def test_a_night_recorded_meanwhile_shows_in_the_result(
    qtbot: QtBot, diary: Diary, store: EpisodeStore
) -> None:
    start_experiment(store, "evening_routine", 4, today=TODAY - timedelta(days=2), seed=2)
    widget = panel(qtbot, diary)
    assert "2 nights of the plan were not recorded" in widget.result_label.text()
    with qtbot.waitSignal(diary.nights.changed):
        diary.nights.record_checkin(
            CheckIn(TODAY - timedelta(days=1), status=NightStatus.NO_CRAMPS), today=TODAY
        )
    shown = widget.result_label.text()
    assert "2 nights of the plan" not in shown and "of the plan were not recorded" in shown


def test_in_french_by_keyboard(
    qtbot: QtBot, diary: Diary, store: EpisodeStore, qapp: object
) -> None:
    from PySide6.QtWidgets import QApplication

    from crampwise import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    store.save_profile(HealthProfile(conditions=frozenset({"diabetes"})))
    assert i18n.install(app, "fr") == "fr"
    try:
        first = setup_dialog(qtbot, diary)
        assert first.habit_box.currentText() == "La routine d'étirements du soir"
        assert "Non proposé : « Des chaussettes chaudes au lit », car" in first.ruled_out.text()
        qtbot.keyClick(first.habit_box, Qt.Key.Key_Return)
        assert first.plan is not None
        assert first.plan.arm_labels[0].text() in ("Avec : à faire", "Sans : comme d'habitude")
        second = setup_dialog(qtbot, diary)
        qtbot.keyClick(second.habit_box, Qt.Key.Key_Return)
        assert second.error.isVisible() and "already running" not in second.error.text()
    finally:
        i18n.install(app, "en")
