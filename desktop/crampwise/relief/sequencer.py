"""The relief countdown as a pure state machine driven by an injected monotonic clock.

Nothing here imports Qt and nothing counts ticks: every call to :meth:`Sequencer.poll` reads the
clock and derives where the plan is. The widget polls it from a ``QTimer`` and paints the state;
tests move a fake clock.

A step is a series of *holds*. ``sides = "one"``: ``repetitions`` holds on the chosen leg.
``sides = "alternate"``: for each repetition, one hold per leg, starting with the chosen leg.
``sides = "none"``: ``repetitions`` holds. Each hold is followed by ``rest_seconds`` of rest,
except the very last hold of the plan (and no rest phase at all when ``rest_seconds`` is 0).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from crampwise.relief.plans import ReliefPlan, ReliefStep

Clock = Callable[[], float]
EXTEND_SECONDS: Final = 15
MAX_PHASE_SECONDS: Final = 1800  # +15 s cannot push a phase beyond half an hour


class Phase(StrEnum):
    READY = "ready"  # not started yet
    HOLD = "hold"
    REST = "rest"
    DONE = "done"


class EventKind(StrEnum):
    HOLD_STARTED = "hold_started"
    REST_STARTED = "rest_started"
    SWITCH_SIDE = "switch_side"  # a hold begins on the other leg than the previous hold
    NEXT_STEP = "next_step"  # a hold begins on a new step
    DONE = "done"


@dataclass(frozen=True, slots=True)
class SequencerEvent:
    kind: EventKind
    step_index: int
    step_id: str | None
    side: str | None
    repetition: int


@dataclass(frozen=True, slots=True)
class SkippedStep:
    step_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class _Hold:
    repetition: int  # 1-based
    side: str | None  # "left", "right" or None


@dataclass(frozen=True, slots=True)
class SequencerState:
    """A snapshot for painting. ``step`` is None once done (or when every step was skipped)."""

    phase: Phase
    step_index: int  # among the steps actually shown (skipped ones excluded)
    step_count: int
    step: ReliefStep | None
    repetition: int  # 1-based
    repetitions: int
    side: str | None  # "left" / "right" / None
    remaining_seconds: float
    phase_seconds: float  # full length of the current phase, extensions included
    paused: bool
    caution: str | None
    # During a rest: where the next hold goes (to show "Switch to the left leg" or "Next: ...").
    next_side: str | None
    next_step: ReliefStep | None  # set only when the next hold belongs to another step
    ended_early: bool
    # Steps the advice left out just before this one (or, once the plan is done, at its end):
    # the player says why when the plan reaches that point.
    skipped_here: tuple[SkippedStep, ...] = ()

    @property
    def whole_seconds_left(self) -> int:
        """What a countdown shows: 30 until a full second has gone, 1 in the last second."""
        return max(0, int(-(-self.remaining_seconds // 1)))


def _other(side: str) -> str:
    return "left" if side == "right" else "right"


class Sequencer:
    """Walks a plan: hold / rest / next repetition / next step / done.

    ``side``: the cramping leg, "left", "right" or "both" (both = the one-leg steps alternate).
    ``skip``: step id or intervention id -> reason; such steps are left out and reported.
    ``cautions``: intervention id (or step id) -> text shown with that step.
    ``on_event``: called with each event as it happens (poll and the operations also return them).
    """

    def __init__(
        self,
        plan: ReliefPlan,
        *,
        side: str = "right",
        clock: Clock = time.monotonic,
        skip: Mapping[str, str] | None = None,
        cautions: Mapping[str, str] | None = None,
        on_event: Callable[[SequencerEvent], None] | None = None,
    ) -> None:
        if side not in ("left", "right", "both"):
            raise ValueError(f"side must be left, right or both, not {side!r}")
        self.plan = plan
        self._side = side
        self._clock = clock
        self._cautions = dict(cautions or {})
        self._on_event = on_event
        skip = skip or {}
        self.skipped: list[SkippedStep] = []
        self.steps: list[ReliefStep] = []
        # Where each skipped step would have come: before a shown step, or after the last one.
        self._skipped_before: list[tuple[SkippedStep, ...]] = []
        pending: list[SkippedStep] = []
        for step in plan.steps:
            reason = skip.get(step.id, skip.get(step.intervention))
            if reason is not None:
                pending.append(SkippedStep(step.id, reason))
                self.skipped.append(pending[-1])
            else:
                self.steps.append(step)
                self._skipped_before.append(tuple(pending))
                pending = []
        self._skipped_at_end = tuple(pending)
        self._holds = [self._holds_for(step) for step in self.steps]
        self._phase = Phase.READY
        self._step_index = 0
        self._hold_index = 0
        self._duration = 0.0
        self._elapsed_before = 0.0  # phase time counted before the current run
        self._running_since = 0.0
        self._paused = False
        self._ended_early = False
        self.visited: list[str] = []

    # --- program ---------------------------------------------------------------------------

    def _holds_for(self, step: ReliefStep) -> list[_Hold]:
        first = "right" if self._side == "both" else self._side
        if step.sides == "none":
            return [_Hold(r, None) for r in range(1, step.repetitions + 1)]
        if step.sides == "one" and self._side != "both":
            return [_Hold(r, first) for r in range(1, step.repetitions + 1)]
        return [_Hold(r, s) for r in range(1, step.repetitions + 1) for s in (first, _other(first))]

    def _next_position(self) -> tuple[int, int] | None:
        if self._hold_index + 1 < len(self._holds[self._step_index]):
            return self._step_index, self._hold_index + 1
        if self._step_index + 1 < len(self.steps):
            return self._step_index + 1, 0
        return None

    # --- reading ---------------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def done(self) -> bool:
        return self._phase is Phase.DONE

    @property
    def ended_early(self) -> bool:
        return self._ended_early

    def _elapsed(self, now: float) -> float:
        if self._paused or self._phase in (Phase.READY, Phase.DONE):
            return self._elapsed_before
        return self._elapsed_before + max(0.0, now - self._running_since)

    def state(self) -> SequencerState:
        """The current state, without advancing (call :meth:`poll` to advance)."""
        now = self._clock()
        active = self._phase in (Phase.HOLD, Phase.REST, Phase.READY) and bool(self.steps)
        step = self.steps[self._step_index] if active else None
        hold = self._holds[self._step_index][self._hold_index] if active else None
        next_side: str | None = None
        next_step: ReliefStep | None = None
        if self._phase is Phase.REST:
            pos = self._next_position()
            if pos is not None:
                next_side = self._holds[pos[0]][pos[1]].side
                if pos[0] != self._step_index:
                    next_step = self.steps[pos[0]]
        caution = None
        skipped_here: tuple[SkippedStep, ...] = ()
        if step is not None:
            caution = self._cautions.get(step.id, self._cautions.get(step.intervention))
            if self._phase is not Phase.READY:
                skipped_here = self._skipped_before[self._step_index]
        elif self._phase is Phase.DONE and not self._ended_early:
            skipped_here = self._skipped_at_end
        return SequencerState(
            phase=self._phase,
            step_index=self._step_index,
            step_count=len(self.steps),
            step=step,
            repetition=hold.repetition if hold else 0,
            repetitions=step.repetitions if step else 0,
            side=hold.side if hold else None,
            remaining_seconds=max(0.0, self._duration - self._elapsed(now)),
            phase_seconds=self._duration,
            paused=self._paused,
            caution=caution,
            next_side=next_side,
            next_step=next_step,
            ended_early=self._ended_early,
            skipped_here=skipped_here,
        )

    # --- transitions -----------------------------------------------------------------------

    def _emit(self, events: list[SequencerEvent], kind: EventKind) -> None:
        hold = None
        if self.steps and self._phase is not Phase.DONE:
            hold = self._holds[self._step_index][self._hold_index]
        event = SequencerEvent(
            kind=kind,
            step_index=self._step_index,
            step_id=self.steps[self._step_index].id if self.steps else None,
            side=hold.side if hold else None,
            repetition=hold.repetition if hold else 0,
        )
        events.append(event)
        if self._on_event is not None:
            self._on_event(event)

    def _begin_phase(self, phase: Phase, duration: float, now: float, carried: float) -> None:
        self._phase = phase
        self._duration = float(duration)
        self._elapsed_before = carried
        self._running_since = now

    def _begin_hold(
        self,
        step_index: int,
        hold_index: int,
        now: float,
        carried: float,
        events: list[SequencerEvent],
    ) -> None:
        new_step = step_index != self._step_index or self._phase is Phase.READY
        previous_side = None
        if self._phase is not Phase.READY:
            previous_side = self._holds[self._step_index][self._hold_index].side
        self._step_index, self._hold_index = step_index, hold_index
        step = self.steps[step_index]
        self._begin_phase(Phase.HOLD, step.hold_seconds, now, carried)
        if step.id not in self.visited:
            self.visited.append(step.id)
        side = self._holds[step_index][hold_index].side
        if new_step:
            self._emit(events, EventKind.NEXT_STEP)
        elif side is not None and previous_side is not None and side != previous_side:
            self._emit(events, EventKind.SWITCH_SIDE)
        self._emit(events, EventKind.HOLD_STARTED)

    def _finish(self, events: list[SequencerEvent], *, early: bool) -> None:
        if self._phase is Phase.DONE:
            return
        self._ended_early = early
        self._phase = Phase.DONE
        self._duration = 0.0
        self._elapsed_before = 0.0
        self._paused = False
        self._emit(events, EventKind.DONE)

    def _advance(self, now: float, carried: float, events: list[SequencerEvent]) -> None:
        """The current phase has run out; ``carried`` seconds of the next phase have gone."""
        pos = self._next_position()
        if self._phase is Phase.HOLD:
            rest = self.steps[self._step_index].rest_seconds
            if pos is not None and rest > 0:
                self._begin_phase(Phase.REST, rest, now, carried)
                self._emit(events, EventKind.REST_STARTED)
                return
        if pos is None:
            self._finish(events, early=False)
        else:
            self._begin_hold(pos[0], pos[1], now, carried, events)

    # --- operations ------------------------------------------------------------------------

    def start(self, at_step: str | None = None) -> list[SequencerEvent]:
        """Begin with the first hold of the first step (or of the step ``at_step``, when the
        plan has it and does not skip it)."""
        events: list[SequencerEvent] = []
        if self._phase is not Phase.READY:
            return events
        if not self.steps:
            self._finish(events, early=False)
        else:
            ids = [step.id for step in self.steps]
            first = ids.index(at_step) if at_step in ids else 0
            self._begin_hold(first, 0, self._clock(), 0.0, events)
        return events

    @property
    def side(self) -> str:
        return self._side

    def set_side(self, side: str) -> None:
        """The person named the other leg: the step, the hold and the countdown carry on; only
        the leg each hold is on changes (and so which way the drawing faces)."""
        if side not in ("left", "right", "both"):
            raise ValueError(f"side must be left, right or both, not {side!r}")
        if side == self._side:
            return
        self._side = side
        self._holds = [self._holds_for(step) for step in self.steps]
        if self.steps:
            last = len(self._holds[self._step_index]) - 1
            self._hold_index = min(self._hold_index, last)

    def poll(self) -> list[SequencerEvent]:
        """Advance to wherever the clock says the plan is; return what happened on the way."""
        events: list[SequencerEvent] = []
        if self._paused or self._phase not in (Phase.HOLD, Phase.REST):
            return events
        now = self._clock()
        # A long gap (the computer slept) may run through several phases; each starts where the
        # previous one ended.
        while self._phase in (Phase.HOLD, Phase.REST):
            over = self._elapsed(now) - self._duration
            if over < 0:
                break
            self._advance(now, over, events)
        return events

    def pause(self) -> None:
        if self._phase in (Phase.HOLD, Phase.REST) and not self._paused:
            self._elapsed_before = self._elapsed(self._clock())
            self._paused = True

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            self._running_since = self._clock()

    def toggle_pause(self) -> bool:
        """Pause or resume; returns whether it is now paused."""
        if self._paused:
            self.resume()
        else:
            self.pause()
        return self._paused

    def _jump(self, step_index: int) -> list[SequencerEvent]:
        events: list[SequencerEvent] = []
        if self._phase is Phase.DONE or not self.steps:
            return events
        now = self._clock()
        if self._phase is Phase.READY:
            self._phase = Phase.HOLD  # so the jump below counts as a new step
            self._step_index = -1
        elif step_index == self._step_index:
            self._step_index = -1  # restart: announce it as a step start
        self._begin_hold(step_index, 0, now, 0.0, events)
        if self._paused:
            self._elapsed_before = 0.0
        return events

    def next_step(self) -> list[SequencerEvent]:
        """Skip to the next step's first hold; from the last step, finish (not early)."""
        if self._phase is Phase.DONE:
            return []
        if self._step_index + 1 >= len(self.steps):
            events: list[SequencerEvent] = []
            self._finish(events, early=False)
            return events
        return self._jump(self._step_index + 1)

    def previous_step(self) -> list[SequencerEvent]:
        """Back to the previous step's first hold (the first step restarts)."""
        return self._jump(max(0, self._step_index - 1))

    def extend(self, seconds: float = EXTEND_SECONDS) -> None:
        """Add time to the current hold or rest (``+15 s``)."""
        if self._phase in (Phase.HOLD, Phase.REST):
            self._duration = min(self._duration + seconds, float(MAX_PHASE_SECONDS))

    def stop(self) -> list[SequencerEvent]:
        """End now; the run counts as ended early unless it had already finished."""
        events: list[SequencerEvent] = []
        self._finish(events, early=True)
        return events
