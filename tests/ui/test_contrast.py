"""WCAG AA contrast for every text colour on every background it is drawn on, in both themes,
and 3:1 for what shows a control and its state (check boxes, spin box arrows)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSpinBox,
)
from pytestqt.qtbot import QtBot

from crampwise.ui.theme import DAY, NIGHT, Theme, apply_theme


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


# --- non-text contrast (WCAG 1.4.11): what shows a control's state needs 3:1 ----------------


def non_text_pairs(t: Theme) -> list[tuple[str, str, str]]:
    """(what, colour, against) for the parts of controls a person must see to use them."""
    return [
        ("check box outline on the window", t.muted_text, t.background),
        ("check box outline on panels", t.muted_text, t.surface),
        ("ticked check box on the window", t.accent, t.background),
        ("the tick on a ticked box", t.accent_text, t.accent),
        ("spin box arrows on their buttons", t.text, t.surface),
        ("focus outline on the window", t.accent, t.background),
    ]


@pytest.mark.parametrize("theme", [NIGHT, DAY], ids=lambda t: t.name)
def test_controls_meet_non_text_contrast(theme: Theme) -> None:
    failures = [
        f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"
        for what, fg, bg in non_text_pairs(theme)
        if contrast(fg, bg) < 3.0
    ]
    assert failures == []


@pytest.mark.parametrize("theme", [NIGHT, DAY], ids=lambda t: t.name)
def test_the_drawings_of_ticks_and_arrows_use_those_colours(theme: Theme) -> None:
    from crampwise import paths

    folder = paths.asset("icons", "widgets")
    assert f'stroke="{theme.accent_text}"' in (folder / f"tick-{theme.name}.svg").read_text()
    for arrow in ("spin-up", "spin-down"):
        assert f'fill="{theme.text}"' in (folder / f"{arrow}-{theme.name}.svg").read_text()


def _pixel_contrast(image: QImage, x: int, y: int, against: str) -> float:
    return contrast(QColor(image.pixel(x, y)).name(), against)


@pytest.mark.parametrize("theme", [NIGHT, DAY], ids=lambda t: t.name)
def test_a_check_box_as_drawn_stands_out_from_the_window(qtbot: QtBot, theme: Theme) -> None:
    """Measured on the screen, not the palette: the box's outline, unticked, and its fill,
    ticked, each at 3:1 or more against the window behind them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    for ticked in (False, True):
        box = QCheckBox("It woke me up")
        box.setChecked(ticked)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        option = QStyleOptionButton()
        box.initStyleOption(option)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        # Across the indicator's middle row, the strongest edge against the window.
        y = rect.center().y()
        best = max(
            _pixel_contrast(image, x, y, theme.background)
            for x in range(rect.left(), rect.left() + rect.width() // 2)
        )
        assert best >= 3.0, (theme.name, ticked, best)


@pytest.mark.parametrize("theme", [NIGHT, DAY], ids=lambda t: t.name)
def test_spin_box_arrows_are_visible(qtbot: QtBot, theme: Theme) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    spin = QSpinBox()
    spin.setRange(0, 10)
    spin.setValue(5)  # both arrows enabled
    qtbot.addWidget(spin)
    spin.resize(160, 40)
    spin.show()
    qtbot.waitExposed(spin)
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    image = spin.grab().toImage()
    for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
        assert rect.width() > 8 and rect.height() > 6
        inner = rect.adjusted(4, 2, -4, -2)
        best = max(
            _pixel_contrast(image, x, y, theme.surface)
            for x in range(inner.left(), inner.right())
            for y in range(inner.top(), inner.bottom())
        )
        assert best >= 3.0, (theme.name, part, best)
