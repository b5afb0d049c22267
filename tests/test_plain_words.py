"""What a person reads says what and why in a runner's words, with no internal names.

Every output a runner reads (text, Markdown, HTML, calendar descriptions, ``why()``
and the scheduler's ``explain()``) is swept for every level, every kit and a few
conditions: no preference scores, no policy names in brackets, no "(s)" plurals,
no "a intermediate", no doubled brackets.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

import pytest

import runstrength as rs
from runstrength.formats import to_html, to_markdown, to_text
from runstrength.formats.ical import to_ics

JARGON = re.compile(r"preference [0-9]|policy\)|\(s\)| a intermediate|\(\(|\)\)")
WEEK = "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
RACES = (
    rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2),
    rs.Race(dt.date(2027, 2, 14), name="Valentine 10k", distance_km=10, priority="B"),
    rs.Race(dt.date(2027, 3, 14), name="Tune-up half", distance_km=21.1, priority="C"),
)
CONDITIONS = {
    "none": (),
    "knee, illness, heavy week": (
        rs.Condition("injury", dt.date(2027, 1, 4), dt.date(2027, 1, 17), region="knee"),
        rs.Condition("illness", dt.date(2027, 2, 1), dt.date(2027, 2, 10)),
        rs.Condition("heavy-running-week", dt.date(2027, 3, 1), dt.date(2027, 3, 7)),
    ),
}
KITS = {
    "gym": rs.Equipment.gym(),
    "home": rs.Equipment.home(),
    "bodyweight": rs.Equipment.bodyweight(),
}


def _readings(plan: rs.Plan) -> dict[str, str]:
    ics = to_ics(plan, dtstamp=dt.datetime(2026, 12, 1, tzinfo=dt.UTC)).decode()
    days = [plan.start + dt.timedelta(days=n) for n in range((plan.end - plan.start).days + 1)]
    return {
        "text": to_text(plan),
        "markdown": to_markdown(plan),
        "html": to_html(plan),
        # Unfolded, so that a match cannot hide across a folded line.
        "ics": ics.replace("\r\n ", "").replace("\\n", "\n").replace("\\", ""),
        "why": "\n".join(plan.why(day) for day in days),
    }


@pytest.mark.parametrize("conditions", list(CONDITIONS), ids=str)
@pytest.mark.parametrize("kit", list(KITS))
@pytest.mark.parametrize("level", [level.value for level in rs.Level])
def test_every_output_reads_plainly(level: str, kit: str, conditions: str) -> None:
    athlete = rs.Athlete(level=level, equipment=KITS[kit], one_rm={"back-squat": 100})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        plan = rs.plan_season(
            athlete,
            rs.RunningWeek.parse(WEEK),
            RACES,
            start=dt.date(2026, 12, 7),
            conditions=CONDITIONS[conditions],
        )
    for name, out in _readings(plan).items():
        found = [line for line in out.splitlines() if JARGON.search(line)]
        assert not found, (name, found[:3])
    # Rule names are for programs; the reader gets the reason and its source.
    rule_names = [rule.name for rule in rs.SchedulingPolicy.for_level(level).rules]
    assert not any(name in plan.why(s.date) for s in plan.sessions() for name in rule_names)


@pytest.mark.parametrize("level", [level.value for level in rs.Level])
def test_explain_reads_plainly(level: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.ScheduleCompromiseWarning)
        for policy in (rs.SchedulingPolicy.for_level(level), rs.SchedulingPolicy.moderate_days()):
            text = rs.schedule_week(
                rs.RunningWeek.parse(WEEK), policy=policy, sessions=2
            ).explain()
            assert not JARGON.search(text), text


def test_a_session_says_where_and_why_with_its_source() -> None:
    athlete = rs.Athlete(level="intermediate")
    plan = rs.plan_season(
        athlete, rs.RunningWeek.parse(WEEK), start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13)
    )
    first = plan.sessions()[0]
    assert first.reasons[0] == (
        "Lift after Tuesday's intervals: intermediate runners pair strength with hard days "
        "or lift on easy days (SportCoaching)"
    )


def test_a_custom_policy_cites_its_source_without_nesting_brackets() -> None:
    policy = rs.SchedulingPolicy(
        "mine",
        rs.SchedulingPolicy.for_level("beginner").rules,
        {rs.RunKind.REST: 3},
        preference_source="my coach (rest days first)",
    )
    sched = rs.schedule_week(rs.RunningWeek.parse("sun long"), policy=policy, sessions=1)
    assert sched.sessions[0].reasons == ("Lift on Monday, a rest day (my coach: rest days first)",)
    assert sched.explain().startswith("Placement (mine): my coach: rest days first")
