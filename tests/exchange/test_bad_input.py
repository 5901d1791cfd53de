"""Bad rows and hostile files: a clear ExchangeError, and the diary exactly as it was."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crampwise.exchange import ExchangeError, export_csv, import_file
from crampwise.exchange.codec import episode_to_dict
from crampwise.exchange.importer import MAX_FILE_BYTES, MAX_JSON_VALUES
from crampwise.storage.store import EpisodeStore

from .conftest import fill, snapshot, tricky_episodes, tricky_profile

Doc = dict[str, Any]


@pytest.fixture
def diary(store: EpisodeStore) -> EpisodeStore:
    """A diary with something in it, so 'unchanged' means something."""
    fill(store, tricky_episodes()[:3])
    store.save_profile(tricky_profile())
    return store


@pytest.fixture
def good_doc() -> Doc:
    """A valid export of 20 episodes none of which the ``diary`` holds."""
    episodes = tricky_episodes()[3:]
    ep = tricky_episodes()[1]
    episodes += [ep.replace(started_at=ep.started_at.replace(year=2000 + n)) for n in range(20)]
    episodes = sorted(episodes[:20], key=lambda e: e.started_at)
    return {
        "format": "crampwise",
        "format_version": 1,
        "episodes": [episode_to_dict(e.replace(id=n)) for n, e in enumerate(episodes, start=1)],
    }


def refused(store: EpisodeStore, path: Path, message: str) -> None:
    before = snapshot(store)
    with pytest.raises(ExchangeError) as info:
        import_file(store, path)
    assert message in str(info.value), str(info.value)
    assert len(str(info.value)) < 400  # plain, never the hostile content itself
    assert snapshot(store) == before


def write_json(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_one_bad_row_changes_nothing_and_names_the_row_and_field(
    diary: EpisodeStore, good_doc: Doc, tmp_path: Path
) -> None:
    good_doc["episodes"][16]["intensity"] = 11
    refused(diary, write_json(tmp_path, good_doc), "row 17: intensity: must be a whole number")


def test_one_bad_csv_row_changes_nothing_and_names_the_spreadsheet_row(
    diary: EpisodeStore, empty_store: EpisodeStore, tmp_path: Path
) -> None:
    fill(empty_store, tricky_episodes())
    export_csv(empty_store, tmp_path / "d.csv")
    text = (tmp_path / "d.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    # The first episode's note spans three lines; a spreadsheet still shows it as one row.
    rows[3][rows[0].index("intensity")] = "eleven"  # the third episode: spreadsheet row 4
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    (tmp_path / "d.csv").write_bytes(out.getvalue().encode("utf-8"))
    refused(diary, tmp_path / "d.csv", "row 4: intensity: must be a whole number from 0 to 10")


def set_in(path: tuple[Any, ...], value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def drop(path: tuple[Any, ...]) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


E = "episodes"
CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    ("bool intensity", set_in((E, 4, "intensity"), True), "row 5: intensity: must be a whole"),
    ("float intensity", set_in((E, 4, "intensity"), 7.5), "row 5: intensity: must be a whole"),
    ("no start", drop((E, 2, "started_at")), "row 3: started_at: is missing"),
    ("null start", set_in((E, 2, "started_at"), None), "row 3: started_at: is missing"),
    ("no offset", set_in((E, 0, "started_at"), "2026-11-25T03:10:00"), "row 1: started_at: needs"),
    ("not a time", set_in((E, 0, "started_at"), "last night"), "row 1: started_at: 'last night'"),
    ("year 1", set_in((E, 0, "started_at"), "0001-01-01T00:00:00+05:00"), "row 1: started_at:"),
    ("offset secs", set_in((E, 0, "started_at"), "2026-11-25T03:10:00+01:00:30"), "whole minutes"),
    ("end first", set_in((E, 0, "ended_at"), "2000-01-01T00:00:00+00:00"), "row 1: ended_at:"),
    ("side", set_in((E, 1, "side"), "middle"), "row 2: side: must be left, right or both"),
    ("place", set_in((E, 1, "locations"), ["elbow"]), "row 2: locations: unknown place 'elbow'"),
    ("places type", set_in((E, 1, "locations"), "calf"), "row 2: locations: must be a list"),
    ("flag", set_in((E, 1, "red_flags"), ["bored"]), "row 2: red_flags: unknown sign"),
    ("tag", set_in((E, 1, "tags"), ["Not Normal"]), "row 2: tags:"),
    ("unknown field", set_in((E, 1, "mood"), "grumpy"), "row 2: mood: is not a field"),
    ("episode type", set_in((E, 1), ["a", "list"]), "row 2: episode: must be an object"),
    ("step type", set_in((E, 1, "steps"), ["calf"]), "row 2: steps: each step must be an object"),
    ("step id", set_in((E, 1, "steps"), [{"step_id": ""}]), "row 2: steps: invalid relief step"),
    ("NUL step", set_in((E, 1, "steps"), [{"step_id": "a\x00"}]), "row 2: steps: contains a NUL"),
    ("NUL note", set_in((E, 1, "note"), "a\x00b"), "row 2: note: contains a NUL"),
    ("surrogate", set_in((E, 1, "note"), "\ud800"), "row 2: note: contains an invalid"),
    ("long note", set_in((E, 1, "note"), "z" * 100_000), "row 2: note: is too long"),
    ("minutes", set_in((E, 1, "minutes_to_sleep_again"), -1), "row 2: minutes_to_sleep_again"),
    ("woke", set_in((E, 1, "woke_from_sleep"), "yes"), "row 2: woke_from_sleep: must be true"),
    ("huge id", set_in((E, 1, "id"), 10**30), "row 2: id: must be a whole number from 1"),
    ("dup id", set_in((E, 9, "id"), 1), "row 10: id: 1 is also the id of row 1 "),
    ("format", set_in(("format",), "other-app"), "not a Crampwise export"),
    ("no format", drop(("format",)), "not a Crampwise export"),
    ("newer", set_in(("format_version",), 2), "newer Crampwise (format version 2)"),
    ("version str", set_in(("format_version",), "1"), "format_version is missing or unknown"),
    ("version bool", set_in(("format_version",), True), "format_version is missing or unknown"),
    ("top field", set_in(("extra",), 1), "a field Crampwise does not know: 'extra'"),
    ("episodes type", set_in((E,), {}), 'no "episodes" list'),
    ("condition", set_in(("profile", "conditions"), ["gout"]), "profile: conditions: unknown"),
    ("profile type", set_in(("profile",), []), "profile: profile: must be an object"),
    (
        "med dates",
        set_in(("profile", "medications"), [{"name": "x", "started": "2026-02-01",
                                             "stopped": "2026-01-01"}]),
        "profile: medication 1: medication 'x': stopped on 2026-01-01",
    ),
    ("med date", set_in(("profile", "medications"), [{"name": "x", "started": "soon"}]),
     "profile: medication 1: started: 'soon' is not a date"),
    ("med name", set_in(("profile", "medications"), [{"name": 5}]),
     "profile: medication 1: name: must be text"),
    ("med field", set_in(("profile", "medications"), [{"name": "x", "dose": 5}]),
     "profile: medication 1: dose: is not a field"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_value_anywhere_refuses_the_whole_file(
    diary: EpisodeStore,
    good_doc: Doc,
    tmp_path: Path,
    change: Callable[[Doc], None],
    message: str,
) -> None:
    doc = copy.deepcopy(good_doc)
    doc["profile"] = {"conditions": [], "medications": []}
    change(doc)
    refused(diary, write_json(tmp_path, doc), message)


RAW_CASES: list[tuple[str, str, str]] = [
    ("NaN", '{"format": "crampwise", "format_version": NaN}', "contains NaN"),
    ("dup key", '{"format": "crampwise", "format": "crampwise"}', "repeats the field 'format'"),
    ("truncated", '{"format": "crampwise", "episodes": [', "not valid JSON"),
    ("digits", '{"format": "crampwise", "format_version": ' + "9" * 5000 + "}", "too long"),
    ("top list", "[1, 2, 3]", "not a Crampwise export"),
    ("plain text", "Dear diary,\nmy calf hurt.\n", "not a Crampwise export"),
    ("empty", "   \n", "The file is empty"),
    ("csv column", "started_at,mood\n2026-01-01T03:00+01:00,ok\n", "unknown column 'mood'"),
    ("csv ragged", "started_at,note\n2026-01-01T03:00+01:00,a,b\n", "row 2: has 3 cells"),
    ("csv quote", 'started_at,note\n2026-01-01T03:00+01:00,"open\n', "row 2: the CSV cannot"),
    ("csv bool", "started_at,helped\n2026-01-01T03:00+01:00,maybe\n", "row 2: helped: must be"),
    ("csv dup col", "started_at,note,note\n", "the column 'note' appears twice"),
    ("csv dup id", "id,started_at\n4,2026-01-01T03:00+01:00\n4,2026-01-02T03:00+01:00\n",
     "row 3: id: 4 is also the id of row 2"),
    ("csv cell", "started_at,note\n2026-01-01T03:00+01:00," + "x" * 200_000 + "\n",
     "row 2: a cell is longer than"),
    ("csv long note", "started_at,note\n2026-01-01T03:00+01:00," + "x" * 5000 + "\n",
     "row 2: note: is too long"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"), [c[1:] for c in RAW_CASES], ids=[c[0] for c in RAW_CASES]
)
def test_malformed_files_are_refused_with_a_plain_message(
    diary: EpisodeStore, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "in.txt"
    path.write_text(text, encoding="utf-8")
    refused(diary, path, message)


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(
    diary: EpisodeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written

    def no_reading(*_args: object) -> None:  # pragma: no cover - must not run
        raise AssertionError("the file was opened for reading before the size check")

    monkeypatch.setattr(os, "fdopen", no_reading)
    refused(diary, path, "at most 50 MB")


def test_deep_nesting_is_refused_without_recursing(diary: EpisodeStore, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"format": "crampwise", "episodes": ' + "[" * 100_000 + "]" * 100_000 + "}")
    refused(diary, path, "nested deeper than a Crampwise export")
    path.write_text("[" * 100_000)
    refused(diary, path, "nested deeper")


def test_millions_of_tiny_values_are_refused_before_parsing(
    diary: EpisodeStore, tmp_path: Path
) -> None:
    path = tmp_path / "wide.json"
    path.write_text('{"format": "crampwise", "episodes": [' + "0," * MAX_JSON_VALUES + "0]}")
    refused(diary, path, "far more values")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ('{"format": "crampwise"}'.encode("utf-16"), "UTF-16"),
        ('{"format": "crampwise"}'.encode("utf-16-le"), "looks like UTF-16"),
        ("started_at,note\n2026-01-01T03:00+01:00,caf\u00e9\n".encode("latin-1"), "not UTF-8"),
        (b'{"format": "crampwise",\x00 "episodes": []}', "NUL bytes"),
        (bytes(random.Random(7).randrange(256) for _ in range(4096)), "The file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "The file"),
    ],
    ids=["utf16-bom", "utf16-no-bom", "latin1", "nul", "random-bytes", "png"],
)
def test_wrong_encodings_and_binary_junk_are_refused(
    diary: EpisodeStore, tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "in.bin"
    path.write_bytes(data)
    refused(diary, path, message)


def test_paths_that_are_not_files_are_refused_without_hanging(
    diary: EpisodeStore, tmp_path: Path
) -> None:
    refused(diary, tmp_path / "missing.json", "Cannot open")
    refused(diary, tmp_path, "is not a regular file")
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
        refused(diary, fifo, "is not a regular file")
