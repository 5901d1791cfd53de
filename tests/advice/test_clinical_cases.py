"""Clinical cases: for each profile, what a careful clinician would insist the advice says.

The cases are data (``data/clinical_cases.toml``): conditions, medicines as typed, signs
ticked, the region and the language, and the statuses, cards, urgencies and words that must
(or must not) appear. They cover the seven safety fixes, every region and the medicine list.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from crampwise.advice import evaluate, load_rulebook, profile_from_cli
from crampwise.domain.profile import EpisodeFacts, HealthProfile

RULEBOOK = load_rulebook()
CASES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "data" / "clinical_cases.toml").read_text(encoding="utf-8")
)["cases"]
_KEYS = {
    "name", "conditions", "medications", "signs", "episodes", "longest", "region", "lang",
    "status", "items", "absent", "red_first", "says", "never", "urgency", "unrecognised",
}  # fmt: skip


def test_there_are_enough_cases_and_they_are_well_formed() -> None:
    assert len(CASES) >= 60
    assert len({case["name"] for case in CASES}) == len(CASES)
    regions = {case.get("region") for case in CASES}
    assert set(RULEBOOK.care.regions) - {"other"} <= regions
    for case in CASES:
        assert set(case) <= _KEYS, case["name"]
        rule_ids = {r.id for r in RULEBOOK.rules}
        named = [*case.get("items", []), *case.get("absent", []), *case.get("red_first", [])]
        assert set(named) <= rule_ids, case["name"]


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_clinical_case(case: dict[str, Any]) -> None:
    profile: HealthProfile = profile_from_cli(
        case.get("conditions", []), case.get("medications", []), RULEBOOK.catalogue
    )
    facts = EpisodeFacts(
        case.get("episodes", 0), frozenset(case.get("signs", [])), case.get("longest")
    )
    lang = case.get("lang", "en")
    region = case.get("region", "GB") or None
    advice = evaluate(RULEBOOK, profile, facts, region=region)
    statuses = {k: v.status for k, v in advice.interventions.items()}
    for intervention, status in case.get("status", {}).items():
        assert statuses[intervention] == status, intervention
    shown = [item.id for item in advice.items]
    assert set(case.get("items", [])) <= set(shown)
    assert not set(case.get("absent", [])) & set(shown)
    first_card = next((i for i, item in enumerate(advice.items) if item.kind != "red_flag"), None)
    for rule_id in case.get("red_first", []):
        assert first_card is None or shown.index(rule_id) < first_card, rule_id
    by_id = {item.id: item for item in advice.items}
    for rule_id, urgency in case.get("urgency", {}).items():
        assert by_id[rule_id].kind == "red_flag" and by_id[rule_id].urgency == urgency, rule_id
    text = "\n".join(
        [advice.disclaimer(lang)]
        + [item.text(lang) for item in advice.items]
        + ["; ".join(b(lang) for b in item.because) for item in advice.items]
    )
    for words in case.get("says", []):
        assert words in text, words
    for words in case.get("never", []):
        assert words not in text, words
    if "unrecognised" in case:
        assert list(advice.unrecognised_medications) == case["unrecognised"]
