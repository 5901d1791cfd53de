"""The bedtime reminder: pure scheduling and the Qt adapter with a fake clock."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from crampwise.desktop_integration.reminder import (
    RECHECK_MS,
    BedtimeReminder,
    next_reminder,
    parse_time,
    reminder_clock,
)

BERLIN = ZoneInfo("Europe/Berlin")
AT = time(21, 30)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def test_next_reminder_today_tomorrow_and_disabled() -> None:
    evening = datetime(2026, 11, 26, 20, 0, tzinfo=BERLIN)
    assert next_reminder(evening, AT, True) == datetime(2026, 11, 26, 21, 30, tzinfo=BERLIN)
    late = datetime(2026, 11, 26, 21, 30, tzinfo=BERLIN)  # exactly at the time: next day
    assert next_reminder(late, AT, True) == datetime(2026, 11, 27, 21, 30, tzinfo=BERLIN)
    assert next_reminder(evening, AT, False) is None
    naive = datetime(2026, 11, 26, 22, 0)
    assert next_reminder(naive, AT, True) == datetime(2026, 11, 27, 21, 30)


def test_next_reminder_across_daylight_saving_changes() -> None:
    # 29 March 2026: Berlin skips 02:00–03:00; the day has 23 hours.
    before = datetime(2026, 3, 28, 21, 30, tzinfo=BERLIN)
    after = next_reminder(before, AT, True)
    assert after == datetime(2026, 3, 29, 21, 30, tzinfo=BERLIN)
    assert after is not None and after.timestamp() - before.timestamp() == 23 * 3600
    assert after.utcoffset() == timedelta(hours=2)
    # A time inside the gap is moved past it, and fires once.
    gap = next_reminder(datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN), time(2, 30), True)
    assert gap is not None and (gap.hour, gap.minute) == (3, 30)
    assert next_reminder(gap, time(2, 30), True) == datetime(2026, 3, 30, 2, 30, tzinfo=BERLIN)
    # 25 October 2026: 02:30 happens twice; only the first is used.
    first = next_reminder(datetime(2026, 10, 25, 0, 0, tzinfo=BERLIN), time(2, 30), True)
    assert first is not None and first.utcoffset() == timedelta(hours=2)
    again = next_reminder(first + timedelta(minutes=1), time(2, 30), True)
    assert again is not None and again.date() == first.date() + timedelta(days=1)


def test_parse_time() -> None:
    assert parse_time("21:30") == time(21, 30)
    assert parse_time(" 7:05 ") == time(7, 5)
    assert parse_time("25:00") == time(21, 30)
    assert parse_time("soon") == time(21, 30)


def test_fires_at_its_time_and_again_the_next_day(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 26, 21, 0, tzinfo=BERLIN))
    reminder = BedtimeReminder(AT, enabled=True, clock=clock)
    assert reminder.next_due == datetime(2026, 11, 26, 21, 30, tzinfo=BERLIN)
    assert reminder.timer_active and reminder.interval_ms() == RECHECK_MS  # re-checks a minute
    with qtbot.assertNotEmitted(reminder.due):
        clock.advance(minutes=29)
        reminder.check()
    assert reminder.interval_ms() == 60_000
    clock.advance(seconds=59)
    reminder.check()
    assert reminder.interval_ms() == 1000  # sleeps exactly until the time
    clock.advance(seconds=1)
    with qtbot.waitSignal(reminder.due, timeout=1000):
        reminder.check()
    assert reminder.next_due == datetime(2026, 11, 27, 21, 30, tzinfo=BERLIN)
    with qtbot.assertNotEmitted(reminder.due):
        reminder.check()  # no second reminder the same evening
    clock.advance(days=1)
    with qtbot.waitSignal(reminder.due, timeout=1000):
        reminder.check()


def test_the_real_timer_fires_due(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 26, 21, 29, 59, 950_000, tzinfo=BERLIN))
    reminder = BedtimeReminder(AT, enabled=True, clock=clock)
    assert reminder.interval_ms() == 50
    clock.advance(seconds=1)  # by the time the timer fires, the clock shows 21:30
    with qtbot.waitSignal(reminder.due, timeout=2000):
        pass


def test_disabled_never_fires_and_can_be_switched_on(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 26, 21, 29, tzinfo=BERLIN))
    reminder = BedtimeReminder(AT, clock=clock)  # off by default
    assert not reminder.enabled and reminder.next_due is None and not reminder.timer_active
    clock.advance(minutes=1)
    with qtbot.assertNotEmitted(reminder.due):
        reminder.check()
    reminder.configure(time(22, 0), True)
    assert reminder.next_due == datetime(2026, 11, 26, 22, 0, tzinfo=BERLIN)
    reminder.stop()
    assert not reminder.timer_active


def test_clock_jumps(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 26, 12, 0, tzinfo=BERLIN))
    reminder = BedtimeReminder(AT, enabled=True, clock=clock)
    # Suspended all evening: woke at 03:00, long past the time -> skipped, not shown at night.
    clock.now = datetime(2026, 11, 27, 3, 0, tzinfo=BERLIN)
    with qtbot.assertNotEmitted(reminder.due):
        reminder.check()
    assert reminder.next_due == datetime(2026, 11, 27, 21, 30, tzinfo=BERLIN)
    # Woke a few minutes after the time -> still shown.
    clock.now = datetime(2026, 11, 27, 21, 40, tzinfo=BERLIN)
    with qtbot.waitSignal(reminder.due, timeout=1000):
        reminder.check()
    # The clock is set back a day: the reminder comes again at that day's 21:30.
    clock.now = datetime(2026, 11, 26, 21, 0, tzinfo=BERLIN)
    reminder.check()
    assert reminder.next_due == datetime(2026, 11, 26, 21, 30, tzinfo=BERLIN)


def test_local_fixed_offset_clock_is_supported() -> None:
    now = datetime.now().astimezone()
    due = next_reminder(now, AT, True)
    assert due is not None and due > now and (due - now) <= timedelta(days=1, hours=1)
    assert (due.hour, due.minute) == (21, 30)


def test_the_test_only_variable_brings_the_reminder_that_many_seconds_from_now() -> None:
    clock = FakeClock(datetime(2026, 11, 26, 15, 0, tzinfo=BERLIN))
    assert reminder_clock(AT, {}, clock) is clock
    assert reminder_clock(AT, {"CRAMPWISE_REMINDER_IN_SECONDS": "soon"}, clock) is clock
    shifted = reminder_clock(AT, {"CRAMPWISE_REMINDER_IN_SECONDS": "3"}, clock)
    assert next_reminder(shifted(), AT, True) - shifted() == timedelta(seconds=3)
    clock.advance(seconds=3)  # the shifted clock moves with the real one
    assert shifted().time() == AT
