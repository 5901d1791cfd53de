"""The cramp's running screen: the time, calf or foot, which leg, the relief player, It's over.

The view only shows and asks; the Tonight page owns the cramp and the player and listens to
its signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crampwise.ui.relief_state import CALF_PLAN, FOOT_PLAN

if TYPE_CHECKING:
    from collections.abc import Callable


class CrampRunningView(QWidget):
    """What a person sees while a cramp is timed."""

    plan_chosen = Signal(str)  # CALF_PLAN or FOOT_PLAN (a button or C / F)
    leg_chosen = Signal(str)  # "left" or "right" (a button or the leg's key)
    its_over = Signal()  # It's over, Enter, or "No, it's over"
    play_again = Signal()  # the plan once more, from its first step
    still_cramping = Signal()  # the answer to "Is the cramp still going?"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.started_label = QLabel()
        self.started_label.setProperty("role", "muted")
        self.started_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label = QLabel("0:00")
        self.elapsed_label.setProperty("role", "title")
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label.setAccessibleName(self.tr("Time since the cramp started"))
        chooser = self._build_chooser()
        self._build_still_box()
        self._build_plan_done_box()
        self.relief_area = QVBoxLayout()  # the relief player sits here
        self.over_button = QPushButton(self.tr("It's over (Enter)"))
        self.over_button.setProperty("role", "primary")
        self.over_button.setMinimumHeight(64)
        self.over_button.setAccessibleName(self.tr("It's over"))
        self.over_button.setAccessibleDescription(
            self.tr("Ends the cramp and stores how long it lasted.")
        )
        self.over_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space must not end it
        self.over_button.clicked.connect(self.its_over)
        top = QHBoxLayout()
        top.addWidget(self.started_label)
        top.addStretch(1)
        top.addWidget(self.elapsed_label)
        column.addLayout(top)
        column.addLayout(chooser)
        column.addWidget(self.still_box)
        column.addWidget(self.long_warning)
        column.addLayout(self.relief_area, 1)
        column.addWidget(self.plan_done_box)
        column.addWidget(self.over_button)
        self._add_keys()

    def _build_chooser(self) -> QHBoxLayout:
        """Calf or foot, left or right: two groups of two, each with its key."""
        chooser = QHBoxLayout()
        self.plan_group = QButtonGroup(self)
        self.side_group = QButtonGroup(self)
        # C and F in every language (M is the player's mute key); the legs take the language's
        # letters (G and D in French), and L and R work in every language too.
        self.leg_keys = {
            "left": self.tr("L", "key: left leg"),
            "right": self.tr("R", "key: right leg"),
        }
        for group, items in (
            (
                self.plan_group,
                (
                    (self.tr("Calf (C)"), self.tr("Calf plan"), CALF_PLAN),
                    (self.tr("Foot or toes (F)"), self.tr("Foot or toes plan"), FOOT_PLAN),
                ),
            ),
            (
                self.side_group,
                (
                    (self.tr("Left leg ({0})").format(self.leg_keys["left"]), self.tr("Left leg"),
                     "left"),
                    (self.tr("Right leg ({0})").format(self.leg_keys["right"]),
                     self.tr("Right leg"), "right"),
                ),
            ),
        ):  # fmt: skip
            for text, name, ident in items:
                button = QPushButton(text)
                button.setCheckable(True)
                button.setAutoExclusive(True)  # one of two: a radio button to a screen reader
                button.setProperty("choice", ident)
                button.setAccessibleName(name)
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                group.addButton(button)
                chooser.addWidget(button)
            chooser.addSpacing(24)
        self.plan_group.buttonClicked.connect(
            lambda b: self.plan_chosen.emit(str(b.property("choice")))
        )
        self.side_group.buttonClicked.connect(
            lambda b: self.leg_chosen.emit(str(b.property("choice")))
        )
        chooser.addStretch(1)
        return chooser

    def _build_still_box(self) -> None:
        """The 10-minute warning and the still-cramping question."""
        self.long_warning = QLabel()  # filled from the rule book when first needed
        self.long_warning.setProperty("role", "error")
        self.long_warning.setWordWrap(True)
        self.long_warning.hide()
        self.still_box = QWidget()
        still_row = QHBoxLayout(self.still_box)
        self.still_label = QLabel(self.tr("Is the cramp still going?"))
        self.still_label.setProperty("role", "banner")
        self.still_yes = QPushButton(self.tr("Yes, still cramping"))
        self.still_no = QPushButton(self.tr("No, it's over"))
        self.still_no.setAccessibleDescription(self.tr("Ends the cramp, like It's over."))
        for button in (self.still_yes, self.still_no):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays the player's
        still_row.addWidget(self.still_label, 1)
        still_row.addWidget(self.still_yes)
        still_row.addWidget(self.still_no)
        self.still_box.hide()
        self.still_yes.clicked.connect(self.still_cramping)
        self.still_no.clicked.connect(self.its_over)

    def _build_plan_done_box(self) -> None:
        """Shown when the plan has played to its end."""
        self.plan_done_label = QLabel(
            self.tr(
                "That was the whole plan. Press Enter (It's over) when the cramp has eased, "
                "or start the plan again."
            )
        )
        self.plan_done_label.setProperty("role", "banner")
        self.plan_done_label.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Start the plan again"))
        self.again_button.setAccessibleName(self.tr("Start the plan again"))
        self.again_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space must not restart it
        self.again_button.clicked.connect(self.play_again)
        self.plan_done_box = QWidget()
        done_row = QHBoxLayout(self.plan_done_box)
        done_row.setContentsMargins(0, 0, 0, 0)
        done_row.addWidget(self.plan_done_label, 1)
        done_row.addWidget(self.again_button)
        self.plan_done_box.hide()

    def _add_keys(self) -> None:
        """Enter ends the cramp; C, F and the legs' letters choose."""
        keys: tuple[tuple[set[str], Callable[[], None]], ...] = (
            ({"Return", "Enter"}, self.its_over.emit),
            ({"C"}, lambda: self.plan_chosen.emit(CALF_PLAN)),
            ({"F"}, lambda: self.plan_chosen.emit(FOOT_PLAN)),
            ({"L", self.leg_keys["left"]}, lambda: self.leg_chosen.emit("left")),
            ({"R", self.leg_keys["right"]}, lambda: self.leg_chosen.emit("right")),
        )
        for names, slot in keys:
            for key in sorted(names):
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # --- what the page tells it ---------------------------------------------------------

    def show_start(self, text: str) -> None:
        self.started_label.setText(text)

    def check_plan(self, ident: str) -> None:
        _check(self.plan_group, ident)

    def check_leg(self, ident: str) -> None:
        """Check the leg's button; none when nothing matches (the leg, until named)."""
        _check(self.side_group, ident)

    def chosen_plan(self) -> str:
        return _chosen(self.plan_group)

    def chosen_leg(self) -> str:
        return _chosen(self.side_group)


def _check(group: QButtonGroup, ident: str) -> None:
    """Check the button for ``ident``; none when nothing matches."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(button.property("choice") == ident)
    group.setExclusive(True)


def _chosen(group: QButtonGroup) -> str:
    button = group.checkedButton()
    return str(button.property("choice")) if button is not None else ""
