"""Layout a person notices: nothing cut, nothing needing a sideways scroll, no window that grows
by itself, dialogs that fit a laptop screen; in English and in French."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crampwise import i18n
from crampwise.domain.episode import Episode, local_now
from crampwise.domain.vocab import Location, Side
from crampwise.storage.store import EpisodeStore
from crampwise.ui.mainwindow import MainWindow


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, request.param)
    yield request.param
    i18n.install(app, "en")


@pytest.fixture
def lang_window(lang: str, window: MainWindow) -> MainWindow:
    """The main window built in ``lang`` (the ``window`` fixture builds after ``lang``)."""
    return window


def test_history_shows_every_column_at_1024_px(
    qtbot: QtBot, lang: str, store: EpisodeStore, lang_window: MainWindow
) -> None:
    window = lang_window
    for days in range(2, 40):  # enough rows for the vertical scroll bar to take its room
        start = local_now() - timedelta(days=days)
        store.add(
            Episode(
                started_at=start,
                ended_at=start + timedelta(seconds=168),
                side=Side.BOTH,
                locations=frozenset({Location.CALF, Location.FOOT_SOLE}),
                intensity=10,
                helped=False,
                tags=frozenset({"long_sitting_standing"}),
                note="after a long walk",
            )
        )
    window.resize(1024, 768)  # the notice still shown
    window.go_to("history")
    history = window.history
    history.reload()
    qtbot.waitUntil(lambda: history.view.verticalScrollBar().isVisible())
    view, header = history.view, history.view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0  # nothing off to the right
    bold = header.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    model = view.model()
    for col in range(model.columnCount()):
        title = model.headerData(col, header.orientation())
        assert header.sectionSize(col) >= metrics.horizontalAdvance(title) + 12, title
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= (
            view.viewport().width()
        )
    cells = QFontMetrics(view.font())
    for col in (0, 1, 2, 3, 5, 6):  # the short columns show their whole text
        text = model.index(0, col).data()
        assert header.sectionSize(col) >= cells.horizontalAdvance(text) + 8, text


def test_visiting_every_page_never_grows_the_window(
    qtbot: QtBot, lang: str, lang_window: MainWindow
) -> None:
    window = lang_window
    window.resize(1024, 740)  # the notice is still shown: the tightest case
    qtbot.waitUntil(lambda: window.height() == 740)
    for key in ("history", "insights", "prevention", "plans", "profile", "learn"):
        window.go_to(key)
        QCoreApplication.processEvents()
        assert window.size().toTuple() == (1024, 740), key
    window.page("plans").new_plan()  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    assert window.size().toTuple() == (1024, 740), "the plan editor"
    window.go_to("tonight")
    window.tonight.start_cramp()
    QCoreApplication.processEvents()
    window.tonight.end_cramp()
    QCoreApplication.processEvents()
    assert window.size().toTuple() == (1024, 740), "Tonight"


def test_add_a_past_episode_fits_a_1366_by_768_screen(
    qtbot: QtBot, lang: str, lang_window: MainWindow
) -> None:
    dialog = lang_window.tonight.add_past_episode()
    qtbot.waitExposed(dialog)
    # 768 px less a title bar and a panel: the whole dialog, buttons included, is on screen.
    assert dialog.height() <= 768 - 100
    assert dialog.minimumSizeHint().height() <= 768 - 100
    assert dialog.form.save_button.isVisible()
    dialog.reject()


def _chart_words(view: QWidget) -> list[str]:
    """Every piece of text a chart shows (titles, axis labels, values), as drawn."""
    import shiboken6
    from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

    assert isinstance(view, QGraphicsView)
    scene = view.scene()
    assert scene is not None
    words = []
    for item in scene.items():
        obj = item.toGraphicsObject()
        if obj is None or not obj.inherits("QGraphicsTextItem") or not obj.isVisible():
            continue
        text = shiboken6.wrapInstance(shiboken6.getCppPointer(obj)[0], QGraphicsTextItem)
        words.append(text.toPlainText())
    return [w for w in words if w.strip("\u200b")]


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024", "1920"])
def test_no_chart_label_is_ever_cut_short(
    qtbot: QtBot, lang: str, store: EpisodeStore, lang_window: MainWindow, size: tuple[int, int]
) -> None:
    from devtools.demo import demo_episodes, demo_profile

    from crampwise.ui.insights import InsightsPage

    today = local_now().date()
    store.add_many(demo_episodes(today))
    store.save_profile(demo_profile(today))
    window = lang_window
    window.resize(*size)
    page = window.page("insights")
    assert isinstance(page, InsightsPage)
    page.background = False
    window.go_to("insights")
    page.reload()
    for all_time in (False, True):
        page.all_button.setChecked(all_time)
        content = page.scroller.widget()
        assert content is not None
        content.resize(page.scroller.viewport().width(), content.sizeHint().height())
        QCoreApplication.processEvents()
        for name in page.chart_names():
            words = _chart_words(page._views[name])
            assert words, name
            cut = [w for w in words if w.endswith(("...", "…"))]
            assert cut == [], (name, all_time)


@pytest.mark.parametrize("theme_name", ["night", "day"])
def test_file_dialogs_show_their_toolbar_icons(qtbot: QtBot, theme_name: str) -> None:
    """Qt's own dialog (no desktop one, as in the bundle): its buttons show their icons, not
    blank boxes squeezed by the app's button padding."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton

    from crampwise.ui.theme import THEMES, apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, THEMES[theme_name])  # type: ignore[index]
    dialog = QFileDialog(None, "Export")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = [b for b in dialog.findChildren(QToolButton) if b.isVisible()]
    names = {b.objectName() for b in buttons}
    assert {"toParentButton", "newFolderButton", "listModeButton", "detailModeButton"} <= names
    for button in buttons:
        assert not button.icon().isNull(), button.objectName()
        drawn = button.grab().toImage()
        icon = button.icon()
        button.setIcon(QIcon())
        blank = button.grab().toImage()
        button.setIcon(icon)
        assert drawn != blank, f"{button.objectName()} shows no icon"
