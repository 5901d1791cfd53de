from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crampwise import paths
from crampwise.relief.plans import PlanLoadResult, ReliefPlan, load_plans
from tests.fakes import FakeClock

PLANS_DIR = paths.asset("plans")
PICTURES_DIR = paths.asset("illustrations")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def shipped() -> PlanLoadResult:
    return load_plans(PLANS_DIR, illustrations_dir=PICTURES_DIR)


@pytest.fixture
def plans_copy(tmp_path: Path) -> Path:
    target = tmp_path / "plans"
    shutil.copytree(PLANS_DIR, target)
    return target


def plan_of(result: PlanLoadResult, plan_id: str) -> ReliefPlan:
    plan = result.plan(plan_id)
    assert plan is not None, f"plan {plan_id} did not load: {result.errors}"
    return plan
