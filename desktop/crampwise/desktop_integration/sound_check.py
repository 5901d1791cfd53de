"""The sound check: play the three cues at the set volume, speak one phrase, say what worked.

Used by ``crampwise sound-check`` and by Settings → Test sounds… in the window. It plays through
the relief player's own :class:`~crampwise.ui.player.CueSounds`, so it tests what a cramp at night
will use. Needs a ``QCoreApplication`` (it makes one if there is none); Qt is imported lazily.
Results are :class:`~crampwise.text.Message` sentences: English for the terminal, translated in
the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from crampwise.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from crampwise.ui.cue_sounds import CueSounds

CONTEXT: Final = "SoundCheck"
CUES: Final = ("hold", "switch", "done")
CUE_WAIT_MS: Final = 3000  # a cue lasts under 1.2 s; past this it is not playing
GAP_MS: Final = 400  # silence between two cues
SPEECH_WAIT_MS: Final = 10_000  # speech-dispatcher may take a few seconds to start
PHRASE: Final = QT_TRANSLATE_NOOP(CONTEXT, "Crampwise sound check. Hold, right leg.")

_CUE_NAMES: Final = {
    "hold": QT_TRANSLATE_NOOP(CONTEXT, "hold"),
    "switch": QT_TRANSLATE_NOOP(CONTEXT, "switch"),
    "done": QT_TRANSLATE_NOOP(CONTEXT, "done"),
}
MUTED: Final = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP(
        CONTEXT,
        "Sounds are muted in Crampwise (Settings → Mute relief sounds), so nothing was "
        "played. Turn that off to test them.",
    ),
)
VOLUME_ZERO: Final = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP(CONTEXT, "The sound volume is set to 0, so nothing was played."),
)
NO_OUTPUT: Final = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP(
        CONTEXT,
        "No sound server was found: PulseAudio or PipeWire is not running, or this computer "
        "has no sound output. The cues cannot be heard.",
    ),
)
NO_PLAYER: Final = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP(
        CONTEXT,
        "Crampwise found no way to play sound on this computer (QtMultimedia, paplay or aplay).",
    ),
)
NO_SPEECH: Final = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP(
        CONTEXT,
        "No speech engine was found, so cues are not spoken. On Debian or Ubuntu: "
        "sudo apt install speech-dispatcher espeak-ng",
    ),
)
SPEECH_FAILED: Final = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP(CONTEXT, "The speech engine did not speak the test phrase."),
)
SPOKE: Final = Message(CONTEXT, QT_TRANSLATE_NOOP(CONTEXT, "Spoken cues work."))
NOTHING: Final = Message(
    CONTEXT, QT_TRANSLATE_NOOP(CONTEXT, "Nothing could be played: you will hear no cues.")
)


@dataclass
class SoundCheckReport:
    """What the check played, what failed, and why, in plain words."""

    played: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    spoke: bool = False
    problems: list[Message] = field(default_factory=list)

    @property
    def anything_played(self) -> bool:
        return bool(self.played) or self.spoke

    def messages(self) -> list[Message]:
        """The report, one sentence a line: what worked first, then each problem."""
        out: list[Message] = []
        if self.played:
            names = [Message(CONTEXT, _CUE_NAMES[c]) for c in self.played]
            out.append(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(CONTEXT, "Played the cues: {cues}."),
                    {"cues": Message.joined(names, ", ")},
                )
            )
        if self.failed:
            names = [Message(CONTEXT, _CUE_NAMES[c]) for c in self.failed]
            out.append(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(CONTEXT, "These cues did not play: {cues}."),
                    {"cues": Message.joined(names, ", ")},
                )
            )
        if self.spoke:
            out.append(SPOKE)
        out.extend(self.problems)
        if not self.anything_played:
            out.append(NOTHING)
        return out


def _ensure_app() -> Any:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication(["crampwise"])


def _wait(done: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until ``done()`` or the timeout; True if done."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    _ensure_app()
    loop = QEventLoop()
    deadline = QDeadlineTimer(timeout_ms)
    while not done() and not deadline.hasExpired():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return done()


def output_found() -> bool | None:
    """Whether Qt sees a sound output (None: QtMultimedia is not there to ask)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return None
    _ensure_app()
    return bool(QMediaDevices.audioOutputs())


def _heard(handle: object) -> bool:
    """Wait for one cue to finish; True if the sound system played it."""
    poll = getattr(handle, "poll", None)
    if callable(poll):  # a player process (paplay, aplay): its exit status says
        _wait(lambda: poll() is not None, CUE_WAIT_MS)
        return bool(poll() == 0)
    is_playing = getattr(handle, "isPlaying", None)
    if not callable(is_playing):
        return handle is not None  # winsound: nothing more to know
    from PySide6.QtMultimedia import QSoundEffect

    effect: QSoundEffect = handle  # type: ignore[assignment]
    started = _wait(
        lambda: effect.isPlaying() or effect.status() == QSoundEffect.Status.Error, CUE_WAIT_MS
    )
    if not started or effect.status() == QSoundEffect.Status.Error:
        return False
    _wait(lambda: not effect.isPlaying(), CUE_WAIT_MS)
    return True


def _spoken(sounds: CueSounds, phrase: str, lang: str) -> bool:
    """Speak ``phrase`` and wait until the engine has said it; True if it did."""
    if not sounds.say(phrase, lang):
        return False
    from PySide6.QtTextToSpeech import QTextToSpeech

    tts = sounds.speech_engine
    states = QTextToSpeech.State
    seen: list[object] = [tts.state()]
    tts.stateChanged.connect(seen.append)
    finished = _wait(
        lambda: states.Speaking in seen and tts.state() in (states.Ready, states.Error),
        SPEECH_WAIT_MS,
    )
    return bool(finished and tts.state() == states.Ready)


def run_sound_check(
    volume: int,
    *,
    muted: bool = False,
    lang: str = "en",
    phrase: str | None = None,
    sounds: CueSounds | None = None,
) -> SoundCheckReport:
    """Play hold, switch and done at ``volume`` (0-100), then speak ``phrase``.

    ``phrase`` defaults to :data:`PHRASE` in ``lang``. ``sounds``: tests pass their own.
    """
    report = SoundCheckReport()
    if muted:
        report.problems.append(MUTED)
        return report
    if volume <= 0:
        report.problems.append(VOLUME_ZERO)
        return report
    from PySide6.QtCore import QCoreApplication

    from crampwise.ui.cue_sounds import CueSounds

    _ensure_app()
    if sounds is None:
        sounds = CueSounds(volume, speech=True, allow_offscreen=True)
    if output_found() is False:
        report.problems.append(NO_OUTPUT)  # speech would go nowhere either
        return report
    if not sounds.available:
        report.problems.append(NO_PLAYER)
    else:
        for i, cue in enumerate(CUES):
            if i:
                _wait(lambda: False, GAP_MS)  # heard one by one, not run together
            handle = sounds.play(cue)
            (report.played if handle is not None and _heard(handle) else report.failed).append(cue)
        if report.failed and not report.played:
            report.problems.append(NO_OUTPUT)
    text = phrase or QCoreApplication.translate(CONTEXT, PHRASE)
    report.spoke = _spoken(sounds, text, lang)
    if not report.spoke:
        report.problems.append(SPEECH_FAILED if sounds.speech_engine is not None else NO_SPEECH)
    return report


# --- crampwise sound-check (its options: crampwise.cli.desktop) ---------------------------


def command(args: Any) -> int:
    """Exit 0 if anything could be heard, 1 if nothing could be played."""
    import os
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    from crampwise.settings import load_settings

    # Qt's multimedia back end talks about its libraries and the sound server on stderr
    # ("pa_context_connect() failed"); the report below says the same in plain words.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    qInstallMessageHandler(lambda *_args: None)
    settings = load_settings()
    volume = args.volume if args.volume is not None else settings.sound_volume
    print(f"Playing the three cues (hold, switch, done) at volume {volume}%…", flush=True)
    report = run_sound_check(volume, muted=settings.muted and args.volume is None)
    for line in report.messages():
        print(line.english())
    if not report.anything_played:
        print("crampwise: no sound could be played", file=sys.stderr)
        return 1
    return 0
