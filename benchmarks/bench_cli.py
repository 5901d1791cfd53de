"""``crampwise list --json`` over a diary of 20,000 episodes, against ``python -c pass``.

Wall time from process start to exit (output to /dev/null), median of alternating runs. A
second row runs what the command runs, read and encode, in a process of its own
(``EpisodeStore.episodes`` then ``exchange.document.episodes_json``); a third gives the CPU
time of each part in this process, which a busy machine disturbs less than wall time.

    python benchmarks/bench_cli.py [--json] [--quick] [--runs N]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    Row,
    base_parser,
    cached_diary,
    crampwise_argv,
    diary_copy,
    emit,
    median,
    ms,
    offscreen_env,
    python,
    run_child,
)

# The list command's work in a process of its own: open, read, encode, write.
_CORE = """
import sys
from pathlib import Path
from crampwise.exchange.document import episodes_json
from crampwise.storage.store import EpisodeStore
store = EpisodeStore.open(Path(sys.argv[1]) / "crampwise.sqlite3", prepare_writes=False)
sys.stdout.buffer.write(episodes_json(store.episodes()))
store.close()
"""


def _parts(folder: Path) -> dict[str, float]:
    """CPU milliseconds of the read and of the encode, best of 5, in this process."""
    import time

    from crampwise.exchange.document import episodes_json
    from crampwise.storage.store import EpisodeStore

    store = EpisodeStore.open(folder / "crampwise.sqlite3", prepare_writes=False)
    best = {"read": float("inf"), "encode": float("inf")}
    try:
        for _ in range(5):
            start = time.process_time()
            episodes = store.episodes()
            read = time.process_time()
            episodes_json(episodes)
            done = time.process_time()
            best["read"] = min(best["read"], (read - start) * 1000)
            best["encode"] = min(best["encode"], (done - read) * 1000)
    finally:
        store.close()
    return best


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=0, help="default 5 (quick 3)")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    cached_diary()
    env = offscreen_env()
    folder = diary_copy()
    argv = crampwise_argv("--data-dir", str(folder), "list", "--json")
    try:
        run_child(argv, env=env)  # warm: .pyc files, page cache
        floor, cli, version, core = [], [], [], []
        for _ in range(runs):
            floor.append(ms(run_child([python(), "-c", "pass"], env=env).seconds))
            result = run_child(argv, env=env, stdout=subprocess.DEVNULL)
            if result.returncode != 0:
                print(result.stderr, file=sys.stderr)
                return 1
            cli.append(ms(result.seconds))
            version.append(ms(run_child(crampwise_argv("--version"), env=env).seconds))
            result = run_child(
                [python(), "-c", _CORE, str(folder)], env=env, stdout=subprocess.DEVNULL
            )
            if result.returncode != 0:
                print(result.stderr, file=sys.stderr)
                return 1
            core.append(ms(result.seconds))
        parts = _parts(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    rows = [
        Row(
            "CLI: crampwise list --json, 20,000 episodes",
            median(cli),
            "ms",
            floor=median(floor),
            notes=(
                f"median of {runs}; floor: python -c pass; no target set "
                f"(crampwise --version takes {median(version):.0f} ms)"
            ),
            samples=cli,
        ),
        Row(
            "CLI: read and encode 20,000 episodes (what list --json runs)",
            median(core),
            "ms",
            floor=median(floor),
            notes=f"median of {runs}; own process; target < 600 ms (issue 17)",
            target=600,
            target_kind="below",
            samples=core,
        ),
        Row(
            "CLI: read / encode 20,000 episodes, CPU",
            parts["read"] + parts["encode"],
            "ms",
            notes=(
                f"best of 5 in one process: read {parts['read']:.0f} ms "
                f"(EpisodeStore.episodes), encode {parts['encode']:.0f} ms (episodes_json)"
            ),
        ),
    ]
    emit("cli", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
