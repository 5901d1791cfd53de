"""Personalised, sourced advice: conditions, medicines and diary facts in; statuses and cards out.

Plain Python: no Qt, no database. Content lives in ``assets/advice`` and ``assets/sources.toml``.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crampwise.advice._data import AdviceDataError
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
        advice_to_json,
        evaluate,
        profile_from_cli,
    )
    from crampwise.advice.rules import Rule, Rulebook, load_rulebook
    from crampwise.advice.sources import Source, load_sources
    from crampwise.text import LocalText

# Loaded on first use: the first screen's disclaimer reads advice.care, and importing the
# engine and catalogue (~25 ms) must not come before the first paint.
_WHERE = {
    "AdviceDataError": "crampwise.advice._data",
    "Condition": "crampwise.advice.catalogue",
    "DrugClass": "crampwise.advice.catalogue",
    "Match": "crampwise.advice.catalogue",
    "MedicationCatalogue": "crampwise.advice.catalogue",
    "load_catalogue": "crampwise.advice.catalogue",
    "load_conditions": "crampwise.advice.catalogue",
    "load_signs": "crampwise.advice.catalogue",
    "Advice": "crampwise.advice.engine",
    "AdviceItem": "crampwise.advice.engine",
    "InterventionStatus": "crampwise.advice.engine",
    "Reason": "crampwise.advice.engine",
    "Rule": "crampwise.advice.rules",
    "Rulebook": "crampwise.advice.rules",
    "advice_to_json": "crampwise.advice.engine",
    "evaluate": "crampwise.advice.engine",
    "load_rulebook": "crampwise.advice.rules",
    "profile_from_cli": "crampwise.advice.engine",
    "Source": "crampwise.advice.sources",
    "load_sources": "crampwise.advice.sources",
    "LocalText": "crampwise.text",
}
__all__ = [
    "Advice",
    "AdviceDataError",
    "AdviceItem",
    "Condition",
    "DrugClass",
    "InterventionStatus",
    "LocalText",
    "Match",
    "MedicationCatalogue",
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


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(name)
