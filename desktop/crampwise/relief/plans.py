"""Relief plans as data: load and validate ``assets/plans/*.toml`` and personal plans.

The plans directory holds ``steps.toml`` (the step library, one table per step id) and one file per
plan listing step ids in order. Nothing here imports Qt.

A broken file never stops the others: :func:`load_plans` returns every valid plan plus a list of
:class:`PlanError`, each naming the file and the field
(``evening.toml: steps[2].hold_seconds: ...``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Final, Literal

import msgspec

from crampwise.content import ContentFileError, Problem, convert, read_toml
from crampwise.domain.vocab import STEP_INTERVENTIONS
from crampwise.text import LocalText

STEPS_FILENAME: Final = "steps.toml"
PLAN_KINDS: Final = ("relief", "prevention")
SIDES: Final = ("one", "alternate", "none")
CUSTOM_PLAN_FORMAT: Final = 1

# Bounds, shared by asset files and personal plans.
HOLD_RANGE: Final = (1, 600)
REPETITIONS_RANGE: Final = (1, 20)
REST_RANGE: Final = (0, 300)
MAX_STEPS_PER_PLAN: Final = 30
MAX_TITLE: Final = 60
MAX_CUE: Final = 24
MAX_NAME: Final = 60
MAX_INSTRUCTIONS: Final = 400
MAX_ALT: Final = 250
MAX_DESCRIPTION: Final = 300
MAX_SOURCES: Final = 10
MAX_ID: Final = 40

Kind = Literal["relief", "prevention"]
Sides = Literal["one", "alternate", "none"]
Hold = Annotated[int, msgspec.Meta(ge=HOLD_RANGE[0], le=HOLD_RANGE[1])]
Repetitions = Annotated[int, msgspec.Meta(ge=REPETITIONS_RANGE[0], le=REPETITIONS_RANGE[1])]
Rest = Annotated[int, msgspec.Meta(ge=REST_RANGE[0], le=REST_RANGE[1])]
PlanId = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9_]+$", min_length=1, max_length=MAX_ID)]
Picture = Annotated[str, msgspec.Meta(pattern=r"^[^/\\]+\.svg$")]  # a file in illustrations/
SourceIds = Annotated[tuple[str, ...], msgspec.Meta(min_length=1, max_length=MAX_SOURCES)]


class ReliefStep(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """One ``[step_id]`` table of ``steps.toml`` (``id`` is the table's name)."""

    id: PlanId
    intervention: str  # one of STEP_INTERVENTIONS
    title: LocalText
    instructions: LocalText
    illustration: Picture
    alt: LocalText
    hold_seconds: Hold
    repetitions: Repetitions
    rest_seconds: Rest
    sides: Sides
    sources: SourceIds
    # The word under the countdown while a hold runs: "Hold", "Rub", "Walk", "Keep warm".
    cue: LocalText | None = None

    def with_timing(
        self,
        hold_seconds: int | None = None,
        repetitions: int | None = None,
        rest_seconds: int | None = None,
    ) -> ReliefStep:
        return msgspec.structs.replace(
            self,
            hold_seconds=self.hold_seconds if hold_seconds is None else hold_seconds,
            repetitions=self.repetitions if repetitions is None else repetitions,
            rest_seconds=self.rest_seconds if rest_seconds is None else rest_seconds,
        )


class StepUse(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A plan's use of a library step, with its own timing where it differs."""

    step: str
    hold_seconds: Hold | None = None
    repetitions: Repetitions | None = None
    rest_seconds: Rest | None = None


StepUses = Annotated[tuple[StepUse, ...], msgspec.Meta(min_length=1, max_length=MAX_STEPS_PER_PLAN)]


class PlanFile(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A shipped plan file (``assets/plans/<id>.toml``)."""

    id: PlanId
    name: LocalText
    description: LocalText
    kind: Kind
    steps: StepUses


class CustomPlanFile(PlanFile, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A personal plan as stored: the person's own words may be one language, no description."""

    description: LocalText = LocalText.same("")
    format: Literal[1] = CUSTOM_PLAN_FORMAT


@dataclass(frozen=True, slots=True)
class ReliefPlan:
    id: str
    name: LocalText
    description: LocalText
    kind: Kind
    steps: tuple[ReliefStep, ...]
    custom: bool = False

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)


@dataclass(frozen=True, slots=True)
class PlanError:
    """One problem in one file (or in a personal plan), fit to show a clinician or a log."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class PlanValidationError(ValueError):
    """A personal plan failed validation; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[PlanError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


@dataclass(slots=True)
class PlanLoadResult:
    plans: list[ReliefPlan] = field(default_factory=list)
    errors: list[PlanError] = field(default_factory=list)
    # The step library (valid steps only), for building personal plans.
    steps: dict[str, ReliefStep] = field(default_factory=dict)

    def plan(self, plan_id: str) -> ReliefPlan | None:
        return next((p for p in self.plans if p.id == plan_id), None)


# --- checks a type cannot express -------------------------------------------------------------

_TEXT_LIMITS: Final = {
    "title": MAX_TITLE, "cue": MAX_CUE, "instructions": MAX_INSTRUCTIONS, "alt": MAX_ALT,
    "name": MAX_NAME, "description": MAX_DESCRIPTION,
}  # fmt: skip


def _text_problems(owner: msgspec.Struct, where: str = "") -> list[Problem]:
    """Each text one line, within its length limit, in every language."""
    found: list[Problem] = []
    for name, limit in _TEXT_LIMITS.items():
        text: object = getattr(owner, name, None)
        if not isinstance(text, LocalText):
            continue
        for lang in text.languages:
            value, path = text.get(lang), f"{where}{name}.{lang}"
            if len(value) > limit:
                found.append((path, f"too long ({len(value)} characters, at most {limit})"))
            elif "\n" in value:
                found.append((path, "must be one line"))
    return found


def _step_problems(
    step: ReliefStep, known_sources: Collection[str] | None, pictures: Path | None
) -> list[Problem]:
    where = f"{step.id}."
    found = _text_problems(step, where)
    if step.intervention not in STEP_INTERVENTIONS:
        found.append((f"{where}intervention", "must be one of " + ", ".join(STEP_INTERVENTIONS)))
    if pictures is not None and not (pictures / step.illustration).is_file():
        found.append((f"{where}illustration", f"no file {step.illustration} in {pictures.name}/"))
    for i, source in enumerate(step.sources):
        if known_sources is not None and source not in known_sources:
            found.append(
                (f"{where}sources[{i}]", f'unknown source "{source}" (not in sources.toml)')
            )
    return found


def _errors(file: str, problems: Sequence[Problem]) -> list[PlanError]:
    return [PlanError(file, where, message) for where, message in problems]


def _read_toml(path: Path) -> tuple[dict[str, Any] | None, PlanError | None]:
    try:
        return read_toml(path), None
    except ContentFileError as exc:
        return None, PlanError(path.name, "", str(exc))


def load_steps(
    path: Path,
    known_sources: Collection[str] | None = None,
    illustrations_dir: Path | None = None,
) -> tuple[dict[str, ReliefStep], list[PlanError]]:
    """Read the step library; invalid steps are left out and reported."""
    data, error = _read_toml(path)
    if data is None:
        assert error is not None
        return {}, [error]
    steps: dict[str, ReliefStep] = {}
    errors: list[PlanError] = []
    for step_id, table in data.items():
        raw = {**table, "id": step_id} if isinstance(table, dict) else table
        step, found = convert(raw, ReliefStep, step_id)
        if step is not None:
            found = _step_problems(step, known_sources, illustrations_dir)
        errors += _errors(path.name, found)
        if step is not None and not found:
            steps[step_id] = step
    return steps, errors


def _plan(
    data: object,
    library: Mapping[str, ReliefStep],
    *,
    file: str,
    expected_id: str | None,
    custom: bool,
) -> tuple[ReliefPlan | None, list[PlanError]]:
    """A plan from its file's (or stored) data, or ``None`` and every problem found."""
    if isinstance(data, Mapping) and isinstance(data.get("steps"), list):
        uses = [{"step": use} if isinstance(use, str) else use for use in data["steps"]]
        data = {**data, "steps": uses}
    if custom and isinstance(data, Mapping):  # a person's own words may be a plain string
        data = {k: {"en": v} if k in ("name", "description") and isinstance(v, str) else v
                for k, v in data.items()}  # fmt: skip
    shape = CustomPlanFile if custom else PlanFile
    plan, found = convert(data, shape)
    if plan is None and isinstance(data, Mapping) and isinstance(data.get("steps"), list):
        # Name the unknown steps too, even when other fields are wrong.
        for i, use in enumerate(data["steps"]):
            step = use.get("step") if isinstance(use, Mapping) else None
            if isinstance(step, str) and step not in library:
                found.append((f"steps[{i}].step", _unknown_step(step, custom)))
        return None, _errors(file, found)
    assert plan is not None
    found = _text_problems(plan)
    if expected_id is not None and plan.id != expected_id:
        found.append(("id", f'"{plan.id}" must match the file name ("{expected_id}")'))
    steps: list[ReliefStep] = []
    for i, use in enumerate(plan.steps):
        base = library.get(use.step)
        if base is None:
            found.append((f"steps[{i}].step", _unknown_step(use.step, custom)))
        else:
            steps.append(base.with_timing(use.hold_seconds, use.repetitions, use.rest_seconds))
    if found:
        return None, _errors(file, found)
    return ReliefPlan(plan.id, plan.name, plan.description, plan.kind, tuple(steps), custom), []


def _unknown_step(step_id: str, custom: bool) -> str:
    library = "the step library" if custom else STEPS_FILENAME
    return f'unknown step "{step_id}" (not a valid step in {library})'


def load_plans(
    directory: Path | str,
    known_sources: Collection[str] | None = None,
    illustrations_dir: Path | str | None = None,
) -> PlanLoadResult:
    """Load every plan in ``directory``; each problem becomes a :class:`PlanError`.

    ``known_sources``: source ids to check steps against (None = don't check).
    ``illustrations_dir``: when given, each step's illustration file must exist there.
    """
    directory = Path(directory)
    result = PlanLoadResult()
    if not directory.is_dir():
        result.errors.append(PlanError(directory.name, "", "plans folder not found"))
        return result
    pictures = Path(illustrations_dir) if illustrations_dir is not None else None
    library_path = directory / STEPS_FILENAME
    if library_path.is_file():
        result.steps, errors = load_steps(library_path, known_sources, pictures)
        result.errors.extend(errors)
    else:
        result.errors.append(PlanError(STEPS_FILENAME, "", "step library not found"))
    for path in sorted(directory.glob("*.toml")):
        if path.name == STEPS_FILENAME:
            continue
        data, error = _read_toml(path)
        if data is None:
            assert error is not None
            result.errors.append(error)
            continue
        plan, errors = _plan(
            data, result.steps, file=path.name, expected_id=path.stem, custom=False
        )
        result.errors.extend(errors)
        if plan is not None:
            result.plans.append(plan)
    return result


def load_default_plans() -> PlanLoadResult:
    """The plans shipped in ``assets/plans``, checked against the shipped sources."""
    from crampwise import paths
    from crampwise.advice import AdviceDataError
    from crampwise.advice.sources import load_sources

    try:
        known: Collection[str] | None = load_sources()
    except AdviceDataError:
        known = None  # the advice reports a broken sources file; the plans still load
    return load_plans(
        paths.asset("plans"), known_sources=known, illustrations_dir=paths.asset("illustrations")
    )


# --- personal plans ---------------------------------------------------------------------------


def plan_to_dict(plan: ReliefPlan) -> dict[str, Any]:
    """A JSON-ready dict: plan fields plus step ids with their own timing (no step text)."""
    data: dict[str, Any] = {
        "format": CUSTOM_PLAN_FORMAT,
        "id": plan.id,
        "name": plan.name.as_dict(),
        "kind": plan.kind,
    }
    if plan.description.english:
        data["description"] = plan.description.as_dict()
    data["steps"] = [
        {
            "step": step.id,
            "hold_seconds": step.hold_seconds,
            "repetitions": step.repetitions,
            "rest_seconds": step.rest_seconds,
        }
        for step in plan.steps
    ]
    return data


def plan_from_dict(
    data: Mapping[str, Any], library: Mapping[str, ReliefStep], *, source: str = "custom plan"
) -> ReliefPlan:
    """Rebuild a personal plan from :func:`plan_to_dict` output, validated like an asset file.

    ``name``/``description`` may be plain strings (a person's own words). Raises
    :class:`PlanValidationError` listing every problem.
    """
    if not isinstance(data, Mapping):
        raise PlanValidationError([PlanError(source, "", "must be a JSON object")])
    fmt = data.get("format", CUSTOM_PLAN_FORMAT)
    if fmt != CUSTOM_PLAN_FORMAT:
        raise PlanValidationError([PlanError(source, "format", f"unsupported format {fmt!r}")])
    plan, errors = _plan(data, library, file=source, expected_id=None, custom=True)
    if plan is None:
        raise PlanValidationError(errors)
    return plan
