"""The Learn page's content (``assets/learn.toml``), validated like the advice files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from crampwise import paths
from crampwise.advice._data import Problems, read_toml
from crampwise.advice.care import check_placeholders
from crampwise.domain.vocab import INTERVENTIONS
from crampwise.text import LocalText


@dataclass(frozen=True, slots=True)
class LearnSection:
    title: LocalText
    text: LocalText
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LearnContent:
    intervention_labels: Mapping[str, LocalText]
    sections: tuple[LearnSection, ...]
    # Words shown instead of the status word, or the evidence grades, where those would mislead.
    verdicts: Mapping[str, LocalText] = field(default_factory=dict)
    evidence: Mapping[str, LocalText] = field(default_factory=dict)


def load_learn(known_sources: Mapping[str, object], path: Path | None = None) -> LearnContent:
    """Read the Learn page; every intervention needs a label and every source id must exist."""
    path = path or paths.asset("learn.toml")
    data = read_toml(path)
    problems = Problems(path)
    problems.unknown_keys(data, ("interventions", "sections"), "top level")
    raw_labels = data.get("interventions", {})
    labels: dict[str, LocalText] = {}
    verdicts: dict[str, LocalText] = {}
    evidence: dict[str, LocalText] = {}
    if not isinstance(raw_labels, dict):
        problems.add("interventions", "expected a table")
        raw_labels = {}
    for ident in INTERVENTIONS:
        where = f"interventions.{ident}"
        table = raw_labels.get(ident)
        if not isinstance(table, dict):
            problems.add(where, "missing (expected a table with label = { en, fr })")
            continue
        problems.unknown_keys(table, ("label", "verdict", "evidence"), where)
        text = problems.text(table, "label", where)
        if text is not None:
            labels[ident] = text
        for key, found in (("verdict", verdicts), ("evidence", evidence)):
            if key in table and (words := problems.text(table, key, where)) is not None:
                found[ident] = words
    for extra in sorted(set(raw_labels) - set(INTERVENTIONS)):
        problems.add("interventions", f"unknown intervention '{extra}'")
    sections = []
    raw_sections = data.get("sections", [])
    if not isinstance(raw_sections, list):
        problems.add("sections", "expected a list of [[sections]]")
        raw_sections = []
    for i, raw in enumerate(raw_sections):
        where = f"sections[{i}]"
        if not isinstance(raw, dict):
            problems.add(where, "expected a table")
            continue
        problems.unknown_keys(raw, ("title", "text", "sources"), where)
        title, text = problems.text(raw, "title", where), problems.text(raw, "text", where)
        sources = problems.string_list(raw, "sources", where, required=True)
        for source in sources:
            if source not in known_sources:
                problems.add(f"{where}, field 'sources'", f"unknown source '{source}'")
        if text is not None:
            check_placeholders(problems, text, f"{where}, field 'text'")
        if title is not None and text is not None:
            sections.append(LearnSection(title, text, sources))
    problems.raise_if_any()
    return LearnContent(labels, tuple(sections), verdicts, evidence)
