"""``crampwise log``, ``end``, ``list``, ``check`` and ``restore``: the diary from a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date

from crampwise import paths
from crampwise.cli.args import (
    date_arg,
    duration_arg,
    intensity_arg,
    places_arg,
    side_arg,
    tag_arg,
    text_arg,
    when_arg,
)
from crampwise.cli.common import CliError, open_store, warn
from crampwise.cli.text import counted, language, say
from crampwise.domain.episode import Episode, EpisodeError, end_after, local_now, night_label
from crampwise.domain.vocab import CONTEXT_TAGS, Location, Side
from crampwise.i18n import translate
from crampwise.service import backup_after_write


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``log``, ``check``, ``restore`` and ``end``; ``list`` comes last (:func:`add_list`)."""
    _add_log_parser(sub)
    sub.add_parser(
        "check",
        help=translate("Command line", "check the diary; repair it from a backup if it is damaged"),
    )
    restore = sub.add_parser(
        "restore", help=translate("Command line", "put a backup in place of the diary")
    )
    restore.add_argument(
        "backup",
        nargs="?",
        help=translate("Command line", "backup file (default: the newest good one)"),
    )
    end = sub.add_parser(
        "end",
        help=translate("Command line", "end the cramp that is going on (started with --ongoing)"),
    )
    end.add_argument(
        "--at", type=when_arg, help=translate("Command line", "when it ended (default: now)")
    )


def add_list(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lst = sub.add_parser("list", help=translate("Command line", "list episodes, newest first"))
    lst.add_argument(
        "--json", action="store_true", help=translate("Command line", "machine-readable output")
    )
    lst.add_argument(
        "--since",
        type=date_arg,
        help=translate("Command line", "only nights from DATE (YYYY-MM-DD)"),
    )


def _add_log_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    log = sub.add_parser("log", help=translate("Command line", "log a cramp episode"))
    log.add_argument(
        "--side", type=side_arg, metavar="{" + ",".join(Side) + "}", help="left, right, both"
    )
    log.add_argument(
        "--where",
        type=places_arg,
        action="extend",
        default=[],
        help=translate("Command line", "{places} (repeatable)").format(places=", ".join(Location)),
    )
    log.add_argument("--intensity", type=intensity_arg, help=translate("Command line", "0 to 10"))
    length = log.add_mutually_exclusive_group(required=True)
    length.add_argument(
        "--duration", type=duration_arg, help=translate("Command line", "e.g. 3m, 90s, 1h5m")
    )
    length.add_argument(
        "--ongoing",
        action="store_true",
        help=translate("Command line", "the cramp is still going on"),
    )
    log.add_argument(
        "--at",
        type=when_arg,
        help=translate(
            "Command line",
            "start time, 'YYYY-MM-DD HH:MM' on this computer's clock, or with an offset "
            "('2026-10-25 02:30+01:00'); not in the future (default: now)",
        ),
    )
    log.add_argument(
        "--tag",
        action="append",
        default=[],
        type=tag_arg,
        help=translate(
            "Command line",
            "possible trigger (repeatable): {ids}; any other words are kept as your own trigger",
        ).format(ids=", ".join(CONTEXT_TAGS)),
    )
    log.add_argument(
        "--note", default="", type=text_arg, help=translate("Command line", "free note")
    )


def night_words(night: date) -> str:
    if language() == "en":
        return night_label(night)
    from crampwise.wording import night_text

    return night_text(night)


def _cmd_log(args: argparse.Namespace) -> int:
    started = args.at.moment if args.at else local_now()
    ended = None
    if not args.ongoing:
        try:
            ended = end_after(started, args.duration)
        except OverflowError:
            raise CliError(
                translate("Command line", "a cramp longer than 6 hours is not plausible")
            ) from None
    tags = frozenset(t for t in args.tag if t)
    episode = Episode(
        started_at=started,
        ended_at=ended,
        side=args.side,
        locations=frozenset(args.where),
        intensity=args.intensity,
        tags=tags,
        note=args.note,
    )
    try:
        episode.validated()
    except EpisodeError as exc:
        raise CliError(exc.describe()) from None
    store = open_store()
    try:
        saved = store.add(episode)
        warning = backup_after_write(store)  # a CLI write backs up when it finishes
        warn(store.take_notice())
    finally:
        store.close()
    print(
        translate("Command line", "Logged episode {id}: {night}.").format(
            id=saved.id, night=night_words(saved.night)
        )
    )
    if args.at and args.at.note:
        print(args.at.note)
    own = sorted(tags - set(CONTEXT_TAGS))
    if own:
        print(
            counted(
                len(own),
                translate(
                    "Command line", "Kept as your own trigger, not one of the app's: {tags}."
                ),
                translate(
                    "Command line", "Kept as your own triggers, not among the app's: {tags}."
                ),
            ).format(tags=", ".join(own))
        )
    warn(warning)
    return 0


def _cmd_end(args: argparse.Namespace) -> int:
    from crampwise.domain.words import format_duration

    store = open_store()
    try:
        now = local_now()
        running = store.running(now)
        if running is None:
            raise CliError(
                translate("Command line", "no cramp is going on (crampwise list shows the diary)")
            )
        end = args.at.moment if args.at else now
        try:
            saved = store.update(running.replace(ended_at=end))
        except EpisodeError as exc:
            raise CliError(exc.describe()) from None
        warning = backup_after_write(store)
        warn(store.take_notice())
    finally:
        store.close()
    assert saved.duration is not None
    print(
        translate("Command line", "Ended episode {id}: a cramp of {length}.").format(
            id=saved.id, length=format_duration(saved.duration.total_seconds())
        )
    )
    warn(warning)
    return 0


def _cmd_check(_args: argparse.Namespace) -> int:
    from crampwise.service import check_diary
    from crampwise.storage import backup

    db = paths.database_path()
    found = check_diary(db)
    if found.recovery is not None:
        print(say(found.recovery))
    for table, rowid, column in found.unreadable_text:
        print(
            translate(
                "Command line",
                "Damaged text in {table} row {row} ({column}): it is shown with the damaged "
                "characters replaced by \ufffd.",
            ).format(table=table, row=rowid, column=column)
        )
    if not found.healthy:
        return 1
    backups = counted(
        found.backups,
        translate("Command line", "{count} backup in {folder}."),
        translate("Command line", "{count} backups in {folder}."),
    )
    healthy = translate("Command line", "The diary at {path} is healthy.")
    print(
        f"{healthy} {backups}".format(path=db, count=found.backups, folder=backup.backups_dir(db))
    )
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from crampwise.service import restore_diary
    from crampwise.storage import backup

    db = paths.database_path()
    chosen = Path(args.backup) if args.backup else backup.newest_good_backup(db)
    if chosen is None:
        raise CliError(
            translate("Command line", "no good backup found in {folder}").format(
                folder=backup.backups_dir(db)
            )
        )
    if not chosen.is_file():
        raise CliError(translate("Command line", "{path} does not exist").format(path=chosen))
    recovery = restore_diary(db, chosen)
    print(
        translate(
            "Command line", "Restored {backup}. The previous diary was kept as {kept}."
        ).format(backup=chosen.name, kept=recovery.moved_to.name)
    )
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    store = open_store(prepare_writes=False)
    try:
        episodes = store.episodes(since=args.since)
    finally:
        store.close()
    if args.json:
        # One episode a line, encoded in one msgspec pass (20,000 episodes: 1.35 s -> 0.5 s).
        from crampwise.exchange.document import episodes_json

        sys.stdout.flush()
        sys.stdout.buffer.write(episodes_json(episodes))
        return 0
    if not episodes:
        print(translate("Command line", "No episodes yet."))
    from crampwise.domain.words import format_duration

    ongoing = translate("Command line", "ongoing")
    side_words, place_words = _vocabulary()
    for e in episodes:
        length = ongoing if e.duration is None else format_duration(e.duration.total_seconds())
        where = ", ".join(sorted(place_words[loc] for loc in e.locations)) or "-"
        side = side_words[e.side] if e.side else "-"
        intensity = "-" if e.intensity is None else f"{e.intensity}/10"
        print(
            f"{e.id:>6}  {e.started_at:%Y-%m-%d %H:%M} {length:>10}  {side:<5} {where}  {intensity}"
        )
    return 0


def _vocabulary() -> tuple[dict[Side, str], dict[Location, str]]:
    """Sides and places as the list prints them: the ids in English (what ``log`` takes),
    the window's words in another language."""
    if language() == "en":
        return {s: s.value for s in Side}, {loc: loc.value for loc in Location}
    from crampwise.wording import location_labels, side_label

    return (
        {s: side_label(s).lower() for s in Side},
        {loc: label.lower() for loc, label in location_labels().items()},
    )


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "log": _cmd_log,
    "end": _cmd_end,
    "list": _cmd_list,
    "check": _cmd_check,
    "restore": _cmd_restore,
}
