"""The ``runstrength`` command line: ``plan``, ``import``, ``schedule``, ``e1rm``, ``exercises``.

``runstrength plan`` with no arguments plans a season for a built-in example
runner (an intermediate runner with a gym, five runs a week and a marathon 19
weeks after the start), starting on the Monday on or after today: the command
line is an adapter and reads the clock; the library never does. ``--start``
fixes the first day, so ``runstrength plan --start 2026-12-07`` prints the same
every time. Text output is wrapped to the terminal's width (60 to 120 columns; 80
when the output is not a terminal). User errors print one line to standard error
and exit with status 2.

Examples:
    >>> from runstrength.cli import main
    >>> main(["exercises", "--category", "upper-body", "--equipment", "bodyweight"])
    KEY                          CATEGORY    PATTERN               DOSED IN
    incline-push-up              upper-body  horizontal-push       bodyweight-reps
    push-up                      upper-body  horizontal-push       bodyweight-reps
    0
    >>> main(["e1rm", "100", "5", "--rir", "2"])
    e1RM 121.9 kg (rts-nsca: 100 kg x 5 reps with 2 in reserve)
    0
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import math
import shutil
import sys
import textwrap
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from runstrength import __version__
from runstrength.errors import FormatError, RunstrengthError, RunstrengthWarning, ValidationError

if TYPE_CHECKING:
    from runstrength.imported import RunningImport
    from runstrength.log import TrainingLog
    from runstrength.periodisation import Condition, Race
    from runstrength.plan import Plan
    from runstrength.running import RunningWeek, Weekday

# Each command imports what it uses, so ``--version``, ``--help`` and a usage error load
# no more than argparse. The flags' choices are the values of the library's enums, written
# out here for that reason (a test checks them against the enums).
_PRESETS = ("gym", "home", "bodyweight")  # Equipment's presets
_LEVELS = ("beginner", "intermediate", "advanced")  # Level
_CATEGORIES = ("bilateral", "unilateral", "plyometric", "core", "upper-body")  # Category
_FORMULAS = (  # OneRmFormula
    "epley",
    "brzycki",
    "lander",
    "lombardi",
    "mayhew",
    "oconner",
    "wathen",
    "rts-nsca",
)
_CONDITION_KINDS = (  # ConditionKind
    "injury",
    "illness",
    "life-stress",
    "return-from-break",
    "soreness",
    "heavy-running-week",
    "missed",
)
_REGIONS = (  # BodyRegion
    "foot-ankle",
    "calf-achilles",
    "shin",
    "knee",
    "hamstring",
    "hip-groin",
    "lower-back",
    "shoulder",
)

__all__ = ["EXAMPLE_RUNNER", "main"]

EXAMPLE_RUNNER: dict[str, Any] = {
    "level": "intermediate",
    "week": "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long",
    "race": "Goal marathon:42.2:A",
    "race_weeks": 19,
    "one_rm": ("front-squat=90", "romanian-deadlift=110", "hip-thrust=130"),
    "equipment": "gym",
}
"""The built-in example runner ``runstrength plan`` uses for every flag not given.

Its race is on the Sunday that ends the ``race_weeks``-th week of the plan, so the
example always has a marathon ahead, whatever the start.
"""

MIN_WIDTH, MAX_WIDTH, PIPE_WIDTH = 60, 120, 80
"""Text output is wrapped to the terminal's columns within 60-120, and to 80 in a pipe."""

_EPILOG = """examples:
  runstrength plan --start 2026-12-07
  runstrength plan --level beginner --equipment home --week "tue easy, thu tempo, sun long" \\
      --race 2027-05-16:10k:10:A --one-rm goblet-squat=24
  runstrength plan --format html --output plan.html
"""


def _today() -> dt.date:
    """Today's date: the one place the command line reads the clock."""
    return dt.date.today()


def _width() -> int:
    """Columns for text output: the terminal's (60-120), or 80 when not a terminal."""
    if not sys.stdout.isatty():
        return PIPE_WIDTH
    columns = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
    return max(MIN_WIDTH, min(MAX_WIDTH, columns))


def _next_monday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=-day.weekday() % 7)


_FORMATS = ("text", "markdown", "html", "json", "ics", "fit")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-07") from None


_RACE_FORMS = (
    "DATE:NAME:DISTANCE:PRIORITY or DATE:DISTANCE[:PRIORITY], "
    "e.g. 2027-04-18:Spring marathon:42.2:A or 2027-05-16:half:B"
)


def _race(text: str) -> Race:
    from runstrength.periodisation import Race

    date, _, rest = text.partition(":")
    parts = rest.rsplit(":", 2)  # a name may hold colons itself
    name: str | None = None
    priority = "A"
    if not rest or not all(parts):
        raise argparse.ArgumentTypeError(f"{text!r} is not {_RACE_FORMS}")
    if len(parts) == 1:
        (distance,) = parts
    elif len(parts) == 2 and parts[1].upper() in ("A", "B", "C"):
        distance, priority = parts
    elif len(parts) == 2:
        name, distance = parts
    else:
        name, distance, priority = parts
    try:
        return Race.of(_date(date), distance, name=name, priority=priority.upper())
    except RunstrengthError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: {error}") from None


def _weekdays(text: str) -> frozenset[Weekday]:
    from runstrength.running import weekdays_of

    try:
        return weekdays_of([w.strip() for w in text.split(",") if w.strip()], "weekdays")
    except RunstrengthError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: {error}") from None


def _one_rm(text: str) -> tuple[str, float]:
    key, sep, value = text.partition("=")
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not sep or not key or math.isnan(number):
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=LOAD, e.g. back-squat=100")
    return key, number


def _condition(text: str) -> Condition:
    from runstrength.periodisation import Condition, ConditionKind

    parts = text.split(":")
    if len(parts) not in (3, 4):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not KIND:START:END[:REGION], e.g. injury:2027-01-04:2027-01-17:knee"
        )
    kind, start, end = parts[:3]
    region = parts[3] if len(parts) == 4 else None
    try:
        return Condition(ConditionKind(kind), _date(start), _date(end), region=region)
    except RunstrengthError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: {error}") from None


def _plan_flags() -> _Parser:
    """The flags that describe a plan: shared by ``plan`` and ``week``."""
    flags = _Parser(add_help=False)
    flags.add_argument("--level", type=str.lower, choices=_LEVELS, help="training level")
    flags.add_argument(
        "--week", help='the running week, e.g. "tue intervals, thu tempo, sun long"'
    )
    running = flags.add_mutually_exclusive_group()
    running.add_argument(
        "--running-ics",
        type=Path,
        metavar="FILE",
        help="plan around the running plan in this calendar file (.ics); the days outside "
        "it come from --week if given, else are rest days",
    )
    running.add_argument(
        "--running-csv",
        type=Path,
        metavar="FILE",
        help="plan around the running plan in this CSV file (columns date and description)",
    )
    flags.add_argument(
        "--tz", metavar="ZONE", help="your time zone for timed calendar events, e.g. Europe/Berlin"
    )
    flags.add_argument(
        "--replace-own",
        action="store_true",
        help="plan as if the strength sessions in your imported calendar were not there "
        "(the plan replaces them); by default they count as hard leg days",
    )
    races = flags.add_mutually_exclusive_group()
    races.add_argument(
        "--race",
        action="append",
        type=_race,
        metavar="DATE:[NAME:]DISTANCE[:PRIORITY]",
        help="a race (repeatable): the distance in km or with a unit (13.1mi, 21.1km) or a "
        "name (5k, 10k, 15k, 10 mi, half, marathon, 50k, 50 mi, 100k, 100 mi), e.g. "
        "2027-04-18:Spring marathon:42.2:A or 2027-05-16:half:B",
    )
    races.add_argument("--no-races", action="store_true", help="plan without any race")
    flags.add_argument(
        "--start", type=_date, help="first day (default: the Monday on or after today)"
    )
    flags.add_argument("--end", type=_date, help="last day (default: after the last A race)")
    flags.add_argument("--equipment", type=str.lower, choices=_PRESETS, help="equipment preset")
    flags.add_argument(
        "--unit", type=str.lower, choices=["kg", "lb"], default="kg", help="load unit"
    )
    flags.add_argument(
        "--no-strength",
        type=_weekdays,
        metavar="DAYS",
        help="weekdays with no strength session, e.g. fri,sat",
    )
    flags.add_argument(
        "--prefer",
        type=_weekdays,
        metavar="DAYS",
        help="weekdays to lift on whenever the rules allow, e.g. mon,thu",
    )
    flags.add_argument(
        "--unavailable",
        action="append",
        type=_date,
        metavar="DATE",
        help="a date with no strength session, e.g. 2027-01-01 (repeatable)",
    )
    flags.add_argument(
        "--sessions", type=int, metavar="N", help="strength sessions a week (the level's range)"
    )
    flags.add_argument(
        "--one-rm",
        action="append",
        type=_one_rm,
        metavar="KEY=LOAD",
        help="a known 1RM, e.g. back-squat=100 (repeatable)",
    )
    flags.add_argument(
        "--condition",
        action="append",
        type=_condition,
        metavar="KIND:START:END[:REGION]",
        help="e.g. injury:2027-01-04:2027-01-17:knee or illness:2027-02-01:2027-02-05 "
        f"(kinds: {', '.join(_CONDITION_KINDS)}; regions: {', '.join(_REGIONS)})",
    )
    flags.add_argument("--format", choices=_FORMATS, default="text", help="output format")
    flags.add_argument(
        "--output",
        "-o",
        type=Path,
        help="write to this file instead of stdout (with --format fit: a folder, one "
        "workout file per session)",
    )
    flags.add_argument(
        "--dtstamp",
        type=dt.datetime.fromisoformat,
        help="the DTSTAMP of .ics events and creation time of FIT files (default: now, UTC)",
    )
    flags.add_argument(
        "--calendar-name",
        metavar="NAME",
        help="the .ics calendar's name, which also keys its events (default: Strength plan)",
    )
    flags.add_argument(
        "--replaces",
        type=Path,
        metavar="FILE",
        help="with --format ics: the plan your calendar holds now, as saved with --format "
        "json; its sessions that no longer exist come as cancelled events",
    )
    flags.add_argument(
        "--sequence",
        type=int,
        metavar="N",
        help="with --format ics: the update's number (SEQUENCE; default 1 with --replaces)",
    )

    flags.add_argument(
        "--log",
        type=Path,
        metavar="FILE",
        help="a training log (CSV): re-plan from it, from the week of --today on",
    )
    flags.add_argument(
        "--today", type=_date, metavar="DATE", help="the day of the re-plan (default: today)"
    )

    return flags


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="runstrength",
        description="Strength training plans for runners.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )

    flags = _plan_flags()  # what plan and week share
    commands.add_parser(
        "plan",
        help="plan a season (the built-in example runner unless told otherwise)",
        description="Plan a season of strength training around a running week and races. "
        "Every flag not given takes the built-in example runner's value.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[flags],
    )
    commands.add_parser(
        "week",
        help="print just this week's sessions",
        description="Print the sessions of the week holding --today (default: today) from "
        "the plan the other flags describe (the same flags as plan).",
        parents=[flags],
    )

    load = commands.add_parser(
        "load",
        help="weekly training load from a log: load, monotony, strain and the ratio",
        description="Read a training log (CSV) and print each week's load, monotony, strain "
        "and acute:chronic ratio, running and lifting together.",
    )
    load.add_argument("--log", type=Path, required=True, metavar="FILE", help="the log (CSV)")
    load.add_argument(
        "--format", choices=["text", "png"], default="text", help="a table, or a chart"
    )
    load.add_argument("--output", "-o", type=Path, help="write to this file (png needs it)")

    audit = commands.add_parser(
        "import",
        help="show how a running plan (.ics or .csv) is read, event by event",
        description="Read a running plan from a calendar file (.ics) or a CSV file (columns "
        "date and description) and print, for every event, its date, what it became "
        "and why.",
    )
    audit.add_argument("file", type=Path, metavar="FILE", help="the .ics or .csv file")
    audit.add_argument("--tz", metavar="ZONE", help="your time zone, e.g. Europe/Berlin")
    audit.add_argument("--start", type=_date, help="first date (default: the first event's)")
    audit.add_argument("--end", type=_date, help="last date (default: the last event's)")

    schedule = commands.add_parser(
        "schedule",
        help="show where strength sessions go in a running week, and why",
        description="Place strength sessions in a running week and explain every day.",
    )
    schedule.add_argument("--week", help="the running week (default: the example runner's)")
    schedule.add_argument("--level", type=str.lower, choices=_LEVELS, default="intermediate")
    schedule.add_argument("--sessions", type=int, help="sessions a week (default: the level's)")
    schedule.add_argument(
        "--policy", choices=["level", "moderate-days"], default="level", help="day preferences"
    )

    e1rm = commands.add_parser(
        "e1rm",
        help="estimate a one-rep max from a set",
        description="Estimate a 1RM from a load lifted for some reps, with reps in reserve.",
    )
    e1rm.add_argument("load", type=float, help="the load lifted")
    e1rm.add_argument("reps", type=int, help="the reps done")
    e1rm.add_argument("--rir", type=float, default=0.0, help="reps left in reserve (default 0)")
    e1rm.add_argument(
        "--formula",
        choices=_FORMULAS,
        default="rts-nsca",
        help="%%1RM model (default rts-nsca)",
    )
    e1rm.add_argument("--unit", type=str.lower, choices=["kg", "lb"], default="kg")

    exercises = commands.add_parser(
        "exercises",
        help="list the exercise catalogue",
        description="List the built-in exercises, optionally filtered.",
    )
    exercises.add_argument("--category", choices=_CATEGORIES, help="only this category")
    exercises.add_argument(
        "--equipment",
        type=str.lower,
        choices=_PRESETS,
        help="only exercises this kit allows",
    )
    exercises.add_argument(
        "--level",
        type=str.lower,
        choices=_LEVELS,
        help="only exercises for this level",
    )
    exercises.add_argument(
        "--format", choices=["text", "markdown"], default="text", help="output format"
    )
    return parser


def _exercises(args: argparse.Namespace) -> str:
    from runstrength.formats.markdown import catalogue_table
    from runstrength.taxonomy import Catalogue, Equipment

    found = Catalogue.default().filter(
        category=args.category,
        level=args.level,
        equipment=None if args.equipment is None else getattr(Equipment, args.equipment)(),
    )
    if args.format == "markdown":
        return catalogue_table(found)
    lines = [f"{'KEY':<28} {'CATEGORY':<11} {'PATTERN':<21} DOSED IN"]
    lines += [
        f"{ex.key:<28} {ex.category.value:<11} {ex.pattern.value:<21} {ex.dosing.value}"
        for ex in found
    ]
    return "\n".join(lines)


def _read(
    path: Path,
    argument: str,
    *,
    csv: bool,
    tz: str | None,
    start: dt.date | None,
    end: dt.date | None,
    fill: RunningWeek | None = None,
) -> RunningImport:
    """Read a running plan from a file: CSV when ``csv``, else iCalendar."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            argument, str(path), f"must be a readable file ({error.strerror})", "check the path"
        ) from None
    if not csv:
        from runstrength.formats.ical import read_ics

        return read_ics(data, start=start, end=end, tz=tz, fill=fill)
    from runstrength.formats.csv import read_running

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError(
            argument, str(path), "must be UTF-8 text", "save the spreadsheet as CSV UTF-8"
        ) from None
    return read_running(text, start=start, end=end, fill=fill)


def _log(path: Path, argument: str, unit: str = "kg") -> TrainingLog:
    from runstrength.formats.logcsv import read_log

    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(
            argument, str(path), f"must be a readable CSV file ({error})", "check the path"
        ) from None
    return read_log(text, unit=unit)


def _replanned(args: argparse.Namespace, plan: Plan) -> Plan:
    from runstrength.replanning import replan

    if args.log is None:
        return plan
    log = _log(args.log, "--log", plan.athlete.unit.value)
    today = args.today or _today()
    try:
        return replan(plan, log, today=today)
    except RunstrengthError as error:  # name the CSV row, not the place in the log
        from runstrength.formats.logcsv import locate

        place = locate(args.log.read_text("utf-8-sig"), error.argument)
        if place == error.argument:
            raise
        raise type(error)(place, error.value, error.rule, error.fix) from None


def _week(args: argparse.Namespace) -> str:
    today = args.today or _today()
    args.start = args.start or today - dt.timedelta(days=today.weekday())
    plan = _replanned(args, _make_plan(args))
    week = plan.week_of(today)
    if week is None:
        raise ValidationError(
            "--today", today, f"must be inside the plan ({plan.start} to {plan.end})", ""
        )
    return str(week)


def _load(args: argparse.Namespace) -> str | bytes:
    from runstrength.training_load import acwr, weekly_summary

    log = _log(args.log, "--log")
    dates = [r.date for r in log.runs] + [s.date for s in log.strength]
    if not dates:
        raise ValidationError(
            "--log", str(args.log), "must hold runs or strength sessions", "log at least one"
        )
    first = min(dates) - dt.timedelta(days=min(dates).weekday())
    last = max(dates) + dt.timedelta(days=6 - max(dates).weekday())
    daily = log.daily_load(first, last)
    if args.format == "png":
        if args.output is None:
            raise ValidationError(
                "--output", None, "must name a file with --format png", "add --output load.png"
            )
        from runstrength.plotting import plot_load

        ax = plot_load(daily, start=first, strength_days=[s.date for s in log.strength])
        buffer = io.BytesIO()
        ax.get_figure().savefig(buffer, format="png", dpi=100)
        return buffer.getvalue()
    summary = weekly_summary(daily)
    ratio = acwr(daily)
    lines = [f"{'WEEK':<11} {'LOAD':>7} {'MONOTONY':>9} {'STRAIN':>8} {'RATIO':>6}"]
    for n, load_value in enumerate(summary.load):
        monday = first + dt.timedelta(weeks=n)
        monotony, strain = summary.monotony[n], summary.strain[n]
        end_ratio = ratio[n * 7 + 6]
        lines.append(
            f"{monday.isoformat():<11} {load_value:>7.0f} "
            f"{'-' if math.isnan(monotony) else f'{monotony:.2f}':>9} "
            f"{'-' if math.isnan(strain) else f'{strain:.0f}':>8} "
            f"{'-' if math.isnan(end_ratio) else f'{end_ratio:.2f}':>6}"
        )
    lines.append(
        "monotony: mean / SD of the week's days; strain: load x monotony; ratio: the last "
        "7 days against the 21 before (a flag, not a prediction)"
    )
    return "\n".join(lines)


def _import(args: argparse.Namespace) -> str:
    csv = args.file.suffix.lower() == ".csv"
    found = _read(args.file, "FILE", csv=csv, tz=args.tz, start=args.start, end=args.end)
    return found.explain()


def _make_plan(args: argparse.Namespace) -> Plan:
    from runstrength.athlete import Athlete
    from runstrength.implements import Unit
    from runstrength.periodisation import Race
    from runstrength.planner import plan_season
    from runstrength.running import RunningCalendar, RunningWeek

    example = EXAMPLE_RUNNER
    if args.one_rm:
        one_rm = dict(args.one_rm)
    else:
        # The example's 1RMs are in kg: in pounds, the same lifts, to the nearest 5 lb.
        factor = 1.0 if args.unit == "kg" else Unit.KG.to(Unit.LB, 1.0)
        pairs = [_one_rm(item) for item in example["one_rm"]]
        one_rm = {
            key: value if factor == 1.0 else 5 * round(value * factor / 5) for key, value in pairs
        }
    athlete = Athlete(
        level=args.level or example["level"],
        one_rm=one_rm,
        equipment=args.equipment or example["equipment"],
        unit=args.unit,
    )
    week = RunningWeek.parse(str(example["week"]) if args.week is None else args.week)
    running: RunningWeek | RunningCalendar = week
    unavailable = list(args.unavailable or ())
    own: list[dt.date] = []
    found: RunningImport | None = None
    path = args.running_ics or args.running_csv
    if path is not None:
        found = _read(
            path,
            "--running-ics" if args.running_ics else "--running-csv",
            csv=args.running_csv is not None,
            tz=args.tz,
            start=args.start,
            end=args.end,
            fill=week if args.week is not None else None,
        )
        for note in found.notes:
            sys.stderr.write(f"runstrength: note: {note}\n")
        running = found.calendar
        own = list(found.strength_dates)
    start = args.start or (
        running.start if isinstance(running, RunningCalendar) else _next_monday(_today())
    )
    if args.no_races:
        races = []
    elif args.race:
        races = args.race
        early = [race for race in races if race.date < start]
        if early:
            raise ValidationError(
                "--race",
                f"{early[0].name} on {early[0].date}",
                f"must not be before the plan's start ({start})",
                "give a later race date, or an earlier --start",
            )
    else:
        name, distance, priority = str(example["race"]).split(":")
        monday = start - dt.timedelta(days=start.weekday())
        day = monday + dt.timedelta(weeks=int(example["race_weeks"]), days=-1)
        # Within the plan only: an earlier --end leaves the example's race out.
        race = Race(day, name=name, distance_km=float(distance), priority=priority)
        races = [race] if args.end is None or day <= args.end else []
    plan = plan_season(
        athlete,
        running,
        races,
        start=start,
        end=args.end,
        conditions=args.condition or (),
        unavailable=unavailable,
        own_strength=own,
        replace_own=args.replace_own,
        no_strength=args.no_strength or (),
        prefer=args.prefer or (),
        sessions=args.sessions,
    )
    return plan if found is None else found.noted(plan)


def _plan(args: argparse.Namespace) -> str | bytes | dict[str, bytes]:
    if args.format == "fit" and args.output is None:
        raise ValidationError(
            "--output",
            None,
            "must name a folder with --format fit (one workout file per session)",
            "add --output DIR, then copy the files to the watch's GARMIN/NewFiles folder",
        )
    from runstrength.formats.document import from_json, to_json
    from runstrength.formats.markdown import to_html, to_markdown, to_text
    from runstrength.plan import Plan

    plan = _replanned(args, _make_plan(args))
    stamp = args.dtstamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    if args.format == "fit":
        from runstrength.formats.fit import to_fit_files

        return to_fit_files(plan, created=stamp)
    if args.format == "json":
        return to_json(plan, indent=1) + "\n"
    if args.format == "markdown":
        return to_markdown(plan)
    if args.format == "html":
        return to_html(plan)
    if args.format == "ics":
        from runstrength.formats.ical import DEFAULT_NAME, to_ics

        old = None
        if args.replaces is not None:
            try:
                text = args.replaces.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise ValidationError(
                    "--replaces",
                    str(args.replaces),
                    f"must be a readable JSON plan ({error})",
                    "save the old plan with --format json",
                ) from None
            old = from_json(text, expect=Plan)
        return to_ics(
            plan,
            dtstamp=stamp,
            name=args.calendar_name or DEFAULT_NAME,
            replaces=old,
            sequence=args.sequence,
        )
    return to_text(plan, width=_width())


def _schedule(args: argparse.Namespace) -> str:
    from runstrength.running import RunningWeek
    from runstrength.scheduling import SchedulingPolicy, schedule_week

    week = RunningWeek.parse(str(EXAMPLE_RUNNER["week"]) if args.week is None else args.week)
    policy = (
        SchedulingPolicy.moderate_days()
        if args.policy == "moderate-days"
        else SchedulingPolicy.for_level(args.level)
    )
    result = schedule_week(week, level=args.level, policy=policy, sessions=args.sessions)
    width = _width()
    return "\n".join(
        textwrap.fill(line, width, subsequent_indent="    ")
        for line in result.explain().splitlines()
    )


def _e1rm(args: argparse.Namespace) -> str:
    from runstrength.load import estimate_one_rm

    value = float(estimate_one_rm(args.load, args.reps, rir=args.rir, formula=args.formula))
    return (
        f"e1RM {value:.4g} {args.unit} ({args.formula}: {args.load:g} {args.unit} x "
        f"{args.reps} reps with {args.rir:g} in reserve)"
    )


def _write(result: str | bytes, output: Path | None) -> None:
    if output is None:
        data = result if isinstance(result, bytes) else result.rstrip("\n") + "\n"
        try:
            if isinstance(data, bytes):
                sys.stdout.buffer.write(data)
            else:
                encoding = sys.stdout.encoding or "utf-8"
                # A terminal that cannot show a character gets a stand-in, not a crash.
                sys.stdout.write(data.encode(encoding, "replace").decode(encoding))
            sys.stdout.flush()
        except OSError as error:
            raise ValidationError(
                "output",
                "standard output",
                f"must take the output ({error.strerror or error})",
                "write to a file with --output",
            ) from None
        return
    try:
        if isinstance(result, bytes):
            output.write_bytes(result)
        else:
            output.write_text(result, encoding="utf-8")
    except OSError as error:
        raise ValidationError(
            "--output", str(output), f"must be a writable file ({error.strerror})", "pick a path"
        ) from None


def _write_files(files: dict[str, bytes], folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
    except OSError as error:
        raise ValidationError(
            "--output", str(folder), f"must be a writable folder ({error.strerror})", "pick one"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    Usage errors and bad values print one line to standard error and return 2.

    Examples:
        >>> main(["exercises", "--category", "plyometric", "--level", "beginner"])
        KEY                          CATEGORY    PATTERN               DOSED IN
        pogo-hops                    plyometric  jump                  contacts
        line-hops                    plyometric  jump                  contacts
        squat-jump                   plyometric  jump                  contacts
        low-hurdle-hop               plyometric  jump                  contacts
        0
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else 2
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", RunstrengthWarning)
            if args.command == "plan":
                result = _plan(args)
                if isinstance(result, dict):
                    _write_files(result, args.output)
                    _write(
                        f"{len(result)} workouts written to {args.output}: copy them to the "
                        "watch's GARMIN/NewFiles folder over USB",
                        None,
                    )
                else:
                    _write(result, args.output)
            elif args.command == "import":
                _write(_import(args), None)
            elif args.command == "week":
                _write(_week(args), None)
            elif args.command == "load":
                _write(_load(args), args.output)
            elif args.command == "schedule":
                _write(_schedule(args), None)
            elif args.command == "e1rm":
                _write(_e1rm(args), None)
            else:
                _write(_exercises(args), None)
    except RunstrengthError as error:
        sys.stderr.write(f"runstrength: error: {error}\n")
        return 2
    for warning in caught:
        # The output already says what was done instead; this says that it happened.
        sys.stderr.write(f"runstrength: note: {warning.message}\n")
    return 0
