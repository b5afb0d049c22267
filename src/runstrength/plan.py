"""The season plan: which days, which exercises, how much, and why, week by week.

:func:`plan_season` composes the rest of the library in the order of its data
flow: the race calendar gives a :class:`~runstrength.Season` (phases, deloads),
the level and conditions give each week a :class:`~runstrength.Dose`, the
scheduler places the week's sessions around the running, the session templates
(:mod:`runstrength.templates`) and the catalogue give the exercises for the
runner's kit, and the load module turns 1RMs and reps in reserve into loads
rounded to the runner's own bar and dumbbells.

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
import itertools
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from runstrength import _render
from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, UnknownExerciseError, ValidationError
from runstrength.implements import Barbell, DumbbellSet, KettlebellSet, Unit
from runstrength.level import Level
from runstrength.load import (
    OneRmFormula,
    Prescription,
    WarmupSet,
    estimate_one_rm,
    percent_one_rm,
    warmup_sets,
)
from runstrength.periodisation import (
    BodyRegion,
    Condition,
    Dose,
    Phase,
    Race,
    Season,
    SeasonWeek,
    WeekDose,
    apply_conditions,
)
from runstrength.running import RunKind, RunningCalendar, RunningDay, RunningWeek
from runstrength.scheduling import (
    PlacedSession,
    SchedulingPolicy,
    SessionKind,
    WeekSchedule,
    _calendar_week,
    _kinds_for,
)
from runstrength.taxonomy import (
    Catalogue,
    Category,
    Dosing,
    Equipment,
    Exercise,
    Pattern,
    similarity,
)
from runstrength.templates import TEMPLATES, SessionTemplate, Slot, maintenance_template, rotation

__all__ = [
    "LEVEL_MINUTES",
    "REGION_PATTERNS",
    "Athlete",
    "Plan",
    "PlanWeek",
    "PlannedExercise",
    "PlannedSession",
    "WeekTotals",
    "loads_region",
    "plan_season",
]

LEVEL_MINUTES: Mapping[Level, tuple[int, int]] = MappingProxyType(
    {
        Level.BEGINNER: (20, 35),
        Level.INTERMEDIATE: (30, 45),
        Level.ADVANCED: (25, 50),
    }
)
"""Session length by level in minutes, the span of seeds 000 and 001."""

REGION_PATTERNS: Mapping[BodyRegion, frozenset[Pattern]] = MappingProxyType(
    {
        BodyRegion.FOOT_ANKLE: frozenset({Pattern.CALF_RAISE, Pattern.JUMP, Pattern.BOUND}),
        BodyRegion.CALF_ACHILLES: frozenset({Pattern.CALF_RAISE, Pattern.JUMP, Pattern.BOUND}),
        BodyRegion.SHIN: frozenset({Pattern.JUMP, Pattern.BOUND}),
        BodyRegion.KNEE: frozenset({Pattern.SQUAT, Pattern.LUNGE, Pattern.JUMP, Pattern.BOUND}),
        BodyRegion.HAMSTRING: frozenset({Pattern.HINGE, Pattern.KNEE_FLEXION, Pattern.BOUND}),
        BodyRegion.HIP_GROIN: frozenset(
            {Pattern.LUNGE, Pattern.HIP_ABDUCTION, Pattern.BOUND, Pattern.ANTI_LATERAL_FLEXION}
        ),
        BodyRegion.LOWER_BACK: frozenset({Pattern.HINGE, Pattern.SQUAT, Pattern.CARRY}),
        BodyRegion.SHOULDER: frozenset(
            {
                Pattern.HORIZONTAL_PUSH,
                Pattern.VERTICAL_PUSH,
                Pattern.HORIZONTAL_PULL,
                Pattern.VERTICAL_PULL,
                Pattern.CARRY,
            }
        ),
    }
)
"""The movement patterns that load each injured region; plans swap or drop them.

This is the library's conservative reading of seed 001 (mistake 4: replace
movements that aggravate an injury): a pattern counts when it loads the region
through range under load or impact.
"""

_MAX_ONE_RM = 2000.0  # kg or lb: well above any lift a runner logs
_MAX_SEASON_DAYS = 4 * 366  # a plan covers at most about four years
_BEGINNER_CAREFUL_WEEKS = 3  # seed 001: the first 2-3 weeks conservative
_STEPS_TO_TOP = 3  # progression steps from the bottom to the top of a range
_WEEKS_PER_STEP = 1  # a step every loading week (seed 001: progress every 1-2 weeks)
_WARMUP_MINUTES = 5.0
_CHANGEOVER_SECONDS = 45.0
_STAND_IN_REPS = (10, 15)  # bodyweight work in place of a loaded lift
_ECCENTRIC_REPS = (5, 6)  # seed 001: Nordic curls 3 x 5-6


def loads_region(exercise: Exercise, region: BodyRegion | str) -> bool:
    """Whether an exercise loads an injured region (by its pattern, :data:`REGION_PATTERNS`).

    Examples:
        >>> cat = Catalogue.default()
        >>> loads_region(cat["back-squat"], "knee"), loads_region(cat["plank"], "knee")
        (True, False)
    """
    if not isinstance(exercise, Exercise):
        raise ArgumentTypeError(
            "exercise", exercise, "must be an Exercise", "take one from a Catalogue"
        )
    return exercise.pattern in REGION_PATTERNS[v.to_enum(BodyRegion, region, "region")]


# --- the athlete --------------------------------------------------------------------------


def _one_rm(value: object) -> Mapping[str, float]:
    if not isinstance(value, Mapping):
        raise ArgumentTypeError(
            "one_rm", value, "must be a mapping of exercise key to 1RM", 'e.g. {"back-squat": 100}'
        )
    checked: dict[str, float] = {}
    for key, load in value.items():
        v.check_slug("one_rm", key)
        number = v.check_finite_number(f"one_rm[{key!r}]", load)
        if not 0 < number <= _MAX_ONE_RM:
            raise ValidationError(
                f"one_rm[{key!r}]",
                load,
                f"must be a 1RM above zero and at most {_MAX_ONE_RM:g}",
                "e.g. 100 (kg) or 225 (lb)",
            )
        checked[key] = number
    return MappingProxyType(dict(sorted(checked.items())))


_PRESETS = {"gym": Equipment.gym, "home": Equipment.home, "bodyweight": Equipment.bodyweight}


def _kit(value: object) -> frozenset[Equipment]:
    if isinstance(value, str):
        if value in _PRESETS:
            return _PRESETS[value]()
        raise ValidationError(
            "equipment",
            value,
            "must be a preset name (gym, home, bodyweight) or a collection of Equipment",
            "e.g. Equipment.home() or 'home'",
        )
    if not isinstance(value, Iterable):
        raise ArgumentTypeError(
            "equipment", value, "must be a collection of Equipment", "e.g. Equipment.gym()"
        )
    return frozenset(v.to_enum(Equipment, item, "equipment") for item in value)


def _unit(value: object) -> Unit:
    return v.to_enum(Unit, value, "unit")


def _level(value: object) -> Level:
    return v.to_enum(Level, value, "level")


def _body_mass(_instance: object, attribute: Any, value: object) -> None:
    if value is not None and v.check_finite_number(attribute.name, value) <= 0:
        raise ValidationError(attribute.name, value, "must be above zero", "e.g. 70, or None")


def _implement(kind: type) -> Any:
    def check(instance: Athlete, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind):
            raise ArgumentTypeError(
                attribute.name, value, f"must be a {kind.__name__}", f"e.g. {kind.__name__}()"
            )
        if getattr(value, "unit", None) is not instance.unit:
            raise ValidationError(
                attribute.name,
                value,
                f"must be in the athlete's unit ({instance.unit.value})",
                f"give a {kind.__name__} in {instance.unit.value} or change the unit",
            )

    return check


def _default_barbell(athlete: Athlete) -> Barbell:
    return Barbell.pounds() if athlete.unit is Unit.LB else Barbell()


@attrs.frozen(kw_only=True)
class Athlete:
    """A runner as the plan sees them: level, known 1RMs, kit and unit.

    Attributes:
        level: Training level (:class:`~runstrength.Level`).
        one_rm: Known or estimated one-rep maxes by exercise key, in ``unit``.
            For dumbbell and kettlebell lifts the number is the weight of one
            bell, the same way the load is given.
        equipment: The kit: a preset name (``"gym"``, ``"home"``,
            ``"bodyweight"``) or any collection of :class:`~runstrength.Equipment`.
        unit: ``kg`` or ``lb``; loads, 1RMs and implements use it.
        barbell: The bar and plates loads are rounded to.
        dumbbells: The dumbbells loads are rounded to.
        kettlebells: The kettlebells loads are rounded to.
        body_mass: Body mass in ``unit``, or None.

    Examples:
        >>> athlete = Athlete(level="intermediate", one_rm={"back-squat": 100}, equipment="home")
        >>> athlete.level, athlete.one_rm["back-squat"], Equipment.BARBELL in athlete.equipment
        (<Level.INTERMEDIATE: 'intermediate'>, 100.0, False)
    """

    level: Level = attrs.field(converter=_level)
    one_rm: Mapping[str, float] = attrs.field(factory=dict, converter=_one_rm, hash=False)
    equipment: frozenset[Equipment] = attrs.field(factory=Equipment.gym, converter=_kit)
    unit: Unit = attrs.field(default=Unit.KG, converter=_unit)
    barbell: Barbell = attrs.field(
        default=attrs.Factory(_default_barbell, takes_self=True), validator=_implement(Barbell)
    )
    dumbbells: DumbbellSet = attrs.field(
        default=attrs.Factory(lambda self: DumbbellSet(unit=self.unit), takes_self=True),
        validator=_implement(DumbbellSet),
    )
    kettlebells: KettlebellSet = attrs.field(
        default=attrs.Factory(lambda self: KettlebellSet(unit=self.unit), takes_self=True),
        validator=_implement(KettlebellSet),
    )
    body_mass: float | None = attrs.field(default=None, validator=_body_mass)

    def with_logged_set(
        self,
        exercise: str,
        load: float,
        reps: int,
        *,
        rir: float = 0,
        formula: OneRmFormula | str = OneRmFormula.BRZYCKI,
    ) -> Athlete:
        """A copy with the 1RM of ``exercise`` estimated from one logged set.

        Examples:
            >>> athlete = Athlete(level="beginner").with_logged_set("goblet-squat", 24, 10, rir=2)
            >>> round(athlete.one_rm["goblet-squat"], 1)
            34.6
        """
        v.check_slug("exercise", exercise)
        v.check_finite_number("load", load)
        estimate = float(estimate_one_rm(load, reps, rir=rir, formula=formula))
        return attrs.evolve(self, one_rm={**self.one_rm, exercise: estimate})


# --- the plan's values --------------------------------------------------------------------


@attrs.frozen
class PlannedExercise:
    """One exercise of a session with its prescription and notes.

    Examples:
        >>> cat = Catalogue.default()
        >>> item = PlannedExercise(cat["plank"], Prescription(sets=3, seconds=30))
        >>> str(item)
        'Plank: 3 x 30 s'
    """

    exercise: Exercise = attrs.field(validator=attrs.validators.instance_of(Exercise))
    prescription: Prescription = attrs.field(validator=attrs.validators.instance_of(Prescription))
    notes: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(str))

    def __str__(self) -> str:
        return f"{self.exercise.name}: {self.prescription}"

    @property
    def contacts(self) -> int:
        """Foot contacts in all its sets (both sides counted).

        Examples:
            >>> cat = Catalogue.default()
            >>> PlannedExercise(cat["pogo-hops"], Prescription(sets=2, contacts=10)).contacts
            20
        """
        p = self.prescription
        return p.sets * (p.contacts or 0) * (2 if p.per_side else 1)


@attrs.frozen
class PlannedSession:
    """A dated strength session: its kind, where it sits in the running, what it holds, why.

    Attributes:
        date: The day.
        kind: The kind of session the scheduler placed.
        template: The name of the session template it follows.
        running: The running on that day (the session comes after it).
        exercises: The exercises in order, each with its prescription.
        minutes: Estimated duration (warm-up, sets, rests, changeovers).
        reasons: Why it is here and looks as it does.

    Examples:
        >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
        ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> session = plan.sessions()[0]
        >>> session.after_run, session.working_sets, 20 <= session.minutes <= 35
        (False, 10, True)
    """

    date: dt.date
    kind: SessionKind
    template: str
    running: RunningDay
    exercises: tuple[PlannedExercise, ...]
    minutes: float
    reasons: tuple[str, ...] = ()

    @property
    def after_run(self) -> bool:
        """Whether the session follows a run that day (lift after the run: seeds 000, 001).

        Examples:
            >>> PlannedSession(dt.date(2026, 12, 8), SessionKind.HEAVY, "beginner-a",
            ...                RunningDay.of("easy"), (), 0.0).after_run
            True
        """
        return self.running.has_run

    @property
    def working_sets(self) -> int:
        """Working sets over all its exercises (a per-side set counts once).

        Examples:
            >>> PlannedSession(dt.date(2026, 12, 8), SessionKind.HEAVY, "beginner-a",
            ...                RunningDay(), (), 0.0).working_sets
            0
        """
        return sum(item.prescription.sets for item in self.exercises)

    @property
    def contacts(self) -> int:
        """Plyometric foot contacts in the session.

        Examples:
            >>> PlannedSession(dt.date(2026, 12, 8), SessionKind.HEAVY, "beginner-a",
            ...                RunningDay(), (), 0.0).contacts
            0
        """
        return sum(item.contacts for item in self.exercises)

    def _repr_markdown_(self) -> str:
        return _render.markdown(_render.session_blocks(self, 3))

    def _repr_html_(self) -> str:
        return _render.html_fragment(_render.session_blocks(self, 3))


@attrs.frozen
class WeekTotals:
    """A week's totals: sessions, working sets, plyometric contacts and minutes.

    Examples:
        >>> WeekTotals(dt.date(2026, 12, 7), 2, 26, 18, 80.0).working_sets
        26
    """

    start: dt.date
    sessions: int
    working_sets: int
    contacts: int
    minutes: float


@attrs.frozen
class PlanWeek:
    """A Monday-to-Sunday week of the plan.

    Attributes:
        week: The season week (phase, week of phase, deload, races).
        dose: The dose this week's sessions follow (after deloads and conditions).
        sessions: The sessions in date order.
        notes: What shaped the week (dose changes, scheduling compromises).

    Examples:
        >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
        ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> week = plan.weeks[0]
        >>> week.start.isoformat(), week.phase.value, week.totals.sessions
        ('2026-12-07', 'base', 2)
    """

    week: SeasonWeek
    dose: Dose
    sessions: tuple[PlannedSession, ...]
    notes: tuple[str, ...] = ()

    @property
    def start(self) -> dt.date:
        """The Monday the week starts on.

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.weeks[0].start.weekday()
            0
        """
        return self.week.start

    @property
    def phase(self) -> Phase:
        """The season phase of the week.

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.weeks[0].phase
            <Phase.BASE: 'base'>
        """
        return self.week.phase

    @property
    def totals(self) -> WeekTotals:
        """The week's totals, summed over its sessions.

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.weeks[0].totals.sessions
            2
        """
        return WeekTotals(
            self.week.start,
            len(self.sessions),
            sum(s.working_sets for s in self.sessions),
            sum(s.contacts for s in self.sessions),
            sum(s.minutes for s in self.sessions),
        )

    def _repr_markdown_(self) -> str:
        return _render.markdown(_render.week_blocks(self, 3))

    def _repr_html_(self) -> str:
        return _render.html_fragment(_render.week_blocks(self, 3))


def _plan_weeks(_instance: object, attribute: Any, value: Any) -> None:
    v.check_tuple_of(attribute.name, value, PlanWeek)
    if not value:
        raise ValidationError(attribute.name, value, "must hold at least one week", "plan_season")
    for i, (a, b) in enumerate(itertools.pairwise(value)):
        if b.week.start <= a.week.start:
            raise ValidationError(
                f"{attribute.name}[{i + 1}]",
                b.week.start,
                "must start after the week before",
                "keep the weeks in date order",
            )


@attrs.frozen
class Plan:
    """A dated strength plan: weeks, sessions, exercises, prescriptions and their reasons.

    Attributes:
        athlete: Whom it is for.
        weeks: The weeks in order.
        races: The races the season was built around.
        conditions: The conditions applied.

    Examples:
        >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
        ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
        >>> len(plan.weeks), len(plan.sessions())
        (2, 4)
    """

    athlete: Athlete = attrs.field(validator=attrs.validators.instance_of(Athlete))
    weeks: tuple[PlanWeek, ...] = attrs.field(validator=_plan_weeks)
    races: tuple[Race, ...] = attrs.field(default=(), validator=v.tuple_of(Race))
    conditions: tuple[Condition, ...] = attrs.field(default=(), validator=v.tuple_of(Condition))

    @property
    def start(self) -> dt.date:
        """The first Monday of the plan.

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.start.isoformat()
            '2026-12-07'
        """
        return self.weeks[0].start

    @property
    def end(self) -> dt.date:
        """The last Sunday of the plan.

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.end.isoformat()
            '2026-12-20'
        """
        return self.weeks[-1].week.end

    def __iter__(self) -> Iterator[PlanWeek]:
        return iter(self.weeks)

    def _repr_markdown_(self) -> str:
        return _render.markdown(_render.overview_blocks(self))

    def _repr_html_(self) -> str:
        return _render.html_fragment(_render.overview_blocks(self))

    def sessions(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> tuple[PlannedSession, ...]:
        """The sessions from ``start`` to ``end`` (both included; open when None).

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> [s.date.isoformat() for s in plan.sessions(end=dt.date(2026, 12, 13))]
            ['2026-12-07', '2026-12-09']
        """
        low = dt.date.min if start is None else _date_arg("start", start)
        high = dt.date.max if end is None else _date_arg("end", end)
        return tuple(s for week in self.weeks for s in week.sessions if low <= s.date <= high)

    def totals(self) -> tuple[WeekTotals, ...]:
        """Each week's totals (sessions, working sets, contacts, minutes).

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> [t.sessions for t in plan.totals()]
            [2, 2]
        """
        return tuple(week.totals for week in self.weeks)

    def week_of(self, date: dt.date) -> PlanWeek | None:
        """The week holding ``date``, or None outside the plan.

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.week_of(dt.date(2026, 12, 16)).start.isoformat()
            '2026-12-14'
        """
        day = _date_arg("date", date)
        for week in self.weeks:
            if week.week.start <= day <= week.week.end:
                return week
        return None

    def session_on(self, date: dt.date) -> PlannedSession | None:
        """The session on ``date``, or None.

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.session_on(dt.date(2026, 12, 9)).template
            'beginner-b'
        """
        day = _date_arg("date", date)
        return next((s for s in self.sessions() if s.date == day), None)

    def why(self, date: dt.date) -> str:
        """The reasons behind the session on ``date`` and its week, one per line.

        Examples:
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> print(plan.why(dt.date(2026, 12, 9)).splitlines()[0])
            2026-12-09: HEAVY session (Beginner B) on a rest day
        """
        day = _date_arg("date", date)
        week = self.week_of(day)
        if week is None:
            return f"{day}: outside the plan ({self.start} to {self.end})"
        session = next((s for s in week.sessions if s.date == day), None)
        if session is None:
            return f"{day}: no strength session this day" + "".join(
                f"\n- {note}" for note in week.notes
            )
        where = f"after {session.running.to_text()}" if session.after_run else "on a rest day"
        title = (
            TEMPLATES[session.template].title
            if session.template in TEMPLATES
            else (session.template)
        )
        lines = [f"{day}: {session.kind.value.upper()} session ({title}) {where}"]
        lines.extend(f"- {reason}" for reason in session.reasons)
        lines.extend(
            f"- {item.exercise.name}: {note}" for item in session.exercises for note in item.notes
        )
        lines.extend(f"- week: {note}" for note in week.notes)
        return "\n".join(lines)


def _date_arg(name: str, value: object) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ArgumentTypeError(name, value, "must be a datetime.date", "e.g. date(2026, 12, 7)")
    return value


# --- building sessions --------------------------------------------------------------------


@attrs.frozen
class _Context:
    """What stays fixed while one plan is built."""

    athlete: Athlete
    catalogue: Catalogue
    # Weeks repeat the same choices: each distinct one is worked out once per plan.
    memo: dict[tuple[object, ...], Any] = attrs.field(factory=dict, eq=False, hash=False)


def _regions(exercise: Exercise, excluded: Sequence[BodyRegion]) -> list[BodyRegion]:
    return [r for r in excluded if exercise.pattern in REGION_PATTERNS[r]]


def _why_not(
    exercise: Exercise,
    kit: frozenset[Equipment],
    level: Level,
    excluded: Sequence[BodyRegion],
    only: frozenset[str] | None,
) -> str | None:
    if not exercise.doable_with(kit):
        return "needs equipment not in the kit"
    if not exercise.suits(level):
        return f"is for {exercise.min_level.value} runners and up"
    hurt = _regions(exercise, excluded)
    if hurt:
        return f"loads the injured {hurt[0].value}"
    if only is not None and exercise.key not in only:
        return "would be new in the taper (seed 000: no new exercises in a taper)"
    return None


def _choose(  # noqa: PLR0917 - private
    ctx: _Context,
    slot: Slot,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
    used: set[str],
) -> tuple[Exercise | None, str | None]:
    level = ctx.athlete.level
    preferred = [ctx.catalogue[k] for k in slot.prefer if k in ctx.catalogue]
    fine = [
        e
        for e in preferred
        if e.key not in used and _why_not(e, kit, level, excluded, only) is None
    ]
    known = [e for e in fine if e.key in ctx.athlete.one_rm]
    if known or fine:
        chosen = (known or fine)[0]
        return chosen, None
    first = preferred[0] if preferred else None
    if first is not None:
        why = _why_not(first, kit, level, excluded, only) or "is already in the session"
        said = f"{first.name} {why}"
    else:
        said = f"{slot.prefer[0]} is not in the catalogue"
    pool = [
        e
        for e in ctx.catalogue
        if e.key not in used and _why_not(e, kit, level, excluded, only) is None
    ]
    for options in (
        [e for e in pool if e.pattern is slot.pattern],
        [e for e in pool if e.category is slot.category],
    ):
        if options:
            if first is not None:
                options.sort(key=lambda e: (-similarity(first, e), e.key))
            chosen = options[0]
            return chosen, f"{said}: {chosen.name} instead"
    return (
        None,
        f"{said}, and no {slot.pattern.value} or {slot.category.value} exercise fits: left out",
    )


def _sets(slot: Slot, dose: Dose) -> int:
    return max(1, min(slot.sets, dose.sets))


def _fraction(step: int) -> float:
    return min(step, _STEPS_TO_TOP) / _STEPS_TO_TOP


def _between(low: int, high: int, fraction: float, grain: int = 1) -> int:
    value = low + (high - low) * fraction
    return max(low, min(high, int(grain * math.floor(value / grain + 0.5))))


def _rep_range(slot: Slot, dose: Dose) -> tuple[int, int]:
    # Key lifts follow the dose; accessories keep their template range (seed 001).
    if not slot.key:
        return slot.reps
    low, high = max(slot.reps[0], dose.reps[0]), min(slot.reps[1], dose.reps[1])
    return (low, high) if low <= high else dose.reps


def _rest(exercise: Exercise, key: bool) -> int:
    if exercise.category is Category.PLYOMETRIC:
        return 60
    if key and exercise.dosing is Dosing.LOADED_REPS:
        return 120
    if exercise.category in (Category.CORE, Category.UPPER):
        return 45
    return 75


def _implement_for(athlete: Athlete, exercise: Exercise, kit: frozenset[Equipment]) -> Any:
    for option in exercise.equipment:
        if option <= kit:
            if Equipment.BARBELL in option or Equipment.TRAP_BAR in option:
                return athlete.barbell
            if Equipment.DUMBBELLS in option:
                return athlete.dumbbells
            if Equipment.KETTLEBELL in option:
                return athlete.kettlebells
            return None
    return None  # pragma: no cover - exercises are chosen only when doable


@functools.lru_cache(maxsize=256)
def _achievable(implement: Any, unit: Unit, cap: float, target: float) -> NDArray[np.float64]:
    if implement is None:
        # A stack or cable moves in plain steps: the two steps around the target will do.
        step = 5.0 if unit is Unit.LB else 2.5
        top = math.floor(cap / step + 1e-9)
        near = sorted({min(top, math.floor(target / step)), min(top, math.ceil(target / step))})
        return np.array([n * step for n in near if n >= 1], dtype=np.float64)
    loads: NDArray[np.float64] = implement.loads
    return loads[(loads > 0) & (loads <= cap + 1e-9)]


def _loaded(  # noqa: PLR0917 - private
    ctx: _Context,
    exercise: Exercise,
    reps: tuple[int, int],
    rir: float,
    fraction: float,
    kit: frozenset[Equipment],
) -> tuple[float | None, float | None, tuple[WarmupSet, ...], tuple[str, ...]]:
    athlete = ctx.athlete
    one_rm = athlete.one_rm.get(exercise.key)
    if one_rm is None:
        return (
            None,
            None,
            (),
            (f"no 1RM known: pick a load you could lift {rir:g} more times",),
        )
    low = float(percent_one_rm(reps[1], rir=rir))
    high = float(percent_one_rm(reps[0], rir=rir))
    target = one_rm * (low + (high - low) * fraction) / 100
    implement = _implement_for(athlete, exercise, kit)
    choices = _achievable(implement, athlete.unit, round(one_rm * high / 100, 9), target)
    if choices.size == 0:
        return (
            None,
            None,
            (),
            (
                f"even the lightest load is above {high:.0f} % of the 1RM: "
                f"pick a load you could lift {rir:g} more times",
            ),
        )
    load = float(choices[np.argmin(np.abs(choices - target))])
    notes: tuple[str, ...] = ()
    step = float(choices[-1] - choices[-2]) if choices.size > 1 else load
    if implement is None:
        step = 5.0 if athlete.unit is Unit.LB else 2.5
    if load < one_rm * low / 100 - step - 1e-9:
        notes = (
            f"the nearest load the kit makes is {100 * load / one_rm:.0f} % of the 1RM, "
            f"under the {low:.0f}-{high:.0f} % the reps ask for",
        )
    ramp = warmup_sets(load, equipment=implement) if implement is not None else ()
    return load, 100 * load / one_rm, ramp, notes


def _prescribe(  # noqa: PLR0917 - private
    ctx: _Context,
    slot: Slot,
    exercise: Exercise,
    sets: int,
    dose: Dose,
    fraction: float,
    kit: frozenset[Equipment],
    contacts_left: int,
) -> tuple[Prescription | None, tuple[str, ...]]:
    common: dict[str, Any] = {
        "rest_seconds": _rest(exercise, slot.key),
        "per_side": exercise.per_side,
        "unit": ctx.athlete.unit,
    }
    if exercise.dosing is Dosing.LOADED_REPS:
        low, high = _rep_range(slot, dose)
        key = ("load", exercise.key, low, high, dose.rir, fraction, kit)
        if key not in ctx.memo:
            ctx.memo[key] = _loaded(ctx, exercise, (low, high), dose.rir, fraction, kit)
        load, percent, ramp, notes = ctx.memo[key]
        return Prescription(
            sets=sets,
            reps=low,
            reps_max=high if high > low else None,
            rir=dose.rir,
            percent_one_rm=percent,
            load=load,
            warmup=ramp if slot.key else (),
            **common,
        ), notes
    if exercise.dosing is Dosing.BODYWEIGHT_REPS:
        preferred = ctx.catalogue.get(slot.prefer[0])
        stand_in = preferred is not None and preferred.dosing is Dosing.LOADED_REPS
        # Bodyweight standing in for a heavy lift needs more reps to be a stimulus.
        reps = slot.reps
        if stand_in:
            # Eccentric work (Nordic curls) stays low in reps (seed 001: 3 x 5-6).
            reps = _ECCENTRIC_REPS if exercise.eccentric else _STAND_IN_REPS
        return Prescription(sets=sets, reps=_between(*reps, fraction), **common), ()
    if exercise.dosing is Dosing.TIME:
        return Prescription(sets=sets, seconds=_between(*slot.seconds, fraction, 5), **common), ()
    if exercise.dosing is Dosing.DISTANCE:
        return Prescription(sets=sets, metres=_between(*slot.metres, fraction, 5), **common), ()
    return _plyometric(slot, exercise, sets, contacts_left, fraction, common)


def _plyometric(  # noqa: PLR0917 - private
    slot: Slot,
    exercise: Exercise,
    sets: int,
    budget: int,
    fraction: float,
    common: dict[str, Any],
) -> tuple[Prescription | None, tuple[str, ...]]:
    if budget == 0:
        return None, ("no plyometric contacts in this week's dose: left out",)
    per_set = _between(*slot.contacts, fraction)
    sides = 2 if exercise.per_side else 1
    while sets > 1 and sets * per_set * sides > budget:
        sets -= 1
    per_set = min(per_set, budget // sides)
    if per_set < 3:
        return None, (f"the {budget} contacts left in the dose are too few for a set: left out",)
    return Prescription(sets=sets, contacts=per_set, **common), ()


def _work_seconds(p: Prescription, loaded: bool) -> float:
    if p.reps is not None:
        reps = p.reps_max or p.reps
        work = reps * (4.0 if loaded else 3.0)
    elif p.seconds is not None:
        work = p.seconds
    elif p.metres is not None:
        work = p.metres  # walking a carry at about 1 m/s
    else:
        work = 2.0 * (p.contacts or 0)
    return work * (2 if p.per_side else 1)


def estimate_minutes(exercises: Sequence[PlannedExercise]) -> float:
    """Estimated session length: a 5-minute warm-up, then sets x (work + rest) and changeovers.

    Work is reps x tempo (4 s a loaded rep, 3 s otherwise), hold seconds, about
    1 m/s for carries and 2 s a contact, doubled for per-side work; each warm-up
    set takes its reps x 4 s plus 45 s; 45 s to change between exercises.

    Examples:
        >>> cat = Catalogue.default()
        >>> estimate_minutes([PlannedExercise(cat["plank"], Prescription(sets=3, seconds=30,
        ...                                                              rest_seconds=45))])
        9.5
    """
    total = _WARMUP_MINUTES * 60
    for item in exercises:
        p = item.prescription
        loaded = item.exercise.dosing is Dosing.LOADED_REPS
        total += p.sets * (_work_seconds(p, loaded) + p.rest_seconds) + _CHANGEOVER_SECONDS
        total += sum(w.reps * 4.0 + 45.0 for w in p.warmup)
    return round(total / 60, 2)


@attrs.frozen
class _SessionPlan:
    template: str
    exercises: tuple[PlannedExercise, ...]
    minutes: float
    reasons: tuple[str, ...]


def _selection(
    ctx: _Context,
    template: SessionTemplate,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
) -> list[tuple[Slot, Exercise | None, str | None]]:
    key = ("select", template.name, kit, excluded, only)
    if key not in ctx.memo:
        used: set[str] = set()
        chosen = []
        for slot in template.slots:
            exercise, swap = _choose(ctx, slot, kit, excluded, only, used)
            if exercise is not None:
                used.add(exercise.key)
            chosen.append((slot, exercise, swap))
        ctx.memo[key] = chosen
    result: list[tuple[Slot, Exercise | None, str | None]] = ctx.memo[key]
    return result


def _fit(items: list[PlannedExercise], keys: list[bool], dose: Dose, reasons: list[str]) -> float:
    """Trim a session to the dose's minutes (in place) and say what was done."""
    minutes = estimate_minutes(items)
    # Too long: take sets off the accessories, last first, then leave accessories out.
    top = dose.minutes[1]
    trimmed = False
    while minutes > top:
        spare = [i for i in range(len(items)) if not keys[i] and items[i].prescription.sets > 1]
        if spare:
            i = spare[-1]
            p = items[i].prescription
            items[i] = attrs.evolve(items[i], prescription=attrs.evolve(p, sets=p.sets - 1))
        else:
            extra = [i for i in range(len(items)) if not keys[i]]
            if not extra:
                break
            reasons.append(f"{items[extra[-1]].exercise.name} left out to fit {top} minutes")
            del items[extra[-1]]
            del keys[extra[-1]]
        trimmed = True
        minutes = estimate_minutes(items)
    if trimmed:
        reasons.append(f"accessory sets trimmed to fit the {dose.minutes[0]}-{top} minute dose")
    if minutes > top:
        reasons.append(
            f"about {minutes:.0f} minutes, over the dose's {top}: "
            "the key lifts alone take that long"
        )
    elif minutes < dose.minutes[0]:
        reasons.append(
            f"about {minutes:.0f} minutes, under the dose's {dose.minutes[0]}-{top}: "
            "a short session is fine (frequency over volume, seeds 000 and 001)"
        )
    return minutes


def _build_session(  # noqa: PLR0917 - private
    ctx: _Context,
    template: SessionTemplate,
    dose: Dose,
    step: int,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
) -> _SessionPlan:
    items: list[PlannedExercise] = []
    keys: list[bool] = []
    reasons: list[str] = []
    warmed = False
    contacts = 0
    fraction = _fraction(step)
    for slot, exercise, swap in _selection(ctx, template, kit, excluded, only):
        if exercise is None:
            reasons.append(str(swap))
            continue
        sets = _sets(slot, dose)
        left = dose.contacts[1] - contacts
        key = ("dose", slot, exercise.key, sets, dose.reps, dose.rir, fraction, kit, left)
        if key not in ctx.memo:
            ctx.memo[key] = _prescribe(ctx, slot, exercise, sets, dose, fraction, kit, left)
        prescription, notes = ctx.memo[key]
        if prescription is None:
            reasons.append(f"{exercise.name}: {notes[0]}")
            continue
        if prescription.warmup:
            if warmed:  # the first heavy lift has warmed the runner up for the rest
                prescription = attrs.evolve(prescription, warmup=())
            warmed = True
        item = PlannedExercise(exercise, prescription, ((swap,) if swap else ()) + notes)
        contacts += item.contacts
        items.append(item)
        keys.append(slot.key)
    minutes = _fit(items, keys, dose, reasons)
    return _SessionPlan(template.name, tuple(items), minutes, tuple(reasons))


# --- the plan -----------------------------------------------------------------------------


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
        ctx: _Context,
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
        self.build = functools.lru_cache(maxsize=None)(functools.partial(_build_session, ctx))

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
    if end is not None and _date_arg("end", end) > horizon:
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
    day_one = _date_arg("start", start)
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
    last_day = season.weeks[-1].end if end is None else _date_arg("end", end)
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
    off = frozenset(_date_arg("unavailable", d) for d in unavailable)
    if isinstance(conditions, (Condition, str)) or not isinstance(conditions, Iterable):
        raise ArgumentTypeError(
            "conditions", conditions, "must be a collection of Condition", "pass a list"
        )
    found = tuple(conditions)
    doses = apply_conditions(season.doses(who.level), found)
    careful = _BEGINNER_CAREFUL_WEEKS if who.level is Level.BEGINNER else 0
    planner = _Planner(_Context(who, chosen), calendar, chosen_policy, off, (day_one, last_day))
    weeks = [
        planner.week(index, week_dose, step)
        for index, (week_dose, step) in enumerate(zip(doses, _steps(doses, careful), strict=True))
    ]
    return Plan(who, tuple(weeks), season.races, found)
