"""Which language Crampwise speaks, and loading Qt's translations for it.

User-visible text in the code goes through Qt (``self.tr()`` / ``QCoreApplication.translate``);
content files (plans, rules, Learn) carry English and French side by side and are read with
:func:`language`. Translations live in ``assets/translations`` (``.ts`` sources, ``.qm`` built by
``scripts/update-translations.sh``).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from crampwise import paths

if TYPE_CHECKING:
    from collections.abc import Container

    from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
LANG_ENV = "CRAMPWISE_LANG"  # like --lang: this run's language, the saved setting untouched


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: ARG001 (lupdate reads it)
    """Marks ``text`` for the catalogue (``lupdate`` finds the call by name); returns it as is.

    Where it is shown, the window translates it: ``QCoreApplication.translate(context, text)``.
    Defined here, in a module the first screen loads anyway; :mod:`crampwise.text` passes it on.
    """
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the language installed in Qt (:func:`install`): the one helper for code
    that has no ``self.tr``. ``lupdate`` finds the call by name, so its arguments must be plain
    string literals (a call inside them hides the text from ``lupdate``).

    Without a Qt application there is no catalogue: the text is returned as it is, and Qt is
    not imported (the command line in English never loads it). Before Qt's own libraries are
    known to load, :func:`use_catalogue` gives a catalogue without an application.
    """
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        return str(core.QCoreApplication.translate(context, text))
    if _loose is not None:
        return _loose.translate(context, text) or text
    return text


def use_catalogue(name: str, lang: str) -> None:
    """Translate with the catalogue ``name`` in ``lang`` while there is no Qt application
    (messages printed before Qt is known to work: see ``desktop_integration.preflight``).
    Any failure, QtCore itself included, leaves the text English."""
    global _loose
    if lang == "en":
        return
    try:
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        if translator.load(f"{name}_{lang}", str(paths.asset("translations"))):
            _loose = translator
    except Exception:  # QtCore may be what cannot load: English it is
        _loose = None


# One catalogue (assets/translations/<name>_<lang>.ts) per group of modules, so that groups can
# be translated independently. Globs are relative to the package folder.
CATALOGUE_SOURCES: dict[str, tuple[str, ...]] = {
    "crampwise": (
        "ui/app.py", "ui/mainwindow.py", "ui/cramp_now.py", "ui/tonight.py", "ui/cramp_running.py",
        "ui/episode_form.py", "ui/episode_dialog.py", "ui/bodymap.py", "ui/history.py",
        "ui/cards.py",
        "ui/prevention.py", "ui/profile.py", "ui/learn.py", "ui/exchange_actions.py",
        "wording.py", "ui/theme.py", "ui/diary.py", "ui/advice_state.py",
        "ui/relief_state.py", "ui/stale.py", "ui/wheel_guard.py", "ui/unsaved.py",
        "ui/audio.py", "ui/window_menus.py", "ui/window_pages.py",
        "ui/checkin.py", "ui/morning_question.py", "ui/nights_view.py", "ui/diary_nights.py",
    ),
    "crampwise_more": (
        "ui/player.py", "ui/relief_words.py", "ui/countdown_ring.py", "ui/cue_sounds.py",
        "ui/plans_page.py", "ui/plan_list.py", "ui/plan_editor.py", "ui/plan_timing.py",
        "ui/plan_parts.py", "ui/insights.py", "ui/insights_charts.py", "ui/insights_sections.py",
        "ui/illustration.py", "ui/trigger_figures_view.py", "ui/experiment_view.py",
        "report/*.py", "desktop_integration/*.py", "domain/patterns.py", "domain/words.py",
        "domain/medication_changes.py", "relief/custom.py",
    ),
    "crampwise_messages": (
        "text.py", "messages.py", "domain/episode.py", "domain/fields.py", "domain/profile.py",
        "domain/nights.py", "domain/trigger_figures.py", "domain/habits.py",
        "domain/experiments.py", "domain/experiment_result.py", "storage/*.py", "exchange/*.py",
        "ui/messages.py", "service.py", "service_nights.py", "settings.py",
    ),
    "crampwise_cli": ("cli/*.py",),
}  # fmt: skip
CATALOGUES = tuple(CATALOGUE_SOURCES)
_current = "en"
_installed: list[QTranslator] = []
_override: str | None = None
_loose: QTranslator | None = None  # a catalogue used while there is no Qt application


def language_code(text: str) -> str | None:
    """``"fr"`` for ``fr``, ``FR``, ``fr_CA.UTF-8``…; ``None`` for a language Crampwise lacks."""
    code = text.strip().split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else None


def set_override(code: str | None) -> None:
    """Speak ``code`` in this run (``--lang``) whatever the setting; ``None``: no override."""
    global _override
    _override = code


def setting_in_force(saved: str) -> str:
    """The language setting for this run: ``--lang``, then ``$CRAMPWISE_LANG``, then ``saved``.

    The saved setting is never changed; an unknown ``$CRAMPWISE_LANG`` is ignored.
    """
    if _override is not None:
        return _override
    return language_code(os.environ.get(LANG_ENV, "")) or saved


def system_language() -> str:
    """The system's locale name as the C library reads it for messages (no Qt needed):
    ``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``. The window asks ``QLocale.system()``."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name, ""):
            return value
    return ""


def resolve(setting: str, system_locale: str) -> str:
    """``"system"`` follows the system's locale name (``fr_CA`` → ``fr``); English otherwise."""
    if setting in LANGUAGES:
        return setting
    return language_code(system_locale) or "en"


OTHER_REGION = "other"  # the region for every country the care file does not list


def is_region_code(text: str) -> bool:
    """Two capital letters A to Z: a country code such as FR."""
    return len(text) == 2 and text.isascii() and text.isalpha() and text.isupper()


def care_region_key(region_id: str | None, listed: Container[str]) -> str:
    """The care file's key for ``region_id``: its country code ("UK" is "GB"), or "other" for
    a country ``listed`` does not contain."""
    key = (region_id or "").strip()
    key = key if key == OTHER_REGION else key.upper()
    if key == "UK":
        key = "GB"
    return key if key in listed else OTHER_REGION


def resolve_region(setting: str, system_locale: str) -> str:
    """``"auto"`` follows the system's country (``fr_BE`` → ``BE``); else the setting itself."""
    if setting and setting != "auto":
        return setting
    parts = system_locale.replace("-", "_").split(".")[0].split("_")
    country = parts[-1].upper() if len(parts) > 1 else ""
    return country if is_region_code(country) else OTHER_REGION


def region(setting: str) -> str:
    """Whose care numbers to give: the setting, or for ``"auto"`` the system's country
    (``QLocale.system()``: ``fr_BE`` → ``BE``). Never chosen from the language."""
    from PySide6.QtCore import QLocale

    return resolve_region(setting, QLocale.system().name())


def language() -> str:
    """The language in use: content files pick their text with it."""
    return _current


def install(app: QCoreApplication, setting: str) -> str:
    """Load the translations for ``setting`` into ``app``; returns the language chosen."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    chosen = resolve(setting, QLocale.system().name())
    _current = chosen
    system = QLocale.system()
    # Keep the system's country for dates and paper size when it speaks this language.
    locale = (
        system
        if system.name().startswith(chosen)
        else QLocale("en_GB" if chosen == "en" else chosen)
    )
    QLocale.setDefault(locale)
    folder = str(paths.asset("translations"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English loads its catalogues too: they hold the plural forms ("1 episode", "2 episodes").
    names = [] if chosen == "en" else [(f"qtbase_{chosen}", qt_folder)]
    names += [(f"{catalogue}_{chosen}", folder) for catalogue in CATALOGUES]
    for name, where in names:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            _installed.append(translator)
    return chosen
