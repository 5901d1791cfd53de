"""Insights' section on possible triggers: for each factor, the share of recorded nights with
it that had a cramp against the share without, in words (issue 16). It replaces the old trigger
table (``Patterns.tags``, ``TagNights``).

The paragraphs are :func:`crampwise.report.nights.trigger_figures_html`, the same as the
report's; this module gives them a heading and the page's colours, as Insights' other text
sections are HTML in a label.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from crampwise.i18n import translate
from crampwise.report.nights import trigger_figures_html
from crampwise.ui.theme import Theme, current_theme

if TYPE_CHECKING:
    from crampwise.domain.trigger_figures import TriggerFigure
    from crampwise.ui.diary import Diary


def trigger_html(figures: Sequence[TriggerFigure], theme: Theme | None = None) -> str:
    """The section as HTML for a rich-text label: heading, one paragraph per factor, the
    warning, and what the figures are (recorded nights only)."""
    theme = theme or current_theme()
    head = (
        "<p style='font-size:12pt'><b>"
        + escape(translate("Insights", "Possible triggers: nights with and without"))
        + "</b></p>"
    )
    note = translate(
        "Insights",
        "Only recorded nights count: a night with a cramp, or one you said was without. "
        "Nights with nothing recorded are left out.",
    )
    return (
        head
        + trigger_figures_html(figures, theme.muted_text)
        + f"<p style='color:{theme.muted_text}'><i>{escape(note)}</i></p>"
    )


def trigger_section(diary: Diary, first: date, last: date) -> str:
    """The section for the nights ``first``..``last``, read from the diary now (Insights may
    instead read the figures in its loading thread and call :func:`trigger_html`)."""
    return trigger_html(diary.nights.trigger_figures_between(first, last))
