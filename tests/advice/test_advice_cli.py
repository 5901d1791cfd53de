"""``crampwise advice``: the region's numbers, the language, the disclaimer, warning signs."""

from __future__ import annotations

import json

import pytest

from crampwise.cli import main
from crampwise.settings import Settings, save_settings


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    assert main(["advice", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_json_gives_the_disclaimer_and_standing_warning_signs_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _json(capsys, "--region", "GB", "--condition", "pad", "--medication", "Lipitor 20mg")
    assert "except to pass on official safety advice" in data["disclaimer"]
    assert data["disclaimer"].endswith("In an emergency, call 999.")
    assert data["region"] == {"id": "GB", "name": "United Kingdom", "emergency": ["999"],
                              "urgent": ["111"]}  # fmt: skip
    kinds = [item["kind"] for item in data["items"]]
    assert kinds == sorted(kinds, key=lambda kind: kind != "red_flag")  # red flags first
    flags = {item["id"]: item for item in data["items"] if item["kind"] == "red_flag"}
    assert {"rf_standing_emergency", "rf_standing_urgent", "rf_standing_soon"} <= set(flags)
    assert {"pad_warning_signs", "rf_statin_watch"} <= set(flags)  # profile warning signs
    assert flags["rf_standing_emergency"]["urgency"] == "emergency"
    assert flags["rf_standing_emergency"]["numbers"] == ["999"]
    assert flags["rf_standing_urgent"]["urgency"] == "urgent"
    assert flags["rf_standing_urgent"]["numbers"] == ["999", "111"]
    assert flags["rf_standing_soon"]["urgency"] == "soon"
    assert all(i["urgency"] is None for i in data["items"] if i["kind"] != "red_flag")


def test_region_and_language_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "--region", "fr", "--lang", "fr", "--condition", "dvt_history")
    assert data["region"]["id"] == "FR" and data["region"]["name"] == "France"
    text = json.dumps(data, ensure_ascii=False)
    assert "le 15 (SAMU) ou le 112" in text and "116 117" in text
    assert "111" not in text and "999" not in text
    assert "Appelez" in data["items"][0]["text"]


def test_the_saved_region_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(Settings(region="CH"))
    data = _json(capsys, "--condition", "pad")
    assert data["region"]["emergency"] == ["144", "112"]
    assert _json(capsys, "--region", "other", "--condition", "pad")["region"]["id"] == "other"


def test_text_output_starts_with_the_disclaimer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["advice", "--region", "US", "--condition", "pregnancy"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert "does not replace a doctor" in first and first.endswith("call 911.")
    assert "[red_flag · emergency] Call 911 at once" in out
    assert "[red_flag · soon]" in out


def test_a_bad_region_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["advice", "--region", "France"])
    assert stopped.value.code == 2
    assert "not a region" in capsys.readouterr().err
