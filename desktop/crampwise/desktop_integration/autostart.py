"""Start Crampwise at login: a copy of its desktop entry in ``$XDG_CONFIG_HOME/autostart``."""

from __future__ import annotations

import os
from pathlib import Path

AUTOSTART_NAME = "crampwise.desktop"


def autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or ""
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart"


def autostart_path() -> Path:
    return autostart_dir() / AUTOSTART_NAME


def is_start_at_login() -> bool:
    return autostart_path().is_file()


def set_start_at_login(enabled: bool, desktop_file_text: str) -> Path:
    """Write (``enabled``) or remove the autostart entry; returns its path.

    ``desktop_file_text``: the app's desktop entry, e.g.
    :func:`crampwise.desktop_integration.install.desktop_entry_text`.
    """
    path = autostart_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    text = desktop_file_text if desktop_file_text.endswith("\n") else desktop_file_text + "\n"
    if "X-GNOME-Autostart-enabled=" not in text:
        text += "X-GNOME-Autostart-enabled=true\n"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
