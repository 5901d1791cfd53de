"""Tonight: one press starts an episode; "It's over" ends it; a quick sheet adds details."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crampwise import i18n
from crampwise.domain.episode import Episode, StepUse, local_now
from crampwise.domain.vocab import Side
from crampwise.ui.cramp_now import CrampNowView
from crampwise.ui.diary import Diary
from crampwise.ui.labels import duration_text, moment_text, time_text
from crampwise.ui.relief_state import CALF_PLAN, FOOT_PLAN, make_player, plan_library

RESUME_WITHIN = timedelta(minutes=30)  # an unfinished episode younger than this is resumed
TOO_LONG_S = 10 * 60  # still cramping after this: the fact sheet's red flag
TOO_LONG_RULE = "rf_long_cramp"  # its words and sources live in assets/advice/rules.toml


def format_elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def proposed_end(episode: Episode, now: datetime) -> datetime:
    """A sensible end for an episode nobody finished: 3 minutes on, never in the future."""
    return max(episode.started_at, min(episode.started_at + timedelta(minutes=3), now))


if TYPE_CHECKING:
    from crampwise.relief.plans import ReliefPlan
    from crampwise.settings import Settings
    from crampwise.ui.episode_dialog import EpisodeDialog
    from crampwise.ui.episode_form import EpisodeForm
    from crampwise.ui.player import ReliefPlayer


class TonightPage(QWidget):
    status = Signal(str)

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

        # running ----------------------------------------------------------------------
        running = QWidget()
        rl = QVBoxLayout(running)
        self.started_label = QLabel()
        self.started_label.setProperty("role", "muted")
        self.started_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label = QLabel("0:00")
        self.elapsed_label.setProperty("role", "title")
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label.setAccessibleName(self.tr("Time since the cramp started"))
        chooser = QHBoxLayout()
        self.plan_group = QButtonGroup(self)
        self.side_group = QButtonGroup(self)
        self._custom_plan: ReliefPlan | None = None  # a person's own plan, until C or F
        # The keys stay C, F, L and R in every language (M is the player's mute key).
        for group, items in (
            (
                self.plan_group,
                (
                    (self.tr("Calf (C)"), self.tr("Calf plan"), CALF_PLAN),
                    (self.tr("Foot or toes (F)"), self.tr("Foot or toes plan"), FOOT_PLAN),
                ),
            ),
            (
                self.side_group,
                (
                    (self.tr("Left leg (L)"), self.tr("Left leg"), "left"),
                    (self.tr("Right leg (R)"), self.tr("Right leg"), "right"),
                ),
            ),
        ):
            for text, name, ident in items:
                button = QPushButton(text)
                button.setCheckable(True)
                button.setProperty("choice", ident)
                button.setAccessibleName(name)
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                group.addButton(button)
                chooser.addWidget(button)
            chooser.addSpacing(24)
            group.buttonClicked.connect(lambda _b: self._restart_player())
        self.plan_group.buttonClicked.connect(lambda _b: setattr(self, "_custom_plan", None))
        chooser.addStretch(1)
        self.long_warning = QLabel()  # filled from the rule book when first needed
        self.long_warning.setProperty("role", "error")
        self.long_warning.setWordWrap(True)
        self.long_warning.hide()
        self.plan_done_label = QLabel(
            self.tr(
                "That was the whole plan. Press Enter (It's over) when the cramp has eased, "
                "or start the plan again."
            )
        )
        self.plan_done_label.setProperty("role", "banner")
        self.plan_done_label.setWordWrap(True)
        self.plan_done_label.hide()
        self.relief_area = QVBoxLayout()  # the relief player sits here
        self.player: ReliefPlayer | None = None
        self.over_button = QPushButton(self.tr("It's over (Enter)"))
        self.over_button.setProperty("role", "primary")
        self.over_button.setMinimumHeight(64)
        self.over_button.setAccessibleName(self.tr("It's over"))
        self.over_button.setAccessibleDescription(
            self.tr("Ends the cramp and stores how long it lasted.")
        )
        self.over_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space must not end it
        top = QHBoxLayout()
        top.addWidget(self.started_label)
        top.addStretch(1)
        top.addWidget(self.elapsed_label)
        rl.addLayout(top)
        rl.addLayout(chooser)
        rl.addWidget(self.long_warning)
        rl.addLayout(self.relief_area, 1)
        rl.addWidget(self.plan_done_label)
        rl.addWidget(self.over_button)
        self._stack.addWidget(running)
        for keys, slot in (
            (("Return", "Enter"), self.end_cramp),
            (("C",), lambda: self._choose_plan(CALF_PLAN)),
            (("F",), lambda: self._choose_plan(FOOT_PLAN)),
            (("L",), lambda: self._choose(self.side_group, "left")),
            (("R",), lambda: self._choose(self.side_group, "right")),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), running)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._running_page = running

        # details ----------------------------------------------------------------------
        self._form: EpisodeForm | None = None  # the details sheet, built when first needed

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._refresh_elapsed)

        self.cramp_button.clicked.connect(self.start_cramp)
        self.over_button.clicked.connect(self.end_cramp)
        self.past_button.clicked.connect(self.add_past_episode)
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
        self.started_label.setText(
            self.tr("Cramp started at {0}").format(time_text(self.current.started_at))
        )
        self._refresh_elapsed()
        self._stack.setCurrentIndex(1)
        self._tick.start()
        if self.player is None:
            self._choose(self.plan_group, self.default_plan, restart=False)
            self._choose(self.side_group, "right", restart=False)
            self._restart_player()

    # --- the relief guide ---------------------------------------------------------------

    default_plan = CALF_PLAN

    def _choose(self, group: QButtonGroup, ident: str, *, restart: bool = True) -> None:
        for button in group.buttons():
            if button.property("choice") == ident:
                if button.isChecked() and restart:
                    return
                button.setChecked(True)
        if restart:
            self._restart_player()

    def _choose_plan(self, ident: str) -> None:
        self._custom_plan = None
        self._choose(self.plan_group, ident)

    def apply_player_settings(self, settings: Settings) -> None:
        """A setting changed while a plan plays: the next plan reads the saved settings."""
        if self.player is not None:
            self.player.sounds.set_volume(settings.sound_volume)
            self.player.sounds.muted = settings.muted
            self.player.reduce_motion = settings.reduce_motion

    @staticmethod
    def _chosen(group: QButtonGroup) -> str:
        button = group.checkedButton()
        return str(button.property("choice")) if button is not None else ""

    def _restart_player(self) -> None:
        """Open the chosen plan at step 1 for the chosen leg (advice may skip or caution)."""
        self._stop_player()
        plan = self._custom_plan or plan_library().plan(self._chosen(self.plan_group) or CALF_PLAN)
        if plan is None:
            return
        advice = None
        if self.diary.store is not None:
            from crampwise.ui.advice_state import current_advice

            advice = current_advice(self.diary)
        side = self._chosen(self.side_group) or "right"
        self.player = make_player(plan, side=side, advice=advice, lang=i18n.language())
        self.player.finished.connect(self._plan_finished)
        self.plan_done_label.hide()
        self.relief_area.addWidget(self.player)
        self.player.show()  # a child added to a visible page is shown only later otherwise
        self.player.setFocus(Qt.FocusReason.OtherFocusReason)

    def _stop_player(self) -> list[str]:
        """Stop and remove the player; returns the step ids the person went through."""
        if self.player is None:
            return []
        self.player.finished.disconnect(self._plan_finished)
        visited = list(self.player.sequencer.visited)
        self.player.end()
        self.player.hide()
        self.player.deleteLater()
        self.player = None
        return visited

    def _plan_finished(self, _steps: list[str], _ended_early: bool) -> None:
        self.plan_done_label.show()
        self.over_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_elapsed(self) -> None:
        if self.current is not None:
            elapsed = (local_now() - self.current.started_at).total_seconds()
            self.elapsed_label.setText(format_elapsed(elapsed))
            too_long = elapsed >= TOO_LONG_S
            if too_long and not self.long_warning.text():
                from crampwise.ui.advice_state import red_flag_text

                self.long_warning.setText(red_flag_text(TOO_LONG_RULE))
            self.long_warning.setVisible(too_long)

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
        steps = self.player.sequencer.visited if self.player is not None else []
        side = self._chosen(self.side_group)
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

    def add_past_episode(self) -> EpisodeDialog:
        from crampwise.ui.episode_dialog import EpisodeDialog

        start = local_now() - timedelta(minutes=15)
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
        store = self.diary.store
        assert store is not None
        found = [e for e in store.ongoing() if self.current is None or e.id != self.current.id]
        now = local_now()
        if self.current is None and found and now - found[0].started_at < RESUME_WITHIN:
            self.current = found.pop(0)
            self._show_running()
        self.unfinished = found
        self._show_recovery()

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
