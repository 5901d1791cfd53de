"""Entries the diary has not taken yet: a banner saying so, and the question before closing.

The episodes wait in :class:`crampwise.ui.diary.Diary` (``unsaved``), which tries them again
every few seconds. Closing the window would drop them, so it asks first: keep Crampwise open,
export them to a file (the JSON export, which Diary → Import takes back), or close and lose
them, said as plainly as that.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from crampwise.domain.episode import Episode, local_now
from crampwise.ui.diary import Diary
from crampwise.wording import duration_text, time_text

KEEP_OPEN, EXPORT, CLOSE_ANYWAY = "keep", "export", "close"

AskChoice = Callable[[QWidget, Diary, str], str]  # (window, diary, last problem) -> a choice
AskPath = Callable[[QWidget, str], str]  # (window, suggested path) -> chosen path or ""


class UnsavedBanner(QWidget):
    """Shown while entries wait because the diary refused them; says why and what is kept."""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setProperty("role", "error")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.hide()
        diary.unsaved_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        waiting = self.diary.unsaved
        if not waiting or not self.diary.unsaved_reason:  # none, or the diary is just opening
            self.hide()
            return
        text = f"{self.diary.not_saved_text()}\n{self.kept_text(waiting)}"
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()

    def kept_text(self, waiting: list[Episode]) -> str:
        """ "Kept on this screen: 1 cramp (03:12, 1 min 05 s)…" """
        items = []
        for ep in waiting:
            start = time_text(ep.started_at)
            if ep.ended_at is None:
                items.append(self.tr("{0}, still going").format(start))
            else:
                length = duration_text((ep.ended_at - ep.started_at).total_seconds())
                items.append(self.tr("{0}, {1}").format(start, length))
        return self.tr(
            "Kept on this screen: %n cramp(s) ({0}). Crampwise tries again every few seconds: "
            "keep this window open.",
            "",
            len(waiting),
        ).format("; ".join(items))


class UnsavedQuestion(QMessageBox):
    """The question before closing with entries not saved; each button carries its choice."""

    def __init__(self, parent: QWidget, diary: Diary, problem: str = "") -> None:
        super().__init__(parent)
        count = len(diary.unsaved)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Cramps not saved yet"))
        lost = self.tr("%n cramp(s) could not be saved to your diary yet.", "", count)
        self.setText(f"{lost}\n{diary.unsaved_reason or diary.not_saved_text()}")
        details = self.tr(
            "If you close Crampwise now, they are lost. Keep it open and it keeps trying, or "
            "export them to a file first: Diary → Import adds them back later."
        )
        self.setInformativeText(f"{problem}\n\n{details}" if problem else details)
        for text, role, choice in (
            (self.tr("Keep Crampwise open"), QMessageBox.ButtonRole.RejectRole, KEEP_OPEN),
            (self.tr("Export unsaved entries…"), QMessageBox.ButtonRole.ActionRole, EXPORT),
            (self.tr("Close and lose them"), QMessageBox.ButtonRole.DestructiveRole, CLOSE_ANYWAY),
        ):
            button = self.addButton(text, role)
            button.setProperty("choice", choice)
            if choice == KEEP_OPEN:
                self.setDefaultButton(button)
                self.setEscapeButton(button)

    def choice(self) -> str:
        """The choice of the button pressed; closing the question keeps Crampwise open."""
        clicked = self.clickedButton()
        chosen = clicked.property("choice") if clicked is not None else None
        return chosen if isinstance(chosen, str) else KEEP_OPEN


def ask_about_unsaved(parent: QWidget, diary: Diary, problem: str = "") -> str:
    question = UnsavedQuestion(parent, diary, problem)
    question.exec()
    return question.choice()


def ask_unsaved_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Unsaved", "Export the unsaved entries"),
        suggested,
        QCoreApplication.translate("Unsaved", "Crampwise export (*.json)"),
    )
    return path


def export_unsaved(parent: QWidget, diary: Diary, ask_path: AskPath) -> tuple[bool, str]:
    """Write the waiting entries to a file the person chooses: (done, the problem if any)."""
    from crampwise.exchange import ExchangeError, export_episodes_json
    from crampwise.ui.messages import localized

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"crampwise-unsaved-{local_now():%Y-%m-%d-%H%M}.json"
    chosen = ask_path(parent, str(Path(folder) / name))
    if not chosen:
        return False, ""
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".json")
    try:
        export_episodes_json(diary.unsaved, path)
    except (ExchangeError, OSError) as exc:
        failed = QCoreApplication.translate("ExchangeActions", "Export failed: {0}")
        return False, failed.format(localized(exc))
    return True, ""


def may_close(window: QWidget, diary: Diary, ask: AskChoice, ask_path: AskPath) -> bool:
    """Whether the window may close: nothing waits, or the person chose after being asked."""
    diary.retry()  # one more try first: the diary may take them now
    problem = ""
    while diary.unsaved:
        choice = ask(window, diary, problem)
        if choice == CLOSE_ANYWAY:
            return True
        if choice != EXPORT:
            return False
        done, problem = export_unsaved(window, diary, ask_path)
        if done:
            return True
    return True
