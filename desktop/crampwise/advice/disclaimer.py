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
from crampwise.i18n import care_region_key
from crampwise.text import LocalText

RENDERED = ("advice", "disclaimers.json")


def disclaimer_text(region_id: str, lang: str) -> str | None:
    """The disclaimer for ``region_id`` in ``lang`` (falling back to English); ``None`` if
    neither the rendered file nor the care file can be read (the caller says what it can)."""
    try:
        table = json.loads(paths.asset(*RENDERED).read_text(encoding="utf-8"))
        return LocalText(table[care_region_key(region_id, table)]).get(lang)
    except (OSError, ValueError, KeyError, TypeError):
        from crampwise.advice._data import AdviceDataError
        from crampwise.advice.care import rendered_disclaimer

        try:
            return rendered_disclaimer(region_id, lang)
        except AdviceDataError:
            return None
