"""The main window: a navigation list and one page at a time, each built on first visit."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crampwise import i18n
from crampwise.i18n import QT_TRANSLATE_NOOP
from crampwise.settings import Settings, ThemeMode, save_settings
from crampwise.ui.cramp_now import CrampNowView
from crampwise.ui.diary import Diary

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QListWidget, QStackedWidget

    from crampwise.desktop_integration.wiring import DesktopIntegration
    from crampwise.relief.plans import ReliefPlan
    from crampwise.ui.checkin import CheckInDialog
    from crampwise.ui.history import HistoryPage
    from crampwise.ui.tonight import TonightPage
    from crampwise.ui.unsaved import AskChoice, AskPath
    from crampwise.ui.window_menus import WindowMenus


def disclaimer(region_setting: str) -> str:
    """What Crampwise is and is not, with the emergency number for the person's region: the
    same words as ``crampwise advice`` and the report (``assets/advice/care.toml``)."""
    from crampwise.advice.disclaimer import disclaimer_text

    text = disclaimer_text(i18n.region(region_setting), i18n.language())
    if text is None:  # broken content: still say what the app is, without the number
        return QCoreApplication.translate(
            "MainWindow",
            "Crampwise helps you ease and track night leg cramps. It does not diagnose anything "
            "and does not replace a doctor, nurse or pharmacist. It never tells you to change a "
            "medicine, except to pass on official safety advice. Warning signs always come "
            "first.",
        )
    return text


def relaunch() -> None:
    """Start a new Crampwise the same way this one was started, then quit this one."""
    from PySide6.QtCore import QProcess

    QProcess.startDetached(sys.executable, sys.argv)
    app = QCoreApplication.instance()
    if app is not None:
        app.quit()


# Title and key of each page but Tonight, in the navigation's order; each page is built on
# its first visit (``ui/window_pages.py``). Titles are translated where shown:
# QCoreApplication.translate("MainWindow", title).
PAGES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "History"), "history"),
    (QT_TRANSLATE_NOOP("MainWindow", "Insights"), "insights"),
    (QT_TRANSLATE_NOOP("MainWindow", "Prevention"), "prevention"),
    (QT_TRANSLATE_NOOP("MainWindow", "Relief plans"), "plans"),
    (QT_TRANSLATE_NOOP("MainWindow", "Health profile"), "profile"),
    (QT_TRANSLATE_NOOP("MainWindow", "Learn"), "learn"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _reason(exc: OSError) -> str:
    """What the system said went wrong, in the window's language when it is a known reason."""
    from crampwise.text import Message, os_reason
    from crampwise.ui.messages import localized

    reason = os_reason(exc)
    return localized(reason) if isinstance(reason, Message) else str(reason)


class MainWindow(QMainWindow):
    """Built in two steps, so the first paint comes sooner (see ``benchmarks/README.md``).

    The first screen (Cramp now, the disclaimer, the menu titles, the status bar and the
    space the navigation will take) is built at once; :meth:`complete` builds the rest:
    navigation, pages, the running and details views of Tonight; :meth:`fill_menus` the menu
    items. ``run_gui``
    completes the window right after its first paint; anyone else gets it complete.
    A Cramp now pressed before that completes the window first, so nothing is lost.
    """

    def __init__(
        self, diary: Diary, settings: Settings, *, first_screen_only: bool = False
    ) -> None:
        super().__init__()
        self.diary = diary
        self.settings = settings
        self.relaunch: Callable[[], None] = relaunch  # tests replace it: no real restart
        # Asked when closing with entries not saved yet (None: the real dialogs; tests replace).
        self.ask_unsaved: AskChoice | None = None
        self.ask_unsaved_path: AskPath | None = None
        self.desktop: DesktopIntegration | None = None  # tray, reminder: set by run_gui
        self.sound_notice: str | None = None  # "Sounds are unavailable…" ("": they play)
        self.setWindowTitle("Crampwise")
        self.resize(1040, 740)
        self._complete = False
        self.menus: WindowMenus | None = None  # the menu items: made by fill_menus

        self.cramp_now = CrampNowView()
        # Holds the navigation's place (same width and colour) until the list is built.
        self._nav_space = QFrame()
        self._nav_space.setObjectName("navigation")
        self._nav_space.setFixedWidth(self._navigation_width())

        self.notice = QWidget()
        notice_row = QHBoxLayout(self.notice)
        # Read only while the notice is shown (until "I understand"): no cost at later starts.
        notice_text = QLabel("" if settings.notice_accepted else disclaimer(settings.region))
        notice_text.setWordWrap(True)
        notice_text.setProperty("role", "banner")
        self.notice_button = QPushButton(self.tr("I understand"))
        self.notice_button.setAccessibleName(self.tr("I understand"))
        self.notice_button.setAccessibleDescription(
            self.tr("Hides this notice. It will not be shown again.")
        )
        self.notice_button.clicked.connect(self._accept_notice)
        notice_row.addWidget(notice_text, 1)
        notice_row.addWidget(self.notice_button)
        self.notice.setVisible(not settings.notice_accepted)

        central = QWidget()
        self._row = QHBoxLayout(central)
        self._row.addWidget(self._nav_space)
        self._column = QVBoxLayout()
        self._column.addWidget(self.notice)
        self._column.addWidget(self.cramp_now, 1)
        self._row.addLayout(self._column, 1)
        self.setCentralWidget(central)
        bar = self.menuBar()
        self.menu_bar_menus = [
            bar.addMenu(title)
            for title in (self.tr("&Diary"), self.tr("&Go"), self.tr("&View"), self.tr("&Settings"))
        ]
        self.statusBar().showMessage(self.tr("Opening your diary…"))
        diary.ready.connect(lambda: self.statusBar().showMessage(self.tr("Ready."), 3000))
        if first_screen_only:
            self.cramp_now.cramp_button.clicked.connect(self._cramp_before_complete)
        else:
            self.complete()
            self.fill_menus()

    def complete(self) -> None:
        """Build everything the first screen did without (once; later calls do nothing)."""
        if self._complete:
            return
        self._complete = True
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidget, QStackedWidget

        from crampwise.ui.tonight import TonightPage
        from crampwise.ui.wheel_guard import install_wheel_guard

        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            install_wheel_guard(app)  # no value changes under a scrolling wheel, anywhere
        self.nav: QListWidget = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(self.tr("Choose a page. Ctrl+1 to Ctrl+7 also work."))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFixedWidth(self._nav_space.width() or self._navigation_width())
        self.pages: QStackedWidget = QStackedWidget()
        # The stack takes the first screen's place, then Tonight adopts the first screen; moving
        # it drops the keyboard focus, which must stay where it was (Cramp now, for Space).
        focused = self.focusWidget()  # this window's, even before the window manager activates it
        self._column.replaceWidget(self.cramp_now, self.pages)
        self.tonight: TonightPage = TonightPage(self.diary, idle=self.cramp_now)
        self.tonight.status.connect(self.show_status)
        self.tonight.morning_asked.connect(
            lambda day: self._save_settings(self.settings._replace(morning_asked=day.isoformat()))
        )
        self.nav.addItem(self.tr("Tonight"))
        self.pages.addWidget(self.tonight)
        self._keys = ["tonight"]
        self._built: dict[str, QWidget] = {"tonight": self.tonight}
        for title, key in PAGES:
            self.nav.addItem(_tr(title))
            self.pages.addWidget(QWidget())  # replaced by the real page on first visit
            self._keys.append(key)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        from crampwise.ui.unsaved import UnsavedBanner

        self.unsaved_banner = UnsavedBanner(self.diary)

        self._build_restart_box()

        # In the same places as on the first screen, so nothing on it moves.
        self._row.replaceWidget(self._nav_space, self.nav)
        self._nav_space.hide()  # deleteLater waits for the event loop, which may not run yet
        self._nav_space.deleteLater()
        self._column.insertWidget(1, self.restart_box)
        self._column.insertWidget(2, self.error_label)
        self._column.insertWidget(3, self.unsaved_banner)
        # Shown now rather than on the next turn of the event loop (what a layout would do):
        # a Cramp now that completed the window is timing the cramp within the same press.
        self.nav.show()
        self.pages.show()
        if focused is not None and self.cramp_now.isAncestorOf(focused):
            focused.setFocus()
        self.diary.failed.connect(self.show_error)
        self.diary.reopened.connect(self.error_label.hide)  # "could not be opened" is over
        self.diary.caught_up.connect(
            lambda n: self.show_status(
                self.tr("Saved now: %n cramp(s) that had been waiting.", "", n)
            )
        )

    def _build_restart_box(self) -> None:
        """Shown after the language changes: the new language applies from the next start."""
        self.restart_box = QWidget()
        restart_row = QHBoxLayout(self.restart_box)
        self.restart_label = QLabel()
        self.restart_label.setWordWrap(True)
        self.restart_label.setProperty("role", "banner")
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.setProperty("role", "primary")
        self.restart_button.setAccessibleName(self.tr("Restart now"))
        self.restart_button.setAccessibleDescription(
            self.tr("Closes Crampwise and opens it again in the chosen language.")
        )
        self.restart_button.clicked.connect(self._restart)
        self.restart_later = QPushButton(self.tr("Later"))
        self.restart_later.setAccessibleName(self.tr("Restart later"))
        self.restart_later.clicked.connect(self.restart_box.hide)
        restart_row.addWidget(self.restart_label, 1)
        restart_row.addWidget(self.restart_button)
        restart_row.addWidget(self.restart_later)
        self.restart_box.hide()

    def _cramp_before_complete(self) -> None:
        """Cramp now pressed on the first screen: build the rest, then start at once (the
        menu items wait until the relief step is on screen)."""
        from PySide6.QtCore import QTimer

        self.cramp_now.cramp_button.clicked.disconnect(self._cramp_before_complete)
        if not self._complete:
            self.complete()
            self.tonight.start_cramp()
            QTimer.singleShot(0, self.fill_menus)

    def _navigation_width(self) -> int:
        """Wide enough for the longest page title (French ones are longer), 200 px at least."""
        nav_font = self.font()
        nav_font.setPointSizeF(max(nav_font.pointSizeF(), 14.0))  # the stylesheet's size
        metrics = QFontMetrics(nav_font)
        titles = [self.tr("Tonight"), *(_tr(title) for title, _key in PAGES)]
        widest = max(metrics.horizontalAdvance(title) for title in titles)
        return max(200, widest + 60)  # item padding, list padding, frame

    # --- pages --------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page called ``key``, built now if it was not yet."""
        if key not in self._built:
            from crampwise.ui.window_pages import build_page

            row = self._keys.index(key)
            widget = build_page(key, self)
            old = self.pages.widget(row)
            self.pages.insertWidget(row, widget)
            if old is not None:
                self.pages.removeWidget(old)
                old.deleteLater()
            self._built[key] = widget
        return self._built[key]

    @property
    def history(self) -> HistoryPage:
        return cast("HistoryPage", self.page("history"))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(self._keys[row])
        self.pages.setCurrentIndex(row)

    def go_to(self, row_or_key: int | str) -> None:
        row = self._keys.index(row_or_key) if isinstance(row_or_key, str) else row_or_key
        self.nav.setCurrentRow(row)
        if row == 0 and self.tonight.state == "idle":
            self.tonight.show_idle()

    def export_report(self) -> None:
        """The doctor's report lives on Insights: open it there and ask where to save."""
        self.go_to("insights")
        from crampwise.ui.insights import InsightsPage

        cast("InsightsPage", self.page("insights")).export_pdf()

    def start_evening_routine(self, plan: ReliefPlan | None = None) -> None:
        self.go_to("prevention")
        from crampwise.ui.prevention import PreventionPage

        cast("PreventionPage", self.page("prevention")).start_routine(plan)

    def open_evening_checkin(self) -> CheckInDialog:
        """The evening check-in for tonight (the tray, the reminder, Tonight)."""
        from crampwise.ui.checkin import open_checkin

        return open_checkin(self.diary, self)

    def experiment_line(self) -> str | None:
        """Tonight's week of a running experiment in words, for the bedtime reminder."""
        from crampwise.ui.checkin import experiment_line

        return experiment_line(self.diary)

    def play_plan(self, plan: ReliefPlan) -> None:
        """A relief plan times a cramp on Tonight; a prevention plan plays like the routine."""
        if plan.kind == "relief":
            self.go_to(0)
            self.tonight.start_cramp(plan)
        else:
            self.start_evening_routine(plan)

    # --- menus and settings -------------------------------------------------------------

    def fill_menus(self) -> None:
        """Fill the menus (once): their titles are on the first screen, their items not."""
        if self.menus is not None:
            return
        from crampwise.ui.exchange_actions import ExchangeActions
        from crampwise.ui.window_menus import WindowMenus

        self.exchange = ExchangeActions(self.diary, self)
        self.exchange.finished.connect(self.show_status)
        self.exchange.failed.connect(self.show_error)
        self.menus = WindowMenus(self)
        if self.sound_notice:
            self.menus.show_sound_notice(self.sound_notice)

    def check_sound(self) -> None:
        """Say once, in the status bar and the sound settings, when sounds cannot play here."""
        if self.sound_notice is not None:
            return
        from crampwise.ui.audio import sound_problem

        problem = sound_problem()
        self.sound_notice = (
            self.tr("Sounds are unavailable on this computer: {0}").format(problem)
            if problem
            else ""
        )
        if self.sound_notice:
            self.show_status(self.sound_notice)
            if self.menus is not None:
                self.menus.show_sound_notice(self.sound_notice)

    def show_desktop_problems(self, problems: list[str]) -> None:
        """Say at the end of the Settings menu what this desktop lacks (tray, notifications)."""
        self.fill_menus()
        assert self.menus is not None
        self.menus.show_desktop_problems(problems)

    def set_region(self, code: str) -> None:
        """Save the region; the advice, Learn and warnings use its numbers at once."""
        self._save_settings(self.settings._replace(region=code))
        from crampwise.ui.stale import ReloadsWhenShown

        for page in self._built.values():
            if isinstance(page, ReloadsWhenShown):
                page.mark_stale()
        self.show_status(self.tr("Emergency numbers updated for your country."))

    def _save_settings(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(settings)
        except OSError as exc:
            self.show_status(
                self.tr("The setting applies now but could not be saved: {0}").format(_reason(exc))
            )

    def set_option(self, field: str, value: object) -> None:
        """Change one setting: saved at once and applied to the tray, reminder and sounds."""
        self._save_settings(self.settings._replace(**{field: value}))  # type: ignore[arg-type]
        if self.desktop is not None:
            self.desktop.apply_settings(self.settings)
            if field == "start_at_login":
                self.desktop.set_start_at_login(bool(value))
        self.tonight.apply_player_settings(self.settings)

    def quit(self) -> None:
        if self.desktop is not None:
            from crampwise.desktop_integration.tray import request_quit

            request_quit(self)
        else:
            self.close()

    def set_theme_mode(self, mode: ThemeMode) -> None:
        from crampwise.ui.theme import refresh_theme

        self._save_settings(self.settings._replace(theme=mode))
        refresh_theme(self.settings)

    def set_language(self, code: str) -> None:
        """Save the language; it applies at the next start, which the window offers at once."""
        if code == self.settings.language:
            return
        self._save_settings(self.settings._replace(language=code))
        from PySide6.QtCore import QLocale

        chosen = i18n.resolve(code, QLocale.system().name())
        if chosen == i18n.language():
            self.restart_box.hide()  # back to the language already on screen
            return
        # Said in the language chosen, so a person who picked it can read it.
        messages = {
            "en": "Restart Crampwise to switch to English.",
            "fr": "Redémarrez Crampwise pour passer au français.",
        }
        here = self.tr("Restart Crampwise to switch to {0}.").format(i18n.LANGUAGES[chosen])
        there = messages.get(chosen, "")
        self.restart_label.setText(here if not there or there == here else f"{here}\n{there}")
        self.restart_box.show()
        self.restart_button.setFocus()

    def _restart(self) -> None:
        if self.diary.unsaved and not self._may_close():
            return  # a restart would drop entries not saved yet: the person said keep them
        self.relaunch()

    def _accept_notice(self) -> None:
        self.notice.hide()
        self._save_settings(self.settings._replace(notice_accepted=True))
        self.focus_cramp_button()

    # --- messages -----------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.desktop is not None and self.desktop.close_event(event):
            return  # hidden to the tray, still running
        if self.diary.unsaved and not self._may_close():
            event.ignore()
            return
        if self.desktop is not None:
            self.desktop.shutdown()
        self.diary.close()
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """Entries wait for the diary: ask before they are lost (``ui/unsaved.py``)."""
        from crampwise.ui.unsaved import ask_about_unsaved, ask_unsaved_path, may_close

        return may_close(
            self,
            self.diary,
            self.ask_unsaved or ask_about_unsaved,
            self.ask_unsaved_path or ask_unsaved_path,
        )

    def focus_cramp_button(self) -> None:
        self.cramp_now.cramp_button.setFocus()
