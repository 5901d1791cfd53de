"""A drawing of both legs, seen from the side, where a person taps where the cramp was.

Each leg shows the front (shin, front of thigh), the back (calf, back of thigh) and the foot
(sole, toes). Keyboard: arrows move between places, Space or Enter ticks one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from crampwise.domain.vocab import Location, Side
from crampwise.ui.theme import current_theme
from crampwise.wording import leg_label, spot_label

# One leg in a 100 x 200 box, toes pointing right (the right leg); the left leg is mirrored.
_REGION_ORDER = (
    Location.FRONT_OF_THIGH,
    Location.BACK_OF_THIGH,
    Location.SHIN,
    Location.CALF,
    Location.FOOT_SOLE,
    Location.TOES,
)


def _poly(*pts: tuple[float, float]) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(*pts[0])
    for p in pts[1:]:
        path.lineTo(*p)
    path.closeSubpath()
    return path


def _leg_regions() -> dict[Location, QPainterPath]:
    # Knee at y=90, ankle at y=168; front edge on the right, the calf bulging at the back.
    return {
        Location.FRONT_OF_THIGH: _poly((47, 0), (72, 2), (70, 40), (64, 90), (49, 90)),
        Location.BACK_OF_THIGH: _poly((47, 0), (20, 4), (24, 50), (34, 90), (49, 90)),
        Location.SHIN: _poly((49, 90), (64, 90), (61, 130), (58, 168), (50, 168)),
        Location.CALF: _poly(
            (49, 90), (34, 90), (25, 112), (28, 135), (38, 155), (42, 168), (50, 168)
        ),
        Location.FOOT_SOLE: _poly((42, 168), (58, 168), (76, 182), (76, 196), (34, 196), (34, 180)),
        Location.TOES: _poly((76, 182), (90, 186), (97, 193), (97, 196), (76, 196)),
    }


@dataclass(frozen=True, slots=True)
class Spot:
    side: Side  # LEFT or RIGHT only
    location: Location

    @property
    def label(self) -> str:
        """ "Left calf", in the person's language."""
        return spot_label(self.side, self.location)


class _Region(QAbstractButton):
    """One place on the map as a screen reader sees it: a named check box over the drawing.

    Invisible and out of the Tab order (the map takes the keys); the mouse goes through it to
    the map, which knows the exact outline. A screen reader's "press" toggles the place.
    """

    def __init__(self, spot: Spot, parent: BodyMap) -> None:
        super().__init__(parent)
        self.spot = spot
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(spot.label)
        self.toggled.connect(
            lambda on: parent.toggle(spot) if on != parent.is_selected(spot) else None
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        return  # the map draws it


class BodyMap(QWidget):
    """Both legs; ``selectionChanged`` fires whenever a place is ticked or unticked."""

    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions = _leg_regions()
        self._spots = [Spot(s, loc) for s in (Side.LEFT, Side.RIGHT) for loc in _REGION_ORDER]
        self._selected: set[Spot] = set()
        self._cursor = 0
        self._buttons = [_Region(spot, self) for spot in self._spots]
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 220)
        self.setAccessibleName(self.tr("Where was the cramp"))
        self._update_description()

    # --- the person's choice ------------------------------------------------------------

    def side(self) -> Side | None:
        sides = {s.side for s in self._selected}
        if len(sides) == 2:
            return Side.BOTH
        return next(iter(sides)) if sides else None

    def locations(self) -> frozenset[Location]:
        return frozenset(s.location for s in self._selected)

    def set_selection(self, side: Side | None, locations: frozenset[Location]) -> None:
        sides = [Side.LEFT, Side.RIGHT] if side in (Side.BOTH, None) else [side]
        if side is None and locations:
            sides = [Side.LEFT]  # no side known: show the place on one leg so it is not lost
        self._selected = {Spot(s, loc) for s in sides for loc in locations}
        self._changed()

    def toggle(self, spot: Spot) -> None:
        self._selected ^= {spot}
        self._changed()

    def is_selected(self, spot: Spot) -> bool:
        return spot in self._selected

    def _changed(self) -> None:
        for button in self._buttons:
            button.setChecked(button.spot in self._selected)
        self._update_description()
        self.update()
        self.selectionChanged.emit()

    def _update_description(self) -> None:
        chosen = ", ".join(s.label for s in self._spots if s in self._selected)
        focus = self._spots[self._cursor].label
        self.setAccessibleDescription(
            self.tr("Selected: {0}. Focused: {1}. Arrow keys move, Space selects.").format(
                chosen or self.tr("nothing yet"), focus
            )
        )

    # --- geometry -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def _leg_box(self, side: Side) -> QRectF:
        """Where one leg's 100 x 200 box sits; the left leg on the left, toes pointing out."""
        w, h = self.width(), self.height() - 48
        scale = min(w / 260, h / 200)
        box_w, box_h = 100 * scale, 200 * scale
        gap = (w - 2 * box_w) / 3
        x = gap if side is Side.LEFT else 2 * gap + box_w
        return QRectF(x, 24 + (h - box_h) / 2, box_w, box_h)

    def _path(self, spot: Spot) -> QPainterPath:
        box = self._leg_box(spot.side)
        sx = box.width() / 100
        path = QPainterPath(self._regions[spot.location])
        out = QPainterPath()
        for i in range(path.elementCount()):
            e = path.elementAt(i)
            x = 100 - e.x if spot.side is Side.LEFT else e.x
            p = QPointF(box.left() + x * sx, box.top() + e.y * sx)
            if i == 0:
                out.moveTo(p)
            else:
                out.lineTo(p)
        out.closeSubpath()
        return out

    def resizeEvent(self, event: QResizeEvent) -> None:
        for button in self._buttons:
            button.setGeometry(self._path(button.spot).boundingRect().toRect())
        super().resizeEvent(event)

    def spot_at(self, pos: QPointF) -> Spot | None:
        for spot in self._spots:
            if self._path(spot).contains(pos):
                return spot
        return None

    # --- events -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        spot = self.spot_at(event.position())
        if spot is not None:
            self._cursor = self._spots.index(spot)
            self.toggle(spot)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        per_leg = len(_REGION_ORDER)
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle(self._spots[self._cursor])
            return
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: per_leg}
        moves[Qt.Key.Key_Left] = -per_leg
        if key in moves:
            self._cursor = (self._cursor + moves[key]) % len(self._spots)
            self._update_description()
            self.update()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        theme = current_theme()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink, accent = QColor(theme.text), QColor(theme.accent)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        for side in (Side.LEFT, Side.RIGHT):
            box = self._leg_box(side)
            p.setPen(ink)
            label = leg_label(side)
            p.drawText(
                QRectF(box.left() - 20, 0, box.width() + 40, 22),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        for i, spot in enumerate(self._spots):
            path = self._path(spot)
            chosen = spot in self._selected
            fill = QColor(accent) if chosen else QColor(theme.surface)
            p.setBrush(fill)
            p.setPen(QPen(ink, 2))
            p.drawPath(path)
            if self.hasFocus() and i == self._cursor:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(accent if not chosen else ink, 4, Qt.PenStyle.DashLine))
                p.drawPath(path)
        summary = ", ".join(s.label for s in self._spots if s in self._selected)
        p.setPen(QColor(theme.muted_text) if not summary else ink)
        p.drawText(
            QRectF(0, self.height() - 22, self.width(), 22),
            Qt.AlignmentFlag.AlignCenter,
            summary or self.tr("Tap where it hurt (arrows and Space work too)"),
        )
        p.end()
