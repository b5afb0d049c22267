"""Short reprs that read like the call that makes the value, defaults left out."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs


def _value(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if isinstance(value, Mapping):
        return repr(dict(value))
    if isinstance(value, float):
        return repr(round(value, 4))
    if isinstance(value, tuple):
        inner = ", ".join(_value(item) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, frozenset):
        return repr(sorted(_plain(item) for item in value))
    return repr(value)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def compact(value: Any, **shown: str) -> str:
    """``Cls(field=value, ...)`` with the fields that differ from their defaults.

    Required fields are always shown; an optional field is shown when leaving it
    out would make a different value (so defaults computed from other fields, such
    as a level's lifting experience, stay out). ``shown`` overrides how a field is
    written.
    """
    cls = type(value)
    fields = attrs.fields(cls)
    kept: dict[str, Any] = {}
    parts: list[str] = []
    for field in fields:
        if not field.init:
            continue
        current = getattr(value, field.name)
        required = field.default is attrs.NOTHING
        if not required:
            try:
                default = getattr(cls(**kept), field.name)
            except Exception:
                default = attrs.NOTHING
            if default == current:
                continue
        kept[field.name] = current
        parts.append(f"{field.name}={shown.get(field.name) or _value(current)}")
    return f"{cls.__name__}({', '.join(parts)})"
