"""Care numbers by country: every urgent text gives the numbers of the person's region.

The table below is written from the official pages cited in ``assets/sources.toml`` and kept
here on purpose: the content file must agree with it, region by region.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from crampwise.advice import evaluate, load_rulebook
from crampwise.advice.care import OTHER, resolve_region
from crampwise.domain.profile import EpisodeFacts, HealthProfile, Medication
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS

RULEBOOK = load_rulebook()
LANGS = ("en", "fr")
# region -> (emergency numbers, urgent numbers, words every urgent text names in en / fr)
TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, str]]] = {
    "GB": (("999",), ("111",), ("NHS 111", "NHS 111")),
    "FR": (("15", "112", "114"), ("116 117",), ("SOS Médecins", "médecin traitant")),
    "BE": (("112",), ("1733",), ("1733", "1733")),
    "CH": (("144", "112"), (), ("on-call doctor", "garde médicale")),
    "CA": (("911",), ("811",), ("811", "811")),
    "US": (("911",), (), ("urgent-care clinic", "urgent care")),
    OTHER: (("112",), (), ("your doctor", "votre médecin")),
}
EVERY_NUMBER = {n for emergency, urgent, _ in TABLE.values() for n in (*emergency, *urgent)}

# Everything that switches on every rule at once: all conditions, signs and classes.
_ALL_CLASSES = sorted(RULEBOOK.catalogue.classes)
EVERYTHING = HealthProfile(
    frozenset({"pad", "dvt_history", "diabetes", "pregnancy", "thyroid", "kidney_disease"}),
    tuple(Medication(RULEBOOK.catalogue.classes[c].drugs[0].generic, c) for c in _ALL_CLASSES),
)
ALL_SIGNS = EpisodeFacts(9, frozenset(ALL_RED_FLAG_SIGNS), 25.0)
NO_STATIN = HealthProfile(
    EVERYTHING.conditions, tuple(m for m in EVERYTHING.medications if m.drug_class != "statin")
)
URGENT_RULES = {
    r.id
    for r in RULEBOOK.rules
    for e in r.effects
    if e.intervention is None and e.severity in ("urgent", "emergency")
}


def _numbers_in(text: str) -> set[str]:
    """Every care number written in ``text`` ("116 117" counts as one)."""
    found = set()
    for number in sorted(EVERY_NUMBER, key=len, reverse=True):
        if re.search(rf"(?<!\d){re.escape(number)}(?!\d)", text):
            found.add(number)
            text = text.replace(number, "")
    return found


def test_the_care_file_matches_the_table() -> None:
    regions = RULEBOOK.care.regions
    assert set(regions) == set(TABLE)
    for region_id, (emergency, urgent, _words) in TABLE.items():
        region = regions[region_id]
        assert region.numbers("emergency") == emergency, region_id
        assert tuple(n for n in region.numbers("urgent")) == urgent, region_id
        for contact in region.contacts:
            assert contact.source in RULEBOOK.sources, (region_id, contact)
            if contact.number:  # every number has a source one can open
                assert RULEBOOK.sources[contact.source].link, (region_id, contact.source)


@pytest.mark.parametrize("region_id", list(TABLE))
@pytest.mark.parametrize("lang", LANGS)
def test_every_urgent_item_gives_the_numbers_of_the_region(region_id: str, lang: str) -> None:
    emergency, urgent, words = TABLE[region_id]
    items = [
        item
        for profile in (EVERYTHING, NO_STATIN)
        for item in evaluate(RULEBOOK, profile, ALL_SIGNS, region=region_id).items
    ]
    urgent_items = [i for i in items if i.severity in ("urgent", "emergency")]
    assert {i.id for i in urgent_items} == URGENT_RULES  # every urgent item, rendered
    for item in urgent_items:
        text = item.text(lang)
        written = _numbers_in(text)
        assert set(emergency) <= written, (item.id, text)  # the emergency number, every time
        allowed = set(emergency) | set(urgent)
        assert written <= allowed, (item.id, written - allowed)  # no other country's number
        assert item.numbers and set(item.numbers) <= allowed
        assert "{" not in text and "}" not in text
    for item in items:
        if "{urgent}" in _template(item.id).english:
            assert words[LANGS.index(lang)] in item.text(lang), item.id


def _template(rule_id: str):  # type: ignore[no-untyped-def]
    rule = next(r for r in RULEBOOK.rules if r.id == rule_id)
    return next(e for e in rule.effects if e.intervention is None).text


@pytest.mark.parametrize("lang", LANGS)
def test_a_reader_in_france_is_never_sent_to_111(lang: str) -> None:
    advice = evaluate(RULEBOOK, EVERYTHING, ALL_SIGNS, region="FR")
    texts = [advice.disclaimer(lang)] + [i.text(lang) for i in advice.items]
    texts += [r.text(lang) for s in advice.interventions.values() for r in s.reasons]
    assert not any("111" in text or "999" in text or "911" in text for text in texts)
    assert all("15 (SAMU)" in i.text(lang) for i in advice.items if i.urgency == "emergency")


def test_no_care_number_is_written_in_a_text() -> None:
    """Numbers live in the care file only: rule, baseline and Learn texts use placeholders."""
    from crampwise.advice.learn import load_learn

    learn = load_learn(RULEBOOK.sources)
    texts = [(f"baseline.{k}", b.text) for k, b in RULEBOOK.baseline.items()]
    texts += [(r.id, e.text) for r in RULEBOOK.rules for e in r.effects]
    texts += [(s.title.english, s.text) for s in learn.sections]
    texts.append(("disclaimer", RULEBOOK.care.disclaimer))
    for where, text in texts:
        for lang in LANGS:
            written = _numbers_in(text(lang)) - {"15"}  # "15" also counts other things
            assert not written, (where, lang, written)
            assert "111" not in text(lang) and "SAMU" not in text(lang), where


@pytest.mark.parametrize("region_id", list(TABLE))
@pytest.mark.parametrize("lang", LANGS)
def test_the_disclaimer_ends_with_the_emergency_number(region_id: str, lang: str) -> None:
    advice = evaluate(RULEBOOK, HealthProfile(), region=region_id)
    text = advice.disclaimer(lang)
    assert set(TABLE[region_id][0]) <= _numbers_in(text)
    assert "except to pass on official safety advice" in text or "consigne de sécurité" in text
    assert "never tell you to stop" not in text


@pytest.mark.parametrize(
    ("setting", "locale", "expected"),
    [
        ("auto", "fr_FR", "FR"),
        ("auto", "fr_BE.UTF-8", "BE"),
        ("auto", "en_GB", "GB"),
        ("auto", "de_DE", "DE"),
        ("auto", "C", OTHER),
        ("auto", "", OTHER),
        ("CA", "fr_FR", "CA"),
        ("other", "fr_FR", OTHER),
    ],
)
def test_region_follows_the_setting_then_the_system_country(
    setting: str, locale: str, expected: str
) -> None:
    assert resolve_region(setting, locale) == expected


@pytest.mark.parametrize(
    ("asked", "got"), [("DE", OTHER), ("uk", "GB"), ("fr", "FR"), (None, OTHER)]
)
def test_a_country_not_listed_gets_112(asked: str | None, got: str) -> None:
    assert RULEBOOK.care.region(asked).id == got


def test_the_first_screens_disclaimers_are_the_care_files() -> None:
    # disclaimers.json is rendered from care.toml (scripts/render_disclaimers.py): after an edit
    # of the care file, this fails until it is rendered again.
    from crampwise import paths
    from crampwise.advice.disclaimer import RENDERED

    rendered = json.loads(paths.asset(*RENDERED).read_text(encoding="utf-8"))
    assert rendered == RULEBOOK.care.disclaimers()


@pytest.mark.parametrize("region_id", [*TABLE, "UK", "de", "XX", ""])
@pytest.mark.parametrize("lang", [*LANGS, "fr_CA", "pt"])
def test_the_first_screen_says_what_the_care_file_says(region_id: str, lang: str) -> None:
    from crampwise.advice.care import rendered_disclaimer
    from crampwise.advice.disclaimer import disclaimer_text

    assert disclaimer_text(region_id, lang) == rendered_disclaimer(region_id, lang)


def test_the_first_screens_disclaimer_needs_no_content_schema() -> None:
    code = (
        "import sys; from crampwise.advice.disclaimer import disclaimer_text; "
        "text = disclaimer_text('FR', 'fr'); assert '112' in text and '15' in text, text; "
        "print(sorted(m for m in sys.modules if m.startswith(('msgspec', 'crampwise.content'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
