"""``crampwise list --json`` over a diary of 20,000 episodes, against ``python -c pass``.

Wall time from process start to exit (output to /dev/null), median of alternating runs.

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
        floor, cli, version = [], [], []
        for _ in range(runs):
            floor.append(ms(run_child([python(), "-c", "pass"], env=env).seconds))
            result = run_child(argv, env=env, stdout=subprocess.DEVNULL)
            if result.returncode != 0:
                print(result.stderr, file=sys.stderr)
                return 1
            cli.append(ms(result.seconds))
            version.append(ms(run_child(crampwise_argv("--version"), env=env).seconds))
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
        )
    ]
    emit("cli", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
