"""Relief plans as data: load and validate ``assets/plans/*.toml`` and personal plans.

The plans directory holds ``steps.toml`` (the step library, one table per step id) and one file per
plan listing step ids in order. Nothing here imports Qt.

A broken file never stops the others: :func:`load_plans` returns every valid plan plus a list of
:class:`PlanError`, each naming the file and the field
(``evening.toml: steps[2].hold_seconds: ...``).
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from crampwise.domain.vocab import STEP_INTERVENTIONS
from crampwise.text import LocalText

LANGUAGES: Final = ("en", "fr")
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


@dataclass(frozen=True, slots=True)
class ReliefStep:
    id: str
    intervention: str
    title: LocalText
    instructions: LocalText
    illustration: str
    alt: LocalText
    hold_seconds: int
    repetitions: int
    rest_seconds: int
    sides: Sides
    sources: tuple[str, ...]
    # The word under the countdown while a hold runs: "Hold", "Rub", "Walk", "Keep warm".
    cue: LocalText | None = None

    def with_timing(
        self,
        hold_seconds: int | None = None,
        repetitions: int | None = None,
        rest_seconds: int | None = None,
    ) -> ReliefStep:
        return dataclasses.replace(
            self,
            hold_seconds=self.hold_seconds if hold_seconds is None else hold_seconds,
            repetitions=self.repetitions if repetitions is None else repetitions,
            rest_seconds=self.rest_seconds if rest_seconds is None else rest_seconds,
        )


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


# --- validation helpers -----------------------------------------------------------------------


class _Collector:
    """Collects errors for one file; field paths are built by the callers."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[PlanError] = []

    def add(self, path: str, message: str) -> None:
        self.errors.append(PlanError(self.file, path, message))


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _check_keys(
    c: _Collector,
    path: str,
    table: Mapping[str, Any],
    required: Collection[str],
    optional: Collection[str] = (),
) -> bool:
    ok = True
    for key in table:
        if key not in required and key not in optional:
            c.add(_join(path, key), "unknown key (check the spelling)")
            ok = False
    for key in required:
        if key not in table:
            c.add(_join(path, key), "missing")
            ok = False
    return ok


def _int_in(c: _Collector, path: str, value: object, bounds: tuple[int, int], what: str) -> int:
    lo, hi = bounds
    if isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi:
        return value
    c.add(path, f"must be {what} between {lo} and {hi}")
    return -1


def _seconds(c: _Collector, path: str, value: object, bounds: tuple[int, int]) -> int:
    return _int_in(c, path, value, bounds, "a whole number of seconds")


def _identifier(c: _Collector, path: str, value: object) -> str:
    if (
        not isinstance(value, str)
        or not 1 <= len(value) <= MAX_ID
        or not value.replace("_", "").isalnum()
        or not value.isascii()
        or value != value.lower()
    ):
        c.add(path, f"must be an id of lower-case letters, digits and _ (at most {MAX_ID})")
        return ""
    return value


def _text(c: _Collector, path: str, value: object, limit: int, *, both: bool = True) -> LocalText:
    """``{ en = "...", fr = "..." }``; a plain string is accepted only when ``both`` is False."""
    if isinstance(value, str) and not both:
        value = {"en": value, "fr": value}
    if not isinstance(value, Mapping):
        c.add(path, 'must be a table of texts: { en = "...", fr = "..." }')
        return LocalText("", "")
    if not _check_keys(c, path, value, LANGUAGES if both else ("en",), LANGUAGES):
        return LocalText("", "")
    texts: dict[str, str] = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if lang != "en" and not both and not text:
            texts[lang] = texts["en"]  # a person's own words: one language is enough
            continue
        if not isinstance(text, str) or not text.strip():
            c.add(f"{path}.{lang}", "must be a non-empty text")
            text = ""
        elif len(text) > limit:
            c.add(f"{path}.{lang}", f"too long ({len(text)} characters, at most {limit})")
        elif text != text.strip() or "\n" in text:
            c.add(f"{path}.{lang}", "must be one line without leading or trailing spaces")
        texts[lang] = text
    return LocalText(texts["en"], texts["fr"])


def _choice(c: _Collector, path: str, value: object, choices: Sequence[str]) -> str:
    if value not in choices:
        c.add(path, "must be one of " + ", ".join(f'"{x}"' for x in choices))
        return ""
    assert isinstance(value, str)
    return value


# --- steps ------------------------------------------------------------------------------------

_STEP_KEYS: Final = (
    "intervention",
    "title",
    "cue",
    "instructions",
    "illustration",
    "alt",
    "hold_seconds",
    "repetitions",
    "rest_seconds",
    "sides",
    "sources",
)


def _parse_step(
    c: _Collector,
    step_id: str,
    table: object,
    known_sources: Collection[str] | None,
    illustrations_dir: Path | None,
) -> ReliefStep | None:
    path = step_id
    before = len(c.errors)
    _identifier(c, path, step_id)
    if not isinstance(table, Mapping):
        c.add(path, "must be a table of step fields")
        return None
    _check_keys(c, path, table, _STEP_KEYS)
    get = table.get
    intervention = _choice(c, f"{path}.intervention", get("intervention"), STEP_INTERVENTIONS)
    title = _text(c, f"{path}.title", get("title"), MAX_TITLE)
    cue = _text(c, f"{path}.cue", get("cue"), MAX_CUE)
    instructions = _text(c, f"{path}.instructions", get("instructions"), MAX_INSTRUCTIONS)
    alt = _text(c, f"{path}.alt", get("alt"), MAX_ALT)
    illustration = get("illustration")
    if (
        not isinstance(illustration, str)
        or not illustration.endswith(".svg")
        or "/" in illustration
        or "\\" in illustration
    ):
        c.add(f"{path}.illustration", "must be an .svg file name in assets/illustrations/")
        illustration = ""
    elif illustrations_dir is not None and not (illustrations_dir / illustration).is_file():
        c.add(f"{path}.illustration", f"no file {illustration} in {illustrations_dir.name}/")
    hold = _seconds(c, f"{path}.hold_seconds", get("hold_seconds"), HOLD_RANGE)
    reps = _int_in(
        c, f"{path}.repetitions", get("repetitions"), REPETITIONS_RANGE, "a whole number"
    )
    rest = _seconds(c, f"{path}.rest_seconds", get("rest_seconds"), REST_RANGE)
    sides = _choice(c, f"{path}.sides", get("sides"), SIDES)
    sources = get("sources")
    if (
        not isinstance(sources, list)
        or not 1 <= len(sources) <= MAX_SOURCES
        or not all(isinstance(s, str) for s in sources)
    ):
        c.add(f"{path}.sources", f"must be a list of 1 to {MAX_SOURCES} source ids")
        sources = []
    elif known_sources is not None:
        for i, source in enumerate(sources):
            if source not in known_sources:
                c.add(f"{path}.sources[{i}]", f'unknown source "{source}" (not in sources.toml)')
    if len(c.errors) > before:
        return None
    return ReliefStep(
        id=step_id,
        intervention=intervention,
        title=title,
        instructions=instructions,
        illustration=str(illustration),
        alt=alt,
        hold_seconds=hold,
        repetitions=reps,
        rest_seconds=rest,
        sides=sides,  # type: ignore[arg-type]
        sources=tuple(sources),
        cue=cue,
    )


def _read_toml(path: Path) -> tuple[dict[str, Any] | None, PlanError | None]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f), None
    except tomllib.TOMLDecodeError as exc:
        return None, PlanError(path.name, "", f"not valid TOML ({exc})")
    except (OSError, UnicodeDecodeError) as exc:
        return None, PlanError(path.name, "", f"cannot be read ({exc})")


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
        c = _Collector(path.name)
        step = _parse_step(c, step_id, table, known_sources, illustrations_dir)
        errors.extend(c.errors)
        if step is not None:
            steps[step_id] = step
    return steps, errors


# --- plans ------------------------------------------------------------------------------------

_PLAN_KEYS: Final = ("id", "name", "description", "kind", "steps")
_REF_KEYS: Final = ("step",)
_REF_OPTIONAL: Final = ("hold_seconds", "repetitions", "rest_seconds")


def _parse_step_refs(
    c: _Collector, value: object, library: Mapping[str, ReliefStep], library_name: str
) -> list[ReliefStep]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_STEPS_PER_PLAN:
        c.add("steps", f"must be a list of 1 to {MAX_STEPS_PER_PLAN} steps")
        return []
    steps: list[ReliefStep] = []
    for i, ref in enumerate(value):
        path = f"steps[{i}]"
        if isinstance(ref, str):
            ref = {"step": ref}
        if not isinstance(ref, Mapping):
            c.add(path, '{ step = "step_id" } expected')
            continue
        if not _check_keys(c, path, ref, _REF_KEYS, _REF_OPTIONAL):
            continue
        step_id = ref["step"]
        base = library.get(step_id) if isinstance(step_id, str) else None
        if base is None:
            c.add(f"{path}.step", f'unknown step "{step_id}" (not a valid step in {library_name})')
            continue
        hold = ref.get("hold_seconds")
        reps = ref.get("repetitions")
        rest = ref.get("rest_seconds")
        before = len(c.errors)
        if hold is not None:
            _seconds(c, f"{path}.hold_seconds", hold, HOLD_RANGE)
        if reps is not None:
            _int_in(c, f"{path}.repetitions", reps, REPETITIONS_RANGE, "a whole number")
        if rest is not None:
            _seconds(c, f"{path}.rest_seconds", rest, REST_RANGE)
        if len(c.errors) == before:
            steps.append(base.with_timing(hold, reps, rest))
    return steps


def _parse_plan(
    c: _Collector,
    data: Mapping[str, Any],
    library: Mapping[str, ReliefStep],
    *,
    expected_id: str | None,
    custom: bool,
) -> ReliefPlan | None:
    before = len(c.errors)
    optional = ("description", "format") if custom else ()
    required = tuple(k for k in _PLAN_KEYS if k not in optional)
    _check_keys(c, "", data, required, optional)
    plan_id = _identifier(c, "id", data.get("id"))
    if expected_id is not None and plan_id and plan_id != expected_id:
        c.add("id", f'"{plan_id}" must match the file name ("{expected_id}")')
    name = _text(c, "name", data.get("name"), MAX_NAME, both=not custom)
    if custom and "description" not in data:
        description = LocalText("", "")
    else:
        description = _text(
            c, "description", data.get("description"), MAX_DESCRIPTION, both=not custom
        )
    kind = _choice(c, "kind", data.get("kind"), PLAN_KINDS)
    steps = _parse_step_refs(
        c, data.get("steps"), library, "the step library" if custom else STEPS_FILENAME
    )
    if len(c.errors) > before:
        return None
    return ReliefPlan(
        id=plan_id,
        name=name,
        description=description,
        kind=kind,  # type: ignore[arg-type]
        steps=tuple(steps),
        custom=custom,
    )


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
        c = _Collector(path.name)
        plan = _parse_plan(c, data, result.steps, expected_id=path.stem, custom=False)
        result.errors.extend(c.errors)
        if plan is not None:
            result.plans.append(plan)
    return result


def known_source_ids(sources_file: Path) -> set[str] | None:
    """Source ids in ``sources.toml``, or None when the file is missing or unreadable.

    Accepts ``[id]`` tables, ``[sources.id]`` tables, or ``[[sources]]`` entries with an ``id``.
    """
    data, _ = _read_toml(sources_file) if sources_file.is_file() else (None, None)
    if data is None:
        return None
    ids: set[str] = set()

    def collect(table: Mapping[str, Any]) -> Iterator[str]:
        for key, value in table.items():
            if isinstance(value, Mapping):
                yield key
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, Mapping) and isinstance(item.get("id"), str):
                        yield item["id"]

    sources = data.get("sources", data.get("source"))
    if isinstance(sources, Mapping):
        ids.update(collect(sources))
    elif isinstance(sources, list):
        ids.update(collect({"sources": sources}))
    else:
        ids.update(collect(data))
    return ids


def load_default_plans() -> PlanLoadResult:
    """The plans shipped in ``assets/plans``, checked against ``assets/sources.toml`` if present."""
    from crampwise import paths

    return load_plans(
        paths.asset("plans"),
        known_sources=known_source_ids(paths.asset("sources.toml")),
        illustrations_dir=paths.asset("illustrations"),
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
    if plan.description.en:
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
    c = _Collector(source)
    if not isinstance(data, Mapping):
        raise PlanValidationError([PlanError(source, "", "must be a JSON object")])
    fmt = data.get("format", CUSTOM_PLAN_FORMAT)
    if fmt != CUSTOM_PLAN_FORMAT:
        raise PlanValidationError([PlanError(source, "format", f"unsupported format {fmt!r}")])
    plan = _parse_plan(c, data, library, expected_id=None, custom=True)
    if plan is None:
        raise PlanValidationError(c.errors)
    return plan
