"""Validators shared by the value classes; each raises a RunstrengthError leaf."""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import math
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from runstrength.errors import ArgumentTypeError, ValidationError

E = TypeVar("E", bound=enum.Enum)

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

Validator = Callable[[Any, Any, Any], None]


def choices(enum_cls: type[enum.Enum]) -> str:
    """The string values of an enum, for messages."""
    return ", ".join(repr(member.value) for member in enum_cls)


def to_enum(enum_cls: type[E], value: object, argument: str) -> E:
    """Accept an enum member or its string value; anything else is a clear error."""
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        member = enum_cls._value2member_map_.get(value)
        if member is None:
            raise ValidationError(
                argument, value, f"must be one of {choices(enum_cls)}", "use one of those values"
            )
        return member  # type: ignore[return-value]
    raise ArgumentTypeError(
        argument,
        value,
        f"must be a {enum_cls.__name__} or its string value",
        f"pass e.g. {enum_cls.__name__}.{next(iter(enum_cls)).name}",
    )


def member_of(enum_cls: type[enum.Enum]) -> Validator:
    """An attrs validator: the value must be a member of ``enum_cls``."""

    def check(_instance: object, attribute: Any, value: object) -> None:
        if not isinstance(value, enum_cls):
            raise ArgumentTypeError(
                attribute.name,
                value,
                f"must be a {enum_cls.__name__} member",
                f"use {enum_cls.__name__}({value!r}) or one of {choices(enum_cls)}",
            )

    return check


def check_tuple_of(
    argument: str, value: object, item_type: type | tuple[type, ...]
) -> tuple[Any, ...]:
    """Raise unless ``value`` is a tuple whose items are all ``item_type``; return it."""
    if not isinstance(value, tuple):
        raise ArgumentTypeError(
            argument, value, "must be a tuple", f"pass tuple({argument}) instead"
        )
    for index, item in enumerate(value):
        if not isinstance(item, item_type):
            names = (
                item_type.__name__
                if isinstance(item_type, type)
                else " or ".join(t.__name__ for t in item_type)
            )
            raise ArgumentTypeError(
                f"{argument}[{index}]", item, f"must be a {names}", f"give {names} values only"
            )
    return value


def tuple_of(item_type: type | tuple[type, ...]) -> Validator:
    """An attrs validator: a tuple of ``item_type`` items, none repeated."""

    def check(_instance: object, attribute: Any, value: object) -> None:
        check_unique(attribute.name, check_tuple_of(attribute.name, value, item_type))

    return check


def check_unique(argument: str, items: Iterable[object]) -> None:
    """Raise if any item repeats."""
    seen: list[object] = []
    for item in items:
        if item in seen:
            raise ValidationError(argument, item, "must not repeat an item", "list each item once")
        seen.append(item)


def check_bool(_instance: object, attribute: Any, value: Any) -> None:
    """An attrs validator: a real ``bool`` (not 0/1, not a string)."""
    if not isinstance(value, bool):
        raise ArgumentTypeError(attribute.name, value, "must be True or False", "pass a bool")


def text(_instance: object, attribute: Any, value: Any) -> None:
    """An attrs validator: a non-blank string."""
    if not isinstance(value, str):
        raise ArgumentTypeError(attribute.name, value, "must be a string", "pass text")
    if not value.strip():
        raise ValidationError(attribute.name, value, "must not be blank", "give it some text")


def check_slug(argument: str, value: object) -> str:
    """Raise unless ``value`` is a kebab-case slug such as ``'back-squat'``; return it."""
    if not isinstance(value, str):
        raise ArgumentTypeError(
            argument, value, "must be a string", "pass a key like 'back-squat'"
        )
    if not _SLUG.fullmatch(value):
        raise ValidationError(
            argument,
            value,
            "must be a kebab-case key (lowercase letters, digits and single hyphens)",
            "write it like 'bulgarian-split-squat'",
        )
    return value


def slug(_instance: object, attribute: Any, value: Any) -> None:
    """An attrs validator form of `check_slug`."""
    check_slug(attribute.name, value)


def optional(validator: Validator) -> Validator:
    """An attrs validator: None, or a value that passes ``validator``."""

    def check(instance: object, attribute: Any, value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def check_finite_number(argument: str, value: object) -> float:
    """Raise unless ``value`` is a real, finite number (bools are refused); return it."""
    import numpy as np

    if isinstance(value, bool | np.bool_) or not isinstance(
        value, int | float | np.integer | np.floating
    ):
        raise ArgumentTypeError(argument, value, "must be a number", "pass an int or a float")
    try:
        number = float(value)
    except OverflowError:  # an int too big for a float
        number = math.inf
    if not math.isfinite(number):
        raise ValidationError(argument, value, "must be finite", "pass a real number")
    return number


def check_date(argument: str, value: object) -> dt.date:
    """Raise unless ``value`` is a ``datetime.date`` (a ``datetime`` is refused); return it."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ArgumentTypeError(
            argument, value, "must be a datetime.date", "e.g. date(2026, 12, 7)"
        )
    return value


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """A "did you mean ...?" hint for a mistyped ``word``, or "" when nothing is close."""
    close = difflib.get_close_matches(word, list(known), n=3, cutoff=0.6)
    if not close:
        return ""
    return "did you mean " + " or ".join(repr(k) for k in close) + "?"


class FrozenDict(dict[Any, Any]):
    """A dict that cannot change once made; unlike a mapping proxy it pickles.

    Values that hold a mapping (an athlete's 1RMs, a policy's preferences) use it, so
    that they can cross process boundaries (``ProcessPoolExecutor``, Dask).
    """

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("this mapping is read-only: build a new one instead")

    __setitem__ = _refuse
    __delitem__ = _refuse
    __ior__ = _refuse  # type: ignore[assignment]
    clear = _refuse
    pop = _refuse
    popitem = _refuse  # type: ignore[assignment]
    setdefault = _refuse
    update = _refuse

    def __reduce__(self) -> tuple[type, tuple[dict[Any, Any]]]:
        return (type(self), (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))
