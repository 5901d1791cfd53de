"""The Learn page's content (``assets/learn.toml``), validated like the advice files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import msgspec

from crampwise import paths
from crampwise.advice._data import Problems
from crampwise.advice.care import check_placeholders
from crampwise.content import Id
from crampwise.domain.vocab import INTERVENTIONS
from crampwise.text import LocalText


class LearnSection(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    title: LocalText
    text: LocalText
    sources: Annotated[tuple[Id, ...], msgspec.Meta(min_length=1)]


class _Intervention(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    label: LocalText
    verdict: LocalText | None = None
    evidence: LocalText | None = None


class _LearnFile(msgspec.Struct, forbid_unknown_fields=True):
    interventions: dict[str, Any]
    sections: list[Any] = []


@dataclass(frozen=True, slots=True)
class LearnContent:
    intervention_labels: Mapping[str, LocalText]
    sections: tuple[LearnSection, ...]
    # Words shown instead of the status word, or the evidence grades, where those would mislead.
    verdicts: Mapping[str, LocalText] = field(default_factory=dict)
    evidence: Mapping[str, LocalText] = field(default_factory=dict)


def load_learn(
    known_sources: Mapping[str, object] | None = None, path: Path | None = None
) -> LearnContent:
    """Read the Learn page; every intervention needs a label and every source id must exist.

    Without arguments: the shipped file, checked against the shipped sources, read once."""
    if known_sources is None and path is None:
        return _shipped(paths.asset("learn.toml"))
    if known_sources is None:
        from crampwise.advice.sources import load_sources

        known_sources = load_sources()
    return _read(known_sources, path or paths.asset("learn.toml"))


@cache
def _shipped(path: Path) -> LearnContent:
    from crampwise.advice.sources import load_sources

    return _read(load_sources(), path)


def _read(known_sources: Mapping[str, object], path: Path) -> LearnContent:
    problems = Problems(path)
    data = problems.decode(problems.read(), _LearnFile)
    problems.raise_if_any()
    assert data is not None
    labels: dict[str, LocalText] = {}
    verdicts: dict[str, LocalText] = {}
    evidence: dict[str, LocalText] = {}
    for ident in INTERVENTIONS:
        where = f"interventions.{ident}"
        if ident not in data.interventions:
            problems.add(where, "missing (expected a table with label = { en, fr })")
        elif (
            found := problems.decode(data.interventions[ident], _Intervention, where)
        ) is not None:
            labels[ident] = found.label
            if found.verdict is not None:
                verdicts[ident] = found.verdict
            if found.evidence is not None:
                evidence[ident] = found.evidence
    for extra in sorted(set(data.interventions) - set(INTERVENTIONS)):
        problems.add("interventions", f"unknown intervention '{extra}'")
    sections = []
    for i, raw in enumerate(data.sections):
        where = f"sections[{i}]"
        section = problems.decode(raw, LearnSection, where)
        if section is None:
            continue
        for source in section.sources:
            if source not in known_sources:
                problems.add(f"{where}.sources", f"unknown source '{source}'")
        check_placeholders(problems, section.text, f"{where}.text")
        sections.append(section)
    problems.raise_if_any()
    return LearnContent(labels, tuple(sections), verdicts, evidence)
