"""Use cases of nights and experiments, shared by the window and the command line: recording a
check-in, the nights and trigger figures of a span, and starting, stopping and reading a
personal experiment.

No Qt. Refusals raise the domain's errors (``NightError``, ``ExperimentError``), whose messages
say what to fix; storage problems raise ``StoreError``. A caller backs up after a write as for
episodes (:func:`crampwise.service.backup_after_write`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from crampwise import paths
from crampwise.domain import experiments as plans
from crampwise.domain.experiment_result import ExperimentResult
from crampwise.domain.experiment_result import experiment_result as result_of
from crampwise.domain.habits import Habits, error, load_habits
from crampwise.domain.nights import CheckIn, Night, night_records, validate_checkin
from crampwise.domain.trigger_figures import TriggerFigure, trigger_figures
from crampwise.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from crampwise.domain.experiments import Experiment
    from crampwise.domain.profile import HealthProfile
    from crampwise.storage.store import EpisodeStore


@cache
def habits() -> Habits:
    """The habits an experiment can try (``assets/habits.toml``, read once)."""
    return load_habits(paths.asset("habits.toml"))


def record_checkin(store: EpisodeStore, checkin: CheckIn, *, today: date) -> None:
    """Validate ``checkin`` and store it (replacing that night's). ``today`` is the night going
    on now (``night_of(now, cutover)``): a later night is refused as in the future."""
    validate_checkin(checkin, today)
    store.save_checkin(checkin)


def mark_routine_done(store: EpisodeStore, night: date) -> CheckIn:
    """The evening routine was played on ``night``: note it in that night's check-in (made if
    missing). Returns the check-in as stored."""
    checkin = store.checkin(night)
    done = (
        CheckIn(night, routine_done=True)
        if checkin is None
        else replace(checkin, routine_done=True)
    )
    store.save_checkin(done)
    return done


def nights_between(store: EpisodeStore, first: date, last: date) -> list[Night]:
    """Every night from ``first`` to ``last`` (both included), recorded or unknown."""
    episodes = store.episodes(since=first, until=last)
    checkins = store.checkins(since=first, until=last)
    return night_records(episodes, checkins, first, last)


def trigger_figures_between(store: EpisodeStore, first: date, last: date) -> list[TriggerFigure]:
    """One figure per factor over the recorded nights ``first``..``last``."""
    return trigger_figures(nights_between(store, first, last))


def start_experiment(
    store: EpisodeStore,
    habit_id: str,
    weeks: int,
    *,
    today: date,
    seed: int | None = None,
    profile: HealthProfile | None = None,
    own_habit: str = "",
) -> Experiment:
    """Plan and store an experiment from the night of ``today``; returns it with its id.

    Refused (``ExperimentError``): an unknown habit, one the health profile rules out (default:
    the stored profile), a length other than 4, 6 or 8 weeks, another experiment running.
    """
    from crampwise.advice.catalogue import load_catalogue

    profile = store.profile() if profile is None else profile
    habit = habits().check(
        habit_id,
        profile,
        own_habit,
        is_medicine=lambda text: load_catalogue().lookup(text) is not None,
    )
    planned = plans.start_experiment(
        habit, weeks, today, seed=seed, own_habit=own_habit, others=store.experiments()
    )
    return store.save_experiment(planned)


def stop_experiment(store: EpisodeStore, today: date) -> Experiment:
    """Stop the running experiment from ``today`` (last night still counts); returns it."""
    current = store.current_experiment(today)
    if current is None:
        raise error(QT_TRANSLATE_NOOP("Experiments", "no experiment is running"))
    return store.save_experiment(current.stop(today))


def latest_experiment(store: EpisodeStore) -> Experiment | None:
    """The most recent experiment, running or not."""
    found = store.experiments()
    return found[-1] if found else None


def experiment_result(store: EpisodeStore, today: date) -> ExperimentResult | None:
    """The result of the latest experiment over its nights that are over (up to last night);
    ``None`` when there has been no experiment."""
    experiment = latest_experiment(store)
    if experiment is None:
        return None
    through = today - timedelta(days=1)
    nights = nights_between(store, experiment.start, min(experiment.last_night, through))
    return result_of(experiment, habits().get(experiment.habit), nights, through)
