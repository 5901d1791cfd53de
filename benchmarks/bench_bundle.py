"""The PyInstaller bundle: size of ``dist/crampwise`` and its start-up to first paint
(``--exit-when-ready``), against a hello-world PySide6 bundle built with the same settings
(``hello_bundle.spec``). Builds both first (``scripts/build-bundle.sh``: about a minute).

    python benchmarks/bench_bundle.py [--json] [--quick] [--no-build] [--runs N]
"""

from __future__ import annotations

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


def folder_mb(path: Path) -> float:
    # Links (PyInstaller links Qt's libraries into place) would count their target twice.
    files = (f for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1024 / 1024


def build() -> None:
    subprocess.run(["bash", str(ROOT / "scripts/build-bundle.sh")], check=True, cwd=ROOT)
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
