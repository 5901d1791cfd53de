"""The person's settings: declared once with types and defaults, saved as JSON beside the diary."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal, NamedTuple, get_args

from crampwise import paths

ThemeMode = Literal["auto", "system", "night", "day"]
SETTINGS_FILENAME = "settings.json"


# A NamedTuple rather than a dataclass: read before the first paint, where importing
# ``dataclasses`` would cost ~3 ms. Change a copy with ``settings._replace(theme="day")``.
class Settings(NamedTuple):
    # auto: night theme between night_starts and night_ends; system: follow the desktop.
    theme: ThemeMode = "auto"
    night_starts: int = 21  # hour
    night_ends: int = 7  # hour
    night_cutover_hour: int = 12  # an episode before this hour belongs to the previous night
    default_plan: str = "calf_now"
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

    def validated(self) -> Settings:
        if self.theme not in get_args(ThemeMode):
            raise ValueError(f"theme: unknown value {self.theme!r}")
        for name in ("night_starts", "night_ends", "night_cutover_hour"):
            value = getattr(self, name)
            if not isinstance(value, int) or not 0 <= value <= 23:
                raise ValueError(f"{name}: must be an hour from 0 to 23")
        if not 0 <= self.sound_volume <= 100:
            raise ValueError("sound_volume: must be 0–100")
        if self.language not in ("system", "en", "fr"):
            raise ValueError(f"language: unknown value {self.language!r}")
        if not isinstance(self.region, str) or not (
            self.region in ("auto", "other")
            or (len(self.region) == 2 and self.region.isascii() and self.region.isupper())
        ):
            raise ValueError(f"region: unknown value {self.region!r}")
        hour, _, minute = self.reminder_time.partition(":")
        if not (hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60):
            raise ValueError("reminder_time: must be HH:MM")
        return self


def settings_path() -> Path:
    return paths.data_dir() / SETTINGS_FILENAME


def load_settings(path: Path | None = None) -> Settings:
    """Saved values over the defaults; an unreadable or invalid file falls back to defaults."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    try:
        return Settings(**{k: v for k, v in raw.items() if k in Settings._fields}).validated()
    except (TypeError, ValueError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temp file then rename), readable by the user alone."""
    path = path or settings_path()
    paths.ensure_private_dir(path.parent)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(settings.validated()._asdict(), fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
