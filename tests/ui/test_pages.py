from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, local_now
from crampwise.domain.profile import HealthProfile
from crampwise.settings import load_settings
from crampwise.storage.store import EpisodeStore
from crampwise.ui.app import build_window
from crampwise.ui.learn import LearnPage
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.prevention import PreventionPage
from crampwise.ui.profile import ProfilePage


def test_pages_are_built_only_when_first_visited(window: MainWindow) -> None:
    assert "learn" not in window._built
    window.go_to("learn")
    assert isinstance(window.page("learn"), LearnPage)
    assert window.pages.currentWidget() is window.page("learn")


def test_profile_page_saves_conditions_and_medicines(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    window.go_to("profile")
    page = window.page("profile")
    assert isinstance(page, ProfilePage)
    page.condition_checks["pad"].setChecked(True)
    qtbot.keyClicks(page.med_input, "lipitor")
    qtbot.keyClick(page.med_input, Qt.Key.Key_Return)
    page.med_input.setText("Grandma's tonic")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.item(0, 1).text() != "Not recognised"
    assert page.table.item(1, 1).text() == "Not recognised"
    page.table.selectRow(0)
    page.started.check.setChecked(True)
    saved = store.profile()
    assert saved.conditions == {"pad"}
    assert [(m.name, m.drug_class) for m in saved.medications] == [
        ("lipitor", "statin"),
        ("Grandma's tonic", None),
    ]
    assert saved.medications[0].started == local_now().date()
    page.table.selectRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in store.profile().medications] == ["lipitor"]


def test_prevention_puts_red_flags_above_tips(window: MainWindow, store: EpisodeStore) -> None:
    start = local_now() - timedelta(hours=3)
    store.add(Episode(started_at=start, ended_at=start + timedelta(minutes=2),
                      red_flags=frozenset({"one_leg_swelling"})))  # fmt: skip
    store.save_profile(HealthProfile(conditions=frozenset({"diabetes"})))
    window.go_to("prevention")
    page = window.page("prevention")
    assert isinstance(page, PreventionPage)
    texts = page.card_texts()
    assert texts[0].startswith("Warning sign · Emergency: call now")
    flags = [t for t in texts if t.startswith("Warning sign")]
    assert texts[: len(flags)] == flags and any("swollen" in t for t in flags)
    first_tip = next(i for i, t in enumerate(texts) if t.startswith("Tip"))
    assert first_tip > 0
    assert "swollen" in page.cards.toPlainText().lower()


def test_prevention_updates_when_the_profile_changes(
    window: MainWindow, store: EpisodeStore
) -> None:
    window.go_to("prevention")
    page = window.page("prevention")
    assert isinstance(page, PreventionPage)
    before = page.card_texts()
    window.diary.save_profile(HealthProfile(conditions=frozenset({"pregnancy"})))
    after = page.card_texts()
    assert after != before
    assert "quinine" in page.cards.toPlainText().lower()


def test_evening_routine_plays_and_is_not_logged(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    window.go_to("prevention")
    page = window.page("prevention")
    assert isinstance(page, PreventionPage)
    qtbot.mouseClick(page.routine_button, Qt.MouseButton.LeftButton)
    assert page.player is not None
    state = page.player.sequencer.state()
    assert state.step is not None and state.step.intervention == "calf_stretch"
    with qtbot.waitSignal(page.status) as done:
        qtbot.keyClick(page.player, Qt.Key.Key_Escape)
    assert done.args == ["Routine stopped."]
    assert page.player is None
    assert store.episodes() == []


def test_learn_is_honest_about_weak_evidence_and_lists_sources(qtbot: QtBot) -> None:
    page = LearnPage()
    qtbot.addWidget(page)
    text = page.browser.toPlainText()
    assert "Magnesium supplements: Not recommended. (good evidence of no benefit)" in text
    assert "Magnets, magnetic insoles or bracelets: Not recommended. (good evidence of no" in text
    assert "Quinine (and tonic water): Avoid." in text
    assert "Drinking more, electrolyte drinks: No evidence they help." in text
    assert "Less caffeine: No evidence either way." in text
    heat = next(line for line in text.splitlines() if line.startswith("Heat"))
    assert all(word in heat for word in ("diabetes", "neuropathy", "PAD"))
    for label in ("Magnesium supplements", "Magnets, magnetic"):
        line = next(line for line in text.splitlines() if line.startswith(label))
        assert "moderate evidence" not in line
    assert "Worth trying" not in text.split("Drinking more")[1].split("\n")[0]
    assert "When to see a doctor" in text
    sources = text.split("Sources")[-1]
    assert "Garrison" in sources and "Cochrane" in sources


def test_the_first_start_notice_is_shown_once(qtbot: QtBot, window: MainWindow) -> None:
    assert window.notice.isVisibleTo(window)
    assert "does not diagnose" in window.notice.findChildren(type(window.error_label))[0].text()
    qtbot.mouseClick(window.notice_button, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisibleTo(window)
    assert load_settings().notice_accepted
    again, _diary = build_window(load_settings())
    qtbot.addWidget(again)
    assert not again.notice.isVisibleTo(again)


def test_export_and_import_from_the_window(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore, tmp_path: Path
) -> None:
    start = local_now() - timedelta(hours=5)
    store.add(Episode(started_at=start, ended_at=start + timedelta(minutes=3), note="=SUM(A1)"))
    store.save_profile(HealthProfile(conditions=frozenset({"thyroid"})))
    actions = window.exchange
    actions.background = False
    target = tmp_path / "out" / "diary.csv"
    target.parent.mkdir()
    actions.ask_export = lambda _parent, _suggested: str(target)
    with qtbot.waitSignal(actions.finished) as done:
        actions.export_diary()
    assert "Exported 1 episode to diary.csv" in done.args[0]
    assert "'=SUM(A1)" in target.read_text(encoding="utf-8-sig")
    json_file = tmp_path / "out" / "diary.json"
    actions.ask_export = lambda _parent, _suggested: str(json_file)
    actions.export_diary()
    # Into a new, empty diary: everything comes back; a second import adds nothing.
    window.diary.close()
    fresh = EpisodeStore.open(tmp_path / "fresh" / "crampwise.sqlite3")
    window.diary.attach(fresh)
    actions.ask_import = lambda _parent, _suggested: str(json_file)
    with qtbot.waitSignal(actions.finished):
        actions.import_diary()
    assert [e.note for e in fresh.episodes()] == ["=SUM(A1)"]
    assert fresh.profile().conditions == {"thyroid"}
    with qtbot.waitSignal(actions.finished) as again:
        actions.import_diary()
    assert "Added 0 episodes" in again.args[0]
    assert len(fresh.episodes()) == 1
    window.go_to("history")
    assert window.history.model.rowCount() == 1
    fresh.close()


def test_a_bad_import_changes_nothing_and_says_why(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "crampwise", "format_version": 1, "episodes": [{"note": 5}]}')
    actions = window.exchange
    actions.background = False
    actions.ask_import = lambda _parent, _suggested: str(bad)
    with qtbot.waitSignal(actions.failed) as failed:
        actions.import_diary()
    assert failed.args[0].startswith("Nothing was imported")
    assert "row 1" in failed.args[0]
    assert store.episodes() == []
