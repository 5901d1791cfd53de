from __future__ import annotations

import argparse
import re
import shutil
import stat
import subprocess
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path

import pytest
from devtools.demo import demo_episodes, demo_profile
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from crampwise.cli.report import HANDLERS, add_parsers
from crampwise.report.pdf import build_report, page_size_for_locale
from crampwise.storage.store import EpisodeStore
from tests.diaries import TODAY

PDFTOTEXT = shutil.which("pdftotext")


def run_cli(argv: Sequence[str]) -> int:
    """What ``crampwise.cli.main`` does with the report command."""
    from crampwise.cli.common import CliError

    parser = argparse.ArgumentParser(prog="crampwise")
    add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except CliError as exc:
        print(f"crampwise: {exc}")
        return 1


def page_count(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))


def pdf_text(pdf: Path) -> str:
    assert PDFTOTEXT is not None
    out = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


@pytest.fixture
def filled_store(store: EpisodeStore) -> EpisodeStore:
    for ep in demo_episodes(TODAY - timedelta(days=1), count=300, weeks=11, seed=3):
        store.add(ep)
    store.save_profile(demo_profile(TODAY))
    return store


@pytest.fixture
def en_gb_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def test_cli_writes_a_private_multi_page_pdf(
    filled_store: EpisodeStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "report.pdf"
    start, end = TODAY - timedelta(weeks=12), TODAY
    assert run_cli(["report", "--from", str(start), "--to", str(end), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert page_count(out) >= 4  # summary and charts, then several pages of episodes
    assert "300 episodes" in capsys.readouterr().out
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]  # no temp file left
    if PDFTOTEXT is None:
        pytest.skip("pdftotext is not installed: text content not checked")
    text = pdf_text(out)
    assert "Bendroflumethiazide" in text
    assert "Atorvastatin" in text
    assert f"{start.day} {start:%b %Y}" in text
    assert f"{end.day} {end:%b %Y}" in text
    assert "Varicose veins" in text


def test_cli_defaults_to_the_last_12_weeks(
    filled_store: EpisodeStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli(["report"]) == 0
    (written,) = tmp_path.glob("crampwise-report-*.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert "weeks" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "--from", "2026-05-10", "--to", "2026-05-01"], "is after --to"),
        (["report", "-o", "/no/such/folder/r.pdf"], "does not exist"),
    ],
)
def test_cli_refuses_impossible_periods_and_paths(
    store: EpisodeStore, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(argv) == 1
    assert message in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "2026-02-30"])
def test_cli_rejects_a_malformed_date(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_cli(["report", "--from", bad])
    assert exit_info.value.code != 0
    err = capsys.readouterr().err
    assert "is not a date (use YYYY-MM-DD)" in err
    assert bad in err


def test_cli_refuses_a_folder_as_output(
    store: EpisodeStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["report", "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().out


def test_the_main_cli_runs_the_report_once_registered(
    filled_store: EpisodeStore, tmp_path: Path
) -> None:
    from crampwise import cli

    out = tmp_path / "r.pdf"
    assert cli.main(["report", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert cli.main(["report", "--from", "2026-05-02", "--to", "2026-05-01"]) == 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_US", QPageSize.PageSizeId.Letter),
        ("fr_CA", QPageSize.PageSizeId.Letter),
        ("es_MX", QPageSize.PageSizeId.Letter),
        ("en_PH", QPageSize.PageSizeId.Letter),
        ("fr_FR", QPageSize.PageSizeId.A4),
        ("en_GB", QPageSize.PageSizeId.A4),
        ("de_DE", QPageSize.PageSizeId.A4),
    ],
)
def test_page_size_follows_the_locale(name: str, expected: QPageSize.PageSizeId) -> None:
    assert page_size_for_locale(QLocale(name)) == expected


def test_the_pdf_uses_the_default_locales_paper(
    filled_store: EpisodeStore, tmp_path: Path, en_gb_locale: None
) -> None:
    start, end = TODAY - timedelta(weeks=2), TODAY
    a4 = build_report(filled_store, start, end, tmp_path / "a4.pdf", today=TODAY)
    assert re.search(rb"/MediaBox \[0 0 595(\.0+)? 842", a4.read_bytes())
    letter = tmp_path / "letter.pdf"
    build_report(filled_store, start, end, letter, QPageSize.PageSizeId.Letter, today=TODAY)
    assert re.search(rb"/MediaBox \[0 0 612(\.0+)? 792", letter.read_bytes())


def test_an_empty_diary_still_makes_a_report(store: EpisodeStore, tmp_path: Path) -> None:
    out = build_report(store, TODAY - timedelta(weeks=12), TODAY, tmp_path / "e.pdf", today=TODAY)
    assert out.read_bytes().startswith(b"%PDF")
    if PDFTOTEXT is not None:
        assert "No episodes were logged in this period" in pdf_text(out)


def test_a_failed_write_leaves_no_temp_file(store: EpisodeStore, tmp_path: Path) -> None:
    target = tmp_path / "out" / "locked"
    target.mkdir(parents=True)
    with pytest.raises(OSError):
        build_report(store, TODAY, TODAY, target, today=TODAY)  # a folder cannot be replaced
    assert list(target.parent.iterdir()) == [target]


def test_the_report_ends_the_night_at_the_settings_hour(store: EpisodeStore) -> None:
    """With the night ending at 14:00 in the settings, a 13:00 cramp belongs to the night
    before, in the report's nights and its hours chart, whatever the episodes carry."""
    from crampwise.report.charts import hour_bars
    from crampwise.report.document import collect_report_data
    from crampwise.settings import Settings, save_settings
    from tests.diaries import episode

    save_settings(Settings(night_cutover_hour=14))
    day = TODAY - timedelta(days=3)
    late = episode(day, 13)  # stamped with the default cut-over, 12
    assert late.night_cutover_hour == 12
    night_before = day - timedelta(days=1)
    data = collect_report_data(store, night_before, night_before, TODAY, episodes=[late])
    assert data.night_cutover_hour == 14
    assert len(data.episodes) == 1
    assert hour_bars(data.patterns.hours, data.night_cutover_hour)[1][-1] == "13"
    data = collect_report_data(store, day, day, TODAY, episodes=[late])
    assert data.episodes == ()
