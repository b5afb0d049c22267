"""Garmin FIT files: strength sessions out as watch workouts, runs in from activities.

Both need the ``fit`` extra. `to_fit` writes one planned session as a FIT workout file
with Garmin's own SDK (``garmin-fit-sdk``), which is under Garmin's FIT Protocol
License: it is not open source and may not be redistributed, so ``runstrength`` never
ships or re-exports it. Install it yourself with the extra
(``pip install "runstrength[fit]"``); it is imported only when a FIT file is written
or read. `read_activity` reads a run from a watch's activity file (see below).

Each exercise becomes three steps:

1. a work step: reps (the bottom of a rep range; the range is in the notes), a time
   for holds, a distance for carries, foot contacts for jumps (as reps); the load in
   kilograms (converted from pounds for runners who use pounds, with the runner's
   unit as the display unit), none for bodyweight work; per side and reps in reserve
   in the step's notes;
2. a rest step for the prescription's rest between sets (a timed step, no exercise:
   an exercise category on a rest step would show on the watch);
3. a repeat step that repeats the two for the exercise's sets.

The step names the exercise with its category and name in Garmin's exercise list
(`garmin_category`, `garmin_name`
in the catalogue). Where Garmin has no counterpart the step carries the category alone;
where an exercise has no category at all (an exercise of your own),
`FALLBACK_CATEGORIES` gives one by the exercise's `Category`.
Warm-up sets are not written.

Runs in from activity files: [`read_activity`][runstrength.formats.fit.read_activity]
decodes a FIT activity file with the SDK's ``Decoder`` (after its integrity check)
and reads the **session** message only:

- ``sport``: only ``running`` (any sub-sport: street, trail, track, treadmill,
  indoor, virtual, ultra) is a run; any other sport is refused;
- ``start_time``: the run's date, in the runner's local time (see ``tz``);
- ``total_timer_time``, else ``total_elapsed_time``: the minutes (the time the watch
  was running, so pauses at traffic lights do not count);
- ``total_distance``: the kilometres (none when 0, as on a treadmill without a foot pod);
- ``sub_sport``: the title ("trail run", "treadmill run", or just "run").

Nothing else is read: no laps, records, heart rate or the watch's perceived effort.
The log's session load needs an RPE, so add it to the run yourself
(``attrs.evolve(run, rpe=6)``). A file with several sessions (a multisport
activity) gives one run of its running legs together.
[`read_activities`][runstrength.formats.fit.read_activities] reads many files and
leaves out the ones that are not runs, and
[`TrainingLog.with_runs`][runstrength.log.TrainingLog.with_runs] adds them to a log.

Examples:
    >>> import datetime as dt, runstrength as rs
    >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
    ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
    >>> data = to_fit(plan.sessions()[0], created=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    >>> data[8:12]
    b'.FIT'
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
import zoneinfo
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from runstrength import _validate as v
from runstrength._optional import require
from runstrength.errors import ArgumentTypeError, FormatError, ValidationError
from runstrength.implements import Unit
from runstrength.log import LoggedRun
from runstrength.plan import Plan, PlannedExercise, PlannedSession
from runstrength.taxonomy import Category

__all__ = [
    "FALLBACK_CATEGORIES",
    "MAX_WEIGHT_KG",
    "fit_name",
    "read_activities",
    "read_activity",
    "to_fit",
    "to_fit_files",
]

FALLBACK_CATEGORIES: Mapping[Category, str] = MappingProxyType(
    {
        Category.BILATERAL: "total_body",
        Category.UNILATERAL: "lunge",
        Category.PLYOMETRIC: "plyo",
        Category.CORE: "core",
        Category.UPPER: "total_body",
    }
)
"""Garmin's exercise category for an exercise whose catalogue entry names none."""

MAX_WEIGHT_KG = 655.0
"""The heaviest load a FIT workout step holds (the field stores hundredths of a kg)."""

_KG_PER_LB = 0.45359237
_NAME_LENGTH = 15  # watches show short workout names; keep them within this


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(folded.split())


def fit_name(session: PlannedSession) -> str:
    """A short ASCII name for a session's workout: month, day and kind ("Str 12-07 heavy").

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> fit_name(plan.sessions()[0])
        'Str 12-07 heavy'
    """
    v.check_instance("session", session, PlannedSession)
    return f"Str {session.date:%m-%d} {session.kind.value}"[:_NAME_LENGTH]


def _notes(item: PlannedExercise) -> str:
    p = item.prescription
    parts = []
    if p.reps is not None and p.reps_max is not None and p.reps_max != p.reps:
        parts.append(f"{p.reps}-{p.reps_max} reps")
    if p.per_side:
        parts.append("per side")
    if p.rir is not None:
        parts.append(f"RIR {p.rir:g}")
    if p.load is None and p.rir is not None and item.exercise.dosing.value == "loaded-reps":
        parts.append("pick a load you could lift a few more times")
    return _ascii("; ".join(parts))


def _kg(load: float, unit: Unit) -> float:
    kg = load * _KG_PER_LB if unit is Unit.LB else load
    if kg > MAX_WEIGHT_KG:
        raise ValidationError(
            "session",
            f"{load:g} {unit.value}",
            f"must have loads up to {MAX_WEIGHT_KG:g} kg to fit a watch workout",
            "check the 1RM behind that load",
        )
    return round(kg, 2)


def _work(item: PlannedExercise, index: int, names: Any) -> dict[str, Any]:
    p = item.prescription
    exercise = item.exercise
    step: dict[str, Any] = {
        "message_index": index,
        "wkt_step_name": _ascii(exercise.name),
        "target_type": "open",
        "intensity": "active",
    }
    if p.seconds is not None:
        step |= {"duration_type": "time", "duration_value": round(p.seconds * 1000)}
    elif p.metres is not None:
        step |= {"duration_type": "distance", "duration_value": round(p.metres * 100)}
    else:
        step |= {"duration_type": "reps", "duration_value": p.reps or p.contacts}
    category = exercise.garmin_category or FALLBACK_CATEGORIES[exercise.category]
    step["exercise_category"] = category
    if exercise.garmin_name:
        step["exercise_name"] = names[category][exercise.garmin_name]
    if p.load is not None and p.load > 0:
        step["exercise_weight"] = _kg(p.load, p.unit)
        step["weight_display_unit"] = "pound" if p.unit is Unit.LB else "kilogram"
    notes = _notes(item)
    if notes:
        step["notes"] = notes
    return step


def _name_numbers(profile: Any) -> dict[str, dict[str, int]]:
    """Each category's exercise names and their numbers, from the SDK's profile."""
    types = profile["types"]
    return {
        category: {name: number for number, name in types[f"{category}_exercise_name"].items()}
        for category in types["exercise_category"].values()
        if f"{category}_exercise_name" in types
    }


def _check(session: object, created: object) -> dt.datetime:
    if not isinstance(session, PlannedSession):
        raise ArgumentTypeError(
            "session", session, "must be a PlannedSession", "pass one of plan.sessions()"
        )
    if not isinstance(created, dt.datetime):
        raise ArgumentTypeError(
            "created", created, "must be a datetime", "e.g. datetime.now(timezone.utc)"
        )
    stamp = created.replace(tzinfo=dt.UTC) if created.tzinfo is None else created
    if (
        not dt.datetime(1990, 1, 1, tzinfo=dt.UTC)
        <= stamp
        < dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    ):
        raise ValidationError(
            "created", created, "must be a time from 1990 to 2099 (FIT's range)", "pass now"
        )
    return stamp.astimezone(dt.UTC)


def to_fit(session: PlannedSession, *, created: dt.datetime) -> bytes:
    """One planned session as a FIT workout file for a Garmin watch.

    ``created`` is the file's creation time (the library keeps no clock; naive times
    are read as UTC). The same session and time give the same bytes.

    Raises:
        MissingExtraError: ``garmin-fit-sdk`` is not installed (the ``fit`` extra).
        ArgumentTypeError: ``session`` is not a PlannedSession or ``created`` not a datetime.
        ValidationError: ``created`` outside 1990-2099, or a load over
            `MAX_WEIGHT_KG`.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> from garmin_fit_sdk import Decoder, Stream
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> session = plan.sessions()[0]
        >>> data = to_fit(session, created=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
        >>> messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read()
        >>> errors, len(messages["workout_step_mesgs"]) == 3 * len(session.exercises)
        ([], True)
    """
    stamp = _check(session, created)
    sdk = require("garmin_fit_sdk", extra="fit", argument="format", value="fit")
    numbers = sdk.Profile["mesg_num"]
    names = _name_numbers(sdk.Profile)
    steps: list[dict[str, Any]] = []
    for item in session.exercises:
        first = len(steps)
        steps.append(_work(item, first, names))
        steps.append(
            {
                "message_index": first + 1,
                "duration_type": "time",
                "duration_value": item.prescription.rest_seconds * 1000,
                "target_type": "open",
                "intensity": "rest",
            }
        )
        steps.append(
            {
                "message_index": first + 2,
                "duration_type": "repeat_until_steps_cmplt",
                "duration_value": first,
                "target_value": item.prescription.sets,
            }
        )
    key = f"{session.date}|{session.kind.value}|{session.template}".encode()
    encoder = sdk.Encoder()
    encoder.write_mesg(
        {
            "mesg_num": numbers["FILE_ID"],
            "type": "workout",
            "manufacturer": "development",
            "product": 0,
            "serial_number": int.from_bytes(hashlib.sha256(key).digest()[:4], "big") or 1,
            "time_created": stamp,
        }
    )
    encoder.write_mesg(
        {
            "mesg_num": numbers["WORKOUT"],
            "wkt_name": fit_name(session),
            "sport": "training",
            "sub_sport": "strength_training",
            "num_valid_steps": len(steps),
        }
    )
    for step in steps:
        encoder.write_mesg({"mesg_num": numbers["WORKOUT_STEP"], **step})
    data: bytes = encoder.close()
    return data


_FILE_SAFE = re.compile(r"[^A-Za-z0-9-]+")


def to_fit_files(plan: Plan, *, created: dt.datetime) -> dict[str, bytes]:
    """Every session of a plan as a FIT workout, keyed by a short ASCII file name.

    The names sort by date: ``"20261207-heavy.fit"`` (a second session on a day gets
    ``-2``). Copy the files to the watch's ``GARMIN/NewFiles`` folder over USB.

    Raises:
        MissingExtraError: ``garmin-fit-sdk`` is not installed (the ``fit`` extra).
        ArgumentTypeError: ``plan`` is not a Plan.

    Examples:
        >>> import datetime as dt, runstrength as rs
        >>> plan = rs.plan_season(rs.Athlete(level="beginner"), rs.RunningWeek.parse("sun long"),
        ...                       start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 13))
        >>> sorted(to_fit_files(plan, created=dt.datetime(2026, 12, 1, tzinfo=dt.UTC)))
        ['20261207-heavy.fit', '20261209-heavy.fit']
    """
    if not isinstance(plan, Plan):
        raise ArgumentTypeError("plan", plan, "must be a Plan", "pass plan_season's result")
    files: dict[str, bytes] = {}
    for session in plan.sessions():
        stem = _FILE_SAFE.sub("-", f"{session.date:%Y%m%d}-{session.kind.value}")
        name, number = f"{stem}.fit", 1
        while name in files:
            number += 1
            name = f"{stem}-{number}.fit"
        files[name] = to_fit(session, created=created)
    return files


_MAX_FILE = 64 * 1024 * 1024  # bytes: a day-long activity with every record is a few MB
_FIT_EPOCH = dt.datetime(1989, 12, 31, tzinfo=dt.UTC)
_MAX_OFFSET = dt.timedelta(hours=14)  # the widest UTC offset in use
_READ_FIX = "pass the bytes of a watch's activity file, e.g. Path('run.fit').read_bytes()"


class _NotARunError(FormatError):
    """An activity file of another sport (read_activities leaves it out)."""


def _activity_zone(tz: object) -> dt.tzinfo | None:
    if tz is None:
        return None
    if not isinstance(tz, str):
        raise ArgumentTypeError("tz", tz, "must be a time zone name", "e.g. tz='Europe/Berlin'")
    try:
        return zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            "tz", tz, "must be an IANA time zone name", "e.g. 'Europe/Berlin' or 'America/Denver'"
        ) from None


def _decode(data: object, argument: str) -> dict[str, list[dict[str, Any]]]:
    """The file's messages, after the SDK's own checks; every problem is a FormatError."""
    if not isinstance(data, bytes | bytearray):
        raise FormatError(argument, type(data).__name__, "must be bytes", _READ_FIX)
    if len(data) > _MAX_FILE:
        raise FormatError(argument, f"{len(data)} bytes", "must be at most 64 MB", _READ_FIX)
    sdk = require("garmin_fit_sdk", extra="fit", argument=argument, value="fit")

    def decoder() -> Any:  # each check consumes the stream: a fresh decoder each time
        return sdk.Decoder(sdk.Stream.from_byte_array(bytearray(data)))

    try:
        if not decoder().is_fit():
            raise FormatError(argument, f"{len(data)} bytes", "must be a FIT file", _READ_FIX)
        if not decoder().check_integrity():
            raise FormatError(
                argument,
                f"{len(data)} bytes",
                "must pass the FIT integrity check (the file is damaged or cut short)",
                "copy the file from the watch again",
            )
        messages, errors = decoder().read()
    except FormatError:
        raise
    except Exception as error:  # the SDK raises plain exceptions on malformed files
        raise FormatError(
            argument, f"{len(data)} bytes", f"must be a readable FIT file ({error})", _READ_FIX
        ) from None
    if errors:
        raise FormatError(
            argument,
            f"{len(data)} bytes",
            f"must be a readable FIT file ({errors[0]})",
            "copy the file from the watch again",
        )
    found: dict[str, list[dict[str, Any]]] = messages
    return found


def _local_date(start: dt.datetime, zone: dt.tzinfo | None, activity: dict[str, Any]) -> dt.date:
    """The start's date in the runner's zone, else in the watch's local time, else in UTC."""
    if zone is not None:
        return start.astimezone(zone).date()
    local, stamp = activity.get("local_timestamp"), activity.get("timestamp")
    if isinstance(local, int) and isinstance(stamp, dt.datetime):
        offset = _FIT_EPOCH + dt.timedelta(seconds=local) - stamp
        if abs(offset) <= _MAX_OFFSET:
            return (start + offset).date()
    return start.astimezone(dt.UTC).date()


def _seconds(session: dict[str, Any]) -> float | None:
    for field in ("total_timer_time", "total_elapsed_time"):
        value = session.get(field)
        if isinstance(value, int | float) and value > 0:
            return float(value)
    return None


def read_activity(data: bytes, *, tz: str | None = None) -> LoggedRun:
    """A run from a FIT activity file, as a watch writes it (needs the ``fit`` extra).

    The module says which fields are read. The run's date is the local date of its
    start: in ``tz`` when given, else in the watch's own local time (the activity
    message's ``local_timestamp``), else in UTC.

    Args:
        data: The file's bytes.
        tz: The runner's time zone, a name such as ``"Europe/Berlin"``.

    Raises:
        MissingExtraError: ``garmin-fit-sdk`` is not installed (the ``fit`` extra).
        FormatError: Bytes that are not a readable FIT activity file, or an activity
            that is not a run (``argument`` is ``data``; the rule says which).
        ValidationError: ``tz`` names no time zone.

    Examples:
        >>> from garmin_fit_sdk import Encoder, Profile
        >>> number = Profile["mesg_num"]
        >>> start = dt.datetime(2027, 1, 5, 6, 30, tzinfo=dt.UTC)
        >>> data = (Encoder()
        ...         .write_mesg({"mesg_num": number["FILE_ID"], "type": "activity"})
        ...         .write_mesg({"mesg_num": number["SESSION"], "sport": "running",
        ...                      "sub_sport": "trail", "start_time": start,
        ...                      "total_timer_time": 2910, "total_distance": 8200})
        ...         .close())
        >>> run = read_activity(data)
        >>> run.date, run.minutes, run.distance_km, run.title
        (datetime.date(2027, 1, 5), 48.5, 8.2, 'trail run')
    """
    zone = _activity_zone(tz)
    messages = _decode(data, "data")
    kinds = {f.get("type") for f in messages.get("file_id_mesgs", [])}
    if kinds and "activity" not in kinds:
        kind = ", ".join(sorted(str(k) for k in kinds))
        raise FormatError(
            "data", f"a {kind} file", "must be an activity file (a recorded run)", _READ_FIX
        )
    sessions = messages.get("session_mesgs", [])
    if not sessions:
        raise FormatError(
            "data", "no session", "must hold a session message (a finished activity)", _READ_FIX
        )
    legs = [s for s in sessions if s.get("sport") == "running"]
    if not legs:
        sports = ", ".join(sorted({str(s.get("sport", "unknown")) for s in sessions}))
        raise _NotARunError(
            "data",
            sports,
            "must be a running activity: only runs go in the training log",
            "leave other sports out (read_activities skips them)",
        )
    starts = [s.get("start_time") for s in legs]
    if not all(isinstance(start, dt.datetime) for start in starts):
        raise FormatError("data", "no start time", "must say when the run started", _READ_FIX)
    start = min(s for s in starts if isinstance(s, dt.datetime))
    activity = (messages.get("activity_mesgs") or [{}])[0]
    seconds = [_seconds(s) for s in legs]
    metres = sum(float(s.get("total_distance") or 0.0) for s in legs)
    sub = {str(s.get("sub_sport", "generic")) for s in legs}
    kind = sub.pop() if len(sub) == 1 else "generic"
    words = {
        "generic": "",
        "street": "",
        "indoor_running": "indoor",
        "virtual_activity": "virtual",
    }
    title = f"{words.get(kind, kind.replace('_', ' '))} run".strip()
    minutes = None
    if all(s is not None for s in seconds):
        minutes = round(sum(s for s in seconds if s is not None) / 60, 2)
    try:
        return LoggedRun(
            _local_date(start, zone, activity),
            minutes=minutes,
            distance_km=round(metres / 1000, 3) if metres > 0 else None,
            title=title,
        )
    except ValidationError as error:
        raise FormatError(
            "data", error.value, f"must hold a plausible run ({error})", _READ_FIX
        ) from None


def read_activities(files: Mapping[str, bytes], *, tz: str | None = None) -> tuple[LoggedRun, ...]:
    """The runs among many FIT activity files, in date order; other sports are left out.

    Args:
        files: The files' bytes by name (e.g. from a watch's ``GARMIN/Activity`` folder).
        tz: The runner's time zone, as for `read_activity`.

    Raises:
        MissingExtraError: ``garmin-fit-sdk`` is not installed (the ``fit`` extra).
        FormatError: A file that is not a readable activity file; ``argument`` names
            it (``files['run.fit']``).

    Examples:
        >>> from garmin_fit_sdk import Encoder, Profile
        >>> def activity(sport, day):
        ...     start = dt.datetime(2027, 1, day, 7, tzinfo=dt.UTC)
        ...     return Encoder().write_mesg({"mesg_num": Profile["mesg_num"]["SESSION"],
        ...                                  "sport": sport, "start_time": start,
        ...                                  "total_timer_time": 1800}).close()
        >>> files = {"a.fit": activity("running", 6), "b.fit": activity("cycling", 5),
        ...          "c.fit": activity("running", 4)}
        >>> [run.date.day for run in read_activities(files)]
        [4, 6]
    """
    if not isinstance(files, Mapping):
        raise ArgumentTypeError(
            "files", files, "must map file names to bytes", "e.g. {p.name: p.read_bytes()}"
        )
    runs: list[LoggedRun] = []
    for name in sorted(files, key=str):
        try:
            runs.append(read_activity(files[name], tz=tz))
        except _NotARunError:
            continue  # another sport: no place in the running volume
        except FormatError as error:
            raise FormatError(f"files[{name!r}]", error.value, error.rule, error.fix) from None
    return tuple(sorted(runs, key=lambda run: run.date))
