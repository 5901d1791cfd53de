"""``crampwise experiment start|status|stop|result``: a personal experiment from a terminal.

Thin commands over :mod:`crampwise.service_nights`; a refused experiment (an unknown or unsafe
habit, a second one while one runs) exits 2 with nothing stored.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from crampwise.cli.args import seed_arg, text_arg, weeks_arg
from crampwise.cli.common import CliRefusedError, open_store, warn
from crampwise.cli.night_commands import tonight
from crampwise.cli.text import language, say
from crampwise.domain.experiments import Arm, Experiment
from crampwise.domain.habits import HABIT_IDS, ExperimentError
from crampwise.i18n import translate

if TYPE_CHECKING:
    from crampwise.domain.words import Words


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    experiment = sub.add_parser(
        "experiment", help=translate("Command line", "try a habit in on and off weeks")
    )
    actions = experiment.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser(
        "start", help=translate("Command line", "plan an experiment from tonight")
    )
    start.add_argument(
        "--habit",
        required=True,
        type=text_arg,
        help=translate("Command line", "the habit to try: {ids}").format(ids=", ".join(HABIT_IDS)),
    )
    start.add_argument(
        "--own",
        default="",
        type=text_arg,
        help=translate("Command line", "your own habit in a few words (with --habit own)"),
    )
    start.add_argument(
        "--weeks", required=True, type=weeks_arg, help=translate("Command line", "4, 6 or 8")
    )
    start.add_argument(
        "--seed",
        type=seed_arg,
        help=translate("Command line", "the seed of the plan's random order (default: a new one)"),
    )
    helps = {
        "start": None,
        "status": translate("Command line", "say whether tonight is an on or an off week"),
        "stop": translate("Command line", "stop the experiment (last night still counts)"),
        "result": translate("Command line", "compare the on and off weeks so far"),
    }
    for name, text in helps.items():
        action = start if text is None else actions.add_parser(name, help=text)
        action.add_argument(
            "--json", action="store_true", help=translate("Command line", "machine-readable output")
        )


def _today() -> date:
    from crampwise.domain.episode import local_now

    return local_now().date()


def _habit_name(experiment: Experiment) -> str:
    from crampwise.service_nights import habits

    if experiment.own_habit:
        return experiment.own_habit
    return habits().get(experiment.habit).name.get(language())


def _as_dict(experiment: Experiment) -> dict[str, object]:
    return {"id": experiment.id, **experiment.as_dict()}


def _arm_words(arm: Arm) -> str:
    return translate("Command line", "on") if arm is Arm.ON else translate("Command line", "off")


def _print(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1))


def _start(args: argparse.Namespace) -> int:
    from crampwise.service import backup_after_write
    from crampwise.service_nights import start_experiment

    store = open_store()
    try:
        try:
            started = start_experiment(
                store,
                args.habit.strip(),
                args.weeks,
                today=tonight(store.night_cutover_hour),
                seed=args.seed,
                own_habit=args.own,
            )
        except ExperimentError as exc:
            raise CliRefusedError(exc.describe()) from None
        warning = backup_after_write(store)
        warn(store.take_notice())
    finally:
        store.close()
    if args.json:
        _print(_as_dict(started))
    else:
        print(
            translate(
                "Command line",
                "Experiment planned: {habit}, for {weeks} weeks from the night of {start}.",
            ).format(habit=_habit_name(started), weeks=started.weeks, start=started.start)
        )
        for week, block in enumerate(started.blocks, start=1):
            print(
                translate("Command line", "Week {week}: {start} to {end}, {arm}").format(
                    week=week,
                    start=block.start.isoformat(),
                    end=block.end.isoformat(),
                    arm=_arm_words(block.arm),
                )
            )
    warn(warning)
    return 0


def _status(args: argparse.Namespace) -> int:
    store = open_store(prepare_writes=False)
    try:
        current = store.current_experiment(_today())
        night = tonight(store.night_cutover_hour)
    finally:
        store.close()
    if current is None:
        if args.json:
            _print({"experiment": None, "state": None, "week": None, "arm": None})
        else:
            print(translate("Command line", "No experiment is running."))
        return 0
    status = current.status_on(night)
    if args.json:
        arm = None if status.block is None else str(status.block.arm)
        _print(
            {
                "experiment": _as_dict(current),
                "state": status.state,
                "week": status.week,
                "arm": arm,
            }
        )
    else:
        print(say(status.sentence(_habit_name(current))))
    return 0


def _stop(args: argparse.Namespace) -> int:
    from crampwise.service import backup_after_write
    from crampwise.service_nights import stop_experiment

    store = open_store()
    try:
        try:
            stopped = stop_experiment(store, _today())
        except ExperimentError as exc:
            raise CliRefusedError(exc.describe()) from None
        warning = backup_after_write(store)
        warn(store.take_notice())
    finally:
        store.close()
    if args.json:
        _print(_as_dict(stopped))
    else:
        print(
            translate(
                "Command line", "Experiment stopped: the nights up to that of {last} count."
            ).format(last=stopped.last_night.isoformat())
        )
    warn(warning)
    return 0


def _result(args: argparse.Namespace) -> int:
    from crampwise.service_nights import experiment_result

    store = open_store(prepare_writes=False)
    try:
        result = experiment_result(store, _today())
    finally:
        store.close()
    if result is None:
        if args.json:
            _print(None)
        else:
            print(translate("Command line", "No experiment yet."))
        return 0
    if args.json:
        _print(result.as_dict())
        return 0
    for arm, part in ((Arm.ON, result.on), (Arm.OFF, result.off)):
        print(
            translate(
                "Command line", "“{arm}” weeks: {cramps} cramp nights of {nights} recorded"
            ).format(arm=_arm_words(arm), cramps=part.cramp_nights, nights=part.nights)
        )
    print(say(result.summary(_words())))
    return 0


def _words() -> Words:
    from crampwise.domain.words import PLAIN_WORDS

    if language() == "en":
        return PLAIN_WORDS
    from crampwise.wording import pattern_words

    return pattern_words()


_ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "start": _start,
    "status": _status,
    "stop": _stop,
    "result": _result,
}


def _cmd_experiment(args: argparse.Namespace) -> int:
    return _ACTIONS[args.action](args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"experiment": _cmd_experiment}
