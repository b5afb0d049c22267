"""Pure renderings of plans and their parts as Markdown, HTML and plain text.

Each value is first laid out as a few blocks (headings, paragraphs, bullet lists,
tables); one writer per format turns blocks into text, escaping every piece of
text the same way. The notebook reprs (``_repr_markdown_``/``_repr_html_``) and
`runstrength.formats` use these functions; nothing here does I/O.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from runstrength import _words

if TYPE_CHECKING:  # pragma: no cover
    from runstrength.periodisation import Season
    from runstrength.plan import Plan, PlannedExercise, PlannedSession, PlanWeek
    from runstrength.scheduling import WeekSchedule
    from runstrength.taxonomy import Exercise


@attrs.frozen
class Heading:
    level: int
    text: str


@attrs.frozen
class Para:
    text: str
    note: bool = False


@attrs.frozen
class Bullets:
    items: tuple[str, ...]
    note: bool = False


@attrs.frozen
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Para | Bullets | Table


# --- layouts ------------------------------------------------------------------------------


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def load_text(item: PlannedExercise) -> str:
    p = item.prescription
    effort = f"RIR {p.rir:g}" if p.rir is not None else ""
    if p.load is not None and p.load > 0:
        return f"{p.load:g} {p.unit.value}" + (f", {effort}" if effort else "")
    return effort


def dose_text(item: PlannedExercise) -> str:
    text = str(item.prescription)
    return text.split(" @ ", maxsplit=1)[0].split(" (RIR", maxsplit=1)[0]


Rows = dict[int, tuple[str, str, str]]
"""Table rows made so far, by the id of their planned exercise (while one plan renders)."""


def exercise_row(item: PlannedExercise) -> tuple[str, str, str]:
    return (item.exercise.name, dose_text(item), load_text(item))


def exercise_table(items: Sequence[PlannedExercise], made: Rows | None = None) -> Table:
    if made is None:
        return Table(("Exercise", "Sets x dose", "Load"), tuple(map(exercise_row, items)))
    rows = []
    for item in items:
        # Sessions of a plan share their planned exercises: each row is made once.
        row = made.get(id(item))
        if row is None:
            row = made[id(item)] = exercise_row(item)
        rows.append(row)
    return Table(("Exercise", "Sets x dose", "Load"), tuple(rows))


def exercise_notes(items: Sequence[PlannedExercise]) -> tuple[str, ...]:
    """Each note once, naming every exercise it is about ("A and B: no 1RM known ...")."""
    named: dict[str, list[str]] = {}
    for item in items:
        for note in item.notes:
            named.setdefault(note, []).append(item.exercise.name)
    return tuple(f"{_words.join(names)}: {note}" for note, names in named.items())


def where_text(session: PlannedSession) -> str:
    """``"after the intervals"`` or ``"on a rest day"``."""
    if session.after_run:
        return f"after the {_words.runs(session.running)}"
    return "on a rest day"


def session_title(session: PlannedSession) -> str:
    return (
        f"{_words.dated(session.date)}: {session.title}, {session.kind.value} session "
        f"{where_text(session)}, about {session.minutes:.0f} min"
    )


def session_blocks(
    session: PlannedSession, level: int = 4, made: Rows | None = None
) -> list[Block]:
    blocks: list[Block] = [Heading(level, session_title(session))]
    if session.exercises:
        blocks.append(exercise_table(session.exercises, made))
    notes = (*session.reasons, *exercise_notes(session.exercises))
    if notes:
        blocks.append(Bullets(notes, note=True))
    return blocks


def week_title(week: PlanWeek) -> str:
    deload = ", deload" if week.week.deload else ""
    return (
        f"Week of {week.start.isoformat()}: {week.phase.value} "
        f"week {week.week.week_of_phase}{deload}"
    )


def week_totals_text(week: PlanWeek) -> str:
    t = week.totals
    return (
        f"{_count(t.sessions, 'session')}, {_count(t.working_sets, 'working set')}, "
        f"{_count(t.contacts, 'foot contact')}, about {t.minutes:.0f} minutes."
    )


def week_blocks(week: PlanWeek, level: int = 3, made: Rows | None = None) -> list[Block]:
    blocks: list[Block] = [Heading(level, week_title(week)), Para(week_totals_text(week))]
    if week.notes:
        blocks.append(Bullets(tuple(week.notes), note=True))
    for session in week.sessions:
        blocks.extend(session_blocks(session, level + 1, made))
    return blocks


def phase_name(value: str) -> str:
    return value.replace("-", " ").capitalize()


def plan_blocks(plan: Plan) -> list[Block]:
    athlete = plan.athlete
    blocks: list[Block] = [
        Heading(1, f"Strength plan: {plan.start.isoformat()} to {plan.end.isoformat()}"),
        Para(
            f"{_words.article(athlete.level.value).capitalize()} {athlete.level.value} "
            f"runner; loads in {athlete.unit.value}. "
            f"{_count(len(plan.sessions()), 'session')} over {_count(len(plan.weeks), 'week')}."
        ),
    ]
    if plan.races:
        blocks.append(
            Bullets(
                tuple(
                    f"{r.date.isoformat()}: {r.name}, {r.distance_km:g} km "
                    f"({r.priority.value} race)"
                    for r in plan.races
                )
            )
        )
    phase = None
    made: Rows = {}  # the plan holds every planned exercise while this runs
    for week in plan.weeks:
        if week.phase is not phase:
            phase = week.phase
            blocks.append(Heading(2, phase_name(phase.value)))
        blocks.extend(week_blocks(week, 3, made))
    return blocks


def overview_blocks(plan: Plan) -> list[Block]:
    rows = tuple(
        (
            week.start.isoformat(),
            week.phase.value + (" (deload)" if week.week.deload else ""),
            ", ".join(f"{_words.short_day(s.date)} {s.kind.value}" for s in week.sessions)
            or "none",
            str(week.totals.working_sets),
            str(week.totals.contacts),
            f"{week.totals.minutes:.0f}",
        )
        for week in plan.weeks
    )
    return [
        Heading(3, f"Strength plan: {plan.start.isoformat()} to {plan.end.isoformat()}"),
        Table(("Week of", "Phase", "Sessions", "Sets", "Contacts", "Minutes"), rows),
    ]


def schedule_blocks(schedule: WeekSchedule) -> list[Block]:
    lines = schedule.explain().splitlines()
    return [Heading(3, lines[0]), Bullets(tuple(lines[1:]))]


def season_blocks(season: Season) -> list[Block]:
    rows = tuple(
        (
            str(number),
            week.start.isoformat(),
            week.phase.value,
            str(week.week_of_phase),
            "yes" if week.deload else "",
            ", ".join(f"{r.name} ({r.priority.value})" for r in week.races),
        )
        for number, week in enumerate(season.weeks, 1)
    )
    return [Table(("Week", "Monday", "Phase", "Week of phase", "Deload", "Races"), rows)]


def equipment_text(exercise: Exercise) -> str:
    setups = [" + ".join(sorted(item.value for item in option)) for option in exercise.equipment]
    if all(exercise.equipment):
        return " or ".join(setups)
    optional = [setup for setup in setups if setup]
    return "none" + (f" (or {' or '.join(optional)})" if optional else "")


def exercise_blocks(exercise: Exercise) -> list[Block]:
    facts = (
        f"{exercise.category.value}, {exercise.pattern.value}; "
        f"dosed in {exercise.dosing.value}; equipment: {equipment_text(exercise)}; "
        f"level: {exercise.min_level.value} and up"
    )
    blocks: list[Block] = [Heading(3, f"{exercise.name} ({exercise.key})"), Para(facts)]
    if exercise.cues:
        blocks.append(Bullets(exercise.cues))
    if exercise.sources:
        blocks.append(Para("Sources: " + "; ".join(exercise.sources), note=True))
    return blocks


# --- writers ------------------------------------------------------------------------------

_MD_SPECIAL = str.maketrans(
    {
        **{c: "\\" + c for c in "\\`*_[]|#!~"},
        # Entities, which every Markdown renderer reads, for the HTML-significant three.
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        # Every kind of line break becomes a space: a cell or heading stays one line.
        **dict.fromkeys("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "),
    }
)


def md(text: str) -> str:
    """Text escaped for Markdown: punctuation backslashed, line breaks made spaces."""
    return text.translate(_MD_SPECIAL)


def markdown(blocks: Iterable[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append("#" * block.level + " " + md(block.text))
        elif isinstance(block, Para):
            out.append(f"*{md(block.text)}*" if block.note else md(block.text))
        elif isinstance(block, Bullets):
            out.append("\n".join(f"- {md(item)}" for item in block.items))
        else:
            rows = [block.header, *block.rows]
            lines = ["| " + " | ".join(md(c) for c in row) + " |" for row in rows]
            lines.insert(1, "|" + "---|" * len(block.header))
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def html_fragment(blocks: Iterable[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append(f"<h{block.level}>{_h(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            css = ' class="note"' if block.note else ""
            out.append(f"<p{css}>{_h(block.text)}</p>")
        elif isinstance(block, Bullets):
            css = ' class="note"' if block.note else ""
            items = "".join(f"<li>{_h(item)}</li>" for item in block.items)
            out.append(f"<ul{css}>{items}</ul>")
        else:
            head = "".join(f"<th>{_h(c)}</th>" for c in block.header)
            body = "".join(
                "<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in block.rows
            )
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "\n".join(out)


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #bbb; padding: 0.2rem 0.5rem; text-align: left; }
.note { color: #555; font-size: 0.9em; }
h2 { page-break-before: auto; border-bottom: 2px solid #333; }
h3 { page-break-after: avoid; }
@media print { h3 { page-break-before: auto; } table { page-break-inside: avoid; } }
""".strip()


def html_page(blocks: Sequence[Block], title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_h(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
        + html_fragment(blocks)
        + "\n</body>\n</html>\n"
    )


def _char_columns(char: str) -> int:
    """Terminal columns of one character: wide East Asian two, combining marks none."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _columns(text: str) -> int:
    """Terminal columns: wide East Asian characters take two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(_char_columns(c) for c in text)


def _fits(text: str, start: int, room: int) -> int:
    """How many characters of ``text`` from ``start`` fit in ``room`` columns."""
    used = 0
    for end in range(start, len(text)):
        used += _char_columns(text[end])
        if used > room:
            return end - start
    return len(text) - start


def _fill(text: str, width: int, first: str = "", rest: str = "") -> str:
    """Wrap ``text`` on spaces to ``width`` terminal columns (long words are cut).

    Linear in the text: each word's columns are counted once and the current line
    keeps a running count.
    """
    words = text.split()
    plain = text.isascii()  # one column a character
    if plain and first.isascii():
        joined = " ".join(words)
        if len(first) + len(joined) <= width:  # most lines: one line, nothing to wrap
            return first + joined
    lines: list[str] = []
    rest_columns = _columns(rest)
    line, used = [first], _columns(first)
    bare = True  # nothing but the indent on the current line yet
    for word in words:
        size = len(word) if plain else _columns(word)
        gap = 0 if bare else 1
        if used + gap + size <= width:
            line += [" ", word] if gap else [word]
            used, bare = used + gap + size, False
            continue
        if not bare:
            lines.append("".join(line))
            line, used, bare = [rest], rest_columns, True
        start = 0
        while used + size > width:  # a word wider than a line: cut it
            cut = max(_fits(word, start, width - used), 1)
            lines.append("".join(line) + word[start : start + cut])
            size -= _columns(word[start : start + cut])
            line, used, start = [rest], rest_columns, start + cut
        line.append(word[start:])
        used, bare = used + size, False
    lines.append("".join(line))
    return "\n".join(lines)


def text(blocks: Iterable[Block], width: int = 80) -> str:
    # A plan repeats its notes and exercise rows week after week: each is wrapped once.
    bullets: dict[str, str] = {}
    rows: dict[tuple[str, ...], str] = {}
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            line = _fill(block.text, width)
            rule = "=" if block.level <= 2 else "-"
            out.append(line + "\n" + rule * max(_columns(x) for x in line.splitlines()))
        elif isinstance(block, Para):
            out.append(_fill(block.text, width))
        elif isinstance(block, Bullets):
            lines = []
            for item in block.items:
                found = bullets.get(item)
                if found is None:
                    found = bullets[item] = _fill(item, width, "- ", "  ")
                lines.append(found)
            out.append("\n".join(lines))
        else:
            lines = []
            for row in block.rows:
                found = rows.get(row)
                if found is None:
                    found = rows[row] = _fill(_row_line(row), width, "  ", "      ")
                lines.append(found)
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def _row_line(row: tuple[str, ...]) -> str:
    head, *rest = row
    return head + ": " + ", ".join(cell for cell in rest if cell)
