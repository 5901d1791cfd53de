"""The pieces the relief plans page and its editor share: roles, labels and buttons, the words
for kinds and timings, a plan in the list (:class:`PlanEntry`) and the step thumbnails."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
)

from crampwise import i18n, paths
from crampwise.domain.vocab import STEP_INTERVENTIONS
from crampwise.i18n import translate
from crampwise.relief.custom import (
    CONTEXT as CUSTOM_CONTEXT,
)
from crampwise.relief.custom import (
    BrokenPlan,
    duration_text,
    plan_seconds,
    timing_text,
)
from crampwise.relief.plans import (
    ReliefPlan,
    ReliefStep,
)
from crampwise.text import QT_TRANSLATE_NOOP
from crampwise.ui.theme import Theme, current_theme

if TYPE_CHECKING:
    pass

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = QSize(72, 54)
BUTTON_HEIGHT = 48
KIND_CHOICES: tuple[tuple[str, str], ...] = (
    ("relief", QT_TRANSLATE_NOOP("PlansPage", "For a cramp, right now")),
    ("prevention", QT_TRANSLATE_NOOP("PlansPage", "A routine to prevent cramps")),
)


def custom_tr(text: str) -> str:
    """Qt's translation of a template from :mod:`crampwise.relief.custom`."""
    return QCoreApplication.translate(CUSTOM_CONTEXT, text)


def kind_label(kind: str) -> str:
    text = dict(KIND_CHOICES).get(kind)
    return translate("PlansPage", text) if text else kind


def plan_lang() -> str:
    return i18n.language()


def step_timing(step: ReliefStep) -> str:
    return timing_text(step, custom_tr)


def about_text(plan: ReliefPlan) -> str:
    return duration_text(plan_seconds(plan), custom_tr)


def intervention_labels() -> dict[str, str]:
    """Plain names of the interventions (``assets/learn.toml``) in the language in use."""
    return _intervention_labels(plan_lang())


@functools.cache
def _intervention_labels(lang: str) -> dict[str, str]:
    """Plain names of the interventions (``assets/learn.toml``), falling back to the id."""
    from crampwise.advice import AdviceDataError
    from crampwise.advice.learn import load_learn

    try:
        found = load_learn().intervention_labels
    except AdviceDataError:
        found = {}
    return {
        key: found[key](lang) if key in found else key.replace("_", " ").capitalize()
        for key in STEP_INTERVENTIONS
    }


def make_label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are the person's own words
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def make_button(
    text: str, name: str, slot: Callable[[], object], *, primary: bool = False
) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoDefault(False)
    if primary:
        button.setProperty("role", "primary")
    button.clicked.connect(slot)
    return button


def confirm_bar(label: QLabel, *buttons: QPushButton) -> QFrame:
    """A question asked in place (delete? discard?), with its answers; hidden at first."""
    bar = QFrame()
    bar.setObjectName("confirmBar")
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label, 1)
    for button in buttons:
        row.addWidget(button)
    bar.hide()
    return bar


def shortcut_text(key: str | QKeySequence.StandardKey) -> str:
    """A key as the person's keyboard names it ("Ctrl+S", "Suppr")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def is_key(event: QKeyEvent, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
    wanted = modifiers | Qt.KeyboardModifier.KeypadModifier
    return event.key() == key and (event.modifiers() | Qt.KeyboardModifier.KeypadModifier) == wanted


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One row of the plans list."""

    kind: Literal["builtin", "own", "broken"]
    plan: ReliefPlan | None = None
    row_id: int | None = None
    broken: BrokenPlan | None = None

    @property
    def key(self) -> str:
        if self.plan is not None:
            return self.plan.id
        return f"broken_{self.row_id}"

    @property
    def name(self) -> str:
        if self.plan is not None:
            return self.plan.name.get(plan_lang())
        return translate("PlansPage", "Unreadable plan #{0}").format(self.row_id)


class Thumbnails:
    """Step pictures for the lists, rendered once per theme (14 small SVGs: a few ms)."""

    def __init__(self) -> None:
        self._theme = ""
        self._icons: dict[str, QIcon] = {}

    def icon(self, step: ReliefStep) -> QIcon:
        theme = current_theme()
        if theme.name != self._theme:
            self._theme, self._icons = theme.name, {}
        icon = self._icons.get(step.illustration)
        if icon is None:
            icon = self._render(step, theme)
            self._icons[step.illustration] = icon
        return icon

    @staticmethod
    def _render(step: ReliefStep, theme: Theme) -> QIcon:
        from crampwise.ui.illustration import render_svg_image

        path = paths.asset("illustrations", step.illustration)
        if not path.is_file():
            return QIcon()
        colours = theme.illustration_colours()
        try:
            image = render_svg_image(path, colours, THUMB * 2, theme.surface)
        except (OSError, ValueError):
            return QIcon()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(2.0)
        return QIcon(pixmap)


def step_list(name: str) -> QListWidget:
    """A list of steps with their thumbnails, for the plan editor."""
    view = QListWidget()
    view.setAccessibleName(name)
    view.setIconSize(THUMB)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSpacing(2)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    # Two steps' worth: the editor then fits a 768 px high screen without the window
    # growing (the lists scroll; a taller window shows more).
    view.setMinimumHeight(2 * (THUMB.height() + 12))
    return view
