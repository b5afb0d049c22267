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
from runstrength.formats.fit import (
    FALLBACK_CATEGORIES,
    fit_name,
    read_activities,
    read_activity,
    to_fit,
    to_fit_files,
)
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


# Runs in from activity files: real FIT activity files made with the SDK's own encoder
# (file id, start event, records, a lap, the session and the activity, as a watch
# writes them), read back by read_activity through the SDK's decoder.

NUMBERS = Profile["mesg_num"]
FIT_EPOCH = dt.datetime(1989, 12, 31, tzinfo=dt.UTC)


def activity_file(
    *legs: tuple[str, str, float, float | None],
    start: dt.datetime = dt.datetime(2027, 1, 5, 6, 30, tzinfo=dt.UTC),
    utc_offset_hours: float | None = 1.0,
    paused_seconds: float = 60.0,
    timer: bool = True,
    kind: str = "activity",
) -> bytes:
    """An activity with one session per leg (sport, sub sport, seconds moving, metres)."""
    from garmin_fit_sdk import Encoder

    encoder = Encoder()
    encoder.write_mesg(
        {
            "mesg_num": NUMBERS["FILE_ID"],
            "type": kind,
            "manufacturer": "garmin",
            "product": 3113,
            "serial_number": 3_999_123_456,
            "time_created": start,
        }
    )
    encoder.write_mesg(
        {
            "mesg_num": NUMBERS["EVENT"],
            "timestamp": start,
            "event": "timer",
            "event_type": "start",
        }
    )
    moment = start
    for index, (sport, sub_sport, seconds, metres) in enumerate(legs):
        for step in range(4):
            encoder.write_mesg(
                {
                    "mesg_num": NUMBERS["RECORD"],
                    "timestamp": moment + dt.timedelta(seconds=seconds * step / 3),
                    "distance": (metres or 0.0) * step / 3,
                    "heart_rate": 140 + step,
                }
            )
        elapsed = seconds + paused_seconds
        times = {"total_elapsed_time": elapsed}
        if timer:
            times["total_timer_time"] = seconds
        end = moment + dt.timedelta(seconds=elapsed)
        encoder.write_mesg(
            {
                "mesg_num": NUMBERS["LAP"],
                "timestamp": end,
                "start_time": moment,
                "total_distance": metres or 0.0,
                "message_index": index,
                **times,
            }
        )
        session: dict[str, Any] = {
            "mesg_num": NUMBERS["SESSION"],
            "timestamp": end,
            "start_time": moment,
            "sport": sport,
            "sub_sport": sub_sport,
            "message_index": index,
            "first_lap_index": index,
            "num_laps": 1,
            **times,
        }
        if metres is not None:
            session["total_distance"] = metres
        encoder.write_mesg(session)
        moment = end
    activity: dict[str, Any] = {
        "mesg_num": NUMBERS["ACTIVITY"],
        "timestamp": moment,
        "num_sessions": len(legs),
        "type": "manual",
        "event": "activity",
        "event_type": "stop",
    }
    if utc_offset_hours is not None:
        local = moment + dt.timedelta(hours=utc_offset_hours)
        activity["local_timestamp"] = round((local - FIT_EPOCH).total_seconds())
    encoder.write_mesg(activity)
    data: bytes = encoder.close()
    decode(data)  # the SDK's own checks pass: a well-formed file
    return data


EASY = ("running", "street", 2910.0, 8200.0)


def test_a_run_is_read_from_an_activity_file() -> None:
    run = read_activity(activity_file(EASY))
    assert run == rs.LoggedRun(dt.date(2027, 1, 5), minutes=48.5, distance_km=8.2, title="run")
    assert run.rpe is None  # the watch's effort is not read: the runner adds it
    assert run.load == 0.0


def test_the_minutes_are_the_moving_time_else_the_elapsed_time() -> None:
    assert read_activity(activity_file(EASY, paused_seconds=600)).minutes == 48.5
    assert read_activity(activity_file(EASY, paused_seconds=600, timer=False)).minutes == 58.5


@pytest.mark.parametrize(
    ("sub_sport", "metres", "title", "km"),
    [
        ("trail", 12_345.6, "trail run", 12.346),
        ("treadmill", 0.0, "treadmill run", None),
        ("track", None, "track run", None),
        ("indoor_running", 5000.0, "indoor run", 5.0),
        ("virtual_activity", 5000.0, "virtual run", 5.0),
        ("generic", 5000.0, "run", 5.0),
    ],
)
def test_sub_sports_give_the_title_and_no_distance_stays_none(
    sub_sport: str, metres: float | None, title: str, km: float | None
) -> None:
    run = read_activity(activity_file(("running", sub_sport, 1800.0, metres)))
    assert (run.title, run.distance_km) == (title, km)


def test_the_date_is_the_runners_local_date() -> None:
    late = dt.datetime(2027, 1, 4, 23, 30, tzinfo=dt.UTC)  # Monday night in UTC
    berlin = activity_file(EASY, start=late, utc_offset_hours=1)
    assert read_activity(berlin).date == dt.date(2027, 1, 5)  # the watch's local time
    assert read_activity(berlin, tz="America/Denver").date == dt.date(2027, 1, 4)
    assert read_activity(berlin, tz="Europe/Berlin").date == dt.date(2027, 1, 5)
    unknown = activity_file(EASY, start=late, utc_offset_hours=None)
    assert read_activity(unknown).date == dt.date(2027, 1, 4)  # no local time: UTC
    assert_invalid(lambda: read_activity(berlin, tz="Mars/Olympus"), rs.ValidationError, "tz")
    assert_invalid(lambda: read_activity(berlin, tz=1), rs.ArgumentTypeError, "tz")  # type: ignore[arg-type]


def test_a_multisport_activity_gives_one_run_of_its_running_legs() -> None:
    duathlon = activity_file(
        ("running", "street", 1200.0, 5000.0),
        ("cycling", "road", 3600.0, 30_000.0),
        ("running", "street", 1500.0, 5000.0),
    )
    run = read_activity(duathlon)
    assert (run.minutes, run.distance_km, run.title) == (45.0, 10.0, "run")


def test_other_sports_are_refused_and_left_out_of_many() -> None:
    ride = activity_file(("cycling", "road", 3600.0, 30_000.0))
    with pytest.raises(rs.FormatError, match="must be a running activity") as info:
        read_activity(ride)
    assert (info.value.argument, info.value.value) == ("data", "cycling")
    runs = read_activities(
        {
            "2.fit": activity_file(EASY, start=dt.datetime(2027, 1, 7, 7, tzinfo=dt.UTC)),
            "1.fit": ride,
            "3.fit": activity_file(EASY),
        }
    )
    assert [r.date for r in runs] == [dt.date(2027, 1, 5), dt.date(2027, 1, 7)]


def test_bad_bytes_name_the_argument_and_the_fix() -> None:
    good = activity_file(EASY)
    workout = to_fit(_fixed_session(), created=CREATED)
    damaged = good[:-30] + bytes(30)
    cases = [
        (b"not a fit file at all", "must be a FIT file"),
        (damaged, "integrity check"),
        (good[:20], "FIT"),
        (workout, "must be an activity file"),
        (activity_file(EASY, kind="activity")[:14] + b"\x00" * 2, "FIT"),
        ("run.fit", "must be bytes"),
    ]
    for data, rule in cases:
        with pytest.raises(rs.FormatError, match=rule) as info:
            read_activity(data)  # type: ignore[arg-type]
        assert info.value.argument == "data"
        assert info.value.fix
    with pytest.raises(rs.FormatError, match="integrity") as many:
        read_activities({"good.fit": good, "bad.fit": damaged})
    assert many.value.argument == "files['bad.fit']"
    assert_invalid(lambda: read_activities([good]), rs.ArgumentTypeError, "files")  # type: ignore[arg-type]


def test_an_activity_without_a_session_or_a_start_is_refused() -> None:
    from garmin_fit_sdk import Encoder

    bare = (
        Encoder()
        .write_mesg({"mesg_num": NUMBERS["FILE_ID"], "type": "activity"})
        .write_mesg({"mesg_num": NUMBERS["RECORD"], "timestamp": CREATED, "distance": 10.0})
        .close()
    )
    with pytest.raises(rs.FormatError, match="session message"):
        read_activity(bare)
    no_start = (
        Encoder()
        .write_mesg({"mesg_num": NUMBERS["SESSION"], "sport": "running", "total_timer_time": 60})
        .close()
    )
    with pytest.raises(rs.FormatError, match="when the run started"):
        read_activity(no_start)
    too_long = (
        Encoder()
        .write_mesg(
            {
                "mesg_num": NUMBERS["SESSION"],
                "sport": "running",
                "start_time": CREATED,
                "total_timer_time": 2 * 24 * 3600,
            }
        )
        .close()
    )
    with pytest.raises(rs.FormatError, match="plausible run"):
        read_activity(too_long)


def test_reading_activities_names_the_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    data = activity_file(EASY)
    monkeypatch.setitem(sys.modules, "garmin_fit_sdk", None)
    with pytest.raises(rs.MissingExtraError, match=r"runstrength\[fit\]"):
        read_activity(data)


def test_runs_from_watch_files_join_a_log_and_feed_the_running_volume() -> None:
    files = {
        f"{week}-{day}.fit": activity_file(
            ("running", "street", 3000.0, 10_000.0 if week < 3 else 14_000.0),
            start=dt.datetime(2027, 1, 4, 7, tzinfo=dt.UTC) + dt.timedelta(days=7 * week + day),
        )
        for week in range(4)
        for day in (0, 2, 5)
    }
    runs = read_activities(files, tz="Europe/Berlin")
    log = rs.TrainingLog().with_runs(runs)
    assert log.with_runs(runs) == log  # the same files twice count once
    assert len(log.runs) == 12
    week = rs.RunningWeek.parse("tue intervals 10km, thu tempo 10km, sun long 20km")
    plan = rs.plan_season(
        rs.Athlete(level="intermediate"), week, start=dt.date(2027, 1, 4), end=dt.date(2027, 3, 28)
    )
    again = rs.replan(plan, log, today=dt.date(2027, 1, 31))
    lighter = again.week_of(dt.date(2027, 2, 1))
    assert lighter is not None
    assert sum("heavy running week" in n for n in lighter.notes) == 1
    assert_invalid(lambda: log.with_runs(runs[0]), rs.ArgumentTypeError, "runs")  # type: ignore[arg-type]
    assert_invalid(lambda: log.with_runs([1]), rs.ArgumentTypeError, "runs[0]")  # type: ignore[list-item]
