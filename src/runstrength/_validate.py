"""Validators shared by the value classes; each raises a RunstrengthError leaf."""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import itertools
import math
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, TypeVar

import numpy as np
from numpy.typing import ArrayLike, NDArray

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
    """Raise if any item repeats (hashable items are looked up in a set: linear time)."""
    hashed: set[object] = set()
    others: list[object] = []
    for item in items:
        try:
            repeated = item in hashed or item in others
            hashed.add(item)
        except TypeError:  # unhashable: compared with every item before it
            repeated = item in others or any(item == other for other in hashed)
            others.append(item)
        if repeated:
            raise ValidationError(argument, item, "must not repeat an item", "list each item once")


def check_flag(argument: str, value: object) -> bool:
    """Raise unless ``value`` is a real ``bool`` (not 0/1, not a string); return it."""
    if not isinstance(value, bool):
        raise ArgumentTypeError(argument, value, "must be True or False", "pass a bool")
    return value


def check_bool(_instance: object, attribute: Any, value: Any) -> None:
    """An attrs validator: a real ``bool`` (not 0/1, not a string)."""
    check_flag(attribute.name, value)


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


EARLIEST_DATE = dt.date(1900, 1, 1)
"""The earliest date the library plans or reads."""
LATEST_DATE = dt.date(9000, 12, 31)
"""The latest date the library plans or reads (date arithmetic stays far from year 9999)."""


def check_date(argument: str, value: object) -> dt.date:
    """Raise unless ``value`` is a ``datetime.date`` (not a ``datetime``) in range; return it."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ArgumentTypeError(
            argument, value, "must be a datetime.date", "e.g. date(2026, 12, 7)"
        )
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(
            argument,
            value,
            f"must be between {EARLIEST_DATE} and {LATEST_DATE}",
            "use a real season's date",
        )
    return value


def finite_field(_instance: object, attribute: Any, value: Any) -> None:
    """An attrs validator form of `check_finite_number`."""
    check_finite_number(attribute.name, value)


def date_field(_instance: object, attribute: Any, value: Any) -> None:
    """An attrs validator form of `check_date`."""
    check_date(attribute.name, value)


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


def to_array(argument: str, value: ArrayLike) -> tuple[NDArray[np.float64], bool, bool]:
    """The value as a float array; whether it was a scalar; whether it held integers."""
    if isinstance(value, bool | np.bool_):
        raise ArgumentTypeError(argument, value, "must be a number", "pass an int or a float")
    try:
        array = np.asarray(value)
    except (ValueError, TypeError, OverflowError):
        raise ArgumentTypeError(
            argument, value, "must be a number or an array of numbers", "pass floats"
        ) from None
    if array.dtype.kind not in "iuf":
        raise ArgumentTypeError(
            argument, value, "must be a number or an array of numbers", "pass floats"
        )
    integral = array.dtype.kind in "iu"
    return array.astype(np.float64, copy=False), array.ndim == 0, integral


def not_finite(argument: str, value: ArrayLike, array: NDArray[np.float64]) -> ValidationError:
    return ValidationError(
        argument,
        first_bad(value, ~np.isfinite(array)),
        "must be finite (no NaN or inf)",
        "drop or fix that value",
    )


def as_float_array(argument: str, value: ArrayLike) -> tuple[NDArray[np.float64], bool]:
    """The value as a finite float array, and whether it was a scalar."""
    array, scalar, _ = to_array(argument, value)
    # Two reductions find NaN (it propagates) and inf without a temporary mask.
    if array.size and not (np.isfinite(array.min()) and np.isfinite(array.max())):
        raise not_finite(argument, value, array)
    return array, scalar


class _At:
    """An array element named with its position, for error messages."""

    def __init__(self, value: object, index: tuple[int, ...]) -> None:
        self.value = value
        self.index = index[0] if len(index) == 1 else index

    def __repr__(self) -> str:
        return f"{self.value!r} at index {self.index}"


def first_bad(value: ArrayLike, mask: NDArray[np.bool_]) -> object:
    """The first offending value: itself for a scalar, else with its index."""
    array = np.asarray(value)
    if array.ndim == 0:
        return array.item() if isinstance(value, np.ndarray | np.generic) else value
    index = tuple(int(i) for i in np.argwhere(mask)[0])
    return _At(array[index].item(), index)


def check_instance(argument: str, value: object, kind: type | tuple[type, ...]) -> Any:
    """Raise unless ``value`` is a ``kind``; return it."""
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        article = "an" if names[0] in "AEIOU" else "a"
        raise ArgumentTypeError(
            argument, value, f"must be {article} {names}", f"pass {article} {names}"
        )
    return value


def instance_of(kind: type | tuple[type, ...]) -> Validator:
    """An attrs validator: the value must be a ``kind`` (a clear error, not attrs' own)."""

    def check(_instance: object, attribute: Any, value: object) -> None:
        check_instance(attribute.name, value, kind)

    return check


def one_of(options: tuple[object, ...]) -> Validator:
    """An attrs validator: the value must be one of ``options``."""

    def check(_instance: object, attribute: Any, value: object) -> None:
        if not isinstance(value, Hashable) or value not in options:
            raise ValidationError(
                attribute.name,
                value,
                "must be one of " + ", ".join(repr(o) for o in options),
                "use one of those values",
            )

    return check


def check_whole(argument: str, value: object, *, low: int = 0, high: int | None = None) -> int:
    """Raise unless ``value`` is a whole number in ``[low, high]`` (bools refused); return it."""
    if isinstance(value, bool | np.bool_) or not isinstance(value, int | np.integer):
        raise ArgumentTypeError(argument, value, "must be a whole number", f"pass e.g. {low}")
    number = int(value)
    if number < low:
        raise ValidationError(argument, value, f"must be >= {low}", f"pass {low} or more")
    if high is not None and number > high:
        raise ValidationError(argument, value, f"must be at most {high}", f"pass {high} or less")
    return number


MAX_ITEMS = 100_000
"""The most items a public function takes in one collection (runs, races, dates, exercises)."""


_PLAIN_COLLECTIONS = (list, tuple, set, frozenset)


def _items_of(argument: str, value: object) -> tuple[Any, ...]:
    """Up to `MAX_ITEMS` + 1 items of a collection that is not a plain one."""
    if isinstance(value, str | bytes | Mapping) or (
        isinstance(value, np.ndarray) and value.ndim != 1
    ):
        raise ArgumentTypeError(
            argument, value, "must be a list or tuple of items", f"pass [item, ...] as {argument}"
        )
    try:
        iterator = iter(value)  # type: ignore[call-overload]
    except TypeError:
        raise ArgumentTypeError(
            argument, value, "must be a list or tuple of items", f"pass [item, ...] as {argument}"
        ) from None
    return tuple(itertools.islice(iterator, MAX_ITEMS + 1))


def check_items(
    argument: str, value: object, item_type: type | tuple[type, ...] | None = None
) -> tuple[Any, ...]:
    """The items of a collection argument as a tuple, each a ``item_type`` when given.

    A string, a mapping, a 0-d array or a non-iterable is refused, and so is a
    collection of more than `MAX_ITEMS` items. An iterator the caller passes is read
    once; an exception it raises passes through unchanged.
    """
    items: tuple[Any, ...] | None
    if isinstance(value, list | tuple | set | frozenset) and type(value) in _PLAIN_COLLECTIONS:
        # The usual case: a plain collection knows its size, no iterator needed.
        items = tuple(value) if len(value) <= MAX_ITEMS else None
    else:
        items = _items_of(argument, value)
    if items is None or len(items) > MAX_ITEMS:
        raise ValidationError(
            argument,
            f"{MAX_ITEMS + 1} items or more",
            f"must hold at most {MAX_ITEMS:,} items",
            "split the work into smaller calls",
        )
    if item_type is not None:
        for index, item in enumerate(items):
            check_instance(f"{argument}[{index}]", item, item_type)
    return items


def real_or_same(value: Any) -> Any:
    """An attrs converter: a real number becomes a float; the validator judges anything else."""
    if isinstance(value, int | float | np.integer | np.floating) and not isinstance(
        value, bool | np.bool_
    ):
        try:
            return float(value)
        except OverflowError:
            return value
    return value


def check_choice(argument: str, value: object, options: tuple[str, ...]) -> str:
    """Raise unless ``value`` is one of the strings ``options``; return it."""
    if not isinstance(value, str) or value not in options:
        listed = " or ".join(f'"{option}"' for option in options)
        raise ValidationError(argument, value, f"must be {listed}", f'e.g. "{options[0]}"')
    return value
