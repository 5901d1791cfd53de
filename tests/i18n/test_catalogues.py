"""Nothing a person reads is missing from the French translation."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crampwise import i18n, paths

BIN = Path(sys.executable).parent
PACKAGE = Path(i18n.__file__).parent


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message.findtext("source", ""), message


def _sources(catalogue: str) -> list[str]:
    files: list[str] = []
    for pattern in i18n.CATALOGUE_SOURCES[catalogue]:
        files += [str(p) for p in sorted(PACKAGE.glob(pattern)) if p.is_file()]
    return files


def test_every_module_with_user_text_belongs_to_a_catalogue() -> None:
    covered = {Path(f) for c in i18n.CATALOGUES for f in _sources(c)}
    ui_modules = {p for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py"}
    assert ui_modules - covered == set()


@pytest.mark.parametrize("catalogue", i18n.CATALOGUES)
def test_every_string_in_the_code_has_a_french_translation(catalogue: str, tmp_path: Path) -> None:
    """Extract the strings from the code as it is now and look each up in the committed .ts."""
    fresh = tmp_path / f"{catalogue}_fr.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *_sources(catalogue), "-ts",
         str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    committed = paths.asset("translations", f"{catalogue}_fr.ts")
    assert committed.exists(), f"{committed.name} is missing"
    translated: dict[tuple[str, str], ET.Element] = {
        (ctx, src): msg for ctx, src, msg in _messages(committed)
    }
    missing = []
    for ctx, src, _msg in _messages(fresh):
        found = translated.get((ctx, src))
        translation = None if found is None else found.find("translation")
        if translation is None:
            missing.append(f"{ctx}: {src!r} (not in {committed.name})")
            continue
        forms = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(
            t.strip() for t in forms
        ):
            missing.append(f"{ctx}: {src!r} (not translated)")
    assert missing == []


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("catalogue", i18n.CATALOGUES)
def test_the_compiled_translations_are_up_to_date(
    catalogue: str, lang: str, tmp_path: Path
) -> None:
    ts = paths.asset("translations", f"{catalogue}_{lang}.ts")
    built = tmp_path / "check.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"run scripts/update_translations.py: {ts.with_suffix('.qm').name} is stale"
    )


def _texts(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "en" in node and isinstance(node["en"], str):
            yield where, node
            return
        for key, value in node.items():
            yield from _texts(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, f"{where}[{i}]")


CONTENT = sorted(p for p in paths.assets_dir().rglob("*.toml"))


@pytest.mark.parametrize("path", CONTENT, ids=lambda p: str(p.relative_to(paths.assets_dir())))
def test_every_content_text_has_its_french(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    texts = list(_texts(data, path.name))
    missing = [where for where, text in texts if not str(text.get("fr", "")).strip()]
    assert missing == []


def test_there_is_content_to_check() -> None:
    assert len(CONTENT) >= 8


def test_english_plurals_read_naturally(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is not None
    try:
        i18n.install(app, "en")
        one = QCoreApplication.translate("PlanList", "%n step(s)", "", 1)
        many = QCoreApplication.translate("PlanList", "%n step(s)", "", 3)
        assert (one, many) == ("1 step", "3 steps")
    finally:
        i18n.install(app, "en")
