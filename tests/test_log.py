"""The training log: values, daily load, JSON, and the CSV reader's errors by row and column."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.formats import from_json, json_schema, to_json
from runstrength.formats.logcsv import UnknownColumnsWarning, read_log
from runstrength.training_load import weekly_summary

D = dt.date(2027, 1, 4)
HEADER = (
    "date,activity,title,minutes,distance,distance_unit,rpe,exercise,load,load_unit,reps,rir,note"
)
LOG_CSV = f"""{HEADER}
2027-01-04,run,Easy 8 km,45,8,km,4,,,,,,
2027-01-05,strength,,40,,,7,,,,,,
2027-01-05,set,,,,,,front-squat,80,kg,5,2,
2027-01-05,set,,,,,,front-squat,80,kg,5,1,
2027-01-05,set,,,,,,plank,,,30,,
2027-01-06,run,Intervals,60,6.2,mi,8,,,,,,
2027-01-07,ill,,,,,,,,,,,a cold
2027-01-08,skipped,,,,,,,,,,,travel
"""


def test_a_log_reads_from_csv() -> None:
    log = read_log(LOG_CSV, since=D)
    assert [r.date for r in log.runs] == [D, D + dt.timedelta(2)]
    assert log.runs[1].distance_km == pytest.approx(9.978, abs=1e-3)
    session = log.strength[0]
    assert (session.minutes, session.rpe, len(session.sets)) == (40.0, 7.0, 3)
    assert session.sets[0] == rs.LoggedSet("front-squat", load=80, reps=5, rir=2)
    assert session.sets[2].load == 0.0
    assert [m.status for m in log.marks] == [rs.DayStatus.ILL, rs.DayStatus.SKIPPED]
    assert log.missed(D + dt.timedelta(3))
    assert not log.missed(D + dt.timedelta(1))
    assert log.since == D
    assert [d for d, _ in log.sets_by_exercise()["front-squat"]] == [D + dt.timedelta(1)] * 2


def test_the_log_is_one_daily_load_for_running_and_lifting() -> None:
    log = read_log(LOG_CSV)
    days = log.daily_load(D, D + dt.timedelta(6))
    assert days.tolist() == [180.0, 280.0, 480.0, 0.0, 0.0, 0.0, 0.0]
    assert weekly_summary(days).load.tolist() == [940.0]
    no_lifting = log.daily_load(D, D + dt.timedelta(1), strength_weight=0)
    assert no_lifting.tolist() == [180.0, 0.0]


def test_a_log_round_trips_through_json_and_the_schema() -> None:
    log = read_log(LOG_CSV, since=D)
    text = to_json(log)
    assert from_json(text) == log
    jsonschema.validate(json.loads(text), json_schema())


def test_pounds_are_converted_to_the_runners_unit() -> None:
    text = (
        f"{HEADER}\n2027-01-05,strength,,40,,,7,,,,,,\n2027-01-05,set,,,,,,deadlift,225,lb,5,2,\n"
    )
    assert read_log(text).strength[0].sets[0].load == pytest.approx(102.058, abs=1e-3)
    assert read_log(text, unit="lb").strength[0].sets[0].load == 225.0


def test_unknown_columns_are_ignored_and_listed() -> None:
    with pytest.warns(UnknownColumnsWarning, match="heart_rate"):
        log = read_log("date,activity,heart_rate\n2027-01-04,skipped,150\n")
    assert log.marks[0].status is rs.DayStatus.SKIPPED


@pytest.mark.parametrize(
    ("rows", "where", "fix"),
    [
        ("2027-13-01,run,,45", "row 2, column date", "YYYY-MM-DD"),
        ("2027-01-04,swim,,45", "row 2, column activity", "fix the activity"),
        ("2027-01-04,run,,-45", "row 2, column minutes", "above 0"),
        ("2027-01-04,run,,45,,,11", "row 2, column rpe", "0 to 10"),
        ("2027-01-04,run,,45,8,furlongs", "row 2, column distance_unit", "km or mi"),
        ("2027-01-04,run,,abc", "row 2, column minutes", "a number"),
        ("2027-01-04,set,,,,,,front-squat,80,kg,5", "row 2, column activity", "strength"),
        (
            "2027-01-04,strength,,40\n2027-01-04,set,,,,,,front squat,80,kg,5",
            "row 3, column exercise",
            "",
        ),
        ("2027-01-04,strength,,40\n2027-01-04,set,,,,,,lunge,80,kg,", "row 3, column reps", "5"),
        (
            "2027-01-04,strength,,40\n2027-01-04,set,,,,,,lunge,80,kg,5.5",
            "row 3, column reps",
            "whole",
        ),
        (
            "2027-01-04,strength,,40\n2027-01-04,set,,,,,,lunge,80,stone,5",
            "row 3, column load_unit",
            "kg or lb",
        ),
        (
            "2027-01-04,strength,,40\n2027-01-04,set,,,,,,lunge,80,lb,5\n"
            "2027-01-04,set,,,,,,lunge,80,,5",
            "row 4, column load_unit",
            "fill in load_unit",
        ),
    ],
)
def test_bad_rows_name_the_row_and_the_column(rows: str, where: str, fix: str) -> None:
    with pytest.raises(rs.FormatError) as info:
        read_log(f"{HEADER}\n{rows}\n")
    assert info.value.argument == where
    assert fix in str(info.value)


def test_a_missing_column_or_not_text_is_refused() -> None:
    with pytest.raises(rs.FormatError, match="must have the column activity"):
        read_log("date,title\n2027-01-04,x\n")
    with pytest.raises(rs.FormatError, match="CSV text"):
        read_log(b"date,activity")  # type: ignore[arg-type]
    with pytest.raises(rs.FormatError, match="kg or lb"):
        read_log(LOG_CSV, unit="stone")


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (lambda: rs.LoggedRun(D, minutes=0), "minutes"),
        (lambda: rs.LoggedRun(D, rpe=float("nan")), "rpe"),
        (lambda: rs.LoggedRun(D, distance_km=10**400), "distance_km"),
        (lambda: rs.LoggedRun("2027-01-04"), "date"),  # type: ignore[arg-type]
        (lambda: rs.LoggedSet("front-squat", load=-1, reps=5), "load"),
        (lambda: rs.LoggedSet("front-squat", load=80, reps=True), "reps"),
        (lambda: rs.LoggedSet("Front Squat", load=80, reps=5), "exercise"),
        (lambda: rs.LoggedStrength(D, sets=[1]), "sets"),
        (lambda: rs.DayMark(D, "sleepy"), "status"),
        (lambda: rs.TrainingLog(runs=(1,)), "runs"),
        (lambda: rs.TrainingLog().daily_load(D, D - dt.timedelta(1)), "end"),
        (lambda: rs.TrainingLog().daily_load(D, D, run_weight=-1), "run_weight"),
    ],
)
def test_bad_values_name_the_argument(build: object, argument: str) -> None:
    with pytest.raises(rs.RunstrengthError) as info:
        build()  # type: ignore[operator]
    assert argument in str(info.value.argument)  # type: ignore[attr-defined]


runs = st.builds(
    rs.LoggedRun,
    st.integers(0, 60).map(lambda n: D + dt.timedelta(n)),
    minutes=st.none() | st.floats(1, 300),
    rpe=st.none() | st.floats(0, 10),
)


@given(st.lists(runs, max_size=30))
def test_daily_load_adds_every_run_and_is_never_negative(logged: list[rs.LoggedRun]) -> None:
    log = rs.TrainingLog(runs=tuple(logged))
    days = log.daily_load(D, D + dt.timedelta(60))
    assert (days >= 0).all()
    assert days.sum() == pytest.approx(sum(r.load for r in logged))
