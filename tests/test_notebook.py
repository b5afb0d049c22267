"""The values read well in a notebook: short reprs, printable plans, records, charts.

The example notebook (``docs/notebook.ipynb``) is run from top to bottom in a real
kernel; its outputs must hold the season chart as an image and the plan as an HTML
table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import runstrength as rs
from runstrength.formats import to_text

ROOT = Path(__file__).resolve().parent.parent
MARATHON = rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
WEEK = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
PLAN = rs.plan_season(
    rs.Athlete(level="intermediate", one_rm={"front-squat": 90}),
    WEEK,
    [MARATHON],
    start=dt.date(2026, 12, 7),
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (
            rs.Athlete(level="intermediate", one_rm={"front-squat": 90}),
            "Athlete(level='intermediate', one_rm={'front-squat': 90.0})",
        ),
        (
            rs.Athlete(level="beginner", equipment="home", unit="lb"),
            "Athlete(level='beginner', equipment='home', unit='lb')",
        ),
        (WEEK, "RunningWeek.parse('tue intervals, thu tempo, sun long')"),
        (
            MARATHON,
            "Race(date=datetime.date(2027, 4, 18), name='Spring marathon', distance_km=42.2)",
        ),
        (rs.Catalogue.default()["back-squat"], "Catalogue.default()['back-squat']"),
        (
            rs.Prescription(sets=3, reps=5, rir=2, load=80.0),
            "Prescription(sets=3, reps=5, rir=2, load=80.0)",
        ),
    ],
    ids=lambda v: type(v).__name__ if not isinstance(v, str) else "",
)
def test_reprs_are_short_and_read_like_the_call(value: object, text: str) -> None:
    import datetime  # noqa: F401 - for eval

    from runstrength import Athlete, Catalogue, Prescription, Race, RunningWeek  # noqa: F401

    assert repr(value) == text
    assert eval(text) == value  # evaluable where the value has a short constructor


def test_a_custom_exercise_shows_what_differs() -> None:
    import attrs

    mine = attrs.evolve(rs.Catalogue.default()["back-squat"], name="My squat")
    assert repr(mine).startswith("Exercise(key='back-squat', name='My squat', category=")
    assert "<" not in repr(mine)


def test_plans_print_as_text_and_repr_in_a_line() -> None:
    assert str(PLAN) == to_text(PLAN)
    assert repr(PLAN) == "<Plan 2026-12-07 to 2027-05-02: intermediate, 21 weeks, 36 sessions>"
    week = PLAN.weeks[0]
    assert repr(week) == "<PlanWeek 2026-12-07: base week 1, 2 sessions>"
    assert str(week).startswith("Week of 2026-12-07: base week 1\n=")
    session = week.sessions[0]
    assert repr(session) == (
        "<PlannedSession Tue 2026-12-08: heavy, Intermediate A (strength), 5 exercises>"
    )
    assert str(session).startswith("Tue 2026-12-08: Intermediate A (strength)")


def test_totals_are_records_for_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(PLAN.totals())
    assert list(frame.columns) == ["start", "sessions", "working_sets", "contacts", "minutes"]
    assert len(frame) == len(PLAN.weeks)
    assert dataclasses.asdict(PLAN.totals()[0])["sessions"] == 2


def test_the_chart_shows_itself_in_a_notebook(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    from runstrength import plotting

    before = set(plt.get_fignums())
    ax = plotting.plot_season(PLAN)  # not a notebook: a figure nothing keeps open
    assert set(plt.get_fignums()) == before
    monkeypatch.setattr(plotting, "_notebook_backend", lambda: True)
    ax = plotting.plot_season(PLAN)
    assert ax.figure.number in plt.get_fignums()  # made through pyplot: Jupyter shows it
    plt.close(ax.figure)


def test_the_notebook_backend_is_read_from_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    from runstrength import plotting

    monkeypatch.setitem(matplotlib.rcParams, "backend", "agg")
    assert not plotting._notebook_backend()
    monkeypatch.setitem(
        matplotlib.rcParams, "backend", "module://matplotlib_inline.backend_inline"
    )
    assert plotting._notebook_backend()


def test_the_example_notebook_runs_and_shows_the_chart_and_the_plan() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(ROOT / "docs" / "notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": ROOT}}
    )
    client.execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    data = [out.get("data", {}) for out in outputs]
    assert any("image/png" in d for d in data), "the season chart shows as an image"
    tables = [d["text/html"] for d in data if "<table" in d.get("text/html", "")]
    assert any("Week of" in t and "Sessions" in t for t in tables), "the plan as a table"
