"""WCAG AA contrast for every text colour on every background it is drawn on, in both themes."""

from __future__ import annotations

import pytest

from crampwise.ui.theme import DAY, NIGHT, Theme


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def pairs(t: Theme) -> list[tuple[str, str, str]]:
    """(what, foreground, background) for every pairing the stylesheet and pages use."""
    return [
        ("body text on the window", t.text, t.background),
        ("body text on panels and fields", t.text, t.surface),
        ("secondary text on the window", t.muted_text, t.background),
        ("secondary text on panels", t.muted_text, t.surface),
        ("text on accent buttons", t.accent_text, t.accent),
        ("Cramp now label", t.cramp_text, t.cramp),
        ("warnings on the window", t.danger, t.background),
        ("warnings on panels", t.danger, t.surface),
        ("accent text (links, cues) on the window", t.accent, t.background),
    ]


@pytest.mark.parametrize("theme", [NIGHT, DAY], ids=lambda t: t.name)
def test_every_text_colour_meets_wcag_aa(theme: Theme) -> None:
    failures = [
        f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"
        for what, fg, bg in pairs(theme)
        if contrast(fg, bg) < 4.5
    ]
    assert failures == []


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
