"""Values the library builds from parts it has already checked, without checking again.

A plan is thousands of small values (prescriptions, planned exercises, sessions moved
to another week's dates), all made from parts that passed validation where they
entered the library. Running every validator, converter and check again on each
costs about a fifth of a plan's time, so the planner builds them here, setting the
fields directly. Public constructors always check; only the library's own steps
use these.

`tests/test_trusted_values.py` holds the promise: across generated plans, every
value rebuilt through its public constructor (all checks on) equals the value built
here.

Examples:
    >>> from runstrength.load import Prescription
    >>> p = make(Prescription, sets=3, reps=5)
    >>> p == Prescription(sets=3, reps=5), replace(p, sets=2) == Prescription(sets=2, reps=5)
    (True, True)
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

T = TypeVar("T")

# Each attrs class's field names and defaults, in order (classes are the library's own).
_FIELDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = tuple((field.name, field.default) for field in attrs.fields(cls))
        _FIELDS[cls] = found
    return found


def make(cls: type[T], **values: Any) -> T:
    """An instance of the attrs class ``cls`` with these field values, unchecked.

    Missing fields take their defaults (factories included), in field order.
    """
    new = object.__new__(cls)
    for name, default in _fields(cls):
        if name in values:
            value = values[name]
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            value = default.factory(new) if default.takes_self else default.factory()
        else:
            value = default
        object.__setattr__(new, name, value)
    return new


def replace(instance: T, **changes: Any) -> T:
    """A copy of the attrs value ``instance`` with some fields changed, unchecked."""
    cls = type(instance)
    new = object.__new__(cls)
    for name, _ in _fields(cls):
        value = changes[name] if name in changes else getattr(instance, name)
        object.__setattr__(new, name, value)
    return new
