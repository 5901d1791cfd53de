"""Start the window: paint first, then open the store in the background."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QEvent, QObject, QTimer

from crampwise.settings import Settings, load_settings, take_reset_notice
from crampwise.ui.diary import Diary
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.theme import application, refresh_theme


class _FirstPaint(QObject):
    """Calls back once, right after the window's first paint."""

    def __init__(self, window: MainWindow, callback: object) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._callback)  # type: ignore[call-overload]
        return False


def prepare_relief() -> None:
    """Load what the first Cramp now needs (plans, advice rules, the player) ahead of time."""
    try:
        import crampwise.ui.player  # noqa: F401
        from crampwise.ui.advice_state import rulebook
        from crampwise.ui.relief_state import plan_library

        plan_library()
        rulebook()
    except Exception:
        return


def show_settings_notice(window: MainWindow, diary: Diary) -> None:
    """Say in the status bar, once the diary is open (after "Ready."), which settings a bad
    ``settings.json`` reset; it stays until the next message."""
    notice = take_reset_notice()
    if notice is not None:
        from crampwise.ui.messages import localized

        text = localized(notice)
        diary.ready.connect(lambda: window.statusBar().showMessage(text))


def build_window(
    settings: Settings, *, first_screen_only: bool = False
) -> tuple[MainWindow, Diary]:
    diary = Diary()
    window = MainWindow(diary, settings, first_screen_only=first_screen_only)
    return window, diary


def run_gui(*, exit_when_ready: bool = False, exit_when_complete: bool = False) -> int:
    """Paint the first screen, then complete the window, open the diary, and the rest.

    ``exit_when_ready``: quit right after the first paint; ``exit_when_complete``: right after
    the window is complete (both for the start-up benchmark).
    """
    from crampwise.ui.audio import quiet_qt_output

    quiet_qt_output()  # no Qt chatter in the terminal: the window says what matters
    app = application(sys.argv)
    app.setApplicationName("Crampwise")
    app.setDesktopFileName("crampwise")
    from crampwise import paths
    from crampwise.desktop_integration.single_instance import SingleInstance

    instance = SingleInstance.for_data_dir(paths.data_dir())
    if instance.try_hand_over(b"activate"):
        return 0  # the running Crampwise came to the front
    settings = load_settings()
    from crampwise import i18n

    i18n.install(app, i18n.setting_in_force(settings.language))  # --lang, $CRAMPWISE_LANG
    refresh_theme(settings)
    window, diary = build_window(settings, first_screen_only=True)

    def after_first_paint() -> None:
        if exit_when_ready:
            app.quit()
            return
        window.complete()
        window.fill_menus()
        if exit_when_complete:
            app.quit()
            return
        # Once the diary is open (after "Ready."): whether the relief sounds can play here.
        diary.ready.connect(window.check_sound)
        diary.failed.connect(lambda _text: window.check_sound())
        diary.open_in_background(settings.night_cutover_hour)
        show_settings_notice(window, diary)
        threading.Thread(target=prepare_relief, name="crampwise-prepare", daemon=True).start()
        # Everything the first screen can do without: it waits until the window is up.
        from crampwise.desktop_integration.preflight import FONT_PACKAGE, fonts_present
        from crampwise.desktop_integration.tray import app_icon
        from crampwise.desktop_integration.wiring import DesktopIntegration

        instance.listen()  # answer later starts: False only in a race, then run without
        window.desktop = DesktopIntegration(window, settings, instance)
        window.show_desktop_problems(window.desktop.problems())
        app.setWindowIcon(app_icon())
        if not fonts_present():
            print(f"crampwise: no fonts found; install {FONT_PACKAGE}", file=sys.stderr)

    _FirstPaint(window, after_first_paint)
    # Re-check the theme every minute so "auto" turns to night at the chosen hour.
    theme_timer = QTimer(window)
    theme_timer.timeout.connect(lambda: refresh_theme(window.settings))
    theme_timer.start(60_000)
    window.show()
    window.focus_cramp_button()
    return app.exec()
