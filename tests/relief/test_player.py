from __future__ import annotations

import wave
from pathlib import Path

import pytest
from devtools.screens import render_plan_screens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crampwise.relief.plans import PlanLoadResult, ReliefPlan
from crampwise.relief.tones import tone_file, tone_samples
from crampwise.ui.cue_sounds import CueSounds
from crampwise.ui.player import ReliefPlayer
from crampwise.ui.theme import DAY
from tests.fakes import FakeClock

from .conftest import plan_of


def key(qtbot: QtBot, widget: QWidget, k: Qt.Key) -> None:
    qtbot.keyClick(widget, k)  # type: ignore[no-untyped-call]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


class RecordingSounds(CueSounds):
    def __init__(self) -> None:
        super().__init__(volume=25)
        self.played: list[str] = []

    def play(self, cue: str) -> None:
        if not self.muted:
            self.played.append(cue)


@pytest.fixture
def sounds() -> RecordingSounds:
    return RecordingSounds()


def make_player(
    qtbot: QtBot, plan: ReliefPlan, clock: FakeClock, sounds: RecordingSounds, **kw: object
) -> ReliefPlayer:
    player = ReliefPlayer(plan, clock=clock, sounds=sounds, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(player)
    player.resize(960, 680)
    player.show()
    qtbot.waitExposed(player)
    return player


def test_player_shows_the_first_step(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    calf = plan_of(shipped, "calf_now")
    player = make_player(qtbot, calf, clock, sounds)
    assert player.title.text() == calf.steps[0].title.english
    assert player.instructions.text() == calf.steps[0].instructions.english
    assert player.header.text().startswith(f"Step 1 of {len(calf.steps)}")
    assert player.ring.seconds == 30
    assert player.cue.text() == "Hold · right leg"
    assert player.picture.accessibleName() == calf.steps[0].alt.english
    assert not player.picture.mirrored
    assert sounds.played == ["hold"]  # the first hold starts
    assert all(b.accessibleName() for b in player.buttons())
    assert player.caution.isHidden()


def test_countdown_follows_the_clock_to_the_end(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    foot = plan_of(shipped, "foot_now")
    player = make_player(qtbot, foot, clock, sounds)
    clock.advance(10.2)
    player.poll()
    assert player.ring.seconds == 20
    clock.advance(20)
    player.poll()
    assert player.cue.text() == "Rest"
    assert sounds.played == ["hold"]
    clock.advance(10)
    player.poll()
    assert player.header.text().startswith("Step 1 of 4  ·  Repetition 2 of 3")
    assert sounds.played == ["hold", "hold"]
    with qtbot.waitSignal(player.finished) as blocker:
        for _ in range(200):
            clock.advance(10)
            player.poll()
    ids, early = blocker.args
    assert ids == list(foot.step_ids)
    assert early is False
    # One "Done", as the title: no second one under an empty ring, no dead buttons.
    assert player.title.text() == "Done"
    assert player.cue.text() == ""
    assert not player.ring.isVisible()
    assert not any(b.isVisible() for b in player.buttons())
    assert sounds.played[-1] == "done"
    assert not player.pause_button.isEnabled()


def test_keyboard_space_right_left_escape_m(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    calf = plan_of(shipped, "calf_now")
    player = make_player(qtbot, calf, clock, sounds)
    clock.advance(5)
    player.poll()

    key(qtbot, player, Qt.Key.Key_Space)
    assert player.state().paused
    assert player.pause_button.text() == "Resume"
    assert player.cue.text() == "Paused"
    clock.advance(100)
    player.poll()
    assert player.ring.seconds == 25  # paused time not counted
    key(qtbot, player, Qt.Key.Key_Space)
    assert not player.state().paused

    with qtbot.waitSignal(player.stepChanged) as changed:
        key(qtbot, player, Qt.Key.Key_Right)
    assert changed.args == [calf.steps[1].id]
    assert player.title.text() == calf.steps[1].title.english
    with qtbot.waitSignal(player.stepChanged) as changed:
        key(qtbot, player, Qt.Key.Key_Left)
    assert changed.args == [calf.steps[0].id]

    key(qtbot, player, Qt.Key.Key_M)
    assert player.sounds.muted
    key(qtbot, player, Qt.Key.Key_Right)
    assert sounds.played == ["hold", "switch", "switch"]  # nothing new while muted

    with qtbot.waitSignal(player.finished) as blocker:
        key(qtbot, player, Qt.Key.Key_Escape)
    assert blocker.args == [[calf.steps[0].id, calf.steps[1].id], True]
    assert player.title.text() == "Ended" and player.cue.text() == ""


def test_space_on_a_focused_button_pauses_instead_of_clicking_it(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    player = make_player(qtbot, plan_of(shipped, "calf_now"), clock, sounds)
    player.next_button.setFocus()
    key(qtbot, player.next_button, Qt.Key.Key_Space)
    assert player.state().paused
    assert player.state().step_index == 0
    key(qtbot, player.next_button, Qt.Key.Key_Return)  # Enter presses the button
    assert player.state().step_index == 1


def test_buttons_extend_and_end(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    player = make_player(qtbot, plan_of(shipped, "calf_now"), clock, sounds)
    clock.advance(20)
    player.poll()
    assert player.ring.seconds == 10
    click(qtbot, player.extend_button)
    assert player.ring.seconds == 25
    with qtbot.waitSignal(player.finished):
        click(qtbot, player.end_button)


def test_left_leg_mirrors_and_rest_announces_the_switch(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    evening = plan_of(shipped, "evening")
    player = make_player(qtbot, evening, clock, sounds, side="left")
    assert [player.picture.mirrored] == [True]
    assert player.cue.text() == "Hold · left leg"
    clock.advance(10)
    player.poll()
    assert player.cue.text() == "Switch to the right leg"
    clock.advance(10)
    player.poll()
    assert not player.picture.mirrored
    assert player.cue.text() == "Hold · right leg"
    assert sounds.played == ["hold", "switch"]


def test_skip_and_caution_reach_the_screen(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    calf = plan_of(shipped, "calf_now")
    player = make_player(
        qtbot,
        calf,
        clock,
        sounds,
        skip={"calf_towel_stretch": "test"},
        cautions={"massage": "Gently: you take a blood thinner."},
    )
    assert player.title.text() == calf.steps[1].title.english
    assert player.header.text().startswith(f"Step 1 of {len(calf.steps) - 1}")
    assert player.caution.isVisible()
    assert player.caution.text() == "Caution: Gently: you take a blood thinner."
    assert [s.step_id for s in player.sequencer.skipped] == ["calf_towel_stretch"]


def test_french_plan_texts_in_the_day_theme(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    calf = plan_of(shipped, "calf_now")
    player = make_player(qtbot, calf, clock, sounds, lang="fr", theme=DAY)
    assert player.title.text() == calf.steps[0].title.get("fr")
    # The words follow the installed translation (English here; French in test_i18n_more);
    # the verb is the step's own, in the plan's language.
    assert player.cue.text() == "Tenez · right leg"
    assert player.grab().toImage().pixelColor(2, 2).name() == DAY.background


def test_timer_drives_the_player(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    player = make_player(qtbot, plan_of(shipped, "calf_now"), clock, sounds, poll_ms=10)
    clock.advance(12)
    qtbot.waitUntil(lambda: player.ring.seconds == 18, timeout=2000)


def test_render_plan_screens_writes_a_png_per_step(
    qtbot: QtBot, shipped: PlanLoadResult, tmp_path: Path
) -> None:
    files = render_plan_screens(tmp_path, "day")
    assert len(files) == sum(len(p.steps) for p in shipped.plans)
    assert all(f.stat().st_size > 10_000 for f in files)


def test_tones_are_soft_and_scale_with_volume(tmp_path: Path) -> None:
    quiet = max(abs(s) for s in tone_samples("hold", 25))
    loud = max(abs(s) for s in tone_samples("hold", 100))
    assert 0 < quiet < loud / 4
    assert max(abs(s) for s in tone_samples("done", 0)) == 0
    path = tone_file(tmp_path, "switch", 25)
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1
        assert 0.3 < w.getnframes() / w.getframerate() < 1.5


def test_sounds_stay_silent_offscreen() -> None:
    sounds = CueSounds()
    assert not sounds.available
    sounds.play("hold")  # no error, no sound


class SpeakingSounds(RecordingSounds):
    def __init__(self) -> None:
        super().__init__()
        self.speech = True
        self.spoken: list[str] = []

    def say(self, text: str, lang: str = "en") -> bool:
        self.spoken.append(text)
        return True


def test_spoken_cues_say_what_the_screen_shows(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock
) -> None:
    sounds = SpeakingSounds()
    player = make_player(qtbot, plan_of(shipped, "evening"), clock, sounds, side="left")
    clock.advance(10)
    player.poll()
    assert sounds.spoken == ["Hold, left leg", "Switch to the right leg"]


@pytest.mark.qt_log_ignore("pipewire")  # QtMultimedia looks for PipeWire first
def test_speech_without_an_engine_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    # No speech-dispatcher: Qt offers only its "mock" engine, which pretends to speak.
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    sounds = CueSounds(speech=True, allow_offscreen=True)
    assert sounds.say("Hold") is False  # nothing was spoken, and the caller can tell
    assert sounds.speech_engine is None  # not the mock engine
    assert sounds.say("Switch to the left leg") is False  # no error the second time either


def test_no_speech_offscreen_unless_asked_for() -> None:
    sounds = CueSounds(speech=True)
    assert sounds.say("Hold") is False
    assert sounds.speech_engine is None


def test_the_countdown_word_is_the_steps_own(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    calf = plan_of(shipped, "calf_now")
    player = make_player(qtbot, calf, clock, sounds)
    words = []
    while (state := player.state()).step is not None:
        words.append((state.step.id, player.cue.text()))
        player.sequencer_next()
    assert words == [
        ("calf_towel_stretch", "Hold · right leg"),
        ("calf_massage", "Rub · right leg"),
        ("calf_standing_lean", "Lean and hold · right leg"),
        ("walk_on_heels", "Walk"),
        ("heat_calf", "Keep warm · right leg"),
        ("warm_socks", "Put socks on"),
    ]
    assert any(
        a.startswith("Step 2 of 6: Rub the calf. Rub: 60 seconds") for a in player.announcements
    )


def test_a_leg_not_named_yet_is_not_named_and_naming_it_keeps_the_countdown(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    calf = plan_of(shipped, "calf_now")
    player = make_player(qtbot, calf, clock, sounds, side=None)
    assert player.cue.text() == "Hold"  # not "right leg": nobody said which
    assert not player.picture.mirrored
    clock.advance(30 + 10 + 7)  # second repetition, 7 s in
    player.poll()
    player.set_side("left")
    state = player.state()
    assert (state.step_index, state.repetition, player.ring.seconds) == (0, 2, 23)
    assert player.picture.mirrored
    assert player.cue.text() == "Hold · left leg"


def test_the_player_says_why_a_step_is_left_out_when_the_plan_gets_there(
    qtbot: QtBot, shipped: PlanLoadResult, clock: FakeClock, sounds: RecordingSounds
) -> None:
    calf = plan_of(shipped, "calf_now")
    why = "With reduced feeling in the feet, heat can burn without you noticing."
    player = make_player(qtbot, calf, clock, sounds, skip={"heat": why})
    seen = []
    while (state := player.state()).step is not None:
        seen.append((state.step.id, player.skipped_note.isVisible()))
        if state.step.id == "warm_socks":
            note = player.skipped_note.text()
        player.sequencer_next()
    assert seen == [
        ("calf_towel_stretch", False),
        ("calf_massage", False),
        ("calf_standing_lean", False),
        ("walk_on_heels", False),
        ("warm_socks", True),  # where warmth would have come
    ]
    assert note == (
        f"Skipped for you: “Warmth on the calf, for comfort”. {why} Ask your clinician."
    )
