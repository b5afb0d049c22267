"""Every value pickles and unpickles equal; rules with lambdas say how to ship them; plans are
the same whatever the hash seed."""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import pickle
import subprocess
import sys
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength.scheduling import DEFAULT_RULES, key_workout_day_rule
from tests import strategies as s

PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)
WEEK = rs.RunningWeek.parse("mon easy, tue intervals, thu tempo, sun long")


def _quiet(build: object, *args: object, **kwargs: object) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        return build(*args, **kwargs)  # type: ignore[operator]


logged_runs = st.builds(
    rs.LoggedRun,
    st.integers(0, 60).map(lambda n: s.season_start + dt.timedelta(n)),
    minutes=st.none() | st.floats(1, 300),
    distance_km=st.none() | st.floats(0.5, 50),
    title=st.sampled_from(["", "easy", "long run"]),
    rpe=st.none() | st.floats(0, 10),
)
logged_lifts = st.builds(
    rs.LoggedStrength,
    st.integers(0, 60).map(lambda n: s.season_start + dt.timedelta(n)),
    minutes=st.none() | st.floats(1, 120),
    sets=st.lists(
        st.builds(
            rs.LoggedSet,
            st.sampled_from(["back-squat", "hip-thrust", "push-up"]),
            load=st.floats(0, 200),
            reps=st.integers(0, 15),
            rir=st.none() | s.rirs,
        ),
        max_size=4,
    ).map(tuple),
)
marks = st.builds(
    rs.DayMark,
    st.integers(0, 60).map(lambda n: s.season_start + dt.timedelta(n)),
    st.sampled_from(rs.DayStatus),
    note=st.sampled_from(["", "a cold"]),
)
logs = st.builds(
    rs.TrainingLog,
    runs=st.lists(logged_runs, max_size=5).map(tuple),
    strength=st.lists(logged_lifts, max_size=3).map(tuple),
    marks=st.lists(marks, max_size=3, unique_by=lambda m: m.date).map(tuple),
)
seasons = st.builds(
    lambda races, weeks: _quiet(
        rs.Season.build,
        s.season_start,
        races,
        end=s.season_start + dt.timedelta(weeks=weeks, days=-1),
    ),
    s.race_calendars,
    st.integers(1, 52),
)
schedules = st.builds(
    lambda week, level, sessions: _quiet(rs.schedule_week, week, level=level, sessions=sessions),
    s.running_weeks,
    s.levels,
    st.integers(1, 2),
)
calendar_schedules = st.builds(
    lambda week, level, days: _quiet(
        rs.schedule_calendar,
        rs.RunningCalendar.from_week(
            week, s.season_start, s.season_start + dt.timedelta(days=days)
        ),
        level=level,
    ),
    s.running_weeks,
    s.levels,
    st.integers(6, 40),
)
policies = st.one_of(
    st.builds(rs.SchedulingPolicy.for_level, s.levels),
    st.just(rs.SchedulingPolicy.moderate_days()),
)
rules = st.one_of(
    st.sampled_from(DEFAULT_RULES),
    st.lists(s.levels).map(key_workout_day_rule),
)
VALUES = {
    "exercise": s.exercises(),
    "catalogue": s.catalogue_or_default(),
    "implement": s.implements,
    "set-log": s.set_logs,
    "set-batch": s.set_batches,
    "running-day": s.running_days,
    "running-week": s.running_weeks,
    "measured-running-week": s.measured_running_weeks,
    "run": s.labelled_runs(),
    "race": s.races,
    "condition": s.conditions,
    "athlete": s.athletes,
    "kit": st.builds(rs.Equipment.home) | st.builds(rs.Equipment.gym) | s.kits,
    "season": seasons,
    "week-schedule": schedules,
    "calendar-schedule": calendar_schedules,
    "policy": policies,
    "rule": rules,
    "training-log": logs,
}


@pytest.mark.parametrize("kind", VALUES)
@given(data=st.data())
def test_every_value_pickles_and_unpickles_equal(kind: str, data: st.DataObject) -> None:
    value = data.draw(VALUES[kind])
    for protocol in PROTOCOLS:
        assert pickle.loads(pickle.dumps(value, protocol)) == value, protocol


# Plans are slow to draw: a quarter of the profile's examples.
@settings(max_examples=max(10, settings.default.max_examples // 4))
@given(s.plans())
def test_plans_pickle_and_unpickle_equal(drawn: tuple[rs.Plan, tuple[object, ...]]) -> None:
    plan = drawn[0]
    for protocol in PROTOCOLS:
        assert pickle.loads(pickle.dumps(plan, protocol)) == plan, protocol


@pytest.mark.parametrize(
    "error",
    [
        rs.ValidationError("reps", 0, "must be >= 1", "pass a positive whole number"),
        rs.UnknownExerciseError("key", "back-squats", "must name an exercise", "try 'back-squat'"),
        rs.FormatError("$.version", 99, "must be 1"),
        rs.InfeasibleScheduleError("sessions", 3, "cannot be placed", "ask for fewer"),
        rs.UnpicklableRuleError("x.check", "m.<lambda>", "must be a function", "use def"),
    ],
)
def test_errors_pickle_with_their_parts(error: rs.RunstrengthError) -> None:
    for protocol in PROTOCOLS:
        loaded = pickle.loads(pickle.dumps(error, protocol))
        assert type(loaded) is type(error)
        assert str(loaded) == str(error)
        parts = (loaded.argument, loaded.value, loaded.rule, loaded.fix)
        assert parts == (error.argument, error.value, error.rule, error.fix)


def test_frozen_mappings_stay_frozen() -> None:
    athlete = rs.Athlete(level="beginner", one_rm={"goblet-squat": 30})
    with pytest.raises(TypeError, match="read-only"):
        athlete.one_rm["goblet-squat"] = 40  # type: ignore[index]
    with pytest.raises(TypeError, match="read-only"):
        athlete.one_rm.update({"x": 1})  # type: ignore[attr-defined]
    assert hash(athlete.one_rm) == hash(
        rs.Athlete(level="beginner", one_rm={"goblet-squat": 30}).one_rm
    )


# --- a user's own rules -------------------------------------------------------------------


def no_fridays(hardness: rs.Hardness, ctx: rs.DayContext) -> str | None:
    """A check defined at the top level of a module: pickle stores it by name."""
    return "a Friday" if ctx.weekday is rs.Weekday.FRIDAY else None


def _rule(check: object) -> rs.Rule:
    return rs.Rule("no-fridays", "Fridays are for family.", "the runner", check)  # type: ignore[arg-type]


def test_a_rule_with_a_module_level_check_pickles() -> None:
    rule = _rule(no_fridays)
    policy = rs.SchedulingPolicy.for_level("beginner").with_rules(rule)
    for protocol in PROTOCOLS:
        loaded = pickle.loads(pickle.dumps(policy, protocol))
        assert loaded == policy
        assert loaded.rules[-1].check is no_fridays


def _closure() -> object:
    day = rs.Weekday.FRIDAY

    def check(hardness: rs.Hardness, ctx: rs.DayContext) -> str | None:
        return "a Friday" if ctx.weekday is day else None

    return check


@pytest.mark.parametrize(
    ("check", "name"),
    [
        (lambda hardness, ctx: None, "tests.test_pickle.<lambda>"),
        (_closure(), "tests.test_pickle._closure.<locals>.check"),
    ],
    ids=["lambda", "closure"],
)
def test_a_rule_with_a_lambda_or_closure_says_how_to_pickle_it(check: object, name: str) -> None:
    policy = rs.SchedulingPolicy.for_level("beginner").with_rules(_rule(check))
    for protocol in PROTOCOLS:
        with pytest.raises(rs.UnpicklableRuleError) as caught:
            pickle.dumps(policy, protocol)
        error = caught.value
        assert isinstance(error, pickle.PicklingError)
        assert (error.argument, error.value) == ("no-fridays.check", name)
        assert "top level of a module" in error.fix
        assert "cloudpickle" in error.fix
    # The pure-Python pickler says the same.
    with pytest.raises(rs.UnpicklableRuleError, match="no-fridays"):
        pickle._Pickler(io.BytesIO()).dump(policy)


def test_cloudpickle_ships_a_rule_with_a_lambda() -> None:
    cloudpickle = pytest.importorskip("cloudpickle")
    rule = _rule(lambda hardness, ctx: "never" if ctx.weekday is rs.Weekday.FRIDAY else None)
    policy = rs.SchedulingPolicy.for_level("beginner").with_rules(rule)
    loaded = pickle.loads(cloudpickle.dumps(policy))
    assert loaded == policy
    friday = rs.DayContext(day=rs.RunningDay(), weekday=rs.Weekday.FRIDAY)
    assert loaded.rules[-1].why_not(rs.Hardness.LIGHT, friday) == "never"


def test_a_rule_with_a_lambda_still_copies() -> None:
    rule = _rule(lambda hardness, ctx: None)
    policy = rs.SchedulingPolicy.for_level("beginner").with_rules(rule)
    assert copy.deepcopy(policy) == policy
    assert copy.copy(rule) is rule
    assert copy.deepcopy(rule) is rule


# --- determinism across processes -------------------------------------------------------

PLAN_IN_A_SUBPROCESS = """
import datetime as dt, warnings
import runstrength as rs
from runstrength.formats import to_json
warnings.simplefilter("ignore", rs.RunstrengthWarning)
week = rs.RunningWeek.parse("mon easy, tue intervals, thu tempo, fri easy, sun long")
race = rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
athlete = rs.Athlete(level="intermediate", one_rm={"back-squat": 100.0}, equipment="home")
plan = rs.plan_season(athlete, week, [race], start=dt.date(2026, 12, 7),
                      conditions=[rs.Condition("injury", dt.date(2027, 1, 4),
                                               dt.date(2027, 1, 17), region="knee")])
print(to_json(plan))
"""


def test_a_plans_json_is_the_same_under_any_hash_seed() -> None:
    runs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs.append(
            subprocess.Popen(
                [sys.executable, "-c", PLAN_IN_A_SUBPROCESS],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        outputs.append(out)
    assert outputs[0].startswith('{"format": "runstrength"')
    assert outputs[1:] == outputs[:1] * 2
