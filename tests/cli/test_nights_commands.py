"""``crampwise checkin``, ``nights``, ``triggers`` and ``experiment``: what a script sees."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from crampwise.cli import main
from crampwise.domain.episode import local_now, night_of
from crampwise.storage.store import EpisodeStore


def tonight() -> date:
    return night_of(local_now())


def out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def stored() -> tuple[list[object], list[object]]:
    store = EpisodeStore.open()
    try:
        return list(store.checkins()), list(store.experiments())
    finally:
        store.close()


def test_a_checkin_then_the_morning_answer_make_one_recorded_night(
    capsys: pytest.CaptureFixture[str],
) -> None:
    night = (tonight() - timedelta(days=1)).isoformat()
    said = out(capsys, "checkin", "--night", night, "--factor", "caffeine", "--drinks", "2")
    assert "Recorded." in said and "alcohol, caffeine" in said
    assert json.loads(out(capsys, "nights", "--json")) == []  # how it went: not said yet
    out(capsys, "checkin", "--night", night, "--no-cramps")
    (recorded,) = json.loads(out(capsys, "nights", "--json"))
    assert recorded == {"night": night, "status": "no_cramps", "factors": ["alcohol", "caffeine"]}


def test_nights_from_to_and_an_episode_makes_a_cramp_night(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out(capsys, "log", "--duration", "2m", "--at", "2026-11-05 03:00", "--tag", "alcohol")
    out(capsys, "checkin", "--night", "2026-11-06", "--no-cramps")
    out(capsys, "checkin", "--night", "2026-11-08", "--cramps", "--factor", "hard_exercise")
    nights = json.loads(
        out(capsys, "nights", "--json", "--from", "2026-11-04", "--to", "2026-11-07")
    )
    assert nights == [
        {"night": "2026-11-04", "status": "cramps", "factors": ["alcohol"]},
        {"night": "2026-11-06", "status": "no_cramps", "factors": []},
    ]
    text = out(capsys, "nights")
    assert "2026-11-08  cramps" in text and "hard_exercise" in text


def test_triggers_json_has_the_issue_s_keys_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    for day in range(1, 11):
        night = date(2026, 10, day).isoformat()
        args = ["checkin", "--night", night, "--cramps" if day <= 6 else "--no-cramps"]
        out(capsys, *args, *(["--factor", "alcohol"] if day % 2 else []))
    figures = json.loads(out(capsys, "triggers", "--json"))
    alcohol = next(f for f in figures if f["factor"] == "alcohol")
    assert list(alcohol) == [
        "factor", "nights_with", "cramp_nights_with", "nights_without", "cramp_nights_without",
        "ratio", "low", "high", "enough",
    ]  # fmt: skip
    assert (alcohol["nights_with"], alcohol["cramp_nights_with"]) == (5, 3)
    assert (alcohol["nights_without"], alcohol["cramp_nights_without"]) == (5, 3)
    assert alcohol["enough"] is False and alcohol["ratio"] is None
    assert "Not enough nights yet" in out(capsys, "triggers")


def test_an_experiment_from_start_to_result(capsys: pytest.CaptureFixture[str]) -> None:
    plan = json.loads(
        out(
            capsys,
            "experiment",
            "start",
            "--habit",
            "warm_socks",
            "--weeks",
            "6",
            "--seed",
            "9",
            "--json",
        )
    )
    arms = [b["arm"] for b in plan["blocks"]]
    assert plan["start"] == tonight().isoformat() and len(arms) == 6
    assert all(sorted(arms[i : i + 2]) == ["off", "on"] for i in (0, 2, 4))
    status = json.loads(out(capsys, "experiment", "status", "--json"))
    assert (status["state"], status["week"], status["arm"]) == (
        "on" if arms[0] == "on" else "off",
        1,
        arms[0],
    )
    assert "Week 1 of 6" in out(capsys, "experiment", "status")
    result = json.loads(out(capsys, "experiment", "result", "--json"))
    assert set(result) == {
        "on",
        "off",
        "rate_ratio",
        "low",
        "high",
        "adherence",
        "enough",
        "summary",
    }
    assert set(result["on"]) == {"nights", "cramp_nights", "episodes", "mean_intensity"}
    stopped = json.loads(out(capsys, "experiment", "stop", "--json"))
    assert stopped["stopped"] == local_now().date().isoformat()
    assert "No experiment is running" in out(capsys, "experiment", "status")


def test_the_plan_is_the_same_for_the_same_seed(capsys: pytest.CaptureFixture[str]) -> None:
    first = out(
        capsys, "experiment", "start", "--habit", "raise_bed_foot", "--weeks", "8", "--seed", "5"
    )
    out(capsys, "experiment", "stop")
    again = out(
        capsys, "experiment", "start", "--habit", "raise_bed_foot", "--weeks", "8", "--seed", "5"
    )
    assert first == again and first.count("Week ") == 8


TOMORROW_NIGHT = (date.today() + timedelta(days=2)).isoformat()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["checkin", "--factor", "chocolate"], "unknown factor 'chocolate'"),
        (["checkin", "--drinks", "-1"], "number of drinks must be a whole number from 0 to 40"),
        (["checkin", "--drinks", "41"], "number of drinks must be a whole number from 0 to 40"),
        (["checkin", "--cramps", "--no-cramps"], "not allowed with argument"),
        (["checkin", "--night", "3 Dec"], "not a date"),
        (
            ["experiment", "start", "--habit", "warm_socks", "--weeks", "3"],
            "4, 6 or 8 weeks, not 3",
        ),
        (["experiment", "start", "--habit", "warm_socks", "--weeks", "4", "--seed", "-2"], "seed"),
        (["nights", "--from", "yesterday"], "not a date"),
    ],
)
def test_bad_arguments_exit_2_with_a_clear_message_and_store_nothing(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
    assert not (data_dir / "crampwise.sqlite3").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["checkin", "--night", TOMORROW_NIGHT, "--no-cramps"], "is in the future"),
        (
            ["checkin", "--drinks", "0", "--factor", "alcohol"],
            "alcohol is ticked, but with 0 drinks",
        ),
        (
            ["experiment", "start", "--habit", "chocolate", "--weeks", "4"],
            "unknown habit 'chocolate'",
        ),
        (["experiment", "start", "--habit", "own", "--own", "quinine", "--weeks", "4"], "medicine"),
        (["experiment", "start", "--habit", "own", "--weeks", "4"], "say what your own habit is"),
        (["experiment", "stop"], "no experiment is running"),
    ],
)
def test_refused_input_exits_2_and_stores_nothing(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err
    assert stored() == ([], [])


def test_a_heat_habit_is_refused_with_neuropathy(capsys: pytest.CaptureFixture[str]) -> None:
    store = EpisodeStore.open()
    from crampwise.domain.profile import HealthProfile

    store.save_profile(HealthProfile(conditions=frozenset({"neuropathy"})))
    store.close()
    assert main(["experiment", "start", "--habit", "warm_socks", "--weeks", "4"]) == 2
    assert "not offered" in capsys.readouterr().err
    assert stored() == ([], [])


def test_a_second_experiment_exits_2_and_keeps_the_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out(capsys, "experiment", "start", "--habit", "warm_socks", "--weeks", "4")
    assert main(["experiment", "start", "--habit", "no_late_caffeine", "--weeks", "4"]) == 2
    assert "already running" in capsys.readouterr().err
    (only,) = stored()[1]
    assert only.habit == "warm_socks"  # type: ignore[attr-defined]


def test_the_commands_speak_french(capsys: pytest.CaptureFixture[str]) -> None:
    fr = ("--lang", "fr")
    said = out(
        capsys, *fr, "checkin", "--night", "2026-11-02", "--no-cramps", "--factor", "caffeine"
    )
    assert "C'est noté" in said and "caféine" in said and "sans crampe" in said
    plan = out(capsys, *fr, "experiment", "start", "--habit", "warm_socks", "--weeks", "4")
    assert "Essai prévu" in plan and "Semaine 1 : du" in plan
    assert "Semaine 1 sur 4" in out(capsys, *fr, "experiment", "status")
    assert "Essai arrêté" in out(capsys, *fr, "experiment", "stop")
    assert "Aucun essai n'est en cours" in out(capsys, *fr, "experiment", "status")
