"""Running plans in from CSV: the same reader and audit as calendars."""

from __future__ import annotations

import datetime as dt

import pytest

import runstrength as rs
from runstrength.formats.csv import IgnoredColumnsWarning, read_running
from runstrength.formats.ical import read_ics, running_to_ics
from tests.invalid import assert_invalid

BOOK = (
    "date,description\n"
    "2027-01-04,Rest\n"
    "2027-01-05,3 mi run\n"
    "2027-01-06,3 mi run\n"
    "2027-01-07,3 mi run\n"
    "2027-01-09,6 mi\n"
    "2027-01-10,Cross\n"
    "2027-01-10,🏋️ Strength\n"
)


def test_a_book_plan_as_csv() -> None:
    found = read_running(BOOK)
    kinds = [day.demand.value for _, day in found.calendar]
    assert kinds == ["rest", "easy", "easy", "easy", "rest", "long-run", "moderate"]
    assert found.strength_dates == (dt.date(2027, 1, 10),)
    assert "the week's long run" in found.explain()


def test_csv_and_ics_of_the_same_plan_agree() -> None:
    found = read_running(BOOK)
    again = read_ics(
        running_to_ics(found.calendar), start=found.calendar.start, end=found.calendar.end
    )
    assert again.calendar == found.calendar


def test_other_columns_are_named_in_a_warning() -> None:
    with pytest.warns(IgnoredColumnsWarning, match="'pace', 'notes'"):
        found = read_running("Date,Pace,Description,Notes\n2027-01-05,5:00,Tempo 8 km\n\n")
    assert found.calendar[dt.date(2027, 1, 5)].runs == (
        rs.Run(rs.RunKind.KEY_WORKOUT, "tempo", distance_km=8),
    )


def test_chosen_dates_and_a_typed_week_for_the_rest() -> None:
    week = rs.RunningWeek.parse("sat long")
    found = read_running(BOOK, start=dt.date(2026, 12, 28), end=dt.date(2027, 1, 17), fill=week)
    assert found.calendar[dt.date(2027, 1, 2)].demand is rs.RunKind.LONG_RUN
    assert found.calendar[dt.date(2027, 1, 16)].demand is rs.RunKind.LONG_RUN


@pytest.mark.parametrize(
    ("text", "leaf", "argument"),
    [
        (b"date,description\n", rs.ArgumentTypeError, "text"),
        ("", rs.FormatError, "text"),
        ("day,what\n2027-01-05,Easy\n", rs.FormatError, "text"),
        ("date,description\n", rs.FormatError, "text"),
        ("date,description\n5 Jan,Easy\n", rs.FormatError, "line 2 date"),
        ("date,description\n2027-01-05,Easy\n\n2027-02-30,Easy\n", rs.FormatError, "line 4 date"),
    ],
)
def test_bad_csv_gives_one_clear_error(text: object, leaf: type, argument: str) -> None:
    assert_invalid(lambda: read_running(text), leaf, argument)  # type: ignore[arg-type]
