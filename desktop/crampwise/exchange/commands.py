"""``crampwise export`` and ``crampwise import``, registered by ``crampwise.cli``.

``crampwise.cli`` imports this module, so it is imported back only inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from crampwise.exchange.errors import ExchangeError

FORMATS = ("json", "csv")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser(
        "export",
        help="write the diary to a file: JSON (everything) or CSV (episodes, for spreadsheets)",
    )
    exp.add_argument(
        "--format",
        choices=FORMATS,
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
    from crampwise.cli import CliError, _open_store
    from crampwise.exchange.export import export_csv, export_json, render_csv, render_json

    to_stdout = args.output == "-"
    fmt = args.format or ("csv" if args.output.lower().endswith(".csv") else "json")
    store = _open_store()
    try:
        if to_stdout:
            text = render_csv(store) if fmt == "csv" else render_json(store)
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.buffer.flush()
            return 0
        path = Path(args.output)
        count = export_csv(store, path) if fmt == "csv" else export_json(store, path)
    except ExchangeError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(f"Exported {count} episode{'' if count == 1 else 's'} to {path} ({fmt.upper()}).")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from crampwise.cli import CliError, _open_store
    from crampwise.exchange.importer import read_export
    from crampwise.service import import_parsed_with_backup

    try:
        parsed = read_export(Path(args.file))  # a bad file never opens the diary
    except ExchangeError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    store = _open_store()
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
