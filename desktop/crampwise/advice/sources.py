"""The reference list (``assets/sources.toml``) every piece of advice cites."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crampwise import paths
from crampwise.advice._data import EVIDENCE_LEVELS, Problems, read_toml

_FIELDS = (
    "title", "authors_or_org", "year", "citation", "evidence", "doi", "url", "note", "placeholder",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    authors_or_org: str
    year: int | None  # ``None`` for undated web pages and the expert-opinion entry
    citation: str
    evidence: str | None  # MOD, LOW, VLOW, EO or NF as graded in the fact sheet
    url: str | None = None
    note: str | None = None  # caveats, e.g. why another source stands in for one not found
    doi: str | None = None
    placeholder: bool = False  # "expert opinion" and "no source found": neither DOI nor address

    @property
    def link(self) -> str | None:
        """Where to read it: the DOI's address, else the page's; ``None`` for a placeholder."""
        return f"https://doi.org/{self.doi}" if self.doi else self.url


def default_sources_path() -> Path:
    return paths.asset("sources.toml")


def load_sources(path: Path | None = None) -> dict[str, Source]:
    """Read every ``[sources.<id>]`` table; raise :class:`AdviceDataError` naming file and field."""
    path = default_sources_path() if path is None else path
    data = read_toml(path)
    problems = Problems(path)
    unexpected = sorted(set(data) - {"sources"})
    for key in unexpected:
        problems.add("top level", f"unknown table '{key}' (expected only [sources.<id>])")
    raw = data.get("sources")
    if not isinstance(raw, dict) or not raw:
        problems.add("top level", "no [sources.<id>] tables found")
        problems.raise_if_any()
        return {}
    sources: dict[str, Source] = {}
    for source_id, table in raw.items():
        where = f"source '{source_id}'"
        if not isinstance(table, dict):
            problems.add(where, "expected a table")
            continue
        problems.unknown_keys(table, _FIELDS, where)
        title = problems.string(table, "title", where)
        authors = problems.string(table, "authors_or_org", where)
        citation = problems.string(table, "citation", where)
        url = problems.string(table, "url", where, required=False)
        doi = problems.string(table, "doi", where, required=False)
        placeholder = table.get("placeholder", False)
        if not isinstance(placeholder, bool):
            problems.add(f"{where}, field 'placeholder'", "expected true or false")
            placeholder = False
        if doi is not None and not doi.startswith("10."):
            problems.add(f"{where}, field 'doi'", "expected a DOI such as 10.1503/cmaj.140497")
        if doi is None and url is None and not placeholder:
            problems.add(where, "give a DOI or a stable address (url)")
        if placeholder and (doi is not None or url is not None):
            problems.add(where, "a placeholder has neither a DOI nor an address")
        note = problems.string(table, "note", where, required=False)
        year = table.get("year")
        if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2100):
            problems.add(f"{where}, field 'year'", "expected a year such as 2012")
            year = None
        evidence = table.get("evidence")
        if evidence is not None and evidence not in EVIDENCE_LEVELS:
            problems.add(
                f"{where}, field 'evidence'",
                f"{evidence!r} is not one of {', '.join(EVIDENCE_LEVELS)}",
            )
            evidence = None
        if url is not None and not url.startswith("https://"):
            problems.add(f"{where}, field 'url'", "expected an https:// address")
        if title is None or authors is None or citation is None:
            continue
        sources[source_id] = Source(
            id=source_id,
            title=title,
            authors_or_org=authors,
            year=year,
            citation=citation,
            evidence=evidence,
            url=url,
            note=note,
            doi=doi,
            placeholder=placeholder,
        )
    problems.raise_if_any()
    return sources
