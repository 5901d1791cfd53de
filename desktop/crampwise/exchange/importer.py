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
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from crampwise.domain.episode import Episode, EpisodeError
from crampwise.domain.limits import MAX_ID
from crampwise.domain.profile import HealthProfile
from crampwise.exchange.codec import (
    EPISODE_FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    episode_from_dict,
    identity,
    profile_from_dict,
)
from crampwise.exchange.csv_cells import episode_from_cells, unneutralise
from crampwise.exchange.errors import ExchangeError
from crampwise.text import QT_TRANSLATE_NOOP, Message, os_reason

if TYPE_CHECKING:
    from crampwise.storage.store import EpisodeStore

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_EPISODES = 100_000
MAX_FILE_STEPS = 500_000  # five relief steps an episode at the episode cap
# {file {profile [medications {medication}]}} and {file [episodes {episode [steps {step}]}]}.
MAX_JSON_DEPTH = 5
# Brackets and commas: ~60 an episode at the episode cap (its fields, five steps and a few
# tags). 100,000 episodes with every field, five steps and six tags have 4.8 million and import
# at a peak of ~590 MB (BENCHMARKS.md).
MAX_JSON_VALUES = 6_000_000
# The longest list and the largest object a Crampwise export can hold, with room for a file
# that is only a little off (so its error names the row and field): "episodes" (a list two
# levels down) holds up to MAX_EPISODES; no other list holds more than MAX_STEPS (200) items,
# no object more than 15 fields. Longer ones are refused before parsing.
MAX_JSON_LIST = 1_000
MAX_JSON_FIELDS = 64
TOP_FIELDS = frozenset({"format", "format_version", "exported_at", "app_version", "episodes"})
OPTIONAL_TOP_FIELDS = frozenset({"profile"})

ProfileOutcome = Literal["imported", "same", "kept", "none"]
_CONTEXT = "Import"


def _says(template: str, **params: object) -> Message:
    return Message(_CONTEXT, template, params)


def _error(template: str, **params: object) -> ExchangeError:
    return ExchangeError(_says(template, **params))


def _row_error(row: int, exc: EpisodeError) -> ExchangeError:
    """A bad value on a row; the field keeps the name it has in the file (its column)."""
    return _error(
        QT_TRANSLATE_NOOP("Import", "row {row}: {field}: {problem}"),
        row=row,
        field=exc.field,
        problem=exc.message,
    )


def _count(n: int, one: str, many: str, none: str | None = None) -> Message:
    """The sentence for ``n`` things: ``one`` for 1, ``none`` for 0 (if given), else ``many``.

    ``none`` uses the field ``{zero}`` where ``many`` has ``{count}``, so it is a separate text
    to translate ("Aucun épisode ajouté.") while its English is the same as ``many``'s.
    """
    if n == 1:
        return _says(one, count=n)
    if n == 0 and none is not None:
        return _says(none, zero=n)
    return _says(many, count=n)


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


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did.

    ``profile``: ``imported`` (the diary had none), ``same`` (identical already), ``kept`` (the
    diary's own differs and was kept) or ``none`` (the file has no profile).
    ``same_start``: added episodes that start at the same moment as a *different* episode already
    in the diary; both are kept, nothing is overwritten.
    """

    added: int
    already_there: int
    profile: ProfileOutcome
    same_start: int = 0

    def message(self) -> str:
        return self.describe().english()

    def describe(self) -> Message:
        parts: list[Message] = [
            _count(
                self.added,
                QT_TRANSLATE_NOOP("Import", "Added {count} episode."),
                QT_TRANSLATE_NOOP("Import", "Added {count} episodes."),
                QT_TRANSLATE_NOOP("Import", "Added {zero} episodes."),
            )
        ]
        if self.already_there:
            parts.append(
                _count(
                    self.already_there,
                    QT_TRANSLATE_NOOP("Import", "{count} episode was already in the diary."),
                    QT_TRANSLATE_NOOP("Import", "{count} episodes were already in the diary."),
                )
            )
        if self.same_start:
            parts.append(
                _count(
                    self.same_start,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{count} episode start at the same moment as a different entry already "
                        "in the diary; both were kept, so check them in the history.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{count} episodes start at the same moment as a different entry already "
                        "in the diary; both were kept, so check them in the history.",
                    ),
                )
            )
        profile = {
            "imported": QT_TRANSLATE_NOOP(
                "Import", "The health profile from the file was imported."
            ),
            "same": QT_TRANSLATE_NOOP(
                "Import", "The health profile in the file is the one the diary already has."
            ),
            "kept": QT_TRANSLATE_NOOP(
                "Import",
                "The diary already has a different health profile, so it was kept and the "
                "file's profile was not imported.",
            ),
            "none": "",
        }[self.profile]
        if profile:
            parts.append(_says(profile))
        return Message.joined(parts)


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
        _check_json_shape(data)
        return _parse_json(text)
    return _parse_csv(text)


_UTF16_HINT = Message(
    _CONTEXT,
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


def _check_json_shape(data: bytes) -> None:
    """Refuse, before parsing, what no Crampwise export has: deeper nesting, longer lists,
    bigger objects, absurd numbers of values.

    Python's parser recurses per level (100k ``[`` exhaust the stack) and builds every value in
    memory (a million steps took 2.5 GB), so all are bounded on a skeleton of the file: its
    brackets and commas, strings removed.
    """
    skeleton = _json_skeleton(data)
    if len(skeleton) > MAX_JSON_VALUES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import", "The file holds far more values than a Crampwise export can have."
            )
        )
    # Per open container: its kind, and how many more commas it may hold.
    opened: list[int] = []
    room: list[int] = []
    for char in skeleton:
        if char == _COMMA:
            if room:
                room[-1] -= 1
                if room[-1] < 0:
                    raise _too_many(opened)
        elif char in _OPENING:
            opened.append(char)
            room.append(_most_items(opened) - 1)
            if len(opened) > MAX_JSON_DEPTH:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The file is nested deeper than a Crampwise export ({levels} levels).",
                    ),
                    levels=MAX_JSON_DEPTH,
                )
        elif opened:
            opened.pop()
            room.pop()


_COMMA, _OBJECT = ord(","), ord("{")
_OPENING = frozenset(b"[{")
_NOT_MARKS = bytes(c for c in range(256) if c not in b'"[]{},')
_JSON_STRING = re.compile(rb'"[^"]*(?:"|\Z)')  # to the end of the text if unterminated
_CHUNK = 1 << 20


def _json_skeleton(data: bytes) -> bytes:
    """The brackets and commas of JSON ``data`` outside its strings, in linear time and memory.

    On the UTF-8 bytes: no byte of a multi-byte character is ASCII. Escapes go first, left to
    right as JSON pairs them (``\\\\`` then ``\\"``), so every quote left opens or closes a
    string. Then everything but quotes, brackets and commas goes, and two quotes side by side
    (an empty string, or the end of one and the start of the next) change nothing but length.
    The strings left are removed a chunk at a time, each chunk ending outside a string (one
    ``re.sub`` over millions of strings holds ~90 bytes per string until it ends). Outside
    strings a backslash is an error where json.loads stops, so the skeleton is exact up to
    there. (A pattern for a whole string with its escapes, as before, is tried again from every
    quote of an unterminated string: 32 KB of ``\\"`` took 5 s, 320 KB never finished.)
    """
    marks = data.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_MARKS)
    marks = marks.replace(b'""', b"")
    pieces: list[bytes] = []
    start = 0
    while start < len(marks):
        end = min(start + _CHUNK, len(marks))
        if marks.count(b'"', start, end) % 2:  # the chunk would end inside a string
            close = marks.find(b'"', end)
            end = len(marks) if close < 0 else close + 1
        pieces.append(_JSON_STRING.sub(b"", marks[start:end]))
        start = end
    return b"".join(pieces)


def _most_items(opened: list[int]) -> int:
    """How many items the innermost open container may hold (``opened``: the open [ and {)."""
    if opened[-1] == _OBJECT:
        return MAX_JSON_FIELDS
    return MAX_EPISODES if len(opened) == 2 else MAX_JSON_LIST


def _too_many(opened: list[int]) -> ExchangeError:
    if opened[-1] == _OBJECT:
        return _error(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file has an object with more than {limit} fields; a Crampwise export has "
                "far fewer.",
            ),
            limit=MAX_JSON_FIELDS,
        )
    if len(opened) == 2:
        return _too_many_episodes()
    return _error(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file has a list of more than {limit:,} items; a Crampwise export has none so "
            "long.",
        ),
        limit=MAX_JSON_LIST,
    )


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
    unknown = sorted(set(doc) - TOP_FIELDS - OPTIONAL_TOP_FIELDS)
    if unknown:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "The file has a field Crampwise does not know: {field!r}."),
            field=unknown[0][:40],
        )
    items = doc.get("episodes")
    if not isinstance(items, list):
        raise _error(QT_TRANSLATE_NOOP("Import", 'The file has no "episodes" list.'))
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
    if doc.get("profile") is not None:
        try:
            profile = profile_from_dict(doc["profile"])
        except EpisodeError as exc:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "profile: {field}: {problem}"),
                field=exc.field,
                problem=exc.message,
            ) from None
    return ParsedFile("json", tuple(episodes), profile)


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
        raise _too_many_episodes()


def _too_many_episodes() -> ExchangeError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file holds more than {limit:,} episodes, the most that can be imported at once.",
        ),
        limit=MAX_EPISODES,
    )


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
        _check_columns(columns)
        episodes: list[FileEpisode] = []
        steps = 0
        for cells in reader:
            row += 1
            if not any(cell.strip() for cell in cells):
                continue  # a blank line, or a row a spreadsheet left empty
            _check_count(len(episodes) + 1)
            if len(cells) != len(columns):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Import", "row {row}: has {cells} cells but the header has {columns}."
                    ),
                    row=row,
                    cells=len(cells),
                    columns=len(columns),
                )
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


def _check_columns(columns: list[str]) -> None:
    if "started_at" not in columns:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import",
                "This is not a Crampwise export: it is neither Crampwise JSON nor a CSV whose "
                "first row names the columns (with started_at among them).",
            )
        )
    for name in columns:
        if name not in EPISODE_FIELDS:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "row 1: unknown column {name!r} (Crampwise's columns are {columns})."
                ),
                name=name[:40],
                columns=", ".join(EPISODE_FIELDS),
            )
        if columns.count(name) > 1:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "row 1: the column {name!r} appears twice."), name=name
            )


# --- writing -------------------------------------------------------------------------------


def apply_import(store: EpisodeStore, parsed: ParsedFile) -> ImportReport:
    """Add the file's episodes the diary lacks, and its profile if the diary has none.

    Identity: an episode is already there when the diary holds one with the same start and end
    instants (UTC) and every other field equal; ids and wall-clock offsets do not count. It is a
    multiset match, so two identical episodes in a file need two in the diary.
    """
    existing = store.episodes()
    unmatched = Counter(identity(ep) for ep in existing)
    starts = {ep.started_at for ep in existing}  # aware datetimes compare as instants
    used_ids = {ep.id for ep in existing if ep.id is not None}

    already_there = same_start = 0
    new: list[FileEpisode] = []
    for fe in parsed.episodes:
        key = identity(fe.episode)
        if unmatched[key] > 0:
            unmatched[key] -= 1
            already_there += 1
            continue
        if fe.episode.started_at in starts:
            same_start += 1
        new.append(fe)

    # Keep a file's id where the diary does not use it (so a restore into an empty diary is
    # exact); give the rest fresh ids above every id in use, or, past the largest id there is,
    # let the diary choose one (SQLite then picks an unused one).
    kept_ids = {fe.file_id for fe in new if fe.file_id is not None} - used_ids
    next_id = max(used_ids | kept_ids, default=0) + 1
    to_add: list[Episode] = []
    for fe in new:
        if fe.file_id is not None and fe.file_id in kept_ids:
            to_add.append(fe.episode.replace(id=fe.file_id))
        else:
            to_add.append(fe.episode.replace(id=next_id if next_id <= MAX_ID else None))
            next_id += 1

    outcome, new_profile = _profile_outcome(store.profile(), parsed.profile)
    if to_add or new_profile is not None:
        store.add_many(to_add, new_profile)
    return ImportReport(len(to_add), already_there, outcome, same_start)


def _profile_outcome(
    stored: HealthProfile, incoming: HealthProfile | None
) -> tuple[ProfileOutcome, HealthProfile | None]:
    """The file's profile is taken only into a diary without one; a stored one always wins."""
    if incoming is None or incoming == HealthProfile():
        return "none", None
    if stored == incoming:
        return "same", None
    if stored == HealthProfile():
        return "imported", incoming
    return "kept", None
