"""``crampwise``: the window by default, and subcommands over the same store and validation."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from crampwise import __version__, paths
from crampwise.domain.episode import (
    Episode,
    EpisodeError,
    local_now,
    night_label,
    normalise_tag,
    parse_duration,
)
from crampwise.domain.vocab import Location, Side
from crampwise.launch import EXIT_FLAGS

if TYPE_CHECKING:
    from crampwise.storage.store import EpisodeStore


class CliError(Exception):
    """A message for the person at the terminal; exit status 1."""


def _parse_when(text: str) -> datetime:
    """'2026-11-25 03:10' on the local clock (DST-aware), or ISO 8601 with an offset."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("T", " "))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date and time (use 'YYYY-MM-DD HH:MM')"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _parse_locations(text: str) -> list[Location]:
    out = []
    for part in text.replace(",", " ").split():
        try:
            out.append(Location(part.strip().lower().replace("-", "_")))
        except ValueError:
            known = ", ".join(loc.value for loc in Location)
            raise argparse.ArgumentTypeError(f"unknown place {part!r} (one of: {known})") from None
    return out


def _parse_intensity(text: str) -> int:
    if not text.strip().isdigit() or not 0 <= int(text) <= 10:
        raise argparse.ArgumentTypeError("intensity must be a whole number from 0 to 10")
    return int(text)


def _parse_duration_arg(text: str) -> Any:
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crampwise",
        description="Relief and a diary for night leg cramps. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"crampwise {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep the diary in DIR (default: the user data folder; or ${paths.DATA_DIR_ENV})",
    )
    exits = parser.add_mutually_exclusive_group()  # benchmarks only (see crampwise.launch)
    for flag, when in EXIT_FLAGS.items():
        exits.add_argument(
            flag, dest="exit_when", action="store_const", const=when, help=argparse.SUPPRESS
        )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window on a temporary diary, use every page once, and report",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    log = sub.add_parser("log", help="log a cramp episode")
    log.add_argument("--side", type=Side, choices=list(Side), help="left, right or both")
    log.add_argument(
        "--where",
        type=_parse_locations,
        action="extend",
        default=[],
        help="calf, foot_sole, toes, shin, back_of_thigh, front_of_thigh (repeatable)",
    )
    log.add_argument("--intensity", type=_parse_intensity, help="0 to 10")
    length = log.add_mutually_exclusive_group(required=True)
    length.add_argument("--duration", type=_parse_duration_arg, help="e.g. 3m, 90s, 1h5m")
    length.add_argument("--ongoing", action="store_true", help="the cramp is still going on")
    log.add_argument("--at", type=_parse_when, help="start time, 'YYYY-MM-DD HH:MM' (default: now)")
    log.add_argument("--tag", action="append", default=[], help="possible trigger (repeatable)")
    log.add_argument("--note", default="", help="free note")

    sub.add_parser("check", help="check the diary; repair it from a backup if it is damaged")
    restore = sub.add_parser("restore", help="put a backup in place of the diary")
    restore.add_argument("backup", nargs="?", help="backup file (default: the newest good one)")

    adv = sub.add_parser("advice", help="advice for the stored or the given health profile")
    adv.add_argument("--json", action="store_true", help="machine-readable output")
    adv.add_argument("--condition", action="append", default=[], metavar="ID")
    adv.add_argument("--medication", action="append", default=[], metavar="NAME")

    inst = sub.add_parser("install-desktop", help="add Crampwise to this user's applications menu")
    inst.add_argument("--uninstall", action="store_true", help="remove it again")
    inst.add_argument("--prefix", help="install under PREFIX/share (default ~/.local)")

    from crampwise.exchange import commands as exchange_commands
    from crampwise.report.commands import add_parsers as add_report_parsers

    add_report_parsers(sub)
    exchange_commands.add_parsers(sub)

    lst = sub.add_parser("list", help="list episodes, newest first")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.add_argument("--since", type=_parse_date, help="only nights from DATE (YYYY-MM-DD)")
    return parser


def _open_store() -> EpisodeStore:
    from crampwise.settings import load_settings, take_reset_notice
    from crampwise.storage.store import EpisodeStore

    settings = load_settings()
    notice = take_reset_notice()  # the settings this or an earlier read in this run reset
    if notice is not None:
        print(f"crampwise: {notice}", file=sys.stderr)
    store = EpisodeStore.open(night_cutover_hour=settings.night_cutover_hour)
    if store.recovery is not None:
        print(f"crampwise: {store.recovery.message()}", file=sys.stderr)
    return store


def _cmd_log(args: argparse.Namespace) -> int:
    started = args.at or local_now()
    episode = Episode(
        started_at=started,
        ended_at=None if args.ongoing else started + args.duration,
        side=args.side,
        locations=frozenset(args.where),
        intensity=args.intensity,
        tags=frozenset(normalise_tag(t) for t in args.tag if t.strip()),
        note=args.note,
    )
    try:
        episode.validated()
    except EpisodeError as exc:
        raise CliError(str(exc)) from None
    store = _open_store()
    try:
        saved = store.add(episode)
        store.backup()  # a CLI write backs up when it finishes
    finally:
        store.close()
    print(f"Logged episode {saved.id}: {night_label(saved.night)}.")
    return 0


def _cmd_advice(args: argparse.Namespace) -> int:
    from crampwise.advice import (
        AdviceDataError,
        EpisodeFacts,
        ProfileError,
        advice_to_json,
        evaluate,
        load_rulebook,
        profile_from_cli,
    )

    try:
        rulebook = load_rulebook()
    except AdviceDataError as exc:
        raise CliError(f"the advice files are broken: {exc}") from None
    today = local_now().date()
    if args.condition or args.medication:
        try:
            profile = profile_from_cli(args.condition, args.medication, rulebook.catalogue)
        except ProfileError as exc:
            raise CliError(str(exc)) from None
        facts = EpisodeFacts()
    else:
        store = _open_store()
        try:
            profile, facts = store.profile(), store.episode_facts(today)
        finally:
            store.close()
    advice = evaluate(rulebook, profile, facts, today=today)
    if args.json:
        json.dump(advice_to_json(advice), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for item in advice.items:
        because = "; ".join(b("en") for b in item.because)
        print(f"[{item.kind} · {item.severity}] {item.text('en')}")
        if because:
            print(f"    {because}")
        print(f"    sources: {', '.join(item.sources)}")
    for name in advice.unrecognised_medications:
        print(f"Not recognised (no advice given for it): {name}")
    return 0


def _cmd_check(_args: argparse.Namespace) -> int:
    from crampwise.storage import backup

    db = paths.database_path()
    recovery = backup.recover_if_damaged(db)
    if recovery is not None:
        print(recovery.message())
        return 1
    backups = backup.list_backups(db)
    print(f"The diary at {db} is healthy. {len(backups)} backup(s) in {backup.backups_dir(db)}.")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from crampwise.storage import backup

    db = paths.database_path()
    chosen = Path(args.backup) if args.backup else backup.newest_good_backup(db)
    if chosen is None:
        raise CliError(f"no good backup found in {backup.backups_dir(db)}")
    if not chosen.is_file():
        raise CliError(f"{chosen} does not exist")
    try:
        recovery = backup.restore(db, chosen)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    print(f"Restored {chosen.name}. The previous diary was kept as {recovery.moved_to.name}.")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    store = _open_store()
    try:
        episodes = store.episodes(since=args.since)
    finally:
        store.close()
    if args.json:
        # One episode a line: json.dumps without indent runs the C encoder (indent does not:
        # 20,000 episodes took 1.5 s to print with it).
        from crampwise.exchange.codec import episode_to_dict

        lines = ",\n".join(json.dumps(episode_to_dict(e), ensure_ascii=False) for e in episodes)
        sys.stdout.write(f"[\n{lines}\n]\n" if episodes else "[]\n")
        return 0
    if not episodes:
        print("No episodes yet.")
    for e in episodes:
        length = "ongoing" if e.duration is None else f"{e.duration.total_seconds() / 60:.0f} min"
        where = ", ".join(sorted(loc.value for loc in e.locations)) or "-"
        side = e.side.value if e.side else "-"
        intensity = "-" if e.intensity is None else f"{e.intensity}/10"
        print(
            f"{e.id:>6}  {e.started_at:%Y-%m-%d %H:%M}  {length:>8}  {side:<5} {where}  {intensity}"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.self_test:
        from crampwise.desktop_integration.selftest import run_self_test

        return run_self_test()
    if args.command == "install-desktop":
        from crampwise.desktop_integration.install import install_desktop_command

        return install_desktop_command(uninstall=args.uninstall, prefix=args.prefix)
    if args.command is None:
        from crampwise.launch import open_window

        return open_window(exit_when=args.exit_when)
    from crampwise.storage.schema import StoreError

    handlers = {
        "log": _cmd_log,
        "list": _cmd_list,
        "check": _cmd_check,
        "restore": _cmd_restore,
        "advice": _cmd_advice,
    }
    from crampwise.exchange.commands import HANDLERS as EXCHANGE_HANDLERS
    from crampwise.report.commands import HANDLERS as REPORT_HANDLERS

    handlers.update(REPORT_HANDLERS)
    handlers.update(EXCHANGE_HANDLERS)
    try:
        return handlers[args.command](args)
    except (CliError, StoreError) as exc:
        print(f"crampwise: {exc}", file=sys.stderr)
        return 1
