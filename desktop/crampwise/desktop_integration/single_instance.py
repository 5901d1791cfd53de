"""One Crampwise per person and diary: a second start hands over to the first and exits.

The first instance listens on a local socket named after the user and the data directory;
a second one connects, sends a message (``activate``) and exits 0; the first emits
``activated`` and the window comes to the front. A socket file left by a crash (nobody answers)
is removed before listening.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first needed: after the window's first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
MAX_MESSAGE = 4096


def _user_id() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "user")


def server_name(data_dir: Path) -> str:
    """A name private to this user and this data directory.

    On Unix it is a full socket path: in ``$XDG_RUNTIME_DIR`` (a 0700 folder only the user can
    enter) when there is one, else in the temp folder (the server is created user-only); a full
    path also lets a second start hand over without Qt's network module. On Windows a plain
    name in the pipe space.
    """
    key = f"{_user_id()}:{data_dir.expanduser().resolve()}".encode()
    # Two checksums make a 64-bit key; hashlib would cost ~8 ms of OpenSSL at every start.
    digest = f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}"
    name = f"crampwise-{_user_id()}-{digest}"
    if sys.platform == "win32":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = runtime if runtime and Path(runtime).is_dir() else os.environ.get("TMPDIR", "/tmp")
    return str(Path(folder) / f"{name}.sock")


def hand_over_quickly(name: str, message: bytes = b"activate") -> bool | None:
    """Hand ``message`` to a running instance without Qt's network module.

    True: a running instance took it (exit 0). False: nobody listens. None: the name is not a
    socket path (Windows, no runtime folder): ask :meth:`SingleInstance.try_hand_over` instead.
    """
    path = Path(name)
    if not path.is_absolute() or sys.platform == "win32":
        return None
    if not path.exists():
        return False  # the usual case: decided without importing ``socket`` (~4 ms)
    import socket as sockets

    try:
        with sockets.socket(sockets.AF_UNIX, sockets.SOCK_STREAM) as conn:
            conn.settimeout(CONNECT_TIMEOUT_MS / 1000)
            conn.connect(name)
            conn.sendall(message[:MAX_MESSAGE])
    except OSError:
        return False  # a socket file a crash left behind
    return True


class SingleInstance(QObject):
    """``try_hand_over()`` in the second instance; ``listen()`` and ``activated`` in the first."""

    activated = Signal(bytes)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    @classmethod
    def for_data_dir(cls, data_dir: Path, parent: QObject | None = None) -> SingleInstance:
        return cls(server_name(data_dir), parent)

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def try_hand_over(self, message: bytes = b"activate") -> bool:
        """Send ``message`` to a running instance. True if one took it: then exit 0."""
        quick = hand_over_quickly(self.name, message)
        if quick is not None:
            return quick
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(message[:MAX_MESSAGE])
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return sent

    def listen(self) -> bool:
        """Start answering later instances. False if another live instance holds the name."""
        if self.listening:
            return True
        # Qt creates the socket under a temporary name and renames it into place (to apply
        # the access option), which would silently replace a live instance's socket: ask first.
        if self._someone_answers():
            return False
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file a crash left behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def close(self) -> None:
        for socket in list(self._buffers):
            self._forget(socket)
            socket.abort()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _someone_answers(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(CONNECT_TIMEOUT_MS)
        if alive:
            probe.abort()
        return alive

    # Slots are methods of this QObject (not closures over sockets): Qt drops the connections
    # when either side is destroyed, so a socket dying later cannot call into freed objects.

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            self._read(socket)
            from PySide6.QtNetwork import QLocalSocket

            if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                self._finish(socket)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._finish(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is not None and socket.bytesAvailable():
            buffer.extend(bytes(socket.readAll().data())[: MAX_MESSAGE - len(buffer)])

    def _forget(self, socket: QLocalSocket) -> bytes:
        buffer = self._buffers.pop(socket, bytearray())
        socket.readyRead.disconnect(self._on_ready_read)
        socket.disconnected.disconnect(self._on_disconnected)
        socket.deleteLater()
        return bytes(buffer)

    def _finish(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        self._read(socket)
        message = self._forget(socket)
        if message:  # an empty connection is a probe from listen(), not a hand-over
            self.activated.emit(message)
