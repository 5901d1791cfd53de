"""Writing the diary out: a complete JSON copy, or a CSV for spreadsheets.

Files are written 0600 (health data) to a temporary file beside the target, synced, then renamed
over it, so a reader never sees half a file and a failed export leaves any old file untouched.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crampwise import __version__
from crampwise.domain.episode import Episode, local_now
from crampwise.domain.fields import EPISODE_FIELDS
from crampwise.exchange.csv_cells import episode_to_row
from crampwise.exchange.document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    checkin_to_dict,
    encode,
    episode_lines,
    experiment_to_dict,
    object_lines,
    profile_to_dict,
)
from crampwise.exchange.errors import ExchangeError
from crampwise.exchange.nights_codec import nights_csv_text
from crampwise.text import QT_TRANSLATE_NOOP, Message, os_reason

if TYPE_CHECKING:
    from collections.abc import Sequence

    from crampwise.domain.experiments import Experiment
    from crampwise.domain.nights import CheckIn
    from crampwise.domain.profile import HealthProfile
    from crampwise.storage.store import EpisodeStore

# Excel opens a double-clicked CSV in the ANSI code page unless it starts with a BOM (emoji and
# accents come out garbled); LibreOffice and Python's utf-8-sig both honour it too.
CSV_BOM = "\ufeff"


def _oldest_first(store: EpisodeStore) -> list[Episode]:
    return list(reversed(store.episodes()))


def render_json(store: EpisodeStore) -> str:
    """The whole diary (episodes, oldest first, check-ins, experiments and the health profile)
    as JSON text."""
    return _json_text(_oldest_first(store), store.profile(), store.checkins(), store.experiments())


def render_csv(store: EpisodeStore) -> str:
    """Episodes, oldest first, one a row; no BOM (``export_csv`` adds it to files)."""
    return _csv_text(_oldest_first(store))


def export_json(store: EpisodeStore, path: Path) -> int:
    """Write the JSON export to ``path``; return the number of episodes written."""
    episodes = _oldest_first(store)
    text = _json_text(episodes, store.profile(), store.checkins(), store.experiments())
    write_private_atomic(path, text.encode("utf-8"))
    return len(episodes)


def export_episodes_json(episodes: Sequence[Episode], path: Path) -> int:
    """Write ``episodes`` alone (no profile) in the JSON export format, which ``import`` takes:
    the window saves the entries its diary could not take this way."""
    write_private_atomic(path, _json_text(list(episodes), None).encode("utf-8"))
    return len(episodes)


def export_csv(store: EpisodeStore, path: Path) -> int:
    """Write the CSV export (UTF-8 with a BOM) to ``path``, and the nights, when the diary has
    any, to :func:`nights_csv_path` beside it; return the number of episodes."""
    episodes = _oldest_first(store)
    checkins = store.checkins()
    write_private_atomic(path, (CSV_BOM + _csv_text(episodes)).encode("utf-8"))
    if checkins:
        write_private_atomic(
            nights_csv_path(path), (CSV_BOM + nights_csv_text(checkins)).encode("utf-8")
        )
    return len(episodes)


def nights_csv_path(path: Path) -> Path:
    """Where the CSV of the nights goes beside the episodes' ``path``: ``diary-nights.csv``."""
    path = Path(path)
    return path.with_name(f"{path.stem}-nights{path.suffix}")


def _json_text(
    episodes: list[Episode],
    profile: HealthProfile | None,
    checkins: Sequence[CheckIn] = (),
    experiments: Sequence[Experiment] = (),
) -> str:
    """The document, an episode a line (indented, a typical one takes ~570 bytes instead of
    ~370: 100,000 episodes, the most an import takes, would not fit in its 50 MB); check-ins
    and experiments, when there are any, one a line too."""
    head: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": local_now().isoformat(timespec="seconds"),
        "app_version": __version__,
    }
    lines = [b" " + encode(key) + b": " + encode(value) for key, value in head.items()]
    lists = [(b"episodes", episode_lines(episodes, indent=b"  "))]
    if checkins:
        lists.append((b"checkins", object_lines(checkin_to_dict(c) for c in checkins)))
    if experiments:
        lists.append((b"experiments", object_lines(experiment_to_dict(e) for e in experiments)))
    for key, rows in lists:
        lines.append(b' "' + key + b'": [\n' + rows + b"\n ]" if rows else b' "' + key + b'": []')
    if profile is not None:
        text = encode(profile_to_dict(profile), indent=1)
        lines.append(b' "profile": ' + text.replace(b"\n", b"\n "))
    return (b"{\n" + b",\n".join(lines) + b"\n}\n").decode("utf-8")


def _csv_text(episodes: list[Episode]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(EPISODE_FIELDS)
    writer.writerows(episode_to_row(ep) for ep in episodes)
    return out.getvalue()


def write_private_atomic(path: Path, data: bytes) -> None:
    """Create or replace ``path`` with ``data``, readable by the user alone, all or nothing."""
    path = Path(path)
    folder = path.parent
    try:
        # mkstemp creates the file 0600 and never follows or reuses an existing name.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExchangeError(
            Message(
                "Export",
                QT_TRANSLATE_NOOP("Export", "Cannot write to {folder}: {reason}."),
                {"folder": folder, "reason": os_reason(exc)},
            )
        ) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExchangeError(
                Message(
                    "Export",
                    QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {reason}."),
                    {"path": path, "reason": os_reason(exc)},
                )
            ) from None
        raise
    _sync_dir(folder)


def _sync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
