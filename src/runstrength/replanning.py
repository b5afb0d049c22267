"""Re-planning from what was done: the plan from today on, in step with the training log.

[`replan`][runstrength.replanning.replan] makes the season again from the plan's own
request, so its phases, deloads and progression steps stay where they were, and
changes only what the log says changed:

- **1RMs** are re-estimated from the logged sets: the median of the estimates of an
  exercise's last three loaded sets (one bad set does not move it), with the
  library's %1RM model. Loads follow them from the week of ``today``.
- **How the last sets went** against the plan moves each lift's load (the plan's reps
  and reps in reserve on the day they were logged are the target; a session's
  telling set is the middle one by reps to failure, so one bad set does not decide):
  with the default ``rule="rir"``, sets easier than planned by a rep or more add an
  increment (two when two or more reps easier), sets harder than planned by more than
  a rep or short of the planned reps take one off, and anything else holds; with
  ``rule="2-for-2"`` (the NSCA rule) the load goes up only after two sessions in a
  row with two or more reps over the planned reps. The increments are
  [`DEFAULT_INCREMENTS`][runstrength.progression.DEFAULT_INCREMENTS] (about 3 kg for
  the lower body, 1.5 kg for the upper body). The new 1RM is the estimate, but never
  more than the one that puts the next session's load where the rule allows: an
  estimate can bring a load down freely, but raises it only as far as the rule does.
- **In race season and the taper** a re-plan may hold or lower loads but never raises
  them: when ``today`` falls in race season or the taper, a higher 1RM is kept for
  the weeks up to the race and takes effect from the transition after it.
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
change is said in plain words in the notes of the week of ``today``.

The log must fit the plan: an entry dated before the plan's first Monday or after
``today`` (a day not yet lived; days you know you cannot train belong in the plan's
``unavailable`` days) and a set of an exercise the catalogue does not know are
refused with a [`ValidationError`][runstrength.errors.ValidationError] or an
[`UnknownExerciseError`][runstrength.errors.UnknownExerciseError] whose ``argument``
names the entry (``log.strength[3].sets[0].exercise``), before anything is planned.

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
from runstrength.errors import (
    ArgumentTypeError,
    RunstrengthWarning,
    UnknownExerciseError,
    ValidationError,
)
from runstrength.load import Prescription, percent_one_rm
from runstrength.log import (
    DayMark,
    DayStatus,
    LoggedRun,
    LoggedSet,
    LoggedStrength,
    TrainingLog,
)
from runstrength.periodisation import BodyRegion, Condition, ConditionKind, Phase
from runstrength.plan import Plan, PlanRequest, PlanWeek
from runstrength.planner import plan_season
from runstrength.progression import (
    DEFAULT_INCREMENTS,
    ProgressionRule,
    SetLog,
    e1rm_history,
    next_load,
)
from runstrength.scheduling import SchedulingPolicy
from runstrength.taxonomy import Catalogue, Category
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


def _check_log(log: TrainingLog, plan: Plan, today: dt.date, catalogue: Catalogue) -> None:
    """Refuse entries outside the plan or after today, and exercises the catalogue lacks."""
    first = plan.start
    dated: tuple[tuple[str, tuple[LoggedRun | LoggedStrength | DayMark, ...]], ...] = (
        ("runs", log.runs),
        ("strength", log.strength),
        ("marks", log.marks),
    )
    for name, entries in dated:
        for index, entry in enumerate(entries):
            if entry.date < first:
                raise ValidationError(
                    f"log.{name}[{index}].date",
                    entry.date,
                    f"must not be before the plan's first week ({first})",
                    "leave out what was done before the plan began",
                )
            if entry.date > today:
                raise ValidationError(
                    f"log.{name}[{index}].date",
                    entry.date,
                    f"must not be after today ({today})",
                    "log only days that have been (days ahead go in plan_season's "
                    "unavailable or conditions), or re-plan with a later today",
                )
    for index, session in enumerate(log.strength):
        for number, logged in enumerate(session.sets):
            if logged.exercise not in catalogue:
                hint = v.did_you_mean(logged.exercise, catalogue.keys())
                raise UnknownExerciseError(
                    f"log.strength[{index}].sets[{number}].exercise",
                    logged.exercise,
                    "must name an exercise in the catalogue",
                    hint or "use a key that runstrength exercises lists, or pass your catalogue",
                )


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


def _planned(plan: Plan, key: str, date: dt.date) -> Prescription | None:
    """The plan's loaded prescription of a lift on the day it was logged.

    Else the nearest one before that day, else the first after it.
    """
    found = [
        (session.date, item.prescription)
        for session in plan.sessions()
        for item in session.exercises
        if item.exercise.key == key
        and item.prescription.reps is not None
        and item.prescription.rir is not None
        and item.prescription.load is not None
    ]
    earlier = [p for d, p in found if d <= date]
    if earlier:
        return earlier[-1]
    return found[0][1] if found else None


def _telling(
    sets: list[LoggedSet], reps: int, rir: float, rule: ProgressionRule
) -> tuple[list[SetLog], LoggedSet]:
    """A session's sets as progression reads them, the telling set last, and that set.

    The telling set is the middle one by reps to failure (the lower middle of an even
    number), so one bad set among three does not decide. A set without RIR counts as
    on target; with the RIR rule, reps beyond the planned ones count as reps in reserve.
    """
    order = sorted(range(len(sets)), key=lambda i: (sets[i].reps + (sets[i].rir or 0.0), i))
    middle = order[(len(order) - 1) // 2] if len(sets) >= ESTIMATE_SETS else len(sets) - 1
    logs = []
    for logged in [s for i, s in enumerate(sets) if i != middle] + [sets[middle]]:
        done, left = logged.reps, rir if logged.rir is None else float(logged.rir)
        if rule is ProgressionRule.RIR and done > reps:
            done, left = reps, left + done - reps
        logs.append(SetLog(load=logged.load, reps=done, rir=left))
    return logs, sets[middle]


def _how(
    logged: LoggedSet, target: Prescription, rule: ProgressionRule, both: bool, unit: str
) -> str:
    """How a session's telling set went against the plan, in plain words ("" as planned)."""
    reps, rir, load = target.reps or 0, target.rir or 0.0, target.load or 0.0
    extra = logged.reps - reps
    if extra < 0:
        return f"the last sets fell short of the planned reps ({logged.reps} of {reps})"
    if rule is ProgressionRule.TWO_FOR_TWO and extra >= 2:
        return f"{reps + 2} or more reps where {reps} were planned" + (
            ", two sessions in a row" if both else " (a second session like it adds load)"
        )
    left = (rir if logged.rir is None else logged.rir) + extra
    if left == rir:
        return ""
    parts = [f"{logged.reps} reps where {reps} were planned"] if extra else []
    if logged.rir is not None and logged.rir != rir:
        parts.append(f"RIR {logged.rir:g} vs {rir:g}")
    if abs(logged.load - load) > 1e-9:
        parts.append(f"{logged.load:g} {unit} where {load:g} {unit} was planned")
    return f"sets went {'easier' if left > rir else 'harder'} than planned ({', '.join(parts)})"


@attrs.frozen
class _Step:
    """How a lift's last sessions went against the plan, and the 1RM the rule allows."""

    how: str
    ceiling: float | None
    met: bool  # the planned reps at the planned load with the planned reserve, or better


def _progress(
    log: TrainingLog,
    plan: Plan,
    key: str,
    *,
    before: dt.date,
    rule: ProgressionRule,
    upper_body: bool,
) -> _Step | None:
    """The rule's verdict on a lift from its last two logged sessions before ``before``."""
    by_day: dict[dt.date, list[LoggedSet]] = {}
    for day, logged in log.sets_by_exercise().get(key, ()):
        if day < before and logged.load > 0 and logged.reps >= 1:
            by_day.setdefault(day, []).append(logged)
    if not by_day:
        return None
    last_day = max(by_day)
    target = _planned(plan, key, last_day)
    if target is None or target.reps is None or target.rir is None:
        return None
    reps, rir = target.reps, target.rir
    read = [_telling(by_day[d], reps, rir, rule) for d in sorted(by_day)[-2:]]
    sessions = [logs for logs, _ in read]
    unit = plan.athlete.unit
    change = next_load(
        sessions,
        target_reps=reps,
        target_rir=rir,
        rule=rule,
        upper_body=upper_body,
        increment=DEFAULT_INCREMENTS[(upper_body, unit)],
    )
    telling = read[-1][1]
    both = len(read) == 2 and read[0][1].reps >= reps + 2
    how = _how(telling, target, rule, both, unit.value)
    share = float(percent_one_rm(reps, rir=rir)) / 100
    ceiling = round(change.load / share, 1) if change.load > 0 else None
    left = rir if telling.rir is None else telling.rir
    met = telling.reps >= reps and left >= rir and telling.load >= (target.load or 0.0) - 1e-9
    return _Step(how, ceiling, met)


def _first_load(weeks: Iterable[PlanWeek], key: str, since: dt.date) -> float | None:
    for week in weeks:
        for session in week.sessions:
            for item in session.exercises:
                if (
                    session.date >= since
                    and item.exercise.key == key
                    and item.prescription.load is not None
                ):
                    return item.prescription.load
    return None


def _moved(
    key: str, how: str, *, old: float | None, new: float | None, unit: str, waiting: bool
) -> str:
    """A plain-words note on how the last sets went and what it did to the load."""
    name = key.replace("-", " ")
    if old is None or new is None:
        return f"{name}: {how}"
    if new > old:
        return f"{name}: {how}, load up {new - old:g} {unit}"
    if new < old:
        return f"{name}: {how}, load down {old - new:g} {unit}"
    return f"{name}: {how}, load held" + (" until after the race" if waiting else "")


@attrs.define
class _Lifts:
    """The 1RMs a re-plan arrives at, and what it says about them."""

    one_rm: dict[str, float]  # from the week of today on (after the race, when near one)
    held: dict[str, float]  # for the weeks up to the race, when today is near one
    notes: list[str] = attrs.Factory(list)
    said: list[tuple[str, str]] = attrs.Factory(list)  # (the lift, how its sets went)
    waiting: set[str] = attrs.Factory(set)  # lifts whose higher 1RM waits for the race


@attrs.frozen(kw_only=True)
class _Moment:
    """Where the re-plan stands: today's Monday, and the weeks up to the race."""

    monday: dt.date
    near: bool
    stretch_end: dt.date  # the Monday after the race weeks that hold today
    plan_end: dt.date
    rule: ProgressionRule


def _moment(before: Plan, day: dt.date, rule: ProgressionRule) -> _Moment:
    monday = day - dt.timedelta(days=day.weekday())
    current = before.week_of(day)
    near = current is not None and current.phase in _NEAR
    stretch_end = monday
    for week in before.weeks:
        if week.start >= monday:
            if not (near and week.phase in _NEAR):
                break
            stretch_end = week.start + dt.timedelta(days=7)
    return _Moment(
        monday=monday, near=near, stretch_end=stretch_end, plan_end=before.end, rule=rule
    )


def _lifts(log: TrainingLog, plan: Plan, moment: _Moment, catalogue: Catalogue | None) -> _Lifts:
    """Each logged lift's new 1RM: the estimate, moved no further than the rule allows."""
    found = _Lifts(dict(plan.athlete.one_rm), dict(plan.athlete.one_rm))
    unit = plan.athlete.unit.value
    exercises = catalogue if catalogue is not None else Catalogue.default()
    for key, (estimate, source) in _estimates(log, moment.monday, unit).items():
        if catalogue is None and key not in Catalogue.default():
            continue  # the runner's own exercise: nothing in the plan uses it
        upper = exercises[key].category is Category.UPPER
        step = _progress(log, plan, key, before=moment.monday, rule=moment.rule, upper_body=upper)
        known = found.one_rm.get(key)
        value = estimate
        if step is not None:
            if step.ceiling is not None:  # up no further than the rule allows
                value = min(estimate, step.ceiling if known is None else max(step.ceiling, known))
            if step.met and known is not None:
                value = max(value, known)  # the plan was met: its 1RM does not fall
            if step.how:
                found.said.append((key, step.how))
        if known == value:
            continue
        name = key.replace("-", " ")
        found.one_rm[key] = value
        if moment.near and known is not None and value > known:
            found.waiting.add(key)
            later = (
                ""
                if moment.stretch_end > moment.plan_end
                else f", {value:g} {unit} from {moment.stretch_end} on"
            )
            found.notes.append(
                f"{name} 1RM estimated at {estimate:g} {unit} from {source}: "
                f"kept at the current one until after the race{later}"
            )
            continue
        found.held[key] = value
        used = "" if value == estimate else f"; {value:g} {unit} used, as far as the last sets go"
        found.notes.append(f"{name} 1RM re-estimated at {estimate:g} {unit} from {source}{used}")
    return found


def _checked(
    plan: object,
    log: object,
    today: object,
    policy: SchedulingPolicy | None,
    catalogue: Catalogue | None,
) -> tuple[dt.date, PlanRequest]:
    """The day of the re-plan and the plan's request, once the arguments are checked."""
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
    _check_log(log, plan, day, catalogue if catalogue is not None else Catalogue.default())
    return day, request


def replan(
    plan: Plan,
    log: TrainingLog,
    *,
    today: dt.date,
    rule: ProgressionRule | str = ProgressionRule.RIR,
    policy: SchedulingPolicy | None = None,
    catalogue: Catalogue | None = None,
) -> Plan:
    """The plan made again in step with the training log, from the week of ``today`` on.

    See the module for what changes and why. With an empty log the result equals the
    plan itself.

    Args:
        plan: A plan made by [`plan_season`][runstrength.planner.plan_season].
        log: What was done, from the plan's first week up to ``today``.
        today: The day of the re-plan; its week and the weeks after take the new 1RMs.
        rule: How the last sets move a lift's load:
            [`ProgressionRule`][runstrength.progression.ProgressionRule] ``"rir"``
            (default) or ``"2-for-2"``.
        policy: The scheduling policy, when the plan was made with one of your own.
        catalogue: The catalogue, when the plan was made with one of your own.

    Raises:
        ArgumentTypeError: A plan, log or date of the wrong type.
        ValidationError: A plan with no request (built by hand), ``today`` outside the
            plan, a custom policy or catalogue not given again, a log entry dated
            before the plan's first week or after ``today``, or an injury mark whose
            note names no region.
        UnknownExerciseError: A logged set of an exercise the catalogue does not
            know; the fix suggests close keys.

    Examples:
        >>> import datetime as dt
        >>> from runstrength import Athlete, RunningWeek, TrainingLog, plan_season
        >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
        ...                    start=dt.date(2027, 1, 4), end=dt.date(2027, 1, 31))
        >>> replan(plan, TrainingLog(), today=dt.date(2027, 1, 18)) == plan
        True
    """
    day, request = _checked(plan, log, today, policy, catalogue)
    chosen = v.to_enum(ProgressionRule, rule, "rule")
    found = [*plan.conditions]
    derived = _from_marks(log, plan)
    derived += _from_running(log, plan, found + derived)
    conditions = tuple(found + [c for c in derived if c not in found])

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
    moment = _moment(before, day, chosen)
    monday = moment.monday
    lifts = _lifts(log, plan, moment, catalogue)
    after = make(lifts.one_rm) if lifts.one_rm != dict(plan.athlete.one_rm) else before
    kept = after if lifts.held == lifts.one_rm else make(lifts.held)
    weeks = [
        old if old.start < monday else near if old.start < moment.stretch_end else new
        for old, new, near in zip(before.weeks, after.weeks, kept.weeks, strict=True)
    ]
    unit = plan.athlete.unit.value
    notes = [
        *(
            f"from the log: {c.kind.value.replace('-', ' ')} {c.start} to {c.end}"
            for c in conditions
            if c not in plan.conditions
        ),
        *lifts.notes,
        *(
            _moved(
                key,
                how,
                old=_first_load(before.weeks, key, monday),
                new=_first_load(weeks, key, monday),
                unit=unit,
                waiting=key in lifts.waiting,
            )
            for key, how in lifts.said
        ),
    ]
    weeks = [
        attrs.evolve(week, notes=(*week.notes, *notes)) if week.start == monday and notes else week
        for week in weeks
    ]
    return Plan(kept.athlete, tuple(weeks), after.races, after.conditions, after.request)
