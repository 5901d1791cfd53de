"""What the advice engine knows about a person: their health profile and recent diary facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS
from crampwise.text import QT_TRANSLATE_NOOP, ExplainedError, Message

# Fixed condition ids; ``assets/advice/conditions.toml`` must describe exactly these.
CONDITION_IDS: tuple[str, ...] = (
    "varicose_veins",
    "venous_insufficiency",
    "pad",
    "dvt_history",
    "diabetes",
    "neuropathy",
    "kidney_disease",
    "liver_disease",
    "thyroid",
    "pregnancy",
)

MEDICATION_NAME_MAX = 100


_CONTEXT = "Profile"


class ProfileError(ExplainedError, ValueError):
    """A profile or diary fact is invalid; the message says which field and why."""


def _error(template: str, **params: object) -> ProfileError:
    return ProfileError(Message(_CONTEXT, template, params))


@dataclass(frozen=True, slots=True)
class Medication:
    """A medicine as the person typed it. ``drug_class`` is ``None`` when not recognised."""

    name: str
    drug_class: str | None = None
    started: date | None = None
    stopped: date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str):
            raise _error(QT_TRANSLATE_NOOP("Profile", "medication name must be text"))
        name = " ".join(self.name.split())
        if not name:
            raise _error(QT_TRANSLATE_NOOP("Profile", "medication name is empty"))
        if len(name) > MEDICATION_NAME_MAX:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Profile",
                    "medication name is {length} characters long; the limit is {limit}: "
                    "{start!r}...",
                ),
                length=len(name),
                limit=MEDICATION_NAME_MAX,
                start=name[:30],
            )
        object.__setattr__(self, "name", name)
        if self.drug_class is not None and (
            not isinstance(self.drug_class, str) or not self.drug_class.strip()
        ):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Profile", "medication {name!r}: drug class must be a non-empty id or None"
                ),
                name=name,
            )
        if self.started is not None and self.stopped is not None and self.stopped < self.started:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Profile",
                    "medication {name!r}: stopped on {stopped}, before it was started on {started}",
                ),
                name=name,
                stopped=self.stopped,
                started=self.started,
            )

    def is_active(self, today: date) -> bool:
        """Taken on ``today``: started (or no start date) and not yet stopped."""
        if self.started is not None and self.started > today:
            return False
        return self.stopped is None or self.stopped > today


@dataclass(frozen=True, slots=True)
class HealthProfile:
    conditions: frozenset[str] = frozenset()
    medications: tuple[Medication, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "conditions", frozenset(self.conditions))
        object.__setattr__(self, "medications", tuple(self.medications))
        unknown = sorted(self.conditions - set(CONDITION_IDS))
        if unknown:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Profile", "unknown condition id(s): {unknown}; known ids: {known}"
                ),
                unknown=", ".join(unknown),
                known=", ".join(CONDITION_IDS),
            )
        for medication in self.medications:
            if not isinstance(medication, Medication):
                raise _error(
                    QT_TRANSLATE_NOOP("Profile", "expected a Medication, got {kind}"),
                    kind=type(medication).__name__,
                )


@dataclass(frozen=True, slots=True)
class EpisodeFacts:
    """What the diary says about recent nights (computed by the caller from stored episodes)."""

    episodes_last_7_nights: int = 0
    red_flag_signs: frozenset[str] = field(default_factory=frozenset)
    longest_minutes_last_7_nights: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "red_flag_signs", frozenset(self.red_flag_signs))
        if isinstance(self.episodes_last_7_nights, bool) or self.episodes_last_7_nights < 0:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Profile", "episodes_last_7_nights must be a whole number of 0 or more"
                )
            )
        unknown = sorted(self.red_flag_signs - set(ALL_RED_FLAG_SIGNS))
        if unknown:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Profile", "unknown red-flag sign id(s): {unknown}; known ids: {known}"
                ),
                unknown=", ".join(unknown),
                known=", ".join(ALL_RED_FLAG_SIGNS),
            )
        longest = self.longest_minutes_last_7_nights
        if longest is not None and not (0 <= longest < float("inf")):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Profile", "longest_minutes_last_7_nights must be 0 or more (or None)"
                )
            )
