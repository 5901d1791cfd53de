"""The tray icon: Cramp now, Evening routine, Evening check-in, Open, Quit; and closing the
window to the tray.

Create it with :func:`create_tray`, which returns ``None`` where there is no system tray (then
closing the window quits as usual). Whether closing the window keeps Crampwise in the tray is
the ``keep_in_tray`` setting (off by default); :func:`close_to_tray` decides it in ``closeEvent``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from crampwise import paths
from crampwise.text import QT_TRANSLATE_NOOP

QUITTING_PROPERTY = "crampwiseQuitting"
REMINDER_TITLE = "Crampwise"
REMINDER_TEXT = QT_TRANSLATE_NOOP("CrampTray", "Time for your evening stretches?")
REMINDER_ACTION = QT_TRANSLATE_NOOP("CrampTray", "Start the evening routine")
REMINDER_CHECKIN = QT_TRANSLATE_NOOP("CrampTray", "Evening check-in")

Callback = Callable[[], object]


def app_icon() -> QIcon:
    """The app's icon from ``assets/icons`` (every rendered size), or an empty icon."""
    icon = QIcon()
    icons = paths.asset("icons")
    for png in sorted(icons.glob("hicolor/*/apps/crampwise.png")):
        icon.addFile(str(png))
    svg = icons / "crampwise.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


class CrampTray(QSystemTrayIcon):
    """The tray icon and its menu. Clicking the icon opens the window."""

    def __init__(
        self,
        *,
        on_cramp_now: Callback,
        on_evening_routine: Callback,
        on_open: Callback,
        on_quit: Callback,
        on_evening_checkin: Callback | None = None,
        icon: QIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(icon if icon is not None else app_icon(), parent)
        self.setToolTip("Crampwise")
        self._on_open = on_open
        self.menu = QMenu()
        self.cramp_action = self._add(self.tr("Cramp now"), on_cramp_now)
        self.evening_action = self._add(self.tr("Evening routine"), on_evening_routine)
        self.checkin_action: QAction | None = None
        if on_evening_checkin is not None:
            self.checkin_action = self._add(self.tr("Evening check-in…"), on_evening_checkin)
        self.menu.addSeparator()
        self.open_action = self._add(self.tr("Open Crampwise"), on_open)
        self.quit_action = self._add(self.tr("Quit"), on_quit)
        self.setContextMenu(self.menu)
        self.activated.connect(self._on_activated)
        self.notice_shown = False  # "still running in the tray", once per session

    def _add(self, text: str, callback: Callback) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(lambda _checked=False: callback())
        self.menu.addAction(action)
        return action

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._on_open()


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def create_tray(
    *,
    on_cramp_now: Callback,
    on_evening_routine: Callback,
    on_open: Callback,
    on_quit: Callback,
    on_evening_checkin: Callback | None = None,
    parent: QObject | None = None,
) -> CrampTray | None:
    """A shown :class:`CrampTray`, or ``None`` when the desktop has no system tray."""
    if not tray_available():
        return None
    tray = CrampTray(
        on_cramp_now=on_cramp_now,
        on_evening_routine=on_evening_routine,
        on_open=on_open,
        on_quit=on_quit,
        on_evening_checkin=on_evening_checkin,
        parent=parent,
    )
    tray.show()
    return tray


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise and activate ``window`` (tray Open, a second instance's hand-over)."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


def request_quit(window: QWidget) -> None:
    """Really quit (the tray's Quit, the menu's Quit): close without going to the tray."""
    app = QApplication.instance()
    if app is not None:
        app.setProperty(QUITTING_PROPERTY, True)
    if not window.close():  # the person chose to keep it open (entries not saved yet)
        if app is not None:
            app.setProperty(QUITTING_PROPERTY, False)
        return
    if app is not None:
        app.quit()


def close_to_tray(
    window: QWidget, event: QCloseEvent, keep_in_tray: bool, tray: CrampTray | None
) -> bool:
    """Call first in ``closeEvent``. True: the window was hidden to the tray; return at once.

    Hides instead of closing only when the setting is on, a tray icon is visible and the app is
    not quitting (:func:`request_quit`). The first time it says so in a tray message.
    """
    app = QApplication.instance()
    quitting = bool(app is not None and app.property(QUITTING_PROPERTY))
    if not keep_in_tray or tray is None or not tray.isVisible() or quitting:
        return False
    event.ignore()
    window.hide()
    if not tray.notice_shown:
        tray.notice_shown = True
        tray.showMessage(
            QCoreApplication.translate("CrampTray", "Crampwise is still here"),
            QCoreApplication.translate(
                "CrampTray",
                "Crampwise keeps running in the tray. Choose Quit in its menu to close it.",
            ),
            QSystemTrayIcon.MessageIcon.Information,
            5_000,
        )
    return True
