"""The running week and the placement of strength sessions."""

from __future__ import annotations

import datetime as dt
import itertools
import warnings
from collections.abc import Callable

import pytest
from attrs import evolve as attrs_evolve
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.scheduling import DEFAULT_RULES, key_workout_day_rule
from runstrength.sources import SOURCES
from tests import strategies as s
from tests.invalid import assert_invalid

WEEK = rs.RunningWeek.parse(
    "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
)


def placed(schedule: rs.WeekSchedule) -> list[tuple[str, str]]:
    return [(x.weekday.short, x.kind.value) for x in schedule.sessions]


# --- the running week -----------------------------------------------------------------


def test_parse_reads_synonyms_and_several_runs() -> None:
    week = rs.RunningWeek.parse(
        "Mon recovery; TUE easy + hills\nwed off, thu threshold, fri steady, sat track, "
        "sun long run"
    )
    assert [day.demand.value for _, day in week] == [
        "easy",
        "key-workout",
        "rest",
        "key-workout",
        "moderate",
        "key-workout",
        "long-run",
    ]
    assert week[rs.Weekday.TUESDAY].to_text() == "easy+hills"
    assert week["sun"] == week[7] == rs.RunningDay.of("long")
    assert week.run_days == (1, 2, 4, 5, 6, 7)


def test_days_not_mentioned_are_rest_days() -> None:
    week = rs.RunningWeek.parse("sun long")
    assert [day.has_run for _, day in week] == [False] * 6 + [True]


def test_text_of_the_example_week_is_kept() -> None:
    text = "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
    assert WEEK.to_text() == text


@given(s.running_weeks)
def test_text_round_trips(week: rs.RunningWeek) -> None:
    again = rs.RunningWeek.parse(week.to_text())
    assert again == week
    assert again.to_text() == week.to_text()


def test_weekdays() -> None:
    assert rs.Weekday.parse("Thurs") is rs.Weekday.THURSDAY
    assert rs.Weekday.of(dt.date(2026, 12, 7)) is rs.Weekday.MONDAY
    assert [d.short for d in rs.Weekday][:2] == ["mon", "tue"]


def test_calendar_from_week_and_races() -> None:
    cal = rs.RunningCalendar.from_week(WEEK, dt.date(2026, 12, 9), dt.date(2026, 12, 22))
    assert len(cal) == 14
    assert cal.end == dt.date(2026, 12, 22)
    assert cal[dt.date(2026, 12, 9)] == WEEK["wed"]
    assert cal[dt.date(2027, 1, 1)] == rs.RunningDay()  # outside: rest
    raced = cal.with_race(dt.date(2026, 12, 13))
    assert raced[dt.date(2026, 12, 13)].to_text() == "race"
    assert [d for d, day in raced if day.demand is rs.RunKind.RACE] == [dt.date(2026, 12, 13)]


# --- placement by level ---------------------------------------------------------------


def test_intermediate_lifts_after_the_key_workouts() -> None:
    sched = rs.schedule_week(WEEK, level=rs.Level.INTERMEDIATE, sessions=2)
    assert placed(sched) == [("tue", "heavy"), ("thu", "power")]
    assert all(x.after_run for x in sched.sessions)
    assert sched.compromises == ()


def test_advanced_pairs_hard_days() -> None:
    sched = rs.schedule_week(WEEK, level="advanced", sessions=2)
    assert placed(sched) == [("tue", "heavy"), ("thu", "power")]


def test_beginner_keeps_to_easy_days_and_says_what_it_changed() -> None:
    with pytest.warns(rs.ScheduleCompromiseWarning, match="kept light"):
        sched = rs.schedule_week(WEEK, level="beginner", sessions=2)
    assert placed(sched) == [("mon", "light"), ("fri", "heavy")]
    assert [x.hardness for x in sched.sessions] == [rs.Hardness.LIGHT, rs.Hardness.HARD]
    assert {WEEK[x.weekday].demand for x in sched.sessions} <= {rs.RunKind.EASY, rs.RunKind.REST}
    assert "1 session kept light" in sched.compromises[0]


def test_beginner_with_room_gets_two_full_sessions() -> None:
    week = rs.RunningWeek.parse(
        "mon rest, tue easy, wed rest, thu easy, fri rest, sat easy, sun long"
    )
    sched = rs.schedule_week(week, level="beginner", sessions=2)
    assert sched.compromises == ()
    assert [x.kind for x in sched.sessions] == [rs.SessionKind.HEAVY] * 2


def test_moderate_days_policy_prefers_moderate_days() -> None:
    week = rs.RunningWeek.parse(
        "mon easy, tue intervals, wed moderate, thu easy, fri steady, sun long"
    )
    sched = rs.schedule_week(week, policy=rs.SchedulingPolicy.moderate_days(), sessions=2)
    assert [WEEK.days and week[x.weekday].demand for x in sched.sessions] == [
        rs.RunKind.MODERATE,
        rs.RunKind.MODERATE,
    ]


def test_explain_covers_every_day_in_words_with_sources() -> None:
    sched = rs.schedule_week(WEEK, level="intermediate", sessions=2)
    lines = sched.explain().splitlines()
    days = [line for line in lines if line[:3] in {d.short for d in rs.Weekday}]
    assert [line[:3] for line in days] == [d.short for d in rs.Weekday]
    for line in days:
        assert "session, after the run" in line or "(" in line, line
        # Rule names are for programs (the verdicts hold them), not for the reader.
        assert not any(rule.name in line for rule in sched.rules), line
    blocked = sched.verdicts[0].blocked[rs.Hardness.MODERATE]
    assert [name for name, _ in blocked] == ["no-moderate-lift-before-key-day"]
    assert "SportCoaching" in sched.explain()


def test_race_week() -> None:
    week = rs.RunningWeek.parse(
        "mon easy, tue easy, wed moderate, thu easy, fri rest, sat easy, sun race"
    )
    sched = rs.schedule_week(week, level="intermediate", kinds=["heavy", "maintenance"])
    days = dict(placed(sched))
    assert "sat" not in days
    assert "sun" not in days
    assert days.get("fri") != "heavy"
    sat = sched.verdicts[5].blocked[rs.Hardness.LIGHT]
    assert [name for name, _ in sat] == ["race-eve-mobility-only"]
    assert rs.Weekday.SUNDAY not in sched.mobility_days


def test_strict_mode_lists_the_blocking_rules() -> None:
    week = rs.RunningWeek.of("key", "long", "key", "long", "key", "long", "race")
    with pytest.raises(rs.InfeasibleScheduleError) as info:
        rs.schedule_week(week, level="beginner", sessions=2, strict=True)
    message = str(info.value)
    assert "sun: no-strength-on-race-day" in message
    assert "hard-lift-on-key-day-by-level" in message
    assert isinstance(info.value, ValueError)


def test_unavailable_days_and_custom_rules() -> None:
    with pytest.warns(rs.ScheduleCompromiseWarning):
        sched = rs.schedule_week(WEEK, level="intermediate", sessions=2, unavailable=["tue"])
    assert placed(sched) == [("thu", "heavy"), ("fri", "power")]
    assert sched.sessions[1].hardness is rs.Hardness.MODERATE
    no_thursdays = rs.Rule(
        name="no-thursday-lifting",
        statement="Thursday evening is choir practice.",
        source="the runner",
        check=lambda kind, ctx: (
            "choir"
            if ctx.day.demand is rs.RunKind.KEY_WORKOUT and ctx.day.runs[0].label == "tempo"
            else None
        ),
    )
    policy = rs.SchedulingPolicy.for_level("intermediate").with_rules(no_thursdays)
    sched = rs.schedule_week(WEEK, policy=policy, sessions=2)
    assert "thu" not in dict(placed(sched))
    assert "choir (the runner)" in sched.explain()


def test_soft_rules_only_cost_points() -> None:
    dislike_mondays = rs.Rule(
        name="rather-not-monday",
        statement="Mondays are busy.",
        source="the runner",
        check=lambda kind, ctx: (
            "busy" if ctx.day.runs and ctx.day.runs[0].label == "recovery" else None
        ),
        hard=False,
        penalty=10.0,
    )
    week = rs.RunningWeek.parse("mon recovery, wed easy, fri easy")
    policy = rs.SchedulingPolicy.for_level("beginner").with_rules(dislike_mondays)
    assert "mon" not in dict(placed(rs.schedule_week(week, policy=policy, sessions=1)))
    assert "mon" in dict(placed(rs.schedule_week(week, level="beginner", sessions=1)))


def test_zero_sessions() -> None:
    sched = rs.schedule_week(WEEK, sessions=0)
    assert sched.sessions == ()
    assert sched.compromises == ()
    assert len(sched.mobility_days) == 7


def test_calendar_rules_cross_week_boundaries() -> None:
    week = rs.RunningWeek.parse("tue intervals, thu tempo, sat easy, sun easy")
    cal = rs.RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 20))
    cal = cal.with_race(dt.date(2026, 12, 21) - dt.timedelta(days=7))  # Monday 14 Dec
    plan = rs.schedule_calendar(cal, level="intermediate", sessions=2)
    dates = [x.date for x in plan.sessions]
    # The Saturday and Sunday before the Monday race take no hard session.
    assert dt.date(2026, 12, 12) not in dates
    assert dt.date(2026, 12, 13) not in dates
    hard = sorted(x.date for x in plan.sessions if x.hardness is rs.Hardness.HARD)
    assert all((b - a).days >= 2 for a, b in itertools.pairwise(hard))
    assert all(x.date is not None and cal.start <= x.date <= cal.end for x in plan.sessions)


def test_calendar_warns_once_for_compromised_weeks() -> None:
    cal = rs.RunningCalendar.from_week(
        rs.RunningWeek.of(*["key"] * 7), dt.date(2026, 12, 7), dt.date(2026, 12, 20)
    )
    with pytest.warns(rs.ScheduleCompromiseWarning, match="2 week"):
        plan = rs.schedule_calendar(cal, level="beginner", sessions=1)
    assert all(w.compromises for w in plan.weeks)
    with pytest.raises(rs.InfeasibleScheduleError):
        rs.schedule_calendar(cal, level="beginner", sessions=1, strict=True)


def test_unavailable_dates_in_a_calendar() -> None:
    cal = rs.RunningCalendar.from_week(WEEK, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    with pytest.warns(rs.ScheduleCompromiseWarning):
        plan = rs.schedule_calendar(
            cal, level="intermediate", sessions=2, unavailable=[dt.date(2026, 12, 8)]
        )
    assert dt.date(2026, 12, 8) not in [x.date for x in plan.sessions]


# --- properties -----------------------------------------------------------------------


def _context(week: rs.RunningWeek, day: rs.Weekday, level: rs.Level) -> rs.DayContext:
    i = day - 1
    d = week.days
    return rs.DayContext(d[i], d[i - 1], d[(i + 1) % 7], d[(i + 2) % 7], level)


requests = st.integers(0, 3)
kit_days = st.frozensets(s.weekdays, max_size=5)


def _quiet(**kwargs: object) -> rs.WeekSchedule:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.ScheduleCompromiseWarning)
        return rs.schedule_week(**kwargs)  # type: ignore[arg-type]


@given(s.running_weeks, s.levels, requests, kit_days)
def test_placed_sessions_keep_every_hard_rule(
    week: rs.RunningWeek, level: rs.Level, count: int, off: frozenset[rs.Weekday]
) -> None:
    sched = _quiet(week=week, level=level, sessions=count, unavailable=off)
    policy = rs.SchedulingPolicy.for_level(level)
    for session in sched.sessions:
        assert session.weekday not in off
        assert session.kind is not rs.SessionKind.MOBILITY
        ctx = _context(week, session.weekday, level)
        for rule in policy.rules:
            assert rule.why_not(session.hardness, ctx) is None, (rule.name, session)
        assert session.after_run == week[session.weekday].has_run
    hard = sorted(x.weekday for x in sched.sessions if x.hardness is rs.Hardness.HARD)
    for a, b in itertools.pairwise(hard):
        assert b - a >= 2
    if len(hard) > 1:
        assert hard[0] + 7 - hard[-1] >= 2
    asked = len(sched.requested)
    full = (
        len(sched.sessions) == asked
        and [x.kind for x in sched.sessions].count(rs.SessionKind.MAINTENANCE) == 0
    )
    assert full or sched.compromises
    assert len(sched.sessions) <= asked


@given(s.running_weeks, s.levels, st.integers(1, 3))
def test_strict_mode_raises_exactly_when_a_compromise_is_needed(
    week: rs.RunningWeek, level: rs.Level, count: int
) -> None:
    relaxed = _quiet(week=week, level=level, sessions=count)
    if relaxed.compromises:
        with pytest.raises(rs.InfeasibleScheduleError):
            rs.schedule_week(week, level=level, sessions=count, strict=True)
    else:
        assert rs.schedule_week(week, level=level, sessions=count, strict=True) == relaxed


@given(s.running_weeks, s.levels, requests, kit_days)
def test_scheduling_is_deterministic(
    week: rs.RunningWeek, level: rs.Level, count: int, off: frozenset[rs.Weekday]
) -> None:
    assert _quiet(week=week, level=level, sessions=count, unavailable=off) == _quiet(
        week=week, level=level, sessions=count, unavailable=set(off)
    )


@given(s.running_weeks, s.levels, requests, kit_days, kit_days)
def test_more_available_days_never_lower_the_score(
    week: rs.RunningWeek,
    level: rs.Level,
    count: int,
    a: frozenset[rs.Weekday],
    b: frozenset[rs.Weekday],
) -> None:
    fewer_free = _quiet(week=week, level=level, sessions=count, unavailable=a | b)
    more_free = _quiet(week=week, level=level, sessions=count, unavailable=a)
    assert more_free.score >= fewer_free.score


@given(s.running_weeks)
def test_mobility_never_counts_as_a_strength_session(week: rs.RunningWeek) -> None:
    sched = _quiet(week=week, sessions=2)
    assert all(x.kind is not rs.SessionKind.MOBILITY for x in sched.sessions)
    race_days = {d for d, day in week if day.demand is rs.RunKind.RACE}
    assert set(sched.mobility_days) == set(rs.Weekday) - race_days


def test_every_default_rule_names_a_source() -> None:
    for rule in (*DEFAULT_RULES, key_workout_day_rule(rs.Level)):
        assert rule.hard
        cited = [key for key in SOURCES if key in rule.source]
        assert cited or "library convention" in rule.source, rule.source
        assert rule.statement.endswith(".")


# --- invalid input --------------------------------------------------------------------

BAD = [
    (
        "unknown word",
        lambda: rs.RunningWeek.parse("mon easy, tue sprints"),
        rs.ParseError,
        "text (entry 2, word 2)",
    ),
    (
        "unknown day",
        lambda: rs.RunningWeek.parse("funday easy"),
        rs.ParseError,
        "text (entry 1, word 1)",
    ),
    (
        "duplicate day",
        lambda: rs.RunningWeek.parse("mon easy, monday tempo"),
        rs.ParseError,
        "text (entry 2, word 1)",
    ),
    ("empty entry", lambda: rs.RunningWeek.parse("mon"), rs.ParseError, "text (entry 1, word 2)"),
    (
        "second run unknown",
        lambda: rs.RunningWeek.parse("tue easy+sprints"),
        rs.ParseError,
        "text (entry 1, word 3)",
    ),
    ("not text", lambda: rs.RunningWeek.parse(7), rs.ArgumentTypeError, "text"),
    ("eight days", lambda: rs.RunningWeek.of(*["easy"] * 8), rs.ValidationError, "kinds"),
    ("six days", lambda: rs.RunningWeek((rs.RunningDay(),) * 6), rs.ValidationError, "days"),
    (
        "rest as a run",
        lambda: rs.RunningDay((rs.Run(rs.RunKind.REST),)),
        rs.ValidationError,
        "runs",
    ),
    ("bad label", lambda: rs.Run(rs.RunKind.EASY, "Easy Run"), rs.ValidationError, "label"),
    ("run kind str", lambda: rs.Run("easy"), rs.ArgumentTypeError, "kind"),
    ("day word", lambda: rs.RunningDay.of("sprints"), rs.ParseError, "run"),
    ("day word type", lambda: rs.RunningDay.of(3), rs.ArgumentTypeError, "run"),
    ("weekday", lambda: rs.Weekday.parse("mo"), rs.ParseError, "weekday"),
    ("weekday type", lambda: rs.Weekday.parse(1), rs.ArgumentTypeError, "weekday"),
    ("weekday of", lambda: rs.Weekday.of("2026-12-07"), rs.ArgumentTypeError, "date"),
    ("week index", lambda: WEEK[8], rs.ArgumentTypeError, "weekday"),
    ("week index name", lambda: WEEK["someday"], rs.ParseError, "weekday"),
    (
        "calendar end",
        lambda: rs.RunningCalendar.from_week(WEEK, dt.date(2026, 12, 7), dt.date(2026, 12, 1)),
        rs.ValidationError,
        "end",
    ),
    (
        "calendar week",
        lambda: rs.RunningCalendar.from_week("week", dt.date(2026, 12, 7), dt.date(2026, 12, 8)),
        rs.ArgumentTypeError,
        "week",
    ),
    (
        "calendar dates",
        lambda: rs.RunningCalendar.from_week(WEEK, "2026-12-07", dt.date(2026, 12, 8)),
        rs.ArgumentTypeError,
        "start",
    ),
    (
        "calendar end type",
        lambda: rs.RunningCalendar.from_week(WEEK, dt.date(2026, 12, 7), 8),
        rs.ArgumentTypeError,
        "end",
    ),
    (
        "calendar empty",
        lambda: rs.RunningCalendar(dt.date(2026, 12, 7), ()),
        rs.ValidationError,
        "days",
    ),
    (
        "calendar datetime",
        lambda: rs.RunningCalendar(dt.datetime(2026, 12, 7), (rs.RunningDay(),)),
        rs.ArgumentTypeError,
        "start",
    ),
    (
        "calendar lookup",
        lambda: rs.RunningCalendar(dt.date(2026, 12, 7), (rs.RunningDay(),))[3],
        rs.ArgumentTypeError,
        "date",
    ),
    (
        "with_day outside",
        lambda: rs.RunningCalendar(dt.date(2026, 12, 7), (rs.RunningDay(),)).with_day(
            dt.date(2027, 1, 1), rs.RunningDay()
        ),
        rs.ValidationError,
        "date",
    ),
    (
        "with_day type",
        lambda: rs.RunningCalendar(dt.date(2026, 12, 7), (rs.RunningDay(),)).with_day(
            dt.date(2026, 12, 7), "easy"
        ),
        rs.ArgumentTypeError,
        "day",
    ),
    (
        "with_race date",
        lambda: rs.RunningCalendar(dt.date(2026, 12, 7), (rs.RunningDay(),)).with_race("soon"),
        rs.ArgumentTypeError,
        "date",
    ),
    ("schedule week", lambda: rs.schedule_week("mon easy"), rs.ArgumentTypeError, "week"),
    ("schedule level", lambda: rs.schedule_week(WEEK, level="pro"), rs.ValidationError, "level"),
    (
        "schedule policy",
        lambda: rs.schedule_week(WEEK, policy="beginner"),
        rs.ArgumentTypeError,
        "policy",
    ),
    (
        "sessions type",
        lambda: rs.schedule_week(WEEK, sessions="2"),
        rs.ArgumentTypeError,
        "sessions",
    ),
    (
        "too many sessions",
        lambda: rs.schedule_week(WEEK, sessions=5),
        rs.ValidationError,
        "sessions",
    ),
    (
        "both",
        lambda: rs.schedule_week(WEEK, sessions=2, kinds=["heavy"]),
        rs.ValidationError,
        "sessions",
    ),
    ("kinds str", lambda: rs.schedule_week(WEEK, kinds="heavy"), rs.ArgumentTypeError, "kinds"),
    (
        "kinds unknown",
        lambda: rs.schedule_week(WEEK, kinds=["crossfit"]),
        rs.ValidationError,
        "kinds",
    ),
    (
        "kinds mobility",
        lambda: rs.schedule_week(WEEK, kinds=["mobility"]),
        rs.ValidationError,
        "kinds",
    ),
    (
        "unavailable",
        lambda: rs.schedule_week(WEEK, unavailable="mon"),
        rs.ArgumentTypeError,
        "unavailable",
    ),
    (
        "unavailable day",
        lambda: rs.schedule_week(WEEK, unavailable=[9]),
        rs.ArgumentTypeError,
        "unavailable",
    ),
    (
        "unavailable name",
        lambda: rs.schedule_week(WEEK, unavailable=["xyz"]),
        rs.ParseError,
        "unavailable",
    ),
    ("strict", lambda: rs.schedule_week(WEEK, strict="yes"), rs.ArgumentTypeError, "strict"),
    ("calendar type", lambda: rs.schedule_calendar(WEEK), rs.ArgumentTypeError, "calendar"),
    (
        "calendar unavailable",
        lambda: rs.schedule_calendar(
            rs.RunningCalendar(dt.date(2026, 12, 7), (rs.RunningDay(),)), unavailable=["mon"]
        ),
        rs.ArgumentTypeError,
        "unavailable",
    ),
    (
        "calendar unavailable str",
        lambda: rs.schedule_calendar(
            rs.RunningCalendar(dt.date(2026, 12, 7), (rs.RunningDay(),)), unavailable="mon"
        ),
        rs.ArgumentTypeError,
        "unavailable",
    ),
    (
        "rule name",
        lambda: rs.Rule(name="No Mondays", statement="x.", source="me", check=lambda k, c: None),
        rs.ValidationError,
        "name",
    ),
    (
        "rule check",
        lambda: rs.Rule(name="x", statement="x.", source="me", check="never"),
        rs.ArgumentTypeError,
        "check",
    ),
    (
        "rule returns junk",
        lambda: rs.Rule(name="x", statement="x.", source="me", check=lambda k, c: 3).why_not(
            rs.SessionKind.HEAVY, rs.DayContext(day=rs.RunningDay())
        ),
        rs.ArgumentTypeError,
        "x.check",
    ),
    (
        "policy rules",
        lambda: rs.SchedulingPolicy("p", [DEFAULT_RULES[0]], {}),
        rs.ArgumentTypeError,
        "rules",
    ),
    (
        "policy duplicate rules",
        lambda: rs.SchedulingPolicy("p", DEFAULT_RULES[:1] * 2, {}),
        rs.ValidationError,
        "rules",
    ),
    (
        "policy prefs",
        lambda: rs.SchedulingPolicy("p", (), {"easy": 1}),
        rs.ArgumentTypeError,
        "preferences['easy']",
    ),
    (
        "policy prefs type",
        lambda: rs.SchedulingPolicy("p", (), [1]),
        rs.ArgumentTypeError,
        "preferences",
    ),
    (
        "policy pref nan",
        lambda: rs.SchedulingPolicy("p", (), {rs.RunKind.EASY: float("nan")}),
        rs.ValidationError,
        "preferences[easy]",
    ),
    (
        "policy gap",
        lambda: rs.SchedulingPolicy("p", (), {}, min_gap_days=0),
        rs.ValidationError,
        "min_gap_days",
    ),
    (
        "policy for level",
        lambda: rs.SchedulingPolicy.for_level("elite"),
        rs.ValidationError,
        "level",
    ),
]


@pytest.mark.parametrize(
    ("call", "leaf", "argument"), [pytest.param(*c[1:], id=c[0]) for c in BAD]
)
def test_invalid_scheduling_input(
    call: Callable[[], object], leaf: type[rs.RunstrengthError], argument: str
) -> None:
    assert_invalid(call, leaf, argument)


@given(st.text(max_size=60))
def test_fuzzed_week_text_raises_only_parse_errors(text: str) -> None:
    try:
        week = rs.RunningWeek.parse(text)
    except rs.ParseError:
        return
    assert rs.RunningWeek.parse(week.to_text()) == week


@given(
    st.lists(
        st.sampled_from(
            [
                "mon",
                "tue",
                "sun",
                "easy",
                "tempo",
                "long",
                "race",
                "+",
                ",",
                "run",
                "rest",
                "x",
                "\n",
            ]
        ),
        max_size=12,
    )
)
def test_fuzzed_week_words_raise_only_parse_errors(words: list[str]) -> None:
    try:
        week = rs.RunningWeek.parse(" ".join(words))
    except rs.ParseError:
        return
    assert rs.RunningWeek.parse(week.to_text()) == week


def test_days_from_kinds() -> None:
    day = rs.RunningDay.of(rs.RunKind.EASY, rs.RunKind.REST, "tempo")
    assert [run.kind for run in day.runs] == [rs.RunKind.EASY, rs.RunKind.KEY_WORKOUT]
    with pytest.raises(rs.ArgumentTypeError):
        rs.Run(rs.RunKind.EASY, 3)


def test_explain_names_preferences_spacing_and_compromises() -> None:
    week = rs.RunningWeek.parse("mon rest, tue easy, wed rest, thu easy, fri rest, sat easy")
    text = rs.schedule_week(week, level="intermediate", sessions=1).explain()
    assert "free, but the chosen days suit the placement better" in text
    two = rs.schedule_week(week, level="intermediate", sessions=2).explain()
    assert "hard session, 48 h apart at least (SportCoaching: 24-48 h" in two
    with pytest.warns(rs.ScheduleCompromiseWarning):
        squeezed = rs.schedule_week(WEEK, level="beginner", sessions=2)
    assert "Compromise: could not place 2 heavy sessions" in squeezed.explain()


def test_calendar_explain_uses_dates() -> None:
    cal = rs.RunningCalendar.from_week(WEEK, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    week = rs.schedule_calendar(cal, level="intermediate", sessions=2).weeks[0]
    lines = week.explain().splitlines()
    assert lines[1].startswith("2026-12-07 easy:")
    assert any("48 h apart" in line or "no hard session:" in line for line in lines)


# --- review fixes -----------------------------------------------------------------------


def test_a_beginner_policy_keeps_beginners_off_key_days_whatever_the_level() -> None:
    policy = rs.SchedulingPolicy.for_level("beginner")
    with pytest.warns(rs.ScheduleCompromiseWarning):
        sched = rs.schedule_week(WEEK, policy=policy, sessions=2)
    for session in sched.sessions:
        if session.hardness is not rs.Hardness.LIGHT:
            assert WEEK[session.weekday].demand is not rs.RunKind.KEY_WORKOUT


def test_policies_are_immutable_and_hashable() -> None:
    policy = rs.SchedulingPolicy.for_level("intermediate")
    with pytest.raises(TypeError):
        policy.preferences[rs.RunKind.RACE] = 99  # type: ignore[index]
    assert hash(policy) == hash(rs.SchedulingPolicy.for_level("intermediate"))
    assert isinstance(hash(rs.schedule_week(WEEK, level="advanced", sessions=2)), int)


def test_partial_calendar_weeks_ask_for_their_share() -> None:
    cal = rs.RunningCalendar.from_week(WEEK, dt.date(2026, 12, 7), dt.date(2026, 12, 14))
    plan = rs.schedule_calendar(cal, level="intermediate", sessions=2, strict=True)
    assert len(plan.weeks) == 2
    assert plan.weeks[1].requested == ()
    lines = plan.weeks[1].explain().splitlines()
    assert "not a date of the calendar" in lines[2]


def test_explain_shows_earlier_weeks_and_soft_rules() -> None:
    week = rs.RunningWeek.parse("mon moderate, sun tempo")
    cal = rs.RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 20))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.ScheduleCompromiseWarning)
        plan = rs.schedule_calendar(cal, level="intermediate", sessions=2)
    second = plan.weeks[1].explain()
    if any(s.date == dt.date(2026, 12, 13) for s in plan.sessions):
        assert "last week's Sunday" in second
    rather_not = rs.Rule(
        name="rather-not-rest-days",
        statement="Rest days are for resting.",
        source="the runner",
        check=lambda k, c: "a rest day" if not c.day.has_run else None,
        hard=False,
    )
    policy = rs.SchedulingPolicy.for_level("beginner").with_rules(rather_not)
    text = rs.schedule_week(
        rs.RunningWeek.parse("mon easy, sun long"), policy=policy, sessions=1
    ).explain()
    assert "a rest day counts against it (the runner)" in text


def test_spacing_is_named_after_the_gap() -> None:
    policy = attrs_evolve(rs.SchedulingPolicy.for_level("intermediate"), min_gap_days=3)
    week = rs.RunningWeek.parse(
        "mon easy, tue easy, wed easy, thu easy, fri easy, sat easy, sun easy"
    )
    text = rs.schedule_week(week, policy=policy, sessions=2).explain()
    assert "72 h apart at least" in text
    days = sorted(s.weekday for s in rs.schedule_week(week, policy=policy, sessions=2).sessions)
    assert days[1] - days[0] >= 3


def test_labels_round_trip_and_normalise() -> None:
    assert rs.Run(rs.RunKind.EASY, "easy") == rs.Run(rs.RunKind.EASY)
    assert rs.Run(rs.RunKind.KEY_WORKOUT, "hills").word == "hills"
    with pytest.raises(rs.ValidationError, match="must be a word for a easy run"):
        rs.Run(rs.RunKind.EASY, "hills")
    week = rs.RunningWeek.of("easy+hills", "rest", "rest", "rest", "rest", "rest", "long")
    assert week["mon"].to_text() == "easy+hills"
    assert rs.RunningWeek.parse(week.to_text()) == week


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("tue rest+sprints", "text (entry 1, word 3)"),
        ("tue long run+sprints", "text (entry 1, word 4)"),
        ("mon easy,, tue 5x", "text (entry 3, word 2)"),
    ],
)
def test_parse_errors_point_at_the_word(text: str, where: str) -> None:
    with pytest.raises(rs.ParseError) as info:
        rs.RunningWeek.parse(text)
    assert info.value.argument == where


def test_more_bad_input() -> None:
    cal = rs.RunningCalendar.from_week(WEEK, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    with pytest.raises(rs.ArgumentTypeError):
        rs.schedule_calendar(cal, unavailable=[dt.datetime(2026, 12, 8, 18)])
    with pytest.raises(rs.ArgumentTypeError):
        cal[dt.datetime(2026, 12, 8, 18)]
    with pytest.raises(rs.ValidationError, match="from 0 to 4"):
        rs.schedule_week(WEEK, sessions=10**12)
    with pytest.raises(rs.ValidationError, match="from 0 to 4"):
        rs.schedule_week(WEEK, sessions=-1)
    with pytest.raises(rs.ValidationError):
        rs.RunningCalendar(dt.date.max - dt.timedelta(days=3), (rs.RunningDay(),))
    with pytest.raises(rs.ValidationError):
        rs.Rule(
            name="x", statement="x.", source="me", check=lambda k, c: None, penalty=float("nan")
        )
    with pytest.raises(rs.ArgumentTypeError):
        rs.SchedulingPolicy("p", (), {}, preference_source=3)
    with pytest.raises(rs.ArgumentTypeError):
        rs.DayContext(day="easy")


@given(s.running_weeks, s.levels, st.integers(0, 3), st.integers(0, 6), st.integers(8, 20))
def test_calendar_placements_keep_every_hard_rule_on_real_dates(
    week: rs.RunningWeek, level: rs.Level, count: int, offset: int, length: int
) -> None:
    start = dt.date(2026, 12, 7) + dt.timedelta(days=offset)
    cal = rs.RunningCalendar.from_week(week, start, start + dt.timedelta(days=length))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.ScheduleCompromiseWarning)
        plan = rs.schedule_calendar(cal, level=level, sessions=count)
    policy = rs.SchedulingPolicy.for_level(level)
    one = dt.timedelta(days=1)
    for session in plan.sessions:
        date = session.date
        assert date is not None
        assert cal.start <= date <= cal.end
        ctx = rs.DayContext(
            cal[date], cal[date - one], cal[date + one], cal[date + 2 * one], level
        )
        for rule in policy.rules:
            assert rule.why_not(session.hardness, ctx) is None, (rule.name, date)
    hard = sorted(
        x.date for x in plan.sessions if x.hardness is rs.Hardness.HARD and x.date is not None
    )
    assert all((b - a).days >= 2 for a, b in itertools.pairwise(hard))


@given(
    s.running_days,
    s.running_days,
    s.running_days,
    s.running_days,
    s.levels,
    st.none() | st.just("two days after the spring 10k"),
    st.sampled_from(list(rs.Weekday)),
    st.sampled_from(list(rs.Weekday)),
    st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)),
    st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)),
)
def test_the_librarys_rules_read_neither_the_date_nor_the_weekday(  # noqa: PLR0917
    day: rs.RunningDay,
    yesterday: rs.RunningDay,
    tomorrow: rs.RunningDay,
    in_two: rs.RunningDay,
    level: rs.Level,
    recovery: str | None,
    weekday: rs.Weekday,
    other_weekday: rs.Weekday,
    date: dt.date,
    other_date: dt.date | None,
) -> None:
    # Plans check each kind of day once and reuse the verdicts on other dates and
    # weekdays; that holds only while every preset policy's rule ignores both.
    def context(on: rs.Weekday, when: dt.date | None) -> rs.DayContext:
        return rs.DayContext(
            day=day,
            yesterday=yesterday,
            tomorrow=tomorrow,
            in_two_days=in_two,
            level=level,
            weekday=on,
            date=when,
            recovery=recovery,
        )

    one, other = context(weekday, date), context(other_weekday, other_date)
    policies = [rs.SchedulingPolicy.for_level(lv) for lv in rs.Level]
    policies.append(rs.SchedulingPolicy.moderate_days())
    for rule in {rule.name: rule for p in policies for rule in p.rules}.values():
        for hardness in rs.Hardness:
            assert rule.why_not(hardness, one) == rule.why_not(hardness, other), rule.name


def test_a_rule_that_wraps_another_rules_check_is_not_taken_for_the_librarys() -> None:
    # A rule's check may be another rule's why_not: a bound method of the library's
    # class, but the caller's own rule, which reads the weekday. Weeks and days that
    # look alike but for it must not share a verdict.
    def friday(_hardness: rs.Hardness, ctx: rs.DayContext) -> str | None:
        return "a Friday" if ctx.weekday is rs.Weekday.FRIDAY else None

    own = rs.Rule("no-fridays", "Fridays are for family.", "the runner", friday)
    wrapped = rs.Rule("wrapped-fridays", "The same, passed on.", "the runner", own.why_not)
    policy = rs.SchedulingPolicy.for_level("intermediate").with_rules(wrapped)
    week = rs.RunningWeek.parse(
        "mon easy, tue easy, wed easy, thu easy, fri easy, sat easy, sun easy"
    )
    plan = rs.plan_season(
        rs.Athlete(level="intermediate"),
        week,
        start=dt.date(2026, 12, 7),
        end=dt.date(2027, 1, 3),
        policy=policy,
        prefer=["fri"],
    )
    days = [s.date.weekday() for s in plan.sessions()]
    assert days
    assert 4 not in days  # never on a Friday


def test_a_placer_given_another_policy_checks_its_days_again() -> None:
    from runstrength.scheduling import CalendarPlacer, SessionKind

    def no_mondays(_hardness: rs.Hardness, ctx: rs.DayContext) -> str | None:
        return "a Monday" if ctx.weekday is rs.Weekday.MONDAY else None

    week = rs.RunningWeek.parse("mon easy, wed easy, fri easy, sun long")
    start = dt.date(2026, 12, 7)
    calendar = rs.RunningCalendar.from_week(week, start, start + dt.timedelta(weeks=3))
    policy = rs.SchedulingPolicy.for_level("intermediate")
    placer = CalendarPlacer(calendar, rs.Level.INTERMEDIATE, policy)
    placer.week(start, (SessionKind.HEAVY,))
    # The second and third weeks look alike: the third must not reuse the second's checks.
    second = placer.week(start + dt.timedelta(weeks=1), (SessionKind.HEAVY,))
    assert [s.weekday for s in second.sessions] == [rs.Weekday.MONDAY]
    placer.policy = policy.with_rules(rs.Rule("no-mondays", "Busy.", "the runner", no_mondays))
    later = placer.week(start + dt.timedelta(weeks=2), (SessionKind.HEAVY,))
    assert later.sessions
    assert rs.Weekday.MONDAY not in [s.weekday for s in later.sessions]
