"""Race distances as runners say them: "half", "10 mi", "13.1mi", "21.1km", "50k".

A distance is a number with a unit (km, k, mi, mile, miles; a bare number is
kilometres) or one of the usual race names. Everything becomes kilometres.

Examples:
    >>> parse_distance("half"), parse_distance("13.1mi"), parse_distance("10k")
    (21.0975, 21.0824, 10.0)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from types import MappingProxyType

from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.running import KM_PER_MILE

__all__ = ["MILE_KM", "RACE_DISTANCES", "parse_distance", "race_word"]

MILE_KM = KM_PER_MILE
"""Kilometres in a mile (the international mile): the running week's own constant."""

RACE_DISTANCES: Mapping[str, float] = MappingProxyType(
    {
        "5k": 5.0,
        "10k": 10.0,
        "15k": 15.0,
        "10 mi": 10 * MILE_KM,
        "half": 21.0975,
        "half marathon": 21.0975,
        "marathon": 42.195,
        "50k": 50.0,
        "50 mi": 50 * MILE_KM,
        "100k": 100.0,
        "100 mi": 100 * MILE_KM,
    }
)
"""The race names a distance may be given as, in kilometres."""

_UNITS = {"km": 1.0, "k": 1.0, "mi": MILE_KM, "mile": MILE_KM, "miles": MILE_KM}
_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$")
_MAX_KM = 500.0


def _normal(text: str) -> str:
    text = " ".join(text.lower().replace("-", " ").split())
    return re.sub(r"^(\d+) ?(mi|miles?)$", r"\1 mi", re.sub(r"^(\d+) ?k$", r"\1k", text))


def race_word(text: str) -> float | None:
    """The distance a race name stands for, in km, or None when it names no distance.

    Examples:
        >>> race_word("Half Marathon"), race_word("Spring marathon")
        (21.0975, None)
    """
    if not isinstance(text, str):
        raise ArgumentTypeError("name", text, "must be text", 'e.g. "half"')
    return RACE_DISTANCES.get(_normal(text))


def parse_distance(value: float | str, argument: str = "distance") -> float:
    """A race distance in km from a number (km) or text with a unit or a race name.

    Raises:
        ValidationError: Text that is no distance, an unknown unit, or a distance
            outside (0, 500] km; the message names the value and the fix.

    Examples:
        >>> parse_distance(42.2), parse_distance("21.1 km"), round(parse_distance("50 mi"), 2)
        (42.2, 21.1, 80.47)
    """
    if not isinstance(argument, str) or not argument.strip():
        raise ArgumentTypeError(
            "argument", argument, "must name the argument", 'e.g. "distance" (the default)'
        )
    if isinstance(value, str):
        named = RACE_DISTANCES.get(_normal(value))
        if named is not None:
            return named
        match = _NUMBER.match(value.lower())
        if match is None:
            names = ", ".join(RACE_DISTANCES)
            raise ValidationError(
                argument,
                value,
                "must be a distance like 10k, 13.1mi or 21.1km, or a race name",
                f"use a number with km or mi, or one of: {names}",
            )
        number, unit = float(match.group(1)), match.group(2)
        if unit and unit not in _UNITS:
            raise ValidationError(
                argument,
                value,
                f"has a unit ({unit!r}) that is not km or mi",
                "write the distance in km (10km) or miles (6.2mi)",
            )
        km = number * _UNITS.get(unit, 1.0)
    else:
        km = v.check_finite_number(argument, value)
    km = round(km, 4)
    if not 0 < km <= _MAX_KM or math.isnan(km):
        raise ValidationError(
            argument, value, f"must be a distance above 0 and at most {_MAX_KM:g} km", "e.g. 42.2"
        )
    return km
