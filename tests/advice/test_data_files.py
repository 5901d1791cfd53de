"""Every content file loads, and a broken one fails with a message naming file and field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crampwise import paths
from crampwise.advice import (
    AdviceDataError,
    Rulebook,
    load_catalogue,
    load_conditions,
    load_rulebook,
    load_signs,
    load_sources,
)
from crampwise.domain.profile import CONDITION_IDS
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS, INTERVENTIONS

REQUIRED_SOURCES = (
    "nhs_leg_cramps",
    "nice_cks_leg_cramps",
    "aafp_2012",
    "katzberg_2010",
    "hallegraeff_2012",
    "cochrane_stretching_2021",
    "coppin_2005",
    "nhs_leg_cramps_older",
    "expert_opinion",
    "jose_2005",
    "garrison_2012",
    "mhra_2016_potassium",
    "nice_cks_compression",
    "nhs_dvt",
    "bhf_pad",
    "nhs_statins",
    "cochrane_magnesium_2020",
    "el_tawil_2015",
    "fda_2010_quinine",
    "mhra_2010_quinine",
    "pittler_2007",
    "delacour_2018",
    "nih_ods_magnesium",
    "cochrane_pregnancy_2020",
)


def test_sources_load_with_required_ids() -> None:
    sources = load_sources()
    assert set(REQUIRED_SOURCES) <= set(sources)
    assert "not trial-tested" in sources["expert_opinion"].citation
    for source in sources.values():
        assert source.title and source.authors_or_org and source.citation
        assert source.evidence in {None, "MOD", "LOW", "VLOW", "EO", "NF"}


def test_conditions_signs_and_catalogue_load() -> None:
    assert tuple(load_conditions()) == CONDITION_IDS
    assert set(load_signs()) == set(ALL_RED_FLAG_SIGNS)
    catalogue = load_catalogue()
    assert "anticoagulant" in catalogue.classes
    assert "anticoagulated" not in load_conditions()


def test_rulebook_covers_every_intervention(rulebook: Rulebook) -> None:
    assert set(rulebook.baseline) == set(INTERVENTIONS)
    assert len({rule.id for rule in rulebook.rules}) == len(rulebook.rules)


def test_every_drug_class_has_a_talk_to_your_prescriber_rule(rulebook: Rulebook) -> None:
    for class_id in rulebook.catalogue.classes:
        texts = [
            effect.text.english
            for rule in rulebook.rules
            if class_id in rule.when.drug_classes_any and not rule.id.startswith("rf_")
            for effect in rule.effects
        ]
        assert any("prescriber" in text for text in texts), class_id
        assert (
            any(
                "stop or change" in text or "change it" in text or "stop taking" in text
                for text in texts
            )
            or "statin" in class_id
        ), class_id


def test_baseline_statuses_follow_the_fact_sheet(rulebook: Rulebook) -> None:
    expected = {
        "calf_stretch": "recommended",
        "heat": "recommended",
        "magnesium": "not_recommended",
        "quinine": "avoid",
        "magnetic_therapy": "not_recommended",
        "compression_socks": "not_recommended",
        "leg_elevation": "not_recommended",
    }
    for intervention, status in expected.items():
        assert rulebook.baseline[intervention].status == status
    assert "no evidence" in rulebook.baseline["heat"].text.english
    for named in ("diabetes", "neuropathy", "peripheral arterial disease"):
        assert named in rulebook.baseline["heat"].text.english
    assert "don't help" in rulebook.baseline["magnetic_therapy"].text.english.lower()
    assert "tonic water" in rulebook.baseline["quinine"].text.english


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "advice/rules.toml",
            'when = { conditions_any = ["pad"] }',
            'when = { conditions_any = ["padd"] }',
            "rules.toml: rule 'pad_care': when.conditions_any: unknown condition 'padd'",
        ),
        (
            "advice/rules.toml",
            'when = { drug_classes_any = ["statin"] }',
            'when = { drug_classes_any = ["statins"] }',
            "rule 'med_statin': when.drug_classes_any: unknown drug class 'statins'",
        ),
        (
            "advice/rules.toml",
            'intervention = "leg_elevation"',
            'intervention = "leg_raise"',
            "rule 'pad_care': effects[1].intervention: unknown intervention 'leg_raise'",
        ),
        (
            "advice/rules.toml",
            'sources = ["bhf_pad", "nice_cg147"]\n\n[[rules]]\nid = "venous_care"',
            'sources = ["bhf_pad", "made_up_2099"]\n\n[[rules]]\nid = "venous_care"',
            "rule 'pad_warning_signs': effects[0].sources: unknown source 'made_up_2099'",
        ),
        (
            "advice/rules.toml",
            'kind = "red_flag"\nseverity = "emergency"',
            'kind = "red_flag"\nseverity = "panic"',
            "rule 'rf_standing_emergency': effects[0].severity: Invalid enum value 'panic'; "
            "expected one of info, consider, important, urgent, emergency",
        ),
        (
            "advice/rules.toml",
            'red_flag_signs_any = ["pain_when_walking"]',
            'red_flag_signs_any = ["limping"]',
            "rule 'rf_claudication': when.red_flag_signs_any: unknown sign 'limping'",
        ),
        (
            "advice/rules.toml",
            'id = "thyroid_check"\nwhen = { conditions_any = ["thyroid"] }\n[[rules.effects]]\n'
            'kind = "advice"\nseverity = "consider"\n',
            'id = "thyroid_check"\nwhen = { conditions_any = ["thyroid"] }\n[[rules.effects]]\n'
            'kind = "advice"\nseverity = "consider"\nintervention = "heat"\n',
            "rule 'thyroid_check': effects[0].intervention: not allowed on a 'advice'",
        ),
        (
            "advice/rules.toml",
            '[baseline.magnetic_therapy]\nstatus = "not_recommended"',
            '[baseline.magnetic_therapy]\nstatus = "maybe"',
            "baseline 'magnetic_therapy': status: Invalid enum value 'maybe'",
        ),
        (
            "advice/rules.toml",
            'text = { en = "Painkillers act too slowly',
            'text = { english = "x", en = "Painkillers act too slowly',
            "rule 'general_painkillers': effects[0].text: unknown language 'english'",
        ),
        (
            "sources.toml",
            'title = "Side effects of atorvastatin (NHS statin medicine pages)"\n',
            "",
            "sources.toml: source 'nhs_statins': title: missing",
        ),
        (
            "sources.toml",
            'evidence = "MOD"\nnote = "11 randomised',
            'evidence = "STRONG"\nnote = "11 randomised',
            "sources.toml: source 'cochrane_magnesium_2020': evidence: Invalid enum value 'STRONG'",
        ),
        (
            "advice/conditions.toml",
            "[conditions.thyroid]",
            "[conditions.thyroid_disease]",
            "conditions.toml: condition 'thyroid_disease': unknown condition id",
        ),
        (
            "advice/medications.toml",
            'brands = ["Lixiana", "Savaysa"]',
            'brands = ["Lixiana", "Lipitor"]',
            "medications.toml: class 'anticoagulant': drugs[5]: name 'Lipitor' is already listed",
        ),
        (
            "advice/signs.toml",
            '[signs.dark_cola_urine]\nlabel = { en = "Dark (cola-coloured) urine", ',
            '[signs.dark_cola_urine]\nlabel = { en = "", ',
            "signs.toml: sign 'dark_cola_urine': label: missing or empty 'en' text",
        ),
        (
            "advice/rules.toml",
            "Call {emergency} at once for",
            "Call {ambulance} at once for",
            "rule 'rf_standing_emergency': effects[0].text: unknown placeholder {ambulance}",
        ),
        (
            "advice/rules.toml",
            "If you can't get seen, or feel very unwell, call {emergency}.",
            "",
            "rule 'rf_standing_urgent': effects[0].text: an 'urgent' item must give the "
            "emergency number",
        ),
        (
            "advice/rules.toml",
            "Appelez {emergency} immédiatement en cas de",
            "Appelez le 15 immédiatement en cas de",
            "rule 'rf_standing_emergency': effects[0].text: the 'en' and 'fr' texts use "
            "different placeholders",
        ),
        (
            "advice/care.toml",
            'number = "144"\nsay = { en = "{number}", fr = "le {number}" }',
            'number = "144"\nsay = { en = "one four four", fr = "le {number}" }',
            "care.toml: region 'CH': contacts[0]: say.en must contain {number}",
        ),
        (
            "advice/care.toml",
            'source = "sos_medecins"',
            'source = "sos_2099"',
            "care.toml: region 'FR': contacts[5].source: unknown source 'sos_2099'",
        ),
        (
            "sources.toml",
            'doi = "10.1503/cmaj.140497"\n',
            "",
            "sources.toml: source 'garrison_2015': give a DOI or a stable address (url)",
        ),
        (
            "advice/rules.toml",
            'recommends = ["leg_elevation"]',
            'recommends = ["leg_lifting"]',
            "rule 'venous_care': effects[0].recommends: unknown intervention",
        ),
        (
            "advice/medications.toml",
            'brands = ["Preterax", "Bipreterax", "Coversyl Plus"]',
            'brands = ["Preterax 5 mg"]',
            "combinations[0]: name 'Preterax 5 mg' would be read as 'preterax'",
        ),
        (
            "advice/medications.toml",
            'classes = ["ace_inhibitor", "thiazide_diuretic"]\nbrands = ["Preterax"',
            'classes = ["ace_inhibitor", "beta_blocker"]\nbrands = ["Preterax"',
            "combinations[0].classes: unknown class 'beta_blocker'",
        ),
    ],
)
def test_broken_file_names_file_rule_and_field(
    assets_copy: Path, file: str, old: str, new: str, expected: str
) -> None:
    _edit(assets_copy / file, old, new)
    with pytest.raises(AdviceDataError) as caught:
        load_rulebook(assets_copy / "advice")
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert expected in str(caught.value)


def test_all_problems_are_reported_together(assets_copy: Path) -> None:
    rules = assets_copy / "advice" / "rules.toml"
    _edit(rules, 'when = { conditions_any = ["pad"] }', 'when = { conditions_any = ["x"] }')
    _edit(rules, 'severity = "emergency"', 'severity = "panic"')
    _edit(assets_copy / "sources.toml", 'title = "Leg cramps"\n', "")
    with pytest.raises(AdviceDataError) as caught:
        load_rulebook(assets_copy / "advice")
    assert len(caught.value.problems) >= 3
    assert str(caught.value).startswith(f"{len(caught.value.problems)} problems")


def test_unreadable_toml_names_the_file(assets_copy: Path) -> None:
    (assets_copy / "advice" / "rules.toml").write_text("[[rules]\nid = ", encoding="utf-8")
    with pytest.raises(AdviceDataError, match=r"rules\.toml: not valid TOML"):
        load_rulebook(assets_copy / "advice")


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(AdviceDataError, match=r"sources\.toml: file not found"):
        load_sources(tmp_path / "sources.toml")


def test_missing_baseline_is_reported(assets_copy: Path) -> None:
    _edit(assets_copy / "advice" / "rules.toml", "[baseline.ankle_mobility]", "[baseline.ankles]")
    with pytest.raises(AdviceDataError) as caught:
        load_rulebook(assets_copy / "advice")
    problems = "\n".join(caught.value.problems)
    assert "intervention 'ankle_mobility' has no baseline" in problems
    assert "baseline 'ankles': unknown intervention id" in problems


def test_default_assets_are_the_source_tree() -> None:
    assert (paths.asset("advice") / "rules.toml").is_file()


def test_advice_package_imports_no_qt_or_database() -> None:
    code = (
        "import sys, crampwise.advice; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_source_has_a_doi_or_an_address_and_no_unchecked_note() -> None:
    sources = load_sources()
    for source in sources.values():
        if source.placeholder:
            assert source.id in ("expert_opinion", "no_source_found")
            continue
        assert source.link and source.link.startswith("https://"), source.id
        words = f"{source.note or ''} {source.title}".lower()
        assert "paraphrased" not in words and "verify" not in words, source.id
        assert "from memory" not in words and "complete before release" not in words, source.id


def test_the_known_errors_in_the_sources_are_fixed() -> None:
    from crampwise.advice.learn import load_learn

    s = load_sources()
    assert s["hallegraeff_2017"].title == (
        "Criteria in diagnosing nocturnal leg cramps: a systematic review"
    )
    assert s["garrison_2015"].title == (
        "Seasonal effects on the occurrence of nocturnal leg cramps: a prospective cohort study"
    )
    assert "CMAJ" in s["garrison_2015"].citation and s["garrison_2015"].year == 2015
    assert s["jose_2005"].title == "Hot water bottles and diabetic patients — a cautionary tale"
    assert "British Journal of General Practice. 2005" in s["jose_2005"].citation
    assert "physical activity" in s["delacour_2020"].title
    assert "case-control" in s["delacour_2020"].title
    assert "Scientific Reports" in s["delacour_2020"].citation
    assert "Spironolactone" in s["mhra_2016_potassium"].title
    assert "heart failure" in s["mhra_2016_potassium"].title
    assert "Drug Safety Communication" in s["fda_2010_quinine"].title
    assert "boxed warning against this use is older" in s["fda_2010_quinine"].citation
    assert s["cochrane_pregnancy_2020"].authors_or_org.startswith("Luo L, Zhou K")
    book = load_rulebook()
    supplements = next(r for r in book.rules if r.id == "no_potassium_supplements")
    assert "mhra_2016_potassium" not in supplements.effects[0].sources
    assert {"nhs_ramipril", "nhs_spironolactone"} <= set(supplements.effects[0].sources)
    causes = next(x for x in load_learn(book.sources).sections if "midsummer" in x.text.english)
    assert "garrison_2015" in causes.sources
    neuropathy = next(r for r in book.rules if r.id == "neuropathy_stockings")
    assert all(e.sources == ("nice_ng89",) for e in neuropathy.effects)


def test_sources_match_the_records_found_with_the_search_tool() -> None:
    """Issue 15: the DOIs, authors and addresses that were written from memory or guessed."""
    s = load_sources()
    assert s["hallegraeff_2012"].doi == "10.1016/S1836-9553(12)70068-1"
    assert s["garrison_2015"].authors_or_org == (
        "Garrison SR, Dormuth CR, Morrow RL, Carney GA, Khan KM"
    )
    assert s["garrison_2015"].citation.startswith(s["garrison_2015"].authors_or_org)
    assert s["bpac_nz"].url == "https://bpac.org.nz/bpj/2013/march/correspondence.aspx"
    assert "oklahoma.gov" not in (s["oklahoma_health"].link or "")
    assert "clinical-guidance/wound-care" not in (s["derbyshire_japc"].link or "")
    # The current NHS thyroid page no longer lists cramps: it must not be quoted as saying so.
    assert "cramp" not in s["nhs_thyroid"].citation
    for source in s.values():
        link = source.link or ""
        assert "/search" not in link and "?q=" not in link, source.id
    book = load_rulebook()
    heat = next(r for r in book.rules if r.id == "reduced_feeling_heat")
    hot_water_bottles = [e for e in heat.effects if "hot-water bottles" in e.text.english]
    assert hot_water_bottles and all("ada_foot_care_2021" in e.sources for e in hot_water_bottles)


def test_the_content_files_are_each_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """sources.toml and learn.toml are read once per process, whoever asks first."""
    from crampwise import content
    from crampwise.advice import learn, sources
    from crampwise.relief.plans import load_default_plans

    sources._shipped.cache_clear()
    learn._shipped.cache_clear()
    read: list[str] = []
    real = content.read_toml

    def counting(path: Path) -> dict[str, object]:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(content, "read_toml", counting)
    monkeypatch.setattr("crampwise.advice._data.read_toml", counting)
    monkeypatch.setattr("crampwise.relief.plans.read_toml", counting)
    from crampwise.advice import load_rulebook

    load_rulebook()
    load_default_plans()
    learn.load_learn()
    learn.load_learn()
    sources.load_sources()
    assert read.count("sources.toml") == 1
    assert read.count("learn.toml") == 1
