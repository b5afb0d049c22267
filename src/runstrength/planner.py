"""The planner: a season of strength training, week by week, from a runner's running and races.

:func:`plan_season` composes the rest of the library in the order of its data
flow: the race calendar gives a :class:`~runstrength.Season` (phases, deloads),
the level and conditions give each week a :class:`~runstrength.Dose`, the
scheduler places the week's sessions around the running, the session templates
(:mod:`runstrength.templates`) and the catalogue give the exercises for the
runner's kit (:mod:`runstrength.selection`), and the load module turns 1RMs and
reps in reserve into loads rounded to the runner's own bar and dumbbells. The
result is a :class:`~runstrength.Plan` (:mod:`runstrength.plan`).

Examples:
    >>> import datetime as dt
    >>> week = RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, "
    ...                          "fri easy, sat rest, sun long")
    >>> race = Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
    >>> athlete = Athlete(level="intermediate", one_rm={"front-squat": 80})
    >>> plan = plan_season(athlete, week, [race], start=dt.date(2026, 12, 7))
    >>> first = plan.weeks[0].sessions[0]
    >>> first.date.isoformat(), first.kind.value, first.template
    ('2026-12-08', 'heavy', 'intermediate-a')
    >>> str(first.exercises[0])
    'Front squat: 3 x 5-6 @ 65 kg (RIR 2)'
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs

from runstrength import _validate as v
from runstrength._context import Context
from runstrength._session import build_session
from runstrength.athlete import Athlete
from runstrength.errors import ArgumentTypeError, UnknownExerciseError, ValidationError
from runstrength.level import Level
from runstrength.periodisation import (
    Condition,
    Dose,
    Phase,
    Race,
    Season,
    WeekDose,
    apply_conditions,
)
from runstrength.plan import Plan, PlannedSession, PlanWeek
from runstrength.running import RunKind, RunningCalendar, RunningDay, RunningWeek
from runstrength.scheduling import (
    PlacedSession,
    SchedulingPolicy,
    SessionKind,
    WeekSchedule,
    _calendar_week,
    _kinds_for,
)
from runstrength.taxonomy import Catalogue, Equipment
from runstrength.templates import TEMPLATES, maintenance_template, rotation

__all__ = ["LEVEL_MINUTES", "plan_season"]

LEVEL_MINUTES: Mapping[Level, tuple[int, int]] = MappingProxyType(
    {
        Level.BEGINNER: (20, 35),
        Level.INTERMEDIATE: (30, 45),
        Level.ADVANCED: (25, 50),
    }
)
"""Session length by level in minutes, the span of seeds 000 and 001."""

_MAX_SEASON_DAYS = 4 * 366  # a plan covers at most about four years
_BEGINNER_CAREFUL_WEEKS = 3  # seed 001: the first 2-3 weeks conservative
_WEEKS_PER_STEP = 1  # a step every loading week (seed 001: progress every 1-2 weeks)


def _athlete(value: object) -> Athlete:
    if not isinstance(value, Athlete):
        raise ArgumentTypeError(
            "athlete", value, "must be an Athlete", 'e.g. Athlete(level="intermediate")'
        )
    return value


def _calendar(
    running: RunningWeek | RunningCalendar, start: dt.date, end: dt.date
) -> RunningCalendar:
    """The running from ``start`` to two days past ``end`` (the days a session looks ahead)."""
    ahead = end + dt.timedelta(days=2)
    if isinstance(running, RunningWeek):
        return RunningCalendar.from_week(running, start, ahead)
    if running.start > start or running.end < end:
        raise ValidationError(
            "running",
            f"a calendar from {running.start} to {running.end}",
            f"must cover the plan's days ({start} to {end})",
            "pass a calendar that covers them, or a start and end inside it",
        )
    extra = (ahead - running.end).days
    if extra <= 0:
        return running
    # Past its last day the calendar knows nothing; those days read as rest days.
    return RunningCalendar(running.start, running.days + (RunningDay(),) * extra)


def _request(level: Level, week_dose: WeekDose) -> tuple[SessionKind, ...]:
    count = week_dose.dose.sessions
    if week_dose.bodyweight_only or week_dose.week.phase in (Phase.RACE_SEASON, Phase.TAPER):
        return (SessionKind.MAINTENANCE,) * count
    if week_dose.week.phase is Phase.TRANSITION or week_dose.dose.contacts[1] == 0:
        return (SessionKind.HEAVY,) * count
    return _kinds_for(level, count)


def _steps(weeks: Sequence[WeekDose], careful: int = 0) -> list[int]:
    """Progression step of each week: up one every loading week of a phase.

    A new phase starts again at the bottom; a deload week and the week after it
    go one step back (seed 001: progress every 1-2 weeks; after rounding to the
    runner's plates a load often moves every second week). The first ``careful``
    weeks of a plan stay at the bottom and do not count as loading weeks.
    """
    steps = []
    phase: Phase | None = None
    loading = deloads = 0
    for index, week_dose in enumerate(weeks):
        week = week_dose.week
        if week.phase is not phase:
            phase, loading, deloads = week.phase, 0, 0
        if index < careful:
            steps.append(0)
            continue
        if week.deload:
            deloads += 1
            steps.append(max(0, loading // _WEEKS_PER_STEP - deloads))
            continue
        steps.append(max(0, loading // _WEEKS_PER_STEP - deloads))
        loading += 1
    return steps


class _Planner:
    """Plans week after week, carrying what a week needs from the weeks before it."""

    def __init__(
        self,
        ctx: Context,
        calendar: RunningCalendar,
        policy: SchedulingPolicy,
        off: frozenset[dt.date],
        bounds: tuple[dt.date, dt.date],
    ) -> None:
        self.ctx = ctx
        self.calendar = calendar
        self.policy = policy
        self.off = off
        self.bounds = bounds
        self.alternate = 0  # heavy sessions so far, for weeks without a power session
        self.schedules: dict[tuple[object, ...], tuple[dt.date, WeekSchedule]] = {}
        self.previous: tuple[dt.date, ...] = ()  # hard sessions of the week before
        self.seen: set[str] = set()  # exercises done before a taper
        # Most weeks repeat an earlier week's sessions: build each distinct one once.
        self.build = functools.lru_cache(maxsize=None)(functools.partial(build_session, ctx))

    def week(self, index: int, week_dose: WeekDose, step: int) -> PlanWeek:
        level = self.ctx.athlete.level
        dose = week_dose.dose
        notes = [note for note in (week_dose.week.reason, *week_dose.reasons) if note]
        if level is Level.BEGINNER and index < _BEGINNER_CAREFUL_WEEKS:
            dose = attrs.evolve(dose, rir=dose.rir + 1)
            notes.append(
                "first weeks: one more rep in reserve while learning the movements (seed 001)"
            )
        schedule = _calendar_week(
            self.calendar,
            week_dose.week.start,
            _request(level, week_dose),
            level,
            self.policy,
            self.off,
            False,
            self.previous,
            self.bounds,
            self.schedules,
        )
        self.previous = tuple(s.date for s in schedule.sessions if s.kind.is_hard and s.date)
        notes.extend(f"scheduling: {c}" for c in schedule.compromises)
        if dose.sessions == 0:
            notes.append("no strength sessions this week")
        first, last = self.bounds
        days = sum(1 for i in range(7) if first <= week_dose.week.start + dt.timedelta(i) <= last)
        if days < 7 and len(schedule.sessions) < dose.sessions:
            notes.append(
                f"a partial week ({days} of its 7 days in the plan): "
                f"{len(schedule.sessions)} of {dose.sessions} session(s)"
            )
        # A week with a power session gives heavy days the strength template; otherwise
        # heavy sessions take the templates in turn (a demoted power day keeps its jumps).
        powered = any(s.kind is SessionKind.POWER for s in schedule.sessions)
        sessions = tuple(
            self.session(placed, week_dose, dose, step, powered) for placed in schedule.sessions
        )
        if week_dose.week.phase is not Phase.TAPER:
            self.seen.update(item.exercise.key for s in sessions for item in s.exercises)
        return PlanWeek(week_dose.week, dose, sessions, tuple(notes))

    def session(
        self, placed: PlacedSession, week_dose: WeekDose, dose: Dose, step: int, powered: bool
    ) -> PlannedSession:
        athlete = self.ctx.athlete
        phase = week_dose.week.phase
        kit = athlete.equipment
        if week_dose.bodyweight_only:
            kit = Equipment.bodyweight() & kit
        only = frozenset(self.seen) if phase is Phase.TAPER and self.seen else None
        reasons = list(placed.reasons)
        cycle = rotation(athlete.level)
        if phase in (Phase.RACE_SEASON, Phase.TAPER) or week_dose.bodyweight_only:
            name = maintenance_template(athlete.level)
        elif placed.kind is SessionKind.MAINTENANCE:
            # The day cannot hold a hard session: maintenance, lighter (seed 001, mistake 5).
            name = maintenance_template(athlete.level)
            dose = attrs.evolve(dose, rir=dose.rir + 1)
            reasons.append(
                "the day could not hold a hard session: a maintenance session instead, "
                "with one more rep in reserve"
            )
        elif placed.kind is SessionKind.POWER:
            name = cycle[1]
        elif powered:
            name = cycle[0]
        else:
            name = cycle[self.alternate % len(cycle)]
            self.alternate += 1
        made = self.build(TEMPLATES[name], dose, step, kit, week_dose.excluded, only)
        reasons.extend(made.reasons)
        low, high = LEVEL_MINUTES[athlete.level]
        inside_dose = dose.minutes[0] <= made.minutes <= dose.minutes[1]
        if inside_dose and not low <= made.minutes <= high:
            reasons.append(
                f"about {made.minutes:.0f} minutes, outside a {athlete.level.value} session's "
                f"usual {low}-{high} (seeds 000, 001): this week's dose sets the length"
            )
        date = placed.date or week_dose.week.start
        return PlannedSession(
            date,
            placed.kind,
            made.template,
            self.calendar[date],
            made.exercises,
            made.minutes,
            tuple(reasons),
        )


def _within_horizon(day_one: dt.date, end: object, races: object) -> Any:
    """The races (as a tuple when iterable), once the season is known to be a few years."""
    horizon = day_one + dt.timedelta(_MAX_SEASON_DAYS)
    if end is not None and v.check_date("end", end) > horizon:
        raise ValidationError(
            "end",
            end,
            f"must be within about four years of the start ({day_one})",
            "plan one season (or a few) at a time",
        )
    if isinstance(races, Iterable) and not isinstance(races, str):
        races = tuple(races)
        far = [r for r in races if isinstance(r, Race) and r.date > horizon]
        if end is None and far:
            raise ValidationError(
                "races",
                f"{far[0].name} on {far[0].date}",
                f"must fall within about four years of the start ({day_one})",
                "give an end date, or plan the nearer races first",
            )
    return races


def plan_season(
    athlete: Athlete,
    running: RunningWeek | RunningCalendar,
    races: Iterable[Race] = (),
    *,
    start: dt.date,
    end: dt.date | None = None,
    conditions: Iterable[Condition] = (),
    catalogue: Catalogue | None = None,
    policy: SchedulingPolicy | None = None,
    unavailable: Iterable[dt.date] = (),
) -> Plan:
    """Plan a season of strength training around a runner's running and races.

    Steps, each from its own module: :meth:`Season.build` lays out the phases from
    the races; the level's doses are scaled by ``conditions``
    (:func:`apply_conditions`); each week's sessions are placed by the scheduler
    (hard rules never broken; compromises recorded in the week's notes); each
    session follows its template (:mod:`runstrength.templates`), with exercises
    swapped for the kit, the level, injuries and the taper; loads come from the
    athlete's 1RMs at the dose's reps and RIR, rounded to the nearest load their own
    kit makes at or under the top of the dose's %1RM range.

    Progression: within a phase, loads (and reps, holds and carries for unloaded
    work) climb a step every loading week, from the bottom to the top of the
    range in three steps; a new phase starts at the bottom; after a deload the plan
    goes one step back. Exercises stay the same for a whole phase. A beginner's
    first three weeks keep one more rep in reserve (seed 001). The taper uses only
    exercises done before it (seed 000).

    Args:
        athlete: The runner.
        running: A template week (repeated over the season) or a dated calendar.
        races: The races; A races shape the phases, B and C races their weeks.
        start: The first day of the plan.
        end: The last day (default: the end of the last A race's transition).
        conditions: Injuries, illness, stress and breaks to plan around.
        catalogue: The exercises to choose from (default: the built-in catalogue).
        policy: The scheduling policy (default: the level's).
        unavailable: Dates with no strength session.

    Raises:
        ArgumentTypeError: An argument of the wrong type.
        ValidationError: A bad value (each error names the argument and the fix).
        UnknownExerciseError: A 1RM for an exercise the catalogue does not have.

    Examples:
        >>> week = RunningWeek.parse("tue intervals, thu tempo, sun long")
        >>> plan = plan_season(Athlete(level="intermediate"), week, start=dt.date(2026, 12, 7))
        >>> [(s.date.isoformat(), s.kind.value) for s in plan.weeks[0].sessions]
        [('2026-12-08', 'heavy'), ('2026-12-10', 'power')]
    """
    who = _athlete(athlete)
    chosen = Catalogue.default() if catalogue is None else catalogue
    if not isinstance(chosen, Catalogue):
        raise ArgumentTypeError(
            "catalogue", chosen, "must be a Catalogue", "use Catalogue.default()"
        )
    for key in who.one_rm:
        if key not in chosen:
            raise UnknownExerciseError(
                "one_rm", key, "must name an exercise in the catalogue", "see Catalogue.keys()"
            )
    if policy is not None and not isinstance(policy, SchedulingPolicy):
        raise ArgumentTypeError(
            "policy", policy, "must be a SchedulingPolicy", "use SchedulingPolicy.for_level"
        )
    chosen_policy = policy or SchedulingPolicy.for_level(who.level)
    day_one = v.check_date("start", start)
    if not isinstance(running, (RunningWeek, RunningCalendar)):
        raise ArgumentTypeError(
            "running",
            running,
            "must be a RunningWeek (a template week) or a RunningCalendar (dated days)",
            'e.g. RunningWeek.parse("tue intervals, thu tempo, sun long")',
        )
    if end is None and isinstance(running, RunningCalendar):
        end = running.end
    races = _within_horizon(day_one, end, races)
    season = Season.build(day_one, races, end=end)
    last_day = season.weeks[-1].end if end is None else v.check_date("end", end)
    calendar = _calendar(running, day_one, last_day)
    for race in (*season.races, *season.outside):
        # Races just past the end still protect the days before them.
        if (
            calendar.start <= race.date <= calendar.end
            and calendar[race.date].demand is not RunKind.RACE
        ):
            calendar = calendar.with_race(race.date)
    if isinstance(unavailable, str) or not isinstance(unavailable, Iterable):
        raise ArgumentTypeError(
            "unavailable", unavailable, "must be a collection of dates", "e.g. [date(2026, 12, 8)]"
        )
    off = frozenset(v.check_date("unavailable", d) for d in unavailable)
    if isinstance(conditions, (Condition, str)) or not isinstance(conditions, Iterable):
        raise ArgumentTypeError(
            "conditions", conditions, "must be a collection of Condition", "pass a list"
        )
    found = tuple(conditions)
    doses = apply_conditions(season.doses(who.level), found)
    careful = _BEGINNER_CAREFUL_WEEKS if who.level is Level.BEGINNER else 0
    planner = _Planner(Context(who, chosen), calendar, chosen_policy, off, (day_one, last_day))
    weeks = [
        planner.week(index, week_dose, step)
        for index, (week_dose, step) in enumerate(zip(doses, _steps(doses, careful), strict=True))
    ]
    return Plan(who, tuple(weeks), season.races, found)
