"""Hostile JSON is refused in linear time and memory, before it is parsed into objects
(issue 19, items 6 and 10). Nothing here measures time: ``benchmarks/bench_import.py`` does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampwise.exchange import ExchangeError, import_file
from crampwise.exchange.importer import (
    MAX_FILE_BYTES,
    MAX_JSON_FIELDS,
    MAX_JSON_LIST,
    _json_skeleton,
)
from crampwise.storage.store import EpisodeStore

HEAD = b'{"format": "crampwise", "format_version": 1, "episodes": ['
START = b'"started_at": "2026-11-25T03:10:00+01:00"'


def crampwise_import(data: Path, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crampwise", "--data-dir", str(data), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=600,  # it takes about a second; the quadratic check never finished
    )


def test_a_50_mb_unterminated_string_of_escaped_quotes_is_refused(tmp_path: Path) -> None:
    """The structure check's pattern was quadratic on it: 32 KB took 5 s, 320 KB never ended."""
    path = tmp_path / "hostile.json"
    body = HEAD + b'{"note": "'
    path.write_bytes(body + b'\\"' * ((MAX_FILE_BYTES - len(body)) // 2))
    assert path.stat().st_size <= MAX_FILE_BYTES
    done = crampwise_import(tmp_path / "data", path)
    assert done.returncode == 1
    assert "The file is not valid JSON (Unterminated string starting at line 1" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_episode_of_a_million_steps_is_refused_before_parsing(
    store: EpisodeStore, tmp_path: Path
) -> None:
    """15 MB, one episode, 950,000 steps: parsing it took 64 s and 2.5 GB. The structure check
    refuses it (its message, not the row's, shows it was never parsed)."""
    path = tmp_path / "steps.json"
    step = b'{"step_id": "a"},'
    path.write_bytes(HEAD + b"{" + START + b', "steps": [' + step * 950_000 + b"{}]}]}")
    with pytest.raises(ExchangeError, match=f"a list of more than {MAX_JSON_LIST:,} items"):
        import_file(store, path)
    assert store.count() == 0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{" + START + b', "tags": [' + b'"t",' * 5000 + b'"t"]}', "a list of more than"),
        (
            b"{" + START + b"".join(b', "f%d": 0' % n for n in range(MAX_JSON_FIELDS)) + b"}",
            f"an object with more than {MAX_JSON_FIELDS} fields",
        ),
        (b"{}," * 100_001 + b"{}", "more than 100,000 episodes"),
    ],
    ids=["tags", "fields", "episodes"],
)
def test_lists_and_objects_longer_than_an_export_has_are_refused_before_parsing(
    store: EpisodeStore, tmp_path: Path, body: bytes, message: str
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(HEAD + body + b"]}")
    with pytest.raises(ExchangeError, match=message):
        import_file(store, path)


@pytest.mark.parametrize(
    "data",
    [
        b'""' * (MAX_FILE_BYTES // 4),  # millions of empty strings
        b'"[",' * (MAX_FILE_BYTES // 8),  # millions of strings holding brackets and commas
        HEAD + b'"' + b"\\\\" * (MAX_FILE_BYTES // 4),  # escaped backslashes, no end
    ],
    ids=["empty-strings", "bracket-strings", "backslashes"],
)
def test_millions_of_strings_are_refused_in_linear_memory(
    store: EpisodeStore, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(data)
    with pytest.raises(ExchangeError):
        import_file(store, path)


# --- the skeleton is exact ------------------------------------------------------------------


def reference_skeleton(text: str) -> bytes:
    """Brackets and commas outside strings, one character at a time (obviously right, slow)."""
    out, inside, escaped = [], False, False
    for char in text:
        if inside:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                inside = False
        elif char == '"':
            inside = True
        elif char in "[]{},":
            out.append(char)
    return "".join(out).encode()


texts = st.text(st.sampled_from('ab"\\[]{},: é🦵\n/u'), max_size=12)
values = st.recursive(
    st.none() | st.booleans() | st.integers() | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(value=values, ascii_only=st.booleans(), indent=st.sampled_from([None, 1]))
def test_the_skeleton_is_the_brackets_and_commas_outside_strings(
    value: object, ascii_only: bool, indent: int | None
) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)
    assert _json_skeleton(text.encode()) == reference_skeleton(text)


@given(text=st.text(st.sampled_from('a"\\[]{},'), max_size=40))
def test_the_skeleton_of_any_text_matches_up_to_the_first_backslash_outside_a_string(
    text: str,
) -> None:
    """Broken JSON: json.loads stops at a backslash outside a string, so that is as far as the
    skeleton has to be right."""
    inside, escaped, end = False, False, len(text)
    for n, char in enumerate(text):
        if escaped:
            escaped = False
        elif inside:
            escaped, inside = char == "\\", char != '"'
        elif char == "\\":
            end = n
            break
        else:
            inside = char == '"'
    assert _json_skeleton(text.encode()).startswith(reference_skeleton(text[:end]))
