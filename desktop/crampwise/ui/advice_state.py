"""The advice for the stored profile and recent nights, recomputed when either changes."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from crampwise.domain.episode import local_now

if TYPE_CHECKING:
    from crampwise.advice import Advice, Rulebook
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

    return load_learn(rulebook().sources)


def current_advice(diary: Diary) -> Advice:
    from crampwise.advice import EpisodeFacts, HealthProfile, evaluate

    store = diary.store
    today = local_now().date()
    if store is None:
        return evaluate(rulebook(), HealthProfile(), EpisodeFacts(), today=today)
    return evaluate(rulebook(), store.profile(), store.episode_facts(today), today=today)
