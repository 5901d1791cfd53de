"""Readable names for stored ids: relief steps, drug classes, conditions, triggers, signs.

Names come in the language in use (:func:`crampwise.i18n.language`); each lookup reads the
shipped content once per language; a missing or broken file falls back to the id made readable
("calf_massage" -> "Calf massage"), so a report is never lost to a content error.

Also the wording shared by Insights and the report: numbers, dates and durations as the locale
writes them (``QLocale()``), and :func:`pattern_words` for the sentences of
:mod:`crampwise.domain.patterns`. Qt is imported only when those are used.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from crampwise import i18n
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS, CONTEXT_TAGS

if TYPE_CHECKING:
    from PySide6.QtCore import QDate

    from crampwise.advice.catalogue import MedicationCatalogue
    from crampwise.domain.patterns import Summary, Words


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


def tag_label(tag: str) -> str:
    """A known trigger in words; a person's own tag exactly as they wrote it."""
    if tag not in CONTEXT_TAGS:
        return tag
    from crampwise.ui.labels import context_tag_label

    return context_tag_label(tag)


def sign_label(sign: str) -> str:
    if sign not in ALL_RED_FLAG_SIGNS:
        return humanise(sign)
    from crampwise.ui.labels import red_flag_label

    return red_flag_label(sign)


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
    from PySide6.QtCore import QLocale

    locale = QLocale()
    return locale.toString(float(value), "f", decimals)


def short_number(value: float) -> str:
    """A count or an average: no decimals when whole, one otherwise ("3", "2,5")."""
    return number_text(value, 0 if abs(value - round(value)) < 1e-9 else 1)


def _qdate(day: date) -> QDate:
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


def day_month(day: date) -> str:
    """ "3 Mar", "3 mars"."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(_qdate(day), "d MMM")


def month_text(day: date) -> str:
    """ "Mar", "mars"."""
    from PySide6.QtCore import QLocale

    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def full_day(day: date) -> str:
    """ "3 Mar 2026", "3 mars 2026"."""
    from crampwise.ui.labels import full_date_text

    return full_date_text(day)


def weekday_day(day: date, *, with_year: bool = False) -> str:
    """ "Tue 3 Mar", "mar. 3 mars" (and the year when asked)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(_qdate(day), "ddd d MMM yyyy" if with_year else "ddd d MMM")


def moment(when: datetime) -> str:
    """ "Tue 3 Mar 2026, 03:10", "mar. 3 mars 2026, 03:10"."""
    from PySide6.QtCore import QCoreApplication

    from crampwise.ui.labels import time_text

    return QCoreApplication.translate("Report", "{day}, {time}").format(
        day=weekday_day(when.date(), with_year=True), time=time_text(when)
    )


def duration(seconds: float | None) -> str:
    """ "33 s", "2 min 48 s"; "–" when not known (see :func:`crampwise.ui.labels.duration_text`)."""
    from crampwise.ui.labels import duration_text

    return duration_text(seconds)


def rate_span_text(summary: Summary) -> str:
    """The nights a summary's rates cover, said with them: "Rates cover the 36 nights from
    29 Oct 2026, when the diary began, to 3 Dec 2026." (Counts of one or more: one template
    for 1 and one for more serves both languages, as in the report's period line.)"""
    from PySide6.QtCore import QCoreApplication

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
        n=summary.span_nights, start=full_day(summary.span_from), end=full_day(summary.end)
    )


def not_recorded_text(count: int) -> str:
    """ "11 not recorded": nights where nobody said whether a cramp woke them."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Report", "{0} not recorded").format(count)


def woken_text(summary: Summary) -> str:
    """ "32 nights with a cramp, woken by it on 1 (11 not recorded)": only what was recorded
    counts as woken."""
    from PySide6.QtCore import QCoreApplication

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
    from PySide6.QtCore import QCoreApplication

    from crampwise.domain.patterns import CONTEXT, Words

    return Words(
        tr=lambda text: QCoreApplication.translate(CONTEXT, text),
        number=number_text,
        day=full_day,
    )


def patterns_text(text: str) -> str:
    """One of the fixed sentences of :mod:`crampwise.domain.patterns`, translated."""
    from PySide6.QtCore import QCoreApplication

    from crampwise.domain.patterns import CONTEXT

    return QCoreApplication.translate(CONTEXT, text)
