"""A widget that paints one themed relief illustration, crisp at any size, optionally mirrored."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from crampwise.relief.illustrations import themed_svg


def fitted_rect(view_box: QRectF, target: QRectF) -> QRectF:
    """The largest rect with ``view_box``'s aspect ratio, centred in ``target``."""
    if view_box.isEmpty() or target.isEmpty():
        return QRectF(target)
    scale = min(target.width() / view_box.width(), target.height() / view_box.height())
    w, h = view_box.width() * scale, view_box.height() * scale
    return QRectF(
        target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h
    )


def paint_svg(painter: QPainter, renderer: QSvgRenderer, target: QRectF, mirrored: bool) -> None:
    rect = fitted_rect(renderer.viewBoxF(), target)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if mirrored:
        # Flip about the drawing's vertical centre line.
        painter.translate(rect.center().x() * 2, 0)
        painter.scale(-1, 1)
    # The frame is the drawing: what a limb leaving it (the hands under a sole) does beyond
    # the edge is never shown, whatever the shape of the space around it.
    painter.setClipRect(rect)
    renderer.render(painter, rect)
    painter.restore()


def render_svg_image(
    path: Path | str,
    palette: Mapping[str, str],
    size: QSize,
    background: str = "#000000",
    *,
    mirrored: bool = False,
) -> QImage:
    """Render a themed illustration to an image (for tests and screenshots)."""
    renderer = QSvgRenderer(QByteArray(themed_svg(path, palette)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    paint_svg(painter, renderer, QRectF(0, 0, size.width(), size.height()), mirrored)
    painter.end()
    return image


class IllustrationView(QWidget):
    """Paints a themed SVG with ``QSvgRenderer``: vector all the way, so sharp at any DPI.

    ``palette`` maps ``ink``, ``accent`` and ``soft`` to ``#rrggbb``. The accessible name is the
    step's alt text, so a screen reader describes the picture.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._path: Path | None = None
        self._colours: dict[str, str] = {}
        self._mirrored = False
        self._empty = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def set_illustration(
        self, path: Path | str | None, palette: Mapping[str, str], alt: str, *, mirrored: bool
    ) -> None:
        self._path = Path(path) if path is not None else None
        self._colours = dict(palette)
        self._mirrored = mirrored
        self.setAccessibleName(alt)
        self.setToolTip(alt)
        self._reload()

    def set_colours(self, palette: Mapping[str, str]) -> None:
        self._colours = dict(palette)
        self._reload()

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def is_valid(self) -> bool:
        return not self._empty and self._renderer.isValid()

    def _reload(self) -> None:
        data = b""
        if self._path is not None and self._path.is_file():
            try:
                data = themed_svg(self._path, self._colours)
            except (OSError, ValueError):
                data = b""
        self._empty = not data
        if data:
            self._renderer.load(QByteArray(data))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 3 // 4

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.is_valid():
            return
        painter = QPainter(self)
        paint_svg(painter, self._renderer, QRectF(self.rect()), self._mirrored)
        painter.end()
