"""One Crampwise per person and diary: a second start hands over to the first and exits.

The first instance listens on a local socket named after the user and the data directory;
a second one connects, sends a message (``activate``) and exits 0; the first emits
``activated`` and the window comes to the front. A socket file left by a crash (nobody answers)
is removed before listening.

The socket lives in a folder only this user can enter (:func:`socket_folder`), and each side
checks that the other end is the same user (``SO_PEERCRED``) before trusting it: another
account listening on the name can neither make a start exit nor bring a window up.
"""

from __future__ import annotations

import os
import stat
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first needed: after the window's first paint
    import socket

    from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
MAX_MESSAGE = 4096


def own_uid() -> int | None:
    """This process's user id (``None`` where there are none: Windows)."""
    return os.getuid() if hasattr(os, "getuid") else None


def _user_id() -> str:
    uid = own_uid()
    return str(uid) if uid is not None else os.environ.get("USERNAME", "user")


def is_private_folder(path: Path, uid: int | None) -> bool:
    """A real folder (not a link) owned by ``uid`` that no one else may enter or write to."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and (uid is None or info.st_uid == uid)
        and not info.st_mode & 0o077
    )


def socket_folder() -> Path | None:
    """Where this user's socket goes: the user's runtime folder (``$XDG_RUNTIME_DIR``,
    ``/run/user/UID``) when it is private, else ``crampwise-UID`` in the temp folder, created
    0700. Such a folder that is too open but ours is set aside and made again; one that belongs
    to someone else is refused: ``None``, and Crampwise runs without the hand-over.
    """
    uid = own_uid()
    # Not platformdirs' user_runtime_path: without a runtime folder it warns on stderr and
    # falls back to a predictable /tmp/runtime-UID.
    for runtime in (os.environ.get("XDG_RUNTIME_DIR"), f"/run/user/{_user_id()}"):
        if runtime and is_private_folder(Path(runtime), uid):
            return Path(runtime)
    folder = Path(os.environ.get("TMPDIR") or "/tmp") / f"crampwise-{_user_id()}"
    for _attempt in range(2):
        try:
            folder.mkdir(mode=0o700)  # the umask can only take bits away
        except FileExistsError:
            pass
        except OSError:
            return None
        if is_private_folder(folder, uid):
            return folder
        try:
            if folder.is_symlink() or (uid is not None and folder.lstat().st_uid != uid):
                return None  # not ours: never use it, never touch it
            # Ours, but others could have put a socket in it: move it out of the way.
            folder.rename(folder.with_name(f"{folder.name}.unsafe-{os.getpid()}"))
        except OSError:
            return None
    return None


def server_name(data_dir: Path) -> str | None:
    """A name private to this user and this data directory (``None``: no private place).

    On Unix it is a full socket path in :func:`socket_folder`; a full path also lets a second
    start hand over without Qt's network module. On Windows a plain name in the pipe space.
    """
    key = f"{_user_id()}:{data_dir.expanduser().resolve()}".encode()
    # Two checksums make a 64-bit key; hashlib would cost ~8 ms of OpenSSL at every start.
    digest = f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}"
    name = f"crampwise-{_user_id()}-{digest}"
    if sys.platform == "win32":
        return name
    folder = socket_folder()
    return str(folder / f"{name}.sock") if folder is not None else None


def peer_uid(conn: socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix socket (``SO_PEERCRED``);
    ``None`` where the system cannot say (then the private folder is the only guard)."""
    import socket as sockets

    option = getattr(sockets, "SO_PEERCRED", None)
    if option is None:
        return None
    import struct

    try:
        creds = conn.getsockopt(sockets.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return None
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


def peer_is_us(conn: socket.socket) -> bool:
    """Whether the other end runs as this user (or the system cannot tell)."""
    uid, mine = peer_uid(conn), own_uid()
    return uid is None or mine is None or uid == mine


def hand_over_quickly(name: str | None, message: bytes = b"activate") -> bool | None:
    """Hand ``message`` to a running instance without Qt's network module.

    True: a running instance of this user took it (exit 0). False: nobody listens, or the one
    listening is another user (then it gets nothing). None: the name is not a socket path
    (Windows): ask :meth:`SingleInstance.try_hand_over` instead.
    """
    if name is None:
        return False
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
            if not peer_is_us(conn):
                return False
            conn.sendall(message[:MAX_MESSAGE])
    except OSError:
        return False  # a socket file a crash left behind
    return True


class SingleInstance(QObject):
    """``try_hand_over()`` in the second instance; ``listen()`` and ``activated`` in the first."""

    activated = Signal(bytes)

    def __init__(self, name: str | None, parent: QObject | None = None) -> None:
        """``name``: from :func:`server_name`; ``None`` (no private place for it): this
        instance neither hands over nor listens."""
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
        if quick is not None or self.name is None:
            return bool(quick)
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
        if self.name is None:
            return False
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

        assert self.name is not None
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
            if not _local_peer_is_us(socket):
                socket.abort()  # another user's process: not a hand-over, whatever it says
                socket.deleteLater()
                continue
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


def _local_peer_is_us(local: QLocalSocket) -> bool:
    """:func:`peer_is_us` for a connection Qt accepted (on a copy of its descriptor)."""
    import socket as sockets

    descriptor = int(local.socketDescriptor())
    if descriptor < 0 or sys.platform == "win32":
        return True  # a named pipe: Windows gives each user's pipes their own access rights
    try:
        conn = sockets.socket(fileno=os.dup(descriptor))
    except OSError:
        return False
    with conn:
        return peer_is_us(conn)
