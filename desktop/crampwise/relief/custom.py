"""A person's own relief plans: built from the step library, stored as JSON in the diary.

Nothing here imports Qt. The store keeps each plan as a row (``id``, ``name``, ``body_json``);
the body is :func:`~crampwise.relief.plans.plan_to_dict` output, validated on the way in and on
the way out with :func:`~crampwise.relief.plans.plan_from_dict`.

**Plan ids.** A personal plan's id is ``custom_<row id>`` (``custom_7``): unique, because the
database hands out row ids, and stable, because renaming a plan does not change its row. The row
id is the authority: the id written inside the body is rewritten on load, so a body copied from
elsewhere cannot pose as another plan or as a built-in one.

A stored body that no longer validates (hand-edited, written by a newer version, or naming a step
that was removed from the library) never stops the others: :func:`list_custom_plans` leaves it
out and reports it in ``errors`` with its row id, so the page can offer to delete it.

**Words.** The sentences here are English, marked with ``QT_TRANSLATE_NOOP`` (context
:data:`CONTEXT`); the functions that word things take ``tr`` (each template goes through it
before it is filled in) and the window passes Qt's translation. Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final, Protocol

from crampwise.relief.plans import (
    HOLD_RANGE,
    MAX_DESCRIPTION,
    MAX_NAME,
    MAX_STEPS_PER_PLAN,
    REPETITIONS_RANGE,
    REST_RANGE,
    PlanError,
    PlanValidationError,
    ReliefPlan,
    ReliefStep,
    plan_from_dict,
    plan_to_dict,
)
from crampwise.text import QT_TRANSLATE_NOOP, LocalText

ID_PREFIX: Final = "custom_"
NEW_PLAN_ID: Final = "custom_new"  # a draft's id until the store gives it a row
_ID_RE: Final = re.compile(r"custom_([1-9][0-9]*)")
CONTEXT: Final = "CustomPlans"
Translate = Callable[[str], str]


def untranslated(text: str) -> str:
    """The English template as it is (the default ``tr``)."""
    return text


class CustomPlanStore(Protocol):
    """What this module needs from :class:`~crampwise.storage.store.EpisodeStore`."""

    def custom_plans(self) -> list[tuple[int, str]]: ...

    def save_custom_plan(self, plan_id: int | None, name: str, body_json: str) -> int: ...

    def delete_custom_plan(self, plan_id: int) -> None: ...


@dataclasses.dataclass(frozen=True, slots=True)
class BrokenPlan:
    """A stored plan that could not be read: its row id and every problem found."""

    row_id: int
    errors: tuple[PlanError, ...]

    @property
    def message(self) -> str:
        return "; ".join(str(e) for e in self.errors)


class CustomPlanList(list[tuple[int, ReliefPlan]]):
    """``(row id, plan)`` pairs, oldest first, plus what could not be read.

    ``errors`` holds one :class:`PlanError` per problem, ``broken`` one entry per unreadable row.
    """

    def __init__(self, items: Iterable[tuple[int, ReliefPlan]] = ()) -> None:
        super().__init__(items)
        self.errors: list[PlanError] = []
        self.broken: list[BrokenPlan] = []

    def plans(self) -> list[ReliefPlan]:
        return [plan for _, plan in self]


def plan_id_for(row_id: int) -> str:
    return f"{ID_PREFIX}{row_id}"


def row_id_of(plan_id: str) -> int | None:
    """The store row of a personal plan id (``custom_7`` -> 7); None for any other id."""
    match = _ID_RE.fullmatch(plan_id)
    return int(match.group(1)) if match else None


def _source(row_id: int) -> str:
    return f"your plan #{row_id}"


def list_custom_plans(
    store: CustomPlanStore, library_steps: Mapping[str, ReliefStep]
) -> CustomPlanList:
    """Every readable personal plan with its row id; unreadable ones go to ``errors``."""
    result = CustomPlanList()
    for row_id, body in store.custom_plans():
        source = _source(row_id)
        try:
            data = json.loads(body)
        except (ValueError, TypeError) as exc:
            problems = [PlanError(source, "", f"not valid JSON ({exc})")]
        else:
            if isinstance(data, dict):
                data = {**data, "id": plan_id_for(row_id)}
            try:
                plan = plan_from_dict(data, library_steps, source=source)
            except PlanValidationError as exc:
                problems = exc.errors
            else:
                result.append((row_id, plan))
                continue
        result.errors.extend(problems)
        result.broken.append(BrokenPlan(row_id, tuple(problems)))
    return result


def validate_plan(plan: ReliefPlan, library: Mapping[str, ReliefStep] | None = None) -> ReliefPlan:
    """The plan as it will be stored and read back; raises :class:`PlanValidationError`.

    ``library``: the step library to check step ids against; by default the plan's own steps
    (their timing is still checked against the loader's limits).
    """
    if library is None:
        library = {step.id: step for step in plan.steps}
    candidate = (
        plan if row_id_of(plan.id) is not None else dataclasses.replace(plan, id=NEW_PLAN_ID)
    )
    return plan_from_dict(plan_to_dict(candidate), library)


def save_custom_plan(
    store: CustomPlanStore,
    plan_id: int | None,
    plan: ReliefPlan,
    library: Mapping[str, ReliefStep] | None = None,
) -> int:
    """Validate, then store ``plan`` (a new row when ``plan_id`` is None); returns the row id.

    Raises :class:`PlanValidationError` before writing anything when the plan is not valid, and
    lets the store's :class:`~crampwise.storage.schema.StoreError` through.
    """
    checked = validate_plan(plan, library)
    name = checked.name.english
    body_id = NEW_PLAN_ID if plan_id is None else plan_id_for(plan_id)
    row_id = store.save_custom_plan(plan_id, name, _body(checked, body_id))
    if row_id != plan_id:
        # A new row (or the row was deleted meanwhile and the store made a new one): the body
        # learns its id once the database has handed it out.
        store.save_custom_plan(row_id, name, _body(checked, plan_id_for(row_id)))
    return row_id


def _body(plan: ReliefPlan, plan_id: str) -> str:
    data = plan_to_dict(dataclasses.replace(plan, id=plan_id))
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def delete_custom_plan(store: CustomPlanStore, plan_id: int) -> None:
    store.delete_custom_plan(plan_id)


# --- building plans -------------------------------------------------------------------------


def make_plan(
    name: str,
    steps: Iterable[ReliefStep],
    *,
    description: str = "",
    kind: str = "relief",
    plan_id: str = NEW_PLAN_ID,
) -> ReliefPlan:
    """A personal plan from a person's own words (one language is enough) and chosen steps."""
    name = " ".join(name.split())
    description = " ".join(description.split())
    return ReliefPlan(
        id=plan_id,
        name=LocalText.same(name),
        description=LocalText.same(description),
        kind="prevention" if kind == "prevention" else "relief",
        steps=tuple(steps),
        custom=True,
    )


def copy_name(name: str, taken: Iterable[str], tr: Translate = untranslated) -> str:
    """``"Calf cramp now (my copy)"``, then ``(my copy 2)``..., within the name limit."""
    used = {t.casefold() for t in taken}
    n = 1
    while True:
        suffix = (
            tr(QT_TRANSLATE_NOOP("CustomPlans", " (my copy)"))
            if n == 1
            else tr(QT_TRANSLATE_NOOP("CustomPlans", " (my copy {0})")).format(n)
        )
        candidate = name[: MAX_NAME - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in used:
            return candidate
        n += 1


def copy_plan(
    plan: ReliefPlan,
    taken_names: Iterable[str],
    tr: Translate = untranslated,
    *,
    lang: str = "en",
) -> ReliefPlan:
    """A personal draft starting from ``plan`` (built in or not), not stored yet.

    ``lang``: the language of the built-in name and note the copy starts from.
    """
    return make_plan(
        copy_name(plan.name.get(lang), taken_names, tr),
        plan.steps,
        description=plan.description.get(lang),
        kind=plan.kind,
    )


# --- plain words ----------------------------------------------------------------------------


def problems_in_words(
    plan: ReliefPlan, tr: Translate = untranslated, *, lang: str = "en"
) -> list[str]:
    """What to fix before ``plan`` can be saved, as sentences for the person (empty = fine).

    ``lang``: the language of the step titles named in the sentences.
    """
    out: list[str] = []
    name = plan.name.english
    if not name.strip():
        out.append(tr(QT_TRANSLATE_NOOP("CustomPlans", "Give the plan a name.")))
    elif len(name) > MAX_NAME:
        out.append(
            tr(
                QT_TRANSLATE_NOOP("CustomPlans", "Shorten the name to {0} characters or fewer.")
            ).format(MAX_NAME)
        )
    if len(plan.description.english) > MAX_DESCRIPTION:
        out.append(
            tr(
                QT_TRANSLATE_NOOP("CustomPlans", "Shorten the note to {0} characters or fewer.")
            ).format(MAX_DESCRIPTION)
        )
    if not plan.steps:
        out.append(tr(QT_TRANSLATE_NOOP("CustomPlans", "Add at least one step.")))
    elif len(plan.steps) > MAX_STEPS_PER_PLAN:
        extra = len(plan.steps) - MAX_STEPS_PER_PLAN
        template = (
            QT_TRANSLATE_NOOP("CustomPlans", "A plan can have at most {0} steps: remove 1 step.")
            if extra == 1
            else QT_TRANSLATE_NOOP(
                "CustomPlans", "A plan can have at most {0} steps: remove {1} steps."
            )
        )
        out.append(tr(template).format(MAX_STEPS_PER_PLAN, extra))
    for i, step in enumerate(plan.steps, start=1):
        title = step.title.get(lang)
        for value, (lo, hi), template in (
            (
                step.hold_seconds,
                HOLD_RANGE,
                QT_TRANSLATE_NOOP("CustomPlans", "Step {0} ({1}) must hold for 1 to {2} seconds."),
            ),
            (
                step.repetitions,
                REPETITIONS_RANGE,
                QT_TRANSLATE_NOOP("CustomPlans", "Step {0} ({1}) must be repeated 1 to {2} times."),
            ),
            (
                step.rest_seconds,
                REST_RANGE,
                QT_TRANSLATE_NOOP("CustomPlans", "Step {0} ({1}) must rest for 0 to {2} seconds."),
            ),
        ):
            if not lo <= value <= hi:
                out.append(tr(template).format(i, title, hi))
    return out


def holds_in(step: ReliefStep) -> int:
    """How many holds a step makes (an ``alternate`` step holds each leg in turn)."""
    return step.repetitions * (2 if step.sides == "alternate" else 1)


def plan_seconds(plan: ReliefPlan) -> int:
    """About how long the plan lasts, one leg, rests included (none after the very last hold)."""
    total = 0
    for step in plan.steps:
        holds = holds_in(step)
        total += holds * (step.hold_seconds + step.rest_seconds)
    if plan.steps:
        total -= plan.steps[-1].rest_seconds
    return max(0, total)


def timing_text(step: ReliefStep, tr: Translate = untranslated) -> str:
    """``"30 s × 3, rest 10 s"`` (``"60 s"`` for one hold without rest)."""
    text = tr(QT_TRANSLATE_NOOP("CustomPlans", "{0} s")).format(step.hold_seconds)
    if step.repetitions > 1:
        text = tr(QT_TRANSLATE_NOOP("CustomPlans", "{0} × {1}")).format(text, step.repetitions)
    if step.sides == "alternate":
        text = tr(QT_TRANSLATE_NOOP("CustomPlans", "{0} each leg")).format(text)
    if step.rest_seconds:
        text = tr(QT_TRANSLATE_NOOP("CustomPlans", "{0}, rest {1} s")).format(
            text, step.rest_seconds
        )
    return text


def duration_text(seconds: int, tr: Translate = untranslated) -> str:
    """``"about 45 s"``, ``"about 1 min"``, ``"about 6 min"``."""
    if seconds < 60:
        return tr(QT_TRANSLATE_NOOP("CustomPlans", "about {0} s")).format(seconds)
    if seconds < 90:
        return tr(QT_TRANSLATE_NOOP("CustomPlans", "about 1 min"))
    return tr(QT_TRANSLATE_NOOP("CustomPlans", "about {0} min")).format(round(seconds / 60))
