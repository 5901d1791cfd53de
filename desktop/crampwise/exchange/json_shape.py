"""Refusing, before parsing, JSON no Crampwise export can be: too deep, too long, too many values.

Python's parser recurses per level and builds every value in memory, so these are checked on a
skeleton of the bytes (brackets and commas, strings removed) in linear time and memory.
"""

from __future__ import annotations

import re

from crampwise.exchange.bounds import (
    MAX_EPISODES,
    MAX_JSON_DEPTH,
    MAX_JSON_FIELDS,
    MAX_JSON_LIST,
    MAX_JSON_VALUES,
    import_error,
    too_many_episodes,
)
from crampwise.exchange.errors import ExchangeError
from crampwise.text import QT_TRANSLATE_NOOP


def check_json_shape(data: bytes) -> None:
    """Refuse, before parsing, what no Crampwise export has: deeper nesting, longer lists,
    bigger objects, absurd numbers of values.

    Python's parser recurses per level (100k ``[`` exhaust the stack) and builds every value in
    memory (a million steps took 2.5 GB), so all are bounded on a skeleton of the file: its
    brackets and commas, strings removed.
    """
    skeleton = _json_skeleton(data)
    if len(skeleton) > MAX_JSON_VALUES:
        raise import_error(
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
                raise import_error(
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
        return import_error(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file has an object with more than {limit} fields; a Crampwise export has "
                "far fewer.",
            ),
            limit=MAX_JSON_FIELDS,
        )
    if len(opened) == 2:
        return too_many_episodes()
    return import_error(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file has a list of more than {limit:,} items; a Crampwise export has none so "
            "long.",
        ),
        limit=MAX_JSON_LIST,
    )
