"""The person's settings: declared once with types and defaults, saved as JSON beside the diary.

Only this module reads or writes ``settings.json``; the rest of Crampwise is handed a
:class:`Settings`. A key this version no longer has (``default_plan``) is ignored, not an
error. A bad file never stops Crampwise: each value that is missing or wrong falls back to its
default, one field at a time; a file that cannot be read at all (not JSON, too big, not a
regular file such as a FIFO) gives every default. The bad file is then kept as
``settings.json.bad-<time>`` (0600) beside a repaired one, and :func:`take_reset_notice` says
once what was reset (the command line prints it, the window shows it in its status bar).

``Settings`` stays a NamedTuple rather than a msgspec Struct: it is read before the first
paint, and importing msgspec costs ~20 ms there (``typing``, ``decimal``, ``uuid``), against a
start-up at 1.22x the bare window with a 1.3x limit.
"""

from __future__ import annotations

import json
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, get_args

from crampwise import paths
from crampwise.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from crampwise.text import Message

ThemeMode = Literal["auto", "system", "night", "day"]
SETTINGS_FILENAME = "settings.json"
MAX_SETTINGS_BYTES = 64 * 1024  # the file is ~400 bytes; anything near this is not ours


# A NamedTuple rather than a dataclass: read before the first paint, where importing
# ``dataclasses`` would cost ~3 ms. Change a copy with ``settings._replace(theme="day")``.
class Settings(NamedTuple):
    # auto: night theme between night_starts and night_ends; system: follow the desktop.
    theme: ThemeMode = "auto"
    night_starts: int = 21  # hour
    night_ends: int = 7  # hour
    night_cutover_hour: int = 12  # an episode before this hour belongs to the previous night
    sound_volume: int = 25  # percent; quiet so a sleeping partner is not woken
    muted: bool = False
    notice_accepted: bool = False  # the first-start "does not diagnose" notice was read
    keep_in_tray: bool = False  # closing the window keeps Crampwise in the tray
    reminder_enabled: bool = False  # a gentle bedtime reminder for the evening routine
    reminder_time: str = "21:30"
    start_at_login: bool = False
    language: str = "system"  # "system", "en" or "fr"
    reduce_motion: bool = False  # no animated transitions or moving ring
    region: str = "auto"  # whose emergency numbers: "auto" (the system's country), GB, FR, …
    morning_asked: str = ""  # the day "Last night?" was last asked (ISO date; "": never)

    def validated(self) -> Settings:
        """The settings if every value is acceptable; else ``ValueError`` naming the first."""
        for name, value in self._asdict().items():
            if not _VALID[name](value):
                raise ValueError(f"{name}: {value!r} is not a valid value")
        return self


def _hour(value: object) -> bool:
    return type(value) is int and 0 <= value <= 23


def _flag(value: object) -> bool:
    return type(value) is bool


def _iso_day(value: object) -> bool:
    from datetime import date

    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _clock_time(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    hour, minute = value[:2], value[3:]
    return hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60


_VALID: dict[str, Callable[[object], bool]] = {
    "theme": lambda v: isinstance(v, str) and v in get_args(ThemeMode),
    "night_starts": _hour,
    "night_ends": _hour,
    "night_cutover_hour": _hour,
    "sound_volume": lambda v: type(v) is int and 0 <= v <= 100,
    "muted": _flag,
    "notice_accepted": _flag,
    "keep_in_tray": _flag,
    "reminder_enabled": _flag,
    "reminder_time": _clock_time,
    "start_at_login": _flag,
    "language": lambda v: isinstance(v, str) and v in ("system", "en", "fr"),
    "region": lambda v: (
        isinstance(v, str)
        and (v in ("auto", "other") or (len(v) == 2 and v.isascii() and v.isupper()))
    ),
    "reduce_motion": _flag,
    "morning_asked": lambda v: v == "" or _iso_day(v),
}
# How a setting is named when it was reset: the person's words, translatable.
_LABELS: dict[str, str] = {
    "theme": QT_TRANSLATE_NOOP("Settings", "theme"),
    "night_starts": QT_TRANSLATE_NOOP("Settings", "when the night theme starts"),
    "night_ends": QT_TRANSLATE_NOOP("Settings", "when the night theme ends"),
    "night_cutover_hour": QT_TRANSLATE_NOOP("Settings", "the hour a night ends"),
    "sound_volume": QT_TRANSLATE_NOOP("Settings", "sound volume"),
    "muted": QT_TRANSLATE_NOOP("Settings", "mute sounds"),
    "notice_accepted": QT_TRANSLATE_NOOP("Settings", "the first-start notice"),
    "keep_in_tray": QT_TRANSLATE_NOOP("Settings", "keep running in the tray"),
    "reminder_enabled": QT_TRANSLATE_NOOP("Settings", "bedtime reminder"),
    "reminder_time": QT_TRANSLATE_NOOP("Settings", "reminder time"),
    "start_at_login": QT_TRANSLATE_NOOP("Settings", "start at login"),
    "language": QT_TRANSLATE_NOOP("Settings", "language"),
    "region": QT_TRANSLATE_NOOP("Settings", "country for emergency numbers"),
    "reduce_motion": QT_TRANSLATE_NOOP("Settings", "reduce motion"),
    "morning_asked": QT_TRANSLATE_NOOP("Settings", "the day the morning question was asked"),
}
_current: tuple[Path, Settings] | None = None  # the file, and its settings as last loaded or saved
_notice: Message | None = None


def settings_path() -> Path:
    return paths.data_dir() / SETTINGS_FILENAME


def current_settings() -> Settings:
    """The settings as last loaded or saved in this process (read from the file the first time).

    What the relief player uses: the window may hold a change it could not save.
    """
    path = settings_path()
    return _current[1] if _current is not None and _current[0] == path else load_settings(path)


def take_reset_notice() -> Message | None:
    """What a load had to reset, once: the next call returns ``None``."""
    global _notice
    notice, _notice = _notice, None
    return notice


class _UnreadableError(Exception):
    """The file cannot be used at all: ``why`` is a text marked for translation, or what the
    system said."""

    def __init__(self, why: str | OSError) -> None:
        super().__init__(why)
        self.why = why


def load_settings(path: Path | None = None) -> Settings:
    """Saved values over the defaults, each bad value reset; see the module's docstring."""
    global _current, _notice
    path = path or settings_path()
    unreadable: _UnreadableError | None = None
    try:
        raw = _read(path)
    except FileNotFoundError:
        raw = {}
    except _UnreadableError as problem:
        raw, unreadable = {}, problem
    kept: dict[str, Any] = {k: v for k, v in raw.items() if k in _VALID and _VALID[k](v)}
    reset = tuple(k for k in Settings._fields if k in raw and k not in kept)
    settings = Settings(**kept)
    _current = (path, settings)
    if reset or unreadable is not None:
        _notice = _reset_notice(reset, unreadable, _repair(path, settings))
    return settings


def _read(path: Path) -> dict[str, object]:
    """The JSON object in ``path``: a regular file of at most ``MAX_SETTINGS_BYTES``."""
    try:
        # O_NONBLOCK: a FIFO must not wait for a writer; it is refused below.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise _UnreadableError(exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _UnreadableError(QT_TRANSLATE_NOOP("Settings", "it is not a regular file"))
        data = os.read(fd, MAX_SETTINGS_BYTES + 1)
    except OSError as exc:
        raise _UnreadableError(exc) from None
    finally:
        os.close(fd)
    if len(data) > MAX_SETTINGS_BYTES:
        raise _UnreadableError(QT_TRANSLATE_NOOP("Settings", "it is far too large"))
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, nested beyond the stack
        raise _UnreadableError(QT_TRANSLATE_NOOP("Settings", "it is not valid JSON")) from None
    if not isinstance(raw, dict):
        raise _UnreadableError(QT_TRANSLATE_NOOP("Settings", "it is not a JSON object"))
    return raw


def _repair(path: Path, settings: Settings) -> Path | OSError:
    """Keep the bad file as ``settings.json.bad-<time>`` and write ``settings`` in its place.

    Returns where the bad file went, or why it could not be replaced (then nothing changed).
    """
    stem = f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}"
    kept = path.with_name(stem)
    n = 1
    while kept.exists() or kept.is_symlink():  # never over an earlier one
        n += 1
        kept = path.with_name(f"{stem}-{n}")
    try:
        path.rename(kept)
        if stat.S_ISREG(kept.lstat().st_mode):
            kept.chmod(0o600)
        save_settings(settings, path)
    except OSError as exc:
        return exc
    return kept


def _reset_notice(
    reset: tuple[str, ...], unreadable: _UnreadableError | None, repaired: Path | OSError
) -> Message:
    from crampwise.text import Message, os_reason

    def says(template: str, **params: object) -> Message:
        return Message("Settings", template, params)

    if unreadable is not None:
        why = unreadable.why
        what = says(
            QT_TRANSLATE_NOOP(
                "Settings",
                "Your settings file could not be read ({reason}), so every setting is back to "
                "its default.",
            ),
            reason=os_reason(why) if isinstance(why, OSError) else says(why),
        )
    else:
        names = [says(_LABELS[name]) for name in reset]
        what = says(
            QT_TRANSLATE_NOOP(
                "Settings", "Some settings were not valid and are back to their defaults: {names}."
            ),
            names=Message.joined(names, ", "),
        )
    if isinstance(repaired, Path):
        where = says(
            QT_TRANSLATE_NOOP("Settings", "The old file was kept as {name}."), name=repaired.name
        )
    else:
        where = says(
            QT_TRANSLATE_NOOP("Settings", "The settings file could not be replaced: {reason}."),
            reason=os_reason(repaired),
        )
    return Message.joined([what, where])


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temp file then rename), readable by the user alone."""
    global _current
    import tempfile

    path = path or settings_path()
    _current = (path, settings.validated())  # in use from now on, even if writing it fails
    paths.ensure_private_dir(path.parent)
    # mkstemp: created 0600, a name of its own (two processes may repair the file at once).
    fd, tmp_name = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(settings._asdict(), fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp_name).replace(path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
