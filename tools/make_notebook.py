"""Write docs/notebook.ipynb, the example notebook the tests run (outputs left empty).

Run it after changing the cells below: ``.venv/bin/python tools/make_notebook.py``.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

CELLS = [
    (
        "markdown",
        "# A season of strength in a notebook\n\n"
        "Plans, weeks and sessions show themselves as tables, the season chart shows "
        "below its cell, and the weekly totals and the exercises become DataFrames.",
    ),
    (
        "code",
        "import datetime as dt\n\n"
        "import pandas as pd\n\n"
        "import runstrength as rs\n"
        "from runstrength.formats.frame import to_dataframe\n"
        "from runstrength.plotting import plot_season\n\n"
        'week = rs.RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, '
        'fri easy, sat rest, sun long")\n'
        "races = [\n"
        '    rs.Race(dt.date(2027, 3, 14), name="Half", distance_km=21.1, priority="B"),\n'
        '    rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2),\n'
        "]\n"
        'athlete = rs.Athlete(level="intermediate", one_rm={"front-squat": 90, '
        '"romanian-deadlift": 110, "hip-thrust": 130})\n'
        "athlete",
    ),
    ("code", "week"),
    ("markdown", "The plan shows one row per week:"),
    ("code", "plan = rs.plan_season(athlete, week, races, start=dt.date(2026, 12, 7))\nplan"),
    ("markdown", "A session, with its exercises and the reasons behind it:"),
    ("code", "plan.weeks[0].sessions[0]"),
    ("code", "print(plan.why(dt.date(2026, 12, 8)))"),
    ("markdown", "The season chart: working sets a week, mean %1RM, phases and races."),
    ("code", "ax = plot_season(plan)"),
    ("markdown", "Weekly totals, one column per field:"),
    ("code", "pd.DataFrame(plan.totals()).head()"),
    ("markdown", "Every prescribed exercise, one row each (dates are `datetime64`):"),
    (
        "code",
        'frame = to_dataframe(plan)\nframe.groupby("phase", sort=False)["sets"].sum()',
    ),
]

PATH = Path(__file__).resolve().parent.parent / "docs" / "notebook.ipynb"


def main() -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for kind, source in CELLS:
        make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
        notebook.cells.append(make(source))
    for number, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{number}"  # stable ids: the file changes only when the cells do
    nbformat.write(notebook, PATH)


if __name__ == "__main__":
    main()
