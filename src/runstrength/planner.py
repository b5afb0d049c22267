"""The planner: a season of strength training, week by week, from a runner's running and races.

[`plan_season`][runstrength.planner.plan_season] composes the rest of the library in the order of
its data
flow: the race calendar gives a [`Season`][runstrength.periodisation.Season] (phases, deloads),
the level and conditions give each week a [`Dose`][runstrength.periodisation.Dose], the
scheduler places the week's sessions around the running, the session templates
([`runstrength.templates`][runstrength.templates]) and the catalogue give the exercises for the
runner's kit ([`runstrength.selection`][runstrength.selection]), and the load module turns 1RMs and
reps in reserve into loads rounded to the runner's own bar and dumbbells. The
result is a [`Plan`][runstrength.plan.Plan] ([`runstrength.plan`][runstrength.plan]).

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
    'Front squat: 3 x 5-6 @ 62.5 kg (RIR 2)'
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs

from runstrength import _trusted as trusted
from runstrength import _validate as v
from runstrength import _words
from runstrength._context import Context
from runstrength._prescribing import STEPS_TO_TOP
from runstrength._session import Fit, build_session
from runstrength.athlete import ONE_RM_TRANSFERS, Athlete
from runstrength.errors import (
    ArgumentTypeError,
    RunstrengthWarning,
    UnknownExerciseError,
    ValidationError,
)
from runstrength.hardness import NEW_ECCENTRIC_DAYS, Hardness
from runstrength.level import Level
from runstrength.periodisation import (
    Condition,
    Dose,
    Phase,
    Priority,
    Race,
    Season,
    WeekDose,
    apply_conditions,
    dose_for,
    heavy_running_dose,
)
from runstrength.plan import Plan, PlannedExercise, PlannedSession, PlanRequest, PlanWeek
from runstrength.recovery import (
    RAMP_EXTRA_RIR,
    RAMP_FEWER_SETS,
    RAMP_STEPS_BACK,
    recovery_windows,
    reentry_weeks,
)
from runstrength.running import (
    Run,
    RunKind,
    RunningCalendar,
    RunningDay,
    RunningWeek,
    Weekday,
    weekdays_of,
)
from runstrength.scheduling import (
    CalendarPlacer,
    PlacedSession,
    SchedulingPolicy,
    SessionKind,
    WeekSchedule,
    default_kinds,
)
from runstrength.selection import VARIATION_WEEKS, Choice
from runstrength.taxonomy import Catalogue, Equipment, PlyoIntensity
from runstrength.templates import TEMPLATES, maintenance_template, rotation
from runstrength.volume import heavy_running_weeks

__all__ = ["LEVEL_MINUTES", "LEVEL_SESSIONS", "UnusedOneRmWarning", "plan_season"]

LEVEL_MINUTES: Mapping[Level, tuple[int, int]] = MappingProxyType(
    {
        Level.BEGINNER: (20, 35),
        Level.INTERMEDIATE: (30, 45),
        Level.ADVANCED: (25, 50),
    }
)
"""Session length by level in minutes, the span of SportCoaching and Proven Gains."""

LEVEL_SESSIONS: Mapping[Level, tuple[int, int]] = MappingProxyType(
    {
        Level.BEGINNER: (1, 2),
        Level.INTERMEDIATE: (2, 3),
        Level.ADVANCED: (2, 3),
    }
)
"""Strength sessions a week a runner may ask for, by level (SportCoaching; Proven Gains)."""

RACE_SEASON_MAX_PERCENT = 85.0
"""The heaviest load in race season and the taper, in %1RM (Best Athletics: 70-85 %)."""

NEW_LIFTER_STRENGTH_WEEKS = 3
"""Weeks with a strength session a new lifter does before jumps above low intensity
(Proven Gains and Power Couple: strength before power)."""

_MAX_SEASON_DAYS = 4 * 366  # a plan covers at most about four years
_NEAR_RACES = (Phase.RACE_SEASON, Phase.TAPER)
_BEGINNER_CAREFUL_WEEKS = 3  # Proven Gains: the first 2-3 weeks conservative
_WEEKS_PER_STEP = 1  # a step every loading week (Proven Gains: progress every 1-2 weeks)


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
    return default_kinds(level, count)


def _steps(weeks: Sequence[WeekDose], careful: int = 0) -> list[int]:
    """Progression step of each week: up one every loading week of a phase.

    A new phase starts again at the bottom; race season and the taper stay at
    the bottom (no loads rising close to a race); a deload week and the week after it
    go one step back (Proven Gains: progress every 1-2 weeks; after rounding to the
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
        if index < careful or phase in _NEAR_RACES:
            # Close to races loads hold at the bottom of the range: they never climb.
            steps.append(0)
            continue
        if week.deload:
            deloads += 1
            steps.append(max(0, loading // _WEEKS_PER_STEP - deloads))
            continue
        steps.append(max(0, loading // _WEEKS_PER_STEP - deloads))
        loading += 1
    return steps


def _placement_calendar(calendar: RunningCalendar, races: Sequence[Race]) -> RunningCalendar:
    """The running as placement sees it: only A and B races are races.

    C races and races typed into the running week (parkrun, tune-ups) count as
    key workouts: protected like one, with no taper or recovery window.
    """
    major = {r.date for r in races if r.priority is not Priority.C}
    days = list(calendar.days)
    for date in major:
        offset = (date - calendar.start).days
        if 0 <= offset < len(days) and days[offset].demand is not RunKind.RACE:
            days[offset] = RunningDay((Run(RunKind.RACE),))
    for offset, day in enumerate(calendar.days):
        if day.demand is RunKind.RACE and calendar.start + dt.timedelta(offset) not in major:
            runs = tuple(
                Run(RunKind.KEY_WORKOUT) if run.kind is RunKind.RACE else run for run in day.runs
            )
            days[offset] = RunningDay(runs)
    # One new calendar, not one per changed day.
    changed = any(a is not b for a, b in zip(days, calendar.days, strict=True))
    return RunningCalendar(calendar.start, tuple(days)) if changed else calendar


def _why_capped(schedule: WeekSchedule, placed: PlacedSession) -> str:
    """Why a day holds less than a hard session, in a runner's words."""
    verdict = next(d for d in schedule.verdicts if d.date == placed.date)
    harder = Hardness.HARD if placed.hardness is Hardness.MODERATE else Hardness.MODERATE
    reasons = [why for _, why in verdict.blocked.get(harder, ())]
    return reasons[0] if reasons else "too close to another hard session"


class _Planner:
    """Plans week after week, carrying what a week needs from the weeks before it."""

    def __init__(
        self,
        ctx: Context,
        calendar: RunningCalendar,
        placer: CalendarPlacer,
        ramps: Mapping[int, str],
    ) -> None:
        self.ctx = ctx
        self.calendar = calendar
        self.placer = placer
        self.ramps = ramps
        self.alternate = 0  # heavy sessions so far, for weeks without a power session
        self.seen: set[str] = set()  # exercises done before race season and the taper
        self.strength_weeks = 0  # weeks that held a strength session (not only light ones)
        self.block: set[str] = set()  # exercises of the current block of variations
        self.block_weeks = 0  # loading weeks on the current exercise list
        self.avoid: frozenset[str] = frozenset()  # the previous block's exercises
        self.eccentric: dict[str, dt.date] = {}  # when each eccentric exercise first came
        self.eccentric_keys = [e.key for e in ctx.catalogue if e.eccentric]
        self.cycle = rotation(ctx.athlete.level)
        self.maintenance = maintenance_template(ctx.athlete.level)
        self.choices: dict[tuple[bool, frozenset[str]], Choice] = {}  # one of each a plan
        self.ceiling: dict[str, float] = {}  # race season and taper: loads never rise
        # Most weeks repeat an earlier week's sessions: build each distinct one once.
        self.build = functools.lru_cache(maxsize=None)(functools.partial(build_session, ctx))

    def week(self, index: int, week_dose: WeekDose, step: int) -> PlanWeek:
        level = self.ctx.athlete.level
        dose = week_dose.dose
        phase = week_dose.week.phase
        notes = [note for note in (week_dose.week.reason, *week_dose.reasons) if note]
        if level is Level.BEGINNER and index < _BEGINNER_CAREFUL_WEEKS:
            dose = attrs.evolve(dose, rir=dose.rir + 1)
            notes.append(
                "first weeks: one more rep in reserve while learning the movements (Proven Gains)"
            )
        if index in self.ramps:
            dose = attrs.evolve(
                dose,
                rir=min(10.0, dose.rir + RAMP_EXTRA_RIR),
                sets=max(1, dose.sets - RAMP_FEWER_SETS) if dose.sets else 0,
            )
            step = max(0, step - RAMP_STEPS_BACK)
            notes.append(self.ramps[index])
        loading = phase in (Phase.BASE, Phase.BUILD) and not week_dose.week.deload
        if loading and dose.sessions and self.block_weeks >= VARIATION_WEEKS:
            self.avoid, self.block, self.block_weeks = frozenset(self.block), set(), 0
            notes.append(
                f"new variations of the same movements after {VARIATION_WEEKS} weeks "
                "(Proven Gains: change the template every 6-8 weeks)"
            )
        if phase not in _NEAR_RACES:
            self.ceiling = {}
        schedule = self.placer.week(week_dose.week.start, _request(level, week_dose))
        notes.extend(f"scheduling: {c}" for c in schedule.compromises)
        if dose.sessions == 0:
            notes.append("no strength sessions this week")
        held = len(schedule.sessions)
        first, last = self.placer.bounds or (self.calendar.start, self.calendar.end)
        monday = week_dose.week.start
        if held < dose.sessions and (monday < first or monday + dt.timedelta(6) > last):
            days = sum(1 for i in range(7) if first <= monday + dt.timedelta(i) <= last)
            notes.append(
                f"a partial week ({days} of its 7 days in the plan): "
                f"{held} of {dose.sessions} session{'s' if dose.sessions > 1 else ''}"
            )
        # A week with a power session gives heavy days the strength template; otherwise
        # heavy sessions take the templates in turn (a demoted power day keeps its jumps).
        powered = any(
            s.kind is SessionKind.POWER and s.hardness is Hardness.HARD for s in schedule.sessions
        )
        sessions = tuple(
            self.session(placed, schedule, week_dose, dose, step, powered)
            for placed in schedule.sessions
        )
        if any(s.hardness is not Hardness.LIGHT for s in sessions):
            self.strength_weeks += 1
        done = {item.exercise.key for s in sessions for item in s.exercises}
        if phase not in _NEAR_RACES:
            self.seen.update(done)
        if loading and sessions:
            self.block.update(done)
            self.block_weeks += 1
        return PlanWeek(week_dose.week, dose, sessions, tuple(notes))

    def _choice(self, phase: Phase) -> Choice:
        athlete = self.ctx.athlete
        new_lifter = athlete.lifting_experience.builds_strength_first
        avoid = frozenset() if phase in _NEAR_RACES else self.avoid
        low_hops = new_lifter and self.strength_weeks < NEW_LIFTER_STRENGTH_WEEKS
        choice = self.choices.get((low_hops, avoid))
        if choice is None:
            choice = Choice(avoid=avoid)
            if low_hops:
                choice = Choice(
                    plyo=PlyoIntensity.LOW,
                    plyo_reason="strength before power: low hops only until three weeks of "
                    "lifting (Proven Gains, Power Couple)",
                    avoid=avoid,
                )
            self.choices[low_hops, avoid] = choice
        return choice

    def _fresh(self, date: dt.date) -> frozenset[str]:
        return frozenset(
            key
            for key in self.eccentric_keys
            if key not in self.eccentric or (date - self.eccentric[key]).days < NEW_ECCENTRIC_DAYS
        )

    def session(  # noqa: PLR0917 - internal
        self,
        placed: PlacedSession,
        schedule: WeekSchedule,
        week_dose: WeekDose,
        dose: Dose,
        step: int,
        powered: bool,
    ) -> PlannedSession:
        athlete = self.ctx.athlete
        phase = week_dose.week.phase
        kit = athlete.equipment
        if week_dose.bodyweight_only:
            kit = Equipment.bodyweight() & kit
        only = frozenset(self.seen) if phase in _NEAR_RACES and self.seen else None
        reasons = list(placed.reasons)
        cycle = self.cycle
        if phase in _NEAR_RACES or week_dose.bodyweight_only:
            name = self.maintenance
        elif placed.kind is SessionKind.POWER:
            name = cycle[1]
        elif powered or placed.kind is not SessionKind.HEAVY:
            name = cycle[0]
        else:
            name = cycle[self.alternate % len(cycle)]
            self.alternate += 1
        date = placed.date or week_dose.week.start
        cap = placed.hardness
        why = "" if cap is Hardness.HARD else _why_capped(schedule, placed)
        fit = Fit(
            cap=cap,
            choice=self._choice(phase),
            ceiling=RACE_SEASON_MAX_PERCENT if phase in _NEAR_RACES else 100.0,
            why=why,
            fresh=self._fresh(date),
        )
        # Steps past the top of a range change nothing: one build serves them all.
        top = min(step, STEPS_TO_TOP)
        made = self.build(TEMPLATES[name], dose, top, kit, week_dose.excluded, only, fit)
        reasons.extend(made.reasons)
        exercises = made.exercises
        if phase in _NEAR_RACES:
            exercises = self._no_rise(exercises)
        for item in exercises:
            if item.exercise.eccentric:
                self.eccentric.setdefault(item.exercise.key, date)
        low, high = LEVEL_MINUTES[athlete.level]
        shown = round(made.minutes)  # what the runner reads
        inside_dose = dose.minutes[0] <= shown <= dose.minutes[1]
        if not low <= shown <= high:
            # One note on the length: the level's range, which covers the dose's.
            reasons = [r for r in reasons if not r.startswith(f"about {shown} minutes")]
            why_length = (
                "this week's dose sets the length"
                if inside_dose or made.hardness is Hardness.HARD
                else f"a {made.hardness.value} session for the day is shorter"
            )
            reasons.append(
                f"about {shown} minutes, outside the usual {low}-{high} for "
                f"{athlete.level.value} runners (SportCoaching, Proven Gains): {why_length}"
            )
        return PlannedSession(
            date,
            SessionKind.LIGHT if made.template == "light" else placed.kind,
            made.template,
            self.calendar[date],
            exercises,
            made.minutes,
            tuple(reasons),
            made.hardness,
        )

    def _no_rise(self, exercises: tuple[PlannedExercise, ...]) -> tuple[PlannedExercise, ...]:
        """Race season and taper: no load above the one the same exercise had before."""
        held = []
        for planned in exercises:
            item = planned
            p = item.prescription
            key = item.exercise.key
            top = self.ceiling.get(key)
            if p.load is not None and top is not None and p.load > top:
                share = None if p.percent_one_rm is None else p.percent_one_rm * top / p.load
                p = attrs.evolve(
                    p,
                    load=top,
                    percent_one_rm=share,
                    warmup=tuple(w for w in p.warmup if w.load < top),
                )
                item = attrs.evolve(
                    item,
                    prescription=p,
                    notes=(*item.notes, "held at last week's load: no rises close to a race"),
                )
            if p.load is not None:
                self.ceiling[key] = min(top if top is not None else p.load, p.load)
            held.append(item)
        return tuple(held)


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
        races = v.check_items("races", races)
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
    no_strength: Iterable[Weekday | int | str] = (),
    prefer: Iterable[Weekday | int | str] = (),
    sessions: int | None = None,
    own_strength: Iterable[dt.date] = (),
    replace_own: bool = False,
) -> Plan:
    """Plan a season of strength training around a runner's running and races.

    Steps, each from its own module: [`Season.build`][runstrength.periodisation.Season.build] lays
    out the phases from
    the races; the level's doses are scaled by ``conditions``
    ([`apply_conditions`][runstrength.periodisation.apply_conditions]); each week's sessions are
    placed by the scheduler
    (hard rules never broken; compromises recorded in the week's notes); each
    session follows its template ([`runstrength.templates`][runstrength.templates]), with exercises
    swapped for the kit, the level, injuries and the taper; loads come from the
    athlete's 1RMs at the dose's reps and RIR, rounded to the nearest load their own
    kit makes at or under the top of the dose's %1RM range.

    Progression: within a phase, loads (and reps, holds and carries for unloaded
    work) climb a step every loading week, from the bottom to the top of the
    range in three steps; a new phase starts at the bottom; after a deload the plan
    goes one step back. Exercises stay the same for a whole phase. A beginner's
    first three weeks keep one more rep in reserve (Proven Gains). The taper uses only
    exercises done before it (SportCoaching).

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
        no_strength: Weekdays with no strength session ("fri", 5 or Weekday.FRIDAY).
        prefer: Weekdays to lift on whenever the rules allow (when no session has to
            be dropped or kept lighter for it).
        own_strength: Dates of strength sessions the runner already does elsewhere (for
            example in their coaching app's calendar): they count as hard leg days, so
            no session goes on them or within the gap between hard sessions around them.
        replace_own: Plan as if those sessions were not there (the plan replaces them);
            the weeks say so.
        sessions: Strength sessions a week in base, build and transition weeks, within
            the level's range ([`LEVEL_SESSIONS`][runstrength.planner.LEVEL_SESSIONS]);
            race season and the taper keep theirs, and conditions still take sessions off.

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
                "one_rm",
                key,
                "must name an exercise in the catalogue",
                v.did_you_mean(key, chosen.keys()) or "list the keys with `runstrength exercises`",
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
    asked = calendar
    every_race = (*season.races, *season.outside)
    for race in every_race:
        # Races just past the end still protect the days before them.
        if (
            calendar.start <= race.date <= calendar.end
            and calendar[race.date].demand is not RunKind.RACE
        ):
            calendar = calendar.with_race(race.date)
    days = _Days.of(unavailable, no_strength, prefer, own_strength, replace_own)
    off = days.unavailable | _no_strength_dates(days.no_strength, days.prefer, day_one, last_day)
    liked, days_off, own = days.prefer, days.no_strength, days.own
    per_week = _sessions(sessions, who.level)
    if isinstance(conditions, (Condition, str)) or not isinstance(conditions, Iterable):
        raise ArgumentTypeError(
            "conditions", conditions, "must be a collection of Condition", "pass a list"
        )
    found = v.check_items("conditions", conditions)
    doses = apply_conditions(season.doses(who.level), found)
    if isinstance(running, RunningCalendar):
        doses = _after_heavy_running(running, doses)
    careful = _BEGINNER_CAREFUL_WEEKS if who.level is Level.BEGINNER else 0
    placer = CalendarPlacer(
        _placement_calendar(calendar, every_race),
        who.level,
        chosen_policy,
        off=off,
        bounds=(day_one, last_day),
        recovery=recovery_windows(every_race),
        preferred=liked,
        own_hard=frozenset() if replace_own else own,
    )
    ramps = reentry_weeks(season.weeks, found, every_race)
    if per_week is not None:
        doses = tuple(_with_sessions(d, per_week, who.level) for d in doses)
    planner = _Planner(Context(who, chosen), calendar, placer, ramps)
    weeks = [
        planner.week(index, week_dose, step)
        for index, (week_dose, step) in enumerate(zip(doses, _steps(doses, careful), strict=True))
    ]
    if own:
        weeks = [_say_own(week, own, replace_own) for week in weeks]
    request = PlanRequest(
        running=asked,
        start=day_one,
        end=last_day,
        unavailable=tuple(sorted(days.unavailable)),
        no_strength=tuple(sorted(int(d) for d in days_off)),
        prefer=tuple(sorted(int(d) for d in liked)),
        sessions=per_week,
        own_policy=policy is not None,
        own_catalogue=catalogue is not None,
    )
    plan = Plan(who, tuple(weeks), season.races, found, request)
    _report_unused(plan, chosen)
    return plan


@attrs.frozen
class _Days:
    """The day constraints of a plan, checked."""

    unavailable: frozenset[dt.date]
    no_strength: frozenset[Weekday]
    prefer: frozenset[Weekday]
    own: frozenset[dt.date]

    @classmethod
    def of(
        cls,
        unavailable: object,
        no_strength: object,
        prefer: object,
        own_strength: object,
        replace_own: object,
    ) -> _Days:
        for name, value in (("unavailable", unavailable), ("own_strength", own_strength)):
            if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
                raise ArgumentTypeError(
                    name, value, "must be a collection of dates", "e.g. [date(2026, 12, 8)]"
                )
        if not isinstance(replace_own, bool):
            raise ArgumentTypeError(
                "replace_own", replace_own, "must be True or False", "pass replace_own=True"
            )
        return cls(
            frozenset(
                v.check_date("unavailable", d) for d in v.check_items("unavailable", unavailable)
            ),
            weekdays_of(no_strength, "no_strength"),  # type: ignore[arg-type]
            weekdays_of(prefer, "prefer"),  # type: ignore[arg-type]
            frozenset(
                v.check_date("own_strength", d)
                for d in v.check_items("own_strength", own_strength)
            ),
        )


def _say_own(week: PlanWeek, own: frozenset[dt.date], replaced: bool) -> PlanWeek:
    """The week's note about the runner's own strength sessions, if it holds any."""
    last = week.start + dt.timedelta(days=6)
    days = sorted(d for d in own if week.start <= d <= last)
    if not days:
        return week
    when = ", ".join(f"{_words.short_day(d)} {_words.day_month(d)}" for d in days)
    note = (
        f"your own strength session on {when} is replaced by this plan's"
        if replaced
        else f"your own strength session on {when} counts as a hard leg day: "
        "no second one on it or within 48 hours"
    )
    return attrs.evolve(week, notes=(*week.notes, note))


def _no_strength_dates(
    days_off: frozenset[Weekday], liked: frozenset[Weekday], first: dt.date, last: dt.date
) -> frozenset[dt.date]:
    """The plan's dates on the weekdays with no strength session."""
    clash = sorted(days_off & liked)
    if clash:
        raise ValidationError(
            "prefer",
            clash[0].short,
            "must not also be a no-strength day",
            "drop the day from prefer or from no_strength",
        )
    if not days_off:
        return frozenset()
    return frozenset(
        first + dt.timedelta(days=n)
        for n in range((last - first).days + 1)
        if Weekday.of(first + dt.timedelta(days=n)) in days_off
    )


def _after_heavy_running(
    running: RunningCalendar, doses: Sequence[WeekDose]
) -> tuple[WeekDose, ...]:
    """A jump in planned running volume pulls strength back by itself, once a week."""
    heavy = heavy_running_weeks(running)
    return tuple(
        heavy_running_dose(d, heavy[d.week.start].trigger)
        if d.week.start in heavy and heavy[d.week.start].heavy
        else d
        for d in doses
    )


def _sessions(value: object, level: Level) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ArgumentTypeError("sessions", value, "must be a whole number", "e.g. 2")
    low, high = LEVEL_SESSIONS[level]
    if not low <= value <= high:
        raise ValidationError(
            "sessions",
            value,
            f"must be within the {level.value} range of {low}-{high} sessions a week",
            f"ask for {low} to {high}, or change the level",
        )
    return value


_TRAINING = (Phase.BASE, Phase.BUILD, Phase.TRANSITION)


def _with_sessions(week_dose: WeekDose, wanted: int, level: Level) -> WeekDose:
    """The week with ``wanted`` sessions, less what its conditions and B races took off."""
    dose = week_dose.dose
    if week_dose.week.phase not in _TRAINING or dose.sessions == 0:
        return week_dose
    taken = max(0, dose_for(level, week_dose.week.phase).sessions - dose.sessions)
    # Between 1 and the asked sessions (checked): the dose stays valid.
    return trusted.replace(week_dose, dose=trusted.replace(dose, sessions=max(1, wanted - taken)))


def _report_unused(plan: Plan, catalogue: Catalogue) -> None:
    """Warn about each 1RM the plan never uses, naming what it prescribes instead."""
    athlete = plan.athlete
    done = {item.exercise.key for s in plan.sessions() for item in s.exercises}
    used = done | {
        ONE_RM_TRANSFERS[key][0]
        for key in done
        if key in ONE_RM_TRANSFERS and key not in athlete.one_rm
    }
    for key in athlete.one_rm:
        if key in used:
            continue
        pattern = catalogue[key].pattern
        instead = sorted(
            {
                item.exercise.name
                for s in plan.sessions()
                for item in s.exercises
                if item.exercise.pattern is pattern
            }
        )
        what = (
            f"the plan prescribes {' and '.join(instead)} for that movement instead"
            if instead
            else "the plan prescribes no exercise of that movement"
        )
        warnings.warn(
            f"your {key.replace('-', ' ')} 1RM is not used: {what}",
            UnusedOneRmWarning,
            stacklevel=3,
        )


class UnusedOneRmWarning(RunstrengthWarning):
    """A 1RM the runner gave is not used by the plan; the message says what is used instead.

    Examples:
        >>> issubclass(UnusedOneRmWarning, UserWarning)
        True
    """
