"""``crampwise`` runs as the README says after set-up: a ``crampwise`` command in
``~/.local/bin`` written by ``scripts/run-app.sh`` and ``crampwise install-desktop``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crampwise import __version__
from crampwise.cli import main
from crampwise.desktop_integration import install

ROOT = Path(__file__).resolve().parents[2]
VENV_SCRIPT = Path(sys.executable).with_name("crampwise")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    return home


def test_install_desktop_puts_a_working_crampwise_command_in_local_bin(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop"]) == 0
    launcher = home / ".local" / "bin" / "crampwise"
    out = capsys.readouterr().out
    assert f"The crampwise command is {launcher}." in out
    assert f"{launcher.parent} is not on your PATH yet" in out
    assert os.access(launcher, os.X_OK)
    assert (home / ".local/share/applications/crampwise.desktop").is_file()
    done = subprocess.run([str(launcher), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"crampwise {__version__}"

    assert main(["install-desktop", "--uninstall"]) == 0
    assert not launcher.exists()
    assert not (home / ".local/share/applications/crampwise.desktop").exists()


def test_on_the_path_it_says_nothing_about_the_path(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", f"{home}/.local/bin:/usr/bin:/bin")
    assert main(["install-desktop", "--command-only"]) == 0
    assert "PATH" not in capsys.readouterr().out
    assert main(["install-desktop", "--command-only"]) == 0  # already there: quiet
    assert capsys.readouterr().out == ""


def test_another_programs_crampwise_is_never_replaced_or_removed(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = home / ".local" / "bin" / "crampwise"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("#!/bin/sh\necho pipx\n", encoding="utf-8")
    assert main(["install-desktop", "--command-only"]) == 0
    assert "already exists and is not Crampwise's; it was left as it is." in (
        capsys.readouterr().out
    )
    assert main(["install-desktop", "--uninstall"]) == 0
    assert theirs.read_text(encoding="utf-8") == "#!/bin/sh\necho pipx\n"


def test_a_launcher_whose_crampwise_is_gone_says_so(tmp_path: Path) -> None:
    launcher = tmp_path / "crampwise"
    launcher.write_text(install.launcher_text([str(tmp_path / "gone" / "crampwise")]))
    launcher.chmod(0o755)
    done = subprocess.run([str(launcher)], capture_output=True, text=True, timeout=10)
    assert done.returncode == 127
    assert "is gone; set Crampwise up again" in done.stderr


def test_the_command_never_starts_itself(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With our launcher first on the PATH, what it starts is still the real Crampwise."""
    install.install_launcher()
    monkeypatch.setenv("PATH", f"{home}/.local/bin:/usr/bin:/bin")
    monkeypatch.setattr(sys, "executable", "/nowhere/python3")
    assert install.launch_command()[0] != str(home / ".local/bin/crampwise")


@pytest.mark.skipif(not VENV_SCRIPT.is_file(), reason="needs the venv's crampwise script")
def test_set_up_writes_the_command_once_and_says_so(home: Path) -> None:
    script = (
        f"source {ROOT}/scripts/bootstrap.sh; VENV={Path(sys.executable).parent.parent}; "
        "ensure_launcher"
    )
    env = {**os.environ, "HOME": str(home)}
    first = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    launcher = home / ".local" / "bin" / "crampwise"
    assert f"crampwise setup: The crampwise command is {launcher}." in first.stderr
    assert str(VENV_SCRIPT) in launcher.read_text(encoding="utf-8")
    again = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
    assert again.returncode == 0 and again.stderr == ""


def test_the_readme_says_where_the_command_is() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ")[0]
    assert "~/.local/bin" in section and ".venv/bin/crampwise" in section
