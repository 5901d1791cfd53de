"""The window's door to the nights: check-ins, the nights they record, trigger figures and the
personal experiment. Part of the :class:`~crampwise.ui.diary.Diary` (``diary.nights``), over the
same store, through :mod:`crampwise.service_nights` as the command line does.

Writes raise what the domain or the store refuses (``NightError``, ``ExperimentError``,
``StoreError``): the dialog that asked shows it. Every change is announced (``changed``), and the
Diary passes it on as its own ``changed`` (the pages reload, the backup timer counts it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from datetime import date

    from crampwise.domain.experiment_result import ExperimentResult
    from crampwise.domain.experiments import Experiment
    from crampwise.domain.nights import CheckIn, Night
    from crampwise.domain.trigger_figures import TriggerFigure
    from crampwise.storage.store import EpisodeStore


class NightsDoor(QObject):
    changed = Signal()  # a check-in or an experiment was saved, changed or deleted

    def __init__(self, open_store: Callable[[], EpisodeStore], parent: QObject | None = None):
        super().__init__(parent)
        self._store = open_store  # raises StoreError while the diary is not open

    # --- check-ins --------------------------------------------------------------------------

    def checkin(self, night: date) -> CheckIn | None:
        return self._store().checkin(night)

    def checkins(self, *, since: date | None = None, until: date | None = None) -> list[CheckIn]:
        return self._store().checkins(since=since, until=until)

    def record_checkin(self, checkin: CheckIn, *, today: date) -> None:
        """Validate and save the night's check-in (replacing one already there)."""
        from crampwise.service_nights import record_checkin

        record_checkin(self._store(), checkin, today=today)
        self.changed.emit()

    def delete_checkin(self, night: date) -> None:
        self._store().delete_checkin(night)
        self.changed.emit()

    def mark_routine_done(self, night: date) -> CheckIn:
        """The evening routine was played: that night's check-in says so by itself."""
        from crampwise.service_nights import mark_routine_done

        saved = mark_routine_done(self._store(), night)
        self.changed.emit()
        return saved

    # --- nights and figures -------------------------------------------------------------------

    def nights_between(self, first: date, last: date) -> list[Night]:
        from crampwise.service_nights import nights_between

        return nights_between(self._store(), first, last)

    def trigger_figures_between(self, first: date, last: date) -> list[TriggerFigure]:
        from crampwise.service_nights import trigger_figures_between

        return trigger_figures_between(self._store(), first, last)

    # --- the experiment -----------------------------------------------------------------------

    def current_experiment(self, today: date) -> Experiment | None:
        return self._store().current_experiment(today)

    def latest_experiment(self) -> Experiment | None:
        from crampwise.service_nights import latest_experiment

        return latest_experiment(self._store())

    def start_experiment(
        self, habit_id: str, weeks: int, *, today: date, own_habit: str = ""
    ) -> Experiment:
        """Plan and store it; refused for an unknown or unsafe habit, or while one runs."""
        from crampwise.service_nights import start_experiment

        started = start_experiment(self._store(), habit_id, weeks, today=today, own_habit=own_habit)
        self.changed.emit()
        return started

    def stop_experiment(self, today: date) -> Experiment:
        from crampwise.service_nights import stop_experiment

        stopped = stop_experiment(self._store(), today)
        self.changed.emit()
        return stopped

    def experiment_result(self, today: date) -> ExperimentResult | None:
        from crampwise.service_nights import experiment_result

        return experiment_result(self._store(), today)
