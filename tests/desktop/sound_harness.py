"""Plays a short relief plan in the real player (offscreen window, real clock, real sound).

``python -m tests.desktop.sound_harness [--volume N] [--muted] [--speech]`` prints one JSON
line per cue played (``{"cue": "hold", "at": <monotonic>}``), ``{"start": …}`` when the plan
starts, and ``{"end": …}`` once the last cue has finished playing. Run by
``test_sound_server.py`` with ``PULSE_SERVER`` pointing at its own PulseAudio.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from crampwise.relief.plans import ReliefPlan, ReliefStep
from crampwise.text import LocalText
from crampwise.ui.cue_sounds import CueSounds
from crampwise.ui.player import ReliefPlayer

# Phase boundaries, in seconds from the start: hold 0-1, rest 1-2, hold 2-3 (repetition 2),
# rest 3-4, the next step's hold 4-5, done at 5. The cues: hold at 0 and 2, switch at 4, done
# at 5. With --speech: one step, tones off (only the voice is heard), cues spoken.
EXPECTED = [("hold", 0.0), ("hold", 2.0), ("switch", 4.0), ("done", 5.0)]


def _step(ident: str, reps: int) -> ReliefStep:
    text = LocalText.same(ident)
    return ReliefStep(
        id=ident, intervention="calf_stretch", title=text, instructions=text,
        illustration="calf_wall.svg", alt=text, hold_seconds=1, repetitions=reps,
        rest_seconds=1, sides="none", sources=("expert_opinion",),
    )  # fmt: skip


def _say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


class Logged(CueSounds):
    def __init__(self, volume: int, muted: bool, speech: bool) -> None:
        super().__init__(volume, muted=muted, speech=speech, allow_offscreen=True)
        self.handles: list[object] = []

    def play(self, cue: str) -> object | None:
        at = time.monotonic()
        handle = None if self.speech else super().play(cue)
        _say(cue=cue, at=at, played=handle is not None)
        if handle is not None:
            self.handles.append(handle)
        return handle


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volume", type=int, default=80)
    parser.add_argument("--muted", action="store_true")
    parser.add_argument("--speech", action="store_true")
    parser.add_argument("--hold", type=int, default=1, help="seconds of each hold")
    args = parser.parse_args()
    app = QApplication(["crampwise-sound-harness"])
    first, second = _step("first", 2), _step("second", 1)
    if args.hold != 1:
        first = first.with_timing(hold_seconds=args.hold, repetitions=1)
    text = LocalText.same("Test")
    plan = ReliefPlan("test", text, text, "relief", (first,) if args.speech else (first, second))
    sounds = Logged(args.volume, args.muted, args.speech)
    sounds.prepare()  # as make_player does
    if sounds.speech:
        sounds.say(" ")  # start the speech engine before the clock runs, as a warm-up

    player = ReliefPlayer(plan, sounds=sounds, autostart=False)
    player.resize(960, 680)
    player.show()
    done: list[bool] = []

    def finished() -> None:
        def quiet() -> bool:
            playing = [getattr(h, "isPlaying", lambda: False)() for h in sounds.handles]
            tts = sounds.speech_engine
            speaking = tts is not None and tts.state().name == "Speaking"
            return not any(playing) and not speaking

        def check() -> None:
            if quiet():
                _say(end=time.monotonic())
                done.append(True)
                app.quit()
            else:
                QTimer.singleShot(50, check)

        QTimer.singleShot(300, check)

    player.finished.connect(finished)
    QTimer.singleShot(0, lambda: (_say(start=time.monotonic()), player.start()))
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
