"""Check-ins and experiments travel in the export: JSON carries both, CSV a second file of
nights; the round trip is exact, a second import adds nothing, old files still import."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from crampwise.domain.experiments import Experiment
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.exchange import ExchangeError, export_csv, export_json, import_file, render_json
from crampwise.exchange.export import nights_csv_path
from crampwise.storage.store import EpisodeStore

from .conftest import fill, snapshot, tricky_episodes, tricky_profile

FIXTURES = Path(__file__).parents[1] / "fixtures"


def tricky_checkins() -> list[CheckIn]:
    """Every field, odd text (a formula, separators, accents), unknown values left unknown."""
    return [
        CheckIn(
            date(2026, 3, 1),
            frozenset({"alcohol", "caffeine"}),
            drinks=3,
            own_factors="=SUM(A1); dîner tard, stress",
            routine_done=True,
            status=NightStatus.CRAMPS,
            habit_done=True,
        ),
        CheckIn(date(2026, 3, 2), drinks=0, status=NightStatus.NO_CRAMPS, habit_done=False),
        CheckIn(date(2026, 3, 4), frozenset({"heavy_sweating"}), own_factors="'quoted"),
    ]


def tricky_experiments() -> list[Experiment]:
    return [
        Experiment("warm_socks", 4, 0, date(2026, 1, 5), stopped=date(2026, 1, 20)),
        Experiment("own", 8, 2**63 - 1, date(2026, 3, 1), "Tisane, 21 h"),
    ]


def fill_nights(store: EpisodeStore) -> None:
    for checkin in tricky_checkins():
        store.save_checkin(checkin)
    for experiment in tricky_experiments():
        store.save_experiment(experiment)


def test_json_carries_checkins_and_experiments_exactly(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    fill(store, tricky_episodes())
    store.save_profile(tricky_profile())
    fill_nights(store)
    path = tmp_path / "diary.json"
    export_json(store, path)

    report = import_file(empty_store, path)
    assert (report.nights.nights_added, report.nights.experiments_added) == (3, 2)
    assert empty_store.checkins() == store.checkins() == tricky_checkins()
    assert empty_store.experiments() == store.experiments()
    assert snapshot(empty_store) == snapshot(store)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["checkins"][1] == {
        "night": "2026-03-02",
        "factors": [],
        "drinks": 0,
        "own_factors": "",
        "routine_done": False,
        "status": "no_cramps",
        "habit_done": False,
    }
    assert doc["experiments"][0] == {
        "id": 1,
        "habit": "warm_socks",
        "own_habit": "",
        "weeks": 4,
        "seed": 0,
        "start": "2026-01-05",
        "stopped": "2026-01-20",
    }
    # The copy exports the same document again.
    again = json.loads(render_json(empty_store))
    assert {k: v for k, v in again.items() if k != "exported_at"} == {
        k: v for k, v in doc.items() if k != "exported_at"
    }


def test_importing_the_same_file_twice_adds_no_night(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    fill_nights(store)
    path = tmp_path / "diary.json"
    export_json(store, path)
    import_file(empty_store, path)
    second = import_file(empty_store, path)
    assert (second.nights.nights_added, second.nights.experiments_added) == (0, 0)
    assert (second.nights.nights_same, second.nights.experiments_same) == (3, 2)
    assert "3 nights were already in the diary" in second.message()
    assert len(empty_store.checkins()) == 3 and len(empty_store.experiments()) == 2


def test_a_night_the_diary_has_is_never_overwritten(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    fill_nights(store)
    path = tmp_path / "diary.json"
    export_json(store, path)
    mine = CheckIn(date(2026, 3, 1), status=NightStatus.NO_CRAMPS)
    empty_store.save_checkin(mine)
    report = import_file(empty_store, path)
    assert report.nights.nights_kept == 1 and report.nights.nights_added == 2
    assert empty_store.checkin(date(2026, 3, 1)) == mine
    assert "differs from the diary's, which was kept" in report.message()


def test_csv_writes_the_nights_beside_the_episodes_and_they_import_back(
    store: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    fill(store, tricky_episodes())
    fill_nights(store)
    path = tmp_path / "diary.csv"
    export_csv(store, path)
    nights = nights_csv_path(path)
    assert nights == tmp_path / "diary-nights.csv"
    text = nights.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "night,status,factors,drinks,own_factors,routine_done,habit_done"
    assert "'=SUM(A1)" in text  # a formula is shown as text in a spreadsheet

    import_file(empty_store, path)
    report = import_file(empty_store, nights)
    assert (report.added, report.nights.nights_added) == (0, 3)
    assert empty_store.checkins() == tricky_checkins()
    assert import_file(empty_store, nights).nights.nights_added == 0


def test_a_csv_export_without_nights_writes_no_second_file(
    store: EpisodeStore, tmp_path: Path
) -> None:
    fill(store, tricky_episodes())
    out = tmp_path / "out"
    out.mkdir()
    export_csv(store, out / "diary.csv")
    assert sorted(p.name for p in out.iterdir()) == ["diary.csv"]


def test_an_export_without_nights_has_no_nights_keys(store: EpisodeStore) -> None:
    fill(store, tricky_episodes())
    doc = json.loads(render_json(store))
    assert "checkins" not in doc and "experiments" not in doc


def test_an_old_export_still_imports(empty_store: EpisodeStore) -> None:
    report = import_file(empty_store, FIXTURES / "export_v1.json")
    assert report.added > 0 and report.nights.nights_added == 0
    assert empty_store.checkins() == []


def _doc(**lists: object) -> str:
    return json.dumps({"format": "crampwise", "format_version": 1, "episodes": [], **lists})


SOCKS = {"habit": "warm_socks", "weeks": 4, "seed": 1, "start": "2026-01-05"}
TOMORROW_PLUS = (date.today() + timedelta(days=3)).isoformat()


@pytest.mark.parametrize(
    ("lists", "words"),
    [
        ({"checkins": [{"night": "2026-03-01", "factors": ["chocolate"]}]}, "unknown factor"),
        ({"checkins": [{"night": TOMORROW_PLUS}]}, "in the future"),
        ({"checkins": [{"night": "2026-03-01", "drinks": -1}]}, "number of drinks"),
        ({"checkins": [{"night": "2026-03-01", "status": "maybe"}]}, "status: must be"),
        ({"checkins": [{"night": "2026-03-01", "mood": 3}]}, "mood: is not a field"),
        ({"checkins": [{"drinks": 1}]}, "night: is missing"),
        ({"checkins": [{"night": "2026-03-01"}, {"night": "2026-03-01"}]}, "also in row 1"),
        ({"checkins": {"night": "2026-03-01"}}, "checkins must be a list"),
        (
            {"experiments": [{"habit": "quinine", "weeks": 4, "seed": 1, "start": "2026-01-05"}]},
            "unknown habit",
        ),
        (
            {
                "experiments": [
                    {"habit": "warm_socks", "weeks": 3, "seed": 1, "start": "2026-01-05"}
                ]
            },
            "4, 6 or 8 weeks",
        ),
        ({"experiments": [{"habit": "warm_socks", "weeks": 4, "start": "2026-01-05"}]}, "seed"),
    ],
)
def test_a_bad_night_or_experiment_refuses_the_whole_file(
    empty_store: EpisodeStore, tmp_path: Path, lists: dict[str, object], words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(_doc(**lists), encoding="utf-8")
    with pytest.raises(ExchangeError, match=words):
        import_file(empty_store, path)
    assert empty_store.checkins() == [] and empty_store.experiments() == []


def test_the_json_round_trip_in_the_fixture_of_schema_0002(tmp_path: Path) -> None:
    """The stored fixture's nights export and import into an empty diary unchanged."""
    import shutil

    db = tmp_path / "old" / "crampwise.sqlite3"
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema_0002.sqlite3", db)
    source = EpisodeStore.open(db)
    target = EpisodeStore.open(tmp_path / "new" / "crampwise.sqlite3")
    path = tmp_path / "diary.json"
    export_json(source, path)
    import_file(target, path)
    assert target.checkins() == source.checkins()
    assert target.experiments() == source.experiments()
    source.close()
    target.close()
