"""Medicine names as people type them: generic or brand, UK, France or US, with a dose or a
form; a combination product maps to every class it holds (``data/medicine_names.csv``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crampwise.advice import evaluate, load_catalogue
from crampwise.domain.profile import EpisodeFacts, HealthProfile, Medication

CATALOGUE = load_catalogue()
_ROWS = [
    line.split("|")
    for line in (Path(__file__).parent / "data" / "medicine_names.csv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]
NAMES = [(name, tuple(classes.split())) for name, classes, _where in _ROWS]


def test_the_list_is_long_and_covers_three_countries() -> None:
    assert len(NAMES) >= 150
    assert len({name.casefold() for name, _ in NAMES}) == len(NAMES)
    places = " ".join(where for *_, where in _ROWS)
    assert all(place in places for place in ("UK", "FR", "US"))
    assert sum(len(classes) > 1 for _, classes in NAMES) >= 20  # combinations


@pytest.mark.parametrize(("name", "classes"), NAMES, ids=[name for name, _ in NAMES])
def test_each_name_maps_to_its_classes(name: str, classes: tuple[str, ...]) -> None:
    assert set(CATALOGUE.classes_of(name)) == set(classes)
    assert CATALOGUE.classify(name) in classes


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("Atorvastatin 20mg", "atorvastatin"),
        ("ramipril 5 mg gélule", "ramipril"),
        ("  LIPITOR  40 MG TABLETS ", "Lipitor"),
        ("Symbicort 200/6 Turbohaler", "Symbicort"),
        ("co amilofruse", "co-amilofruse"),
        ("Co-Aprovel 150 mg/12,5 mg", "Co-Aprovel"),
    ],
)
def test_a_dose_or_a_form_does_not_hide_a_name(typed: str, same_as: str) -> None:
    assert CATALOGUE.lookup(typed) == CATALOGUE.lookup(same_as) is not None


@pytest.mark.parametrize(
    "name", ["Metformin 500 mg", "aspirin 75mg", "20 mg", "Lipitorx", "tablets", "Statin pill"]
)
def test_unknown_names_stay_unknown(name: str) -> None:
    assert CATALOGUE.classes_of(name) == ()


def test_a_combination_triggers_the_advice_of_every_class() -> None:
    """Preterax holds an ACE inhibitor and a thiazide: both cards, and no potassium."""
    from crampwise.advice import load_rulebook

    book = load_rulebook()
    advice = evaluate(book, HealthProfile(medications=(Medication("Preterax 5 mg/1,25 mg"),)),
                      EpisodeFacts())  # fmt: skip
    ids = {item.id for item in advice.items}
    assert {"med_ace_inhibitor", "med_thiazide_diuretic", "no_potassium_supplements"} <= ids
    assert advice.unrecognised_medications == ()
