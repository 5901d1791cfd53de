"""Insights' trigger figures on made-up diaries with known answers: the sentence a person
reads, "not enough nights yet", and the many-factors warning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from crampwise import i18n
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.storage.store import EpisodeStore
from crampwise.ui.diary import Diary
from crampwise.ui.trigger_figures_view import trigger_section
from tests.diaries import TODAY, alcohol_checkins

LAST = TODAY - timedelta(days=1)
FIRST = LAST - timedelta(days=83)

ALCOHOL = (
    "Cramps came on 60% of nights after alcohol (12 of 20) and 25% of other nights (10 of 40): "
    "2.4 times as often (likely between 1.3 and 4.6). A pattern in your diary, not proof of a "
    "cause."
)


def shown(html: str) -> str:
    """The text a person reads in the label."""
    doc = QTextDocument()
    doc.setHtml(html)
    return " ".join(doc.toPlainText().split())


@pytest.fixture
def diary(store: EpisodeStore) -> Diary:
    opened = Diary()
    opened.attach(store)
    return opened


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "fr") == "fr"
    yield
    i18n.install(qapp, "en")


def save(store: EpisodeStore, checkins: list[CheckIn]) -> None:
    for checkin in checkins:
        store.save_checkin(checkin)


def test_alcohol_nights_read_as_the_issue_says(diary: Diary, store: EpisodeStore) -> None:
    save(store, alcohol_checkins(LAST))
    text = shown(trigger_section(diary, FIRST, LAST))
    assert ALCOHOL in text
    # Factors never ticked are named once, without figures.
    assert "Not noted on any recorded night yet: Hard or unusual exercise, " in text
    assert "Alcohol: Cramps came" in text
    assert "stand out by chance" not in text  # one factor with a ratio: no warning


def test_below_eight_nights_a_side_there_is_no_ratio(diary: Diary, store: EpisodeStore) -> None:
    save(store, alcohol_checkins(LAST)[13:])  # 7 nights with alcohol left, 40 without
    text = shown(trigger_section(diary, FIRST, LAST))
    assert (
        "Not enough nights yet to compare nights after alcohol with other nights "
        "(7 and 40 recorded; 8 of each are needed)."
    ) in text
    assert "times as often" not in text


def test_many_factors_at_once_get_a_warning(diary: Diary, store: EpisodeStore) -> None:
    checkins = [
        CheckIn(
            c.night,
            factors=c.factors | ({"caffeine"} if i % 2 else {"hard_exercise"}),
            drinks=c.drinks,
            status=c.status,
        )
        for i, c in enumerate(alcohol_checkins(LAST))
    ]
    save(store, checkins)
    text = shown(trigger_section(diary, FIRST, LAST))
    assert "3 factors are compared at once: with so many, one may stand out by chance." in text
    assert text.index("stand out by chance") < text.index("nights after alcohol")


def test_unknown_nights_are_not_cramp_free(diary: Diary, store: EpisodeStore) -> None:
    text = shown(trigger_section(diary, FIRST, LAST))
    assert "No nights recorded yet" in text
    assert "%" not in text
    store.save_checkin(CheckIn(LAST, status=NightStatus.NO_CRAMPS))
    assert "No nights recorded yet" not in shown(trigger_section(diary, FIRST, LAST))


@pytest.mark.usefixtures("french")
def test_in_french_with_french_numbers(diary: Diary, store: EpisodeStore) -> None:
    save(store, alcohol_checkins(LAST))
    text = shown(trigger_section(diary, FIRST, LAST))
    assert "2,4" in text and "1,3" in text and "4,6" in text
    assert "Cramps came" not in text and "not proof" not in text
