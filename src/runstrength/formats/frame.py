"""A pandas DataFrame of a plan: one row per prescribed exercise (needs the ``pandas`` extra).

Examples:
    >>> import datetime as dt, runstrength as rs
    >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
    ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
    >>> frame = to_dataframe(plan)
    >>> frame.shape[0] == sum(len(s.exercises) for s in plan.sessions())
    True
"""

from __future__ import annotations

from typing import Any

from runstrength._optional import require
from runstrength.errors import ArgumentTypeError
from runstrength.plan import Plan

__all__ = ["COLUMNS", "to_dataframe"]

COLUMNS = (
    "date",
    "week",
    "phase",
    "deload",
    "kind",
    "template",
    "exercise",
    "name",
    "category",
    "sets",
    "reps",
    "reps_max",
    "seconds",
    "metres",
    "contacts",
    "per_side",
    "rir",
    "percent_one_rm",
    "load",
    "unit",
    "session_minutes",
    "notes",
)
"""The columns of [`to_dataframe`][runstrength.formats.frame.to_dataframe], in order."""


def to_dataframe(plan: Plan) -> Any:
    """One row per prescribed exercise, with its session, week and prescription.

    The date columns (``date`` and ``week``, its Monday) are ``datetime64`` (midnight of the
    day), so they sort, filter, resample and plot as dates; missing numbers are
    ``NaN`` in the float columns (``load`` for RIR-only work, ``seconds`` for rep
    work, and so on).

    Raises:
        MissingExtraError: pandas is not installed.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> row = to_dataframe(plan).iloc[0]
        >>> row["exercise"], int(row["sets"]), int(row["reps"]), int(row["reps_max"])
        ('goblet-squat', 2, 8, 12)
        >>> str(to_dataframe(plan)["date"].dtype), row["date"].day_name()
        ('datetime64[ns]', 'Monday')
    """
    if not isinstance(plan, Plan):
        raise ArgumentTypeError("plan", plan, "must be a Plan", "pass plan_season's result")
    pd = require("pandas", extra="pandas", argument="format", value="dataframe")
    rows = []
    for week in plan.weeks:
        for session in week.sessions:
            for item in session.exercises:
                p = item.prescription
                rows.append(
                    (
                        session.date,
                        week.start,
                        week.phase.value,
                        week.week.deload,
                        session.kind.value,
                        session.template,
                        item.exercise.key,
                        item.exercise.name,
                        item.exercise.category.value,
                        p.sets,
                        p.reps,
                        p.reps_max,
                        p.seconds,
                        p.metres,
                        p.contacts,
                        p.per_side,
                        p.rir,
                        p.percent_one_rm,
                        p.load,
                        p.unit.value,
                        session.minutes,
                        "; ".join(item.notes),
                    )
                )
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    for column in ("reps", "reps_max", "contacts"):
        frame[column] = frame[column].astype("Int64")
    for column in ("date", "week"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    return frame
