"""Reading an export back into the diary: bounded, validated in full, then written all at once.

The file is read (at most ``MAX_FILE_BYTES``), decoded, parsed and every row validated before the
diary is touched; the new episodes and the profile are then written in one transaction. So a file
with one bad row, or a failure half-way, changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import msgspec

from crampwise.domain.episode import Episode, EpisodeError
from crampwise.domain.experiments import Experiment
from crampwise.domain.nights import CheckIn
from crampwise.domain.profile import HealthProfile
from crampwise.exchange.bounds import (
    MAX_EPISODES,
    MAX_FILE_BYTES,
    MAX_FILE_STEPS,
    MAX_JSON_FIELDS,
    MAX_JSON_LIST,
    MAX_JSON_VALUES,
    too_many_episodes,
)
from crampwise.exchange.bounds import import_error as _error
from crampwise.exchange.codec import (
    EPISODE_FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    episode_from_dict,
    profile_from_dict,
)
from crampwise.exchange.csv_cells import episode_from_cells, unneutralise
from crampwise.exchange.document import HeadDoc
from crampwise.exchange.errors import ExchangeError
from crampwise.exchange.json_shape import _json_skeleton, check_json_shape
from crampwise.exchange.merge import ImportReport, ProfileOutcome, apply_import
from crampwise.exchange.nights_codec import (
    NIGHT_COLUMNS,
    checkin_from_cells,
    checkin_from_dict,
    experiment_from_dict,
    is_nights_header,
)
from crampwise.text import QT_TRANSLATE_NOOP, Message, os_reason

if TYPE_CHECKING:
    from crampwise.storage.store import EpisodeStore

T = TypeVar("T")

__all__ = [  # and, for older callers, the bounds and the merge
    "MAX_EPISODES",
    "MAX_FILE_BYTES",
    "MAX_FILE_STEPS",
    "MAX_JSON_FIELDS",
    "MAX_JSON_LIST",
    "MAX_JSON_VALUES",
    "FileEpisode",
    "ImportReport",
    "ParsedFile",
    "ProfileOutcome",
    "_json_skeleton",
    "apply_import",
    "import_file",
    "parse_export",
    "read_export",
]


def _row_error(row: int, exc: EpisodeError) -> ExchangeError:
    """A bad value on a row; the field keeps the name it has in the file (its column)."""
    return _error(
        QT_TRANSLATE_NOOP("Import", "row {row}: {field}: {problem}"),
        row=row,
        field=exc.field,
        problem=exc.message,
    )


@dataclass(frozen=True, slots=True)
class FileEpisode:
    row: int  # JSON: position in "episodes" from 1; CSV: spreadsheet row (the header is row 1)
    episode: Episode
    file_id: int | None


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A fully validated export, not yet applied to any diary."""

    kind: Literal["json", "csv"]
    episodes: tuple[FileEpisode, ...]
    profile: HealthProfile | None  # None: the file carries no profile (CSV, or left out)
    checkins: tuple[CheckIn, ...] = ()
    experiments: tuple[Experiment, ...] = ()


# --- reading -------------------------------------------------------------------------------


def import_file(store: EpisodeStore, path: Path) -> ImportReport:
    """Validate the whole file, then add what the diary lacks in one transaction."""
    return apply_import(store, read_export(path))


def read_export(path: Path) -> ParsedFile:
    """Read and validate a Crampwise export (JSON or CSV); ``ExchangeError`` if unusable."""
    return parse_export(_read_bounded(Path(path)))


def _read_bounded(path: Path) -> bytes:
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below anyway.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "Cannot open {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _error(QT_TRANSLATE_NOOP("Import", "{path} is not a regular file."), path=path)
        if info.st_size > MAX_FILE_BYTES:
            raise _too_big(info.st_size)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as fh:
        try:
            data = fh.read(MAX_FILE_BYTES + 1)  # the file may grow after the check
        except OSError as exc:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}."),
                path=path,
                reason=os_reason(exc),
            ) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(len(data))
    return data


def _too_big(size: int) -> ExchangeError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Import", "The file is {size:.0f} MB; Crampwise imports files of at most {limit} MB."
        ),
        size=size / 1024 / 1024,
        limit=MAX_FILE_BYTES // 1024 // 1024,
    )


def parse_export(data: bytes) -> ParsedFile:
    """Parse and validate the bytes of an export; the format is recognised from the content."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(len(data))
    text = _decode(data)
    first = re.search(r"\S", text)
    if first is None:
        raise _error(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    if first.group() in "{[":
        check_json_shape(data)
        return _parse_json(text)
    return _parse_csv(text)


_UTF16_HINT = Message(
    "Import",
    QT_TRANSLATE_NOOP(
        "Import", "Save it again as UTF-8 (from a spreadsheet: 'CSV UTF-8') and import that."
    ),
)


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _error(
            QT_TRANSLATE_NOOP("Import", "The file is UTF-16 text; Crampwise reads UTF-8. {hint}"),
            hint=_UTF16_HINT,
        )
    if b"\x00" in data:
        if max(data[0::2].count(0), data[1::2].count(0)) > len(data) // 4:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "The file looks like UTF-16 text; Crampwise reads UTF-8. {hint}"
                ),
                hint=_UTF16_HINT,
            )
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import", "The file contains NUL bytes: it is not a text file Crampwise wrote."
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file is not UTF-8 text (byte {position} is 0x{value:02x}); it may be in "
                "another encoding such as Latin-1. {hint}",
            ),
            position=exc.start + 1,
            value=data[exc.start],
            hint=_UTF16_HINT,
        ) from None
    return text.removeprefix("\ufeff")


# --- JSON ----------------------------------------------------------------------------------


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Import", "The file repeats the field {field!r} in one object."
                    ),
                    field=key[:40],
                )
            seen.add(key)
    return obj


def _no_constant(name: str) -> Any:
    raise _error(
        QT_TRANSLATE_NOOP(
            "Import", "The file contains {name}, which is not a value Crampwise accepts."
        ),
        name=name,
    )


def _parse_json(text: str) -> ParsedFile:
    try:
        doc = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except ExchangeError:
        raise
    except RecursionError:  # the shape check should make this unreachable
        raise _error(
            QT_TRANSLATE_NOOP("Import", "The file is nested too deeply to be a Crampwise export.")
        ) from None
    except json.JSONDecodeError as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import", "The file is not valid JSON ({error} at line {line}, column {column})."
            ),
            error=exc.msg.removesuffix(" at"),  # "Unterminated string starting at"
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise _error(
            QT_TRANSLATE_NOOP("Import", "The file is not valid JSON (a number in it is too long).")
        ) from None
    return _from_document(doc)


def _from_document(doc: object) -> ParsedFile:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import", 'This is not a Crampwise export (it has no "format": "crampwise").'
            )
        )
    version = doc.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:
        if type(version) is int and version > FORMAT_VERSION:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The file was written by a newer Crampwise (format version {version}); "
                    "update Crampwise to import it.",
                ),
                version=version,
            )
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file's format_version is missing or unknown (this Crampwise reads {version}).",
            ),
            version=FORMAT_VERSION,
        )
    try:
        head = msgspec.convert(doc, HeadDoc, strict=True)
    except msgspec.ValidationError as exc:
        unknown = re.match(r"Object contains unknown field `([^`]*)`", str(exc))
        if unknown:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "The file has a field Crampwise does not know: {field!r}."
                ),
                field=unknown.group(1)[:40],
            ) from None
        raise _error(QT_TRANSLATE_NOOP("Import", 'The file has no "episodes" list.')) from None
    items = head.episodes
    _check_count(len(items))
    episodes: list[FileEpisode] = []
    steps = 0
    for n, item in enumerate(items, start=1):
        try:
            episode, file_id = episode_from_dict(item)
        except EpisodeError as exc:
            raise _row_error(n, exc) from None
        steps = _collect(episodes, FileEpisode(n, episode, file_id), steps)
    _check_unique_ids(episodes)
    profile = None
    if head.profile is not None:
        try:
            profile = profile_from_dict(head.profile)
        except EpisodeError as exc:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "profile: {field}: {problem}"),
                field=exc.field,
                problem=exc.message,
            ) from None
    checkins = _list_items(head.checkins, "checkins", checkin_from_dict)
    experiments = _list_items(head.experiments, "experiments", experiment_from_dict)
    _check_one_a_night(checkins, "checkins")
    return ParsedFile("json", tuple(episodes), profile, tuple(checkins), tuple(experiments))


def _list_items(items: Any, name: str, convert: Callable[[object], T]) -> list[T]:
    """The values of the list ``name`` (missing: none), each converted; errors name the row."""
    if items is None:
        return []
    if not isinstance(items, list):
        raise _error(
            QT_TRANSLATE_NOOP("Import", "{name} must be a list."),
            name=name,
        )
    _check_count(len(items))
    converted: list[T] = []
    for n, item in enumerate(items, start=1):
        try:
            converted.append(convert(item))
        except EpisodeError as exc:
            raise _list_row_error(name, n, exc) from None
    return converted


def _list_row_error(name: str, row: int, exc: EpisodeError) -> ExchangeError:
    return _error(
        QT_TRANSLATE_NOOP("Import", "{name} row {row}: {field}: {problem}"),
        name=name,
        row=row,
        field=exc.field,
        problem=exc.message,
    )


def _check_one_a_night(checkins: list[CheckIn], name: str) -> None:
    rows: dict[date, int] = {}
    for n, checkin in enumerate(checkins, start=1):
        if checkin.night in rows:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "{name} row {row}: the night {night} is also in row {other}."
                ),
                name=name,
                row=n,
                night=checkin.night.isoformat(),
                other=rows[checkin.night],
            )
        rows[checkin.night] = n


def _collect(episodes: list[FileEpisode], fe: FileEpisode, steps: int) -> int:
    """Add ``fe`` to ``episodes``; the relief steps so far, at most ``MAX_FILE_STEPS``."""
    steps += len(fe.episode.steps)
    if steps > MAX_FILE_STEPS:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file holds more than {limit:,} relief steps, the most that can be imported "
                "at once.",
            ),
            limit=MAX_FILE_STEPS,
        )
    episodes.append(fe)
    return steps


def _check_count(n: int) -> None:
    if n > MAX_EPISODES:
        raise too_many_episodes()


def _check_unique_ids(episodes: list[FileEpisode]) -> None:
    rows: dict[int, int] = {}
    for fe in episodes:
        if fe.file_id is None:
            continue
        if fe.file_id in rows:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "row {row}: id: {id} is also the id of row {other} (empty the id of a copied "
                    "row)",
                ),
                row=fe.row,
                id=fe.file_id,
                other=rows[fe.file_id],
            )
        rows[fe.file_id] = fe.row


# --- CSV -----------------------------------------------------------------------------------


def _parse_csv(text: str) -> ParsedFile:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    row = 1
    try:
        columns = [unneutralise(cell).strip() for cell in next(reader)]
        if is_nights_header(columns):
            return _parse_nights_csv(reader, columns)
        _check_columns(columns)
        episodes: list[FileEpisode] = []
        steps = 0
        for cells in reader:
            row += 1
            if not any(cell.strip() for cell in cells):
                continue  # a blank line, or a row a spreadsheet left empty
            _check_count(len(episodes) + 1)
            _check_cell_count(row, cells, columns)
            values = {col: unneutralise(cell) for col, cell in zip(columns, cells, strict=True)}
            try:
                episode, file_id = episode_from_cells(values)
            except EpisodeError as exc:
                raise _row_error(row, exc) from None
            steps = _collect(episodes, FileEpisode(row, episode, file_id), steps)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "row {row}: a cell is longer than {limit:,} characters."
                ),
                row=row + 1,
                limit=csv.field_size_limit(),
            ) from None
        raise _error(
            QT_TRANSLATE_NOOP("Import", "row {row}: the CSV cannot be read ({error})."),
            row=row + 1,
            error=exc,
        ) from None
    _check_unique_ids(episodes)
    return ParsedFile("csv", tuple(episodes), None)


def _parse_nights_csv(reader: Iterator[list[str]], columns: list[str]) -> ParsedFile:
    """The nights' CSV (``diary-nights.csv``): a check-in a row."""
    _check_column_names(columns, NIGHT_COLUMNS)
    checkins: list[CheckIn] = []
    row = 1
    for cells in reader:
        row += 1
        if not any(cell.strip() for cell in cells):
            continue
        _check_count(len(checkins) + 1)
        _check_cell_count(row, cells, columns)
        values = {col: unneutralise(cell) for col, cell in zip(columns, cells, strict=True)}
        try:
            checkins.append(checkin_from_cells(values))
        except EpisodeError as exc:
            raise _row_error(row, exc) from None
    _check_one_a_night(checkins, "CSV")
    return ParsedFile("csv", (), None, tuple(checkins))


def _check_cell_count(row: int, cells: list[str], columns: list[str]) -> None:
    if len(cells) != len(columns):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import", "row {row}: has {cells} cells but the header has {columns}."
            ),
            row=row,
            cells=len(cells),
            columns=len(columns),
        )


def _check_columns(columns: list[str]) -> None:
    if "started_at" not in columns:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import",
                "This is not a Crampwise export: it is neither Crampwise JSON nor a CSV whose "
                "first row names the columns (with started_at among them).",
            )
        )
    _check_column_names(columns, EPISODE_FIELDS)


def _check_column_names(columns: list[str], known: tuple[str, ...]) -> None:
    for name in columns:
        if name not in known:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "row 1: unknown column {name!r} (Crampwise's columns are {columns})."
                ),
                name=name[:40],
                columns=", ".join(known),
            )
        if columns.count(name) > 1:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "row 1: the column {name!r} appears twice."), name=name
            )
