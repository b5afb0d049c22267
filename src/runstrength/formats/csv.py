r"""Running plans in from a spreadsheet saved as CSV: a ``date`` and a ``description`` column.

Each row is read like a calendar event's title (`read_entry`),
so a spreadsheet and a calendar feed of the same plan give the same days. Other columns
are not read; `IgnoredColumnsWarning` names them.

Examples:
    >>> found = read_running("date,description\n2027-01-05,Tempo 8 km\n2027-01-10,Long 2h\n")
    >>> [(str(e.date), e.what) for e in found.entries]
    [('2027-01-05', 'key workout'), ('2027-01-10', 'long run')]
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings

from runstrength.errors import ArgumentTypeError, FormatError, RunstrengthWarning
from runstrength.formats.logcsv import read_log
from runstrength.imported import PlanEntry, RunningImport, import_running
from runstrength.running import RunningWeek, RunningWords

__all__ = ["IgnoredColumnsWarning", "read_log", "read_running"]

_COLUMNS = ("date", "description")


class IgnoredColumnsWarning(RunstrengthWarning):
    r"""A spreadsheet has columns besides ``date`` and ``description``; they are not read.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     _ = read_running("date,description,pace\n2027-01-05,Easy,5:30\n")
        >>> print(caught[0].message)
        columns not read: 'pace' (only date and description are)
    """


def read_running(
    text: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    words: RunningWords | None = None,
    fill: RunningWeek | None = None,
) -> RunningImport:
    r"""Read a running plan from CSV text with ``date`` (YYYY-MM-DD) and ``description`` columns.

    The header names the columns in any order and case. Several rows may share a date
    (several runs that day). The result is the same as
    `read_ics` gives for a calendar with one all-day
    event per row.

    Args:
        text: The CSV text (decode files as UTF-8).
        start: The first date; the earliest row's date if None.
        end: The last date; the latest row's date if None.
        words: The running words; the built-in ones if None.
        fill: A typed week for the days outside the rows' dates, or None for rest.

    Raises:
        ArgumentTypeError: ``text`` is not a string.
        FormatError: No header with both columns, no rows, or a row whose date is not
            a date; the error names the row.

    Examples:
        >>> found = read_running("Description;Date\nRest;2027-01-04\n6 mi;2027-01-09\n")
        Traceback (most recent call last):
          ...
        runstrength.errors.FormatError: 'text' must have a header with date and description ...
        >>> found = read_running("Description,Date\nRest,2027-01-04\n6 mi,2027-01-09\n")
        >>> found.calendar.end, found.entries[1].what
        (datetime.date(2027, 1, 9), 'easy')
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(
            "text", text, "must be the CSV text", "pass Path(...).read_text('utf-8')"
        )
    try:
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    except csv.Error as error:
        raise FormatError(
            "text", text[:40], f"must be readable CSV ({error})", "check the quoting and line ends"
        ) from None
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    if not all(column in header for column in _COLUMNS):
        raise FormatError(
            "text",
            ",".join(rows[0]) if rows else text[:40],
            "must have a header with date and description columns, separated by commas",
            "make the first line 'date,description'",
        )
    others = [name for name in header if name not in _COLUMNS]
    if others:
        names = ", ".join(map(repr, others))
        warnings.warn(
            f"columns not read: {names} (only date and description are)",
            IgnoredColumnsWarning,
            stacklevel=2,
        )
    at = {column: header.index(column) for column in _COLUMNS}
    entries = []
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        cells = row + [""] * (len(header) - len(row))
        value = cells[at["date"]].strip()
        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            raise FormatError(
                f"line {number} date",
                value,
                "must be a date like 2027-01-05",
                "write dates as YYYY-MM-DD",
            ) from None
        entries.append(PlanEntry(date, " ".join(cells[at["description"]].split())))
    if not entries:
        raise FormatError("text", text[:40], "must have at least one row", "add the plan's days")
    first = min(e.date for e in entries) if start is None else start
    last = max(e.date for e in entries) if end is None else end
    return import_running(entries, start=first, end=last, words=words, fill=fill)
