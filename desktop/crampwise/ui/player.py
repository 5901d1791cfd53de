"""The relief player: one step at a time, big picture, big countdown, big buttons.

The widget only adapts a ``QTimer`` to :class:`~crampwise.relief.sequencer.Sequencer` (which reads
the clock itself) and paints its state. Keys: Space pause/resume, Right next, Left previous,
Esc end, M mute; Tab reaches every button and Enter presses the focused one.

Its words go through Qt's translation (contexts ``ReliefPlayer`` for the buttons, and
``ReliefWords`` for the cues and what screen readers hear: :mod:`crampwise.ui.relief_words`);
the plan's own texts (titles, instructions, picture descriptions) come from the plan files in
``lang``. Screen readers hear the countdown at the moments that matter (``announced``), not
every second. ``reduce_motion`` stops the ring (:mod:`crampwise.ui.countdown_ring`) sweeping
smoothly: it then moves once a second, with the number.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFont,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crampwise import i18n, paths
from crampwise.relief.plans import ReliefPlan, ReliefStep
from crampwise.relief.sequencer import (
    EXTEND_SECONDS,
    EventKind,
    Phase,
    Sequencer,
    SequencerEvent,
    SequencerState,
)
from crampwise.ui.countdown_ring import CountdownRing
from crampwise.ui.cue_sounds import CueSounds
from crampwise.ui.illustration import IllustrationView
from crampwise.ui.relief_words import ReliefWords
from crampwise.ui.theme import NIGHT, Theme

POLL_MS: Final = 100

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

    ``side``: the cramping leg ("left", "right" or "both"; drawings are mirrored for the left),
    or None while the person has not said which: the drawing shows the right leg and the words
    name no leg. :meth:`set_side` changes it without restarting the step or the countdown.
    ``start_at``: the step id to begin with (the plan's first step when it has no such step).
    ``skip`` / ``cautions``: from the advice engine (see :class:`Sequencer`).
    ``clock``: seconds from a monotonic clock; tests pass a fake one.
    ``sounds``: a :class:`CueSounds` (or anything with ``play(cue)`` and ``muted``).
    ``theme``: the colours to paint with (:meth:`apply_theme` changes them).
    ``lang``: the language of the plan's texts (default :func:`crampwise.i18n.language`).
    ``reduce_motion``: the ring moves once a second instead of sweeping smoothly.
    """

    finished = Signal(list, bool)
    stepChanged = Signal(str)
    muteChanged = Signal(bool)
    announced = Signal(str)  # a sentence for screen readers, at phase changes only

    def __init__(
        self,
        plan: ReliefPlan,
        *,
        side: str | None = "right",
        start_at: str | None = None,
        lang: str | None = None,
        theme: Theme = NIGHT,
        clock: Callable[[], float] = time.monotonic,
        skip: Mapping[str, str] | None = None,
        cautions: Mapping[str, str] | None = None,
        sounds: CueSounds | None = None,
        illustrations_dir: Path | None = None,
        poll_ms: int = POLL_MS,
        autostart: bool = True,
        reduce_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reliefPlayer")
        # The plan's texts in this language (default: the app's); the words are Qt's.
        self._lang = lang or i18n.language()
        self.reduce_motion = reduce_motion
        self.announcements: list[str] = []  # what screen readers were told, oldest first
        self._theme = theme
        self._pictures = illustrations_dir or paths.asset("illustrations")
        self.sounds = sounds if sounds is not None else CueSounds()
        self.words = ReliefWords(self._lang, leg_named=side is not None, parent=self)
        self._start_at = start_at
        self.sequencer = Sequencer(
            plan, side=side or "right", clock=clock, skip=skip, cautions=cautions
        )
        self._finished_emitted = False
        self._shown_step: tuple[int, str | None] | None = None
        self._build()
        self.apply_theme(self._theme)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        # The poll repaints the ring; this one fires exactly when the current phase ends, so
        # "done" or "switch" lands on time instead of up to one poll late.
        self._phase_end = QTimer(self)
        self._phase_end.setSingleShot(True)
        self._phase_end.setTimerType(Qt.TimerType.PreciseTimer)
        self._phase_end.timeout.connect(self.poll)
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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Relief guide"))  # what a screen reader says on focus
        self._build_labels()
        self._build_buttons()
        self._set_fonts()
        self._lay_out()

    def _build_labels(self) -> None:
        """The header, the drawing, the countdown and its cue, the step's words."""
        self.header = QLabel(self)
        self.header.setObjectName("reliefHeader")
        self.picture = IllustrationView(self)
        self.ring = CountdownRing(self._theme, self)
        self.ring.setAccessibleName(self.tr("Countdown"))
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
        # Why a step the plan would have shown here is left out for this person.
        self.skipped_note = QLabel(self)
        self.skipped_note.setObjectName("reliefSkipped")
        self.skipped_note.setWordWrap(True)
        self.skipped_note.hide()

    def _build_buttons(self) -> None:
        """Previous, Pause, Next, +N s and End, each naming its key."""
        self.previous_button = self._button(
            self.tr("Previous"), self.tr("Previous step"), self.sequencer_previous
        )
        self.pause_button = self._button(self.tr("Pause"), self.tr("Pause"), self.toggle_pause)
        self.next_button = self._button(self.tr("Next"), self.tr("Next step"), self.sequencer_next)
        self.extend_button = self._button(
            self.tr("+{0} s").format(EXTEND_SECONDS),
            self.tr("Add {0} seconds").format(EXTEND_SECONDS),
            self.extend,
        )
        self.end_button = self._button(self.tr("End"), self.tr("End the relief plan"), self.end)
        self.previous_button.setAccessibleDescription(self.tr("Left arrow key"))
        self.pause_button.setAccessibleDescription(self.tr("Space bar"))
        self.next_button.setAccessibleDescription(self.tr("Right arrow key"))
        self.end_button.setAccessibleDescription(self.tr("Escape key"))

    def _font(self, scale: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        if bold:
            font.setBold(True)
        return font

    def _set_fonts(self) -> None:
        """Large enough to read at arm's length, half asleep."""
        self.title.setFont(self._font(1.9, bold=True))
        self.cue.setFont(self._font(1.6, bold=True))
        body = self._font(1.35)
        for label in (self.instructions, self.caution, self.skipped_note):
            label.setFont(body)
        self.header.setFont(self._font(1.15))
        button_font = self._font(1.3)
        for b in self.buttons():
            b.setFont(button_font)

    def _lay_out(self) -> None:
        """The drawing beside the countdown, the words under them, the buttons at the bottom."""
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
        self._outer = outer
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(self.header)
        outer.addLayout(middle, 1)
        outer.addWidget(self.title)
        outer.addWidget(self.instructions)
        outer.addWidget(self.caution)
        outer.addWidget(self.skipped_note)
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

    def apply_theme(self, theme: Theme) -> None:
        """Paint everything in ``theme``'s colours."""
        self._theme = p = theme
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"""
            #reliefPlayer {{ background: {p.background}; }}
            #reliefPlayer QLabel {{ color: {p.text}; background: transparent; }}
            #reliefPlayer QLabel#reliefHeader {{ color: {p.muted_text}; }}
            #reliefPlayer QLabel#reliefCue {{ color: {p.accent}; }}
            #reliefPlayer QLabel#reliefCaution {{ color: {p.accent}; }}
            #reliefPlayer QLabel#reliefSkipped {{ color: {p.muted_text}; }}
            #reliefPlayer QPushButton {{
                color: {p.text}; background: {p.border};
                border: 2px solid {p.border}; border-radius: 12px; padding: 8px 16px;
            }}
            #reliefPlayer QPushButton:hover {{ border-color: {p.muted_text}; }}
            #reliefPlayer QPushButton:focus {{ border: 3px solid {p.accent}; }}
            #reliefPlayer QPushButton:pressed {{ background: {p.muted_text}; }}
            """
        )
        self.ring.set_theme(p)
        self.picture.set_colours(p.illustration_colours())

    # --- running -------------------------------------------------------------------------

    def start(self) -> None:
        events = self.sequencer.start(self._start_at)
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
        self._announce_state()

    def sequencer_next(self) -> None:
        self._handle(self.sequencer.next_step())

    def sequencer_previous(self) -> None:
        self._handle(self.sequencer.previous_step())

    def extend(self) -> None:
        self.sequencer.extend(EXTEND_SECONDS)
        self._refresh()
        s = self.sequencer.state()
        if s.phase in (Phase.HOLD, Phase.REST):
            self._announce(self.words.seconds_left(s.whole_seconds_left))

    def end(self) -> None:
        self._handle(self.sequencer.stop())

    def set_side(self, side: str) -> None:
        """Show the other leg: the drawing mirrors in place, the step and countdown go on."""
        self.words.leg_named = True
        self.sequencer.set_side(side)
        self._refresh()

    def toggle_mute(self) -> None:
        self.sounds.muted = not self.sounds.muted
        self.muteChanged.emit(self.sounds.muted)
        self.setToolTip(self.tr("Sound off") if self.sounds.muted else self.tr("Sound on"))

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
            cue = self.words.cue(self.sequencer.state())
            self.sounds.say(cue.replace(" · ", ", "), self._lang)
        self._announce_state()
        if self.sequencer.done and not self._finished_emitted:
            self._finished_emitted = True
            self._timer.stop()
            self._phase_end.stop()
            self.finished.emit(list(self.sequencer.visited), self.sequencer.ended_early)

    # --- painting the state --------------------------------------------------------------

    def _announce_state(self) -> None:
        """Tell screen readers what changed, when it matters (:meth:`ReliefWords.news`)."""
        news = self.words.news(self.sequencer.state())
        if news is not None:
            self._announce(news)

    def _announce(self, text: str) -> None:
        """Say ``text`` to assistive technology once; it stays as the ring's description."""
        self.announcements.append(text)
        self.ring.setAccessibleDescription(text)
        event = QAccessibleAnnouncementEvent(self.ring, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)

    def _show_step(self, step: ReliefStep | None, side: str | None) -> None:
        if step is None:
            self.picture.set_illustration(
                None, self._theme.illustration_colours(), "", mirrored=False
            )
            if self.sequencer.done:
                self.title.setText(self.words.ended(self.sequencer.ended_early))
            else:
                self.title.setText(self.tr("No steps to show"))
            self.instructions.setText("")
            return
        self.picture.set_illustration(
            self._pictures / step.illustration,
            self._theme.illustration_colours(),
            step.alt.get(self._lang),
            mirrored=side == "left",
        )
        self.title.setText(step.title.get(self._lang))
        self.instructions.setText(step.instructions.get(self._lang))

    def state(self) -> SequencerState:
        return self.sequencer.state()

    def _arm_phase_end(self, s: SequencerState) -> None:
        if s.paused or self.sequencer.done or not self._timer.isActive():
            self._phase_end.stop()
        else:
            self._phase_end.start(max(0, math.ceil(s.remaining_seconds * 1000)))

    def _refresh(self) -> None:
        s = self.sequencer.state()
        self._arm_phase_end(s)
        key = (s.step_index if s.step else -1, s.side)
        if key != self._shown_step:
            step_changed = self._shown_step is None or key[0] != self._shown_step[0]
            self._shown_step = key
            self._show_step(s.step, s.side)
            if step_changed and s.step is not None:
                self.stepChanged.emit(s.step.id)
        self.header.setText(self.words.header(s, self.sequencer.plan))
        done = s.phase is Phase.DONE
        cue = "" if done else self.words.cue(s)  # at the end the title alone says "Done"
        if cue != self.cue.text():
            self.cue.setText(cue)
            self.cue.setAccessibleName(cue)
        if s.caution:
            self.caution.setText(self.tr("Caution: {0}").format(s.caution))
            self.caution.show()
        else:
            self.caution.hide()
        self.skipped_note.setText(self.words.skipped(s, self.sequencer.plan))
        self.skipped_note.setVisible(bool(s.skipped_here))
        self.ring.setVisible(not done)
        self.picture.setVisible(not done)
        for b in self.buttons():
            b.setVisible(not done)
        # At the end "Done" alone fills the space, in the middle.
        self._outer.setStretchFactor(self.title, 1 if done else 0)
        self.title.setAlignment(
            Qt.AlignmentFlag.AlignCenter if done else Qt.AlignmentFlag.AlignLeft
        )
        seconds = s.whole_seconds_left
        # Reduced motion: the ring moves with the number, once a second, instead of sweeping.
        left = seconds if self.reduce_motion else s.remaining_seconds
        fraction = left / s.phase_seconds if s.phase_seconds else 0.0
        caption = self.tr("second(s)", "", seconds) if s.step is not None else ""
        self.ring.set_value(fraction, seconds, caption, dimmed=s.paused or s.phase is Phase.REST)
        label = self.tr("Resume") if s.paused else self.tr("Pause")
        if label != self.pause_button.text():
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
