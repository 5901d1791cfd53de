"""``crampwise export`` and ``crampwise import``, over :mod:`crampwise.service`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from crampwise.cli.common import CliError, open_store
from crampwise.exchange.errors import ExchangeError
from crampwise.service import EXPORT_FORMATS


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser(
        "export",
        help="write the diary to a file: JSON (everything) or CSV (episodes, for spreadsheets)",
    )
    exp.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="json or csv (default: csv if FILE ends in .csv, otherwise json)",
    )
    exp.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="file to write, or - for stdout"
    )
    imp = sub.add_parser(
        "import",
        help="add the episodes of a Crampwise export (JSON or CSV) that the diary lacks",
    )
    imp.add_argument("file", metavar="FILE", help="a file written by crampwise export")


def _cmd_export(args: argparse.Namespace) -> int:
    from crampwise.service import export_diary, export_format, export_text

    to_stdout = args.output == "-"
    path = Path(args.output)
    fmt = export_format(args.output, args.format)
    store = open_store()
    try:
        if to_stdout:
            text = export_text(store, fmt)
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.buffer.flush()
            return 0
        count = export_diary(store, path, fmt)
    except ExchangeError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(f"Exported {count} episode{'' if count == 1 else 's'} to {path} ({fmt.upper()}).")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from crampwise.exchange.importer import read_export
    from crampwise.service import import_parsed_with_backup

    try:
        parsed = read_export(Path(args.file))  # a bad file never opens the diary
    except ExchangeError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    store = open_store()
    try:
        report, warning = import_parsed_with_backup(store, parsed)
    finally:
        store.close()
    print(report.message())
    if warning is not None:
        print(f"crampwise: {warning.english()}", file=sys.stderr)
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": _cmd_export,
    "import": _cmd_import,
}
