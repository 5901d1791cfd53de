"""The main window: a navigation list and one page at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crampwise.settings import Settings, ThemeMode, save_settings
from crampwise.ui.diary import Diary
from crampwise.ui.history import HistoryPage
from crampwise.ui.tonight import TonightPage

THEME_CHOICES: tuple[tuple[ThemeMode, str], ...] = (
    ("auto", "Night theme in the evening and at night"),
    ("system", "Follow the system's colours"),
    ("night", "Always night"),
    ("day", "Always day"),
)


class MainWindow(QMainWindow):
    def __init__(self, diary: Diary, settings: Settings) -> None:
        super().__init__()
        self.diary = diary
        self.settings = settings
        self.setWindowTitle("Crampwise")
        self.resize(1000, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName("Pages")
        self.nav.setFixedWidth(190)
        self.pages = QStackedWidget()
        self.tonight = TonightPage(diary)
        self.history = HistoryPage(diary)
        for title, page in (("Tonight", self.tonight), ("History", self.history)):
            self.nav.addItem(title)
            self.pages.addWidget(page)
            page.status.connect(self.show_status)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        column = QVBoxLayout()
        column.addWidget(self.error_label)
        column.addWidget(self.pages, 1)
        row.addLayout(column, 1)
        self.setCentralWidget(central)
        self._build_menus()
        diary.failed.connect(self.show_error)
        self.statusBar().showMessage("Opening your diary…")
        diary.ready.connect(lambda: self.statusBar().showMessage("Ready.", 3000))

    def _build_menus(self) -> None:
        go = self.menuBar().addMenu("&Go")
        for i, title in enumerate(("&Tonight", "&History")):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.go_to(row))
            go.addAction(action)
        go.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        go.addAction(quit_action)

        view = self.menuBar().addMenu("&View")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode, label in THEME_CHOICES:
            action = QAction(label, self, checkable=True)
            action.setChecked(self.settings.theme == mode)
            action.triggered.connect(lambda _=False, m=mode: self.set_theme_mode(m))
            group.addAction(action)
            view.addAction(action)
            self.theme_actions[mode] = action

    def go_to(self, row: int) -> None:
        self.nav.setCurrentRow(row)
        if row == 0:
            self.tonight.show_idle() if self.tonight.state == "idle" else None

    def set_theme_mode(self, mode: ThemeMode) -> None:
        from dataclasses import replace

        from crampwise.ui.app import refresh_theme

        self.settings = replace(self.settings, theme=mode)
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.show_status(f"The setting applies now but could not be saved: {exc.strerror}")
        refresh_theme(self.settings)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.diary.close()
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.setProperty("crampwiseClosing", True)

    def focus_cramp_button(self) -> None:
        self.tonight.cramp_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
