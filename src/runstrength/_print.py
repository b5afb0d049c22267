"""The plan as a page made for paper: a one-page season overview, then the weeks.

The overview holds the phases, the races, the sessions of every week and a small
chart (an inline SVG drawn here, no plotting library). The weeks follow, compact
enough for about two to a page: each session is one block that never splits
across pages, a week's heading is kept with its first session, loads never wrap,
and a note is said once (the no-1RM note is a mark explained in the overview; other
exercise notes are footnotes under their table; a reason already given earlier in
the plan is not repeated). Pure: text in, text out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from runstrength import _render, _words
from runstrength._prescribing import NO_ONE_RM_NOTE
from runstrength.sources import SOURCES

if TYPE_CHECKING:  # pragma: no cover
    from runstrength.plan import Plan, PlannedSession, PlanWeek

PAPERS = {"a4": "A4", "letter": "letter"}
"""Paper sizes the page can ask for (CSS ``@page`` size names)."""

NO_ONE_RM_MARK = "\u2020"  # dagger
_FOOTNOTE_MARKS = "abcdefghijklmnopqrstuvwxyz"

PHASE_GOALS = {
    "base": "build strength and capacity: heavy compound lifts, loads rising",
    "build": "turn strength into power: less heavy volume, short jumps",
    "race-season": "keep strength, spare the legs: moderate loads, few sets",
    "taper": "arrive fresh: light maintenance, nothing new",
    "transition": "recover from the race, then rebuild",
}
"""What each phase is for, in a line (Proven Gains; SportCoaching)."""

_BAR_COLOURS = {
    "base": "#4a7fb0",
    "build": "#d08a2e",
    "race-season": "#c04848",
    "taper": "#8a63b0",
    "transition": "#4f9a48",
}

_CSS = """
@page { margin: 12mm 12mm 14mm; }
* { box-sizing: border-box; }
body { font: 9pt/1.3 system-ui, "Segoe UI", Helvetica, Arial, sans-serif; color: #111;
  max-width: 48rem; margin: 0 auto; }
h1 { font-size: 15pt; margin: 0 0 4pt; }
h2 { font-size: 12pt; margin: 10pt 0 2pt; border-bottom: 1.5pt solid #333; }
h3 { font-size: 10.5pt; margin: 8pt 0 1pt; }
h4 { font-size: 9.5pt; margin: 5pt 0 1pt; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 1pt 0; }
table { border-collapse: collapse; width: 100%; margin: 1pt 0; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 0.5pt 4pt; text-align: left;
  vertical-align: top; }
th { font-weight: 600; border-bottom: 1pt solid #555; }
td.dose, td.load, td.num { white-space: nowrap; }
.session table, .keep table { table-layout: fixed; }
.session th:nth-child(1), .keep th:nth-child(1) { width: 52%; }
.session th:nth-child(2), .keep th:nth-child(2) { width: 24%; }
td.num, th.num { text-align: right; }
.note, .notes { color: #444; font-size: 8pt; }
ul.note, ol.notes { margin: 1pt 0 0; padding-left: 12pt; }
ol.notes { list-style: none; padding-left: 0; }
.session, .keep, .overview section { break-inside: avoid; page-break-inside: avoid; }
.overview { break-after: page; page-break-after: always; }
.overview table { font-size: 8pt; }
.overview th, .overview td { padding: 0 4pt; }
.chart { width: 100%; height: auto; margin: 3pt 0; }
.key { font-size: 8pt; color: #333; }
@media screen { body { margin: 1rem auto; } .overview { border-bottom: 2px dashed #999;
  padding-bottom: 1rem; } }
""".strip()


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _table(
    header: Sequence[str], rows: Iterable[Sequence[str]], classes: Sequence[str] = ()
) -> str:
    css = [f' class="{c}"' if c else "" for c in classes] or [""] * len(header)
    head = "".join(f"<th{c}>{_h(h)}</th>" for h, c in zip(header, css, strict=True))
    body = "".join(
        "<tr>" + "".join(f"<td{c}>{cell}</td>" for cell, c in zip(row, css, strict=True)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# --- the overview --------------------------------------------------------------------------


def _phase_rows(plan: Plan) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    runs: list[list[PlanWeek]] = []
    for week in plan.weeks:
        if runs and runs[-1][-1].phase is week.phase:
            runs[-1].append(week)
        else:
            runs.append([week])
    for run in runs:
        phase = run[0].phase.value
        counts = sorted({len(w.sessions) for w in run})
        per_week = (
            str(counts[0]) if len(counts) == 1 else f"{counts[0]}-{counts[-1]}"
        ) + " a week"
        first, last = run[0].start, run[-1].week.end
        span = f"{_words.day_month(first)} - {_words.day_month(last, year=True)}"
        rows.append(
            (
                _h(phase.replace("-", " ").capitalize()),
                _h(f"{span} ({_words.count(len(run), 'week')})"),
                _h(per_week),
                _h(PHASE_GOALS.get(phase, "")),
            )
        )
    return rows


def chart_svg(plan: Plan) -> str:
    """Working sets a week as bars in the phase's colour, races as red lines."""
    width, height, left, bottom, top = 680, 160, 30, 18, 30
    weeks = plan.weeks
    step = (width - left) / len(weeks)
    most = max([w.totals.working_sets for w in weeks] + [1])
    scale = (height - bottom - top) / most
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
        'role="img" aria-label="Working sets a week through the season, phases coloured, '
        'races marked" font-family="sans-serif" font-size="9">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" '
        'stroke="#555" stroke-width="0.8"/>',
        f'<text x="{left - 4}" y="{height - bottom}" text-anchor="end">0</text>',
        f'<text x="{left - 4}" y="{height - bottom - most * scale + 3:.1f}" '
        f'text-anchor="end">{most}</text>',
        '<text x="2" y="10" font-size="8" fill="#333">working sets a week</text>',
    ]
    for i, week in enumerate(weeks):
        sets = week.totals.working_sets
        x = left + i * step + step * 0.15
        y = height - bottom - sets * scale
        colour = _BAR_COLOURS.get(week.phase.value, "#777")
        out.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{sets * scale:.1f}" '
            f'fill="{colour}"><title>{_h(week.start.isoformat())}: {sets} sets</title></rect>'
        )
        if i % 4 == 0:
            out.append(f'<text x="{x:.1f}" y="{height - 5}" fill="#333">{week.start:%d %b}</text>')
    first = weeks[0].start
    for race in plan.races:
        x = left + (race.date - first).days / 7 * step
        if left <= x <= width:
            out.append(
                f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - bottom}" '
                'stroke="#b2182b" stroke-width="1.2"/>'
                f'<text x="{x - 3:.1f}" y="{top - 6}" text-anchor="end" fill="#b2182b">'
                f"{_h(race.name)}</text>"
            )
    x = width - 5
    for phase, colour in reversed(list(_BAR_COLOURS.items())):
        if any(w.phase.value == phase for w in weeks):
            label = phase.replace("-", " ")
            out.append(f'<text x="{x}" y="10" text-anchor="end" fill="{colour}">{label}</text>')
            x -= 7 * len(label) + 10
    out.append("</svg>")
    return "".join(out)


def overview(plan: Plan) -> str:
    """The first page: who, races, phases, the chart and every week in a line."""
    athlete = plan.athlete
    start, end = _words.day_month(plan.start, year=True), _words.day_month(plan.end, year=True)
    parts = [
        f"<h1>{_h(f'Strength plan: {start} to {end}')}</h1>",
        "<p>"
        + _h(
            f"{_words.article(athlete.level.value).capitalize()} {athlete.level.value} runner; "
            f"loads in {athlete.unit.value}. "
            f"{_words.count(len(plan.sessions()), 'session')} over "
            f"{_words.count(len(plan.weeks), 'week')}."
        )
        + "</p>",
    ]
    if plan.races:
        races = "; ".join(
            f"{_words.short_day(r.date)} {_words.day_month(r.date, year=True)}: {r.name}, "
            f"{r.distance_km:g} km ({r.priority.value} race)"
            for r in plan.races
        )
        parts.append(f"<p><strong>Races:</strong> {_h(races)}</p>")
    parts.append("<section>" + chart_svg(plan) + "</section>")
    parts.append(
        "<section><h2>Phases</h2>"
        + _table(("Phase", "Weeks", "Sessions", "What it is for"), _phase_rows(plan))
        + "</section>"
    )
    weeks = [
        (
            _h(_words.day_month(w.start)),
            _h(w.phase.value.replace("-", " ") + (", deload" if w.week.deload else "")),
            _h(
                ", ".join(f"{_words.short_day(s.date)} {s.kind.value}" for s in w.sessions)
                or "none"
            ),
            str(w.totals.working_sets),
            str(w.totals.contacts),
            f"{w.totals.minutes:.0f}",
        )
        for w in plan.weeks
    ]
    parts.append(
        "<section><h2>Week by week</h2>"
        + _table(
            ("Week of", "Phase", "Sessions", "Sets", "Contacts", "Minutes"),
            weeks,
            ("", "", "", "num", "num", "num"),
        )
        + "</section>"
    )
    parts.append(
        '<p class="key">How to read the weeks: sets x reps (or seconds, metres, foot '
        "contacts); the load, then RIR, the reps to keep in reserve on each set. "
        f"{NO_ONE_RM_MARK} {NO_ONE_RM_NOTE}: pick a load you could lift as many more "
        "times as the RIR says. A reason is given the first time it applies.</p>"
    )
    return '<div class="overview">' + "".join(parts) + "</div>"


# --- the weeks -----------------------------------------------------------------------------


def _session(session: PlannedSession, said: set[str]) -> str:
    marks: dict[str, str] = {}
    rows = []
    for item in session.exercises:
        load = _render.load_text(item)
        name = _h(item.exercise.name)
        refs = []
        for note in item.notes:
            if note.startswith(NO_ONE_RM_NOTE):
                load += f" {NO_ONE_RM_MARK}"
                continue
            mark = marks.setdefault(note, _FOOTNOTE_MARKS[len(marks) % len(_FOOTNOTE_MARKS)])
            refs.append(mark)
        if refs:
            name += "<sup>" + ",".join(refs) + "</sup>"
        rows.append((name, _h(_render.dose_text(item)), _h(load)))
    parts = [f"<h4>{_h(_render.session_title(session))}</h4>"]
    if rows:
        parts.append(_table(("Exercise", "Sets x dose", "Load"), rows, ("", "dose", "load")))
    notes = [f"<li><sup>{m}</sup> {cite(note)}</li>" for note, m in marks.items()]
    for reason in session.reasons:
        if reason not in said:
            said.add(reason)
            notes.append(f"<li>{cite(reason)}</li>")
    if notes:
        parts.append('<ol class="notes">' + "".join(notes) + "</ol>")
    return "".join(parts)


def weeks(plan: Plan) -> str:
    """Every week: a heading kept with its first session, each session one block."""
    out: list[str] = []
    said: set[str] = set()
    phase = None
    for week in plan.weeks:
        head = []
        if week.phase is not phase:
            phase = week.phase
            head.append(f"<h2>{_h(_render.phase_name(phase.value))}</h2>")
        head.append(f"<h3>{_h(_render.week_title(week))}</h3>")
        head.append(f'<p class="note">{_h(_render.week_totals_text(week))}</p>')
        fresh = [note for note in week.notes if note not in said]
        said.update(fresh)
        if fresh:
            head.append(
                '<ul class="note">' + "".join(f"<li>{cite(n)}</li>" for n in fresh) + "</ul>"
            )
        sessions = [_session(s, said) for s in week.sessions]
        first = sessions[0] if sessions else ""
        out.append('<div class="keep">' + "".join(head) + first + "</div>")
        out.extend(f'<div class="session">{s}</div>' for s in sessions[1:])
    return "".join(out)


def _anchor(key: str) -> str:
    return "source-" + "".join(c if c.isalnum() else "-" for c in key.lower())


_CITED = re.compile("|".join(re.escape(html.escape(k, quote=True)) for k in SOURCES))


def cite(text: str) -> str:
    """Escaped text whose source names link to their entry in the page's Sources list."""
    return _CITED.sub(
        lambda m: f'<a href="#{_anchor(html.unescape(m.group(0)))}">{m.group(0)}</a>', _h(text)
    )


def sources(body: str) -> str:
    """The Sources list of the references the page cites (each one a link target)."""
    used = [key for key in SOURCES if f'href="#{_anchor(key)}"' in body]
    if not used:
        return ""
    items = "".join(
        f'<li id="{_anchor(k)}"><strong>{_h(k)}</strong>: {_h(SOURCES[k].title)}. '
        f"{_h(SOURCES[k].author)}, {_h(SOURCES[k].publisher)}, "
        f"{_h(SOURCES[k].year.rstrip('.'))}.</li>"
        for k in used
    )
    return f'<div class="sources"><h2>Sources</h2><ul class="note">{items}</ul></div>'


def page(plan: Plan, paper: str | None) -> str:
    """The whole printable page; ``paper`` is a key of `PAPERS` or None (the printer's)."""
    size = f"\n@page {{ size: {PAPERS[paper]}; }}" if paper else ""
    title = f"Strength plan: {plan.start.isoformat()} to {plan.end.isoformat()}"
    body = overview(plan) + "\n" + weeks(plan)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_h(title)}</title>\n<style>\n{_CSS}{size}\n</style>\n</head>\n<body>\n"
        + body
        + "\n"
        + sources(body)
        + "\n</body>\n</html>\n"
    )
