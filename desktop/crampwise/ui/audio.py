"""Whether the relief sounds can play here, and Qt's lines about it kept off the terminal.

With QtMultimedia installed but no sound server (PulseAudio, PipeWire), Qt prints a dozen
lines when its audio starts and more at every sound. Instead the app asks once whether there
is any way to play sound (:func:`sound_problem`), plays nothing when there is none, and the
window says so where a person looks (the status bar, the sound settings).
:func:`quiet_qt_output` drops those lines, and the offscreen platform's "This plugin does not
support ..." notes, and passes everything else on.

On the first screen's path (``run_gui`` installs the filter): Qt's core module only.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, qFormatLogMessage, qInstallMessageHandler

# Message categories, and the starts of uncategorised messages, that say nothing a person can
# act on: the window tells them about missing sound in words instead.
NOISE_CATEGORIES = ("qt.multimedia",)
NOISE_STARTS = (
    "PulseAudioService:",  # no PulseAudio server
    "QSoundEffect:",  # a sound with no device to play it on
    "No QtMultimedia backends found.",  # a bundle without FFmpeg: QSoundEffect still plays
    "This plugin does not support ",  # offscreen and minimal platforms: propagateSizeHints()…
)
# Programs that play a WAV file, tried in this order when QtMultimedia is not installed.
COMMAND_PLAYERS = {"darwin": ("afplay",), "linux": ("pw-play", "paplay", "aplay")}

_filter: dict[str, Any] = {}  # "handler": ours, "previous": the one it passes messages on to


def is_noise(category: str, message: str) -> bool:
    return category.startswith(NOISE_CATEGORIES) or message.startswith(NOISE_STARTS)


def quiet_qt_output() -> None:
    """Filter Qt's messages through :func:`is_noise` (once; any earlier handler still gets the
    rest, else they go to stderr as Qt would print them)."""
    if _filter:
        return

    def handler(mode: Any, context: Any, message: str) -> None:
        if is_noise(context.category or "", message):
            return
        previous = _filter.get("previous")
        if previous is not None:
            previous(mode, context, message)
        else:
            print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)

    _filter["handler"] = handler
    _filter["previous"] = qInstallMessageHandler(handler)


def command_player() -> str | None:
    """The first program found that plays a WAV file, for when QtMultimedia is missing."""
    import shutil  # here: it imports the compression modules, not needed for the first paint

    names = COMMAND_PLAYERS.get(sys.platform, COMMAND_PLAYERS["linux"])
    return next((exe for name in names if (exe := shutil.which(name))), None)


@cache
def sound_problem() -> str:
    """Why the relief sounds cannot play on this computer, in words; "" when they can.

    Asked once per run: QtMultimedia's list of audio outputs (empty without a sound server),
    or, without QtMultimedia, Windows' own player or a program such as ``paplay``.
    """
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # the Addons are missing, or libpulse is
        if sys.platform == "win32" or command_player() is not None:
            return ""
        return QCoreApplication.translate(
            "Sound", "no way to play sounds was found. Install PulseAudio or PipeWire to hear them."
        )
    if QMediaDevices.audioOutputs():
        return ""
    return QCoreApplication.translate(
        "Sound",
        "no sound output was found. Is a sound service such as PulseAudio or PipeWire running?",
    )
