"""Load prescription: 1RM estimates, %1RM from reps and reps in reserve, real loads.

The central idea: a set of ``reps`` done with ``rir`` reps in reserve is a set of
``reps + rir`` reps to failure, and a %1RM model (by default one built from the
RTS chart and the NSCA table, or a published 1RM equation) relates reps to
failure to the fraction of 1RM that was lifted. The same model, read both ways,
estimates a 1RM from a logged set and prescribes a load from a 1RM, so the two
always agree (a prescription from an estimate gives back the weight lifted).

Runners lift at about 70-85 % of 1RM (Best Athletics) and keep 1-2 reps in reserve on
most sets (Proven Gains, principle 3); the defaults here follow that.

Every function takes numbers or numpy arrays (broadcast together) and returns the
same kind: a float for numbers, an array for arrays. For many sets used more than once,
a `SetBatch` holds their reps and RIR checked once, to pass in place of ``reps``.

Examples:
    >>> round(estimate_one_rm(100, 5), 2)
    115.41
    >>> round(percent_one_rm(5, rir=2), 2)
    82.05
    >>> load_for(120, 5, rir=2, equipment=Barbell())
    97.5
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, overload

import attrs
import numpy as np
from numpy.typing import ArrayLike, NDArray

from runstrength import _repr
from runstrength import _trusted as trusted
from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.implements import (
    Barbell,
    Bodyweight,
    DumbbellSet,
    Implement,
    KettlebellSet,
    UnachievableLoadError,
    Unit,
)

__all__ = [
    "MAX_REPS_TO_FAILURE",
    "NSCA_PERCENT_TABLE",
    "RTS_PERCENT_CHART",
    "OneRmFormula",
    "Prescription",
    "SetBatch",
    "WarmupSet",
    "estimate_one_rm",
    "load_for",
    "percent_one_rm",
    "prescribe",
    "reps_to_failure",
    "rir_to_rpe",
    "rpe_to_rir",
    "warmup_sets",
]

Array = NDArray[np.float64]

MAX_REPS_TO_FAILURE = 20
"""The most reps to failure (reps + RIR) any estimate here accepts.

The equations were built and checked on sets of about 10 or fewer reps; their
estimates spread apart as reps rise (LeSuer et al. 1997, J Strength Cond Res
11(4)), and past about 20 reps a set tests endurance, not strength. Beyond this
bound the functions raise instead of returning a number nobody should trust.
"""


class OneRmFormula(StrEnum):
    """The %1RM models: seven published 1RM equations and one table model (the default).

    In the equations ``r`` is reps to failure and ``w`` the load lifted.

    | name | 1RM | source |
    |---|---|---|
    | EPLEY | w (1 + r / 30) | Epley 1985, Poundage Chart |
    | BRZYCKI | w 36 / (37 - r) | Brzycki 1993, JOPERD 64(1) |
    | LANDER | 100 w / (101.3 - 2.67123 r) | Lander 1985, NSCA Journal 6(6) |
    | LOMBARDI | w r^0.10 | Lombardi 1989, Beginning Weight Training |
    | MAYHEW | 100 w / (52.2 + 41.9 e^(-0.055 r)) | Mayhew et al. 1992, J Appl Sport Sci Res 6(4) |
    | OCONNER | w (1 + 0.025 r) | O'Conner et al. 1989, Weight Training Today |
    | WATHEN | 100 w / (48.8 + 53.8 e^(-0.075 r)) | Wathen 1994, in NSCA Essentials |
    | RTS_NSCA | 100 w / p(r), p from the two reference tables | RTS chart; NSCA table 17.7 |

    ``RTS_NSCA`` (the default, value ``"rts-nsca"``) is not an equation: it is the
    two references coaches use, joined into one %1RM curve ``p(r)``. At 1-12 reps
    to failure ``p`` is the mean of the Reactive Training Systems RPE chart
    ([`RTS_PERCENT_CHART`][runstrength.load.RTS_PERCENT_CHART]) and the NSCA %1RM-reps table
    (*Essentials of
    Strength Training and Conditioning*, 4th ed., table 17.7,
    [`NSCA_PERCENT_TABLE`][runstrength.load.NSCA_PERCENT_TABLE]); at 13-16 it is the RTS chart
    alone; past the
    chart it continues the chart's last step (2.5 points a rep) to 47.4 % at
    [`MAX_REPS_TO_FAILURE`][runstrength.load.MAX_REPS_TO_FAILURE]. Between whole reps to failure (a
    fractional
    RIR such as 1.5) it is linear. So it is exactly 100 at one rep to failure, falls
    strictly as reps or RIR rise, and stays within 1.0 %1RM point of the NSCA
    table (1-12 reps) and of the RTS chart over 1-12 reps at 0-4 RIR, the chart's
    RPE read as RIR = 10 - RPE (Zourdos et al. 2016; Helms et al. 2016). Brzycki,
    the previous default, is up to 2.6 points off the chart and 2.4 off the
    table; Lander, the closest equation, 1.6 and 2.2. The "Load prescription"
    guide shows the comparison.

    Whatever the model, one rep to failure means the load lifted *is* the 1RM:
    every formula returns ``w`` at ``r = 1``.

    Examples:
        >>> [round(estimate_one_rm(100, 5, formula=f), 2) for f in OneRmFormula]
        [116.67, 112.5, 113.71, 117.46, 119.01, 112.5, 116.58, 115.41]
        >>> round(percent_one_rm(5, rir=2, formula="rts-nsca"), 2)
        82.05
    """

    EPLEY = "epley"
    BRZYCKI = "brzycki"
    LANDER = "lander"
    LOMBARDI = "lombardi"
    MAYHEW = "mayhew"
    OCONNER = "oconner"
    WATHEN = "wathen"
    RTS_NSCA = "rts-nsca"

    @property
    def source(self) -> str:
        """The publication the equation comes from (the two tables, for ``RTS_NSCA``).

        Examples:
            >>> OneRmFormula.BRZYCKI.source
            'Brzycki 1993, JOPERD 64(1)'
        """
        return _SOURCES[self]


_SOURCES = {
    OneRmFormula.EPLEY: "Epley 1985, Poundage Chart",
    OneRmFormula.BRZYCKI: "Brzycki 1993, JOPERD 64(1)",
    OneRmFormula.LANDER: "Lander 1985, NSCA Journal 6(6)",
    OneRmFormula.LOMBARDI: "Lombardi 1989, Beginning Weight Training",
    OneRmFormula.MAYHEW: "Mayhew et al. 1992, J Appl Sport Sci Res 6(4)",
    OneRmFormula.OCONNER: "O'Conner et al. 1989, Weight Training Today",
    OneRmFormula.WATHEN: "Wathen 1994, in NSCA Essentials",
    OneRmFormula.RTS_NSCA: (
        "Reactive Training Systems RPE chart and NSCA Essentials, 4th ed., table 17.7"
    ),
}


RTS_PERCENT_CHART: dict[int, float] = {
    1: 100.0, 2: 95.5, 3: 92.2, 4: 89.2, 5: 86.3, 6: 83.7, 7: 81.1, 8: 78.6,
    9: 76.2, 10: 73.9, 11: 70.7, 12: 68.0, 13: 65.3, 14: 62.6, 15: 59.9, 16: 57.4,
}  # fmt: skip
"""%1RM by reps to failure (reps + RIR) from the Reactive Training Systems RPE chart.

Tuchscherer 2008, *The Reactive Training Manual*: the chart's cell for ``reps``
at RPE ``10 - rir`` is this table at ``reps + rir``.
"""

NSCA_PERCENT_TABLE: dict[int, float] = {
    1: 100.0, 2: 95.0, 3: 93.0, 4: 90.0, 5: 87.0, 6: 85.0,
    7: 83.0, 8: 80.0, 9: 77.0, 10: 75.0, 11: 70.0, 12: 67.0,
}  # fmt: skip
"""%1RM by the most reps that can be done (to failure), NSCA Essentials of Strength
Training and Conditioning, 4th ed. (Haff and Triplett 2016), table 17.7."""


def _rts_nsca_curve() -> tuple[Array, Array]:
    """Whole reps to failure 1 to `MAX_REPS_TO_FAILURE`, and the %1RM of RTS_NSCA at each."""
    last = max(RTS_PERCENT_CHART)
    # Past the chart, its last step continues (2.5 points a rep: 47.4 % at 20 reps).
    step = RTS_PERCENT_CHART[last - 1] - RTS_PERCENT_CHART[last]
    percent = [
        (RTS_PERCENT_CHART[n] + NSCA_PERCENT_TABLE[n]) / 2
        if n in NSCA_PERCENT_TABLE
        else RTS_PERCENT_CHART.get(n, RTS_PERCENT_CHART[last] - step * (n - last))
        for n in range(1, MAX_REPS_TO_FAILURE + 1)
    ]
    return np.arange(1.0, MAX_REPS_TO_FAILURE + 1), np.array(percent)


_CURVE_REPS, _CURVE_PERCENT = _rts_nsca_curve()
# The change to the next whole rep to failure; none past the last.
_CURVE_STEP = np.append(np.diff(_CURVE_PERCENT), 0.0)


def _rts_nsca(r: Array) -> Array:
    # Linear between whole reps to failure, which validation keeps in 1..MAX: a look-up
    # and a blend, three times faster than np.interp's search; exactly 100 % at one rep.
    reps = np.asarray(r)
    whole = reps.astype(np.intp)
    fraction = reps - whole
    whole -= 1
    if not reps.ndim:  # numpy scalars cannot be written to
        return np.asarray(100.0 / (_CURVE_PERCENT[whole] + fraction * _CURVE_STEP[whole]))
    percent: Array = _CURVE_STEP.take(whole)
    percent *= fraction
    percent += _CURVE_PERCENT.take(whole)
    return np.divide(100.0, percent, out=percent)


def _brzycki(r: Array) -> Array:
    if not isinstance(r, np.ndarray) or r.ndim == 0:  # a numpy scalar cannot be written to
        return np.asarray(36.0 / (37.0 - r))
    # In place when r is a scratch array: a million sets save two allocations. A
    # SetBatch's reps to failure are read-only, and get one new array.
    ratio = np.subtract(37.0, r, out=r if r.flags.writeable else None)
    return np.divide(36.0, ratio, out=ratio)


# 1RM / load lifted, as a function of reps to failure r (an array the function may reuse
# when it is writeable), always in a new array.
_RATIOS: dict[OneRmFormula, Callable[[Array], Array]] = {
    OneRmFormula.EPLEY: lambda r: 1 + r / 30,
    OneRmFormula.BRZYCKI: _brzycki,
    OneRmFormula.LANDER: lambda r: 100 / (101.3 - 2.67123 * r),
    OneRmFormula.LOMBARDI: lambda r: r**0.10,
    OneRmFormula.MAYHEW: lambda r: 100 / (52.2 + 41.9 * np.exp(-0.055 * r)),
    OneRmFormula.OCONNER: lambda r: 1 + 0.025 * r,
    OneRmFormula.WATHEN: lambda r: 100 / (48.8 + 53.8 * np.exp(-0.075 * r)),
    OneRmFormula.RTS_NSCA: _rts_nsca,
}


# Models whose ratio is exactly 1 at one rep to failure without help.
_EXACT_AT_ONE = frozenset({OneRmFormula.BRZYCKI, OneRmFormula.LOMBARDI, OneRmFormula.RTS_NSCA})


def _formula(formula: object) -> OneRmFormula:
    return v.to_enum(OneRmFormula, formula, "formula")


def _reps_array(argument: str, value: ArrayLike) -> tuple[Array, bool, float]:
    """Whole reps >= 1 as floats, whether a scalar, and the largest."""
    array, scalar, integral = v.to_array(argument, value)
    if not array.size:
        return array, scalar, 0.0
    # Reductions first (NaN fails every comparison); masks are built only on failure.
    low, high = array.min(), array.max()
    whole = integral or np.array_equal(np.floor(array), array)
    if not (low >= 1 and high < np.inf and whole):
        if not (np.isfinite(low) and np.isfinite(high)):
            raise v.not_finite(argument, value, array)
        raise ValidationError(
            argument,
            v.first_bad(value, (array < 1) | (array != np.floor(array))),
            "must be a whole number >= 1",
            "count completed repetitions only",
        )
    return array, scalar, float(high)


def _rir_array(value: ArrayLike) -> tuple[Array, bool, float]:
    """Reps in reserve >= 0, whether a scalar, and the largest."""
    array, scalar, _ = v.to_array("rir", value)
    if not array.size:
        return array, scalar, 0.0
    low, high = array.min(), array.max()
    if not (low >= 0 and high < np.inf):
        if not (np.isfinite(low) and np.isfinite(high)):
            raise v.not_finite("rir", value, array)
        raise ValidationError(
            "rir",
            v.first_bad(value, array < 0),
            "must be >= 0",
            "0 means the set ended at failure",
        )
    return array, scalar, float(high)


def _ratio(reps: ArrayLike, rir: ArrayLike, formula: object) -> tuple[Array, bool]:
    """1RM / load for sets of ``reps`` with ``rir`` in reserve; and whether all were scalars."""
    chosen = _formula(formula)
    n, scalar = _reps_to_failure(reps, rir)
    return _model_ratio(chosen, n), scalar


def _model_ratio(chosen: OneRmFormula, n: Array) -> Array:
    """1RM / load at ``n`` reps to failure (checked), in a new array unless ``n`` is scratch."""
    if chosen in _EXACT_AT_ONE:
        return _RATIOS[chosen](n)
    # One rep to failure is a 1RM by definition (the models in _EXACT_AT_ONE already agree).
    return np.where(n == 1, 1.0, _RATIOS[chosen](n))


def _batch_ratio(batch: SetBatch, rir: object, formula: object) -> tuple[Array, bool]:
    """`_ratio` for a `SetBatch`, checked when it was built; and whether it is 0-d."""
    if type(rir) is not int or rir != 0:
        raise ArgumentTypeError(
            "rir",
            rir,
            "must be left out when reps is a SetBatch",
            "the batch already holds its RIR; build SetBatch(reps, rir=...)",
        )
    n = batch.to_failure
    return _model_ratio(_formula(formula), n), n.ndim == 0


_NUMBER = (int, float)
_SCALAR_PERCENT = tuple(float(x) for x in _CURVE_PERCENT)
_SCALAR_STEP = tuple(float(x) for x in _CURVE_STEP)


def _scalar_ratio(reps: object, rir: object, formula: object) -> float | None:
    """The ratio for one plain ``int`` or ``float`` set, in float maths; None otherwise.

    Single sets (the planner prescribes hundreds a plan) skip the array machinery.
    Anything else, or any value that fails a check, takes the array path, which names
    what is wrong; both paths do the same operations, so their results are identical.
    """
    if type(reps) not in _NUMBER or type(rir) not in _NUMBER:
        return None
    r: float = reps  # type: ignore[assignment]
    k: float = rir  # type: ignore[assignment]
    if not (1 <= r <= MAX_REPS_TO_FAILURE and 0 <= k <= MAX_REPS_TO_FAILURE):
        return None  # NaN fails here too
    n = float(r + k)
    if n > MAX_REPS_TO_FAILURE or r != math.floor(r):
        return None
    chosen = _formula(formula)
    if chosen is OneRmFormula.RTS_NSCA:
        whole = int(n)
        return 100.0 / (_SCALAR_PERCENT[whole - 1] + (n - whole) * _SCALAR_STEP[whole - 1])
    ratio = float(_RATIOS[chosen](np.asarray(n)))
    return ratio if chosen in _EXACT_AT_ONE or n != 1 else 1.0


def _plain_load(value: object) -> float | None:
    """A plain ``int`` or ``float`` load > 0 that a float holds; None otherwise."""
    if type(value) in _NUMBER and 0 < value <= sys.float_info.max:  # type: ignore[operator]
        return float(value)  # type: ignore[arg-type]
    return None


def _reps_to_failure(reps: ArrayLike, rir: ArrayLike) -> tuple[Array, bool]:
    """``reps + rir``, checked, as a new array; and whether both were scalars.

    A million sets are checked in three reductions and one whole-number test: reps >= 1
    (NaN fails it), RIR >= 0, and the largest sum at most `MAX_REPS_TO_FAILURE` (NaN
    and inf fail it, so every value is finite). Only when one fails does
    `_explain_sets` look closer, to name the first bad value.
    """
    r, r_scalar, integral = v.to_array("reps", reps)
    k, k_scalar, _ = v.to_array("rir", rir)
    return _checked_sum(reps, rir, r, k, integral), r_scalar and k_scalar


def _checked_sum(reps: ArrayLike, rir: ArrayLike, r: Array, k: Array, integral: bool) -> Array:
    """``r + k`` in a new array, once the checks `_reps_to_failure` describes pass.

    ``reps`` and ``rir`` are the caller's values, for the error messages; ``r`` and
    ``k`` the same as float arrays; ``integral``, whether ``reps`` held integers.
    """
    try:
        shape = np.broadcast_shapes(r.shape, k.shape)
    except ValueError:
        _explain_sets(reps, rir, r, k)
    n = np.empty(shape)
    whole = integral or not r.size
    if not whole and r.shape == shape:
        # The floors of the reps, written where the sums go next, must equal them (NaN
        # fails; inf passes here and fails the sum's bound below).
        whole = np.array_equal(np.floor(r, out=n), r)
    elif not whole:
        whole = np.array_equal(np.floor(r), r)
    with np.errstate(over="ignore"):  # a sum past the largest float is inf: too long
        np.add(r, k, out=n)
    if not (
        whole
        and (not r.size or r.min() >= 1)
        and (not k.size or k.min() >= 0)
        and (not n.size or n.max() <= MAX_REPS_TO_FAILURE)
    ):
        _explain_sets(reps, rir, r, k)
    return n


def _explain_sets(reps: ArrayLike, rir: ArrayLike, r: Array, k: Array) -> NoReturn:
    """Raise the error that names what is wrong with ``reps`` and ``rir``."""
    _reps_array("reps", reps)
    _rir_array(rir)
    _broadcast("rir", r, k)
    with np.errstate(over="ignore"):
        n = r + k
    raise ValidationError(
        "reps",
        v.first_bad(n, n > MAX_REPS_TO_FAILURE),
        f"plus 'rir' must be at most {MAX_REPS_TO_FAILURE} reps to failure",
        "1RM equations are not valid for longer sets; use a heavier test set",
    )


def _broadcast(argument: str, first: Array, second: Array) -> None:
    try:
        np.broadcast_shapes(first.shape, second.shape)
    except ValueError:
        raise ValidationError(
            argument,
            f"an array of shape {second.shape}",
            f"must broadcast with the other arrays (shape {first.shape})",
            "give arrays of the same length, or single numbers",
        ) from None


_SHOWN = 6  # values of an array a SetBatch's repr shows before it leaves out the middle


def _values(array: Array) -> str:
    text = np.array2string(
        array,
        separator=", ",
        threshold=_SHOWN,
        edgeitems=_SHOWN // 2,
        formatter={"float_kind": lambda x: repr(float(x))},
        max_line_width=sys.maxsize,
    )
    return text.replace("\n", "")


@attrs.frozen(init=False, eq=False, repr=False)
class SetBatch:
    """Many sets' reps and reps in reserve, checked once, to reuse in many calls.

    [`estimate_one_rm`][runstrength.load.estimate_one_rm],
    [`percent_one_rm`][runstrength.load.percent_one_rm] and
    [`load_for`][runstrength.load.load_for] check arrays of reps and RIR on every call
    (whole reps >= 1, RIR >= 0, at most
    [`MAX_REPS_TO_FAILURE`][runstrength.load.MAX_REPS_TO_FAILURE] reps to failure). A
    batch runs those checks once, when it is built; each function takes it in place of
    ``reps`` (leave ``rir`` out: the batch holds it) and skips them. A batch of a
    million sets is worth building when it is used more than once, for example with
    several formulas. Results are identical to passing the arrays. Loads (``weight``,
    ``one_rm``) are still checked on every call.

    A batch cannot change: its arrays are read-only copies, so later changes to the
    arrays it was built from do not reach it. Two batches are equal when their
    ``reps`` and ``rir`` have the same shapes and values; like numpy arrays, batches
    are not hashable.

    Args:
        reps: Completed repetitions, whole numbers >= 1: a number or an array.
        rir: Reps in reserve (>= 0; halves are fine): a number or an array that
            broadcasts with ``reps``.

    Attributes:
        reps: ``reps`` as given, a read-only float array of its own shape.
        rir: ``rir`` as given, a read-only float array of its own shape.
        to_failure: Reps to failure, ``reps + rir``: a read-only float array of the
            two broadcast together (the batch's ``shape``).

    Raises:
        ValidationError: The checks of
            [`estimate_one_rm`][runstrength.load.estimate_one_rm], with the same
            messages: reps < 1 or fractional, a negative RIR, NaN or inf, more than
            [`MAX_REPS_TO_FAILURE`][runstrength.load.MAX_REPS_TO_FAILURE] reps to
            failure, or shapes that do not broadcast.
        ArgumentTypeError: Values that are not numbers.

    Examples:
        >>> batch = SetBatch([5, 8, 3], rir=2)
        >>> batch
        SetBatch(reps=[5.0, 8.0, 3.0], rir=2.0)
        >>> batch.to_failure.tolist()
        [7.0, 10.0, 5.0]
        >>> percent_one_rm(batch, formula="brzycki").round(1).tolist()
        [83.3, 75.0, 88.9]
        >>> estimate_one_rm([100, 80, 110], batch).round(1).tolist()
        [121.9, 107.5, 126.9]
        >>> load_for(120, batch, equipment=Barbell()).tolist()
        [97.5, 90.0, 105.0]
    """

    reps: NDArray[np.float64]
    rir: NDArray[np.float64]
    to_failure: NDArray[np.float64] = attrs.field(init=False)

    def __init__(self, reps: ArrayLike, rir: ArrayLike = 0) -> None:
        r, _, integral = v.to_array("reps", reps)
        k, _, integral_rir = v.to_array("rir", rir)
        # Copies, so that later changes to the caller's arrays do not reach the batch
        # (integers were converted into new arrays already). The copy of float reps is
        # their floor, equal to them when every one is whole, as each must be.
        if not integral:
            whole = np.floor(r, out=np.empty(r.shape))
            if not np.array_equal(whole, r):
                _explain_sets(reps, rir, r, k)
            r = whole
        k = k if integral_rir else k.copy()
        n = _checked_sum(reps, rir, r, k, integral=True)
        for array in (r, k, n):
            array.flags.writeable = False
        self.__attrs_init__(r, k)
        object.__setattr__(self, "to_failure", n)

    @property
    def shape(self) -> tuple[int, ...]:
        """The shape of ``reps`` and ``rir`` broadcast together.

        Examples:
            >>> SetBatch([[5, 8, 3]], rir=[[0], [2]]).shape
            (2, 3)
        """
        return self.to_failure.shape

    @property
    def size(self) -> int:
        """The number of sets.

        Examples:
            >>> SetBatch([5, 8, 3], rir=2).size
            3
        """
        return self.to_failure.size

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SetBatch):
            return NotImplemented
        return bool(np.array_equal(self.reps, other.reps) and np.array_equal(self.rir, other.rir))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        reps, rir = _values(self.reps), _values(self.rir)
        text = f"SetBatch(reps={reps}"
        if self.rir.ndim or self.rir != 0:
            text += f", rir={rir}"
        if "..." in reps + rir or (not self.size and len(self.shape) > 1):
            text += f", shape={self.shape}"  # the values shown do not make the batch
        return text + ")"

    def __reduce__(self) -> tuple[type[SetBatch], tuple[Array, Array]]:
        # Built again by the constructor: checked, and read-only again.
        return type(self), (self.reps, self.rir)


def _with_ratio(ufunc: np.ufunc, values: Array, ratio: Array) -> Array:
    """``ufunc(values, ratio)``, written into ``ratio`` when it has the result's shape.

    The ratio is always an array made by this call (never the caller's), so a batch
    of a million sets saves one large allocation.
    """
    if ratio.ndim and ratio.shape == np.broadcast_shapes(values.shape, ratio.shape):
        result: Array = ufunc(values, ratio, out=ratio)
        return result
    return np.asarray(ufunc(values, ratio))


def _positive(argument: str, value: ArrayLike) -> tuple[Array, bool]:
    """Loads as a float array, checked > 0 (NaN fails too); and whether a scalar.

    The result of the formula shows whether they were finite: `_finite_result` checks
    it and names the bad load.
    """
    array, scalar, _ = v.to_array(argument, value)
    if array.size and not array.min() > 0:
        _weights(argument, value)  # raises, naming the first bad value
    return array, scalar


def _finite_result(argument: str, result: Array, value: ArrayLike) -> Array:
    """The result, unless it has NaN or inf (from a bad load, or too large for a float).

    The ratios are finite and positive, so one reduction finds either.
    """
    if result.size and not result.max() < np.inf:
        _weights(argument, value)  # a NaN or inf load is named as such
        raise ValidationError(
            argument,
            v.first_bad(value, ~np.isfinite(np.broadcast_to(result, np.shape(result)))),
            "must be small enough for the result to be a finite number",
            "check the unit and magnitude of the loads",
        )
    return result


def _weights(argument: str, value: ArrayLike) -> tuple[Array, bool]:
    array, scalar, _ = v.to_array(argument, value)
    if not array.size:
        return array, scalar
    low, high = array.min(), array.max()
    if not (low > 0 and high < np.inf):
        if not (np.isfinite(low) and np.isfinite(high)):
            raise v.not_finite(argument, value, array)
        raise ValidationError(
            argument, v.first_bad(value, array <= 0), "must be > 0", "pass a load in kg or lb"
        )
    return array, scalar


def _out(result: Array, scalar: bool) -> Any:
    return float(result) if scalar else result


@overload
def estimate_one_rm(
    weight: float, reps: float, *, rir: float = 0, formula: OneRmFormula | str = ...
) -> float: ...
@overload
def estimate_one_rm(
    weight: ArrayLike,
    reps: ArrayLike | SetBatch,
    *,
    rir: ArrayLike = 0,
    formula: OneRmFormula | str = ...,
) -> Any: ...
def estimate_one_rm(
    weight: ArrayLike,
    reps: ArrayLike | SetBatch,
    *,
    rir: ArrayLike = 0,
    formula: OneRmFormula | str = OneRmFormula.RTS_NSCA,
) -> Any:
    """Estimate a one-repetition maximum from a set of ``reps`` with ``weight``.

    Reps to failure are ``reps + rir``; the chosen model turns them into the
    ratio of 1RM to the weight lifted. A single rep to failure returns ``weight``.

    Args:
        weight: The load lifted (> 0), a number or an array.
        reps: Completed repetitions, whole numbers >= 1; or a
            [`SetBatch`][runstrength.load.SetBatch] of reps and RIR checked once.
        rir: Reps in reserve when the set stopped (>= 0; halves are fine). Left out
            when ``reps`` is a batch.
        formula: One of [`OneRmFormula`][runstrength.load.OneRmFormula] (default ``RTS_NSCA``).

    Returns:
        The estimated 1RM, in the unit of ``weight``: a float for numbers, an
        array for arrays (inputs broadcast together).

    Raises:
        ValidationError: A weight <= 0, NaN or inf; reps < 1 or fractional; a
            negative RIR; or more than
            [`MAX_REPS_TO_FAILURE`][runstrength.load.MAX_REPS_TO_FAILURE] reps to failure.
        ArgumentTypeError: Values that are not numbers, or ``rir`` given with a batch.

    Examples:
        >>> round(estimate_one_rm(100, 5, rir=2), 1)
        121.9
        >>> estimate_one_rm(100, 1)
        100.0
        >>> estimate_one_rm([100, 80], [5, 8], formula="epley").round(2).tolist()
        [116.67, 101.33]
        >>> estimate_one_rm([100, 80], SetBatch([5, 8]), formula="epley").round(2).tolist()
        [116.67, 101.33]
    """
    if isinstance(reps, SetBatch):
        w, w_scalar = _positive("weight", weight)
        ratio, scalar = _batch_ratio(reps, rir, formula)
    else:
        one = _scalar_ratio(reps, rir, formula)
        w_plain = _plain_load(weight)
        if one is not None and w_plain is not None and w_plain * one < math.inf:
            return w_plain * one
        w, w_scalar = _positive("weight", weight)
        ratio, scalar = _ratio(reps, rir, formula)
    _broadcast("reps", w, ratio)
    with np.errstate(over="ignore", invalid="ignore"):
        result = _with_ratio(np.multiply, w, ratio)
    return _out(_finite_result("weight", result, weight), w_scalar and scalar)


@overload
def percent_one_rm(reps: float, *, rir: float = 0, formula: OneRmFormula | str = ...) -> float: ...
@overload
def percent_one_rm(
    reps: ArrayLike | SetBatch, *, rir: ArrayLike = 0, formula: OneRmFormula | str = ...
) -> Any: ...
def percent_one_rm(
    reps: ArrayLike | SetBatch,
    *,
    rir: ArrayLike = 0,
    formula: OneRmFormula | str = OneRmFormula.RTS_NSCA,
) -> Any:
    """The %1RM that allows ``reps`` repetitions with ``rir`` left in reserve.

    It falls as reps or RIR rise and is 100 for one rep to failure.

    Args:
        reps: Repetitions per set, whole numbers >= 1; or a
            [`SetBatch`][runstrength.load.SetBatch] of reps and RIR checked once.
        rir: Reps in reserve (>= 0; halves are fine). Left out when ``reps`` is a
            batch.
        formula: The %1RM model, one of [`OneRmFormula`][runstrength.load.OneRmFormula]
            (default ``RTS_NSCA``).

    Returns:
        The %1RM (0 to 100]: a float for numbers, an array for arrays and batches
        (a batch built from numbers gives a float).

    Raises:
        ValidationError: Bad reps or RIR, as for
            [`estimate_one_rm`][runstrength.load.estimate_one_rm].
        ArgumentTypeError: Values that are not numbers, or ``rir`` given with a batch.

    Examples:
        >>> percent_one_rm(1)
        100.0
        >>> round(percent_one_rm(8, rir=2), 2)
        74.45
        >>> percent_one_rm([3, 5, 8], rir=1).round(1).tolist()
        [89.6, 84.4, 76.6]
        >>> percent_one_rm(SetBatch([3, 5, 8], rir=1)).round(1).tolist()
        [89.6, 84.4, 76.6]
    """
    if isinstance(reps, SetBatch):
        ratio, scalar = _batch_ratio(reps, rir, formula)
    else:
        one = _scalar_ratio(reps, rir, formula)
        if one is not None:
            return 100.0 / one
        ratio, scalar = _ratio(reps, rir, formula)
    if ratio.ndim:  # an array this call made: write the result into it
        result: Array = np.divide(100.0, ratio, out=ratio)
        return result
    return _out(100.0 / ratio, scalar)


@overload
def reps_to_failure(percent: float, *, formula: OneRmFormula | str = ...) -> float: ...
@overload
def reps_to_failure(percent: ArrayLike, *, formula: OneRmFormula | str = ...) -> Any: ...
def reps_to_failure(
    percent: ArrayLike, *, formula: OneRmFormula | str = OneRmFormula.RTS_NSCA
) -> Any:
    """The inverse of `percent_one_rm`: reps to failure at ``percent`` of 1RM.

    The result is fractional (a model value, not a count); it is 1 at 100 %.

    Raises:
        ValidationError: ``percent`` is not in (0, 100], or so low that it would
            mean more than [`MAX_REPS_TO_FAILURE`][runstrength.load.MAX_REPS_TO_FAILURE] reps.

    Examples:
        >>> reps_to_failure(79.3)
        8.0
        >>> round(reps_to_failure(75.0), 2)
        9.74
        >>> round(reps_to_failure(85.0, formula="epley"), 2)
        5.29
    """
    chosen = _formula(formula)
    p, scalar = v.as_float_array("percent", percent)
    bad = (p <= 0) | (p > 100)
    if bad.any():
        raise ValidationError(
            "percent", v.first_bad(percent, bad), "must be in (0, 100]", "pass a %1RM such as 80"
        )
    grid = np.linspace(1.0, MAX_REPS_TO_FAILURE, 20_001)
    curve = 100.0 / _ratio_of_n(chosen, grid)
    low = p < curve[-1] - 1e-9
    if low.any():
        raise ValidationError(
            "percent",
            v.first_bad(percent, low),
            f"must be at least {curve[-1]:.1f} %1RM with {chosen.value} "
            f"({MAX_REPS_TO_FAILURE} reps to failure)",
            "lighter loads are endurance work, outside the equations' range",
        )
    # %1RM falls strictly with reps, so the inverse is an interpolation on the reversed curve.
    n = np.interp(p, curve[::-1], grid[::-1])
    exact = _exact_inverse(chosen, p)
    return _out(np.where(np.isnan(exact), n, exact), scalar)


def _ratio_of_n(formula: OneRmFormula, n: Array) -> Array:
    ratio = _RATIOS[formula](n.copy())
    return np.where(n == 1, 1.0, ratio)


def _exact_inverse(formula: OneRmFormula, p: Array) -> Array:
    # Closed forms where the equation is linear in r, the table model by its own curve;
    # NaN elsewhere (use interpolation). Validation keeps p in (0, 100], so the errstate
    # only guards against future callers (its mutants cannot change a result).
    with np.errstate(divide="ignore", invalid="ignore"):  # pragma: no mutate
        if formula is OneRmFormula.BRZYCKI:
            return 37 - 36 * p / 100
        if formula is OneRmFormula.OCONNER:
            return np.where(p == 100, 1.0, (100 / p - 1) / 0.025)
        if formula is OneRmFormula.EPLEY:
            return np.where(p == 100, 1.0, (100 / p - 1) * 30)
        if formula is OneRmFormula.RTS_NSCA:
            return np.interp(p, _CURVE_PERCENT[::-1], _CURVE_REPS[::-1])
        return np.full_like(p, np.nan)


def load_for(
    one_rm: ArrayLike,
    reps: ArrayLike | SetBatch,
    *,
    rir: ArrayLike = 0,
    formula: OneRmFormula | str = OneRmFormula.RTS_NSCA,
    equipment: Implement | None = None,
) -> Any:
    """The load for ``reps`` with ``rir`` in reserve, from a 1RM; rounded if given equipment.

    Without ``equipment`` the exact model load is returned, so that
    ``load_for(estimate_one_rm(w, r, rir=k), r, rir=k)`` gives back ``w``. With
    equipment, the load is rounded to what it can make, never more than one of
    its steps above the model load.

    Args:
        one_rm: The 1RM (> 0), a number or an array.
        reps: Repetitions per set (whole numbers >= 1); or a
            [`SetBatch`][runstrength.load.SetBatch] of reps and RIR checked once.
        rir: Reps to keep in reserve (>= 0). Left out when ``reps`` is a batch.
        formula: The %1RM model, one of [`OneRmFormula`][runstrength.load.OneRmFormula] (default
            ``RTS_NSCA``).
        equipment: A [`Barbell`][runstrength.implements.Barbell],
            [`DumbbellSet`][runstrength.implements.DumbbellSet],
            [`KettlebellSet`][runstrength.implements.KettlebellSet] or
            [`Bodyweight`][runstrength.implements.Bodyweight].

    Raises:
        ValidationError: Bad numbers, as for [`estimate_one_rm`][runstrength.load.estimate_one_rm].
        UnachievableLoadError: The equipment cannot make a load close enough.
        ArgumentTypeError: Values that are not numbers, or ``rir`` given with a batch.

    Examples:
        >>> round(load_for(100, 5, rir=2), 2)
        82.05
        >>> load_for(100, 5, rir=2, equipment=Barbell())
        82.5
        >>> load_for([100, 140], 5, rir=2, equipment=Barbell()).tolist()
        [82.5, 115.0]
        >>> load_for([100, 140], SetBatch(5, rir=2), equipment=Barbell()).tolist()
        [82.5, 115.0]
    """
    one = None if isinstance(reps, SetBatch) else _scalar_ratio(reps, rir, formula)
    orm_plain = _plain_load(one_rm)
    if one is not None and orm_plain is not None:
        target = np.asarray(orm_plain / one)
        orm_scalar = scalar = True
    else:
        orm, orm_scalar = _positive("one_rm", one_rm)
        if isinstance(reps, SetBatch):
            ratio, scalar = _batch_ratio(reps, rir, formula)
        else:
            ratio, scalar = _ratio(reps, rir, formula)
        _broadcast("reps", orm, ratio)
        with np.errstate(invalid="ignore"):
            target = _finite_result("one_rm", _with_ratio(np.divide, orm, ratio), one_rm)
    if equipment is not None:
        _check_implement(equipment)
        try:
            target = np.asarray(equipment.round(target), dtype=np.float64)
        except UnachievableLoadError as error:
            # Name the caller's argument, not the internal target.
            raise UnachievableLoadError(
                "equipment",
                error.value,
                "must make a load within one step of the model load (from one_rm, reps and rir)",
                error.fix,
            ) from None
    return _out(target, orm_scalar and scalar)


def _check_implement(equipment: object) -> None:
    if equipment is not None and not isinstance(
        equipment, Barbell | DumbbellSet | KettlebellSet | Bodyweight
    ):
        raise ArgumentTypeError(
            "equipment",
            equipment,
            "must be a Barbell, DumbbellSet, KettlebellSet, Bodyweight or None",
            "pass e.g. Barbell()",
        )


def _rpe_rir(argument: str, value: ArrayLike, low: float, high: float) -> tuple[Array, bool]:
    array, scalar = v.as_float_array(argument, value)
    clipped = np.clip(array, low, high)  # no overflow in the half-step test
    bad = (array != clipped) | (clipped * 2 != np.floor(clipped * 2))
    if bad.any():
        raise ValidationError(
            argument,
            v.first_bad(value, bad),
            f"must be between {low:g} and {high:g} in steps of 0.5",
            "use the RIR-based RPE scale (Zourdos et al. 2016)",
        )
    return array, scalar


def rpe_to_rir(rpe: ArrayLike) -> Any:
    """Reps in reserve from an RPE on the RIR-based scale: RIR = 10 - RPE.

    RPE 10 is 0 RIR, 9 is 1, 8 is 2 (Zourdos et al. 2016, J Strength Cond Res
    30(1); Helms et al. 2016). The scale is defined from RPE 5 (about 5 reps in
    reserve) to 10, in half points.

    Examples:
        >>> rpe_to_rir(8.5)
        1.5
        >>> rpe_to_rir([10, 9, 7]).tolist()
        [0.0, 1.0, 3.0]
    """
    array, scalar = _rpe_rir("rpe", rpe, 5.0, 10.0)
    return _out(10.0 - array, scalar)


def rir_to_rpe(rir: ArrayLike) -> Any:
    """The RPE for a number of reps in reserve: RPE = 10 - RIR, for 0 to 5 RIR in halves.

    Examples:
        >>> rir_to_rpe(2)
        8.0
    """
    array, scalar = _rpe_rir("rir", rir, 0.0, 5.0)
    return _out(10.0 - array, scalar)


def _positive_int(argument: str, value: object, *, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ArgumentTypeError(argument, value, "must be a whole number", f"pass e.g. {minimum}")
    if value < minimum:
        raise ValidationError(argument, value, f"must be >= {minimum}", f"pass {minimum} or more")
    return int(value)


_MAX_AMOUNT = 10_000.0  # a load, a percentage or seconds: far above any prescription


def _optional_number(minimum: float, *, strict: bool = False) -> Callable[[Any, Any, Any], None]:
    def check(_instance: object, attribute: Any, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ArgumentTypeError(attribute.name, value, "must be a number or None", "pass one")
        try:
            number = float(value)
        except OverflowError:  # an int too big for a float
            number = math.inf
        if not math.isfinite(number) or number < minimum or (strict and number == minimum):
            rule = f"must be {'>' if strict else '>='} {minimum:g} and finite"
            raise ValidationError(attribute.name, value, rule, "pass a sensible value")
        if number > _MAX_AMOUNT:
            rule = f"must be at most {_MAX_AMOUNT:g}"
            raise ValidationError(attribute.name, value, rule, "pass a sensible value")

    return check


_MAX_COUNT = 10_000  # sets, reps or contacts: far above any prescription


def _count(_instance: object, attribute: Any, value: Any) -> None:
    if _positive_int(attribute.name, value) > _MAX_COUNT:
        raise ValidationError(
            attribute.name, value, f"must be at most {_MAX_COUNT}", "pass a real prescription"
        )


def _required(check: Callable[[Any, Any, Any], None]) -> Callable[[Any, Any, Any], None]:
    def required(instance: object, attribute: Any, value: Any) -> None:
        if value is None:
            raise ArgumentTypeError(attribute.name, value, "is required", "give a number")
        check(instance, attribute, value)

    return required


def _unit(value: object) -> Unit:
    return v.to_enum(Unit, value, "unit")


def _optional_count(instance: object, attribute: Any, value: Any) -> None:
    if value is not None:
        _count(instance, attribute, value)


@attrs.frozen(kw_only=True)
class WarmupSet:
    """One lighter set before the working sets.

    Examples:
        >>> WarmupSet(reps=5, load=40.0, percent_of_working=50.0)
        WarmupSet(reps=5, load=40.0, percent_of_working=50.0)
    """

    reps: int = attrs.field(validator=_count)
    load: float = attrs.field(validator=_required(_optional_number(0)))
    percent_of_working: float = attrs.field(validator=_required(_optional_number(0, strict=True)))

    def __repr__(self) -> str:
        return _repr.compact(self)


DEFAULT_RAMP: tuple[tuple[float, int], ...] = ((0.5, 5), (0.7, 3), (0.85, 2))
"""The default warm-up ramp for heavy lifts: (fraction of working load, reps).

A common coaching convention (NSCA Essentials ch. 17 describes warm-up sets as
lighter sets building towards the working load); Best Athletics asks for at least one
warm-up set before about two hard sets.
"""


def warmup_sets(
    working_load: float,
    *,
    equipment: Implement | None = None,
    ramp: Sequence[tuple[float, int]] = DEFAULT_RAMP,
) -> tuple[WarmupSet, ...]:
    """A short ramp of lighter sets up to ``working_load``, rounded to the equipment.

    Sets that round to the same load as the set before, or to the working load,
    are left out; a load below what the equipment makes becomes its lightest load
    (the empty bar).

    Examples:
        >>> [(s.reps, s.load) for s in warmup_sets(100.0, equipment=Barbell())]
        [(5, 50.0), (3, 70.0), (2, 85.0)]
        >>> [(s.reps, s.load) for s in warmup_sets(30.0, equipment=Barbell())]
        [(5, 20.0), (2, 25.0)]
    """
    _check_implement(equipment)
    load = v.check_finite_number("working_load", working_load)
    if load <= 0:
        raise ValidationError("working_load", working_load, "must be > 0", "pass the set's load")
    steps = ramp if ramp is DEFAULT_RAMP else _ramp(ramp)  # the library's own is valid
    sets: list[WarmupSet] = []
    for fraction, reps in steps:
        target = load * fraction
        if equipment is not None:
            target = _round_or_min(equipment, target)
        if target <= 0 or target >= load or (sets and sets[-1].load >= target):
            continue
        percent = 100 * target / load
        if target <= _MAX_AMOUNT and percent <= _MAX_AMOUNT:
            # Whole reps >= 1 from a checked ramp, 0 < target < load: a valid set.
            made = trusted.make(WarmupSet, reps=reps, load=target, percent_of_working=percent)
        else:  # too large for a set: the checks name what
            made = WarmupSet(reps=reps, load=target, percent_of_working=percent)
        sets.append(made)
    return tuple(sets)


def _ramp(ramp: object) -> tuple[tuple[float, int], ...]:
    if isinstance(ramp, str) or not isinstance(ramp, Sequence):
        raise ArgumentTypeError("ramp", ramp, "must be a sequence of (fraction, reps)", "see doc")
    steps: list[tuple[float, int]] = []
    for i, step in enumerate(ramp):
        if not isinstance(step, tuple) or len(step) != 2:
            raise ArgumentTypeError(
                f"ramp[{i}]", step, "must be a (fraction, reps) pair", "e.g. (0.5, 5)"
            )
        fraction = v.check_finite_number(f"ramp[{i}][0]", step[0])
        if not 0 < fraction < 1:
            raise ValidationError(
                f"ramp[{i}][0]", step[0], "must be between 0 and 1", "use e.g. 0.5"
            )
        steps.append((fraction, _positive_int(f"ramp[{i}][1]", step[1])))
    return tuple(steps)


def _round_or_min(equipment: Implement, target: float) -> float:
    if isinstance(equipment, Bodyweight):
        return 0.0
    if target < equipment.min:
        return equipment.min
    return float(equipment.round(target))


@attrs.frozen(kw_only=True)
class Prescription:
    """What to do for one exercise in one session.

    Exactly one dose is given: ``reps`` (with an optional ``reps_max`` for a range
    such as 8-12), ``seconds``, ``metres`` or ``contacts`` (each per set, and per
    side when ``per_side``). Loaded work also has a target RIR, the %1RM it
    implies and, when a 1RM is known, the load.

    Args:
        sets: Working sets (>= 1).
        reps: Repetitions per set, or the bottom of a range.
        reps_max: The top of a rep range (>= ``reps``), or None.
        seconds: Hold time per set, for timed work.
        metres: Distance per set, for carries.
        contacts: Foot contacts per set, for plyometrics.
        rir: Target reps in reserve (>= 0), or None.
        percent_one_rm: The %1RM of the load (of the rounded load, when rounded),
            in (0, 100], or None (bodyweight work).
        load: The load in ``unit`` (>= 0), or None when chosen by RIR alone.
        unit: The unit of ``load``.
        rest_seconds: Rest between sets.
        per_side: Whether the dose is for each side.
        warmup: Warm-up sets before the working sets.

    Examples:
        >>> p = Prescription(sets=2, reps=5, rir=2, percent_one_rm=83.3, load=82.5)
        >>> str(p)
        '2 x 5 @ 82.5 kg (RIR 2)'
        >>> str(Prescription(sets=3, seconds=30, per_side=True))
        '3 x 30 s per side'
    """

    sets: int = attrs.field(validator=_count)
    reps: int | None = attrs.field(default=None, validator=_optional_count)
    reps_max: int | None = attrs.field(default=None, validator=_optional_count)
    seconds: float | None = attrs.field(default=None, validator=_optional_number(0, strict=True))
    metres: float | None = attrs.field(default=None, validator=_optional_number(0, strict=True))
    contacts: int | None = attrs.field(default=None, validator=_optional_count)
    rir: float | None = attrs.field(default=None, validator=_optional_number(0))
    percent_one_rm: float | None = attrs.field(
        default=None, validator=_optional_number(0, strict=True)
    )
    load: float | None = attrs.field(default=None, validator=_optional_number(0))
    unit: Unit = attrs.field(default=Unit.KG, converter=_unit)
    rest_seconds: int = attrs.field(default=120, validator=_count)
    per_side: bool = attrs.field(default=False, validator=v.check_bool)
    warmup: tuple[WarmupSet, ...] = attrs.field(default=(), validator=v.tuple_of(WarmupSet))

    def __repr__(self) -> str:
        return _repr.compact(self)

    def __attrs_post_init__(self) -> None:
        doses = [
            name
            for name in ("reps", "seconds", "metres", "contacts")
            if getattr(self, name) is not None
        ]
        if len(doses) != 1:
            raise ValidationError(
                "reps",
                self.reps,
                "must be the one dose given (or exactly one of seconds, metres, contacts)",
                "give exactly one of reps, seconds, metres or contacts",
            )
        if self.reps_max is not None and (self.reps is None or self.reps_max < self.reps):
            raise ValidationError(
                "reps_max", self.reps_max, "must be >= reps", "give the top of the rep range"
            )
        if self.percent_one_rm is not None and self.percent_one_rm > 100:
            raise ValidationError(
                "percent_one_rm", self.percent_one_rm, "must be <= 100", "pass a %1RM"
            )

    def __str__(self) -> str:
        if self.reps is not None:
            dose = str(self.reps) if self.reps_max is None else f"{self.reps}-{self.reps_max}"
        elif self.seconds is not None:
            dose = f"{self.seconds:g} s"
        elif self.metres is not None:
            dose = f"{self.metres:g} m"
        else:
            dose = f"{self.contacts} contacts"
        text = f"{self.sets} x {dose}"
        if self.per_side:
            text += " per side"
        if self.load is not None and self.load > 0:
            text += f" @ {self.load:g} {self.unit.value}"
        if self.rir is not None:
            text += f" (RIR {self.rir:g})"
        return text


def prescribe(
    one_rm: float,
    reps: int,
    *,
    rir: float = 2,
    sets: int = 2,
    equipment: Implement | None = None,
    formula: OneRmFormula | str = OneRmFormula.RTS_NSCA,
    warmup: bool = True,
    rest_seconds: int = 150,
    per_side: bool = False,
    unit: Unit | str | None = None,
) -> Prescription:
    """A loaded prescription: warm-up sets, then ``sets`` working sets at the load for ``reps``.

    The defaults follow Best Athletics (a warm-up set and about two hard working sets,
    at 70-85 % of 1RM) and Proven Gains (keep 1-2 reps in reserve). The load is in
    the equipment's unit; without equipment, in ``unit`` (default kg), which must
    be the unit of ``one_rm``.

    Examples:
        >>> p = prescribe(120, 5, rir=2, equipment=Barbell())
        >>> str(p), round(p.percent_one_rm, 1)
        ('2 x 5 @ 97.5 kg (RIR 2)', 81.2)
        >>> round(prescribe(130, 5, equipment=Barbell()).percent_one_rm, 1)  # 107.5 kg
        82.7
        >>> [(s.reps, s.load) for s in p.warmup]
        [(5, 47.5), (3, 67.5), (2, 82.5)]
    """
    count = _positive_int("sets", sets)
    reps_count = _positive_int("reps", reps)
    orm = v.check_finite_number("one_rm", one_rm)
    target_rir = v.check_finite_number("rir", rir)
    _check_implement(equipment)
    load = float(load_for(orm, reps_count, rir=target_rir, formula=formula, equipment=equipment))
    # The %1RM of what is actually on the bar (rounding moves it a little).
    percent = None if load == 0 else 100 * load / orm
    chosen_unit = None if unit is None else v.to_enum(Unit, unit, "unit")
    if equipment is None:
        load_unit = chosen_unit or Unit.KG
    elif chosen_unit is not None and chosen_unit is not equipment.unit:
        raise ValidationError(
            "unit",
            unit,
            f"must match the equipment's unit ({equipment.unit.value})",
            "leave it out, or use equipment in the same unit",
        )
    else:
        load_unit = equipment.unit
    if not isinstance(warmup, bool):
        raise ArgumentTypeError("warmup", warmup, "must be True or False", "pass a bool")
    ramp = warmup_sets(load, equipment=equipment) if warmup and load > 0 else ()
    return Prescription(
        sets=count,
        reps=reps_count,
        rir=target_rir,
        percent_one_rm=percent,
        load=load,
        unit=load_unit,
        rest_seconds=_positive_int("rest_seconds", rest_seconds),
        per_side=per_side,
        warmup=ramp,
    )
