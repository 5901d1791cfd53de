"""Desktop entry, AppStream metainfo, icons, per-user install and autostart."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from crampwise.desktop_integration import autostart, install

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate")
    done = subprocess.run(
        [tool, str(PACKAGING / "crampwise.desktop")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout + done.stderr


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(PACKAGING / install.METAINFO_NAME)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_packaged_desktop_file_is_the_generated_one() -> None:
    text = (PACKAGING / "crampwise.desktop").read_text()
    assert text == install.desktop_entry_text()
    assert "Icon=crampwise" in text


def test_icons_are_rendered_at_every_size() -> None:
    from PySide6.QtGui import QImage

    for size in SIZES:
        png = ROOT / f"assets/icons/hicolor/{size}x{size}/apps/crampwise.png"
        image = QImage(str(png))
        assert not image.isNull(), png
        assert (image.width(), image.height()) == (size, size)


def test_exec_quoting() -> None:
    assert install._quote_exec(["/opt/crampwise/crampwise"]) == "/opt/crampwise/crampwise"
    assert install._quote_exec(["/home/a b/crampwise", "-m"]) == '"/home/a b/crampwise" -m'
    assert install._quote_exec(['/x/"q"$']) == '"/x/\\"q\\"\\$"'


def test_install_and_uninstall_for_user(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    written = install.install_for_user(prefix)
    share = prefix / "share"
    entry = share / "applications" / "crampwise.desktop"
    assert entry in written and entry.is_file()
    assert (share / "metainfo" / install.METAINFO_NAME).is_file()
    for size in SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/crampwise.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/crampwise.svg").is_file()
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert "crampwise" in exec_line
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    assert install.install_for_user(prefix) == written  # again: same files, no error

    removed = install.uninstall_for_user(prefix)
    assert sorted(removed) == sorted(written)
    assert not any(p.is_file() for p in written)
    assert install.uninstall_for_user(prefix) == []


def test_install_desktop_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert install.install_desktop_command(prefix=str(tmp_path)) == 0
    assert "Installed" in capsys.readouterr().out
    assert install.install_desktop_command(uninstall=True, prefix=str(tmp_path)) == 0
    assert not (tmp_path / "share/applications/crampwise.desktop").exists()


def test_autostart_written_and_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    text = install.installed_desktop_entry_text()
    path = autostart.set_start_at_login(True, text)
    assert path == tmp_path / "config" / "autostart" / "crampwise.desktop"
    written = path.read_text()
    assert written.startswith("[Desktop Entry]\n") and "X-GNOME-Autostart-enabled=true" in written
    assert autostart.is_start_at_login()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    autostart.set_start_at_login(False, text)
    assert not path.exists() and not autostart.is_start_at_login()
    autostart.set_start_at_login(False, text)  # removing twice is fine


def test_autostart_defaults_to_dot_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.autostart_path() == tmp_path / ".config/autostart/crampwise.desktop"
