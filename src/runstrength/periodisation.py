"""Season periodisation: phases from the race calendar, doses by level and phase, step-backs.

Strength work changes through a runner's year (Proven Gains, "Putting It All Together";
SportCoaching and Fitzgerald): build strength in the base phase, convert it to power in the
build phase, maintain it in race season, taper, then rebuild in a transition. The
library works from the race calendar, not the month.

[`Season.build`][runstrength.periodisation.Season.build] turns a start date and races into
Monday-based weeks, each
with a phase, its week number within the phase and whether it is a deload week.
[`dose_for`][runstrength.periodisation.dose_for] gives the strength dose of a level in a phase, and
[`apply_conditions`][runstrength.periodisation.apply_conditions] scales doses when injury, illness,
stress or a heavy
running week get in the way, recording why.

Examples:
    >>> import datetime as dt
    >>> race = Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
    >>> season = Season.build(dt.date(2026, 12, 7), [race])
    >>> [week.phase.value for week in season.weeks][-5:]
    ['race-season', 'taper', 'taper', 'transition', 'transition']
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import attrs

from runstrength import _repr
from runstrength import _trusted as trusted
from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.distance import MILE_KM, parse_distance, race_word
from runstrength.errors import ArgumentTypeError, RunstrengthWarning, ValidationError
from runstrength.level import Level
from runstrength.load import percent_one_rm

__all__ = [
    "DEFAULT_BUILD_WEEKS",
    "DEFAULT_DELOAD_EVERY",
    "DEFAULT_RACE_SEASON_WEEKS",
    "INTENSITY_MARGIN",
    "MAX_SEASON_WEEKS",
    "BodyRegion",
    "Condition",
    "ConditionKind",
    "Dose",
    "Phase",
    "Priority",
    "Race",
    "RaceOutsideSeasonWarning",
    "Season",
    "SeasonWeek",
    "WeekDose",
    "apply_conditions",
    "dose_for",
    "heavy_running_dose",
    "taper_weeks",
    "transition_weeks",
]

DEFAULT_RACE_SEASON_WEEKS = 4
"""Weeks of race season before each A race's taper (Proven Gains: maintenance as races near)."""

DEFAULT_BUILD_WEEKS = 6
"""Weeks of pre-season build before race season (Proven Gains: keep a template 6-8 weeks)."""

DEFAULT_DELOAD_EVERY = 4
"""Every 4th base or build week is a deload: 3 loading weeks in a row, then 1 lighter
(NSCA Essentials ch. 21; a documented convention). Base and build count together."""

INTENSITY_MARGIN = 5.0
"""How far (in %1RM points) race-season intensity may sit below base intensity:
volume falls while intensity is held (SportCoaching; Spiering et al. 2021)."""


class Phase(StrEnum):
    """The phases of a runner's season, in order.

    Examples:
        >>> [phase.value for phase in Phase]
        ['base', 'build', 'race-season', 'taper', 'transition']
    """

    BASE = "base"
    """Off-season or base: build strength and capacity (2-3 sessions; Proven Gains)."""
    BUILD = "build"
    """Pre-season, race-specific build: convert strength to power (2 sessions; Proven Gains)."""
    RACE_SEASON = "race-season"
    """Preserve strength, minimise fatigue: moderate loads, low volume (Proven Gains)."""
    TAPER = "taper"
    """The final 1-2 weeks before an A race: light maintenance or none (SportCoaching)."""
    TRANSITION = "transition"
    """After an A race: rebuild, revisit weaknesses, new movements (Proven Gains)."""


class Priority(StrEnum):
    """How much a race matters.

    A races shape the season, B races get a lighter week, C races are run as key
    workouts.

    Examples:
        >>> Priority("A")
        <Priority.A: 'A'>
    """

    A = "A"
    B = "B"
    C = "C"


MAX_SEASON_WEEKS = 520
"""The longest season `Season.build` lays out: ten years of weeks."""


def _check_date(name: str, value: object) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ArgumentTypeError(name, value, "must be a datetime.date", "pass a date")
    return v.check_date(name, value)


def _date(_instance: object, attribute: Any, value: Any) -> None:
    _check_date(attribute.name, value)


def _distance(_instance: object, attribute: Any, value: Any) -> None:
    number = v.check_finite_number(attribute.name, value)
    if not 0 < number <= 500:
        raise ValidationError(
            attribute.name,
            value,
            "must be a distance in km above 0 and at most 500",
            "give the race distance in kilometres, e.g. 42.2",
        )


def _priority(value: object) -> Priority:
    return v.to_enum(Priority, value, "priority")


@attrs.frozen
class Race:
    """A race on the calendar.

    Args:
        date: Race day.
        name: A short name.
        distance_km: The distance in kilometres (> 0).
        priority: A (the season's goal), B or C.

    Examples:
        >>> race = Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
        >>> race.priority, race.distance_km
        (<Priority.A: 'A'>, 42.2)
    """

    date: dt.date = attrs.field(validator=_date)
    name: str = attrs.field(default="race", kw_only=True, validator=v.text)
    distance_km: float = attrs.field(default=10.0, kw_only=True, validator=_distance)
    priority: Priority = attrs.field(default=Priority.A, kw_only=True, converter=_priority)

    def __repr__(self) -> str:
        return _repr.compact(self)

    @classmethod
    def of(
        cls,
        date: dt.date,
        distance: float | str,
        *,
        name: str | None = None,
        priority: Priority | str = Priority.A,
    ) -> Race:
        """A race from a distance as runners say it: "half", "13.1mi", "21.1km", "50k".

        A bare number is kilometres. A name that is itself a distance word must
        agree with the distance: "half" with a bare 13.1 is refused, with the fix.

        Raises:
            ValidationError: An unreadable distance, or a name that contradicts it.

        Examples:
            >>> Race.of(dt.date(2027, 5, 16), "13.1mi", name="City half").distance_km
            21.0824
            >>> Race.of(dt.date(2027, 5, 16), "marathon").name
            'marathon'
        """
        km = parse_distance(distance)
        label = (distance if isinstance(distance, str) else f"{km:g} km") if name is None else name
        said = race_word(label) if isinstance(label, str) else None
        if said is not None and abs(km - said) > 0.03 * said:
            in_miles = abs(km * MILE_KM - said) <= 0.03 * said
            raise ValidationError(
                "distance",
                distance,
                f"contradicts the race name {label!r} ({said:g} km)",
                f"write {km:g}mi for miles"
                if in_miles
                else f"give the distance as {said:g} (km) or rename the race",
            )
        return cls(date, name=label, distance_km=km, priority=priority)


def taper_weeks(distance_km: float) -> int:
    """Taper length before an A race, race week included: 2 weeks from 15 km up, else 1.

    Bosquet et al. 2007 (meta-analysis) found about two weeks best for endurance
    events; short races need less (SportCoaching: the final 1-2 weeks).

    Examples:
        >>> taper_weeks(42.2), taper_weeks(5)
        (2, 1)
    """
    return 2 if _km(distance_km) >= 15 else 1


def _km(distance_km: object, name: str = "distance_km") -> float:
    number = v.check_finite_number(name, distance_km)
    if not 0 < number <= 500:
        raise ValidationError(
            name,
            distance_km,
            "must be a distance in km above 0 and at most 500",
            "give the race distance in kilometres, e.g. 42.2",
        )
    return number


def transition_weeks(distance_km: float) -> int:
    """Transition after an A race: 2 weeks after a half marathon or longer, else 1.

    Examples:
        >>> transition_weeks(42.2), transition_weeks(10)
        (2, 1)
    """
    return 2 if _km(distance_km) >= 21 else 1


def _week_number(_instance: object, attribute: Any, value: Any) -> None:
    v.check_whole(attribute.name, value, low=1, high=MAX_SEASON_WEEKS)


@attrs.frozen
class SeasonWeek:
    """One Monday-to-Sunday week of a season.

    Attributes:
        start: The Monday.
        phase: Its [`Phase`][runstrength.periodisation.Phase].
        week_of_phase: 1 for the first week of a block of this phase.
        deload: A lighter week in base or build.
        races: Races in this week.
        reason: Why the week has this phase.

    Examples:
        >>> week = Season.build(dt.date(2026, 12, 7), []).weeks[3]
        >>> week.phase.value, week.week_of_phase, week.deload
        ('base', 4, True)
    """

    start: dt.date = attrs.field(validator=v.date_field)
    phase: Phase = attrs.field(validator=v.member_of(Phase))
    week_of_phase: int = attrs.field(validator=_week_number)
    deload: bool = attrs.field(validator=v.check_bool)
    races: tuple[Race, ...] = attrs.field(default=(), validator=v.tuple_of(Race))
    reason: str = attrs.field(default="", validator=v.instance_of(str))

    @property
    def end(self) -> dt.date:
        """The Sunday.

        Examples:
            >>> Season.build(dt.date(2026, 12, 7), []).weeks[0].end
            datetime.date(2026, 12, 13)
        """
        return self.start + dt.timedelta(days=6)

    @property
    def b_race(self) -> bool:
        """Whether a B race falls in this week (it gets a lighter week).

        Examples:
            >>> b = Race(dt.date(2026, 12, 12), priority="B")
            >>> Season.build(dt.date(2026, 12, 7), [b]).weeks[0].b_race
            True
        """
        return any(race.priority is Priority.B for race in self.races)


class RaceOutsideSeasonWarning(RunstrengthWarning):
    """A race falls outside the season's dates; it is kept in ``Season.outside``.

    Examples:
        >>> issubclass(RaceOutsideSeasonWarning, UserWarning)
        True
    """


_PHASE_RANK = {
    Phase.BASE: 0,
    Phase.BUILD: 1,
    Phase.RACE_SEASON: 2,
    Phase.TRANSITION: 3,
    Phase.TAPER: 4,
}


def _monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


def _races(races: object) -> tuple[Race, ...]:
    if isinstance(races, Race | str) or not isinstance(races, Iterable):
        raise ArgumentTypeError(
            "races", races, "must be a collection of Race", "pass a list, e.g. [Race(...)]"
        )
    found = v.check_items("races", races, Race)
    days: dict[dt.date, Race] = {}
    for race in sorted(found, key=lambda r: r.date):
        if race.date in days:
            raise ValidationError(
                "races",
                race.date,
                "must not hold two races on one day",
                "keep one race per day (the one that matters most)",
            )
        days[race.date] = race
    return tuple(days.values())


def _weeks_arg(name: str, value: object, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= 52:
        raise ValidationError(
            name, value, f"must be a whole number of weeks from {minimum} to 52", "e.g. 4"
        )
    return value


def _season_weeks(_instance: object, attribute: Any, value: Any) -> None:
    if not v.check_tuple_of(attribute.name, value, SeasonWeek):
        raise ValidationError(
            attribute.name, value, "must hold at least one week", "use Season.build(...)"
        )


@attrs.frozen
class Season:
    """A season of Monday-based weeks, each with its phase.

    Build one with [`build`][runstrength.periodisation.Season.build].

    Examples:
        >>> season = Season.build(dt.date(2026, 12, 7), [], end=dt.date(2027, 1, 3))
        >>> len(season.weeks), season.weeks[0].phase
        (4, <Phase.BASE: 'base'>)
    """

    weeks: tuple[SeasonWeek, ...] = attrs.field(validator=_season_weeks)
    races: tuple[Race, ...] = ()
    outside: tuple[Race, ...] = ()

    @classmethod
    def build(
        cls,
        start: dt.date,
        races: Iterable[Race] = (),
        *,
        end: dt.date | None = None,
        race_season_weeks: int = DEFAULT_RACE_SEASON_WEEKS,
        build_weeks: int = DEFAULT_BUILD_WEEKS,
        deload_every: int = DEFAULT_DELOAD_EVERY,
    ) -> Season:
        """Lay out the weeks from ``start`` to ``end`` and give each its phase.

        Rules (each a keyword you can change): before every A race, its taper (by
        [`taper_weeks`][runstrength.periodisation.taper_weeks], race week last), before that
        ``race_season_weeks`` of
        race season and ``build_weeks`` of build; after it,
        [`transition_weeks`][runstrength.periodisation.transition_weeks]
        of transition; base everywhere else. Where blocks of two races meet, the
        higher phase wins: taper > transition > race season > build > base. After
        every ``deload_every - 1`` loading weeks in a row (base and build count
        together) comes a deload week (0 turns deloads off). B races mark their
        week for a lighter dose; C races change nothing here (run them as key
        workouts).

        A start that is not a Monday starts the first week on the Monday before it.
        Without ``end`` the season runs to the end of the last A race's transition,
        or 16 weeks when there is no A race. Races outside the season are kept in
        `outside` and reported with a
        [`RaceOutsideSeasonWarning`][runstrength.periodisation.RaceOutsideSeasonWarning].

        Raises:
            ValidationError: ``end`` before ``start``, two races on one day, or a
                bad block length.

        Examples:
            >>> race = Race(dt.date(2027, 4, 18), distance_km=42.2)
            >>> season = Season.build(dt.date(2026, 12, 7), [race])
            >>> [(w.start.isoformat(), w.phase.value) for w in season.weeks[-4:-2]]
            [('2027-04-05', 'taper'), ('2027-04-12', 'taper')]
        """
        _check_date("start", start)
        known = _races(races)
        blocks = (
            _weeks_arg("race_season_weeks", race_season_weeks),
            _weeks_arg("build_weeks", build_weeks),
            _weeks_arg("deload_every", deload_every),
        )
        if deload_every == 1:
            raise ValidationError(
                "deload_every",
                deload_every,
                "must be 0 (no deloads) or at least 2",
                "use 4 (three loading weeks and a deload)",
            )
        first = _monday(start)
        a_races = [r for r in known if r.priority is Priority.A and r.date >= first]
        if end is None:
            end = first + dt.timedelta(weeks=16, days=-1)
            if a_races:
                last = a_races[-1]
                stop = _monday(last.date) + dt.timedelta(weeks=transition_weeks(last.distance_km))
                end = stop + dt.timedelta(days=6)
            later = [r.date for r in known if r.date >= first]
            if later:
                # Every race on the calendar ends inside the season.
                end = max(end, _monday(later[-1]) + dt.timedelta(days=6))
        _check_date("end", end)
        if end < start:
            raise ValidationError("end", end, f"must not be before start ({start})", "swap them")
        count = (_monday(end) - first).days // 7 + 1
        if count > MAX_SEASON_WEEKS:
            raise ValidationError(
                "end",
                end,
                f"must be within {MAX_SEASON_WEEKS} weeks of start ({start}), races included",
                "plan at most ten years at a time",
            )
        mondays = [first + dt.timedelta(weeks=i) for i in range(count)]
        inside = [r for r in known if first <= r.date <= mondays[-1] + dt.timedelta(days=6)]
        outside = tuple(r for r in known if r not in inside)
        if outside:
            warnings.warn(
                f"{len(outside)} race{'s' if len(outside) > 1 else ''} outside the season "
                f"({first} to {end}): " + ", ".join(f"{r.name} on {r.date}" for r in outside),
                RaceOutsideSeasonWarning,
                stacklevel=2,
            )
        # Races just outside still shape the weeks inside (a taper cut by the end).
        phases = _phases(mondays, [r for r in known if r.priority is Priority.A], *blocks[:2])
        weeks = _number_weeks(mondays, phases, inside, blocks[2])
        return cls(tuple(weeks), tuple(inside), outside)

    @property
    def start(self) -> dt.date:
        """The first Monday.

        Examples:
            >>> Season.build(dt.date(2026, 12, 9), []).start
            datetime.date(2026, 12, 7)
        """
        return self.weeks[0].start

    def phase_on(self, date: dt.date) -> Phase | None:
        """The phase of the week holding ``date``, or None outside the season.

        Examples:
            >>> Season.build(dt.date(2026, 12, 7), []).phase_on(dt.date(2026, 12, 25))
            <Phase.BASE: 'base'>
        """
        _date(None, attrs.fields(Race).date, date)
        index = (date - self.start).days // 7
        return self.weeks[index].phase if 0 <= index < len(self.weeks) else None

    def summary(self) -> str:
        """Phases by week at a glance: one letter a week (b, B, R, T, t) and deloads as ".".

        Examples:
            >>> race = Race(dt.date(2027, 4, 18), distance_km=42.2)
            >>> Season.build(dt.date(2026, 12, 7), [race]).summary()
            'bbb.bbb.BBB.BRRRRTTtt'
        """
        letters = {
            Phase.BASE: "b",
            Phase.BUILD: "B",
            Phase.RACE_SEASON: "R",
            Phase.TAPER: "T",
            Phase.TRANSITION: "t",
        }
        return "".join("." if w.deload else letters[w.phase] for w in self.weeks)

    def doses(self, level: Level | str) -> tuple[WeekDose, ...]:
        """Each week's dose for ``level``, with deloads and B-race weeks made lighter.

        Examples:
            >>> season = Season.build(dt.date(2026, 12, 7), [])
            >>> [d.dose.sets for d in season.doses("intermediate")][:4]
            [3, 3, 3, 2]
        """
        return _season_doses(self, v.to_enum(Level, level, "level"))

    def _repr_markdown_(self) -> str:
        from runstrength import _render

        return _render.markdown(_render.season_blocks(self))

    def _repr_html_(self) -> str:
        from runstrength import _render

        return _render.html_fragment(_render.season_blocks(self))


def _phases(
    mondays: Sequence[dt.date], a_races: Sequence[Race], race_season: int, build: int
) -> list[tuple[Phase, str]]:
    phases: list[tuple[Phase, str]] = [
        (Phase.BASE, "base: building strength, no goal race close yet")
    ] * len(mondays)

    def claim(index: int, phase: Phase, reason: str) -> None:
        if 0 <= index < len(phases) and _PHASE_RANK[phase] > _PHASE_RANK[phases[index][0]]:
            phases[index] = (phase, reason)

    for race in a_races:
        at = (_monday(race.date) - mondays[0]).days // 7
        taper = taper_weeks(race.distance_km)
        label = f"{race.name} on {race.date}"
        for i in range(taper):
            claim(
                at - i,
                Phase.TAPER,
                f"taper for {label} ({taper} week{'s' if taper > 1 else ''} for "
                f"{race.distance_km:g} km)",
            )
        for i in range(race_season):
            claim(at - taper - i, Phase.RACE_SEASON, f"race season before {label}")
        for i in range(build):
            claim(at - taper - race_season - i, Phase.BUILD, f"build towards {label}")
        for i in range(1, transition_weeks(race.distance_km) + 1):
            claim(at + i, Phase.TRANSITION, f"transition after {label}")
    return phases


def _number_weeks(
    mondays: Sequence[dt.date],
    phases: Sequence[tuple[Phase, str]],
    races: Sequence[Race],
    deload_every: int,
) -> list[SeasonWeek]:
    weeks: list[SeasonWeek] = []
    loading = 0  # loading weeks in a row since the last deload, across base and build
    for i, (monday, (phase, reason)) in enumerate(zip(mondays, phases, strict=True)):
        # A block is a run of weeks with the same phase for the same reason (race).
        same = i > 0 and phases[i - 1] == (phase, reason)
        number = weeks[-1].week_of_phase + 1 if same else 1
        if phase in (Phase.BASE, Phase.BUILD):
            deload = deload_every > 0 and loading + 1 >= deload_every
            loading = 0 if deload else loading + 1
        else:
            deload = False
            loading = 0
        in_week = tuple(r for r in races if monday <= r.date <= monday + dt.timedelta(days=6))
        text = reason + ("; deload week" if deload else "")
        weeks.append(
            trusted.make(
                SeasonWeek,
                start=monday,
                phase=phase,
                week_of_phase=number,
                deload=deload,
                races=in_week,
                reason=text,
            )
        )
    return weeks


def _pair(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, tuple) or len(value) != 2:
        raise ArgumentTypeError(
            attribute.name, value, "must be a (low, high) pair", "e.g. (8, 12)"
        )
    low, high = (v.check_finite_number(f"{attribute.name}[{i}]", x) for i, x in enumerate(value))
    if low != int(low) or high != int(high):
        raise ValidationError(attribute.name, value, "must be whole numbers", "e.g. (8, 12)")
    if low < 0 or high < low:
        raise ValidationError(attribute.name, value, "must have 0 <= low <= high", "fix the range")


def _rir(_instance: object, attribute: Any, value: Any) -> None:
    if not 0 <= v.check_finite_number(attribute.name, value) <= 10:
        raise ValidationError(attribute.name, value, "must be from 0 to 10", "e.g. 2")


def _source(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(attribute.name, value, "must be a string", "name the source")


def _whole(_instance: object, attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(attribute.name, value, "must be a whole number >= 0", "e.g. 2")


@attrs.frozen(kw_only=True, cache_hash=True)
class Dose:
    """How much strength work a level does in a phase, with the source of its numbers.

    Attributes:
        sessions: Strength sessions a week (the number plans schedule).
        sessions_range: The published range of sessions a week.
        minutes: Session length range in minutes.
        sets: Working sets per exercise.
        reps: Rep range on the main lifts.
        rir: Target reps in reserve.
        contacts: Plyometric foot contacts per session (range).
        source: Where the numbers come from.

    Examples:
        >>> dose = dose_for(Level.INTERMEDIATE, Phase.BASE)
        >>> dose.sessions, dose.sets, dose.reps, dose.rir
        (2, 3, (5, 8), 2.0)
        >>> [round(p, 1) for p in dose.percent_one_rm]
        [74.5, 82.0]
    """

    sessions: int = attrs.field(validator=_whole)
    sessions_range: tuple[int, int] = attrs.field(validator=_pair)
    minutes: tuple[int, int] = attrs.field(validator=_pair)
    sets: int = attrs.field(validator=_whole)
    reps: tuple[int, int] = attrs.field(validator=_pair)
    rir: float = attrs.field(validator=_rir)
    contacts: tuple[int, int] = attrs.field(validator=_pair)
    source: str = attrs.field(default="", validator=_source)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "rir", float(self.rir))

    @property
    def percent_one_rm(self) -> tuple[float, float]:
        """The %1RM range the reps and RIR imply (default 1RM model).

        Examples:
            >>> [round(p, 1) for p in dose_for("advanced", "base").percent_one_rm]
            [82.0, 86.7]
        """
        low = float(percent_one_rm(self.reps[1], rir=self.rir))
        high = float(percent_one_rm(self.reps[0], rir=self.rir))
        return (low, high)


def _dose(  # noqa: PLR0917 - a table row: positional keeps the table readable
    sessions: int,
    sessions_range: tuple[int, int],
    minutes: tuple[int, int],
    sets: int,
    reps: tuple[int, int],
    rir: float,
    contacts: tuple[int, int],
    source: str,
) -> Dose:
    return Dose(
        sessions=sessions,
        sessions_range=sessions_range,
        minutes=minutes,
        sets=sets,
        reps=reps,
        rir=rir,
        contacts=contacts,
        source=source,
    )


_S001 = "Proven Gains (sample plans; principles 1 and 3)"
_MAINT = (
    "Proven Gains, mistake 5 (one 25-30 min session, 1-2 sets of key lifts); SportCoaching (keep "
    "intensity, drop volume); Spiering et al. 2021; Best Athletics (70-85 % 1RM)"
)
_TAPER = "SportCoaching (taper: light-moderate loads, fewer sets); Bosquet et al. 2007"
_TRANS = "Proven Gains (post-race: rebuild, revisit weaknesses, new movements)"
_PLYO = (
    "plyometric contacts well under NSCA beginning volumes (running is plyometric: Power Couple)"
)

DOSES: Mapping[tuple[Level, Phase], Dose] = {
    (Level.BEGINNER, Phase.BASE): _dose(2, (1, 2), (25, 35), 2, (8, 12), 2, (0, 0),
                                        "Proven Gains beginner plan (2 x 8-12); SportCoaching table"),  # noqa: E501
    (Level.BEGINNER, Phase.BUILD): _dose(2, (1, 2), (25, 35), 2, (8, 10), 2, (0, 20),
                                         f"Proven Gains; {_PLYO}"),
    (Level.BEGINNER, Phase.RACE_SEASON): _dose(1, (1, 2), (20, 30), 2, (8, 10), 2, (0, 12),
                                               "SportCoaching (near races: keep the routine)"),
    (Level.BEGINNER, Phase.TAPER): _dose(1, (0, 1), (15, 25), 1, (8, 10), 3, (0, 0), _TAPER),
    (Level.BEGINNER, Phase.TRANSITION): _dose(2, (1, 2), (25, 35), 2, (10, 12), 3, (0, 0),
                                              _TRANS),
    (Level.INTERMEDIATE, Phase.BASE): _dose(2, (2, 3), (35, 45), 3, (5, 8), 2, (0, 24),
                                            "Proven Gains intermediate plan (3 x 5-8; 3 x 6-8 jumps)"),  # noqa: E501
    (Level.INTERMEDIATE, Phase.BUILD): _dose(2, (2, 2), (35, 45), 3, (4, 6), 2, (18, 36),
                                             f"Proven Gains (convert to power); {_PLYO}"),
    (Level.INTERMEDIATE, Phase.RACE_SEASON): _dose(1, (1, 2), (25, 30), 2, (5, 6), 2, (12, 24),
                                                   _MAINT),
    (Level.INTERMEDIATE, Phase.TAPER): _dose(1, (0, 1), (20, 25), 1, (4, 6), 3, (0, 12), _TAPER),
    (Level.INTERMEDIATE, Phase.TRANSITION): _dose(2, (2, 3), (30, 40), 2, (8, 12), 3, (0, 0),
                                                  _TRANS),
    (Level.ADVANCED, Phase.BASE): _dose(3, (2, 3), (40, 50), 4, (3, 5), 2, (24, 48),
                                        "Proven Gains advanced off-season (3-5 x 3-5)"),
    (Level.ADVANCED, Phase.BUILD): _dose(2, (2, 2), (40, 50), 3, (4, 6), 2, (48, 72),
                                         "Proven Gains advanced pre-season (3 x 4-6; jumps, bounds)"),  # noqa: E501
    (Level.ADVANCED, Phase.RACE_SEASON): _dose(1, (1, 1), (25, 30), 2, (4, 5), 3, (12, 24),
                                               f"{_MAINT}; SportCoaching (advanced: 1 in peak phases)"),  # noqa: E501
    (Level.ADVANCED, Phase.TAPER): _dose(1, (0, 1), (20, 25), 1, (4, 6), 3, (0, 12), _TAPER),
    (Level.ADVANCED, Phase.TRANSITION): _dose(2, (2, 3), (35, 45), 2, (8, 12), 3, (0, 0), _TRANS),
}  # fmt: skip
"""The dose table: level x phase (SportCoaching, Proven Gains and Fitzgerald; each cell
names its source)."""


def dose_for(level: Level | str, phase: Phase | str) -> Dose:
    """The strength dose for a level in a phase (before deloads and conditions).

    Examples:
        >>> dose_for("beginner", "taper").sessions
        1
    """
    return DOSES[(v.to_enum(Level, level, "level"), v.to_enum(Phase, phase, "phase"))]


class BodyRegion(StrEnum):
    """Where an injury is; exercises loading it are swapped or dropped in plans.

    Examples:
        >>> BodyRegion.KNEE.lower_limb
        True
    """

    FOOT_ANKLE = "foot-ankle"
    CALF_ACHILLES = "calf-achilles"
    SHIN = "shin"
    KNEE = "knee"
    HAMSTRING = "hamstring"
    HIP_GROIN = "hip-groin"
    LOWER_BACK = "lower-back"
    SHOULDER = "shoulder"

    @property
    def lower_limb(self) -> bool:
        """Whether the region is in the legs (plyometrics are paused for it).

        Examples:
            >>> BodyRegion.SHOULDER.lower_limb
            False
        """
        return self not in (BodyRegion.LOWER_BACK, BodyRegion.SHOULDER)


class ConditionKind(StrEnum):
    """What makes strength work step back (SportCoaching; Proven Gains).

    Examples:
        >>> ConditionKind("illness")
        <ConditionKind.ILLNESS: 'illness'>
    """

    INJURY = "injury"
    """A flare-up or pain that changes mechanics: scale, modify, replace (Proven Gains,
    mistake 4)."""
    ILLNESS = "illness"
    """Sick: strength pauses (SportCoaching)."""
    LIFE_STRESS = "life-stress"
    """High life stress or poor sleep: pull back (SportCoaching)."""
    RETURN_FROM_BREAK = "return-from-break"
    """Back to running after a break: running first, strength layered back in (SportCoaching)."""
    SORENESS = "soreness"
    """Soreness past 48-72 h or changing running form: less volume and load (Proven Gains FAQ)."""
    HEAVY_RUNNING_WEEK = "heavy-running-week"
    """Lots of speed or hills, or a mileage jump: fewer sets (Proven Gains, principle 3)."""
    MISSED = "missed"
    """Sessions logged as skipped: not made up; a re-entry ramp follows a missed week."""


def _region(value: object) -> BodyRegion | None:
    return None if value is None else v.to_enum(BodyRegion, value, "region")


def _kind(value: object) -> ConditionKind:
    return v.to_enum(ConditionKind, value, "kind")


@attrs.frozen
class Condition:
    """Something that makes strength step back, from ``start`` to ``end`` (both included).

    Examples:
        >>> Condition("injury", dt.date(2027, 1, 4), dt.date(2027, 1, 17), region="knee").region
        <BodyRegion.KNEE: 'knee'>
    """

    kind: ConditionKind = attrs.field(converter=_kind)
    start: dt.date = attrs.field(validator=_date)
    end: dt.date = attrs.field(validator=_date)
    region: BodyRegion | None = attrs.field(default=None, converter=_region)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "end", self.end, f"must not be before start ({self.start})", "swap the dates"
            )
        if (self.kind is ConditionKind.INJURY) != (self.region is not None):
            raise ValidationError(
                "region",
                self.region,
                "must be given for an injury and only for one",
                "say where the injury is, e.g. region='knee'",
            )

    def covers(self, week: SeasonWeek) -> bool:
        """Whether the condition touches any day of ``week``.

        Examples:
            >>> week = Season.build(dt.date(2026, 12, 7), []).weeks[0]
            >>> Condition("illness", dt.date(2026, 12, 13), dt.date(2026, 12, 20)).covers(week)
            True
        """
        if not isinstance(week, SeasonWeek):
            raise ArgumentTypeError("week", week, "must be a SeasonWeek", "take one from a Season")
        return self.start <= week.end and self.end >= week.start


@attrs.frozen
class WeekDose:
    """A season week with its dose after deloads, B races and conditions, and why.

    Examples:
        >>> doses = Season.build(dt.date(2026, 12, 7), []).doses("intermediate")
        >>> doses[3].dose.sets, doses[3].reasons
        (2, ('deload week: one set fewer, one more rep in reserve, half the contacts',))
    """

    week: SeasonWeek
    dose: Dose
    reasons: tuple[str, ...] = ()
    excluded: tuple[BodyRegion, ...] = ()
    bodyweight_only: bool = False


def _less(
    dose: Dose,
    *,
    sets: int = 0,
    sessions: int = 0,
    rir: float = 0,
    contacts: float = 1.0,
    floor_sessions: int = 1,
) -> Dose:
    return attrs.evolve(
        dose,
        sets=max(1, dose.sets - sets) if dose.sets else 0,
        sessions=max(min(floor_sessions, dose.sessions), dose.sessions - sessions),
        rir=dose.rir + rir,
        contacts=(
            math.floor(dose.contacts[0] * contacts),
            math.floor(dose.contacts[1] * contacts),
        ),
    )


def _season_doses(season: Season, level: Level) -> tuple[WeekDose, ...]:
    result = []
    deloads: dict[Phase, Dose] = {}  # a phase's deload dose, made once
    for week in season.weeks:
        dose = dose_for(level, week.phase)
        reasons: list[str] = []
        if week.deload:
            if week.phase not in deloads:
                deloads[week.phase] = _less(dose, sets=1, rir=1, contacts=0.5)
            dose = deloads[week.phase]
            reasons.append(
                "deload week: one set fewer, one more rep in reserve, half the contacts"
            )
        if week.b_race and week.phase is Phase.TAPER:
            reasons.append("B race this week: the taper is already light")
        elif week.b_race:
            dose = _less(dose, sets=1, sessions=dose.sessions - 1, contacts=0.5)
            reasons.append("B race this week: one session, one set fewer, half the contacts")
        if any(race.priority is Priority.C for race in week.races):
            reasons.append("C race this week: run it as a key workout; the dose is unchanged")
        result.append(WeekDose(week, dose, tuple(reasons)))
    return tuple(result)


_CONTRADICTORY = {ConditionKind.ILLNESS, ConditionKind.RETURN_FROM_BREAK}


def apply_conditions(
    doses: Sequence[WeekDose], conditions: Iterable[Condition]
) -> tuple[WeekDose, ...]:
    """Scale weekly doses for the conditions that touch each week, recording every change.

    - injury: one set fewer, one more rep in reserve, the region excluded, and no
      plyometrics for a leg injury (Proven Gains, mistake 4);
    - illness: no strength sessions that week (SportCoaching);
    - life stress or poor sleep: one session and one set fewer, one more rep in
      reserve (SportCoaching);
    - return from a break: one short bodyweight session, no plyometrics (SportCoaching:
      running tolerance first);
    - soreness past 48-72 h: one set fewer, one more rep in reserve, half the
      contacts (Proven Gains FAQ);
    - heavy running week: one set fewer, half the contacts (Proven Gains, principle 3).

    With no conditions the doses come back unchanged.

    Raises:
        ValidationError: Two conditions of the same kind (and region) overlap, or
            an illness overlaps a return from a break.

    Examples:
        >>> season = Season.build(dt.date(2026, 12, 7), [], end=dt.date(2026, 12, 20))
        >>> sick = Condition("illness", dt.date(2026, 12, 15), dt.date(2026, 12, 18))
        >>> [d.dose.sessions for d in apply_conditions(season.doses("beginner"), [sick])]
        [2, 0]
    """
    if isinstance(conditions, (Condition, str)) or not isinstance(conditions, Iterable):
        raise ArgumentTypeError(
            "conditions", conditions, "must be a collection of Condition", "pass a list"
        )
    found = v.check_items("conditions", conditions, Condition)
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            overlap = a.start <= b.end and b.start <= a.end
            if overlap and {a.kind, b.kind} == _CONTRADICTORY:
                raise ValidationError(
                    "conditions",
                    f"illness {a.start}..{a.end} and return-from-break {b.start}..{b.end}",
                    "must not say that a runner is ill and returning from a break at once",
                    "end the illness before the return from a break starts",
                )
            if a.kind is b.kind and a.region is b.region and overlap:
                raise ValidationError(
                    "conditions",
                    f"{a.kind.value} {a.start}..{a.end} and {b.start}..{b.end}",
                    "must not overlap with another of the same kind and region",
                    "merge them into one condition",
                )
    if isinstance(doses, str) or not isinstance(doses, Iterable):
        raise ArgumentTypeError(
            "doses", doses, "must be a sequence of WeekDose", "use Season.doses"
        )
    checked = v.check_items("doses", doses, WeekDose)
    return tuple(
        _apply(week_dose, [c for c in found if c.covers(week_dose.week)]) for week_dose in checked
    )


def heavy_running_dose(week_dose: WeekDose, trigger: str) -> WeekDose:
    """A week's dose after a jump in running volume: one set fewer, half the contacts.

    The same adjustment as a ``heavy-running-week`` condition (Proven Gains,
    principle 3; SportCoaching: pull strength back when running volume jumps), made
    at most once a week: a week already adjusted for heavy running comes back as it is.

    Examples:
        >>> season = Season.build(dt.date(2026, 12, 7), [], end=dt.date(2026, 12, 13))
        >>> week = heavy_running_dose(season.doses("intermediate")[0], "running up 30 %")
        >>> week.dose.sets, week.reasons
        (2, ('heavy running week, running up 30 %: one set fewer, half the contacts',))
    """
    if not isinstance(week_dose, WeekDose):
        raise ArgumentTypeError("week_dose", week_dose, "must be a WeekDose", "use Season.doses")
    if not isinstance(trigger, str) or not trigger.strip():
        raise ValidationError(
            "trigger", trigger, "must say what made the week heavy", "e.g. 'running up 30 %'"
        )
    if any("heavy" in reason and "running" in reason for reason in week_dose.reasons):
        return week_dose
    return attrs.evolve(
        week_dose,
        dose=_less(week_dose.dose, sets=1, contacts=0.5),
        reasons=(
            *week_dose.reasons,
            f"heavy running week, {trigger}: one set fewer, half the contacts",
        ),
    )


def _apply(week_dose: WeekDose, conditions: Sequence[Condition]) -> WeekDose:
    dose = week_dose.dose
    reasons = list(week_dose.reasons)
    excluded = list(week_dose.excluded)
    bodyweight = week_dose.bodyweight_only
    seen: set[tuple[ConditionKind, BodyRegion | None]] = set()
    for c in conditions:
        if (c.kind, c.region) in seen:
            continue  # two spells of the same thing in one week change the week once
        seen.add((c.kind, c.region))
        span = f"from {c.start} to {c.end}"
        when = f"{c.kind.value.replace('-', ' ')} {span}"
        if c.kind is ConditionKind.ILLNESS:
            dose = attrs.evolve(dose, sessions=0, contacts=(0, 0))
            reasons.append(f"{when}: strength paused (SportCoaching)")
        elif c.kind is ConditionKind.MISSED:
            dose = attrs.evolve(dose, sessions=0, contacts=(0, 0))
            reasons.append(f"sessions missed {c.start} to {c.end}: not made up")
        elif c.kind is ConditionKind.INJURY:
            region = cast(BodyRegion, c.region)  # an injury always has a region
            dose = _less(dose, sets=1, rir=1, contacts=0.0 if region.lower_limb else 1.0)
            if region not in excluded:
                excluded.append(region)
            reasons.append(
                f"{region.value} injury {span}: exercises loading it left out, one set fewer, "
                "one more rep in reserve (Proven Gains, mistake 4)"
            )
        elif c.kind is ConditionKind.LIFE_STRESS:
            dose = _less(dose, sets=1, sessions=1, rir=1)
            reasons.append(f"{when}: one session and one set fewer, easier sets (SportCoaching)")
        elif c.kind is ConditionKind.RETURN_FROM_BREAK:
            dose = attrs.evolve(
                _less(dose, sets=dose.sets, rir=1, contacts=0.0),
                sessions=min(dose.sessions, 1),
                minutes=(15, 25),
            )
            bodyweight = True
            reasons.append(
                f"{when}: running tolerance first; one short bodyweight session (SportCoaching)"
            )
        elif c.kind is ConditionKind.SORENESS:
            dose = _less(dose, sets=1, rir=1, contacts=0.5)
            reasons.append(f"{when}: one set fewer and easier (Proven Gains FAQ: 48-72 h rule)")
        else:
            dose = _less(dose, sets=1, contacts=0.5)
            reasons.append(
                f"heavy running week {span}: one set fewer, half the contacts "
                "(Proven Gains, principle 3)"
            )
    if not conditions:
        return week_dose
    return WeekDose(week_dose.week, dose, tuple(reasons), tuple(excluded), bodyweight)
