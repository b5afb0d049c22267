"""Where strength goes in the running week: explicit rules, level policies, explanations.

Rules are values. Each has a name, a one-line statement, its source, whether it
is hard (never broken) and a check that returns why a day fails it. A
[`SchedulingPolicy`][runstrength.scheduling.SchedulingPolicy] bundles the hard rules with day
preferences, one per
level after SportCoaching's table, plus Fitzgerald's "moderate days" view.
[`schedule_week`][runstrength.scheduling.schedule_week] places the requested sessions on the best
days, and says
why every other day was not chosen.

Examples:
    >>> week = RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, "
    ...                          "fri easy, sat rest, sun long")
    >>> sched = schedule_week(week, level=Level.INTERMEDIATE, sessions=2)
    >>> [(s.weekday.short, s.kind.value, s.after_run) for s in sched.sessions]
    [('tue', 'heavy', True), ('thu', 'power', True)]
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import pickle
import sys
import types
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from typing import Any

import attrs

from runstrength import _trusted as trusted
from runstrength import _validate as v
from runstrength import _words
from runstrength._enums import StrEnum
from runstrength.errors import (
    ArgumentTypeError,
    RunstrengthError,
    RunstrengthWarning,
    ValidationError,
)
from runstrength.hardness import Hardness
from runstrength.level import Level
from runstrength.running import (
    RunKind,
    RunningCalendar,
    RunningDay,
    RunningWeek,
    Weekday,
    weekdays_of,
)

__all__ = [
    "DEFAULT_RULES",
    "NO_HARD_LIFT_BEFORE_KEY_DAY",
    "NO_HARD_LIFT_ON_LONG_RUN_DAY",
    "NO_HARD_LIFT_TWO_DAYS_BEFORE_RACE",
    "NO_MODERATE_LIFT_BEFORE_KEY_DAY",
    "NO_STRENGTH_ON_RACE_DAY",
    "POST_RACE_RECOVERY",
    "PREFERRED_DAY_BONUS",
    "RACE_EVE_MOBILITY_ONLY",
    "CalendarSchedule",
    "DayContext",
    "DayVerdict",
    "InfeasibleScheduleError",
    "PlacedSession",
    "Rule",
    "ScheduleCompromiseWarning",
    "SchedulingPolicy",
    "SessionKind",
    "UnpicklableRuleError",
    "WeekSchedule",
    "default_kinds",
    "key_workout_day_rule",
    "schedule_calendar",
    "schedule_week",
]


class SessionKind(StrEnum):
    """Kinds of strength session: what a session is for.

    How hard a session is comes from its content (see
    [`Hardness`][runstrength.hardness.Hardness]); a kind only says what it is
    for, and how hard it is taken to be when its content is not known yet.

    Examples:
        >>> SessionKind.POWER.hardness, SessionKind.LIGHT.hardness
        (<Hardness.HARD: 'hard'>, <Hardness.LIGHT: 'light'>)
    """

    HEAVY = "heavy"
    """Maximal strength: heavy compound lifts (Proven Gains, Best Athletics)."""
    POWER = "power"
    """Strength plus plyometrics (Proven Gains, intermediate session B)."""
    MAINTENANCE = "maintenance"
    """The race-season maintenance dose: 1-2 sets of the key lifts with their intensity
    kept (SportCoaching: keep intensity, drop volume; Spiering et al. 2021). Usually moderate
    or hard by content, and placed as such."""
    LIGHT = "light"
    """What a constrained day can hold: core, upper body and easy bodyweight leg work."""
    MOBILITY = "mobility"
    """The daily 5-10 minute core and mobility routine; fits any day (Fitzgerald)."""

    @property
    def hardness(self) -> Hardness:
        """How hard the kind is taken to be before its content is known.

        Heavy, power and maintenance sessions are placed as hard; a plan measures
        the content it builds and may find it lighter.

        Examples:
            >>> SessionKind.MAINTENANCE.hardness
            <Hardness.HARD: 'hard'>
        """
        return Hardness.LIGHT if self in _LIGHT_KINDS else Hardness.HARD

    @property
    def is_hard(self) -> bool:
        """Whether the kind is placed as a hard session (heavy, power, maintenance).

        Examples:
            >>> SessionKind.HEAVY.is_hard, SessionKind.LIGHT.is_hard
            (True, False)
        """
        return self.hardness is Hardness.HARD


_LIGHT_KINDS = frozenset({SessionKind.LIGHT, SessionKind.MOBILITY})
_CLASSES = tuple(Hardness)  # a tuple: looping over it is quicker than over the enum
_WEIGHT = {Hardness.HARD: 3, Hardness.MODERATE: 2, Hardness.LIGHT: 1}
"""How much training a session of each class is worth when comparing compromises."""


def _hardness(value: object) -> Hardness:
    if isinstance(value, SessionKind):
        return value.hardness
    return v.to_enum(Hardness, value, "hardness")


class InfeasibleScheduleError(ValidationError):
    """The week cannot hold what was asked without breaking a hard rule (strict mode).

    The message lists, day by day, the rules that block it.

    Examples:
        >>> week = RunningWeek.of("key", "long", "key", "long", "key", "long", "race")
        >>> try:
        ...     schedule_week(week, level="beginner", sessions=2, strict=True)
        ... except InfeasibleScheduleError as error:
        ...     print(error.argument)
        sessions
    """


class UnpicklableRuleError(RunstrengthError, pickle.PicklingError):
    """A rule whose check plain ``pickle`` cannot store: a lambda or a function inside a function.

    ``pickle`` stores a function by the module and name it is imported from, so a
    [`Rule`][runstrength.scheduling.Rule] pickles (and goes to a process pool's
    workers) when its check is a function defined at the top level of a module.
    Pickling with cloudpickle (as Dask does) stores the check itself instead, and works
    with any check. Also a ``pickle.PicklingError``.

    Examples:
        >>> import pickle
        >>> rule = Rule("no-fridays", "Fridays are for family.", "the runner",
        ...             lambda hardness, ctx: None)
        >>> try:
        ...     pickle.dumps(rule)
        ... except UnpicklableRuleError as error:
        ...     print(error.argument, "|", error.value)
        no-fridays.check | runstrength.scheduling.<lambda>
    """


class ScheduleCompromiseWarning(RunstrengthWarning):
    """The week could not hold what was asked; the schedule records what it did instead.

    Examples:
        >>> issubclass(ScheduleCompromiseWarning, UserWarning)
        True
    """


def _running_day(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, RunningDay):
        raise ArgumentTypeError(
            attribute.name, value, "must be a RunningDay", "use RunningDay.of('easy')"
        )


def _optional_weekday(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, Weekday):
        raise ArgumentTypeError(
            attribute.name, value, "must be a Weekday or None", "Weekday.FRIDAY"
        )


def _optional_date(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None:
        v.check_date(attribute.name, value)


def _optional_text(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise ArgumentTypeError(attribute.name, value, "must be text or None", "say why")


@attrs.frozen
class DayContext:
    """A day and its neighbours, as a rule sees them.

    Attributes:
        day: The running on the day.
        yesterday: The running the day before.
        tomorrow: The running the day after.
        in_two_days: The running two days after.
        level: The runner's level.
        weekday: The day of the week (None when not known).
        date: The date (None in a template week).
        recovery: Why the day is inside a post-race recovery window, or None.

    Examples:
        >>> ctx = DayContext(day=RunningDay.of("easy"), tomorrow=RunningDay.of("long"),
        ...                  level=Level.BEGINNER, weekday=Weekday.FRIDAY)
        >>> ctx.tomorrow.demand, ctx.weekday.short
        (<RunKind.LONG_RUN: 'long-run'>, 'fri')
    """

    day: RunningDay = attrs.field(validator=_running_day)
    yesterday: RunningDay = attrs.field(factory=RunningDay, validator=_running_day)
    tomorrow: RunningDay = attrs.field(factory=RunningDay, validator=_running_day)
    in_two_days: RunningDay = attrs.field(factory=RunningDay, validator=_running_day)
    level: Level = attrs.field(default=Level.INTERMEDIATE, validator=v.member_of(Level))
    weekday: Weekday | None = attrs.field(default=None, validator=_optional_weekday)
    date: dt.date | None = attrs.field(default=None, validator=_optional_date)
    recovery: str | None = attrs.field(default=None, validator=_optional_text)


Check = Callable[[Hardness, DayContext], "str | None"]


def _penalty(_instance: object, attribute: Any, value: Any) -> None:
    if v.check_finite_number(attribute.name, value) < 0:
        raise ValidationError(attribute.name, value, "must be >= 0", "a cost, e.g. 1.0")


def _importable(check: object) -> bool:
    """Whether ``pickle`` can store ``check`` by name (other callables: pickle decides)."""
    if not isinstance(check, types.FunctionType):
        return True
    found: object = sys.modules.get(check.__module__)
    for part in check.__qualname__.split("."):
        found = getattr(found, part, None)
    return found is check


def _by_value_pickler() -> bool:
    """Whether a pickler of its own (cloudpickle, dill: they store functions by value) runs.

    Plain ``pickle`` and cloudpickle both ask the rule how to reduce it, and only the
    second can store a lambda; the one at work is a method's ``self`` up the stack.
    """
    frame: types.FrameType | None = sys._getframe(1)
    own = (pickle.Pickler, pickle._Pickler)
    while frame is not None:
        pickler = frame.f_locals.get("self")
        if isinstance(pickler, own) and type(pickler) not in own:
            return True
        frame = frame.f_back
    return False


@attrs.frozen
class Rule:
    """A scheduling rule: a name, a statement, a source, and a check.

    The check gets how hard the session is (its measured
    [`Hardness`][runstrength.hardness.Hardness]) and the day's
    [`DayContext`][runstrength.scheduling.DayContext]; it returns None when the day
    is fine and otherwise the reason it is not. Hard rules are never broken; soft
    ones only lower a day's score (by ``penalty``). A check that raises is the
    caller's own error and passes through unchanged.

    A rule pickles (and so goes to a process pool's workers) when its check is a
    function defined at the top level of a module, or an instance of a class defined
    there; with a lambda or a nested function, ``pickle`` raises
    [`UnpicklableRuleError`][runstrength.scheduling.UnpicklableRuleError], and
    cloudpickle (Dask's) stores it anyway. Rules compare without their checks.

    Examples:
        >>> no_fridays = Rule(
        ...     name="no-lifting-on-fridays",
        ...     statement="Fridays are for family.",
        ...     source="the runner",
        ...     check=lambda hardness, ctx: "a Friday" if ctx.weekday is Weekday.FRIDAY else None,
        ... )
        >>> friday = DayContext(day=RunningDay(), weekday=Weekday.FRIDAY)
        >>> no_fridays.why_not(Hardness.LIGHT, friday)
        'a Friday'
    """

    name: str = attrs.field(validator=v.slug)
    statement: str = attrs.field(validator=v.text)
    source: str = attrs.field(validator=v.text)
    check: Check = attrs.field(eq=False, repr=False)
    hard: bool = attrs.field(default=True, validator=v.check_bool)
    penalty: float = attrs.field(default=1.0, validator=_penalty)

    @check.validator
    def _callable(self, attribute: Any, value: object) -> None:
        if not callable(value):
            raise ArgumentTypeError(
                attribute.name, value, "must be callable", "pass a function (kind, context)"
            )

    def __reduce__(self) -> tuple[type[Rule], tuple[str, str, str, Check, bool, float]]:
        # pickle's own error for a lambda names neither the rule nor a way out.
        if not _importable(self.check) and not _by_value_pickler():
            raise UnpicklableRuleError(
                f"{self.name}.check",
                f"{self.check.__module__}.{self.check.__qualname__}",
                "must be a function defined at the top level of a module to pickle",
                "define the check with def at the top level of a module, "
                "or pickle with cloudpickle (Dask does)",
            )
        fields = (self.name, self.statement, self.source, self.check, self.hard, self.penalty)
        return (Rule, fields)

    # A rule is a frozen value: a copy is the rule itself (copy would otherwise go
    # through __reduce__ and refuse a lambda check).
    def __copy__(self) -> Rule:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> Rule:
        return self

    def why_not(self, session: Hardness | SessionKind, context: DayContext) -> str | None:
        """The reason a session this hard breaks this rule on the day, or None.

        A [`SessionKind`][runstrength.scheduling.SessionKind] stands for the class
        it is placed as (heavy, power and maintenance: hard).

        Examples:
            >>> rule = DEFAULT_RULES[0]
            >>> rule.why_not(Hardness.LIGHT, DayContext(day=RunningDay.of("race")))
            'race day'
        """
        v.check_instance("context", context, DayContext)
        return _broken(self, _hardness(session), context)


def _broken(rule: Rule, hardness: Hardness, context: DayContext) -> str | None:
    """`Rule.why_not` for arguments already checked."""
    reason = rule.check(hardness, context)
    if reason is not None and not isinstance(reason, str):
        raise ArgumentTypeError(
            f"{rule.name}.check",
            reason,
            "must return None or a reason string",
            "return a short text saying why the day fails",
        )
    return reason


def _race_day(hardness: Hardness, ctx: DayContext) -> str | None:
    return "race day" if ctx.day.demand is RunKind.RACE else None


def _race_eve(hardness: Hardness, ctx: DayContext) -> str | None:
    return "the day before a race" if ctx.tomorrow.demand is RunKind.RACE else None


def _two_days_before_race(hardness: Hardness, ctx: DayContext) -> str | None:
    if hardness is Hardness.HARD and RunKind.RACE in (ctx.tomorrow.demand, ctx.in_two_days.demand):
        return "within two days before a race"
    return None


_KEY_DAYS = (RunKind.LONG_RUN, RunKind.KEY_WORKOUT)


def _eve_of_key_day(hardness: Hardness, ctx: DayContext) -> str | None:
    if hardness is Hardness.HARD and ctx.tomorrow.demand in _KEY_DAYS:
        return f"the day before a {ctx.tomorrow.demand.value.replace('-', ' ')}"
    return None


def _moderate_eve_of_key_day(hardness: Hardness, ctx: DayContext) -> str | None:
    if hardness is Hardness.MODERATE and ctx.tomorrow.demand in _KEY_DAYS:
        return f"the day before a {ctx.tomorrow.demand.value.replace('-', ' ')}"
    return None


def _long_run_day(hardness: Hardness, ctx: DayContext) -> str | None:
    if hardness is not Hardness.LIGHT and ctx.day.demand is RunKind.LONG_RUN:
        return "a long-run day"
    return None


def _recovery(hardness: Hardness, ctx: DayContext) -> str | None:
    if hardness is not Hardness.LIGHT and ctx.recovery is not None:
        return ctx.recovery
    return None


@attrs.frozen
class _KeyDayFor:
    """The check of the key-workout-day rule for some levels (a value, so it pickles)."""

    levels: frozenset[Level]

    def __call__(self, hardness: Hardness, ctx: DayContext) -> str | None:
        heavy = hardness is not Hardness.LIGHT
        if heavy and ctx.day.demand is RunKind.KEY_WORKOUT and ctx.level not in self.levels:
            return f"a key-workout day, and {ctx.level.value} runners lift on easier days here"
        return None


NO_STRENGTH_ON_RACE_DAY = Rule(
    "no-strength-on-race-day",
    "Race day is for racing: no strength session of any kind.",
    "SportCoaching (protect races)",
    _race_day,
)
RACE_EVE_MOBILITY_ONLY = Rule(
    "race-eve-mobility-only",
    "The day before a race holds at most light activation and mobility.",
    "Proven Gains, principle 4",
    _race_eve,
)
NO_HARD_LIFT_TWO_DAYS_BEFORE_RACE = Rule(
    "no-hard-lift-two-days-before-race",
    "No heavy or power session in the two days before a race.",
    "SportCoaching; Proven Gains, mistake 3 (24-48 h before big sessions)",
    _two_days_before_race,
)
NO_HARD_LIFT_BEFORE_KEY_DAY = Rule(
    "no-hard-lift-before-key-day",
    "No hard session the day before a long run or a key workout.",
    "SportCoaching; Proven Gains, mistake 3",
    _eve_of_key_day,
)
NO_MODERATE_LIFT_BEFORE_KEY_DAY = Rule(
    "no-moderate-lift-before-key-day",
    "Only a light session the day before a long run or a key workout.",
    "SportCoaching (protect key sessions); Proven Gains, mistake 3",
    _moderate_eve_of_key_day,
)
NO_HARD_LIFT_ON_LONG_RUN_DAY = Rule(
    "no-hard-lift-on-long-run-day",
    "Only a light session on a long-run day (the long run is the day's work).",
    "Fitzgerald; SportCoaching",
    _long_run_day,
)
POST_RACE_RECOVERY = Rule(
    "post-race-recovery",
    "After an A or B race, only light work (mobility, core, upper body, easy bodyweight) "
    "for 2 days (under 21 km), 4 (half marathon), 7 (marathon) or 14 (ultra).",
    "Sherman et al. 1984; Warhol et al. 1985; the day counts are a library convention",
    _recovery,
)

DEFAULT_RULES: tuple[Rule, ...] = (
    NO_STRENGTH_ON_RACE_DAY,
    RACE_EVE_MOBILITY_ONLY,
    NO_HARD_LIFT_TWO_DAYS_BEFORE_RACE,
    NO_HARD_LIFT_BEFORE_KEY_DAY,
    NO_MODERATE_LIFT_BEFORE_KEY_DAY,
    NO_HARD_LIFT_ON_LONG_RUN_DAY,
    POST_RACE_RECOVERY,
)
"""The hard rules every preset policy starts from (SportCoaching, Proven Gains and Fitzgerald).

Each judges how hard a session's content is: hard sessions keep every rule,
moderate ones stay off race days, race eves and the eve of key sessions, light
ones stay off race days and race eves only (and are all a recovery window allows).
"""

SPACING_RULE_NAME = "48h-between-hard-sessions"


def _spacing_name(gap_days: int) -> str:
    return f"{24 * gap_days}h-between-hard-sessions"


SPACING_SOURCE = (
    "SportCoaching: 24-48 h; NSCA Essentials ch. 18: 48-72 h between plyometric sessions"
)


def key_workout_day_rule(levels: Iterable[Level]) -> Rule:
    """The rule that allows hard or moderate work on key-workout days only for ``levels``.

    Examples:
        >>> rule = key_workout_day_rule([Level.ADVANCED])
        >>> rule.why_not(Hardness.HARD, DayContext(day=RunningDay.of("tempo"),
        ...                                        level=Level.INTERMEDIATE))
        'a key-workout day, and intermediate runners lift on easier days here'
    """
    allowed = frozenset(
        v.to_enum(Level, level, "levels") for level in v.check_items("levels", levels)
    )
    names = ", ".join(level.value for level in Level if level in allowed)
    statement = (
        f"A hard or moderate session may share a key-workout day (after the run) only for: "
        f"{names}."
        if names
        else "A hard or moderate session never shares a key-workout day."
    )
    return Rule(
        "hard-lift-on-key-day-by-level",
        statement,
        "SportCoaching (placement by level); Fitzgerald (not on hard days unless advanced)",
        _KeyDayFor(allowed),
    )


def _preferences(_instance: object, attribute: Any, value: object) -> None:
    if not isinstance(value, Mapping):
        raise ArgumentTypeError(attribute.name, value, "must be a mapping", "RunKind -> score")
    for kind, score in value.items():
        if not isinstance(kind, RunKind):
            raise ArgumentTypeError(
                f"{attribute.name}[{kind!r}]", kind, "must be a RunKind", "key by RunKind"
            )
        v.check_finite_number(f"{attribute.name}[{kind.value}]", score)


def _frozen_mapping(value: object) -> Any:
    return v.FrozenDict(value) if isinstance(value, Mapping) else value


def _plain_text(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(attribute.name, value, "must be a string", "pass text")


def _rules(_instance: object, attribute: Any, value: object) -> None:
    rules = v.check_tuple_of(attribute.name, value, Rule)
    v.check_unique(attribute.name, [rule.name for rule in rules])


def _min_gap(_instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 3:
        raise ValidationError(
            attribute.name, value, "must be a whole number of days from 1 to 3", "2 means 48 h"
        )


@attrs.frozen
class SchedulingPolicy:
    """Hard rules plus day preferences: how one kind of runner places strength work.

    Args:
        name: A short name for explanations.
        rules: The rules (hard ones are never broken; soft ones cost ``penalty``).
        preferences: A score per day demand; higher days are chosen first.
        preference_source: Where the preferences come from.
        min_gap_days: Days between hard sessions: 2 means 48 h.
        rationale: Why the policy places strength where it does, in a runner's words
            with the source (each placed session's reason ends with it).

    Examples:
        >>> SchedulingPolicy.for_level(Level.BEGINNER).name
        'beginner'
        >>> SchedulingPolicy.moderate_days().preferences[RunKind.MODERATE]
        3.0
    """

    name: str = attrs.field(validator=v.text)
    rules: tuple[Rule, ...] = attrs.field(validator=_rules)
    preferences: Mapping[RunKind, float] = attrs.field(
        validator=_preferences, converter=_frozen_mapping, hash=False
    )
    preference_source: str = attrs.field(default="", validator=_plain_text)
    min_gap_days: int = attrs.field(default=2, validator=_min_gap)
    rationale: str = attrs.field(default="", validator=_plain_text)

    @classmethod
    def for_level(cls, level: Level | str) -> SchedulingPolicy:
        """The preset for a level, after SportCoaching's placement table.

        - beginner: easy or non-running days;
        - intermediate: after key workouts, or on easy days;
        - advanced: paired with hard run days, after the run ("hard days hard").

        Examples:
            >>> SchedulingPolicy.for_level("advanced").preferences[RunKind.KEY_WORKOUT]
            3.0
        """
        chosen = v.to_enum(Level, level, "level")
        return _LEVEL_POLICIES[chosen]

    @classmethod
    def moderate_days(cls) -> SchedulingPolicy:
        """Fitzgerald's view: heavier lifting on moderate-effort days, easy days kept easy.

        Hard or long days take strength work only for advanced runners.

        Examples:
            >>> SchedulingPolicy.moderate_days().name
            'moderate-days'
        """
        return _MODERATE_DAYS

    def with_rules(self, *rules: Rule) -> SchedulingPolicy:
        """A copy with more rules added.

        Examples:
            >>> no_fri = Rule(name="no-fridays", statement="Fridays are for family.",
            ...               source="the runner", check=lambda k, c: None)
            >>> len(SchedulingPolicy.for_level("beginner").with_rules(no_fri).rules)
            9
        """
        return attrs.evolve(self, rules=(*self.rules, *rules))


def _prefs(**scores: float) -> dict[RunKind, float]:
    return {RunKind(k.replace("_", "-")): float(s) for k, s in scores.items()}


_LEVEL_POLICIES = {
    Level.BEGINNER: SchedulingPolicy(
        "beginner",
        (*DEFAULT_RULES, key_workout_day_rule([])),
        _prefs(rest=3, easy=3, moderate=1, key_workout=0, long_run=0, race=0),
        "SportCoaching (beginners: easy or non-running days); Proven Gains (after easy runs)",
        rationale="beginners lift on easy or non-running days (SportCoaching), "
        "after an easy run (Proven Gains)",
    ),
    Level.INTERMEDIATE: SchedulingPolicy(
        "intermediate",
        (*DEFAULT_RULES, key_workout_day_rule([Level.INTERMEDIATE, Level.ADVANCED])),
        _prefs(rest=1.5, easy=2, moderate=2, key_workout=3, long_run=0, race=0),
        "SportCoaching (intermediate: after quality sessions or on easy days)",
        rationale="intermediate runners pair strength with hard days or lift on easy days "
        "(SportCoaching)",
    ),
    Level.ADVANCED: SchedulingPolicy(
        "advanced",
        (*DEFAULT_RULES, key_workout_day_rule([Level.INTERMEDIATE, Level.ADVANCED])),
        _prefs(rest=0.5, easy=1, moderate=2, key_workout=3, long_run=0, race=0),
        "SportCoaching (advanced: paired with hard run days); Best Athletics (hard days hard)",
        rationale="advanced runners pair strength with hard run days so easy days stay easy "
        "(SportCoaching; Best Athletics)",
    ),
}
_MODERATE_DAYS = SchedulingPolicy(
    "moderate-days",
    (*DEFAULT_RULES, key_workout_day_rule([Level.ADVANCED])),
    _prefs(rest=2, easy=1, moderate=3, key_workout=0.5, long_run=0, race=0),
    "Fitzgerald (heavier lifting on moderate-effort days; easy days truly easy)",
    rationale="heavier lifting suits moderate-effort days, and easy days stay easy (Fitzgerald)",
)


def _session_kind(value: object) -> SessionKind:
    return v.to_enum(SessionKind, value, "kind")


@attrs.frozen
class PlacedSession:
    """A strength session on a day: the weekday (or date), its kind, and whether it follows a run.

    It unpacks like a tuple: ``weekday, kind, after_run = session``.

    ``hardness`` is the most the day may hold for it: a heavy session on a day
    that holds only a moderate one is built lighter to fit.

    Examples:
        >>> s = PlacedSession(Weekday.TUESDAY, SessionKind.HEAVY, after_run=True)
        >>> day, kind, after = s
        >>> day, kind.value, after, s.hardness.value
        (<Weekday.TUESDAY: 2>, 'heavy', True, 'hard')
    """

    weekday: Weekday = attrs.field(validator=v.instance_of(Weekday))
    kind: SessionKind = attrs.field(converter=_session_kind)
    after_run: bool = attrs.field(validator=v.check_bool)
    date: dt.date | None = attrs.field(default=None, validator=v.optional(v.date_field))
    reasons: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(str))
    hardness: Hardness = attrs.field(
        default=attrs.Factory(lambda self: self.kind.hardness, takes_self=True),
        validator=v.instance_of(Hardness),
    )

    def __iter__(self) -> Iterator[Any]:
        return iter((self.weekday, self.kind, self.after_run))


@attrs.frozen
class DayVerdict:
    """One day of a schedule: what was placed and which rules ruled out what.

    Examples:
        >>> week = RunningWeek.parse("mon easy, sun long")
        >>> verdict = schedule_week(week, level="beginner", sessions=1).verdicts[5]
        >>> verdict.weekday.short, [rule for rule, _ in verdict.blocked[Hardness.HARD]]
        ('sat', ['no-hard-lift-before-key-day'])
    """

    weekday: Weekday
    day: RunningDay
    placed: SessionKind | None
    blocked: Mapping[Hardness, tuple[tuple[str, str], ...]] = attrs.field(
        converter=_frozen_mapping, hash=False
    )
    preference: float
    date: dt.date | None = None
    penalties: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class WeekSchedule:
    """The placement of a week's strength sessions, with every day's verdict.

    Attributes:
        sessions: The placed sessions, Monday first.
        requested: The session kinds asked for.
        verdicts: One [`DayVerdict`][runstrength.scheduling.DayVerdict] per day, Monday
            to Sunday.
        compromises: What was done instead of the request, if anything.
        policy: The policy's name.
        score: (sessions placed, training value, preference) - higher is better.

    Examples:
        >>> week = RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, "
        ...                          "fri easy, sat rest, sun long")
        >>> sched = schedule_week(week, level="intermediate", sessions=2)
        >>> [s.weekday.short for s in sched.sessions], sched.compromises
        (['tue', 'thu'], ())
    """

    sessions: tuple[PlacedSession, ...]
    requested: tuple[SessionKind, ...]
    verdicts: tuple[DayVerdict, ...]
    compromises: tuple[str, ...]
    policy: str
    score: tuple[int, int, float]
    rules: tuple[Rule, ...] = attrs.field(repr=False)
    min_gap_days: int = 2
    policy_source: str = ""
    earlier: tuple[dt.date, ...] = ()
    rationale: str = ""

    @property
    def mobility_days(self) -> tuple[Weekday, ...]:
        """Days for the 5-10 minute mobility routine: every day but race days (Fitzgerald).

        It never counts as a strength session.

        Examples:
            >>> schedule_week(RunningWeek.parse("sun race"), sessions=1).mobility_days[-1]
            <Weekday.SATURDAY: 6>
        """
        return tuple(d.weekday for d in self.verdicts if d.day.demand is not RunKind.RACE)

    def _repr_markdown_(self) -> str:
        from runstrength import _render

        return _render.markdown(_render.schedule_blocks(self))

    def _repr_html_(self) -> str:
        from runstrength import _render

        return _render.html_fragment(_render.schedule_blocks(self))

    def explain(self) -> str:
        """Every day's verdict in a runner's words: chosen or not, and why (with sources).

        The rule names stay in [`verdicts`][runstrength.scheduling.DayVerdict] for programs.

        Examples:
            >>> week = RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, "
            ...                          "fri easy, sat rest, sun long")
            >>> text = schedule_week(week, level="intermediate", sessions=2).explain()
            >>> print(text.splitlines()[2])
            tue intervals: heavy session, after the run
            >>> print(text.splitlines()[3])
            wed rest: at most a light session: the day before a key workout (SportCoaching:
            protect key sessions; Proven Gains, mistake 3)
        """
        sources = {rule.name: rule.source for rule in self.rules}
        why = self.rationale or _words.flat(self.policy_source) or "the day preferences"
        lines = [f"Placement ({self.policy}): {why}"]
        placed = {s.date or s.weekday: s for s in self.sessions}
        for verdict in self.verdicts:
            when = verdict.date.isoformat() if verdict.date else verdict.weekday.short
            head = f"{when} {verdict.day.to_text()}:"
            hard = verdict.blocked.get(Hardness.HARD, ())
            moderate = verdict.blocked.get(Hardness.MODERATE, ())
            light = verdict.blocked.get(Hardness.LIGHT, ())
            session = placed.get(verdict.date or verdict.weekday)
            if verdict.placed is not None and session is not None:
                where = "after the run" if verdict.day.has_run else "on its own"
                text = f"{head} {verdict.placed.value} session, {where}"
                if session.hardness is not verdict.placed.hardness:
                    text += f", kept {session.hardness.value}"
            elif light:
                text = f"{head} no strength session: " + _named(light, sources)
            elif moderate:
                text = f"{head} at most a light session: " + _named(moderate, sources)
            elif hard:
                text = f"{head} no hard session: " + _named(hard, sources)
            else:
                near = [
                    f"{_words.day_name(s.weekday)}'s"
                    for s in self.sessions
                    if s.hardness is Hardness.HARD and _days_apart(s, verdict) < self.min_gap_days
                ] + [
                    f"last week's {_words.day_name(d)}"
                    for d in self.earlier
                    if verdict.date is not None and (verdict.date - d).days < self.min_gap_days
                ]
                soft = "".join(
                    "; " + _words.cite(f"{reason} counts against it", sources.get(name, ""))
                    for name, reason in verdict.penalties
                )
                if near:
                    text = (
                        f"{head} no hard session: too close to {' and '.join(near)} hard "
                        + _words.cite(
                            f"session, {24 * self.min_gap_days} h apart at least", SPACING_SOURCE
                        )
                    )
                else:
                    text = f"{head} free, but the chosen days suit the placement better{soft}"
            lines.append(text)
        if self.compromises:
            lines.extend(f"Compromise: {c}" for c in self.compromises)
        lines.append(
            "Always: lift after the run on a shared day (SportCoaching, Proven Gains); "
            "the 5-10 minute mobility routine fits any day but race day (Fitzgerald)."
        )
        return "\n".join(lines)


def _days_apart(session: PlacedSession, verdict: DayVerdict) -> int:
    if session.date is not None and verdict.date is not None:
        return abs((session.date - verdict.date).days)
    gap = abs(session.weekday - verdict.weekday)
    return min(gap, 7 - gap)


def _named(blocked: Iterable[tuple[str, str]], sources: Mapping[str, str]) -> str:
    """The reasons in words, each with its source (the rule names stay in the verdicts)."""
    return "; and ".join(_words.cite(reason, sources.get(name, "")) for name, reason in blocked)


@attrs.frozen
class CalendarSchedule:
    """Schedules for every Monday-to-Sunday week of a dated running calendar.

    Examples:
        >>> week = RunningWeek.parse("tue intervals, thu tempo, sun long")
        >>> cal = RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 20))
        >>> plan = schedule_calendar(cal, level="intermediate", sessions=2)
        >>> [s.date.isoformat() for s in plan.sessions]
        ['2026-12-08', '2026-12-10', '2026-12-15', '2026-12-17']
    """

    weeks: tuple[WeekSchedule, ...]

    @property
    def sessions(self) -> tuple[PlacedSession, ...]:
        """Every placed session, in date order.

        Examples:
            >>> CalendarSchedule(()).sessions
            ()
        """
        return tuple(s for week in self.weeks for s in week.sessions)


# --- the search ------------------------------------------------------------------------


def default_kinds(level: Level, count: int) -> tuple[SessionKind, ...]:
    """The session kinds a level asks for in a week of ``count`` sessions.

    Beginners build a base before plyometrics (Proven Gains, Power Couple): heavy sessions
    only; other levels alternate heavy and power.

    Examples:
        >>> [k.value for k in default_kinds(Level.ADVANCED, 3)]
        ['heavy', 'power', 'heavy']
    """
    level = v.to_enum(Level, level, "level")
    count = v.check_whole("count", count, low=0, high=7)
    if level is Level.BEGINNER:
        return (SessionKind.HEAVY,) * count
    return tuple((SessionKind.HEAVY, SessionKind.POWER)[i % 2] for i in range(count))


def _request(level: Level, sessions: object, kinds: object) -> tuple[SessionKind, ...]:
    if kinds is not None:
        if sessions is not None:
            raise ValidationError(
                "sessions",
                sessions,
                "must not be given together with kinds",
                "give either sessions=N or kinds=(...)",
            )
        if isinstance(kinds, str) or not isinstance(kinds, Iterable):
            raise ArgumentTypeError(
                "kinds",
                kinds,
                "must be a sequence of SessionKind",
                "e.g. (SessionKind.HEAVY, SessionKind.POWER)",
            )
        chosen = tuple(v.to_enum(SessionKind, k, "kinds") for k in v.check_items("kinds", kinds))
        if SessionKind.MOBILITY in chosen:
            raise ValidationError(
                "kinds",
                kinds,
                "must not include mobility (it is not a strength session)",
                "the mobility routine is on every day already",
            )
    else:
        count = 2 if sessions is None else sessions
        if isinstance(count, bool) or not isinstance(count, int):
            raise ArgumentTypeError("sessions", sessions, "must be a whole number", "e.g. 2")
        if not 0 <= count <= 4:
            raise ValidationError(
                "sessions",
                count,
                "must be from 0 to 4 strength sessions a week",
                "runners do 1-3 (SportCoaching, Proven Gains)",
            )
        chosen = default_kinds(level, count)
    if not 0 <= len(chosen) <= 4:
        raise ValidationError(
            "sessions",
            len(chosen),
            "must be from 0 to 4 strength sessions a week",
            "runners do 1-3 (SportCoaching, Proven Gains)",
        )
    return chosen


Want = tuple[SessionKind, Hardness]


def _capped(kind: SessionKind, hardness: Hardness) -> Want:
    return (SessionKind.LIGHT if hardness is Hardness.LIGHT else kind, hardness)


@functools.lru_cache(maxsize=64)
def _variants(request: tuple[SessionKind, ...]) -> list[tuple[Want, ...]]:
    """The request and every lighter or shorter version of it (fewer, or capped lighter)."""
    found: set[tuple[Want, ...]] = set()
    for size in range(len(request), -1, -1):
        for subset in itertools.combinations(request, size):
            caps = [[h for h in Hardness if h.at_most(kind.hardness)][::-1] for kind in subset]
            for chosen in itertools.product(*caps):
                found.add(tuple(_capped(k, h) for k, h in zip(subset, chosen, strict=True)))
    return sorted(found, key=lambda ws: (-len(ws), -_value(ws), ws))


def _value(wants: Sequence[Want]) -> int:
    return sum(_WEIGHT[h] for _, h in wants)


@attrs.frozen
class _Slot:
    index: int
    weekday: Weekday
    date: dt.date | None
    context: DayContext
    available: bool
    outside: bool = False
    bonus: float = 0.0  # a day the runner prefers


Blocked = Mapping[Hardness, tuple[tuple[str, str], ...]]
Found = Mapping[Hardness, tuple[tuple[Rule, str], ...]]
"""Each class of session: the rules, hard and soft, that a day breaks with it, and why."""


def _found(rules: Sequence[Rule], context: DayContext) -> Found:
    """Every rule checked once for each class of session on the day."""
    found: dict[Hardness, tuple[tuple[Rule, str], ...]] = {}
    for hardness in _CLASSES:
        broken = []
        for rule in rules:
            why = _broken(rule, hardness, context)
            if why is not None:
                broken.append((rule, why))
        found[hardness] = tuple(broken)
    return found


def _blocked(slots: Sequence[_Slot], found: Sequence[Found]) -> list[Blocked]:
    table: list[Blocked] = []
    for slot, broken in zip(slots, found, strict=True):
        row: dict[Hardness, tuple[tuple[str, str], ...]] = {}
        for hardness in _CLASSES:
            reasons = [(rule.name, why) for rule, why in broken[hardness] if rule.hard]
            if slot.outside:
                reasons.append(("outside-calendar", "not a date of the calendar"))
            elif not slot.available:
                reasons.append(("unavailable", "the runner cannot train that day"))
            row[hardness] = tuple(reasons)
        table.append(row)
    return table


def _soft(broken: Found, hardness: Hardness) -> float:
    return sum(rule.penalty for rule, _ in broken[hardness] if not rule.hard)


def _placements(
    options: Sequence[Sequence[int]],
    wants: Sequence[Want],
    gap: int,
    cyclic: bool,
    previous_hard: Sequence[int],
) -> list[tuple[int, ...]]:
    """Each choice of days from ``options`` (one list per want) that breaks no spacing.

    Days are distinct; equal wants take their days in order (another order is the
    same placement); hard sessions keep ``gap`` days apart, around the week too
    when ``cyclic``, and from ``previous_hard``. In the order of
    ``itertools.product(*options)``, which ties between equal placements depend on;
    every condition is between two days, so a choice that breaks one is dropped
    with everything after it.
    """
    hard = [h is Hardness.HARD for _, h in wants]
    # A hard session's day keeps its gap from the hard days outside the week whatever
    # else is chosen: those days are dropped from its options first.
    allowed = [
        [d for d in days if not hard[j] or all(abs(d - p) >= gap for p in previous_hard)]
        for j, days in enumerate(options)
    ]
    # What each want must check against each earlier one: the order of equal wants,
    # and the gap between two hard sessions.
    same = [[wants[i] == wants[j] for i in range(j)] for j in range(len(wants))]
    spaced = [[hard[i] and hard[j] for i in range(j)] for j in range(len(wants))]
    found: list[tuple[int, ...]] = []
    days: list[int] = []

    def extend(j: int) -> None:
        if j == len(allowed):
            found.append(tuple(days))
            return
        for day in allowed[j]:
            for i, other in enumerate(days):
                if other == day or (same[j][i] and other > day):
                    break
                if spaced[j][i]:
                    apart = abs(day - other)
                    if apart < gap or (cyclic and 7 - apart < gap):
                        break
            else:
                days.append(day)
                extend(j + 1)
                days.pop()

    extend(0)
    return found


def _search(
    slots: Sequence[_Slot],
    request: tuple[SessionKind, ...],
    policy: SchedulingPolicy,
    blocked: Sequence[Blocked],
    found: Sequence[Found],
    *,
    cyclic: bool,
    previous_hard: Sequence[int],
) -> tuple[tuple[tuple[int, Want], ...], tuple[int, int, float], tuple[Want, ...]]:
    prefs = [policy.preferences.get(slot.context.day.demand, 0.0) + slot.bonus for slot in slots]
    soft: list[dict[Hardness, float]] = [{h: _soft(f, h) for h in _CLASSES} for f in found]
    best: tuple[tuple[int, int, float], tuple[int, ...], tuple[tuple[int, Want], ...]]
    best = ((-1, 0, 0.0), (), ())
    best_wants: tuple[Want, ...] = ()
    for wants in _variants(request):
        # Variants come best first; once one of a (count, value) class has a placement,
        # nothing later can beat it.
        if best[2] and (len(wants), _value(wants)) < best[0][:2]:
            break
        options = [[d for d in range(len(slots)) if not blocked[d][h]] for _, h in wants]
        for days in _placements(options, wants, policy.min_gap_days, cyclic, previous_hard):
            preference = sum(prefs[d] - soft[d][h] for d, (_, h) in zip(days, wants, strict=True))
            score = (len(wants), _value(wants), round(preference, 9))
            placement = tuple(sorted(zip(days, wants, strict=True)))
            key = tuple(d for d, _ in placement)
            # Higher score wins; ties go to the earliest days (deterministic).
            if score > best[0] or (score == best[0] and key < best[1]):
                best = (score, key, placement)
                best_wants = wants
    return best[2], best[0], best_wants


def _resolve_policy(level: object, policy: object) -> tuple[Level, SchedulingPolicy]:
    if policy is not None:
        if not isinstance(policy, SchedulingPolicy):
            raise ArgumentTypeError(
                "policy", policy, "must be a SchedulingPolicy", "use SchedulingPolicy.for_level"
            )
        chosen_level = Level.INTERMEDIATE if level is None else v.to_enum(Level, level, "level")
        return chosen_level, policy
    chosen_level = Level.INTERMEDIATE if level is None else v.to_enum(Level, level, "level")
    return chosen_level, SchedulingPolicy.for_level(chosen_level)


def _strict(value: object) -> bool:
    if not isinstance(value, bool):
        raise ArgumentTypeError("strict", value, "must be True or False", "pass a bool")
    return value


def _penalties(broken: Found, hardness: Hardness) -> tuple[tuple[str, str], ...]:
    return tuple((rule.name, why) for rule, why in broken[hardness] if not rule.hard)


def _schedule(
    slots: Sequence[_Slot],
    request: tuple[SessionKind, ...],
    policy: SchedulingPolicy,
    *,
    strict: bool,
    cyclic: bool,
    previous_hard: Sequence[int],
    earlier: tuple[dt.date, ...] = (),
    found: Sequence[Found] | None = None,
) -> WeekSchedule:
    if found is None:
        found = [_found(policy.rules, slot.context) for slot in slots]
    blocked = _blocked(slots, found)
    placement, score, wants = _search(
        slots, request, policy, blocked, found, cyclic=cyclic, previous_hard=previous_hard
    )
    compromises: list[str] = []
    asked = tuple((kind, kind.hardness) for kind in request)
    if sorted(wants) != sorted(asked):
        missing = len(request) - len(wants)
        what = []
        if missing:
            what.append(f"{missing} fewer session{'s' if missing > 1 else ''}")
        for hardness in (Hardness.MODERATE, Hardness.LIGHT):
            lighter = sum(1 for _, h in wants if h is hardness) - sum(
                1 for _, h in asked if h is hardness
            )
            if lighter > 0:
                what.append(f"{lighter} session{'s' if lighter > 1 else ''} kept {hardness.value}")
        named = ", ".join(k.value for k in request)
        asked_for = " and ".join(
            _words.count(n, f"{kind.value} session")
            if n > 1
            else f"{_words.article(kind.value)} {kind.value} session"
            for kind, n in Counter(request).items()
        )
        compromise = f"could not place {asked_for} without breaking a rule: " + (
            " and ".join(what) or "a different mix of sessions"
        )
        if strict:
            per_day = "; ".join(
                f"{slot.date or slot.weekday.short}: "
                + (
                    ", ".join(
                        dict.fromkeys(
                            name
                            for k in set(request)
                            for name, _ in blocked[slot.index][k.hardness]
                        )
                    )
                    or "free"
                )
                for slot in slots
            )
            raise InfeasibleScheduleError(
                "sessions",
                named,
                f"cannot all be placed without breaking a hard rule (blocking rules by day: "
                f"{per_day}; and {_spacing_name(policy.min_gap_days)} between hard sessions)",
                "ask for fewer sessions, lighter kinds, or free up days",
            )
        compromises.append(compromise)
        warnings.warn(compromise, ScheduleCompromiseWarning, stacklevel=3)
    placed_at = dict(placement)
    sessions = []
    verdicts = []
    for slot in slots:
        want = placed_at.get(slot.index)
        preference = policy.preferences.get(slot.context.day.demand, 0.0)
        if want is not None:
            kind, hardness = want
            reason = _placement_reason(slot, kind, hardness, policy)
            sessions.append(
                PlacedSession(
                    slot.weekday, kind, slot.context.day.has_run, slot.date, (reason,), hardness
                )
            )
        verdicts.append(
            DayVerdict(
                slot.weekday,
                slot.context.day,
                None if want is None else want[0],
                blocked[slot.index],
                preference,
                slot.date,
                _penalties(found[slot.index], Hardness.HARD if want is None else want[1]),
            )
        )
    return WeekSchedule(
        tuple(sessions),
        request,
        tuple(verdicts),
        tuple(compromises),
        policy.name,
        score,
        policy.rules,
        policy.min_gap_days,
        policy.preference_source,
        earlier,
        policy.rationale,
    )


def _placement_reason(
    slot: _Slot, kind: SessionKind, hardness: Hardness, policy: SchedulingPolicy
) -> str:
    """Why the session is on this day, in a runner's words, ending with the policy's source."""
    what = "Lift" if kind is not SessionKind.LIGHT else "A light session"
    reason = f"{what} {_words.where(slot.context.day, slot.date or slot.weekday)}"
    if hardness is not kind.hardness:
        reason += f", kept {hardness.value} for the day"
    if hardness is Hardness.LIGHT:
        return reason  # the light day's own reason follows from the session it holds
    if policy.rationale:
        return f"{reason}: {policy.rationale}"
    return _words.cite(reason, policy.preference_source)


def schedule_week(
    week: RunningWeek,
    *,
    level: Level | str | None = None,
    policy: SchedulingPolicy | None = None,
    sessions: int | None = None,
    kinds: Sequence[SessionKind | str] | None = None,
    unavailable: Iterable[Weekday | int | str] = (),
    strict: bool = False,
) -> WeekSchedule:
    """Place strength sessions in a template week that repeats (Sunday is followed by Monday).

    Every hard rule of the policy holds for every placed session. Among the
    placements that keep them, the best by the policy's day preferences wins;
    ties go to the earliest days. When the request cannot be met, the best
    compromise (fewer sessions, or maintenance instead of heavy or power) is
    returned with a
    [`ScheduleCompromiseWarning`][runstrength.scheduling.ScheduleCompromiseWarning], or, with
    ``strict=True``,
    an [`InfeasibleScheduleError`][runstrength.scheduling.InfeasibleScheduleError] lists the rules
    blocking each day.

    Args:
        week: The running week.
        level: The runner's level (picks the preset policy and the default kinds).
        policy: A policy of your own (overrides the level's preset).
        sessions: How many sessions (default 2); kinds follow the level
            (beginners: heavy; others: heavy, power, heavy ...).
        kinds: The exact session kinds instead of ``sessions``.
        unavailable: Days the runner cannot train.
        strict: Raise instead of compromising.

    Examples:
        >>> week = RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, "
        ...                          "fri easy, sat rest, sun long")
        >>> sched = schedule_week(week, level="advanced", kinds=["heavy", "power"])
        >>> [(s.weekday.short, s.kind.value) for s in sched.sessions]
        [('tue', 'heavy'), ('thu', 'power')]
    """
    if not isinstance(week, RunningWeek):
        raise ArgumentTypeError("week", week, "must be a RunningWeek", "use RunningWeek.parse")
    chosen_level, chosen_policy = _resolve_policy(level, policy)
    request = _request(chosen_level, sessions, kinds)
    off = weekdays_of(unavailable, "unavailable")
    days = week.days
    slots = [
        _Slot(
            i,
            Weekday(i + 1),
            None,
            DayContext(
                days[i],
                days[i - 1],
                days[(i + 1) % 7],
                days[(i + 2) % 7],
                chosen_level,
                Weekday(i + 1),
            ),
            Weekday(i + 1) not in off,
        )
        for i in range(7)
    ]
    return _schedule(
        slots, request, chosen_policy, strict=_strict(strict), cyclic=True, previous_hard=()
    )


def schedule_calendar(
    calendar: RunningCalendar,
    *,
    level: Level | str | None = None,
    policy: SchedulingPolicy | None = None,
    sessions: int | None = None,
    kinds: Sequence[SessionKind | str] | None = None,
    unavailable: Iterable[dt.date] = (),
    strict: bool = False,
) -> CalendarSchedule:
    """Place sessions week by week (Monday to Sunday) over real dates.

    The same rules as [`schedule_week`][runstrength.scheduling.schedule_week], but the neighbours
    of a day are the
    real dates around it (a race on Monday shapes the Saturday and Sunday before
    it), and the gap between hard sessions holds across week boundaries. A partial
    first or last week asks for its share of the sessions (rounded down).

    Weeks are placed one after another, each given the sessions of the week before:
    a week never moves an earlier week's sessions to make room, so in rare cases a
    week compromises where a joint plan over both weeks would not.

    Examples:
        >>> week = RunningWeek.parse("mon easy, tue intervals, thu tempo, sun long")
        >>> cal = RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
        >>> cal = cal.with_race(dt.date(2026, 12, 13))
        >>> [(s.date.isoformat(), s.kind.value) for s in
        ...  schedule_calendar(cal, level="intermediate", sessions=1).sessions]
        [('2026-12-08', 'heavy')]
    """
    if not isinstance(calendar, RunningCalendar):
        raise ArgumentTypeError(
            "calendar", calendar, "must be a RunningCalendar", "use RunningCalendar.from_week"
        )
    chosen_level, chosen_policy = _resolve_policy(level, policy)
    request = _request(chosen_level, sessions, kinds)
    if isinstance(unavailable, str) or not isinstance(unavailable, Iterable):
        raise ArgumentTypeError(
            "unavailable", unavailable, "must be a collection of dates", "e.g. [date(2026, 12, 8)]"
        )
    off = set()
    for item in v.check_items("unavailable", unavailable):
        if not isinstance(item, dt.date) or isinstance(item, dt.datetime):
            raise ArgumentTypeError(
                "unavailable",
                item,
                "must hold datetime.date values",
                "pass dates, not times or text",
            )
        off.add(item)
    placer = CalendarPlacer(
        calendar, chosen_level, chosen_policy, off=frozenset(off), strict=_strict(strict)
    )
    monday = calendar.start - dt.timedelta(days=calendar.start.weekday())
    weeks = []
    while monday <= calendar.end:
        weeks.append(placer.week(monday, request))
        monday += dt.timedelta(7)
    result = CalendarSchedule(tuple(weeks))
    compromised = [w.verdicts[0].date for w in weeks if w.compromises]
    if compromised:
        many = len(compromised) > 1
        warnings.warn(
            f"{len(compromised)} week{'s' if many else ''} could not hold what was asked "
            f"(week{'s' if many else ''} of "
            + ", ".join(str(d) for d in compromised)
            + "); see each week's compromises",
            ScheduleCompromiseWarning,
            stacklevel=2,
        )
    return result


PREFERRED_DAY_BONUS = 100.0
"""Added to a preferred weekday's score: above any day preference, below a session."""


_WEEKDAYS = tuple(Weekday)  # Monday first: a week's days by index, with no lookup by value


_NO_RUNNING = RunningDay()  # a day outside the calendar


def _date_blind(rule: Rule) -> bool:
    """Whether the rule's check is one of the library's own, which read no date or weekday.

    Those are the functions at the top of this module and the key-workout-day checks;
    anything else may read them, a bound `Rule.why_not` of another rule included.
    """
    check = rule.check
    if type(check) is _KeyDayFor:
        return True
    return (
        type(check) is types.FunctionType
        and check.__module__ == __name__
        and globals().get(check.__name__) is check
    )


def partial_share(requested: int, days_inside: int) -> int:
    """Sessions a week with only ``days_inside`` of its days in the plan asks for.

    Its share of the week, rounded to the nearest whole session; a week with at
    least three days keeps at least one session.

    Examples:
        >>> partial_share(2, 3), partial_share(2, 1), partial_share(3, 7)
        (1, 0, 3)
    """
    if days_inside >= 7:
        return requested
    share = int(requested * days_inside / 7 + 0.5)
    if requested and days_inside >= 3:
        share = max(share, 1)
    return min(requested, share)


@attrs.define
class CalendarPlacer:
    """Places the weeks of a dated calendar one after another.

    It carries what a week needs from the weeks before it: the hard sessions of
    the week before (for the gap between hard sessions) and, with ``memo``, the
    schedules already worked out (a week that looks exactly like an earlier one,
    same days, neighbours, request and previous sessions, reuses its schedule
    moved to its own dates).

    Attributes:
        calendar: The running.
        level: The runner's level.
        policy: The scheduling policy.
        off: Dates with no strength session.
        strict: Raise instead of compromising.
        bounds: The first and last dates a session may take (default: the calendar's).
        recovery: Dates inside a post-race recovery window, with the reason.
        preferred: Weekdays the runner prefers: used whenever the rules allow, that is
            when no session has to be dropped or kept lighter for it.
        own_hard: Dates of hard sessions the runner does elsewhere (a strength session
            in their own calendar): no session on them, and the gap between hard
            sessions holds around them.
        memo: Whether to reuse the schedules of repeated weeks.

    Examples:
        >>> week = RunningWeek.parse("tue intervals, thu tempo, sun long")
        >>> cal = RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 20))
        >>> policy = SchedulingPolicy.for_level("intermediate")
        >>> placer = CalendarPlacer(cal, Level.INTERMEDIATE, policy)
        >>> week_one = placer.week(dt.date(2026, 12, 7), (SessionKind.HEAVY,))
        >>> [s.date.isoformat() for s in week_one.sessions]
        ['2026-12-08']
    """

    calendar: RunningCalendar
    level: Level
    policy: SchedulingPolicy
    off: Set[dt.date] = frozenset()
    strict: bool = False
    bounds: tuple[dt.date, dt.date] | None = None
    recovery: Mapping[dt.date, str] = attrs.field(factory=dict)
    preferred: frozenset[Weekday] = frozenset()
    own_hard: frozenset[dt.date] = frozenset()
    memo: bool = True
    previous: tuple[dt.date, ...] = ()
    _seen: dict[tuple[object, ...], tuple[dt.date, WeekSchedule]] = attrs.field(
        factory=dict, init=False
    )
    _blind: tuple[SchedulingPolicy, bool] | None = attrs.field(default=None, init=False)
    _checked: dict[tuple[object, ...], Found] = attrs.field(factory=dict, init=False)

    def week(self, monday: dt.date, request: tuple[SessionKind, ...]) -> WeekSchedule:
        """Schedule the Monday-to-Sunday week from ``monday`` (no warning; see compromises).

        Sessions go only on days inside ``bounds``; the days around them still
        count as neighbours.
        """
        calendar = self.calendar
        first, last = self.bounds or (calendar.start, calendar.end)
        dates = [monday + dt.timedelta(i) for i in range(7)]
        # The running from the day before the week to two days after it (none outside).
        known, offset = calendar.days, (monday - calendar.start).days
        running = [
            known[o] if 0 <= o < len(known) else _NO_RUNNING for o in range(offset - 1, offset + 9)
        ]
        # Each day: recovery, available, outside.
        inside_bounds = [first <= date <= last for date in dates]
        flags = tuple(
            (
                self.recovery.get(date),
                within and date not in self.off and date not in self.own_hard,
                not within,
            )
            for date, within in zip(dates, inside_bounds, strict=True)
        )
        inside = sum(inside_bounds)
        wanted = request[: partial_share(len(request), inside)]
        previous = self.previous
        gap = dt.timedelta(days=self.policy.min_gap_days)
        # Hard days outside the week that are near enough to matter: one further back
        # than the gap is as good as none (and so last weeks alike give one key).
        reach = monday + dt.timedelta(7) + gap
        near = [d for d in {*previous, *self.own_hard} if monday - gap < d < reach]
        before = sorted((d - monday).days for d in near)
        # The library's own rules never read the date: weeks that differ only in their
        # dates share a schedule. A rule of the caller's own might, so then they do not.
        # Worked out once for the policy (a placer is mutable: a new policy starts afresh).
        if self._blind is None or self._blind[0] is not self.policy:
            rules = self.policy.rules
            self._blind = (self.policy, all(_date_blind(rule) for rule in rules))
            self._checked.clear()
        blind = self._blind[1]
        key = (
            tuple(running),
            flags,
            None if blind else monday,
            self.level,
            wanted,
            tuple(before),
            id(self.policy),
            self.strict,
        )
        seen_before = self._seen.get(key) if self.memo else None
        if seen_before is not None:
            seen_monday, seen = seen_before
            result = _moved(seen, monday - seen_monday, previous)
        else:
            # Each day: its running and its neighbours', recovery, available, outside, bonus.
            days = [
                (
                    running[i + 1],
                    running[i],
                    running[i + 2],
                    running[i + 3],
                    *flags[i],
                    PREFERRED_DAY_BONUS if _WEEKDAYS[i] in self.preferred else 0.0,
                )
                for i in range(7)
            ]
            slots = [
                _Slot(
                    i,
                    _WEEKDAYS[i],
                    date,
                    DayContext(
                        day, yesterday, tomorrow, in_two, self.level, _WEEKDAYS[i], date, why
                    ),
                    available,
                    outside,
                    bonus,
                )
                for i, (
                    date,
                    (day, yesterday, tomorrow, in_two, why, available, outside, bonus),
                ) in enumerate(zip(dates, days, strict=True))
            ]
            found = [self._found(slot, day, blind) for slot, day in zip(slots, days, strict=True)]
            with warnings.catch_warnings():
                # The caller decides how to report compromises.
                warnings.simplefilter("ignore", ScheduleCompromiseWarning)
                result = _schedule(
                    slots,
                    wanted,
                    self.policy,
                    strict=self.strict,
                    cyclic=False,
                    previous_hard=before,
                    earlier=previous,
                    found=found,
                )
            if self.memo:
                self._seen[key] = (monday, result)
        self.previous = tuple(
            s.date for s in result.sessions if s.hardness is Hardness.HARD and s.date
        )
        return result

    def _found(self, slot: _Slot, day: tuple[object, ...], blind: bool) -> Found:
        """The rules the day breaks; checked once a plan for days alike but for the date.

        The library's own rules read neither the date nor the weekday: days with the
        same running around them and the same recovery share their verdicts.
        """
        if not blind:
            return _found(self.policy.rules, slot.context)
        key = (self.level, *day[:5])
        if key not in self._checked:
            self._checked[key] = _found(self.policy.rules, slot.context)
        return self._checked[key]


def _moved(
    schedule: WeekSchedule, shift: dt.timedelta, previous: tuple[dt.date, ...]
) -> WeekSchedule:
    """The same schedule on dates ``shift`` later (a repeated week)."""
    return trusted.replace(
        schedule,
        sessions=tuple(
            trusted.replace(s, date=None if s.date is None else s.date + shift)
            for s in schedule.sessions
        ),
        verdicts=tuple(
            trusted.replace(d, date=None if d.date is None else d.date + shift)
            for d in schedule.verdicts
        ),
        earlier=previous,
    )
