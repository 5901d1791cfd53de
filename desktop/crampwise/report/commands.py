"""``crampwise report``: the doctor report as a PDF, from the command line.

Registered by ``crampwise.cli``: ``add_parsers(sub)`` adds the subcommand and ``HANDLERS`` maps
its name to the function that runs it. Qt is imported only when a report is written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

DEFAULT_WEEKS = 12


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rep = sub.add_parser(
        "report",
        help="write a PDF report of the diary to show a doctor or nurse",
        description=(
            "Write a PDF report of the nights FROM..TO: summary, charts, medicines, "
            f"warning signs and every episode. Default: the last {DEFAULT_WEEKS} weeks."
        ),
    )
    rep.add_argument(
        "--from",
        dest="start",
        type=_date_arg,
        metavar="DATE",
        help=f"first night, YYYY-MM-DD (default: {DEFAULT_WEEKS} weeks before --to)",
    )
    rep.add_argument(
        "--to", dest="end", type=_date_arg, metavar="DATE", help="last night (default: today)"
    )
    rep.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        help="where to write it (default: crampwise-report-YYYY-MM-DD.pdf in this folder)",
    )
    rep.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="paper size (default: Letter in the US, Canada, Mexico and the Philippines, else A4)",
    )


def _cmd_report(args: argparse.Namespace) -> int:
    from crampwise.cli import CliError, _open_store
    from crampwise.domain.episode import local_now

    today = local_now().date()
    end: date = args.end or today
    start: date = args.start or end - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1)
    if start > end:
        raise CliError(
            f"--from {start.isoformat()} is after --to {end.isoformat()}; "
            "the first night must come before the last"
        )
    from crampwise.report.pdf import build_report, default_filename, ensure_gui_application

    output = Path(args.output) if args.output else Path(default_filename(today))
    if output.is_dir():
        raise CliError(f"{output} is a folder; give a file name such as {default_filename(today)}")
    if not output.parent.is_dir():
        raise CliError(f"the folder {output.parent} does not exist")
    page_size = None
    if args.paper:
        from PySide6.QtGui import QPageSize

        page_size = {
            "a4": QPageSize.PageSizeId.A4,
            "letter": QPageSize.PageSizeId.Letter,
        }[args.paper]

    # The report speaks the person's language: their setting, by default the system's.
    from crampwise.settings import load_settings

    ensure_gui_application(load_settings().language)
    store = _open_store()
    try:
        from crampwise.report.document import collect_report_data

        data = collect_report_data(store, start, end, today)
    finally:
        store.close()
    try:
        written = build_report(data, start, end, output, page_size)
    except OSError as exc:
        raise CliError(f"could not write {output}: {exc.strerror or exc}") from None
    count = len(data.episodes)
    print(
        f"Wrote {written} ({count} episode{'s' if count != 1 else ''}, "
        f"nights of {start.isoformat()} to {end.isoformat()})."
    )
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"report": _cmd_report}
