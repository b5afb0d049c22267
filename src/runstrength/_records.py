"""Exercises to and from plain mappings (parsed TOML or JSON), with located errors."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs

from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, CatalogueError, RunstrengthError
from runstrength.level import Level
from runstrength.taxonomy import (
    Category,
    Dosing,
    Equipment,
    Exercise,
    Muscle,
    Pattern,
    PlyoIntensity,
)

E = TypeVar("E", bound=enum.Enum)


class _Missing:
    def __repr__(self) -> str:
        return "nothing"


_MISSING = _Missing()
_FIELDS = tuple(field.name for field in attrs.fields(Exercise))
_REQUIRED = ("key", "name", "category", "pattern", "muscles")


def _enum(enum_cls: type[E], value: object, where: str) -> E:
    if not isinstance(value, str):
        raise ArgumentTypeError(
            where, value, "must be a string", f"use one of {v.choices(enum_cls)}"
        )
    return v.to_enum(enum_cls, value, where)


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise ArgumentTypeError(where, value, "must be a list", "write it as [ ... ]")
    return list(value)


def _strings(value: object, where: str) -> tuple[str, ...]:
    items = _list(value, where)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise ArgumentTypeError(f"{where}[{index}]", item, "must be a string", "quote it")
    return tuple(items)


def _bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise ArgumentTypeError(where, value, "must be true or false", "write true or false")
    return value


def exercise_from_record(record: object, where: str = "record") -> Exercise:
    """Build an `Exercise` from a mapping; errors name ``where`` and the field."""
    if not isinstance(record, Mapping):
        raise ArgumentTypeError(where, record, "must be a mapping", "give a table of fields")
    unknown = sorted(str(name) for name in record if name not in _FIELDS)
    if unknown:
        raise CatalogueError(
            f"{where}.{unknown[0]}",
            record[unknown[0]],
            "is not an exercise field",
            f"use only {', '.join(_FIELDS)}",
        )
    missing = [name for name in _REQUIRED if name not in record]
    if missing:
        raise CatalogueError(
            f"{where}.{missing[0]}",
            _MISSING,
            "is required",
            f"add {missing[0]!r} to the record",
        )
    at = f"{where}.{{}}".format
    fields: dict[str, Any] = {
        "key": record["key"],
        "name": record["name"],
        "category": _enum(Category, record["category"], at("category")),
        "pattern": _enum(Pattern, record["pattern"], at("pattern")),
        "muscles": tuple(
            _enum(Muscle, m, f"{at('muscles')}[{i}]")
            for i, m in enumerate(_list(record["muscles"], at("muscles")))
        ),
    }
    if "equipment" in record:
        fields["equipment"] = tuple(
            frozenset(
                _enum(Equipment, item, f"{at('equipment')}[{i}][{j}]")
                for j, item in enumerate(_list(option, f"{at('equipment')}[{i}]"))
            )
            for i, option in enumerate(_list(record["equipment"], at("equipment")))
        )
    if "dosing" in record:
        fields["dosing"] = _enum(Dosing, record["dosing"], at("dosing"))
    if record.get("plyo_intensity") is not None:
        fields["plyo_intensity"] = _enum(
            PlyoIntensity, record["plyo_intensity"], at("plyo_intensity")
        )
    if "min_level" in record:
        fields["min_level"] = _enum(Level, record["min_level"], at("min_level"))
    for name in ("per_side", "eccentric"):
        if name in record:
            fields[name] = _bool(record[name], at(name))
    for name in ("progresses_to", "cues", "sources"):
        if name in record:
            fields[name] = _strings(record[name], at(name))
    fields.update({n: record[n] for n in ("garmin_category", "garmin_name") if n in record})
    try:
        return Exercise(**fields)
    except RunstrengthError as error:
        # Re-raise with the record's location in front of the field name.
        raise type(error)(
            f"{where}.{error.argument}", error.value, error.rule, error.fix
        ) from None


def exercise_to_record(exercise: Exercise) -> dict[str, object]:
    """The inverse of `exercise_from_record`: plain strings, lists and bools."""
    return {
        "key": exercise.key,
        "name": exercise.name,
        "category": exercise.category.value,
        "pattern": exercise.pattern.value,
        "muscles": [m.value for m in exercise.muscles],
        "equipment": [sorted(item.value for item in option) for option in exercise.equipment],
        "dosing": exercise.dosing.value,
        "per_side": exercise.per_side,
        "plyo_intensity": None
        if exercise.plyo_intensity is None
        else exercise.plyo_intensity.value,
        "eccentric": exercise.eccentric,
        "min_level": exercise.min_level.value,
        "progresses_to": list(exercise.progresses_to),
        "cues": list(exercise.cues),
        "sources": list(exercise.sources),
        "garmin_category": exercise.garmin_category,
        "garmin_name": exercise.garmin_name,
    }
