"""``crampwise``: the window by default, and subcommands over the same store and validation.

Arguments are read by :mod:`crampwise.cli_args`; everything printed is in the language of the
run (:mod:`crampwise.cli_text`): ``--lang``, ``$CRAMPWISE_LANG``, else the saved setting.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from crampwise import __version__, i18n, paths
from crampwise.cli_args import (
    condition_arg,
    date_arg,
    duration_arg,
    folder_arg,
    intensity_arg,
    language_arg,
    medication_arg,
    places_arg,
    region_arg,
    side_arg,
    tag_arg,
    text_arg,
    when_arg,
)
from crampwise.cli_text import counted, language, say, speak, translate
from crampwise.domain.episode import (
    Episode,
    EpisodeError,
    end_after,
    local_now,
    night_label,
)
from crampwise.domain.vocab import CONTEXT_TAGS, Location, Side
from crampwise.launch import EXIT_FLAGS
from crampwise.service import backup_after_write
from crampwise.text import ExplainedError, Message

if TYPE_CHECKING:
    from crampwise.storage.store import EpisodeStore


class CliError(ExplainedError):
    """A message for the person at the terminal; exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the language of the run (call :func:`speak` first)."""
    parser = argparse.ArgumentParser(
        prog="crampwise",
        description=translate(
            "Command line",
            "Relief and a diary for night leg cramps. With no command, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"crampwise {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=folder_arg,
        help=translate(
            "Command line", "keep the diary in DIR (default: the user data folder; or ${env})"
        ).format(env=paths.DATA_DIR_ENV),
    )
    parser.add_argument(
        "--lang",
        type=language_arg,
        metavar="{en,fr}",
        help=translate(
            "Command line",
            "speak this language in this run (also ${env}); the saved setting stays as it is",
        ).format(env=i18n.LANG_ENV),
    )
    # Benchmarks only (see crampwise.launch). Not a mutually exclusive group: one whose every
    # option is hidden breaks argparse's usage line, and then every top-level error crashed.
    for flag, when in EXIT_FLAGS.items():
        parser.add_argument(
            flag, dest="exit_when", action="store_const", const=when, help=argparse.SUPPRESS
        )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Command line", "open the window on a temporary diary, use every page once, and report"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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

    adv = sub.add_parser(
        "advice",
        help=translate("Command line", "advice for the stored or the given health profile"),
    )
    adv.add_argument(
        "--json", action="store_true", help=translate("Command line", "machine-readable output")
    )
    adv.add_argument(
        "--condition",
        action="append",
        default=[],
        metavar="ID",
        type=condition_arg,
        help=translate("Command line", "a health condition, by id (repeatable): {ids}").format(
            ids=", ".join(_condition_ids())
        ),
    )
    adv.add_argument(
        "--medication",
        action="append",
        default=[],
        metavar="NAME",
        type=medication_arg,
        help=translate("Command line", "a medicine, generic or brand name (repeatable)"),
    )
    adv.add_argument(
        "--region",
        type=region_arg,
        metavar="CODE",
        help=translate(
            "Command line",
            "whose emergency numbers: GB, FR, BE, CH, CA, US or other (default: the saved "
            "setting, else the system's country)",
        ),
    )
    # SUPPRESS: when not given here, a --lang given before the command (if any) still counts.
    adv.add_argument(
        "--lang", type=language_arg, metavar="{en,fr}", default=argparse.SUPPRESS, help="en, fr"
    )

    inst = sub.add_parser(
        "install-desktop",
        help=translate(
            "Command line",
            "add Crampwise to this user's applications menu, and a crampwise command to "
            "~/.local/bin",
        ),
    )
    inst.add_argument(
        "--uninstall", action="store_true", help=translate("Command line", "remove them again")
    )
    inst.add_argument(
        "--command-only",
        action="store_true",
        help=translate(
            "Command line",
            "only the crampwise command (what scripts/run-app.sh does); quiet if it is there",
        ),
    )
    inst.add_argument(
        "--prefix",
        type=folder_arg,
        help=translate(
            "Command line", "install under PREFIX/share and PREFIX/bin (default ~/.local)"
        ),
    )

    from crampwise.exchange import commands as exchange_commands
    from crampwise.report.commands import add_parsers as add_report_parsers

    add_report_parsers(sub)
    exchange_commands.add_parsers(sub)
    _add_sound_check(sub)

    lst = sub.add_parser("list", help=translate("Command line", "list episodes, newest first"))
    lst.add_argument(
        "--json", action="store_true", help=translate("Command line", "machine-readable output")
    )
    lst.add_argument(
        "--since",
        type=date_arg,
        help=translate("Command line", "only nights from DATE (YYYY-MM-DD)"),
    )
    return parser


def _condition_ids() -> tuple[str, ...]:
    from crampwise.domain.profile import CONDITION_IDS

    return CONDITION_IDS


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


def _add_sound_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``crampwise sound-check``: the cues and a spoken phrase, then what worked."""
    from crampwise.desktop_integration import sound_check

    sound_check.add_parser(sub)


def _open_store() -> EpisodeStore:
    from crampwise.settings import load_settings, take_reset_notice
    from crampwise.storage.store import EpisodeStore

    settings = load_settings()
    notice = take_reset_notice()  # the settings this or an earlier read in this run reset
    if notice is not None:
        print(f"crampwise: {notice}", file=sys.stderr)
    store = EpisodeStore.open(night_cutover_hour=settings.night_cutover_hour)
    if store.recovery is not None:
        print(f"crampwise: {say(store.recovery)}", file=sys.stderr)
    return store


def _night_words(night: date) -> str:
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
    store = _open_store()
    try:
        saved = store.add(episode)
        warning = backup_after_write(store)  # a CLI write backs up when it finishes
        _say_notice(store)
    finally:
        store.close()
    print(
        translate("Command line", "Logged episode {id}: {night}.").format(
            id=saved.id, night=_night_words(saved.night)
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
    _warn(warning)
    return 0


def _warn(warning: Message | None) -> None:
    if warning is not None:
        print(f"crampwise: {say(warning)}", file=sys.stderr)


def _say_notice(store: EpisodeStore) -> None:
    _warn(store.take_notice())


def _cmd_end(args: argparse.Namespace) -> int:
    from crampwise.domain.patterns import format_duration

    store = _open_store()
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
        _say_notice(store)
    finally:
        store.close()
    assert saved.duration is not None
    print(
        translate("Command line", "Ended episode {id}: a cramp of {length}.").format(
            id=saved.id, length=format_duration(saved.duration.total_seconds())
        )
    )
    _warn(warning)
    return 0


def _cmd_advice(args: argparse.Namespace) -> int:
    from crampwise import i18n
    from crampwise.advice import (
        AdviceDataError,
        advice_to_json,
        evaluate,
        load_rulebook,
        profile_from_cli,
    )
    from crampwise.domain.profile import EpisodeFacts, ProfileError
    from crampwise.settings import load_settings

    try:
        rulebook = load_rulebook()
    except AdviceDataError as exc:
        raise CliError(
            translate("Command line", "the advice files are broken: {problem}").format(problem=exc)
        ) from None
    today = local_now().date()
    settings = load_settings()
    region = i18n.region(args.region or settings.region)
    lang = language()  # --lang before or after the command, as read by _early_options
    if args.condition or args.medication:
        try:
            profile = profile_from_cli(args.condition, args.medication, rulebook.catalogue)
        except ProfileError as exc:
            raise CliError(exc.describe()) from None
        facts = EpisodeFacts()
    else:
        store = _open_store()
        try:
            profile, facts = store.profile(), store.episode_facts(today)
        finally:
            store.close()
    advice = evaluate(rulebook, profile, facts, today=today, region=region)
    if args.json:
        json.dump(advice_to_json(advice, lang), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(advice.disclaimer(lang))
    print()
    for item in advice.items:
        because = "; ".join(b(lang) for b in item.because)
        how_soon = item.urgency or item.severity
        print(f"[{item.kind} · {how_soon}] {item.text(lang)}")
        if because:
            print(f"    {because}")
        print(
            "    " + translate("Command line", "sources: {ids}").format(ids=", ".join(item.sources))
        )
    for name in advice.unrecognised_medications:
        print(
            translate("Command line", "Not recognised (no advice given for it): {name}").format(
                name=name
            )
        )
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
        print(translate("Command line", "No episodes yet."))
    from crampwise.domain.patterns import format_duration

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


class _Early(NamedTuple):
    """What must be known before the parser is built: where the diary is, which language."""

    data_dir: str | None = None
    lang: str | None = None
    command: str | None = None


def _early_options(argv: Sequence[str]) -> _Early:
    """``--data-dir`` and ``--lang`` before the command, and the command's name."""
    data_dir, lang, command = None, None, None
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, has_value, value = arg.partition("=")
        if name in ("--data-dir", "--lang") and (command is None or name == "--lang"):
            if not has_value:
                if not args:
                    break
                value = args.pop(0)
            if name == "--lang":  # also after the command: `crampwise advice --lang fr`
                lang = i18n.language_code(value)
            else:
                data_dir = value if value.strip() else None
        elif command is None and not arg.startswith("-"):
            command = arg
    return _Early(data_dir, lang, command)


def _start_language(argv: Sequence[str]) -> None:
    """Set the data folder and the language of this run before any message can be printed."""
    for stream in (sys.stdout, sys.stderr):  # never a crash printing an odd file name
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    early = _early_options(argv)
    if early.data_dir:
        paths.set_data_dir(early.data_dir)
    i18n.set_override(early.lang)
    from crampwise.settings import load_settings

    setting = i18n.setting_in_force(load_settings().language)
    lang = i18n.resolve(setting, i18n.system_language())
    speak(
        lang, "window" if early.command is None else "gui" if early.command == "report" else "core"
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    _start_language(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    i18n.set_override(args.lang)
    if args.self_test:
        from crampwise.desktop_integration.selftest import run_self_test

        return run_self_test()
    if args.command == "install-desktop":
        from crampwise.desktop_integration.install import install_desktop_command

        return install_desktop_command(
            uninstall=args.uninstall, prefix=args.prefix, command_only=args.command_only
        )
    if args.command == "sound-check":
        from crampwise.desktop_integration.sound_check import command as sound_check

        return sound_check(args)
    if args.command is None:
        from crampwise.launch import open_window

        return open_window(exit_when=args.exit_when)
    from crampwise.storage.schema import StoreError
    from crampwise.storage.store import CrampAlreadyRunningError

    handlers = {
        "log": _cmd_log,
        "end": _cmd_end,
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
    except CrampAlreadyRunningError as exc:  # a refused request, like a bad argument
        print(f"crampwise: {exc}", file=sys.stderr)
        return 2
    except (CliError, StoreError) as exc:
        print(f"crampwise: {say(exc)}", file=sys.stderr)
        return 1
