"""Soft cue tones for the relief player, written as small WAV files with the stdlib.

Each cue is a short sine chime with a gentle attack and a long fade, so it does not startle a
person half asleep. The volume (0-100) is baked into the samples, so any player can play them.
The files are written once, into the user's cache folder (:func:`tones_dir`), and reused.
"""

from __future__ import annotations

import math
import os
import struct
import tempfile
import wave
from pathlib import Path
from typing import Final

SAMPLE_RATE: Final = 22050
# cue -> (frequency Hz, start s, length s) notes
CUES: Final[dict[str, tuple[tuple[float, float, float], ...]]] = {
    "hold": ((523.25, 0.0, 0.45),),  # C5, one note
    "switch": ((523.25, 0.0, 0.30), (659.25, 0.18, 0.40)),  # C5 then E5
    "done": ((523.25, 0.0, 0.35), (659.25, 0.2, 0.35), (783.99, 0.4, 0.7)),  # C-E-G
}


def _amplitude(volume: int) -> float:
    """Volume 0-100 to a peak amplitude; the curve keeps low settings truly quiet."""
    v = max(0, min(100, volume)) / 100
    return 0.5 * v**2


def tone_samples(cue: str, volume: int) -> list[int]:
    notes = CUES[cue]
    length = max(start + dur for _, start, dur in notes)
    n = int(length * SAMPLE_RATE)
    peak = _amplitude(volume) * 32767
    out = [0.0] * n
    for freq, start, dur in notes:
        first = int(start * SAMPLE_RATE)
        count = min(int(dur * SAMPLE_RATE), n - first)
        attack = int(0.02 * SAMPLE_RATE)
        for i in range(count):
            t = i / SAMPLE_RATE
            env = min(1.0, i / attack) * math.exp(-4.0 * t / dur)
            # a touch of the octave makes it rounder than a bare sine
            s = math.sin(2 * math.pi * freq * t) + 0.15 * math.sin(4 * math.pi * freq * t)
            out[first + i] += peak * env * s / 1.15
    return [max(-32767, min(32767, int(x))) for x in out]


def write_tone(path: Path, cue: str, volume: int) -> Path:
    """Write the WAV (0600) under a temporary name, then rename it: a reader, or another
    Crampwise writing the same tone, never sees half a file."""
    samples = tone_samples(cue, volume)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh, wave.open(fh, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SAMPLE_RATE)
            w.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        Path(tmp_name).replace(path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def tone_file(cache_dir: Path, cue: str, volume: int) -> Path:
    """The WAV for ``cue`` at ``volume``, written on first use."""
    volume = max(0, min(100, volume))
    path = cache_dir / f"{cue}-{volume}.wav"
    if not path.is_file():
        write_tone(path, cue, volume)
    return path


def tones_dir() -> Path:
    """``tones`` in the user's cache folder, created readable by the user alone (0700).

    Raises ``OSError`` when it cannot be created (a read-only home): the caller goes without.
    """
    from platformdirs import user_cache_path

    folder = user_cache_path("crampwise", appauthor=False) / "tones"
    for level in (folder.parent, folder):
        if not level.is_dir():
            level.mkdir(parents=True, mode=0o700)
            level.chmod(0o700)  # mkdir's mode is filtered by the umask
    return folder
