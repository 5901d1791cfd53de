"""How the window's modules depend on each other: the start-up module sits on top."""

from __future__ import annotations

import ast
from pathlib import Path

import crampwise.ui

UI = Path(crampwise.ui.__file__).parent


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_window_module_imports_the_start_up_module() -> None:
    """``ui/app.py`` starts the window; a window module importing it back makes a cycle."""
    importers = sorted(
        path.name
        for path in UI.glob("*.py")
        if path.name != "app.py" and "crampwise.ui.app" in _imports(path)
    )
    assert importers == []


def test_no_window_module_runs_much_over_500_lines() -> None:
    """Short modules: a screen that grows past this is split along its seams (issue 17)."""
    long = sorted(
        f"{path.name}: {lines}"
        for path in UI.glob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 520
    )
    assert long == []
