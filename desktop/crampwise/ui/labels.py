"""The fixed vocabulary in the person's language: places, sides, triggers, warning signs.

Also dates, times and durations written the way the person's locale writes them
(``QLocale()``, set by ``crampwise.i18n.install``).

``crampwise.domain.vocab`` keeps the English words for the CLI and the stored ids; the window
reads its words from here, translated by Qt (context ``Vocab``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from crampwise.domain.vocab import (
    CONTEXT_TAGS,
    RED_FLAG_SIGNS,
    RETIRED_RED_FLAG_SIGNS,
    Location,
    Side,
)
from crampwise.text import QT_TRANSLATE_NOOP

_LOCATIONS: dict[Location, str] = {
    Location.CALF: QT_TRANSLATE_NOOP("Vocab", "Calf"),
    Location.FOOT_SOLE: QT_TRANSLATE_NOOP("Vocab", "Foot sole"),
    Location.TOES: QT_TRANSLATE_NOOP("Vocab", "Toes"),
    Location.SHIN: QT_TRANSLATE_NOOP("Vocab", "Shin"),
    Location.BACK_OF_THIGH: QT_TRANSLATE_NOOP("Vocab", "Back of thigh"),
    Location.FRONT_OF_THIGH: QT_TRANSLATE_NOOP("Vocab", "Front of thigh"),
}
_SIDES: dict[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("Vocab", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Vocab", "Right"),
    Side.BOTH: QT_TRANSLATE_NOOP("Vocab", "Both"),
}
_CONTEXT_TAGS: dict[str, str] = {
    "hard_exercise": QT_TRANSLATE_NOOP("Vocab", "Hard or unusual exercise"),
    "long_sitting_standing": QT_TRANSLATE_NOOP("Vocab", "Long sitting or standing"),
    "little_to_drink": QT_TRANSLATE_NOOP("Vocab", "Little to drink"),
    "heavy_sweating": QT_TRANSLATE_NOOP("Vocab", "Heavy sweating"),
    "alcohol": QT_TRANSLATE_NOOP("Vocab", "Alcohol"),
    "caffeine": QT_TRANSLATE_NOOP("Vocab", "Caffeine"),
    "cold_room": QT_TRANSLATE_NOOP("Vocab", "Cold room"),
    "medication_change": QT_TRANSLATE_NOOP("Vocab", "New or changed medication"),
}
_RED_FLAG_SIGNS: dict[str, str] = {
    "breathless_chest_pain": QT_TRANSLATE_NOOP("Vocab", "Breathless, chest pain or coughing blood"),
    "sudden_weakness_numbness": QT_TRANSLATE_NOOP(
        "Vocab", "Sudden weakness or numbness of a leg, an arm or the face"
    ),
    "sudden_cold_leg": QT_TRANSLATE_NOOP("Vocab", "A leg suddenly cold, pale, painful or numb"),
    "one_leg_swelling": QT_TRANSLATE_NOOP("Vocab", "One leg swollen, warm or red"),
    "pain_outlasts_cramp": QT_TRANSLATE_NOOP("Vocab", "Pain that stays long after the cramp"),
    "over_10_minutes": QT_TRANSLATE_NOOP("Vocab", "Cramp over 10 minutes, not eased by stretching"),
    "dark_cola_urine": QT_TRANSLATE_NOOP("Vocab", "Dark (cola-coloured) urine"),
    "unusual_muscle_pain": QT_TRANSLATE_NOOP(
        "Vocab", "Muscle pain or weakness unlike your usual cramps"
    ),
    "pain_when_walking": QT_TRANSLATE_NOOP("Vocab", "Calf pain when walking that eases with rest"),
    "weakness_numbness": QT_TRANSLATE_NOOP(
        "Vocab", "Weakness, numbness or twitching that built up over weeks"
    ),
}
# No longer offered as a tick box; still shown on the older episodes that carry it.
_RETIRED_RED_FLAG_SIGNS: dict[str, str] = {
    "dark_urine": QT_TRANSLATE_NOOP("Vocab", "Dark urine or unexplained muscle pain (older entry)"),
}
# The same ids, in the same order, as the domain's vocabulary (checked by the tests).
assert tuple(_CONTEXT_TAGS) == tuple(CONTEXT_TAGS)
assert tuple(_RED_FLAG_SIGNS) == tuple(RED_FLAG_SIGNS)
assert tuple(_RETIRED_RED_FLAG_SIGNS) == tuple(RETIRED_RED_FLAG_SIGNS)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocab", text)


def location_label(location: Location) -> str:
    """ "Calf", "Mollet"."""
    return _tr(_LOCATIONS[location])


def location_labels() -> dict[Location, str]:
    """Every place, in the domain's order."""
    return {loc: _tr(text) for loc, text in _LOCATIONS.items()}


def side_label(side: Side) -> str:
    """ "Left", "Right", "Both"."""
    return _tr(_SIDES[side])


UNKNOWN = "—"  # a value nobody recorded: shown, not guessed


def side_text(side: Side | None) -> str:
    """ "Left", "Right", "Both", or "—" when nobody said which leg."""
    return side_label(side) if side is not None else UNKNOWN


def leg_label(side: Side) -> str:
    """The heading over one leg of the body map."""
    if side is Side.LEFT:
        return QCoreApplication.translate("Vocab", "Left leg")
    if side is Side.RIGHT:
        return QCoreApplication.translate("Vocab", "Right leg")
    return QCoreApplication.translate("Vocab", "Both legs")


def spot_label(side: Side, location: Location) -> str:
    """One place on one leg: "Left calf", "mollet (jambe gauche)"."""
    place = location_label(location).lower()
    if side is Side.LEFT:
        return QCoreApplication.translate("Vocab", "Left {0}").format(place)
    if side is Side.RIGHT:
        return QCoreApplication.translate("Vocab", "Right {0}").format(place)
    return QCoreApplication.translate("Vocab", "{0} on both legs").format(place)


def context_tags() -> dict[str, str]:
    """The possible triggers a person can tick, by id."""
    return {tag: _tr(text) for tag, text in _CONTEXT_TAGS.items()}


def context_tag_label(tag: str) -> str:
    """A known trigger in words; a person's own tag as they typed it."""
    text = _CONTEXT_TAGS.get(tag)
    return _tr(text) if text is not None else tag


def red_flag_signs(*, retired: bool = False) -> dict[str, str]:
    """The warning signs a person can tick, by id; with ``retired``, also those only older
    episodes carry (after the others)."""
    signs = {**_RED_FLAG_SIGNS, **(_RETIRED_RED_FLAG_SIGNS if retired else {})}
    return {flag: _tr(text) for flag, text in signs.items()}


def red_flag_label(flag: str) -> str:
    text = _RED_FLAG_SIGNS.get(flag) or _RETIRED_RED_FLAG_SIGNS.get(flag)
    return _tr(text) if text is not None else flag


def yes_no(value: bool | None) -> str:
    """ "Yes", "No", or nothing when not known."""
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("Vocab", "Yes")
    return QCoreApplication.translate("Vocab", "No")


def intensity_name(value: int) -> str:
    """How strong, for screen readers: "Intensity 7 of 10"."""
    return QCoreApplication.translate("Vocab", "Intensity {0} of 10").format(value)


def intensity_word(value: int) -> str:
    """A word for the strength, shown beside the number."""
    if value <= 0:
        return QCoreApplication.translate("Vocab", "barely")
    if value <= 3:
        return QCoreApplication.translate("Vocab", "mild")
    if value <= 6:
        return QCoreApplication.translate("Vocab", "moderate")
    if value <= 8:
        return QCoreApplication.translate("Vocab", "strong")
    return QCoreApplication.translate("Vocab", "worst")


# --- dates, times and durations ------------------------------------------------------------


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(moment: datetime) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def _date_text(day: date, pattern: str) -> str:
    """``day`` written with ``pattern`` ("d MMM yyyy") in the locale's words; French writes
    the first of the month "1er"."""
    locale = QLocale()
    text = locale.toString(_qdate(day), pattern)
    if (
        day.day == 1
        and locale.language() == QLocale.Language.French
        and pattern.split(" ")[0] == "d"
    ):
        text = "1er" + text[1:]
    return text


def time_text(moment: datetime) -> str:
    """ "03:12" (or "3:12 AM" where the locale says so)."""
    return QLocale().toString(_qtime(moment), QLocale.FormatType.ShortFormat)


def day_text(day: date) -> str:
    """ "Thu 26 Nov", "jeu. 26 nov."."""
    return QLocale().toString(_qdate(day), "ddd d MMM")


def moment_text(moment: datetime) -> str:
    """A day and a time: "Thu 26 Nov, 03:12"."""
    return QCoreApplication.translate("Vocab", "{0}, {1}").format(
        day_text(moment.date()), time_text(moment)
    )


def full_date_text(day: date) -> str:
    """ "26 Nov 2026", "26 nov. 2026"."""
    return _date_text(day, "d MMM yyyy")


def _night_ends(night: date, *, year: bool = True) -> tuple[str, str]:
    after = night + timedelta(days=1)
    if after.month == night.month:
        first = _date_text(night, "d")
    elif after.year == night.year or not year:
        first = _date_text(night, "d MMM")
    else:
        first = _date_text(night, "d MMM yyyy")
    return first, full_date_text(after) if year else _date_text(after, "d MMM")


def night_text(night: date) -> str:
    """The night that began on the evening of ``night``: "Night of 25–26 Nov 2026"."""
    return QCoreApplication.translate("Vocab", "Night of {0}–{1}").format(*_night_ends(night))


def night_dates_text(night: date, this_year: int | None = None) -> str:
    """The same night in a column headed "Night": "25–26 Nov 2026", "30 nov.–1er déc. 2026";
    without the year when it ends in ``this_year`` ("25–26 Nov")."""
    ends_this_year = this_year is not None and (night + timedelta(days=1)).year == this_year
    return "–".join(_night_ends(night, year=not ends_this_year))


def duration_text(seconds: float | None) -> str:
    """ "33 s", "2 min 48 s", "1 h 5 min" ("–" when not known): the one way the window, the
    report and the command line write how long a cramp lasted."""
    from crampwise.domain.patterns import DURATION_CONTEXT, format_duration

    return format_duration(seconds, lambda text: QCoreApplication.translate(DURATION_CONTEXT, text))


def date_time_format() -> str:
    """The display format of date-and-time fields: the locale's date, a 24 h or 12 h time."""
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return f"ddd d MMM yyyy  {time_format}"
