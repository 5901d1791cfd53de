"""Theme the relief illustrations: swap the colour tokens in an SVG for real colours.

The SVGs in ``assets/illustrations`` never hold real colours, only three tokens, so one drawing
serves the night and the day theme. Pure Python: the widget hands the bytes to ``QSvgRenderer``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Final

# token -> palette key
TOKENS: Final = {"#010101": "ink", "#020202": "accent", "#030303": "soft"}
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_TOKEN = re.compile("|".join(re.escape(t) for t in TOKENS), re.IGNORECASE)


def themed_svg_text(svg: str, palette: Mapping[str, str]) -> str:
    """``svg`` with each token replaced by ``palette["ink" | "accent" | "soft"]`` (``#rrggbb``)."""
    colours: dict[str, str] = {}
    for token, key in TOKENS.items():
        colour = palette.get(key)
        if colour is None or not _COLOUR.fullmatch(colour):
            raise ValueError(f"palette[{key!r}] must be a #rrggbb colour, not {colour!r}")
        colours[token] = colour
    return _TOKEN.sub(lambda m: colours[m.group(0).lower()], svg)


def themed_svg(path: Path | str, palette: Mapping[str, str]) -> bytes:
    """The SVG file at ``path``, coloured from ``palette``, as UTF-8 bytes."""
    return themed_svg_text(Path(path).read_text(encoding="utf-8"), palette).encode("utf-8")
