"""``crampwise checkin``, ``nights`` and ``triggers``: nights and trigger figures from a terminal.

Thin commands over :mod:`crampwise.service_nights`; a refused check-in exits 2 with nothing
stored.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date

from crampwise.cli.args import date_arg, drinks_arg, factor_arg
from crampwise.cli.common import CliError, CliRefusedError, open_store, warn
from crampwise.cli.diary_commands import night_words
from crampwise.cli.text import language, say
from crampwise.domain.nights import CHECKIN_FACTORS, FACTOR_IDS, Night, NightError, NightStatus
from crampwise.i18n import translate


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checkin = sub.add_parser(
        "checkin",
        help=translate("Command line", "record a night: the evening's factors, and how it went"),
    )
    checkin.add_argument(
        "--night",
        type=date_arg,
        help=translate(
            "Command line", "the night, named by its evening (YYYY-MM-DD; default: tonight)"
        ),
    )
    checkin.add_argument(
        "--factor",
        type=factor_arg,
        action="append",
        default=[],
        help=translate("Command line", "a factor of that day (repeatable): {ids}").format(
            ids=", ".join(CHECKIN_FACTORS)
        ),
    )
    checkin.add_argument(
        "--drinks", type=drinks_arg, help=translate("Command line", "how many alcoholic drinks")
    )
    how = checkin.add_mutually_exclusive_group()
    how.add_argument(
        "--no-cramps",
        dest="status",
        action="store_const",
        const=NightStatus.NO_CRAMPS,
        help=translate("Command line", "the night went without cramps"),
    )
    how.add_argument(
        "--cramps",
        dest="status",
        action="store_const",
        const=NightStatus.CRAMPS,
        help=translate("Command line", "there were cramps that night"),
    )
    for name, text in (
        ("nights", translate("Command line", "list the recorded nights, oldest first")),
        (
            "triggers",
            translate("Command line", "compare cramp nights with and without each factor"),
        ),
    ):
        command = sub.add_parser(name, help=text)
        command.add_argument(
            "--json", action="store_true", help=translate("Command line", "machine-readable output")
        )
        command.add_argument(
            "--from",
            dest="start",
            type=date_arg,
            help=translate("Command line", "first night (YYYY-MM-DD; default: the first recorded)"),
        )
        command.add_argument(
            "--to",
            dest="end",
            type=date_arg,
            help=translate("Command line", "last night (YYYY-MM-DD; default: tonight)"),
        )


def tonight(cutover_hour: int) -> date:
    """The night going on now, on this computer's clock."""
    from crampwise.domain.episode import local_now, night_of

    return night_of(local_now(), cutover_hour)


def status_words(status: NightStatus | None) -> str:
    if status is NightStatus.CRAMPS:
        return translate("Command line", "cramps")
    if status is NightStatus.NO_CRAMPS:
        return translate("Command line", "no cramps")
    return translate("Command line", "not said")


def factor_words(factors: frozenset[str]) -> str:
    """The factors in the language of the run (the ids in English, as ``--factor`` takes)."""
    known = sorted((f for f in factors if f in FACTOR_IDS), key=FACTOR_IDS.index)
    own = sorted(factors - set(FACTOR_IDS))
    if language() != "en":
        from crampwise.wording import context_tag_label

        known = [context_tag_label(f).lower() for f in known]
    return ", ".join([*known, *own]) or "-"


def _cmd_checkin(args: argparse.Namespace) -> int:
    from crampwise.service import backup_after_write
    from crampwise.service_nights import update_checkin

    store = open_store()
    try:
        now = tonight(store.night_cutover_hour)
        night: date = args.night or now
        try:
            saved = update_checkin(
                store,
                night,
                today=now,
                factors=args.factor,
                drinks=args.drinks,
                status=args.status,
            )
        except NightError as exc:
            raise CliRefusedError(exc.describe()) from None
        warning = backup_after_write(store)
        warn(store.take_notice())
    finally:
        store.close()
    print(
        translate("Command line", "Recorded. {night}: {status}; factors: {factors}.").format(
            night=night_words(night),
            status=status_words(saved.status),
            factors=factor_words(saved.all_factors),
        )
    )
    warn(warning)
    return 0


def _span(args: argparse.Namespace) -> tuple[list[Night], date, date]:
    """Every night of ``--from``..``--to`` (default: the first recorded night to tonight)."""
    from crampwise.service_nights import nights_between

    store = open_store(prepare_writes=False)
    try:
        last: date = args.end or tonight(store.night_cutover_hour)
        first = args.start or store.first_recorded_night() or last
        if first > last:
            raise CliError(
                translate(
                    "Command line",
                    "--from {start} is after --to {end}; the first night must come before the last",
                ).format(start=first.isoformat(), end=last.isoformat())
            )
        return nights_between(store, first, last), first, last
    finally:
        store.close()


def _cmd_nights(args: argparse.Namespace) -> int:
    nights = [n for n in _span(args)[0] if n.recorded]
    if args.json:
        print(json.dumps([n.as_dict() for n in nights], ensure_ascii=False, indent=1))
        return 0
    if not nights:
        print(translate("Command line", "No recorded nights yet."))
    for n in nights:
        print(f"{n.night.isoformat()}  {status_words(n.status):<12} {factor_words(n.factors)}")
    return 0


def _cmd_triggers(args: argparse.Namespace) -> int:
    from crampwise.domain.trigger_figures import many_factors_warning, trigger_figures

    figures = trigger_figures(_span(args)[0])
    if args.json:
        print(json.dumps([f.as_dict() for f in figures], indent=1))
        return 0
    words = None
    if language() != "en":
        from crampwise.wording import pattern_words

        words = pattern_words()
    for figure in figures:
        sentence = figure.sentence() if words is None else figure.sentence(words)
        print(say(sentence))
    warning = many_factors_warning(figures)
    if warning is not None:
        print(say(warning))
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "checkin": _cmd_checkin,
    "nights": _cmd_nights,
    "triggers": _cmd_triggers,
}
