"""The main window in French: words, dates, accessible names, and the language setting."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crampwise import i18n, paths
from crampwise import wording as labels
from crampwise.domain import vocab
from crampwise.domain.episode import Episode
from crampwise.domain.vocab import Location, Side
from crampwise.settings import Settings, load_settings
from crampwise.storage.store import EpisodeStore
from crampwise.ui.app import build_window
from crampwise.ui.bodymap import Spot
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.theme import NIGHT, apply_theme


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """French for one test; English and the previous locale again afterwards."""
    before = QLocale()
    assert i18n.install(_app(), "fr") == "fr"
    yield
    i18n.install(_app(), "en")
    QLocale.setDefault(before)


@pytest.fixture
def store(data_dir: Path) -> Iterator[EpisodeStore]:
    s = EpisodeStore.open()
    yield s
    s.close()


def _window(qtbot: QtBot, store: EpisodeStore, settings: Settings | None = None) -> MainWindow:
    apply_theme(_app(), NIGHT)
    win, diary = build_window(settings or Settings(theme="night"))
    qtbot.addWidget(win)
    win.show()
    diary.attach(store)
    return win


def test_the_main_screens_speak_french(french: None, qtbot: QtBot, store: EpisodeStore) -> None:
    win = _window(qtbot, store)
    assert win.tonight.cramp_button.text() == "J'ai une crampe"
    assert win.tonight.cramp_button.accessibleName() == "J'ai une crampe"
    assert win.nav.item(1).text() == "Historique"
    model = win.history.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["Nuit", "Début", "Durée"]
    form = win.tonight.form
    assert form.started_title.text() == "Début"
    body = form.body_map
    assert body.accessibleName() == "Où était la crampe"
    body.toggle(Spot(Side.LEFT, Location.CALF))
    assert body.accessibleDescription().startswith("Choisi : mollet (jambe gauche).")
    assert form.flag_checks["one_leg_swelling"].text() == "Une jambe gonflée, chaude ou rouge"


def test_history_dates_follow_the_french_locale(
    french: None, qtbot: QtBot, store: EpisodeStore
) -> None:
    start = datetime(2026, 11, 20, 3, 5).astimezone()
    store.add(
        Episode(
            started_at=start,
            ended_at=start + timedelta(seconds=150),
            side=Side.BOTH,
            locations=frozenset({Location.FOOT_SOLE}),
            helped=True,
            tags=frozenset({"cold_room", "long walk"}),
        )
    )
    win = _window(qtbot, store)
    win.go_to("history")
    win.history.reload()
    row = [win.history.model.index(0, col).data() for col in range(9)]
    # Under the "Nuit" heading, the night's dates (the year when it is not this one's).
    assert row[0] == ("19–20 nov." if date.today().year == 2026 else "19–20 nov. 2026")
    assert row[1] == "03:05"  # the date is the night's, beside it
    assert row[2] == "2 min 30 s"
    assert row[3:5] == ["Les deux", "Plante du pied"]
    assert row[6] == "Oui"
    assert row[7] == "Pièce froide, long walk"  # a person's own tag stays as typed
    assert win.history.count_label.text() == "1 sur 1 épisode"


def test_night_labels_across_months_and_years(french: None) -> None:
    assert labels.night_text(datetime(2026, 11, 30).date()) == "Nuit du 30 nov. au 1er déc. 2026"
    assert (
        labels.night_text(datetime(2026, 12, 31).date()) == "Nuit du 31 déc. 2026 au 1er janv. 2027"
    )
    assert labels.duration_text(754) == "12 min 34 s"


def test_content_comes_in_the_chosen_language(
    french: None, qtbot: QtBot, store: EpisodeStore
) -> None:
    from crampwise.domain.profile import HealthProfile
    from crampwise.ui.learn import LearnPage
    from crampwise.ui.prevention import PreventionPage
    from crampwise.ui.profile import ProfilePage

    store.save_profile(HealthProfile(conditions=frozenset({"neuropathy"})))
    win = _window(qtbot, store)
    qtbot.keyClick(win.tonight.cramp_button, Qt.Key.Key_Space)
    player = win.tonight.player
    assert player is not None and player._lang == "fr"
    reasons = " ".join(s.reason for s in player.sequencer.skipped)
    assert "parce que" in reasons.lower() or "sensibilité" in reasons.lower()
    win.tonight.end_cramp()
    prevention = win.page("prevention")
    assert isinstance(prevention, PreventionPage)
    prevention.reload()
    assert any(t.startswith(("Conseil", "Prudence")) for t in prevention.card_texts())
    profile = win.page("profile")
    assert isinstance(profile, ProfilePage)
    assert profile.condition_checks["diabetes"].text() == "Diabète"
    learn = LearnPage()
    qtbot.addWidget(learn)
    assert "Quand consulter un médecin" in learn.browser.toPlainText()


def test_the_language_menu_saves_the_setting_and_offers_a_restart(
    qtbot: QtBot, store: EpisodeStore
) -> None:
    win = _window(qtbot, store, Settings(theme="night", language="en"))
    relaunched: list[bool] = []
    win.relaunch = lambda: relaunched.append(True)
    assert set(win.menus.language_actions) == {"system", "en", "fr"}
    assert win.menus.language_actions["fr"].text() == "Français"  # never translated
    assert win.menus.language_actions["en"].isChecked()
    assert not win.restart_box.isVisibleTo(win)
    win.menus.language_actions["fr"].trigger()
    assert load_settings().language == "fr"
    assert win.settings.language == "fr"
    assert win.restart_box.isVisibleTo(win)
    assert "Restart Crampwise" in win.restart_label.text()
    assert "Redémarrez Crampwise" in win.restart_label.text()  # said in French too
    qtbot.mouseClick(win.restart_button, Qt.MouseButton.LeftButton)
    assert relaunched == [True]
    # Back to the language on screen: no restart needed.
    win.menus.language_actions["en"].trigger()
    assert load_settings().language == "en"
    assert not win.restart_box.isVisibleTo(win)


def test_the_english_labels_match_the_domain_vocabulary() -> None:
    assert labels.location_labels() == vocab.LOCATION_LABELS
    assert labels.context_tags() == vocab.CONTEXT_TAGS
    assert labels.red_flag_signs() == vocab.RED_FLAG_SIGNS
    assert labels.spot_label(Side.LEFT, Location.CALF) == "Left calf"


def test_the_crampwise_catalogue_is_complete() -> None:
    ts = paths.asset("translations", "crampwise_fr.ts")
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") != "unfinished", source
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            assert len(forms) == 2 and all(forms), source
        else:
            assert translation.text, source
    assert ts.with_suffix(".qm").stat().st_size > 1000
