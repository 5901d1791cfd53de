"""The relief guide's soft cue tones and its spoken cues, played by whatever the platform has."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crampwise.relief.tones import tone_file, tones_dir


class CueSounds:
    """Plays the soft cue tones; silent when there is no way to play sound.

    Backends, in order: QtMultimedia's ``QSoundEffect`` (only with PySide6-Addons), ``winsound``
    on Windows, ``afplay`` on macOS, ``pw-play``/``paplay``/``aplay`` on Linux
    (:mod:`crampwise.ui.audio`). Nothing plays on the offscreen platform (tests, CI), nor when
    :func:`~crampwise.ui.audio.sound_problem` finds no way to play (no sound server): no Qt
    warnings then, and the window says it once. Any failure turns sound off for the session.
    """

    def __init__(
        self,
        volume: int = 25,
        *,
        muted: bool = False,
        speech: bool = False,
        allow_offscreen: bool = False,
    ) -> None:
        self.volume = max(0, min(100, volume))
        self.muted = muted
        # Spoken cues ("Switch to the left leg") as well as tones, when QtTextToSpeech works.
        self.speech = speech
        # The sound check (and the tests with a real sound server) play even offscreen.
        self.allow_offscreen = allow_offscreen
        self._cache: Path | None = None
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        self._play: Callable[[Path], object] | None = None
        self._effects: dict[Path, Any] = {}  # one loaded QSoundEffect per tone: no delay
        self._ready = False
        self._tts: Any = None
        self._tts_lang = ""
        self._tts_failed = False

    def set_volume(self, volume: int) -> None:
        self.volume = max(0, min(100, volume))

    @property
    def available(self) -> bool:
        self._setup()
        return self._play is not None

    def _setup(self) -> None:
        if self._ready:
            return
        self._ready = True
        if self._offscreen():
            return
        from crampwise.ui.audio import command_player, sound_problem

        if sound_problem():  # no way to play sound here: the window says so, once
            return
        with contextlib.suppress(ImportError):
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            def load_qt(path: Path) -> Any:
                effect = self._effects.get(path)
                if effect is None:
                    effect = QSoundEffect()
                    effect.setSource(QUrl.fromLocalFile(str(path)))
                    self._effects[path] = effect
                return effect

            def play_qt(path: Path) -> object:
                effect = load_qt(path)
                effect.play()
                return effect

            play_qt.prepare = load_qt  # type: ignore[attr-defined]
            self._play = play_qt
            return
        if sys.platform == "win32":
            import winsound

            def play_win(path: Path) -> object:
                flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
                winsound.PlaySound(str(path), flags)
                return path

            self._play = play_win
            return
        import subprocess  # here: only without QtMultimedia, and it costs ~4 ms to import

        exe = command_player()
        if exe:
            args = [exe, "-q"] if Path(exe).name == "aplay" else [exe]

            def play_cmd(path: Path, args: list[str] = args) -> object:
                return subprocess.Popen(
                    [*args, str(path)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )

            self._play = play_cmd

    def _offscreen(self) -> bool:
        return not self.allow_offscreen and os.environ.get("QT_QPA_PLATFORM") == "offscreen"

    @property
    def speech_engine(self) -> Any:
        """The ``QTextToSpeech`` in use once :meth:`say` found a real engine, else None."""
        return self._tts

    def _speech_engine(self) -> Any:
        """A ``QTextToSpeech`` on a real engine (never Qt's silent "mock" one), or None."""
        if self._tts is None and not self._tts_failed:
            self._tts_failed = True  # until proven otherwise; tried once per session
            if self._offscreen():
                return None
            from PySide6.QtTextToSpeech import QTextToSpeech

            engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
            if not engines:
                return None
            tts = QTextToSpeech(engines[0])
            if tts.state() == QTextToSpeech.State.Error:
                return None  # e.g. speech-dispatcher is not installed or does not start
            self._tts, self._tts_failed = tts, False
        return self._tts

    def say(self, text: str, lang: str = "en") -> bool:
        """Speak ``text`` (in ``lang``: "fr" picks a French voice) if speech is on and a speech
        engine exists. True if a speech engine took the text; never raises."""
        if self.muted or not self.speech or self.volume == 0 or not text:
            return False
        try:
            tts = self._speech_engine()
            if tts is None:
                return False
            if lang != self._tts_lang:
                from PySide6.QtCore import QLocale

                tts.setLocale(QLocale(lang))
                self._tts_lang = lang
            tts.setVolume(self.volume / 100)
            tts.say(text)
        except Exception:  # no Addons, no libpulse, no speech engine: tones only
            self._tts_failed = True
            self._tts = None
            return False
        return True

    def _tones_folder(self) -> Path:
        """The user's cache folder (tones written once, kept); without one (a read-only home),
        a temporary folder removed when these sounds are dropped or at exit."""
        try:
            return tones_dir()
        except OSError:
            self._scratch = tempfile.TemporaryDirectory(prefix="crampwise-tones-")
            return Path(self._scratch.name)

    def prepare(self) -> None:
        """Load the three tones now, so the first cue of a plan is not late (it would be
        about 0.1 s late while the sound system starts)."""
        if self.muted or self.volume == 0:
            return
        self._setup()
        prepare = getattr(self._play, "prepare", None)
        if callable(prepare):
            for cue in ("hold", "switch", "done"):
                with contextlib.suppress(Exception):
                    prepare(self._tone(cue))

    def _tone(self, cue: str) -> Path:
        if self._cache is None:
            self._cache = self._tones_folder()
        return tone_file(self._cache, cue, self.volume)

    def play(self, cue: str) -> object | None:
        """Play ``hold``, ``switch`` or ``done``; never raises. Returns what plays it (a
        ``QSoundEffect`` or a process, for the sound check), or None if nothing could."""
        if self.muted or self.volume == 0:
            return None
        self._setup()
        if self._play is None:
            return None
        try:
            return self._play(self._tone(cue))
        except Exception:  # sound is a nicety: never let it break the countdown
            self._play = None
            return None
