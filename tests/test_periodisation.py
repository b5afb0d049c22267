"""Season periodisation: phases from races, doses by level and phase, conditions."""

from __future__ import annotations

import datetime as dt
import itertools
import warnings
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.periodisation import DOSES, INTENSITY_MARGIN, taper_weeks
from tests import strategies as s
from tests.invalid import assert_invalid

START = dt.date(2026, 12, 7)


def dose(**changes: object) -> rs.Dose:
    """A valid Dose with ``changes`` applied (for the invalid-input tables)."""
    fields: dict[str, object] = {
        "sessions": 1,
        "sessions_range": (1, 2),
        "minutes": (1, 2),
        "sets": 1,
        "reps": (1, 2),
        "rir": 2,
        "contacts": (0, 0),
    }
    return rs.Dose(**{**fields, **changes})  # type: ignore[arg-type]


MARATHON = rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
P = rs.Phase
ORDER = [P.BASE, P.BUILD, P.RACE_SEASON, P.TAPER, P.TRANSITION]


def build(races: list[rs.Race], **kwargs: object) -> rs.Season:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RaceOutsideSeasonWarning)
        return rs.Season.build(START, races, **kwargs)  # type: ignore[arg-type]


def test_marathon_season_phases() -> None:
    season = rs.Season.build(START, [MARATHON])
    phases = [w.phase for w in season.weeks]
    race_week = next(i for i, w in enumerate(season.weeks) if MARATHON in w.races)
    assert season.weeks[race_week].start == dt.date(2027, 4, 12)
    assert phases[race_week - 1 : race_week + 1] == [P.TAPER, P.TAPER]
    assert phases[race_week - 2] is P.RACE_SEASON
    assert phases[race_week + 1 :] == [P.TRANSITION, P.TRANSITION]
    # base -> build -> race season -> taper -> transition, no gaps or overlaps
    order = [ORDER.index(p) for p in phases]
    assert order == sorted(order)
    assert set(phases) == set(P)
    mondays = [w.start for w in season.weeks]
    assert all((b - a).days == 7 for a, b in itertools.pairwise(mondays))
    assert season.summary() == "bbb.bbb.BBB.BRRRRTTtt"


def test_short_races_taper_less() -> None:
    five_k = rs.Race(dt.date(2027, 4, 18), name="5k", distance_km=5)
    phases = [w.phase for w in rs.Season.build(START, [five_k]).weeks]
    assert (
        phases.count(P.TAPER)
        == 1
        < [w.phase for w in rs.Season.build(START, [MARATHON]).weeks].count(P.TAPER)
    )
    assert phases.count(P.TRANSITION) == 1
    assert (taper_weeks(42.2), taper_weeks(10)) == (2, 1)


def test_season_without_races_is_base_with_deloads() -> None:
    season = rs.Season.build(START, [])
    assert len(season.weeks) == 16
    assert {w.phase for w in season.weeks} == {P.BASE}
    assert [w.deload for w in season.weeks[:8]] == [False, False, False, True] * 2
    assert rs.Season.build(START, [], deload_every=0).summary() == "b" * 16


def test_non_monday_start_and_outside_races() -> None:
    late = rs.Race(dt.date(2028, 1, 1), name="far away")
    with pytest.warns(rs.RaceOutsideSeasonWarning, match="far away"):
        season = rs.Season.build(dt.date(2026, 12, 10), [MARATHON, late], end=dt.date(2027, 5, 2))
    assert season.start == dt.date(2026, 12, 7)
    assert season.outside == (late,)
    assert season.races == (MARATHON,)


def test_b_and_c_races() -> None:
    b_race = rs.Race(dt.date(2027, 2, 14), name="half", distance_km=21.1, priority="B")
    c_race = rs.Race(dt.date(2027, 3, 7), name="parkrun", distance_km=5, priority="C")
    season = rs.Season.build(START, [MARATHON, b_race, c_race])
    assert [w.phase for w in season.weeks] == [
        w.phase for w in rs.Season.build(START, [MARATHON]).weeks
    ]
    doses = season.doses("intermediate")
    week = next(d for d in doses if b_race in d.week.races)
    assert week.dose.sessions == 1
    assert "B race this week" in week.reasons[-1]
    c_week = next(d for d in doses if c_race in d.week.races)
    assert c_week.reasons[-1].startswith("C race this week: run it as a key workout")
    plain = rs.Season.build(START, [MARATHON]).doses("intermediate")
    assert c_week.dose == plain[doses.index(c_week)].dose


def test_two_a_races() -> None:
    spring = rs.Race(dt.date(2027, 3, 14), name="spring 10k", distance_km=10)
    season = rs.Season.build(START, [spring, MARATHON])
    text = season.summary()
    assert text.count("T") == 3  # 1 week for the 10k, 2 for the marathon
    for race in (spring, MARATHON):
        i = next(i for i, w in enumerate(season.weeks) if race in w.races)
        assert season.weeks[i].phase is P.TAPER
        assert season.weeks[i + 1].phase is P.TRANSITION


@pytest.mark.parametrize("level", list(rs.Level))
def test_doses_follow_the_published_tables(level: rs.Level) -> None:
    base, build_, race, taper, trans = (rs.dose_for(level, p) for p in ORDER)
    expected_base = {rs.Level.BEGINNER: 2, rs.Level.INTERMEDIATE: 2, rs.Level.ADVANCED: 3}
    assert base.sessions == expected_base[level]
    assert build_.sessions == 2
    assert race.sessions == 1  # maintenance: never zero in race season
    assert taper.sessions <= 1
    assert trans.sessions >= 2
    assert taper.sets <= race.sets <= build_.sets <= base.sets
    assert taper.sets == 1
    assert race.minutes[1] <= 30  # Proven Gains: one 25-30 minute session
    assert base.percent_one_rm[1] <= 90
    assert race.percent_one_rm[0] >= base.percent_one_rm[0] - INTENSITY_MARGIN
    for dose in (base, build_, race, taper, trans):
        assert dose.source


def test_dose_table_pins() -> None:
    assert rs.dose_for("beginner", "base").reps == (8, 12)  # Proven Gains: 2 x 8-12
    assert rs.dose_for("beginner", "base").contacts == (0, 0)  # strength before power
    assert rs.dose_for("advanced", "base").reps == (3, 5)  # Proven Gains: 3-5 x 3-5
    assert rs.dose_for("intermediate", "build").reps == (4, 6)
    assert rs.dose_for("advanced", "base").minutes == (40, 50)
    assert rs.dose_for("intermediate", "base").minutes == (35, 45)
    assert len(DOSES) == 15


def test_conditions_change_doses_with_reasons() -> None:
    season = rs.Season.build(START, [MARATHON])
    doses = season.doses("intermediate")
    knee = rs.Condition("injury", dt.date(2026, 12, 14), dt.date(2026, 12, 27), region="knee")
    stress = rs.Condition("life-stress", dt.date(2027, 1, 4), dt.date(2027, 1, 10))
    back = rs.Condition("return-from-break", dt.date(2027, 1, 11), dt.date(2027, 1, 17))
    sore = rs.Condition("soreness", dt.date(2027, 1, 18), dt.date(2027, 1, 19))
    busy = rs.Condition("heavy-running-week", dt.date(2027, 1, 25), dt.date(2027, 1, 31))
    changed = rs.apply_conditions(doses, [knee, stress, back, sore, busy])
    assert changed[0] == doses[0]
    injured = changed[1]
    assert injured.excluded == (rs.BodyRegion.KNEE,)
    assert injured.dose.contacts == (0, 0)
    assert injured.dose.sets == doses[1].dose.sets - 1
    assert "knee" in injured.reasons[0]
    assert changed[4].dose.sessions == doses[4].dose.sessions - 1
    assert changed[5].bodyweight_only
    assert changed[5].dose.sessions == 1
    assert changed[6].dose.rir == doses[6].dose.rir + 1
    assert changed[7].dose.sets == max(1, doses[7].dose.sets - 1)
    shoulder = rs.Condition("injury", START, START, region="shoulder")
    assert rs.apply_conditions(doses, [shoulder])[0].dose.contacts == doses[0].dose.contacts


def test_markdown_view() -> None:
    table = rs.Season.build(START, [MARATHON])._repr_markdown_()
    assert table.splitlines()[0].startswith("| Week | Monday | Phase")
    assert "| 19 | 2027-04-12 | taper | 2 |  | Spring marathon (A) |" in table


# --- properties -----------------------------------------------------------------------


@given(s.race_calendars)
def test_phases_stay_in_order_around_every_a_race(races: list[rs.Race]) -> None:
    season = build(races)
    phases = [w.phase for w in season.weeks]
    for i, week in enumerate(season.weeks):
        a_races = [r for r in week.races if r.priority is rs.Priority.A]
        if not a_races:
            continue
        assert week.phase is P.TAPER  # the race week ends its taper
        if i + 1 < len(phases):
            assert phases[i + 1] in (P.TRANSITION, P.TAPER)
        # Leading into the taper, phases only rise until the previous transition.
        j = i
        while (
            j > 0
            and phases[j - 1] is P.TAPER
            and not any(r.priority is rs.Priority.A for r in season.weeks[j - 1].races)
        ):
            j -= 1
        lead = []
        k = j - 1
        while k >= 0 and phases[k] not in (P.TRANSITION, P.TAPER):
            lead.append(ORDER.index(phases[k]))
            k -= 1
        assert lead == sorted(lead, reverse=True)


@given(s.race_calendars, s.levels)
def test_season_doses_keep_their_promises(races: list[rs.Race], level: rs.Level) -> None:
    season = build(races)
    doses = season.doses(level)
    assert len(doses) == len(season.weeks)
    for week_dose in doses:
        if week_dose.week.phase is P.RACE_SEASON:
            assert week_dose.dose.sessions >= 1
        if week_dose.week.phase is P.TAPER:
            assert week_dose.dose.sessions <= 1
            assert week_dose.dose.sets <= 1
        assert week_dose.dose.sets >= 1


@given(s.race_calendars)
def test_building_is_deterministic(races: list[rs.Race]) -> None:
    assert build(races) == build(list(reversed(races)))


@given(s.race_calendars, s.levels)
def test_no_conditions_change_nothing(races: list[rs.Race], level: rs.Level) -> None:
    doses = build(races).doses(level)
    assert rs.apply_conditions(doses, []) == doses


@given(s.race_calendars, s.levels, st.lists(s.conditions, max_size=4))
def test_conditions_only_ever_lower_the_dose(
    races: list[rs.Race], level: rs.Level, conditions: list[rs.Condition]
) -> None:
    doses = build(races).doses(level)
    contradictory = {rs.ConditionKind.ILLNESS, rs.ConditionKind.RETURN_FROM_BREAK}
    clash = any(
        ((a.kind is b.kind and a.region is b.region) or {a.kind, b.kind} == contradictory)
        and a.start <= b.end
        and b.start <= a.end
        for i, a in enumerate(conditions)
        for b in conditions[i + 1 :]
    )
    if clash:
        with pytest.raises(rs.ValidationError, match="must not"):
            rs.apply_conditions(doses, conditions)
        return
    changed = rs.apply_conditions(doses, conditions)
    for before, after in zip(doses, changed, strict=True):
        assert after.dose.sessions <= before.dose.sessions
        assert after.dose.sets <= before.dose.sets
        assert after.dose.rir >= before.dose.rir
        assert after.dose.contacts[1] <= before.dose.contacts[1]
        if after != before:
            assert len(after.reasons) > len(before.reasons)
        if after.week.phase is P.RACE_SEASON and after.dose.sessions == 0:
            assert any("illness" in r or "missed" in r for r in after.reasons)


# --- invalid input --------------------------------------------------------------------

BAD = [
    (
        "end before start",
        lambda: rs.Season.build(START, [], end=dt.date(2026, 12, 1)),
        rs.ValidationError,
        "end",
    ),
    ("start not a date", lambda: rs.Season.build("2026-12-07", []), rs.ArgumentTypeError, "start"),
    ("races not a list", lambda: rs.Season.build(START, MARATHON), rs.ArgumentTypeError, "races"),
    (
        "race not a race",
        lambda: rs.Season.build(START, ["marathon"]),
        rs.ArgumentTypeError,
        "races[0]",
    ),
    (
        "two races a day",
        lambda: rs.Season.build(START, [MARATHON, MARATHON]),
        rs.ValidationError,
        "races",
    ),
    (
        "negative distance",
        lambda: rs.Race(dt.date(2027, 4, 18), distance_km=-5),
        rs.ValidationError,
        "distance_km",
    ),
    (
        "distance nan",
        lambda: rs.Race(dt.date(2027, 4, 18), distance_km=float("nan")),
        rs.ValidationError,
        "distance_km",
    ),
    ("race date", lambda: rs.Race("2027-04-18"), rs.ArgumentTypeError, "date"),
    (
        "race priority",
        lambda: rs.Race(dt.date(2027, 4, 18), priority="D"),
        rs.ValidationError,
        "priority",
    ),
    ("race name", lambda: rs.Race(dt.date(2027, 4, 18), name=""), rs.ValidationError, "name"),
    (
        "block length",
        lambda: rs.Season.build(START, [], build_weeks=-1),
        rs.ValidationError,
        "build_weeks",
    ),
    (
        "deload every 1",
        lambda: rs.Season.build(START, [], deload_every=1),
        rs.ValidationError,
        "deload_every",
    ),
    ("dose level", lambda: rs.dose_for("pro", "base"), rs.ValidationError, "level"),
    ("dose phase", lambda: rs.dose_for("beginner", "summer"), rs.ValidationError, "phase"),
    ("condition kind", lambda: rs.Condition("flu", START, START), rs.ValidationError, "kind"),
    (
        "condition dates",
        lambda: rs.Condition("illness", START, START - dt.timedelta(1)),
        rs.ValidationError,
        "end",
    ),
    (
        "injury without region",
        lambda: rs.Condition("injury", START, START),
        rs.ValidationError,
        "region",
    ),
    (
        "region without injury",
        lambda: rs.Condition("illness", START, START, region="knee"),
        rs.ValidationError,
        "region",
    ),
    (
        "region unknown",
        lambda: rs.Condition("injury", START, START, region="elbow"),
        rs.ValidationError,
        "region",
    ),
    (
        "overlapping conditions",
        lambda: rs.apply_conditions(
            rs.Season.build(START, []).doses("beginner"),
            [
                rs.Condition("illness", START, START + dt.timedelta(5)),
                rs.Condition("illness", START + dt.timedelta(3), START + dt.timedelta(9)),
            ],
        ),
        rs.ValidationError,
        "conditions",
    ),
    (
        "conditions not a list",
        lambda: rs.apply_conditions((), rs.Condition("illness", START, START)),
        rs.ArgumentTypeError,
        "conditions",
    ),
    ("doses not doses", lambda: rs.apply_conditions([1], []), rs.ArgumentTypeError, "doses[0]"),
    (
        "phase_on",
        lambda: rs.Season.build(START, []).phase_on("today"),
        rs.ArgumentTypeError,
        "date",
    ),
    (
        "season doses level",
        lambda: rs.Season.build(START, []).doses("elite"),
        rs.ValidationError,
        "level",
    ),
    (
        "dose pair",
        lambda: dose(sessions_range=(2, 1)),
        rs.ValidationError,
        "sessions_range",
    ),
    (
        "dose pair type",
        lambda: dose(sessions_range=[1, 2]),
        rs.ArgumentTypeError,
        "sessions_range",
    ),
    (
        "dose sets",
        lambda: dose(sets=-1),
        rs.ValidationError,
        "sets",
    ),
]


@pytest.mark.parametrize(
    ("call", "leaf", "argument"), [pytest.param(*c[1:], id=c[0]) for c in BAD]
)
def test_invalid_season_input(
    call: Callable[[], object], leaf: type[rs.RunstrengthError], argument: str
) -> None:
    assert_invalid(call, leaf, argument)


def test_phase_on() -> None:
    season = rs.Season.build(START, [MARATHON])
    assert season.phase_on(dt.date(2027, 4, 18)) is P.TAPER
    assert season.phase_on(dt.date(2020, 1, 1)) is None


def test_the_docs_dose_table_matches_the_data() -> None:
    from pathlib import Path

    page = Path(__file__).resolve().parent.parent.joinpath("docs", "season.md").read_text("utf-8")
    rows = [
        line
        for line in page.splitlines()
        if line.startswith(("| beginner", "| intermediate", "| advanced"))
    ]
    assert len(rows) == 15

    def span(text: str) -> tuple[int, int]:
        low, _, high = text.partition("\u2013")  # an en dash, as in the docs
        return (int(low), int(high or low))

    for row in rows:
        level, phase, sessions, minutes, sets, reps, rir, contacts = (
            cell.strip() for cell in row.strip("|").split("|")
        )
        dose = rs.dose_for(level, phase.replace(" ", "-"))
        assert (dose.sessions, dose.sets, dose.rir) == (int(sessions), int(sets), float(rir))
        assert (dose.minutes, dose.reps, dose.contacts) == (
            span(minutes),
            span(reps),
            span(contacts),
        ), row


@given(s.race_calendars, s.levels)
def test_volume_falls_and_intensity_holds_towards_races(
    races: list[rs.Race], level: rs.Level
) -> None:
    doses = [d for d in build(races).doses(level) if not d.reasons]  # plain weeks only
    by_phase: dict[rs.Phase, list[rs.Dose]] = {}
    for d in doses:
        by_phase.setdefault(d.week.phase, []).append(d.dose)

    def sets(phase: rs.Phase) -> list[int]:
        return [d.sets for d in by_phase.get(phase, [])]

    if sets(P.TAPER) and sets(P.BUILD):
        assert max(sets(P.TAPER)) <= min(sets(P.BUILD))
    if sets(P.BUILD) and sets(P.BASE):
        assert max(sets(P.BUILD)) <= min(sets(P.BASE))
    if by_phase.get(P.RACE_SEASON) and by_phase.get(P.BASE):
        race_low = min(d.percent_one_rm[0] for d in by_phase[P.RACE_SEASON])
        base_low = min(d.percent_one_rm[0] for d in by_phase[P.BASE])
        assert race_low >= base_low - INTENSITY_MARGIN


def test_deloads_count_loading_weeks_across_base_and_build() -> None:
    season = rs.Season.build(START, [MARATHON])
    run = 0
    for week in season.weeks:
        if week.phase in (P.BASE, P.BUILD) and not week.deload:
            run += 1
            assert run <= 3
        else:
            run = 0


def test_week_of_phase_restarts_for_each_race() -> None:
    first = rs.Race(dt.date(2027, 4, 4), name="M1", distance_km=42.2)
    weeks = rs.Season.build(START, [first, MARATHON]).weeks
    tapers = [w.week_of_phase for w in weeks if w.phase is P.TAPER]
    assert tapers == [1, 2, 1, 2]


def test_two_spells_of_one_condition_in_a_week_count_once() -> None:
    doses = rs.Season.build(START, []).doses("advanced")
    one = rs.Condition("soreness", START, START)
    two = rs.Condition("soreness", START + dt.timedelta(days=3), START + dt.timedelta(days=4))
    assert (
        rs.apply_conditions(doses, [one, two])[0].dose == rs.apply_conditions(doses, [one])[0].dose
    )


MORE_BAD = [
    (
        "end type",
        lambda: rs.Season.build(START, [], end=dt.datetime(2027, 1, 1)),
        rs.ArgumentTypeError,
        "end",
    ),
    ("far future", lambda: rs.Season.build(dt.date.max, []), rs.ValidationError, "start"),
    ("race far future", lambda: rs.Race(dt.date(9999, 12, 30)), rs.ValidationError, "date"),
    (
        "dose rir",
        lambda: dose(rir="x"),
        rs.ArgumentTypeError,
        "rir",
    ),
    (
        "dose rir range",
        lambda: dose(rir=-5),
        rs.ValidationError,
        "rir",
    ),
    (
        "dose source",
        lambda: dose(source=5),
        rs.ArgumentTypeError,
        "source",
    ),
    (
        "dose fractional",
        lambda: dose(contacts=(0.5, 1.5)),
        rs.ValidationError,
        "contacts",
    ),
    ("doses not iterable", lambda: rs.apply_conditions(5, []), rs.ArgumentTypeError, "doses"),
    (
        "ill and returning",
        lambda: rs.apply_conditions(
            rs.Season.build(START, []).doses("beginner"),
            [
                rs.Condition("illness", START, START + dt.timedelta(5)),
                rs.Condition("return-from-break", START, START + dt.timedelta(5)),
            ],
        ),
        rs.ValidationError,
        "conditions",
    ),
    ("taper distance", lambda: taper_weeks(-5), rs.ValidationError, "distance_km"),
    ("empty season", lambda: rs.Season(()), rs.ValidationError, "weeks"),
    (
        "covers",
        lambda: rs.Condition("illness", START, START).covers(None),
        rs.ArgumentTypeError,
        "week",
    ),
    (
        "huge block",
        lambda: rs.Season.build(START, [], build_weeks=10**7),
        rs.ValidationError,
        "build_weeks",
    ),
]


@pytest.mark.parametrize(
    ("call", "leaf", "argument"), [pytest.param(*c[1:], id=c[0]) for c in MORE_BAD]
)
def test_more_invalid_season_input(
    call: Callable[[], object], leaf: type[rs.RunstrengthError], argument: str
) -> None:
    assert_invalid(call, leaf, argument)


def test_a_races_just_outside_still_shape_the_weeks() -> None:
    with pytest.warns(rs.RaceOutsideSeasonWarning):
        cut = rs.Season.build(START, [MARATHON], end=dt.date(2027, 4, 11))
    assert cut.summary().endswith("RRRRT")
    assert cut.outside == (MARATHON,)
    with pytest.warns(rs.RaceOutsideSeasonWarning):
        after = rs.Season.build(dt.date(2027, 4, 21), [MARATHON], end=dt.date(2027, 5, 16))
    assert after.summary().startswith("tt")


def test_the_default_end_keeps_later_races_inside() -> None:
    half = rs.Race(dt.date(2027, 5, 23), name="late half", distance_km=21.1, priority="B")
    season = rs.Season.build(START, [MARATHON, half])
    assert half in season.races
    assert season.outside == ()


def test_a_b_race_in_the_taper_is_explained() -> None:
    tune_up = rs.Race(dt.date(2027, 4, 10), name="tune-up 10k", distance_km=10, priority="B")
    doses = rs.Season.build(START, [MARATHON, tune_up]).doses("intermediate")
    week = next(d for d in doses if tune_up in d.week.races)
    assert week.week.phase is P.TAPER
    assert week.reasons == ("B race this week: the taper is already light",)
