"""Medication look-up and the profile's validation."""

from __future__ import annotations

from datetime import date

import pytest

from crampwise.advice import MedicationCatalogue, load_catalogue, profile_from_cli
from crampwise.domain.profile import EpisodeFacts, HealthProfile, Medication, ProfileError


@pytest.fixture(scope="module")
def catalogue() -> MedicationCatalogue:
    return load_catalogue()


@pytest.mark.parametrize(
    ("name", "generic", "drug_class"),
    [
        ("Lipitor", "atorvastatin", "statin"),
        ("LIPITOR", "atorvastatin", "statin"),
        ("Tahor", "atorvastatin", "statin"),
        ("Lasix", "furosemide", "loop_diuretic"),
        ("furosémide", "furosemide", "loop_diuretic"),
        ("FUROSEMIDE", "furosemide", "loop_diuretic"),
        ("Eliquis", "apixaban", "anticoagulant"),
        ("Xarelto", "rivaroxaban", "anticoagulant"),
        ("Coumadin", "warfarin", "anticoagulant"),
        ("Ventolin", "salbutamol", "saba"),
        ("albuterol", "salbutamol", "saba"),
        ("Seretide", "fluticasone propionate with salmeterol", "laba"),
        ("Advair", "fluticasone propionate with salmeterol", "laba"),
        ("Symbicort", "budesonide with formoterol", "laba"),
        ("Aldactone", "spironolactone", "potassium_sparing_diuretic"),
        ("Lyrica", "pregabalin", "gabapentinoid"),
        ("Neurontin", "gabapentin", "gabapentinoid"),
        ("Ambien", "zolpidem", "zolpidem"),
        ("Stilnox", "zolpidem", "zolpidem"),
        ("Evista", "raloxifene", "raloxifene"),
        ("Forteo", "teriparatide", "teriparatide"),
        ("diltiazem", "diltiazem", "calcium_channel_blocker"),
        ("  Nifédipine ", "nifedipine", "calcium_channel_blocker"),
    ],
)
def test_brand_generic_and_class(
    catalogue: MedicationCatalogue, name: str, generic: str, drug_class: str
) -> None:
    match = catalogue.lookup(name)
    assert match is not None and match.generic == generic
    assert catalogue.classify(name) == drug_class


@pytest.mark.parametrize(
    "name", ["metformin", "Lipit", "statin", "", "aspirin 75mg", "20 mg", "Lipitorx 20"]
)
def test_unknown_or_partial_names_are_not_recognised(
    catalogue: MedicationCatalogue, name: str
) -> None:
    assert catalogue.classify(name) is None


def test_search_prefix_first_then_substring(catalogue: MedicationCatalogue) -> None:
    names = [m.name for m in catalogue.search("vastat")]
    assert {"atorvastatin", "simvastatin", "rosuvastatin", "pravastatin"} <= set(names)
    hits = catalogue.search("li")
    assert hits[0].name.lower().startswith("li")
    first_inner = next(i for i, m in enumerate(hits) if not m.name.lower().startswith("li"))
    assert all(not m.name.lower().startswith("li") for m in hits[first_inner:])


def test_search_is_case_and_accent_insensitive(catalogue: MedicationCatalogue) -> None:
    assert [m.name for m in catalogue.search("ELIQ")] == ["Eliquis"]
    plain = catalogue.search("furosemide")
    accented = catalogue.search("FUROSÉMIDE")
    assert plain == accented and plain[0].name == "furosemide"
    # accent variants collapse into one hit; combinations holding furosemide come after it
    assert [m.generic for m in plain].count("furosemide") == 1
    assert catalogue.search("") == [] and catalogue.search("   ") == []
    assert catalogue.search("zzzz") == []
    assert len(catalogue.search("a", limit=5)) == 5


def test_medication_validation() -> None:
    assert Medication("  Lipitor   20 mg ").name == "Lipitor 20 mg"
    with pytest.raises(ProfileError, match="empty"):
        Medication("   ")
    with pytest.raises(ProfileError, match="limit is 100"):
        Medication("x" * 101)
    with pytest.raises(ProfileError, match="stopped on 2024-01-01, before it was started"):
        Medication("Lasix", "loop_diuretic", date(2024, 3, 1), date(2024, 1, 1))


def test_profile_and_facts_validation() -> None:
    with pytest.raises(ProfileError, match=r"unknown condition id.*anticoagulated"):
        HealthProfile(frozenset({"anticoagulated"}))
    with pytest.raises(ProfileError, match="unknown red-flag sign"):
        EpisodeFacts(red_flag_signs=frozenset({"headache"}))
    with pytest.raises(ProfileError, match="0 or more"):
        EpisodeFacts(episodes_last_7_nights=-1)
    with pytest.raises(ProfileError, match="longest"):
        EpisodeFacts(longest_minutes_last_7_nights=-2.0)


def test_profile_from_cli(catalogue: MedicationCatalogue) -> None:
    profile = profile_from_cli(["pad", "diabetes"], ["Eliquis", "Metformin"], catalogue)
    assert profile.conditions == {"pad", "diabetes"}
    assert [(m.name, m.drug_class) for m in profile.medications] == [
        ("Eliquis", "anticoagulant"),
        ("Metformin", None),
    ]
    with pytest.raises(ProfileError, match="known ids: varicose_veins"):
        profile_from_cli(["bad_knees"], [], catalogue)
