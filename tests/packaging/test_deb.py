"""The Debian package, built and installed for real (``scripts/build-package.sh``).

It installs a system package, so it runs only when ``CRAMPWISE_PACKAGE_TEST=1`` (the test
command, ``scripts/run-tests.sh``, sets it after building the bundle), as root with apt-get,
and never over a crampwise the system already has. The app runs as a person would: a fresh
HOME, no data-folder override, on a real X server (Xvfb).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = Path("/usr/share/applications/crampwise.desktop")
METAINFO = Path("/usr/share/metainfo/io.crampwise.Crampwise.metainfo.xml")
# Where the launcher screenshot goes (README.md shows a copy: docs/installed-launcher.png).
SHOTS = ROOT / "build" / "package-test"


def _installed_version() -> str | None:
    if shutil.which("dpkg-query") is None:
        return None
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status} ${Version}", "crampwise"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return out.split()[-1] if out.startswith("install ok installed") else None


def _skip_reason() -> str | None:
    if os.environ.get("CRAMPWISE_PACKAGE_TEST") != "1":
        return "installs a system package: CRAMPWISE_PACKAGE_TEST=1 (scripts/run-tests.sh sets it)"
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return "installing the package needs root and apt-get"
    if _installed_version() is not None:
        return "crampwise is already installed on this system; the test will not replace it"
    return None


SKIP = _skip_reason()
pytestmark = pytest.mark.skipif(SKIP is not None, reason=SKIP or "")


def run(
    argv: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``argv``; on failure the assertion shows what it printed."""
    done = subprocess.run(
        argv, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{argv} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


def apt(*args: str) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "-y", "-q", *args], env=env, timeout=600)


def person_env(home: Path) -> dict[str, str]:
    """A person's session: their own HOME, nothing of the test run (no data-folder override,
    no offscreen platform, no virtual environment)."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
    }


def build(out: Path, version: str | None = None, compression: str = "gzip") -> Path:
    """Build the package from the bundle into ``out`` (gzip -1: fast, and lintian reads it)."""
    env = {
        **os.environ,
        "VENV": sys.prefix,
        "CRAMPWISE_PACKAGE_OUT": str(out),
        "CRAMPWISE_DEB_COMPRESSION": compression,
        "CRAMPWISE_DEB_LEVEL": "1" if compression == "gzip" else "",
    }
    if version is not None:
        env["CRAMPWISE_PACKAGE_VERSION"] = version
    run(["bash", str(ROOT / "scripts/build-package.sh")], env=env, cwd=ROOT, timeout=900)
    (deb,) = out.glob("crampwise_*_amd64.deb")
    return deb


def field(deb: Path, name: str) -> str:
    return run(["dpkg-deb", "-f", str(deb), name]).stdout.strip()


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def log_episodes(env: dict[str, str], count: int) -> None:
    for n in range(count):
        at = f"2026-11-{10 + n:02d} 03:{10 + n:02d}"
        run(["crampwise", "log", "--at", at, "--duration", "2m", "--where", "calf"], env=env)


def listed(env: dict[str, str], *extra: str) -> list[dict[str, object]]:
    out = run(["crampwise", *extra, "list", "--json"], env=env).stdout
    return sorted(json.loads(out), key=lambda e: int(str(e["id"])))


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("deb"))


@pytest.fixture(scope="module")
def install(deb: Path) -> Iterator[Callable[[Path], None]]:
    """Installs a package file the way a person would; the module ends by purging it."""

    def install(package: Path) -> None:
        apt("install", str(package))
        assert _installed_version() == field(package, "Version")

    yield install
    if _installed_version() is not None:
        apt("purge", "crampwise")


@pytest.fixture
def installed(deb: Path, install: Callable[[Path], None]) -> Path:
    if _installed_version() != field(deb, "Version"):
        install(deb)
    return deb


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_lintian_finds_no_error_and_the_readme_explains_every_warning(deb: Path) -> None:
    if shutil.which("lintian") is None:
        pytest.skip("lintian is not installed (scripts/bootstrap.sh installs it)")
    out = subprocess.run(["lintian", str(deb)], capture_output=True, text=True, check=False)
    tags = re.findall(r"^([EW]): crampwise: (\S+)", out.stdout, flags=re.MULTILINE)
    assert [t for t in tags if t[0] == "E"] == [], out.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    overrides = (ROOT / "packaging/debian/lintian-overrides").read_text(encoding="utf-8")
    overridden = re.findall(r"^crampwise: (\S+)", overrides, flags=re.MULTILINE)
    unexplained = {tag for _, tag in tags} | set(overridden)
    assert {tag for tag in unexplained if f"`{tag}`" not in readme} == set()


def test_the_control_fields_say_what_is_installed(deb: Path, tmp_path: Path) -> None:
    run(["dpkg-deb", "-x", str(deb), str(tmp_path)])
    files = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink()]
    kib = sum(-(-p.stat().st_size // 1024) for p in files)
    assert abs(int(field(deb, "Installed-Size")) - kib) < 0.01 * kib
    depends = field(deb, "Depends")
    for library in ("libpulse0", "libcups2", "libxcb-cursor0", "libegl1", "fonts-dejavu-core"):
        assert library in depends


def test_the_installed_menu_entry_icons_metainfo_and_man_page(installed: Path) -> None:
    run(["desktop-file-validate", str(DESKTOP_FILE)])
    run(["appstreamcli", "validate", "--no-net", str(METAINFO)])
    icons = Path("/usr/share/icons/hicolor")
    for png in (ROOT / "assets/icons/hicolor").glob("*/apps/crampwise.png"):
        assert (icons / png.relative_to(ROOT / "assets/icons/hicolor")).is_file()
    assert (icons / "scalable/apps/crampwise.svg").is_file()
    page = run(["man", "-P", "cat", "crampwise"], env={"MANWIDTH": "100", "PATH": "/usr/bin:/bin"})
    assert "list episodes, newest first" in page.stdout and "--data-dir DIR" in page.stdout


def test_the_menu_entry_starts_the_installed_app_which_passes_its_self_test(
    installed: Path, home: Path
) -> None:
    exec_line = re.search(r"^Exec=(.*)$", DESKTOP_FILE.read_text(), flags=re.MULTILINE)
    assert exec_line is not None
    argv = [a for a in shlex.split(exec_line.group(1)) if not re.fullmatch(r"%[a-zA-Z]", a)]
    done = run(["xvfb-run", "-a", *argv, "--self-test"], env=person_env(home), timeout=300)
    assert "Qt xcb platform started" in done.stdout  # a real X server, not offscreen
    assert "self-test passed" in done.stdout


def test_crampwise_from_usr_bin_says_its_version(installed: Path, home: Path) -> None:
    assert Path("/usr/bin/crampwise").resolve() == Path("/opt/crampwise/crampwise")
    upstream = field(installed, "Version").rsplit("-", 1)[0]
    out = run(["/usr/bin/crampwise", "--version"], env=person_env(home)).stdout
    assert out.strip() == f"crampwise {upstream}"


def unloadable(bundle: Path) -> list[str]:
    """The bundle's libraries that cannot load: a library they link is missing (a dependency
    the package should declare), or the loader refuses the file."""
    env = {"LD_LIBRARY_PATH": str(bundle / "_internal"), "PATH": "/usr/bin:/bin"}  # as the launcher
    problems = []
    for lib in sorted(bundle.rglob("*.so*")):
        if lib.is_symlink() or not lib.is_file():
            continue
        done = subprocess.run(
            ["ldd", str(lib)], capture_output=True, text=True, env=env, check=False
        )
        missing = set(re.findall(r"^\s*(\S+) => not found", done.stdout, flags=re.MULTILINE))
        # Speech is optional: speech-dispatcher (suggested) brings libspeechd.
        missing -= {"libspeechd.so.2"} if "texttospeech" in lib.parts else set()
        if done.returncode != 0 or missing:
            problems.append(f"{lib}: {sorted(missing)} {done.stderr.strip()}")
    return problems


def test_every_library_in_the_installed_bundle_loads(installed: Path) -> None:
    """Stripping once broke FFmpeg's libavformat ("ELF load command address/offset not
    page-aligned"), and the media backend never loaded; a library missing from Depends would
    show here too."""
    assert unloadable(Path("/opt/crampwise")) == []


def test_a_launcher_lists_the_app_and_starts_it(installed: Path, home: Path) -> None:
    """rofi's application menu reads the installed entry; its picture is kept for the README
    (build/package-test/launcher.png); Return starts the app from the menu."""
    if shutil.which("rofi") is None or shutil.which("xdotool") is None:
        pytest.skip("rofi and xdotool are not installed (scripts/bootstrap.sh installs them)")
    env = person_env(home)
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1024x640x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    app: int | None = None
    try:
        assert xvfb.stdout is not None
        env["DISPLAY"] = ":" + xvfb.stdout.readline().strip()
        theme = (
            "window {width: 600px;} listview {lines: 2;} element-icon {size: 48px;} "
            '* {font: "DejaVu Sans 16";}'
        )
        rofi = subprocess.Popen(
            ["rofi", "-show", "drun", "-show-icons", "-filter", "cramp", "-theme-str", theme],
            env=env,
        )

        def find(*query: str) -> str:
            argv = ["xdotool", "search", "--sync", "--onlyvisible", *query]
            return run(argv, env=env, timeout=60).stdout.split()[0]

        window = find("--class", "rofi")
        geometry = run(["xdotool", "getwindowgeometry", "--shell", window], env=env).stdout
        box = dict(line.split("=") for line in geometry.split())
        SHOTS.mkdir(parents=True, exist_ok=True)
        grab = (
            "import sys\nfrom PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(sys.argv[:1])\nx, y, w, h = map(int, sys.argv[2:])\n"
            "sys.exit(not app.primaryScreen().grabWindow(0, x, y, w, h).save(sys.argv[1]))\n"
        )
        shot = SHOTS / "launcher.png"
        region = [box["X"], box["Y"], box["WIDTH"], box["HEIGHT"]]
        run([sys.executable, "-c", grab, str(shot), *region], env={**env, "QT_QPA_PLATFORM": "xcb"})
        assert shot.stat().st_size > 0
        run(["xdotool", "key", "Return"], env=env)
        assert rofi.wait(timeout=30) == 0
        app = int(run(["xdotool", "getwindowpid", find("--class", "crampwise")], env=env).stdout)
        assert Path(f"/proc/{app}/exe").resolve() == Path("/opt/crampwise/crampwise")
    finally:
        if app is not None:
            os.kill(app, 15)
            for _ in range(100):
                if not Path(f"/proc/{app}").exists():
                    break
                subprocess.run(["sleep", "0.1"], check=False)
        xvfb.terminate()
        xvfb.wait(timeout=30)


def test_removing_the_package_removes_every_file_and_keeps_the_diary(
    installed: Path, home: Path
) -> None:
    env = person_env(home)
    log_episodes(env, 2)
    diary = home / ".local/share/crampwise/crampwise.sqlite3"
    assert diary.is_file()
    before = digests(home)
    paths = run(["dpkg-query", "-L", "crampwise"]).stdout.split("\n")
    ours = [Path(p) for p in paths if p.strip() and p != "/."]
    apt("remove", "crampwise")
    left = [p for p in ours if (p.is_symlink() or p.is_file())]
    left += [p for p in ours if p.is_dir() and "crampwise" in p.parts]
    assert left == []
    assert digests(home) == before


def test_a_newer_build_installed_over_an_older_one_keeps_and_migrates_the_diary(
    deb: Path, install: Callable[[Path], None], home: Path, tmp_path: Path
) -> None:
    from crampwise.storage import HEAD_REVISION, schema_revision

    install(deb)
    env = person_env(home)
    log_episodes(env, 3)
    before = listed(env)
    # The oldest released schema, as a person's diary from an older Crampwise left it.
    fixture = sorted((ROOT / "tests/fixtures").glob("schema_*.sqlite3"))[0]
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(fixture, old / "crampwise.sqlite3")
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))["episodes"]

    newer = build(tmp_path / "newer", field(deb, "Version") + "+1", compression="none")
    install(newer)
    assert listed(env) == before
    assert schema_revision(home / ".local/share/crampwise/crampwise.sqlite3") == HEAD_REVISION
    assert listed(env, "--data-dir", str(old)) == sorted(expected, key=lambda e: e["id"])
    assert schema_revision(old / "crampwise.sqlite3") == HEAD_REVISION
    with sqlite3.connect(old / "crampwise.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
