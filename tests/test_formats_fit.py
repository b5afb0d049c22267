"""FIT workouts: every file decoded with Garmin's own SDK, checked against the prescriptions."""

from __future__ import annotations

import datetime as dt
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from garmin_fit_sdk import Decoder, Profile, Stream

import runstrength as rs
from runstrength.formats.fit import FALLBACK_CATEGORIES, fit_name, to_fit, to_fit_files
from runstrength.plan import PlannedExercise, PlannedSession
from runstrength.scheduling import SessionKind
from tests.invalid import assert_invalid

FIXTURES = Path(__file__).parent / "fixtures"
CREATED = dt.datetime(2026, 12, 1, 6, 0, tzinfo=dt.UTC)
TYPES = Profile["types"]


def decode(data: bytes) -> dict[str, list[dict[str, Any]]]:
    """The file's messages, after the SDK's own checks (each needs a fresh decoder)."""
    assert Decoder(Stream.from_byte_array(bytearray(data))).is_fit()
    assert Decoder(Stream.from_byte_array(bytearray(data))).check_integrity()
    messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read()
    assert errors == []
    return messages  # type: ignore[no-any-return]


def check_session(session: PlannedSession, data: bytes) -> None:
    """Every step of the file says what the session prescribes."""
    messages = decode(data)
    (file_id,) = messages["file_id_mesgs"]
    assert (file_id["type"], file_id["time_created"]) == ("workout", CREATED)
    (workout,) = messages["workout_mesgs"]
    steps = messages["workout_step_mesgs"]
    assert workout["wkt_name"] == fit_name(session)
    assert workout["wkt_name"].isascii()
    assert len(workout["wkt_name"]) <= 15
    assert (workout["sport"], workout["sub_sport"]) == ("training", "strength_training")
    assert workout["num_valid_steps"] == len(steps) == 3 * len(session.exercises)
    assert [s["message_index"] for s in steps] == list(range(len(steps)))
    for number, item in enumerate(session.exercises):
        work, rest, repeat = steps[3 * number : 3 * number + 3]
        p, exercise = item.prescription, item.exercise
        assert work["intensity"] == "active"
        assert work["wkt_step_name"] == exercise.name.encode("ascii", "ignore").decode()
        if p.seconds is not None:
            assert (work["duration_type"], work["duration_time"]) == ("time", p.seconds)
        elif p.metres is not None:
            assert (work["duration_type"], work["duration_distance"]) == ("distance", p.metres)
        else:
            assert (work["duration_type"], work["duration_reps"]) == ("reps", p.reps or p.contacts)
        assert work["exercise_category"] == exercise.garmin_category
        if exercise.garmin_name:
            names = TYPES[f"{exercise.garmin_category}_exercise_name"]
            assert names[work["exercise_name"]] == exercise.garmin_name
        else:
            assert "exercise_name" not in work
        if p.load:
            factor = 0.45359237 if p.unit is rs.Unit.LB else 1.0
            assert work["exercise_weight"] == pytest.approx(round(p.load * factor, 2))
            unit = "pound" if p.unit is rs.Unit.LB else "kilogram"
            assert work["weight_display_unit"] == unit
        else:
            assert "exercise_weight" not in work
        notes = work.get("notes", "")
        assert ("per side" in notes) == p.per_side
        assert ("RIR" in notes) == (p.rir is not None)
        if p.rir is not None:
            assert f"RIR {p.rir:g}" in notes
        assert rest["intensity"] == "rest"
        assert "exercise_category" not in rest  # category 0 would show a bench press
        assert rest["duration_time"] == p.rest_seconds
        assert repeat["duration_type"] == "repeat_until_steps_cmplt"
        assert (repeat["duration_step"], repeat["repeat_steps"]) == (3 * number, p.sets)


def test_every_catalogue_exercise_has_a_garmin_counterpart_in_the_profile() -> None:
    categories = set(TYPES["exercise_category"].values())
    for exercise in rs.Catalogue.default():
        assert exercise.garmin_category in categories, exercise.key
        if exercise.garmin_name:
            names = TYPES[f"{exercise.garmin_category}_exercise_name"].values()
            assert exercise.garmin_name in names, exercise.key
    assert set(FALLBACK_CATEGORIES.values()) <= categories


@pytest.mark.parametrize("level", list(rs.Level))
@pytest.mark.parametrize("kit", ["gym", "home", "bodyweight"])
@pytest.mark.parametrize("unit", ["kg", "lb"])
def test_a_round_trip_per_level_kit_and_unit(level: rs.Level, kit: str, unit: str) -> None:
    one_rm = {"back-squat": 100.0, "romanian-deadlift": 90.0, "hip-thrust": 120.0}
    if unit == "lb":
        one_rm = {key: value * 2.2 for key, value in one_rm.items()}
    athlete = rs.Athlete(level=level, equipment=kit, unit=unit, one_rm=one_rm)
    week = rs.RunningWeek.parse("tue intervals, thu easy, sun long")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)  # 1RMs a kit cannot use
        plan = rs.plan_season(athlete, week, start=dt.date(2026, 12, 7), end=dt.date(2027, 1, 3))
    files = to_fit_files(plan, created=CREATED)
    sessions = plan.sessions()
    assert len(files) == len(sessions)
    for name, session in zip(sorted(files), sessions, strict=True):
        assert name.isascii()
        assert name.endswith(".fit")
        assert len(name) <= 24
        check_session(session, files[name])


def _fixed_session() -> PlannedSession:
    cat = rs.Catalogue.default()
    items = (
        ("back-squat", rs.Prescription(sets=3, reps=5, reps_max=6, rir=2, load=225, unit="lb")),
        ("bulgarian-split-squat", rs.Prescription(sets=2, reps=8, rir=2, per_side=True)),
        ("box-jump", rs.Prescription(sets=3, contacts=5, rest_seconds=90)),
        ("side-plank", rs.Prescription(sets=2, seconds=30, per_side=True, rest_seconds=45)),
        ("farmer-carry", rs.Prescription(sets=2, metres=40, load=50, unit="lb")),
        ("pogo-hops", rs.Prescription(sets=2, contacts=20, rest_seconds=30)),
    )
    return PlannedSession(
        dt.date(2027, 1, 12),
        SessionKind.HEAVY,
        "intermediate-a",
        rs.RunningDay(),
        tuple(PlannedExercise(cat[key], p) for key, p in items),
        44.0,
    )


def test_225_lb_reads_back_as_102_06_kg_shown_in_pounds() -> None:
    session = _fixed_session()
    data = to_fit(session, created=CREATED)
    steps = decode(data)["workout_step_mesgs"]
    squat = steps[0]
    assert squat["exercise_weight"] == 102.06
    assert squat["weight_display_unit"] == "pound"
    assert squat["notes"] == "5-6 reps; RIR 2"
    assert (squat["exercise_category"], squat["exercise_name"]) == ("squat", 6)
    assert steps[6]["duration_reps"] == 5  # box jumps: contacts as reps
    assert steps[16]["duration_time"] == 30
    assert "exercise_name" not in steps[15]  # pogo hops: no Garmin counterpart


def test_the_golden_file() -> None:
    # Regenerate after a deliberate change of the writer:
    # to_fit(_fixed_session(), created=CREATED) -> tests/fixtures/golden_session.fit
    golden = (FIXTURES / "golden_session.fit").read_bytes()
    assert to_fit(_fixed_session(), created=CREATED) == golden
    steps = decode(golden)["workout_step_mesgs"]
    assert len(steps) == 18


def test_an_exercise_without_a_garmin_category_takes_the_fallback() -> None:
    own = rs.Exercise(
        key="wall-sit",
        name="Wall sit",
        category=rs.Category.BILATERAL,
        pattern=rs.Pattern.SQUAT,
        muscles=(rs.Muscle.QUADRICEPS,),
        dosing=rs.Dosing.TIME,
    )
    session = PlannedSession(
        dt.date(2027, 1, 12),
        SessionKind.LIGHT,
        "light",
        rs.RunningDay(),
        (PlannedExercise(own, rs.Prescription(sets=2, seconds=45)),),
        10.0,
    )
    work = decode(to_fit(session, created=CREATED.replace(tzinfo=None)))["workout_step_mesgs"][0]
    assert work["exercise_category"] == FALLBACK_CATEGORIES[rs.Category.BILATERAL]
    assert "notes" not in work


def test_two_sessions_a_day_get_two_names() -> None:
    plan = rs.plan_season(
        rs.Athlete(level="beginner"),
        rs.RunningWeek.parse("sun long"),
        start=dt.date(2026, 12, 7),
        end=dt.date(2026, 12, 13),
    )
    import attrs

    week = plan.weeks[0]
    doubled = attrs.evolve(
        plan,
        weeks=(attrs.evolve(week, sessions=(week.sessions[0], week.sessions[0])),),
    )
    assert sorted(to_fit_files(doubled, created=CREATED)) == [
        "20261207-heavy-2.fit",
        "20261207-heavy.fit",
    ]


def test_bad_arguments() -> None:
    session = _fixed_session()
    assert_invalid(lambda: to_fit("session", created=CREATED), rs.ArgumentTypeError, "session")  # type: ignore[arg-type]
    assert_invalid(lambda: to_fit(session, created="now"), rs.ArgumentTypeError, "created")  # type: ignore[arg-type]
    assert_invalid(
        lambda: to_fit(session, created=dt.datetime(1980, 1, 1)), rs.ValidationError, "created"
    )
    assert_invalid(lambda: to_fit_files("plan", created=CREATED), rs.ArgumentTypeError, "plan")  # type: ignore[arg-type]
    import attrs

    heavy = attrs.evolve(
        session.exercises[0],
        prescription=attrs.evolve(session.exercises[0].prescription, load=1500.0),
    )
    too_heavy = attrs.evolve(session, exercises=(heavy,))
    assert_invalid(lambda: to_fit(too_heavy, created=CREATED), rs.ValidationError, "session")


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "garmin_fit_sdk", None)
    with pytest.raises(rs.MissingExtraError, match=r"runstrength\[fit\]"):
        to_fit(_fixed_session(), created=CREATED)


def test_garmin_fields_are_validated() -> None:
    base = {
        "key": "wall-sit",
        "name": "Wall sit",
        "category": rs.Category.BILATERAL,
        "pattern": rs.Pattern.SQUAT,
        "muscles": (rs.Muscle.QUADRICEPS,),
        "dosing": rs.Dosing.TIME,
    }
    assert_invalid(
        lambda: rs.Exercise(**base, garmin_name="wall_sit"), rs.CatalogueError, "garmin_name"
    )
    assert_invalid(
        lambda: rs.Exercise(**base, garmin_category="Squat!"),
        rs.CatalogueError,
        "garmin_category",
    )
    record = {**rs.Catalogue.default().to_records()[0], "garmin_category": 3}
    assert_invalid(
        lambda: rs.Catalogue.from_records([record]),
        rs.CatalogueError,
        "records[0].garmin_category",
    )


def test_the_command_line_writes_one_file_per_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from runstrength.cli import main

    folder = tmp_path / "watch"
    argv = ["plan", "--end", "2026-12-20", "--format", "fit", "--output", str(folder)]
    assert main([*argv, "--dtstamp", "2026-12-01T06:00:00+00:00", "--unit", "lb"]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "20261208-heavy.fit",
        "20261210-power.fit",
        "20261215-heavy.fit",
        "20261217-power.fit",
    ]
    assert "4 workouts written to" in capsys.readouterr().out
    for name in names:
        decode((folder / name).read_bytes())
    assert main(["plan", "--format", "fit"]) == 2
    assert "'--output' must name a folder" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    assert (
        main(
            ["plan", "--end", "2026-12-13", "--format", "fit", "--output", str(tmp_path / "file")]
        )
        == 2
    )
    assert "must be a writable folder" in capsys.readouterr().err
