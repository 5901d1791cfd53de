"""Desktop notifications (the bedtime reminder) through the freedesktop notification server.

The notification goes to ``org.freedesktop.Notifications`` on the session bus with the app's
name, icon and one action; clicking it (or its action) emits :attr:`DesktopNotifier.activated`.
Sending and listening go through one GIO connection (:mod:`.gio_bus`): a server such as
``dunst`` answers only the connection that sent the notification. Where there is no session
bus or no notification server, :meth:`DesktopNotifier.available` is False and the caller falls
back to bringing the window to the front.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QObject, Signal

from crampwise import paths
from crampwise.desktop_integration.gio_bus import SessionBus

SERVICE: Final = "org.freedesktop.Notifications"
PATH: Final = "/org/freedesktop/Notifications"
BUS: Final = "org.freedesktop.DBus"
BUS_PATH: Final = "/org/freedesktop/DBus"
APP_NAME: Final = "Crampwise"
DEFAULT_ACTION: Final = "default"


def icon_path() -> str:
    """The app's icon as a file (a notification server reads a path or a theme name)."""
    icon = paths.asset("icons", "hicolor", "128x128", "apps", "crampwise.png")
    return str(icon) if icon.is_file() else "crampwise"


def _gvariant_text(text: str) -> str:
    """``text`` as a GVariant string literal."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _first_number(text: str) -> int | None:
    """The first number in GVariant text: ``"(uint32 7, 'default')"`` → 7."""
    match = re.search(r"\d+", text.replace("uint32", ""))
    return int(match.group()) if match else None


class DesktopNotifier(QObject):
    """Sends notifications; ``activated`` fires when the person clicks the last one sent."""

    activated = Signal()  # the notification or its first action
    chosen = Signal(str)  # the key of another action (``extra`` in :meth:`notify`)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus: SessionBus | None = None
        self._sent: int | None = None

    def _session(self) -> SessionBus:
        if self._bus is None:  # connect on first use: most runs never remind
            self._bus = SessionBus()
            self._bus.subscribe(SERVICE, PATH, f"{SERVICE}.ActionInvoked", self._on_action)
            self._bus.subscribe(SERVICE, PATH, f"{SERVICE}.NotificationClosed", self._on_closed)
        return self._bus

    def available(self) -> bool:
        """A notification server is running (or can be started) on the session bus."""
        bus = self._session()
        owned = bus.call(BUS, BUS_PATH, f"{BUS}.NameHasOwner", f"({_gvariant_text(SERVICE)},)")
        if owned is not None and "true" in owned:
            return True
        names = bus.call(BUS, BUS_PATH, f"{BUS}.ListActivatableNames")
        return names is not None and _gvariant_text(SERVICE) in names

    def notify(
        self,
        title: str,
        body: str,
        action: str,
        timeout_ms: int = 60_000,
        *,
        extra: tuple[str, str] | None = None,
    ) -> bool:
        """Show a notification with one action (also its default, a click on it), and the
        ``extra`` action ``(key, label)`` if given (``chosen(key)`` when picked).
        False if it could not be handed to a notification server."""
        if not self.available():
            return False
        pairs = [DEFAULT_ACTION, action, *(extra or ())]
        actions = "[" + ", ".join(_gvariant_text(p) for p in pairs) + "]"
        hints = "{'desktop-entry': <'crampwise'>, 'urgency': <byte 1>}"
        args = (
            f"({_gvariant_text(APP_NAME)}, uint32 0, {_gvariant_text(icon_path())}, "
            f"{_gvariant_text(title)}, {_gvariant_text(body)}, {actions}, {hints}, "
            f"{timeout_ms})"
        )
        reply = self._session().call(SERVICE, PATH, f"{SERVICE}.Notify", args)
        self._sent = _first_number(reply) if reply is not None else None
        return reply is not None

    def _on_action(self, arguments: str) -> None:
        if self._sent is not None and _first_number(arguments) == self._sent:
            self._sent = None
            key = re.search(r"'((?:[^'\\]|\\.)*)'", arguments)
            if key is not None and key.group(1) not in (DEFAULT_ACTION, ""):
                self.chosen.emit(key.group(1))
            else:
                self.activated.emit()

    def _on_closed(self, arguments: str) -> None:
        if _first_number(arguments) == self._sent:
            self._sent = None
