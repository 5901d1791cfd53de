"""Export the diary (JSON: everything; CSV: episodes for spreadsheets) and import it back.

Plain Python over ``EpisodeStore``; the window and the ``export``/``import`` commands both call
these functions. See ``README.md`` here for the formats and the identity rule.

Names are loaded on first use: ``crampwise.cli`` imports ``exchange.errors`` to build its
parser at every start, and that must not cost the codec's imports.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crampwise.exchange.errors import ExchangeError
    from crampwise.exchange.export import (
        export_csv,
        export_episodes_json,
        export_json,
        render_csv,
        render_json,
    )
    from crampwise.exchange.importer import (
        ImportReport,
        ParsedFile,
        apply_import,
        import_file,
        parse_export,
        read_export,
    )

_WHERE = {
    "ExchangeError": "errors",
    "export_csv": "export",
    "export_episodes_json": "export",
    "export_json": "export",
    "render_csv": "export",
    "render_json": "export",
    "ImportReport": "importer",
    "ParsedFile": "importer",
    "apply_import": "importer",
    "import_file": "importer",
    "parse_export": "importer",
    "read_export": "importer",
}
__all__ = [
    "ExchangeError",
    "ImportReport",
    "ParsedFile",
    "apply_import",
    "export_csv",
    "export_episodes_json",
    "export_json",
    "import_file",
    "parse_export",
    "read_export",
    "render_csv",
    "render_json",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"crampwise.exchange.{_WHERE[name]}"), name)
    raise AttributeError(name)
