"""The region in the window: Settings → Country, the numbers on every page, the disclaimer,
the evening routine's real length, and older warning signs kept on their episodes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, local_now
from crampwise.relief.custom import plan_seconds
from crampwise.settings import Settings, load_settings, save_settings
from crampwise.storage.store import EpisodeStore
from crampwise.ui.app import build_window
from crampwise.ui.learn import LearnPage
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.prevention import PreventionPage
from crampwise.ui.relief_state import EVENING_PLAN, plan_library


def test_settings_country_changes_the_numbers_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.fill_menus()
    window.go_to("prevention")
    page = window.page("prevention")
    assert isinstance(page, PreventionPage)
    assert set(window.menus.region_actions) >= {"auto", "GB", "FR", "BE", "CH", "CA", "US", "other"}
    window.menus.region_actions["GB"].trigger()
    assert "999" in page.cards.toPlainText() and "SAMU" not in page.cards.toPlainText()
    window.menus.region_actions["FR"].trigger()
    text = page.cards.toPlainText()
    assert "15 (SAMU) or 112" in text and "116 117" in text
    assert "999" not in text and "111" not in text
    assert load_settings().region == "FR"
    assert window.menus.region_actions["FR"].isChecked()
    window.go_to("learn")
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    assert "15 (SAMU)" in learn.browser.toPlainText()
    window.menus.region_actions["US"].trigger()
    assert "911" in learn.browser.toPlainText()


def test_the_first_start_notice_gives_the_disclaimer_and_the_number(qtbot: QtBot) -> None:
    save_settings(Settings(region="BE"))
    win, _diary = build_window(load_settings())
    qtbot.addWidget(win)
    text = win.notice.findChildren(type(win.error_label))[0].text()
    assert "It never tells you to change a medicine, except to pass on official" in text
    assert "In an emergency, call 112." in text
    assert "never tell you to stop" not in text


def test_the_evening_routine_blurb_gives_its_real_length(window: MainWindow) -> None:
    plan = plan_library().plan(EVENING_PLAN)
    assert plan is not None
    minutes = round(plan_seconds(plan) / 60)
    window.go_to("prevention")
    page = window.page("prevention")
    assert isinstance(page, PreventionPage)
    blurb = page._advice_widgets[1].text()  # type: ignore[attr-defined]
    assert blurb.startswith(f"About {minutes} minutes.")
    assert "7 minutes" not in plan.description.english  # the length is never typed in the words
    assert f"about {minutes} minutes" in page.routine_button.accessibleDescription()


def test_an_older_combined_tick_is_kept_and_new_episodes_offer_the_split_boxes(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    start = local_now() - timedelta(days=20)
    old = store.add(Episode(started_at=start, ended_at=start + timedelta(minutes=2),
                            red_flags=frozenset({"dark_urine"})))  # fmt: skip
    form = window.tonight.form
    form.load(Episode(started_at=start, ended_at=start + timedelta(minutes=1)))
    assert not form.flag_checks["dark_urine"].isVisibleTo(window)
    assert "dark_cola_urine" in form.flag_checks and "unusual_muscle_pain" in form.flag_checks
    form.load(old)
    box = form.flag_checks["dark_urine"]
    assert box.isChecked() and box.text().endswith("(older entry)")
    with qtbot.waitSignal(form.submitted) as sent:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "dark_urine" in sent.args[0].red_flags  # saved again, not lost


def test_the_report_opens_with_the_disclaimer(store: EpisodeStore) -> None:
    from crampwise.report.document import collect_report_data, report_html

    save_settings(Settings(region="CA"))
    today = local_now().date()
    html = report_html(collect_report_data(store, today - timedelta(days=30), today, today))
    first_page = html.split("page-break-before")[0]
    assert "except to pass on official safety advice" in first_page
    assert "In an emergency, call 911." in first_page


def test_the_profile_shows_every_class_of_a_combination_typed_with_its_dose(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    from crampwise.ui.profile import ProfilePage

    window.go_to("profile")
    page = window.page("profile")
    assert isinstance(page, ProfilePage)
    page.med_input.setText("Preterax 5 mg/1,25 mg")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    recognised = page.table.item(0, 1).text()
    assert "ACE inhibitor" in recognised and "Thiazide" in recognised and " + " in recognised
    assert [m.name for m in store.profile().medications] == ["Preterax 5 mg/1,25 mg"]
