"""The PyInstaller bundle: size of ``dist/crampwise``, the installed size of the Debian package
made from it, and its start-up to first paint (``--exit-when-ready``), against a hello-world
PySide6 bundle built with the same settings (``hello_bundle.spec``). Builds all three first
(``scripts/build-bundle.sh``, ``scripts/build-package.sh``: about two minutes).

    python benchmarks/bench_bundle.py [--json] [--quick] [--no-build] [--runs N]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    BENCH,
    CACHE,
    ROOT,
    Row,
    base_parser,
    emit,
    fresh_dir,
    median,
    ms,
    offscreen_env,
    python,
    run_child,
)

TARGET_RATIO = 1.3
PACKAGES = CACHE / "deb"


def folder_mb(path: Path) -> float:
    # Links (PyInstaller links Qt's libraries into place) would count their target twice.
    files = (f for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1024 / 1024


def installed_mb(path: Path) -> float:
    """The Debian estimate scripts/build-package.sh writes as Installed-Size: each file's size
    in KiB rounded up, 1 KiB for each link and folder."""
    kib = sum(
        -(-p.stat().st_size // 1024) if p.is_file() and not p.is_symlink() else 1
        for p in path.rglob("*")
    )
    return kib / 1024


def package_mb() -> float:
    (deb,) = PACKAGES.glob("crampwise_*_amd64.deb")
    out = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True, text=True, check=True
    )
    return int(out.stdout) / 1024


def build() -> None:
    subprocess.run(["bash", str(ROOT / "scripts/build-bundle.sh")], check=True, cwd=ROOT)
    shutil.rmtree(PACKAGES, ignore_errors=True)
    env = {
        **os.environ,
        "VENV": sys.prefix,
        "CRAMPWISE_PACKAGE_OUT": str(PACKAGES),
        "CRAMPWISE_DEB_COMPRESSION": "gzip",
        "CRAMPWISE_DEB_LEVEL": "1",
    }
    subprocess.run(["bash", str(ROOT / "scripts/build-package.sh")], check=True, cwd=ROOT, env=env)
    subprocess.run(
        [
            python(), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(CACHE / "dist"), "--workpath", str(CACHE / "build"),
            str(BENCH / "hello_bundle.spec"),
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="measure the existing bundles")
    parser.add_argument("--runs", type=int, default=0, help="default 7 (quick 5)")
    args = parser.parse_args()
    runs = args.runs or (5 if args.quick else 7)
    if not args.no_build:
        build()
    app_dir, hello_dir = ROOT / "dist/crampwise", CACHE / "dist/hello"
    app_exe, hello_exe = app_dir / "crampwise", hello_dir / "hello"
    env = offscreen_env()
    run_child([str(hello_exe)], env=env)
    folder = fresh_dir()
    app_argv = [str(app_exe), "--data-dir", str(folder), "--exit-when-ready"]
    first = run_child(app_argv, env=env)
    mode = "--exit-when-ready"
    if first.returncode != 0:  # an older bundle without the flag: time --version instead
        app_argv, mode = [str(app_exe), "--version"], "--version"
    hello, app = [], []
    for _ in range(runs):
        hello.append(ms(run_child([str(hello_exe)], env=env).seconds))
        app.append(ms(run_child(app_argv, env=env).seconds))
    shutil.rmtree(folder, ignore_errors=True)
    rows = [
        Row(
            "Bundle: size of dist/crampwise",
            folder_mb(app_dir),
            "MB",
            floor=folder_mb(hello_dir),
            notes="floor: hello-world PySide6 bundle, same spec settings; no target set",
        ),
        Row(
            "Package: installed size of crampwise_*.deb",
            package_mb(),
            "MB",
            floor=installed_mb(hello_dir),
            target=TARGET_RATIO,
            target_kind="ratio",
            notes="Installed-Size (KiB: each file rounded up, 1 per link and folder); floor: the "
            "hello bundle counted the same way",
        ),
        Row(
            f"Bundle: start-up to first paint ({mode})",
            median(app),
            "ms",
            floor=median(hello),
            target=TARGET_RATIO,
            target_kind="ratio",
            notes=f"median of {runs} alternating runs, fresh data folder",
            samples=app,
        ),
    ]
    emit("bundle", rows, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
