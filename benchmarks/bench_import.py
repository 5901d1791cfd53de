"""``crampwise import`` of the largest files it accepts, and of hostile ones it refuses.

Wall time from process start to exit and peak RSS (``/usr/bin/time -f %M``), into an empty data
folder each time; the best of the runs for the time, the largest RSS seen.

- the app's own JSON and CSV exports of a diary of 100,000 episodes (the most an import takes);
- 500,000 relief steps (the most a file may hold): 2,500 episodes of 200 steps (JSON);
- 100,000 episodes with every field, five steps and six tags (about the most values a JSON
  file may hold under 50 MB);
- refused: 50 MB of one unterminated string of ``\\"`` (item 6 of issue 19), and one episode of
  950,000 steps (item 10).

    python benchmarks/bench_import.py [--json] [--quick] [--runs N]
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, base_parser, crampwise_argv, emit, fresh_dir, run_child

HEAD = b'{"format": "crampwise", "format_version": 1, "episodes": ['


def app_exports(folder: Path) -> tuple[Path, Path]:
    """JSON and CSV written by ``export_json``/``export_csv`` from a 100,000-episode diary."""
    from devtools.demo import write_large_diary

    from crampwise.exchange import export_csv, export_json
    from crampwise.exchange.importer import MAX_EPISODES
    from crampwise.storage.store import EpisodeStore

    store = EpisodeStore.open(
        write_large_diary(folder / "source" / "crampwise.sqlite3", MAX_EPISODES)
    )
    try:
        export_json(store, folder / "diary.json")
        export_csv(store, folder / "diary.csv")
    finally:
        store.close()
    return folder / "diary.json", folder / "diary.csv"


def _start(i: int) -> str:
    from datetime import datetime, timedelta, timezone

    first = datetime(2001, 1, 1, 3, 0, tzinfo=timezone(timedelta(hours=1)))
    return (first + timedelta(hours=i)).isoformat()


def most_steps(path: Path) -> Path:
    """2,500 episodes of 200 relief steps each: the most steps a file may hold (JSON)."""
    from crampwise.domain.limits import MAX_STEPS
    from crampwise.exchange.importer import MAX_FILE_STEPS

    steps = ", ".join(
        f'{{"step_id": "calf_stretch_{n % 10}", "helped": true}}' for n in range(MAX_STEPS)
    )
    rows = ",\n".join(
        f'  {{"id": {i + 1}, "started_at": "{_start(i)}", "steps": [{steps}]}}'
        for i in range(MAX_FILE_STEPS // MAX_STEPS)
    )
    path.write_text(f"{{\n {HEAD[1:].decode()}\n{rows}\n ]\n}}\n")
    return path


def most_values(path: Path) -> Path:
    """100,000 episodes with every field, five steps and six tags each, compact JSON: about as
    many values as a file may hold, under 50 MB."""
    from crampwise.exchange.importer import MAX_EPISODES

    rest = json.dumps(
        {"ended_at": None, "side": "left", "locations": ["calf", "toes"], "intensity": 7,
         "woke_from_sleep": True, "minutes_to_sleep_again": 20,
         "steps": [{"step_id": f"step_{n}", "helped": True} for n in range(5)],
         "helped": True, "tags": [f"tag {n}" for n in range(6)], "red_flags": [],
         "note": "Woke at once; the calf was rock hard."},
        separators=(",", ":"),
    )[1:]  # fmt: skip
    rows = ",\n".join(
        f'{{"id":{i + 1},"started_at":"{_start(i)}",{rest}' for i in range(MAX_EPISODES)
    )
    path.write_text(f"{HEAD.decode()}\n{rows}\n]}}\n")
    return path


def hostile_string(path: Path) -> Path:
    from crampwise.exchange.importer import MAX_FILE_BYTES

    body = HEAD + b'{"note": "'
    path.write_bytes(body + b'\\"' * ((MAX_FILE_BYTES - len(body)) // 2))
    return path


def one_episode_of_950k_steps(path: Path) -> Path:
    start = b'"started_at": "2026-11-25T03:10:00+01:00"'
    path.write_bytes(HEAD + b"{" + start + b', "steps": [' + b'{"step_id": "a"},' * 949_999
                     + b'{"step_id": "a"}]}]}')  # fmt: skip
    return path


def measure(path: Path, runs: int, *, refused: bool) -> tuple[float, float, str]:
    """Best wall time (s), largest peak RSS (MB), and what the command said last."""
    times, rss, said = [], [], ""
    for _ in range(runs):
        data = fresh_dir()
        try:
            result = run_child(crampwise_argv("--data-dir", str(data), "import", str(path)))
        finally:
            shutil.rmtree(data, ignore_errors=True)
        if (result.returncode != 0) != refused:
            said = f"exit {result.returncode}\n{result.stderr}"
            raise SystemExit(f"bench_import: {path.name}: {said}")
        times.append(result.seconds)
        rss.append(result.max_rss_kb / 1024)
        # "crampwise: FILE: what was wrong" -> what was wrong
        said = result.stderr.strip().splitlines()[-1].split(": ", 2)[-1] if refused else ""
    return min(times), max(rss), said


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=0, help="default 3 (quick 1)")
    args = parser.parse_args()
    runs = args.runs or (1 if args.quick else 3)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="crampwise-bench-import-") as tmp:
        folder = Path(tmp)
        as_json, as_csv = app_exports(folder)
        cases: list[tuple[str, Path, bool, str]] = [
            ("100,000 episodes, the app's JSON export", as_json, False, ""),
            ("100,000 episodes, the app's CSV export", as_csv, False, ""),
            ("500,000 relief steps (2,500 episodes × 200), JSON", most_steps(folder / "steps.json"),
             False, ""),
            ("100,000 episodes, every field, 5 steps, 6 tags each, compact JSON",
             most_values(folder / "values.json"), False, ""),
            ("refused: 50 MB unterminated string of \\\"", hostile_string(folder / "q.json"), True,
             "was quadratic: 32 KB took 5 s, 320 KB never finished"),
            ("refused: one episode of 950,000 steps (15 MB)",
             one_episode_of_950k_steps(folder / "one.json"), True,
             "was imported in 81 s at 2.5 GB peak (an object per row through the ORM)"),
        ]  # fmt: skip
        for name, path, refused, before in cases:
            seconds, peak, said = measure(path, runs, refused=refused)
            size = f"{path.stat().st_size / 1024 / 1024:.1f} MB file"
            notes = "; ".join(x for x in (size, f"best of {runs}", said, before) if x)
            rows.append(Row(f"Import {name}: time", seconds, "s", notes=notes))
            rows.append(Row(f"Import {name}: peak RSS", peak, "MB", notes="largest of the runs"))
    emit("import", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
