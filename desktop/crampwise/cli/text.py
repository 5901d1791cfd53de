"""The words the command line prints, in the language of this run.

The language is chosen once per run by :func:`speak` (``--lang``, ``$CRAMPWISE_LANG``, else the
saved setting: see :func:`crampwise.i18n.setting_in_force`). English needs no Qt: templates are
English already, and ``%n thing(s)`` plurals read as the English catalogue writes them. Any other
language makes a Qt application (offscreen ``QGuiApplication`` for the report, which draws) with
the app's catalogues, and the text is looked up there, exactly as the window does.

Text in the command modules is marked and translated by :func:`crampwise.i18n.translate`:
``translate("Command line", "Logged episode {id}: {night}.")`` (English without Qt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from crampwise import i18n
from crampwise.text import Describable, Message

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

_lang = "en"
_app: QCoreApplication | None = None  # kept alive for the run


def speak(lang: str, app_kind: Literal["core", "gui", "window"] = "core") -> None:
    """Print in ``lang`` (``"en"``, ``"fr"``) from now on.

    ``app_kind``: the Qt application the command needs, made here when another language needs
    one: ``gui`` for a command that draws (the report); ``window`` makes none (the window makes
    its own, and until then text stays English). An application that already exists (tests run
    the CLI in-process) gets the catalogues.
    """
    global _lang, _app
    _lang = lang
    if lang == "en" and not _qt_running():
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        if app_kind == "window":
            return
        if app_kind == "gui":
            from crampwise.report.pdf import ensure_gui_application

            ensure_gui_application(lang)
            return
        app = _app = QCoreApplication(["crampwise"])
    i18n.install(app, lang)


def _qt_running() -> bool:
    import sys

    core = sys.modules.get("PySide6.QtCore")
    return core is not None and core.QCoreApplication.instance() is not None


def language() -> str:
    """The language the command line speaks in this run."""
    return _lang


def counted(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both translated templates) as ``count`` needs; format it after.

    (``lupdate`` sees a plural in ``translate()`` only with a literal number, so a count
    reads from two texts, as in the import report.) French says "0 fichier", English
    "0 files".
    """
    single = count == 1 or (count == 0 and _lang == "fr")
    return one if single else many


def say(value: Message | Describable | BaseException | str) -> str:
    """A message, an error or a report from the Qt-free layers, in the language of the run."""
    if _lang != "en":
        from crampwise.messages import localized

        return localized(value)
    if isinstance(value, str):
        return value
    if isinstance(value, Message):
        return value.english()
    describe = getattr(value, "describe", None)
    if callable(describe):
        described = describe()
        if isinstance(described, Message | str):
            return say(described)
    return str(value)
