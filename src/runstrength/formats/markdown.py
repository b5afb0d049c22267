"""Markdown renderings of runstrength values."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from runstrength import _render
from runstrength import _validate as v
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.load import (
    NSCA_PERCENT_TABLE,
    RTS_PERCENT_CHART,
    OneRmFormula,
    percent_one_rm,
)
from runstrength.taxonomy import Exercise

__all__ = [
    "catalogue_table",
    "equipment_text",
    "percent_comparison_table",
    "to_html",
    "to_markdown",
    "to_text",
]

_DOSED_IN = {
    "loaded-reps": "reps with a load",
    "bodyweight-reps": "reps",
    "time": "seconds",
    "distance": "metres",
    "contacts": "foot contacts",
}


def _cell(text: str) -> str:
    # Escaped like every other Markdown text, so a name can never break the table.
    return _render.md(text)


def equipment_text(exercise: Exercise) -> str:
    """The equipment setups of an exercise in words, ``"none"`` when one needs nothing.

    Examples:
        >>> import runstrength as rs
        >>> equipment_text(rs.Catalogue.default()["goblet-squat"])
        'dumbbells or kettlebell'
        >>> equipment_text(rs.Catalogue.default()["push-up"])
        'none'
        >>> equipment_text(rs.Catalogue.default()["plank"])
        'none (or mat)'
    """
    v.check_instance("exercise", exercise, Exercise)
    return _render.equipment_text(exercise)


def catalogue_table(exercises: Iterable[Exercise]) -> str:
    """A Markdown table of exercises, one row each, in the order given.

    Args:
        exercises: A [`Catalogue`][runstrength.taxonomy.Catalogue] or any iterable of exercises.

    Examples:
        >>> import runstrength as rs
        >>> table = catalogue_table(rs.Catalogue.default().filter(category="core"))
        >>> "| Plank | `plank` | core | anti-extension | seconds | none (or mat) |" in table
        True
    """
    rows = [
        "| Exercise | Key | Category | Pattern | Dosed in "
        "| Equipment (any one) | Level | Sources |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for ex in v.check_items("exercises", exercises, Exercise):
        dosed = _DOSED_IN[ex.dosing.value] + (" per side" if ex.per_side else "")
        if ex.plyo_intensity is not None:
            dosed += f" ({ex.plyo_intensity.value} intensity)"
        cells = [
            ex.name,
            f"`{ex.key}`",  # a slug: safe inside a code span
            ex.category.value,
            ex.pattern.value,
            dosed,
            equipment_text(ex),
            ex.min_level.value,
            ", ".join(ex.sources) or "ladder rung",
        ]
        key = cells.pop(1)
        escaped = [_cell(c) for c in cells]
        escaped.insert(1, key)
        rows.append("| " + " | ".join(escaped) + " |")
    return "\n".join(rows)


def percent_comparison_table(
    formula: OneRmFormula | str = OneRmFormula.RTS_NSCA, *, max_reps: int = 12, max_rir: int = 4
) -> str:
    """A Markdown table of the %1RM model beside the RTS chart and the NSCA table.

    Each cell shows the model's %1RM for that many reps with that many reps in
    reserve, and in brackets the RTS chart's value; the NSCA column is for sets
    taken to failure. The last line gives the largest difference.

    Raises:
        ValidationError: ``max_reps`` is outside 1-12 (the NSCA table's rows), or
            ``max_reps + max_rir`` is past 16 (the RTS chart's last column).

    Examples:
        >>> lines = percent_comparison_table(max_reps=2, max_rir=1).splitlines()
        >>> lines[2]
        '| 1 | 100.0 (100.0) | 100.0 | 95.2 (95.5) |'
        >>> lines[-1]
        'Largest difference: 0.4 %1RM points from the RTS chart, 0.2 from the NSCA table.'
    """
    chosen = OneRmFormula(formula)
    v.check_whole("max_reps", max_reps, low=1, high=max(NSCA_PERCENT_TABLE))
    chart_reps = max(RTS_PERCENT_CHART)
    v.check_whole("max_rir", max_rir, low=0, high=chart_reps - max_reps)
    header = "| Reps | RIR 0 (RTS) | NSCA | " + " | ".join(
        f"RIR {k} (RTS)" for k in range(1, max_rir + 1)
    )
    rows = [header + " |", "|" + "---|" * (max_rir + 3)]
    worst_rts = worst_nsca = 0.0
    for reps in range(1, max_reps + 1):
        cells = [str(reps)]
        for rir in range(max_rir + 1):
            model = float(percent_one_rm(reps, rir=rir, formula=chosen))
            chart = RTS_PERCENT_CHART[reps + rir]
            worst_rts = max(worst_rts, abs(model - chart))
            cells.append(f"{model:.1f} ({chart:.1f})")
            if rir == 0:
                nsca = NSCA_PERCENT_TABLE[reps]
                worst_nsca = max(worst_nsca, abs(model - nsca))
                cells.append(f"{nsca:.1f}")
        rows.append("| " + " | ".join(cells) + " |")
    rows.append("")
    rows.append(
        f"Largest difference: {worst_rts:.1f} %1RM points from the RTS chart, "
        f"{worst_nsca:.1f} from the NSCA table."
    )
    return "\n".join(rows)


def _blocks(value: Any) -> list[_render.Block]:
    from runstrength.plan import Plan, PlannedSession, PlanWeek

    if isinstance(value, Plan):
        return _render.plan_blocks(value)
    if isinstance(value, PlanWeek):
        return _render.week_blocks(value, 2)
    if isinstance(value, PlannedSession):
        return _render.session_blocks(value, 2)
    raise ArgumentTypeError(
        "plan", value, "must be a Plan, PlanWeek or PlannedSession", "pass plan_season's result"
    )


def to_markdown(plan: Any) -> str:
    """A printable Markdown page: phases, weeks, sessions, exercises with their doses and notes.

    Every piece of text is escaped, so names and notes never break the page.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> print(to_markdown(plan).splitlines()[0])
        # Strength plan: 2026-12-07 to 2026-12-13
    """
    return _render.markdown(_blocks(plan))


def to_html(plan: Any, *, paper: str | None = None) -> str:
    """A standalone HTML page of the plan, made for printing (or saving as PDF).

    For a [`Plan`][runstrength.plan.Plan] the page opens with a one-page season
    overview (races, a chart of the working sets a week, the phases with their
    sessions a week, and every week in a line), then the weeks, compact enough
    for about two to a printed page: a session never splits across pages, a
    heading is never left at the bottom of one, loads stay on one line, and a note
    is said once (the "no 1RM known" note is a mark explained on the first page;
    other exercise notes are footnotes; a reason is given the first time it
    applies). A week or a session gets a plain page. All text is escaped.

    Args:
        plan: A plan, a week of one or a session.
        paper: ``"A4"`` or ``"letter"`` (any case) to ask the browser for that paper
            (CSS ``@page { size }``); None leaves it to the printer settings.

    Raises:
        ValidationError: ``paper`` is not a known paper size.
        ArgumentTypeError: ``plan`` is not a Plan, PlanWeek or PlannedSession.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> page = to_html(plan, paper="A4")
        >>> page.startswith("<!DOCTYPE html>"), "<td>Goblet squat</td>" in page
        (True, True)
        >>> "@page { size: A4; }" in page, '<svg class="chart"' in page
        (True, True)
    """
    from runstrength import _print
    from runstrength.plan import Plan

    key = None
    if paper is not None:
        key = paper.lower() if isinstance(paper, str) else None
        if key not in _print.PAPERS:
            raise ValidationError("paper", paper, "must be 'A4', 'letter' or None", "e.g. 'A4'")
    if isinstance(plan, Plan):
        return _print.page(plan, key)
    blocks = _blocks(plan)
    title = blocks[0].text if isinstance(blocks[0], _render.Heading) else "Strength plan"
    return _render.html_page(blocks, title)


def to_text(plan: Any, *, width: int = 80) -> str:
    """The plan as plain text wrapped to ``width`` columns (the command line's output).

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> text = to_text(plan)
        >>> max(len(line) for line in text.splitlines()) <= 80
        True
    """
    if isinstance(width, bool) or not isinstance(width, int) or width < 40:
        raise ValidationError("width", width, "must be a whole number >= 40", "e.g. 80")
    return _render.text(_blocks(plan), width)
