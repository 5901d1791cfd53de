"""The wording shared by the window, the report and the command line, in the person's language.

One place per label: places, sides, triggers, warning signs (translated by Qt, context
``Vocab``); names of relief steps, drug classes and conditions read from the shipped content (in
:func:`crampwise.i18n.language`; a missing or broken file falls back to the id made readable,
"calf_massage" -> "Calf massage", so a report is never lost to a content error); dates, times,
numbers and durations written the way the person's locale writes them (``QLocale()``, set by
``crampwise.i18n.install``); the sentences of :mod:`crampwise.domain.patterns`.

QtCore only: no widgets. ``crampwise.domain.vocab`` keeps the English words for the stored ids.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from crampwise import i18n
from crampwise.domain.patterns import CONTEXT
from crampwise.domain.vocab import (
    CONTEXT_TAGS,
    RED_FLAG_SIGNS,
    RETIRED_RED_FLAG_SIGNS,
    Location,
    Side,
)
from crampwise.domain.words import DURATION_CONTEXT, Words, format_duration
from crampwise.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from crampwise.advice.catalogue import MedicationCatalogue
    from crampwise.domain.patterns import Summary


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
    """A warning sign in words; an id Crampwise does not know made readable."""
    text = _RED_FLAG_SIGNS.get(flag) or _RETIRED_RED_FLAG_SIGNS.get(flag)
    return _tr(text) if text is not None else humanise(flag)


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


def day_text(day: date, *, with_year: bool = False) -> str:
    """ "Thu 26 Nov", "jeu. 26 nov." (and the year when asked)."""
    return QLocale().toString(_qdate(day), "ddd d MMM yyyy" if with_year else "ddd d MMM")


def moment_text(moment: datetime, *, with_year: bool = False) -> str:
    """A day and a time: "Thu 26 Nov, 03:12" (the report's "Thu 26 Nov 2026, 03:12")."""
    return QCoreApplication.translate("Vocab", "{0}, {1}").format(
        day_text(moment.date(), with_year=with_year), time_text(moment)
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
    return format_duration(seconds, lambda text: QCoreApplication.translate(DURATION_CONTEXT, text))


def date_time_format() -> str:
    """The display format of date-and-time fields: the locale's date, a 24 h or 12 h time."""
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return f"ddd d MMM yyyy  {time_format}"


# --- content names, and the sentences of Insights and the report ---------------------------


def humanise(identifier: str) -> str:
    text = identifier.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _lang() -> str:
    return i18n.language()


def step_label(step_id: str) -> str:
    return _step_titles(_lang()).get(step_id) or humanise(step_id)


def drug_class_label(class_id: str | None) -> str:
    if not class_id:
        return ""
    return _class_labels(_lang()).get(class_id) or humanise(class_id)


def medicine_kind(name: str, stored_class: str | None) -> str:
    """What a medicine is, in words: every class a combination holds ("ACE inhibitor + …")."""
    classes = _classes_of(name) or ((stored_class,) if stored_class else ())
    return " + ".join(drug_class_label(c) for c in classes)


def _classes_of(name: str) -> tuple[str, ...]:
    catalogue = _catalogue()
    return catalogue.classes_of(name) if catalogue is not None else ()


@cache
def _catalogue() -> MedicationCatalogue | None:
    try:
        from crampwise.advice import load_catalogue

        return load_catalogue()
    except Exception:  # content missing or broken: the stored class is still shown
        return None


def condition_label(condition_id: str) -> str:
    return _condition_labels(_lang()).get(condition_id) or humanise(condition_id)


@cache
def _step_titles(lang: str) -> dict[str, str]:
    try:
        from crampwise import paths
        from crampwise.relief.plans import load_steps

        steps, _errors = load_steps(paths.asset("plans", "steps.toml"))
    except Exception:  # content or module missing: ids are still readable
        return {}
    return {step_id: step.title.get(lang) for step_id, step in steps.items()}


@cache
def _class_labels(lang: str) -> dict[str, str]:
    try:
        from crampwise.advice import load_catalogue

        return {cid: c.label(lang) for cid, c in load_catalogue().classes.items()}
    except Exception:
        return {}


@cache
def _condition_labels(lang: str) -> dict[str, str]:
    try:
        from crampwise.advice import load_conditions

        return {cid: c.label(lang) for cid, c in load_conditions().items()}
    except Exception:
        return {}


# --- numbers, dates, durations in the locale (QLocale(), set by crampwise.i18n.install) -----


def number_text(value: float, decimals: int = 0) -> str:
    """``1.5`` → "1.5" or "1,5"; whole numbers without decimals when ``decimals`` is 0."""

    locale = QLocale()
    return locale.toString(float(value), "f", decimals)


def short_number(value: float) -> str:
    """A count or an average: no decimals when whole, one otherwise ("3", "2,5")."""
    return number_text(value, 0 if abs(value - round(value)) < 1e-9 else 1)


def day_month(day: date) -> str:
    """ "3 Mar", "3 mars"."""

    return QLocale().toString(_qdate(day), "d MMM")


def month_text(day: date) -> str:
    """ "Mar", "mars"."""

    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def rate_span_text(summary: Summary) -> str:
    """The nights a summary's rates cover, said with them: "Rates cover the 36 nights from
    29 Oct 2026, when the diary began, to 3 Dec 2026." (Counts of one or more: one template
    for 1 and one for more serves both languages, as in the report's period line.)"""

    began = summary.span_from > summary.start
    if summary.span_nights == 1 and began:
        template = QCoreApplication.translate(
            "Report", "Rates cover the night of {start}, when the diary began."
        )
    elif summary.span_nights == 1:
        template = QCoreApplication.translate("Report", "Rates cover the night of {start}.")
    elif began:
        template = QCoreApplication.translate(
            "Report", "Rates cover the {n} nights from {start}, when the diary began, to {end}."
        )
    else:
        template = QCoreApplication.translate(
            "Report", "Rates cover the {n} nights from {start} to {end}."
        )
    return template.format(
        n=summary.span_nights,
        start=full_date_text(summary.span_from),
        end=full_date_text(summary.end),
    )


def not_recorded_text(count: int) -> str:
    """ "11 not recorded": nights where nobody said whether a cramp woke them."""

    return QCoreApplication.translate("Report", "{0} not recorded").format(count)


def woken_text(summary: Summary) -> str:
    """ "32 nights with a cramp, woken by it on 1 (11 not recorded)": only what was recorded
    counts as woken."""

    if summary.nights_with_episodes == 1:
        template = QCoreApplication.translate(
            "Report", "1 night with a cramp, woken by it on {woken}"
        )
    else:
        template = QCoreApplication.translate(
            "Report", "{n} nights with a cramp, woken by it on {woken}"
        )
    text = template.format(n=summary.nights_with_episodes, woken=summary.nights_woken)
    if summary.nights_woken_unknown:
        text = f"{text} ({not_recorded_text(summary.nights_woken_unknown)})"
    return text


def pattern_words() -> Words:
    """Wording for :meth:`MedicationChange.describe` in the language and locale in use."""

    return Words(
        tr=lambda text: QCoreApplication.translate(CONTEXT, text),
        number=number_text,
        day=full_date_text,
    )


def patterns_text(text: str) -> str:
    """One of the fixed sentences of :mod:`crampwise.domain.patterns`, translated."""

    return QCoreApplication.translate(CONTEXT, text)
