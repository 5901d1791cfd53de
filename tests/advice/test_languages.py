"""Content speaks any number of languages: adding one means adding texts to the files, not code.

A test-only language, ``xx``, is added to a copy of the shipped content: the texts that have it
come out in it, and every text that does not falls back to English.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import msgspec
import pytest

from crampwise import paths
from crampwise.advice import advice_to_json, evaluate, load_rulebook
from crampwise.advice.learn import load_learn
from crampwise.domain.profile import EpisodeFacts, HealthProfile, Medication
from crampwise.relief.plans import load_default_plans, load_plans
from crampwise.text import LocalText

# { en = "...", fr = "..." } -> { en = "...", fr = "...", xx = "[xx] ..." } (the English, marked)
_BOTH = re.compile(r'\{ en = "((?:[^"\\]|\\.)*)", fr = "(?:[^"\\]|\\.)*"')


def _add_xx(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    added, count = _BOTH.subn(lambda m: f'{m.group(0)}, xx = "[xx] {m.group(1)}"', text)
    assert count, path
    path.write_text(added, encoding="utf-8")


@pytest.fixture(scope="module")
def xx_assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content, with ``xx`` added to the sentences, the rules, the care file and the
    step library only (conditions, signs, medicines, Learn and the plans' own names: English)."""
    root = tmp_path_factory.mktemp("xx") / "assets"
    shutil.copytree(paths.asset(), root, ignore=shutil.ignore_patterns("translations", "icons"))
    for name in ("advice/sentences.toml", "advice/rules.toml", "advice/care.toml"):
        _add_xx(root / name)
    _add_xx(root / "plans" / "steps.toml")
    sentences = root / "advice" / "sentences.toml"
    text = sentences.read_text(encoding="utf-8")
    sentences.write_text(text.replace('xx = "[xx] ."', 'xx = ","'), encoding="utf-8")
    return root


def test_a_third_language_needs_only_files(xx_assets: Path) -> None:
    book = load_rulebook(xx_assets / "advice")
    profile = HealthProfile(
        conditions=frozenset({"pad"}), medications=(Medication("Lasix", "loop_diuretic"),)
    )
    facts = EpisodeFacts(episodes_last_7_nights=9, longest_minutes_last_7_nights=12.5)
    advice = evaluate(book, profile, facts, today=date(2026, 3, 1), region="FR")
    pad = next(item for item in advice.items if item.id == "pad_care")
    assert pad.text("xx").startswith("[xx] ")
    assert pad.text("xx_YY") == pad.text("xx")  # a regional variant falls back to its language
    assert pad.text("fr") != pad.text("xx") and pad.text("de") == pad.text("en")
    # The engine's own sentences come out in xx; the words they quote from files without xx
    # (the condition's "because" words, the medicine's class) fall back to English.
    because = [text("xx") for item in advice.items for text in item.because]
    condition = book.conditions["pad"].because.english
    assert f"[xx] because {condition}" in because
    # "{name} ({described})" has xx words; the class's words (medications.toml) do not.
    assert "[xx] because you take [xx] Lasix (a loop diuretic)" in because
    assert "[xx] because your longest cramp in the last 7 nights lasted 12,5 minutes" in because
    # The care file has xx words too: the emergency numbers are named in xx.
    assert "[xx] 15 (SAMU)" in advice.disclaimer("xx")
    assert advice_to_json(advice, "xx")["items"]
    # Learn has no xx: all English.
    learn = load_learn(book.sources, xx_assets / "learn.toml")
    assert all(s.text("xx") == s.text.english for s in learn.sections)


def test_a_third_language_in_the_plans(xx_assets: Path) -> None:
    result = load_plans(xx_assets / "plans", illustrations_dir=xx_assets / "illustrations")
    assert result.errors == []
    calf = result.plan("calf_now")
    assert calf is not None
    step = calf.steps[0]
    assert step.title("xx") == f"[xx] {step.title.english}"
    assert calf.name("xx") == calf.name.english  # the plan's own file has no xx


def _texts(value: object, where: str = "") -> Iterator[tuple[str, LocalText]]:
    """Every :class:`LocalText` inside ``value``, with where it was found."""
    if isinstance(value, LocalText):
        yield where, value
    elif isinstance(value, msgspec.Struct):
        for name in value.__struct_fields__:
            yield from _texts(getattr(value, name), f"{where}.{name}")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name), f"{where}.{item.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{where}[{key}]")
    elif isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            yield from _texts(item, f"{where}[{index}]")


def test_every_shipped_text_is_in_french() -> None:
    """French is complete: English is the only language the schema requires, so this checks
    that the shipped content gives French everywhere."""
    book = load_rulebook()
    found = [
        *_texts(dataclasses.replace(book, catalogue=None), "rulebook"),  # type: ignore[arg-type]
        *_texts(book.catalogue.classes, "medications"),
        *_texts(load_learn(), "learn"),
        *_texts(load_default_plans().plans, "plans"),
    ]
    assert len(found) > 300
    missing = [where for where, text in found if not text.languages or "fr" not in text.languages]
    assert missing == []
