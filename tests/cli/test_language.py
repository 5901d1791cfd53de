"""``--lang`` and ``$CRAMPWISE_LANG``: the language of one run of the command line, the report
and the window, the saved setting untouched."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crampwise import i18n
from crampwise.cli import main
from crampwise.settings import Settings, load_settings, save_settings


def _bad_side(capsys: pytest.CaptureFixture[str], *before: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*before, "log", "--duration", "3m", "--side", "sideways"])
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def test_lang_fr_puts_the_messages_and_the_help_in_french(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "le côté doit être left, right ou both" in _bad_side(capsys, "--lang", "fr")
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "log", "--help"])
    assert "la crampe dure encore" in capsys.readouterr().out
    assert main(["--lang", "fr", "log", "--duration", "3m", "--at", "2026-11-25 03:10"]) == 0
    assert "Crampe n° 1 notée : Nuit du 24 au 25 nov. 2026." in capsys.readouterr().out
    assert main(["--lang", "fr", "list"]) == 0
    assert "3 min" in capsys.readouterr().out
    assert main(["--lang", "fr", "check"]) == 0
    assert "est en bon état. 1 sauvegarde dans" in capsys.readouterr().out


def test_the_environment_variable_does_the_same(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.LANG_ENV, "fr_FR.UTF-8")
    assert main(["list"]) == 0
    assert capsys.readouterr().out == "Aucune crampe pour l'instant.\n"
    assert main(["--lang", "en", "list"]) == 0  # the option wins over the variable
    assert capsys.readouterr().out == "No episodes yet.\n"


def test_without_either_the_saved_setting_speaks_and_is_never_changed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.delenv(i18n.LANG_ENV)
    save_settings(Settings(language="fr"))
    saved = (data_dir / "settings.json").read_bytes()
    assert main(["list"]) == 0
    assert "Aucune crampe" in capsys.readouterr().out
    assert main(["--lang", "en", "list"]) == 0
    assert "No episodes yet." in capsys.readouterr().out
    assert (data_dir / "settings.json").read_bytes() == saved


def test_the_system_language_is_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(i18n.LANG_ENV)
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert main(["list"]) == 0
    assert "Aucune crampe" in capsys.readouterr().out


def test_an_unknown_language_is_refused_with_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "de", "list"])
    assert exit_info.value.code == 2
    assert "the language must be en or fr" in capsys.readouterr().err


def test_the_advice_speaks_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr", "advice", "--medication", "mystery pill"]) == 0
    out = capsys.readouterr().out
    assert "Non reconnu (aucun conseil donné pour lui) : mystery pill" in out
    assert "sources : " in out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_report_follows_lang_not_the_setting(tmp_path: Path, data_dir: Path) -> None:
    save_settings(Settings(language="en"))
    pdf = tmp_path / "rapport.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "crampwise", "--lang", "fr", "report", "-o", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"{pdf} est écrit (0 crampe, nuits du" in done.stdout
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Résumé" in text
    assert load_settings().language == "en"


def test_the_window_opens_in_the_language_given(tmp_path: Path) -> None:
    script = """
import json, sys
from crampwise import i18n
from crampwise.launch import main
code = main(["--data-dir", sys.argv[1], "--lang", "fr", "--exit-when-complete"])
print(json.dumps({"code": code, "language": i18n.language()}))
"""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", script, str(data)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", **_pythonpath()},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"code": 0, "language": "fr"}
    assert json.loads((data / "settings.json").read_text(encoding="utf-8")) == {"language": "en"}


def _pythonpath() -> dict[str, str]:
    import os

    value = os.environ.get("PYTHONPATH")
    return {"PYTHONPATH": value} if value else {}
