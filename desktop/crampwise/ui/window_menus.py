"""The window's menus: Diary, Go, View and Settings, and what their own items do.

Made once the first screen is painted (``MainWindow.fill_menus``); the menu titles are there
from the start. Settings are saved and applied by the window (``MainWindow.set_option``,
``set_theme_mode``, ``set_language``); the menus only offer them.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from crampwise import i18n
from crampwise.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QMessageBox

    from crampwise.settings import ThemeMode
    from crampwise.ui.mainwindow import MainWindow

# Translated where shown: QCoreApplication.translate("WindowMenus", label).
THEME_CHOICES: tuple[tuple[ThemeMode, str], ...] = (
    ("auto", QT_TRANSLATE_NOOP("WindowMenus", "Night theme in the evening and at night")),
    ("system", QT_TRANSLATE_NOOP("WindowMenus", "Follow the system's colours")),
    ("night", QT_TRANSLATE_NOOP("WindowMenus", "Always night")),
    ("day", QT_TRANSLATE_NOOP("WindowMenus", "Always day")),
)
# Language names are written in their own language, so anyone can find theirs.
LANGUAGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("system", QT_TRANSLATE_NOOP("WindowMenus", "System language")),
    *i18n.LANGUAGES.items(),
)
# Go menu entries for the pages, with their keyboard accelerators (& marks the letter).
MENU_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("WindowMenus", "&Tonight"),
    QT_TRANSLATE_NOOP("WindowMenus", "&History"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Insights"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Prevention"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Relief plans"),
    QT_TRANSLATE_NOOP("WindowMenus", "Health pro&file"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Learn"),
)
# The settings that are on or off, as a menu says them.
SWITCHES: tuple[tuple[str, str], ...] = (
    ("muted", QT_TRANSLATE_NOOP("WindowMenus", "Mute relief sounds")),
    (
        "keep_in_tray",
        QT_TRANSLATE_NOOP("WindowMenus", "Keep running in the tray when the window closes"),
    ),
    (
        "reminder_enabled",
        QT_TRANSLATE_NOOP("WindowMenus", "Bedtime reminder for the evening routine"),
    ),
    ("start_at_login", QT_TRANSLATE_NOOP("WindowMenus", "Start Crampwise when I log in")),
    ("reduce_motion", QT_TRANSLATE_NOOP("WindowMenus", "Reduce motion (no moving countdown ring)")),
)
REMINDER_TIMES: tuple[str, ...] = ("20:30", "21:00", "21:30", "22:00", "22:30", "23:00")
VOLUMES: tuple[tuple[int, str], ...] = (
    (10, QT_TRANSLATE_NOOP("WindowMenus", "Very quiet")),
    (25, QT_TRANSLATE_NOOP("WindowMenus", "Quiet")),
    (50, QT_TRANSLATE_NOOP("WindowMenus", "Medium")),
    (80, QT_TRANSLATE_NOOP("WindowMenus", "Loud")),
)


class WindowMenus(QObject):
    """Fills the window's four menus (``window.menu_bar_menus``) and answers their items."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        diary_menu, go, view, options = window.menu_bar_menus
        self.options = options
        self._fill_diary(diary_menu)
        self._fill_go(go)
        self._fill_view(view)
        self._fill_settings(options)
        self._desktop_notes: list[QAction] = []

    def _action(self, text: str, *, checkable: bool = False) -> QAction:
        return QAction(text, self._window, checkable=checkable)

    def _fill_diary(self, menu: QMenu) -> None:
        exchange = self._window.exchange
        for text, shortcut, slot in (
            (self.tr("&Export…"), "Ctrl+E", exchange.export_diary),
            (self.tr("&Import…"), "Ctrl+I", exchange.import_diary),
            (self.tr("Doctor &report (PDF)…"), "Ctrl+P", self._window.export_report),
        ):
            action = self._action(text)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("&Where your data is…"), self.show_data_folder)

    def _fill_go(self, menu: QMenu) -> None:
        for i, title in enumerate(MENU_TITLES):
            action = self._action(self.tr(title))
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self._window.go_to(row))
            menu.addAction(action)
        menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self._window.quit)
        menu.addAction(quit_action)

    def _fill_view(self, menu: QMenu) -> None:
        settings = self._window.settings
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode, label in THEME_CHOICES:
            action = self._action(self.tr(label), checkable=True)
            action.setChecked(settings.theme == mode)
            action.triggered.connect(lambda _=False, m=mode: self._window.set_theme_mode(m))
            group.addAction(action)
            menu.addAction(action)
            self.theme_actions[mode] = action
        menu.addSeparator()
        self.language_menu = menu.addMenu(self.tr("&Language"))
        language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_CHOICES:
            # "System language" is translated; "English" and "Français" stay as they are.
            action = self._action(self.tr(name) if code == "system" else name, checkable=True)
            action.setChecked(settings.language == code)
            action.triggered.connect(lambda _=False, c=code: self._window.set_language(c))
            language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _fill_settings(self, options: QMenu) -> None:
        settings = self._window.settings
        set_option = self._window.set_option
        self.setting_actions: dict[str, QAction] = {}
        for field, label in SWITCHES:
            action = self._action(self.tr(label), checkable=True)
            action.setChecked(bool(getattr(settings, field)))
            action.toggled.connect(lambda on, f=field: set_option(f, on))
            options.addAction(action)
            self.setting_actions[field] = action
        times = options.addMenu(self.tr("Reminder time"))
        time_group = QActionGroup(self)
        for hhmm in REMINDER_TIMES:
            hour, minute = (int(part) for part in hhmm.split(":"))
            shown = QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
            action = self._action(shown, checkable=True)
            action.setChecked(settings.reminder_time == hhmm)
            action.triggered.connect(lambda _=False, t=hhmm: set_option("reminder_time", t))
            time_group.addAction(action)
            times.addAction(action)
        self._fill_region_menu(options)
        self.volume_menu = options.addMenu(self.tr("Sound volume"))
        volume_group = QActionGroup(self)
        for percent, label in VOLUMES:
            action = self._action(self.tr(label), checkable=True)
            action.setChecked(settings.sound_volume == percent)
            action.triggered.connect(lambda _=False, v=percent: set_option("sound_volume", v))
            volume_group.addAction(action)
            self.volume_menu.addAction(action)
        options.addAction(self.tr("Test sounds…"), self.test_sounds)

    # --- sounds ---------------------------------------------------------------------------

    def show_sound_notice(self, notice: str) -> None:
        """``notice`` ("Sounds are unavailable…") at the head of the sound settings."""
        for menu, before in (
            (self.options, self.setting_actions["muted"]),
            (self.volume_menu, self.volume_menu.actions()[0]),
        ):
            for line in textwrap.wrap(notice, 64):  # a menu as wide as the others
                entry = self._action(line)
                entry.setEnabled(False)
                entry.setObjectName("soundNotice")
                menu.insertAction(before, entry)
            menu.insertSeparator(before)

    def test_sounds(self) -> QMessageBox:
        """Play the cues at the set volume and speak a phrase, then say what worked."""
        from PySide6.QtWidgets import QMessageBox

        from crampwise.desktop_integration.sound_check import run_sound_check
        from crampwise.ui.messages import localized

        window, settings = self._window, self._window.settings
        window.statusBar().showMessage(self.tr("Playing the three cues…"))
        report = run_sound_check(settings.sound_volume, muted=settings.muted, lang=i18n.language())
        window.statusBar().clearMessage()
        box = QMessageBox(window)
        box.setWindowTitle(self.tr("Test sounds"))
        box.setIcon(
            QMessageBox.Icon.Information if report.anything_played else QMessageBox.Icon.Warning
        )
        box.setText("\n".join(localized(line) for line in report.messages()))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        return box

    def show_desktop_problems(self, problems: list[str]) -> None:
        """Say at the end of the Settings menu what this desktop lacks (tray, notifications)."""
        for action in self._desktop_notes:
            self.options.removeAction(action)
        self._desktop_notes = [self.options.addSeparator()] if problems else []
        for text in problems:
            note = self.options.addAction(text)
            note.setEnabled(False)  # read, not chosen
            self._desktop_notes.append(note)

    # --- country --------------------------------------------------------------------------

    def _fill_region_menu(self, options: QMenu) -> None:
        """Settings → Country: whose emergency and urgent-care numbers the advice gives. Its
        entries are read from the care file when the menu first opens, not at start-up."""
        self._region_menu = options.addMenu(self.tr("Country for emergency numbers"))
        self._region_menu.setToolTipsVisible(True)
        self._region_actions: dict[str, QAction] | None = None
        self._region_menu.aboutToShow.connect(lambda: self.region_actions)

    @property
    def region_actions(self) -> dict[str, QAction]:
        """The country entries, by region code (made on first use)."""
        if self._region_actions is None:
            self._region_actions = self._add_regions(self._region_menu)
        return self._region_actions

    def _add_regions(self, menu: QMenu) -> dict[str, QAction]:
        from crampwise.advice.care import OTHER
        from crampwise.ui.advice_state import rulebook

        lang = i18n.language()
        regions = rulebook().care.regions
        system = regions.get(i18n.region("auto")) or regions[OTHER]
        group = QActionGroup(self)
        actions: dict[str, QAction] = {}
        choices = [("auto", self.tr("This computer's country ({0})").format(system.name(lang)))]
        named = sorted((r.name(lang), code) for code, r in regions.items() if code != OTHER)
        choices += [(code, name) for name, code in named]
        choices.append((OTHER, regions[OTHER].name(lang)))
        for code, label in choices:
            action = self._action(label, checkable=True)
            action.setChecked(self._window.settings.region == code)
            action.triggered.connect(lambda _=False, c=code: self._window.set_region(c))
            group.addAction(action)
            menu.addAction(action)
            actions[code] = action
        return actions

    # --- where the data is ----------------------------------------------------------------

    def show_data_folder(self) -> QMessageBox:
        """Say where the diary is kept, with a button that opens the folder."""
        from PySide6.QtCore import Qt, QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        from crampwise import paths

        folder = paths.data_dir()
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Where your data is"))
        box.setText(
            self.tr(
                "Your diary, health profile, settings and backups stay on this computer, "
                "readable by your user account alone. Crampwise sends nothing anywhere. "
                "They are in this folder:"
            )
        )
        box.setInformativeText(str(folder))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        opener = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        return box
