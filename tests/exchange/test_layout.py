"""The export's bytes do not change with the code that writes them.

``tests/fixtures/export_v1.json`` was written by the hand-written exporter that came before the
msgspec document (commit cb7e27a); every later exporter must write the same bytes for the same
diary, and ``crampwise list --json`` the same episode lines.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from crampwise.domain.episode import Episode
from crampwise.exchange import render_json
from crampwise.storage.store import EpisodeStore

from .conftest import ST_JOHNS, fill, tricky_episodes, tricky_profile

FIXTURE = Path(__file__).parent.parent / "fixtures" / "export_v1.json"


def layout_episodes() -> list[Episode]:
    """The tricky episodes, and durations json and msgspec write differently (1e-06)."""
    start = datetime(2024, 3, 2, 11, 59, 59, 999999, tzinfo=ST_JOHNS)
    return [
        *tricky_episodes(),
        Episode(started_at=start, ended_at=start + timedelta(microseconds=1), note="é\u2028\x01"),
        Episode(started_at=start - timedelta(hours=6), ended_at=start, intensity=0),
    ]


def fixed_export(store: EpisodeStore) -> str:
    text = render_json(store)
    text = re.sub(r'"exported_at": "[^"]*"', '"exported_at": "2026-01-01T00:00:00+00:00"', text)
    return re.sub(r'"app_version": "[^"]*"', '"app_version": "0.0.0"', text)


def test_the_export_is_byte_for_byte_the_earlier_format(store: EpisodeStore) -> None:
    fill(store, layout_episodes())
    store.save_profile(tricky_profile())
    assert fixed_export(store) == FIXTURE.read_text(encoding="utf-8")


def test_list_json_writes_the_export_s_episode_lines(store: EpisodeStore) -> None:
    from crampwise.exchange.document import episodes_json

    fill(store, layout_episodes())
    lines = [
        line.strip().removesuffix(",")
        for line in FIXTURE.read_text(encoding="utf-8").split("\n")  # not splitlines: U+2028
        if line.startswith('  {"id"')
    ]
    newest_first = "[\n" + ",\n".join(reversed(lines)) + "\n]\n"
    assert episodes_json(store.episodes()).decode("utf-8") == newest_first
