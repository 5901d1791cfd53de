"""The advice for the stored profile and recent nights, recomputed when either changes."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from crampwise.domain.episode import local_now

if TYPE_CHECKING:
    from crampwise.advice import Advice, Rulebook
    from crampwise.advice.care import CareRegion
    from crampwise.advice.learn import LearnContent
    from crampwise.ui.diary import Diary


@cache
def rulebook() -> Rulebook:
    """Loaded once, on first use: the first screen does not need it."""
    from crampwise.advice import load_rulebook

    return load_rulebook()


@cache
def learn_content() -> LearnContent:
    from crampwise.advice.learn import load_learn

    return load_learn()  # the shipped page, checked against the shipped sources


def current_region() -> CareRegion:
    """The care numbers for the saved region setting (the system's country by default)."""
    from crampwise import i18n
    from crampwise.settings import load_settings

    return rulebook().care.region(i18n.region(load_settings().region))


def current_advice(diary: Diary) -> Advice:
    from crampwise.advice import evaluate
    from crampwise.domain.profile import EpisodeFacts, HealthProfile

    today = local_now().date()
    region = current_region().id
    profile, facts = diary.profile(), diary.episode_facts(today)
    if profile is None or facts is None:  # the diary is not open yet
        profile, facts = HealthProfile(), EpisodeFacts()
    return evaluate(rulebook(), profile, facts, today=today, region=region)


def red_flag_text(rule_id: str) -> str:
    """A red flag's words from the rule book, in the person's language and with the region's
    numbers, followed by its sources."""
    from crampwise import i18n
    from crampwise.ui.cards import source_line

    book = rulebook()
    lang = i18n.language()
    for rule in book.rules:
        if rule.id == rule_id:
            for effect in rule.effects:
                if effect.kind == "red_flag":
                    cited = source_line(effect.sources, book.sources)
                    return f"{current_region().fill(effect.text)(lang)} {cited}".strip()
    raise KeyError(f"no red flag rule {rule_id!r} in the rule book")
