"""The report's nights: the honest trigger figures in place of the old trigger table, and the
personal experiment when there is one, collected through the service."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from crampwise.domain.experiments import Arm
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.report.document import build_document, report_html
from crampwise.service import report_data, write_report
from crampwise.service_nights import start_experiment
from crampwise.storage.store import EpisodeStore
from tests.diaries import TODAY, alcohol_checkins

LAST = TODAY - timedelta(days=1)
START = TODAY - timedelta(weeks=12) + timedelta(days=1)
ALCOHOL = (
    "Cramps came on 60% of nights after alcohol (12 of 20) and 25% of other nights (10 of 40): "
    "2.4 times as often (likely between 1.3 and 4.6). A pattern in your diary, not proof of a "
    "cause."
)


def plain(html_or_text: str) -> str:
    return " ".join(html_or_text.split())


def test_the_report_gives_the_trigger_figures_and_no_experiment_section(
    store: EpisodeStore,
) -> None:
    for checkin in alcohol_checkins(LAST):
        store.save_checkin(checkin)
    data = report_data(store, START, TODAY, TODAY)
    text = plain(build_document(data).toPlainText())
    assert "Possible triggers: nights with and without" in text
    assert ALCOHOL in text
    assert "Personal experiment" not in text


def test_the_report_shows_the_experiment(store: EpisodeStore) -> None:
    experiment = start_experiment(store, "no_late_caffeine", 4, today=TODAY - timedelta(weeks=3))
    for block in experiment.blocks:
        for i in range(7):
            night = block.start + timedelta(days=i)
            if night >= TODAY:
                break
            cramps = i < (2 if block.arm is Arm.ON else 3)
            store.save_checkin(
                CheckIn(night, status=NightStatus.CRAMPS if cramps else NightStatus.NO_CRAMPS)
            )
    html = plain(report_html(report_data(store, START, TODAY, TODAY)))
    assert "Personal experiment" in html
    assert "No caffeine after 2 p.m." in html
    assert "“On” weeks (with the habit)" in html
    # Three weeks are over: 14 nights on one side, 7 on the other: too few for a ratio.
    assert "Not enough recorded nights yet to compare" in html
    assert "times as often" not in html


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_pdf_carries_the_figures(store: EpisodeStore, tmp_path: Path) -> None:
    for checkin in alcohol_checkins(LAST):
        store.save_checkin(checkin)
    pdf = write_report(report_data(store, START, TODAY, TODAY), tmp_path / "r.pdf")
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    assert "2.4 times as often" in plain(out.stdout)
