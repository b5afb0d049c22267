"""Season periodisation, exactly: phase boundaries, the size of every cut, and messages."""

from __future__ import annotations

import datetime as dt
import math
import warnings

import pytest

import runstrength as rs
from runstrength import periodisation
from runstrength.periodisation import heavy_running_dose, taper_weeks, transition_weeks
from tests.messages import assert_message

START = dt.date(2026, 12, 7)  # a Monday
DAY = dt.timedelta(days=1)
P = rs.Phase
MARATHON = rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)


def test_phase_on_reads_the_first_and_last_day_of_the_season() -> None:
    # A 10 km on the first Saturday: week 0 is the taper, week 1 the transition.
    season = rs.Season.build(START, [rs.Race(dt.date(2026, 12, 12))])
    assert season.summary() == "Tt"
    assert season.phase_on(START) is P.TAPER
    assert season.phase_on(START + 6 * DAY) is P.TAPER
    assert season.phase_on(START + 7 * DAY) is P.TRANSITION
    assert season.phase_on(START + 13 * DAY) is P.TRANSITION
    assert season.phase_on(START - DAY) is None
    assert season.phase_on(START + 14 * DAY) is None


def test_the_marathon_season_week_by_week() -> None:
    season = rs.Season.build(START, [MARATHON])
    assert season.summary() == "bbb.bbb.BBB.BRRRRTTtt"
    assert [w.week_of_phase for w in season.weeks] == [
        *range(1, 8),
        *range(1, 7),
        *range(1, 5),
        1,
        2,
        1,
        2,
    ]
    assert [i for i, w in enumerate(season.weeks) if w.deload] == [3, 7, 11]
    assert season.weeks[0].reason == "base: building strength, no goal race close yet"
    assert season.weeks[3].reason == "base: building strength, no goal race close yet; deload week"
    assert season.weeks[7].reason == "build towards Spring marathon on 2027-04-18; deload week"
    assert season.weeks[8].reason == "build towards Spring marathon on 2027-04-18"
    assert season.weeks[13].reason == "race season before Spring marathon on 2027-04-18"
    assert season.weeks[17].reason == (
        "taper for Spring marathon on 2027-04-18 (2 weeks for 42.2 km)"
    )
    assert season.weeks[19].reason == "transition after Spring marathon on 2027-04-18"
    assert season.weeks[-1].end == dt.date(2027, 5, 2)
    assert season.races == (MARATHON,)
    assert season.weeks[18].races == (MARATHON,)
    assert season.weeks[17].races == ()


def test_block_lengths_and_deload_spacing_are_the_keywords() -> None:
    season = rs.Season.build(START, [MARATHON], race_season_weeks=2, build_weeks=3)
    assert season.summary() == "bbb.bbb.bbb.BBBRRTTtt"
    assert rs.Season.build(START, [], end=START + 13 * DAY, deload_every=2).summary() == "b."
    assert rs.Season.build(START, [], end=START + 27 * DAY, deload_every=0).summary() == "bbbb"
    assert rs.Season.build(START, [], end=START + 27 * DAY, deload_every=3).summary() == "bb.b"
    # Base and build count together: the deload falls across the boundary.
    crossing = rs.Season.build(START, [MARATHON], build_weeks=10)
    assert crossing.summary() == "bbb.BBB.BBB.BRRRRTTtt"
    assert crossing.weeks[3].phase is P.BUILD


def test_loading_weeks_count_from_zero_after_a_race() -> None:
    race = rs.Race(dt.date(2026, 12, 12))  # a 10 km in the first week
    season = rs.Season.build(START, [race], end=START + 9 * 7 * DAY - DAY)
    assert season.summary() == "Ttbbb.bbb"


def test_taper_and_transition_lengths_at_their_boundaries() -> None:
    assert taper_weeks(15) == 2
    assert taper_weeks(14.99) == 1
    assert transition_weeks(21) == 2
    assert transition_weeks(20.99) == 1
    assert taper_weeks(500) == 2
    short = rs.Season.build(START, [rs.Race(dt.date(2027, 1, 17), distance_km=5)])
    assert short.summary().endswith("RRRRTt")
    assert short.weeks[-2].reason == "taper for race on 2027-01-17 (1 week for 5 km)"


def test_the_dose_table_rows_keep_every_field() -> None:
    row = periodisation._dose(2, (1, 3), (25, 35), 4, (8, 12), 2.5, (0, 6), "a source")
    assert row == rs.Dose(
        sessions=2,
        sessions_range=(1, 3),
        minutes=(25, 35),
        sets=4,
        reps=(8, 12),
        rir=2.5,
        contacts=(0, 6),
        source="a source",
    )
    assert row.source == "a source"


def test_distances_at_the_ends_of_the_range() -> None:
    assert rs.Race(START, distance_km=500).distance_km == 500
    assert rs.Race(START, distance_km=0.5).distance_km == 0.5
    assert taper_weeks(0.5) == 1
    assert transition_weeks(500) == 2
    assert_message(lambda: taper_weeks("far"), rs.ArgumentTypeError, "distance_km", [])  # type: ignore[arg-type]


@pytest.mark.parametrize("km", [0, -1, 500.5])
def test_distances_outside_the_range_are_refused(km: float) -> None:
    words = ["kilometres", "42.2"]
    rule = ["must be a distance in km above 0 and at most 500"]
    assert_message(lambda: taper_weeks(km), rs.ValidationError, "distance_km", words, rule)
    assert_message(lambda: transition_weeks(km), rs.ValidationError, "distance_km", words)
    assert_message(
        lambda: rs.Race(START, distance_km=km), rs.ValidationError, "distance_km", words
    )


def test_default_ends() -> None:
    assert len(rs.Season.build(START, []).weeks) == 16
    assert rs.Season.build(START, []).weeks[-1].end == START + 16 * 7 * DAY - DAY
    # A B race after the last A race's transition stretches the season to its week.
    later = rs.Race(dt.date(2027, 6, 6), priority="B")
    season = rs.Season.build(START, [MARATHON, later])
    assert season.weeks[-1].start == dt.date(2027, 5, 31)
    assert season.weeks[-1].b_race
    assert season.outside == ()
    # An A race before the start is outside and does not set the end.
    with pytest.warns(rs.RaceOutsideSeasonWarning, match=r"^1 race outside the season"):
        early = rs.Season.build(START, [rs.Race(START - 3 * DAY)])
    assert len(early.weeks) == 16
    with pytest.warns(rs.RaceOutsideSeasonWarning, match=r"^2 races outside the season"):
        both = rs.Season.build(
            START, [rs.Race(START - 3 * DAY), rs.Race(START - 4 * DAY)], end=START
        )
    assert len(both.outside) == 2
    assert len(both.weeks) == 1


def test_races_outside_are_named_in_one_warning() -> None:
    early = [rs.Race(START - 3 * DAY), rs.Race(START - 4 * DAY, name="b")]
    with pytest.warns(rs.RaceOutsideSeasonWarning) as caught:
        rs.Season.build(START, early)
    assert [str(w.message) for w in caught] == [
        "2 races outside the season (2026-12-07 to 2027-03-28): b on 2026-12-03, "
        "race on 2026-12-04"
    ]


def test_a_race_on_the_first_monday_is_inside() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        season = rs.Season.build(START, [rs.Race(START, priority="B")])
    assert season.outside == ()
    assert season.weeks[0].races == (rs.Race(START, priority="B"),)
    assert season.weeks[0].b_race


def test_a_season_is_at_most_520_weeks() -> None:
    longest = rs.Season.build(START, [], end=START + 520 * 7 * DAY - DAY)
    assert len(longest.weeks) == 520
    assert_message(
        lambda: rs.Season.build(START, [], end=START + 520 * 7 * DAY),
        rs.ValidationError,
        "end",
        ["plan at most ten years at a time"],
    )
    assert_message(
        lambda: rs.Season.build(START, 5),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "races",
        ["pass a list, e.g. [Race(...)]"],
        ["must be a collection of Race"],
    )


def test_a_race_on_the_last_sunday_is_inside() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        season = rs.Season.build(START, [rs.Race(START + 6 * DAY)], end=START + 6 * DAY)
    assert season.outside == ()
    assert season.weeks[0].races[0].date == START + 6 * DAY


# --- the cuts: deloads, B and C races -------------------------------------------------------


def half(pair: tuple[int, int]) -> tuple[int, int]:
    return (math.floor(pair[0] * 0.5), math.floor(pair[1] * 0.5))


@pytest.mark.parametrize("level", list(rs.Level))
def test_a_deload_is_one_set_fewer_one_more_rir_and_half_the_contacts(level: rs.Level) -> None:
    doses = rs.Season.build(START, [MARATHON]).doses(level)
    for index, phase in ((3, P.BASE), (11, P.BUILD)):
        full = rs.dose_for(level, phase)
        week = doses[index]
        assert week.week.deload
        assert week.dose == rs.Dose(
            sessions=full.sessions,
            sessions_range=full.sessions_range,
            minutes=full.minutes,
            sets=max(1, full.sets - 1),
            reps=full.reps,
            rir=full.rir + 1,
            contacts=half(full.contacts),
            source=full.source,
        )
        assert week.reasons == (
            "deload week: one set fewer, one more rep in reserve, half the contacts",
        )
        assert doses[index - 1].dose == full
        assert doses[index - 1].reasons == ()


def test_deload_sizes_in_numbers() -> None:
    doses = rs.Season.build(START, [MARATHON]).doses("advanced")
    assert (doses[2].dose.sets, doses[2].dose.rir, doses[2].dose.contacts) == (4, 2.0, (24, 48))
    assert (doses[3].dose.sets, doses[3].dose.rir, doses[3].dose.contacts) == (3, 3.0, (12, 24))
    assert doses[3].dose.sessions == 3
    build = doses[11].dose
    assert (build.sets, build.rir, build.contacts, build.sessions) == (2, 3.0, (24, 36), 2)


def test_a_b_race_week_is_one_session_one_set_fewer_half_the_contacts() -> None:
    b_race = rs.Race(dt.date(2027, 1, 30), priority="B")  # week 7: advanced build, a deload
    b_week = rs.Race(dt.date(2027, 1, 23), priority="B")  # week 6: advanced base
    doses = rs.Season.build(START, [MARATHON, b_race, b_week]).doses("advanced")
    week = doses[6]
    assert week.week.b_race
    assert (week.dose.sessions, week.dose.sets, week.dose.contacts) == (1, 3, (12, 24))
    assert week.dose.rir == 2.0
    assert week.reasons == ("B race this week: one session, one set fewer, half the contacts",)
    both = doses[7]
    # Build (3 sets, 48-72 contacts), deloaded (2, 24-36), then the B race (1, 12-18).
    assert (both.dose.sessions, both.dose.sets, both.dose.contacts) == (1, 1, (12, 18))
    assert both.dose.rir == 3.0
    assert len(both.reasons) == 2


def test_a_b_race_in_the_taper_or_a_c_race_changes_no_dose() -> None:
    taper_b = rs.Race(dt.date(2027, 4, 7), priority="B")
    c_race = rs.Race(dt.date(2027, 1, 23), priority="C")
    season = rs.Season.build(START, [MARATHON, taper_b, c_race])
    doses = season.doses("intermediate")
    assert doses[17].dose == rs.dose_for("intermediate", "taper")
    assert doses[17].reasons == ("B race this week: the taper is already light",)
    assert doses[6].dose == rs.dose_for("intermediate", "base")
    assert doses[6].reasons == (
        "C race this week: run it as a key workout; the dose is unchanged",
    )
    assert not doses[6].week.b_race


# --- conditions ------------------------------------------------------------------------------


def one_week(level: str = "advanced") -> rs.WeekDose:
    return rs.Season.build(START, [], end=START + 6 * DAY).doses(level)[0]


def changed(kind: str, level: str = "advanced", **kwargs: object) -> rs.WeekDose:
    condition = rs.Condition(kind, START + DAY, START + 2 * DAY, **kwargs)  # type: ignore[arg-type]
    (week,) = rs.apply_conditions([one_week(level)], [condition])
    return week


def test_illness_pauses_strength_for_the_week() -> None:
    week = changed("illness")
    assert week.dose.sessions == 0
    assert week.dose.contacts == (0, 0)
    assert week.dose.sets == 4
    assert week.reasons == (
        "illness from 2026-12-08 to 2026-12-09: strength paused (SportCoaching)",
    )
    assert not week.bodyweight_only
    assert week.excluded == ()


def test_missed_sessions_are_not_made_up() -> None:
    week = changed("missed")
    assert (week.dose.sessions, week.dose.contacts, week.dose.sets) == (0, (0, 0), 4)
    assert week.reasons == ("sessions missed 2026-12-08 to 2026-12-09: not made up",)


def test_an_injury_is_one_set_fewer_one_more_rir_and_no_jumps_for_a_leg() -> None:
    knee = changed("injury", region="knee")
    assert (knee.dose.sessions, knee.dose.sets, knee.dose.rir) == (3, 3, 3.0)
    assert knee.dose.contacts == (0, 0)
    assert knee.excluded == (rs.BodyRegion.KNEE,)
    assert knee.reasons == (
        "knee injury from 2026-12-08 to 2026-12-09: exercises loading it left out, one set "
        "fewer, one more rep in reserve (Proven Gains, mistake 4)",
    )
    shoulder = changed("injury", region="shoulder")
    assert shoulder.dose.contacts == (24, 48)
    assert shoulder.excluded == (rs.BodyRegion.SHOULDER,)
    back = changed("injury", region="lower-back")
    assert back.dose.contacts == (24, 48)


def test_life_stress_is_one_session_and_one_set_fewer_and_easier() -> None:
    week = changed("life-stress")
    assert (week.dose.sessions, week.dose.sets, week.dose.rir) == (2, 3, 3.0)
    assert week.dose.contacts == (24, 48)
    assert week.reasons == (
        "life stress from 2026-12-08 to 2026-12-09: one session and one set fewer, easier "
        "sets (SportCoaching)",
    )
    # Never below one session.
    assert changed("life-stress", level="beginner").dose.sessions == 1


def test_a_return_from_a_break_is_one_short_bodyweight_session() -> None:
    week = changed("return-from-break")
    assert week.bodyweight_only
    assert (week.dose.sessions, week.dose.sets, week.dose.rir) == (1, 1, 3.0)
    assert week.dose.minutes == (15, 25)
    assert week.dose.contacts == (0, 0)
    assert week.reasons == (
        "return from break from 2026-12-08 to 2026-12-09: running tolerance first; one short "
        "bodyweight session (SportCoaching)",
    )


def test_soreness_and_heavy_running_cut_sets_and_contacts() -> None:
    sore = changed("soreness")
    assert (sore.dose.sessions, sore.dose.sets, sore.dose.rir) == (3, 3, 3.0)
    assert sore.dose.contacts == (12, 24)
    assert sore.reasons == (
        "soreness from 2026-12-08 to 2026-12-09: one set fewer and easier (Proven Gains FAQ: "
        "48-72 h rule)",
    )
    heavy = changed("heavy-running-week")
    assert (heavy.dose.sessions, heavy.dose.sets, heavy.dose.rir) == (3, 3, 2.0)
    assert heavy.dose.contacts == (12, 24)
    assert heavy.reasons == (
        "heavy running week from 2026-12-08 to 2026-12-09: one set fewer, half the contacts "
        "(Proven Gains, principle 3)",
    )


def test_heavy_running_dose_cuts_once() -> None:
    once = heavy_running_dose(one_week(), "running up 30 %")
    assert (once.dose.sets, once.dose.contacts, once.dose.rir) == (3, (12, 24), 2.0)
    assert once.reasons == (
        "heavy running week, running up 30 %: one set fewer, half the contacts",
    )
    assert heavy_running_dose(once, "again") is once
    condition = rs.Condition("heavy-running-week", START, START)
    (marked,) = rs.apply_conditions([one_week()], [condition])
    assert heavy_running_dose(marked, "again") is marked
    # A reason that says "heavy" or "running" alone is not the same adjustment.
    other = rs.WeekDose(one_week().week, one_week().dose, ("running fast",))
    assert heavy_running_dose(other, "x").dose.sets == 3


def test_conditions_outside_the_week_change_nothing() -> None:
    week = one_week()
    before = rs.Condition("illness", START - 3 * DAY, START - DAY)
    after = rs.Condition("illness", START + 7 * DAY, START + 9 * DAY)
    assert rs.apply_conditions([week], [before, after]) == (week,)
    edge = rs.Condition("illness", START - 3 * DAY, START)
    assert rs.apply_conditions([week], [edge])[0].dose.sessions == 0
    last = rs.Condition("illness", START + 6 * DAY, START + 8 * DAY)
    assert last.covers(week.week)
    assert rs.apply_conditions([week], [last])[0].dose.sessions == 0


def test_two_injuries_exclude_both_regions_once() -> None:
    knee = rs.Condition("injury", START, START + DAY, region="knee")
    knee_again = rs.Condition("injury", START + 3 * DAY, START + 4 * DAY, region="knee")
    ankle = rs.Condition("injury", START, START + DAY, region="foot-ankle")
    (week,) = rs.apply_conditions([one_week()], [knee, knee_again, ankle])
    assert week.excluded == (rs.BodyRegion.KNEE, rs.BodyRegion.FOOT_ANKLE)
    assert week.dose.sets == 2
    assert len(week.reasons) == 2


# --- messages --------------------------------------------------------------------------------


def test_season_messages_name_the_argument_and_the_fix() -> None:
    assert_message(
        lambda: rs.Season.build(START, [], deload_every=1),
        rs.ValidationError,
        "deload_every",
        ["use 4 (three loading weeks and a deload)"],
        ["0 (no deloads) or at least 2"],
    )
    for name in ("race_season_weeks", "build_weeks", "deload_every"):
        for bad in (-1, 53, True, 2.0):
            assert_message(
                lambda n=name, b=bad: rs.Season.build(START, [], **{n: b}),  # type: ignore[misc]
                rs.ValidationError,
                name,
                ["e.g. 4"],
                ["whole number of weeks from 0 to 52"],
            )
    assert len(rs.Season.build(START, [MARATHON], build_weeks=52).weeks) == 21
    assert_message(
        lambda: rs.Season.build(START, [], end=START - DAY),
        rs.ValidationError,
        "end",
        ["swap them"],
        [f"must not be before start ({START})"],
    )
    assert len(rs.Season.build(START, [], end=START).weeks) == 1
    same_day = [rs.Race(START), rs.Race(START, name="other")]
    assert_message(
        lambda: rs.Season.build(START, same_day),
        rs.ValidationError,
        "races",
        ["keep one race per day"],
        ["two races on one day"],
    )
    assert_message(
        lambda: rs.Season.build(START, rs.Race(START)),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "races",
        ["pass a list"],
    )
    assert_message(
        lambda: rs.Season.build(dt.date(1899, 12, 31), []),
        rs.ValidationError,
        "start",
        ["use a real season's date"],
        ["between 1900-01-01 and 9000-12-31"],
    )
    assert_message(
        lambda: rs.Season.build(dt.datetime(2026, 12, 7, 8), []),
        rs.ArgumentTypeError,
        "start",
        [],
    )
    assert rs.Season.build(dt.date(1900, 1, 1), [], end=dt.date(1900, 1, 7)).start == dt.date(
        1900, 1, 1
    )
    assert_message(
        lambda: rs.Season((), ()),
        rs.ValidationError,
        "weeks",
        ["use Season.build(...)"],
        ["at least one week"],
    )


def test_condition_messages_name_the_argument_and_the_fix() -> None:
    assert_message(
        lambda: rs.Condition("illness", START, START - DAY),
        rs.ValidationError,
        "end",
        ["swap the dates"],
        [f"must not be before start ({START})"],
    )
    assert rs.Condition("illness", START, START).end == START
    assert_message(
        lambda: rs.Condition("injury", START, START),
        rs.ValidationError,
        "region",
        ["region='knee'"],
        ["given for an injury and only for one"],
    )
    assert_message(
        lambda: rs.Condition("illness", START, START, region="knee"),
        rs.ValidationError,
        "region",
        ["region='knee'"],
    )
    flu = rs.Condition("illness", START, START + 3 * DAY)
    back = rs.Condition("return-from-break", START + 3 * DAY, START + 9 * DAY)
    error = assert_message(
        lambda: rs.apply_conditions([], [flu, back]),
        rs.ValidationError,
        "conditions",
        ["end the illness before the return from a break starts"],
        ["ill and returning from a break at once"],
    )
    assert (
        error.value
        == "illness 2026-12-07..2026-12-10 and return-from-break 2026-12-10..2026-12-16"
    )
    later = rs.Condition("return-from-break", START + 4 * DAY, START + 9 * DAY)
    assert len(rs.apply_conditions([one_week()], [flu, later])) == 1
    twice = rs.Condition("illness", START + 3 * DAY, START + 5 * DAY)
    error = assert_message(
        lambda: rs.apply_conditions([], [flu, twice]),
        rs.ValidationError,
        "conditions",
        ["merge them into one condition"],
        ["same kind and region"],
    )
    assert error.value == "illness 2026-12-07..2026-12-10 and 2026-12-10..2026-12-12"
    knee = rs.Condition("injury", START, START + DAY, region="knee")
    ankle = rs.Condition("injury", START, START + DAY, region="foot-ankle")
    assert len(rs.apply_conditions([one_week()], [knee, ankle])) == 1
    assert_message(
        lambda: rs.apply_conditions([], flu),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "conditions",
        ["pass a list"],
        ["must be a collection of Condition"],
    )
    error = assert_message(
        lambda: rs.apply_conditions(one_week(), []),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "doses",
        ["use Season.doses"],
        ["must be a sequence of WeekDose"],
    )
    assert error.value == one_week()
    error = assert_message(
        lambda: flu.covers(START),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "week",
        ["take one from a Season"],
        ["must be a SeasonWeek"],
    )
    assert error.value == START
    error = assert_message(
        lambda: heavy_running_dose(one_week().dose, "x"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "week_dose",
        ["use Season.doses"],
        ["must be a WeekDose"],
    )
    assert error.value == one_week().dose
    assert_message(
        lambda: heavy_running_dose(one_week(), "  "),
        rs.ValidationError,
        "trigger",
        ["e.g. 'running up 30 %'"],
        ["what made the week heavy"],
    )


def test_race_of_messages_say_miles_or_rename() -> None:
    assert_message(
        lambda: rs.Race.of(START, 13.1, name="half"),
        rs.ValidationError,
        "distance",
        ["write 13.1mi for miles"],
        ["contradicts the race name 'half' (21.0975 km)"],
    )
    assert_message(
        lambda: rs.Race.of(START, 10, name="half"),
        rs.ValidationError,
        "distance",
        ["give the distance as 21.0975 (km) or rename the race"],
    )
    assert rs.Race.of(START, 21.0975 * 1.03, name="half").name == "half"
    assert rs.Race.of(START, 10).name == "10 km"
    assert rs.Race.of(START, "10k").name == "10k"


def test_dose_field_messages() -> None:
    fields: dict[str, object] = {
        "sessions": 1,
        "sessions_range": (1, 2),
        "minutes": (1, 2),
        "sets": 1,
        "reps": (1, 2),
        "rir": 2,
        "contacts": (0, 0),
    }

    def dose(**changes: object) -> object:
        return rs.Dose(**{**fields, **changes})  # type: ignore[arg-type]

    assert dose(rir=0.5).rir == 0.5  # type: ignore[attr-defined]
    assert_message(lambda: dose(reps=(1.5, 2)), rs.ValidationError, "reps", ["e.g. (8, 12)"])
    assert_message(lambda: dose(reps=(1, 2.5)), rs.ValidationError, "reps", ["e.g. (8, 12)"])
    for bad in ((-1, 2), (3, 2)):
        assert_message(
            lambda b=bad: dose(reps=b),  # type: ignore[misc]
            rs.ValidationError,
            "reps",
            ["fix the range"],
            ["must have 0 <= low <= high"],
        )
    assert_message(lambda: dose(reps=(1, 2, 3)), rs.ArgumentTypeError, "reps", ["e.g. (8, 12)"])
    for bad in (10.5, -0.5):
        assert_message(
            lambda b=bad: dose(rir=b),  # type: ignore[misc]
            rs.ValidationError,
            "rir",
            ["e.g. 2"],
            ["must be from 0 to 10"],
        )
    assert_message(lambda: dose(sets=True), rs.ValidationError, "sets", ["e.g. 2"])
    assert_message(
        lambda: dose(source=1),
        rs.ArgumentTypeError,
        "source",
        ["name the source"],
        ["must be a string"],
    )
    assert dose(rir=10, reps=(0, 0), sets=0).rir == 10.0  # type: ignore[attr-defined]
