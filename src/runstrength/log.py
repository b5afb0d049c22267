"""The training log: what was actually done, runs and lifting in one place.

A [`TrainingLog`][runstrength.log.TrainingLog] holds the runs (date, minutes,
distance, title, session RPE on the CR-10 scale), the strength sessions (date,
minutes, session RPE) with their sets (exercise, load, reps, reps in reserve), and
the days marked ill, injured or skipped, with notes. ``since`` is the date from
which the log is complete:

- a session counts as missed only when the log marks its day skipped, ill or
  injured; a day with no entry is unknown and counts as done as planned;
- before ``since`` nothing is inferred.

The log turns into one daily load series for running and lifting together
([`TrainingLog.daily_load`][runstrength.log.TrainingLog.daily_load]), which the
[`training_load`][runstrength.training_load] measures read.

Examples:
    >>> import datetime as dt
    >>> log = TrainingLog(
    ...     runs=(LoggedRun(dt.date(2027, 1, 4), minutes=45, rpe=6, title="easy"),),
    ...     strength=(LoggedStrength(dt.date(2027, 1, 5), minutes=40, rpe=7, sets=(
    ...         LoggedSet("front-squat", load=80, reps=5, rir=2),)),),
    ... )
    >>> log.daily_load(dt.date(2027, 1, 4), dt.date(2027, 1, 6)).tolist()
    [270.0, 280.0, 0.0]
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.progression import SetLog
from runstrength.training_load import session_load

__all__ = ["DayMark", "DayStatus", "LoggedRun", "LoggedSet", "LoggedStrength", "TrainingLog"]

_MAX_MINUTES = 24 * 60.0
_MAX_KM = 400.0
_MAX_LOAD = 2000.0
_MAX_REPS = 1000
_MAX_ENTRIES = 100_000


def _minutes(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not 0 < v.check_finite_number(attribute.name, value) <= _MAX_MINUTES:
        raise ValidationError(
            attribute.name, value, f"must be above 0 and at most {_MAX_MINUTES:g}", "e.g. 45"
        )


def _rpe(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not 0 <= v.check_finite_number(attribute.name, value) <= 10:
        raise ValidationError(
            attribute.name, value, "must be from 0 to 10 (the CR-10 scale)", "e.g. 6"
        )


def _km(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not 0 < v.check_finite_number(attribute.name, value) <= _MAX_KM:
        raise ValidationError(
            attribute.name, value, f"must be above 0 and at most {_MAX_KM:g} km", "e.g. 10"
        )


def _text(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(attribute.name, value, "must be text", 'e.g. "easy"')
    if len(value) > 500:
        raise ValidationError(
            attribute.name, value[:40], "must be at most 500 characters", "shorten the note"
        )


def _date(_instance: object, attribute: Any, value: Any) -> None:
    v.check_date(attribute.name, value)


def _load(_instance: object, attribute: Any, value: Any) -> None:
    if not 0 <= v.check_finite_number(attribute.name, value) <= _MAX_LOAD:
        raise ValidationError(
            attribute.name, value, f"must be from 0 to {_MAX_LOAD:g}", "e.g. 80 (0: bodyweight)"
        )


def _reps(_instance: object, attribute: Any, value: Any) -> None:
    v.check_whole(attribute.name, value, low=0, high=_MAX_REPS)


def _rir(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not 0 <= v.check_finite_number(attribute.name, value) <= 10:
        raise ValidationError(attribute.name, value, "must be from 0 to 10", "e.g. 2")


@attrs.frozen
class LoggedRun:
    """One run as it was done.

    Examples:
        >>> LoggedRun(dt.date(2027, 1, 4), minutes=45, distance_km=8.2, rpe=5).load
        225.0
    """

    date: dt.date = attrs.field(validator=_date)
    minutes: float | None = attrs.field(default=None, kw_only=True, validator=_minutes)
    distance_km: float | None = attrs.field(default=None, kw_only=True, validator=_km)
    title: str = attrs.field(default="", kw_only=True, validator=_text)
    rpe: float | None = attrs.field(default=None, kw_only=True, validator=_rpe)

    @property
    def load(self) -> float:
        """Session load (RPE x minutes), 0 when either is not logged.

        Examples:
            >>> LoggedRun(dt.date(2027, 1, 4), minutes=30).load
            0.0
        """
        if self.minutes is None or self.rpe is None:
            return 0.0
        return float(session_load(self.rpe, self.minutes))


def _slug(_instance: object, attribute: Any, value: Any) -> None:
    v.check_slug(attribute.name, value)


@attrs.frozen
class LoggedSet:
    """One set as it was done: the exercise, the load, the reps and the reps in reserve.

    Examples:
        >>> LoggedSet("front-squat", load=80, reps=5, rir=2).as_set_log()
        SetLog(load=80.0, reps=5, rir=2.0)
    """

    exercise: str = attrs.field(validator=_slug)
    load: float = attrs.field(kw_only=True, converter=v.real_or_same, validator=_load)
    reps: int = attrs.field(kw_only=True, validator=_reps)
    rir: float | None = attrs.field(default=None, kw_only=True, validator=_rir)

    def as_set_log(self) -> SetLog:
        """The set as progression reads it (no reps in reserve logged reads as 0).

        Examples:
            >>> LoggedSet("goblet-squat", load=24, reps=10).as_set_log().rir
            0.0
        """
        return SetLog(load=self.load, reps=self.reps, rir=float(self.rir or 0.0))


def _sets(_instance: object, attribute: Any, value: Any) -> None:
    v.check_tuple_of(attribute.name, value, LoggedSet)


@attrs.frozen
class LoggedStrength:
    """One strength session as it was done, with its sets.

    Examples:
        >>> LoggedStrength(dt.date(2027, 1, 5), minutes=40, rpe=7).load
        280.0
    """

    date: dt.date = attrs.field(validator=_date)
    minutes: float | None = attrs.field(default=None, kw_only=True, validator=_minutes)
    rpe: float | None = attrs.field(default=None, kw_only=True, validator=_rpe)
    sets: tuple[LoggedSet, ...] = attrs.field(default=(), kw_only=True, validator=_sets)

    @property
    def load(self) -> float:
        """Session load (RPE x minutes), 0 when either is not logged.

        Examples:
            >>> LoggedStrength(dt.date(2027, 1, 5)).load
            0.0
        """
        if self.minutes is None or self.rpe is None:
            return 0.0
        return float(session_load(self.rpe, self.minutes))


class DayStatus(StrEnum):
    """What kept a runner from training on a day.

    Examples:
        >>> DayStatus("ill")
        <DayStatus.ILL: 'ill'>
    """

    ILL = "ill"
    INJURED = "injured"
    SKIPPED = "skipped"


def _status(value: object) -> DayStatus:
    return v.to_enum(DayStatus, value, "status")


@attrs.frozen
class DayMark:
    """A day marked ill, injured or skipped, with a note.

    Examples:
        >>> DayMark(dt.date(2027, 1, 12), "ill", note="a cold").status
        <DayStatus.ILL: 'ill'>
    """

    date: dt.date = attrs.field(validator=_date)
    status: DayStatus = attrs.field(converter=_status)
    note: str = attrs.field(default="", kw_only=True, validator=_text)


def _entries(kind: type) -> Any:
    def check(_instance: object, attribute: Any, value: Any) -> None:
        found = v.check_tuple_of(attribute.name, value, kind)
        if len(found) > _MAX_ENTRIES:
            raise ValidationError(
                attribute.name, f"{len(found)} entries", f"must be at most {_MAX_ENTRIES}", ""
            )

    return check


def _since(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None:
        v.check_date(attribute.name, value)


@attrs.frozen(kw_only=True)
class TrainingLog:
    """What was done: runs, strength sessions with their sets, and marked days.

    Attributes:
        runs: The runs.
        strength: The strength sessions.
        marks: Days marked ill, injured or skipped.
        since: The date from which the log is complete (None: from its first entry).

    Examples:
        >>> log = TrainingLog(marks=(DayMark(dt.date(2027, 1, 12), "skipped"),))
        >>> log.missed(dt.date(2027, 1, 12)), log.missed(dt.date(2027, 1, 13))
        (True, False)
    """

    runs: tuple[LoggedRun, ...] = attrs.field(default=(), validator=_entries(LoggedRun))
    strength: tuple[LoggedStrength, ...] = attrs.field(
        default=(), validator=_entries(LoggedStrength)
    )
    marks: tuple[DayMark, ...] = attrs.field(default=(), validator=_entries(DayMark))
    since: dt.date | None = attrs.field(default=None, validator=_since)

    def missed(self, date: dt.date) -> bool:
        """Whether the log marks ``date`` skipped, ill or injured (only then is it missed).

        Examples:
            >>> TrainingLog().missed(dt.date(2027, 1, 12))
            False
        """
        day = v.check_date("date", date)
        return any(mark.date == day for mark in self.marks)

    def with_runs(self, runs: Iterable[LoggedRun]) -> TrainingLog:
        """This log with more runs after its own (from FIT files, say).

        A run already in the log (the same date, minutes, distance, title and RPE) is
        kept once, so reading the same files again changes nothing.

        Examples:
            >>> run = LoggedRun(dt.date(2027, 1, 4), minutes=45, distance_km=8.2)
            >>> log = TrainingLog(runs=(run,)).with_runs([run, attrs.evolve(run, minutes=50)])
            >>> [r.minutes for r in log.runs]
            [45, 50]
        """
        if isinstance(runs, LoggedRun) or not isinstance(runs, Iterable):
            raise ArgumentTypeError(
                "runs", runs, "must be an iterable of LoggedRun", "e.g. read_activities(files)"
            )
        added = v.check_items("runs", runs, LoggedRun)
        kept = list(self.runs)
        for run in added:
            if run not in kept:
                kept.append(run)
        return attrs.evolve(self, runs=tuple(kept))

    def sets_by_exercise(self) -> Mapping[str, tuple[tuple[dt.date, LoggedSet], ...]]:
        """Every logged set by exercise key, in date order.

        Examples:
            >>> s = LoggedSet("front-squat", load=80, reps=5, rir=2)
            >>> log = TrainingLog(strength=(LoggedStrength(dt.date(2027, 1, 5), sets=(s,)),))
            >>> [d.isoformat() for d, _ in log.sets_by_exercise()["front-squat"]]
            ['2027-01-05']
        """
        found: dict[str, list[tuple[dt.date, LoggedSet]]] = {}
        for session in sorted(self.strength, key=lambda s: s.date):
            for logged in session.sets:
                found.setdefault(logged.exercise, []).append((session.date, logged))
        return {key: tuple(items) for key, items in found.items()}

    def daily_load(
        self,
        start: dt.date,
        end: dt.date,
        *,
        run_weight: float = 1.0,
        strength_weight: float = 1.0,
    ) -> NDArray[np.float64]:
        """One session load a day from ``start`` to ``end``: runs and lifting together.

        Args:
            start: The first day.
            end: The last day.
            run_weight: What a unit of running load counts for.
            strength_weight: What a unit of lifting load counts for (some platforms
                count weight training as 0 toward fitness; here both count fully by
                default, because both tire the legs).

        Examples:
            >>> log = TrainingLog(runs=(LoggedRun(dt.date(2027, 1, 5), minutes=30, rpe=4),))
            >>> log.daily_load(dt.date(2027, 1, 4), dt.date(2027, 1, 5),
            ...                strength_weight=0).tolist()
            [0.0, 120.0]
        """
        first, last = v.check_date("start", start), v.check_date("end", end)
        if last < first:
            raise ValidationError("end", last, f"must not be before start ({first})", "swap them")
        if (last - first).days > _MAX_ENTRIES:
            raise ValidationError(
                "end", last, "must be within about 270 years of start", "ask for a shorter span"
            )
        for name, weight in (("run_weight", run_weight), ("strength_weight", strength_weight)):
            if not 0 <= v.check_finite_number(name, weight) <= 10:
                raise ValidationError(name, weight, "must be from 0 to 10", "e.g. 1")
        days = np.zeros((last - first).days + 1)
        entries: Iterable[tuple[dt.date, float]] = [
            *((r.date, r.load * run_weight) for r in self.runs),
            *((s.date, s.load * strength_weight) for s in self.strength),
        ]
        for date, load in entries:
            offset = (date - first).days
            if 0 <= offset < days.size and math.isfinite(load):
                days[offset] += load
        return days
