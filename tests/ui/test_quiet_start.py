"""A start prints nothing to the terminal; missing sound is said once, in the window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crampwise.ui import audio
from crampwise.ui.mainwindow import MainWindow

SOUND_NOTICE = "Sounds are unavailable on this computer: "


def no_audio_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment with no way to play sound: no sound server to reach, no player program
    on the PATH (only the Python running the tests)."""
    empty = tmp_path / "empty-bin"
    empty.mkdir(exist_ok=True)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        "PATH": str(empty),
        "HOME": str(tmp_path / "home"),
        "XDG_RUNTIME_DIR": str(runtime),
        "PULSE_SERVER": f"unix:{tmp_path}/no-pulse",
        "PIPEWIRE_REMOTE": f"{tmp_path}/no-pipewire",
        "CRAMPWISE_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        **extra,
    }


# A normal start (run_gui), then Cramp now and It's over once the diary is open; prints the
# status bar's messages as JSON on stdout.
START_AND_QUIT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from crampwise.ui import app as ui_app

seen = []
built = {}
real_build = ui_app.build_window

def build_window(settings, **kwargs):
    window, diary = real_build(settings, **kwargs)
    window.statusBar().messageChanged.connect(lambda text: text and seen.append(text))
    built.update(window=window, diary=diary)
    timer = QTimer(window)
    timer.timeout.connect(step)
    timer.start(50)
    return window, diary

def step():
    window, diary = built.get("window"), built.get("diary")
    if window is None or window.sound_notice is None or not diary.is_ready:
        return
    if window.tonight.state == "idle" and not built.get("pressed"):
        built["pressed"] = True
        window.tonight.start_cramp()
        QTimer.singleShot(1500, window.tonight.end_cramp)  # a few cues play meanwhile
    elif window.tonight.state == "details":
        QApplication.instance().quit()

ui_app.build_window = build_window
code = ui_app.run_gui()
print(json.dumps({"code": code, "status": seen}))
"""


def test_a_start_without_sound_prints_nothing_and_says_so_once_in_the_window(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", START_AND_QUIT],
        capture_output=True,
        text=True,
        timeout=120,
        env=no_audio_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.stderr == ""
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    notices = [m for m in report["status"] if m.startswith(SOUND_NOTICE)]
    assert len(notices) == 1, report["status"]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (package xvfb)")
def test_the_self_test_on_x11_without_sound_prints_nothing_to_stderr(tmp_path: Path) -> None:
    """On a real X11 display QSoundEffect would be used: without a sound server it is not."""
    code = (
        "from crampwise.desktop_integration.selftest import run_self_test; "
        "raise SystemExit(run_self_test())"
    )
    xvfb = shutil.which("xvfb-run")
    assert xvfb is not None
    env = no_audio_env(tmp_path)
    env["PATH"] = f"{env['PATH']}:{Path(xvfb).parent}:/usr/bin:/bin"  # xvfb-run needs its tools
    done = subprocess.run(
        [xvfb, "-a", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    assert "note sounds are unavailable on this computer: " in done.stdout


def test_the_window_says_once_that_sounds_are_unavailable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio, "sound_problem", lambda: "no sound output was found.")
    shown: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: shown.extend([text] if text else []))
    window.check_sound()
    window.check_sound()
    notice = SOUND_NOTICE + "no sound output was found."
    assert shown == [notice]
    # And in the sound settings, at the head of the Settings menu and of Sound volume (on
    # lines as long as the menu's others).
    for menu in (window.menus.options, window.menus.volume_menu):
        lines = [a for a in menu.actions() if a.objectName() == "soundNotice"]
        assert " ".join(a.text() for a in lines) == notice
        assert not any(a.isEnabled() for a in lines)
        assert menu.actions()[: len(lines)] == lines
    settings_entries = [a for a in window.menus.options.actions() if not a.isSeparator()]
    assert settings_entries[len(lines)] is window.menus.setting_actions["muted"]


def test_the_window_says_nothing_when_sounds_play(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio, "sound_problem", lambda: "")
    shown: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: shown.extend([text] if text else []))
    window.check_sound()
    assert shown == [] and window.sound_notice == ""
    assert all(a.objectName() != "soundNotice" for a in window.menus.options.actions())


@pytest.mark.parametrize(
    ("category", "message"),
    [
        ("qt.multimedia.symbolsresolver", "Couldn't load pipewire-0.3 library"),
        ("qt.multimedia.ffmpeg", "Using Qt multimedia with FFmpeg version 7.1.5"),
        ("default", "PulseAudioService: pa_context_connect() failed"),
        ("default", "QSoundEffect: playback of this format is not supported"),
        ("default", "This plugin does not support propagateSizeHints()"),
        ("default", "No QtMultimedia backends found. Only QMediaDevices, QAudioDevice, …"),
    ],
)
def test_qt_chatter_about_sound_is_noise(category: str, message: str) -> None:
    assert audio.is_noise(category, message)


def test_other_qt_messages_still_get_through() -> None:
    assert not audio.is_noise("default", "QPainter::begin: Paint device returned engine == 0")
    assert not audio.is_noise("qt.qpa.xcb", "XCB error: 3 (BadWindow)")
