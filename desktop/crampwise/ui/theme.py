"""Night and day themes: one palette each, applied to the whole application.

The night theme is dark with warm, low-blue accents so a screen at 3 a.m. does not dazzle.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Literal, NamedTuple

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from crampwise.settings import Settings

ThemeName = Literal["night", "day"]
# The stylesheet is written for Fusion, on every desktop. Chosen on the command line: asking
# ``setStyle`` returns a QStyle, and wrapping one costs PySide ~5 ms of enum building at start.
STYLE_ARGS = ("-style", "fusion")


def application(argv: Sequence[str] = ("crampwise",)) -> QApplication:
    """The running QApplication, or a new one in the Fusion style."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication([*argv, *STYLE_ARGS])


# A NamedTuple, not a dataclass: this module is on the first screen's path, and importing
# ``dataclasses`` there costs ~3 ms.
class Theme(NamedTuple):
    name: ThemeName
    background: str
    surface: str
    text: str
    muted_text: str
    accent: str  # buttons that matter, focus ring, motion cues
    accent_text: str  # text on an accent background
    danger: str
    border: str
    # Cramp now and the other main buttons: large areas, so deep rather than bright at night.
    cramp: str
    cramp_text: str

    def illustration_colours(self) -> dict[str, str]:
        """Colours for the relief drawings (see :mod:`crampwise.ui.illustration`): the bodies
        in the border colour, lines in the text colour, what moves in the accent."""
        return {"ink": self.text, "accent": self.accent, "soft": self.border}


NIGHT = Theme(
    name="night",
    background="#121010",
    surface="#221d1a",
    text="#eadccb",
    muted_text="#b8a897",
    accent="#e0a050",
    accent_text="#1a1208",
    danger="#ff8a70",
    border="#4a4038",
    cramp="#6b3814",
    cramp_text="#f7e4cc",
)
DAY = Theme(
    name="day",
    background="#f7f5f2",
    surface="#ffffff",
    text="#1d1b19",
    muted_text="#5a544e",
    accent="#1f5fa8",
    accent_text="#ffffff",
    danger="#b3261e",
    border="#c9c2ba",
    cramp="#1f5fa8",
    cramp_text="#ffffff",
)
THEMES: dict[ThemeName, Theme] = {"night": NIGHT, "day": DAY}


def is_night_hour(hour: int, starts: int, ends: int) -> bool:
    if starts == ends:
        return False
    if starts < ends:
        return starts <= hour < ends
    return hour >= starts or hour < ends


def choose_theme(settings: Settings, hour: int, system_dark: bool | None) -> Theme:
    """The theme for ``hour`` (local, 0–23); ``system_dark`` as :func:`system_prefers_dark`."""
    if settings.theme in ("night", "day"):
        return THEMES[settings.theme]
    if settings.theme == "system" and system_dark is not None:
        return NIGHT if system_dark else DAY
    return NIGHT if is_night_hour(hour, settings.night_starts, settings.night_ends) else DAY


def system_prefers_dark() -> bool | None:
    """The desktop's colour scheme; ``None`` when it does not say.

    Only asked when the theme follows the system: the first use of ``Qt``'s namespace makes
    PySide build its ~90 enums (~20 ms), which the first screen otherwise never needs.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return None
    return scheme == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: Theme) -> None:
    pal = QPalette()
    bg, surf, text = QColor(theme.background), QColor(theme.surface), QColor(theme.text)
    for role, colour in (
        (QPalette.ColorRole.Window, bg),
        (QPalette.ColorRole.Base, surf),
        (QPalette.ColorRole.AlternateBase, bg),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, surf),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, surf),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(theme.muted_text)),
        (QPalette.ColorRole.Highlight, QColor(theme.accent)),
        (QPalette.ColorRole.HighlightedText, QColor(theme.accent_text)),
        (QPalette.ColorRole.Link, QColor(theme.accent)),
    ):
        pal.setColor(role, colour)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.muted_text))
    pal.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(theme.muted_text)
    )
    app.setPalette(pal)
    app.setStyleSheet(stylesheet(theme, app.font().pointSizeF()))
    app.setProperty("crampwiseTheme", theme.name)


def refresh_theme(settings: Settings) -> None:
    """Apply the theme ``settings`` choose for now, unless it is the one already applied."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        system_dark = system_prefers_dark() if settings.theme == "system" else None
        theme = choose_theme(settings, time.localtime().tm_hour, system_dark)
        if app.property("crampwiseTheme") != theme.name:  # restyling everything is not free
            apply_theme(app, theme)


def current_theme() -> Theme:
    app = QApplication.instance()
    name = app.property("crampwiseTheme") if app is not None else None
    return DAY if name == "day" else NIGHT


def stylesheet(t: Theme, base_pt: float = 10.0) -> str:
    """The whole look; large text is a multiple of the system's font size, so a person who
    chose bigger fonts gets a bigger Cramp now button too."""

    def pt(times: float) -> str:
        return f"{base_pt * times:.1f}pt"

    from crampwise import paths

    def icon(name: str) -> str:
        return paths.asset("icons", "widgets", f"{name}-{t.name}.svg").as_posix()

    # Drawn in the theme's colours: the tick in accent_text (on accent), the arrows in text.
    tick, up, down = icon("tick"), icon("spin-up"), icon("spin-down")

    # Sizes in pt follow the system font; focus is always a thick accent outline.
    return f"""
QWidget {{ color: {t.text}; }}
QMainWindow, QDialog {{ background: {t.background}; }}
QPushButton, QToolButton {{
    background: {t.surface}; color: {t.text}; border: 2px solid {t.border};
    border-radius: 10px; padding: 10px 18px; min-height: 28px;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {t.accent}; }}
QFileDialog QToolButton {{ padding: 3px; min-height: 0px; min-width: 0px; border-radius: 6px; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus,
QComboBox:focus, QSpinBox:focus, QDateTimeEdit:focus, QDateEdit:focus, QCheckBox:focus,
QTableView:focus, QListWidget:focus {{
    border: 3px solid {t.accent};
}}
QPushButton:checked, QToolButton:checked {{
    background: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
}}
QPushButton:checked:focus, QToolButton:checked:focus {{
    border: 4px solid {t.text}; text-decoration: underline;
}}
QPushButton[role="primary"] {{
    background: {t.cramp}; color: {t.cramp_text}; border-color: {t.cramp}; font-weight: 600;
}}
QPushButton[role="primary"]:focus {{ border: 4px solid {t.text}; }}
QPushButton[role="cramp"] {{
    background: {t.cramp}; color: {t.cramp_text}; border: 4px solid {t.cramp};
    border-radius: 28px; font-size: {pt(3.0)}; font-weight: 700; padding: 24px;
}}
QPushButton[role="cramp"]:focus {{ border: 5px solid {t.text}; }}
QLabel[role="elapsed"] {{ font-size: {pt(5.6)}; font-weight: 700; }}
QLabel[role="title"] {{ font-size: {pt(2.0)}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {t.muted_text}; }}
QLabel[role="hint"] {{ color: {t.muted_text}; qproperty-alignment: AlignCenter; }}
QLabel[role="banner"] {{
    background: {t.surface}; border: 2px solid {t.accent}; border-radius: 8px; padding: 10px;
}}
QLabel[role="error"] {{
    color: {t.danger}; border: 2px solid {t.danger}; border-radius: 8px; padding: 10px;
}}
QFrame#morningQuestion {{
    background: {t.surface}; border: 2px solid {t.accent}; border-radius: 10px;
}}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateTimeEdit, QDateEdit {{
    background: {t.surface}; border: 2px solid {t.border}; border-radius: 6px; padding: 6px;
}}
QSpinBox, QDateTimeEdit[calendarPopup="false"] {{ padding-right: 30px; }}
QSpinBox::up-button, QSpinBox::down-button,
QDateTimeEdit[calendarPopup="false"]::up-button,
QDateTimeEdit[calendarPopup="false"]::down-button {{
    subcontrol-origin: border; width: 26px; background: {t.surface};
    border-left: 2px solid {t.border};
}}
QSpinBox::up-button, QDateTimeEdit[calendarPopup="false"]::up-button {{
    subcontrol-position: top right; border-bottom: 1px solid {t.border};
    border-top-right-radius: 6px;
}}
QSpinBox::down-button, QDateTimeEdit[calendarPopup="false"]::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 6px;
}}
QSpinBox::up-button:hover, QSpinBox::down-button:hover,
QDateTimeEdit[calendarPopup="false"]::up-button:hover,
QDateTimeEdit[calendarPopup="false"]::down-button:hover {{ background: {t.border}; }}
QSpinBox::up-arrow, QDateTimeEdit[calendarPopup="false"]::up-arrow {{
    image: url("{up}"); width: 12px; height: 8px;
}}
QSpinBox::down-arrow, QDateTimeEdit[calendarPopup="false"]::down-arrow {{
    image: url("{down}"); width: 12px; height: 8px;
}}
QSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off,
QSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off {{ image: none; }}
QCheckBox::indicator {{
    width: 18px; height: 18px; border: 2px solid {t.muted_text}; border-radius: 4px;
    background: {t.surface};
}}
QCheckBox::indicator:checked {{
    background: {t.accent}; border-color: {t.accent}; image: url("{tick}");
}}
QCheckBox::indicator:disabled {{ border-color: {t.border}; }}
QListWidget#navigation, QFrame#navigation {{
    background: {t.surface}; border: none; font-size: {pt(1.4)}; padding: 6px;
}}
QListWidget#navigation::item {{ padding: 14px 16px; border-radius: 8px; }}
QListWidget#navigation::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
QTableView {{
    background: {t.surface}; gridline-color: {t.border}; border: 2px solid {t.border};
    selection-background-color: {t.accent}; selection-color: {t.accent_text};
}}
QHeaderView::section {{
    background: {t.background}; color: {t.text}; border: none;
    border-bottom: 2px solid {t.border}; padding: 6px; font-weight: 600;
}}
QGroupBox {{ border: 1px solid {t.border}; border-radius: 8px; margin-top: 14px; padding: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QStatusBar {{ color: {t.muted_text}; }}
"""
