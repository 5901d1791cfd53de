from __future__ import annotations

import re
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from devtools.demo import demo_episodes, demo_profile
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, StepUse
from crampwise.storage.store import EpisodeStore
from crampwise.ui.diary import Diary
from crampwise.ui.insights import InsightsPage
from crampwise.ui.theme import DAY, NIGHT, apply_theme
from tests.diaries import TODAY, episode


@pytest.fixture
def page(qtbot: QtBot, store: EpisodeStore) -> InsightsPage:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, NIGHT)
    diary = Diary()
    diary.attach(store)
    widget = InsightsPage(diary)
    widget.today = lambda: TODAY
    widget.background = False  # most tests read synchronously; one checks the thread
    qtbot.addWidget(widget)
    widget.resize(810, 690)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _fill(page: InsightsPage, store: EpisodeStore) -> None:
    for ep in demo_episodes(TODAY):
        store.add(ep)
    store.save_profile(demo_profile(TODAY))
    page.diary.changed.emit()


def test_empty_diary_shows_a_friendly_message_and_no_charts(page: InsightsPage) -> None:
    assert page.stack.currentWidget() is page.message
    assert "No episodes yet" in page.message.text()
    assert page.chart_names() == []
    assert not page.all_button.isVisible()


def test_one_episode_is_text_only(page: InsightsPage, store: EpisodeStore) -> None:
    page.diary.save(episode(TODAY - timedelta(days=2), intensity=6))  # emits changed: reloads
    assert page.stack.currentWidget() is page.message
    text = page.message.text()
    assert "1 episode so far" in text
    assert "patterns appear after a few weeks" in text
    assert "6/10" in text
    assert page.chart_names() == []


def test_many_episodes_show_charts_and_medication_markers(
    page: InsightsPage, store: EpisodeStore
) -> None:
    _fill(page, store)
    assert page.stack.currentWidget() is page.scroller
    names = page.chart_names()
    for name in ("weeks", "intensity", "hours", "sides", "locations", "helped"):
        assert name in names
    weeks = page.chart("weeks")
    assert len(weeks.series()) == 2  # the bars and one marker: the thiazide started mid-way
    assert "Started Bendroflumethiazide" in weeks.series()[1].name()
    assert "Bendroflumethiazide" in page.medication_label.text()
    assert "prescriber" in page.medication_label.text()
    # Triggers compare recorded nights: with no night said to be cramp-free, it asks for them.
    triggers = page.tags_label.text()
    assert "Possible triggers" in triggers
    assert "Cramps came on every recorded night" in triggers
    assert "40 episodes" in page.summary_label.text()  # the last 12 weeks: all of them

    page.all_button.click()
    assert page.all_time
    assert "all time" in page.chart("weeks").title()


def test_night_and_day_colours_follow_the_theme(
    page: InsightsPage, store: EpisodeStore, qtbot: QtBot
) -> None:
    _fill(page, store)
    night_bg = page.chart("hours").backgroundBrush().color().name()
    assert night_bg == NIGHT.surface
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, DAY)
    qtbot.waitUntil(lambda: page.chart("hours").backgroundBrush().color().name() == DAY.surface)


def test_a_change_in_the_diary_marks_the_page_stale(
    page: InsightsPage, store: EpisodeStore
) -> None:
    page.hide()
    page.diary.save(episode(TODAY - timedelta(days=1)))
    assert page._stale
    page.show()
    assert not page._stale
    assert "1 episode so far" in page.message.text()


def test_export_pdf_through_an_injected_save_path(
    page: InsightsPage, store: EpisodeStore, tmp_path: Path, qtbot: QtBot
) -> None:
    _fill(page, store)
    asked: list[str] = []

    def ask(_parent: QWidget, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "for-the-doctor")  # no suffix: .pdf is added

    page.ask_save_path = ask
    with qtbot.waitSignal(page.status) as blocker:
        written = page.export_pdf()
    assert asked and asked[0].endswith(f"crampwise-report-{TODAY.isoformat()}.pdf")
    assert written == tmp_path / "for-the-doctor.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "Report saved" in blocker.args[0]

    page.ask_save_path = lambda _parent, _suggested: None  # cancelled
    assert page.export_pdf() is None


def test_print_uses_the_same_document(
    page: InsightsPage, store: EpisodeStore, tmp_path: Path
) -> None:
    _fill(page, store)
    target = tmp_path / "printed.pdf"

    def ask(printer: QPrinter, _parent: QWidget | None) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    page.ask_printer = ask
    assert page.print_report()
    assert target.read_bytes().startswith(b"%PDF")
    page.ask_printer = lambda _printer, _parent: False
    assert not page.print_report()


def test_render_insights_screens(tmp_path: Path) -> None:
    from devtools.screens import render_insights_screens

    files = render_insights_screens(tmp_path, today=TODAY)
    names = {f.name for f in files}
    assert {"insights-night.png", "insights-day.png", "insights-report.pdf"} <= names
    assert all(f.stat().st_size > 1000 for f in files)


def test_reading_in_the_background_draws_when_done(
    page: InsightsPage, store: EpisodeStore, qtbot: QtBot
) -> None:
    for ep in demo_episodes(TODAY):
        store.add(ep)
    page.background = True
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.diary.changed.emit()
    assert page.stack.currentWidget() is page.scroller
    assert "weeks" in page.chart_names()
    assert set(page.last_timings) == {"load", "patterns", "draw"}


def test_twenty_thousand_episodes_draw_every_chart(page: InsightsPage, store: EpisodeStore) -> None:
    from crampwise.domain.vocab import Location, Side

    start = datetime(2013, 1, 1, 3, 0, tzinfo=UTC)
    years = [
        Episode(
            started_at=start + timedelta(hours=6 * i),
            ended_at=start + timedelta(hours=6 * i, minutes=2 + i % 7),
            side=(Side.LEFT, Side.RIGHT)[i % 2],
            locations=frozenset({(Location.CALF, Location.TOES)[i % 3 == 0]}),
            intensity=i % 11,
            steps=(StepUse("calf_towel_stretch", i % 4 != 0),),
            tags=frozenset({"alcohol"} if i % 5 == 0 else ()),
        )
        for i in range(20_000)
    ]
    store.add_many(years)
    page.diary.changed.emit()
    assert page.patterns is not None and page.patterns.summary.episodes == 20_000
    assert {"weeks", "hours", "helped"} <= set(page.chart_names())
    page.all_button.click()  # all time: eleven years aggregated, still a readable chart
    assert not page.grab().isNull()
    assert page.chart("weeks").series()[0].barSets()[0].count() <= 16


@pytest.mark.parametrize("all_time", [False, True], ids=["12 weeks", "all time"])
def test_insights_and_its_report_give_the_same_rate_over_the_same_nights(
    page: InsightsPage, store: EpisodeStore, all_time: bool
) -> None:
    """A diary begun 4 weeks ago: 13 cramps are 3.2 a week, not 1.1 over 12 weeks."""
    from crampwise.report.document import report_html

    began = TODAY - timedelta(weeks=4) + timedelta(days=1)
    for i in range(13):
        store.add(episode(began + timedelta(days=2 * i)))
    store.add(episode(began + timedelta(days=1), woke_from_sleep=True))
    page.diary.changed.emit()
    page.all_button.setChecked(all_time)
    shown = page.summary_label.text()
    assert "<b>3.5</b> a week" in shown  # 14 over 28 nights
    assert "Rates cover the 28 nights from" in shown
    assert "woken by it on 1 (13 not recorded)" in shown
    data = page._report_data()
    assert data is not None
    html = report_html(data)
    assert re.search(r"Episodes a week</span><br/><span class=\"big\">3\.5<", html)
    assert re.search(r"Nights with a cramp</span><br/><span class=\"big\">14 of 28<", html)
    assert "Rates cover the 28 nights from" in html
    assert "(13 not recorded)" in html


def test_the_night_ends_at_the_diarys_hour_not_the_first_episodes(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A diary whose night ends at 14:00 puts a 13:00 cramp on the night before (last in the
    hours chart), even when the first episode listed was stamped with another cut-over."""
    from PySide6.QtCharts import QBarCategoryAxis
    from PySide6.QtCore import Qt

    store = EpisodeStore.open(night_cutover_hour=14)
    try:
        diary = Diary()
        diary.attach(store)
        late = episode(TODAY - timedelta(days=3), 13)
        stamped_12 = [late] + [ep.replace(night_cutover_hour=12) for ep in demo_episodes(TODAY)]
        monkeypatch.setattr(diary, "episodes", lambda: stamped_12)
        page = InsightsPage(diary)
        page.today = lambda: TODAY
        page.background = False
        qtbot.addWidget(page)
        page.reload()
        axis = page.chart("hours").axes(Qt.Orientation.Horizontal)[0]
        assert isinstance(axis, QBarCategoryAxis)
        hours = axis.categories()
        assert hours[-1] == "13"
        assert hours.count("13") == 1
    finally:
        store.close()


def test_cramp_free_nights_from_check_ins_turn_the_trigger_lines_into_figures(
    page: InsightsPage, store: EpisodeStore
) -> None:
    from crampwise.domain.nights import CheckIn, NightStatus

    # 20 recorded nights in the last 12 weeks: alcohol on 10 (6 with a cramp), 2 cramps on
    # the 10 others; the rest of the nights are said to be cramp-free in a check-in.
    for i in range(20):
        night = TODAY - timedelta(days=i + 1)
        alcohol = i < 10
        cramp = (alcohol and i < 6) or (not alcohol and i < 12)
        if cramp:
            store.add(episode(night, tags=frozenset({"alcohol"}) if alcohol else frozenset()))
        store.save_checkin(
            CheckIn(
                night,
                factors=frozenset({"alcohol"}) if alcohol else frozenset(),
                drinks=2 if alcohol else None,
                status=None if cramp else NightStatus.NO_CRAMPS,
            )
        )
    for i in range(30):  # enough episodes for charts, long before the 12 weeks
        store.add(episode(TODAY - timedelta(days=200 + i)))
    page.diary.changed.emit()
    text = page.tags_label.text()
    assert "6 of 10" in text and "2 of 10" in text
    assert "3.0 times as often (likely between 0.79 and 11.4)" in text
