"""iCalendar export: one all-day event per strength session (needs the ``ical`` extra).

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

from runstrength._optional import require
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.plan import Plan, PlannedSession

__all__ = ["event_uid", "to_ics"]

PRODID = "-//runstrength//strength plan//EN"
"""The PRODID of every calendar this module writes."""


def event_uid(plan: Plan, session: PlannedSession) -> str:
    """A UID that stays the same for the same session across exports of the same plan.

    It hashes the plan's first day, the runner's level and the session's date, so
    a re-export updates the events already in a calendar instead of adding copies.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> event_uid(plan, plan.sessions()[0])
        '20261207-...@runstrength'
    """
    key = f"{plan.start.isoformat()}|{plan.athlete.level.value}|{session.date.isoformat()}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"{session.date:%Y%m%d}-{digest}@runstrength"


def _description(session: PlannedSession) -> str:
    lines = [str(item) for item in session.exercises]
    lines.append("")
    lines.append(f"About {session.minutes:.0f} minutes.")
    lines.extend(f"Why: {reason}" for reason in session.reasons)
    lines.extend(
        f"{item.exercise.name}: {note}" for item in session.exercises for note in item.notes
    )
    return "\n".join(lines)


def to_ics(plan: Plan, *, dtstamp: dt.datetime, name: str = "Strength plan") -> bytes:
    """The plan as an iCalendar file: one all-day event per session.

    The title says the kind and the template; the description lists the
    exercises with their sets, reps and loads, then the reasons. ``dtstamp`` is
    the time the file is made (the library keeps no clock); naive times are read
    as UTC. Two exports of the same plan with the same ``dtstamp`` are
    byte-identical.

    Raises:
        MissingExtraError: ``icalendar`` is not installed.
        ArgumentTypeError: ``plan`` is not a Plan or ``dtstamp`` not a datetime.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> data = to_ics(plan, dtstamp=dt.datetime(2026, 11, 21, 12, 0))
        >>> [line for line in data.decode().splitlines() if line.startswith("SUMMARY")]
        ['SUMMARY:Strength (heavy): Beginner A', 'SUMMARY:Strength (heavy): Beginner B']
    """
    if not isinstance(plan, Plan):
        raise ArgumentTypeError("plan", plan, "must be a Plan", "pass plan_season's result")
    if not isinstance(dtstamp, dt.datetime):
        raise ArgumentTypeError(
            "dtstamp", dtstamp, "must be a datetime", "e.g. datetime.now(timezone.utc)"
        )
    stamp = dtstamp.replace(tzinfo=dt.UTC) if dtstamp.tzinfo is None else dtstamp
    try:
        stamp = stamp.astimezone(dt.UTC)
    except OverflowError:
        raise ValidationError(
            "dtstamp", dtstamp, "must be a time between years 1 and 9999 in UTC", "pass now"
        ) from None
    if not isinstance(name, str) or not name.strip() or not name.isprintable():
        raise ValidationError(
            "name", name, "must be one line of printable text", 'e.g. "Strength plan"'
        )
    ical = require("icalendar", extra="ical", argument="format", value="ics")
    calendar = ical.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for session in plan.sessions():
        event = ical.Event()
        event.add("uid", event_uid(plan, session))
        event.add("dtstamp", stamp)
        event.add("dtstart", session.date)
        event.add("dtend", session.date + dt.timedelta(days=1))
        event.add("summary", f"Strength ({session.kind.value}): {session.title}")
        event.add("description", _description(session))
        event.add("categories", ["Strength", session.kind.value])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
