"""The diary is the window's one door to the data: pages ask it, and it announces every change
itself, whatever page or action made it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, local_now
from crampwise.domain.profile import HealthProfile, Medication
from crampwise.relief.custom import make_plan
from crampwise.relief.plans import PlanLoadResult, load_default_plans
from crampwise.storage.schema import StoreError
from crampwise.storage.store import EpisodeStore
from crampwise.ui.diary import Diary


@pytest.fixture
def shipped() -> PlanLoadResult:
    return load_default_plans()


@pytest.fixture
def diary(store: EpisodeStore) -> Diary:
    opened = Diary()
    opened.attach(store)
    return opened


def test_before_the_diary_opens_there_is_nothing_to_read_and_nothing_is_written(
    tmp_path: Path, shipped: PlanLoadResult
) -> None:
    closed = Diary()
    assert closed.profile() is None
    assert closed.custom_plans(shipped.steps) is None
    assert closed.report_data(date(2026, 11, 1), date(2026, 11, 30), date(2026, 11, 30)) is None
    with pytest.raises(StoreError):
        closed.export_to(tmp_path / "diary.json")
    assert not (tmp_path / "diary.json").exists()


def test_saving_and_deleting_a_plan_is_announced_by_the_diary(
    qtbot: QtBot, diary: Diary, shipped: PlanLoadResult
) -> None:
    plan = make_plan("Physio routine", [shipped.steps["wall_calf_stretch"]])
    with qtbot.waitSignal(diary.changed):
        row = diary.save_custom_plan(None, plan, shipped.steps)
    mine = diary.custom_plans(shipped.steps)
    assert mine is not None and [p.name.english for _row, p in mine] == ["Physio routine"]
    with qtbot.waitSignal(diary.changed):
        diary.delete_custom_plan(row)
    assert diary.custom_plans(shipped.steps) == []


def test_an_import_is_announced_once_its_episodes_and_profile_are_in(
    qtbot: QtBot, diary: Diary, store: EpisodeStore, tmp_path: Path
) -> None:
    start = local_now() - timedelta(days=1)
    other = EpisodeStore.open(tmp_path / "other" / "crampwise.sqlite3")
    other.add(Episode(started_at=start, ended_at=start + timedelta(minutes=5), note="theirs"))
    other.save_profile(HealthProfile(medications=(Medication("amlodipine"),)))
    other_diary = Diary()
    other_diary.attach(other)
    assert other_diary.export_to(tmp_path / "theirs.json") == 1
    other_diary.close()

    with qtbot.waitSignals([diary.changed, diary.profile_changed]):
        report, warning = diary.import_from(tmp_path / "theirs.json")
    assert report.added == 1 and warning is None
    assert [e.note for e in store.episodes()] == ["theirs"]
    profile = diary.profile()
    assert profile is not None and [m.name for m in profile.medications] == ["amlodipine"]


def test_the_report_reads_the_nights_asked_for(diary: Diary) -> None:
    today = local_now().date()
    start = local_now() - timedelta(days=2)
    assert diary.save(Episode(started_at=start, ended_at=start + timedelta(minutes=3)))
    data = diary.report_data(today - timedelta(days=7), today, today)
    assert data is not None and len(data.episodes) == 1


def test_the_windows_report_ends_the_night_at_the_diarys_hour(data_dir: Path) -> None:
    # The saved setting says nothing: the diary was opened with nights ending at 14:00, and a
    # 13:00 episode belongs to the night before, in the report as everywhere else.
    store = EpisodeStore.open(night_cutover_hour=14)
    try:
        diary = Diary()
        diary.attach(store)
        today = local_now().date()
        start = local_now().replace(hour=13, minute=0, second=0, microsecond=0)
        start -= timedelta(days=2)
        assert diary.save(Episode(started_at=start, ended_at=start + timedelta(minutes=3)))
        data = diary.report_data(today - timedelta(days=7), today, today)
        assert data is not None and data.night_cutover_hour == 14
    finally:
        store.close()
