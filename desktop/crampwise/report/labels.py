"""Readable names for stored ids: relief steps, drug classes, conditions, triggers, signs.

Each lookup reads the shipped content once; a missing or broken file falls back to the id made
readable ("calf_massage" -> "Calf massage"), so a report is never lost to a content error.
"""

from __future__ import annotations

from functools import cache

from crampwise.domain.vocab import CONTEXT_TAGS, RED_FLAG_SIGNS


def humanise(identifier: str) -> str:
    text = identifier.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


@cache
def _step_titles() -> dict[str, str]:
    try:
        from crampwise import paths
        from crampwise.relief.plans import load_steps

        steps, _errors = load_steps(paths.asset("plans", "steps.toml"))
    except Exception:  # content or module missing: ids are still readable
        return {}
    return {step_id: step.title.get("en") for step_id, step in steps.items()}


@cache
def _class_labels() -> dict[str, str]:
    try:
        from crampwise.advice import load_catalogue

        return {cid: c.label("en") for cid, c in load_catalogue().classes.items()}
    except Exception:
        return {}


@cache
def _condition_labels() -> dict[str, str]:
    try:
        from crampwise.advice import load_conditions

        return {cid: c.label("en") for cid, c in load_conditions().items()}
    except Exception:
        return {}


def step_label(step_id: str) -> str:
    return _step_titles().get(step_id) or humanise(step_id)


def drug_class_label(class_id: str | None) -> str:
    if not class_id:
        return ""
    return _class_labels().get(class_id) or humanise(class_id)


def condition_label(condition_id: str) -> str:
    return _condition_labels().get(condition_id) or humanise(condition_id)


def tag_label(tag: str) -> str:
    return CONTEXT_TAGS.get(tag) or humanise(tag)


def sign_label(sign: str) -> str:
    return RED_FLAG_SIGNS.get(sign) or humanise(sign)
