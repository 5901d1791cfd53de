"""The command line's edges: every bad argument is refused in plain words with exit status 2,
nothing is stored, and no message names the code (a class, a function) instead of the value."""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crampwise.cli import build_parser, main
from crampwise.domain.profile import CONDITION_IDS
from crampwise.domain.vocab import CONTEXT_TAGS

README = Path(__file__).resolve().parents[2] / "README.md"
# What argparse says when a type function fails the wrong way: "invalid Side value: 'x'".
INTERNAL = re.compile(r"invalid \w+ value|Traceback|Error\b|_parse|<function|<class")


def refused(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run the CLI, expect exit status 2, return what it said on stderr."""
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert not INTERNAL.search(err), err
    return err


def stored(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    episodes: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return episodes


# --- no internal names --------------------------------------------------------------------


def test_a_wrong_side_says_which_sides_there_are(capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(["log", "--duration", "3m", "--side", "sideways"], capsys)
    assert "side must be left, right or both" in err
    assert "Side" not in err


def _typed_options() -> Iterator[tuple[list[str], argparse.Action]]:
    """Every option and positional argument that reads a value, with the command it is in."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                for inner in sub._actions:
                    if inner.type is not None or inner.choices is not None:
                        yield [name], inner
        elif action.type is not None or action.choices is not None:
            yield [], action


@pytest.mark.parametrize(
    ("command", "action"),
    list(_typed_options()),
    ids=lambda v: v.dest if isinstance(v, argparse.Action) else " ".join(v),
)
@pytest.mark.parametrize("value", ["sideways", "1e400", "", "\udcff"])
def test_no_argument_answers_with_a_name_from_the_code(
    command: list[str],
    action: argparse.Action,
    value: str,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    argv = [*command, *([action.option_strings[0]] if action.option_strings else []), value]
    if not command:
        argv += ["list"]  # with no command, the window would open
    if command == ["log"]:
        argv += [] if action.dest == "duration" else ["--duration", "3m"]
    if command == ["export"] and action.dest != "output":
        argv += ["-o", str(tmp_path / "out.json")]
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    assert not INTERNAL.search(err), err


# --- the start time -----------------------------------------------------------------------


def test_a_start_in_the_future_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    later = datetime.now().astimezone() + timedelta(hours=1)
    err = refused(["log", "--duration", "3m", "--at", f"{later:%Y-%m-%d %H:%M}"], capsys)
    assert "is in the future" in err
    assert not (data_dir / "crampwise.sqlite3").exists()


def test_a_start_a_few_seconds_ahead_is_clock_skew_and_accepted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    soon = datetime.now().astimezone() + timedelta(seconds=20)
    assert main(["log", "--duration", "1m", "--at", soon.isoformat(timespec="seconds")]) == 0
    assert len(stored(capsys)) == 1


@pytest.mark.parametrize("at", ["9999-12-31 23:59", "9999-12-31T23:59-05:00", "2999-01-01 00:00"])
def test_a_start_far_in_the_future_is_refused_without_overflowing(
    at: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "is in the future" in refused(["log", "--duration", "3m", "--at", at], capsys)


@pytest.mark.parametrize("at", ["0001-01-01 00:00", "0001-01-01T00:00+05:00"])
def test_a_start_before_the_calendar_can_be_placed_says_so(
    at: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "too far in the past" in refused(["log", "--duration", "3m", "--at", at], capsys)


# --- numbers and text that used to crash --------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--duration", "99999999999999999999h"], "far too long for a cramp (at most 6 hours)"),
        (["--duration", "1e400"], "is not a duration (try 3m, 90s or 1h5m)"),
        (["--duration", "²"], "is not a duration"),
        (["--duration", "9" * 5000], "far too long"),
        (["--duration", "3m", "--intensity", "1e400"], "whole number from 0 to 10"),
        (["--duration", "3m", "--intensity", "²"], "whole number from 0 to 10"),
        (["--duration", "3m", "--intensity", "9" * 5000], "whole number from 0 to 10"),
        (["--duration", "3m", "--note", "bad\udcff"], "'bad\\xff' has bytes that are not UTF-8"),
        (["--duration", "3m", "--tag", "x\udcfe"], "'x\\xfe' has bytes that are not UTF-8"),
    ],
)
def test_numbers_and_bytes_that_crashed_get_a_plain_message(
    args: list[str], expected: str, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert expected in refused(["log", *args], capsys)
    assert not (data_dir / "crampwise.sqlite3").exists()


def test_a_medication_name_with_bad_bytes_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert "not UTF-8" in refused(["advice", "--medication", "a\udcff"], capsys)


def test_an_empty_data_dir_is_refused_rather_than_using_the_default_diary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "give a folder" in refused(["--data-dir", "", "list"], capsys)


# --- conditions ---------------------------------------------------------------------------


def test_an_unknown_condition_exits_2_and_lists_the_ids(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = refused(["advice", "--condition", "gout"], capsys)
    assert "unknown condition 'gout'" in err
    for ident in CONDITION_IDS:
        assert ident in err


def test_a_condition_is_read_like_the_other_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["advice", "--json", "--condition", "Varicose-Veins"]) == 0
    assert json.loads(capsys.readouterr().out)["items"]


# --- triggers -----------------------------------------------------------------------------


def test_tags_take_the_apps_trigger_ids_and_keep_the_persons_own(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([
        "log", "--duration", "3m", "--tag", "little-to-drink", "--tag", "Cold room",
        "--tag", "ALCOHOL", "--tag", "New or changed medication", "--tag", "Long  Walk",
    ]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Kept as your own trigger, not one of the app's: long walk." in out
    (episode,) = stored(capsys)
    assert episode["tags"] == [
        "alcohol", "cold_room", "little_to_drink", "long walk", "medication_change"
    ]  # fmt: skip


def test_the_help_lists_every_trigger_id(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["log", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for tag in CONTEXT_TAGS:
        assert tag in help_text


def test_the_readme_lists_every_trigger_id() -> None:
    section = README.read_text(encoding="utf-8").split("## Command line", 1)[1].split("\n## ")[0]
    for tag in CONTEXT_TAGS:
        assert f"`{tag}`" in section


def test_a_persons_own_tag_is_shown_as_they_wrote_it_in_insights_and_the_report() -> None:
    from crampwise.wording import context_tag_label

    assert context_tag_label("long walk") == "long walk"
    assert context_tag_label("low_potassium") == "low_potassium"  # not made to look like the app's
    assert context_tag_label("little_to_drink") == "Little to drink"


# --- clocks -------------------------------------------------------------------------------


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_time_skipped_when_the_clocks_go_forward_is_refused(
    paris: None, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    err = refused(["log", "--duration", "3m", "--at", "2026-03-29 02:30"], capsys)
    assert "2026-03-29 02:30 did not happen on this computer's clock" in err
    assert "at 02:00 the clocks went forward to 03:00" in err
    assert not (data_dir / "crampwise.sqlite3").exists()


def test_a_time_that_happened_twice_takes_the_first_and_says_so(
    paris: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "--duration", "3m", "--at", "2026-10-25 02:30"]) == 0
    out = capsys.readouterr().out
    assert "02:30 happened twice that night" in out
    assert "(UTC+02:00) was stored" in out and "--at '2026-10-25 02:30+01:00'" in out
    (episode,) = stored(capsys)
    assert episode["started_at"] == "2026-10-25T02:30:00+02:00"
    assert main(["log", "--duration", "3m", "--at", "2026-10-25 02:30+01:00"]) == 0
    assert "twice" not in capsys.readouterr().out  # an offset given: nothing to choose
    assert stored(capsys)[0]["started_at"] == "2026-10-25T02:30:00+01:00"


def test_a_cramp_across_the_autumn_change_ends_on_the_new_offset(
    paris: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "--duration", "90m", "--at", "2026-10-25 01:45"]) == 0
    (episode,) = stored(capsys)
    assert episode["started_at"] == "2026-10-25T01:45:00+02:00"
    assert episode["ended_at"] == "2026-10-25T02:15:00+01:00"
    assert episode["duration_seconds"] == 90 * 60


def test_a_start_given_with_another_offset_keeps_it_at_the_end(
    paris: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "--duration", "90m", "--at", "2026-10-25T01:45-05:00"]) == 0
    assert stored(capsys)[0]["ended_at"] == "2026-10-25T03:15:00-05:00"
