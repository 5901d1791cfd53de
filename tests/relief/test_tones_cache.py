"""The cue tones live in the user's cache folder: written once, private, no temp debris."""

from __future__ import annotations

import gc
import stat
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crampwise.relief.plans import PlanLoadResult
from crampwise.ui.player import CueSounds, ReliefPlayer
from tests.fakes import FakeClock
from tests.relief.conftest import plan_of


class PlayingSounds(CueSounds):
    """Sounds with a backend that records the files it was asked to play (none plays
    offscreen otherwise)."""

    def __init__(self) -> None:
        super().__init__(volume=25)
        self.files: list[Path] = []

    def _setup(self) -> None:
        self._ready = True
        self._play = self.files.append


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder and the user's cache folder, both the test's own."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return temp


def test_a_player_leaves_no_tone_folder_in_the_temp_dir(
    qtbot: QtBot, shipped: PlanLoadResult, temp_dir: Path, tmp_path: Path
) -> None:
    sounds = PlayingSounds()
    player = ReliefPlayer(plan_of(shipped, "calf_now"), clock=FakeClock(), sounds=sounds)
    qtbot.addWidget(player)
    sounds.play("done")  # the player itself played "hold" as it started
    assert {f.name for f in sounds.files} == {"hold-25.wav", "done-25.wav"}
    player.close()
    player.deleteLater()
    del player, sounds
    gc.collect()
    assert list(temp_dir.glob("crampwise-tones-*")) == []
    # The tones are kept in the cache folder, readable by the user alone.
    folder = tmp_path / "cache" / "crampwise" / "tones"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    wavs = sorted(folder.iterdir())
    assert [w.name for w in wavs] == ["done-25.wav", "hold-25.wav"]
    assert all(stat.S_IMODE(w.stat().st_mode) == 0o600 for w in wavs)


def test_tones_are_written_once_and_reused(temp_dir: Path) -> None:
    first = PlayingSounds()
    first.play("switch")
    (path,) = first.files
    written = path.stat()
    second = PlayingSounds()
    second.play("switch")
    assert second.files == [path]
    again = path.stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)


def test_without_a_cache_folder_the_temporary_tones_go_away(
    temp_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # mkdir under a file fails
    sounds = PlayingSounds()
    sounds.play("hold")
    (path,) = sounds.files
    assert path.is_file() and path.parent.parent == temp_dir
    del sounds
    gc.collect()
    assert list(temp_dir.glob("crampwise-tones-*")) == []
