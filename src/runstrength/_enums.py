"""The base of runstrength's enums: a clear error for a bad value of any type.

Looking a member up by value (``Level("beginner")``, ``Weekday(1)``) goes through
one check: a value of the wrong type, an unhashable one (a list, a numpy array) or
one that names no member raises a `RunstrengthError` leaf that lists the choices,
never a bare ``ValueError`` or numpy's "truth value is ambiguous".
"""

from __future__ import annotations

import enum
import numbers
from typing import Any

from runstrength.errors import ArgumentTypeError, ValidationError


def _choices(cls: type[enum.Enum]) -> str:
    return ", ".join(repr(member.value) for member in cls)


class _CheckedLookup(enum.EnumType):
    """The metaclass: a lookup by value is checked before the enum machinery sees it."""

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or not cls._member_map_:  # the functional API, or a new enum
            return super().__call__(value, *args, **kwargs)
        if isinstance(value, cls):
            return value
        value_type = type(next(iter(cls._member_map_.values()))._value_)
        if (
            value_type is int
            and isinstance(value, numbers.Integral)
            and not isinstance(value, bool)
        ):
            value = int(value)  # numpy integers too
        if isinstance(value, bool) or not isinstance(value, value_type):
            fix = "use one of those values"
            if isinstance(value, str) and hasattr(cls, "parse"):
                fix = f"use {cls.__name__}.parse({value!r}) to read a name"
            raise ArgumentTypeError(
                cls.__name__,
                value,
                f"must be a {cls.__name__} or one of {_choices(cls)}",  # type: ignore[arg-type]
                fix,
            )
        member = cls._value2member_map_.get(value)
        if member is None:
            raise ValidationError(
                cls.__name__,
                value,
                f"must be one of {_choices(cls)}",  # type: ignore[arg-type]
                "use one of those values",
            )
        return member


class StrEnum(enum.StrEnum, metaclass=_CheckedLookup):
    """A string enum whose lookup by an unknown value raises a RunstrengthError leaf.

    Examples:
        >>> import runstrength as rs
        >>> rs.Level("beginner")
        <Level.BEGINNER: 'beginner'>
    """


class IntEnum(enum.IntEnum, metaclass=_CheckedLookup):
    """An integer enum with the same checked lookup as [`StrEnum`][runstrength._enums.StrEnum].

    Examples:
        >>> import runstrength as rs
        >>> rs.Weekday(1)
        <Weekday.MONDAY: 1>
    """
