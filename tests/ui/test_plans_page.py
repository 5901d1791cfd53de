"""The plans page: build a plan in the editor, store it, play it, edit it, delete it."""

from __future__ import annotations

from pathlib import Path

from devtools.screens import render_plans_screens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crampwise.relief.custom import list_custom_plans, plan_id_for
from crampwise.relief.plans import PlanLoadResult, ReliefPlan
from crampwise.storage.store import EpisodeStore
from crampwise.ui.cue_sounds import CueSounds
from crampwise.ui.plan_editor import PlanEditor
from crampwise.ui.plans_page import PlansPage
from crampwise.ui.player import ReliefPlayer
from tests.fakes import FakeClock
from tests.ui.conftest import open_page


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def key(
    qtbot: QtBot,
    widget: QWidget,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, k, mod)  # type: ignore[no-untyped-call]


def choose(editor: PlanEditor, step_id: str) -> None:
    """Select a step in the library list, as a click would."""
    for row in range(editor.library_list.count()):
        if editor.library_list.item(row).data(Qt.ItemDataRole.UserRole + 2) == step_id:
            editor.library_list.setCurrentRow(row)
            return
    raise AssertionError(f"{step_id} is not in the library")


class Silent(CueSounds):
    def play(self, cue: str) -> None:
        return None


def build_physio_plan(qtbot: QtBot, page: PlansPage) -> PlanEditor:
    """New plan: towel stretch, massage, heel walk; heel walk moved first; timing changed."""
    click(qtbot, page.new_button)
    editor = page.editor
    assert page.stack.currentWidget() is editor and editor.isVisible()
    qtbot.keyClicks(editor.name_edit, "Physio routine")  # type: ignore[no-untyped-call]
    choose(editor, "calf_towel_stretch")
    click(qtbot, editor.add_button)
    choose(editor, "calf_massage")
    editor.library_list.setFocus()
    key(qtbot, editor.library_list, Qt.Key.Key_Return)  # Enter adds too
    choose(editor, "walk_on_heels")
    click(qtbot, editor.add_button)
    assert [s.id for s in editor.steps()] == ["calf_towel_stretch", "calf_massage", "walk_on_heels"]
    # The last added step is selected: move it to the top, once by button, once by keyboard.
    assert editor.chosen_list.currentRow() == 2
    click(qtbot, editor.up_button)
    editor.chosen_list.setFocus()
    key(qtbot, editor.chosen_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in editor.steps()] == ["walk_on_heels", "calf_towel_stretch", "calf_massage"]
    assert editor.chosen_list.currentRow() == 0
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    # Timing of the towel stretch: 40 s x 2, rest 5 s.
    editor.chosen_list.setCurrentRow(1)
    assert editor.timing.hold_spin.value() == 30  # its usual timing
    editor.timing.hold_spin.setValue(40)
    editor.timing.reps_spin.setValue(2)
    editor.timing.rest_spin.setValue(5)
    assert (
        editor.chosen_list.item(1).text()
        == "2. Straighten the leg, pull the toes up\n40 s × 2, rest 5 s"
    )
    return editor


def test_a_plan_is_built_saved_replayed_edited_and_deleted(
    qtbot: QtBot, page: PlansPage, store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    editor = build_physio_plan(qtbot, page)
    statuses: list[str] = []
    page.status.connect(statuses.append)
    click(qtbot, editor.save_button)

    # Back on the list, the new plan selected, marked as the person's own.
    assert page.stack.currentWidget() is page.list_panel
    entry = page.selected_entry()
    assert entry is not None and entry.kind == "own" and entry.plan is not None
    assert entry.plan.name.english == "Physio routine"
    assert entry.plan.id == plan_id_for(entry.row_id or 0)
    assert statuses == ["Saved “Physio routine”."]
    assert page.plan_list.currentItem().text().startswith("Physio routine\nYours · 3 steps")
    assert "1. Walk a few steps on your heels" in page.detail_steps.text()

    # Stored: a new store on the same file reads it back.
    page.close()
    store.close()
    reopened = EpisodeStore.open()
    try:
        ((row_id, stored),) = list_custom_plans(reopened, shipped.steps)
        assert row_id == entry.row_id
        assert stored.step_ids == ("walk_on_heels", "calf_towel_stretch", "calf_massage")
        towel = stored.steps[1]
        assert (towel.hold_seconds, towel.repetitions, towel.rest_seconds) == (40, 2, 5)
        page2 = open_page(qtbot, reopened, shipped)
        assert page2.select_plan(stored.id)

        # Play: the signal carries the plan in the chosen order with the chosen timing...
        with qtbot.waitSignal(page2.playRequested) as played:
            click(qtbot, page2.play_button)
        plan = played.args[0]
        assert isinstance(plan, ReliefPlan) and plan == stored
        # ...and the player really plays it, in that order, with those holds.
        clock = FakeClock()
        player = ReliefPlayer(plan, clock=clock, sounds=Silent())
        qtbot.addWidget(player)
        assert player.title.text() == "Walk a few steps on your heels"
        player.sequencer_next()
        assert player.title.text() == "Straighten the leg, pull the toes up"
        assert player.ring.seconds == 40
        assert player.state().repetitions == 2
        with qtbot.waitSignal(player.finished) as done:
            clock.advance(10_000)
            player.poll()
        assert done.args == [["walk_on_heels", "calf_towel_stretch", "calf_massage"], False]
        player.close()

        # Edit: rename, drop the massage (keyboard), save; same id, same row.
        click(qtbot, page2.edit_button)
        editor2 = page2.editor
        assert editor2.heading.text() == "Edit “Physio routine”"
        assert editor2.row_id == row_id
        editor2.name_edit.setText("Physio, week 2")
        editor2.chosen_list.setCurrentRow(2)
        editor2.chosen_list.setFocus()
        key(qtbot, editor2.chosen_list, Qt.Key.Key_Delete)
        assert [s.id for s in editor2.steps()] == ["walk_on_heels", "calf_towel_stretch"]
        key(qtbot, editor2.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        ((same_row, edited),) = list_custom_plans(reopened, shipped.steps)
        assert same_row == row_id and edited.id == stored.id
        assert edited.name.english == "Physio, week 2" and len(edited.steps) == 2
        assert page2.selected_entry() is not None
        assert page2.selected_entry().plan == edited  # type: ignore[union-attr]

        # Delete asks first (inline, nothing modal); "Keep it" keeps it.
        click(qtbot, page2.delete_button)
        assert page2.confirm_bar.isVisible()
        assert "Physio, week 2" in page2.confirm_label.text()
        assert page2.focusWidget() is page2.keep_button
        click(qtbot, page2.keep_button)
        assert not page2.confirm_bar.isVisible()
        assert len(list_custom_plans(reopened, shipped.steps)) == 1
        page2.plan_list.setFocus()
        key(qtbot, page2.plan_list, Qt.Key.Key_Delete)
        assert page2.confirm_bar.isVisible()
        click(qtbot, page2.confirm_button)
        assert list(list_custom_plans(reopened, shipped.steps)) == []
        assert [e.kind for e in page2.entries()] == ["builtin"] * len(shipped.plans)
        assert page2.selected_entry() is not None
    finally:
        reopened.close()


def test_built_in_plans_are_read_only_but_can_be_played_and_copied(
    qtbot: QtBot, page: PlansPage, store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    builtin = [e for e in page.entries() if e.kind == "builtin"]
    assert [e.plan for e in builtin] == shipped.plans
    for entry in builtin:
        assert entry.plan is not None and page.select_plan(entry.plan.id)
        assert page.play_button.isEnabled() and page.copy_button.isEnabled()
        assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
        assert page.edit_selected() is None
        page.ask_delete()
        assert not page.confirm_bar.isVisible()
        assert "Built in, read-only" in page.detail_meta.text()
    assert page.select_plan("calf_now")
    with qtbot.waitSignal(page.playRequested) as played:
        page.plan_list.setFocus()
        key(qtbot, page.plan_list, Qt.Key.Key_Return)
    assert played.args[0] is shipped.plan("calf_now")

    # Copy opens the editor on a draft; nothing is stored until Save.
    click(qtbot, page.copy_button)
    editor = page.editor
    assert editor.name_edit.text() == "Calf cramp now (my copy)"
    assert editor.row_id is None
    calf = shipped.plan("calf_now")
    assert calf is not None and editor.steps() == list(calf.steps)
    assert store.custom_plans() == []
    click(qtbot, editor.save_button)
    ((row_id, copy),) = list_custom_plans(store, shipped.steps)
    assert copy.step_ids == calf.step_ids and copy.id == plan_id_for(row_id)
    assert shipped.plan("calf_now") == calf  # the built-in plan is untouched
    # A second copy gets a name of its own; the own copy offers Duplicate.
    assert page.select_plan(copy.id)
    assert page.copy_button.text().replace("&", "") == "Duplicate"
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    click(qtbot, page.copy_button)
    assert page.editor.name_edit.text() == "Calf cramp now (my copy) (my copy)"
    click(qtbot, page.editor.cancel_button)
    assert page.stack.currentWidget() is page.list_panel
    assert len(store.custom_plans()) == 1


def test_save_explains_what_is_missing(qtbot: QtBot, page: PlansPage, store: EpisodeStore) -> None:
    editor = page.new_plan()
    click(qtbot, editor.save_button)
    assert editor.error_label.isVisible()
    assert editor.errors() == ["Give the plan a name.", "Add at least one step."]
    assert editor.focusWidget() is editor.name_edit
    editor.name_edit.setText("   ")
    choose(editor, "calf_massage")
    click(qtbot, editor.add_button)
    assert not editor.error_label.isVisible()  # adding a step clears the old complaint
    click(qtbot, editor.save_button)
    assert editor.errors() == ["Give the plan a name."]
    editor.name_edit.setText("Only a name")
    click(qtbot, editor.remove_button)
    click(qtbot, editor.save_button)
    assert editor.errors() == ["Add at least one step."]
    assert editor.focusWidget() is editor.library_list
    assert store.custom_plans() == []
    assert page.stack.currentWidget() is editor
    key(qtbot, editor.name_edit, Qt.Key.Key_Escape)  # a name was typed: asks first
    click(qtbot, editor.discard_button)
    assert page.stack.currentWidget() is page.list_panel
    # Nothing typed yet: Cancel leaves at once.
    editor = page.new_plan()
    click(qtbot, editor.cancel_button)
    assert page.stack.currentWidget() is page.list_panel


def test_cancel_asks_before_dropping_unsaved_changes(
    qtbot: QtBot, page: PlansPage, store: EpisodeStore
) -> None:
    editor = page.new_plan()
    qtbot.keyClicks(editor.name_edit, "Half done")  # type: ignore[no-untyped-call]
    choose(editor, "calf_massage")
    click(qtbot, editor.add_button)
    key(qtbot, editor.name_edit, Qt.Key.Key_Escape)
    # Still editing; the question is on screen, and the safe answer has the focus.
    assert page.stack.currentWidget() is editor and editor.discard_bar.isVisible()
    assert editor.focusWidget() is editor.keep_editing_button
    key(qtbot, editor.keep_editing_button, Qt.Key.Key_Escape)  # Esc again: keep editing
    assert not editor.discard_bar.isVisible() and editor.name_edit.text() == "Half done"
    click(qtbot, editor.cancel_button)
    click(qtbot, editor.keep_editing_button)
    assert page.stack.currentWidget() is editor and [s.id for s in editor.steps()] == [
        "calf_massage"
    ]
    click(qtbot, editor.cancel_button)
    click(qtbot, editor.discard_button)
    assert page.stack.currentWidget() is page.list_panel
    assert store.custom_plans() == []
    # Opened again, the editor starts clean: no question left over.
    editor = page.new_plan()
    assert not editor.discard_bar.isVisible() and not editor.has_changes()


def test_timing_stays_within_the_plan_limits(qtbot: QtBot, page: PlansPage) -> None:
    editor = page.new_plan()
    choose(editor, "calf_massage")
    editor.add_selected()
    editor.timing.set_timing(hold_seconds=100_000, repetitions=0, rest_seconds=-5)
    (step,) = editor.steps()
    assert (step.hold_seconds, step.repetitions, step.rest_seconds) == (600, 1, 0)
    click(qtbot, editor.timing.usual_button)
    (step,) = editor.steps()
    assert (step.hold_seconds, step.repetitions, step.rest_seconds) == (60, 1, 0)


def test_an_unreadable_stored_plan_is_reported_and_can_be_deleted(
    qtbot: QtBot, store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    bad = store.save_custom_plan(None, "Broken", "{this is not json")
    page = open_page(qtbot, store, shipped)
    assert page.problem_label.isVisible()
    assert "could not be read" in page.problem_label.text()
    broken = [e for e in page.entries() if e.kind == "broken"]
    assert [e.row_id for e in broken] == [bad]
    assert page.select_plan(f"broken_{bad}")
    assert not page.play_button.isEnabled() and not page.edit_button.isEnabled()
    assert not page.copy_button.isEnabled() and page.delete_button.isEnabled()
    assert "not valid JSON" in page.detail_steps.text()
    # The page still works: a plan can be made beside it.
    editor = page.new_plan()
    editor.name_edit.setText("Still works")
    choose(editor, "calf_massage")
    editor.add_selected()
    click(qtbot, editor.save_button)
    assert [e.kind for e in page.entries()].count("own") == 1
    assert page.select_plan(f"broken_{bad}")
    page.ask_delete()
    click(qtbot, page.confirm_button)
    assert [row for row, _ in store.custom_plans()] != [] and bad not in dict(store.custom_plans())
    assert not page.problem_label.isVisible()


def test_every_control_has_a_name_and_big_enough_targets(qtbot: QtBot, page: PlansPage) -> None:
    page.new_plan()
    page.editor.add_step("calf_massage")
    for root in (page.list_panel, page.editor):
        page.stack.setCurrentWidget(root)
        controls = [
            w
            for w in root.findChildren(QWidget)
            if isinstance(
                w, QAbstractButton | QAbstractSpinBox | QLineEdit | QComboBox | QListWidget
            )
            and w.isVisibleTo(root)
            and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)  # their inner parts
        ]
        assert controls
        for w in controls:
            assert w.accessibleName(), f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
            if isinstance(w, QAbstractButton):
                assert w.minimumHeight() >= 44 or w.sizeHint().height() >= 44
                assert w.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_screens_render_in_night_and_day(qtbot: QtBot, tmp_path: Path) -> None:
    files = render_plans_screens(tmp_path)
    names = sorted(p.name for p in files)
    assert names == sorted(
        f"plans-{view}-{theme}.png"
        for view in ("list", "editor", "errors")
        for theme in ("night", "day")
    )
    assert all(p.stat().st_size > 10_000 for p in files)


def test_a_step_the_profile_skips_is_marked_with_the_reason(
    qtbot: QtBot, store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    from crampwise.domain.profile import HealthProfile

    page = open_page(qtbot, store, shipped)
    assert page.select_plan("calf_now")
    assert "Skipped for you" not in page.detail_steps.text()
    page.diary.save_profile(HealthProfile(conditions=frozenset({"diabetes"})))
    assert page.select_plan("calf_now")
    lines = page.detail_steps.text().splitlines()
    heat = next(i for i, line in enumerate(lines) if line.startswith("5. Warmth on the calf"))
    assert lines[heat + 1].strip().startswith("⊘ Skipped for you: With reduced feeling")
    assert sum("Skipped for you" in line for line in lines) == 1
