"""Running volume per calendar week and the heavy running week."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.volume import HEAVY_WEEK_BASELINE_WEEKS, HEAVY_WEEK_JUMP
from tests.invalid import assert_invalid

MONDAY = dt.date(2027, 1, 4)
USUAL = rs.RunningWeek.parse("tue 8 km, thu 8 km + strides, sat bike 50 km, sun 20 km")
BIGGER = rs.RunningWeek.parse("tue 10 km, thu 12 km, sun 28 km")


def test_volume_adds_up_each_calendar_week_and_leaves_out_cross_training() -> None:
    # Wednesday to the Sunday after next: a partial first week.
    cal = rs.RunningCalendar.from_week(USUAL, MONDAY + dt.timedelta(2), MONDAY + dt.timedelta(13))
    volumes = rs.running_volume(cal)
    assert [(w.start, w.km, w.days, w.whole) for w in volumes] == [
        (MONDAY, 28.0, 5, False),
        (MONDAY + dt.timedelta(7), 36.0, 7, True),
    ]
    timed = rs.RunningWeek.parse("mon 45 min, wed swim 1h, sun 1h30 15 km")
    (week,) = rs.running_volume(timed, start=MONDAY)
    assert (week.km, week.minutes) == (15.0, 135.0)
    assert rs.running_volume([USUAL, BIGGER], start=MONDAY)[1].km == 50.0


def test_heavy_week_against_the_last_three() -> None:
    verdict = rs.heavy_running_week(52, [10, 36, 38, 40])  # only the last three count
    assert verdict == rs.HeavyWeek(
        True,
        "running up 37 % on the last three weeks (52 km against 38 km)",
        52.0,
        38.0,
        "km",
    )
    assert rs.heavy_running_week(45.6, [38]).heavy is False  # exactly 20 % up: not over
    assert rs.heavy_running_week(46, [36, 40]).trigger == (
        "running up 21 % on the last two weeks (46 km against 38 km)"
    )
    assert rs.heavy_running_week(20, []) == rs.HeavyWeek(False, "", 20.0, None)
    assert rs.heavy_running_week(20, (0, 0, 0)).trigger == (
        "running 20 km after none in the last three weeks"
    )
    assert rs.heavy_running_week(0, [0, 0]).heavy is False
    assert rs.heavy_running_week(40, [38], threshold=1.0).heavy is True
    assert rs.heavy_running_week(1, [1e-311]).trigger == (
        "running 1 km after none in the last week"
    )


@given(
    st.floats(0, 300),
    st.lists(st.floats(0, 300), max_size=6),
    st.floats(1, 3),
)
def test_a_week_is_heavy_exactly_when_it_is_over_the_threshold(
    volume: float, previous: list[float], threshold: float
) -> None:
    verdict = rs.heavy_running_week(volume, previous, threshold=threshold)
    earlier = previous[-HEAVY_WEEK_BASELINE_WEEKS:]
    if not earlier:
        assert not verdict.heavy
        return
    mean = math.fsum(earlier) / len(earlier)
    assert verdict.baseline == pytest.approx(mean)
    assert verdict.heavy == (volume > threshold * verdict.baseline)
    assert bool(verdict.trigger) == verdict.heavy


def test_heavy_weeks_by_monday() -> None:
    weeks = [USUAL, USUAL, USUAL, BIGGER, BIGGER, BIGGER]
    verdicts = rs.heavy_running_weeks(weeks, start=MONDAY)
    # The second big week is still 23 % over the mean of the three before it.
    assert [v.heavy for v in verdicts.values()] == [False, False, False, True, True, False]
    assert verdicts[MONDAY + dt.timedelta(21)].trigger == (
        "running up 39 % on the last three weeks (50 km against 36 km)"
    )
    assert HEAVY_WEEK_JUMP == 1.2
    assert (
        rs.heavy_running_weeks([USUAL, BIGGER], start=MONDAY, threshold=1.5)[
            MONDAY + dt.timedelta(7)
        ].heavy
        is False
    )
    # In minutes, when the plan gives durations.
    short = rs.RunningWeek.parse("tue 45 min, thu 45 min, sun 1h30")
    long = rs.RunningWeek.parse("tue 1h, thu 1h, sun 2h")
    timed = rs.heavy_running_weeks([short, long], start=MONDAY)[MONDAY + dt.timedelta(7)]
    assert (timed.heavy, timed.unit, timed.volume, timed.baseline) == (True, "min", 240.0, 180.0)


def test_partial_weeks_are_left_out() -> None:
    cal = rs.RunningCalendar.from_week(USUAL, MONDAY + dt.timedelta(5), MONDAY + dt.timedelta(16))
    verdicts = rs.heavy_running_weeks(cal)
    assert list(verdicts) == [MONDAY + dt.timedelta(7)]
    assert verdicts[MONDAY + dt.timedelta(7)].heavy is False
    with pytest.raises(TypeError):
        verdicts[MONDAY] = verdicts[MONDAY + dt.timedelta(7)]  # type: ignore[index]


CAL = rs.RunningCalendar.from_week(USUAL, MONDAY, MONDAY + dt.timedelta(6))

BAD: list[tuple[str, Callable[[], object], type[rs.RunstrengthError], str]] = [
    ("negative", lambda: rs.heavy_running_week(-1, [3]), rs.ValidationError, "this_week"),
    ("nan", lambda: rs.heavy_running_week(math.nan, [3]), rs.ValidationError, "this_week"),
    ("text", lambda: rs.heavy_running_week("40", [3]), rs.ArgumentTypeError, "this_week"),  # type: ignore[arg-type]
    ("previous", lambda: rs.heavy_running_week(40, "36"), rs.ArgumentTypeError, "previous"),  # type: ignore[arg-type]
    ("previous none", lambda: rs.heavy_running_week(40, None), rs.ArgumentTypeError, "previous"),  # type: ignore[arg-type]
    ("previous item", lambda: rs.heavy_running_week(40, [-3]), rs.ValidationError, "previous"),
    (
        "threshold",
        lambda: rs.heavy_running_week(40, [3], threshold=0.9),
        rs.ValidationError,
        "threshold",
    ),
    (
        "threshold inf",
        lambda: rs.heavy_running_week(40, [3], threshold=math.inf),
        rs.ValidationError,
        "threshold",
    ),
    ("unit", lambda: rs.heavy_running_week(40, [3], unit="mi"), rs.ValidationError, "unit"),
    ("calendar start", lambda: rs.running_volume(CAL, start=MONDAY), rs.ValidationError, "start"),
    ("no start", lambda: rs.running_volume([USUAL]), rs.ArgumentTypeError, "start"),
    (
        "tuesday",
        lambda: rs.running_volume(USUAL, start=MONDAY + dt.timedelta(1)),
        rs.ValidationError,
        "start",
    ),
    ("no weeks", lambda: rs.running_volume([], start=MONDAY), rs.ValidationError, "running"),
    (
        "not weeks",
        lambda: rs.running_volume(["mon easy"], start=MONDAY),  # type: ignore[list-item]
        rs.ArgumentTypeError,
        "running[0]",
    ),
    (
        "text weeks",
        lambda: rs.running_volume("mon easy", start=MONDAY),
        rs.ArgumentTypeError,
        "running",
    ),
    (
        "weeks threshold",
        lambda: rs.heavy_running_weeks(CAL, threshold=0),
        rs.ValidationError,
        "threshold",
    ),
]


@pytest.mark.parametrize(
    ("call", "leaf", "argument"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_invalid_volume_input(
    call: Callable[[], object], leaf: type[rs.RunstrengthError], argument: str
) -> None:
    assert_invalid(call, leaf, argument)
