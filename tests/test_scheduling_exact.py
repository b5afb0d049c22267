"""Scheduling, exactly: every rule on every kind of day, spacing, shares and messages."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
import warnings

import pytest

import runstrength as rs
from runstrength.hardness import Hardness
from runstrength.scheduling import (
    DEFAULT_RULES,
    Check,
    DayContext,
    InfeasibleScheduleError,
    Rule,
    SchedulingPolicy,
    SessionKind,
    UnpicklableRuleError,
    default_kinds,
    key_workout_day_rule,
    partial_share,
    schedule_calendar,
    schedule_week,
)
from tests.messages import assert_message

H = Hardness
L = rs.Level
DAY = rs.RunningDay.of
RULES = {rule.name: rule for rule in DEFAULT_RULES}
EXAMPLE = "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"


def why(name: str, hardness: H, **context: object) -> str | None:
    ctx = DayContext(**{"day": rs.RunningDay(), **context})  # type: ignore[arg-type]
    return RULES[name].why_not(hardness, ctx)


def test_race_day_and_race_eve_take_no_session_at_all() -> None:
    for h in H:
        assert why("no-strength-on-race-day", h, day=DAY("race")) == "race day"
        assert why("no-strength-on-race-day", h, day=DAY("long")) is None
        assert why("race-eve-mobility-only", h, tomorrow=DAY("race")) == "the day before a race"
        assert why("race-eve-mobility-only", h, day=DAY("race")) is None
        assert why("race-eve-mobility-only", h, in_two_days=DAY("race")) is None


def test_hard_sessions_stay_two_days_clear_of_a_race() -> None:
    name = "no-hard-lift-two-days-before-race"
    for near in ({"tomorrow": DAY("race")}, {"in_two_days": DAY("race")}):
        assert why(name, H.HARD, **near) == "within two days before a race"
        assert why(name, H.MODERATE, **near) is None
    assert why(name, H.HARD, day=DAY("race"), yesterday=DAY("race")) is None


def test_the_eve_of_a_key_day() -> None:
    hard, moderate = "no-hard-lift-before-key-day", "no-moderate-lift-before-key-day"
    assert why(hard, H.HARD, tomorrow=DAY("long")) == "the day before a long run"
    assert why(hard, H.HARD, tomorrow=DAY("tempo")) == "the day before a key workout"
    assert why(hard, H.MODERATE, tomorrow=DAY("long")) is None
    assert why(hard, H.HARD, tomorrow=DAY("easy")) is None
    assert why(hard, H.HARD, tomorrow=DAY("race")) is None
    assert why(moderate, H.MODERATE, tomorrow=DAY("long")) == "the day before a long run"
    assert why(moderate, H.MODERATE, tomorrow=DAY("intervals")) == "the day before a key workout"
    assert why(moderate, H.HARD, tomorrow=DAY("long")) is None
    assert why(moderate, H.LIGHT, tomorrow=DAY("long")) is None
    assert why(moderate, H.MODERATE, tomorrow=DAY("moderate")) is None


def test_long_run_days_and_recovery_windows_hold_light_work_only() -> None:
    for h in (H.HARD, H.MODERATE):
        assert why("no-hard-lift-on-long-run-day", h, day=DAY("long")) == "a long-run day"
        assert why("post-race-recovery", h, recovery="2 days after a 10 km") == (
            "2 days after a 10 km"
        )
    assert why("no-hard-lift-on-long-run-day", H.LIGHT, day=DAY("long")) is None
    assert why("no-hard-lift-on-long-run-day", H.HARD, day=DAY("tempo")) is None
    assert why("post-race-recovery", H.LIGHT, recovery="2 days after a 10 km") is None
    assert why("post-race-recovery", H.HARD) is None


def test_the_key_workout_day_rule_by_level() -> None:
    rule = key_workout_day_rule([L.ADVANCED, "intermediate"])
    assert rule.statement == (
        "A hard or moderate session may share a key-workout day (after the run) only for: "
        "intermediate, advanced."
    )
    assert key_workout_day_rule([]).statement == (
        "A hard or moderate session never shares a key-workout day."
    )
    assert rule.name == "hard-lift-on-key-day-by-level"
    key = DayContext(day=DAY("tempo"), level=L.BEGINNER)
    assert rule.why_not(H.MODERATE, key) == (
        "a key-workout day, and beginner runners lift on easier days here"
    )
    assert rule.why_not(H.LIGHT, key) is None
    assert rule.why_not(H.HARD, DayContext(day=DAY("tempo"), level=L.ADVANCED)) is None
    assert rule.why_not(H.HARD, DayContext(day=DAY("long"), level=L.BEGINNER)) is None
    assert pickle.loads(pickle.dumps(rule)).why_not(H.HARD, key) is not None
    assert_message(lambda: key_workout_day_rule(["elite"]), rs.ValidationError, "levels", [])


def test_session_kinds_stand_for_their_class() -> None:
    race = DayContext(day=rs.RunningDay(), tomorrow=DAY("long"))
    rule = RULES["no-hard-lift-before-key-day"]
    assert rule.why_not(SessionKind.MAINTENANCE, race) == "the day before a long run"
    assert rule.why_not(SessionKind.MOBILITY, race) is None
    assert [k.is_hard for k in SessionKind] == [True, True, True, False, False]
    assert_message(lambda: rule.why_not("brutal", race), rs.ValidationError, "hardness", [])  # type: ignore[arg-type]


def test_default_kinds() -> None:
    assert default_kinds(L.BEGINNER, 3) == (SessionKind.HEAVY,) * 3
    assert default_kinds(L.INTERMEDIATE, 3) == (
        SessionKind.HEAVY,
        SessionKind.POWER,
        SessionKind.HEAVY,
    )
    assert default_kinds(L.ADVANCED, 0) == ()
    assert default_kinds("advanced", 7)[-1] is SessionKind.HEAVY


@pytest.mark.parametrize(
    ("requested", "days", "share"),
    [(2, 7, 2), (2, 8, 2), (2, 3, 1), (2, 2, 1), (1, 3, 1), (1, 2, 0), (3, 1, 0), (0, 3, 0),
     (4, 6, 3), (3, 2, 1), (2, 1, 0)],
)  # fmt: skip
def test_partial_share(requested: int, days: int, share: int) -> None:
    assert partial_share(requested, days) == share


def test_a_template_week_wraps_round_for_the_gap_between_hard_sessions() -> None:
    week = rs.RunningWeek.parse("mon rest")
    three = schedule_week(week, level="advanced", sessions=3)
    assert [(s.weekday.value, s.hardness) for s in three.sessions] == [
        (1, H.HARD),
        (3, H.HARD),
        (5, H.HARD),
    ]
    # A fourth hard session on Sunday would be a day from Monday's: it is kept moderate.
    with pytest.warns(rs.ScheduleCompromiseWarning) as caught:
        four = schedule_week(week, level="advanced", sessions=4)
    assert [str(w.message) for w in caught] == [
        "could not place 2 heavy sessions and 2 power sessions without breaking a rule: "
        "1 session kept moderate"
    ]
    assert [(s.weekday.short, s.kind.value, s.hardness) for s in four.sessions] == [
        ("mon", "heavy", H.HARD),
        ("tue", "power", H.MODERATE),
        ("wed", "power", H.HARD),
        ("fri", "heavy", H.HARD),
    ]
    assert four.sessions[1].reasons == (
        "Lift on Tuesday, a rest day, kept moderate for the day: advanced runners pair strength "
        "with hard run days so easy days stay easy (SportCoaching; Best Athletics)",
    )
    lines = four.explain().splitlines()
    assert lines[2] == "tue rest: power session, on its own, kept moderate"
    assert lines[4] == (
        "thu rest: no hard session: too close to Wednesday's and Friday's hard session, 48 h "
        "apart at least (SportCoaching: 24-48 h; NSCA Essentials ch. 18: 48-72 h between "
        "plyometric sessions)"
    )
    assert lines[7].startswith("sun rest: no hard session: too close to Monday's hard session")
    assert lines[-2] == (
        "Compromise: could not place 2 heavy sessions and 2 power sessions without breaking a "
        "rule: 1 session kept moderate"
    )
    import attrs

    advanced = SchedulingPolicy.for_level("advanced")
    daily = schedule_week(week, policy=attrs.evolve(advanced, min_gap_days=1), sessions=4)
    assert [s.weekday.value for s in daily.sessions if s.hardness is H.HARD] == [1, 2, 3, 4]
    with pytest.warns(rs.ScheduleCompromiseWarning):
        wide = schedule_week(week, policy=attrs.evolve(advanced, min_gap_days=3), sessions=3)
    assert [(s.weekday.value, s.hardness) for s in wide.sessions] == [
        (1, H.HARD),
        (2, H.MODERATE),
        (4, H.HARD),
    ]
    assert "72 h apart at least" in wide.explain()


def test_the_example_week_exactly() -> None:
    sched = schedule_week(rs.RunningWeek.parse(EXAMPLE), level="intermediate", sessions=2)
    assert [(s.weekday.short, s.kind.value, s.after_run) for s in sched.sessions] == [
        ("tue", "heavy", True),
        ("thu", "power", True),
    ]
    assert sched.score == (2, 6, 6.0)
    assert sched.sessions[0].reasons == (
        "Lift after Tuesday's intervals: intermediate runners pair strength with hard days or "
        "lift on easy days (SportCoaching)",
    )
    lines = sched.explain().splitlines()
    assert lines[0] == (
        "Placement (intermediate): intermediate runners pair strength with hard days or lift "
        "on easy days (SportCoaching)"
    )
    assert lines[5] == (
        "fri easy: no hard session: too close to Thursday's hard session, 48 h apart at least "
        "(SportCoaching: 24-48 h; NSCA Essentials ch. 18: 48-72 h between plyometric sessions)"
    )
    assert (
        lines[7] == "sun long: at most a light session: a long-run day (Fitzgerald; SportCoaching)"
    )
    assert lines[-1] == (
        "Always: lift after the run on a shared day (SportCoaching, Proven Gains); the 5-10 "
        "minute mobility routine fits any day but race day (Fitzgerald)."
    )
    assert [d.preference for d in sched.verdicts] == [2.0, 3.0, 1.5, 3.0, 2.0, 1.5, 0.0]


def test_a_compromise_says_what_it_did() -> None:
    week = rs.RunningWeek.of("key", "long", "key", "long", "key", "long", "race")
    with pytest.warns(rs.ScheduleCompromiseWarning) as caught:
        sched = schedule_week(week, level="beginner", sessions=2)
    text = "could not place 2 heavy sessions without breaking a rule: 2 sessions kept light"
    assert [str(w.message) for w in caught] == [text]
    assert sched.compromises == (text,)
    assert [(s.weekday.short, s.kind, s.hardness) for s in sched.sessions] == [
        ("mon", SessionKind.LIGHT, H.LIGHT),
        ("tue", SessionKind.LIGHT, H.LIGHT),
    ]
    assert sched.sessions[0].reasons == ("A light session after Monday's key workout",)
    error = assert_message(
        lambda: schedule_week(week, level="beginner", sessions=2, strict=True),
        InfeasibleScheduleError,
        "sessions",
        ["ask for fewer sessions, lighter kinds, or free up days"],
        [
            "cannot all be placed without breaking a hard rule (blocking rules by day:",
            "sun: no-strength-on-race-day, no-hard-lift-before-key-day",
            "and 48h-between-hard-sessions between hard sessions)",
        ],
    )
    assert error.value == "heavy, heavy"
    with pytest.warns(rs.ScheduleCompromiseWarning) as caught:
        schedule_week(week, level="beginner", kinds=["heavy"])
    assert str(caught[0].message) == (
        "could not place a heavy session without breaking a rule: 1 session kept light"
    )
    race = rs.RunningWeek.of("race", "race", "race", "race", "race", "race", "race")
    with pytest.warns(rs.ScheduleCompromiseWarning) as caught:
        none = schedule_week(race, level="advanced", kinds=["heavy", "power"])
    assert str(caught[0].message) == (
        "could not place a heavy session and a power session without breaking a rule: "
        "2 fewer sessions"
    )
    assert none.sessions == ()
    assert none.mobility_days == ()


def test_scheduling_messages() -> None:
    week = rs.RunningWeek.parse(EXAMPLE)
    assert_message(
        lambda: schedule_week(week, sessions=2, kinds=["heavy"]),
        rs.ValidationError,
        "sessions",
        ["give either sessions=N or kinds=(...)"],
        ["must not be given together with kinds"],
    )
    assert_message(
        lambda: schedule_week(week, kinds="heavy"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "kinds",
        ["e.g. (SessionKind.HEAVY, SessionKind.POWER)"],
        ["must be a sequence of SessionKind"],
    )
    assert_message(
        lambda: schedule_week(week, kinds=["heavy", "mobility"]),
        rs.ValidationError,
        "kinds",
        ["the mobility routine is on every day already"],
        ["must not include mobility (it is not a strength session)"],
    )
    assert_message(
        lambda: schedule_week(week, sessions=True),
        rs.ArgumentTypeError,
        "sessions",
        ["e.g. 2"],
        ["must be a whole number"],
    )
    for bad in (-1, 5):
        error = assert_message(
            lambda b=bad: schedule_week(week, sessions=b),  # type: ignore[misc]
            rs.ValidationError,
            "sessions",
            ["runners do 1-3 (SportCoaching, Proven Gains)"],
            ["must be from 0 to 4 strength sessions a week"],
        )
        assert error.value == bad
    error = assert_message(
        lambda: schedule_week(week, kinds=["heavy"] * 5),
        rs.ValidationError,
        "sessions",
        ["runners do 1-3 (SportCoaching, Proven Gains)"],
    )
    assert error.value == 5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.ScheduleCompromiseWarning)
        assert len(schedule_week(week, kinds=["light"] * 4).requested) == 4
        assert len(schedule_week(week, sessions=4).requested) == 4
    assert schedule_week(week, sessions=0).sessions == ()
    assert_message(
        lambda: schedule_week(week, policy="advanced"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "policy",
        ["use SchedulingPolicy.for_level"],
    )
    own = schedule_week(
        week, level="beginner", policy=SchedulingPolicy.for_level("advanced"), sessions=1
    )
    assert own.policy == "advanced"
    # The level still reads the days: beginners stay off key-workout days.
    assert [(s.weekday.short, s.kind) for s in own.sessions] == [("fri", SessionKind.HEAVY)]
    assert_message(
        lambda: schedule_week(week, strict="yes"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "strict",
        ["pass a bool"],
        ["must be True or False"],
    )
    assert_message(
        lambda: schedule_week(EXAMPLE),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "week",
        ["use RunningWeek.parse"],
    )
    cal = rs.RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    assert_message(
        lambda: schedule_calendar(week),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "calendar",
        ["use RunningCalendar.from_week"],
    )
    assert_message(
        lambda: schedule_calendar(cal, unavailable="2026-12-08"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "unavailable",
        ["e.g. [date(2026, 12, 8)]"],
        ["must be a collection of dates"],
    )
    error = assert_message(
        lambda: schedule_calendar(cal, unavailable=[dt.datetime(2026, 12, 8, 7)]),
        rs.ArgumentTypeError,
        "unavailable",
        ["pass dates, not times or text"],
        ["must hold datetime.date values"],
    )
    assert error.value == dt.datetime(2026, 12, 8, 7)


def test_calendar_compromises_are_counted_in_one_warning() -> None:
    hard = rs.RunningWeek.of("key", "long", "key", "long", "key", "long", "race")
    cal = rs.RunningCalendar.from_week(hard, dt.date(2026, 12, 7), dt.date(2026, 12, 20))
    with pytest.warns(rs.ScheduleCompromiseWarning) as caught:
        schedule_calendar(cal, level="beginner", sessions=2)
    assert [str(w.message) for w in caught] == [
        "2 weeks could not hold what was asked (weeks of 2026-12-07, 2026-12-14); see each "
        "week's compromises"
    ]
    one = rs.RunningCalendar.from_week(hard, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    with pytest.warns(rs.ScheduleCompromiseWarning) as caught:
        schedule_calendar(one, level="beginner", sessions=2)
    assert [str(w.message) for w in caught] == [
        "1 week could not hold what was asked (week of 2026-12-07); see each week's compromises"
    ]


def test_rule_and_context_messages() -> None:
    assert_message(
        lambda: Rule("x", "s", "src", lambda h, c: None, penalty=-0.5),
        rs.ValidationError,
        "penalty",
        ["a cost, e.g. 1.0"],
        ["must be >= 0"],
    )
    assert Rule("x", "s", "src", lambda h, c: None, hard=False, penalty=0).penalty == 0
    assert_message(
        lambda: Rule("x", "s", "src", "check"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "check",
        ["pass a function (kind, context)"],
        ["must be callable"],
    )
    bad = Rule("odd", "s", "src", lambda h, c: 3)  # type: ignore[arg-type,return-value]
    error = assert_message(
        lambda: bad.why_not(H.LIGHT, DayContext(day=rs.RunningDay())),
        rs.ArgumentTypeError,
        "odd.check",
        ["return a short text saying why the day fails"],
        ["must return None or a reason string"],
    )
    assert error.value == 3
    error = assert_message(
        lambda: pickle.dumps(bad),
        UnpicklableRuleError,
        "odd.check",
        ["define the check with def at the top level of a module, or pickle with cloudpickle"],
        ["must be a function defined at the top level of a module to pickle"],
    )
    assert error.value.startswith("tests.test_scheduling_exact.")
    assert error.value.endswith("<lambda>")
    for field, value, fix in (
        ("day", "easy", "use RunningDay.of('easy')"),
        ("tomorrow", None, "use RunningDay.of('easy')"),
        ("weekday", 5, "Weekday.FRIDAY"),
        ("date", "2027-01-01", None),
        ("date", dt.datetime(2027, 1, 1, 6), None),
        ("recovery", 2, "say why"),
    ):
        fields: dict[str, object] = {"day": rs.RunningDay(), field: value}
        error = assert_message(
            lambda f=fields: DayContext(**f),  # type: ignore[misc]
            rs.ArgumentTypeError,
            field,
            [] if fix is None else [fix],
        )
        assert error.value == value
    ctx = DayContext(day=rs.RunningDay(), date=dt.date(2027, 1, 1), recovery="why")
    assert (ctx.date, ctx.recovery, ctx.weekday) == (dt.date(2027, 1, 1), "why", None)


def test_policy_messages() -> None:
    base = SchedulingPolicy.for_level("intermediate")
    import attrs

    assert_message(
        lambda: attrs.evolve(base, preferences=[1, 2]),
        rs.ArgumentTypeError,
        "preferences",
        ["RunKind -> score"],
        ["must be a mapping"],
    )
    error = assert_message(
        lambda: attrs.evolve(base, preferences={"easy": 1.0}),
        rs.ArgumentTypeError,
        "preferences['easy']",
        ["key by RunKind"],
        ["must be a RunKind"],
    )
    assert error.value == "easy"
    assert_message(
        lambda: attrs.evolve(base, preferences={rs.RunKind.EASY: "high"}),
        rs.ArgumentTypeError,
        "preferences[easy]",
        [],
    )
    for gap in (0, 4, True, 2.0):
        assert_message(
            lambda g=gap: attrs.evolve(base, min_gap_days=g),  # type: ignore[misc]
            rs.ValidationError,
            "min_gap_days",
            ["2 means 48 h"],
            ["must be a whole number of days from 1 to 3"],
        )
    for field in ("preference_source", "rationale"):
        assert_message(
            lambda f=field: attrs.evolve(base, **{f: 1}),  # type: ignore[misc]
            rs.ArgumentTypeError,
            field,
            ["pass text"],
            ["must be a string"],
        )
    assert_message(
        lambda: base.with_rules(DEFAULT_RULES[0]),
        rs.ValidationError,
        "rules",
        [],
    )
    assert SchedulingPolicy.for_level("beginner").preferences[rs.RunKind.REST] == 3.0
    assert SchedulingPolicy.moderate_days().preferences[rs.RunKind.KEY_WORKOUT] == 0.5
    assert SchedulingPolicy.moderate_days().rules[-1].statement.endswith("only for: advanced.")
    assert (
        SchedulingPolicy.for_level("beginner")
        .rules[-1]
        .statement.endswith("never shares a key-workout day.")
    )


def test_level_policy_kinds_and_dates_are_named_when_wrong() -> None:
    week = rs.RunningWeek.parse("tue intervals, sun long")
    for call in (
        lambda: rs.schedule_week(week, level="expert"),
        lambda: rs.schedule_week(
            week, level="expert", policy=rs.SchedulingPolicy.for_level(L.BEGINNER)
        ),
    ):
        assert_message(call, rs.ValidationError, "level", [])
    error = assert_message(
        lambda: rs.schedule_week(week, policy="strict"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "policy",
        ["use SchedulingPolicy.for_level"],
        ["must be a SchedulingPolicy"],
    )
    assert error.value == "strict"
    assert_message(
        lambda: rs.schedule_week(week, kinds=5),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "kinds",
        [],
    )
    assert_message(
        lambda: rs.schedule_week(week, kinds={"heavy": 1}),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "kinds",
        [],
    )
    days = rs.RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 20))
    error = assert_message(
        lambda: rs.schedule_calendar(days, unavailable="2026-12-08"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "unavailable",
        ["date"],
    )
    assert error.value == "2026-12-08"
    from runstrength.scheduling import default_kinds

    assert_message(lambda: default_kinds("expert", 2), rs.ValidationError, "level", [])  # type: ignore[arg-type]


def test_a_calendar_starting_midweek_is_scheduled_from_its_own_first_day() -> None:
    week = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
    days = rs.RunningCalendar.from_week(week, dt.date(2026, 12, 9), dt.date(2026, 12, 27))
    placed = rs.schedule_calendar(days, level="intermediate", sessions=2)
    dates = [s.date for s in placed.sessions]
    assert dates
    assert min(dates) >= dt.date(2026, 12, 9)
    assert dates[0] == dt.date(2026, 12, 10)  # the partial first week: Thursday's tempo


def test_the_messages_of_days_sessions_and_policies_name_the_value_and_the_rule() -> None:
    from runstrength.scheduling import PlacedSession, default_kinds

    easy = DAY("easy")
    error = assert_message(
        lambda: DayContext(day=easy, recovery=3),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "recovery",
        ["say why"],
        ["must be text or None"],
    )
    assert error.value == 3
    error = assert_message(
        lambda: DayContext(day=easy, weekday="fri"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "weekday",
        ["Weekday.FRIDAY"],
        ["must be a Weekday or None"],
    )
    assert error.value == "fri"
    error = assert_message(
        lambda: SchedulingPolicy("mine", DEFAULT_RULES, [1.0]),
        rs.ArgumentTypeError,
        "preferences",
        ["RunKind -> score"],
        ["must be a mapping"],
    )
    assert error.value == [1.0]
    error = assert_message(
        lambda: PlacedSession(rs.Weekday.MONDAY, "squats", False),
        rs.ValidationError,
        "kind",
        [],
    )
    assert error.value == "squats"
    assert_message(lambda: default_kinds(L.ADVANCED, 8), rs.ValidationError, "count", [])
    assert_message(lambda: key_workout_day_rule(5), rs.ArgumentTypeError, "levels", [])  # type: ignore[arg-type]


def test_the_messages_of_a_request_keep_its_value_and_rule() -> None:
    week = rs.RunningWeek.parse(EXAMPLE)
    error = assert_message(
        lambda: schedule_week(3, sessions=2),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "week",
        ["RunningWeek.parse"],
        ["must be a RunningWeek"],
    )
    assert error.value == 3
    error = assert_message(
        lambda: schedule_week(week, sessions=2.0),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "sessions",
        ["e.g. 2"],
        ["must be a whole number"],
    )
    assert error.value == 2.0
    error = assert_message(
        lambda: schedule_week(week, kinds=["heavy", "mobility"]),
        rs.ValidationError,
        "kinds",
        ["mobility routine"],
        ["must not include mobility"],
    )
    assert error.value == ["heavy", "mobility"]
    error = assert_message(
        lambda: schedule_week(week, kinds=["heavy"] * 5),
        rs.ValidationError,
        "sessions",
        ["runners do 1-3"],
        ["must be from 0 to 4 strength sessions a week"],
    )
    assert error.value == 5


def test_a_compromise_names_the_sessions_dropped_and_kept_lighter_together() -> None:
    week = rs.RunningWeek.parse(
        "mon rest, tue easy, wed race, thu race, fri race, sat race, sun race"
    )
    with pytest.warns(rs.ScheduleCompromiseWarning):
        placed = schedule_week(week, level="advanced", sessions=2)
    assert placed.compromises == (
        "could not place a heavy session and a power session without breaking a rule: "
        "1 fewer session and 1 session kept moderate",
    )


def test_explain_names_the_rule_that_leaves_a_day_no_hard_session() -> None:
    week = rs.RunningWeek.parse(
        "mon easy, tue easy, wed race, thu rest, fri easy, sat rest, sun long"
    )
    lines = schedule_week(week, level="intermediate", sessions=1).explain().splitlines()
    assert lines[1] == (
        "mon easy: no hard session: within two days before a race (SportCoaching; Proven Gains, "
        "mistake 3: 24-48 h before big sessions)"
    )


def test_a_rule_of_ones_own_reads_yesterday_and_a_day_without_a_preference_scores_zero() -> None:
    def after_long(hardness: H, ctx: DayContext) -> str | None:
        if hardness is H.HARD and ctx.yesterday.demand is rs.RunKind.LONG_RUN:
            return "after a long run"
        return None

    rule = Rule("after-long", "no hard lift the day after a long run", "test", after_long)
    policy = SchedulingPolicy("mine", (rule,), {})
    placed = schedule_week(rs.RunningWeek.parse("mon long"), policy=policy, sessions=0)
    hard = [v.blocked[H.HARD] for v in placed.verdicts]
    assert hard == [(), (("after-long", "after a long run"),), (), (), (), (), ()]
    assert [v.preference for v in placed.verdicts] == [0.0] * 7


def test_a_placed_day_lists_the_soft_rules_it_breaks_at_its_own_hardness() -> None:
    def no_hard(hardness: H, ctx: DayContext) -> str | None:
        return "rather not" if hardness is H.HARD else None

    rule = Rule("rather-not", "hard lifting costs", "test", no_hard, hard=False)
    policy = SchedulingPolicy("mine", (rule,), {})
    placed = schedule_week(rs.RunningWeek.parse("mon easy"), policy=policy, kinds=["light"])
    assert [s.weekday for s in placed.sessions] == [rs.Weekday.MONDAY]
    assert placed.verdicts[0].penalties == ()
    assert placed.verdicts[1].penalties == (("rather-not", "rather not"),)


def test_only_the_librarys_own_checks_are_taken_as_date_blind() -> None:
    from runstrength.scheduling import _date_blind

    assert all(_date_blind(rule) for rule in DEFAULT_RULES)
    assert _date_blind(key_workout_day_rule([L.ADVANCED]))
    assert not _date_blind(Rule("mine", "a rule", "test", lambda h, c: None))
    assert not _date_blind(Rule("again", "a rule", "test", DEFAULT_RULES[0].why_not))


def test_a_calendar_carries_hard_sessions_only_and_its_repeated_weeks_keep_the_week_before() -> (
    None
):
    from runstrength.scheduling import CalendarPlacer, _days_apart

    monday = dt.date(2026, 12, 7)
    week = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
    days = rs.RunningCalendar.from_week(week, monday, monday + dt.timedelta(27))
    placer = CalendarPlacer(days, L.INTERMEDIATE, SchedulingPolicy.for_level("intermediate"))
    placer.week(monday, (SessionKind.HEAVY, SessionKind.LIGHT))
    assert placer.previous == (dt.date(2026, 12, 8),)

    plan = schedule_calendar(days, level="intermediate", sessions=2)
    for earlier, later in itertools.pairwise(plan.weeks):
        assert later.earlier == tuple(s.date for s in earlier.sessions)
    first = plan.weeks[0]
    tuesday, sunday = first.sessions[0], first.verdicts[6]
    assert (tuesday.date, sunday.date) == (dt.date(2026, 12, 8), dt.date(2026, 12, 13))
    assert _days_apart(tuesday, sunday) == 5  # dates, not weekdays around the week


def test_a_hard_session_of_ones_own_next_monday_keeps_sunday_moderate() -> None:
    from runstrength.scheduling import CalendarPlacer

    monday = dt.date(2026, 12, 7)
    days = rs.RunningCalendar.from_week(
        rs.RunningWeek.parse("mon easy"), monday, monday + dt.timedelta(13)
    )
    policy = SchedulingPolicy.for_level("intermediate")
    off = frozenset(monday + dt.timedelta(i) for i in range(6))
    for own, hardness in (
        (frozenset({monday + dt.timedelta(7)}), H.MODERATE),
        (frozenset(), H.HARD),
    ):
        placer = CalendarPlacer(days, L.INTERMEDIATE, policy, off=off, own_hard=own)
        placed = placer.week(monday, (SessionKind.HEAVY,))
        assert [(s.date, s.hardness) for s in placed.sessions] == [
            (monday + dt.timedelta(6), hardness)
        ]


def test_a_repeated_template_week_moved_keeps_no_dates() -> None:
    from runstrength.scheduling import _moved

    placed = schedule_week(rs.RunningWeek.parse(EXAMPLE), level="intermediate", sessions=2)
    moved = _moved(placed, dt.timedelta(7), ())
    assert [s.date for s in moved.sessions] == [None, None]
    assert [d.date for d in moved.verdicts] == [None] * 7


def test_explain_without_a_source_and_with_two_soft_rules_on_a_free_day() -> None:
    def costs(why_text: str) -> Check:
        return lambda hardness, ctx: why_text if hardness is H.HARD else None

    rules = (
        Rule("first-cost", "first costs", "Test source", costs("one"), hard=False),
        Rule("second-cost", "second costs", "Test source", costs("two"), hard=False),
    )
    policy = SchedulingPolicy("mine", rules, {})
    placed = schedule_week(rs.RunningWeek.parse("mon easy"), policy=policy, sessions=0)
    lines = placed.explain().splitlines()
    assert lines[0] == "Placement (mine): the day preferences"
    assert lines[1] == (
        "mon easy: free, but the chosen days suit the placement better; one counts against it "
        "(Test source); two counts against it (Test source)"
    )


def test_a_placed_session_unpacks_to_its_day_kind_and_run() -> None:
    week = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
    session = schedule_week(week, level="intermediate", sessions=1).sessions[0]
    weekday, kind, after_run = session
    assert (weekday, kind, after_run) == (rs.Weekday.TUESDAY, SessionKind.HEAVY, True)


def test_a_placer_given_another_policy_does_not_reuse_the_old_policys_weeks() -> None:
    from runstrength.scheduling import CalendarPlacer

    monday = dt.date(2026, 12, 7)
    days = rs.RunningCalendar.from_week(
        rs.RunningWeek.parse(EXAMPLE), monday, monday + dt.timedelta(13)
    )
    placer = CalendarPlacer(days, L.INTERMEDIATE, SchedulingPolicy.for_level("beginner"))
    first = placer.week(monday, (SessionKind.HEAVY,))
    assert [s.date for s in first.sessions] == [dt.date(2026, 12, 11)]  # an easy Friday
    placer.policy = SchedulingPolicy.for_level("advanced")
    placer.previous = ()
    again = placer.week(monday, (SessionKind.HEAVY,))
    assert again.policy == "advanced"
    assert [s.date for s in again.sessions] == [dt.date(2026, 12, 8)]  # Tuesday's intervals
