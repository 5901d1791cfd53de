"""The bedtime reminder: "Time for your evening stretches?" at a chosen time, off by default.

:func:`next_reminder` is pure (no Qt, no clock). :class:`BedtimeReminder` adapts it to a
``QTimer`` with an injectable wall clock. It never sleeps longer than :data:`RECHECK_MS`, so a
clock that jumps (suspend, a time zone change, DST, a manual change) is noticed within a
minute; a reminder missed by more than :data:`GRACE` (the laptop slept through the evening)
is skipped rather than shown at 3 a.m.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

DEFAULT_TIME = time(21, 30)
RECHECK_MS = 60_000
GRACE = timedelta(minutes=30)
# Tests only: the reminder comes this many seconds after start, whatever its set time.
REMINDER_IN_ENV = "CRAMPWISE_REMINDER_IN_SECONDS"

Clock = Callable[[], datetime]


def parse_time(text: str, default: time = DEFAULT_TIME) -> time:
    """``"21:30"`` → ``time(21, 30)``; anything unreadable → ``default``."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except (ValueError, AttributeError):
        return default


def _at_on(day: date, at: time, zone: tzinfo | None) -> datetime:
    """``at`` on the wall clock of ``day`` in ``zone`` (naive if ``zone`` is None).

    A time that does not exist that day (skipped by DST) becomes the same wall time plus the
    gap (02:30 → 03:30); a time that happens twice is the first of the two.
    """
    wall = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    if zone is None:
        return wall
    if isinstance(zone, ZoneInfo):
        # Round trip through UTC to normalise a wall time that falls in a DST gap.
        return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    # A fixed offset (from ``datetime.now().astimezone()``): ask the system's local zone,
    # which knows DST, instead of assuming today's offset holds on that day.
    return wall.astimezone()


def next_reminder(now: datetime, at: time, enabled: bool) -> datetime | None:
    """The first moment strictly after ``now`` when the clock shows ``at``; None if disabled.

    ``now`` may be naive (local wall clock) or aware; the answer is of the same kind, in
    ``now``'s zone for a ``ZoneInfo`` and in the system's local zone for a fixed offset.
    """
    if not enabled:
        return None
    zone = now.tzinfo
    day = now.date()
    for _ in range(3):  # today, tomorrow, and one spare for a DST-shifted edge
        candidate = _at_on(day, at, zone)
        if _instant(candidate) > _instant(now):
            return candidate
        day += timedelta(days=1)
    return _at_on(day, at, zone)


def _instant(moment: datetime) -> datetime:
    """Aware datetimes in UTC, so that arithmetic and comparison are in real elapsed time.

    (Python compares and subtracts two datetimes with the *same* tzinfo by wall clock.)
    """
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment


def local_now() -> datetime:
    return datetime.now().astimezone()


def reminder_clock(
    at: time, environ: Mapping[str, str] = os.environ, clock: Clock = local_now
) -> Clock:
    """The clock the reminder reads: ``clock``, or with ``$CRAMPWISE_REMINDER_IN_SECONDS``
    (tests of the real app) ``clock`` moved on so that ``at`` comes that many seconds from now.
    """
    try:
        seconds = float(environ.get(REMINDER_IN_ENV, ""))
    except ValueError:
        return clock
    start = clock()
    due = next_reminder(start, at, True)
    assert due is not None
    shift = _instant(due) - _instant(start) - timedelta(seconds=seconds)
    return lambda: clock() + shift


class BedtimeReminder(QObject):
    """Emits ``due`` at the chosen time every day while enabled.

    ``clock`` returns the current wall-clock time (aware or naive); tests pass a fake one and
    call :meth:`check` after moving it. Connect ``due`` to ``CrampTray.show_reminder``.
    """

    due = Signal()

    def __init__(
        self,
        at: time = DEFAULT_TIME,
        *,
        enabled: bool = False,
        clock: Clock = local_now,
        grace: timedelta = GRACE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._at = at
        self._enabled = enabled
        self._clock = clock
        self._grace = grace
        self._next: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._rearm()

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def at(self) -> time:
        return self._at

    @property
    def next_due(self) -> datetime | None:
        return self._next

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def configure(self, at: time, enabled: bool) -> None:
        """Apply changed settings (the time or on/off) at once."""
        self._at, self._enabled = at, enabled
        self._next = None
        self._rearm()

    def stop(self) -> None:
        self.configure(self._at, False)

    def check(self) -> None:
        """Fire if the time has come (and is not long past), then schedule the next check."""
        now = self._clock()
        if self._enabled and self._next is not None and _instant(now) >= _instant(self._next):
            late = _instant(now) - _instant(self._next)
            self._next = None
            if late <= self._grace:
                self.due.emit()
        self._rearm(now)

    def _rearm(self, now: datetime | None = None) -> None:
        self._timer.stop()
        if not self._enabled:
            self._next = None
            return
        now = now if now is not None else self._clock()
        # Recomputed every time: after a jump back in time the next occurrence comes sooner.
        self._next = next_reminder(now, self._at, True)
        if self._next is None:
            return
        wait_ms = int((_instant(self._next) - _instant(now)).total_seconds() * 1000)
        self._timer.start(max(0, min(wait_ms, RECHECK_MS)))
