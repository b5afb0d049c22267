"""Re-planning from the training log: scenarios, and the rules a re-plan keeps."""

from __future__ import annotations

import datetime as dt
import warnings

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from tests.test_content_safety import content_problems, load_problems, session_problems

WEEK = rs.RunningWeek.parse(
    "mon easy 6km, tue intervals 10km, wed rest, thu tempo 10km, fri easy 6km, sun long 20km"
)
START = dt.date(2027, 1, 4)
MARATHON = rs.Race(dt.date(2027, 4, 25), name="Spring marathon", distance_km=42.2)
ATHLETE = rs.Athlete(level="intermediate", one_rm={"front-squat": 90, "romanian-deadlift": 110})


def quiet(*args: object, **kwargs: object) -> rs.Plan:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        return rs.plan_season(*args, **kwargs)  # type: ignore[arg-type]


PLAN = quiet(ATHLETE, WEEK, [MARATHON], start=START)


def squat_loads(plan: rs.Plan) -> dict[dt.date, float]:
    return {
        s.date: i.prescription.load
        for s in plan.sessions()
        for i in s.exercises
        if i.exercise.key == "front-squat" and i.prescription.load is not None
    }


def strength(day: dt.date, load: float, rir: float, n: int = 3) -> rs.LoggedStrength:
    sets = tuple(rs.LoggedSet("front-squat", load=load, reps=5, rir=rir) for _ in range(n))
    return rs.LoggedStrength(day, minutes=40, rpe=7, sets=sets)


def check_rules(plan: rs.Plan) -> None:
    assert content_problems(plan, WEEK, [MARATHON], START, plan.end) == []
    assert load_problems(plan) == []
    assert session_problems(plan) == []
    dates = [s.date for s in plan.sessions()]
    assert len(dates) == len(set(dates))


@given(st.integers(0, 15 * 7))
def test_an_empty_log_changes_nothing(offset: int) -> None:
    today = START + dt.timedelta(days=offset)
    assert rs.replan(PLAN, rs.TrainingLog(), today=today) == PLAN


def test_sets_easier_than_planned_raise_loads_from_today_on() -> None:
    log = rs.TrainingLog(strength=(strength(dt.date(2027, 1, 12), 75, 4),))
    today = dt.date(2027, 1, 18)
    again = rs.replan(PLAN, log, today=today)
    before, after = squat_loads(PLAN), squat_loads(again)
    assert {d: x for d, x in after.items() if d < today} == {
        d: x for d, x in before.items() if d < today
    }
    later = [d for d in after if today <= d < dt.date(2027, 2, 22)]
    assert later
    assert all(after[d] >= before[d] for d in later)
    assert any(after[d] > before[d] for d in later)
    assert again.athlete.one_rm["front-squat"] > 90
    week = again.week_of(today)
    assert week is not None
    assert any("front squat 1RM re-estimated at" in n for n in week.notes)
    assert any("3 x 5 @ 75 kg, RIR 4 on 2027-01-12" in n for n in week.notes)
    check_rules(again)


def test_sets_harder_than_planned_lower_loads_and_one_bad_set_does_not_move_it() -> None:
    hard = rs.TrainingLog(strength=(strength(dt.date(2027, 1, 12), 60, 0),))
    again = rs.replan(PLAN, hard, today=dt.date(2027, 1, 18))
    assert again.athlete.one_rm["front-squat"] < 90
    sets = (
        rs.LoggedSet("front-squat", load=70, reps=5, rir=2),
        rs.LoggedSet("front-squat", load=70, reps=5, rir=2),
        rs.LoggedSet("front-squat", load=70, reps=1, rir=0),  # a bad set
    )
    mixed = rs.TrainingLog(strength=(rs.LoggedStrength(dt.date(2027, 1, 12), sets=sets),))
    steady = rs.replan(PLAN, mixed, today=dt.date(2027, 1, 18))
    assert steady.athlete.one_rm["front-squat"] == pytest.approx(85.3, abs=0.1)


def test_a_missed_week_is_not_made_up_and_is_followed_by_a_re_entry_week() -> None:
    missed_week = PLAN.week_of(dt.date(2027, 1, 18))
    assert missed_week is not None
    marks = tuple(rs.DayMark(s.date, "skipped", note="travel") for s in missed_week.sessions)
    again = rs.replan(PLAN, rs.TrainingLog(marks=marks), today=dt.date(2027, 1, 25))
    back = again.week_of(dt.date(2027, 1, 25))
    normal = PLAN.week_of(dt.date(2027, 1, 25))
    assert back is not None
    assert normal is not None
    assert back.totals.sessions <= normal.totals.sessions
    assert back.dose.rir > normal.dose.rir
    assert any("coming back after 1 week of missed sessions" in n for n in back.notes)
    gone = again.week_of(dt.date(2027, 1, 18))
    assert gone is not None
    assert gone.sessions == ()
    check_rules(again)


def test_a_cold_for_five_days_pauses_strength_and_eases_back() -> None:
    marks = tuple(
        rs.DayMark(dt.date(2027, 1, 11) + dt.timedelta(days=n), "ill", note="a cold")
        for n in range(5)
    )
    again = rs.replan(PLAN, rs.TrainingLog(marks=marks), today=dt.date(2027, 1, 13))
    sick = again.week_of(dt.date(2027, 1, 11))
    assert sick is not None
    assert sick.sessions == ()
    after = again.week_of(dt.date(2027, 1, 18))
    assert after is not None
    assert any("coming back after 1 week of illness" in n for n in after.notes)
    assert any("illness 2027-01-11 to 2027-01-15" in n for n in sick.notes)
    check_rules(again)


def test_a_jump_in_running_volume_lightens_the_week_after_once() -> None:
    runs = [
        rs.LoggedRun(dt.date(2027, 1, 4) + dt.timedelta(days=7 * w + d), distance_km=10)
        for w in range(3)
        for d in (0, 2, 5)
    ] + [
        rs.LoggedRun(dt.date(2027, 1, 25) + dt.timedelta(days=d), distance_km=14)
        for d in (0, 2, 5)
    ]
    log = rs.TrainingLog(runs=tuple(runs))
    again = rs.replan(PLAN, log, today=dt.date(2027, 1, 31))
    lighter = again.week_of(dt.date(2027, 2, 1))
    usual = PLAN.week_of(dt.date(2027, 2, 1))
    assert lighter is not None
    assert usual is not None
    assert lighter.dose.sets == usual.dose.sets - 1
    assert sum("heavy running week" in n for n in lighter.notes) == 1


def test_logging_from_halfway_judges_only_the_logged_weeks() -> None:
    since = dt.date(2027, 1, 18)
    runs = tuple(
        rs.LoggedRun(since + dt.timedelta(days=7 * w + d), distance_km=10)
        for w in range(2)
        for d in (0, 2, 5)
    )
    early = (rs.LoggedRun(dt.date(2027, 1, 4), distance_km=2),)  # before since: not judged
    log = rs.TrainingLog(runs=early + runs, since=since)
    again = rs.replan(PLAN, log, today=dt.date(2027, 2, 1))
    assert again.conditions == PLAN.conditions


def test_race_season_loads_never_rise_from_a_higher_estimate() -> None:
    today = dt.date(2027, 3, 22)
    current = PLAN.week_of(today)
    assert current is not None
    assert current.phase is rs.Phase.RACE_SEASON
    log = rs.TrainingLog(strength=(strength(dt.date(2027, 3, 16), 85, 4),))
    again = rs.replan(PLAN, log, today=today)
    assert again.athlete.one_rm["front-squat"] == 90
    week = again.week_of(today)
    assert week is not None
    assert any("kept at the current one until after the race" in n for n in week.notes)
    check_rules(again)


def test_an_injury_needs_its_region() -> None:
    hurt = rs.TrainingLog(marks=(rs.DayMark(dt.date(2027, 1, 12), "injured", note="sore knee"),))
    again = rs.replan(PLAN, hurt, today=dt.date(2027, 1, 13))
    assert any(c.region is rs.BodyRegion.KNEE for c in again.conditions)
    vague = rs.TrainingLog(marks=(rs.DayMark(dt.date(2027, 1, 12), "injured", note="ouch"),))
    with pytest.raises(rs.ValidationError, match="name the region in the note"):
        rs.replan(PLAN, vague, today=dt.date(2027, 1, 13))


def test_bad_replans_are_refused() -> None:
    with pytest.raises(rs.ValidationError, match="inside the plan"):
        rs.replan(PLAN, rs.TrainingLog(), today=dt.date(2030, 1, 1))
    with pytest.raises(rs.ArgumentTypeError):
        rs.replan(PLAN, "log", today=START)  # type: ignore[arg-type]
    with pytest.raises(rs.ArgumentTypeError):
        rs.replan("plan", rs.TrainingLog(), today=START)  # type: ignore[arg-type]
    by_hand = attrs.evolve(PLAN, request=None)
    with pytest.raises(rs.ValidationError, match="plan_season"):
        rs.replan(by_hand, rs.TrainingLog(), today=START)
    custom = quiet(
        ATHLETE,
        WEEK,
        start=START,
        end=dt.date(2027, 2, 28),
        policy=rs.SchedulingPolicy.moderate_days(),
    )
    with pytest.raises(rs.ValidationError, match="policy"):
        rs.replan(custom, rs.TrainingLog(), today=START)
    assert (
        rs.replan(
            custom, rs.TrainingLog(), today=START, policy=rs.SchedulingPolicy.moderate_days()
        )
        == custom
    )


def test_a_plans_expected_load_charts_beside_a_log() -> None:
    days = PLAN.daily_load()
    assert len(days) == (PLAN.end - PLAN.start).days + 1
    assert (days >= 0).all()
    assert days.sum() == pytest.approx(sum(s.estimated_load for s in PLAN.sessions()))
    for session in PLAN.sessions():
        rpe = rs.plan.TARGET_SESSION_RPE[session.hardness]
        assert session.estimated_load == pytest.approx(session.minutes * rpe)


HEADER = (
    "date,activity,title,minutes,distance,distance_unit,rpe,exercise,load,load_unit,reps,rir,note"
)
LOG_CSV = f"""{HEADER}
2026-12-07,run,Easy,45,8,km,4,,,,,,
2026-12-08,strength,,45,,,7,,,,,,
2026-12-08,set,,,,,,front-squat,75,kg,5,4,
2026-12-08,set,,,,,,front-squat,75,kg,5,4,
2026-12-08,set,,,,,,front-squat,75,kg,5,4,
2026-12-13,run,Long,110,20,km,5,,,,,,
2026-12-17,ill,,,,,,,,,,,a cold
"""


def test_the_cli_replans_from_a_log_and_prints_a_week_and_the_load(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    from runstrength.cli import main

    log = Path(str(tmp_path)) / "log.csv"
    log.write_text(LOG_CSV, encoding="utf-8")
    flags = ["--start", "2026-12-07", "--log", str(log), "--today", "2026-12-21"]
    assert main(["plan", *flags]) == 0
    out = capsys.readouterr().out
    assert "front squat 1RM re-estimated at" in out
    assert "from the log: illness" in out
    assert main(["week", *flags]) == 0
    week = capsys.readouterr().out
    assert week.startswith("Week of 2026-12-21")
    assert "Week of 2026-12-28" not in week
    assert main(["load", "--log", str(log)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["WEEK", "LOAD", "MONOTONY", "STRAIN", "RATIO"]
    assert "2026-12-07" in table
    png = Path(str(tmp_path)) / "load.png"
    assert main(["load", "--log", str(log), "--format", "png", "--output", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["load", "--log", str(log), "--format", "png"]) == 2
    assert main(["load", "--log", str(Path(str(tmp_path)) / "missing.csv")]) == 2
    bad = Path(str(tmp_path)) / "bad.csv"
    bad.write_text("date,activity\n2026-12-07,swim\n", encoding="utf-8")
    assert main(["plan", "--start", "2026-12-07", "--log", str(bad), "--today", "2026-12-21"]) == 2
    err = capsys.readouterr().err
    assert "row 2, column activity" in err
    assert len(err.strip().splitlines()) == 3
