"""A running plan from outside (a calendar feed, a spreadsheet) as dated running days.

The adapters under `runstrength.formats` read files into `PlanEntry`
values (a date, a title, the first line of a description, a duration from the feed);
`import_running` reads each entry with the shared running words
(`read_entry`) and returns a `RunningImport`: the
runner's `RunningCalendar` for the chosen dates, and an
audit that says, for every entry, what it became and why.

Choices, each stated in the audit's notes:

- A day's demand is its hardest run; several entries on one day are several runs.
- A run given only by its distance or duration is judged against its Monday-to-Sunday
  week, as in a typed week (`LONG_RUN_RATIO`).
- Running whose kind cannot be read counts as a key workout: placement protects it.
- Strength sessions already in the plan are not runs; their dates are
  `RunningImport.strength_dates`, to pass to
  `plan_season` as ``unavailable`` (no second leg day).
- A feed covers a window: days from its first to its last entry come from it (a day
  without an entry is a rest day); the chosen days outside that window come from
  ``fill``, a typed week, or are rest days when there is none.

Examples:
    >>> import datetime as dt
    >>> entries = [PlanEntry(dt.date(2026, 12, 8), "Tempo 10 km"),
    ...            PlanEntry(dt.date(2026, 12, 10), "Gym: legs"),
    ...            PlanEntry(dt.date(2026, 12, 13), "Long run 25 km")]
    >>> found = import_running(entries, start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
    >>> [day.to_text() for _, day in found.calendar]
    ['rest', 'tempo 10km', 'rest', 'rest', 'rest', 'rest', 'long 25km']
    >>> found.strength_dates
    (datetime.date(2026, 12, 10),)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, FormatError, ValidationError
from runstrength.running import (
    EntryKind,
    EntryReading,
    RunKind,
    RunningCalendar,
    RunningDay,
    RunningWeek,
    RunningWords,
    Weekday,
    read_entry,
)

__all__ = ["ImportedEntry", "PlanEntry", "RunningImport", "import_running"]

_MAX_DAYS = 4 * 366  # an import covers at most about four years, like a plan


def _date(_instance: object, attribute: Any, value: Any) -> None:
    v.check_date(attribute.name, value)


def _line(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(attribute.name, value, "must be a string", "pass the text")


def _optional_minutes(value: object) -> float | None:
    if value is None:
        return None
    minutes = v.check_finite_number("minutes", value)
    if minutes <= 0:
        raise ValidationError("minutes", value, "must be more than 0", "leave it None")
    return minutes


@attrs.frozen
class PlanEntry:
    """One dated entry of a running plan from outside: a calendar event or a spreadsheet row.

    Examples:
        >>> import datetime as dt
        >>> PlanEntry(dt.date(2025, 10, 20), "🏃 1km Repeats • 6.5km", "Intervals • 6.5km",
        ...           minutes=30).detail
        'Intervals • 6.5km'
    """

    date: dt.date = attrs.field(validator=_date)
    """The runner's date of the entry."""
    title: str = attrs.field(validator=_line)
    """The title (a calendar event's summary, a spreadsheet row's description)."""
    detail: str = attrs.field(default="", validator=_line)
    """More text read after the title (a description's first line), or empty."""
    minutes: float | None = attrs.field(default=None, kw_only=True, converter=_optional_minutes)
    """A duration the source gives besides the text (a feed's estimate), in minutes."""
    skip: str = attrs.field(default="", kw_only=True, validator=_line)
    """Why the source's reader left it out (cancelled, spans several days), or empty."""


@attrs.frozen
class ImportedEntry:
    """What one entry became, and why: one line of the audit.

    Examples:
        >>> import datetime as dt
        >>> found = import_running([PlanEntry(dt.date(2026, 12, 8), "Club run")],
        ...                        start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> print(found.entries[0].to_text())
        2026-12-08  unknown run -> key workout  Club run
            why: the word 'run' but no kind of run: a key workout, to be safe
            fix: name the kind in the title (easy, tempo, long run ...), or add your word:
            RunningWords.default().with_words({'club run': 'easy'})
    """

    date: dt.date
    """The date."""
    title: str
    """The entry's title as written."""
    entry: EntryKind
    """What it holds."""
    kind: RunKind | None
    """The kind of run it became (runs, unknown runs, cross-training), else None."""
    distance_km: float | None
    """The distance found, in kilometres, or None."""
    minutes: float | None
    """The duration found, in minutes, or None."""
    reason: str
    """The word or number that decided it, or why it was left out."""
    fix: str = ""
    """What to change when the reading may be wrong, or empty."""

    @property
    def what(self) -> str:
        """What it became, in words ("key workout", "unknown run -> key workout", "strength").

        Examples:
            >>> import datetime as dt
            >>> ImportedEntry(dt.date(2026, 12, 8), "Tempo", EntryKind.RUN,
            ...               RunKind.KEY_WORKOUT, None, None, "the word 'tempo'").what
            'key workout'
        """
        kind = "" if self.kind is None else self.kind.value.replace("-", " ")
        if self.entry is EntryKind.RUN:
            return kind
        if self.entry is EntryKind.UNKNOWN_RUN:
            return f"unknown run -> {kind}"
        if self.entry is EntryKind.CROSS_TRAINING:
            return f"cross-training ({kind})"
        return self.entry.value

    def to_text(self) -> str:
        """The audit line: date, what it became, amounts and title; then why (and the fix).

        Examples:
            >>> import datetime as dt
            >>> print(ImportedEntry(dt.date(2026, 12, 8), "Tempo 10 km", EntryKind.RUN,
            ...       RunKind.KEY_WORKOUT, 10.0, None, "the word 'tempo'").to_text())
            2026-12-08  key workout 10 km  Tempo 10 km
                why: the word 'tempo'
        """
        amounts = [f"{round(self.distance_km, 1):g} km"] if self.distance_km else []
        amounts += [f"{round(self.minutes):g} min"] if self.minutes else []
        head = " ".join([self.what, *amounts])
        lines = [f"{self.date}  {head}  {self.title or '(no title)'}", f"    why: {self.reason}"]
        if self.fix:
            lines.append(f"    fix: {self.fix}")
        return "\n".join(lines)


@attrs.frozen
class RunningImport:
    """The running read from outside: the calendar to plan around, and the audit.

    Examples:
        >>> import datetime as dt
        >>> found = import_running([PlanEntry(dt.date(2026, 12, 9), "Rest")],
        ...                        start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 9))
        >>> found.calendar.start, len(found.calendar), found.unknown
        (datetime.date(2026, 12, 7), 3, ())
    """

    calendar: RunningCalendar
    """The running days from the first to the last chosen date."""
    entries: tuple[ImportedEntry, ...]
    """Every entry of the chosen dates, in date order, with what it became and why."""
    notes: tuple[str, ...]
    """The choices made for the whole import, in plain words."""

    @property
    def strength_dates(self) -> tuple[dt.date, ...]:
        """The dates of strength sessions already in the plan (pass as ``unavailable``).

        Examples:
            >>> import datetime as dt
            >>> found = import_running([PlanEntry(dt.date(2026, 12, 9), "Strength")],
            ...                        start=dt.date(2026, 12, 9), end=dt.date(2026, 12, 9))
            >>> found.strength_dates
            (datetime.date(2026, 12, 9),)
        """
        return tuple(sorted({e.date for e in self.entries if e.entry is EntryKind.STRENGTH}))

    @property
    def unknown(self) -> tuple[ImportedEntry, ...]:
        """The entries that look like running but whose kind could not be read.

        Examples:
            >>> import datetime as dt
            >>> found = import_running([PlanEntry(dt.date(2026, 12, 9), "🏃 Club run")],
            ...                        start=dt.date(2026, 12, 9), end=dt.date(2026, 12, 9))
            >>> [e.title for e in found.unknown]
            ['🏃 Club run']
        """
        return tuple(e for e in self.entries if e.entry is EntryKind.UNKNOWN_RUN)

    def noted(self, plan: Any) -> Any:
        """``plan`` with this import's notes in its first week.

        The notes say which dates were read from the running plan, which were
        assumed, and what its strength sessions mean.

        Examples:
            >>> import datetime as dt
            >>> from runstrength import Athlete, plan_season
            >>> found = import_running([PlanEntry(dt.date(2026, 12, 8), "Easy 8 km")],
            ...                        start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
            >>> plan = plan_season(Athlete(level="beginner"), found.calendar,
            ...                    start=dt.date(2026, 12, 7))
            >>> found.noted(plan).weeks[0].notes[-1].startswith("running plan:")
            True
        """
        from runstrength.plan import Plan

        if not isinstance(plan, Plan):
            raise ArgumentTypeError("plan", plan, "must be a Plan", "pass plan_season's result")
        if not self.notes:
            return plan
        first = attrs.evolve(
            plan.weeks[0],
            notes=(*plan.weeks[0].notes, *(f"running plan: {note}" for note in self.notes)),
        )
        return attrs.evolve(plan, weeks=(first, *plan.weeks[1:]))

    def explain(self) -> str:
        """The audit as text: every entry (date, what it became, title, why), then the notes.

        Examples:
            >>> import datetime as dt
            >>> found = import_running([PlanEntry(dt.date(2026, 12, 8), "Easy 8 km")],
            ...                        start=dt.date(2026, 12, 8), end=dt.date(2026, 12, 8))
            >>> print(found.explain())
            2026-12-08  easy 8 km  Easy 8 km
                why: the word 'easy'
        """
        lines = [entry.to_text() for entry in self.entries]
        lines += [f"note: {note}" for note in self.notes]
        return "\n".join(lines)


_UNKNOWN_FIX = (
    "name the kind in the title (easy, tempo, long run ...), or add your word: "
    "RunningWords.default().with_words({'club run': 'easy'})"
)


def _amounts_text(reading: EntryReading) -> str:
    """A run given only by its amounts, as running-week text ("9.656km 50min")."""
    parts = [] if reading.distance_km is None else [f"{reading.distance_km!r}km"]
    parts += [] if reading.minutes is None else [f"{reading.minutes!r}min"]
    return " ".join(parts)


def _check_range(start: object, end: object) -> tuple[dt.date, dt.date]:
    first = v.check_date("start", start)
    last = v.check_date("end", end)
    if last < first:
        raise ValidationError("end", last, f"must not be before start ({first})", "swap them")
    if (last - first).days > _MAX_DAYS:
        raise ValidationError(
            "end", last, f"must be within about four years of start ({first})", "import less"
        )
    return first, last


def import_running(
    entries: Iterable[PlanEntry],
    *,
    start: dt.date,
    end: dt.date,
    words: RunningWords | None = None,
    fill: RunningWeek | None = None,
) -> RunningImport:
    """Read dated entries into the runner's running days from ``start`` to ``end``, with an audit.

    Each entry is read by `read_entry` (title first, then
    the detail line). The module's introduction lists the choices made.

    Args:
        entries: The entries; those outside ``start`` to ``end`` are not read.
        start: The first date of the calendar (both ends included).
        end: The last date.
        words: The running words; the built-in ones if None.
        fill: A typed week for the chosen days outside the entries' window, or None for
            rest days there.

    Raises:
        ArgumentTypeError: An argument of the wrong type.
        ValidationError: ``end`` before ``start``, or more than about four years apart.
        FormatError: No entry falls from ``start`` to ``end``.

    Examples:
        >>> import datetime as dt
        >>> days = [PlanEntry(dt.date(2026, 12, 7) + dt.timedelta(n), text)
        ...         for n, text in enumerate(["3 mi run", "3 mi", "rest", "3 mi", "6 mi"])]
        >>> found = import_running(days, start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> [e.what for e in found.entries]
        ['easy', 'easy', 'rest', 'easy', 'long run']
    """
    first, last = _check_range(start, end)
    if isinstance(entries, (str, PlanEntry)) or not isinstance(entries, Iterable):
        raise ArgumentTypeError(
            "entries", entries, "must be a collection of PlanEntry", "pass a list"
        )
    chosen = sorted(
        (e for e in v.check_items("entries", entries, PlanEntry) if first <= e.date <= last),
        key=lambda e: e.date,
    )
    if fill is not None and not isinstance(fill, RunningWeek):
        raise ArgumentTypeError(
            "fill", fill, "must be a RunningWeek or None", "use RunningWeek.parse"
        )
    if not chosen:
        raise FormatError(
            "start",
            f"{first} to {last}",
            "must hold at least one event or row of the running plan",
            "choose dates the plan covers, or plan with a typed week",
        )
    readings = [
        None if e.skip else read_entry(e.title, e.detail, minutes=e.minutes, words=words)
        for e in chosen
    ]
    runs = _judge(chosen, readings)
    audit: list[ImportedEntry] = []
    by_date: dict[dt.date, list[Any]] = {}
    for index, (entry, reading) in enumerate(zip(chosen, readings, strict=True)):
        if reading is None:
            audit.append(
                ImportedEntry(
                    entry.date, entry.title, EntryKind.IGNORED, None, None, None, entry.skip
                )
            )
            continue
        run = runs.get(index)
        reason = reading.reason
        if run is not None:
            by_date.setdefault(entry.date, []).append(run)
            if reading.kind is None:
                long = run.kind is RunKind.LONG_RUN
                reason += (
                    ": the week's long run (16 km or 90 min or more, or by far its longest)"
                    if long
                    else ": an easy run (not the week's long run)"
                )
        audit.append(
            ImportedEntry(
                entry.date,
                entry.title,
                reading.entry,
                None if run is None else run.kind,
                reading.distance_km,
                reading.minutes,
                reason,
                _UNKNOWN_FIX if reading.entry is EntryKind.UNKNOWN_RUN else "",
            )
        )
    window = (chosen[0].date, chosen[-1].date)
    days = []
    for n in range((last - first).days + 1):
        date = first + dt.timedelta(n)
        if window[0] <= date <= window[1]:
            days.append(RunningDay(tuple(by_date.get(date, ()))))
        else:
            days.append(RunningDay() if fill is None else fill[Weekday.of(date)])
    result = RunningImport(
        RunningCalendar(first, tuple(days)), tuple(audit), _notes(audit, first, last, window, fill)
    )
    return result


def _judge(chosen: list[PlanEntry], readings: list[EntryReading | None]) -> dict[int, Any]:
    """The run each entry becomes, runs given only by amounts judged within their week."""
    weeks: dict[dt.date, list[list[tuple[int, str]]]] = {}
    for index, (entry, reading) in enumerate(zip(chosen, readings, strict=True)):
        if reading is None or reading.entry not in (
            EntryKind.RUN,
            EntryKind.UNKNOWN_RUN,
            EntryKind.CROSS_TRAINING,
        ):
            continue
        monday = entry.date - dt.timedelta(entry.date.weekday())
        week = weeks.setdefault(monday, [[] for _ in range(7)])
        run = reading.run()
        text = _amounts_text(reading) if run is None else run.to_text()
        week[entry.date.weekday()].append((index, text))
    runs: dict[int, Any] = {}
    for week in weeks.values():
        typed = RunningWeek.of(*("+".join(t for _, t in day) or "rest" for day in week))
        for day, (_, running) in zip(week, typed, strict=True):
            for (index, _), run in zip(day, running.runs, strict=True):
                runs[index] = run
    return runs


def _notes(
    audit: list[ImportedEntry],
    first: dt.date,
    last: dt.date,
    window: tuple[dt.date, dt.date],
    fill: RunningWeek | None,
) -> tuple[str, ...]:
    notes = []
    if window != (first, last):
        outside = "from your typed week" if fill is not None else "rest days"
        notes.append(
            f"the running plan covers {window[0]} to {window[1]}; the other days from "
            f"{first} to {last} are {outside}"
        )
    strength = sorted({e.date for e in audit if e.entry is EntryKind.STRENGTH})
    if strength:
        dates = ", ".join(map(str, strength))
        notes.append(
            f"strength already in your plan on {dates}: a hard day for the legs, so no "
            "second strength session goes there or within 48 hours "
            "(plan_season(..., own_strength=strength_dates))"
        )
    unknown = sum(e.entry is EntryKind.UNKNOWN_RUN for e in audit)
    if unknown:
        notes.append(
            f"{unknown} run{'s' if unknown > 1 else ''} of unknown kind "
            f"count{'' if unknown > 1 else 's'} as key workouts, "
            "so strength keeps away from them; name the kind to plan closer"
        )
    return tuple(notes)
