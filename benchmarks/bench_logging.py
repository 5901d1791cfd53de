"""Logging latency: commit an episode's start (``EpisodeStore.add``) and its stop
(``EpisodeStore.update``), p50/p95 over ~300 pairs, on this disk, WAL + synchronous=FULL as the
app configures it. Floor: the same two commits with the standard library's sqlite3 (same
pragmas, same disk), in the same run.

    python benchmarks/bench_logging.py [--json] [--quick] [--pairs N]
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    CACHE,
    Row,
    base_parser,
    emit,
    fresh_dir,
    median,
    ms,
    percentile,
)

TARGET_P95_MS = 20.0


def store_pairs(folder: Path, pairs: int) -> tuple[list[float], list[float]]:
    from crampwise.domain.episode import Episode, local_now
    from crampwise.storage.store import EpisodeStore

    store = EpisodeStore.open(folder / "crampwise.sqlite3")
    adds, updates = [], []
    try:
        for _ in range(pairs):
            t0 = time.perf_counter()
            saved = store.add(Episode(started_at=local_now()))
            t1 = time.perf_counter()
            store.update(saved.replace(ended_at=saved.started_at + timedelta(seconds=95)))
            t2 = time.perf_counter()
            adds.append(ms(t1 - t0))
            updates.append(ms(t2 - t1))
    finally:
        store.close()
    return adds, updates


def floor_pairs(folder: Path, pairs: int) -> list[float]:
    """Plain sqlite3: INSERT one row, commit; UPDATE it, commit (the least the store can do)."""
    conn = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE e (id INTEGER PRIMARY KEY, started TEXT, ended TEXT, night TEXT)")
    out = []
    try:
        for i in range(pairs):
            t0 = time.perf_counter()
            conn.execute("BEGIN")
            cur = conn.execute(
                "INSERT INTO e (started, night) VALUES (?, ?)", (f"2026-11-26 03:{i % 60:02d}", "x")
            )
            conn.execute("COMMIT")
            t1 = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("UPDATE e SET ended = ? WHERE id = ?", ("2026-11-26 03:59", cur.lastrowid))
            conn.execute("COMMIT")
            t2 = time.perf_counter()
            out.extend((ms(t1 - t0), ms(t2 - t1)))
    finally:
        conn.close()
    return out


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=0, help="default 300 (quick 150)")
    args = parser.parse_args()
    pairs = args.pairs or (150 if args.quick else 300)
    CACHE.mkdir(parents=True, exist_ok=True)
    folder = fresh_dir(CACHE)  # on the repository's disk, like a home folder
    try:
        floor = floor_pairs(folder, pairs)
        adds, updates = store_pairs(folder, pairs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    both = adds + updates
    rows = [
        Row(
            "Logging: start or stop committed, p95",
            percentile(both, 95),
            "ms",
            floor=percentile(floor, 95),
            target=TARGET_P95_MS,
            target_kind="below",
            notes=(
                f"{pairs} add+update pairs; add p50 {median(adds):.2f} / p95 "
                f"{percentile(adds, 95):.2f} ms, update p50 {median(updates):.2f} / p95 "
                f"{percentile(updates, 95):.2f} ms; floor: raw sqlite3 insert/update commits"
            ),
        ),
        Row(
            "Logging: start or stop committed, p50",
            median(both),
            "ms",
            floor=median(floor),
            notes="same samples",
        ),
    ]
    emit("logging", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
