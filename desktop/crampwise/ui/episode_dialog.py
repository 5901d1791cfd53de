"""The episode form in a window of its own: adding a past episode, editing from History."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from crampwise.domain.episode import Episode
from crampwise.ui.diary import Diary
from crampwise.ui.episode_form import EpisodeForm

MAX_HEIGHT = 660


class EpisodeDialog(QDialog):
    """Saves through the diary. If the diary refuses, the entry waits in the diary's memory
    (``Diary.unsaved``) and the dialog closes; it stays open only when the entry is refused
    for good (deleted meanwhile), with the entry intact."""

    def __init__(
        self, diary: Diary, episode: Episode, *, title: str, past_presets: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # Fits a 1366 x 768 screen with its title bar and panel; the form scrolls.
        room = parent.screen().availableGeometry().height() - 80
        self.resize(760, max(400, min(MAX_HEIGHT, room)))
        self.diary = diary
        self.form = EpisodeForm(past_presets=past_presets, skip_text=self.tr("Cancel"))
        self.form.load(episode)
        QVBoxLayout(self).addWidget(self.form)
        self.form.submitted.connect(self._save)
        self.form.skipped.connect(self.reject)

    def _save(self, episode: Episode) -> None:
        saved = self.diary.save(episode)
        if saved is None and not self.diary.is_waiting(episode):
            self.form.show_error(self.tr("Not saved yet: the diary is not available. Try again."))
            return
        self.saved_episode = saved  # None: kept in memory until the diary takes it
        self.accept()

    def outcome_text(self, saved_text: str) -> str:
        """What to say once accepted: ``saved_text``, or why the entry is not saved yet."""
        return saved_text if self.saved_episode is not None else self.diary.not_saved_text()
