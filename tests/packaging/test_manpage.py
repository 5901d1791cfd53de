"""The man page follows the parser, down to the actions of a command (``experiment start``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from crampwise.cli import build_parser

SCRIPT = Path(__file__).parents[2] / "packaging" / "make_manpage.py"


def test_the_man_page_lists_every_command_and_the_experiment_actions() -> None:
    spec = importlib.util.spec_from_file_location("make_manpage", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = module.manpage(build_parser())
    for section in ("checkin", "nights", "triggers", "experiment start", "experiment result"):
        assert f".SS {section}\n" in page
    assert "\\-\\-weeks WEEKS" in page and "\\-\\-no\\-cramps" in page
