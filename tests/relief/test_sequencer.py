from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crampwise.relief.plans import PlanLoadResult, ReliefPlan, ReliefStep
from crampwise.relief.sequencer import EventKind, Phase, Sequencer, SequencerEvent
from crampwise.text import LocalText
from tests.fakes import FakeClock

from .conftest import plan_of

T = LocalText.same("x")


def step(
    step_id: str,
    *,
    hold: int = 30,
    reps: int = 1,
    rest: int = 0,
    sides: str = "one",
    intervention: str = "calf_stretch",
) -> ReliefStep:
    return ReliefStep(
        id=step_id,
        intervention=intervention,
        title=LocalText.same(step_id.title()),
        instructions=T,
        illustration=f"{step_id}.svg",
        alt=T,
        hold_seconds=hold,
        repetitions=reps,
        rest_seconds=rest,
        sides=sides,  # type: ignore[arg-type]
        sources=("expert_opinion",),
    )


def plan(*steps: ReliefStep) -> ReliefPlan:
    return ReliefPlan("test", T, T, "relief", tuple(steps))


def kinds(events: list[SequencerEvent]) -> list[str]:
    return [e.kind.value for e in events]


def test_countdown_runs_hold_rest_repetition_next_step_done(clock: FakeClock) -> None:
    seq = Sequencer(
        plan(step("stretch", hold=30, reps=2, rest=10), step("rub", hold=60)), clock=clock
    )
    assert kinds(seq.start()) == ["next_step", "hold_started"]
    s = seq.state()
    assert (s.phase, s.step.id if s.step else None, s.repetition, s.whole_seconds_left) == (
        Phase.HOLD,
        "stretch",
        1,
        30,
    )
    clock.advance(29.5)
    assert seq.poll() == []
    assert seq.state().whole_seconds_left == 1
    clock.advance(0.5)
    assert kinds(seq.poll()) == ["rest_started"]
    assert seq.state().whole_seconds_left == 10
    clock.advance(10)
    assert kinds(seq.poll()) == ["hold_started"]
    s = seq.state()
    assert (s.phase, s.repetition, s.whole_seconds_left) == (Phase.HOLD, 2, 30)
    clock.advance(30)
    assert kinds(seq.poll()) == ["rest_started"]
    assert seq.state().next_step is not None  # the rest leads into "rub"
    clock.advance(10)
    assert kinds(seq.poll()) == ["next_step", "hold_started"]
    assert seq.state().step.id == "rub"  # type: ignore[union-attr]
    clock.advance(60)
    assert kinds(seq.poll()) == ["done"]
    assert seq.done and not seq.ended_early
    assert seq.visited == ["stretch", "rub"]
    assert seq.state().remaining_seconds == 0


def test_no_rest_after_the_last_hold_of_the_plan(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("only", hold=5, reps=1, rest=10)), clock=clock)
    seq.start()
    clock.advance(5)
    assert kinds(seq.poll()) == ["done"]


def test_a_long_gap_runs_through_several_phases_in_order(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("a", hold=10, reps=3, rest=5)), clock=clock)
    seq.start()
    clock.advance(10 + 5 + 10 + 2)  # into the second rest, 2 s gone
    assert kinds(seq.poll()) == ["rest_started", "hold_started", "rest_started"]
    s = seq.state()
    assert (s.phase, s.repetition, s.whole_seconds_left) == (Phase.REST, 2, 3)


def test_pause_keeps_the_remaining_time(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("a", hold=30)), clock=clock)
    seq.start()
    clock.advance(12)
    seq.pause()
    clock.advance(600)  # a long time paused
    assert seq.poll() == []
    s = seq.state()
    assert s.paused and s.whole_seconds_left == 18
    seq.resume()
    clock.advance(17)
    seq.poll()
    assert seq.state().whole_seconds_left == 1
    clock.advance(1)
    assert kinds(seq.poll()) == ["done"]


def test_extend_adds_fifteen_seconds(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("a", hold=30)), clock=clock)
    seq.start()
    clock.advance(25)
    seq.extend()
    s = seq.state()
    assert s.whole_seconds_left == 20 and s.phase_seconds == 45
    clock.advance(19)
    assert seq.poll() == []
    clock.advance(1)
    assert kinds(seq.poll()) == ["done"]


def test_next_and_previous_step(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("a", reps=3, rest=5), step("b"), step("c")), clock=clock)
    seq.start()
    clock.advance(7)
    assert kinds(seq.next_step()) == ["next_step", "hold_started"]
    s = seq.state()
    assert (s.step.id, s.repetition, s.whole_seconds_left) == ("b", 1, 30)  # type: ignore[union-attr]
    assert kinds(seq.previous_step()) == ["next_step", "hold_started"]
    assert seq.state().step.id == "a"  # type: ignore[union-attr]
    seq.previous_step()  # at the first step: restart it
    assert seq.state().step.id == "a"  # type: ignore[union-attr]
    seq.next_step()
    seq.next_step()
    assert seq.state().step.id == "c"  # type: ignore[union-attr]
    assert kinds(seq.next_step()) == ["done"]
    assert not seq.ended_early
    assert seq.visited == ["a", "b", "c"]


def test_stop_ends_early_and_records_only_steps_reached(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("a"), step("b"), step("c")), clock=clock)
    seq.start()
    clock.advance(31)
    seq.poll()
    assert kinds(seq.stop()) == ["done"]
    assert seq.done and seq.ended_early
    assert seq.visited == ["a", "b"]
    assert seq.stop() == []  # only once


def test_alternate_sides_switch_legs_each_repetition(clock: FakeClock) -> None:
    seq = Sequencer(
        plan(step("wall", hold=10, reps=2, rest=10, sides="alternate")), side="left", clock=clock
    )
    seq.start()
    seen = []
    events: list[str] = []
    while not seq.done:
        s = seq.state()
        if s.phase is Phase.HOLD:
            seen.append((s.repetition, s.side))
        if s.phase is Phase.REST:
            assert s.next_side is not None and s.next_side != s.side  # "Switch to the ... leg"
        clock.advance(10)
        events += kinds(seq.poll())
    assert seen == [(1, "left"), (1, "right"), (2, "left"), (2, "right")]
    assert events.count("switch_side") == 3


def test_one_sided_step_stays_on_the_cramping_leg(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("a", hold=5, reps=2, rest=5)), side="left", clock=clock)
    seq.start()
    assert seq.state().side == "left"
    clock.advance(10)
    seq.poll()
    assert seq.state().side == "left"


def test_skip_by_intervention_or_step_id_with_reasons(clock: FakeClock) -> None:
    p = plan(
        step("stretch"),
        step("heat", intervention="heat"),
        step("rub", intervention="massage"),
        step("walk", intervention="walk", sides="none"),
    )
    seq = Sequencer(
        p,
        clock=clock,
        skip={"heat": "Reduced feeling in the feet", "rub": "Possible clot"},
        cautions={"walk": "Hold on to furniture"},
    )
    assert [(s.step_id, s.reason) for s in seq.skipped] == [
        ("heat", "Reduced feeling in the feet"),
        ("rub", "Possible clot"),
    ]
    seq.start()
    assert seq.state().step_count == 2
    assert seq.state().caution is None
    seq.next_step()
    s = seq.state()
    assert s.step.id == "walk" and s.caution == "Hold on to furniture"  # type: ignore[union-attr]
    assert s.side is None
    seq.next_step()
    assert seq.visited == ["stretch", "walk"]


def test_everything_skipped_finishes_at_once(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("heat", intervention="heat")), clock=clock, skip={"heat": "PAD"})
    assert kinds(seq.start()) == ["done"]
    assert seq.visited == []


def test_callback_receives_the_same_events(clock: FakeClock) -> None:
    got: list[SequencerEvent] = []
    seq = Sequencer(plan(step("a", hold=5)), clock=clock, on_event=got.append)
    returned = seq.start()
    clock.advance(5)
    returned += seq.poll()
    assert got == returned
    assert got[-1].kind is EventKind.DONE


def test_shipped_evening_plan_takes_the_expected_time(
    clock: FakeClock, shipped: PlanLoadResult
) -> None:
    evening = plan_of(shipped, "evening")
    seq = Sequencer(evening, clock=clock)
    seq.start()
    expected = 0
    for s in evening.steps:
        holds = s.repetitions * (2 if s.sides == "alternate" else 1)
        expected += holds * (s.hold_seconds + s.rest_seconds)
    expected -= evening.steps[-1].rest_seconds  # no rest after the very last hold
    clock.advance(expected - 0.01)
    seq.poll()
    assert not seq.done
    clock.advance(0.01)
    seq.poll()
    assert seq.done


@settings(max_examples=60, deadline=None)
@given(
    timings=st.lists(
        st.tuples(
            st.integers(1, 40),
            st.integers(1, 4),
            st.integers(0, 15),
            st.sampled_from(["one", "alternate", "none"]),
        ),
        min_size=1,
        max_size=4,
    ),
    steps_of_time=st.lists(st.floats(0.05, 25), min_size=1, max_size=60),
)
def test_clock_driven_countdown_never_goes_backwards_and_ends_on_time(
    timings: list[tuple[int, int, int, str]], steps_of_time: list[float]
) -> None:
    clock = FakeClock()
    p = plan(
        *(
            step(f"s{i}", hold=h, reps=r, rest=z, sides=sd)
            for i, (h, r, z, sd) in enumerate(timings)
        )
    )
    seq = Sequencer(p, clock=clock)
    seq.start()
    total = 0.0
    for h, r, z, sd in timings:
        holds = r * (2 if sd == "alternate" else 1)
        total += holds * (h + z)
    total -= timings[-1][2]
    elapsed = 0.0
    last = (0, 0, 0.0)
    for dt in steps_of_time:
        clock.advance(dt)
        elapsed += dt
        seq.poll()
        s = seq.state()
        assert 0 <= s.remaining_seconds <= s.phase_seconds
        if abs(elapsed - total) > 1e-6:  # float sums may differ right at the boundary
            assert seq.done == (elapsed > total)
        if seq.done:
            break
        position = (s.step_index, s.repetition, elapsed)
        assert position >= last
        last = position


def test_naming_the_other_leg_keeps_the_step_and_the_countdown(clock: FakeClock) -> None:
    seq = Sequencer(
        plan(step("stretch", hold=30, reps=3, rest=10), step("rub", hold=60)), clock=clock
    )
    seq.start()
    clock.advance(30 + 10 + 12)  # into the second hold, 12 s gone
    seq.poll()
    before = seq.state()
    assert (before.step_index, before.repetition, before.side) == (0, 2, "right")
    seq.set_side("left")
    after = seq.state()
    assert (after.step_index, after.repetition, after.side) == (0, 2, "left")
    assert after.remaining_seconds == before.remaining_seconds == 18
    assert seq.visited == ["stretch"]
    clock.advance(18 + 10)
    seq.poll()
    assert (seq.state().repetition, seq.state().side) == (3, "left")


def test_a_plan_can_start_at_a_given_step(clock: FakeClock) -> None:
    seq = Sequencer(plan(step("a"), step("b"), step("c")), clock=clock)
    seq.start(at_step="b")
    assert seq.state().step is not None and seq.state().step.id == "b"  # type: ignore[union-attr]
    assert seq.visited == ["b"]
    other = Sequencer(plan(step("a"), step("b")), clock=clock)
    other.start(at_step="not_in_this_plan")
    assert other.visited == ["a"]


def test_a_skipped_step_is_reported_where_the_plan_reaches_it(clock: FakeClock) -> None:
    p = plan(
        step("stretch"),
        step("heat", intervention="heat"),
        step("socks", intervention="warm_socks"),
        step("hot_end", intervention="heat"),
    )
    seq = Sequencer(p, clock=clock, skip={"heat": "It can burn."})
    seq.start()
    assert seq.state().skipped_here == ()
    seq.next_step()
    assert [s.step_id for s in seq.state().skipped_here] == ["heat"]
    seq.next_step()  # the last shown step: done, and the one after it was skipped too
    assert seq.done
    assert [s.step_id for s in seq.state().skipped_here] == ["hot_end"]
    early = Sequencer(p, clock=clock, skip={"heat": "It can burn."})
    early.start()
    early.stop()
    assert early.state().skipped_here == ()  # ended early: the end was never reached
