"""Running volume week by week, and the heavy running week.

SportCoaching names a sudden jump in running volume as a time to pull strength back, and
Proven Gains asks for fewer sets in heavy running weeks. This module measures the jump:
[`running_volume`][runstrength.volume.running_volume] adds up each calendar week's kilometres and
minutes, and
[`heavy_running_week`][runstrength.volume.heavy_running_week] compares a week with the mean of the
three weeks before it.
A week more than [`HEAVY_WEEK_JUMP`][runstrength.volume.HEAVY_WEEK_JUMP] times that mean (20 % up,
a library
convention) is a heavy running week.

Weeks run Monday to Sunday. Only what the runs say counts: a run without a distance
adds nothing to the kilometres, one without a duration nothing to the minutes, and
cross-training (bike, swim ...) is not running.

Examples:
    >>> import runstrength as rs
    >>> easy = rs.RunningWeek.parse("tue 8 km, thu 8 km, sun 20 km")
    >>> big = rs.RunningWeek.parse("tue 10 km, thu 12 km, sun 28 km")
    >>> weeks = [easy, easy, easy, big]
    >>> verdicts = heavy_running_weeks(weeks, start=dt.date(2027, 1, 4))
    >>> verdicts[dt.date(2027, 1, 25)].trigger
    'running up 39 % on the last three weeks (50 km against 36 km)'
    >>> verdicts[dt.date(2027, 1, 18)].heavy
    False
"""

from __future__ import annotations

import datetime as dt
import math
import types
from collections.abc import Iterable, Mapping, Sequence

import attrs

from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.running import RunningCalendar, RunningDay, RunningWeek, Weekday

__all__ = [
    "HEAVY_WEEK_BASELINE_WEEKS",
    "HEAVY_WEEK_JUMP",
    "HeavyWeek",
    "WeekVolume",
    "heavy_running_week",
    "heavy_running_weeks",
    "running_volume",
]

HEAVY_WEEK_JUMP = 1.2
"""A week is heavy when its running volume is more than this many times the mean of the
weeks before it: 1.2 is a 20 % jump (a library convention; SportCoaching names sudden jumps)."""

HEAVY_WEEK_BASELINE_WEEKS = 3
"""How many earlier weeks make the mean a week is compared with (a library convention)."""

_UNITS = ("km", "min")
_COUNTS = {1: "week", 2: "two weeks", 3: "three weeks"}


@attrs.frozen
class WeekVolume:
    """One calendar week's planned running: kilometres and minutes, Monday to Sunday.

    Examples:
        >>> cal = RunningCalendar.from_week(RunningWeek.parse("tue 8 km, sun 1h30"),
        ...                                 dt.date(2027, 1, 4), dt.date(2027, 1, 10))
        >>> running_volume(cal)
        (WeekVolume(start=datetime.date(2027, 1, 4), km=8.0, minutes=90.0, days=7),)
    """

    start: dt.date
    """The Monday the week starts on."""
    km: float
    """Kilometres of the runs that give a distance."""
    minutes: float
    """Minutes of the runs that give a duration."""
    days: int
    """How many of the week's days the calendar covers (7 for a whole week)."""

    @property
    def whole(self) -> bool:
        """Whether the calendar covers all seven days of the week.

        Examples:
            >>> WeekVolume(dt.date(2027, 1, 4), 30.0, 0.0, 3).whole
            False
        """
        return self.days == len(Weekday)


@attrs.frozen
class HeavyWeek:
    """Whether a week's running volume jumped, and the reason in plain words.

    Examples:
        >>> verdict = heavy_running_week(52, [36, 38, 40])
        >>> verdict.heavy, verdict.baseline
        (True, 38.0)
    """

    heavy: bool
    """Whether the week is a heavy running week."""
    trigger: str
    """What made it heavy, in plain words; empty when it is not."""
    volume: float
    """This week's volume."""
    baseline: float | None
    """The mean of the weeks before it, or None when there are none."""
    unit: str = "km"
    """The unit of both numbers: ``"km"`` or ``"min"``."""


def _amount(argument: str, value: object) -> float:
    number = v.check_finite_number(argument, value)
    if number < 0:
        raise ValidationError(argument, value, "must not be negative", "give 0 for no running")
    return number


def heavy_running_week(
    this_week: float,
    previous: Sequence[float],
    *,
    threshold: float = HEAVY_WEEK_JUMP,
    unit: str = "km",
) -> HeavyWeek:
    """Decide whether a week is a heavy running week.

    The week is heavy when its volume is more than ``threshold`` times the mean of the
    last [`HEAVY_WEEK_BASELINE_WEEKS`][runstrength.volume.HEAVY_WEEK_BASELINE_WEEKS] weeks of
    ``previous`` (fewer if fewer are
    given). Any running after weeks with none is a jump; a week with no earlier week to
    compare is never heavy.

    Args:
        this_week: This week's planned volume (kilometres or minutes, at least 0).
        previous: The volumes of the weeks before it, oldest first.
        threshold: How many times the mean makes a week heavy (1.2: 20 % up); at least 1.
        unit: ``"km"`` or ``"min"``, for the trigger's words.

    Raises:
        ValidationError: A negative or non-finite volume, a threshold below 1 or an
            unknown unit.

    Examples:
        >>> heavy_running_week(52, [36, 38, 40]).trigger
        'running up 37 % on the last three weeks (52 km against 38 km)'
        >>> heavy_running_week(40, [36, 38, 40]).heavy
        False
        >>> heavy_running_week(300, [240], unit="min").trigger
        'running up 25 % on the last week (300 min against 240 min)'
    """
    volume = _amount("this_week", this_week)
    if isinstance(previous, (str, bytes)) or not isinstance(previous, Iterable):
        raise ArgumentTypeError(
            "previous", previous, "must be a sequence of volumes", "e.g. [36, 38, 40]"
        )
    earlier = [_amount("previous", x) for x in v.check_items("previous", previous)][
        -HEAVY_WEEK_BASELINE_WEEKS:
    ]
    limit = v.check_finite_number("threshold", threshold)
    if limit < 1:
        raise ValidationError(
            "threshold", threshold, "must be at least 1", "e.g. 1.2 for a 20 % jump"
        )
    if not isinstance(unit, str) or unit not in _UNITS:
        raise ValidationError("unit", unit, "must be 'km' or 'min'", "pass unit='km'")
    if not earlier:
        return HeavyWeek(False, "", volume, None, unit)
    baseline = math.fsum(earlier) / len(earlier)
    if volume <= limit * baseline:
        return HeavyWeek(False, "", volume, baseline, unit)
    weeks = _COUNTS[len(earlier)]
    if baseline == 0 or not math.isfinite((volume / baseline - 1) * 100):
        trigger = f"running {volume:.0f} {unit} after none in the last {weeks}"
    else:
        jump = round((volume / baseline - 1) * 100)
        trigger = (
            f"running up {jump} % on the last {weeks} "
            f"({volume:.0f} {unit} against {baseline:.0f} {unit})"
        )
    return HeavyWeek(True, trigger, volume, baseline, unit)


def _calendar(running: object, start: object) -> RunningCalendar:
    if isinstance(running, RunningCalendar):
        if start is not None:
            raise ValidationError(
                "start", start, "must be None for a calendar", "a calendar has its own dates"
            )
        return running
    if isinstance(running, RunningWeek):
        running = [running]
    if isinstance(running, (str, bytes)) or not isinstance(running, Iterable):
        raise ArgumentTypeError(
            "running",
            running,
            "must be a RunningCalendar or a list of RunningWeek",
            "e.g. [RunningWeek.parse('tue 8 km, sun 20 km')] with start=",
        )
    weeks = v.check_items("running", running, RunningWeek)
    if not weeks:
        raise ValidationError("running", running, "must not be empty", "give at least a week")
    monday = v.check_date("start", start)
    if Weekday.of(monday) is not Weekday.MONDAY:
        raise ValidationError(
            "start", start, "must be a Monday", "give the Monday the first week starts on"
        )
    days: tuple[RunningDay, ...] = tuple(day for week in weeks for _, day in week)
    return RunningCalendar(monday, days)


def running_volume(
    running: RunningCalendar | RunningWeek | Iterable[RunningWeek],
    *,
    start: dt.date | None = None,
) -> tuple[WeekVolume, ...]:
    """Each calendar week's planned running, in kilometres and minutes.

    Args:
        running: A calendar, or weeks one after another (then give ``start``).
        start: The Monday the first of the weeks starts on; None for a calendar.

    Returns:
        One [`WeekVolume`][runstrength.volume.WeekVolume] per Monday-to-Sunday week the calendar
        touches, in
        order; a calendar that starts or ends mid-week gives partial weeks there.

    Raises:
        ArgumentTypeError: Neither a calendar nor weeks.
        ValidationError: Weeks without a Monday ``start``, or a calendar with one.

    Examples:
        >>> week = RunningWeek.parse("tue 8 km, thu 6 mi, sat bike 40 km, sun 32 km")
        >>> [(w.km, w.minutes) for w in running_volume(week, start=dt.date(2027, 1, 4))]
        [(49.656, 0.0)]
    """
    calendar = _calendar(running, start)
    weeks: dict[dt.date, list[RunningDay]] = {}
    for date, day in calendar:
        weeks.setdefault(date - dt.timedelta(days=date.weekday()), []).append(day)
    result = []
    for monday, days in weeks.items():
        runs = [run for day in days for run in day.runs if not run.cross_training]
        km = math.fsum(run.distance_km for run in runs if run.distance_km is not None)
        minutes = math.fsum(run.minutes for run in runs if run.minutes is not None)
        result.append(WeekVolume(monday, round(km, 3), round(minutes, 2), len(days)))
    return tuple(result)


def heavy_running_weeks(
    running: RunningCalendar | RunningWeek | Iterable[RunningWeek],
    *,
    start: dt.date | None = None,
    threshold: float = HEAVY_WEEK_JUMP,
) -> Mapping[dt.date, HeavyWeek]:
    """Whether each whole calendar week is a heavy running week, by its Monday.

    Each week is judged by [`heavy_running_week`][runstrength.volume.heavy_running_week] against
    the whole weeks before
    it, in kilometres; a week that is not heavy in kilometres is judged in minutes
    too, so a plan written in durations is judged as well. Partial weeks at either end
    of a calendar are left out: they would look like a jump or a drop.

    Args:
        running: A calendar, or weeks one after another (then give ``start``).
        start: The Monday the first of the weeks starts on; None for a calendar.
        threshold: How many times the mean makes a week heavy (1.2: 20 % up).

    Returns:
        A read-only mapping from each whole week's Monday to its
        [`HeavyWeek`][runstrength.volume.HeavyWeek].

    Raises:
        ArgumentTypeError: Neither a calendar nor weeks.
        ValidationError: Weeks without a Monday ``start``, or a threshold below 1.

    Examples:
        >>> week = RunningWeek.parse("tue 45 min, thu 45 min, sun 1h30")
        >>> longer = RunningWeek.parse("tue 1h, thu 1h, sun 2h")
        >>> verdicts = heavy_running_weeks([week, longer], start=dt.date(2027, 1, 4))
        >>> verdicts[dt.date(2027, 1, 11)].trigger
        'running up 33 % on the last week (240 min against 180 min)'
    """
    whole = [week for week in running_volume(running, start=start) if week.whole]
    verdicts: dict[dt.date, HeavyWeek] = {}
    for number, week in enumerate(whole):
        before = whole[max(0, number - HEAVY_WEEK_BASELINE_WEEKS) : number]
        verdict = heavy_running_week(week.km, [w.km for w in before], threshold=threshold)
        if not verdict.heavy:
            by_time = heavy_running_week(
                week.minutes, [w.minutes for w in before], threshold=threshold, unit="min"
            )
            verdict = by_time if by_time.heavy else verdict
        verdicts[week.start] = verdict
    return types.MappingProxyType(verdicts)
