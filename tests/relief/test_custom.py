"""The storage side of personal plans: no Qt, a real store in the test's own data directory."""

from __future__ import annotations

import json

import pytest

from crampwise.relief.custom import (
    NEW_PLAN_ID,
    copy_name,
    copy_plan,
    delete_custom_plan,
    list_custom_plans,
    make_plan,
    plan_id_for,
    plan_seconds,
    problems_in_words,
    row_id_of,
    save_custom_plan,
    timing_text,
)
from crampwise.relief.plans import MAX_NAME, PlanLoadResult, PlanValidationError
from crampwise.storage.store import EpisodeStore


def physio(shipped: PlanLoadResult, name: str = "Physio routine"):  # type: ignore[no-untyped-def]
    steps = shipped.steps
    return make_plan(
        name,
        [steps["soleus_stretch"].with_timing(45, 4, 20), steps["wall_calf_stretch"]],
        description="From Sam, physiotherapist",
        kind="prevention",
    )


def test_a_saved_plan_comes_back_with_its_order_timing_and_a_stable_id(
    store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    row = save_custom_plan(store, None, physio(shipped), shipped.steps)
    plans = list_custom_plans(store, shipped.steps)
    assert plans.errors == [] and plans.broken == []
    ((row_id, plan),) = plans
    assert row_id == row
    assert plan.id == plan_id_for(row) == f"custom_{row}"
    assert row_id_of(plan.id) == row
    assert plan.custom and plan.kind == "prevention"
    assert plan.name.english == "Physio routine"
    assert plan.description.english == "From Sam, physiotherapist"
    assert plan.step_ids == ("soleus_stretch", "wall_calf_stretch")
    first = plan.steps[0]
    assert (first.hold_seconds, first.repetitions, first.rest_seconds) == (45, 4, 20)
    # The body in the database carries the same id and the name is in the name column.
    ((_, body),) = store.custom_plans()
    assert json.loads(body)["id"] == plan.id

    # Editing keeps the id; the row id is the authority, not the body.
    renamed = make_plan("Physio, week 2", plan.steps[::-1], plan_id=plan.id)
    assert save_custom_plan(store, row, renamed, shipped.steps) == row
    ((row_again, plan_again),) = list_custom_plans(store, shipped.steps)
    assert row_again == row and plan_again.id == plan.id
    assert plan_again.step_ids == ("wall_calf_stretch", "soleus_stretch")

    delete_custom_plan(store, row)
    assert list(list_custom_plans(store, shipped.steps)) == []


def test_ids_stay_unique_across_plans_and_deletions(
    store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    a = save_custom_plan(store, None, physio(shipped, "A"), shipped.steps)
    b = save_custom_plan(store, None, physio(shipped, "B"), shipped.steps)
    delete_custom_plan(store, b)
    c = save_custom_plan(store, None, physio(shipped, "C"), shipped.steps)
    ids = [p.id for p in list_custom_plans(store, shipped.steps).plans()]
    assert len(set(ids)) == 2 and plan_id_for(a) in ids and plan_id_for(c) in ids
    builtin_ids = {p.id for p in shipped.plans}
    assert not builtin_ids & set(ids)


def test_saving_over_a_row_deleted_meanwhile_gives_a_consistent_new_id(
    store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    row = save_custom_plan(store, None, physio(shipped), shipped.steps)
    delete_custom_plan(store, row)
    new_row = save_custom_plan(store, row, physio(shipped), shipped.steps)
    ((listed_row, plan),) = list_custom_plans(store, shipped.steps)
    assert listed_row == new_row and plan.id == plan_id_for(new_row)
    ((_, body),) = store.custom_plans()
    assert json.loads(body)["id"] == plan.id


def test_an_invalid_plan_is_refused_before_anything_is_written(
    store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    empty = make_plan("Nothing", [])
    with pytest.raises(PlanValidationError) as caught:
        save_custom_plan(store, None, empty, shipped.steps)
    assert "steps" in str(caught.value)
    too_long = shipped.steps["calf_massage"].with_timing(hold_seconds=601)
    with pytest.raises(PlanValidationError) as caught:
        save_custom_plan(store, None, make_plan("Long", [too_long]), shipped.steps)
    assert "hold_seconds" in str(caught.value)
    assert store.custom_plans() == []


def test_unreadable_bodies_are_reported_and_the_rest_still_load(
    store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    bad_json = store.save_custom_plan(None, "Broken", "{not json")
    good = save_custom_plan(store, None, physio(shipped), shipped.steps)
    gone_step = json.dumps(
        {"id": "x", "name": "Old", "kind": "relief", "steps": [{"step": "no_such_step"}]}
    )
    unknown_step = store.save_custom_plan(None, "Old", gone_step)
    not_object = store.save_custom_plan(None, "List", "[1, 2]")
    plans = list_custom_plans(store, shipped.steps)
    assert [row for row, _ in plans] == [good]
    assert [b.row_id for b in plans.broken] == [bad_json, unknown_step, not_object]
    assert "not valid JSON" in plans.broken[0].message
    assert 'unknown step "no_such_step"' in plans.broken[1].message
    assert f"your plan #{unknown_step}" in str(plans.errors[1])
    assert len(plans.errors) >= 3


def test_a_body_cannot_pose_as_a_built_in_plan(
    store: EpisodeStore, shipped: PlanLoadResult
) -> None:
    body = json.dumps(
        {"id": "calf_now", "name": "Sneaky", "kind": "relief", "steps": ["calf_massage"]}
    )
    row = store.save_custom_plan(None, "Sneaky", body)
    ((_, plan),) = list_custom_plans(store, shipped.steps)
    assert plan.id == plan_id_for(row) and plan.custom


def test_problems_are_told_in_plain_words(shipped: PlanLoadResult) -> None:
    assert problems_in_words(make_plan("  ", [])) == [
        "Give the plan a name.",
        "Add at least one step.",
    ]
    step = shipped.steps["calf_massage"]
    assert problems_in_words(make_plan("Fine", [step])) == []
    assert problems_in_words(make_plan("Too many", [step] * 31)) == [
        "A plan can have at most 30 steps: remove 1 step."
    ]
    bad = make_plan("Bad", [step.with_timing(0, 21, 301)])
    assert problems_in_words(bad) == [
        "Step 1 (Rub the calf) must hold for 1 to 600 seconds.",
        "Step 1 (Rub the calf) must be repeated 1 to 20 times.",
        "Step 1 (Rub the calf) must rest for 0 to 300 seconds.",
    ]


def test_copies_get_a_free_name_within_the_limit(shipped: PlanLoadResult) -> None:
    calf = shipped.plan("calf_now")
    assert calf is not None
    draft = copy_plan(calf, [calf.name.english])
    assert draft.name.english == "Calf cramp now (my copy)"
    assert draft.custom and draft.id == NEW_PLAN_ID and draft.steps == calf.steps
    assert copy_name("Calf cramp now", ["calf cramp now (MY COPY)"]) == (
        "Calf cramp now (my copy 2)"
    )
    assert len(copy_name("x" * MAX_NAME, [])) == MAX_NAME


def test_timing_and_length_in_words(shipped: PlanLoadResult) -> None:
    towel = shipped.steps["calf_towel_stretch"]  # 30 s x 3, rest 10 s, one leg
    massage = shipped.steps["calf_massage"]  # 60 s once, no rest
    assert timing_text(towel) == "30 s × 3, rest 10 s"
    assert timing_text(massage) == "60 s"
    # 3 holds of 30 s and 3 rests of 10 s, then the massage (no rest after the very last hold).
    assert plan_seconds(make_plan("p", [towel, massage])) == 3 * 40 + 60
    assert plan_seconds(make_plan("p", [massage, towel])) == 60 + 3 * 40 - 10


def test_the_step_picker_names_interventions_with_the_learn_page_words() -> None:
    """The editor's step list says what kind of step each is, in the reader's language, with
    the Learn page's words (it used to show the id, in English, whatever the language)."""
    from crampwise.ui.plan_parts import _intervention_labels

    assert _intervention_labels("fr")["calf_stretch"] == "Étirer le mollet"
    assert _intervention_labels("en")["calf_stretch"] == "Stretching the calf"
    assert _intervention_labels("de")["massage"] == "Massage"  # no German: the English
