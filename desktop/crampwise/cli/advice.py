"""``crampwise advice``: the advice for the stored health profile, or for the one given."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from crampwise.cli.args import condition_arg, language_arg, medication_arg, region_arg
from crampwise.cli.common import CliError, open_store
from crampwise.cli.text import language
from crampwise.domain.episode import local_now
from crampwise.i18n import translate


def _condition_ids() -> tuple[str, ...]:
    from crampwise.domain.profile import CONDITION_IDS

    return CONDITION_IDS


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
        store = open_store()
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


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"advice": _cmd_advice}
