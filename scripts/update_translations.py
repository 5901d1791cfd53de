"""Refresh the translation catalogues from the code, then compile them.

    python scripts/update_translations.py            # lupdate (keeps translations), lrelease
    python scripts/update_translations.py --release  # lrelease only

Catalogues and the modules each covers are listed in ``crampwise.i18n.CATALOGUE_SOURCES``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from crampwise import i18n, paths

PACKAGE = Path(i18n.__file__).parent
BIN = Path(sys.executable).parent


def sources(catalogue: str) -> list[Path]:
    found: list[Path] = []
    for pattern in i18n.CATALOGUE_SOURCES[catalogue]:
        found += sorted(p for p in PACKAGE.glob(pattern) if p.is_file())
    return found


def ts_file(catalogue: str, lang: str) -> Path:
    return paths.asset("translations", f"{catalogue}_{lang}.ts")


def update(catalogue: str, lang: str) -> None:
    files = [str(p) for p in sources(catalogue)]
    target = ts_file(catalogue, lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    # English is the source language: its catalogue holds only the plural forms.
    only_plurals = ["-pluralonly"] if lang == "en" else []
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *only_plurals,
         *files, "-ts", str(target)],
        check=True,
    )  # fmt: skip
    if lang == "en":
        fill_english_plurals(target)


def fill_english_plurals(ts: Path) -> None:
    """'%n episode(s)' → '%n episode' / '%n episodes': English needs no translator."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") != "unfinished":
            continue
        one, many = translation.findall("numerusform")  # English has two forms
        one.text, many.text = source.replace("(s)", ""), source.replace("(s)", "s")
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(catalogue: str, lang: str) -> None:
    ts = ts_file(catalogue, lang)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )


def main() -> None:
    only_release = "--release" in sys.argv
    for catalogue in i18n.CATALOGUES:
        for lang in i18n.LANGUAGES:
            if not only_release:
                update(catalogue, lang)
            release(catalogue, lang)


if __name__ == "__main__":
    main()
