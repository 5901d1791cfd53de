"""The habits a personal experiment can try (``assets/habits.toml``), and their safety cautions.

The file is read by the caller (it knows where ``assets/`` is) and validated here. A habit the
health profile rules out (no heat habit with neuropathy, diabetes or PAD; no raised legs with
PAD; see the clinical fact sheet) is refused with the reason. Medicines are never a habit: none
is listed, and an own habit that names one is refused.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crampwise.domain.profile import CONDITION_IDS, HealthProfile
from crampwise.domain.vocab import CONTEXT_TAGS
from crampwise.text import QT_TRANSLATE_NOOP, ExplainedError, LocalText, Message

HABIT_IDS: tuple[str, ...] = (
    "evening_routine",
    "no_evening_alcohol",
    "no_late_caffeine",
    "warm_socks",
    "raise_bed_foot",
    "own",
)
OWN_HABIT = "own"
EVIDENCE_LEVELS: tuple[str, ...] = ("MOD", "LOW", "VLOW", "EO", "NF")
DONE_BY_TICK = "tick"
DONE_BY_ROUTINE = "routine"
MAX_OWN_HABIT_CHARS = 80
_FIELDS = ("name", "tick", "evidence", "sources", "unsafe_with", "caution", "done_by")

_CONTEXT = "Experiments"


class ExperimentError(ExplainedError, ValueError):
    """A habit or an experiment Crampwise cannot accept; the message says why (CLI: exit 2)."""


def error(template: str, **params: object) -> ExperimentError:
    return ExperimentError(Message(_CONTEXT, template, params))


class HabitsDataError(ValueError):
    """``habits.toml`` is missing, unreadable or inconsistent; ``problems`` lists each fault."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("problems in habits.toml:\n  - " + "\n  - ".join(problems))


@dataclass(frozen=True, slots=True)
class Habit:
    id: str
    name: LocalText
    tick: LocalText
    evidence: str
    sources: tuple[str, ...]
    unsafe_with: frozenset[str]
    caution: LocalText | None
    done_by: str  # "tick", "routine", or a factor id whose presence means "not done"


def fold(text: str) -> str:
    """Case- and accent-insensitive words: "Médicament " and "medicament" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True, slots=True)
class Habits:
    """Every habit, by id, in the file's order, and the words that name a medicine."""

    habits: Mapping[str, Habit]
    medicine_words: tuple[str, ...]

    def get(self, habit_id: str) -> Habit:
        habit = self.habits.get(habit_id)
        if habit is None:
            raise error(
                QT_TRANSLATE_NOOP("Experiments", "unknown habit {habit!r}; known habits: {known}"),
                habit=habit_id,
                known=", ".join(self.habits),
            )
        return habit

    def unsafe_because(self, habit: Habit, profile: HealthProfile) -> LocalText | None:
        """Why ``habit`` is not offered with ``profile``; ``None`` when it is."""
        return habit.caution if habit.unsafe_with & profile.conditions else None

    def offered(self, profile: HealthProfile) -> list[Habit]:
        """The habits a person with ``profile`` can pick, in order."""
        return [h for h in self.habits.values() if self.unsafe_because(h, profile) is None]

    def names_medicine(self, text: str) -> bool:
        folded = " " + re.sub(r"[^\w]+", " ", fold(text)) + " "
        return any(f" {word} " in folded for word in self.medicine_words)

    def check(
        self,
        habit_id: str,
        profile: HealthProfile,
        own_habit: str = "",
        *,
        is_medicine: Callable[[str], bool] | None = None,
        lang: str = "en",
    ) -> Habit:
        """The habit if a person with ``profile`` may try it; :class:`ExperimentError` if not.

        ``is_medicine`` may say whether words name a medicine (the medicine catalogue).
        """
        habit = self.get(habit_id)
        because = self.unsafe_because(habit, profile)
        if because is not None:
            raise error(
                QT_TRANSLATE_NOOP("Experiments", "“{habit}” is not offered: {because}."),
                habit=habit.name.get(lang),
                because=because.get(lang),
            )
        own = " ".join(own_habit.split())
        if habit.id == OWN_HABIT:
            if not own:
                raise error(QT_TRANSLATE_NOOP("Experiments", "say what your own habit is"))
            if len(own) > MAX_OWN_HABIT_CHARS:
                raise error(
                    QT_TRANSLATE_NOOP(
                        "Experiments", "your own habit is too long (at most {limit} characters)"
                    ),
                    limit=MAX_OWN_HABIT_CHARS,
                )
            if any(ord(c) < 32 or ord(c) == 127 for c in own):
                raise error(
                    QT_TRANSLATE_NOOP("Experiments", "your habit contains control characters")
                )
            if self.names_medicine(own) or (is_medicine is not None and is_medicine(own)):
                raise error(
                    QT_TRANSLATE_NOOP(
                        "Experiments",
                        "a medicine is not a habit to try on and off: don't stop or change a "
                        "medicine yourself; ask your prescriber or pharmacist",
                    )
                )
        elif own:
            raise error(QT_TRANSLATE_NOOP("Experiments", "only your own habit takes a description"))
        return habit


def _text(value: Any, where: str, problems: list[str]) -> LocalText | None:
    """A ``{ en = "...", fr = "..." }`` table: English required, any other language allowed."""
    if not isinstance(value, dict) or "en" not in value:
        problems.append(f'{where}: expected {{ en = "...", fr = "..." }}')
        return None
    if not all(isinstance(v, str) and v.strip() for v in value.values()):
        problems.append(f"{where}: empty text")
        return None
    return LocalText({lang: text.strip() for lang, text in value.items()})


def _habit(habit_id: str, table: Any, problems: list[str]) -> Habit | None:
    where = f"habit '{habit_id}'"
    if not isinstance(table, dict):
        problems.append(f"{where}: expected a table")
        return None
    for key in sorted(set(table) - set(_FIELDS)):
        problems.append(f"{where}: unknown field '{key}'")
    name = _text(table.get("name"), f"{where}, field 'name'", problems)
    tick = _text(table.get("tick"), f"{where}, field 'tick'", problems)
    evidence = table.get("evidence")
    if evidence not in EVIDENCE_LEVELS:
        problems.append(f"{where}, field 'evidence': expected one of {', '.join(EVIDENCE_LEVELS)}")
    sources = table.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) and s for s in sources):
        problems.append(f"{where}, field 'sources': expected a list of source ids")
        sources = []
    unsafe = table.get("unsafe_with", [])
    if not isinstance(unsafe, list) or not set(unsafe) <= set(CONDITION_IDS):
        problems.append(f"{where}, field 'unsafe_with': expected condition ids")
        unsafe = []
    caution = None
    if unsafe or "caution" in table:
        caution = _text(table.get("caution"), f"{where}, field 'caution'", problems)
    if "caution" in table and not unsafe:
        problems.append(f"{where}: a caution without unsafe_with")
    done_by = table.get("done_by")
    if done_by not in (DONE_BY_TICK, DONE_BY_ROUTINE, *CONTEXT_TAGS):
        problems.append(f"{where}, field 'done_by': expected tick, routine or a factor id")
    if (
        name is None
        or tick is None
        or not isinstance(evidence, str)
        or not isinstance(done_by, str)
    ):
        return None
    return Habit(
        habit_id, name, tick, evidence, tuple(sources), frozenset(unsafe), caution, done_by
    )


def parse_habits(data: Mapping[str, Any]) -> Habits:
    """Validate the parsed file; raise :class:`HabitsDataError` listing every fault."""
    problems: list[str] = []
    for key in sorted(set(data) - {"habits", "not_a_habit"}):
        problems.append(f"top level: unknown table '{key}'")
    raw = data.get("habits")
    raw = raw if isinstance(raw, dict) else {}
    if tuple(raw) != HABIT_IDS:
        problems.append(f"expected exactly the habits {', '.join(HABIT_IDS)}, in this order")
    habits = {hid: h for hid, t in raw.items() if (h := _habit(hid, t, problems)) is not None}
    not_a_habit = data.get("not_a_habit")
    words_table = not_a_habit.get("words") if isinstance(not_a_habit, dict) else None
    words: list[str] = []
    tables = words_table if isinstance(words_table, dict) else {}
    for lang in sorted({"en", *tables}):  # English required; any other language may be added
        listed = tables.get(lang)
        if not isinstance(listed, list) or not listed:
            problems.append(f"not_a_habit, field 'words': missing '{lang}' words")
            continue
        words += [fold(w) for w in listed if isinstance(w, str)]
    if problems:
        raise HabitsDataError(problems)
    return Habits(habits, tuple(dict.fromkeys(words)))


def load_habits(path: Path) -> Habits:
    """Read and validate ``path`` (``paths.asset("habits.toml")``)."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise HabitsDataError([f"{path}: {exc}"]) from None
    return parse_habits(data)
