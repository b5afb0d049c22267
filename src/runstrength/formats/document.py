"""JSON for plans and every value in them: ``to_json`` / ``from_json``, and a JSON Schema.

The document is an envelope around the value::

    {"format": "runstrength", "version": 2, "type": "Plan", "data": {...},
     "exercises": [...]}

A plan names each planned exercise by its key (``"exercise": "back-squat"``) and
lists the exercises once, in ``exercises``; version 1 documents, which repeated the
whole exercise each time, are still read. Fields are written under their
constructor names; dates as ISO strings
(``"2026-12-08"``); enumerations by value; tuples and sets as arrays (sets
sorted); numbers as JSON numbers (never NaN or infinity). Reading is strict: an
unknown, missing or mistyped field, a wrong version or type, or a value the
constructor refuses raises a [`FormatError`][runstrength.errors.FormatError] whose ``argument`` is
the path
of the bad field (``$.data.weeks[3].sessions[0].date``). Nothing is evaluated or
unpickled; only the classes listed in [`TYPES`][runstrength.formats.document.TYPES] are ever built.

Examples:
    >>> import runstrength as rs
    >>> race = rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
    >>> text = to_json(race)
    >>> print(text[:62])
    {"format": "runstrength", "version": 2, "type": "Race", "data"
    >>> from_json(text) == race
    True
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import functools
import json
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import numpy as np

from runstrength import _validate as v
from runstrength.athlete import Athlete
from runstrength.errors import ArgumentTypeError, FormatError, RunstrengthError
from runstrength.implements import Barbell, DumbbellSet, KettlebellSet
from runstrength.load import Prescription, WarmupSet
from runstrength.log import DayMark, LoggedRun, LoggedSet, LoggedStrength, TrainingLog
from runstrength.periodisation import Condition, Dose, Race, SeasonWeek
from runstrength.plan import Plan, PlannedExercise, PlannedSession, PlanRequest, PlanWeek
from runstrength.running import Run, RunningCalendar, RunningDay
from runstrength.taxonomy import Exercise

__all__ = [
    "FORMAT",
    "MAX_INDENT",
    "TYPES",
    "VERSION",
    "FormatError",
    "from_json",
    "json_schema",
    "to_json",
]

FORMAT = "runstrength"
"""The ``format`` field of every document."""

VERSION = 2
"""The version of the format this library writes (it reads this one and version 1)."""

_READS = (1, 2)

MAX_INDENT = 16
"""The widest indent `to_json` writes (spaces per level): wider ones only waste space."""

TYPES: Mapping[str, type] = types.MappingProxyType(
    {
        cls.__name__: cls
        for cls in (
            Plan,
            PlanWeek,
            PlannedSession,
            PlannedExercise,
            Athlete,
            Barbell,
            DumbbellSet,
            KettlebellSet,
            SeasonWeek,
            Race,
            Dose,
            Condition,
            RunningDay,
            Run,
            Exercise,
            Prescription,
            WarmupSet,
            PlanRequest,
            RunningCalendar,
            TrainingLog,
            LoggedRun,
            LoggedStrength,
            LoggedSet,
            DayMark,
        )
    }
)
"""The value classes a document may hold, by the name its ``type`` field uses."""

_MAX_TEXT = 50_000_000  # characters: a plan of the longest allowed season is about 4 MB


@functools.cache
def _fields(cls: Any) -> tuple[tuple[str, str, Any, bool], ...]:
    """(constructor name, attribute, type, has a default) for each field a class is built from."""
    hints = typing.get_type_hints(cls)
    return tuple(
        (str(f.alias or f.name), str(f.name), hints[f.name], f.default is not attrs.NOTHING)
        for f in attrs.fields(cls)
        if f.init
    )


# --- writing ------------------------------------------------------------------------------


def _encode(value: Any, memo: dict[int, Any]) -> Any:
    """The JSON form of ``value``; ``memo`` holds each library value's form by identity.

    A plan holds the same values many times over (an exercise in every session that
    has it): each is encoded once per call, and the document shares the result.
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [_encode(v, memo) for v in value]
    found = memo.get(id(value))
    if found is not None:
        return found
    if kind in _CLASSES:
        return _encode_value(value, memo)
    return _encode_other(value, memo)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _encode_other(value: Any, memo: dict[int, Any]) -> Any:  # noqa: PLR0911 - one a kind
    """Numbers of numpy, enum members, dates, sets and mappings."""
    if isinstance(value, np.generic):
        return _encode(value.item(), memo)  # a numpy number stored as it was given
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (bool, str, int, float)):
        return value  # a subclass of a plain type
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return sorted(_encode(v, memo) for v in value)
    if isinstance(value, (tuple, list)):
        return [_encode(v, memo) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _encode(v, memo) for k, v in value.items()}
    return _encode_value(value, memo)


def _encode_value(value: Any, memo: dict[int, Any]) -> Any:
    """A library value's JSON form: its fields by their constructor names."""
    cls: Any = type(value)
    if cls not in _CLASSES:  # pragma: no cover - validators keep foreign values out
        raise ArgumentTypeError(
            "value", value, "must hold only the library's own values", "build it with runstrength"
        )
    encoded = {}
    for name, attr, floating, reference in _writers(cls):
        if reference:
            encoded[name] = _reference(getattr(value, attr), memo)
            continue
        item = _encode(getattr(value, attr), memo)
        # A float field holding a whole number is written as a float, so text round trips.
        encoded[name] = float(item) if floating and type(item) is int else item
    memo[id(value)] = encoded
    return encoded


# Within one to_json call: the exercises the document lists once, by key.
_TABLE: contextvars.ContextVar[dict[str, tuple[Exercise, Any]]] = contextvars.ContextVar("table")


def _reference(exercise: Exercise, memo: dict[int, Any]) -> Any:
    """The exercise's key, its document listed once; written whole if another has the key."""
    table = _TABLE.get()
    listed = table.get(exercise.key)
    if listed is None:
        table[exercise.key] = (exercise, _encode(exercise, memo))
    elif listed[0] is not exercise and listed[0] != exercise:
        return _encode(exercise, memo)  # two different exercises with one key
    return exercise.key


_CLASSES = frozenset(TYPES.values())


@functools.cache
def _writers(cls: Any) -> tuple[tuple[str, str, bool, bool], ...]:
    """(name in the document, attribute, whether a float, whether an exercise) for each field."""
    return tuple(
        (name, attr, hint is float or float in typing.get_args(hint), hint is Exercise)
        for name, attr, hint, _ in _fields(cls)
    )


def to_json(value: object, *, indent: int | None = None) -> str:
    """The value as a runstrength JSON document (deterministic: same value, same text).

    Raises:
        ArgumentTypeError: The value is not one of [`TYPES`][runstrength.formats.document.TYPES].
        ValidationError: ``indent`` is not None or a whole number from 0 to
            [`MAX_INDENT`][runstrength.formats.document.MAX_INDENT].

    Examples:
        >>> import runstrength as rs
        >>> print(to_json(rs.Run(rs.RunKind.MODERATE, "med-long", distance_km=19.3), indent=1))
        {
         "format": "runstrength",
         "version": 2,
         "type": "Run",
         "data": {
          "kind": "moderate",
          "label": "med-long",
          "distance_km": 19.3,
          "minutes": null
         }
        }
    """
    name = type(value).__name__
    if TYPES.get(name) is not type(value):
        raise ArgumentTypeError(
            "value",
            value,
            "must be a plan or a value in one (" + ", ".join(TYPES) + ")",
            "pass a Plan, e.g. from plan_season",
        )
    if indent is not None:
        v.check_whole("indent", indent, low=0, high=MAX_INDENT)
    table: dict[str, tuple[Exercise, Any]] = {}
    token = _TABLE.set(table)
    try:
        data = _encode(value, {})
    finally:
        _TABLE.reset(token)
    document = {"format": FORMAT, "version": VERSION, "type": name, "data": data}
    if table:
        document["exercises"] = [listed for _, listed in table.values()]
    text: str = json.dumps(document, indent=indent, ensure_ascii=False, allow_nan=False)
    return text


# --- reading ------------------------------------------------------------------------------


def _fail(path: str, value: object, rule: str, fix: str = "write it with to_json") -> FormatError:
    return FormatError(path, value, rule, fix)


def _args(hint: Any) -> tuple[Any, ...]:
    return typing.get_args(hint)


class _Refused(Exception):  # noqa: N818 - internal, never escapes from_json
    """A field the reader refuses; the path is collected on the way out (reversed)."""

    def __init__(self, value: object, rule: str, fix: str = "write it with to_json") -> None:
        super().__init__(rule)
        self.value, self.rule, self.fix = value, rule, fix
        self.steps: list[str] = []

    def at(self, step: str) -> _Refused:
        self.steps.append(step)
        return self

    def error(self, root: str) -> FormatError:
        return FormatError(root + "".join(reversed(self.steps)), self.value, self.rule, self.fix)


_Decoder = Callable[[Any], Any]


@functools.cache
def _decoder(hint: Any) -> _Decoder:  # noqa: PLR0911 - one case per type
    """The reader of one field type, made once per type: paths are built only on failure."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in _args(hint) if a is not type(None)]
        return _optional(_decoder(options[0]), nullable=len(options) < len(_args(hint)))
    if origin is tuple:
        items = _args(hint)
        if len(items) == 2 and items[1] is Ellipsis:
            return _array(_decoder(items[0]))
        return _fixed_array(tuple(_decoder(t) for t in items))
    if origin is frozenset:
        return _set(_decoder(_args(hint)[0]))
    if origin in (Mapping, dict, typing.Mapping):
        return _mapping(_decoder(_args(hint)[1]))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum(hint)
    simple = {bool: _bool, str: _str, int: _int, float: _float, dt.date: _date}
    if hint in simple:
        return simple[hint]
    if hint is Exercise:
        return _exercise
    if isinstance(hint, type) and attrs.has(hint) and hint in TYPES.values():
        return functools.partial(_build_once if hint in _REPEATED else _build, hint)
    raise TypeError(f"a type this format cannot read ({hint})")  # pragma: no cover


# Within one from_json call: the exercises the document lists, by key.
_LISTED: contextvars.ContextVar[dict[str, Exercise] | None] = contextvars.ContextVar("listed")
"""Version 2: the listed exercises by key; version 1 (exercises written out): None."""


def _exercise(value: Any) -> Exercise:
    """An exercise named by its key in the document's list, or written out whole."""
    listed = _LISTED.get()
    if isinstance(value, str) and listed is not None:
        found = listed.get(value)
        if found is None:
            raise _Refused(
                value, "must be the key of an exercise in the document's exercises list"
            )
        return found
    made: Exercise = _build_once(Exercise, value)
    return made


def _optional(decode: _Decoder, *, nullable: bool) -> _Decoder:
    def read(value: Any) -> Any:
        if value is None and nullable:
            return None
        return decode(value)

    return read


def _items(decode: _Decoder, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _Refused(value, "must be an array")
    out = []
    for index, item in enumerate(value):
        try:
            out.append(decode(item))
        except _Refused as refused:
            raise refused.at(f"[{index}]") from None
    return out


def _array(decode: _Decoder) -> _Decoder:
    return lambda value: tuple(_items(decode, value))


def _fixed_array(decoders: tuple[_Decoder, ...]) -> _Decoder:
    def read(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _Refused(value, "must be an array")
        if len(value) != len(decoders):
            raise _Refused(value, f"must be an array of {len(decoders)} items")
        out = []
        for index, (decode, item) in enumerate(zip(decoders, value, strict=True)):
            try:
                out.append(decode(item))
            except _Refused as refused:
                raise refused.at(f"[{index}]") from None
        return tuple(out)

    return read


def _set(decode: _Decoder) -> _Decoder:
    def read(value: Any) -> frozenset[Any]:
        members = _items(decode, value)
        unique = frozenset(members)
        if len(unique) != len(members):
            raise _Refused(value, "must not repeat an item")
        return unique

    return read


def _mapping(decode: _Decoder) -> _Decoder:
    def read(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _Refused(value, "must be an object")
        out = {}
        for key, item in value.items():
            try:
                out[key] = decode(item)
            except _Refused as refused:
                raise refused.at(f"[{key!r}]") from None
        return out

    return read


def _enum(kind: type[enum.Enum]) -> _Decoder:
    members = {m.value: m for m in kind}
    rule = "must be one of " + ", ".join(str(m.value) for m in kind)

    def read(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise _Refused(value, rule)
        member = members.get(value)
        if member is not None:
            return member
        try:
            return kind(value)
        except (ValueError, RunstrengthError):
            raise _Refused(value, rule) from None

    return read


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Refused(value, "must be true or false")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _Refused(value, "must be a string")
    return value


def _int(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # JSON has one kind of number: 3.0 is the whole number 3
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Refused(value, "must be a whole number")
    return value


def _float(value: Any) -> float:
    if value is _NOT_FINITE:
        raise _Refused("NaN or Infinity", "must be finite")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Refused(value, "must be a number")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise _Refused(value, "must be finite")
    return number


def _date(value: Any) -> dt.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _Refused(value, "must be a date like 2026-12-08")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Refused(value, "must be a date like 2026-12-08") from None


@functools.cache
def _readers(cls: type) -> tuple[frozenset[str], tuple[tuple[str, _Decoder, bool], ...]]:
    """A class's field names, and (name, reader, has a default) for each field."""
    fields = _fields(cls)
    known = frozenset(name for name, _, _, _ in fields)
    return known, tuple((name, _decoder(hint), optional) for name, _, hint, optional in fields)


def _exercise_key(document: dict[str, Any]) -> Any:
    """The exercise's key and the dose: copies that share them are mostly equal."""
    exercise, dose = document.get("exercise"), document.get("prescription")
    key = exercise.get("key") if type(exercise) is dict else exercise  # listed: by key
    if type(dose) is not dict:
        return key
    return (key, dose.get("sets"), dose.get("reps"), dose.get("load"))


def _run_count(document: dict[str, Any]) -> Any:
    runs = document.get("runs")
    return len(runs) if isinstance(runs, list) else None


_REPEATED: Mapping[type, Callable[[dict[str, Any]], Any]] = types.MappingProxyType(
    {
        Exercise: lambda document: document.get("key"),
        Run: lambda document: document.get("kind"),
        RunningDay: _run_count,  # a running calendar repeats its template week's days
        Dose: lambda document: document.get("source"),  # a phase's dose, week after week
        PlannedExercise: _exercise_key,
    }
)
"""Classes a plan holds many equal copies of, and what tells copies apart fast."""

_Leaves = tuple[tuple[tuple[Any, ...], type], ...]

# Within one from_json call: the documents of repeated classes already built, by class
# and telling field, each with its typed leaves and the value built from it. An equal
# document builds an equal value, so it is built once.
_BUILT: contextvars.ContextVar[dict[tuple[type, Any], list[tuple[Any, _Leaves | None, Any]]]] = (
    contextvars.ContextVar("built")
)

# The most copies kept under one class and telling field: a plan has at most a few, and
# a document of many distinct ones (days that differ only in a distance) must not make
# each compared with all the others before it.
_MAX_COPIES = 16


def _same(built: Any, other: Any) -> bool:
    """Whether ``other`` is the document ``built`` was built from, types and all.

    Python's own comparison rules most out fast; but it finds ``1 == 1.0 == True``,
    which the reader does not, so the leaves that are not strings (a string equals only
    a string) must also be of the same types.
    """
    return _same_leaves(built, _typed_leaves(built), other)


def _same_leaves(built: Any, leaves: _Leaves, other: Any) -> bool:
    if type(built) is not type(other) or built != other:
        return False
    return _same_types(leaves, other)


def _same_types(leaves: _Leaves, other: Any) -> bool:
    """Whether ``other``, equal to a document with these leaves, has them of the same types."""
    for path, kind in leaves:
        node = other
        for step in path:  # equal documents: the same keys, lists of the same length
            node = node[step]
        if type(node) is not kind:
            return False
    return True


def _typed_leaves(document: Any) -> _Leaves:
    """The path and type of each leaf of ``document`` that is not a string or None.

    A string or None equals only its like, so equal documents agree on those already.
    """
    found: list[tuple[tuple[Any, ...], type]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        kind = type(node)
        if kind is dict:
            for key, item in node.items():
                walk(item, (*path, key))
        elif kind is list:
            for index, item in enumerate(node):
                walk(item, (*path, index))
        elif kind is not str and node is not None:
            found.append((path, kind))

    walk(document, ())
    return tuple(found)


def _build_once(cls: type, value: Any) -> Any:
    built = _BUILT.get()
    tell = _REPEATED[cls](value) if isinstance(value, dict) else None
    try:
        copies = built.setdefault((cls, tell), [])
    except TypeError:  # a list or an object where a plain value belongs: no copies
        return _build(cls, value)
    for index, (document, known, made) in enumerate(copies):
        if type(document) is type(value) and document == value:
            leaves = known
            if leaves is None:  # worked out only once a copy needs them
                leaves = _typed_leaves(document)
                copies[index] = (document, leaves, made)
            if _same_types(leaves, value):
                return made
    made = _build(cls, value)
    if len(copies) < _MAX_COPIES:
        copies.append((value, None, made))
    return made


def _build(cls: type, value: Any) -> Any:
    if not isinstance(value, dict):
        raise _Refused(value, f"must be an object ({cls.__name__})")
    known, readers = _readers(cls)
    for key in value:
        if key not in known:
            raise _Refused(value[key], f"is not a field of {cls.__name__}").at(f".{key}")
    kwargs = {}
    for name, decode, optional in readers:
        if name not in value:
            if optional:
                continue
            raise _Refused(None, f"is missing ({cls.__name__} needs it)").at(f".{name}")
        try:
            kwargs[name] = decode(value[name])
        except _Refused as refused:
            raise refused.at(f".{name}") from None
    try:
        return cls(**kwargs)
    except RunstrengthError as error:
        failed = _Refused(error.value, error.rule, error.fix)
        raise (failed.at(f".{error.argument}") if error.argument in known else failed) from None
    except (
        TypeError,
        ValueError,
        KeyError,
    ) as error:  # pragma: no cover - constructors raise ours
        raise _Refused(value, f"cannot build {cls.__name__}: {error}") from None


_NOT_FINITE = object()  # NaN or Infinity in the text: refused where a number is read
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _not_finite(_name: str) -> object:
    return _NOT_FINITE


def from_json(text: str | bytes, *, expect: type | None = None) -> Any:  # noqa: PLR0912
    """Read a document written by `to_json` back into an equal value.

    Args:
        text: The JSON text.
        expect: The class the document must hold (e.g. ``Plan``), or None for any
            of [`TYPES`][runstrength.formats.document.TYPES].

    Raises:
        FormatError: Malformed, truncated, wrong-version or hostile input; its
            ``argument`` is the path of the bad field.
        ArgumentTypeError: ``text`` is not text.

    Examples:
        >>> import runstrength as rs
        >>> from_json(to_json(rs.Run(rs.RunKind.LONG_RUN))).kind
        <RunKind.LONG_RUN: 'long-run'>
        >>> try:
        ...     from_json('{"format": "runstrength", "version": 1, "type": "Race", '
        ...               '"data": {"date": "2027-13-01"}}')
        ... except FormatError as error:
        ...     print(error.argument)
        $.data.date
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise _fail("$", text[:20], "must be UTF-8 text", "save the file as UTF-8") from None
    if not isinstance(text, str):
        raise ArgumentTypeError("text", text, "must be a str or bytes", "read the file first")
    if len(text) > _MAX_TEXT:
        raise _fail("$", f"{len(text)} characters", f"must be at most {_MAX_TEXT} characters")
    try:
        document = json.loads(text, parse_constant=_not_finite)
    except json.JSONDecodeError as error:
        raise _fail("$", text[:40], f"must be JSON ({error.msg} at {error.pos})") from None
    except RecursionError:
        raise _fail("$", text[:40], "must not nest this deeply") from None
    except ValueError as error:  # e.g. an integer with more digits than Python reads
        raise _fail("$", text[:40], f"must be JSON a reader can take ({error})") from None
    if not isinstance(document, dict):
        raise _fail("$", document, "must be an object with format, version, type and data")
    for key in document:
        if key not in ("format", "version", "type", "data", "exercises"):
            raise _fail(f"$.{key}", document[key], "is not part of the envelope")
    if document.get("format") != FORMAT:
        raise _fail("$.format", document.get("format"), f"must be {FORMAT!r}")
    version = document.get("version")
    if version not in _READS or isinstance(version, bool):
        raise _fail(
            "$.version",
            version,
            "must be 1 or 2 (the versions this library reads)",
            "upgrade runstrength to read newer files",
        )
    if version == 1 and "exercises" in document:
        raise _fail("$.exercises", document["exercises"], "is not part of a version 1 envelope")
    name = document.get("type")
    cls = TYPES.get(name) if isinstance(name, str) else None
    if cls is None:
        raise _fail("$.type", name, "must be one of " + ", ".join(TYPES))
    if expect is not None and not any(expect is kind for kind in TYPES.values()):
        raise ArgumentTypeError(
            "expect", expect, "must be None or one of the classes in TYPES", "e.g. expect=Plan"
        )
    if expect is not None and cls is not expect:
        raise _fail("$.type", name, f"must be {getattr(expect, '__name__', expect)}")
    if "data" not in document:
        raise _fail("$.data", None, "is missing")
    return _read(cls, document, version)


def _read(cls: type, document: dict[str, Any], version: int) -> Any:
    """The value in a checked envelope; the exercises list first in version 2."""
    token = _BUILT.set({})
    try:
        listed = _listed(document.get("exercises", [])) if version == VERSION else None
        listed_token = _LISTED.set(listed)
        try:
            return _build(cls, document["data"])
        except _Refused as refused:
            raise refused.error("$.data") from None
        finally:
            _LISTED.reset(listed_token)
    finally:
        _BUILT.reset(token)


def _listed(entries: Any) -> dict[str, Exercise]:
    """The document's list of exercises, each built and checked once, by key."""
    if not isinstance(entries, list):
        raise _fail("$.exercises", entries, "must be an array of exercises")
    listed: dict[str, Exercise] = {}
    for index, entry in enumerate(entries):
        try:
            exercise = _build(Exercise, entry)
        except _Refused as refused:
            raise refused.error(f"$.exercises[{index}]") from None
        if exercise.key in listed:
            raise _fail(f"$.exercises[{index}].key", exercise.key, "must not repeat a listed key")
        listed[exercise.key] = exercise
    return listed


# --- the schema ---------------------------------------------------------------------------


def _schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return {"anyOf": [_schema(a, defs) for a in _args(hint)]}
    if origin is tuple:
        items = _args(hint)
        if len(items) == 2 and items[1] is Ellipsis:
            return {"type": "array", "items": _schema(items[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_schema(t, defs) for t in items],
            "minItems": len(items),
            "maxItems": len(items),
        }
    if origin is frozenset:
        return {"type": "array", "items": _schema(_args(hint)[0], defs), "uniqueItems": True}
    if origin in (Mapping, dict):
        return {"type": "object", "additionalProperties": _schema(_args(hint)[1], defs)}
    if hint is type(None):
        return {"type": "null"}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": [m.value for m in hint]}
    simple = {bool: "boolean", str: "string", int: "integer", float: "number"}
    if hint in simple:
        return {"type": simple[hint]}
    if hint is dt.date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    name = hint.__name__
    if name not in defs:
        defs[name] = {}  # a placeholder stops recursion
        fields = _fields(hint)
        defs[name] = {
            "type": "object",
            "properties": {n: _field_schema(t, defs) for n, _, t, _ in fields},
            "required": [n for n, _, _, optional in fields if not optional],
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}


def _field_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """A field's schema: an exercise field holds a listed exercise's key, or the exercise."""
    if hint is Exercise:
        return {"anyOf": [{"type": "string"}, _schema(Exercise, defs)]}
    return _schema(hint, defs)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the documents `to_json` writes.

    The package ships the same schema as ``runstrength/data/runstrength.schema.json``.

    Examples:
        >>> schema = json_schema()
        >>> schema["properties"]["version"], sorted(schema["$defs"])[:3]
        ({'const': 2}, ['Athlete', 'Barbell', 'Condition'])
    """
    defs: dict[str, Any] = {}
    one_of = []
    for name, cls in TYPES.items():
        _schema(cls, defs)
        one_of.append(
            {
                "properties": {"type": {"const": name}, "data": {"$ref": f"#/$defs/{name}"}},
            }
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://runstrength.readthedocs.io/schema/v2.json",
        "title": "runstrength document",
        "type": "object",
        "required": ["format", "version", "type", "data"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "type": {"enum": list(TYPES)},
            "data": {"type": "object"},
            "exercises": {"type": "array", "items": {"$ref": "#/$defs/Exercise"}},
        },
        "oneOf": one_of,
        "$defs": dict(sorted(defs.items())),
    }
