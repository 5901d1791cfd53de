"""The layer contracts in pyproject.toml hold, and the contract type that forbids one module of
an external package (``PySide6.QtWidgets``) catches an import of it, direct or through others."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import grimp
import pytest
from devtools.import_contracts import ForbiddenExternalModule

ROOT = Path(__file__).resolve().parents[1]


def _graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> grimp.ImportGraph:
    package = tmp_path / "layers"
    package.mkdir(exist_ok=True)
    files = {
        "__init__.py": "",
        "core.py": "from PySide6.QtCore import QObject\n",
        "drawing.py": "from PySide6 import QtWidgets\n",
        "model.py": "from layers import drawing\n",
        "fine.py": "from layers import core\n",
    }
    for name, text in files.items():
        (package / name).write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return grimp.build_graph("layers", include_external_packages=True, cache_dir=None)


def _contract(sources: list[str], ignore: list[str] | None = None) -> ForbiddenExternalModule:
    options: dict[str, object] = {
        "source_modules": sources,
        "forbidden_module": "PySide6.QtWidgets",
    }
    if ignore:
        options["ignore_imports"] = ignore
    return ForbiddenExternalModule("no widgets", session_options={}, contract_options=options)


def test_an_import_of_qt_widgets_is_caught_directly_and_through_another_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = _graph(tmp_path, monkeypatch)
    check = _contract(["layers.model", "layers.fine", "layers.core"]).check(graph, False)
    assert not check.kept
    assert check.metadata["chains"] == [
        ["layers.model", "layers.drawing", "PySide6.QtWidgets"],
    ]
    direct = _contract(["layers.drawing"]).check(_graph(tmp_path, monkeypatch), False)
    assert direct.metadata["chains"] == [["layers.drawing", "PySide6.QtWidgets"]]


def test_other_qt_modules_and_ignored_imports_are_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = _graph(tmp_path, monkeypatch)
    assert _contract(["layers.fine", "layers.core"]).check(graph, False).kept
    ignored = _contract(["layers.model"], ignore=["layers.model -> layers.drawing"])
    assert ignored.check(_graph(tmp_path, monkeypatch), False).kept


def test_every_layer_contract_is_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter is not installed")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "desktop"), str(ROOT)])}
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
