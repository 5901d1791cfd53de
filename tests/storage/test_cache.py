from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from crampwise.domain.episode import Episode, local_now
from crampwise.storage.cache import EpisodeCache
from crampwise.storage.store import EpisodeStore


def _episode(hours_ago: float) -> Episode:
    start = local_now() - timedelta(hours=hours_ago)
    return Episode(started_at=start, ended_at=start + timedelta(minutes=2))


def test_the_cache_keeps_the_stores_order_through_changes(data_dir: Path) -> None:
    store = EpisodeStore.open()
    cache = EpisodeCache(store)
    for hours in (5, 1, 30):
        store.add(_episode(hours))
    assert cache.episodes() == store.episodes()
    middle = store.add(_episode(3))
    cache.saved(middle)
    oldest = cache.episodes()[-1]
    start = local_now() - timedelta(hours=2)
    moved = store.update(oldest.replace(started_at=start, ended_at=start + timedelta(minutes=1)))
    cache.saved(moved)
    assert cache.episodes() == store.episodes()
    assert moved.id is not None
    store.delete(moved.id)
    cache.deleted(moved.id)
    assert cache.episodes() == store.episodes()
    store.close()


def test_a_change_by_another_process_is_noticed(data_dir: Path) -> None:
    store = EpisodeStore.open()
    cache = EpisodeCache(store)
    store.add(_episode(4))
    assert len(cache.episodes()) == 1
    other = EpisodeStore.open()  # e.g. `crampwise log` while the window is open
    first = other.episodes()[0]
    other.update(first.replace(note="from the command line"))
    other.add(_episode(2))
    other.close()
    assert [e.note for e in cache.episodes()] == ["", "from the command line"]
    store.close()
