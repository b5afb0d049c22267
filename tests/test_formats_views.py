"""Printable pages, notebook views, the calendar file, the chart and the DataFrame."""

from __future__ import annotations

import datetime as dt
import math
import sys
from html.parser import HTMLParser

import icalendar
import matplotlib as mpl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.formats import to_html, to_markdown, to_text
from runstrength.formats.frame import COLUMNS, to_dataframe
from runstrength.formats.ical import event_uid, to_ics
from runstrength.plotting import PHASE_COLOURS, plot_season
from tests import strategies as s

mpl.use("Agg")

WEEK = rs.RunningWeek.parse(
    "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
)
MARATHON = rs.Race(dt.date(2027, 4, 18), name="Spring <marathon> & *10k*", distance_km=42.2)
TUNE_UP = rs.Race(dt.date(2027, 3, 14), name="Half", distance_km=21.1, priority="B")
PLAN = rs.plan_season(
    rs.Athlete(level="intermediate", one_rm={"front-squat": 100, "hip-thrust": 120}),
    WEEK,
    [TUNE_UP, MARATHON],
    start=dt.date(2026, 12, 7),
)
STAMP = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.balanced = True
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag != "meta":
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.balanced = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    tags.close()
    return tags


# --- Markdown, HTML, text -------------------------------------------------------------------


def test_the_printable_markdown_has_phases_weeks_sessions_and_escaped_text() -> None:
    page = to_markdown(PLAN)
    assert page.startswith("# Strength plan: 2026-12-07 to 2027-05-02\n")
    for phase in ("## Base", "## Build", "## Race season", "## Taper", "## Transition"):
        assert f"\n{phase}\n" in page
    assert page.count("\n### Week of ") == len(PLAN.weeks)
    assert page.count("\n#### ") == len(PLAN.sessions())
    assert "Spring &lt;marathon&gt; &amp; \\*10k\\*" in page
    assert "<marathon>" not in page
    assert "| Front squat | 3 x 5-6 | 80 kg, RIR 2 |" in page


def test_the_printable_html_is_balanced_and_escaped() -> None:
    page = to_html(PLAN)
    tags = parsed(page)
    assert tags.balanced
    assert not tags.stack
    assert "Spring &lt;marathon&gt; &amp; *10k*" in page
    assert "Spring <marathon> & *10k*" in "".join(tags.text)
    assert "@page" in page
    assert "break-inside: avoid" in page


def test_text_fits_80_columns_and_a_width_can_be_chosen() -> None:
    text = to_text(PLAN)
    assert max(len(line) for line in text.splitlines()) <= 80
    narrow = to_text(PLAN, width=50)
    assert max(len(line) for line in narrow.splitlines()) <= 50
    with pytest.raises(rs.ValidationError):
        to_text(PLAN, width=10)


def test_weeks_and_sessions_render_on_their_own() -> None:
    week, session = PLAN.weeks[0], PLAN.weeks[0].sessions[0]
    assert to_markdown(week).startswith("## Week of 2026-12-07")
    assert to_markdown(session).startswith("## Tue 2026-12-08: Intermediate A (strength), heavy")
    with pytest.raises(rs.ArgumentTypeError):
        to_markdown("plan")


@pytest.mark.parametrize(
    "value",
    [
        PLAN,
        PLAN.weeks[0],
        PLAN.weeks[0].sessions[0],
        rs.schedule_week(WEEK, level="intermediate", sessions=2),
        rs.Season.build(dt.date(2026, 12, 7), [MARATHON]),
        rs.Catalogue.default()["plank"],
    ],
    ids=["plan", "week", "session", "schedule", "season", "exercise"],
)
def test_notebook_views(value: object) -> None:
    markdown = value._repr_markdown_()  # type: ignore[attr-defined]
    html = value._repr_html_()  # type: ignore[attr-defined]
    assert markdown.strip()
    tags = parsed(html)
    assert tags.balanced
    assert not tags.stack
    assert "<script" not in html


def test_the_plan_view_is_an_overview_table() -> None:
    rows = [line for line in PLAN._repr_markdown_().splitlines() if line.startswith("| 20")]
    assert len(rows) == len(PLAN.weeks)
    assert rows[0].startswith("| 2026-12-07 | base | Tue heavy, Thu power | 32 |")


# --- iCalendar ------------------------------------------------------------------------------


def test_ics_has_one_event_per_session_on_its_date_and_is_stable() -> None:
    data = to_ics(PLAN, dtstamp=STAMP)
    assert data == to_ics(PLAN, dtstamp=STAMP)
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    sessions = PLAN.sessions()
    assert [e.decoded("dtstart") for e in events] == [s.date for s in sessions]
    assert all(e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(days=1) for e in events)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert uids == [event_uid(PLAN, s) for s in sessions]
    first = events[0]
    assert str(first["summary"]) == "Strength: heavy legs, 44 min"
    assert str(first["description"]).startswith("Heavy session: Intermediate A (strength)")
    assert "Front squat: 3 x 5-6 @ 80 kg (RIR 2)" in str(first["description"])
    assert first.decoded("dtstamp") == STAMP


def test_ics_reads_naive_stamps_as_utc_and_refuses_bad_arguments() -> None:
    naive = to_ics(PLAN, dtstamp=dt.datetime(2026, 11, 21, 12, 0))
    assert naive == to_ics(PLAN, dtstamp=STAMP)
    with pytest.raises(rs.ArgumentTypeError):
        to_ics(PLAN, dtstamp=dt.date(2026, 11, 21))  # type: ignore[arg-type]
    with pytest.raises(rs.ArgumentTypeError):
        to_ics("plan", dtstamp=STAMP)  # type: ignore[arg-type]


@given(s.plans())
def test_generated_plans_export_to_calendars_that_parse(
    drawn: tuple[rs.Plan, tuple[object, ...]],
) -> None:
    plan, _ = drawn
    events = list(icalendar.Calendar.from_ical(to_ics(plan, dtstamp=STAMP)).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [s.date for s in plan.sessions()]


def test_missing_extras_name_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("icalendar", "pandas", "matplotlib", "matplotlib.dates", "matplotlib.figure"):
        monkeypatch.setitem(sys.modules, module, None)
    assert to_ics(PLAN, dtstamp=STAMP).startswith(b"BEGIN:VCALENDAR\r\n")  # writing needs none
    with pytest.raises(rs.MissingExtraError, match=r"runstrength\[pandas\]") as info:
        to_dataframe(PLAN)
    assert isinstance(info.value, ImportError)
    with pytest.raises(rs.MissingExtraError, match=r"runstrength\[plot\]"):
        plot_season(PLAN)


# --- the chart and the DataFrame ------------------------------------------------------------


def test_plot_season_shades_phases_marks_races_and_returns_the_axes() -> None:
    from matplotlib.axes import Axes

    ax = plot_season(PLAN)
    assert isinstance(ax, Axes)
    labels = ax.get_legend_handles_labels()[1]
    assert {"base", "build", "race-season", "taper", "transition"} <= set(labels)
    shaded = [p for p in ax.patches if p.get_facecolor()[:3] in _rgb(PHASE_COLOURS.values())]
    assert len(shaded) == len(PLAN.weeks)
    assert len(ax.lines) == len(PLAN.races)
    assert [t.get_text() for t in ax.texts] == [
        f"{race.name} ({race.priority.value})" for race in PLAN.races
    ]
    bars = [p for p in ax.patches if p not in shaded]
    assert [round(b.get_height()) for b in bars] == [w.totals.working_sets for w in PLAN.weeks]


def test_plot_season_draws_on_a_given_axes() -> None:
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    assert plot_season(PLAN, ax=ax) is ax
    with pytest.raises(rs.ArgumentTypeError):
        plot_season("plan")  # type: ignore[arg-type]


def _rgb(colours: object) -> set[tuple[float, float, float]]:
    from matplotlib.colors import to_rgb

    return {to_rgb(c) for c in colours}  # type: ignore[attr-defined]


def test_the_dataframe_has_a_row_per_prescribed_exercise() -> None:
    frame = to_dataframe(PLAN)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == sum(len(s.exercises) for s in PLAN.sessions())
    first = frame.iloc[0]
    assert str(frame["date"].dtype) == str(frame["week"].dtype) == "datetime64[ns]"
    assert (first["date"].date(), first["exercise"], first["load"]) == (
        dt.date(2026, 12, 8),
        "front-squat",
        80.0,
    )
    assert math.isnan(frame.loc[frame["exercise"] == "pallof-press", "load"].iloc[0])
    weekly = frame.groupby("week")["sets"].sum()
    assert weekly.tolist() == [w.totals.working_sets for w in PLAN.weeks if w.sessions]
    with pytest.raises(rs.ArgumentTypeError):
        to_dataframe([])  # type: ignore[arg-type]


def test_bare_values_render_without_empty_sections() -> None:
    import attrs

    week = PLAN.weeks[0]
    bare_session = attrs.evolve(week.sessions[0], exercises=(), reasons=())
    bare_week = attrs.evolve(week, sessions=(bare_session,), notes=())
    bare_plan = rs.Plan(PLAN.athlete, (bare_week,))
    page = to_markdown(bare_plan)
    assert "|" not in page
    assert "\n- " not in page
    exercise = rs.Exercise(
        key="wall-sit",
        name="Wall sit",
        category=rs.Category.BILATERAL,
        pattern=rs.Pattern.SQUAT,
        muscles=(rs.Muscle.QUADRICEPS,),
        dosing=rs.Dosing.TIME,
    )
    view = exercise._repr_markdown_()
    assert view.startswith("### Wall sit (wall-sit)")
    assert "Sources" not in view
    assert "equipment: none" in view


def test_line_breaks_and_html_in_names_never_escape_their_cell() -> None:
    import attrs

    from runstrength.formats import catalogue_table

    catalogue = rs.Catalogue.default()
    hostile = "Pause squat\r# INJECTED\u2028<img src=x onerror=alert(1)> & AT&amp;T"
    custom = catalogue.extend(
        [attrs.evolve(catalogue["goblet-squat"], name=hostile)], replace=True
    )
    plan = rs.plan_season(
        rs.Athlete(level="beginner", equipment="home"),
        WEEK,
        start=dt.date(2026, 12, 7),
        end=dt.date(2026, 12, 13),
        catalogue=custom,
    )
    page = to_markdown(plan)
    assert "<img" not in page
    assert "\r" not in page
    assert "\u2028" not in page
    assert "AT&amp;amp;T" in page
    row = next(line for line in page.splitlines() if "Pause squat" in line)
    assert row.startswith("| Pause squat \\# INJECTED &lt;img")
    table = catalogue_table([custom["goblet-squat"]])
    assert "<img" not in table
    assert len(table.splitlines()) == 3


def test_ics_names_and_stamps_are_checked() -> None:
    with pytest.raises(rs.ValidationError):
        to_ics(PLAN, dtstamp=STAMP, name="two\nlines")
    far = dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    with pytest.raises(rs.ValidationError):
        to_ics(PLAN, dtstamp=far)


def test_plot_season_refuses_what_is_not_an_axes() -> None:
    with pytest.raises(rs.ArgumentTypeError):
        plot_season(PLAN, ax="x")


def test_text_counts_terminal_columns_for_wide_names_and_cuts_long_words() -> None:
    import unicodedata

    wide = rs.Race(dt.date(2027, 4, 18), name="東京マラソン" * 8, distance_km=42.2)
    long_word = rs.Race(dt.date(2027, 3, 14), name="x" * 120, distance_km=21.1, priority="B")
    plan = rs.plan_season(
        rs.Athlete(level="beginner"),
        WEEK,
        [long_word, wide],
        start=dt.date(2027, 2, 1),
    )

    def columns(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

    text = to_text(plan)
    assert max(columns(line) for line in text.splitlines()) <= 80
    assert "東京マラソン" in text
    assert "x" * 70 in text


def test_a_word_longer_than_a_line_is_cut_even_at_the_start() -> None:
    from runstrength._render import _fill

    assert _fill("y" * 25 + " z", 10, "- ", "  ").splitlines() == [
        "- yyyyyyyy",
        "  yyyyyyyy",
        "  yyyyyyyy",
        "  y z",
    ]


def _fill_by_the_rule(text: str, width: int, first: str, rest: str) -> str:
    """The wrapping rule said plainly (and slowly): recount each candidate line."""
    import unicodedata

    def columns(part: str) -> int:
        return sum(
            0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
            for c in part
        )

    lines: list[str] = []
    line, bare = first, True
    for word in text.split():
        gap = "" if bare else " "
        if columns(line + gap + word) <= width:
            line, bare = line + gap + word, False
            continue
        if not bare:
            lines.append(line)
            line, bare = rest, True
        left = word
        while columns(line + left) > width:
            cut = len(left)
            while cut > 1 and columns(line + left[:cut]) > width:
                cut -= 1
            lines.append(line + left[:cut])
            line, left = rest, left[cut:]
        line, bare = line + left, False
    lines.append(line)
    return "\n".join(lines)


@given(
    text=st.text(alphabet="ab c\u0301日本\u00e9xyz \t\n", max_size=80),
    width=st.integers(7, 30),
    first=st.sampled_from(["", "- ", "  ", "日"]),
    rest=st.sampled_from(["", "  ", "      ", "日 "]),
)
def test_wrapping_keeps_the_rule_while_counting_each_word_once(
    text: str, width: int, first: str, rest: str
) -> None:
    from runstrength._render import _fill

    assert _fill(text, width, first, rest) == _fill_by_the_rule(text, width, first, rest)


def test_ics_uids_survive_a_new_level_and_start_and_name_keys_them() -> None:
    week = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
    one = rs.plan_season(
        rs.Athlete(level="intermediate"),
        week,
        start=dt.date(2026, 12, 7),
        end=dt.date(2026, 12, 20),
    )
    other = rs.plan_season(
        rs.Athlete(level="advanced"), week, start=dt.date(2026, 12, 9), end=dt.date(2026, 12, 20)
    )

    def keyed(plan: rs.Plan) -> dict[tuple[int, int, int], str]:
        counts: dict[tuple[int, int], int] = {}
        out = {}
        for session in plan.sessions():
            week = session.date.isocalendar()[:2]
            counts[week] = counts.get(week, 0) + 1
            out[(*week, counts[week])] = event_uid(plan, session)
        return out

    first, second = keyed(one), keyed(other)
    shared = set(first) & set(second)
    assert len(shared) >= 3
    assert all(first[k] == second[k] for k in shared)
    assert first[(2026, 50, 1)].startswith("2026-W50-1-")
    assert event_uid(one, one.sessions()[0], name="Anna") != first[(2026, 50, 1)]
    assert "Anna" not in event_uid(one, one.sessions()[0], name="Anna")
    with pytest.raises(rs.ValidationError, match="'session' must be one of the plan's sessions"):
        event_uid(other, one.sessions()[0])


def test_ics_without_a_stamp_and_with_replaces() -> None:
    events = list(icalendar.Calendar.from_ical(to_ics(PLAN)).walk("VEVENT"))
    midnight = dt.datetime.combine(PLAN.start, dt.time(), dt.UTC)
    assert {e.decoded("dtstamp") for e in events} == {midnight}
    assert {e["sequence"] for e in events} == {0}
    same = list(icalendar.Calendar.from_ical(to_ics(PLAN, replaces=PLAN)).walk("VEVENT"))
    assert len(same) == len(events)
    assert {e["sequence"] for e in same} == {1}


@pytest.mark.parametrize(
    ("kwargs", "leaf", "argument"),
    [
        ({"replaces": "old"}, rs.ArgumentTypeError, "replaces"),
        ({"sequence": "2"}, rs.ArgumentTypeError, "sequence"),
        ({"sequence": True}, rs.ArgumentTypeError, "sequence"),
        ({"sequence": -1}, rs.ValidationError, "sequence"),
        ({"name": "two\nlines"}, rs.ValidationError, "name"),
        (
            {"dtstamp": dt.datetime(1, 1, 1, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))},
            rs.ValidationError,
            "dtstamp",
        ),
    ],
)
def test_ics_refuses_bad_update_arguments(
    kwargs: dict[str, object], leaf: type, argument: str
) -> None:
    from tests.invalid import assert_invalid

    assert_invalid(lambda: to_ics(PLAN, **kwargs), leaf, argument)  # type: ignore[arg-type]
    assert_invalid(lambda: event_uid("plan", PLAN.sessions()[0]), rs.ArgumentTypeError, "plan")  # type: ignore[arg-type]


def test_short_titles_say_what_a_session_trains() -> None:
    from runstrength.formats.ical import session_title
    from runstrength.plan import PlannedExercise, PlannedSession

    cat = rs.Catalogue.default()

    def session(*keys: str) -> PlannedSession:
        items = tuple(PlannedExercise(cat[k], rs.Prescription(sets=2, reps=5)) for k in keys)
        return PlannedSession(
            dt.date(2027, 1, 5), rs.SessionKind.LIGHT, "light", rs.RunningDay(), items, 20.4
        )

    assert session_title(session("pogo-hops")) == "Strength: light jumps, 20 min"
    assert session_title(session("dead-bug")) == "Strength: light, 20 min"
    assert session_title(session("goblet-squat", "box-jump")) == (
        "Strength: light legs and jumps, 20 min"
    )
