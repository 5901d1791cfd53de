"""The D-Bus session bus through GLib's GIO, loaded with ``ctypes`` (no new dependency: Qt on
Linux already runs on GLib).

Why not QtDBus: PySide6 cannot send a ``uint32`` (the notification server's ``Notify`` takes
one), and a server such as ``dunst`` sends ``ActionInvoked`` only to the connection that sent
the notification, so sending and listening must share one connection. Signals are delivered
by Qt's event loop, which is GLib's main loop on Linux. Values go in and come out in GVariant
text (``"('Crampwise', uint32 0)"``), as ``gdbus`` writes them.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from ctypes import POINTER, byref, c_char_p, c_int, c_uint, c_void_p
from typing import Any

BUS_TYPE_SESSION = 2


class _GError(ctypes.Structure):
    _fields_ = [("domain", c_uint), ("code", c_int), ("message", c_char_p)]


_ERROR = POINTER(_GError)
_SIGNAL = ctypes.CFUNCTYPE(
    None, c_void_p, c_char_p, c_char_p, c_char_p, c_char_p, c_void_p, c_void_p
)

OnSignal = Callable[[str], None]  # the signal's arguments, in GVariant text


def _load() -> tuple[Any, Any] | None:
    try:
        gio, glib = ctypes.CDLL("libgio-2.0.so.0"), ctypes.CDLL("libglib-2.0.so.0")
    except OSError:
        return None
    gio.g_bus_get_sync.restype = c_void_p
    gio.g_bus_get_sync.argtypes = [c_int, c_void_p, POINTER(_ERROR)]
    glib.g_variant_parse.restype = c_void_p
    glib.g_variant_parse.argtypes = [c_void_p, c_char_p, c_void_p, c_void_p, POINTER(_ERROR)]
    gio.g_dbus_connection_call_sync.restype = c_void_p
    gio.g_dbus_connection_call_sync.argtypes = [
        c_void_p, c_char_p, c_char_p, c_char_p, c_char_p, c_void_p, c_void_p, c_int, c_int,
        c_void_p, POINTER(_ERROR),
    ]  # fmt: skip
    gio.g_dbus_connection_signal_subscribe.restype = c_uint
    gio.g_dbus_connection_signal_subscribe.argtypes = [
        c_void_p, c_char_p, c_char_p, c_char_p, c_char_p, c_char_p, c_int, _SIGNAL, c_void_p,
        c_void_p,
    ]  # fmt: skip
    glib.g_variant_print.restype = c_void_p
    glib.g_variant_print.argtypes = [c_void_p, c_int]
    glib.g_variant_unref.argtypes = [c_void_p]
    glib.g_free.argtypes = [c_void_p]
    glib.g_error_free.argtypes = [_ERROR]
    return gio, glib


class SessionBus:
    """One connection to the session bus; :attr:`connected` is False without GIO or a bus."""

    def __init__(self) -> None:
        self._libs = _load()
        self._connection: int | None = None
        self._handlers: list[Any] = []  # the C callbacks must outlive their subscription
        if self._libs is not None:
            error = _ERROR()
            self._connection = self._libs[0].g_bus_get_sync(BUS_TYPE_SESSION, None, byref(error))
            self._free(error)

    @property
    def connected(self) -> bool:
        return self._connection is not None

    def _free(self, error: Any) -> bool:
        """Free a GError; True if there was one."""
        if not error:
            return False
        assert self._libs is not None
        self._libs[1].g_error_free(error)
        return True

    def _text(self, variant: int) -> str:
        assert self._libs is not None
        glib = self._libs[1]
        printed = glib.g_variant_print(variant, 0)
        text = ctypes.string_at(printed).decode(errors="replace")
        glib.g_free(printed)
        return text

    def call(
        self, service: str, path: str, method: str, args: str = "()", timeout_ms: int = 5000
    ) -> str | None:
        """Call ``interface.Method`` (``method``) with ``args`` in GVariant text; the answer
        in GVariant text (``"(7,)"``), or None if it failed."""
        if self._libs is None or self._connection is None:
            return None
        gio, glib = self._libs
        error = _ERROR()
        parameters = glib.g_variant_parse(None, args.encode(), None, None, byref(error))
        if self._free(error) or not parameters:
            return None
        interface, _, member = method.rpartition(".")
        reply = gio.g_dbus_connection_call_sync(
            self._connection, service.encode(), path.encode(), interface.encode(),
            member.encode(), parameters, None, 0, timeout_ms, None, byref(error),
        )  # fmt: skip
        if self._free(error) or not reply:
            return None
        text = self._text(reply)
        glib.g_variant_unref(reply)
        return text

    def subscribe(self, sender: str, path: str, signal: str, handler: OnSignal) -> bool:
        """Call ``handler`` with the arguments of each ``interface.Signal`` from ``sender``."""
        if self._libs is None or self._connection is None:
            return False
        interface, _, member = signal.rpartition(".")

        def raw(*args: Any) -> None:
            handler(self._text(args[5]))

        callback = _SIGNAL(raw)
        self._handlers.append(callback)
        self._libs[0].g_dbus_connection_signal_subscribe(
            self._connection, sender.encode(), interface.encode(), member.encode(),
            path.encode(), None, 0, callback, None, None,
        )  # fmt: skip
        return True
