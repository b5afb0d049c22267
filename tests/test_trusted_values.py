"""Values the planner builds without checks would pass every check.

The planner makes prescriptions, planned exercises and moved schedules through
`runstrength._trusted`, skipping validators and converters. Here every attrs value in
generated plans and schedules is rebuilt through its public constructor, with every
check on: each must build, and equal the value the planner made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import _trusted as trusted
from runstrength.scheduling import CalendarPlacer, SessionKind
from tests import strategies as s


def _values(value: object, seen: set[int] | None = None) -> Iterator[object]:
    """Every attrs instance inside ``value`` (fields, tuples, lists, dicts), once each."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _values(getattr(value, field.name), seen)
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _values(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _values(item, seen)


def _assert_checked(value: object) -> int:
    count = 0
    for found in _values(value):
        fields = attrs.fields(type(found))
        if type(found).__name__.startswith("_") or not all(f.init for f in fields):
            continue  # caches and derived state, only ever made by their own constructors
        rebuilt = attrs.evolve(found)  # runs every validator, converter and check
        assert rebuilt == found, type(found).__name__
        for field in fields:  # equal is not enough: 3 == 3.0, but a converter makes floats
            made, checked = getattr(found, field.name), getattr(rebuilt, field.name)
            assert type(made) is type(checked), (type(found).__name__, field.name, made)
        count += 1
    return count


@settings(max_examples=25)
@given(s.plans())
def test_every_value_in_a_plan_passes_its_checks(
    drawn: tuple[rs.Plan, tuple[object, ...]],
) -> None:
    plan, _ = drawn
    assert _assert_checked(plan) > 0


@given(st.sampled_from(list(rs.Level)), st.integers(0, 6), st.integers(2, 12))
def test_repeated_weeks_moved_to_new_dates_pass_their_checks(
    level: rs.Level, shift: int, weeks: int
) -> None:
    start = dt.date(2026, 12, 7) + dt.timedelta(days=shift)
    week = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
    calendar = rs.RunningCalendar.from_week(week, start, start + dt.timedelta(weeks=weeks))
    placer = CalendarPlacer(calendar, level, rs.SchedulingPolicy.for_level(level))
    monday = start - dt.timedelta(days=start.weekday())
    for n in range(weeks):
        schedule = placer.week(monday + dt.timedelta(weeks=n), (SessionKind.HEAVY,) * 2)
        assert _assert_checked(schedule) >= len(schedule.sessions)


def test_trusted_builders_fill_defaults_and_copy_fields() -> None:
    p = trusted.make(rs.Prescription, sets=3, reps=5)
    assert p == rs.Prescription(sets=3, reps=5)
    assert trusted.replace(p, sets=2, rir=2.0) == rs.Prescription(sets=2, reps=5, rir=2.0)
    assert p.sets == 3  # the original is untouched
    placed = trusted.make(rs.PlacedSession, weekday=rs.Weekday.TUESDAY, kind=SessionKind.POWER,
                          after_run=True)  # fmt: skip
    assert placed == rs.PlacedSession(rs.Weekday.TUESDAY, SessionKind.POWER, True)
    assert placed.hardness is SessionKind.POWER.hardness  # a default made from the value


def test_a_value_that_keeps_its_hash_is_copied_with_a_fresh_one() -> None:
    day = rs.RunningWeek.parse("tue tempo 10 km, sun long 2h")[rs.Weekday.TUESDAY]
    assert hash(trusted.replace(day)) == hash(day)
    made = trusted.make(rs.RunningDay, runs=day.runs, _demand=day.demand)
    assert made == day
    assert hash(made) == hash(day)
