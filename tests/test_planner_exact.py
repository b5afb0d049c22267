"""The season planner, exactly: steps, requests, paused weeks, day rules and messages."""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest

import runstrength as rs
from runstrength import planner as pl
from runstrength.scheduling import SessionKind
from tests.messages import assert_message

START = dt.date(2026, 12, 7)  # a Monday
WEEK = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
MARATHON = rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
INTERMEDIATE = rs.Athlete(level="intermediate")
K = SessionKind


def short_plan(**kwargs: object) -> rs.Plan:
    options: dict[str, object] = {"start": START, "end": dt.date(2027, 1, 3), **kwargs}
    return rs.plan_season(INTERMEDIATE, WEEK, **options)  # type: ignore[arg-type]


def sessions(plan: rs.Plan) -> list[list[tuple[str, str]]]:
    return [[(s.date.isoformat(), s.kind.value) for s in w.sessions] for w in plan.weeks]


def test_progression_steps_week_by_week() -> None:
    doses = rs.Season.build(START, [MARATHON]).doses("intermediate")
    # Base climbs a step a loading week; a deload and the week after go one step back;
    # build starts again at the bottom; race season and the taper hold the bottom.
    assert pl._steps(doses) == [0, 1, 2, 2, 2, 3, 4, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1]
    # A beginner's careful first weeks hold the bottom and are not loading weeks.
    assert pl._steps(doses, 3) == [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1]


def test_the_sessions_a_week_asks_for() -> None:
    doses = rs.Season.build(START, [MARATHON]).doses("intermediate")
    level = rs.Level.INTERMEDIATE
    assert pl._request(level, doses[0]) == (K.HEAVY, K.POWER)
    assert pl._request(level, doses[13]) == (K.MAINTENANCE,)  # race season
    assert pl._request(level, doses[17]) == (K.MAINTENANCE,)  # taper
    assert pl._request(level, doses[19]) == (K.HEAVY, K.HEAVY)  # transition
    beginner = rs.Season.build(START, []).doses("beginner")[0]
    assert pl._request(rs.Level.BEGINNER, beginner) == (K.HEAVY, K.HEAVY)
    # No contacts in the dose: no power session.
    advanced = rs.Season.build(START, []).doses("advanced")[0]
    assert pl._request(rs.Level.ADVANCED, advanced) == (K.HEAVY, K.POWER, K.HEAVY)
    back = rs.apply_conditions(
        [doses[0]], [rs.Condition("return-from-break", START, START + dt.timedelta(6))]
    )[0]
    assert pl._request(level, back) == (K.MAINTENANCE,)


def test_an_illness_week_has_no_sessions_and_says_so() -> None:
    flu = rs.Condition("illness", dt.date(2026, 12, 15), dt.date(2026, 12, 17))
    plan = short_plan(conditions=[flu])
    assert sessions(plan) == [
        [("2026-12-08", "heavy"), ("2026-12-10", "power")],
        [],
        [("2026-12-22", "heavy"), ("2026-12-24", "power")],
        [("2026-12-29", "heavy"), ("2026-12-31", "power")],
    ]
    assert plan.weeks[1].notes[1:] == (
        "illness from 2026-12-15 to 2026-12-17: strength paused (SportCoaching)",
        "no strength sessions this week",
    )
    # Missed sessions are not made up either.
    missed = rs.Condition("missed", dt.date(2026, 12, 14), dt.date(2026, 12, 20))
    assert sessions(short_plan(conditions=[missed]))[1] == []


def test_sessions_a_week_within_the_level_range() -> None:
    plan = short_plan(sessions=3)
    assert [len(w) for w in sessions(plan)] == [3, 3, 3, 3]
    assert [len(w) for w in sessions(short_plan(sessions=2))] == [2, 2, 2, 2]
    for bad in (1, 4):
        assert_message(
            lambda b=bad: short_plan(sessions=b),  # type: ignore[misc]
            rs.ValidationError,
            "sessions",
            ["ask for 2 to 3, or change the level"],
            ["must be within the intermediate range of 2-3 sessions a week"],
        )
    assert_message(lambda: short_plan(sessions=True), rs.ArgumentTypeError, "sessions", ["e.g. 2"])
    # Conditions still take a session off (life stress: one fewer).
    stress = rs.Condition("life-stress", dt.date(2026, 12, 14), dt.date(2026, 12, 20))
    assert [len(w) for w in sessions(short_plan(sessions=3, conditions=[stress]))] == [3, 2, 3, 3]
    assert [len(w) for w in sessions(short_plan(sessions=2, conditions=[stress]))] == [2, 1, 2, 2]
    # Sessions on consecutive days are never both hard.
    for week in short_plan(sessions=3).weeks:
        hard = [s.date for s in week.sessions if s.hardness is rs.Hardness.HARD]
        assert all((b - a).days >= 2 for a, b in itertools.pairwise(hard))


def test_race_season_and_taper_keep_their_sessions() -> None:
    doses = rs.Season.build(START, [MARATHON]).doses("intermediate")
    assert pl._with_sessions(doses[13], 3, rs.Level.INTERMEDIATE) is doses[13]
    assert pl._with_sessions(doses[17], 3, rs.Level.INTERMEDIATE) is doses[17]
    assert pl._with_sessions(doses[19], 3, rs.Level.INTERMEDIATE).dose.sessions == 3
    flu = rs.apply_conditions([doses[0]], [rs.Condition("illness", START, START)])[0]
    assert pl._with_sessions(flu, 3, rs.Level.INTERMEDIATE) is flu


def test_weekday_rules_and_own_sessions() -> None:
    plan = short_plan(no_strength=["tue"])
    assert all(dt.date.fromisoformat(d).weekday() != 1 for w in sessions(plan) for d, _ in w)
    assert sessions(short_plan(prefer=["fri"])) == [
        [("2026-12-08", "heavy"), ("2026-12-11", "power")],
        [("2026-12-15", "heavy"), ("2026-12-18", "power")],
        [("2026-12-22", "heavy"), ("2026-12-25", "power")],
        [("2026-12-29", "heavy"), ("2027-01-01", "power")],
    ]
    assert_message(
        lambda: short_plan(no_strength=["mon", "tue"], prefer=["tue"]),
        rs.ValidationError,
        "prefer",
        ["drop the day from prefer or from no_strength"],
        ["must not also be a no-strength day"],
    )
    own = short_plan(own_strength=[dt.date(2026, 12, 8)])
    assert "2026-12-08" not in [d for w in sessions(own) for d, _ in w]
    assert own.weeks[0].notes[-1] == (
        "your own strength session on Tue 08 Dec counts as a hard leg day: no second one on it "
        "or within 48 hours"
    )
    assert own.weeks[1].notes == short_plan().weeks[1].notes
    replaced = short_plan(own_strength=[dt.date(2026, 12, 8)], replace_own=True)
    assert sessions(replaced)[0] == [("2026-12-08", "heavy"), ("2026-12-10", "power")]
    assert replaced.weeks[0].notes[-1] == (
        "your own strength session on Tue 08 Dec is replaced by this plan's"
    )
    for name in ("unavailable", "own_strength"):
        assert_message(
            lambda n=name: short_plan(**{n: "2026-12-08"}),  # type: ignore[misc]
            rs.ArgumentTypeError,
            name,
            ["e.g. [date(2026, 12, 8)]"],
            ["must be a collection of dates"],
        )
    assert_message(
        lambda: short_plan(replace_own="yes"),
        rs.ArgumentTypeError,
        "replace_own",
        ["pass replace_own=True"],
        ["must be True or False"],
    )


def test_plan_messages() -> None:
    assert_message(
        lambda: rs.plan_season("intermediate", WEEK, start=START),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "athlete",
        ['e.g. Athlete(level="intermediate")'],
        ["must be an Athlete"],
    )
    assert_message(
        lambda: short_plan(catalogue=[]),
        rs.ArgumentTypeError,
        "catalogue",
        ["use Catalogue.default()"],
        ["must be a Catalogue"],
    )
    error = assert_message(
        lambda: rs.plan_season(
            rs.Athlete(level="intermediate", one_rm={"back-squats": 100.0}), WEEK, start=START
        ),
        rs.UnknownExerciseError,
        "one_rm",
        ["did you mean"],
        ["must name an exercise in the catalogue"],
    )
    assert error.value == "back-squats"
    assert_message(
        lambda: short_plan(policy="advanced"),
        rs.ArgumentTypeError,
        "policy",
        ["use SchedulingPolicy.for_level"],
        ["must be a SchedulingPolicy"],
    )
    assert_message(
        lambda: rs.plan_season(INTERMEDIATE, "tue intervals", start=START),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "running",
        ['e.g. RunningWeek.parse("tue intervals, thu tempo, sun long")'],
        ["must be a RunningWeek (a template week) or a RunningCalendar (dated days)"],
    )
    assert_message(
        lambda: short_plan(conditions=rs.Condition("illness", START, START)),
        rs.ArgumentTypeError,
        "conditions",
        ["pass a list"],
        ["must be a collection of Condition"],
    )
    calendar = rs.RunningCalendar.from_week(WEEK, START, dt.date(2026, 12, 20))
    error = assert_message(
        lambda: rs.plan_season(INTERMEDIATE, calendar, start=START, end=dt.date(2026, 12, 27)),
        rs.ValidationError,
        "running",
        ["pass a calendar that covers them, or a start and end inside it"],
        ["must cover the plan's days (2026-12-07 to 2026-12-27)"],
    )
    assert error.value == "a calendar from 2026-12-07 to 2026-12-20"
    assert_message(
        lambda: rs.plan_season(INTERMEDIATE, calendar, start=START - dt.timedelta(1)),
        rs.ValidationError,
        "running",
        [],
    )
    whole = rs.plan_season(INTERMEDIATE, calendar, start=START)
    assert whole.weeks[-1].start == dt.date(2026, 12, 14)
    error = assert_message(
        lambda: short_plan(end=START + dt.timedelta(4 * 366 + 1)),
        rs.ValidationError,
        "end",
        ["plan one season (or a few) at a time"],
        [f"must be within about four years of the start ({START})"],
    )
    far = rs.Race(START + dt.timedelta(4 * 366 + 1), name="far")
    error = assert_message(
        lambda: rs.plan_season(INTERMEDIATE, WEEK, [far], start=START),
        rs.ValidationError,
        "races",
        ["give an end date, or plan the nearer races first"],
        [f"must fall within about four years of the start ({START})"],
    )
    assert error.value == f"far on {far.date}"


def test_an_unused_1rm_says_what_is_prescribed_instead() -> None:
    athlete = rs.Athlete(level="intermediate", one_rm={"goblet-squat": 40.0})
    with pytest.warns(pl.UnusedOneRmWarning) as caught:
        rs.plan_season(athlete, WEEK, start=START, end=dt.date(2026, 12, 13))
    assert [str(w.message) for w in caught] == [
        "your goblet squat 1RM is not used: the plan prescribes Front squat for that movement "
        "instead"
    ]
    # A used 1RM before an unused one, and two exercises of the movement instead.
    athlete = rs.Athlete(
        level="intermediate", one_rm={"front-squat": 100.0, "trap-bar-deadlift": 140.0}
    )
    with pytest.warns(pl.UnusedOneRmWarning) as caught:
        rs.plan_season(athlete, WEEK, start=START, end=dt.date(2026, 12, 13))
    assert [str(w.message) for w in caught] == [
        "your trap bar deadlift 1RM is not used: the plan prescribes Romanian deadlift "
        "(barbell) and Single-leg Romanian deadlift for that movement instead"
    ]


def test_sessions_must_be_a_whole_number() -> None:
    for value in (2.0, True, "2"):
        assert_message(
            lambda value=value: short_plan(sessions=value),
            rs.ArgumentTypeError,
            "sessions",
            ["e.g. 2"],
            ["must be a whole number"],
        )


def test_two_own_sessions_in_a_week_are_named_in_one_note() -> None:
    own = pl.plan_season(
        INTERMEDIATE,
        WEEK,
        start=START,
        end=START + dt.timedelta(days=13),
        own_strength=[dt.date(2026, 12, 8), dt.date(2026, 12, 10)],
    )
    assert (
        own.weeks[0]
        .notes[-1]
        .startswith("your own strength session on Tue 08 Dec, Thu 10 Dec counts as a hard leg day")
    )


def test_loads_close_to_races_are_held_at_the_lowest_load_since_the_stretch_began() -> None:
    # A marathon run as a B race three weeks in, then an A race: the weeks near the races
    # carry loads the dose alone would raise, and the planner holds each at its earlier load.
    one_rm = {"front-squat": 90, "romanian-deadlift": 120, "bulgarian-split-squat": 50}
    races = [
        rs.Race(
            START + dt.timedelta(weeks=3, days=6), name="Long", distance_km=42.2, priority="B"
        ),
        rs.Race(START + dt.timedelta(weeks=9, days=6), name="Marathon", distance_km=42.2),
    ]
    plan = pl.plan_season(
        rs.Athlete(level="intermediate", one_rm=one_rm), WEEK, races, start=START
    )
    near = {"race-season", "taper"}
    held = 0
    lowest: dict[str, float] = {}
    for week in plan.weeks:
        if week.phase.value not in near:
            lowest.clear()
            continue
        for session in week.sessions:
            for item in session.exercises:
                p, key = item.prescription, item.exercise.key
                if p.load is None:
                    continue
                if any("no rises close to a race" in note for note in item.notes):
                    held += 1
                    assert p.load == lowest[key]
                    assert all(w.load < p.load for w in p.warmup)
                    assert p.percent_one_rm is not None
                    # The share follows the held load (within the rounding of a plate).
                    assert abs(p.percent_one_rm / 100 * one_rm[key] - p.load) <= 2.5
                if key in lowest:
                    assert p.load <= lowest[key]
                lowest[key] = min(lowest.get(key, p.load), p.load)
    assert held >= 3


def test_why_a_day_holds_less_names_the_rule_that_blocked_the_harder_session() -> None:
    from runstrength.scheduling import DayVerdict, PlacedSession

    day = dt.date(2026, 12, 8)
    verdict = DayVerdict(
        rs.Weekday.TUESDAY,
        rs.RunningDay(),
        K.HEAVY,
        {
            rs.Hardness.HARD: (("rule-a", "the day before a key workout"),),
            rs.Hardness.MODERATE: (("rule-b", "the day after a race"),),
        },
        0.0,
        date=day,
    )
    real = rs.schedule_week(rs.RunningWeek.parse("sun long"), level="beginner", sessions=1)
    schedule = attrs.evolve(real, verdicts=(verdict,))
    moderate = PlacedSession(
        rs.Weekday.TUESDAY, K.HEAVY, False, date=day, hardness=rs.Hardness.MODERATE
    )
    light = PlacedSession(rs.Weekday.TUESDAY, K.HEAVY, False, date=day, hardness=rs.Hardness.LIGHT)
    assert pl._why_capped(schedule, moderate) == "the day before a key workout"
    assert pl._why_capped(schedule, light) == "the day after a race"
    bare = attrs.evolve(real, verdicts=(attrs.evolve(verdict, blocked={}),))
    assert pl._why_capped(bare, light) == "too close to another hard session"


def test_the_notes_of_careful_first_weeks_new_variations_and_new_lifters_read_exactly() -> None:
    beginner = pl.plan_season(rs.Athlete(level="beginner"), WEEK, [MARATHON], start=START)
    assert (
        "first weeks: one more rep in reserve while learning the movements (Proven Gains)"
        in beginner.weeks[0].notes
    )
    notes = [n for w in beginner.weeks for n in w.notes if n.startswith("new variations")]
    assert notes
    assert all(n.endswith("(Proven Gains: change the template every 6-8 weeks)") for n in notes)
    new = rs.Athlete(level="intermediate", lifting_experience="new")
    plan = pl.plan_season(new, WEEK, start=START, end=START + dt.timedelta(days=6))
    reasons = [r for s in plan.sessions() for r in s.reasons] + [
        n for s in plan.sessions() for item in s.exercises for n in item.notes
    ]
    assert any(
        "strength before power: low hops only until three weeks of lifting "
        "(Proven Gains, Power Couple)" in r
        for r in reasons
    ), reasons


def test_a_partial_week_with_one_session_due_says_session_once() -> None:
    # The plan starts on a Sunday: one day of the first week, which holds a long run.
    plan = pl.plan_season(
        rs.Athlete(level="beginner"),
        rs.RunningWeek.parse("sun long"),
        start=dt.date(2026, 12, 13),
        end=dt.date(2026, 12, 27),
        sessions=1,
    )
    notes = [n for n in plan.weeks[0].notes if n.startswith("a partial week")]
    assert notes == ["a partial week (1 of its 7 days in the plan): 0 of 1 session"]


def test_a_light_session_is_of_the_light_kind() -> None:
    week = rs.RunningWeek.parse("mon easy, tue intervals, wed easy, thu tempo, sat long")
    plan = pl.plan_season(
        rs.Athlete(level="beginner"), week, start=START, end=START + dt.timedelta(days=6)
    )
    first = plan.sessions()[0]
    assert (first.date, first.template, first.kind) == (START, "light", K.LIGHT)
    assert first.hardness is rs.Hardness.LIGHT


def test_a_dose_without_jump_contacts_asks_for_no_power_session() -> None:
    base = rs.Season.build(START, []).doses("advanced")[0]
    for top in (0, 1):
        week = attrs.evolve(base, dose=attrs.evolve(base.dose, contacts=(0, top)))
        kinds = pl._request(rs.Level.ADVANCED, week)
        assert (K.POWER in kinds) is (top > 0)


def test_the_running_reaches_two_days_past_the_end_and_days_off_reach_the_last_day() -> None:
    end = dt.date(2026, 12, 13)
    for short in (1, 2):  # the calendar stops one or two days short of end + 2
        days = rs.RunningCalendar.from_week(WEEK, START, end + dt.timedelta(days=2 - short))
        assert pl._calendar(days, START, end).end == end + dt.timedelta(days=2)
    exact = rs.RunningCalendar.from_week(WEEK, START, end + dt.timedelta(days=2))
    assert pl._calendar(exact, START, end) is exact
    sundays = pl._no_strength_dates(
        frozenset({rs.Weekday.SUNDAY, rs.Weekday.MONDAY}), frozenset(), START, end
    )
    assert sundays == frozenset({START, end})


def test_dates_and_races_are_named_by_their_argument() -> None:
    horizon = START + dt.timedelta(days=4 * 366)
    assert_message(lambda: short_plan(end="2027-01-03"), rs.ArgumentTypeError, "end", [])
    error = assert_message(
        lambda: short_plan(end=horizon + dt.timedelta(days=1)),
        rs.ValidationError,
        "end",
        ["plan one season"],
    )
    assert error.value == horizon + dt.timedelta(days=1)
    assert_message(lambda: short_plan(races={"a": 1}), rs.ArgumentTypeError, "races", [])
    at_horizon = rs.Race(horizon, name="far", distance_km=10)
    assert rs.plan_season(INTERMEDIATE, WEEK, [at_horizon], start=START).weeks
    assert_message(lambda: short_plan(prefer=[9]), rs.ArgumentTypeError, "prefer", [])
    for name in ("unavailable", "own_strength"):
        error = assert_message(
            lambda n=name: short_plan(**{n: 5}), rs.ArgumentTypeError, name, ["date"]
        )
        assert error.value == 5
    assert_message(
        lambda: short_plan(own_strength=["2026-12-08"]), rs.ArgumentTypeError, "own_strength", []
    )


def test_the_plan_keeps_its_request_and_a_race_on_its_first_day() -> None:
    plan = short_plan(no_strength=["thu", "tue"], prefer=["fri"], sessions=3)
    assert (plan.request.no_strength, plan.request.prefer, plan.request.sessions) == (
        (2, 4),
        (5,),
        3,
    )
    # A C race on the first day is run as a key workout: the day's running says so.
    race = rs.Race(START, name="Parkrun", distance_km=5, priority="C")
    week = rs.RunningWeek.parse("mon easy, wed intervals, sat long")
    opened = rs.plan_season(
        rs.Athlete(level="advanced"), week, [race], start=START, end=START + dt.timedelta(days=6)
    )
    first = opened.sessions()[0]
    assert (first.date, first.running.demand) == (START, rs.RunKind.RACE)


def test_eccentric_work_is_new_for_exactly_its_first_two_weeks() -> None:
    from runstrength._context import Context
    from runstrength.hardness import NEW_ECCENTRIC_DAYS
    from runstrength.scheduling import CalendarPlacer

    calendar = rs.RunningCalendar.from_week(WEEK, START, START + dt.timedelta(weeks=4))
    placer = CalendarPlacer(calendar, rs.Level.ADVANCED, rs.SchedulingPolicy.for_level("advanced"))
    ctx = Context(rs.Athlete(level="advanced"), rs.Catalogue.default())
    planner = pl._Planner(ctx, calendar, placer, {})
    eccentric = {e.key for e in ctx.catalogue if e.eccentric}
    assert planner._fresh(START) == eccentric  # none done yet: all new
    planner.eccentric["nordic-curl"] = START
    last_new = START + dt.timedelta(days=NEW_ECCENTRIC_DAYS - 1)
    assert "nordic-curl" in planner._fresh(last_new)
    assert planner._fresh(last_new + dt.timedelta(days=1)) == eccentric - {"nordic-curl"}
