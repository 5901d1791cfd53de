"""A bad settings.json never stops Crampwise: each bad value falls back to its default, the
person is told once, the bad file is kept (issue 19, item 8)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crampwise import paths, settings
from crampwise.settings import (
    Settings,
    current_settings,
    load_settings,
    save_settings,
    take_reset_notice,
)
from crampwise.storage.store import EpisodeStore


def crampwise(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crampwise", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=60,  # a FIFO named settings.json used to hang every command
    )


def kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("settings.json.bad-*"))


def test_each_bad_value_falls_back_alone_and_the_bad_file_is_kept(data_dir: Path) -> None:
    data_dir.mkdir()
    bad = {"reminder_time": 5, "sound_volume": 40, "theme": "purple", "muted": "yes",
           "night_ends": True, "language": "fr", "from_a_newer_version": 1}  # fmt: skip
    original = json.dumps(bad).encode()
    (data_dir / "settings.json").write_bytes(original)

    loaded = load_settings()
    assert loaded == Settings(sound_volume=40, language="fr")
    notice = take_reset_notice()
    assert notice is not None
    assert str(notice).startswith(
        "Some settings were not valid and are back to their defaults: theme, when the night "
        "theme ends, mute sounds, reminder time. The old file was kept as settings.json.bad-"
    )
    assert take_reset_notice() is None  # told once
    (kept,) = kept_files(data_dir)
    assert kept.read_bytes() == original
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    repaired = json.loads((data_dir / "settings.json").read_text())
    assert repaired["sound_volume"] == 40 and repaired["reminder_time"] == "21:30"
    assert load_settings() == loaded
    assert take_reset_notice() is None  # the repaired file is good: nothing more to say
    assert kept_files(data_dir) == [kept]


def test_every_command_runs_with_a_bad_value_and_says_so_once(tmp_path: Path) -> None:
    """``{"reminder_time": 5}`` was an AttributeError in every command and the window."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"reminder_time": 5, "sound_volume": 60}')
    first = crampwise(data, "list", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == []
    (line,) = first.stderr.splitlines()
    assert line.startswith(
        "crampwise: Some settings were not valid and are back to their defaults: reminder time. "
        "The old file was kept as settings.json.bad-"
    )
    again = crampwise(data, "log", "--at", "2026-11-25 03:10", "--duration", "2m")
    assert again.returncode == 0 and again.stderr == ""
    assert json.loads((data / "settings.json").read_text())["sound_volume"] == 60


def _deep(folder: Path) -> None:
    (folder / "settings.json").write_text("[" * 100_000)


def _deep_under_the_size_cap(folder: Path) -> None:
    (folder / "settings.json").write_text("[" * 60_000)


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "settings.json")


def _folder(folder: Path) -> None:
    (folder / "settings.json").mkdir()


def _not_an_object(folder: Path) -> None:
    (folder / "settings.json").write_text("null")


def _binary(folder: Path) -> None:
    (folder / "settings.json").write_bytes(bytes(range(256)))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_deep, "it is far too large"),
        (_deep_under_the_size_cap, "it is not valid JSON"),
        (_fifo, "it is not a regular file"),
        (_folder, "it is not a regular file"),
        (_not_an_object, "it is not a JSON object"),
        (_binary, "it is not valid JSON"),
    ],
    ids=["100k-brackets", "60k-brackets", "fifo", "folder", "null", "binary"],
)
def test_an_unreadable_file_gives_every_default_and_is_kept_aside(
    tmp_path: Path, make: object, reason: str
) -> None:
    """100,000 ``[`` were a RecursionError; a FIFO hung everything."""
    if make is _fifo and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    data = tmp_path / "data"
    data.mkdir()
    make(data)  # type: ignore[operator]
    done = crampwise(data, "list")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "No episodes yet."
    assert done.stderr.startswith(
        f"crampwise: Your settings file could not be read ({reason}), so every setting is back "
        "to its default. The old file was kept as settings.json.bad-"
    )
    assert len(kept_files(data)) == 1
    assert json.loads((data / "settings.json").read_text()) == Settings()._asdict()
    assert crampwise(data, "list").stderr == ""


def test_a_file_that_cannot_be_replaced_is_still_only_read(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text('{"muted": 3, "sound_volume": 10}')

    def read_only(*_args: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(Path, "rename", read_only)
    assert load_settings() == Settings(sound_volume=10)
    notice = take_reset_notice()
    assert notice is not None
    assert str(notice) == (
        "Some settings were not valid and are back to their defaults: mute sounds. "
        "The settings file could not be replaced: Read-only file system."
    )
    assert json.loads((data_dir / "settings.json").read_text())["muted"] == 3


def test_the_window_says_which_settings_were_reset_once_the_diary_is_open(
    qtbot: QtBot, data_dir: Path, store: EpisodeStore
) -> None:
    from crampwise.ui.app import build_window, show_settings_notice

    (data_dir / "settings.json").write_text('{"reminder_time": 5}')
    window, diary = build_window(load_settings())
    qtbot.addWidget(window)
    show_settings_notice(window, diary)
    with qtbot.waitSignal(diary.ready):
        diary.attach(store)
    assert "reminder time" in window.statusBar().currentMessage()
    assert "settings.json.bad-" in window.statusBar().currentMessage()
    show_settings_notice(window, diary)  # nothing left to say
    assert take_reset_notice() is None


def test_the_relief_player_takes_the_settings_in_use_even_unsaved(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It read settings.json again: a change the window could not save was lost to it."""
    save_settings(Settings(sound_volume=10))

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paths, "ensure_private_dir", full_disk)
    with pytest.raises(OSError):
        save_settings(Settings(sound_volume=80, muted=True))
    assert current_settings() == Settings(sound_volume=80, muted=True)
    assert load_settings() == Settings(sound_volume=10)  # the file, as it is
    assert settings.settings_path().parent == data_dir


def test_a_file_from_an_older_version_with_a_default_plan_loads_without_a_notice(
    data_dir: Path,
) -> None:
    """``default_plan`` was saved by older versions and never used: ignored, not reset."""
    data_dir.mkdir()
    (data_dir / "settings.json").write_text('{"default_plan": "calf_now", "sound_volume": 60}')
    assert load_settings() == Settings(sound_volume=60)
    assert take_reset_notice() is None
    assert kept_files(data_dir) == []
    assert "default_plan" not in Settings._fields
