"""Everything above wired to the main window in a few calls (used by ``ui/app.py``).

    instance = claim_single_instance()          # after QApplication, before the window
    if instance is None:
        return 0                                # another Crampwise came to the front
    ...build the window...
    desktop = DesktopIntegration(window, settings, instance)

and in ``MainWindow.closeEvent``: ``if desktop.close_event(event): return``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget

from crampwise import paths
from crampwise.desktop_integration import autostart, install
from crampwise.desktop_integration.notify import DesktopNotifier
from crampwise.desktop_integration.reminder import BedtimeReminder, parse_time, reminder_clock
from crampwise.desktop_integration.single_instance import SingleInstance
from crampwise.desktop_integration.tray import (
    REMINDER_ACTION,
    REMINDER_CHECKIN,
    REMINDER_TEXT,
    REMINDER_TITLE,
    CrampTray,
    bring_to_front,
    close_to_tray,
    create_tray,
    request_quit,
)

MESSAGE_ACTIVATE = b"activate"
MESSAGE_CRAMP_NOW = b"cramp-now"
CHECKIN_KEY = "checkin"  # the reminder's second action


def claim_single_instance(message: bytes = MESSAGE_ACTIVATE) -> SingleInstance | None:
    """The listening instance, or None if a running Crampwise took ``message`` (exit 0).

    (``run_gui`` does the same in two halves: the hand-over before the window, ``listen()``
    after its first paint.)
    """
    instance = SingleInstance.for_data_dir(paths.data_dir())
    if instance.try_hand_over(message):
        return None
    instance.listen()  # False only in a race with another start: then run without it
    return instance


def _setting(settings: object, name: str, default: Any) -> Any:
    return getattr(settings, name, default)


class DesktopIntegration(QObject):
    """Tray icon, bedtime reminder, autostart and single-instance activation for ``window``.

    ``window`` is the main window; it is expected to have ``tonight`` (with ``start_cramp``
    and ``state``) and ``go_to(row)``, and may have ``start_evening_routine()``,
    ``open_evening_checkin()`` and ``experiment_line()`` (tonight's "on"/"off" week, or None).
    """

    def __init__(
        self,
        window: QWidget,
        settings: object,
        instance: SingleInstance | None = None,
        *,
        on_evening_routine: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._evening = on_evening_routine
        self.tray: CrampTray | None = create_tray(
            on_cramp_now=self.cramp_now,
            on_evening_routine=self.evening_routine,
            on_open=self.open_window,
            on_quit=self.quit,
            on_evening_checkin=self.evening_checkin,
            parent=self,
        )
        self.notifier = DesktopNotifier(self)
        self.notifier.activated.connect(self.evening_routine)
        self.notifier.chosen.connect(self._on_chosen)
        at = parse_time(str(_setting(settings, "reminder_time", "21:30")))
        self.reminder = BedtimeReminder(clock=reminder_clock(at), parent=self)
        self.reminder.due.connect(self._remind)
        self.instance = instance
        if instance is not None:
            instance.activated.connect(self._on_activated)
        self.apply_settings(settings)

    # --- actions -------------------------------------------------------------------------

    def open_window(self) -> None:
        bring_to_front(self.window)

    def cramp_now(self) -> None:
        self.open_window()
        go_to = getattr(self.window, "go_to", None)
        if callable(go_to):
            go_to(0)
        tonight = getattr(self.window, "tonight", None)
        if tonight is not None and getattr(tonight, "state", "idle") == "idle":
            tonight.start_cramp()

    def evening_routine(self) -> None:
        self.open_window()
        callback = self._evening or getattr(self.window, "start_evening_routine", None)
        if callable(callback):
            callback()

    def evening_checkin(self) -> None:
        self.open_window()
        callback = getattr(self.window, "open_evening_checkin", None)
        if callable(callback):
            callback()

    def _on_chosen(self, key: str) -> None:
        if key == CHECKIN_KEY:
            self.evening_checkin()

    def quit(self) -> None:
        request_quit(self.window)

    def reminder_text(self) -> str:
        """ "Time for your evening stretches?", and during an experiment tonight's week."""
        text = QCoreApplication.translate("CrampTray", REMINDER_TEXT)
        line = getattr(self.window, "experiment_line", None)
        week = line() if callable(line) else None
        return f"{text}\n{week}" if week else text

    def _remind(self) -> None:
        """A notification whose actions start the evening routine or open the evening
        check-in; without a notification server, the window comes to the front on
        Prevention, with the reminder in words."""
        text = self.reminder_text()
        action = QCoreApplication.translate("CrampTray", REMINDER_ACTION)
        checkin = QCoreApplication.translate("CrampTray", REMINDER_CHECKIN)
        if self.notifier.notify(REMINDER_TITLE, text, action, extra=(CHECKIN_KEY, checkin)):
            return
        self.open_window()
        go_to = getattr(self.window, "go_to", None)
        if callable(go_to):
            go_to("prevention")
        show_status = getattr(self.window, "show_status", None)
        if callable(show_status):
            show_status(" ".join(text.split("\n")))

    def problems(self) -> list[str]:
        """What this desktop lacks, in words for the Settings menu (empty: nothing)."""
        out = []
        if self.tray is None:
            out.append(
                QCoreApplication.translate(
                    "DesktopIntegration",
                    "This desktop has no system tray: Crampwise cannot keep running there.",
                )
            )
        if not self.notifier.available():
            out.append(
                QCoreApplication.translate(
                    "DesktopIntegration",
                    "No notification service: the bedtime reminder brings the Crampwise "
                    "window to the front instead.",
                )
            )
        return out

    def _on_activated(self, message: bytes) -> None:
        if message == MESSAGE_CRAMP_NOW:
            self.cramp_now()
        else:
            self.open_window()

    # --- settings ------------------------------------------------------------------------

    @property
    def keep_in_tray(self) -> bool:
        return bool(_setting(self.settings, "keep_in_tray", False))

    def apply_settings(self, settings: object) -> None:
        """Call after the settings change: reminder time/on-off and start at login."""
        self.settings = settings
        self.reminder.configure(
            parse_time(str(_setting(settings, "reminder_time", "21:30"))),
            bool(_setting(settings, "reminder_enabled", False)),
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # With the window hidden in the tray, closing it must not end the app.
            app.setQuitOnLastWindowClosed(not (self.keep_in_tray and self.tray is not None))

    def set_start_at_login(self, enabled: bool) -> None:
        """Write or remove the autostart entry (call when the setting is changed)."""
        autostart.set_start_at_login(enabled, install.installed_desktop_entry_text())

    def close_event(self, event: QCloseEvent) -> bool:
        """First thing in ``closeEvent``: True means hidden to the tray; return at once."""
        return close_to_tray(self.window, event, self.keep_in_tray, self.tray)

    def shutdown(self) -> None:
        self.reminder.stop()
        if self.instance is not None:
            self.instance.close()
        if self.tray is not None:
            self.tray.hide()
