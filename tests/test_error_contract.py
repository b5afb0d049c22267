"""The error contract, example by example: each hostile input once escaped it.

Every case raises a `RunstrengthError` leaf that names the argument and says what to
do; a caller's own exception (an iterator or a rule that raises) passes through.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator

import numpy as np
import pytest

import runstrength as rs
import runstrength.training_load
from runstrength.formats import (
    catalogue_table,
    from_json,
    percent_comparison_table,
    to_json,
)
from runstrength.formats.document import MAX_INDENT
from runstrength.formats.ical import event_uid
from tests.invalid import assert_invalid

MONDAY = dt.date(2027, 1, 4)
WEEK = rs.RunningWeek.parse("tue intervals, sun long")
CALENDAR = rs.RunningCalendar.from_week(WEEK, MONDAY, dt.date(2027, 1, 31))
PLAN = rs.plan_season(rs.Athlete(level="beginner"), WEEK, start=MONDAY, end=dt.date(2027, 1, 31))
CATALOGUE = rs.Catalogue.default()
HUGE = 10**400


def fix_of(call: Callable[[], object]) -> str:
    with pytest.raises(rs.RunstrengthError) as info:
        call()
    return info.value.fix


# --- numbers: tiny, huge and non-finite --------------------------------------------------


def test_a_plate_too_small_to_count_is_refused() -> None:
    assert_invalid(lambda: rs.Barbell(plates=[1e-320, 20.0]), rs.ValidationError, "plates[0]")


def test_a_json_document_with_a_tiny_plate_is_a_format_error() -> None:
    text = to_json(rs.Barbell()).replace('"plates": [25.0', '"plates": [1e-320', 1)
    assert "1e-320" in text
    with pytest.raises(rs.FormatError):
        from_json(text)


def test_a_huge_increment_gives_no_infinite_load() -> None:
    logged = [[rs.SetLog(load=100, reps=5, rir=4)]]
    assert_invalid(
        lambda: rs.next_load(logged, target_reps=5, increment=1e308),
        rs.ValidationError,
        "increment",
    )
    change = rs.next_load(logged, target_reps=5, increment=100)
    assert math.isfinite(change.load)
    assert change.load == 300.0  # RIR 4 against 2: two increments


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: rs.Barbell(bar=HUGE), "bar"),
        (lambda: rs.Barbell().plates_for(HUGE), "load"),
        (lambda: rs.DumbbellSet(weights=[HUGE]), "weights[0]"),
        (lambda: rs.KettlebellSet(weights=[8, HUGE]), "weights[1]"),
    ],
)
def test_integers_too_big_for_a_float_are_refused(
    call: Callable[[], object], argument: str
) -> None:
    assert_invalid(call, rs.ValidationError, argument)


@pytest.mark.parametrize(
    ("call", "leaf", "argument"),
    [
        (lambda: rs.LoadChange(load=math.nan, change=0, reason="x"), rs.ValidationError, "load"),
        (lambda: rs.LoadChange(load=-1, change=0, reason="x"), rs.ValidationError, "load"),
        (
            lambda: rs.LoadChange(load=80, change=math.inf, reason="x"),
            rs.ValidationError,
            "change",
        ),
        (
            lambda: rs.DoseChange(dose=-1, harder_variation=False, reason="x"),
            rs.ValidationError,
            "dose",
        ),
        (
            lambda: rs.DoseChange(dose=8, harder_variation=1, reason="x"),
            rs.ArgumentTypeError,
            "harder_variation",
        ),
    ],
)
def test_result_values_refuse_nan_negative_and_wrong_values(
    call: Callable[[], object], leaf: type[rs.RunstrengthError], argument: str
) -> None:
    assert_invalid(call, leaf, argument)


def test_result_values_refuse_non_numbers() -> None:
    assert_invalid(
        lambda: rs.DoseChange(dose="5", harder_variation=False, reason="x"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "dose",
    )


# --- bounds on everything that grows --------------------------------------------------------


def test_the_comparison_table_is_bounded_by_its_charts() -> None:
    assert_invalid(lambda: percent_comparison_table(max_rir=2**63), rs.ValidationError, "max_rir")
    assert_invalid(lambda: percent_comparison_table(max_reps=13), rs.ValidationError, "max_reps")
    assert_invalid(
        lambda: percent_comparison_table(max_reps=0.5),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "max_reps",
    )
    widest = percent_comparison_table(max_reps=12, max_rir=4)
    assert len(widest.splitlines()) == 2 + 12 + 2  # header, rule, 12 rows, blank, summary


def test_json_indent_is_bounded() -> None:
    assert_invalid(lambda: to_json(PLAN, indent=672013848), rs.ValidationError, "indent")
    assert_invalid(lambda: to_json(PLAN, indent=[]), rs.ArgumentTypeError, "indent")  # type: ignore[arg-type]
    assert "16 or less" in fix_of(lambda: to_json(PLAN, indent=MAX_INDENT + 1))
    assert to_json(PLAN, indent=MAX_INDENT).startswith("{\n" + " " * MAX_INDENT + '"format"')


def test_date_ranges_are_bounded() -> None:
    assert_invalid(
        lambda: rs.RunningCalendar.from_week(WEEK, MONDAY, dt.date(9999, 12, 30)),
        rs.ValidationError,
        "end",
    )
    assert_invalid(
        lambda: rs.RunningCalendar.from_week(WEEK, MONDAY, MONDAY + dt.timedelta(days=4000)),
        rs.ValidationError,
        "end",
    )
    longest = rs.RunningCalendar.from_week(
        WEEK, MONDAY, MONDAY + dt.timedelta(days=rs.running.MAX_CALENDAR_DAYS - 1)
    )
    assert len(longest.days) == rs.running.MAX_CALENDAR_DAYS
    assert_invalid(
        lambda: rs.Season.build(dt.date(1900, 1, 1), end=dt.date(9000, 1, 1)),
        rs.ValidationError,
        "end",
    )
    assert_invalid(lambda: rs.Season.build(dt.date.min), rs.ValidationError, "start")


# --- enums ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 8, -1])
def test_weekday_numbers_outside_the_week_are_refused(value: int) -> None:
    assert_invalid(lambda: rs.Weekday(value), rs.ValidationError, "Weekday")


def test_a_weekday_name_points_to_parse() -> None:
    assert_invalid(lambda: rs.Weekday("mon"), rs.ArgumentTypeError, "Weekday")
    assert "Weekday.parse('mon')" in fix_of(lambda: rs.Weekday("mon"))
    assert rs.Weekday(np.int64(3)) is rs.Weekday.WEDNESDAY


@pytest.mark.parametrize(
    "enum_type", [rs.Level, rs.Weekday, rs.Phase, rs.Category, rs.SessionKind, rs.Unit]
)
@pytest.mark.parametrize(
    "value", [np.array([1, 2]), np.array(["beginner"]), [1], None, True, 1.0], ids=repr
)
def test_enums_refuse_arrays_lists_and_wrong_types(enum_type: type, value: object) -> None:
    assert_invalid(lambda: enum_type(value), rs.ArgumentTypeError, enum_type.__name__)


# --- wrong types inside ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: rs.similarity(0, 0), "a"),  # type: ignore[arg-type]
        (lambda: rs.similarity(CATALOGUE["plank"], None), "b"),  # type: ignore[arg-type]
        (lambda: rs.Level.BEGINNER.allows(0), "required"),  # type: ignore[arg-type]
        (lambda: catalogue_table(" "), "exercises"),  # type: ignore[arg-type]
        (lambda: catalogue_table([CATALOGUE["plank"], 3]), "exercises[1]"),  # type: ignore[list-item]
        (lambda: event_uid("", ""), "plan"),  # type: ignore[arg-type]
        (lambda: event_uid(PLAN, ""), "session"),  # type: ignore[arg-type]
        (lambda: rs.PlannedExercise(0, 2), "exercise"),  # type: ignore[arg-type]
        (lambda: rs.Plan(0, 1, 2), "athlete"),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_are_named(call: Callable[[], object], argument: str) -> None:
    assert_invalid(call, rs.ArgumentTypeError, argument)


def test_type_errors_name_the_type_with_its_article() -> None:
    with pytest.raises(rs.ArgumentTypeError) as info:
        rs.similarity(0, 0)  # type: ignore[arg-type]
    assert info.value.rule == "must be an Exercise"
    assert info.value.fix == "pass an Exercise"


# --- odd numpy inputs -----------------------------------------------------------------------


ZERO_D = np.array(5.0)


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (
            lambda: rs.plan_season(
                rs.Athlete(level="beginner"), WEEK, start=MONDAY, unavailable=ZERO_D
            ),
            "unavailable",
        ),
        (
            lambda: rs.plan_season(
                rs.Athlete(level="beginner"), WEEK, start=MONDAY, own_strength=ZERO_D
            ),
            "own_strength",
        ),
        (
            lambda: rs.plan_season(
                rs.Athlete(level="beginner"), WEEK, start=MONDAY, no_strength=ZERO_D
            ),
            "no_strength",
        ),
        (
            lambda: rs.schedule_calendar(CALENDAR, level="beginner", unavailable=ZERO_D),
            "unavailable",
        ),
        (lambda: CATALOGUE.substitutes("back-squat", equipment=ZERO_D), "equipment"),
        (lambda: rs.Catalogue.from_records(ZERO_D), "records"),  # type: ignore[arg-type]
        (lambda: rs.Barbell(plates=ZERO_D), "plates"),  # type: ignore[arg-type]
        (lambda: rs.heavy_running_week(40, ZERO_D), "previous"),  # type: ignore[arg-type]
        (lambda: rs.apply_conditions((), ZERO_D), "conditions"),  # type: ignore[arg-type]
    ],
)
def test_zero_d_arrays_are_not_collections(call: Callable[[], object], argument: str) -> None:
    assert_invalid(call, rs.ArgumentTypeError, argument)


@pytest.mark.parametrize(
    "value",
    [np.array([1 + 2j]), np.array([[5.0, 6.0]]), np.array([1, 2], dtype=object), np.array([True])],
    ids=["complex", "2-D", "object", "bool"],
)
def test_odd_arrays_give_a_clear_error_or_an_honest_answer(value: np.ndarray) -> None:
    refused: rs.RunstrengthError | None = None
    try:
        result = rs.estimate_one_rm(value, 5)
    except rs.RunstrengthError as error:
        refused = error
    if refused is not None:
        assert refused.argument == "weight"
        assert refused.fix
    else:  # a 2-D array of weights is a batch: every estimate is finite and positive
        assert np.all(np.isfinite(result))
        assert np.all(result > 0)


def test_empty_arrays_give_empty_answers() -> None:
    assert rs.estimate_one_rm(np.array([]), np.array([])).shape == (0,)
    assert rs.load_for(np.array([]), 5).shape == (0,)


# --- what passes through ------------------------------------------------------------------


class CallerError(Exception):
    """An exception of the caller's own."""


def test_an_exception_from_the_callers_iterator_passes_through() -> None:
    def dates() -> Iterator[dt.date]:
        yield MONDAY
        raise CallerError("the caller's own")

    with pytest.raises(CallerError):
        rs.plan_season(rs.Athlete(level="beginner"), WEEK, start=MONDAY, unavailable=dates())


def test_an_exception_from_the_callers_rule_passes_through() -> None:
    def refuses(_hardness: rs.Hardness, _ctx: rs.DayContext) -> str | None:
        raise CallerError("the caller's own")

    rule = rs.Rule(name="mine", statement="never", source="my coach", check=refuses)
    policy = rs.SchedulingPolicy.for_level("beginner").with_rules(rule)
    with pytest.raises(CallerError):
        rs.schedule_week(WEEK, level="beginner", policy=policy)


@pytest.mark.parametrize(
    "call",
    [
        lambda: rs.training_load.session_load(np.array([1 + 2j]), 30),
        lambda: rs.training_load.weekly_summary(np.array([1 + 2j] * 7)),
        lambda: rs.training_load.acwr(np.array([True] * 28)),
    ],
    ids=["session_load", "weekly_summary", "acwr"],
)
def test_training_loads_refuse_complex_and_bool_arrays(call: Callable[[], object]) -> None:
    with pytest.raises(rs.ArgumentTypeError) as info:
        call()
    assert info.value.fix


def test_csv_text_with_a_bare_carriage_return_is_a_format_error() -> None:
    from runstrength.formats.csv import read_log, read_running

    for read in (read_running, read_log):
        with pytest.raises(rs.FormatError) as info:
            read("\r0")
        assert info.value.argument == "text"
        assert "readable CSV" in info.value.rule


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: rs.training_load.acwr(np.zeros(30), method=np.zeros(4)), "method"),  # type: ignore[arg-type]
        (lambda: rs.heavy_running_week(40, [36], unit=np.array([])), "unit"),  # type: ignore[arg-type]
    ],
    ids=["acwr-method", "heavy-week-unit"],
)
def test_choices_given_arrays_are_refused(call: Callable[[], object], argument: str) -> None:
    assert_invalid(call, rs.ValidationError, argument)
