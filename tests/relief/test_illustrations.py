from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from crampwise.relief.illustrations import TOKENS, themed_svg, themed_svg_text
from crampwise.relief.plans import PlanLoadResult
from crampwise.ui.illustration import IllustrationView, render_svg_image
from crampwise.ui.theme import DAY, NIGHT, Theme

from .conftest import PICTURES_DIR

ALL_SVGS = sorted(PICTURES_DIR.glob("*.svg"))


def ink_pixels(image: QImage, background: str) -> int:
    """Pixels clearly different from the background (sampled on a grid)."""
    bg = QColor(background)
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            diff = abs(c.red() - bg.red()) + abs(c.green() - bg.green()) + abs(c.blue() - bg.blue())
            count += diff > 60
    return count


def test_every_step_has_its_drawing_and_every_drawing_is_used(shipped: PlanLoadResult) -> None:
    named = {s.illustration for s in shipped.steps.values()}
    assert named == {p.name for p in ALL_SVGS}
    assert len(named) >= 14


@pytest.mark.parametrize("svg", ALL_SVGS, ids=lambda p: p.stem)
@pytest.mark.parametrize("palette", [NIGHT, DAY], ids=["night", "day"])
def test_drawing_renders_visibly_on_its_background(qtbot: QtBot, svg: Path, palette: Theme) -> None:
    image = render_svg_image(
        svg, palette.illustration_colours(), QSize(320, 240), palette.background
    )
    drawn = ink_pixels(image, palette.background)
    total = (320 // 3 + 1) * (240 // 3 + 1)
    assert total * 0.03 < drawn < total * 0.7, f"{svg.name}: {drawn} of {total} pixels drawn"


@pytest.mark.parametrize("svg", ALL_SVGS, ids=lambda p: p.stem)
def test_drawings_hold_no_real_colours(svg: Path) -> None:
    text = svg.read_text(encoding="utf-8")
    colours = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", text)}
    assert colours <= set(TOKENS), f"{svg.name} hard-codes {colours - set(TOKENS)}"
    assert 'stroke-linecap="round"' in text


def test_themed_svg_replaces_every_token() -> None:
    palette = {"ink": "#112233", "accent": "#ff8800", "soft": "#445566"}
    out = themed_svg(ALL_SVGS[0], palette).decode()
    assert "#010101" not in out and "#030303" not in out
    assert "#112233" in out and "#445566" in out


def test_themed_svg_refuses_a_palette_that_is_not_colours() -> None:
    with pytest.raises(ValueError, match="ink"):
        themed_svg_text("<svg/>", {"ink": 'red"/><script', "accent": "#000000", "soft": "#000000"})


def test_mirroring_flips_the_drawing() -> None:
    colours = NIGHT.illustration_colours()
    svg = PICTURES_DIR / "wall_calf_stretch.svg"
    plain = render_svg_image(svg, colours, QSize(160, 120), "#000000")
    flipped = render_svg_image(svg, colours, QSize(160, 120), "#000000", mirrored=True)
    assert flipped != plain
    expected = plain.flipped(Qt.Orientation.Horizontal)
    differ = sum(
        abs(flipped.pixelColor(x, y).lightness() - expected.pixelColor(x, y).lightness()) > 40
        for y in range(120)
        for x in range(160)
    )
    assert differ < 160 * 120 * 0.01  # the same picture, left to right (edges may shift 1 px)


def test_view_paints_keeps_aspect_and_names_itself(qtbot: QtBot) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(600, 200)  # much wider than 4:3
    view.set_illustration(
        PICTURES_DIR / "calf_towel_stretch.svg",
        DAY.illustration_colours(),
        "Leg straight, towel around the foot",
        mirrored=False,
    )
    assert view.is_valid()
    assert view.accessibleName() == "Leg straight, towel around the foot"
    image = view.grab().toImage()
    # Nothing is painted in the side margins: the drawing keeps its 4:3 shape, centred.
    margin = (600 - 200 * 4 // 3) // 2
    for x in (5, margin - 5, 600 - margin + 5, 595):
        column = {image.pixelColor(x, y).name() for y in range(0, 200, 4)}
        assert DAY.text not in column


# Drawings where a limb deliberately comes in from beyond the frame, and on which side.
LEAVES_THE_FRAME = {"sole_massage": {"bottom"}}  # the forearms, from below


@pytest.mark.parametrize("svg", ALL_SVGS, ids=lambda p: p.stem)
def test_every_drawing_stays_inside_its_frame(svg: Path) -> None:
    """Nothing is drawn outside the viewBox, where the player cuts it off: the warm sock's leg
    rose above the frame and showed with its top cut flat."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(themed_svg(svg, NIGHT.illustration_colours())))
    box = renderer.viewBoxF()
    pad = 40
    image = QImage(
        int(box.width()) + 2 * pad, int(box.height()) + 2 * pad, QImage.Format.Format_ARGB32
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(pad, pad, box.width(), box.height()))
    painter.end()
    allowed = LEAVES_THE_FRAME.get(svg.stem, set())
    bottom = pad + box.height()
    outside = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if not (pad - 1 <= x <= pad + box.width() and pad - 1 <= y <= bottom)
        and not ("bottom" in allowed and y > bottom and pad - 1 <= x <= pad + box.width())
        and image.pixelColor(x, y).alpha() > 40
    ]
    assert outside == [], f"{len(outside)} pixels outside, e.g. {outside[:3]}"


def test_the_view_shows_nothing_beyond_the_frame(qtbot: QtBot) -> None:
    """In a tall space the hands under the sole end at the frame, as in a wide one."""
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(320, 600)  # the 320 x 240 frame sits in the middle: 180 px above and below
    view.set_illustration(
        PICTURES_DIR / "sole_massage.svg", NIGHT.illustration_colours(), "", mirrored=True
    )
    image = view.grab().toImage()
    below = {image.pixelColor(x, y).name() for y in range(424, 600, 3) for x in range(0, 320, 3)}
    assert len(below) == 1  # the background alone
