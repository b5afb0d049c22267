"""A chart of the season: weekly working sets and mean %1RM, phases shaded, races marked.

Needs the ``plot`` extra (matplotlib), imported only when a chart is drawn. Outside
a notebook the figure is made without pyplot, so it works headless and in any
backend and is never left open; in a notebook (an inline or widget backend) it is
made through pyplot, so the chart shows below the cell.

Examples:
    >>> import datetime as dt, runstrength as rs
    >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
    ...                       start=dt.date(2026, 12, 7), end=dt.date(2027, 2, 28))
    >>> ax = plot_season(plan)
    >>> ax.get_ylabel()
    'working sets a week'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from runstrength import _words
from runstrength._optional import require
from runstrength.errors import ArgumentTypeError
from runstrength.plan import Plan

__all__ = ["FLAG_BAND", "PHASE_COLOURS", "plot_load", "plot_season"]

PHASE_COLOURS = {
    "base": "#cfe3f3",
    "build": "#f8dcb8",
    "race-season": "#f6c6c6",
    "taper": "#e3d3f0",
    "transition": "#d5ecd2",
}
"""The shading of each phase."""


def _mean_percent(week: Any) -> float:
    values = [
        item.prescription.percent_one_rm
        for session in week.sessions
        for item in session.exercises
        if item.prescription.percent_one_rm is not None
    ]
    return sum(values) / len(values) if values else float("nan")


_NOTEBOOK_BACKENDS = ("inline", "ipympl", "widget", "nbagg")


def _notebook_backend() -> bool:
    """Whether matplotlib's backend draws into a notebook (read, never resolved here)."""
    import matplotlib

    try:
        backend = matplotlib.get_backend(auto_select=False)  # matplotlib >= 3.10
    except TypeError:  # pragma: no cover - older matplotlib
        backend = matplotlib.rcParams["backend"]
    return any(name in str(backend or "").lower() for name in _NOTEBOOK_BACKENDS)


def _new_axes() -> Any:
    if _notebook_backend():
        pyplot = require(
            "matplotlib.pyplot", extra="plot", argument="plot_season", value="matplotlib"
        )
        return pyplot.figure(figsize=(10, 4), layout="constrained").add_subplot()
    figure = require("matplotlib.figure", extra="plot", argument="plot_season", value="matplotlib")
    return figure.Figure(figsize=(10, 4), layout="constrained").add_subplot()


def plot_season(plan: Plan, ax: Any = None) -> Any:
    """Draw the season on ``ax`` (a new figure's axes when None) and return the Axes.

    With no ``ax`` in a notebook (an inline or widget matplotlib backend), the
    figure is made through ``matplotlib.pyplot`` so the chart shows below the cell;
    elsewhere it is a standalone ``Figure`` that nothing keeps open.

    Bars give the working sets of each week; a line on a second axis gives the
    mean %1RM of the week's loaded sets (gaps where no load is known); each phase
    is shaded and every race is a labelled vertical line.

    Raises:
        MissingExtraError: matplotlib is not installed.
        ArgumentTypeError: ``plan`` is not a Plan.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2027, 1, 31))
        >>> len(plot_season(plan).patches) >= len(plan.weeks)
        True
    """
    if not isinstance(plan, Plan):
        raise ArgumentTypeError("plan", plan, "must be a Plan", "pass plan_season's result")
    mdates = require("matplotlib.dates", extra="plot", argument="plot_season", value="matplotlib")
    if ax is not None and not all(hasattr(ax, name) for name in ("axvspan", "bar", "twinx")):
        raise ArgumentTypeError(
            "ax", ax, "must be a matplotlib Axes or None", "e.g. fig.add_subplot()"
        )
    if ax is None:
        ax = _new_axes()
    mondays = [week.start for week in plan.weeks]
    shaded: set[str] = set()
    for week in plan.weeks:
        phase = week.phase.value
        ax.axvspan(
            mdates.date2num(week.start),
            mdates.date2num(week.start + dt.timedelta(days=7)),
            color=PHASE_COLOURS[phase],
            alpha=0.6,
            lw=0,
            label=phase if phase not in shaded else None,
        )
        shaded.add(phase)
    ax.bar(
        [mdates.date2num(m + dt.timedelta(days=3.5)) for m in mondays],
        [week.totals.working_sets for week in plan.weeks],
        width=5,
        color="#33658a",
        label="working sets",
    )
    ax.set_ylabel("working sets a week")
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    top = max([week.totals.working_sets for week in plan.weeks] + [1])
    for race in plan.races:
        x = mdates.date2num(race.date)
        ax.axvline(x, color="#b2182b", lw=1.5)
        ax.annotate(
            f"{race.name} ({race.priority.value})",
            (x, top),
            rotation=90,
            va="top",
            ha="right",
            fontsize=8,
            color="#b2182b",
        )
    right = ax.twinx()
    right.plot(
        [mdates.date2num(m + dt.timedelta(days=3.5)) for m in mondays],
        [_mean_percent(week) for week in plan.weeks],
        color="#f26419",
        marker="o",
        ms=3,
        label="mean %1RM",
    )
    right.set_ylabel("mean %1RM")
    right.set_ylim(0, 100)
    ax.set_ylim(0, top * 1.3)  # room for the legend above the bars
    ax.legend(loc="upper left", fontsize=8, ncols=3)
    ax.set_title(
        f"Strength season: {_words.day_month(plan.start, year=True)} to "
        f"{_words.day_month(plan.end, year=True)}"
    )
    return ax


FLAG_BAND = (0.8, 1.3)
"""The acute:chronic ratios drawn as unflagged (a library convention: outside it, look)."""


def plot_load(
    daily: Any,
    *,
    start: dt.date,
    ax: Any = None,
    strength_days: Any = (),
    flag_band: tuple[float, float] = FLAG_BAND,
) -> Any:
    """Draw a daily load series: load, fitness, fatigue and form, the ratio and its band.

    Bars give each day's load (running and lifting together); lines give fitness,
    fatigue and form ([`fitness_fatigue`][runstrength.training_load.fitness_fatigue]);
    a second axis gives the uncoupled acute:chronic ratio
    ([`acwr`][runstrength.training_load.acwr]) with ``flag_band`` shaded (a flag, not
    a prediction); strength days are marked along the bottom.

    Raises:
        MissingExtraError: matplotlib is not installed.
        ValidationError: A bad series, start date or band.

    Examples:
        >>> import datetime as dt
        >>> days = [120, 560, 0, 270, 220, 0, 500] * 6
        >>> ax = plot_load(days, start=dt.date(2027, 1, 4), strength_days=[dt.date(2027, 1, 5)])
        >>> ax.get_ylabel()
        'load (RPE x minutes)'
    """
    from runstrength import _validate as v
    from runstrength.errors import ValidationError
    from runstrength.training_load import acwr, fitness_fatigue

    first = v.check_date("start", start)
    ff = fitness_fatigue(daily)
    ratio = acwr(daily)
    band = v.check_items("flag_band", flag_band)
    if len(band) != 2:
        raise ValidationError("flag_band", flag_band, "must be (low, high)", "e.g. (0.8, 1.3)")
    low, high = (v.check_finite_number("flag_band", x) for x in band)
    if not 0 <= low < high:
        raise ValidationError(
            "flag_band", flag_band, "must be (low, high), 0 <= low < high", "e.g. (0.8, 1.3)"
        )
    days = [
        v.check_date("strength_days", d) for d in v.check_items("strength_days", strength_days)
    ]
    mdates = require("matplotlib.dates", extra="plot", argument="plot_load", value="matplotlib")
    if ax is not None and not all(hasattr(ax, name) for name in ("bar", "twinx", "plot")):
        raise ArgumentTypeError(
            "ax", ax, "must be a matplotlib Axes or None", "pass fig.add_subplot() or None"
        )
    if ax is None:
        ax = _new_axes()
    x = [mdates.date2num(first + dt.timedelta(days=n)) for n in range(len(ff.fitness))]
    loads = [float(d) for d in np.asarray(daily, dtype=np.float64)]  # checked above
    ax.bar(x, loads, width=0.8, color="#9ecae1", label="daily load")
    ax.plot(x, ff.fitness, color="#08519c", label="fitness (42 days)")
    ax.plot(x, ff.fatigue, color="#e6550d", label="fatigue (7 days)")
    ax.plot(x, ff.form, color="#31a354", label="form", lw=1)
    marks = [mdates.date2num(d) for d in days]
    ax.plot(marks, [0.0] * len(marks), "^", color="#54278f", label="strength")
    ax.set_ylabel("load (RPE x minutes)")
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    right = ax.twinx()
    right.axhspan(low, high, color="#dddddd", alpha=0.5, lw=0)
    right.plot(x, ratio, color="#636363", ls="--", label="acute:chronic ratio")
    right.set_ylabel("acute:chronic ratio")
    ax.legend(loc="upper left", fontsize=8)
    return ax
