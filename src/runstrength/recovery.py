"""Coming back: recovery windows after races, and the re-entry ramp after time away.

After an A or B race the legs need days before strength work loads them again.
Muscle damage and lost strength after a marathon are well documented (Sherman
et al. 1984: strength and work capacity still down days after a 42.2 km race;
Warhol et al. 1985: muscle damage in marathon runners that takes weeks to
repair); the day counts below are this library's conventions built on them:

| race (A or B) | recovery window |
|---|---|
| under 21 km | 2 days |
| half marathon (21 to 42 km) | 4 days |
| marathon | 7 days, then a re-entry ramp |
| ultra (over 42.2 km) | 14 days, then a re-entry ramp |

Inside a window only light work fits: mobility, core, upper body and easy
bodyweight leg work. C races and races typed into a running week (parkrun,
tune-ups) count as key workouts instead: no window beyond the day after.

After illness, injury, a break from training or a marathon or ultra window,
strength comes back over a **re-entry ramp** of about half the time away
(SportCoaching: layer strength back in once movement and recovery have settled):
1 week for up to 2 weeks away, 2 weeks for 3-4, 3 weeks beyond. A ramp week
keeps 2 more reps in reserve, one set fewer and loads one progression step
back. The ramp is a library convention.

Examples:
    >>> import datetime as dt
    >>> from runstrength import Race
    >>> marathon = Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
    >>> post_race_days(marathon), ramp_weeks(2), ramp_weeks(5)
    (7, 1, 3)
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence

from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.periodisation import Condition, ConditionKind, Priority, Race, SeasonWeek

__all__ = [
    "HALF_MARATHON_KM",
    "MARATHON_KM",
    "POST_RACE_DAYS",
    "RAMP_EXTRA_RIR",
    "RAMP_FEWER_SETS",
    "RAMP_STEPS_BACK",
    "ULTRA_KM",
    "post_race_days",
    "ramp_weeks",
    "recovery_windows",
    "reentry_weeks",
]

HALF_MARATHON_KM = 21.0
"""Races from this distance get the half marathon's window."""
MARATHON_KM = 42.0
"""Races from this distance (up to 42.2 km) get the marathon's window."""
ULTRA_KM = 42.2
"""Races over this distance are ultras."""

POST_RACE_DAYS: Mapping[str, int] = {"short": 2, "half": 4, "marathon": 7, "ultra": 14}
"""Days of light work only after an A or B race, by distance (a library convention)."""

RAMP_EXTRA_RIR = 2
"""Extra reps in reserve in a re-entry week."""
RAMP_FEWER_SETS = 1
"""Sets taken off each exercise in a re-entry week."""
RAMP_STEPS_BACK = 1
"""Progression steps a re-entry week goes back."""

_AWAY = (
    ConditionKind.ILLNESS,
    ConditionKind.INJURY,
    ConditionKind.RETURN_FROM_BREAK,
    ConditionKind.MISSED,
)
_AWAY_WORDS = {ConditionKind.RETURN_FROM_BREAK: "a break", ConditionKind.MISSED: "missed sessions"}
_RAMPED = ("marathon", "ultra")


def _band(distance_km: float) -> str:
    if distance_km > ULTRA_KM:
        return "ultra"
    if distance_km >= MARATHON_KM:
        return "marathon"
    if distance_km >= HALF_MARATHON_KM:
        return "half"
    return "short"


def post_race_days(race: Race) -> int:
    """Days of light work only after ``race``: none for C races.

    Examples:
        >>> import datetime as dt
        >>> from runstrength import Race
        >>> post_race_days(Race(dt.date(2027, 5, 2), name="10K", distance_km=10))
        2
        >>> post_race_days(Race(dt.date(2027, 5, 2), name="tune-up", distance_km=10,
        ...                     priority="C"))
        0
    """
    if not isinstance(race, Race):
        raise ArgumentTypeError("race", race, "must be a Race", "e.g. Race(date, name='10K')")
    if race.priority is Priority.C:
        return 0
    return POST_RACE_DAYS[_band(race.distance_km)]


def recovery_windows(races: Iterable[Race]) -> dict[dt.date, str]:
    """Each day inside a post-race recovery window, with the reason a runner reads.

    Examples:
        >>> import datetime as dt
        >>> from runstrength import Race
        >>> half = Race(dt.date(2027, 3, 7), name="City half", distance_km=21.1)
        >>> windows = recovery_windows([half])
        >>> len(windows), windows[dt.date(2027, 3, 8)]
        (4, 'day 1 of 4 after City half: light work only')
    """
    if isinstance(races, (str, bytes)) or not isinstance(races, Iterable):
        raise ArgumentTypeError("races", races, "must be a collection of Race", "pass a list")
    windows: dict[dt.date, str] = {}
    for race in sorted(v.check_items("races", races, Race), key=lambda r: r.date):
        days = post_race_days(race)
        for day in range(1, days + 1):
            try:
                date = race.date + dt.timedelta(days=day)
            except OverflowError:  # pragma: no cover - race dates stay far from the limit
                break
            windows[date] = f"day {day} of {days} after {race.name}: light work only"
    return windows


def ramp_weeks(weeks_away: int) -> int:
    """Re-entry weeks after ``weeks_away`` weeks away: about half the time, at least one.

    Examples:
        >>> [ramp_weeks(n) for n in (1, 2, 3, 4, 5, 12)]
        [1, 1, 2, 2, 3, 3]
    """
    if isinstance(weeks_away, bool) or not isinstance(weeks_away, int):
        raise ArgumentTypeError("weeks_away", weeks_away, "must be a whole number", "e.g. 2")
    if weeks_away < 1:
        raise ValidationError("weeks_away", weeks_away, "must be at least 1", "e.g. 2")
    return 1 if weeks_away <= 2 else 2 if weeks_away <= 4 else 3


def reentry_weeks(
    weeks: Sequence[SeasonWeek], conditions: Iterable[Condition], races: Iterable[Race]
) -> dict[int, str]:
    """The plan's re-entry weeks (by index into ``weeks``), each with its reason.

    Time away is an illness, an injury or a break (``conditions``), or the
    recovery window of an A or B marathon or ultra (``races``). The ramp starts
    the week after the time away ends.

    Examples:
        >>> import datetime as dt
        >>> from runstrength import Condition, Season
        >>> season = Season.build(dt.date(2026, 12, 7), [], end=dt.date(2027, 2, 28))
        >>> sick = Condition("illness", dt.date(2026, 12, 14), dt.date(2026, 12, 27))
        >>> print(reentry_weeks(season.weeks, [sick], [])[3])
        coming back after 2 weeks of illness: 2 more reps in reserve, one set fewer,
        a step back (week 1 of 1)
    """
    weeks = v.check_items("weeks", weeks, SeasonWeek)
    conditions = v.check_items("conditions", conditions, Condition)
    races = v.check_items("races", races, Race)
    spans: list[tuple[dt.date, dt.date, str]] = []
    for c in conditions:
        if c.kind in _AWAY:
            what = _AWAY_WORDS.get(c.kind, c.kind.value)
            spans.append((c.start, c.end, what))
    for race in races:
        days = post_race_days(race)
        if days and _band(race.distance_km) in _RAMPED:
            end = race.date + dt.timedelta(days=days)
            spans.append((race.date + dt.timedelta(days=1), end, f"the {race.name} recovery"))
    index = {week.start: i for i, week in enumerate(weeks)}
    ramps: dict[int, str] = {}
    for start, end, what in sorted(spans):
        away = max(1, math.ceil(((end - start).days + 1) / 7))
        length = ramp_weeks(away)
        first = end - dt.timedelta(days=end.weekday()) + dt.timedelta(days=7)
        for n in range(length):
            monday = first + dt.timedelta(weeks=n)
            if monday in index:
                weeks_text = f"{away} week{'s' if away > 1 else ''}"
                ramps[index[monday]] = (
                    f"coming back after {weeks_text} of {what}: {RAMP_EXTRA_RIR} more reps in "
                    f"reserve, one set fewer, a step back (week {n + 1} of {length})"
                )
    return ramps
