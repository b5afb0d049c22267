"""Small helpers that put values into a runner's words (articles, plurals, day names)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from runstrength.running import RunningDay, Weekday

_PLAIN_RUNS = {"easy", "recovery", "moderate", "steady", "long", "key"}


def article(word: str) -> str:
    """``"a"`` or ``"an"`` for ``word`` (by its first letter, which fits the library's words)."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``"1 session"``, ``"2 sessions"``."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_name(when: dt.date | Weekday) -> str:
    """``"Tuesday"`` for a date or a weekday (in English, whatever the process's locale)."""
    if isinstance(when, dt.date):
        return _DAY_NAMES[when.weekday()]
    return when.name.capitalize()


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_day(when: dt.date) -> str:
    """``"Tue"``: the day's short name (in English, whatever the process's locale)."""
    return _DAY_NAMES[when.weekday()][:3]


def dated(when: dt.date) -> str:
    """``"Tue 2026-12-08"``: the day's short name and the ISO date."""
    return f"{short_day(when)} {when.isoformat()}"


def day_month(when: dt.date, *, year: bool = False) -> str:
    """``"08 Dec"``, or ``"08 Dec 2026"`` with the year (English month names)."""
    text = f"{when.day:02d} {_MONTHS[when.month - 1]}"
    return f"{text} {when.year}" if year else text


def runs(day: RunningDay) -> str:
    """The day's running as a noun phrase: ``"intervals"``, ``"easy run"``, ``"rest day"``."""
    if not day.runs:
        return "rest day"
    words = []
    for run in day.runs:
        word = run.word.replace("-", " ")
        if word == "key":
            word = "key workout"
        elif word in _PLAIN_RUNS:
            word += " run"
        words.append(word)
    return " and ".join(words)


def where(day: RunningDay, when: dt.date | Weekday) -> str:
    """``"after Tuesday's intervals"`` or ``"on Wednesday, a rest day"``."""
    if day.runs:
        return f"after {day_name(when)}'s {runs(day)}"
    return f"on {day_name(when)}, a rest day"


_INNER = re.compile(r"\s*\(([^()]*)\)")


def cite(text: str, source: str) -> str:
    """``text`` with ``source`` in brackets; the source's own brackets become colons.

    So a citation never nests brackets: ``cite("race day", "SportCoaching (protect races)")``
    gives ``"race day (SportCoaching: protect races)"``.
    """
    return f"{text} ({flat(source)})" if source else text


def flat(text: str) -> str:
    """``text`` with each bracketed part made a colon part: no nested brackets."""
    return _INNER.sub(lambda m: ": " + m.group(1), text)


def join(items: list[str] | tuple[str, ...]) -> str:
    """``"a"``, ``"a and b"``, ``"a, b and c"``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
