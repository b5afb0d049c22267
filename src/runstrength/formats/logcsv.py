"""A training log from CSV: one row per run, strength session, set or marked day.

Columns (a header row names them; their order is free):
``date, activity, title, minutes, distance, distance_unit, rpe, exercise, load,
load_unit, reps, rir, note``. ``activity`` is one of ``run``, ``strength``, ``set``,
``ill``, ``injured`` or ``skipped``; a ``strength`` row carries the session's minutes
and RPE, and the ``set`` rows right after it carry its sets. ``distance_unit`` is
``km`` or ``mi`` and ``load_unit`` ``kg`` or ``lb``; loads are converted to the
runner's unit. Cells that do not apply stay empty. Unknown columns are ignored and
listed in a [`UnknownColumnsWarning`][runstrength.formats.logcsv.UnknownColumnsWarning].
Every error names the row and the column; nothing is half-read. A re-plan names a bad
entry by its place in the log (``log.strength[0].sets[1].exercise``);
[`locate`][runstrength.formats.logcsv.locate] turns that into the row and the column
of the CSV it came from, as the command line does.

Examples:
    >>> text = '''date,activity,minutes,rpe,exercise,load,load_unit,reps,rir,distance,distance_unit
    ... 2027-01-04,run,45,6,,,,,,8,km
    ... 2027-01-05,strength,40,7,,,,,,,
    ... 2027-01-05,set,,,front-squat,80,kg,5,2,,'''
    >>> log = read_log(text)
    >>> log.runs[0].distance_km, log.strength[0].sets[0].load
    (8.0, 80.0)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import warnings
from typing import Any

from runstrength.errors import FormatError, RunstrengthError, RunstrengthWarning
from runstrength.implements import Unit
from runstrength.log import DayMark, LoggedRun, LoggedSet, LoggedStrength, TrainingLog

__all__ = ["COLUMNS", "UnknownColumnsWarning", "locate", "read_log"]

COLUMNS = (
    "date",
    "activity",
    "title",
    "minutes",
    "distance",
    "distance_unit",
    "rpe",
    "exercise",
    "load",
    "load_unit",
    "reps",
    "rir",
    "note",
)
"""The columns a training-log CSV may have (``date`` and ``activity`` are required)."""

_MILE_KM = 1.609344
_MAX_TEXT = 20_000_000  # characters: decades of daily rows
_ACTIVITIES = ("run", "strength", "set", "ill", "injured", "skipped")


class UnknownColumnsWarning(RunstrengthWarning):
    """A CSV had columns the reader does not know; they were ignored.

    Examples:
        >>> issubclass(UnknownColumnsWarning, UserWarning)
        True
    """


class _Row:
    """One CSV row with its number, for errors that name the row and the column."""

    def __init__(self, number: int, cells: dict[str, str]) -> None:
        self.number = number
        self.cells = cells

    def fail(self, column: str, value: object, rule: str, fix: str) -> FormatError:
        return FormatError(f"row {self.number}, column {column}", value, rule, fix)

    def text(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def number_or_none(self, column: str) -> float | None:
        raw = self.text(column)
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            raise self.fail(column, raw, "must be a number", "e.g. 45") from None
        if not math.isfinite(value):
            raise self.fail(column, raw, "must be a finite number", "e.g. 45")
        return value

    def whole(self, column: str) -> int | None:
        value = self.number_or_none(column)
        if value is None:
            return None
        if value != int(value):
            raise self.fail(column, self.text(column), "must be a whole number", "e.g. 5")
        return int(value)

    def date(self) -> dt.date:
        raw = self.text("date")
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise self.fail(
                "date", raw, "must be a date like 2027-01-04", "write YYYY-MM-DD"
            ) from None


def _distance(row: _Row) -> float | None:
    value = row.number_or_none("distance")
    unit = row.text("distance_unit").lower() or "km"
    if unit not in ("km", "mi"):
        raise row.fail("distance_unit", unit, "must be km or mi", "write km or mi")
    if value is None:
        return None
    return round(value * (_MILE_KM if unit == "mi" else 1.0), 4)


def _load(row: _Row, unit: Unit, mixed: bool) -> float:
    value = row.number_or_none("load")
    said = row.text("load_unit").lower()
    if said and said not in ("kg", "lb"):
        raise row.fail("load_unit", said, "must be kg or lb", "write kg or lb")
    if value is None:
        return 0.0  # bodyweight work
    if not said and mixed:
        raise row.fail(
            "load_unit",
            "",
            f"must say kg or lb: other rows give units that differ from yours ({unit.value})",
            "fill in load_unit",
        )
    given = Unit(said) if said else unit
    return round(given.to(unit, value), 3) if given is not unit else value


def _entry(row: _Row, unit: Unit, mixed: bool) -> Any:
    activity = row.text("activity").lower()
    if activity not in _ACTIVITIES:
        raise row.fail(
            "activity", activity, f"must be one of {', '.join(_ACTIVITIES)}", "fix the activity"
        )
    column = "date"
    try:
        if activity == "run":
            column = "minutes"
            return LoggedRun(
                row.date(),
                minutes=row.number_or_none("minutes"),
                distance_km=_distance(row),
                title=row.text("title"),
                rpe=row.number_or_none("rpe"),
            )
        if activity == "strength":
            column = "minutes"
            return LoggedStrength(
                row.date(), minutes=row.number_or_none("minutes"), rpe=row.number_or_none("rpe")
            )
        if activity == "set":
            column = "exercise"
            reps = row.whole("reps")
            if reps is None:
                raise row.fail("reps", "", "must be given for a set", "e.g. 5")
            return row.date(), LoggedSet(
                row.text("exercise"),
                load=_load(row, unit, mixed),
                reps=reps,
                rir=row.number_or_none("rir"),
            )
        return DayMark(row.date(), activity, note=row.text("note"))
    except FormatError:
        raise
    except RunstrengthError as error:
        name = str(getattr(error, "argument", column))
        known = {"distance_km": "distance", "minutes": "minutes", "rpe": "rpe", "rir": "rir"}
        raise row.fail(
            known.get(name, name if name in COLUMNS else column),
            getattr(error, "value", ""),
            "is not valid",
            str(error),
        ) from None


def read_log(
    text: str, *, unit: Unit | str = Unit.KG, since: dt.date | None = None
) -> TrainingLog:
    r"""Read a training log from CSV text (see the module for the columns).

    Args:
        text: The CSV text, with a header row.
        unit: The runner's unit; loads in the other unit are converted.
        since: The date from which the log is complete.

    Raises:
        FormatError: A missing column, an unknown activity, a set without a strength
            session before it, or a bad value; ``argument`` names the row and column.

    Examples:
        >>> read_log("date,activity,note\n2027-01-12,ill,a cold").marks[0].note
        'a cold'
    """
    if not isinstance(text, str):
        raise FormatError("text", type(text).__name__, "must be CSV text", "decode it first")
    if len(text) > _MAX_TEXT:
        raise FormatError(
            "text", f"{len(text)} characters", "must be at most 20 MB", "split the log by year"
        )
    chosen = Unit(unit) if isinstance(unit, str) and unit in ("kg", "lb") else unit
    if not isinstance(chosen, Unit):
        raise FormatError("unit", unit, "must be kg or lb", 'e.g. unit="kg"')
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = [name.strip() for name in (reader.fieldnames or [])]
        raw_rows = list(reader)
    except csv.Error as error:
        raise FormatError(
            "text", "CSV", f"must be readable CSV ({error})", "check quoting"
        ) from None
    missing = [c for c in ("date", "activity") if c not in header]
    if missing:
        raise FormatError(
            "header", ",".join(header), f"must have the column {missing[0]}", "add it"
        )
    unknown = [c for c in header if c and c not in COLUMNS]
    if unknown:
        warnings.warn(
            f"columns ignored: {', '.join(unknown)}", UnknownColumnsWarning, stacklevel=2
        )
    rows = [
        _Row(n + 2, {(k or "").strip(): (val or "") for k, val in raw.items() if k is not None})
        for n, raw in enumerate(raw_rows)
    ]
    units = {r.text("load_unit").lower() for r in rows if r.text("load_unit")}
    return _collect(rows, chosen, bool(units - {chosen.value}), since)


def _collect(rows: list[_Row], chosen: Unit, mixed: bool, since: dt.date | None) -> TrainingLog:
    runs: list[LoggedRun] = []
    sessions: list[tuple[LoggedStrength, list[LoggedSet]]] = []
    marks: list[DayMark] = []
    for row in rows:
        if not any(row.cells.values()):
            continue  # a blank line
        entry = _entry(row, chosen, mixed)
        if isinstance(entry, LoggedRun):
            runs.append(entry)
        elif isinstance(entry, LoggedStrength):
            sessions.append((entry, []))
        elif isinstance(entry, DayMark):
            marks.append(entry)
        else:
            date, logged = entry
            if not sessions or sessions[-1][0].date != date:
                raise row.fail(
                    "activity",
                    "set",
                    "must follow a strength row of the same date",
                    "add the strength session's row before its sets",
                )
            sessions[-1][1].append(logged)
    try:
        return TrainingLog(
            runs=tuple(runs),
            strength=tuple(
                LoggedStrength(s.date, minutes=s.minutes, rpe=s.rpe, sets=tuple(sets))
                for s, sets in sessions
            ),
            marks=tuple(marks),
            since=since,
        )
    except RunstrengthError as error:
        raise FormatError("since", since, "must be a date", str(error)) from None


_ENTRY = re.compile(r"log\.(runs|strength|marks)\[(\d+)\](?:\.sets\[(\d+)\])?\.(\w+)")
_FIELD_COLUMNS = {"distance_km": "distance"}
_KINDS = {"run": "runs", "strength": "strength", "ill": "marks", "injured": "marks"}


def locate(text: str, argument: str) -> str:
    r"""The row and column of the CSV a log entry came from, for an error about it.

    ``argument`` names an entry by its place in the log read from ``text``
    (``log.strength[0].sets[1].exercise``, as a re-plan's errors do); anything else
    comes back unchanged.

    Examples:
        >>> text = "date,activity,exercise,load,reps\n2027-01-05,strength,,,\n"
        >>> text += "2027-01-05,set,front-squat,80,5\n2027-01-05,set,front-sqat,80,5\n"
        >>> locate(text, "log.strength[0].sets[1].exercise")
        'row 4, column exercise'
        >>> locate(text, "today")
        'today'
    """
    found = _ENTRY.fullmatch(argument) if isinstance(argument, str) else None
    if found is None or not isinstance(text, str):
        return argument
    kind, index, number, field = found.groups()
    wanted = (kind, int(index), None if number is None else int(number))
    seen = {"runs": -1, "strength": -1, "marks": -1}
    sets = -1
    try:
        reader = csv.DictReader(io.StringIO(text))
        for row, cells in enumerate(reader, start=2):
            values = {(k or "").strip(): (c or "").strip() for k, c in cells.items() if k}
            if not any(values.values()):
                continue
            activity = values.get("activity", "").lower()
            where: tuple[str, int, int | None]
            if activity == "set":
                sets += 1
                where = ("strength", seen["strength"], sets)
            else:
                name = _KINDS.get(activity, "marks" if activity == "skipped" else "")
                if not name:
                    continue
                seen[name] += 1
                sets = -1
                where = (name, seen[name], None)
            if where == wanted:
                return f"row {row}, column {_FIELD_COLUMNS.get(field, field)}"
    except csv.Error:
        return argument
    return argument
