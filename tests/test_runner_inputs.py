"""The runner's own words for races, lifting days and the lifts they know."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.cli import main
from runstrength.distance import MILE_KM, RACE_DISTANCES

WEEK = rs.RunningWeek.parse(
    "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
)
START = dt.date(2026, 12, 7)
HALF_DAY = dt.date(2027, 5, 16)


def quiet(*args: object, **kwargs: object) -> rs.Plan:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        return rs.plan_season(*args, **kwargs)  # type: ignore[arg-type]


# --- race distances ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("5k", 5.0),
        ("10K", 10.0),
        ("15k", 15.0),
        ("10 mi", 16.0934),
        ("half", 21.0975),
        ("Half Marathon", 21.0975),
        ("marathon", 42.195),
        ("50k", 50.0),
        ("50 mi", 80.4672),
        ("100k", 100.0),
        ("100 mi", 160.9344),
        ("13.1mi", 21.0824),
        ("13.1 miles", 21.0824),
        ("21.1km", 21.1),
        ("21.1 k", 21.1),
        ("42.2", 42.2),
        (42.2, 42.2),
    ],
)
def test_race_distances_by_name_and_unit(text: str | float, km: float) -> None:
    assert rs.parse_distance(text) == pytest.approx(km, abs=1e-3)


@given(st.floats(0.5, 300))
def test_miles_and_km_agree(miles: float) -> None:
    assert rs.parse_distance(f"{miles:.3f}mi") == pytest.approx(
        float(f"{miles:.3f}") * MILE_KM, abs=1e-3
    )
    assert rs.parse_distance(f"{miles:.3f}km") == pytest.approx(float(f"{miles:.3f}"), abs=1e-4)


@pytest.mark.parametrize("distance", ["13.1mi", "half", "21.1km", "Half marathon"])
def test_a_half_marathon_in_miles_or_by_name_gets_the_two_week_taper(distance: str) -> None:
    race = rs.Race.of(HALF_DAY, distance, name="City half")
    plan = quiet(rs.Athlete(level="intermediate"), WEEK, [race], start=START)
    taper = [w for w in plan.weeks if w.phase is rs.Phase.TAPER]
    assert len(taper) == 2


@pytest.mark.parametrize(
    ("distance", "name", "fix"),
    [
        (13.1, "half", "write 13.1mi"),
        ("13.1", "Half marathon", "write 13.1mi"),
        ("30", "marathon", "give the distance as 42.195"),
        ("13.1 furlongs", None, "in km (10km) or miles"),
        ("fast", None, "a number with km or mi"),
        (-5, None, "e.g. 42.2"),
        ("900km", None, "at most 500"),
    ],
)
def test_bad_race_distances_name_the_value_and_the_fix(
    distance: str | float, name: str | None, fix: str
) -> None:
    with pytest.raises(rs.ValidationError) as info:
        rs.Race.of(HALF_DAY, distance, name=name)
    assert fix in str(info.value)
    assert info.value.argument == "distance"


def test_every_race_name_is_a_distance() -> None:
    for name, km in RACE_DISTANCES.items():
        assert rs.Race.of(HALF_DAY, name).distance_km == pytest.approx(km, abs=1e-3)


def test_the_cli_reads_races_the_runner_way(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--race", "2027-05-16:half:13.1mi:A", "--format", "json"]) == 0
    assert '"distance_km": 21.0824' in capsys.readouterr().out
    assert main(["plan", "--race", "2027-05-16:half:B", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert '"priority": "B"' in out
    assert '"distance_km": 21.0975' in out
    assert main(["plan", "--race", "2027-05-16:half:13.1:A"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "write 13.1mi" in err
    assert main(["plan", "--race", "2026-11-01:10k"]) == 2
    err = capsys.readouterr().err
    assert "10k on 2026-11-01" in err
    assert "start (2026-12-07)" in err


# --- lifting days ----------------------------------------------------------------------------


def test_no_session_on_a_no_strength_day(capsys: pytest.CaptureFixture[str]) -> None:
    plan = quiet(rs.Athlete(level="intermediate"), WEEK, start=START, no_strength=["fri", "tue"])
    assert plan.sessions()
    assert all(s.date.weekday() not in (1, 4) for s in plan.sessions())
    assert main(["plan", "--no-strength", "fri", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert all(
        dt.date.fromisoformat(line.split('"')[3]).weekday() != 4
        for line in out.splitlines()
        if '"date": "' in line and "sessions" not in line
    )


def test_preferred_days_are_used_when_the_rules_allow() -> None:
    week = rs.RunningWeek.parse("mon rest, tue easy, wed rest, thu easy, fri rest, sat easy")
    plain = quiet(rs.Athlete(level="beginner"), week, start=START, end=START + dt.timedelta(6))
    liked = quiet(
        rs.Athlete(level="beginner"),
        week,
        start=START,
        end=START + dt.timedelta(6),
        prefer=["wed", "sat"],
    )
    assert [s.date.weekday() for s in plain.sessions()] != [2, 5]
    assert [s.date.weekday() for s in liked.sessions()] == [2, 5]


def test_a_preferred_day_that_is_also_a_no_strength_day_is_refused() -> None:
    with pytest.raises(rs.ValidationError, match="drop the day"):
        rs.plan_season(
            rs.Athlete(level="beginner"), WEEK, start=START, prefer=["fri"], no_strength=["Fri"]
        )
    with pytest.raises(rs.ValidationError, match="day of the week"):
        rs.plan_season(rs.Athlete(level="beginner"), WEEK, start=START, prefer=["funday"])


def test_sessions_a_week_within_the_level_range() -> None:
    plan = quiet(
        rs.Athlete(level="intermediate"),
        WEEK,
        start=START,
        end=START + dt.timedelta(20),
        sessions=3,
    )
    assert [w.dose.sessions for w in plan.weeks] == [3, 3, 3]
    with pytest.raises(rs.ValidationError, match="2-3 sessions"):
        rs.plan_season(rs.Athlete(level="intermediate"), WEEK, start=START, sessions=1)
    with pytest.raises(rs.ArgumentTypeError):
        rs.plan_season(rs.Athlete(level="intermediate"), WEEK, start=START, sessions="2")  # type: ignore[arg-type]


def test_unavailable_dates_in_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--unavailable", "2026-12-08", "--format", "json"]) == 0
    assert '"date": "2026-12-08"' not in capsys.readouterr().out
    assert main(["plan", "--sessions", "3", "--level", "ADVANCED", "--unit", "KG"]) == 0
    capsys.readouterr()


def test_a_rule_of_your_own_sees_the_weekday_and_the_date() -> None:
    seen: set[tuple[rs.Weekday | None, dt.date | None]] = set()

    def no_fridays(hardness: rs.Hardness, ctx: rs.DayContext) -> str | None:
        seen.add((ctx.weekday, ctx.date))
        return "family day" if ctx.weekday is rs.Weekday.FRIDAY else None

    rule = rs.Rule(
        name="no-fridays", statement="Fridays off.", source="the runner", check=no_fridays
    )
    policy = rs.SchedulingPolicy.for_level("intermediate").with_rules(rule)
    plan = quiet(
        rs.Athlete(level="intermediate"),
        WEEK,
        start=START,
        policy=policy,
        end=START + dt.timedelta(13),
    )
    assert all(s.date.weekday() != 4 for s in plan.sessions())
    assert (rs.Weekday.FRIDAY, dt.date(2026, 12, 18)) in seen


# --- the lifts runners know ------------------------------------------------------------------


def test_the_front_squat_is_loaded_from_a_back_squat_1rm() -> None:
    athlete = rs.Athlete(level="intermediate", one_rm={"back-squat": 100, "deadlift": 140})
    with warnings.catch_warnings():
        warnings.simplefilter("error", rs.UnusedOneRmWarning)
        plan = rs.plan_season(athlete, WEEK, start=START, end=START + dt.timedelta(6))
    squat = plan.sessions()[0].exercises[0]
    assert squat.exercise.key == "front-squat"
    assert squat.prescription.load is not None
    assert squat.prescription.load <= 0.85 * 70  # the low end: 100 x 0.70
    assert any("estimated from your back squat x 0.70" in n for n in squat.notes)
    rdl = plan.sessions()[0].exercises[1]
    assert rdl.exercise.key == "romanian-deadlift"
    assert any("estimated from your deadlift x 0.60" in n for n in rdl.notes)


def test_no_ratio_for_lifts_without_a_sound_one() -> None:
    athlete = rs.Athlete(level="intermediate", one_rm={"back-squat": 100})
    for key in (
        "goblet-squat",
        "hip-thrust",
        "bulgarian-split-squat",
        "dumbbell-romanian-deadlift",
    ):
        assert athlete.one_rm_for(key) is None


def test_an_unused_1rm_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    athlete = rs.Athlete(level="beginner", one_rm={"back-squat": 100})
    with pytest.warns(rs.UnusedOneRmWarning, match="back squat 1RM is not used.*Goblet squat"):
        rs.plan_season(athlete, WEEK, start=START, end=START + dt.timedelta(6))
    assert main(["plan", "--level", "beginner", "--one-rm", "back-squat=100"]) == 0
    err = capsys.readouterr().err
    assert "runstrength: note: your back squat 1RM is not used" in err


def test_logging_a_set_never_changes_the_exercise() -> None:
    athlete = rs.Athlete(level="intermediate", one_rm={"back-squat": 100})
    before = quiet(athlete, WEEK, start=START, end=START + dt.timedelta(6))
    after = quiet(
        athlete.with_logged_set("goblet-squat", 24, 10, rir=2),
        WEEK,
        start=START,
        end=START + dt.timedelta(6),
    )
    keys = [[i.exercise.key for i in s.exercises] for s in before.sessions()]
    assert keys == [[i.exercise.key for i in s.exercises] for s in after.sessions()]


def test_an_unknown_exercise_key_gets_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--one-rm", "back-squt=100"]) == 2
    err = capsys.readouterr().err
    assert "did you mean 'back-squat'" in err
    assert "Catalogue.keys" not in err
    assert len(err.strip().splitlines()) == 1


def test_cli_choices_ignore_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises", "--level", "Beginner", "--equipment", "HOME"]) == 0
    assert main(["e1rm", "100", "5", "--unit", "LB"]) == 0
    assert "lb" in capsys.readouterr().out


# --- heavy running weeks -------------------------------------------------------------------


def test_a_jump_in_running_volume_pulls_strength_back_once() -> None:
    easy = rs.RunningWeek.parse("tue easy 8km, thu tempo 10km, sun long 18km")
    big = rs.RunningWeek.parse("tue easy 12km, thu tempo 14km, sat easy 10km, sun long 28km")
    start = dt.date(2027, 1, 4)
    calendar = rs.RunningCalendar.from_week(easy, start, start + dt.timedelta(days=34))
    for n in range(14, 21):
        day = start + dt.timedelta(days=n)
        calendar = calendar.with_day(day, big[rs.Weekday.of(day)])
    plain = quiet(rs.Athlete(level="intermediate"), easy, start=start, end=calendar.end)
    jumped = quiet(rs.Athlete(level="intermediate"), calendar, start=start)
    week = jumped.weeks[2]
    heavy = [n for n in week.notes if n.startswith("heavy running week")]
    assert len(heavy) == 1
    assert "running up" in heavy[0]
    assert "km against" in heavy[0]
    assert week.dose.sets == plain.weeks[2].dose.sets - 1
    assert [w.dose.sets for w in jumped.weeks[:2]] == [w.dose.sets for w in plain.weeks[:2]]
    # A heavy-running-week condition on the same week changes it once, not twice.
    told = rs.Condition("heavy-running-week", week.start, week.start + dt.timedelta(days=6))
    both = quiet(rs.Athlete(level="intermediate"), calendar, start=start, conditions=[told])
    assert both.weeks[2].dose.sets == week.dose.sets


# --- strength the runner already does ---------------------------------------------------


def test_own_strength_sessions_count_as_hard_leg_days() -> None:
    week = rs.RunningWeek.parse("mon rest, tue easy, wed rest, thu easy, fri rest, sat easy")
    own = [dt.date(2026, 12, 9)]  # a Wednesday session in the runner's own calendar
    plan = quiet(
        rs.Athlete(level="beginner"),
        week,
        start=START,
        end=START + dt.timedelta(6),
        own_strength=own,
    )
    for session in plan.sessions():
        assert session.date != own[0]
        if session.hardness is rs.Hardness.HARD:
            assert abs((session.date - own[0]).days) >= 2
    assert any("your own strength session on Wed 09 Dec" in n for n in plan.weeks[0].notes)
    replaced = quiet(
        rs.Athlete(level="beginner"),
        week,
        start=START,
        end=START + dt.timedelta(6),
        own_strength=own,
        replace_own=True,
    )
    plain = quiet(rs.Athlete(level="beginner"), week, start=START, end=START + dt.timedelta(6))
    assert [s.date for s in replaced.sessions()] == [s.date for s in plain.sessions()]
    assert any("is replaced by this plan's" in n for n in replaced.weeks[0].notes)
    with pytest.raises(rs.ArgumentTypeError):
        rs.plan_season(rs.Athlete(level="beginner"), week, start=START, own_strength="2026-12-09")
    with pytest.raises(rs.ArgumentTypeError):
        rs.plan_season(rs.Athlete(level="beginner"), week, start=START, replace_own="yes")  # type: ignore[arg-type]
