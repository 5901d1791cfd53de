"""The reference list (``assets/sources.toml``) every piece of advice cites."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

from crampwise import paths
from crampwise.advice._data import Problems
from crampwise.content import Id, Words

Evidence = Literal["MOD", "LOW", "VLOW", "EO", "NF"]  # as graded in the fact sheet
EVIDENCE_LEVELS: tuple[str, ...] = ("MOD", "LOW", "VLOW", "EO", "NF")


class Source(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """One ``[sources.<id>]`` table (``id`` is the table's name)."""

    id: Id
    title: Words
    authors_or_org: Words
    citation: Words
    year: Annotated[int, msgspec.Meta(ge=1900, le=2100)] | None = None  # None: undated page
    evidence: Evidence | None = None
    url: Annotated[str, msgspec.Meta(pattern=r"^https://\S+$")] | None = None
    note: Words | None = None  # caveats, e.g. why another source stands in for one not found
    doi: Annotated[str, msgspec.Meta(pattern=r"^10\.\S+$")] | None = None
    placeholder: bool = False  # "expert opinion" and "no source found": neither DOI nor address

    def __post_init__(self) -> None:
        if self.placeholder and (self.doi is not None or self.url is not None):
            raise ValueError("a placeholder has neither a DOI nor an address")
        if not self.placeholder and self.doi is None and self.url is None:
            raise ValueError("give a DOI or a stable address (url)")

    @property
    def link(self) -> str | None:
        """Where to read it: the DOI's address, else the page's; ``None`` for a placeholder."""
        return f"https://doi.org/{self.doi}" if self.doi else self.url


class _SourcesFile(msgspec.Struct, forbid_unknown_fields=True):
    sources: Annotated[dict[str, Any], msgspec.Meta(min_length=1)]


def default_sources_path() -> Path:
    return paths.asset("sources.toml")


def load_sources(path: Path | None = None) -> dict[str, Source]:
    """Read every ``[sources.<id>]`` table; raise :class:`AdviceDataError` naming file and field.

    The shipped file (``path`` None) is read once per process."""
    if path is None:
        return dict(_shipped(default_sources_path()))
    return _read(path)


@cache
def _shipped(path: Path) -> dict[str, Source]:
    return _read(path)


def _read(path: Path) -> dict[str, Source]:
    problems = Problems(path)
    data = problems.decode(problems.read(), _SourcesFile)
    problems.raise_if_any()
    assert data is not None
    sources: dict[str, Source] = {}
    for source_id, table in data.sources.items():
        raw = {**table, "id": source_id} if isinstance(table, dict) else table
        source = problems.decode(raw, Source, f"source '{source_id}'")
        if source is not None:
            sources[source_id] = source
    problems.raise_if_any()
    return sources
