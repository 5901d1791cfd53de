"""Render every region's disclaimer from assets/advice/care.toml into
assets/advice/disclaimers.json, which the first screen reads (see crampwise.advice.disclaimer).

    python scripts/render_disclaimers.py

Run it after changing care.toml; a test fails until the two agree.
"""

from __future__ import annotations

import json

from crampwise import paths
from crampwise.advice.care import load_care
from crampwise.advice.disclaimer import RENDERED


def main() -> None:
    care = load_care(None, paths.asset("advice", "care.toml"))
    text = json.dumps(care.disclaimers(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    paths.asset(*RENDERED).write_text(text, encoding="utf-8")
    print(f"wrote {paths.asset(*RENDERED)}")


if __name__ == "__main__":
    main()
