from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from crampwise.cli import main
from crampwise.domain.episode import Episode, local_now
from crampwise.domain.profile import HealthProfile, Medication
from crampwise.storage.store import EpisodeStore


def test_the_profile_round_trips_through_the_database(data_dir: Path) -> None:
    profile = HealthProfile(
        conditions=frozenset({"pad", "diabetes"}),
        medications=(
            Medication("Lasix", "loop_diuretic", date(2026, 9, 1), None),
            Medication("Herbal tea blend", None, None, None),
            Medication("simvastatin", "statin", date(2025, 1, 1), date(2026, 3, 1)),
        ),
    )
    store = EpisodeStore.open()
    store.save_profile(profile)
    store.close()
    reopened = EpisodeStore.open()
    assert reopened.profile() == profile
    reopened.save_profile(HealthProfile())
    assert reopened.profile() == HealthProfile()
    reopened.close()


def test_episode_facts_come_from_the_last_seven_nights(data_dir: Path) -> None:
    store = EpisodeStore.open()
    now = local_now()
    for days, minutes, flags in ((1, 3, {"one_leg_swelling"}), (3, 12, set()), (20, 30, set())):
        start = now - timedelta(days=days)
        store.add(
            Episode(
                started_at=start,
                ended_at=start + timedelta(minutes=minutes),
                red_flags=frozenset(flags),
            )
        )
    facts = store.episode_facts(now.date())
    assert facts.episodes_last_7_nights == 2
    assert facts.red_flag_signs == {"one_leg_swelling"}
    assert facts.longest_minutes_last_7_nights == pytest.approx(12)
    store.close()


def test_advice_cli_for_a_given_profile(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["advice", "--json", "--condition", "neuropathy", "--medication", "Lasix",
                 "--medication", "mystery pill"]) == 0  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert out["interventions"]["heat"]["status"] == "avoid"
    assert out["unrecognised_medications"] == ["mystery pill"]
    kinds = [item["kind"] for item in out["items"]]
    assert all(set(item) == {"id", "kind", "severity", "urgency", "numbers", "text", "because",
                             "sources"} for item in out["items"])  # fmt: skip
    assert "advice" in kinds


def test_advice_cli_uses_the_stored_profile_and_diary(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store = EpisodeStore.open()
    store.save_profile(HealthProfile(medications=(Medication("atorvastatin", "statin"),)))
    start = local_now() - timedelta(hours=5)
    store.add(Episode(started_at=start, ended_at=start + timedelta(minutes=2),
                      red_flags=frozenset({"dark_urine"})))  # fmt: skip
    store.close()
    assert main(["advice", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert items[0]["kind"] == "red_flag"  # red flags always come first
    assert any("statin" in " ".join(i["because"]) for i in items if i["kind"] == "red_flag")


def test_advice_cli_rejects_an_unknown_condition(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:  # a bad argument, like any other: status 2
        main(["advice", "--condition", "flat_feet"])
    assert exit_info.value.code == 2
    assert "flat_feet" in capsys.readouterr().err
