"""The calendar writer's content lines are byte for byte what icalendar writes."""

from __future__ import annotations

import datetime as dt

import icalendar
from hypothesis import example, given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.formats import _content_lines as ics
from runstrength.formats.ical import running_to_ics, to_ics
from tests import strategies as s

STAMP = dt.datetime(2026, 11, 21, 12, 0, 7, 999, tzinfo=dt.UTC)
EARLIER = rs.plan_season(
    rs.Athlete(level="advanced"),
    rs.RunningWeek.parse("tue intervals, thu tempo, sun long"),
    start=dt.date(2026, 11, 2),
    end=dt.date(2027, 12, 26),
)

# Text with the characters that need escaping, multi-byte ones and long runs, so that
# folds land on escapes and inside multi-byte characters.
TEXT = st.text(
    st.sampled_from(["a", " ", "\\", ";", ",", "^", "\n", "\r", "N", "é", "€", "𝄞", ":"])
    | st.characters(codec="utf-8", exclude_categories=("Cs",)),
    max_size=400,
)


def _icalendar_lines(summary: str, description: str) -> bytes:
    event = icalendar.Event()
    event.add("summary", summary)
    event.add("dtstart", dt.date(2026, 12, 8))
    event.add("dtstamp", STAMP)
    event.add("categories", ["Strength", summary])
    event.add("description", description)
    return event.to_ical()


@given(TEXT, TEXT)
@example("a" * 73 + "\\;", "é" * 37 + "\\,")
@example("", "x" * 74)
def test_escaped_folded_lines_match_icalendar(summary: str, description: str) -> None:
    ours = ics.to_bytes(
        [
            ("BEGIN", "VEVENT"),
            ("SUMMARY", ics.text(summary)),
            ("DTSTART;VALUE=DATE", ics.date(dt.date(2026, 12, 8))),
            ("DTSTAMP", ics.utc_time(STAMP)),
            ("CATEGORIES", ",".join(ics.text(word) for word in ("Strength", summary))),
            ("DESCRIPTION", ics.text(description)),
            ("END", "VEVENT"),
        ]
    )
    assert ours == _icalendar_lines(summary, description)
    for line in ours.split(b"\r\n"):
        assert len(line) < ics.LIMIT


@given(s.plans(), st.sampled_from(["Strength plan", "Jo; a, b\\ c", "Été ^ 𝄞"]))
def test_whole_calendars_are_what_icalendar_writes_of_them(
    drawn: tuple[rs.Plan, tuple[object, ...]], name: str
) -> None:
    plan, _ = drawn
    for data in (
        to_ics(plan, dtstamp=STAMP, name=name, sequence=3),
        to_ics(plan, replaces=EARLIER, name=name),  # the sessions plan lacks are cancelled
    ):
        assert icalendar.Calendar.from_ical(data).to_ical() == data


def test_cancelled_events_and_running_days_parse_back() -> None:
    week = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
    athlete = rs.Athlete(level="intermediate")
    old = rs.plan_season(athlete, week, start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 27))
    new = rs.plan_season(athlete, week, start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20))
    events = icalendar.Calendar.from_ical(to_ics(new, replaces=old)).walk("VEVENT")
    cancelled = [e for e in events if e.get("status") == "CANCELLED"]
    assert len(events) == len(old.sessions())
    assert [e.decoded("dtstart") for e in cancelled] == [
        x.date for x in old.sessions() if x.date > new.end
    ]
    assert all(str(e["summary"]).startswith("Cancelled: Strength: ") for e in cancelled)
    assert {e["sequence"] for e in events} == {1}
    days = rs.RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    runs = icalendar.Calendar.from_ical(running_to_ics(days)).walk("VEVENT")
    assert [(e.decoded("dtstart"), str(e["summary"])) for e in runs] == [
        (dt.date(2026, 12, 8), "intervals"),
        (dt.date(2026, 12, 10), "tempo"),
        (dt.date(2026, 12, 13), "long"),
    ]
