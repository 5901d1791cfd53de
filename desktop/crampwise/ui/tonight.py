"""Tonight: one press starts an episode; "It's over" ends it; a quick sheet adds details."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from crampwise import i18n
from crampwise.domain.episode import Episode, StepUse, is_running, local_now
from crampwise.domain.vocab import Side
from crampwise.settings import current_settings
from crampwise.ui.cramp_now import CrampNowView
from crampwise.ui.cramp_running import CrampRunningView
from crampwise.ui.diary import Diary
from crampwise.ui.relief_state import CALF_PLAN, make_player, plan_library
from crampwise.wording import duration_text, moment_text, time_text

TOO_LONG_S = 10 * 60  # still cramping after this: the fact sheet's red flag
TOO_LONG_RULE = "rf_long_cramp"  # its words and sources live in assets/advice/rules.toml


def format_elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def proposed_end(episode: Episode, now: datetime) -> datetime:
    """A sensible end for an episode nobody finished: 3 minutes on, never in the future."""
    return max(episode.started_at, min(episode.started_at + timedelta(minutes=3), now))


if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from crampwise.relief.plans import ReliefPlan
    from crampwise.settings import Settings
    from crampwise.ui.episode_dialog import EpisodeDialog
    from crampwise.ui.episode_form import EpisodeForm
    from crampwise.ui.morning_question import MorningQuestion
    from crampwise.ui.player import ReliefPlayer


class TonightPage(QWidget):
    status = Signal(str)
    morning_asked = Signal(object)  # the day "Last night?" was asked: the window keeps it

    def __init__(
        self, diary: Diary, idle: CrampNowView | None = None, parent: QWidget | None = None
    ) -> None:
        """``idle``: the first screen, when the window painted it before building this page."""
        super().__init__(parent)
        self.diary = diary
        self.current: Episode | None = None  # the ongoing episode shown on screen
        self.unfinished: list[Episode] = []  # found at start, waiting for the person
        self._stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)  # the views keep their own: no jump on adoption
        outer.addWidget(self._stack)

        # idle: the first screen, built before the rest of the window --------------------
        self.idle = idle or CrampNowView()
        self.cramp_button = self.idle.cramp_button
        self.past_button = self.idle.past_button
        self.recovery_box = self.idle.recovery_box
        self.recovery_label = self.idle.recovery_label
        self.finish_button = self.idle.finish_button
        self.finish_details_button = self.idle.finish_details_button
        self._stack.addWidget(self.idle)
        self._add_night_questions()

        # running ----------------------------------------------------------------------
        self._custom_plan: ReliefPlan | None = None  # a person's own plan, until C or F
        self._followed: list[str] = []  # steps gone through in plans already left, in order
        self._reached: dict[str, str] = {}  # plan id -> the step it was on when left
        # At 10 minutes of cramp while the plan still plays, ask first: the person may simply
        # not have pressed "It's over" yet. The answer is kept for this cramp only.
        self.still_going: bool | None = None
        self._asked_about: datetime | None = None  # the start of the cramp the answer is for
        self.player: ReliefPlayer | None = None
        self.running = CrampRunningView()
        self._stack.addWidget(self.running)
        self.running.plan_chosen.connect(self._choose_plan)
        self.running.leg_chosen.connect(self._choose_side)
        self.running.its_over.connect(self.end_cramp)
        self.running.play_again.connect(self.play_again)
        self.running.still_cramping.connect(self._still_cramping)
        # What tests and the window reach on the running screen.
        self.over_button = self.running.over_button
        self.elapsed_label = self.running.elapsed_label
        self.plan_group = self.running.plan_group
        self.side_group = self.running.side_group
        self.still_box = self.running.still_box
        self.still_yes = self.running.still_yes
        self.still_no = self.running.still_no
        self.long_warning = self.running.long_warning
        self.plan_done_box = self.running.plan_done_box
        self.again_button = self.running.again_button

        # details ----------------------------------------------------------------------
        self._form: EpisodeForm | None = None  # the details sheet, built when first needed

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._refresh_elapsed)

        self.cramp_button.clicked.connect(self.start_cramp)
        self.past_button.clicked.connect(lambda: self.add_past_episode())
        self.finish_button.clicked.connect(self._finish_unfinished)
        self.finish_details_button.clicked.connect(self._finish_unfinished_with_details)
        diary.pending_committed.connect(self._on_pending_committed)
        diary.ready.connect(self._on_ready)

    @property
    def form(self) -> EpisodeForm:
        """The details sheet; built on first use, since the first screen does not need it."""
        if self._form is None:
            from crampwise.ui.episode_form import EpisodeForm

            self._form = EpisodeForm(skip_text=self.tr("Later"))
            self._stack.addWidget(self._form)
            self._form.submitted.connect(self._save_details)
            self._form.skipped.connect(self._skip_details)
        return self._form

    # --- states -------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return ("idle", "running", "details")[self._stack.currentIndex()]

    def show_idle(self) -> None:
        self._tick.stop()
        self._stack.setCurrentIndex(0)
        self.cramp_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_running(self) -> None:
        assert self.current is not None
        self.running.show_start(
            self.tr("Cramp started at {0}").format(time_text(self.current.started_at))
        )
        self._stack.setCurrentIndex(1)
        self._tick.start()
        if self.player is None:
            self._followed, self._reached = [], {}
            self.running.check_plan(self.default_plan)
            side = self.current.side  # a resumed cramp may know its leg; a new one does not
            self.running.check_leg(side.value if side in (Side.LEFT, Side.RIGHT) else "")
            self._open_player()
        self._refresh_elapsed()  # with the plan playing: at 10 minutes it asks first

    # --- the relief guide ---------------------------------------------------------------

    default_plan = CALF_PLAN

    def _choose_plan(self, ident: str) -> None:
        """C or F: the other plan, where it was left if it was begun; the steps already gone
        through stay with the cramp."""
        if self.player is None:
            return
        if self.player.sequencer.plan.id == ident:  # already playing: carry on
            self.running.check_plan(ident)
            return
        self._custom_plan = None
        self.running.check_plan(ident)
        self._open_player(resume=True)

    def _choose_side(self, side: str) -> None:
        """L or R: the drawing turns to that leg; the step and the countdown go on."""
        self.running.check_leg(side)
        if self.player is not None:
            self.player.set_side(side)

    def play_again(self) -> None:
        """The whole plan once more, from its first step."""
        self._open_player(resume=False)

    def apply_player_settings(self, settings: Settings) -> None:
        """A setting changed while a plan plays: the next plan reads the saved settings."""
        if self.player is not None:
            self.player.sounds.set_volume(settings.sound_volume)
            self.player.sounds.muted = settings.muted
            self.player.reduce_motion = settings.reduce_motion

    def _open_player(self, *, resume: bool = False) -> None:
        """Open the chosen plan for the chosen leg (advice may skip or caution), at its first
        step, or with ``resume`` where it was left earlier in this cramp."""
        self._stop_player()
        plan = self._custom_plan or plan_library().plan(self.running.chosen_plan() or CALF_PLAN)
        if plan is None:
            return
        advice = None
        if self.diary.is_ready:
            from crampwise.ui.advice_state import current_advice

            advice = current_advice(self.diary)
        side = self.running.chosen_leg() or None
        start_at = self._reached.get(plan.id) if resume else None
        self.player = make_player(
            plan,
            side=side,
            advice=advice,
            settings=current_settings(),  # the window's, even one it could not save
            lang=i18n.language(),
            start_at=start_at,
        )
        self.player.finished.connect(self._plan_finished)
        self.plan_done_box.hide()
        self.running.relief_area.addWidget(self.player)
        self.player.show()  # a child added to a visible page is shown only later otherwise
        self.player.setFocus(Qt.FocusReason.OtherFocusReason)

    def followed_steps(self) -> list[str]:
        """Every step gone through during this cramp, in order, across plans (once each)."""
        steps = [*self._followed, *(self.player.sequencer.visited if self.player else [])]
        return list(dict.fromkeys(steps))

    def _stop_player(self) -> list[str]:
        """Stop and remove the player; returns the step ids the person went through."""
        if self.player is None:
            return []
        self.player.finished.disconnect(self._plan_finished)
        visited = list(self.player.sequencer.visited)
        self._followed.extend(visited)
        state = self.player.sequencer.state()
        if state.step is not None:
            self._reached[self.player.sequencer.plan.id] = state.step.id
        else:
            self._reached.pop(self.player.sequencer.plan.id, None)  # finished: start it over
        self.player.end()
        self.player.hide()
        self.player.deleteLater()
        self.player = None
        return visited

    def _plan_finished(self, _steps: list[str], _ended_early: bool) -> None:
        self.plan_done_box.show()
        self.over_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_elapsed(self) -> None:
        """The clock counts the cramp itself, from its start (not the time in a relief plan:
        changing or restarting the plan does not reset it)."""
        if self.current is None:
            return
        if self._asked_about != self.current.started_at:  # another cramp: ask afresh
            self._asked_about = self.current.started_at
            self.still_going = None
            self.long_warning.setText("")
        elapsed = (local_now() - self.current.started_at).total_seconds()
        self.running.elapsed_label.setText(format_elapsed(elapsed))
        too_long = elapsed >= TOO_LONG_S
        in_plan = self.player is not None and not self.player.sequencer.done
        ask = too_long and self.still_going is None and in_plan
        warn = too_long and not ask and self.still_going is not False
        if warn and not self.long_warning.text():
            from crampwise.ui.advice_state import red_flag_text

            self.long_warning.setText(red_flag_text(TOO_LONG_RULE))
        self.still_box.setVisible(ask)
        self.long_warning.setVisible(warn)

    def _still_cramping(self) -> None:
        self.still_going = True
        self._refresh_elapsed()

    # --- actions ------------------------------------------------------------------------

    def start_cramp(self, plan: ReliefPlan | None = None) -> None:
        """Store an ongoing episode at once (queued with its time if the store is not open)."""
        if self.current is not None:
            return
        self._custom_plan = plan
        episode = Episode(started_at=local_now())
        saved = self.diary.save(episode)
        self.current = saved or episode
        if saved is None and self.diary.unsaved_reason:
            self.status.emit(self.diary.not_saved_text())
        elif saved is None:
            self.status.emit(self.tr("Cramp started. It will be saved as soon as the diary opens."))
        self._show_running()

    def end_cramp(self) -> None:
        if self.current is None:
            return
        ongoing = self.current
        now = max(local_now(), ongoing.started_at)  # a clock set back never gives a negative time
        steps = self.followed_steps()
        side = self.running.chosen_leg()  # none until the person names the leg
        ended = ongoing.replace(
            ended_at=now,
            steps=ongoing.steps + tuple(StepUse(s) for s in steps),
            side=ongoing.side or (Side(side) if side else None),
        )
        if ongoing.id is None and self.diary.replace_pending(ongoing, ended):
            self.current = ended
        else:
            saved = self.diary.save(ended)
            if saved is None and not self.diary.is_waiting(ended):
                return  # the failure is shown; the episode stays running on screen to retry
            self.current = saved or ended
        self._stop_player()
        self._tick.stop()
        assert self.current is not None
        if self.diary.is_waiting(self.current):
            self.status.emit(self.diary.not_saved_text())
        else:
            length = duration_text((now - ongoing.started_at).total_seconds())
            self.status.emit(self.tr("Saved: a cramp of {0}.").format(length))
        self.form.load(self.current)
        self._stack.setCurrentWidget(self.form)
        self.form.focus_first()

    def _save_details(self, episode: Episode) -> None:
        if episode.id is None:  # still waiting for the diary, kept in memory
            if self.current is not None:
                self.diary.replace_pending(self.current, episode)
            self.status.emit(self.diary.not_saved_text())
            self.current = None
            self.show_idle()
            return
        saved = self.diary.save(episode)
        if saved is None and not self.diary.is_waiting(episode):
            self.form.show_error(self.tr("Not saved. Your entry is still here: try Save again."))
            return
        self.status.emit(self.tr("Details saved.") if saved else self.diary.not_saved_text())
        self.current = None
        self.show_idle()

    def _skip_details(self) -> None:
        if self.current is not None and self.diary.is_waiting(self.current):
            self.status.emit(self.diary.not_saved_text())
        else:
            self.status.emit(self.tr("Saved. You can add details later from History."))
        self.current = None
        self.show_idle()

    def _add_night_questions(self) -> None:
        """The evening check-in (its button is on the first screen, beside "Add a past
        episode"); the morning's "Last night?" is built when the diary opens (:meth:`_ask`),
        so a Cramp now pressed before then does not wait for it."""
        self.morning: MorningQuestion | None = None
        self.checkin_button = self.idle.checkin_button
        self.checkin_button.clicked.connect(self.open_checkin)

    def _ask(self, now: datetime) -> None:
        """Ask "Last night?" above Cramp now if ``now`` calls for it."""
        if self.morning is None:
            from crampwise.ui.morning_question import MorningQuestion

            asked = current_settings().morning_asked
            self.morning = MorningQuestion(
                self.diary, last_asked=date.fromisoformat(asked) if asked else None
            )
            self.idle.questions.addWidget(self.morning)
            self.morning.asked.connect(self.morning_asked)
            self.morning.hadCramps.connect(lambda night: self.add_past_episode(night=night))
            self.morning.answered.connect(
                lambda _night: self.status.emit(self.tr("Last night is recorded: no cramps."))
            )
        self.morning.refresh(now)

    def showEvent(self, event: QShowEvent) -> None:
        # A window left open in the tray shows Tonight again on a new day: ask then too.
        if self.diary.is_ready:
            self._ask(local_now())
        super().showEvent(event)

    def open_checkin(self) -> None:
        from crampwise.ui.checkin import open_checkin

        open_checkin(self.diary, self)

    def add_past_episode(self, night: date | None = None) -> EpisodeDialog:
        """The form for a cramp that was not timed: 15 minutes ago, or at 03:00 of ``night``
        (named by its evening) when the morning question's *I had cramps* asks for it."""
        from crampwise.ui.episode_dialog import EpisodeDialog

        if night is None:
            start = local_now() - timedelta(minutes=15)
        else:
            morning = night + timedelta(days=1)
            start = datetime(morning.year, morning.month, morning.day, 3).astimezone()
        dialog = EpisodeDialog(
            self.diary,
            Episode(started_at=start, ended_at=start + timedelta(minutes=2)),
            title=self.tr("Add a past episode"),
            past_presets=True,
            parent=self,
        )
        dialog.accepted.connect(
            lambda: self.status.emit(dialog.outcome_text(self.tr("Past episode saved.")))
        )
        dialog.open()
        return dialog

    # --- store events -------------------------------------------------------------------

    def _on_pending_committed(self, queued: Episode, saved: Episode) -> None:
        if self.current is queued:
            self.current = saved
            if self.state == "details":
                self.form.load(saved)

    def _on_ready(self) -> None:
        """Offer to finish episodes left ongoing by a crash or a kill; resume a recent one."""
        found = [e for e in self.diary.ongoing() if self.current is None or e.id != self.current.id]
        now = local_now()
        if self.current is None and found and is_running(found[0], now):
            self.current = found.pop(0)
            self._show_running()
        self.unfinished = found
        self._show_recovery()
        self._ask(now)

    def _show_recovery(self) -> None:
        if not self.unfinished:
            self.recovery_box.hide()
            return
        ep = self.unfinished[0]
        end = proposed_end(ep, local_now())
        self.recovery_label.setText(
            self.tr("A cramp from {0} was never marked as over. Finish it at {1}?").format(
                moment_text(ep.started_at), time_text(end)
            )
        )
        self.recovery_box.show()

    def _finish_unfinished(self) -> None:
        ep = self.unfinished.pop(0)
        finished = ep.replace(ended_at=proposed_end(ep, local_now()))
        if self.diary.save(finished) is not None:
            self.status.emit(self.tr("The unfinished cramp is saved."))
        elif self.diary.is_waiting(finished):
            self.status.emit(self.diary.not_saved_text())
        self._show_recovery()

    def _finish_unfinished_with_details(self) -> None:
        ep = self.unfinished.pop(0)
        saved = self.diary.save(ep.replace(ended_at=proposed_end(ep, local_now())))
        self._show_recovery()
        if saved is not None:
            self.current = saved
            self.form.load(saved)
            self._stack.setCurrentWidget(self.form)
            self.form.focus_first()
