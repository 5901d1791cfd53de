from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crampwise import paths
from crampwise.advice import Rulebook, load_rulebook


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook()


@pytest.fixture
def assets_copy(tmp_path: Path) -> Path:
    """A private copy of ``advice/`` and ``sources.toml`` that a test may break."""
    root = tmp_path / "assets"
    shutil.copytree(paths.asset("advice"), root / "advice")
    shutil.copy(paths.asset("sources.toml"), root / "sources.toml")
    return root
