"""The episode form in a window of its own: adding a past episode, editing from History."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from crampwise.domain.episode import Episode
from crampwise.ui.diary import Diary
from crampwise.ui.episode_form import EpisodeForm

MAX_HEIGHT = 660


class EpisodeDialog(QDialog):
    """Saves through the diary; stays open with the entry intact if saving fails."""

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
        if saved is None:
            self.form.show_error(self.tr("Not saved yet: the diary is not available. Try again."))
            return
        self.accept()
