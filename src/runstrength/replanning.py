"""Re-planning from what was done: the plan from today on, in step with the training log.

[`replan`][runstrength.replanning.replan] makes the season again from the plan's own
request, so its phases, deloads and progression steps stay where they were, and
changes only what the log says changed:

- **1RMs** are re-estimated from the logged sets: the median of the estimates of an
  exercise's last three loaded sets (one bad set does not move it), with the
  library's %1RM model. Loads follow them from the week of ``today``. In race season
  and the taper a higher estimate is not used (loads there never rise); it takes
  effect from a re-plan after the race.
- **Days marked ill** become an illness from the first to the last day of each run of
  days, **injured** days an injury of the region the note names ("knee", "calf-achilles"
  ...); strength pauses or steps back as for any condition, and a re-entry ramp follows.
- **A week whose planned sessions were all skipped** is a break: the week after it is
  a re-entry week. A missed session is never made up: the week goes on.
- **Logged running volume** passes through the library's one heavy-running-week
  function ([`heavy_running_week`][runstrength.volume.heavy_running_week]): a jump
  lightens the following week once, naming its trigger.

Weeks before the week of ``today`` keep the loads they had (the plan as it was
followed, with the log's conditions); weeks from it on take the new 1RMs. Every
change is said in the notes of the week of ``today``.

Examples:
    >>> import datetime as dt
    >>> from runstrength import Athlete, LoggedSet, LoggedStrength, RunningWeek, TrainingLog
    >>> from runstrength import plan_season
    >>> week = RunningWeek.parse("tue intervals, thu tempo, sun long")
    >>> plan = plan_season(Athlete(level="intermediate", one_rm={"front-squat": 80}), week,
    ...                    start=dt.date(2027, 1, 4), end=dt.date(2027, 2, 28))
    >>> sets = tuple(LoggedSet("front-squat", load=70, reps=5, rir=2) for _ in range(3))
    >>> log = TrainingLog(strength=(LoggedStrength(dt.date(2027, 1, 12), sets=sets),))
    >>> again = replan(plan, log, today=dt.date(2027, 1, 18))
    >>> print(again.week_of(dt.date(2027, 1, 18)).notes[-1])
    front squat 1RM re-estimated at 85.3 kg from 3 x 5 @ 70 kg, RIR 2 on 2027-01-12
"""

from __future__ import annotations

import datetime as dt
import statistics
import warnings
from collections.abc import Iterable

import attrs

from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, RunstrengthWarning, ValidationError
from runstrength.log import DayStatus, LoggedSet, TrainingLog
from runstrength.periodisation import BodyRegion, Condition, ConditionKind, Phase
from runstrength.plan import Plan, PlanWeek
from runstrength.planner import plan_season
from runstrength.progression import e1rm_history
from runstrength.scheduling import SchedulingPolicy
from runstrength.taxonomy import Catalogue
from runstrength.volume import heavy_running_week

__all__ = ["ESTIMATE_SETS", "replan"]

ESTIMATE_SETS = 3
"""How many of an exercise's last loaded sets a re-estimated 1RM is the median of."""

_NEAR = (Phase.RACE_SEASON, Phase.TAPER)


def _spans(dates: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Runs of consecutive dates, as (first, last)."""
    spans: list[tuple[dt.date, dt.date]] = []
    for date in sorted(set(dates)):
        if spans and (date - spans[-1][1]).days == 1:
            spans[-1] = (spans[-1][0], date)
        else:
            spans.append((date, date))
    return spans


def _region(note: str, date: dt.date) -> BodyRegion:
    text = note.lower()
    for region in BodyRegion:
        if region.value in text or region.value.replace("-", " ") in text:
            return region
    raise ValidationError(
        f"log.marks[{date}].note",
        note,
        "must say where the injury is",
        "name the region in the note: " + ", ".join(r.value for r in BodyRegion),
    )


def _from_marks(log: TrainingLog, plan: Plan) -> list[Condition]:
    found: list[Condition] = []
    ill = [m.date for m in log.marks if m.status is DayStatus.ILL]
    found += [Condition(ConditionKind.ILLNESS, a, b) for a, b in _spans(ill)]
    by_region: dict[BodyRegion, list[dt.date]] = {}
    for mark in log.marks:
        if mark.status is DayStatus.INJURED:
            by_region.setdefault(_region(mark.note, mark.date), []).append(mark.date)
    for region, dates in by_region.items():
        found += [Condition(ConditionKind.INJURY, a, b, region=region) for a, b in _spans(dates)]
    skipped = {m.date for m in log.marks if m.status is DayStatus.SKIPPED}
    away = [
        week.start
        for week in plan.weeks
        if week.sessions and all(s.date in skipped for s in week.sessions)
    ]
    runs: list[list[dt.date]] = []
    for monday in away:  # weeks in a row are one time away
        if runs and (monday - runs[-1][-1]).days == 7:
            runs[-1].append(monday)
        else:
            runs.append([monday])
    found += [
        Condition(ConditionKind.MISSED, weeks[0], weeks[-1] + dt.timedelta(days=6))
        for weeks in runs
    ]
    return found


def _from_running(log: TrainingLog, plan: Plan, given: list[Condition]) -> list[Condition]:
    """A jump in logged running volume lightens the week after it, once."""
    weekly: dict[dt.date, float] = {}
    for run in log.runs:
        if run.distance_km is not None:
            monday = run.date - dt.timedelta(days=run.date.weekday())
            weekly[monday] = weekly.get(monday, 0.0) + run.distance_km
    if not weekly:
        return []
    first = min(weekly)
    if log.since is not None:
        first = max(first, log.since - dt.timedelta(days=log.since.weekday()))
    mondays = []
    monday = first
    while monday <= max(weekly):
        mondays.append(monday)
        monday += dt.timedelta(days=7)
    found = []
    for n, monday in enumerate(mondays):
        before = [weekly.get(m, 0.0) for m in mondays[max(0, n - 3) : n]]
        verdict = heavy_running_week(weekly.get(monday, 0.0), before)
        after = monday + dt.timedelta(days=7)
        covered = any(
            c.kind is ConditionKind.HEAVY_RUNNING_WEEK
            and c.start <= after + dt.timedelta(6)
            and after <= c.end
            for c in given
        )
        if verdict.heavy and not covered and plan.start <= after <= plan.end:
            found.append(
                Condition(ConditionKind.HEAVY_RUNNING_WEEK, after, after + dt.timedelta(days=6))
            )
    return found


def _estimates(log: TrainingLog, before: dt.date, unit: str) -> dict[str, tuple[float, str]]:
    """Each exercise's re-estimated 1RM from its last loaded sets, and what it came from."""
    found: dict[str, tuple[float, str]] = {}
    for key, entries in log.sets_by_exercise().items():
        loaded = [(d, s) for d, s in entries if s.load > 0 and s.reps >= 1 and d < before]
        if not loaded:
            continue
        last = loaded[-ESTIMATE_SETS:]
        values = e1rm_history([s.as_set_log() for _, s in last])
        estimate = round(float(statistics.median(values.tolist())), 1)
        found[key] = (estimate, _said(last, unit))
    return found


def _said(sets: list[tuple[dt.date, LoggedSet]], unit: str) -> str:
    date, first = sets[-1]
    same = [s for d, s in sets if d == date]
    rir = "" if first.rir is None else f", RIR {first.rir:g}"
    return f"{len(same)} x {first.reps} @ {first.load:g} {unit}{rir} on {date.isoformat()}"


def replan(
    plan: Plan,
    log: TrainingLog,
    *,
    today: dt.date,
    policy: SchedulingPolicy | None = None,
    catalogue: Catalogue | None = None,
) -> Plan:
    """The plan made again in step with the training log, from the week of ``today`` on.

    See the module for what changes and why. With an empty log the result equals the
    plan itself.

    Args:
        plan: A plan made by [`plan_season`][runstrength.planner.plan_season].
        log: What was done.
        today: The day of the re-plan; its week and the weeks after take the new 1RMs.
        policy: The scheduling policy, when the plan was made with one of your own.
        catalogue: The catalogue, when the plan was made with one of your own.

    Raises:
        ArgumentTypeError: A plan, log or date of the wrong type.
        ValidationError: A plan with no request (built by hand), ``today`` outside the
            plan, a custom policy or catalogue not given again, or an injury mark
            whose note names no region.

    Examples:
        >>> import datetime as dt
        >>> from runstrength import Athlete, RunningWeek, TrainingLog, plan_season
        >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
        ...                    start=dt.date(2027, 1, 4), end=dt.date(2027, 1, 31))
        >>> replan(plan, TrainingLog(), today=dt.date(2027, 1, 18)) == plan
        True
    """
    if not isinstance(plan, Plan):
        raise ArgumentTypeError("plan", plan, "must be a Plan", "use plan_season")
    if not isinstance(log, TrainingLog):
        raise ArgumentTypeError("log", log, "must be a TrainingLog", "e.g. read_log(text)")
    day = v.check_date("today", today)
    request = plan.request
    if request is None:
        raise ValidationError(
            "plan", "a plan without its request", "must come from plan_season", "plan it again"
        )
    if not plan.start <= day <= plan.end:
        raise ValidationError(
            "today", day, f"must be inside the plan ({plan.start} to {plan.end})", "pick a day"
        )
    if request.own_policy and policy is None:
        raise ValidationError(
            "policy", None, "must be given again: the plan used one of your own", "pass it"
        )
    if request.own_catalogue and catalogue is None:
        raise ValidationError(
            "catalogue", None, "must be given again: the plan used your own", "pass it"
        )
    found = [*plan.conditions]
    derived = _from_marks(log, plan)
    derived += _from_running(log, plan, found + derived)
    conditions = tuple(found + [c for c in derived if c not in found])
    monday = day - dt.timedelta(days=day.weekday())

    def make(athlete_one_rm: dict[str, float]) -> Plan:
        athlete = attrs.evolve(plan.athlete, one_rm=athlete_one_rm)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RunstrengthWarning)  # said when first planned
            return plan_season(
                athlete,
                request.running,
                plan.races,
                start=request.start,
                end=request.end,
                conditions=conditions,
                catalogue=catalogue,
                policy=policy,
                unavailable=request.unavailable,
                no_strength=request.no_strength,
                prefer=request.prefer,
                sessions=request.sessions,
            )

    before = make(dict(plan.athlete.one_rm))
    current = before.week_of(day)
    near = current is not None and current.phase in _NEAR
    one_rm = dict(plan.athlete.one_rm)
    notes: list[str] = []
    unit = plan.athlete.unit.value
    for key, (estimate, said) in _estimates(log, monday, unit).items():
        if catalogue is None and key not in Catalogue.default():
            continue  # the runner's own exercise: nothing in the plan uses it
        known = one_rm.get(key)
        if near and known is not None and estimate > known:
            notes.append(
                f"{key.replace('-', ' ')} 1RM estimated at {estimate:g} {unit} from {said}: "
                "kept at the current one until after the race"
            )
            continue
        if known != estimate:
            one_rm[key] = estimate
            notes.append(
                f"{key.replace('-', ' ')} 1RM re-estimated at {estimate:g} {unit} from {said}"
            )
    after = make(one_rm) if one_rm != dict(plan.athlete.one_rm) else before
    new_conditions = [c for c in conditions if c not in plan.conditions]
    notes = [
        *(
            f"from the log: {c.kind.value.replace('-', ' ')} {c.start} to {c.end}"
            for c in new_conditions
        ),
        *notes,
    ]
    weeks: list[PlanWeek] = []
    for old, new in zip(before.weeks, after.weeks, strict=True):
        week = old if old.start < monday else new
        if old.start == monday and notes:
            week = attrs.evolve(week, notes=(*week.notes, *notes))
        weeks.append(week)
    return Plan(after.athlete, tuple(weeks), after.races, after.conditions, after.request)
