"""The self-test from the source tree, and assets found from a frozen (PyInstaller) layout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crampwise import paths
from crampwise.desktop_integration import preflight

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop(paths.ASSETS_ENV, None)
    code = (
        "from crampwise.desktop_integration.selftest import run_self_test; "
        "raise SystemExit(run_self_test())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    assert "It's over pressed: episode stored" in done.stdout
    assert not (tmp_path / ".local/share/crampwise").exists()  # the real diary is untouched


def test_assets_resolve_from_a_frozen_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "assets" / "plans").mkdir(parents=True)
    (bundle / "assets" / "plans" / "calf_now.toml").write_text("# plan\n")
    monkeypatch.delenv(paths.ASSETS_ENV, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.assets_dir() == bundle / "assets"
    assert paths.asset("plans", "calf_now.toml").is_file()


def test_packaging_files_are_found_from_a_frozen_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampwise.desktop_integration.install import METAINFO_NAME, packaging_file

    (tmp_path / "packaging").mkdir()
    (tmp_path / "packaging" / METAINFO_NAME).write_text("<component/>\n")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert packaging_file(METAINFO_NAME) == tmp_path / "packaging" / METAINFO_NAME


def test_the_spec_bundles_assets_and_migrations() -> None:
    spec = (ROOT / "packaging" / "crampwise.spec").read_text()
    assert 'tree(ROOT / "assets", "assets")' in spec
    assert '"crampwise/storage/migrations"' in spec
    assert (ROOT / "desktop/crampwise/storage/migrations/env.py").is_file()


def test_preflight_finds_nothing_missing_here_and_explains_otherwise() -> None:
    # The test machine runs Qt offscreen, so the core libraries are present.
    assert preflight.missing_system_libraries(window=False) == []
    message = preflight.explain_missing(["libGL.so.1", "libxcb-cursor.so.0"])
    assert "libGL.so.1" in message
    assert "sudo apt-get install libgl1 libxcb-cursor0 fonts-dejavu-core" in message
    assert preflight.explain_missing([]) == ""


def test_preflight_reports_a_library_that_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(preflight.CORE_LIBRARIES, "libnot-there.so.9", ("x", "libnot-there9"))
    assert "libnot-there.so.9" in preflight.missing_system_libraries(window=False)
    assert preflight.packages_for(["libnot-there.so.9"]) == ["libnot-there9"]


def test_a_window_that_cannot_load_qt_names_the_missing_libraries(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Qt's own modules link the core libraries: the check runs only when importing them fails
    (it costs ~5 ms at every start otherwise), and then says what to install."""
    from crampwise import launch

    monkeypatch.setitem(preflight.CORE_LIBRARIES, "libnot-there.so.9", ("x", "libnot-there9"))
    assert preflight.missing_system_libraries(window=False, core=False) == []
    monkeypatch.setitem(sys.modules, "crampwise.ui.app", None)  # importing it fails, as Qt would
    assert launch.open_window() == 1
    err = capsys.readouterr().err
    assert "libnot-there.so.9" in err and "libnot-there9" in err


def test_a_window_with_no_screen_says_so_instead_of_qt_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no display Qt aborts blaming xcb-cursor0; the launch explains and exits instead."""
    from crampwise import launch

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setitem(sys.modules, "crampwise.ui.app", None)  # a window must not be tried
    assert launch.open_window() == 1
    err = capsys.readouterr().err
    assert "no screen" in err and "DISPLAY" in err and "xcb-cursor" not in err
    monkeypatch.setenv("DISPLAY", ":0")
    assert preflight.has_screen()
