"""Tonight: one press starts an episode; "It's over" ends it; a quick sheet adds details."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crampwise.domain.episode import Episode, local_now
from crampwise.ui.diary import Diary
from crampwise.ui.episode_dialog import EpisodeDialog
from crampwise.ui.episode_form import EpisodeForm

RESUME_WITHIN = timedelta(minutes=30)  # an unfinished episode younger than this is resumed


def format_elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def proposed_end(episode: Episode, now: datetime) -> datetime:
    """A sensible end for an episode nobody finished: 3 minutes on, never in the future."""
    return max(episode.started_at, min(episode.started_at + timedelta(minutes=3), now))


class TonightPage(QWidget):
    status = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.current: Episode | None = None  # the ongoing episode shown on screen
        self.unfinished: list[Episode] = []  # found at start, waiting for the person
        self._stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self._stack)

        # idle -------------------------------------------------------------------------
        idle = QWidget()
        il = QVBoxLayout(idle)
        il.setSpacing(18)
        self.recovery_label = QLabel()
        self.recovery_label.setProperty("role", "banner")
        self.recovery_label.setWordWrap(True)
        self.finish_button = QPushButton("Finish it")
        self.finish_button.setProperty("role", "primary")
        self.finish_details_button = QPushButton("Add details")
        recovery_row = QHBoxLayout()
        recovery_row.addWidget(self.recovery_label, 1)
        recovery_row.addWidget(self.finish_button)
        recovery_row.addWidget(self.finish_details_button)
        self.recovery_box = QWidget()
        self.recovery_box.setLayout(recovery_row)
        self.recovery_box.hide()
        il.addWidget(self.recovery_box)
        il.addStretch(1)
        self.cramp_button = QPushButton("Cramp now")
        self.cramp_button.setProperty("role", "cramp")
        self.cramp_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cramp_button.setMinimumHeight(220)
        self.cramp_button.setAccessibleName("Cramp now")
        self.cramp_button.setAccessibleDescription("Starts timing a cramp. Space or Enter.")
        self.cramp_button.setAutoDefault(True)
        il.addWidget(self.cramp_button, 3)
        hint = QLabel("Press Space or Enter. Everything else can wait until morning.")
        hint.setProperty("role", "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        il.addWidget(hint)
        il.addStretch(1)
        self.past_button = QPushButton("Add a past episode…")
        self.past_button.setAccessibleName("Add a past episode")
        il.addWidget(self.past_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._stack.addWidget(idle)

        # running ----------------------------------------------------------------------
        running = QWidget()
        rl = QVBoxLayout(running)
        self.started_label = QLabel()
        self.started_label.setProperty("role", "muted")
        self.started_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label = QLabel("0:00")
        self.elapsed_label.setProperty("role", "elapsed")
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label.setAccessibleName("Time since the cramp started")
        self.relief_area = QVBoxLayout()  # the relief guide sits here
        self.over_button = QPushButton("It's over")
        self.over_button.setProperty("role", "cramp")
        self.over_button.setMinimumHeight(140)
        self.over_button.setAccessibleName("It's over")
        self.over_button.setAccessibleDescription("Ends the cramp and stores how long it lasted.")
        self.over_button.setAutoDefault(True)
        rl.addWidget(self.started_label)
        rl.addWidget(self.elapsed_label)
        rl.addLayout(self.relief_area, 1)
        rl.addWidget(self.over_button)
        self._stack.addWidget(running)

        # details ----------------------------------------------------------------------
        self.form = EpisodeForm(skip_text="Later")
        self._stack.addWidget(self.form)

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._refresh_elapsed)

        self.cramp_button.clicked.connect(self.start_cramp)
        self.over_button.clicked.connect(self.end_cramp)
        self.form.submitted.connect(self._save_details)
        self.form.skipped.connect(self._skip_details)
        self.past_button.clicked.connect(self.add_past_episode)
        self.finish_button.clicked.connect(self._finish_unfinished)
        self.finish_details_button.clicked.connect(self._finish_unfinished_with_details)
        diary.pending_committed.connect(self._on_pending_committed)
        diary.ready.connect(self._on_ready)

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
        self.started_label.setText(f"Cramp started at {self.current.started_at:%H:%M:%S}")
        self._refresh_elapsed()
        self._stack.setCurrentIndex(1)
        self._tick.start()
        self.over_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_elapsed(self) -> None:
        if self.current is not None:
            elapsed = (local_now() - self.current.started_at).total_seconds()
            self.elapsed_label.setText(format_elapsed(elapsed))

    # --- actions ------------------------------------------------------------------------

    def start_cramp(self) -> None:
        """Store an ongoing episode at once (queued with its time if the store is not open)."""
        if self.current is not None:
            return
        episode = Episode(started_at=local_now())
        saved = self.diary.save(episode)
        self.current = saved or episode
        if saved is None and not self.diary.is_ready:
            self.status.emit("Cramp started. It will be saved as soon as the diary opens.")
        self._show_running()

    def end_cramp(self) -> None:
        if self.current is None:
            return
        ongoing = self.current
        now = max(local_now(), ongoing.started_at)  # a clock set back never gives a negative time
        ended = ongoing.replace(ended_at=now)
        if ongoing.id is None and self.diary.replace_pending(ongoing, ended):
            self.current = ended
        else:
            saved = self.diary.save(ended)
            if saved is None:
                return  # the failure is shown; the episode stays running on screen to retry
            self.current = saved
        self._tick.stop()
        assert self.current is not None
        length = format_elapsed((now - ongoing.started_at).total_seconds())
        self.status.emit(f"Saved: a cramp of {length}.")
        self.form.load(self.current)
        self._stack.setCurrentIndex(2)
        self.form.focus_first()

    def _save_details(self, episode: Episode) -> None:
        if episode.id is None:  # still queued: the store has not opened yet
            if self.current is not None:
                self.diary.replace_pending(self.current, episode)
            self.current = None
            self.show_idle()
            return
        saved = self.diary.save(episode)
        if saved is None:
            self.form.show_error("Not saved. Your entry is still here: try Save again.")
            return
        self.status.emit("Details saved.")
        self.current = None
        self.show_idle()

    def _skip_details(self) -> None:
        self.status.emit("Saved. You can add details later from History.")
        self.current = None
        self.show_idle()

    def add_past_episode(self) -> EpisodeDialog:
        start = local_now() - timedelta(minutes=15)
        dialog = EpisodeDialog(
            self.diary,
            Episode(started_at=start, ended_at=start + timedelta(minutes=2)),
            title="Add a past episode",
            past_presets=True,
            parent=self,
        )
        dialog.accepted.connect(lambda: self.status.emit("Past episode saved."))
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
            f"A cramp from {ep.started_at:%a %d %b, %H:%M} was never marked as over. "
            f"Finish it at {end:%H:%M}?"
        )
        self.recovery_box.show()

    def _finish_unfinished(self) -> None:
        ep = self.unfinished.pop(0)
        self.diary.save(ep.replace(ended_at=proposed_end(ep, local_now())))
        self.status.emit("The unfinished cramp is saved.")
        self._show_recovery()

    def _finish_unfinished_with_details(self) -> None:
        ep = self.unfinished.pop(0)
        saved = self.diary.save(ep.replace(ended_at=proposed_end(ep, local_now())))
        self._show_recovery()
        if saved is not None:
            self.current = saved
            self.form.load(saved)
            self._stack.setCurrentIndex(2)
            self.form.focus_first()
