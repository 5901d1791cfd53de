"""``crampwise report``: the doctor report as a PDF, from the command line.

Qt is imported only when a report is written (:mod:`crampwise.service`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from crampwise.cli.args import date_arg, text_arg
from crampwise.cli.common import CliError, open_store
from crampwise.cli.text import counted, language, say
from crampwise.i18n import translate

DEFAULT_WEEKS = 12
PAPERS = ("a4", "letter")


def _paper_arg(text: str) -> str:
    if text.strip().lower() not in PAPERS:
        raise argparse.ArgumentTypeError(
            translate("Command line", "the paper size must be a4 or letter")
        )
    return text.strip().lower()


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rep = sub.add_parser(
        "report",
        help=translate("Command line", "write a PDF report of the diary to show a doctor or nurse"),
        description=translate(
            "Command line",
            "Write a PDF report of the nights FROM..TO: summary, charts, medicines, "
            "warning signs and every episode. Default: the last {weeks} weeks.",
        ).format(weeks=DEFAULT_WEEKS),
    )
    rep.add_argument(
        "--from",
        dest="start",
        type=date_arg,
        metavar="DATE",
        help=translate(
            "Command line", "first night, YYYY-MM-DD (default: {weeks} weeks before --to)"
        ).format(weeks=DEFAULT_WEEKS),
    )
    rep.add_argument(
        "--to",
        dest="end",
        type=date_arg,
        metavar="DATE",
        help=translate("Command line", "last night (default: today)"),
    )
    rep.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=text_arg,  # Qt writes file names as UTF-8
        help=translate(
            "Command line",
            "where to write it (default: crampwise-report-YYYY-MM-DD.pdf in this folder)",
        ),
    )
    rep.add_argument(
        "--paper",
        type=_paper_arg,
        metavar="{a4,letter}",
        help=translate(
            "Command line",
            "paper size (default: Letter in the US, Canada, Mexico and the Philippines, else A4)",
        ),
    )


def _weeks_before(end: date) -> date:
    try:
        return end - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1)
    except OverflowError:  # --to in year 1
        return date.min


def _cmd_report(args: argparse.Namespace) -> int:
    from crampwise.domain.episode import local_now

    today = local_now().date()
    end: date = args.end or today
    start: date = args.start or _weeks_before(end)
    if start > end:
        raise CliError(
            translate(
                "Command line",
                "--from {start} is after --to {end}; the first night must come before the last",
            ).format(start=start.isoformat(), end=end.isoformat())
        )
    from crampwise.report.pdf import default_filename, ensure_gui_application
    from crampwise.service import report_data, write_report

    output = Path(args.output) if args.output else Path(default_filename(today))
    if output.is_dir():
        raise CliError(
            translate(
                "Command line", "{path} is a folder; give a file name such as {example}"
            ).format(path=output, example=default_filename(today))
        )
    if not output.parent.is_dir():
        raise CliError(
            translate("Command line", "the folder {folder} does not exist").format(
                folder=output.parent
            )
        )
    page_size = None
    if args.paper:
        from PySide6.QtGui import QPageSize

        page_size = {
            "a4": QPageSize.PageSizeId.A4,
            "letter": QPageSize.PageSizeId.Letter,
        }[args.paper]

    # The report speaks the command line's language: --lang, $CRAMPWISE_LANG or the setting.
    ensure_gui_application(language())
    store = open_store()
    try:
        data = report_data(store, start, end, today)
    finally:
        store.close()
    try:
        written = write_report(data, output, page_size)
    except OSError as exc:
        from crampwise.text import Message, os_reason

        reason = os_reason(exc)
        raise CliError(
            translate("Command line", "could not write {path}: {reason}").format(
                path=output, reason=say(reason) if isinstance(reason, Message | str) else exc
            )
        ) from None
    count = len(data.episodes)
    print(
        counted(
            count,
            translate(
                "Command line", "Wrote {path} ({count} episode, nights of {start} to {end})."
            ),
            translate(
                "Command line", "Wrote {path} ({count} episodes, nights of {start} to {end})."
            ),
        ).format(path=written, count=count, start=start.isoformat(), end=end.isoformat())
    )
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"report": _cmd_report}
