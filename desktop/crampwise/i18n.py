"""Which language Crampwise speaks, and loading Qt's translations for it.

User-visible text in the code goes through Qt (``self.tr()`` / ``QCoreApplication.translate``);
content files (plans, rules, Learn) carry English and French side by side and are read with
:func:`language`. Translations live in ``assets/translations`` (``.ts`` sources, ``.qm`` built by
``scripts/update-translations.sh``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crampwise import paths

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
CATALOGUES = ("crampwise", "crampwise_more")  # one .ts per group of modules
_current = "en"
_installed: list[QTranslator] = []


def resolve(setting: str, system_locale: str) -> str:
    """``"system"`` follows the system's locale name (``fr_CA`` → ``fr``); English otherwise."""
    if setting in LANGUAGES:
        return setting
    code = system_locale.split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


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
    if chosen == "en":
        QLocale.setDefault(QLocale.system() if setting == "system" else QLocale("en_GB"))
        return chosen
    system = QLocale.system()
    # Keep the system's country for dates and paper size when it speaks this language.
    locale = system if system.name().startswith(chosen) else QLocale(chosen)
    QLocale.setDefault(locale)
    folder = str(paths.asset("translations"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in [(f"qtbase_{chosen}", qt_folder)] + [
        (f"{catalogue}_{chosen}", folder) for catalogue in CATALOGUES
    ]:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            _installed.append(translator)
    return chosen
