"""Every argument of every command, with generated values: no traceback, ever, and the exit
status is 0 (done), 1 (refused) or 2 (a bad argument).

The commands and their options are read from the parser itself, so a new option is covered the
day it is added. Everything is written under the test's temporary folder (diary, HOME, cwd).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampwise import paths
from crampwise.cli import build_parser
from crampwise.launch import main  # the real command: sound-check goes to the window side

# Values a person (or a wrong terminal) could type: edge numbers and dates, bytes that are not
# UTF-8 (argv holds them as surrogate escapes), and any text at all.
TRICKY = st.sampled_from([
    "", " ", "-", "--", "0", "-1", "11", "1e400", "nan", "inf", "99999999999999999999h",
    "9" * 5000, "²", "٣", "3m", "90s", "1h5m", "7h", "left", "both", "calf,toes", "alcohol",
    "little to drink", "varicose_veins", "atorvastatin", "en", "fr", "a4", "letter", "csv",
    "json", "2026-11-25 03:10", "2026-03-29 02:30", "2026-10-25 02:30", "9999-12-31 23:59",
    "0001-01-01 00:00", "0001-01-01T00:00+05:00", "2026-11-25T03:10+14:00", "2026-02-30",
    "9999-12-31", "0001-01-01", "2026-W01-1", "x" * 5000, "\x1b[31m", "a\nb", "{}", "{0}",
    "%s", "%(prog)s",
])  # fmt: skip
# Plausible values, so that examples also get past the arguments into the commands.
GOOD: dict[str, list[str]] = {
    "side": ["left", "both"], "where": ["calf", "toes,shin"], "intensity": ["0", "7"],
    "duration": ["3m", "90s", "1h5m"], "tag": ["alcohol", "long walk"], "note": ["ouch", "é"],
    "at": ["2026-11-25 03:10", "2026-10-25 02:30", "2026-11-25T03:10+14:00"],
    "since": ["2026-11-01"], "start": ["2026-09-01"], "end": ["2026-11-30"],
    "paper": ["a4", "letter"], "format": ["csv", "json"], "condition": ["pad", "diabetes"],
    "medication": ["atorvastatin", "mystery pill"], "output": ["out.json", "out.csv", "-"],
    "file": ["good.json", "good.csv"], "lang": ["en", "fr"],
}  # fmt: skip
NOT_UTF8 = st.binary(max_size=12).map(lambda b: b.decode("utf-8", "surrogateescape"))
VALUES = st.one_of(TRICKY, st.text(max_size=30), NOT_UTF8)
# Internal names that must never reach the person ("invalid Side value", a function's name).
INTERNAL = re.compile(r"Traceback|invalid \w+ value|_arg\b|<function|<class")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


COMMANDS = _commands()
TOP_LEVEL = ["--data-dir", "--lang"]
# Options that name a file or folder: kept inside the test's folder (names still generated).
PATH_DESTS = {"output", "file", "backup", "prefix", "data_dir"}


def _options(command: str) -> list[argparse.Action]:
    return [a for a in COMMANDS[command]._actions if not isinstance(a, argparse._HelpAction)]


@st.composite
def argv_for(draw: st.DrawFn, command: str, root: Path) -> list[str]:
    argv: list[str] = []

    def value_for(dest: str) -> str:
        value = draw(st.one_of(st.sampled_from(GOOD[dest]), VALUES) if dest in GOOD else VALUES)
        if dest in PATH_DESTS and value not in ("", "-"):
            return str(root / value.replace("/", "_").replace("\x00", "_")[:60])
        return value

    if draw(st.booleans()):
        argv += ["--lang", draw(st.sampled_from(["en", "fr", "fr_CA", "de"]))]
    if draw(st.integers(0, 9)) == 0:
        argv += ["--data-dir", value_for("data_dir")]
    argv.append(command)
    if command == "log" and draw(st.integers(0, 3)):  # one of the two is required
        argv += draw(st.sampled_from([["--ongoing"], ["--duration", value_for("duration")]]))
    actions = _options(command)
    for action in draw(st.lists(st.sampled_from(actions), max_size=6)) if actions else []:
        if not action.option_strings:  # a positional: given at most once, below
            continue
        argv.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs != 0:
            argv.append(value_for(action.dest))
    for action in actions:
        if not action.option_strings and draw(st.booleans()):
            argv.append(value_for(action.dest))
    if draw(st.integers(0, 19)) == 0:
        argv.append("--help")
    return argv


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_no_argument_ever_ends_in_a_traceback(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "files"
    root.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert main(["log", "--duration", "3m", "--at", "2026-11-25 03:10", "--tag", "alcohol"]) == 0
    for name in ("good.json", "good.csv"):  # files to import
        assert main(["export", "-o", str(root / name)]) == 0
    examples = 10 if command == "report" else 50  # a report draws a PDF: slower

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(argv=argv_for(command, root))
    def run(argv: list[str]) -> None:
        paths.set_data_dir(None)  # --data-dir of the last example does not stay
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help (0) or a bad argument (2)
            code = exc.code if isinstance(exc.code, int) else 1
        err = capsys.readouterr().err
        assert code in (0, 1, 2), (argv, err)
        assert not INTERNAL.search(err), (argv, err)
        if code == 2:
            assert err.strip(), argv  # a bad argument is always explained

    run()
