"""The text sections of Insights: the figures at the top, the medicine changes, and the table
of possible triggers. Each is a block of rich text the page places between its charts.

A section to come (trigger figures, an experiment) is one more class here, placed by
``InsightsPage._draw_charts``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from crampwise.domain.medication_changes import MEDICATION_NOTE
from crampwise.domain.patterns import Patterns, Summary
from crampwise.wording import (
    duration_text,
    number_text,
    pattern_words,
    patterns_text,
    rate_span_text,
    short_number,
    woken_text,
)


class Section(QLabel):
    """A block of rich text, wrapped to the page's width."""

    def __init__(self, html: str = "", parent: QWidget | None = None) -> None:
        super().__init__(html, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)


class SummarySection(Section):
    """How many cramps, how often, how long and how strong; the nights woken."""

    def __init__(self, s: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        first = [
            self.tr("<b>%n episode(s)</b>", "", s.episodes),
            self.tr("<b>{0}</b> a week").format(number_text(s.per_week, 1)),
            self.tr("median length {0}").format(escape(duration_text(s.median_duration_s))),
        ]
        if s.median_intensity is not None:
            first.append(
                self.tr("median intensity {0}/10").format(short_number(s.median_intensity))
            )
        second = [
            escape(rate_span_text(s)),
            escape(woken_text(s)),
        ]
        self.setText(
            f"<p style='font-size:13pt'>{' · '.join(first)}</p><p>{' · '.join(second)}</p>"
        )


class MedicationSection(Section):
    """The medicines started or stopped, with the note on timing; hidden when there are none."""

    def __init__(self, pats: Patterns, parent: QWidget | None = None) -> None:
        words = pattern_words()
        items = "".join(f"<li>{escape(m.describe(words))}</li>" for m in pats.medications)
        super().__init__(
            f"<ul>{items}</ul><p><i>{escape(patterns_text(MEDICATION_NOTE))}</i></p>", parent
        )
