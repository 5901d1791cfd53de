"""Desktop notifications (the bedtime reminder) through the freedesktop notification server.

The notification goes to ``org.freedesktop.Notifications`` on the session bus with the app's
name, icon and one action; clicking it (or its action) emits :attr:`DesktopNotifier.activated`.
The call itself is made with ``gdbus`` (GLib's command-line client, on every GNOME, KDE or Xfce
desktop): PySide6's QtDBus cannot send the ``uint32`` the method takes. The answer (the
``ActionInvoked`` signal) is received through QtDBus. Where there is no session bus, no
notification server or no ``gdbus``, :meth:`DesktopNotifier.available` is False and the caller
falls back to bringing the window to the front.
"""

from __future__ import annotations

import shutil
from typing import Final

from PySide6.QtCore import QObject, QProcess, Signal, Slot

from crampwise import paths

SERVICE: Final = "org.freedesktop.Notifications"
PATH: Final = "/org/freedesktop/Notifications"
APP_NAME: Final = "Crampwise"
DEFAULT_ACTION: Final = "default"


def icon_path() -> str:
    """The app's icon as a file (a notification server reads a path or a theme name)."""
    icon = paths.asset("icons", "hicolor", "128x128", "apps", "crampwise.png")
    return str(icon) if icon.is_file() else "crampwise"


def _gvariant_text(text: str) -> str:
    """``text`` as a GVariant string literal for ``gdbus call``."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


class DesktopNotifier(QObject):
    """Sends notifications; ``activated`` fires when the person clicks the last one sent."""

    activated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gdbus = shutil.which("gdbus")
        self._sent: int | None = None
        self._listening = False
        self._process: QProcess | None = None

    def available(self) -> bool:
        """A notification server is running (or can be started) on the session bus."""
        if self._gdbus is None:
            return False
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        interface = bus.interface()
        if interface.isServiceRegistered(SERVICE).value():
            return True
        names = interface.call("ListActivatableNames").arguments()
        return bool(names) and SERVICE in names[0]

    def _listen(self) -> None:
        if self._listening:
            return
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
        for name, slot in (
            ("ActionInvoked", "_on_action(uint,QString)"),
            ("NotificationClosed", "_on_closed(uint,uint)"),
        ):
            # PySide6 takes the SLOT() text itself (its stub says bytes, which it refuses).
            bus.connect(SERVICE, PATH, SERVICE, name, self, SLOT(slot))  # type: ignore[call-overload]
        self._listening = True

    def notify(self, title: str, body: str, action: str, timeout_ms: int = 60_000) -> bool:
        """Show a notification with one action (also its default, a click on it).
        False if it could not be handed to a notification server."""
        if not self.available() or self._gdbus is None:
            return False
        self._listen()
        process = QProcess(self)
        process.finished.connect(lambda *_: self._sent_id(process))
        args = [
            "call", "--session", "--dest", SERVICE, "--object-path", PATH,
            "--method", f"{SERVICE}.Notify",
            APP_NAME, "0", icon_path(), title, body,
            f"[{_gvariant_text(DEFAULT_ACTION)}, {_gvariant_text(action)}]",
            "{'desktop-entry': <'crampwise'>, 'urgency': <byte 1>}",
            str(timeout_ms),
        ]  # fmt: skip
        process.start(self._gdbus, args)
        self._process = process
        return process.waitForStarted(3000)

    def _sent_id(self, process: QProcess) -> None:
        """``gdbus`` prints ``(uint32 7,)``: the notification's id, to match its action."""
        out = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        digits = "".join(c for c in out.split("uint32", 1)[-1] if c.isdigit())
        self._sent = int(digits) if process.exitCode() == 0 and digits else None
        process.deleteLater()
        if self._process is process:
            self._process = None

    @Slot("uint", str)
    def _on_action(self, notification: int, key: str) -> None:
        if self._sent is not None and notification == self._sent:
            self._sent = None
            self.activated.emit()

    @Slot("uint", "uint")
    def _on_closed(self, notification: int, _reason: int) -> None:
        if notification == self._sent:
            self._sent = None
