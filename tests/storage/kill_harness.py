"""Kill writers with SIGKILL at random moments; print what each reported as saved.

Run by tests/storage/test_crash_safety.py as its own process: it imports the store once, then
forks a writer per round (cheap), so hundreds of kills fit in seconds.

    python tests/storage/kill_harness.py DB_PATH ROUNDS SEED [hold]

With ``hold``, this process keeps the diary open for the whole loop, as the window does while
command-line writers come and go: it prints ``open`` once it has it, and closes it only when its
standard input ends.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from datetime import timedelta
from pathlib import Path

from crampwise.domain.episode import Episode, local_now
from crampwise.storage.store import EpisodeStore


def writer(db: Path, out_fd: int) -> None:
    """Start an episode, end it, start the next…; report each id only after its commit."""
    store = EpisodeStore.open(db)
    os.write(out_fd, b"ready\n")
    while True:
        # An hour ago: a cramp cut off by a kill is then not "running", which would (rightly)
        # refuse the next writer's cramp until someone ended it.
        begun = local_now() - timedelta(hours=1)
        started = store.add(Episode(started_at=begun, note="x" * 200))
        os.write(out_fd, f"start {started.id}\n".encode())
        ended = store.update(started.replace(ended_at=started.started_at + timedelta(seconds=90)))
        os.write(out_fd, f"end {ended.id}\n".encode())


def main() -> None:
    db, rounds, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    held = EpisodeStore.open(db)  # migrate once, outside the kill loop
    held.backup()
    if sys.argv[4:] == ["hold"]:
        print("open", flush=True)
    else:
        held.close()
    started: set[int] = set()
    ended: set[int] = set()
    for _ in range(rounds):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(read_fd)
            try:
                writer(db, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        # Wait until the writer has the diary open (a loaded machine can take longer than the
        # whole kill window to get there), then pull the plug at a random moment.
        first = os.read(read_fd, 6)
        time.sleep(rng.uniform(0.002, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        chunks = [first.removeprefix(b"ready\n")]
        while chunk := os.read(read_fd, 65536):
            chunks.append(chunk)
        os.close(read_fd)
        for line in b"".join(chunks).decode().splitlines():
            kind, ident = line.split()
            (started if kind == "start" else ended).add(int(ident))
    json.dump({"started": sorted(started), "ended": sorted(ended)}, sys.stdout)
    print(flush=True)
    if sys.argv[4:] == ["hold"]:
        sys.stdin.read()  # keep the diary open until the test has stopped trying
    held.close()


if __name__ == "__main__":
    main()
