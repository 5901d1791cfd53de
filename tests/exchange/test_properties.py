"""Property tests: any valid diary round-trips exactly; no garbage gets past ExchangeError."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from crampwise.domain.episode import Episode, StepUse, normalise_tag, validate
from crampwise.domain.limits import (
    EARLIEST_START,
    MAX_DURATION,
    MAX_ID,
    MAX_NOTE_CHARS,
    MAX_SLEEP_MINUTES,
    MAX_STEP_ID_CHARS,
    MAX_STEPS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MIN_ID,
)
from crampwise.domain.profile import CONDITION_IDS, HealthProfile, Medication
from crampwise.domain.vocab import RED_FLAG_SIGNS, Location, Side
from crampwise.exchange import ExchangeError, export_csv, export_json, import_file
from crampwise.exchange.codec import episode_to_dict
from crampwise.storage.store import EpisodeStore

from .conftest import snapshot, tricky_episodes, tricky_profile

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

chars = st.characters(codec="utf-8", exclude_characters="\x00")
# Any offset Python allows that is whole minutes (the diary stores minutes).
offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
NOW = datetime.now(UTC)  # validation compares with the clock; the tests run after this
moments = st.builds(
    lambda naive, tz: naive.replace(tzinfo=tz),
    st.datetimes(min_value=EARLIEST_START, max_value=NOW.replace(tzinfo=None)),
    offsets,
).filter(lambda moment: moment <= NOW)
tags = (
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]), min_size=1, max_size=40)
    .map(normalise_tag)
    .filter(lambda t: 0 < len(t) <= MAX_TAG_CHARS and t == normalise_tag(t))
)
optional_bool = st.one_of(st.none(), st.booleans())
# Ids anywhere from 1 to SQLite's largest, the edges more often.
ids = st.one_of(
    st.none(),
    st.sampled_from([MIN_ID, 2**31 - 1, 2**31, 2**32, 10**9, 10**10, MAX_ID - 1, MAX_ID]),
    st.integers(MIN_ID, MAX_ID),
)
# Steps with the characters the CSV escapes; lists and notes up to their limits, or short.
step_ids = st.text(st.sampled_from("ab;:\\ =é🦵"), min_size=1, max_size=MAX_STEP_ID_CHARS)


def up_to(limit: int) -> st.SearchStrategy[int]:
    return st.one_of(st.integers(0, 3), st.just(limit), st.integers(0, limit))


@st.composite
def episodes(draw: st.DrawFn) -> Episode:
    start = draw(moments)
    length = draw(
        st.one_of(st.none(), st.just(MAX_DURATION), st.timedeltas(timedelta(0), MAX_DURATION))
    )
    n_steps, n_tags = draw(up_to(MAX_STEPS)), draw(up_to(MAX_TAGS))
    return Episode(
        id=draw(ids),
        started_at=start,
        ended_at=None if length is None else (start + length).astimezone(draw(offsets)),
        side=draw(st.one_of(st.none(), st.sampled_from(Side))),
        locations=draw(st.frozensets(st.sampled_from(Location))),
        intensity=draw(st.one_of(st.none(), st.integers(0, 10))),
        woke_from_sleep=draw(optional_bool),
        minutes_to_sleep_again=draw(st.one_of(st.none(), st.integers(0, MAX_SLEEP_MINUTES))),
        steps=tuple(
            draw(
                st.lists(
                    st.builds(StepUse, step_ids, optional_bool), min_size=n_steps, max_size=n_steps
                )
            )
        ),
        helped=draw(optional_bool),
        tags=draw(st.frozensets(tags, max_size=n_tags)),
        red_flags=draw(st.frozensets(st.sampled_from(sorted(RED_FLAG_SIGNS)))),
        note=draw(
            st.one_of(
                st.text(chars, max_size=200),
                st.text(chars, min_size=MAX_NOTE_CHARS, max_size=MAX_NOTE_CHARS),
            )
        ),
    )


@st.composite
def medications(draw: st.DrawFn) -> Medication:
    days = sorted(draw(st.lists(st.dates(date(1950, 1, 1), date(2100, 1, 1)), max_size=2)))
    use_start, use_stop = draw(st.booleans()), draw(st.booleans())
    started = days[0] if days and use_start else None
    stopped = days[-1] if days and use_stop else None
    return Medication(
        draw(st.text(chars, min_size=1, max_size=100).filter(lambda s: s.split())),
        draw(st.one_of(st.none(), st.from_regex(r"[a-z_]{1,30}", fullmatch=True))),
        started,
        stopped if started is None or stopped is None or stopped >= started else None,
    )


profiles = st.builds(
    HealthProfile,
    st.frozensets(st.sampled_from(CONDITION_IDS)),
    st.lists(medications(), max_size=3).map(tuple),
)


def clear(store: EpisodeStore) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM episodes"))  # tags and steps follow by cascade
    store.save_profile(HealthProfile())


@pytest.fixture
def two_diaries(tmp_path: Path) -> Iterator[tuple[EpisodeStore, EpisodeStore]]:
    a = EpisodeStore.open(tmp_path / "a" / "crampwise.sqlite3")
    b = EpisodeStore.open(tmp_path / "b" / "crampwise.sqlite3")
    yield a, b
    a.close()
    b.close()


def unique_ids(diary: list[Episode]) -> list[Episode]:
    """The episodes with ids made unique, as a diary's are."""
    seen: set[int | None] = {None}
    out = []
    for ep in diary:
        out.append(ep if ep.id not in seen else ep.replace(id=None))
        seen.add(ep.id)
    return out


@SETTINGS
@given(diary=st.lists(episodes(), max_size=4), profile=profiles, as_csv=st.booleans())
def test_anything_the_domain_accepts_exports_and_imports_back_exactly(
    two_diaries: tuple[EpisodeStore, EpisodeStore],
    tmp_path: Path,
    diary: list[Episode],
    profile: HealthProfile,
    as_csv: bool,
) -> None:
    source, target = two_diaries
    clear(source)
    clear(target)
    diary = unique_ids(diary)
    # Those with an id first: one without takes the next free id, which may be a later one's.
    for ep in sorted(diary, key=lambda e: e.id is None):
        validate(ep)  # the strategy spans what the domain accepts, to its limits
        source.add(ep)
    source.save_profile(profile)
    export = export_csv if as_csv else export_json
    path = tmp_path / ("d.csv" if as_csv else "d.json")
    export(source, path)

    report = import_file(target, path)
    assert report.added == len(diary)
    episodes_a, profile_a = snapshot(source)
    episodes_b, profile_b = snapshot(target)
    assert episodes_b == episodes_a  # ids, offsets and microseconds included
    assert profile_b == (HealthProfile() if as_csv else profile_a)
    again = tmp_path / ("again.csv" if as_csv else "again.json")
    export(target, again)
    if as_csv:
        assert again.read_bytes() == path.read_bytes()
    assert import_file(target, again).added == 0


# --- garbage -------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def valid_document() -> dict[str, Any]:
    eps = sorted(tricky_episodes()[:4], key=lambda e: e.started_at)
    return {
        "format": "crampwise",
        "format_version": 1,
        "exported_at": "2026-12-01T10:00:00+01:00",
        "app_version": "0.1.0",
        "episodes": [episode_to_dict(e.replace(id=n + 100)) for n, e in enumerate(eps)],
        "profile": {
            "conditions": sorted(tricky_profile().conditions),
            "medications": [
                {"name": "Lasix", "drug_class": None, "started": None, "stopped": None}
            ],
        },
    }


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """A valid export with one to three nodes replaced, removed or added."""
    doc: Any = valid_document()
    for _ in range(draw(st.integers(1, 3))):
        node, key = _pick_node(draw, doc)
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if node is None:
            doc = draw(json_values)
        elif action == "replace":
            node[key] = draw(json_values)
        elif action == "delete":
            del node[key]
        elif isinstance(node, dict):
            node[draw(st.text(max_size=12))] = draw(json_values)
        else:
            node.insert(key, draw(json_values))
    return doc


def _pick_node(draw: st.DrawFn, doc: Any) -> tuple[Any, Any]:
    """A container and a key in it, found by a random walk down from the top."""
    parent: Any = None
    key: Any = None
    current = doc
    while isinstance(current, dict | list) and current:
        keys = list(current) if isinstance(current, dict) else list(range(len(current)))
        parent, key = current, draw(st.sampled_from(keys))
        current = current[key]
        if draw(st.booleans()):
            break
    return parent, key


def _edit_text(draw: st.DrawFn) -> bytes:
    raw = json.dumps(valid_document(), ensure_ascii=draw(st.booleans())).encode()
    at = draw(st.integers(0, len(raw)))
    cut = draw(st.integers(0, 40))
    return raw[:at] + draw(st.binary(max_size=8)) + raw[at + cut :]


garbage = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    json_values.map(lambda v: json.dumps(v).encode()),
    mutated_documents().map(lambda d: json.dumps(d).encode()),
    st.composite(lambda draw: _edit_text(draw))(),
)


@SETTINGS
@given(data=garbage)
def test_garbage_never_raises_anything_but_exchange_error_nor_changes_the_diary(
    store: EpisodeStore, tmp_path: Path, data: bytes
) -> None:
    if store.count() == 0:
        for ep in tricky_episodes()[4:7]:
            store.add(ep)
        store.save_profile(tricky_profile())
    path = tmp_path / "garbage"
    path.write_bytes(data)
    before = snapshot(store)
    try:
        report = import_file(store, path)
    except ExchangeError as exc:
        assert str(exc)
        assert snapshot(store) == before
        return
    # A mutation may still be a valid export: then exactly what it reports was added.
    after = snapshot(store)
    assert len(after[0]) == len(before[0]) + report.added
    assert after[1] == before[1]  # a stored profile is never replaced
    clear(store)
