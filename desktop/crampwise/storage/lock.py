"""Who may use the diary file: every process that has it open holds a shared lock; replacing the
file (restore, recovery) or creating and migrating it needs the lock alone.

The lock is ``flock`` on a file of its own beside the diary (``.crampwise.lock``), never on the
diary: closing any descriptor of an SQLite file drops SQLite's own POSIX locks on it in the whole
process, after which another process may checkpoint and delete the WAL under a live connection.
Standard library only, like ``backup``.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from pathlib import Path

LOCK_NAME = ".crampwise.lock"
_POLL_S = 0.05


def lock_path(db_path: Path) -> Path:
    return db_path.parent / LOCK_NAME


class DiaryLock:
    """One open descriptor of the lock file, shared or exclusive; released by ``release``.

    A folder where the lock file cannot be created (read-only) gives a lock that holds nothing:
    nothing can be written or replaced there either.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None
        self.mode: int | None = None  # fcntl.LOCK_SH or LOCK_EX while held
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT):
                raise
            try:  # it may exist in a read-only folder: a read-only descriptor locks as well
                self._fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
            except OSError:
                self._fd = None

    @property
    def held(self) -> bool:
        return self.mode is not None

    @property
    def exclusive_held(self) -> bool:
        return self.mode == fcntl.LOCK_EX

    def _take(self, mode: int, timeout_s: float) -> bool:
        if self._fd is None:
            self.mode = mode
            return True
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(self._fd, mode | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(_POLL_S)
            else:
                self.mode = mode
                return True

    def shared(self, timeout_s: float = 10.0) -> bool:
        """Take (or step down to) the shared lock; ``False`` if not had within ``timeout_s``."""
        return self._take(fcntl.LOCK_SH, timeout_s)

    def exclusive(self, timeout_s: float = 0.0) -> bool:
        """Take the lock alone; ``False`` while any other process holds it (shared or not)."""
        return self._take(fcntl.LOCK_EX, timeout_s)

    def unlock(self) -> None:
        """Let go of the lock but keep the descriptor, to try again later."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        self.mode = None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
        self.mode = None

    def __enter__(self) -> DiaryLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
