"""The plan's values: a dated plan of weeks, sessions and prescribed exercises, with reasons.

A [`Plan`][runstrength.plan.Plan] holds [`PlanWeek`][runstrength.plan.PlanWeek] values (a season
week, its dose, its
sessions and notes); each [`PlannedSession`][runstrength.plan.PlannedSession] holds
[`PlannedExercise`][runstrength.plan.PlannedExercise]
values (an exercise and its [`Prescription`][runstrength.load.Prescription]). They are plain
frozen values: [`plan_season`][runstrength.planner.plan_season] makes them, the formats
read them, and ``Plan.why`` says why a day looks as it does.

Examples:
    >>> import datetime as dt
    >>> from runstrength import Athlete, Race, RunningWeek, plan_season
    >>> week = RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, "
    ...                          "fri easy, sat rest, sun long")
    >>> race = Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
    >>> athlete = Athlete(level="intermediate", one_rm={"front-squat": 80})
    >>> from runstrength import RunningWeek, plan_season
    >>> plan = plan_season(athlete, week, [race], start=dt.date(2026, 12, 7))
    >>> first = plan.weeks[0].sessions[0]
    >>> first.date.isoformat(), first.kind.value, first.template
    ('2026-12-08', 'heavy', 'intermediate-a')
    >>> str(first.exercises[0])
    'Front squat: 3 x 5-6 @ 62.5 kg (RIR 2)'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from runstrength import _render, _words
from runstrength import _validate as v
from runstrength.athlete import Athlete
from runstrength.errors import ValidationError
from runstrength.hardness import Hardness, session_hardness
from runstrength.load import Prescription
from runstrength.periodisation import Condition, Dose, Phase, Race, SeasonWeek
from runstrength.running import RunningCalendar, RunningDay
from runstrength.scheduling import SessionKind
from runstrength.taxonomy import Category, Exercise
from runstrength.templates import TEMPLATES

__all__ = [
    "TARGET_SESSION_RPE",
    "Plan",
    "PlanRequest",
    "PlanWeek",
    "PlannedExercise",
    "PlannedSession",
    "WeekTotals",
]


TARGET_SESSION_RPE = MappingProxyType(
    {Hardness.LIGHT: 3.0, Hardness.MODERATE: 5.0, Hardness.HARD: 7.0}
)
"""The session RPE (CR-10) a planned session of each class is expected to feel like."""


@attrs.frozen
class PlannedExercise:
    """One exercise of a session with its prescription and notes.

    Examples:
        >>> from runstrength import Catalogue
        >>> cat = Catalogue.default()
        >>> item = PlannedExercise(cat["plank"], Prescription(sets=3, seconds=30))
        >>> str(item)
        'Plank: 3 x 30 s'
    """

    exercise: Exercise = attrs.field(validator=v.instance_of(Exercise))
    prescription: Prescription = attrs.field(validator=v.instance_of(Prescription))
    notes: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(str))
    key_lift: bool = attrs.field(default=False, validator=v.check_bool)
    """Whether it is one of the session's key lifts (warm-up sets, longer rests)."""

    def __str__(self) -> str:
        return f"{self.exercise.name}: {self.prescription}"

    @property
    def contacts(self) -> int:
        """Foot contacts in all its sets (both sides counted).

        Examples:
            >>> from runstrength import Catalogue
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
        hardness: How hard its content is (measured by
            [`session_hardness`][runstrength.hardness.session_hardness] when not given).

    Examples:
        >>> from runstrength import RunningWeek, plan_season
        >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
        ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> session = plan.sessions()[0]
        >>> session.after_run, session.working_sets, 20 <= session.minutes <= 35
        (False, 10, True)
        >>> session.hardness
        <Hardness.HARD: 'hard'>
    """

    date: dt.date
    kind: SessionKind
    template: str
    running: RunningDay
    exercises: tuple[PlannedExercise, ...]
    minutes: float
    reasons: tuple[str, ...] = ()
    hardness: Hardness = attrs.field(
        default=attrs.Factory(
            lambda self: session_hardness(self.exercises).hardness, takes_self=True
        )
    )

    @property
    def title(self) -> str:
        """The session's name for a reader: its template's title, true to its content.

        A template that names its jumps loses that part when the session holds none
        (a transition week, a day kept moderate).

        Examples:
            >>> PlannedSession(dt.date(2026, 12, 8), SessionKind.HEAVY, "intermediate-b",
            ...                RunningDay(), (), 0.0).title
            'Intermediate B'
        """
        template = TEMPLATES.get(self.template)
        if template is None:
            return self.template
        jumps = any(i.exercise.category is Category.PLYOMETRIC for i in self.exercises)
        planned = any(slot.category is Category.PLYOMETRIC for slot in template.slots)
        if jumps or not planned or "(" not in template.title:
            return template.title
        return template.title.split(" (", 1)[0]

    @property
    def after_run(self) -> bool:
        """Whether the session follows a run that day (SportCoaching: lift after the run).

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

    @property
    def estimated_load(self) -> float:
        """Expected session load: minutes x a target session RPE for its class.

        The targets (light 3, moderate 5, hard 7 on the CR-10 scale) are a library
        convention, so that a plan's future load can be charted beside a log's.

        Examples:
            >>> PlannedSession(dt.date(2026, 12, 8), SessionKind.HEAVY, "beginner-a",
            ...                RunningDay(), (), 40.0, hardness=Hardness.HARD).estimated_load
            280.0
        """
        return round(self.minutes * TARGET_SESSION_RPE[self.hardness], 6)

    def __repr__(self) -> str:
        return (
            f"<PlannedSession {_words.dated(self.date)}: {self.kind.value}, {self.title}, "
            f"{_words.count(len(self.exercises), 'exercise')}>"
        )

    def __str__(self) -> str:
        return _render.text(_render.session_blocks(self, 2), 80)

    def _repr_markdown_(self) -> str:
        return _render.markdown(_render.session_blocks(self, 3))

    def _repr_html_(self) -> str:
        return _render.html_fragment(_render.session_blocks(self, 3))


@dataclasses.dataclass(frozen=True, slots=True)
class WeekTotals:
    """A week's totals: sessions, working sets, plyometric contacts and minutes.

    A standard-library dataclass rather than an attrs class, so that tools that read
    records take it as one: ``pandas.DataFrame(plan.totals())`` has a column per
    field, and ``dataclasses.asdict`` gives a plain dict (for ``csv.DictWriter``).

    Examples:
        >>> WeekTotals(dt.date(2026, 12, 7), 2, 26, 18, 80.0).working_sets
        26
        >>> dataclasses.asdict(WeekTotals(dt.date(2026, 12, 7), 2, 26, 18, 80.0))["minutes"]
        80.0
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
        >>> from runstrength import RunningWeek, plan_season
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
            >>> from runstrength import RunningWeek, plan_season
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
            >>> from runstrength import RunningWeek, plan_season
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
            >>> from runstrength import RunningWeek, plan_season
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

    def __repr__(self) -> str:
        return (
            f"<PlanWeek {self.start}: {self.phase.value} week {self.week.week_of_phase}, "
            f"{_words.count(len(self.sessions), 'session')}>"
        )

    def __str__(self) -> str:
        return _render.text(_render.week_blocks(self, 2), 80)

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


def _weekday_numbers(_instance: object, attribute: Any, value: Any) -> None:
    for day in v.check_tuple_of(attribute.name, value, int):
        if isinstance(day, bool) or not 1 <= day <= 7:
            raise ValidationError(attribute.name, day, "must be ISO weekdays 1-7", "1 is Monday")


def _date_field(_instance: object, attribute: Any, value: Any) -> None:
    v.check_date(attribute.name, value)


def _optional_sessions(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(attribute.name, value, "must be a whole number or None", "2")


@attrs.frozen(kw_only=True)
class PlanRequest:
    """What a plan was made from, so that it can be made again from a later day.

    Attributes:
        running: The running the plan was placed around (races not marked in it).
        start: The first day asked for.
        end: The last day.
        unavailable: Dates with no strength session.
        no_strength: ISO weekdays (1 = Monday) with no strength session.
        prefer: ISO weekdays preferred for lifting.
        sessions: Sessions a week asked for, or None for the level's.
        own_policy: Whether a policy of the caller's own was used (then a re-plan
            needs it again).
        own_catalogue: Whether a catalogue of the caller's own was used.

    Examples:
        >>> from runstrength import RunningWeek, plan_season
        >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
        ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
        >>> plan.request.start, plan.request.no_strength
        (datetime.date(2026, 12, 7), ())
    """

    running: RunningCalendar = attrs.field(validator=v.instance_of(RunningCalendar))
    start: dt.date = attrs.field(validator=_date_field)
    end: dt.date = attrs.field(validator=_date_field)
    unavailable: tuple[dt.date, ...] = attrs.field(default=(), validator=v.tuple_of(dt.date))
    no_strength: tuple[int, ...] = attrs.field(default=(), validator=_weekday_numbers)
    prefer: tuple[int, ...] = attrs.field(default=(), validator=_weekday_numbers)
    sessions: int | None = attrs.field(default=None, validator=_optional_sessions)
    own_policy: bool = attrs.field(default=False, validator=v.check_bool)
    own_catalogue: bool = attrs.field(default=False, validator=v.check_bool)


@attrs.frozen
class Plan:
    """A dated strength plan: weeks, sessions, exercises, prescriptions and their reasons.

    Attributes:
        athlete: Whom it is for.
        weeks: The weeks in order.
        races: The races the season was built around.
        conditions: The conditions applied.
        request: What it was made from (None for a plan built by hand), so that
            [`replan`][runstrength.replanning.replan] can make it again from a later day.

    Examples:
        >>> from runstrength import RunningWeek, plan_season
        >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
        ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
        >>> len(plan.weeks), len(plan.sessions())
        (2, 4)
    """

    athlete: Athlete = attrs.field(validator=v.instance_of(Athlete))
    weeks: tuple[PlanWeek, ...] = attrs.field(validator=_plan_weeks)
    races: tuple[Race, ...] = attrs.field(default=(), validator=v.tuple_of(Race))
    conditions: tuple[Condition, ...] = attrs.field(default=(), validator=v.tuple_of(Condition))
    request: PlanRequest | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(v.instance_of(PlanRequest)),
        repr=False,
    )

    @property
    def start(self) -> dt.date:
        """The first Monday of the plan.

        Examples:
            >>> from runstrength import RunningWeek, plan_season
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
            >>> from runstrength import RunningWeek, plan_season
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.end.isoformat()
            '2026-12-20'
        """
        return self.weeks[-1].week.end

    def __iter__(self) -> Iterator[PlanWeek]:
        return iter(self.weeks)

    def __repr__(self) -> str:
        return (
            f"<Plan {self.start} to {self.end}: {self.athlete.level.value}, "
            f"{_words.count(len(self.weeks), 'week')}, "
            f"{_words.count(len(self.sessions()), 'session')}>"
        )

    def __str__(self) -> str:
        """The plan as plain text, 80 columns wide (what ``print(plan)`` shows)."""
        return _render.text(_render.plan_blocks(self), 80)

    def _repr_markdown_(self) -> str:
        return _render.markdown(_render.overview_blocks(self))

    def _repr_html_(self) -> str:
        return _render.html_fragment(_render.overview_blocks(self))

    def sessions(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> tuple[PlannedSession, ...]:
        """The sessions from ``start`` to ``end`` (both included; open when None).

        Examples:
            >>> from runstrength import RunningWeek, plan_season
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> [s.date.isoformat() for s in plan.sessions(end=dt.date(2026, 12, 13))]
            ['2026-12-07', '2026-12-09']
        """
        low = dt.date.min if start is None else v.check_date("start", start)
        high = dt.date.max if end is None else v.check_date("end", end)
        return tuple(s for week in self.weeks for s in week.sessions if low <= s.date <= high)

    def daily_load(self) -> NDArray[np.float64]:
        """The plan's expected strength load a day, from its first Monday to its last Sunday.

        Each session counts its
        [`estimated_load`][runstrength.plan.PlannedSession.estimated_load]; add a log's or
        a running plan's daily load to see the whole week.

        Examples:
            >>> from runstrength import RunningWeek, plan_season
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
            >>> days = plan.daily_load()
            >>> len(days), int((days > 0).sum())
            (7, 2)
        """
        days = np.zeros((self.end - self.start).days + 1)
        for session in self.sessions():
            days[(session.date - self.start).days] += session.estimated_load
        return days

    def totals(self) -> tuple[WeekTotals, ...]:
        """Each week's totals (sessions, working sets, contacts, minutes).

        Examples:
            >>> from runstrength import RunningWeek, plan_season
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> [t.sessions for t in plan.totals()]
            [2, 2]
        """
        return tuple(week.totals for week in self.weeks)

    def week_of(self, date: dt.date) -> PlanWeek | None:
        """The week holding ``date``, or None outside the plan.

        Examples:
            >>> from runstrength import RunningWeek, plan_season
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.week_of(dt.date(2026, 12, 16)).start.isoformat()
            '2026-12-14'
        """
        day = v.check_date("date", date)
        for week in self.weeks:
            if week.week.start <= day <= week.week.end:
                return week
        return None

    def session_on(self, date: dt.date) -> PlannedSession | None:
        """The session on ``date``, or None.

        Examples:
            >>> from runstrength import RunningWeek, plan_season
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> plan.session_on(dt.date(2026, 12, 9)).template
            'beginner-b'
        """
        day = v.check_date("date", date)
        return next((s for s in self.sessions() if s.date == day), None)

    def why(self, date: dt.date) -> str:
        """The reasons behind the session on ``date`` and its week, one per line.

        Examples:
            >>> from runstrength import RunningWeek, plan_season
            >>> plan = plan_season(Athlete(level="beginner"), RunningWeek.parse("sun long"),
            ...                    start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
            >>> print(plan.why(dt.date(2026, 12, 9)).splitlines()[0])
            Wed 2026-12-09: Beginner B, a heavy session on a rest day,
            moderate work by what it holds
        """
        day = v.check_date("date", date)
        week = self.week_of(day)
        if week is None:
            return f"{day}: outside the plan ({self.start} to {self.end})"
        session = next((s for s in week.sessions if s.date == day), None)
        if session is None:
            racing = [r for r in self.races if r.date == day]
            head = (
                f"{day}: race day ({racing[0].name}): no strength session, the race comes first"
                if racing
                else f"{day}: no strength session this day"
            )
            return head + "".join(f"\n- {note}" for note in week.notes)
        lines = [
            f"{_words.dated(day)}: {session.title}, {_words.article(session.kind.value)} "
            f"{session.kind.value} session {_render.where_text(session)}, "
            f"{session.hardness.value} work by what it holds"
        ]
        lines.extend(f"- {reason}" for reason in session.reasons)
        lines.extend(f"- {note}" for note in _render.exercise_notes(session.exercises))
        lines.extend(f"- This week: {note}" for note in week.notes)
        return "\n".join(lines)
