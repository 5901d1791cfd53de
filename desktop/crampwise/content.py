"""Content files as typed structures: decode TOML tables into ``msgspec.Struct`` types.

Every content file (advice, sources, Learn, plans) declares its shape once as
``msgspec.Struct`` types (``forbid_unknown_fields``, bounds and patterns as ``msgspec.Meta``);
:func:`convert` decodes a parsed table into one and turns msgspec's errors into
``(path, message)`` pairs a content author can act on:
``("steps[2].hold_seconds", "Expected `int` <= 600")``. When a table has several faults, every
faulty field is reported (msgspec alone stops at the first).

:class:`~crampwise.text.LocalText` fields read ``{ en = "...", fr = "...", ... }`` tables: any
language code, English required. Cross-checks a type cannot express (ids that must exist elsewhere)
are short functions in each loader, run after decoding.
"""

from __future__ import annotations

import re
import tomllib
import types
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import msgspec

from crampwise.text import ENGLISH, LocalText

T = TypeVar("T")
Problem = tuple[str, str]  # (where, what is wrong)

# A language code as the content writes it: "en", "fr", "pt_BR", "zh_Hant".
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Za-z]{2,4})?$")
Id = Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Words = Annotated[str, msgspec.Meta(min_length=1, pattern=r"\S")]  # a non-blank string
Ids = Annotated[frozenset[Id], msgspec.Meta(min_length=1)]


class ContentFileError(Exception):
    """A content file that cannot be read as TOML at all (missing, unreadable, malformed)."""


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ContentFileError("file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentFileError(f"not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentFileError(f"cannot be read: {exc}") from None


def local_text(value: object, *, plain: bool = False) -> LocalText:
    """``{ en = "...", <lang> = "..." }`` as a :class:`LocalText`; a plain string too if ``plain``.

    Raises ``ValueError``/``TypeError`` (which msgspec reports with the field's path)."""
    if isinstance(value, str) and plain:
        value = {ENGLISH: value}
    if not isinstance(value, Mapping):
        raise TypeError('expected a table of texts: { en = "...", fr = "..." }')
    for lang, text in value.items():
        if not isinstance(lang, str) or not LANGUAGE_CODE.match(lang):
            raise ValueError(f"unknown language '{lang}' (expected a code such as en, fr, pt_BR)")
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"missing or empty '{lang}' text")
    if ENGLISH not in value:
        raise ValueError(f"missing or empty '{ENGLISH}' text")
    return LocalText({lang: text.strip() for lang, text in value.items()})


def _dec_hook(kind: type, value: Any) -> Any:
    if kind is LocalText:
        return local_text(value)
    raise NotImplementedError(f"cannot decode {kind!r}")


def convert(value: object, kind: type[T], where: str = "") -> tuple[T | None, list[Problem]]:
    """``value`` decoded as ``kind``, or ``None`` and every fault found (paths below ``where``)."""
    try:
        return msgspec.convert(value, kind, dec_hook=_dec_hook), []
    except msgspec.ValidationError as exc:
        first = _problem(str(exc), where, kind)
    struct = _struct_of(kind)
    if struct is None or not isinstance(value, dict):
        return None, [first]
    return None, _field_problems(value, struct, where) or [first]


def _field_problems(
    value: dict[str, Any], struct: type[msgspec.Struct], where: str
) -> list[Problem]:
    """Each field decoded on its own, so that all the faulty ones are named."""
    problems: list[Problem] = []
    fields = {f.encode_name: f for f in msgspec.structs.fields(struct)}
    if struct.__struct_config__.forbid_unknown_fields:
        problems += [(_join(where, k), "unknown field") for k in value if k not in fields]
    for name, info in fields.items():
        path = _join(where, name)
        if name not in value:
            if info.required:
                problems.append((path, "missing"))
            continue
        item = _struct_of(_items_of(info.type))
        if item is not None and isinstance(value[name], list):
            inner = [
                found
                for index, element in enumerate(value[name])
                for found in convert(element, item, f"{path}[{index}]")[1]
            ]
            if inner:
                problems += inner
                continue
        problems += convert(value[name], info.type, path)[1]
    return problems


_AT = re.compile(r"^(?P<message>.*) - at `\$(?P<path>[^`]*)`$", re.DOTALL)
_MISSING = re.compile(r"^Object missing required field `(?P<field>[^`]*)`$")
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<field>[^`]*)`$")


def _problem(text: str, where: str, kind: Any = None) -> Problem:
    found = _AT.match(text)
    message, path = (found["message"], found["path"]) if found else (text, "")
    expected = _expected(_at_path(kind, path))
    if expected and not message.startswith("Object"):
        message = f"{message}; expected {expected}"
    path = where + path if path.startswith("[") or not where else _join(where, path.lstrip("."))
    for pattern, what in ((_MISSING, "missing"), (_UNKNOWN, "unknown field")):
        if field := pattern.match(message):
            return _join(path, field["field"]), what
    return path, message


def _join(where: str, key: str) -> str:
    if not key:
        return where
    return f"{where}.{key}" if where else key


def _strip(kind: Any) -> Any:
    """The type without ``Annotated`` and without ``| None``."""
    while get_origin(kind) is Annotated:
        kind = get_args(kind)[0]
    if get_origin(kind) in (Union, types.UnionType):
        rest = [a for a in get_args(kind) if a is not type(None)]
        kind = rest[0] if len(rest) == 1 else kind
    while get_origin(kind) is Annotated:
        kind = get_args(kind)[0]
    return kind


def _items_of(kind: Any) -> Any:
    kind = _strip(kind)
    if get_origin(kind) in (list, tuple):
        return get_args(kind)[0]
    return None


def _struct_of(kind: Any) -> type[msgspec.Struct] | None:
    kind = _strip(kind)
    return kind if isinstance(kind, type) and issubclass(kind, msgspec.Struct) else None


_STEP = re.compile(r"\.(\w+)|\[(\d+|\.\.\.)\]")


def _at_path(kind: Any, path: str) -> Any:
    """The type found at ``path`` (``.rules[0].severity``) inside ``kind``, if it can be told."""
    for field, _index in _STEP.findall(path):
        kind = _strip(kind)
        if field:
            struct = _struct_of(kind)
            names = (
                {f.encode_name: f.type for f in msgspec.structs.fields(struct)} if struct else {}
            )
            if field not in names:
                return None
            kind = names[field]
        else:
            args = get_args(kind)
            kind = args[-1] if get_origin(kind) is dict else _items_of(kind)
    return kind


def _expected(kind: Any) -> str:
    """What a value of ``kind`` must be, in words, where msgspec's own message is terse."""
    if get_origin(kind) in (Union, types.UnionType):
        rest = [a for a in get_args(kind) if a is not type(None)]
        kind = rest[0] if len(rest) == 1 else kind
    annotated = get_origin(kind) is Annotated
    meta = [m for m in get_args(kind)[1:] if isinstance(m, msgspec.Meta)] if annotated else []
    kind = _strip(kind)
    if get_origin(kind) is Literal:
        return "one of " + ", ".join(str(choice) for choice in get_args(kind))
    if kind is int and meta and meta[0].ge is not None and meta[0].le is not None:
        return f"a whole number from {meta[0].ge} to {meta[0].le}"
    return ""
