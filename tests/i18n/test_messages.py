"""Messages from the Qt-free layers: English ``str()`` as before, French in the window."""

from __future__ import annotations

import ast
import errno
import json
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from crampwise import i18n, paths
from crampwise.domain.episode import Episode, EpisodeError
from crampwise.domain.profile import Medication, ProfileError
from crampwise.exchange import ExchangeError, ImportReport, parse_export
from crampwise.storage.backup import Recovery, check
from crampwise.storage.schema import StoreError
from crampwise.text import QT_TRANSLATE_NOOP, Message, os_reason
from crampwise.ui.messages import localized

CET = timezone(timedelta(hours=1))
START = datetime(2026, 11, 26, 3, 10, tzinfo=CET)
PACKAGE = Path(i18n.__file__).parent
QT_FREE = ("text.py", "domain/episode.py", "storage/*.py", "exchange/*.py", "domain/profile.py")


_KEEP: list[QCoreApplication] = []


@pytest.fixture
def app() -> QCoreApplication:
    """Whatever application the run already has (another test may have made a QGuiApplication)."""
    existing = QCoreApplication.instance()
    if existing is None:
        existing = QApplication([])
        _KEEP.append(existing)
    return existing


@pytest.fixture
def french(app: QCoreApplication) -> Iterator[None]:
    assert i18n.install(app, "fr") == "fr"
    yield
    i18n.install(app, "en")


# --- the errors and reports, as the command line and the tests have always seen them -------


def end_before_start() -> EpisodeError:
    with pytest.raises(EpisodeError) as caught:
        Episode(started_at=START, ended_at=START - timedelta(minutes=5)).validated()
    return caught.value


def disk_full() -> StoreError:
    from sqlalchemy.exc import OperationalError

    from crampwise.storage.store import _plain_message

    return StoreError(_plain_message(OperationalError("INSERT", {}, Exception("disk is full"))))


def bad_row() -> ExchangeError:
    doc = {
        "format": "crampwise",
        "format_version": 1,
        "episodes": [
            {"started_at": "2026-11-25T03:10:00+01:00"},
            {"started_at": "2026-11-26T03:10:00+01:00", "intensity": 11},
        ],
    }
    with pytest.raises(ExchangeError) as caught:
        parse_export(json.dumps(doc).encode())
    return caught.value


def stopped_before_started() -> ProfileError:
    with pytest.raises(ProfileError) as caught:
        Medication("Lasix", None, date(2024, 2, 1), date(2024, 1, 1))
    return caught.value


def recovery() -> Recovery:
    return Recovery(
        moved_to=Path("crampwise.sqlite3.damaged-20261126-031500"),
        restored_from=Path("backups/crampwise-20261125-221000.sqlite3"),
        problem=Message("Backup", QT_TRANSLATE_NOOP("Backup", "it is not a database file")),
    )


def test_every_error_keeps_its_english_text() -> None:
    err = end_before_start()
    assert str(err) == "ended_at: the end must come after the start"
    assert (err.field, str(err.message)) == ("ended_at", "the end must come after the start")
    assert str(disk_full()) == (
        "The disk is full, so the entry could not be saved. Free some space and retry."
    )
    assert str(bad_row()) == "row 2: intensity: must be a whole number from 0 to 10"
    assert str(stopped_before_started()) == (
        "medication 'Lasix': stopped on 2024-01-01, before it was started on 2024-02-01"
    )
    taken = f"{datetime(2026, 11, 25, 22, 10):%d %b %Y at %H:%M}"  # the month as C says it
    assert recovery().message() == (
        "Your diary file was damaged (it is not a database file). It was kept as "
        f"crampwise.sqlite3.damaged-20261126-031500 and the backup from {taken} "
        "was restored: entries made after that may be missing."
    )
    assert ImportReport(0, 3, "kept").message() == (
        "Added 0 episodes. 3 episodes were already in the diary. The diary already has a "
        "different health profile, so it was kept and the file's profile was not imported."
    )
    assert ImportReport(1, 1, "none", 1).message() == (
        "Added 1 episode. 1 episode was already in the diary. 1 episode start at the same "
        "moment as a different entry already in the diary; both were kept, so check them in "
        "the history."
    )


def test_plain_text_still_makes_an_error() -> None:
    assert str(StoreError("as it was")) == "as it was"
    assert str(ExchangeError("as it was")) == "as it was"
    assert str(ProfileError("as it was")) == "as it was"
    assert str(EpisodeError("note", "as it was")) == "note: as it was"


def test_without_a_translation_the_window_shows_the_english(app: QCoreApplication) -> None:
    i18n.install(app, "en")
    err = end_before_start()
    # What the episode form has always shown.
    assert localized(err.prompt()) == "Please check ended at: the end must come after the start"
    assert localized(disk_full()) == str(disk_full())
    assert localized(bad_row()) == str(bad_row())
    assert localized(recovery()) == recovery().message()
    assert localized(ImportReport(2, 0, "imported")) == ImportReport(2, 0, "imported").message()
    assert localized(ValueError("anything else")) == "anything else"
    assert localized("text as it is {x}") == "text as it is {x}"


# --- in French ---------------------------------------------------------------------------


@pytest.mark.usefixtures("french")
def test_an_episode_error_in_french() -> None:
    err = end_before_start()
    assert localized(err) == "fin : la fin doit venir après le début"
    assert localized(err.prompt()) == "Vérifiez « fin » : la fin doit venir après le début"
    assert str(err) == "ended_at: the end must come after the start"  # the CLI stays English


@pytest.mark.usefixtures("french")
def test_a_store_error_in_french() -> None:
    assert localized(disk_full()) == (
        "Le disque est plein : l'entrée n'a pas pu être enregistrée. "
        "Libérez de la place et réessayez."
    )


@pytest.mark.usefixtures("french")
def test_an_import_report_in_french() -> None:
    assert localized(ImportReport(0, 3, "kept")) == (
        "Aucun épisode ajouté. 3 épisodes étaient déjà dans le journal. Le journal a déjà un "
        "autre profil de santé : il a été gardé, et celui du fichier n'a pas été importé."
    )
    assert localized(ImportReport(1, 0, "imported").describe()) == (
        "1 épisode ajouté. Le profil de santé du fichier a été importé."
    )


@pytest.mark.usefixtures("french")
def test_an_exchange_error_keeps_its_row_number_in_french() -> None:
    assert localized(bad_row()) == "ligne 2, intensity : doit être un nombre entier de 0 à 10"


@pytest.mark.usefixtures("french")
def test_an_exchange_error_with_a_system_reason_in_french(tmp_path: Path) -> None:
    from crampwise.exchange.export import write_private_atomic

    with pytest.raises(ExchangeError) as caught:
        write_private_atomic(tmp_path / "missing" / "out.json", b"{}")
    assert str(caught.value).endswith(": No such file or directory.")
    assert localized(caught.value) == (
        f"Impossible d'écrire dans {tmp_path / 'missing'} : fichier ou dossier introuvable."
    )


@pytest.mark.usefixtures("french")
def test_a_profile_error_in_french() -> None:
    assert localized(stopped_before_started()) == (
        "médicament 'Lasix' : arrêté le 01/01/2024, avant d'avoir été commencé le 01/02/2024"
    )


@pytest.mark.usefixtures("french")
def test_the_recovery_message_in_french(tmp_path: Path) -> None:
    assert localized(recovery()) == (
        "Le fichier de votre journal était endommagé (ce n'est pas un fichier de base de "
        "données). Il a été conservé sous le nom crampwise.sqlite3.damaged-20261126-031500 et "
        "la sauvegarde du 25/11/2026 à 22:10 a été restaurée : les entrées faites depuis "
        "peuvent manquer."
    )
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all, just words")
    trouble = check(junk)
    assert trouble is not None and trouble.damaged
    assert localized(trouble.problem) == "ce n'est pas un fichier de base de données"


@pytest.mark.usefixtures("french")
def test_a_template_missing_from_the_catalogue_stays_english() -> None:
    message = Message("Import", "No one translated {what} on row {row}.", {"row": 7, "what": "x"})
    assert localized(message) == "No one translated x on row 7."
    # Its translatable parameters are still translated.
    nested = Message("Nowhere", "{problem}!", {"problem": end_before_start().message})
    assert localized(nested) == "la fin doit venir après le début!"


@pytest.mark.usefixtures("french")
def test_a_translation_with_wrong_fields_falls_back_to_english(app: QCoreApplication) -> None:
    from PySide6.QtCore import QTranslator

    class Broken(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return "ligne {rangée} cassée" if context == "Test" else ""

    broken = Broken()
    app.installTranslator(broken)
    try:
        message = Message("Test", "row {row} broken", {"row": 3})
        assert QCoreApplication.translate("Test", message.template) == "ligne {rangée} cassée"
        assert localized(message) == "row 3 broken"
    finally:
        app.removeTranslator(broken)


def test_a_known_system_reason_is_translatable_and_keeps_its_english() -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(full) == Message("System", "No space left on device")
    worded_otherwise = OSError(errno.ENOSPC, "There is not enough space on the disk")
    assert os_reason(worded_otherwise) == "There is not enough space on the disk"
    assert os_reason(OSError("no errno")) is None


# --- the catalogue and the code stay in step ---------------------------------------------


def _catalogue() -> list[tuple[str, str, str]]:
    ts = paths.asset("translations", "crampwise_messages_fr.ts")
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append(
                (name, message.findtext("source", ""), message.findtext("translation", ""))
            )
    return found


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}


def test_every_translation_fills_the_same_fields_as_its_english() -> None:
    catalogue = _catalogue()
    assert len(catalogue) > 100
    for context, source, translation in catalogue:
        expected = _fields(source)
        if source == "Added {zero} episodes.":
            expected = set()  # "Aucun épisode ajouté."
        assert _fields(translation) == expected, (context, source, translation)


def _qt_free_modules() -> list[Path]:
    found: list[Path] = []
    for pattern in QT_FREE:
        found += sorted(p for p in PACKAGE.glob(pattern) if p.is_file())
    return found


def _declared_contexts(tree: ast.AST) -> set[str]:
    return {
        node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and any(isinstance(t, ast.Name) and t.id.endswith("_CONTEXT") for t in node.targets)
    }


@pytest.mark.parametrize("path", _qt_free_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_marked_text_uses_a_declared_context(path: Path) -> None:
    """A ``QT_TRANSLATE_NOOP("X", ...)`` is looked up as ``Message(<context>, ...)``: the two
    must agree, so the modules name their contexts once, in ``*_CONTEXT`` constants (or write
    ``Message("X", QT_TRANSLATE_NOOP("X", ...))``)."""
    contexts: set[str] = set()
    for module in _qt_free_modules():
        contexts |= _declared_contexts(ast.parse(module.read_text(encoding="utf-8")))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context = node.args[0]
            assert isinstance(context, ast.Constant), ast.unparse(node)
            assert context.value in contexts or _in_literal_message(tree, node), ast.unparse(node)


def _in_literal_message(tree: ast.AST, noop: ast.Call) -> bool:
    """``Message("X", QT_TRANSLATE_NOOP("X", ...), ...)`` names its context in place."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "Message"
            and len(node.args) >= 2
            and node.args[1] is noop
        ):
            first, context = node.args[0], noop.args[0]
            assert isinstance(context, ast.Constant)
            return isinstance(first, ast.Constant) and first.value == context.value
    return False


def test_the_message_modules_do_not_import_qt() -> None:
    modules = [
        "crampwise.text",
        "crampwise.domain.episode",
        "crampwise.storage.store",
        "crampwise.storage.backup",
        "crampwise.exchange.importer",
        "crampwise.exchange.export",
        "crampwise.domain.profile",
    ]
    code = f"import sys\nfor m in {modules!r}: __import__(m)\nprint('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
