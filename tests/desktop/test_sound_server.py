"""Sound and speech through a real PulseAudio server, recorded from its null sink's monitor.

What a person would hear: the three cues, told apart; louder at a higher volume; nothing when
muted; each countdown cue on its phase boundary; the spoken cues; and silence, not an error,
where no speech engine exists. ``crampwise sound-check`` is run as the real command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.servers import (
    RATE,
    PulseServer,
    Recording,
    pulse_server,
    sounds,
    sox_stat,
)
from tests.desktop.sound_harness import EXPECTED

ROOT = Path(__file__).resolve().parents[2]
NO_SPEECH = {"SPEECHD_ADDRESS": "unix_socket:/nonexistent/crampwise-test/speechd.sock"}


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    with pulse_server(tmp_path_factory.mktemp("pulse")) as server:
        yield server


def _env(pulse: PulseServer, data: Path, **extra: str) -> dict[str, str]:
    return {
        **pulse.env,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "desktop"), str(ROOT)]),
        "CRAMPWISE_DATA_DIR": str(data),
        **extra,
    }


def _recorded(
    pulse: PulseServer, args: list[str], env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], Recording]:
    recording = Recording(pulse)
    try:
        done = subprocess.run(
            [sys.executable, *args], env=env, capture_output=True, text=True, timeout=90
        )
    finally:
        recording.stop()
    return done, recording


def sound_check(
    pulse: PulseServer, data: Path, *args: str, speech: bool = False
) -> tuple[subprocess.CompletedProcess[str], Recording]:
    env = _env(pulse, data, **({} if speech else NO_SPEECH))
    return _recorded(pulse, ["-m", "crampwise", "sound-check", *args], env)


def seconds(part: range) -> float:
    return len(part) / RATE


def test_sound_check_plays_three_distinct_cues_then_speaks(
    pulse: PulseServer, tmp_path: Path
) -> None:
    done, rec = sound_check(pulse, tmp_path, "--volume", "80", speech=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Played the cues: hold, switch, done." in done.stdout
    assert "Spoken cues work." in done.stdout
    heard = sounds(rec.samples)
    assert len(heard) >= 4, f"expected three cues and speech, heard {len(heard)} sounds"
    hold, switch, done_cue = heard[:3]
    # Told apart by length: one note, two notes, three notes...
    assert seconds(hold) < seconds(switch) < seconds(done_cue)
    # ...and by pitch: each ends on its own note (C5, E5, G5).
    last_notes = [
        sox_stat(rec.samples[part.stop - RATE // 10 : part.stop])["Rough   frequency"]
        for part in (hold, switch, done_cue)
    ]
    for measured, note in zip(last_notes, (523.25, 659.25, 783.99), strict=True):
        assert abs(measured - note) < note * 0.05, last_notes
    speech = heard[3:]
    assert sum(seconds(p) for p in speech) > 0.5, "the test phrase was not heard"


def test_a_higher_volume_is_louder(pulse: PulseServer, tmp_path: Path) -> None:
    loudness = []
    for volume in ("25", "80"):
        done, rec = sound_check(pulse, tmp_path, "--volume", volume)
        assert done.returncode == 0, done.stdout + done.stderr
        first = sounds(rec.samples)[0]
        loudness.append(sox_stat(rec.samples[first.start : first.stop])["RMS     amplitude"])
    quiet, loud = loudness
    assert loud > 3 * quiet > 0


def test_without_a_speech_engine_the_cues_still_play_and_nothing_is_spoken(
    pulse: PulseServer, tmp_path: Path
) -> None:
    done, rec = sound_check(pulse, tmp_path, "--volume", "80")
    assert done.returncode == 0
    assert "Played the cues: hold, switch, done." in done.stdout
    assert "No speech engine was found" in done.stdout
    assert len(sounds(rec.samples)) == 3  # the three cues, and no speech after them


def test_mute_gives_silence(pulse: PulseServer, tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"muted": True}))
    done, rec = sound_check(pulse, tmp_path)
    assert done.returncode == 1
    assert "Sounds are muted in Crampwise" in done.stdout
    assert sounds(rec.samples) == []
    # The relief player itself, muted, during a real plan:
    played, rec = _recorded(
        pulse, ["-m", "tests.desktop.sound_harness", "--muted"], _env(pulse, tmp_path, **NO_SPEECH)
    )
    assert played.returncode == 0, played.stderr
    assert sounds(rec.samples) == []
    assert max(abs(s) for s in rec.samples) == 0


def _harness_lines(done: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_countdown_cues_land_on_the_phase_boundaries(pulse: PulseServer, tmp_path: Path) -> None:
    done, rec = _recorded(
        pulse, ["-m", "tests.desktop.sound_harness"], _env(pulse, tmp_path, **NO_SPEECH)
    )
    lines = _harness_lines(done)
    start = next(float(line["start"]) for line in lines if "start" in line)  # type: ignore[arg-type]
    cues = [line["cue"] for line in lines if "cue" in line]
    assert cues == [name for name, _ in EXPECTED]
    onsets = [rec.time_of(part.start) - start for part in sounds(rec.samples)]
    assert len(onsets) == len(EXPECTED), onsets
    for onset, (name, boundary) in zip(onsets, EXPECTED, strict=True):
        late = f"{name} heard at {onset:.3f} s, due at {boundary} s (all: {onsets})"
        assert abs(onset - boundary) <= 0.1, late


def test_spoken_cues_are_heard_during_a_plan(pulse: PulseServer, tmp_path: Path) -> None:
    done, rec = _recorded(
        pulse,
        ["-m", "tests.desktop.sound_harness", "--speech", "--hold", "4"],
        _env(pulse, tmp_path),
    )
    lines = _harness_lines(done)
    start = next(float(line["start"]) for line in lines if "start" in line)  # type: ignore[arg-type]
    # Tones are off in this run: whatever is heard is the voice.
    heard = [(rec.time_of(p.start) - start, seconds(p)) for p in sounds(rec.samples)]
    assert any(at < 2 for at, _ in heard), f"'Hold' was not spoken: {heard}"
    assert any(4 <= at < 6 for at, _ in heard), f"'Done' was not spoken: {heard}"
