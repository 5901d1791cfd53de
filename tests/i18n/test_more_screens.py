"""French in the player, the plans page, Insights and the report (catalogue crampwise_more)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crampwise import i18n, paths
from crampwise.domain.episode import Episode
from crampwise.domain.profile import HealthProfile, Medication
from crampwise.domain.vocab import Location, Side
from crampwise.relief.plans import PlanLoadResult, ReliefPlan, load_default_plans
from crampwise.ui.cue_sounds import CueSounds
from crampwise.ui.player import ReliefPlayer
from tests.fakes import FakeClock

TODAY = date(2026, 5, 20)
PARIS = timezone(timedelta(hours=2))


class Quiet(CueSounds):
    def play(self, cue: str) -> None:
        return None


class Speaking(Quiet):
    def __init__(self) -> None:
        super().__init__(speech=True)
        self.spoken: list[tuple[str, str]] = []

    def say(self, text: str, lang: str = "en") -> bool:
        self.spoken.append((text, lang))
        return True


@pytest.fixture(scope="module")
def shipped() -> PlanLoadResult:
    return load_default_plans()


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "fr") == "fr"
    yield
    i18n.install(qapp, "en")


def plan(shipped: PlanLoadResult, plan_id: str) -> ReliefPlan:
    found = shipped.plan(plan_id)
    assert found is not None
    return found


def player(qtbot: QtBot, p: ReliefPlan, clock: FakeClock, **kw: object) -> ReliefPlayer:
    kw.setdefault("sounds", Quiet())
    widget = ReliefPlayer(p, clock=clock, poll_ms=60_000, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    return widget


# --- the catalogue ----------------------------------------------------------------------------


def test_the_catalogue_has_no_unfinished_message() -> None:
    ts = paths.asset("translations", "crampwise_more_fr.ts")
    unfinished = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        if translation.get("type") == "unfinished" or not any(f.strip() for f in forms):
            unfinished.append(message.findtext("source"))
        if message.get("numerus") == "yes":
            assert all(f.text for f in translation.iter("numerusform")), message.findtext("source")
    assert unfinished == []


# --- the player -------------------------------------------------------------------------------


def test_the_player_speaks_french(qtbot: QtBot, shipped: PlanLoadResult, french: None) -> None:
    calf = plan(shipped, "calf_now")
    sounds = Speaking()
    widget = player(qtbot, calf, FakeClock(), sounds=sounds)  # lang: the app's, French
    assert widget.title.text() == calf.steps[0].title.get("fr")
    assert widget.instructions.text() == calf.steps[0].instructions.get("fr")
    assert widget.picture.accessibleName() == calf.steps[0].alt.get("fr")
    assert widget.header.text().startswith(f"Étape 1 sur {len(calf.steps)}")
    assert calf.name.get("fr") in widget.header.text()
    assert widget.cue.text() == "Tenez · jambe droite"
    texts = [b.text() for b in widget.buttons()]
    assert texts == ["Précédent", "Pause", "Suivant", "+15 s", "Fin"]
    names = [b.accessibleName() for b in widget.buttons()]
    assert names == ["Étape précédente", "Pause", "Étape suivante", "Ajouter 15 secondes",
                     "Arrêter le plan"]  # fmt: skip
    assert widget.ring.accessibleName() == "Compte à rebours"
    assert sounds.spoken == [("Tenez, jambe droite", "fr")]
    widget.toggle_pause()
    assert widget.cue.text() == "En pause"
    assert widget.pause_button.text() == "Reprendre"


def test_switch_leg_rest_and_done_in_french(
    qtbot: QtBot, shipped: PlanLoadResult, french: None
) -> None:
    clock = FakeClock()
    evening = plan(shipped, "evening")
    widget = player(qtbot, evening, clock, side="left")
    assert widget.cue.text() == "Tenez · jambe gauche"
    clock.now += evening.steps[0].hold_seconds + 0.1
    widget.poll()
    assert widget.cue.text() in ("Passez à la jambe droite", "Repos")
    widget.end()
    assert widget.title.text() == "Arrêté" and widget.cue.text() == ""


def test_the_french_caution_and_the_english_content(
    qtbot: QtBot, shipped: PlanLoadResult, french: None
) -> None:
    calf = plan(shipped, "calf_now")
    step = calf.steps[0]
    widget = player(qtbot, calf, FakeClock(), lang="en", cautions={step.intervention: "Doucement"})
    assert widget.title.text() == step.title.english  # the content follows ``lang``
    assert widget.caution.text() == "Attention : Doucement"


def test_announcements_come_at_phase_changes_not_every_second(
    qtbot: QtBot, shipped: PlanLoadResult, french: None
) -> None:
    clock = FakeClock()
    calf = plan(shipped, "calf_now")
    first = calf.steps[0]
    assert first.hold_seconds == 30 and first.rest_seconds > 0
    widget = player(qtbot, calf, clock)
    said: list[str] = []
    widget.announced.connect(said.append)
    assert widget.announcements == [
        f"Étape 1 sur {len(calf.steps)} : {first.title('fr')}. Tenez : 30 secondes, jambe droite."
    ]
    for _ in range(int(first.hold_seconds * 10) + 5):  # every 100 ms through the hold
        clock.now += 0.1
        widget.poll()
    assert said == ["Plus que 10 secondes.", f"Repos {first.rest_seconds} secondes."]
    assert widget.ring.accessibleDescription() == said[-1]
    widget.toggle_pause()
    widget.toggle_pause()
    assert said[-2] == "En pause" and said[-1].startswith("Reprise. Plus que")
    widget.end()
    assert said[-1] == "Arrêté"


def test_reduce_motion_moves_the_ring_once_a_second(qtbot: QtBot, shipped: PlanLoadResult) -> None:
    calf = plan(shipped, "calf_now")
    smooth_clock, still_clock = FakeClock(), FakeClock()
    smooth = player(qtbot, calf, smooth_clock)
    still = player(qtbot, calf, still_clock, reduce_motion=True)
    for clock, widget in ((smooth_clock, smooth), (still_clock, still)):
        clock.now += 0.5
        widget.poll()
    assert smooth.ring.fraction < 1.0
    assert still.ring.fraction == 1.0  # no sweep within the second
    still_clock.now += 0.6
    still.poll()
    assert still.ring.fraction == pytest.approx(29 / 30)


# --- the plans page ---------------------------------------------------------------------------


def test_the_plans_page_in_french(qtbot: QtBot, shipped: PlanLoadResult, french: None) -> None:
    from crampwise.ui.diary import Diary
    from crampwise.ui.plans_page import PlansPage

    page = PlansPage(Diary(), plans=shipped)
    qtbot.addWidget(page)
    page.reload()
    calf = plan(shipped, "calf_now")
    assert page.select_plan("calf_now")
    assert page.detail_name.text() == calf.name.get("fr")
    assert page.detail_meta.text().startswith("Fourni, non modifiable")
    assert page.play_button.text().replace("&", "") == "Lancer"
    editor = page.copy_selected()
    assert editor is not None
    assert editor.name_edit.text() == f"{calf.name.get('fr')} (ma copie)"
    editor.name_edit.clear()
    page.show()
    editor.try_save()
    assert editor.errors() == ["Donnez un nom au plan."]
    assert "étape" in editor.count_label.text()


# --- Insights and the report ------------------------------------------------------------------


def _episodes() -> list[Episode]:
    out = []
    for week in range(6):
        for night_offset in (1, 3):
            night = TODAY - timedelta(weeks=week, days=night_offset)
            start = datetime(night.year, night.month, night.day, 23, 40, tzinfo=PARIS)
            out.append(
                Episode(
                    started_at=start,
                    ended_at=start + timedelta(minutes=2, seconds=30),
                    intensity=5 + week % 3,
                    side=Side.LEFT,
                    locations=frozenset({Location.CALF}),
                    red_flags=frozenset({"one_leg_swelling"}) if week == 0 else frozenset(),
                )
            )
    return out


@pytest.fixture
def diary_store(data_dir: Path) -> Iterator[object]:
    from crampwise.storage.store import EpisodeStore

    store = EpisodeStore.open()
    for ep in _episodes():
        store.add(ep)
    store.save_profile(
        HealthProfile(
            medications=(Medication("Amlodipine", None, TODAY - timedelta(weeks=3)),),
        )
    )
    yield store
    store.close()


def test_insights_in_french(qtbot: QtBot, diary_store: object, french: None) -> None:
    from crampwise.ui.diary import Diary
    from crampwise.ui.insights import InsightsPage

    diary = Diary()
    diary.attach(diary_store)  # type: ignore[arg-type]
    page = InsightsPage(diary, reduce_motion=True)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.background = False
    page.show()
    page.reload()
    summary = page.summary_label.text()
    assert "12 crampes" in summary and "par semaine" in summary
    first = min(ep.night for ep in _episodes())
    day = QDate(first.year, first.month, first.day)
    assert QLocale().toString(day, "d MMM yyyy") in summary  # "8 avr. 2026"
    assert " avr. " in summary or " mars " in summary
    assert "," in summary.split("</b> par semaine")[0][-6:]  # "<b>2,0</b>": a decimal comma
    weeks = page.chart("weeks")
    assert weeks.title() == "Crampes par semaine (12 dernières semaines)"
    from PySide6.QtCharts import QCategoryAxis

    # The week labels sit on an axis that lets them spread (see insights._spread_axis).
    (axis,) = [a for a in weeks.axes() if isinstance(a, QCategoryAxis)]
    assert axis.titleText() == "Semaine du"
    labels = [label for label in axis.categoriesLabels() if label.strip("\u200b")]
    assert any(label.split()[-1] in ("mai", "avr.") for label in labels), labels
    from PySide6.QtCharts import QChart

    assert all(
        page.chart(name).animationOptions() == QChart.AnimationOption.NoAnimation
        for name in page.chart_names()
    )
    assert "Amlodipine : début le" in page.medication_label.text()
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    diary.detach()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_report_in_french(diary_store: object, tmp_path: Path, french: None) -> None:
    from crampwise.report.pdf import build_report

    start, end = TODAY - timedelta(weeks=12) + timedelta(days=1), TODAY
    pdf = build_report(diary_store, start, end, tmp_path / "rapport.pdf", today=TODAY)  # type: ignore[arg-type]
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in ("Crampes nocturnes des jambes", "Résumé", "Crampes par semaine",
                  "Médicaments indiqués", "Signes d’alerte cochés", "jambe gonflée"):  # fmt: skip
        assert words in " ".join(text.split()), words
    assert "Nuits du 26 févr. 2026 au 20 mai 2026 (12 semaines)" in " ".join(text.split())
    assert "1,0" in text or "2,0" in text  # episodes a week, with a decimal comma
    assert "Gauche" in text and "Mollet" in text


def test_the_command_line_report_follows_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from crampwise.report import pdf

    installed: list[str] = []

    class NoApp:
        def __init__(self, argv: list[str]) -> None:
            self.argv = argv

        @staticmethod
        def instance() -> None:
            return None

    monkeypatch.setattr(pdf, "_app", pdf._app)
    monkeypatch.setattr(pdf, "QApplication", NoApp)

    def install(app: object, setting: str) -> str:
        installed.append(setting)
        return "fr"

    monkeypatch.setattr(i18n, "install", install)
    assert pdf.ensure_gui_application("system")
    assert installed == ["system"]
