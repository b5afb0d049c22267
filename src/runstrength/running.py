"""The running week: what each day holds, as a template week or a dated calendar.

A day holds zero or more runs; its *demand* is its hardest run (rest < easy <
moderate < key workout < long run < race). Weeks run Monday to Sunday, numbered
the ISO way (Monday = 1).

Examples:
    >>> week = RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, fri easy, "
    ...                          "sat rest, sun long")
    >>> week[Weekday.TUESDAY].demand
    <RunKind.KEY_WORKOUT: 'key-workout'>
    >>> week.to_text()
    'mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long'
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.errors import ArgumentTypeError, ValidationError

__all__ = [
    "ParseError",
    "Run",
    "RunKind",
    "RunningCalendar",
    "RunningDay",
    "RunningWeek",
    "Weekday",
]


class ParseError(ValidationError):
    """Text that cannot be read as a running week; names the token and what was expected.

    Examples:
        >>> try:
        ...     RunningWeek.parse("mon easy, tue sprints")
        ... except ParseError as error:
        ...     print(error.argument, "|", error.value)
        text (entry 2, word 2) | sprints
    """


class RunKind(StrEnum):
    """The kinds of running day, from least to most demanding.

    Examples:
        >>> RunKind.LONG_RUN.rank > RunKind.KEY_WORKOUT.rank > RunKind.EASY.rank
        True
    """

    REST = "rest"
    """No running (or cross-training only)."""
    EASY = "easy"
    """An easy or recovery run."""
    MODERATE = "moderate"
    """A steady, moderate-effort run (Fitzgerald's preferred day for heavier lifting)."""
    KEY_WORKOUT = "key-workout"
    """Intervals, tempo, threshold, hills, track or fartlek: a quality session (SportCoaching)."""
    LONG_RUN = "long-run"
    """The week's long run (SportCoaching: protect it)."""
    RACE = "race"
    """A race."""

    @property
    def rank(self) -> int:
        """Demand order: rest 0 < easy 1 < moderate 2 < key workout 3 < long run 4 < race 5.

        Examples:
            >>> RunKind.RACE.rank
            5
        """
        return _RUN_RANKS[self]

    @property
    def is_run(self) -> bool:
        """Whether this is running at all (everything but rest).

        Examples:
            >>> RunKind.REST.is_run, RunKind.EASY.is_run
            (False, True)
        """
        return self is not RunKind.REST


_RUN_RANKS = {kind: index for index, kind in enumerate(RunKind)}

_SYNONYMS: dict[str, RunKind] = {
    "rest": RunKind.REST,
    "off": RunKind.REST,
    "easy": RunKind.EASY,
    "recovery": RunKind.EASY,
    "moderate": RunKind.MODERATE,
    "steady": RunKind.MODERATE,
    "key": RunKind.KEY_WORKOUT,
    "key-workout": RunKind.KEY_WORKOUT,
    "workout": RunKind.KEY_WORKOUT,
    "intervals": RunKind.KEY_WORKOUT,
    "tempo": RunKind.KEY_WORKOUT,
    "threshold": RunKind.KEY_WORKOUT,
    "hills": RunKind.KEY_WORKOUT,
    "track": RunKind.KEY_WORKOUT,
    "fartlek": RunKind.KEY_WORKOUT,
    "long": RunKind.LONG_RUN,
    "long-run": RunKind.LONG_RUN,
    "race": RunKind.RACE,
}


class Weekday(enum.IntEnum):
    """Days of the week, numbered the ISO way (Monday = 1 ... Sunday = 7).

    Examples:
        >>> Weekday.parse("Tue"), Weekday.SUNDAY.short
        (<Weekday.TUESDAY: 2>, 'sun')
        >>> Weekday.of(dt.date(2026, 12, 7))
        <Weekday.MONDAY: 1>
    """

    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    @property
    def short(self) -> str:
        """The three-letter lowercase name ("mon").

        Examples:
            >>> Weekday.WEDNESDAY.short
            'wed'
        """
        return self.name[:3].lower()

    @classmethod
    def parse(cls, text: str) -> Weekday:
        """A weekday from its name or a prefix of at least three letters ("thu", "Thurs").

        Raises:
            ParseError: Not a weekday name.

        Examples:
            >>> Weekday.parse("saturday")
            <Weekday.SATURDAY: 6>
        """
        if not isinstance(text, str):
            raise ArgumentTypeError("weekday", text, "must be a string", "write e.g. 'mon'")
        word = text.strip().lower()
        for day in cls:
            if len(word) >= 3 and day.name.lower().startswith(word):
                return day
        raise ParseError(
            "weekday", text, "must name a day of the week", "write mon, tue, wed ... or monday ..."
        )

    @classmethod
    def of(cls, date: dt.date) -> Weekday:
        """The weekday of a date.

        Examples:
            >>> Weekday.of(dt.date(2027, 4, 18))
            <Weekday.SUNDAY: 7>
        """
        if not isinstance(date, dt.date):
            raise ArgumentTypeError("date", date, "must be a datetime.date", "pass a date")
        return cls(date.isoweekday())


def weekday(value: object, argument: str = "weekday") -> Weekday:
    """A Weekday from a Weekday, an ISO number 1-7 or a name."""
    if isinstance(value, Weekday):
        return value
    if isinstance(value, str):
        try:
            return Weekday.parse(value)
        except ParseError as error:
            raise ParseError(argument, value, error.rule, error.fix) from None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 7:
        return Weekday(value)
    raise ArgumentTypeError(
        argument, value, "must be a Weekday, an ISO day number 1-7 or a day name", "e.g. 'mon'"
    )


def _label(instance: Run, attribute: Any, value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(attribute.name, value, "must be a string", "e.g. 'intervals'")
    if value and _SYNONYMS.get(value) is not instance.kind:
        words = ", ".join(w for w, k in _SYNONYMS.items() if k is instance.kind)
        raise ValidationError(
            attribute.name,
            value,
            f"must be a word for a {instance.kind.value} run (so that text reads back the same)",
            f"use one of {words}, or leave it empty",
        )


@attrs.frozen
class Run:
    """One run: its kind and, optionally, the word the runner used for it.

    Examples:
        >>> Run(RunKind.KEY_WORKOUT, "hills").word
        'hills'
        >>> Run(RunKind.EASY).word
        'easy'
    """

    kind: RunKind = attrs.field(validator=v.member_of(RunKind))
    label: str = attrs.field(default="", validator=_label)

    def __attrs_post_init__(self) -> None:
        # The kind's own words are no label: Run(EASY, "easy") == Run(EASY).
        if self.label in (_CANONICAL[self.kind], self.kind.value):
            object.__setattr__(self, "label", "")

    @property
    def word(self) -> str:
        """The word used in text: the label, or the kind's short name.

        Examples:
            >>> Run(RunKind.LONG_RUN).word
            'long'
        """
        return self.label or _CANONICAL[self.kind]


_CANONICAL = {
    RunKind.REST: "rest",
    RunKind.EASY: "easy",
    RunKind.MODERATE: "moderate",
    RunKind.KEY_WORKOUT: "key",
    RunKind.LONG_RUN: "long",
    RunKind.RACE: "race",
}


def _runs(_instance: object, attribute: Any, value: object) -> None:
    runs = v.check_tuple_of(attribute.name, value, Run)
    if any(run.kind is RunKind.REST for run in runs):
        raise ValidationError(
            attribute.name, value, "must not list rest as a run", "a rest day has no runs: ()"
        )


@attrs.frozen
class RunningDay:
    """What one day holds: zero or more runs (none is a rest day).

    Examples:
        >>> day = RunningDay((Run(RunKind.EASY), Run(RunKind.KEY_WORKOUT, "tempo")))
        >>> day.demand
        <RunKind.KEY_WORKOUT: 'key-workout'>
        >>> RunningDay().demand
        <RunKind.REST: 'rest'>
    """

    runs: tuple[Run, ...] = attrs.field(default=(), validator=_runs)
    _demand: RunKind = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Rules ask for the demand of every day many times: compute it once.
        demand = max((run.kind for run in self.runs), key=_RUN_RANKS.__getitem__, default=None)
        object.__setattr__(self, "_demand", RunKind.REST if demand is None else demand)

    @classmethod
    def of(cls, *kinds: RunKind | str) -> RunningDay:
        """A day from run kinds (or their words: "easy", "intervals" ...).

        Examples:
            >>> RunningDay.of("easy", "hills").demand
            <RunKind.KEY_WORKOUT: 'key-workout'>
            >>> RunningDay.of("easy", "strides").runs
            Traceback (most recent call last):
              ...
            runstrength.running.ParseError: 'run' must be a kind of run, got 'strides': ...
        """
        runs: list[Run] = []
        for kind in kinds:
            if isinstance(kind, RunKind):
                if kind is not RunKind.REST:
                    runs.append(Run(kind))
                continue
            for word in kind.split("+") if isinstance(kind, str) else (kind,):
                run = _parse_run(word, "run")
                if run is not None:
                    runs.append(run)
        return cls(tuple(runs))

    @property
    def demand(self) -> RunKind:
        """The hardest run of the day, or rest.

        Examples:
            >>> RunningDay.of("long").demand
            <RunKind.LONG_RUN: 'long-run'>
        """
        return self._demand

    @property
    def has_run(self) -> bool:
        """Whether the day has any run.

        Examples:
            >>> RunningDay().has_run
            False
        """
        return bool(self.runs)

    def to_text(self) -> str:
        """The day's runs as words joined by "+", or "rest".

        Examples:
            >>> RunningDay.of("easy", "hills").to_text()
            'easy+hills'
        """
        return "+".join(run.word for run in self.runs) or "rest"


def _parse_run(word: object, argument: str) -> Run | None:
    if not isinstance(word, str):
        raise ArgumentTypeError(argument, word, "must be a string", "write e.g. 'easy'")
    token = word.strip().lower().replace(" ", "-")
    kind = _SYNONYMS.get(token)
    if kind is None:
        raise ParseError(
            argument, word, "must be a kind of run", "use one of " + ", ".join(_SYNONYMS)
        )
    if kind is RunKind.REST:
        return None
    label = "" if token in (_CANONICAL[kind], kind.value) else token
    return Run(kind, label)


def _days(_instance: object, attribute: Any, value: object) -> None:
    days = v.check_tuple_of(attribute.name, value, RunningDay)
    if len(days) != 7:
        raise ValidationError(
            attribute.name,
            value,
            f"must hold 7 days (Monday to Sunday), not {len(days)}",
            "give one RunningDay per weekday",
        )


@attrs.frozen
class RunningWeek:
    """A template running week, Monday to Sunday; it repeats (Sunday is followed by Monday).

    Build one with :meth:`parse` from text, or :meth:`of` from one kind per day.

    Examples:
        >>> week = RunningWeek.of("easy", "key", "rest", "key", "easy", "rest", "long")
        >>> [day.short for day in week.run_days]
        ['mon', 'tue', 'thu', 'fri', 'sun']
    """

    days: tuple[RunningDay, ...] = attrs.field(validator=_days)

    @classmethod
    def of(cls, *kinds: RunKind | str) -> RunningWeek:
        """A week from seven kinds or words, Monday first ("rest" for a day off).

        Raises:
            ValidationError: Not exactly seven days.
            ParseError: A word that is not a kind of run.

        Examples:
            >>> RunningWeek.of(*["easy"] * 7).to_text()
            'mon easy, tue easy, wed easy, thu easy, fri easy, sat easy, sun easy'
        """
        if len(kinds) != 7:
            raise ValidationError(
                "kinds",
                kinds,
                f"must give 7 days (Monday to Sunday), not {len(kinds)}",
                "give one kind per weekday, 'rest' for a day off",
            )
        return cls(tuple(RunningDay.of(kind) for kind in kinds))

    @classmethod
    def parse(cls, text: str) -> RunningWeek:
        """Read a week from text such as ``"mon easy, tue intervals, ..., sun long"``.

        Entries are separated by commas, semicolons or new lines; each is a day
        name followed by its runs, several runs joined by "+" ("tue easy+hills").
        Days not mentioned are rest days. Words: rest/off; easy/recovery;
        moderate/steady; key/workout/intervals/tempo/threshold/hills/track/fartlek;
        long (or "long run"); race.

        Raises:
            ParseError: A word that is not a day or a kind of run, a day given
                twice, or an entry without runs; the error names the entry and word.

        Examples:
            >>> RunningWeek.parse("tue tempo; sun long run")[Weekday.SUNDAY].demand
            <RunKind.LONG_RUN: 'long-run'>
        """
        if not isinstance(text, str):
            raise ArgumentTypeError("text", text, "must be a string", "e.g. 'mon easy, sun long'")
        days: dict[Weekday, RunningDay] = {}
        for number, entry in enumerate(re.split(r"[,;\n]", text), 1):
            if not entry.strip():
                continue
            words = entry.split()
            where = f"text (entry {number}"
            try:
                day = Weekday.parse(words[0])
            except ParseError:
                raise ParseError(
                    f"{where}, word 1)",
                    words[0],
                    "must be a day of the week",
                    "start each entry with mon, tue, ... sun",
                ) from None
            if day in days:
                raise ParseError(
                    f"{where}, word 1)",
                    words[0],
                    "must not repeat a day",
                    "give each day once; join two runs with '+'",
                )
            rest = " ".join(words[1:]).replace(" + ", "+").replace("+ ", "+").replace(" +", "+")
            if not rest:
                raise ParseError(
                    f"{where}, word 2)",
                    entry.strip(),
                    "must say what the day holds",
                    "add a kind of run, or 'rest'",
                )
            runs: list[Run] = []
            parts = rest.split("+")
            for index, part in enumerate(parts):
                position = 2 + sum(len(p.split()) for p in parts[:index])
                try:
                    run = _parse_run(part, "run")
                except ParseError:
                    raise ParseError(
                        f"{where}, word {position})",
                        part.strip(),
                        "must be a kind of run",
                        "use one of " + ", ".join(_SYNONYMS),
                    ) from None
                if run is not None:
                    runs.append(run)
            days[day] = RunningDay(tuple(runs))
        return cls(tuple(days.get(d, RunningDay()) for d in Weekday))

    def __getitem__(self, day: Weekday | int | str) -> RunningDay:
        return self.days[weekday(day) - 1]

    def __iter__(self) -> Iterator[tuple[Weekday, RunningDay]]:
        return iter(zip(Weekday, self.days, strict=True))

    @property
    def run_days(self) -> tuple[Weekday, ...]:
        """The weekdays that hold at least one run.

        Examples:
            >>> RunningWeek.parse("mon easy, sun long").run_days
            (<Weekday.MONDAY: 1>, <Weekday.SUNDAY: 7>)
        """
        return tuple(d for d, day in self if day.has_run)

    def to_text(self) -> str:
        """The week as text that :meth:`parse` reads back into an equal week.

        Examples:
            >>> RunningWeek.parse("sun long").to_text()
            'mon rest, tue rest, wed rest, thu rest, fri rest, sat rest, sun long'
        """
        return ", ".join(f"{d.short} {day.to_text()}" for d, day in self)


def _calendar_days(_instance: object, attribute: Any, value: object) -> None:
    days = v.check_tuple_of(attribute.name, value, RunningDay)
    if not days:
        raise ValidationError(attribute.name, value, "must not be empty", "give at least a day")


def _date(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ArgumentTypeError(attribute.name, value, "must be a datetime.date", "pass a date")


@attrs.frozen
class RunningCalendar:
    """Running days on real dates: consecutive days from ``start``.

    Build one from a template week with :meth:`from_week`, then change single
    days (:meth:`with_day`) or add races (:meth:`with_race`). Dates outside the
    calendar count as rest days.

    Examples:
        >>> week = RunningWeek.parse("tue intervals, thu tempo, sun long")
        >>> cal = RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 20))
        >>> cal = cal.with_race(dt.date(2026, 12, 19))
        >>> cal[dt.date(2026, 12, 19)].demand, len(cal)
        (<RunKind.RACE: 'race'>, 14)
    """

    start: dt.date = attrs.field(validator=_date)
    days: tuple[RunningDay, ...] = attrs.field(validator=_calendar_days)

    @classmethod
    def from_week(cls, week: RunningWeek, start: dt.date, end: dt.date) -> RunningCalendar:
        """Repeat a template week over the dates ``start`` to ``end`` (both included).

        Raises:
            ValidationError: ``end`` is before ``start``.

        Examples:
            >>> cal = RunningCalendar.from_week(RunningWeek.parse("sun long"),
            ...                                 dt.date(2026, 12, 9), dt.date(2026, 12, 13))
            >>> cal[dt.date(2026, 12, 13)].demand
            <RunKind.LONG_RUN: 'long-run'>
        """
        if not isinstance(week, RunningWeek):
            raise ArgumentTypeError("week", week, "must be a RunningWeek", "use RunningWeek.parse")
        _date(None, attrs.fields(RunningCalendar).start, start)
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                raise ArgumentTypeError(name, value, "must be a datetime.date", "pass a date")
        if end < start:
            raise ValidationError("end", end, f"must not be before start ({start})", "swap them")
        count = (end - start).days + 1
        return cls(start, tuple(week[Weekday.of(start + dt.timedelta(i))] for i in range(count)))

    @property
    def end(self) -> dt.date:
        """The last date.

        Examples:
            >>> RunningCalendar(dt.date(2026, 12, 7), (RunningDay(),) * 3).end
            datetime.date(2026, 12, 9)
        """
        return self.start + dt.timedelta(days=len(self.days) - 1)

    def __len__(self) -> int:
        return len(self.days)

    def __attrs_post_init__(self) -> None:
        # Rules look two days past either end; keep every such date representable.
        margin = dt.timedelta(days=14)
        if self.start - dt.date.min < margin or dt.date.max - self.start < margin + dt.timedelta(
            days=len(self.days)
        ):
            raise ValidationError(
                "start",
                self.start,
                "must be a date well inside the calendar's range",
                "use a real season's dates",
            )

    def __getitem__(self, date: dt.date) -> RunningDay:
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            raise ArgumentTypeError("date", date, "must be a datetime.date", "pass a date")
        offset = (date - self.start).days
        return self.days[offset] if 0 <= offset < len(self.days) else RunningDay()

    def __iter__(self) -> Iterator[tuple[dt.date, RunningDay]]:
        return ((self.start + dt.timedelta(i), day) for i, day in enumerate(self.days))

    def with_day(self, date: dt.date, day: RunningDay) -> RunningCalendar:
        """A copy with ``date`` holding ``day``.

        Raises:
            ValidationError: ``date`` is outside the calendar.

        Examples:
            >>> cal = RunningCalendar(dt.date(2026, 12, 7), (RunningDay(),) * 7)
            >>> cal.with_day(dt.date(2026, 12, 8), RunningDay.of("hills"))[
            ...     dt.date(2026, 12, 8)].to_text()
            'hills'
        """
        if not isinstance(day, RunningDay):
            raise ArgumentTypeError("day", day, "must be a RunningDay", "use RunningDay.of(...)")
        offset = self._offset(date)
        return attrs.evolve(self, days=(*self.days[:offset], day, *self.days[offset + 1 :]))

    def with_race(self, date: dt.date) -> RunningCalendar:
        """A copy with a race on ``date`` (it replaces that day's runs).

        Examples:
            >>> cal = RunningCalendar(dt.date(2026, 12, 7), (RunningDay(),) * 7)
            >>> cal.with_race(dt.date(2026, 12, 13))[dt.date(2026, 12, 13)].demand
            <RunKind.RACE: 'race'>
        """
        return self.with_day(date, RunningDay((Run(RunKind.RACE),)))

    def _offset(self, date: object) -> int:
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            raise ArgumentTypeError("date", date, "must be a datetime.date", "pass a date")
        offset = (date - self.start).days
        if not 0 <= offset < len(self.days):
            raise ValidationError(
                "date",
                date,
                f"must be within the calendar ({self.start} to {self.end})",
                "extend the calendar first",
            )
        return offset


def weekdays_of(value: Iterable[Any], argument: str) -> frozenset[Weekday]:
    """A set of weekdays from an iterable of Weekday, ISO numbers or names."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ArgumentTypeError(
            argument, value, "must be a collection of weekdays", "e.g. ('sat', 'sun')"
        )
    return frozenset(weekday(item, argument) for item in value)
