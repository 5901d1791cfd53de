"""Personalised, sourced advice: conditions, medicines and diary facts in; statuses and cards out.

Plain Python: no Qt, no database. Content lives in ``assets/advice`` and ``assets/sources.toml``.
"""

from crampwise.advice._data import LANGUAGES, AdviceDataError
from crampwise.advice.catalogue import (
    Condition,
    DrugClass,
    Match,
    MedicationCatalogue,
    load_catalogue,
    load_conditions,
    load_signs,
)
from crampwise.advice.engine import (
    Advice,
    AdviceItem,
    InterventionStatus,
    Reason,
    Rule,
    Rulebook,
    advice_to_json,
    evaluate,
    load_rulebook,
    profile_from_cli,
)
from crampwise.advice.profile import (
    CONDITION_IDS,
    EpisodeFacts,
    HealthProfile,
    Medication,
    ProfileError,
)
from crampwise.advice.sources import Source, load_sources
from crampwise.text import LocalText

__all__ = [
    "CONDITION_IDS",
    "LANGUAGES",
    "Advice",
    "AdviceDataError",
    "AdviceItem",
    "Condition",
    "DrugClass",
    "EpisodeFacts",
    "HealthProfile",
    "InterventionStatus",
    "LocalText",
    "Match",
    "Medication",
    "MedicationCatalogue",
    "ProfileError",
    "Reason",
    "Rule",
    "Rulebook",
    "Source",
    "advice_to_json",
    "evaluate",
    "load_catalogue",
    "load_conditions",
    "load_rulebook",
    "load_signs",
    "load_sources",
    "profile_from_cli",
]
