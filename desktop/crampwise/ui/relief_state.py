"""The relief plans and how the person's advice changes them (skipped steps, cautions)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crampwise.advice import Advice
    from crampwise.relief.plans import PlanLoadResult, ReliefPlan
    from crampwise.settings import Settings
    from crampwise.ui.player import ReliefPlayer

CALF_PLAN = "calf_now"
FOOT_PLAN = "foot_now"
EVENING_PLAN = "evening"


@cache
def plan_library() -> PlanLoadResult:
    """The built-in plans, loaded once; broken files are reported, the rest still load."""
    from crampwise.relief.plans import load_default_plans

    return load_default_plans()


def adjustments(
    advice: Advice | None, lang: str | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """(steps to skip, cautions) keyed by intervention id, each with the reason in words.

    ``lang`` defaults to the language in use (:func:`crampwise.i18n.language`).
    """
    from crampwise import i18n

    lang = lang or i18n.language()
    if advice is None:
        return {}, {}
    skip: dict[str, str] = {}
    cautions: dict[str, str] = {}
    for ident, status in advice.interventions.items():
        reasons = [r for r in status.reasons if r.status == status.status]
        if not reasons:
            continue
        why = reasons[0].text(lang)
        because = "; ".join(b(lang) for b in reasons[0].because)
        # "Heat can burn without you noticing (because you have diabetes)."
        text = f"{why.rstrip('.')} ({because})." if because else why
        if status.status == "avoid":
            skip[ident] = text
        elif status.status == "caution":
            cautions[ident] = text
    return skip, cautions


def make_player(
    plan: ReliefPlan,
    *,
    side: str | None,
    advice: Advice | None,
    settings: Settings,
    lang: str | None = None,
    start_at: str | None = None,
) -> ReliefPlayer:
    """A player in the current theme's colours and the person's language, with the advice's
    skips and cautions and the sound and motion ``settings`` in use. ``side`` None: the leg is not
    named yet; ``start_at``: the step to begin with."""
    from crampwise import i18n
    from crampwise.ui.cue_sounds import CueSounds
    from crampwise.ui.player import ReliefPlayer
    from crampwise.ui.theme import current_theme

    t = current_theme()
    lang = lang or i18n.language()
    skip, cautions = adjustments(advice, lang)
    sounds = CueSounds(settings.sound_volume, muted=settings.muted)
    sounds.prepare()  # the first cue on time
    return ReliefPlayer(
        plan, side=side, start_at=start_at, lang=lang, theme=t, skip=skip,
        cautions=cautions, sounds=sounds, reduce_motion=settings.reduce_motion,
    )  # fmt: skip
