"""Running plans in from .ics: real feeds' titles and shapes, the round trip, bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength.formats.ical import read_ics, running_to_ics
from runstrength.imported import PlanEntry, import_running
from runstrength.running import EntryKind, RunKind, read_entry
from tests import strategies as sts
from tests.invalid import assert_invalid

FIXTURES = Path(__file__).parent / "fixtures"
E, M, K, L, R = (
    RunKind.EASY,
    RunKind.MODERATE,
    RunKind.KEY_WORKOUT,
    RunKind.LONG_RUN,
    RunKind.RACE,
)

# Every title quoted in INTEGRATIONS.md section 1, with the entry and kind it becomes
# (a title read alone; "6 mi" is the long run in its week, see the book-plan test).
TITLES = [
    ("🏃 1km Repeats • 6.5km", EntryKind.RUN, K),
    ("🏃 8km Long Run • 8km", EntryKind.RUN, L),
    ("Intervals • 6.5km • 45m - 50m", EntryKind.RUN, K),
    ("Long Run • 8km", EntryKind.RUN, L),
    ("Race • 21.1km • 2h10m - 2h18m", EntryKind.RUN, R),
    ("Walk Run • 3km", EntryKind.RUN, E),
    ("🏋️ Loading Up • 55m - 65m", EntryKind.STRENGTH, None),
    ("Legs And Core • 55m - 65m", EntryKind.STRENGTH, None),
    ("Easy Run", EntryKind.RUN, E),
    ("Zone 2 aerobic run", EntryKind.UNKNOWN_RUN, K),
    ("Rest or cross-train", EntryKind.REST, None),
    ("LT 8 with 4 at LT pace", EntryKind.RUN, K),
    ("Gen-aerobic 10", EntryKind.RUN, M),
    ("Recovery 5", EntryKind.RUN, E),
    ("Med-long run 12", EntryKind.RUN, M),
    ("Marathon-pace run 16 with 10 at marathon pace", EntryKind.RUN, K),
    ("VO₂max 8 with 5 x 800 m at 5K race pace", EntryKind.RUN, K),
    ("8K-15K tune-up race", EntryKind.RUN, R),
    ("Rest", EntryKind.REST, None),
    ("Cross", EntryKind.CROSS_TRAINING, M),
    ("3 mi run", EntryKind.RUN, None),
    ("6 mi", EntryKind.RUN, None),
    ("Half Marathon (13.1)", EntryKind.RUN, R),
    ("Training Week 1 Distance: 50 mi", EntryKind.IGNORED, None),
    ("Ruhetag", EntryKind.REST, None),
    ("Dauerlauf", EntryKind.RUN, E),
    ("Grundlage 45 min", EntryKind.RUN, E),
    ("Langer Lauf 28 km", EntryKind.RUN, L),
    ("Intervalle", EntryKind.RUN, K),
    ("Schwelle", EntryKind.RUN, K),
    ("Bahn", EntryKind.RUN, K),
    ("Wettkampf", EntryKind.RUN, R),
    ("repos", EntryKind.REST, None),
    ("footing", EntryKind.RUN, E),
    ("sortie longue", EntryKind.RUN, L),
    ("fractionné", EntryKind.RUN, K),
    ("seuil", EntryKind.RUN, K),
    ("course", EntryKind.RUN, R),
    ("descanso", EntryKind.REST, None),
    ("rodaje", EntryKind.RUN, E),
    ("tirada larga", EntryKind.RUN, L),
    ("series", EntryKind.RUN, K),
    ("carrera", EntryKind.RUN, R),
    ("riposo", EntryKind.REST, None),
    ("lento", EntryKind.RUN, E),
    ("lungo", EntryKind.RUN, L),
    ("ripetute", EntryKind.RUN, K),
    ("gara", EntryKind.RUN, R),
    ("rust", EntryKind.REST, None),
    ("duurloop", EntryKind.RUN, E),
    ("lange duurloop", EntryKind.RUN, L),
    ("intervallen", EntryKind.RUN, K),
    ("drempel", EntryKind.RUN, K),
    ("wedstrijd", EntryKind.RUN, R),
]


@pytest.mark.parametrize(("title", "entry", "kind"), TITLES, ids=[t for t, *_ in TITLES])
def test_every_quoted_title_reads_as_its_kind(
    title: str, entry: EntryKind, kind: RunKind | None
) -> None:
    reading = read_entry(title)
    assert reading.entry is entry
    assert reading.kind is kind
    assert reading.reason


def test_amounts_largest_distance_no_bare_m_and_nothing_after_with() -> None:
    assert read_entry("8K-15K tune-up race").distance_km == 15.0
    assert read_entry("Intervals • 6.5km • 45m - 50m").minutes is None
    assert read_entry("VO₂max 8 with 5 x 800 m at 5K race pace").distance_km is None
    assert read_entry("Race • 21.1km • 2h10m - 2h18m").minutes == 138.0
    assert read_entry("Easy 30-40 minutes").minutes == 40.0
    assert read_entry("Long 1.5 hours").minutes == 90.0
    assert read_entry("3 mi run").distance_km == pytest.approx(4.828)
    completed = read_entry("Afternoon Run", "Moving Time: 0:35:24 / Distance: 5.2 km / TSS: 42")
    assert (completed.entry, completed.distance_km) == (EntryKind.RUN, 5.2)
    assert completed.minutes == pytest.approx(35.4)
    assert read_entry("Club run 18:30").minutes is None  # a time of day, not a duration
    assert read_entry("Easy 900 km").distance_km is None  # no run is that long
    assert read_entry("Easy", minutes=30).minutes == 30.0


def test_the_order_of_the_classifier() -> None:
    assert read_entry("Strength workout").entry is EntryKind.STRENGTH
    assert read_entry("Bike 60 min").entry is EntryKind.CROSS_TRAINING
    assert read_entry("🚴 hour").entry is EntryKind.CROSS_TRAINING
    assert read_entry("🧘 flow").entry is EntryKind.IGNORED
    assert read_entry("Yoga").reason == "the word 'yoga': yoga is neither running nor lifting"
    assert read_entry("Yoga then easy run").kind is E  # running words beat "other"
    assert read_entry("Easy with tempo finish").kind is K  # the hardest kind
    assert read_entry("6 x 1 km").reason == "the repeats '6 x 1'"
    assert read_entry("Club", "6 x 1 km").reason == "the description's repeats '6 x 1'"
    assert read_entry("Dentist").entry is EntryKind.IGNORED
    assert read_entry("Dentist 2 km away").entry is EntryKind.IGNORED
    assert read_entry("Party", "Easy").reason == "the description's word 'easy'"
    unknown = read_entry("🏃 Club session")
    assert (unknown.entry, unknown.kind) == (EntryKind.UNKNOWN_RUN, K)
    assert unknown.run() == rs.Run(K)
    assert read_entry("Rest").run() is None


def test_own_words_are_read() -> None:
    words = rs.RunningWords.default().with_words({"club run": "easy"})
    assert read_entry("Club run", words=words).kind is E


def test_read_entry_rejects_bad_arguments() -> None:
    assert_invalid(lambda: read_entry(3), rs.ArgumentTypeError, "title")  # type: ignore[arg-type]
    assert_invalid(lambda: read_entry("x", None), rs.ArgumentTypeError, "detail")  # type: ignore[arg-type]
    assert_invalid(lambda: read_entry("x", minutes=-1), rs.ValidationError, "minutes")


def _feed(*events: str, header: str = "") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    lines += [h for h in header.splitlines() if h]
    for number, event in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:e{number}@test", "DTSTAMP:20260101T000000Z"]
        lines += [line.strip() for line in event.strip().splitlines()]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_coaching_app_feed() -> None:
    found = read_ics(
        (FIXTURES / "coaching_app.ics").read_bytes(),
        start=dt.date(2025, 10, 20),
        end=dt.date(2025, 11, 2),
    )
    cal = found.calendar
    assert cal[dt.date(2025, 10, 20)].runs == (rs.Run(K, "repeats", distance_km=6.5, minutes=45),)
    assert cal[dt.date(2025, 10, 21)].demand is RunKind.REST  # the strength session
    assert cal[dt.date(2025, 10, 22)].runs == (rs.Run(E, distance_km=5, minutes=32.5),)
    assert cal[dt.date(2025, 10, 26)].demand is L
    assert cal[dt.date(2025, 11, 2)].demand is R
    assert found.strength_dates == (dt.date(2025, 10, 21),)
    assert any("strength already in your plan on 2025-10-21" in n for n in found.notes)
    intervals = found.entries[0]
    assert (intervals.title, intervals.what) == ("🏃 1km Repeats • 6.5km", "key workout")
    assert (intervals.distance_km, intervals.minutes) == (6.5, 45.0)
    assert "strength" in found.explain()


def test_rrule_with_exdate_and_a_moved_occurrence() -> None:
    found = read_ics(
        (FIXTURES / "club_rrule.ics").read_bytes(),
        start=dt.date(2026, 1, 5),
        end=dt.date(2026, 2, 15),
    )
    track = [e.date for e in found.entries if "Intervalle" in e.title]
    # Six Tuesdays from 6 Jan, the 20th taken out, the 27th moved to Thursday the 29th.
    assert track == [
        dt.date(2026, 1, 6),
        dt.date(2026, 1, 13),
        dt.date(2026, 1, 29),
        dt.date(2026, 2, 3),
        dt.date(2026, 2, 10),
    ]
    assert found.calendar[dt.date(2026, 1, 27)].demand is RunKind.REST
    assert found.calendar[dt.date(2026, 1, 29)].demand is K
    longs = [e.date for e in found.entries if e.kind is L]
    assert longs == [dt.date(2026, 1, 11) + dt.timedelta(weeks=n) for n in range(4)]


def test_a_utc_event_near_midnight_takes_the_runners_date() -> None:
    data = _feed("DTSTART:20261114T233000Z\nSUMMARY:Long run 30 km")
    day = dt.date(2026, 11, 14)
    kwargs = {"start": day, "end": day + dt.timedelta(days=1)}
    denver = read_ics(data, tz="America/Denver", **kwargs)
    berlin = read_ics(data, tz="Europe/Berlin", **kwargs)
    assert denver.entries[0].date == day
    assert berlin.entries[0].date == day + dt.timedelta(days=1)
    with_header = _feed(
        "DTSTART:20261114T233000Z\nSUMMARY:Long", header="X-WR-TIMEZONE:Europe/Berlin"
    )
    assert read_ics(with_header, **kwargs).entries[0].date == day + dt.timedelta(days=1)
    # The runner's zone wins over the calendar's.
    assert read_ics(with_header, tz="America/Denver", **kwargs).entries[0].date == day


def test_floating_times_keep_their_date_and_tzinfo_works() -> None:
    data = _feed(
        "DTSTART:20261114T233000\nSUMMARY:Easy 5 km",
        "DTSTART;TZID=America/Denver:20261114T233000\nDTEND;TZID=America/Denver:20261115T003000\n"
        "SUMMARY:Tempo",
    )
    found = read_ics(
        data,
        start=dt.date(2026, 11, 14),
        end=dt.date(2026, 11, 15),
        tz=dt.UTC,
    )
    assert [(e.date, e.kind) for e in found.entries] == [
        (dt.date(2026, 11, 14), E),
        (dt.date(2026, 11, 15), K),
    ]


def test_week_banners_cancelled_events_and_miles() -> None:
    found = read_ics(
        (FIXTURES / "book_plan_miles.ics").read_bytes(),
        start=dt.date(2027, 1, 4),
        end=dt.date(2027, 1, 10),
    )
    banner = next(e for e in found.entries if e.title.startswith("Training Week"))
    assert (banner.entry, banner.reason) == (
        EntryKind.IGNORED,
        "spans 7 days: a banner over several days, not a run",
    )
    kinds = [found.calendar[dt.date(2027, 1, 4) + dt.timedelta(n)].demand for n in range(7)]
    assert kinds == [RunKind.REST, E, E, E, RunKind.REST, L, M]
    six = found.calendar[dt.date(2027, 1, 9)].runs[0]
    assert six.distance_km == pytest.approx(9.656)
    assert "the week's long run" in found.entries[-2].reason
    assert found.calendar[dt.date(2027, 1, 10)].runs[0].cross_training
    assert found.entries[-1].what == "cross-training (moderate)"
    cancelled = read_ics(
        _feed("DTSTART;VALUE=DATE:20270105\nSUMMARY:Tempo\nSTATUS:CANCELLED"),
        start=dt.date(2027, 1, 5),
        end=dt.date(2027, 1, 5),
    )
    assert cancelled.entries[0].reason == "cancelled"
    assert cancelled.calendar[dt.date(2027, 1, 5)].demand is RunKind.REST


def test_several_events_a_day_and_events_without_dtend() -> None:
    data = _feed(
        "DTSTART:20270105\nSUMMARY:Easy 5 km",
        "DTSTART:20270105T180000Z\nDURATION:PT1H\nSUMMARY:Hills",
        "DTSTART;VALUE=DATE:20270106\nDTEND;VALUE=DATE:20270107\nSUMMARY:Team meeting",
    )
    found = read_ics(data, start=dt.date(2027, 1, 5), end=dt.date(2027, 1, 6), tz="UTC")
    day = found.calendar[dt.date(2027, 1, 5)]
    assert [run.kind for run in day.runs] == [E, K]
    assert day.demand is K
    assert found.entries[-1].entry is EntryKind.IGNORED


def test_an_estimated_duration_that_is_not_a_number_is_not_read() -> None:
    data = _feed("DTSTART:20270105\nSUMMARY:Easy\nX-WORKOUT-ESTIMATED-DURATION:soon")
    found = read_ics(data, start=dt.date(2027, 1, 5), end=dt.date(2027, 1, 5))
    assert found.entries[0].minutes is None


def test_a_three_week_feed_inside_a_nineteen_week_plan() -> None:
    start = dt.date(2026, 12, 7)
    events = []
    for week in range(3):
        monday = dt.date(2027, 1, 4) + dt.timedelta(weeks=week)
        for offset, title in ((1, "Intervals 10 km"), (3, "Tempo 8 km"), (6, "Long run 26 km")):
            events.append(f"DTSTART:{monday + dt.timedelta(offset):%Y%m%d}\nSUMMARY:{title}")
    events.append("DTSTART:20270113\nSUMMARY:🏋️ Gym")
    data = _feed(*events)
    typed = rs.RunningWeek.parse("tue easy, thu easy, sat long")
    end = start + dt.timedelta(weeks=19, days=-1)
    found = read_ics(data, start=start, end=end, fill=typed)
    assert len(found.calendar) == 19 * 7
    assert found.calendar[dt.date(2027, 1, 5)].demand is K  # from the feed
    assert found.calendar[dt.date(2026, 12, 8)].demand is E  # from the typed week
    assert found.calendar[dt.date(2027, 2, 23)].demand is E
    assert found.notes[0] == (
        "the running plan covers 2027-01-05 to 2027-01-24; the other days from "
        "2026-12-07 to 2027-04-18 are from your typed week"
    )
    plan = rs.plan_season(
        rs.Athlete(level="intermediate"),
        found.calendar,
        start=start,
        end=end,
        unavailable=found.strength_dates,
    )
    assert len(plan.weeks) == 19
    dates = {s.date for s in plan.sessions()}
    assert dt.date(2027, 1, 13) not in dates
    rest = read_ics(data, start=start, end=end)
    assert rest.calendar[dt.date(2026, 12, 8)].demand is RunKind.REST
    assert rest.notes[0].endswith("are rest days")


@st.composite
def running_calendars(draw: st.DrawFn) -> rs.RunningCalendar:
    days = draw(
        st.lists(
            st.lists(sts.labelled_runs(), max_size=2).map(lambda runs: rs.RunningDay(tuple(runs))),
            min_size=1,
            max_size=10,
        ).filter(lambda ds: any(d.has_run for d in ds))
    )
    start = draw(st.dates(dt.date(2000, 1, 1), dt.date(2090, 1, 1)))
    return rs.RunningCalendar(start, tuple(days))


@settings(max_examples=25)
@given(running_calendars())
def test_any_running_calendar_round_trips_through_ics(calendar: rs.RunningCalendar) -> None:
    data = running_to_ics(calendar)
    assert read_ics(data, start=calendar.start, end=calendar.end).calendar == calendar


BAD = [
    (
        lambda: read_ics("text", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)),
        rs.ArgumentTypeError,
        "data",
    ),
    (
        lambda: read_ics(b"\xff\xfe", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)),
        rs.FormatError,
        "data",
    ),
    (
        lambda: read_ics(b"garbage", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)),
        rs.FormatError,
        "data",
    ),
    (
        lambda: read_ics(b"", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)),
        rs.FormatError,
        "data",
    ),
    (
        lambda: read_ics(
            b"BEGIN:VEVENT\r\nEND:VEVENT\r\n", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)
        ),
        rs.FormatError,
        "data",
    ),
    (
        lambda: read_ics(_feed(), start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)),
        rs.FormatError,
        "data",
    ),
    (
        lambda: read_ics(
            _feed("SUMMARY:Easy"), start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)
        ),
        rs.FormatError,
        "data",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:soon\nSUMMARY:Easy"), start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)
        ),
        rs.FormatError,
        "data",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:20260101\nRRULE:FREQ=SOMETIMES\nSUMMARY:Easy"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 2),
        ),
        rs.FormatError,
        "data",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:20260101\nSUMMARY:Easy"),
            start=dt.date(2026, 3, 1),
            end=dt.date(2026, 3, 2),
        ),
        rs.FormatError,
        "start",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:20260101T100000Z\nSUMMARY:Easy"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 2),
        ),
        rs.FormatError,
        "tz",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:20260101\nSUMMARY:Easy"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 2),
            tz="Mars/Olympus",
        ),
        rs.ValidationError,
        "tz",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:20260101\nSUMMARY:Easy"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 2),
            tz=5,
        ),
        rs.ArgumentTypeError,
        "tz",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:20260101\nSUMMARY:Easy", header="X-WR-TIMEZONE:Nowhere"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 2),
        ),
        rs.FormatError,
        "X-WR-TIMEZONE",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:20260101\nSUMMARY:Easy"),
            start=dt.date(2026, 1, 2),
            end=dt.date(2026, 1, 1),
        ),
        rs.ValidationError,
        "end",
    ),
    (
        lambda: read_ics(
            _feed("DTSTART:20260101\nSUMMARY:Easy"), start="2026-01-01", end=dt.date(2026, 1, 1)
        ),
        rs.ArgumentTypeError,
        "start",
    ),
    (lambda: running_to_ics("mon easy"), rs.ArgumentTypeError, "calendar"),
    (
        lambda: import_running("x", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)),
        rs.ArgumentTypeError,
        "entries",
    ),
    (
        lambda: import_running([], start=dt.date(2026, 1, 1), end=dt.date(2031, 1, 2)),
        rs.ValidationError,
        "end",
    ),
    (
        lambda: import_running(
            [PlanEntry(dt.date(2026, 1, 1), "Easy")],
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 2),
            fill="sun long",
        ),
        rs.ArgumentTypeError,
        "fill",
    ),
    (lambda: PlanEntry(dt.date(2026, 1, 1), 3), rs.ArgumentTypeError, "title"),
    (lambda: PlanEntry(dt.date(2026, 1, 1), "x", minutes=0), rs.ValidationError, "minutes"),
]


@pytest.mark.parametrize(("call", "leaf", "argument"), BAD)
def test_bad_input_gives_one_clear_error(call, leaf, argument) -> None:  # type: ignore[no-untyped-def]
    assert_invalid(call, leaf, argument)


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "recurring_ical_events", None)
    with pytest.raises(rs.MissingExtraError, match=r"runstrength\[ical\]"):
        read_ics(
            _feed("DTSTART:20260101\nSUMMARY:Easy"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 1),
        )


def test_an_expansion_failure_is_a_format_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import recurring_ical_events

    def broken(_calendar: object) -> object:
        raise recurring_ical_events.InvalidCalendar("a rule that cannot be expanded")

    monkeypatch.setattr(recurring_ical_events, "of", broken)
    with pytest.raises(rs.FormatError, match="must repeat by a readable rule"):
        read_ics(
            _feed("DTSTART:20260101\nSUMMARY:Easy"),
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 1),
        )


def test_cue_words_are_not_running_words() -> None:
    import tomllib
    from importlib import resources

    text = resources.files("runstrength").joinpath("data", "running_words.toml").read_text("utf-8")
    cues = tomllib.loads(text)["cue"]
    assert {cue["means"] for cue in cues} == {"running", "strength", "other"}
    assert not [cue["word"] for cue in cues if cue["word"] in rs.RunningWords.default()]
