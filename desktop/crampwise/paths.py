"""Every path the app uses comes from here (data directory, assets)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "CRAMPWISE_DATA_DIR"
ASSETS_ENV = "CRAMPWISE_ASSETS_DIR"
DB_FILENAME = "crampwise.sqlite3"

_data_dir_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Override the data directory (``--data-dir``); ``None`` goes back to the default."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser() if path is not None else None


def data_dir() -> Path:
    """The data directory: ``--data-dir``, then ``$CRAMPWISE_DATA_DIR``, then platformdirs."""
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    # Imported here: platformdirs is cheap, but only the store needs it.
    from platformdirs import user_data_path

    return user_data_path("crampwise", appauthor=False)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the user alone: health data.

    A folder that already exists is left as it is: it may be one the person chose and shares
    (``--data-dir``), or sit on a read-only disk. Crampwise's own files are created 0600.
    """
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask
    return path


def database_path() -> Path:
    return data_dir() / DB_FILENAME


def assets_dir() -> Path:
    """Where ``assets/`` lives: the bundle when frozen, the wheel, or the source tree."""
    env = os.environ.get(ASSETS_ENV)
    if env:
        return Path(env)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "assets"
    here = Path(__file__).resolve().parent
    packaged = here / "assets"
    if packaged.is_dir():
        return packaged
    return here.parents[1] / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
