"""What the relief player says: the cue under the ring, and what screen readers hear.

Words go through Qt's translation (context ``ReliefWords``); the plan's own texts (titles,
cues) come from the plan files in ``lang``. Screen readers hear the countdown at the moments
that matter: a new hold or rest, ten seconds left, a pause, the end; not every second
(:meth:`ReliefWords.news`).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject

from crampwise.relief.plans import ReliefPlan, ReliefStep
from crampwise.relief.sequencer import Phase, SequencerState

ANNOUNCE_AT_SECONDS: Final = 10  # "10 seconds left", in holds longer than this and a bit


class ReliefWords(QObject):
    """The player's sentences for a :class:`SequencerState`, in ``lang``.

    ``leg_named``: whether the person said which leg cramps; until then the words name no leg
    (but a step that alternates always says which leg is next).
    """

    def __init__(self, lang: str, *, leg_named: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.leg_named = leg_named
        # (phase, step index, repetition, side), paused, under ten seconds: what was last said
        self._said: tuple[tuple[Phase, int, int, str | None], bool, bool] | None = None

    def cue(self, s: SequencerState) -> str:
        """The few words under the ring: "Hold · right leg", "Rest · next: …", "Paused"."""
        if s.phase is Phase.DONE:
            return self.ended(s.ended_early)
        if s.paused:
            return self.tr("Paused")
        if s.phase is Phase.REST:
            if s.next_step is not None:
                return self.tr("Rest · next: {0}").format(s.next_step.title.get(self.lang))
            if s.next_side and s.next_side != s.side:
                return self._switch_text(s.next_side)
            return self.tr("Rest")
        word = self._hold_word(s.step)
        if self._names_leg(s):
            if s.side == "left":
                return self.tr("{0} · left leg").format(word)
            return self.tr("{0} · right leg").format(word)
        return word

    def ended(self, early: bool) -> str:
        return self.tr("Ended") if early else self.tr("Done")

    def seconds_left(self, seconds: int) -> str:
        return self.tr("%n second(s) left.", "", seconds)

    def header(self, s: SequencerState, plan: ReliefPlan) -> str:
        """Above the picture: "Step 2 of 4 · Repetition 1 of 3 · Calf stretch"."""
        parts = [plan.name.get(self.lang)]
        if s.step is not None:
            parts.insert(0, self.tr("Step {0} of {1}").format(s.step_index + 1, s.step_count))
            if s.repetitions > 1:
                parts.insert(
                    1, self.tr("Repetition {0} of {1}").format(s.repetition, s.repetitions)
                )
        return "  ·  ".join(parts)

    def skipped(self, s: SequencerState, plan: ReliefPlan) -> str:
        """One line per step left out here: which, and why."""
        titles = {step.id: step.title.get(self.lang) for step in plan.steps}
        return "\n".join(
            self.tr("Skipped for you: “{0}”. {1} Ask your clinician.").format(
                titles.get(skipped.step_id, skipped.step_id), skipped.reason
            )
            for skipped in s.skipped_here
        )

    def _hold_word(self, step: ReliefStep | None) -> str:
        """What to do during a hold, from the step's own data: "Hold", "Rub", "Walk"."""
        if step is not None and step.cue is not None:
            return step.cue.get(self.lang)
        return self.tr("Hold")

    def _names_leg(self, s: SequencerState) -> bool:
        """Whether the words name the leg: a step on one leg, once the person named it (a
        step that alternates always says which leg is next)."""
        if s.side is None or s.step is None or s.step.sides == "none":
            return False
        return self.leg_named or s.step.sides == "alternate"

    def _switch_text(self, side: str) -> str:
        if side == "left":
            return self.tr("Switch to the left leg")
        return self.tr("Switch to the right leg")

    def _announcement(self, s: SequencerState) -> str:
        """What a screen reader hears when a phase begins: "Hold 30 seconds, right leg"."""
        if s.phase is Phase.DONE:
            return self.ended(s.ended_early)
        seconds = round(s.phase_seconds)
        if s.phase is Phase.REST:
            rest = self.tr("Rest %n second(s).", "", seconds)
            if s.next_step is not None:
                next_title = s.next_step.title.get(self.lang)
                return self.tr("{0} Next: {1}.").format(rest, next_title)
            if s.next_side and s.next_side != s.side:
                return self.tr("{0}. {1}").format(self._switch_text(s.next_side), rest)
            return rest
        word = self._hold_word(s.step)
        if self._names_leg(s):
            if s.side == "left":
                return self.tr("{0}: %n second(s), left leg.", "", seconds).format(word)
            return self.tr("{0}: %n second(s), right leg.", "", seconds).format(word)
        return self.tr("{0}: %n second(s).", "", seconds).format(word)

    def news(self, s: SequencerState) -> str | None:
        """What screen readers should hear now: a new phase, a pause or resume, ten seconds
        left, the end; None when nothing of that happened since the last call."""
        if s.phase is Phase.READY:
            return None
        phase = (s.phase, s.step_index, s.repetition, s.side)
        last_ten = (
            s.phase is Phase.HOLD
            and s.phase_seconds > ANNOUNCE_AT_SECONDS + 5
            and s.whole_seconds_left <= ANNOUNCE_AT_SECONDS
        )
        before = self._said
        self._said = (phase, s.paused, last_ten)
        if before is None or before[0] != phase:
            text = self._announcement(s)
            new_step = before is None or before[0][1] != s.step_index
            if new_step and s.step is not None and s.phase is Phase.HOLD:
                step = self.tr("Step {0} of {1}: {2}.").format(
                    s.step_index + 1, s.step_count, s.step.title.get(self.lang)
                )
                text = f"{step} {text}"
            if s.paused:
                text = f"{text} {self.tr('Paused')}"
            return text
        if before[1] != s.paused:
            if s.paused:
                return self.tr("Paused")
            return self.tr("Resumed. {0}").format(self.seconds_left(s.whole_seconds_left))
        if last_ten and not before[2] and not s.paused:
            return self.seconds_left(ANNOUNCE_AT_SECONDS)
        return None
