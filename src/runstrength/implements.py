"""Loads you can actually lift: barbells with plates, dumbbell and kettlebell sets, bodyweight.

Each implement knows which loads it can make and rounds a target load to the
nearest of them, with one guarantee: the result is never above the target by
more than the implement's smallest step ([`Barbell.step`][runstrength.implements.Barbell.step]).
When the nearest
achievable load would break that promise, the next lighter one is used; when
there is no lighter one, [`UnachievableLoadError`][runstrength.implements.UnachievableLoadError]
says so.

Loads are in the implement's [`Unit`][runstrength.implements.Unit] (kilograms unless you choose
pounds).
A dumbbell or kettlebell load is the weight of one implement.

Examples:
    >>> bar = Barbell()
    >>> bar.round(97.3)
    97.5
    >>> bar.plates_for(97.5)
    (25.0, 10.0, 2.5, 1.25)
"""

from __future__ import annotations

import bisect
import math
import warnings
from collections.abc import Iterable
from typing import Any, TypeAlias, overload

import attrs
import numpy as np
from numpy.typing import ArrayLike, NDArray

from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.errors import ArgumentTypeError, RunstrengthWarning, ValidationError

__all__ = [
    "Barbell",
    "Bodyweight",
    "DumbbellSet",
    "Implement",
    "KettlebellSet",
    "UnachievableLoadError",
    "Unit",
]

# Plate and dumbbell weights are turned into integer multiples of this fraction of
# a unit, so that sums are exact (0.001 kg = 1 g; 0.001 lb).
_RESOLUTION = 1000


class Unit(StrEnum):
    """The unit loads are written in.

    Examples:
        >>> Unit.KG.to(Unit.LB, 100)
        220.46226218487757
    """

    KG = "kg"
    LB = "lb"

    def to(self, other: Unit | str, value: float) -> float:
        """Convert ``value`` from this unit to ``other`` (1 lb = 0.45359237 kg exactly).

        Examples:
            >>> Unit.LB.to(Unit.KG, 45)
            20.41165665
        """
        from runstrength import _validate as v

        target = v.to_enum(Unit, other, "other")
        number = _number("value", value, positive=False)
        if self is target:
            return number
        return number * _LB_PER_KG if self is Unit.KG else number * _KG_PER_LB


_KG_PER_LB = 0.45359237  # the international pound, by definition
_MAX_WEIGHT = 100_000.0  # no bar, plate or conversion in strength training comes near this
_KG_PLATES = (25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25)
_LB_PLATES = (45.0, 35.0, 25.0, 10.0, 5.0, 2.5)
_LB_PER_KG = 1 / _KG_PER_LB


def _unit(value: object) -> Unit:
    from runstrength import _validate as v

    return v.to_enum(Unit, value, "unit")


class LoadAboveEquipmentWarning(RunstrengthWarning):
    """A target load is above the heaviest the implement makes; its maximum is used.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     DumbbellSet().round(80.0)
        50.0
        >>> caught[0].category.__name__
        'LoadAboveEquipmentWarning'
    """


class UnachievableLoadError(ValidationError):
    """The lightest load an implement can make is too far above the target.

    Examples:
        >>> try:
        ...     Barbell().round(12.0)
        ... except UnachievableLoadError as error:
        ...     print(error.fix)
        the lightest this barbell makes is 20 kg: use dumbbells, a lighter bar or a regression
    """


def _number(argument: str, value: object, *, positive: bool = True) -> float:
    number = v.check_finite_number(argument, value)
    if number < 0 or (positive and number < 1 / _RESOLUTION):
        rule = f"must be at least {1 / _RESOLUTION:g}" if positive else "must be >= 0"
        raise ValidationError(argument, value, rule, "pass a weight above zero")
    if number > _MAX_WEIGHT:
        raise ValidationError(
            argument, value, f"must be at most {_MAX_WEIGHT:,.0f}", "check the unit and the value"
        )
    return number


def _units(argument: str, value: float) -> int:
    scaled = value * _RESOLUTION
    units = round(scaled)
    if abs(scaled - units) > 1e-6:
        raise ValidationError(
            argument,
            value,
            f"must be a multiple of {1 / _RESOLUTION} (one thousandth of the unit)",
            "round the weight to at most three decimals",
        )
    return units


def _weights(argument: str, value: object) -> tuple[float, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ArgumentTypeError(argument, value, "must be a collection of weights", "pass a tuple")
    weights = tuple(
        _number(f"{argument}[{i}]", w) for i, w in enumerate(v.check_items(argument, value))
    )
    if not weights:
        raise ValidationError(argument, value, "must not be empty", "give at least one weight")
    for i, w in enumerate(weights):
        _units(f"{argument}[{i}]", w)
    if len(set(weights)) != len(weights):
        raise ValidationError(argument, value, "must not repeat a weight", "list each once")
    return weights


@attrs.frozen
class _Table:
    """Achievable loads (in resolution units) with the recipe that makes each."""

    loads: NDArray[np.int64]
    counts: tuple[tuple[int, ...], ...]


def _round_to_table(
    target: ArrayLike,
    loads: NDArray[np.float64],
    step: float,
    *,
    describe: str,
    unit: Unit,
    spacing: float | None = None,
) -> NDArray[np.float64]:
    """Round to ``loads`` (sorted): nearest, ties down, never more than ``step`` above.

    ``spacing`` is set when the loads are evenly spaced, which allows arithmetic in
    place of a search (the common case: a barbell with unlimited plate pairs).
    """
    x, _ = v.as_float_array("target", target)
    if not x.size:
        return x.copy()
    lightest = x.min()
    if lightest < 0:
        raise ValidationError(
            "target", v.first_bad(target, x < 0), "must be >= 0", "pass a load of zero or more"
        )
    if lightest < loads[0] - step - _EPS:
        raise UnachievableLoadError(
            "target",
            v.first_bad(target, x < loads[0] - step - _EPS),
            f"must be within one step ({_fmt(step)} {unit}) of a load the {describe} makes",
            f"the lightest this {describe} makes is {_fmt(float(loads[0]))} {unit}: "
            + (
                "use dumbbells, a lighter bar or a regression"
                if describe == "barbell"
                else "use a lighter implement or a regression"
            ),
        )
    last = len(loads) - 1
    if x.max() > loads[-1] + step + _EPS:
        warnings.warn(
            f"a target of {x.max():g} {unit} is above the heaviest load the {describe} makes "
            f"({loads[-1]:g} {unit}); that is used instead",
            LoadAboveEquipmentWarning,
            stacklevel=3,
        )
    if spacing is not None and spacing <= step + _EPS:
        # Evenly spaced and no gap wider than a step: round half down, then read the table.
        index = np.ceil((x - loads[0]) / spacing - 0.5 - _EPS)
        exact: NDArray[np.float64] = loads[np.clip(index, 0, last).astype(np.intp)]
        return exact
    lower = loads[np.clip(np.searchsorted(loads, x + _EPS, side="right") - 1, 0, last)]
    upper = loads[np.clip(np.searchsorted(loads, x - _EPS, side="left"), 0, last)]
    # Below the lightest load both are the lightest; above the heaviest, both the heaviest.
    up = upper - x
    take_upper = (up < (x - lower) - _EPS) & (up <= step + _EPS)
    result: NDArray[np.float64] = np.where(take_upper, upper, lower)
    return result


def _round_one(
    target: object, loads: NDArray[np.float64], step: float, spacing: float | None = None
) -> float | None:
    """`_round_to_table` for one plain ``int`` or ``float``, in float maths; else None.

    A plan rounds hundreds of single loads. Anything else, or a target the table
    would refuse or warn about, takes the array path; both do the same operations
    in the same order, so their results are identical.
    """
    if type(target) not in (int, float):
        return None
    t: float = target  # type: ignore[assignment]
    first, heaviest = float(loads[0]), float(loads[-1])
    if not (t >= 0 and first - step - _EPS <= t <= heaviest + step + _EPS):
        return None  # NaN fails here too
    x = float(t)
    last = len(loads) - 1
    if spacing is not None and spacing <= step + _EPS:
        index = math.ceil((x - first) / spacing - 0.5 - _EPS)
        return float(loads[min(max(index, 0), last)])
    lower = float(loads[min(max(bisect.bisect_right(loads, x + _EPS) - 1, 0), last)])
    upper = float(loads[min(max(bisect.bisect_left(loads, x - _EPS), 0), last)])
    up = upper - x
    return upper if up < (x - lower) - _EPS and up <= step + _EPS else lower


def _fixed(array: NDArray[Any]) -> NDArray[Any]:
    """A copy of ``array`` no one can change: its memory is an immutable bytes object.

    (A read-only flag alone can be switched back on an array that owns its memory; the
    library shares its default kit's tables between athletes.)
    """
    fixed: NDArray[Any] = np.frombuffer(array.tobytes(), dtype=array.dtype).reshape(array.shape)
    return fixed


_EPS = 1e-9
_MAX_TABLE = 20_000  # per-side sums a barbell may tabulate: far beyond any real bar


def _fmt(value: float) -> str:
    return f"{value:g}"


def _return(result: NDArray[np.float64], scalar: bool) -> Any:
    return float(result) if scalar else result


@attrs.frozen(init=False)
class Barbell:
    """A bar and the plates to load it, in pairs (one of each on either side).

    Args:
        bar: The bar's own weight (default 20 kg, or 45 lb in pounds).
        plates: The plate weights you have (default 25, 20, 15, 10, 5, 2.5 and
            1.25 kg, or 45, 35, 25, 10, 5 and 2.5 lb).
        pairs: How many pairs of each plate, in the order of ``plates``; None
            means as many as needed (up to ``max_load``).
        unit: The unit of every weight here.
        max_load: The heaviest load to consider, bar included (default: 500 kg
            or 1100 lb), which bounds "as many as needed". A combination that
            would allow more than 20,000 distinct loads per side is refused.

    Raises:
        ValidationError: A weight that is not positive and finite, an empty or
            repeated plate list, ``pairs`` of the wrong length or negative.

    Examples:
        >>> Barbell().round(101.0)
        100.0
        >>> Barbell(bar=15, plates=(10, 5, 2.5), pairs=(1, 1, 1)).max
        50.0
        >>> Barbell.pounds().round(187)
        185.0
    """

    bar: float = attrs.field(converter=float)
    plates: tuple[float, ...]
    pairs: tuple[int, ...] | None
    unit: Unit
    max_load: float
    _table: _Table = attrs.field(init=False, repr=False, eq=False)
    _loads: NDArray[np.float64] = attrs.field(init=False, repr=False, eq=False)
    _spacing: float | None = attrs.field(init=False, repr=False, eq=False)

    def __init__(
        self,
        *,
        bar: float | None = None,
        plates: Iterable[float] | None = None,
        pairs: Iterable[int] | None = None,
        unit: Unit | str = Unit.KG,
        max_load: float | None = None,
    ) -> None:
        from runstrength import _validate as v

        unit = v.to_enum(Unit, unit, "unit")
        if bar is None:
            bar = 20.0 if unit is Unit.KG else 45.0
        if plates is None:
            plates = _KG_PLATES if unit is Unit.KG else _LB_PLATES
        bar_weight = _number("bar", bar, positive=False)
        _units("bar", bar_weight)
        given = _weights("plates", plates)
        order = sorted(range(len(given)), key=lambda i: -given[i])
        plate_weights = tuple(given[i] for i in order)
        counts: tuple[int, ...] | None = None
        if pairs is not None:
            if isinstance(pairs, str) or not isinstance(pairs, Iterable):
                raise ArgumentTypeError(
                    "pairs", pairs, "must be a tuple of counts or None", "pass e.g. (2, 1, 1)"
                )
            raw = v.check_items("pairs", pairs)
            if len(raw) != len(plate_weights):
                raise ValidationError(
                    "pairs",
                    pairs,
                    f"must give one count per plate ({len(plate_weights)})",
                    "line the counts up with the plates",
                )
            for i, count in enumerate(raw):
                if isinstance(count, bool) or not isinstance(count, int | np.integer) or count < 0:
                    raise ValidationError(
                        f"pairs[{i}]", count, "must be a whole number >= 0", "count the pairs"
                    )
            counts = tuple(int(raw[i]) for i in order)
        default_max = 500.0 if unit is Unit.KG else 1100.0
        limit = default_max if max_load is None else _number("max_load", max_load)
        if limit < bar_weight:
            raise ValidationError(
                "max_load", max_load, f"must be >= the bar ({_fmt(bar_weight)})", "raise it"
            )
        step_units = math.gcd(*(_units("plates", p) for p in plate_weights))
        if (limit - bar_weight) / 2 * _RESOLUTION / step_units > _MAX_TABLE:
            raise ValidationError(
                "max_load",
                limit,
                f"allows more than {_MAX_TABLE:,} distinct loads with these plates",
                "lower max_load, or use plates that are multiples of a larger step",
            )
        self.__attrs_init__(bar_weight, plate_weights, counts, unit, limit)
        table = _table_for(plate_weights, counts, (limit - bar_weight) / 2)
        object.__setattr__(self, "_table", table)
        loads = bar_weight + 2 * table.loads.astype(np.float64) / _RESOLUTION
        object.__setattr__(self, "_loads", _fixed(loads))
        gaps = np.diff(loads)
        even = gaps.size > 0 and bool(np.all(np.abs(gaps - gaps[0]) < _EPS))
        object.__setattr__(self, "_spacing", float(gaps[0]) if even else None)

    @classmethod
    def pounds(cls) -> Barbell:
        """A 45 lb bar with 45, 35, 25, 10, 5 and 2.5 lb plates (same as ``unit="lb"``).

        Examples:
            >>> Barbell.pounds().step
            5.0
        """
        return cls(unit=Unit.LB)

    @property
    def loads(self) -> NDArray[np.float64]:
        """Every load this barbell makes, lightest first (a read-only array).

        Examples:
            >>> Barbell(bar=20, plates=(10, 5), pairs=(1, 1)).loads.tolist()
            [20.0, 30.0, 40.0, 50.0]
        """
        view = self._loads.view()
        view.flags.writeable = False
        return view

    @property
    def step(self) -> float:
        """The smallest change of load: a pair of the lightest plates.

        Examples:
            >>> Barbell().step
            2.5
        """
        return 2 * min(self.plates)

    @property
    def min(self) -> float:
        """The lightest load: the empty bar.

        Examples:
            >>> Barbell().min
            20.0
        """
        return float(self._loads[0])

    @property
    def max(self) -> float:
        """The heaviest load the plates (or ``max_load``) allow.

        Examples:
            >>> Barbell(pairs=(1, 1, 1, 1, 1, 1, 1)).max
            177.5
        """
        return float(self._loads[-1])

    @overload
    def round(self, target: float) -> float: ...
    @overload
    def round(self, target: NDArray[Any]) -> NDArray[np.float64]: ...
    def round(self, target: ArrayLike) -> Any:
        """The achievable load nearest ``target``, never more than `step` above it.

        Works on a number or an array of numbers and returns the same kind.

        Raises:
            UnachievableLoadError: ``target`` is more than a step below the empty bar.

        Examples:
            >>> Barbell().round(21.2)
            20.0
            >>> Barbell().round([60.0, 61.3, 62.0]).tolist()
            [60.0, 62.5, 62.5]
        """
        one = _round_one(target, self._loads, self.step, self._spacing)
        if one is not None:
            return one
        _, scalar = v.as_float_array("target", target)
        result = _round_to_table(
            target,
            self._loads,
            self.step,
            describe="barbell",
            unit=self.unit,
            spacing=self._spacing,
        )
        return _return(result, scalar)

    def plates_for(self, load: float) -> tuple[float, ...]:
        """The plates for one side of the bar, heaviest first, for an achievable ``load``.

        Fewest plates are used when several combinations make the same load.

        Raises:
            ValidationError: ``load`` is not achievable (round it first).

        Examples:
            >>> Barbell().plates_for(140)
            (25.0, 25.0, 10.0)
            >>> Barbell().plates_for(20)
            ()
        """
        value = _number("load", load, positive=False)
        index = int(np.searchsorted(self._loads, value))
        if index >= len(self._loads) or abs(self._loads[index] - value) > 1e-9:
            raise ValidationError(
                "load", load, "must be a load this barbell makes", "round it with round() first"
            )
        counts = self._table.counts[index]
        return tuple(plate for plate, n in zip(self.plates, counts, strict=True) for _ in range(n))


# The default kilogram and pound barbells' plates and per-side limits: the library's own.
_LIBRARY_BARBELLS = frozenset(
    {(_KG_PLATES, (500.0 - 20.0) / 2), (_LB_PLATES, (1100.0 - 45.0) / 2)}
)
_LIBRARY_TABLES: dict[tuple[tuple[float, ...], float], _Table] = {}


def _table_for(
    plates: tuple[float, ...], pairs: tuple[int, ...] | None, max_side: float
) -> _Table:
    """`_plate_table`, made once for the library's default barbells (every athlete has one).

    Only the library's own plate sets are kept; a barbell of the caller's own gets its
    table made afresh, so nothing a caller passes outlives the call.
    """
    key = (plates, max_side)
    if pairs is not None or key not in _LIBRARY_BARBELLS:
        return _plate_table(plates, pairs, max_side)
    found = _LIBRARY_TABLES.get(key)
    if found is None:
        found = _LIBRARY_TABLES[key] = _plate_table(plates, pairs, max_side)
    return found


def _plate_table(
    plates: tuple[float, ...], pairs: tuple[int, ...] | None, max_side: float
) -> _Table:
    """Every per-side load the plates make up to ``max_side``, with the fewest plates.

    Each load keeps how many of each plate make it (plates are heaviest first).
    """
    units = [_units("plates", p) for p in plates]
    step = math.gcd(*units)
    size = math.floor(max_side * _RESOLUTION / step + 1e-9) + 1
    small = [u // step for u in units]
    # No load in the table can use more of a plate than fits: cap huge inventories.
    limits = [
        size // p if pairs is None else min(pairs[i], size // p) for i, p in enumerate(small)
    ]
    none = size + 1  # more plates than any sum needs: "not reachable"
    best = [none] * size
    best[0] = 0
    counts: list[tuple[int, ...] | None] = [None] * size
    counts[0] = (0,) * len(small)
    # Bounded knapsack by binary splitting of each plate's count: every count from 0
    # to the limit is a sum of the pieces, so each piece is a 0/1 item.
    for i, p in enumerate(small):
        remaining = limits[i]
        piece = 1
        while remaining > 0:
            take = min(piece, remaining)
            remaining -= take
            piece *= 2
            weight = take * p
            for total in range(size - 1, weight - 1, -1):
                before = counts[total - weight]
                if before is None or best[total - weight] + take > best[total]:
                    continue
                candidate = (*before[:i], before[i] + take, *before[i + 1 :])
                current = counts[total]
                # Fewest plates; among those, the heaviest plates (as a lifter loads them).
                if best[total - weight] + take < best[total] or (
                    current is not None and candidate > current
                ):
                    best[total] = best[total - weight] + take
                    counts[total] = candidate
    loads = np.asarray([total * step for total in range(size) if counts[total] is not None])
    loads = _fixed(loads)  # tables may be shared between barbells
    found = tuple(c for c in counts if c is not None)
    return _Table(loads.astype(np.int64, copy=False), found)


@attrs.frozen(init=False)
class _FixedSet:
    weights: tuple[float, ...]
    unit: Unit
    _loads: NDArray[np.float64] = attrs.field(init=False, repr=False, eq=False)
    _step: float = attrs.field(init=False, repr=False, eq=False)

    def __init__(self, weights: Iterable[float], unit: Unit | str = Unit.KG) -> None:
        from runstrength import _validate as v

        unit = v.to_enum(Unit, unit, "unit")
        ordered = tuple(sorted(_weights("weights", weights)))
        self.__attrs_init__(ordered, unit)
        loads = _fixed(np.asarray(ordered, dtype=np.float64))
        object.__setattr__(self, "_loads", loads)
        gaps = np.diff(loads)
        object.__setattr__(self, "_step", float(gaps.min()) if gaps.size else float(loads[0]))

    @property
    def loads(self) -> NDArray[np.float64]:
        """Every weight of the set, lightest first (a read-only array)."""
        view = self._loads.view()
        view.flags.writeable = False
        return view

    @property
    def step(self) -> float:
        """The smallest gap between two weights of the set (the lightest weight if alone)."""
        return self._step

    @property
    def min(self) -> float:
        """The lightest weight."""
        return float(self._loads[0])

    @property
    def max(self) -> float:
        """The heaviest weight."""
        return float(self._loads[-1])

    def round(self, target: ArrayLike) -> Any:
        """The weight of the set nearest ``target``, never more than `step` above it."""
        one = _round_one(target, self._loads, self.step)
        if one is not None:
            return one
        _, scalar = v.as_float_array("target", target)
        name = type(self).__name__.replace("Set", "").lower() + " set"
        result = _round_to_table(target, self._loads, self.step, describe=name, unit=self.unit)
        return _return(result, scalar)


def _dumbbells(unit: Unit) -> tuple[float, ...]:
    # Common commercial racks: 1-10 kg in 1 kg steps, then 2.5 kg steps to 50 kg;
    # in pounds 5-100 lb in 5 lb steps.
    if unit is Unit.LB:
        return tuple(float(w) for w in range(5, 105, 5))
    return tuple(float(w) for w in range(1, 11)) + tuple(12.5 + 2.5 * i for i in range(16))


class DumbbellSet(_FixedSet):
    """A set of fixed dumbbells; a load is the weight of one dumbbell.

    The default set is 1-10 kg in 1 kg steps, then 12.5-50 kg in 2.5 kg steps (in
    pounds: 5-100 lb in 5 lb steps).

    Examples:
        >>> DumbbellSet().round(11.4)
        10.0
        >>> DumbbellSet().round(11.9)
        12.5
        >>> DumbbellSet(weights=(5, 7.5, 10)).step
        2.5
    """

    def __init__(self, weights: Iterable[float] | None = None, unit: Unit | str = Unit.KG) -> None:
        from runstrength import _validate as v

        chosen = v.to_enum(Unit, unit, "unit")
        super().__init__(_dumbbells(chosen) if weights is None else weights, chosen)


class KettlebellSet(_FixedSet):
    """A set of kettlebells; a load is the weight of one bell.

    The default set has the usual competition and gym sizes: 4, 6, 8, 10, 12, 14,
    16, 20, 24, 28, 32, 36, 40 and 48 kg (in pounds: 10, 15, 20, 25, 30, 35, 40,
    50, 60, 70, 80, 90 and 100 lb).

    Examples:
        >>> KettlebellSet().round(22.0)
        20.0
        >>> KettlebellSet(weights=(8, 12, 16)).max
        16.0
    """

    def __init__(self, weights: Iterable[float] | None = None, unit: Unit | str = Unit.KG) -> None:
        from runstrength import _validate as v

        chosen = v.to_enum(Unit, unit, "unit")
        kg = (4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 36, 40, 48)
        lb = (10, 15, 20, 25, 30, 35, 40, 50, 60, 70, 80, 90, 100)
        default = kg if chosen is Unit.KG else lb
        super().__init__(default if weights is None else weights, chosen)


@attrs.frozen
class Bodyweight:
    """No external load: every target rounds to 0 and progression changes reps or variation.

    Examples:
        >>> Bodyweight().round(35.0)
        0.0
    """

    unit: Unit = attrs.field(default=Unit.KG, converter=_unit)

    @property
    def step(self) -> float:
        """Zero: there is nothing to add.

        Examples:
            >>> Bodyweight().step
            0.0
        """
        return 0.0

    def round(self, target: ArrayLike) -> Any:
        """Zero for every target (checked like any other target).

        Examples:
            >>> Bodyweight().round([10.0, 20.0]).tolist()
            [0.0, 0.0]
        """
        array, scalar = v.as_float_array("target", target)
        if (array < 0).any():
            raise ValidationError(
                "target",
                v.first_bad(target, array < 0),
                "must be >= 0",
                "pass a load of zero or more",
            )
        return _return(np.zeros_like(array), scalar)


Implement: TypeAlias = Barbell | DumbbellSet | KettlebellSet | Bodyweight
"""Anything that rounds a load: a [`Barbell`][runstrength.implements.Barbell],
[`DumbbellSet`][runstrength.implements.DumbbellSet],
[`KettlebellSet`][runstrength.implements.KettlebellSet] or
[`Bodyweight`][runstrength.implements.Bodyweight]."""
