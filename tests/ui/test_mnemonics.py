"""Alt+letter keys: in each language, no two on screen at once share a letter.

Walks the menus (each menu's items, and the menu titles) and every page as shown, menu
titles included (they answer Alt+letter too), and the episode dialog. A shared letter does
the wrong thing or nothing: in French, Alt+N opened "Navigation" instead of "Nouveau plan".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from crampwise import i18n
from crampwise.storage.store import EpisodeStore
from crampwise.ui.mainwindow import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&New plan" → "n"), if any."""
    i = 0
    while (i := text.find("&", i)) != -1 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].casefold()
        i += 2
    return None


def widget_keys(top: QWidget) -> Iterator[tuple[str, str]]:
    """(letter, text) for every control shown in ``top`` that answers Alt+letter."""
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or buddied:
            text = widget.text()  # type: ignore[union-attr]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        key = mnemonic(text)
        if key:
            yield key, text


def action_keys(actions: Iterable[QAction]) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isVisible() and not action.isSeparator():
            key = mnemonic(action.text())
            if key:
                yield key, action.text()


def clashes(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for key, text in keys:
        found[key].append(text)
    return {k: v for k, v in found.items() if len(v) > 1}


def menus(window: MainWindow) -> Iterator[QMenu]:
    stack = [a.menu() for a in window.menuBar().actions()]
    while stack:
        menu = stack.pop()
        if isinstance(menu, QMenu):
            yield menu
            stack += [a.menu() for a in menu.actions() if a.menu() is not None]


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, request.param)
    yield request.param
    i18n.install(app, "en")


def test_no_two_menu_items_share_a_letter(lang: str, window: MainWindow) -> None:
    found = {m.title(): clashes(action_keys(m.actions())) for m in menus(window)}
    found["menu bar"] = clashes(action_keys(window.menuBar().actions()))
    assert {title: c for title, c in found.items() if c} == {}


def test_no_two_controls_on_a_page_share_a_letter_with_each_other_or_the_menus(
    qtbot: QtBot, lang: str, window: MainWindow, store: EpisodeStore
) -> None:
    bar = list(action_keys(window.menuBar().actions()))
    found: dict[str, dict[str, list[str]]] = {}

    def check(state: str) -> None:
        QCoreApplication.processEvents()
        page = window.pages.currentWidget()
        found[state] = clashes([*bar, *widget_keys(page)])

    check("Tonight")
    window.tonight.start_cramp()
    check("Tonight, relief guide")
    window.tonight.end_cramp()
    check("Tonight, details")
    window.tonight.form.skipped.emit()
    for key in ("history", "insights", "prevention", "plans", "profile", "learn"):
        window.go_to(key)
        check(key)
    plans = window.page("plans")
    plans.new_plan()  # type: ignore[attr-defined]
    check("plan editor")
    dialog = window.tonight.add_past_episode()
    qtbot.waitExposed(dialog)
    found["Add a past episode"] = clashes(widget_keys(dialog))
    dialog.reject()
    assert {state: c for state, c in found.items() if c} == {}


def test_the_relief_guide_keys_follow_the_language_and_never_collide(
    qtbot: QtBot, lang: str, window: MainWindow
) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut

    tonight = window.tonight
    tonight.start_cramp()
    keys = [s.key().toString() for s in tonight.findChildren(QShortcut) if s.isEnabled()]
    assert len(keys) == len(set(keys)), keys
    assert "M" not in keys  # the player's mute key
    left, right = ("G", "D") if lang == "fr" else ("L", "R")
    assert {"C", "F", left, right, "L", "R"} <= set(keys)
    labels = [b.text() for b in tonight.side_group.buttons()]
    assert labels[0].endswith(f"({left})") and labels[1].endswith(f"({right})")
    player = tonight.player
    assert player is not None
    qtbot.keyClick(player, QKeySequence(left)[0].key())
    assert player.picture.mirrored and player.state().side == "left"
    qtbot.keyClick(player, QKeySequence(right)[0].key())
    assert not player.picture.mirrored and player.state().side == "right"
