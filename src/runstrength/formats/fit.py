"""Strength sessions as Garmin watch workouts (FIT files; needs the ``fit`` extra).

`to_fit` writes one planned session as a FIT workout file with Garmin's own SDK
(``garmin-fit-sdk``), which is under Garmin's FIT Protocol License: it is not open
source and may not be redistributed, so ``runstrength`` never ships or re-exports it.
Install it yourself with the extra (``pip install "runstrength[fit]"``); it is imported
only when a FIT file is written.

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
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from runstrength._optional import require
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.implements import Unit
from runstrength.plan import Plan, PlannedExercise, PlannedSession
from runstrength.taxonomy import Category

__all__ = ["FALLBACK_CATEGORIES", "MAX_WEIGHT_KG", "fit_name", "to_fit", "to_fit_files"]

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
