"""The first screen: the Cramp now button, built and painted before anything else.

This module stays light on purpose (see ``benchmarks/README.md``): it uses no ``Qt`` namespace
flag (PySide builds ~90 enums on the first one, ~20 ms) and imports nothing from the domain.
The Tonight page adopts this view once the window is complete and does the work behind it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class CrampNowView(QWidget):
    """Cramp now, what to press, "Add a past episode…", and a banner for an unfinished cramp."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setSpacing(18)
        # Filled by the Tonight page when the diary holds a cramp nobody ended.
        self.recovery_label = QLabel()
        self.recovery_label.setProperty("role", "banner")
        self.recovery_label.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("Finish it"))
        self.finish_button.setProperty("role", "primary")
        self.finish_button.setAccessibleName(self.tr("Finish the unfinished cramp"))
        self.finish_details_button = QPushButton(self.tr("Add details"))
        self.finish_details_button.setAccessibleName(
            self.tr("Finish the unfinished cramp and add details")
        )
        self.recovery_box = QWidget()
        recovery_row = QHBoxLayout(self.recovery_box)
        recovery_row.addWidget(self.recovery_label, 1)
        recovery_row.addWidget(self.finish_button)
        recovery_row.addWidget(self.finish_details_button)
        self.recovery_box.hide()
        column.addWidget(self.recovery_box)
        # The questions the idle screen asks at times (the morning's "Last night?", the evening
        # check-in) go in this column, under the banner; empty, it takes no room.
        self.questions = QVBoxLayout()
        column.addLayout(self.questions)
        column.addStretch(1)

        self.cramp_button = QPushButton(self.tr("Cramp now"))
        self.cramp_button.setProperty("role", "cramp")
        self.cramp_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cramp_button.setMinimumHeight(220)
        self.cramp_button.setAccessibleName(self.tr("Cramp now"))
        self.cramp_button.setAccessibleDescription(
            self.tr("Starts timing a cramp. Space or Enter.")
        )
        self.cramp_button.setAutoDefault(True)
        column.addWidget(self.cramp_button, 3)
        # Centred by the stylesheet (role "hint"): an alignment flag would need ``Qt``.
        self.hint = QLabel(self.tr("Press Space or Enter. Everything else can wait until morning."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        column.addStretch(1)

        self.past_button = QPushButton(self.tr("Add a past episode…"))
        self.past_button.setAccessibleName(self.tr("Add a past episode"))
        self.past_button.setAccessibleDescription(
            self.tr("Opens a form for a cramp you did not time.")
        )
        # Answered in the window once it is complete (Tonight connects it); here from the first
        # paint so that nothing moves when the rest arrives.
        self.checkin_button = QPushButton(self.tr("Evening check-in…"))
        self.checkin_button.setAccessibleName(self.tr("Evening check-in"))
        self.checkin_button.setAccessibleDescription(
            self.tr("Ten seconds on what today held: exercise, drinks, the routine.")
        )
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.past_button)
        centred.addWidget(self.checkin_button)
        centred.addStretch(1)
        column.addLayout(centred)
