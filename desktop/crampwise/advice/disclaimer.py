"""The app's disclaimer with the emergency number of the person's region, for the first screen.

The numbers live in ``assets/advice/care.toml`` only. Reading and checking that file needs the
content schema (msgspec, ~25 ms), too slow before the first paint; so every region's disclaimer
is rendered from it into ``assets/advice/disclaimers.json`` (by
``python scripts/render_disclaimers.py``, as ``lrelease`` compiles the translations), and a test
checks the two agree. If the rendered file is missing or unreadable, the disclaimer is rendered
from the care file instead.
"""

from __future__ import annotations

import json

from crampwise import paths
from crampwise.i18n import OTHER_REGION
from crampwise.text import LocalText

RENDERED = ("advice", "disclaimers.json")


def region_key(region_id: str | None, listed: object) -> str:
    """The care file's key for ``region_id``: its country code ("UK" is "GB"), or "other" for
    a country ``listed`` does not contain."""
    key = (region_id or "").strip()
    key = key if key == OTHER_REGION else key.upper()
    if key == "UK":
        key = "GB"
    return key if key in listed else OTHER_REGION  # type: ignore[operator]


def disclaimer_text(region_id: str, lang: str) -> str:
    """The disclaimer for ``region_id`` in ``lang`` (falling back to English)."""
    try:
        table = json.loads(paths.asset(*RENDERED).read_text(encoding="utf-8"))
        return LocalText(table[region_key(region_id, table)]).get(lang)
    except (OSError, ValueError, KeyError, TypeError):
        from crampwise.advice.care import rendered_disclaimer

        return rendered_disclaimer(region_id, lang)
