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

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

T = TypeVar("T")

# Per attrs class, a made-to-measure copier and maker (as attrs writes its own __init__):
# straight-line code setting each field, about three times faster than a loop over them.
_REPLACERS: dict[type, Callable[[Any, dict[str, Any]], Any]] = {}
_MAKERS: dict[type, Callable[[dict[str, Any]], Any]] = {}


def _compile(cls: type) -> None:
    fields = attrs.fields(cls)
    scope: dict[str, Any] = {"cls": cls, "new_": object.__new__, "put": object.__setattr__}
    copy = ["def replace(instance, changes):", "    new = new_(cls)"]
    make = ["def make(values):", "    new = new_(cls)"]
    for i, field in enumerate(fields):
        name = field.name
        copy.append(
            f"    put(new, {name!r}, changes[{name!r}] if {name!r} in changes "
            f"else instance.{name})"
        )
        default = field.default
        scope[f"default_{i}"] = default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            made = f"default_{i}.factory({'new' if default.takes_self else ''})"
        elif default is attrs.NOTHING:
            made = f"values[{name!r}]"  # required: a KeyError names it
        else:
            made = f"default_{i}"
        make.append(f"    put(new, {name!r}, values[{name!r}] if {name!r} in values else {made})")
    if "_attrs_cached_hash" in getattr(cls, "__slots__", ()):  # a class that keeps its hash
        copy.append("    put(new, '_attrs_cached_hash', None)")
        make.append("    put(new, '_attrs_cached_hash', None)")
    copy.append("    return new")
    make.append("    return new")
    exec("\n".join(copy) + "\n" + "\n".join(make), scope)  # our own code, as attrs does
    _REPLACERS[cls] = scope["replace"]
    _MAKERS[cls] = scope["make"]


def make(cls: type[T], **values: Any) -> T:
    """An instance of the attrs class ``cls`` with these field values, unchecked.

    Missing fields take their defaults (factories included), in field order.
    """
    maker = _MAKERS.get(cls)
    if maker is None:
        _compile(cls)
        maker = _MAKERS[cls]
    made: T = maker(values)
    return made


def replace(instance: T, **changes: Any) -> T:
    """A copy of the attrs value ``instance`` with some fields changed, unchecked."""
    copier = _REPLACERS.get(type(instance))
    if copier is None:
        _compile(type(instance))
        copier = _REPLACERS[type(instance)]
    copied: T = copier(instance, changes)
    return copied
