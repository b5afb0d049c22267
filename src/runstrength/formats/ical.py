"""iCalendar in and out: running plans in, strength sessions out (reading needs ``ical``).

`read_ics` reads a runner's running plan from a calendar feed (a coaching app's,
a training log's, a book plan turned into a calendar, a club's recurring runs) into a
`RunningImport`; `running_to_ics` writes running days back out; `to_ics` writes one
all-day event per strength session. Writing needs no extra: the library writes the
content lines itself, byte for byte as `icalendar` would.

Examples:
    >>> import datetime as dt, runstrength as rs
    >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
    ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
    >>> stamp = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.timezone.utc)
    >>> data = to_ics(plan, dtstamp=stamp)
    >>> data.count(b"BEGIN:VEVENT"), data == to_ics(plan, dtstamp=stamp)
    (2, True)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections.abc import Iterator
from typing import Any

from runstrength import _validate as v
from runstrength._optional import require
from runstrength.errors import ArgumentTypeError, FormatError, ValidationError
from runstrength.formats import _content_lines as ics
from runstrength.imported import PlanEntry, RunningImport, import_running
from runstrength.plan import Plan, PlannedSession
from runstrength.running import RunningCalendar, RunningWeek, RunningWords
from runstrength.taxonomy import Category

__all__ = ["DEFAULT_NAME", "event_uid", "read_ics", "running_to_ics", "session_title", "to_ics"]

PRODID = "-//runstrength//strength plan//EN"
"""The PRODID of every calendar this module writes."""


_DAY = dt.timedelta(days=1)

DEFAULT_NAME = "Strength plan"
"""The calendar's name when none is given; it also keys the events' UIDs."""


def _week_number(plan: Plan, session: PlannedSession) -> tuple[int, int, int]:
    """The session's ISO year and week, and its number within that week (from 1)."""
    year, week, _ = session.date.isocalendar()
    same = [s for s in plan.sessions() if s.date.isocalendar()[:2] == (year, week)]
    if session not in same:
        raise ValidationError(
            "session",
            f"a session on {session.date}",
            "must be one of the plan's sessions",
            "pass one of plan.sessions()",
        )
    return year, week, same.index(session) + 1


def event_uid(plan: Plan, session: PlannedSession, *, name: str = DEFAULT_NAME) -> str:
    """The UID of a session's event: the calendar's name, the ISO week and its number in it.

    The same calendar name, week and number give the same UID, so a new export of a
    changed plan updates the events already in a calendar instead of adding copies,
    even when the level or the first day changed. The name is hashed, so a runner's
    name does not show in the UID.

    Raises:
        ValidationError: ``session`` is not one of the plan's sessions.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> [event_uid(plan, s) for s in plan.sessions()]
        ['2026-W50-1-...@runstrength', '2026-W50-2-...@runstrength']
    """
    if not isinstance(plan, Plan):
        raise ArgumentTypeError("plan", plan, "must be a Plan", "pass plan_season's result")
    v.check_instance("session", session, PlannedSession)
    if not isinstance(name, str) or not name.strip():
        raise ValidationError("name", name, "must be a non-blank string", "e.g. 'Strength plan'")
    year, week, number = _week_number(plan, session)
    return _uid(year, week, number, _digest(name))


def _digest(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()[:12]


def _uid(year: int, week: int, number: int, digest: str) -> str:
    return f"{year}-W{week:02d}-{number}-{digest}@runstrength"


def session_title(session: PlannedSession) -> str:
    """A short event title: "Strength:", the kind, what it trains, and the minutes.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="intermediate"),
        ...                       rs.RunningWeek.parse("tue intervals, thu tempo, sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> [session_title(s) for s in plan.sessions()]
        ['Strength: heavy legs, 42 min', 'Strength: power legs and jumps, 41 min']
    """
    v.check_instance("session", session, PlannedSession)
    categories = {item.exercise.category for item in session.exercises}
    words = [session.kind.value]
    if categories & {Category.BILATERAL, Category.UNILATERAL}:
        words.append("legs")
    if Category.PLYOMETRIC in categories:
        words.append("and jumps" if len(words) > 1 else "jumps")
    return f"Strength: {' '.join(words)}, {session.minutes:.0f} min"


def _description(session: PlannedSession) -> str:
    lines = [f"{session.kind.value.capitalize()} session: {session.title}", ""]
    lines += [str(item) for item in session.exercises]
    lines.append("")
    lines.append(f"About {session.minutes:.0f} minutes.")
    lines.extend(f"Why: {reason}" for reason in session.reasons)
    lines.extend(
        f"{item.exercise.name}: {note}" for item in session.exercises for note in item.notes
    )
    return "\n".join(lines)


def _stamp(dtstamp: object, plan: Plan | RunningCalendar) -> dt.datetime:
    if dtstamp is None:
        return dt.datetime.combine(plan.start, dt.time(), dt.UTC)
    if not isinstance(dtstamp, dt.datetime):
        raise ArgumentTypeError(
            "dtstamp", dtstamp, "must be a datetime or None", "e.g. datetime.now(timezone.utc)"
        )
    stamp = dtstamp.replace(tzinfo=dt.UTC) if dtstamp.tzinfo is None else dtstamp
    try:
        return stamp.astimezone(dt.UTC)
    except OverflowError:
        raise ValidationError(
            "dtstamp", dtstamp, "must be a time between years 1 and 9999 in UTC", "pass now"
        ) from None


def _check_name(name: object) -> None:
    if not isinstance(name, str) or not name.strip() or not name.isprintable():
        raise ValidationError(
            "name", name, "must be one line of printable text", 'e.g. "Strength plan"'
        )


def to_ics(
    plan: Plan,
    *,
    dtstamp: dt.datetime | None = None,
    name: str = DEFAULT_NAME,
    replaces: Plan | None = None,
    sequence: int | None = None,
) -> bytes:
    """The plan as an iCalendar file: one all-day event per session, ready to update.

    Each event's title is short ("Strength: heavy legs, 44 min"; see
    `session_title`); the description lists the exercises with their sets, reps
    and loads, then the reasons. Its UID comes from ``name``, the ISO week and the
    session's number in the week (`event_uid`), so a new export updates the
    events a calendar already has. Pass the plan the calendar holds now as
    ``replaces``: its sessions that no longer exist come as cancelled events, and every
    event gets ``SEQUENCE`` ``sequence`` (default 1 with ``replaces``, else 0; count
    your updates to keep it rising).

    ``dtstamp`` is the time the file is made (the library keeps no clock); naive times
    are read as UTC; without one, the plan's first day at midnight UTC. The same
    arguments give byte-identical files.

    Raises:
        ArgumentTypeError: ``plan`` or ``replaces`` is not a Plan, ``dtstamp`` not a
            datetime, or ``sequence`` not a whole number.
        ValidationError: A blank or multi-line ``name``, or a negative ``sequence``.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> import icalendar
        >>> events = icalendar.Calendar.from_ical(to_ics(plan)).walk("VEVENT")
        >>> [(str(e["summary"]), e["sequence"]) for e in events]
        [('Strength: heavy legs, 28 min', 0), ('Strength: heavy legs, 27 min', 0)]
    """
    if not isinstance(plan, Plan):
        raise ArgumentTypeError("plan", plan, "must be a Plan", "pass plan_season's result")
    if replaces is not None and not isinstance(replaces, Plan):
        raise ArgumentTypeError(
            "replaces", replaces, "must be a Plan or None", "pass the plan exported before"
        )
    stamp = _stamp(dtstamp, plan)
    _check_name(name)
    revision = (0 if replaces is None else 1) if sequence is None else sequence
    if isinstance(revision, bool) or not isinstance(revision, int):
        raise ArgumentTypeError("sequence", sequence, "must be a whole number", "e.g. 2")
    if revision < 0:
        raise ValidationError("sequence", sequence, "must be >= 0", "count your updates from 1")
    lines = [
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("X-WR-CALNAME", name),
    ]
    common = {"stamp": ics.utc_time(stamp), "sequence": str(revision)}
    uids = set()
    for uid, session in _uids(plan, name):
        uids.add(uid)
        lines += _event(uid, session, cancelled=False, **common)
    for uid, old in () if replaces is None else _uids(replaces, name):
        if uid not in uids:
            lines += _event(uid, old, cancelled=True, **common)
    lines.append(("END", "VCALENDAR"))
    return ics.to_bytes(lines)


def _uids(plan: Plan, name: str) -> Iterator[tuple[str, PlannedSession]]:
    """Each session's `event_uid`, worked out in one pass over the plan."""
    digest = _digest(name)
    week: tuple[int, int] | None = None
    number = 0
    for session in plan.sessions():
        year, iso_week, _ = session.date.isocalendar()
        number = number + 1 if week == (year, iso_week) else 1
        week = (year, iso_week)
        yield _uid(year, iso_week, number, digest), session


def _event(
    uid: str, session: PlannedSession, *, cancelled: bool, stamp: str, sequence: str
) -> list[tuple[str, str]]:
    """A session's VEVENT, its properties in the order icalendar writes them."""
    summary = f"Cancelled: {session_title(session)}" if cancelled else session_title(session)
    lines = [
        ("BEGIN", "VEVENT"),
        ("SUMMARY", ics.text(summary)),
        ("DTSTART;VALUE=DATE", ics.date(session.date)),
        ("DTEND;VALUE=DATE", ics.date(session.date + _DAY)),
        ("DTSTAMP", stamp),
        ("UID", ics.text(uid)),
        ("SEQUENCE", sequence),
    ]
    if cancelled:
        lines.append(("STATUS", "CANCELLED"))
    else:
        categories = ",".join(ics.text(word) for word in ("Strength", session.kind.value))
        lines.append(("CATEGORIES", categories))
        lines.append(("DESCRIPTION", ics.text(_description(session))))
    lines += [("TRANSP", "TRANSPARENT"), ("END", "VEVENT")]
    return lines


# --- running plans in ------------------------------------------------------------------------

_ESTIMATED = "X-WORKOUT-ESTIMATED-DURATION"  # seconds, in some coaching apps' feeds


def _zone(tz: object) -> dt.tzinfo | None:
    if tz is None or isinstance(tz, dt.tzinfo):
        return tz
    if not isinstance(tz, str):
        raise ArgumentTypeError(
            "tz", tz, "must be a time zone name or a tzinfo", "e.g. tz='Europe/Berlin'"
        )
    try:
        return zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            "tz", tz, "must be an IANA time zone name", "e.g. 'Europe/Berlin' or 'America/Denver'"
        ) from None


def _parse(data: object) -> Any:
    if not isinstance(data, (bytes, bytearray)):
        raise ArgumentTypeError(
            "data", data, "must be the bytes of an .ics file", "pass Path(...).read_bytes()"
        )
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(
            "data",
            f"{len(data)} bytes",
            f"must be UTF-8 text (byte {error.start} is not)",
            "export the calendar again as an .ics file",
        ) from None
    ical = require("icalendar", extra="ical", argument="format", value="ics")
    try:
        calendar = ical.Calendar.from_ical(text)
    except ValueError as error:
        raise FormatError(
            "data",
            text[:40],
            f"must be one iCalendar calendar ({str(error).splitlines()[0][:80]})",
            "pass the .ics file of one calendar",
        ) from None
    if calendar.name != "VCALENDAR":
        raise FormatError(
            "data", text[:40], "must be an iCalendar file (BEGIN:VCALENDAR)", "pass an .ics file"
        )
    return calendar


def _check_events(calendar: Any) -> None:
    events = calendar.walk("VEVENT")
    if not events:
        raise FormatError(
            "data",
            "a calendar without events",
            "must hold events (VEVENT)",
            "export the calendar with its events",
        )
    for event in events:
        title = str(event.get("SUMMARY", ""))
        broken = [name for name, _ in event.errors if name in ("DTSTART", "DTEND", "RRULE")]
        if "DTSTART" not in event or broken:
            what = f"an unreadable {broken[0]}" if broken else "no date (DTSTART)"
            raise FormatError(
                "data",
                f"event {title!r}",
                f"must have a readable date, not {what}",
                "fix or remove that event, then export again",
            )


def _runner_zone(calendar: Any, tz: object) -> dt.tzinfo | None:
    zone = _zone(tz)
    named = calendar.pop("X-WR-TIMEZONE", None)
    if zone is None and named is not None:
        try:
            zone = zoneinfo.ZoneInfo(str(named))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            raise FormatError(
                "X-WR-TIMEZONE",
                str(named),
                "must be an IANA time zone name",
                "pass the runner's zone, e.g. tz='Europe/Berlin'",
            ) from None
    return zone


def _minutes(event: Any) -> float | None:
    value = event.get(_ESTIMATED)
    try:
        seconds = float(str(value))
    except ValueError:
        return None
    return seconds / 60 if 0 < seconds < 48 * 3600 else None


def _local_date(begin: dt.date, zone: dt.tzinfo | None) -> dt.date:
    """The runner's date of a start: all-day and floating as written, others in ``zone``."""
    if not isinstance(begin, dt.datetime):
        return begin
    if begin.tzinfo is not None:
        if zone is None:
            raise FormatError(
                "tz",
                None,
                "must name the runner's time zone: the calendar has timed events and no "
                "X-WR-TIMEZONE, and the zone decides their dates",
                "pass tz='Europe/Berlin' (on the command line: --tz Europe/Berlin)",
            )
        begin = begin.astimezone(zone)
    return begin.date()


def _entry(event: Any, zone: dt.tzinfo | None) -> tuple[PlanEntry, tuple[str, str]]:
    begin = event["DTSTART"].dt
    timed = isinstance(begin, dt.datetime)
    date = _local_date(begin, zone)
    # recurring-ical-events gives every occurrence a DTEND (from DURATION, or RFC 5545's
    # defaults: an all-day event lasts its day, a timed one no time).
    finish = event["DTEND"].dt
    span = finish - event["DTSTART"].dt if type(finish) is type(event["DTSTART"].dt) else None
    title = " ".join(str(event.get("SUMMARY", "")).split())
    lines = str(event.get("DESCRIPTION", "")).strip().splitlines()
    skip = ""
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        skip = "cancelled"
    elif span is not None and span >= dt.timedelta(days=2 if not timed else 1):
        skip = f"spans {span.days} days: a banner over several days, not a run"
    entry = PlanEntry(
        date, title, lines[0].strip() if lines else "", minutes=_minutes(event), skip=skip
    )
    return entry, (str(begin), str(event.get("UID", "")))


def read_ics(
    data: bytes,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    tz: str | dt.tzinfo | None = None,
    words: RunningWords | None = None,
    fill: RunningWeek | None = None,
) -> RunningImport:
    r"""Read a running plan from an .ics calendar into running days from ``start`` to ``end``.

    Every event on those dates (recurring events expanded, with their exceptions and
    moved occurrences) is read by `read_entry`: the title
    first, then the first line of the description; a duration comes from the text or
    the feed's ``X-WORKOUT-ESTIMATED-DURATION`` (seconds). Cancelled events and
    all-day events of two days or more (week banners) are left out, and the audit
    says so. All-day events keep their date; a floating time keeps its wall-clock date;
    a time in UTC or with a time zone is moved into the runner's zone first: ``tz``,
    else the calendar's ``X-WR-TIMEZONE``. The days outside the feed's events come from
    ``fill`` or are rest days (see `runstrength.imported`).

    Args:
        data: The .ics file's bytes (UTF-8).
        start: The first date to read (e.g. the plan's first day); if None, the date of
            the earliest event.
        end: The last date to read; if None, the latest date an event starts on
            (a recurring event counts by its first date: pass ``end`` to read further).
        tz: The runner's time zone, a name such as ``"Europe/Berlin"`` or a tzinfo.
        words: The running words; the built-in ones if None.
        fill: A typed week for the days outside the feed's events, or None for rest.

    Returns:
        The calendar to pass to `plan_season`, and the audit.

    Raises:
        MissingExtraError: The ``ical`` extra is not installed.
        ArgumentTypeError: An argument of the wrong type.
        FormatError: Not UTF-8, not a calendar, no events, an event without a readable
            date, timed events without a time zone, or no event from ``start`` to ``end``.
        ValidationError: ``tz`` names no time zone, or ``end`` is before ``start``.

    Examples:
        >>> import datetime as dt
        >>> feed = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        ...         b"DTSTART:20251020\r\nSUMMARY:\xf0\x9f\x8f\x83 1km Repeats 6.5km\r\n"
        ...         b"END:VEVENT\r\nEND:VCALENDAR\r\n")
        >>> found = read_ics(feed, start=dt.date(2025, 10, 20), end=dt.date(2025, 10, 26))
        >>> print(found.entries[0].to_text())
        2025-10-20  key workout 6.5 km  🏃 1km Repeats 6.5km
            why: the word 'repeats'
    """
    calendar = _parse(data)
    _check_events(calendar)
    zone = _runner_zone(calendar, tz)
    if start is None or end is None:
        dates = [_local_date(event["DTSTART"].dt, zone) for event in calendar.walk("VEVENT")]
        start = min(dates) if start is None else start
        end = max(dates) if end is None else end
    first = start if isinstance(start, dt.date) else None
    last = end if isinstance(end, dt.date) else None
    if first is None or last is None or isinstance(first, dt.datetime) or last < first:
        return import_running((), start=start, end=end)  # raises the argument's error
    expand = require("recurring_ical_events", extra="ical", argument="format", value="ics")
    try:
        events = expand.of(calendar).between(
            first - dt.timedelta(days=1), last + dt.timedelta(days=2)
        )
    except ValueError as error:
        raise FormatError(
            "data",
            "a recurring event",
            f"must repeat by a readable rule ({str(error)[:80]})",
            "fix the event's RRULE, then export again",
        ) from None
    read = sorted(
        (_entry(event, zone) for event in events), key=lambda pair: (pair[0].date, pair[1])
    )
    return import_running([e for e, _ in read], start=start, end=end, words=words, fill=fill)


def running_to_ics(
    calendar: RunningCalendar, *, name: str = "Running plan", dtstamp: dt.datetime | None = None
) -> bytes:
    """Running days as an iCalendar file: one all-day event per run, titled by its text.

    `read_ics` reads the file back into an equal calendar (rest days have no
    event). ``dtstamp`` is the time the file is made; by default the calendar's first
    day at midnight UTC (the library keeps no clock).

    Raises:
        ArgumentTypeError: ``calendar`` is not a RunningCalendar, or ``dtstamp`` not a
            datetime.
        ValidationError: A blank or multi-line ``name``.

    Examples:
        >>> import datetime as dt
        >>> from runstrength import RunningCalendar, RunningWeek
        >>> days = RunningCalendar.from_week(RunningWeek.parse("tue tempo 10 km, sun long 2h"),
        ...                                  dt.date(2026, 12, 7), dt.date(2026, 12, 13))
        >>> data = running_to_ics(days)
        >>> [line for line in data.decode().splitlines() if line.startswith("SUMMARY")]
        ['SUMMARY:tempo 10km', 'SUMMARY:long 120min']
        >>> read_ics(data, start=days.start, end=days.end).calendar == days
        True
    """
    if not isinstance(calendar, RunningCalendar):
        raise ArgumentTypeError(
            "calendar", calendar, "must be a RunningCalendar", "use RunningCalendar.from_week"
        )
    stamp = ics.utc_time(_stamp(dtstamp, calendar))
    _check_name(name)
    lines = [("BEGIN", "VCALENDAR"), ("VERSION", "2.0"), ("PRODID", PRODID)]
    lines.append(("X-WR-CALNAME", name))
    for date, day in calendar:
        for number, run in enumerate(day.runs):
            lines += [
                ("BEGIN", "VEVENT"),
                ("SUMMARY", ics.text(run.to_text())),
                ("DTSTART;VALUE=DATE", ics.date(date)),
                ("DTEND;VALUE=DATE", ics.date(date + _DAY)),
                ("DTSTAMP", stamp),
                ("UID", ics.text(f"{date:%Y%m%d}-{number}@runstrength-running")),
                ("END", "VEVENT"),
            ]
    lines.append(("END", "VCALENDAR"))
    return ics.to_bytes(lines)
