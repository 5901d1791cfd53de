"""A second instance hands over to the first, which emits ``activated``."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crampwise.desktop_integration.single_instance import SingleInstance, server_name


@pytest.fixture
def name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return server_name(tmp_path / "data")


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
