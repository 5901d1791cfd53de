"""A second instance hands over to the first, which emits ``activated``."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crampwise.desktop_integration import single_instance
from crampwise.desktop_integration.single_instance import SingleInstance, server_name


@pytest.fixture
def name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    found = server_name(tmp_path / "data")
    assert found is not None
    return found


def test_names_differ_per_data_dir(name: str, tmp_path: Path) -> None:
    assert name != server_name(tmp_path / "other")
    assert name == server_name(tmp_path / "data")


def test_first_instance_gets_nobody_to_hand_over_to(qtbot: QtBot, name: str) -> None:
    first = SingleInstance(name)
    assert first.try_hand_over() is False
    assert first.listen()
    first.close()


def test_second_instance_hands_over_and_first_is_activated(qtbot: QtBot, name: str) -> None:
    first = SingleInstance(name)
    assert first.listen()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.activated, timeout=5000) as blocker:
        assert second.try_hand_over(b"activate") is True
    assert blocker.args == [b"activate"]
    # The second one must not take over the name while the first lives, and its probe
    # (a connection without a message) does not raise the first one's window.
    with qtbot.assertNotEmitted(first.activated, wait=200):
        assert second.listen() is False
    first.close()


def test_a_stale_socket_after_a_crash_is_replaced(qtbot: QtBot, name: str) -> None:
    # A crashed instance leaves its socket file; nobody is listening on it.
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)
    dead.close()
    assert Path(name).exists()
    instance = SingleInstance(name)
    assert instance.try_hand_over() is False
    assert instance.listen() is True
    with qtbot.waitSignal(instance.activated, timeout=5000):
        assert SingleInstance(name).try_hand_over(b"cramp-now") is True
    instance.close()


# --- another user: a predictable path, a shared folder, a foreign listener ----------------


class Listener:
    """A process that is not the running Crampwise, listening on a socket path."""

    def __init__(self, path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(4)
        self.sock.settimeout(2)

    def received(self) -> bytes:
        """What the next connection sent before it closed."""
        conn, _ = self.sock.accept()
        with conn:
            conn.settimeout(2)
            data = b""
            while chunk := conn.recv(4096):
                data += chunk
            return data

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def no_runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No usable runtime folder (XDG_RUNTIME_DIR unset, no /run/user/UID): the temp folder."""
    temp = Path(tempfile.mkdtemp(prefix="cw-", dir="/tmp"))  # a socket path fits ~107 bytes
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "missing"))
    monkeypatch.setenv("TMPDIR", str(temp))
    real_folder = single_instance.is_private_folder
    # /run/user/UID may exist on a developer's machine: only the test's folders count.
    monkeypatch.setattr(
        single_instance,
        "is_private_folder",
        lambda path, uid: path.is_relative_to(temp) and real_folder(path, uid),
    )
    yield temp
    shutil.rmtree(temp)


def test_without_a_runtime_folder_the_socket_is_in_a_private_folder_of_ours(
    qtbot: QtBot, no_runtime: Path, tmp_path: Path
) -> None:
    name = server_name(tmp_path / "data")
    assert name is not None
    folder = Path(name).parent
    assert folder == no_runtime / f"crampwise-{os.getuid()}"
    info = folder.lstat()
    assert stat.S_ISDIR(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o700
    assert info.st_uid == os.getuid()
    first = SingleInstance(name)
    assert first.listen()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert SingleInstance(name).try_hand_over() is True
    first.close()


def test_a_listener_on_the_old_predictable_path_does_not_make_a_start_exit(
    qtbot: QtBot, no_runtime: Path, tmp_path: Path
) -> None:
    uid = os.getuid()
    key = f"{uid}:{(tmp_path / 'data').resolve()}".encode()
    predictable = no_runtime / f"crampwise-{uid}-{zlib.crc32(key):08x}{zlib.adler32(key):08x}.sock"
    stranger = Listener(str(predictable))
    instance = SingleInstance.for_data_dir(tmp_path / "data")
    assert instance.try_hand_over() is False  # the start goes on: it does not exit
    assert instance.listen() is True
    instance.close()
    stranger.close()


@pytest.mark.parametrize("how", ["open to all", "another owner", "a link"])
def test_a_shared_or_foreign_socket_folder_is_not_used(
    qtbot: QtBot, no_runtime: Path, tmp_path: Path, how: str
) -> None:
    if how == "another owner" and os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root")
    planted = no_runtime / f"crampwise-{os.getuid()}"
    elsewhere = no_runtime / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    if how == "a link":
        planted.symlink_to(elsewhere)
    else:
        planted.mkdir()
        planted.chmod(0o777 if how == "open to all" else 0o700)
        if how == "another owner":
            os.chown(planted, 12345, 12345)
    # Another user's process already listens where our socket would go.
    target = Path(server_name_in(planted, tmp_path / "data"))
    stranger = Listener(str(target))
    name = server_name(tmp_path / "data")
    assert name is None or not Path(name).resolve().is_relative_to(elsewhere)
    instance = SingleInstance(name)
    assert instance.try_hand_over() is False
    instance.listen()
    instance.close()
    if how == "open to all":  # ours: set aside, with the stranger's socket, and made anew
        assert name is not None and Path(name).parent == planted
        assert stat.S_IMODE(planted.stat().st_mode) == 0o700
        (aside,) = no_runtime.glob(f"crampwise-{os.getuid()}.unsafe-*")
        assert (aside / target.name).exists()
    else:  # not ours: left alone, and no hand-over at all
        assert name is None
        assert target.exists()
    stranger.close()


def server_name_in(folder: Path, data_dir: Path) -> str:
    """Where :func:`server_name` would put the socket if it used ``folder``."""
    uid = os.getuid()
    key = f"{uid}:{data_dir.resolve()}".encode()
    return str(folder / f"crampwise-{uid}-{zlib.crc32(key):08x}{zlib.adler32(key):08x}.sock")


def test_a_start_does_not_hand_over_to_a_listener_of_another_user(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stranger = Listener(name)  # runs as us, so the test says we are someone else
    monkeypatch.setattr(single_instance, "own_uid", lambda: 12345)
    assert SingleInstance(name).try_hand_over(b"activate") is False
    assert stranger.received() == b""  # connected, checked, and nothing was sent
    stranger.close()


def test_the_running_instance_ignores_a_message_from_another_user(
    qtbot: QtBot, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = SingleInstance(name)
    assert first.listen()
    monkeypatch.setattr(single_instance, "own_uid", lambda: 12345)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(name)
        client.sendall(b"activate")
        client.setblocking(False)
        closed: list[bool] = []

        def hung_up() -> bool:
            try:
                closed.append(client.recv(16) == b"")
            except BlockingIOError:
                return False
            except ConnectionResetError:
                closed.append(True)
            return bool(closed)

        with qtbot.assertNotEmitted(first.activated):
            qtbot.waitUntil(hung_up, timeout=5000)  # the instance dropped the connection
    assert closed == [True]
    first.close()


def test_peer_uid_reads_the_other_end() -> None:
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        assert single_instance.peer_uid(left) == os.getuid()
        assert single_instance.peer_is_us(left)
