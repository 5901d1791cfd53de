"""The nights, trigger figures and experiments speak French in the window; no Qt in them."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from crampwise import i18n
from crampwise.domain.experiment_result import experiment_result
from crampwise.domain.experiments import Experiment
from crampwise.domain.habits import ExperimentError, Habits
from crampwise.domain.nights import CheckIn, NightError, NightStatus, night_records
from crampwise.domain.profile import HealthProfile
from crampwise.domain.trigger_figures import trigger_figures
from crampwise.ui.messages import localized
from tests.domain.conftest import FIRST, diary

MODULES = ("nights", "trigger_figures", "habits", "experiments", "experiment_result")
PACKAGE = Path(i18n.__file__).parent
_KEEP: list[QCoreApplication] = []


@pytest.fixture
def french() -> Iterator[None]:
    app = QCoreApplication.instance()
    if app is None:
        app = QApplication([])
        _KEEP.append(app)
    assert i18n.install(app, "fr") == "fr"
    yield
    i18n.install(app, "en")


def test_the_modules_are_in_the_messages_catalogue() -> None:
    for module in MODULES:
        assert f"domain/{module}.py" in i18n.CATALOGUE_SOURCES["crampwise_messages"]


@pytest.mark.usefixtures("french")
def test_a_trigger_figure_in_french() -> None:
    (figure,) = trigger_figures(
        diary((20, 12, frozenset({"alcohol"})), (40, 10, frozenset())), ["alcohol"]
    )
    assert localized(figure.sentence()) == (
        "Des crampes sont survenues 60 % des nuits après de l'alcool (12 sur 20) et 25 % des "
        "autres nuits (10 sur 40) : 2.4 fois plus souvent (probablement entre 1.3 et 4.6). "
        "Un lien dans votre journal, pas la preuve d'une cause."
    )


@pytest.mark.usefixtures("french")
def test_errors_and_results_in_french(habits: Habits) -> None:
    with pytest.raises(NightError) as night_error:
        CheckIn(FIRST, drinks=-1).validated(FIRST)
    assert localized(night_error.value) == (
        "le nombre de verres doit être un nombre entier de 0 à 40"
    )
    assert str(night_error.value) == "the number of drinks must be a whole number from 0 to 40"
    with pytest.raises(ExperimentError) as habit_error:
        habits.check("warm_socks", HealthProfile(conditions=frozenset({"diabetes"})), lang="fr")
    assert localized(habit_error.value) == (
        "« Des chaussettes chaudes au lit » n'est pas proposé : la chaleur sur les pieds peut "
        "brûler sans qu'on le sente une peau moins sensible ou moins irriguée (neuropathie, "
        "diabète, artériopathie)."
    )
    plan = Experiment("warm_socks", 4, 1, FIRST)
    nights = night_records([], [CheckIn(FIRST, status=NightStatus.NO_CRAMPS)], FIRST, plan.end)
    summary = localized(
        experiment_result(plan, habits.get("warm_socks"), nights, plan.end).summary()
    )
    assert summary.startswith("Pas encore assez de nuits notées pour comparer : 1 en semaines")
    assert "27 nuits de l'essai n'ont pas été notées" in summary
    status = plan.status_on(FIRST + timedelta(days=7)).sentence("Des chaussettes chaudes au lit")
    assert localized(status) == (
        "Semaine 2 sur 4 : semaine « sans ». Des chaussettes chaudes au lit : pas cette semaine."
    )


@pytest.mark.parametrize("module", MODULES)
def test_every_marked_text_uses_the_module_s_context(module: str) -> None:
    """``Message(_CONTEXT, ...)`` looks the text up in the context it was marked with."""
    tree = ast.parse((PACKAGE / "domain" / f"{module}.py").read_text(encoding="utf-8"))
    declared = {
        node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and any(isinstance(t, ast.Name) and t.id == "_CONTEXT" for t in node.targets)
    }
    assert len(declared) == 1
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            assert isinstance(node.args[0], ast.Constant)
            assert node.args[0].value in declared, ast.unparse(node)


def test_the_domain_modules_import_neither_qt_nor_scipy() -> None:
    modules = [f"crampwise.domain.{m}" for m in MODULES]
    code = (
        f"import sys\nfor m in {modules!r}: __import__(m)\n"
        "print(sorted(m for m in ('PySide6', 'scipy', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
