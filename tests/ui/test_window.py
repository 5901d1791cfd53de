from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, local_now
from crampwise.domain.vocab import Location, Side
from crampwise.settings import Settings
from crampwise.storage.store import EpisodeStore
from crampwise.ui.app import build_window
from crampwise.ui.bodymap import Spot
from crampwise.ui.history import EPISODE_ROLE
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.theme import DAY, NIGHT, choose_theme
from crampwise.wording import night_dates_text


def test_space_starts_an_episode_that_is_stored_at_once(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    assert window.tonight.cramp_button.hasFocus()
    before = local_now()
    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)
    (ongoing,) = store.ongoing()
    assert before - timedelta(seconds=1) <= ongoing.started_at <= local_now()
    assert window.tonight.state == "running"
    # The calf plan opens at step 1 in the same press, and takes the keyboard.
    player = window.tonight.player
    assert player is not None and player.hasFocus()
    state = player.sequencer.state()
    assert state.step_index == 0 and state.step is not None
    assert state.step.intervention == "calf_stretch"
    # A second Space pauses the countdown; it must never end the cramp by accident.
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.sequencer.state().paused
    assert len(store.ongoing()) == 1


def test_its_over_ends_the_episode_and_history_shows_it(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)
    assert window.tonight.player is not None
    qtbot.keyClick(window.tonight.player, Qt.Key.Key_Return)
    assert store.ongoing() == []
    (episode,) = store.episodes()
    assert episode.ended_at is not None and episode.duration is not None
    assert window.tonight.state == "details"
    window.go_to(1)
    assert window.history.model.rowCount() == 1
    night = night_dates_text(episode.night, date.today().year)
    assert window.history.model.index(0, 0).data() == night


def test_the_details_sheet_saves_place_and_intensity(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    qtbot.mouseClick(tonight.over_button, Qt.MouseButton.LeftButton)
    form = tonight.form
    form.body_map.toggle(Spot(Side.LEFT, Location.CALF))
    qtbot.mouseClick(form.intensity_group.button(7), Qt.MouseButton.LeftButton)
    form.tag_checks["alcohol"].setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    (episode,) = store.episodes()
    assert episode.side is Side.LEFT
    assert episode.locations == {Location.CALF}
    assert episode.intensity == 7
    assert episode.tags == {"alcohol"}
    assert tonight.state == "idle" and tonight.cramp_button.hasFocus()


def test_body_map_is_clickable_and_keyboard_operable(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)
    window.tonight.end_cramp()
    body = window.tonight.form.body_map
    calf_right = body._path(Spot(Side.RIGHT, Location.CALF)).boundingRect().center()
    assert body.spot_at(QPointF(calf_right)) == Spot(Side.RIGHT, Location.CALF)
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=calf_right.toPoint())
    assert body.side() is Side.RIGHT and body.locations() == {Location.CALF}
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Left)  # to the left leg, same place
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert body.side() is Side.BOTH


def test_cramp_now_before_the_store_opens_keeps_its_time(qtbot: QtBot, store: EpisodeStore) -> None:
    win, diary = build_window(Settings(theme="night"))
    qtbot.addWidget(win)
    win.show()
    pressed_at = local_now()
    qtbot.keyClick(win.tonight.cramp_button, Qt.Key.Key_Space)
    assert win.tonight.state == "running"
    assert store.ongoing() == []
    diary.attach(store)
    (ongoing,) = store.ongoing()
    assert abs((ongoing.started_at - pressed_at).total_seconds()) < 1
    qtbot.mouseClick(win.tonight.over_button, Qt.MouseButton.LeftButton)
    assert store.ongoing() == [] and len(store.episodes()) == 1


def test_an_unfinished_episode_is_offered_for_finishing(qtbot: QtBot, store: EpisodeStore) -> None:
    old = store.add(Episode(started_at=local_now() - timedelta(hours=5)))
    win, diary = build_window(Settings(theme="night"))
    qtbot.addWidget(win)
    win.show()
    diary.attach(store)
    assert win.tonight.recovery_box.isVisibleTo(win)
    assert "never marked as over" in win.tonight.recovery_label.text()
    qtbot.mouseClick(win.tonight.finish_button, Qt.MouseButton.LeftButton)
    finished = store.get(old.id or 0)
    assert finished is not None and finished.duration == timedelta(minutes=3)
    assert not win.tonight.recovery_box.isVisibleTo(win)


def test_a_recent_unfinished_episode_is_resumed(qtbot: QtBot, store: EpisodeStore) -> None:
    store.add(Episode(started_at=local_now() - timedelta(minutes=2)))
    win, diary = build_window(Settings(theme="night"))
    qtbot.addWidget(win)
    win.show()
    diary.attach(store)
    assert win.tonight.state == "running"
    assert win.tonight.elapsed_label.text().startswith("2:")


def _seed(store: EpisodeStore, n: int) -> None:
    start = datetime(2026, 11, 20, 3, 0).astimezone()
    for i in range(n):
        at = start - timedelta(days=i)
        store.add(
            Episode(
                started_at=at,
                ended_at=at + timedelta(minutes=2),
                side=Side.LEFT,
                locations=frozenset({Location.TOES if i % 2 else Location.CALF}),
                intensity=i % 11,
            )
        )


def test_history_edit_saves_through_the_same_form(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    _seed(store, 3)
    window.go_to(1)
    window.history.reload()
    window.history.view.selectRow(0)
    dialog = window.history.edit_selected()
    assert dialog is not None
    qtbot.mouseClick(dialog.form.intensity_group.button(9), Qt.MouseButton.LeftButton)
    dialog.form.note_edit.setPlainText("Edited in the morning")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    newest = store.episodes()[0]
    assert newest.intensity == 9 and newest.note == "Edited in the morning"
    assert window.history.model.index(0, 5).data() == "9/10"


def test_history_delete_and_undo(qtbot: QtBot, window: MainWindow, store: EpisodeStore) -> None:
    _seed(store, 3)
    window.go_to(1)
    history = window.history
    history.reload()
    history.view.selectRow(1)
    doomed = history.selected_episode()
    assert doomed is not None
    history.view.setFocus()
    qtbot.keyClick(history.view, Qt.Key.Key_Delete)
    assert len(store.episodes()) == 2 and history.model.rowCount() == 2
    qtbot.keyClick(history, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store.episodes()) == 3
    assert store.get(doomed.id or 0) == doomed


def test_history_sorts_and_filters(qtbot: QtBot, window: MainWindow, store: EpisodeStore) -> None:
    _seed(store, 6)
    window.go_to(1)
    history = window.history
    history.reload()
    history.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert history.model.index(0, 5).data() == "5/10"
    toes = history.location_combo.findData(Location.TOES.value)
    history.location_combo.setCurrentIndex(toes)
    assert history.model.rowCount() == 3
    assert "3 of 6" in history.count_label.text()
    history.location_combo.setCurrentIndex(0)
    history.range_check.setChecked(True)
    history.since_edit.setDate(datetime(2026, 11, 18).date())
    history.until_edit.setDate(datetime(2026, 11, 19).date())
    assert history.model.rowCount() == 2
    # Still sorted by intensity inside the filter; nothing matching is not "no episodes yet".
    shown = [history.model.index(r, 5).data() for r in range(2)]
    assert shown == sorted(shown, reverse=True)
    history.since_edit.setDate(datetime(2025, 1, 1).date())
    history.until_edit.setDate(datetime(2025, 1, 2).date())
    assert history.model.rowCount() == 0 and "0 of 6" in history.count_label.text()
    assert not history.empty_label.isVisible()


def test_the_selected_episode_stays_selected_when_history_is_sorted(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    _seed(store, 6)
    window.go_to(1)
    history = window.history
    history.reload()
    history.view.selectRow(4)
    chosen = history.selected_episode()
    assert chosen is not None
    for column, order in ((5, Qt.SortOrder.DescendingOrder), (1, Qt.SortOrder.AscendingOrder)):
        history.view.sortByColumn(column, order)
        assert history.view.selectionModel().selectedRows()[0].row() == 1  # it moved
        assert history.selected_episode() == chosen
        current = history.view.currentIndex()
        assert current.data(EPISODE_ROLE) == chosen  # the keyboard stays on it too


def test_history_model_passes_the_model_tester(
    qtmodeltester: object, window: MainWindow, store: EpisodeStore
) -> None:
    _seed(store, 4)
    window.history.reload()
    qtmodeltester.check(window.history.model)  # type: ignore[attr-defined]


def test_theme_follows_time_system_or_choice() -> None:
    night_hour, day_hour = 3, 14
    assert choose_theme(Settings(), night_hour, None) is NIGHT
    assert choose_theme(Settings(), day_hour, None) is DAY
    assert choose_theme(Settings(theme="system"), night_hour, False) is DAY
    assert choose_theme(Settings(theme="night"), day_hour, True) is NIGHT
    assert choose_theme(Settings(night_starts=22, night_ends=6), 6, None) is DAY
    assert choose_theme(Settings(night_starts=22, night_ends=6), 22, None) is NIGHT


@pytest.mark.parametrize("when", ["--exit-when-ready", "--exit-when-complete"])
def test_the_app_starts_and_quits_after_its_first_paint(tmp_path: Path, when: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "crampwise", "--data-dir", str(tmp_path), when],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr


def test_f_switches_to_the_foot_plan_and_the_steps_used_are_stored(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    """Calf steps 1 and 2, then F, then foot step 1: the episode stores all three, in order."""
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    assert tonight.player is not None
    qtbot.keyClick(tonight.player, Qt.Key.Key_Right)  # calf step 2
    qtbot.keyClick(tonight.player, Qt.Key.Key_F)
    player = tonight.player
    assert player is not None
    first = player.sequencer.state().step
    assert first is not None and first.intervention == "toe_stretch"
    qtbot.keyClick(tonight.player, Qt.Key.Key_C)  # back to the calf: where it was left
    calf_step = tonight.player.sequencer.state().step
    assert calf_step is not None and calf_step.id == "calf_massage"
    qtbot.keyClick(tonight.player, Qt.Key.Key_Return)
    (episode,) = store.episodes()
    assert [s.step_id for s in episode.steps] == [
        "calf_towel_stretch",
        "calf_massage",
        "toe_pull_spread",
    ]
    assert tonight.player is None


def test_l_and_r_turn_the_drawing_and_keep_the_step_and_the_countdown(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    player = tonight.player
    assert player is not None
    qtbot.keyClick(player, Qt.Key.Key_Right)  # step 2, the calf rub
    qtbot.keyClick(player, Qt.Key.Key_Space)  # paused, so the countdown cannot move
    seconds = player.ring.seconds
    qtbot.keyClick(player, Qt.Key.Key_L)
    assert tonight.player is player  # the same run: nothing restarted
    state = player.sequencer.state()
    assert state.step is not None and state.step.id == "calf_massage" and state.paused
    assert player.ring.seconds == seconds
    assert player.picture.mirrored and state.side == "left"
    qtbot.keyClick(player, Qt.Key.Key_R)
    assert tonight.player is player and not player.picture.mirrored
    qtbot.keyClick(player, Qt.Key.Key_Return)
    (episode,) = store.episodes()
    assert [s.step_id for s in episode.steps] == ["calf_towel_stretch", "calf_massage"]
    assert episode.side is Side.RIGHT  # named, so stored


def test_the_leg_stays_unknown_until_the_person_names_it(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    assert tonight.side_group.checkedButton() is None
    assert tonight.player is not None and tonight.player.cue.text() == "Hold"
    qtbot.keyClick(tonight.player, Qt.Key.Key_Return)
    qtbot.keyClick(tonight.form, Qt.Key.Key_Escape)  # Later
    (episode,) = store.episodes()
    assert episode.side is None
    window.go_to("history")
    history = window.history
    history.reload()
    assert history.model.index(0, 3).data() == "—"


def test_the_profile_makes_the_player_skip_heat_with_neuropathy(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    from crampwise.domain.profile import HealthProfile

    store.save_profile(HealthProfile(conditions=frozenset({"neuropathy"})))
    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)
    player = window.tonight.player
    assert player is not None
    skipped = {s.step_id: s.reason for s in player.sequencer.skipped}
    assert "heat_calf" in skipped
    assert "feeling" in skipped["heat_calf"].lower() or "neuropathy" in skipped["heat_calf"].lower()
    shown = []
    while (state := player.sequencer.state()).step is not None:
        shown.append(state.step.intervention)
        player.sequencer_next()
    assert "heat" not in shown and "calf_stretch" in shown


def test_a_cramp_over_ten_minutes_asks_first_then_shows_the_red_flag(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    from crampwise.settings import Settings, save_settings

    save_settings(Settings(region="GB"))
    store.add(Episode(started_at=local_now() - timedelta(minutes=11)))
    window.diary.ready.emit()  # as at start: the recent unfinished episode is resumed
    tonight = window.tonight
    assert tonight.state == "running" and tonight.player is not None
    # Still in the relief plan at 10 minutes: ask before warning.
    assert tonight.still_box.isVisibleTo(window)
    assert not tonight.long_warning.isVisibleTo(window)
    qtbot.mouseClick(tonight.still_yes, Qt.MouseButton.LeftButton)
    assert not tonight.still_box.isVisibleTo(window)
    assert tonight.long_warning.isVisibleTo(window)
    warning = tonight.long_warning.text()
    assert "10 minutes" in warning and "NHS 111" in warning and "999" in warning


def test_it_is_over_at_the_question_ends_the_cramp(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    store.add(Episode(started_at=local_now() - timedelta(minutes=12)))
    window.diary.ready.emit()
    tonight = window.tonight
    assert tonight.still_box.isVisibleTo(window)
    qtbot.mouseClick(tonight.still_no, Qt.MouseButton.LeftButton)
    assert tonight.state == "details"
    (episode,) = store.episodes()
    assert episode.ended_at is not None and not tonight.long_warning.isVisibleTo(window)


def test_the_ten_minutes_count_the_cramp_not_the_plan(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    """Choosing another plan at 9 minutes restarts the plan, not the cramp's clock; and
    with no plan playing the warning shows without a question."""
    store.add(Episode(started_at=local_now() - timedelta(minutes=9, seconds=59)))
    window.diary.ready.emit()
    tonight = window.tonight
    assert not tonight.still_box.isVisibleTo(window)
    qtbot.keyClick(tonight.player, Qt.Key.Key_F)  # the foot plan, from step 1
    qtbot.waitUntil(lambda: tonight.still_box.isVisibleTo(window), timeout=5000)
    assert tonight.player is not None
    while tonight.player.sequencer.state().step is not None:
        tonight.player.sequencer_next()  # the plan is over, the cramp is not
    qtbot.waitUntil(lambda: tonight.long_warning.isVisibleTo(window), timeout=2000)
    assert not tonight.still_box.isVisibleTo(window)


def test_did_it_help_is_one_tap_and_counts_for_the_steps_used(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    assert tonight.player is not None
    qtbot.keyClick(tonight.player, Qt.Key.Key_Right)
    tonight.end_cramp()
    qtbot.mouseClick(tonight.form.helped_group.button(1), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tonight.form.save_button, Qt.MouseButton.LeftButton)
    (episode,) = store.episodes()
    assert episode.helped is True
    assert [s.helped for s in episode.steps] == [True, True]


def test_the_app_uses_fusion_whatever_style_the_desktop_asks_for() -> None:
    """The stylesheet is written for Fusion: a desktop's own style (KDE's, a Windows one) would
    draw the buttons and focus ring differently."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from crampwise.ui.theme import application; print(application().style().name())",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "windows", "PATH": "/usr/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().lower() == "fusion"


def test_the_diary_menu_says_where_the_data_is_and_opens_that_folder(
    qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    diary_menu = window.menuBar().actions()[0].menu()
    assert diary_menu is not None
    (action,) = [a for a in diary_menu.actions() if "data is" in a.text()]
    action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert box.informativeText() == str(data_dir)
    assert "sends nothing" in box.text()
    (open_button,) = [b for b in box.buttons() if "Open" in b.text()]
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened == [f"file://{data_dir}"]  # a local folder, never a web address


def test_the_end_of_the_plan_says_done_once_and_has_a_button_to_start_again(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    player = tonight.player
    assert player is not None
    while not player.sequencer.done:
        qtbot.keyClick(player, Qt.Key.Key_Right)
    shown = [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text()
    ]
    assert shown.count("Done") == 1
    assert tonight.plan_done_box.isVisibleTo(window)
    assert tonight.again_button.isVisibleTo(window)
    assert tonight.over_button.hasFocus()  # Enter still ends the cramp
    qtbot.mouseClick(tonight.again_button, Qt.MouseButton.LeftButton)
    again = tonight.player
    assert again is not None and again is not player
    assert again.sequencer.state().step_index == 0 and not again.sequencer.done
    assert not tonight.plan_done_box.isVisibleTo(window)
    qtbot.keyClick(again, Qt.Key.Key_Return)
    (episode,) = store.episodes()
    assert len(episode.steps) == 6  # each step once, though the first came round again
