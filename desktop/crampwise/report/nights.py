"""The nights' figures as HTML, in the language in use: the honest trigger figures and the
personal experiment (issue 16). Insights and the report show the same paragraphs; the caller
gives the colour of the secondary lines (the theme's, or the report's print grey).

No widgets: the report uses this, and the window's views put it in a label.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from crampwise import i18n
from crampwise.domain.trigger_figures import many_factors_warning
from crampwise.i18n import translate
from crampwise.messages import localized
from crampwise.wording import context_tag_label, full_date_text, number_text, pattern_words

if TYPE_CHECKING:
    from crampwise.domain.experiment_result import ArmResult, ExperimentResult
    from crampwise.domain.experiments import Experiment
    from crampwise.domain.habits import Habit
    from crampwise.domain.trigger_figures import TriggerFigure


def _factor_label(factor: str) -> str:
    return context_tag_label(factor)


def trigger_figures_html(figures: Sequence[TriggerFigure], muted: str) -> str:
    """One paragraph per factor (its sentence, then nights woken and intensity when there is a
    ratio to give), and the many-factors warning; ``muted`` colours the secondary lines."""
    words = pattern_words()
    if not figures or all(f.cramps.with_nights + f.cramps.without_nights == 0 for f in figures):
        return (
            "<p>"
            + escape(
                translate(
                    "Nights figures",
                    "No nights recorded yet. Answer “Last night?” in the morning or do the evening "
                    "check-in: nights without cramps count as much as nights with them.",
                )
            )
            + "</p>"
        )
    out: list[str] = []
    warning = many_factors_warning(figures)
    if warning is not None:
        out.append(f"<p><b>{escape(localized(warning))}</b></p>")
    never = [f for f in figures if f.cramps.with_nights == 0]
    shown = sorted((f for f in figures if f.cramps.with_nights), key=lambda f: not f.enough)
    for figure in shown:  # the figures with a ratio first
        line = translate("Nights figures", "{factor}: {sentence}").format(
            factor=f"<b>{escape(_factor_label(figure.factor))}</b>",
            sentence=escape(localized(figure.sentence(words))),
        )
        if not figure.enough:
            out.append(f"<p style='color:{muted}'>{line}</p>")
            continue
        more = [m for m in (figure.woken_sentence(words), figure.intensity_sentence(words)) if m]
        extra = "".join(
            f"<br/><span style='color:{muted}'>{escape(localized(m))}</span>" for m in more
        )
        out.append(f"<p>{line}{extra}</p>")
    if never:
        out.append(
            f"<p style='color:{muted}'>"
            + escape(
                translate(
                    "Nights figures", "Not noted on any recorded night yet: {factors}."
                ).format(factors=", ".join(_factor_label(f.factor) for f in never))
            )
            + "</p>"
        )
    return "\n".join(out)


def habit_name(experiment: Experiment, habit: Habit) -> str:
    """The habit as the person picked it: their own words for their own habit."""
    if experiment.own_habit:
        return experiment.own_habit
    return habit.name.get(i18n.language())


def _rate(value: float | None) -> str:
    return "–" if value is None else number_text(value, 1 if value >= 1 else 2)


def _arm_cells(arm: ArmResult) -> list[str]:
    return [
        str(arm.nights),
        _rate(arm.per_week),
        _rate(arm.episodes_per_night),
        "–" if arm.mean_intensity is None else f"{number_text(arm.mean_intensity, 1)}/10",
    ]


def experiment_html(
    experiment: Experiment, habit: Habit, result: ExperimentResult | None, muted: str
) -> str:
    """The experiment: what was tried and when, "on" against "off" in a table, the rate ratio,
    adherence, and what the result can and cannot show (the domain's summary)."""
    words = pattern_words()
    out = [
        "<p><b>"
        + escape(habit_name(experiment, habit))
        + "</b>: "
        + escape(
            translate(
                "Nights figures", "{weeks} weeks from the night of {start} to that of {end}"
            ).format(
                weeks=experiment.weeks,
                start=full_date_text(experiment.start),
                end=full_date_text(experiment.end),
            )
        )
        + "</p>"
    ]
    over = 0 if result is None else sum(a.nights + a.unrecorded for a in (result.on, result.off))
    if result is None or over == 0:
        out.append(
            f"<p style='color:{muted}'>"
            + escape(translate("Nights figures", "No night of the plan is over yet."))
            + "</p>"
        )
        return "\n".join(out)
    heads = (
        "",
        translate("Nights figures", "Recorded nights"),
        translate("Nights figures", "Cramp nights a week"),
        translate("Nights figures", "Episodes a night"),
        translate("Nights figures", "Mean intensity"),
    )
    cell = "style='padding:3px 10px 3px 0'"
    rows = ["<tr>" + "".join(f"<th {cell} align='left'>{escape(h)}</th>" for h in heads) + "</tr>"]
    for name, arm in (
        (translate("Nights figures", "“On” weeks (with the habit)"), result.on),
        (translate("Nights figures", "“Off” weeks"), result.off),
    ):
        cells = "".join(f"<td {cell}>{escape(c)}</td>" for c in _arm_cells(arm))
        rows.append(f"<tr><td {cell}><b>{escape(name)}</b></td>{cells}</tr>")
    out.append(f"<table cellspacing='0'>{''.join(rows)}</table>")
    if result.adherence_known and result.adherence_done == result.adherence_known:
        # Otherwise the summary says how often it was done, and what that means.
        out.append(
            "<p>"
            + escape(
                translate(
                    "Nights figures",
                    "The habit was done on all {known} “on” nights where it was noted.",
                ).format(known=result.adherence_known)
            )
            + "</p>"
        )
    out.append(f"<p>{escape(localized(result.summary(words)))}</p>")
    return "\n".join(out)
