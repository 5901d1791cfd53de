"""The relief player: one step at a time, big picture, big countdown, big buttons.

The widget only adapts a ``QTimer`` to :class:`~crampwise.relief.sequencer.Sequencer` (which reads
the clock itself) and paints its state. Keys: Space pause/resume, Right next, Left previous,
Esc end, M mute; Tab reaches every button and Enter presses the focused one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crampwise import paths
from crampwise.relief.plans import ReliefPlan, ReliefStep
from crampwise.relief.sequencer import (
    EXTEND_SECONDS,
    EventKind,
    Phase,
    Sequencer,
    SequencerEvent,
    SequencerState,
)
from crampwise.relief.tones import tone_file
from crampwise.ui.illustration import IllustrationView

POLL_MS: Final = 100

# --- palette --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReliefPalette:
    """Colours the player paints with (``#rrggbb``). ``figure_fill`` fills the drawn bodies."""

    background: str
    text: str
    muted_text: str
    accent: str
    ring_track: str
    figure_fill: str = ""

    @classmethod
    def from_mapping(cls, colours: Mapping[str, str]) -> ReliefPalette:
        """Build from the theme's mapping; missing ``figure_fill`` uses ``ring_track``."""
        known = {f.name for f in fields(cls)}
        unknown = set(colours) - known
        if unknown:
            raise ValueError(f"unknown palette keys: {', '.join(sorted(unknown))}")
        return cls(**{k: v for k, v in colours.items() if k in known})

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def illustration_colours(self) -> dict[str, str]:
        return {
            "ink": self.text,
            "accent": self.accent,
            "soft": self.figure_fill or self.ring_track,
        }


# Night: warm amber on near-black, no bright blue anywhere.
NIGHT_PALETTE: Final = ReliefPalette(
    background="#14110e",
    text="#ecd9bd",
    muted_text="#a8957a",
    accent="#ffa94d",
    ring_track="#3a3026",
    figure_fill="#3b3024",
)
DAY_PALETTE: Final = ReliefPalette(
    background="#fbf8f2",
    text="#2e2a26",
    muted_text="#6b6259",
    accent="#c2561c",
    ring_track="#e6dccd",
    figure_fill="#f1e4d0",
)
PALETTES: Final = {"night": NIGHT_PALETTE, "day": DAY_PALETTE}

# --- words ----------------------------------------------------------------------------------

_TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "step_of": "Step {n} of {total}",
        "rep_of": "Repetition {n} of {total}",
        "hold": "Hold",
        "hold_side": "Hold · {side} leg",
        "rest": "Rest",
        "rest_next": "Rest · next: {title}",
        "switch": "Switch to the {side} leg",
        "paused": "Paused",
        "done": "Done",
        "ended": "Ended",
        "left": "left",
        "right": "right",
        "previous": "Previous",
        "pause": "Pause",
        "resume": "Resume",
        "next": "Next",
        "extend": "+15 s",
        "end": "End",
        "previous_name": "Previous step",
        "next_name": "Next step",
        "extend_name": "Add 15 seconds",
        "end_name": "End the relief plan",
        "seconds_left": "{n} seconds left",
        "seconds": "seconds",
        "caution": "Caution: {text}",
        "muted": "Sound off",
        "unmuted": "Sound on",
        "nothing": "No steps to show",
    },
    "fr": {
        "step_of": "Étape {n} sur {total}",
        "rep_of": "Répétition {n} sur {total}",
        "hold": "Tenez",
        "hold_side": "Tenez · jambe {side}",
        "rest": "Repos",
        "rest_next": "Repos · ensuite : {title}",
        "switch": "Passez à la jambe {side}",
        "paused": "En pause",
        "done": "Terminé",
        "ended": "Arrêté",
        "left": "gauche",
        "right": "droite",
        "previous": "Précédent",
        "pause": "Pause",
        "resume": "Reprendre",
        "next": "Suivant",
        "extend": "+15 s",
        "end": "Fin",
        "previous_name": "Étape précédente",
        "next_name": "Étape suivante",
        "extend_name": "Ajouter 15 secondes",
        "end_name": "Terminer le plan",
        "seconds_left": "{n} secondes restantes",
        "seconds": "secondes",
        "caution": "Attention : {text}",
        "muted": "Son coupé",
        "unmuted": "Son activé",
        "nothing": "Aucune étape à montrer",
    },
}


def _words(lang: str) -> dict[str, str]:
    return _TEXT.get(lang[:2].lower(), _TEXT["en"])


# --- sounds ---------------------------------------------------------------------------------


class CueSounds:
    """Plays the soft cue tones; silent when there is no way to play sound.

    Backends, in order: QtMultimedia's ``QSoundEffect`` (only with PySide6-Addons), ``winsound``
    on Windows, ``afplay`` on macOS, ``pw-play``/``paplay``/``aplay`` on Linux. Nothing plays on
    the offscreen platform (tests, CI). Any failure turns sound off quietly for the session.
    """

    def __init__(self, volume: int = 25, *, muted: bool = False, speech: bool = False) -> None:
        self.volume = max(0, min(100, volume))
        self.muted = muted
        # Spoken cues ("Switch to the left leg") as well as tones, when QtTextToSpeech works.
        self.speech = speech
        self._cache: Path | None = None
        self._play: Callable[[Path], None] | None = None
        self._effects: list[Any] = []
        self._ready = False
        self._tts: Any = None
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
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return
        with contextlib.suppress(ImportError):
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            def play_qt(path: Path) -> None:
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.play()
                self._effects = [*self._effects[-3:], effect]  # keep alive while playing

            self._play = play_qt
            return
        if sys.platform == "win32":
            import winsound

            def play_win(path: Path) -> None:
                flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
                winsound.PlaySound(str(path), flags)

            self._play = play_win
            return
        candidates = ["afplay"] if sys.platform == "darwin" else ["pw-play", "paplay", "aplay"]
        for name in candidates:
            exe = shutil.which(name)
            if exe:
                args = [exe, "-q"] if name == "aplay" else [exe]

                def play_cmd(path: Path, args: list[str] = args) -> None:
                    subprocess.Popen(
                        [*args, str(path)],
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )

                self._play = play_cmd
                return

    def say(self, text: str, lang: str = "en") -> None:
        """Speak ``text`` if speech is on and a speech engine exists; never raises."""
        if self.muted or not self.speech or self.volume == 0 or not text or self._tts_failed:
            return
        try:
            if self._tts is None:
                if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
                    raise RuntimeError("no speech offscreen")
                from PySide6.QtCore import QLocale
                from PySide6.QtTextToSpeech import QTextToSpeech

                self._tts = QTextToSpeech()
                self._tts.setLocale(QLocale(lang))
            self._tts.setVolume(self.volume / 100)
            self._tts.say(text)
        except Exception:  # no Addons, no libpulse, no speech engine: tones only
            self._tts_failed = True
            self._tts = None

    def play(self, cue: str) -> None:
        """Play ``hold``, ``switch`` or ``done``; never raises."""
        if self.muted or self.volume == 0:
            return
        self._setup()
        if self._play is None:
            return
        try:
            if self._cache is None:
                self._cache = Path(tempfile.mkdtemp(prefix="crampwise-tones-"))
            self._play(tone_file(self._cache, cue, self.volume))
        except Exception:  # sound is a nicety: never let it break the countdown
            self._play = None


# --- countdown ring -------------------------------------------------------------------------


class CountdownRing(QWidget):
    """A large ring that empties as the phase runs out, with the whole seconds in the middle."""

    def __init__(self, palette: ReliefPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._fraction = 0.0
        self._seconds = 0
        self._caption = ""
        self._dimmed = False
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_palette(self, palette: ReliefPalette) -> None:
        self._palette = palette
        self.update()

    def set_value(self, fraction: float, seconds: int, caption: str, *, dimmed: bool) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if (fraction, seconds, caption, dimmed) == (
            self._fraction,
            self._seconds,
            self._caption,
            self._dimmed,
        ):
            return
        self._fraction, self._seconds, self._caption, self._dimmed = (
            fraction,
            seconds,
            caption,
            dimmed,
        )
        self.update()

    @property
    def seconds(self) -> int:
        return self._seconds

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_w = max(8.0, side * 0.07)
        rect = QRectF(
            (self.width() - side) / 2 + pen_w / 2,
            (self.height() - side) / 2 + pen_w / 2,
            side - pen_w,
            side - pen_w,
        )
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPen(QColor(self._palette.ring_track), pen_w)
        p.setPen(track)
        p.drawEllipse(rect)
        if self._fraction > 0:
            colour = QColor(self._palette.muted_text if self._dimmed else self._palette.accent)
            arc = QPen(colour, pen_w)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(arc)
            # Qt angles: 1/16 degree, counter-clockwise from 3 o'clock. Start at 12, go clockwise.
            p.drawArc(rect, 90 * 16, -round(self._fraction * 360 * 16))
        font = QFont(self.font())
        font.setPixelSize(max(12, int(side * 0.3)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(self._palette.text))
        number = QRectF(
            rect.x(), rect.y() + rect.height() * 0.12, rect.width(), rect.height() * 0.6
        )
        p.drawText(number, Qt.AlignmentFlag.AlignCenter, str(self._seconds))
        if self._caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, int(side * 0.085)))
            p.setFont(small)
            p.setPen(QColor(self._palette.muted_text))
            below = QRectF(rect.x(), rect.y() + rect.height() * 0.66, rect.width(), side * 0.12)
            p.drawText(below, Qt.AlignmentFlag.AlignCenter, self._caption)
        p.end()


# --- the player -----------------------------------------------------------------------------

_SHORTCUT_KEYS: Final = {
    Qt.Key.Key_Space,
    Qt.Key.Key_Right,
    Qt.Key.Key_Left,
    Qt.Key.Key_Escape,
    Qt.Key.Key_M,
}


class ReliefPlayer(QWidget):
    """Plays a relief plan. Emits ``finished(step_ids, ended_early)`` once, at the end.

    ``side``: the cramping leg ("left", "right" or "both"); drawings are mirrored for the left.
    ``skip`` / ``cautions``: from the advice engine (see :class:`Sequencer`).
    ``clock``: seconds from a monotonic clock; tests pass a fake one.
    ``sounds``: a :class:`CueSounds` (or anything with ``play(cue)`` and ``muted``).
    """

    finished = Signal(list, bool)
    stepChanged = Signal(str)
    muteChanged = Signal(bool)

    def __init__(
        self,
        plan: ReliefPlan,
        *,
        side: str = "right",
        lang: str = "en",
        palette: ReliefPalette | Mapping[str, str] = NIGHT_PALETTE,
        clock: Callable[[], float] = time.monotonic,
        skip: Mapping[str, str] | None = None,
        cautions: Mapping[str, str] | None = None,
        sounds: CueSounds | None = None,
        illustrations_dir: Path | None = None,
        poll_ms: int = POLL_MS,
        autostart: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reliefPlayer")
        self._lang = lang
        self._t = _words(lang)
        self._palette = (
            palette if isinstance(palette, ReliefPalette) else ReliefPalette.from_mapping(palette)
        )
        self._pictures = illustrations_dir or paths.asset("illustrations")
        self.sounds = sounds if sounds is not None else CueSounds()
        self.sequencer = Sequencer(plan, side=side, clock=clock, skip=skip, cautions=cautions)
        self._finished_emitted = False
        self._shown_step: tuple[int, str | None] | None = None
        self._build()
        self.apply_palette(self._palette)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        if autostart:
            self.start()
        else:
            self._refresh()

    # --- building ------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setMinimumHeight(56)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        button.installEventFilter(self)
        return button

    def _build(self) -> None:
        t = self._t
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.header = QLabel(self)
        self.header.setObjectName("reliefHeader")
        self.picture = IllustrationView(self)
        self.ring = CountdownRing(self._palette, self)
        self.cue = QLabel(self)
        self.cue.setObjectName("reliefCue")
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue.setWordWrap(True)
        self.title = QLabel(self)
        self.title.setObjectName("reliefTitle")
        self.title.setWordWrap(True)
        self.instructions = QLabel(self)
        self.instructions.setObjectName("reliefInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.caution = QLabel(self)
        self.caution.setObjectName("reliefCaution")
        self.caution.setWordWrap(True)
        self.caution.hide()

        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setBold(True)
        self.title.setFont(big)
        cue_font = QFont(self.font())
        cue_font.setPointSizeF(cue_font.pointSizeF() * 1.6)
        cue_font.setBold(True)
        self.cue.setFont(cue_font)
        body = QFont(self.font())
        body.setPointSizeF(body.pointSizeF() * 1.35)
        self.instructions.setFont(body)
        self.caution.setFont(body)
        head = QFont(self.font())
        head.setPointSizeF(head.pointSizeF() * 1.15)
        self.header.setFont(head)

        self.previous_button = self._button(
            t["previous"], t["previous_name"], self.sequencer_previous
        )
        self.pause_button = self._button(t["pause"], t["pause"], self.toggle_pause)
        self.next_button = self._button(t["next"], t["next_name"], self.sequencer_next)
        self.extend_button = self._button(t["extend"], t["extend_name"], self.extend)
        self.end_button = self._button(t["end"], t["end_name"], self.end)
        button_font = QFont(self.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.3)
        for b in self.buttons():
            b.setFont(button_font)

        right = QVBoxLayout()
        right.addWidget(self.ring, 3)
        right.addWidget(self.cue, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.picture, 3)
        middle.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        for b in self.buttons():
            buttons.addWidget(b)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(self.header)
        outer.addLayout(middle, 1)
        outer.addWidget(self.title)
        outer.addWidget(self.instructions)
        outer.addWidget(self.caution)
        outer.addLayout(buttons)
        self.setTabOrder(self.previous_button, self.pause_button)
        self.setTabOrder(self.pause_button, self.next_button)
        self.setTabOrder(self.next_button, self.extend_button)
        self.setTabOrder(self.extend_button, self.end_button)

    def buttons(self) -> list[QPushButton]:
        return [
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.extend_button,
            self.end_button,
        ]

    def apply_palette(self, palette: ReliefPalette | Mapping[str, str]) -> None:
        """Recolour everything (the lead's theme calls this when night/day changes)."""
        if not isinstance(palette, ReliefPalette):
            palette = ReliefPalette.from_mapping(palette)
        self._palette = palette
        p = palette
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"""
            #reliefPlayer {{ background: {p.background}; }}
            #reliefPlayer QLabel {{ color: {p.text}; background: transparent; }}
            #reliefPlayer QLabel#reliefHeader {{ color: {p.muted_text}; }}
            #reliefPlayer QLabel#reliefCue {{ color: {p.accent}; }}
            #reliefPlayer QLabel#reliefCaution {{ color: {p.accent}; }}
            #reliefPlayer QPushButton {{
                color: {p.text}; background: {p.ring_track};
                border: 2px solid {p.ring_track}; border-radius: 12px; padding: 8px 16px;
            }}
            #reliefPlayer QPushButton:hover {{ border-color: {p.muted_text}; }}
            #reliefPlayer QPushButton:focus {{ border: 3px solid {p.accent}; }}
            #reliefPlayer QPushButton:pressed {{ background: {p.muted_text}; }}
            """
        )
        self.ring.set_palette(p)
        self.picture.set_colours(p.illustration_colours())

    # --- running -------------------------------------------------------------------------

    def start(self) -> None:
        events = self.sequencer.start()
        self._timer.start()
        self._handle(events, first=True)
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def poll(self) -> None:
        """Called by the timer: let the sequencer read the clock, then repaint."""
        self._handle(self.sequencer.poll())

    def toggle_pause(self) -> None:
        if self.sequencer.done:
            return
        self.sequencer.toggle_pause()
        self._refresh()

    def sequencer_next(self) -> None:
        self._handle(self.sequencer.next_step())

    def sequencer_previous(self) -> None:
        self._handle(self.sequencer.previous_step())

    def extend(self) -> None:
        self.sequencer.extend(EXTEND_SECONDS)
        self._refresh()

    def end(self) -> None:
        self._handle(self.sequencer.stop())

    def toggle_mute(self) -> None:
        self.sounds.muted = not self.sounds.muted
        self.muteChanged.emit(self.sounds.muted)
        self.setToolTip(self._t["muted"] if self.sounds.muted else self._t["unmuted"])

    def _handle(self, events: list[SequencerEvent], *, first: bool = False) -> None:
        kinds = {e.kind for e in events}
        if EventKind.DONE in kinds:
            self.sounds.play("done")
        elif kinds & {EventKind.NEXT_STEP, EventKind.SWITCH_SIDE} and not first:
            self.sounds.play("switch")
        elif EventKind.HOLD_STARTED in kinds:
            self.sounds.play("hold")
        self._refresh()
        if kinds and self.sounds.speech:
            self.sounds.say(self.cue.text().replace(" · ", ", "), self._lang)
        if self.sequencer.done and not self._finished_emitted:
            self._finished_emitted = True
            self._timer.stop()
            self.finished.emit(list(self.sequencer.visited), self.sequencer.ended_early)

    # --- painting the state --------------------------------------------------------------

    def _side_word(self, side: str | None) -> str:
        return self._t.get(side or "", "")

    def _cue_text(self, s: SequencerState) -> str:
        t = self._t
        if s.phase is Phase.DONE:
            return t["ended"] if s.ended_early else t["done"]
        if s.paused:
            return t["paused"]
        if s.phase is Phase.REST:
            if s.next_step is not None:
                return t["rest_next"].format(title=s.next_step.title.get(self._lang))
            if s.next_side and s.next_side != s.side:
                return t["switch"].format(side=self._side_word(s.next_side))
            return t["rest"]
        if s.side is not None and s.step is not None and s.step.sides != "none":
            return t["hold_side"].format(side=self._side_word(s.side))
        return t["hold"]

    def _show_step(self, step: ReliefStep | None, side: str | None) -> None:
        t = self._t
        if step is None:
            self.picture.set_illustration(
                None, self._palette.illustration_colours(), "", mirrored=False
            )
            if self.sequencer.done:
                self.title.setText(t["ended"] if self.sequencer.ended_early else t["done"])
            else:
                self.title.setText(t["nothing"])
            self.instructions.setText("")
            return
        self.picture.set_illustration(
            self._pictures / step.illustration,
            self._palette.illustration_colours(),
            step.alt.get(self._lang),
            mirrored=side == "left",
        )
        self.title.setText(step.title.get(self._lang))
        self.instructions.setText(step.instructions.get(self._lang))

    def state(self) -> SequencerState:
        return self.sequencer.state()

    def _refresh(self) -> None:
        s = self.sequencer.state()
        t = self._t
        key = (s.step_index if s.step else -1, s.side)
        if key != self._shown_step:
            step_changed = self._shown_step is None or key[0] != self._shown_step[0]
            self._shown_step = key
            self._show_step(s.step, s.side)
            if step_changed and s.step is not None:
                self.stepChanged.emit(s.step.id)
        parts = [self.sequencer.plan.name.get(self._lang)]
        if s.step is not None:
            parts.insert(0, t["step_of"].format(n=s.step_index + 1, total=s.step_count))
            if s.repetitions > 1:
                parts.insert(1, t["rep_of"].format(n=s.repetition, total=s.repetitions))
        self.header.setText("  ·  ".join(parts))
        cue = self._cue_text(s)
        self.cue.setText(cue)
        self.cue.setAccessibleName(cue)
        if s.caution:
            self.caution.setText(t["caution"].format(text=s.caution))
            self.caution.show()
        else:
            self.caution.hide()
        seconds = s.whole_seconds_left
        fraction = s.remaining_seconds / s.phase_seconds if s.phase_seconds else 0.0
        caption = t["seconds"] if s.step is not None else ""
        self.ring.set_value(fraction, seconds, caption, dimmed=s.paused or s.phase is Phase.REST)
        self.ring.setAccessibleName(t["seconds_left"].format(n=seconds))
        label = t["resume"] if s.paused else t["pause"]
        self.pause_button.setText(label)
        self.pause_button.setAccessibleName(label)
        active = s.phase in (Phase.HOLD, Phase.REST)
        for b in (self.previous_button, self.pause_button, self.next_button, self.extend_button):
            b.setEnabled(active)
        self.end_button.setEnabled(active)

    # --- keys ----------------------------------------------------------------------------

    def _key(self, key: int) -> bool:
        if key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key == Qt.Key.Key_Right:
            self.sequencer_next()
        elif key == Qt.Key.Key_Left:
            self.sequencer_previous()
        elif key == Qt.Key.Key_Escape:
            self.end()
        elif key == Qt.Key.Key_M:
            self.toggle_mute()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ) and self._key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # On a focused button, Space still pauses (not "click"); Enter presses the button.
        if isinstance(watched, QPushButton) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                watched.click()
                return True
            if event.key() in _SHORTCUT_KEYS and not event.modifiers():
                return self._key(event.key())
        if isinstance(watched, QPushButton) and event.type() == QEvent.Type.KeyRelease:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space:
                return True  # the button must not "click" on release either
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        return QSize(960, 680)


# --- screenshots ----------------------------------------------------------------------------


class _FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class _Silent(CueSounds):
    def say(self, text: str, lang: str = "en") -> None:
        """Speak ``text`` if speech is on and a speech engine exists; never raises."""
        if self.muted or not self.speech or self.volume == 0 or not text or self._tts_failed:
            return
        try:
            if self._tts is None:
                if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
                    raise RuntimeError("no speech offscreen")
                from PySide6.QtCore import QLocale
                from PySide6.QtTextToSpeech import QTextToSpeech

                self._tts = QTextToSpeech()
                self._tts.setLocale(QLocale(lang))
            self._tts.setVolume(self.volume / 100)
            self._tts.say(text)
        except Exception:  # no Addons, no libpulse, no speech engine: tones only
            self._tts_failed = True
            self._tts = None

    def play(self, cue: str) -> None:
        return None


def render_plan_screens(
    outdir: Path | str,
    palette_name: str = "night",
    *,
    lang: str = "en",
    size: QSize | None = None,
    side: str = "right",
) -> list[Path]:
    """Render every step of every shipped plan in the player to PNG; returns the files written.

    Files are named ``{plan}-{NN}-{step}-{palette}.png``. Each shot is taken a third of the way
    into the first hold, so the ring shows progress. Needs (or creates) a ``QApplication``.
    """
    from crampwise.relief.plans import load_default_plans

    _app = QApplication.instance() or QApplication([])  # keep a reference while rendering
    palette = PALETTES[palette_name]
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    size = size or QSize(960, 680)
    written: list[Path] = []
    for plan in load_default_plans().plans:
        for index, step in enumerate(plan.steps):
            clock = _FakeClock()
            player = ReliefPlayer(
                plan, side=side, lang=lang, palette=palette, clock=clock, sounds=_Silent()
            )
            for _ in range(index):
                player.sequencer_next()
            clock.now += step.hold_seconds / 3
            player.poll()
            player.resize(size)
            player.show()
            QApplication.processEvents()
            path = out / f"{plan.id}-{index + 1:02d}-{step.id}-{palette_name}.png"
            player.grab().save(str(path))
            written.append(path)
            player.close()
            player.deleteLater()
    QApplication.processEvents()
    return written
