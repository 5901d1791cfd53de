from __future__ import annotations

import json
from pathlib import Path

import pytest

from crampwise.advice.sources import load_sources
from crampwise.domain.vocab import STEP_INTERVENTIONS
from crampwise.relief.plans import (
    PlanLoadResult,
    PlanValidationError,
    load_default_plans,
    load_plans,
    plan_from_dict,
    plan_to_dict,
)
from crampwise.text import LocalText

from .conftest import PICTURES_DIR, plan_of

SOURCE_IDS = {
    "nhs_leg_cramps",
    "nice_cks_leg_cramps",
    "aafp_2012",
    "katzberg_2010",
    "hallegraeff_2012",
    "cochrane_stretching_2021",
    "coppin_2005",
    "nhs_leg_cramps_older",
    "expert_opinion",
    "jose_2005",
}


def test_every_shipped_plan_loads_without_errors(shipped: PlanLoadResult) -> None:
    assert shipped.errors == []
    assert {p.id for p in shipped.plans} >= {"calf_now", "foot_now", "evening"}


def test_default_loader_checks_sources_file_when_present() -> None:
    result = load_default_plans()
    assert result.errors == []
    known = set(load_sources())
    for step in result.steps.values():
        assert set(step.sources) <= known


def test_steps_use_only_agreed_source_ids_and_interventions(shipped: PlanLoadResult) -> None:
    for step in shipped.steps.values():
        assert set(step.sources) <= SOURCE_IDS, step.id
        assert step.intervention in STEP_INTERVENTIONS


def test_every_step_is_bilingual_and_has_a_drawing(shipped: PlanLoadResult) -> None:
    for step in shipped.steps.values():
        for text in (step.title, step.instructions, step.alt):
            assert text.english and text.get("fr") and text.english != text.get("fr"), step.id
        assert (PICTURES_DIR / step.illustration).is_file()


def test_calf_plan_starts_with_the_stretch_and_warns_heat_is_comfort_only(
    shipped: PlanLoadResult,
) -> None:
    calf = plan_of(shipped, "calf_now")
    first = calf.steps[0]
    assert first.intervention == "calf_stretch"
    assert first.hold_seconds == 30
    heat = next(s for s in calf.steps if s.intervention == "heat")
    assert "comfort" in heat.instructions.english.lower()
    assert "jose_2005" in heat.sources


def test_evening_plan_follows_hallegraeff(shipped: PlanLoadResult) -> None:
    evening = plan_of(shipped, "evening")
    assert evening.kind == "prevention"
    stretches = [s for s in evening.steps if "hallegraeff_2012" in s.sources]
    assert {s.intervention for s in stretches} == {"calf_stretch", "hamstring_stretch"}
    for step in stretches:
        assert (step.hold_seconds, step.rest_seconds, step.repetitions) == (10, 10, 3)
        assert step.sides == "alternate"


def test_localized_text_falls_back_to_english() -> None:
    text = LocalText({"en": "Hold", "fr": "Tenez"})
    assert text.get("fr") == "Tenez"
    assert text.get("fr_CA") == "Tenez"
    assert text.get("de") == "Hold"


def test_broken_plan_names_file_and_field_and_others_still_load(plans_copy: Path) -> None:
    broken = plans_copy / "evening.toml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace(
            '{ step = "hamstring_seated" }', '{ step = "hamstring_seated", hold_seconds = 0 }'
        ),
        encoding="utf-8",
    )
    result = load_plans(plans_copy)
    messages = [str(e) for e in result.errors]
    assert messages == [
        "evening.toml: steps[2].hold_seconds: Expected `int` >= 1; expected a whole number from 1 "
        "to 600"
    ]
    assert {p.id for p in result.plans} == {"calf_now", "foot_now"}


@pytest.mark.parametrize(
    ("replace", "by", "field"),
    [
        ('kind = "prevention"', 'kind = "cure"', "kind"),
        ('id = "evening"', 'id = "evening"\ncolour = "red"', "colour"),
        ('{ step = "soleus_stretch" }', '{ step = "soleus_strech" }', "steps[1].step"),
        (
            '{ step = "soleus_stretch" }',
            '{ step = "soleus_stretch", repetitions = 99 }',
            "steps[1].repetitions",
        ),
        ('name = { en = "Evening prevention routine", ', "name = { ", "name"),
    ],
)
def test_each_kind_of_mistake_is_reported(
    plans_copy: Path, replace: str, by: str, field: str
) -> None:
    path = plans_copy / "evening.toml"
    text = path.read_text(encoding="utf-8")
    assert replace in text
    path.write_text(text.replace(replace, by), encoding="utf-8")
    result = load_plans(plans_copy)
    assert [(e.file, e.field) for e in result.errors] == [("evening.toml", field)]
    assert result.plan("evening") is None
    assert result.plan("calf_now") is not None


def test_invalid_toml_is_reported_not_raised(plans_copy: Path) -> None:
    (plans_copy / "foot_now.toml").write_text("id = [unclosed", encoding="utf-8")
    result = load_plans(plans_copy)
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith("foot_now.toml: not valid TOML")
    assert {p.id for p in result.plans} == {"calf_now", "evening"}


def test_bad_step_in_library_only_breaks_the_plans_using_it(plans_copy: Path) -> None:
    path = plans_copy / "steps.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[sole_massage]")
    path.write_text(text[:start] + text[start:].replace('sides = "one"', 'sides = "both"', 1))
    result = load_plans(plans_copy)
    fields = [(e.file, e.field) for e in result.errors]
    assert ("steps.toml", "sole_massage.sides") in fields
    assert ("foot_now.toml", "steps[2].step") in fields
    assert {p.id for p in result.plans} == {"calf_now", "evening"}


def test_unknown_source_is_caught_when_a_source_list_is_given(plans_copy: Path) -> None:
    result = load_plans(plans_copy, known_sources=SOURCE_IDS - {"coppin_2005"})
    assert [str(e) for e in result.errors if e.file == "steps.toml"] == [
        'steps.toml: wall_calf_stretch.sources[2]: unknown source "coppin_2005" '
        "(not in sources.toml)"
    ]


def test_missing_illustration_is_caught(plans_copy: Path, tmp_path: Path) -> None:
    empty = tmp_path / "pictures"
    empty.mkdir()
    result = load_plans(plans_copy, illustrations_dir=empty)
    assert any(e.field == "calf_towel_stretch.illustration" for e in result.errors)


# --- personal plans -----------------------------------------------------------------------


def test_custom_plan_round_trips_through_json(shipped: PlanLoadResult) -> None:
    data = {
        "id": "my_plan",
        "name": "My night routine",
        "kind": "relief",
        "steps": [
            {"step": "calf_massage", "hold_seconds": 45, "repetitions": 2, "rest_seconds": 5},
            {"step": "calf_towel_stretch"},
        ],
    }
    plan = plan_from_dict(data, shipped.steps)
    assert plan.custom
    assert plan.step_ids == ("calf_massage", "calf_towel_stretch")
    assert (plan.steps[0].hold_seconds, plan.steps[0].repetitions) == (45, 2)
    assert plan.steps[1].hold_seconds == 30  # library default kept
    assert plan.name.get("fr") == "My night routine"
    again = plan_from_dict(json.loads(json.dumps(plan_to_dict(plan))), shipped.steps)
    assert again == plan


def test_shipped_plan_survives_the_custom_round_trip(shipped: PlanLoadResult) -> None:
    evening = plan_of(shipped, "evening")
    again = plan_from_dict(plan_to_dict(evening), shipped.steps)
    assert again.steps == evening.steps
    assert again.name == evening.name


def test_custom_plan_errors_list_every_problem(shipped: PlanLoadResult) -> None:
    data = {
        "id": "Mine!",
        "name": "",
        "kind": "relief",
        "steps": [{"step": "calf_massage", "hold_seconds": 9999}, {"step": "no_such_step"}],
        "extra": 1,
    }
    with pytest.raises(PlanValidationError) as caught:
        plan_from_dict(data, shipped.steps)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"extra", "id", "name", "steps[0].hold_seconds", "steps[1].step"}
    assert "custom plan: steps[0].hold_seconds" in str(caught.value)


def test_custom_plan_rejects_booleans_and_empty_lists(shipped: PlanLoadResult) -> None:
    with pytest.raises(PlanValidationError) as caught:
        plan_from_dict(
            {
                "id": "a",
                "name": "A",
                "kind": "relief",
                "steps": [{"step": "calf_massage", "repetitions": True}],
            },
            shipped.steps,
        )
    assert [e.field for e in caught.value.errors] == ["steps[0].repetitions"]
    with pytest.raises(PlanValidationError):
        plan_from_dict({"id": "a", "name": "A", "kind": "relief", "steps": []}, shipped.steps)
    with pytest.raises(PlanValidationError):
        plan_from_dict(
            {"format": 2, "id": "a", "name": "A", "kind": "relief", "steps": []}, shipped.steps
        )
