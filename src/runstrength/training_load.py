"""One training load for running and lifting: monotony, strain, ratio, fitness and form.

Every function works on a **daily series**: one number a day, rest days as zeros,
running and lifting added together (a per-kind weight is the caller's choice when
building the series; see [`session_load`][runstrength.training_load.session_load]).
Everything is vectorised with numpy.

- Session load = CR-10 session RPE x minutes (Foster et al. 2001).
- Weekly load, monotony (mean / SD of the week's daily loads) and strain (load x
  monotony), Foster's definitions; the SD is the population SD by default (``ddof=0``).
  A week whose days are all equal has no SD: its monotony and strain are undefined
  and come back as NaN (a week of rest days included).
- The acute:chronic workload ratio, rolling (7 and 28 days) or exponentially weighted
  with lambda = 2 / (N + 1) (Williams et al. 2017). Uncoupled is the default: the
  chronic window leaves the acute week out, because the coupled ratio correlates with
  itself (Lolli et al. 2019). It is a **flag, not a predictor** of injury (Impellizzeri
  et al. 2020). Days before a window is full come back as NaN.
- Fitness, fatigue and form (Banister's model as the PMC charts use it): 42-day fitness,
  7-day fatigue, form = fitness - fatigue, shown the next day by default.

Examples:
    >>> week = [120, 560, 0, 270, 220, 0, 500]
    >>> summary = weekly_summary(week)
    >>> float(summary.load[0]), round(float(summary.monotony[0]), 4)
    (1670.0, 1.1507)
"""

from __future__ import annotations

import math
from typing import Any, Literal

import attrs
import numpy as np
from numpy.typing import ArrayLike, NDArray

from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, ValidationError

__all__ = [
    "ACUTE_DAYS",
    "CHRONIC_DAYS",
    "FATIGUE_DAYS",
    "FITNESS_DAYS",
    "FitnessFatigue",
    "WeeklySummary",
    "acwr",
    "fitness_fatigue",
    "session_load",
    "weekly_summary",
]

ACUTE_DAYS = 7
"""The acute window of the workload ratio, in days."""
CHRONIC_DAYS = 28
"""The chronic window of the workload ratio, in days."""
FITNESS_DAYS = 42
"""The fitness (chronic training load) time constant, in days."""
FATIGUE_DAYS = 7
"""The fatigue (acute training load) time constant, in days."""

_MAX_DAYS = 100_000  # about 270 years of days: far past any log
_MAX_MINUTES = 24 * 60

Floats = NDArray[np.float64]


def _series(argument: str, value: object) -> Floats:
    """A 1-D series of finite, non-negative daily loads."""
    if isinstance(value, (str, bytes)):
        raise ArgumentTypeError(argument, value, "must be numbers, one a day", "e.g. [0, 300]")
    try:
        array = np.asarray(value)
    except (TypeError, ValueError, OverflowError):
        array = np.asarray(None)
    if array.dtype.kind not in "iuf":  # complex, bool, object and text are not loads
        raise ArgumentTypeError(
            argument, value, "must be numbers, one a day", "e.g. [120, 0, 300]"
        )
    array = array.astype(np.float64, copy=False)
    if array.ndim != 1:
        raise ValidationError(
            argument, value, "must be a 1-D series of daily loads", "one number a day"
        )
    if array.size > _MAX_DAYS:
        raise ValidationError(
            argument, f"{array.size} days", f"must be at most {_MAX_DAYS} days", "cut it"
        )
    if not np.isfinite(array).all() or (array < 0).any():
        raise ValidationError(
            argument,
            value,
            "must hold only finite loads of 0 or more (rest days are 0)",
            "replace missing days by 0",
        )
    return array


def session_load(rpe: ArrayLike, minutes: ArrayLike) -> Any:
    """Session load: CR-10 session RPE x minutes (Foster et al. 2001).

    Args:
        rpe: How hard the whole session was, 0 to 10 (the CR-10 scale).
        minutes: How long it lasted.

    Returns:
        A float for scalar inputs, an array for arrays.

    Examples:
        >>> session_load(6, 45)
        270.0
        >>> session_load([4, 7], [30, 60]).tolist()
        [120.0, 420.0]
    """
    effort, _, _ = v.to_array("rpe", rpe)
    time, _, _ = v.to_array("minutes", minutes)
    if not np.isfinite(effort).all() or ((effort < 0) | (effort > 10)).any():
        raise ValidationError("rpe", rpe, "must be from 0 to 10 (the CR-10 scale)", "e.g. 6")
    if not np.isfinite(time).all() or ((time < 0) | (time > _MAX_MINUTES)).any():
        raise ValidationError(
            "minutes", minutes, f"must be from 0 to {_MAX_MINUTES} a session", "e.g. 45"
        )
    try:
        load = effort * time
    except ValueError:
        raise ValidationError(
            "minutes", minutes, "must match rpe in shape", "give one minutes per rpe"
        ) from None
    return float(load) if load.ndim == 0 else load


def _floats(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, np.ndarray) or value.dtype != np.float64 or value.ndim != 1:
        raise ArgumentTypeError(
            attribute.name, value, "must be a 1-D float array", "pass np.asarray(values, float)"
        )


def _loads(instance: object, attribute: Any, value: Any) -> None:
    _floats(instance, attribute, value)
    if value.size and not (np.isfinite(value).all() and value.min() >= 0):
        raise ValidationError(
            attribute.name, value, "must be finite and >= 0", "pass loads from the series"
        )


@attrs.frozen(eq=False)
class WeeklySummary:
    """Each whole week's load, mean, SD, monotony and strain (arrays, one value a week).

    Examples:
        >>> weekly_summary([100] * 14).monotony.tolist()
        [nan, nan]
    """

    load: Floats = attrs.field(validator=_loads)
    mean: Floats = attrs.field(validator=_loads)
    sd: Floats = attrs.field(validator=_loads)
    monotony: Floats = attrs.field(validator=_floats)
    strain: Floats = attrs.field(validator=_floats)


def weekly_summary(daily: ArrayLike, *, ddof: int = 0) -> WeeklySummary:
    """Weekly load, monotony and strain of the whole weeks of a daily series (Foster 1998).

    Weeks are the 7-day blocks from the first day; a last, partial week is left out.
    Monotony is the week's mean daily load over its SD (population SD with ``ddof=0``,
    sample SD with ``ddof=1``); strain is load x monotony. A week with an SD of 0 has
    no monotony: NaN, and so is its strain.

    Examples:
        >>> week = [120, 560, 0, 270, 220, 0, 500]
        >>> s = weekly_summary(week, ddof=1)
        >>> round(float(s.monotony[0]), 4), round(float(s.strain[0]), 1)
        (1.0654, 1779.1)
    """
    days = _series("daily", daily)
    if isinstance(ddof, bool) or not isinstance(ddof, int) or ddof not in (0, 1):
        raise ValidationError("ddof", ddof, "must be 0 (population) or 1 (sample)", "e.g. 0")
    weeks = days[: days.size // 7 * 7].reshape(-1, 7)
    load = weeks.sum(axis=1)
    mean = weeks.mean(axis=1) if weeks.size else np.zeros(0)
    sd = weeks.std(axis=1, ddof=ddof) if weeks.size else np.zeros(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        monotony = np.where(sd > 0, mean / np.where(sd > 0, sd, 1.0), math.nan)
    return WeeklySummary(load, mean, sd, monotony, load * monotony)


def _rolling_mean(days: Floats, start: int, stop: int) -> Floats:
    """For each day t, the mean of days t - stop + 1 ... t - start (NaN until it is full)."""
    width = stop - start
    padded = np.concatenate([np.zeros(1), np.cumsum(days)])
    out = np.full(days.size, math.nan)
    if days.size >= stop:
        ends = np.arange(stop - 1, days.size) - start + 1
        out[stop - 1 :] = (padded[ends] - padded[ends - width]) / width
    return out


def _ewma(days: Floats, span: int, seed: str) -> Floats:
    lam = 2.0 / (span + 1)
    out = np.empty(days.size)
    previous = 0.0
    for i, load in enumerate(days):  # a recurrence: each day needs the one before
        previous = load if (i == 0 and seed == "first") else lam * load + (1 - lam) * previous
        out[i] = previous
    return out


def acwr(
    daily: ArrayLike,
    *,
    method: Literal["rolling", "ewma"] = "rolling",
    coupled: bool = False,
    seed: Literal["zero", "first"] = "zero",
    acute: int = ACUTE_DAYS,
    chronic: int = CHRONIC_DAYS,
) -> Floats:
    """The acute:chronic workload ratio for each day: a flag for a sudden jump in load.

    Args:
        daily: Daily loads (rest days 0).
        method: ``"rolling"`` means of the last ``acute`` and ``chronic`` days, or
            ``"ewma"``: exponentially weighted averages with lambda = 2 / (N + 1)
            (Williams et al. 2017).
        coupled: Rolling only. Uncoupled (the default) takes the chronic mean over the
            chronic window without the acute days; coupled includes them.
        seed: EWMA only: start from 0 (``"zero"``) or from the first day's load.
        acute: Days in the acute window.
        chronic: Days in the chronic window.

    Returns:
        One ratio a day; NaN while the rolling window is not full, or where the chronic
        load is 0.

    Examples:
        >>> week = [120, 560, 0, 270, 220, 0, 500]
        >>> days = week * 3 + [2 * x for x in week]
        >>> float(acwr(days)[-1]), float(acwr(days, coupled=True)[-1])
        (2.0, 1.6)
        >>> round(float(acwr(days, method="ewma")[-1]), 4)
        1.5799
    """
    days = _series("daily", daily)
    for name, value in (("acute", acute), ("chronic", chronic)):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 365:
            raise ValidationError(name, value, "must be a whole number of days, 1 to 365", "7")
    if acute >= chronic:
        raise ValidationError(
            "acute", acute, f"must be shorter than the chronic window ({chronic})", "e.g. 7"
        )
    v.check_choice("method", method, ("rolling", "ewma"))
    if method == "rolling":
        if not isinstance(coupled, bool):
            raise ArgumentTypeError("coupled", coupled, "must be True or False", "False")
        short = _rolling_mean(days, 0, acute)
        long = _rolling_mean(days, 0 if coupled else acute, chronic)
    elif method == "ewma":
        v.check_choice("seed", seed, ("zero", "first"))
        short, long = _ewma(days, acute, seed), _ewma(days, chronic, seed)
    else:
        raise ValidationError("method", method, 'must be "rolling" or "ewma"', 'e.g. "rolling"')
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio: Floats = np.where(long > 0, short / np.where(long > 0, long, 1.0), math.nan)
    if method == "rolling" and days.size >= chronic:
        # An unchanging load is a ratio of exactly 1, whatever rounding the sums made.
        window = np.lib.stride_tricks.sliding_window_view(days, chronic)
        even = (np.ptp(window, axis=1) == 0) & (window[:, 0] > 0)
        ratio[chronic - 1 :][even] = 1.0
    return ratio


@attrs.frozen(eq=False)
class FitnessFatigue:
    """Daily fitness (chronic load), fatigue (acute load) and form (fitness - fatigue).

    Examples:
        >>> ff = fitness_fatigue([100] + [0] * 42, form_day="same")
        >>> round(float(ff.fitness[0]), 4), round(float(ff.fatigue[0]), 4)
        (2.3528, 13.3122)
    """

    fitness: Floats = attrs.field(validator=_loads)
    fatigue: Floats = attrs.field(validator=_loads)
    form: Floats = attrs.field(validator=_floats)


def fitness_fatigue(
    daily: ArrayLike,
    *,
    fitness_days: float = FITNESS_DAYS,
    fatigue_days: float = FATIGUE_DAYS,
    decay: Literal["exponential", "linear"] = "exponential",
    form_day: Literal["next", "same"] = "next",
) -> FitnessFatigue:
    """Fitness, fatigue and form from a daily load series, starting from zero.

    With ``decay="exponential"`` (GoldenCheetah's PMC and intervals.icu) each day
    ``fitness = fitness * e^(-1/42) + load * (1 - e^(-1/42))``, and fatigue the same
    with 7 days; ``"linear"`` uses ``fitness += (load - fitness) / 42``. Form is
    fitness - fatigue, shown on the next day by default (as GoldenCheetah does: the
    first day's form is 0), or on the same day.

    Examples:
        >>> ff = fitness_fatigue([100] + [0] * 42, form_day="same")
        >>> round(float(ff.form[0]), 4), round(float(ff.fitness[42]), 4)
        (-10.9594, 0.8656)
        >>> linear = fitness_fatigue([100] + [0] * 42, decay="linear", form_day="same")
        >>> round(float(linear.fitness[0]), 4), round(float(linear.fitness[42]), 4)
        (2.381, 0.8654)
    """
    days = _series("daily", daily)
    for name, value in (("fitness_days", fitness_days), ("fatigue_days", fatigue_days)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ArgumentTypeError(name, value, "must be a number of days", "e.g. 42")
        if not 1 <= v.check_finite_number(name, value) <= 365:
            raise ValidationError(name, value, "must be from 1 to 365 days", "e.g. 42")
    v.check_choice("decay", decay, ("exponential", "linear"))
    v.check_choice("form_day", form_day, ("next", "same"))

    def smooth(n: float) -> Floats:
        k = 1 - math.exp(-1 / n) if decay == "exponential" else 1 / n
        out = np.empty(days.size)
        level = 0.0
        for i, load in enumerate(days):  # a recurrence: each day needs the one before
            level += (load - level) * k
            out[i] = level
        return out

    fitness, fatigue = smooth(fitness_days), smooth(fatigue_days)
    balance = fitness - fatigue
    form = (
        balance
        if form_day == "same"
        else np.concatenate([np.zeros(min(1, days.size)), balance[:-1]])
    )
    return FitnessFatigue(fitness, fatigue, form)
