"""Building one session, exactly: the exercises, loads, cuts and reasons for each day's cap."""

from __future__ import annotations

import datetime as dt

import attrs

import runstrength as rs
from runstrength import _session as s
from runstrength._context import Context
from runstrength.hardness import Hardness
from runstrength.selection import Choice
from runstrength.taxonomy import PlyoIntensity
from runstrength.templates import TEMPLATES

CAT = rs.Catalogue.default()
P = rs.Prescription
SHORT = "a short session is fine (frequency over volume, SportCoaching and Proven Gains)"


def build(
    level: str, template: str, phase: str, step: int, one_rm: dict[str, float], **fit: object
) -> s.SessionPlan:
    athlete = rs.Athlete(level=level, one_rm=one_rm)
    ctx = Context(athlete, CAT)
    dose = rs.dose_for(level, phase)
    return s.build_session(
        ctx,
        TEMPLATES[template],
        dose,
        step,
        athlete.equipment,
        (),
        None,
        s.Fit(**fit),  # type: ignore[arg-type]
    )


def lines(plan: s.SessionPlan) -> list[str]:
    return [str(item) for item in plan.exercises]


def test_an_advanced_build_session_at_each_cap() -> None:
    one_rm = {"back-squat": 140.0, "trap-bar-deadlift": 160.0}
    hard = build("advanced", "advanced-pre-season", "build", 3, one_rm, ceiling=85)
    assert lines(hard) == [
        "Box jump: 3 x 5 contacts",
        "Lateral bound: 3 x 8 contacts per side",
        "Back squat: 3 x 4-6 @ 117.5 kg (RIR 2)",  # 83.9 %: under the 85 % ceiling
        "Barbell hip thrust: 3 x 4-6 (RIR 2)",
        "Single-leg Romanian deadlift: 3 x 6-8 per side (RIR 2)",
        "Pull-up: 2 x 8",
    ]
    assert (hard.template, hard.minutes, hard.hardness, hard.reasons) == (
        "advanced-pre-season",
        44.17,
        Hardness.HARD,
        (),
    )
    assert [len(i.prescription.warmup) for i in hard.exercises] == [0, 0, 3, 0, 0, 0]
    assert hard.exercises[3].notes == ("no 1RM known: pick a load you could lift 2 more times",)
    assert [i.key_lift for i in hard.exercises] == [
        t.key for t in TEMPLATES["advanced-pre-season"].slots
    ]
    moderate = build("advanced", "advanced-pre-season", "build", 3, one_rm, cap=Hardness.MODERATE)
    assert lines(moderate) == [
        "Pogo hops: 2 x 5 contacts",
        "Lateral line hops: 2 x 8 contacts",
        "Back squat: 2 x 6 @ 105 kg (RIR 3)",
        "Barbell hip thrust: 2 x 6 (RIR 3)",
        "Single-leg Romanian deadlift: 2 x 6-8 per side (RIR 3)",
        "Pull-up: 2 x 8",
    ]
    assert moderate.exercises[0].notes == (
        "Box jump is a moderate-intensity jump; the day holds a moderate session: Pogo hops "
        "instead",
    )
    assert (moderate.minutes, moderate.hardness) == (33.82, Hardness.MODERATE)
    assert moderate.reasons == (
        "kept moderate: 3 reps in reserve, at most 2 sets, no jumps above low intensity",
        f"about 34 minutes, under the dose's 40-50: {SHORT}",
    )


def test_an_intermediate_session_at_each_cap() -> None:
    one_rm = {"back-squat": 100.0, "romanian-deadlift": 100.0, "trap-bar-deadlift": 120.0}
    hard = build("intermediate", "intermediate-a", "base", 1, one_rm, why="x")
    assert lines(hard) == [
        "Front squat: 3 x 5-6 @ 55 kg (RIR 2)",
        "Romanian deadlift (barbell): 3 x 6-8 @ 75 kg (RIR 2)",
        "Bulgarian split squat: 3 x 6-8 per side (RIR 2)",
        "Standing calf raise: 3 x 8-10 (RIR 2)",
        "Pallof press: 3 x 11 per side",
    ]
    assert (hard.minutes, hard.hardness, hard.reasons) == (44.72, Hardness.HARD, ())
    moderate = build(
        "intermediate", "intermediate-a", "base", 1, one_rm, cap=Hardness.MODERATE, why="x"
    )
    assert lines(moderate) == [
        "Front squat: 2 x 6 @ 52.5 kg (RIR 3)",
        "Romanian deadlift (barbell): 2 x 6-8 @ 72.5 kg (RIR 3)",
        "Bulgarian split squat: 2 x 6-8 per side (RIR 3)",
        "Pallof press: 2 x 11 per side",
    ]
    assert (moderate.minutes, moderate.hardness) == (29.12, Hardness.MODERATE)
    assert moderate.reasons == (
        "kept moderate, x: 3 reps in reserve, at most 2 sets, no jumps above low intensity",
        "Standing calf raise left out to keep the legs to 6 working sets",
        f"about 29 minutes, under the dose's 35-45: {SHORT}",
    )
    light = build("intermediate", "intermediate-a", "base", 1, one_rm, cap=Hardness.LIGHT, why="x")
    assert lines(light) == [
        "Glute bridge: 2 x 11 (RIR 3)",
        "Bodyweight calf raise: 2 x 13 (RIR 3)",
        "Dead bug: 2 x 9 per side",
        "Side plank: 2 x 25 s per side",
        "Push-up: 2 x 9",
        "Band pull-apart: 2 x 13",
    ]
    assert (light.template, light.minutes, light.hardness) == ("light", 28.57, Hardness.LIGHT)
    assert light.reasons == (
        "a light session: core, upper body and easy leg work; x",
        f"about 29 minutes, under the dose's 35-45: {SHORT}",
    )
    plain = build("intermediate", "intermediate-a", "base", 1, one_rm, cap=Hardness.LIGHT)
    assert plain.reasons[0] == "a light session: core, upper body and easy leg work"


def test_a_moderate_dose() -> None:
    dose, choice = s._moderate(rs.dose_for("intermediate", "base"), Choice())
    assert (dose.rir, dose.sets, dose.reps) == (3.0, 2, (6, 8))
    assert type(dose.rir) is float  # 3 == 3.0, but prescriptions show it: "RIR 3.0"
    assert choice.plyo is PlyoIntensity.LOW
    assert choice.plyo_reason == "the day holds a moderate session"
    dose, choice = s._moderate(
        rs.dose_for("advanced", "base"), Choice(plyo=PlyoIntensity.LOW, plyo_reason="why")
    )
    assert (dose.rir, dose.sets, dose.reps) == (3.0, 2, (6, 6))
    assert (choice.plyo, choice.plyo_reason) == (PlyoIntensity.LOW, "why")
    easy = attrs.evolve(rs.dose_for("beginner", "base"), rir=4.0, sets=1)
    dose, _ = s._moderate(easy, Choice())
    assert (dose.rir, dose.sets, dose.reps) == (4.0, 1, (8, 12))


def items() -> list[rs.PlannedExercise]:
    return [
        rs.PlannedExercise(CAT["back-squat"], P(sets=3, reps=5, rest_seconds=120), key_lift=True),
        rs.PlannedExercise(CAT["glute-bridge"], P(sets=3, reps=12, rest_seconds=75)),
        rs.PlannedExercise(CAT["plank"], P(sets=2, seconds=30, rest_seconds=45)),
    ]


def fit(low: int, high: int) -> tuple[float, list[str], list[str]]:
    found = items()
    reasons: list[str] = []
    dose = attrs.evolve(rs.dose_for("intermediate", "base"), minutes=(low, high))
    minutes = s.fit_minutes(found, [i.key_lift for i in found], dose, reasons)
    return minutes, [str(i) for i in found], reasons


def test_fitting_the_minutes_trims_accessory_sets_last_first_then_drops_them() -> None:
    assert fit(20, 25) == (
        22.3,
        ["Back squat: 3 x 5", "Glute bridge: 3 x 12", "Plank: 2 x 30 s"],
        [],
    )
    assert fit(16, 20) == (
        19.2,
        ["Back squat: 3 x 5", "Glute bridge: 2 x 12", "Plank: 1 x 30 s"],
        ["accessory sets trimmed to fit the 16-20 minute dose"],
    )
    assert fit(15, 18) == (
        17.35,
        ["Back squat: 3 x 5", "Glute bridge: 1 x 12", "Plank: 1 x 30 s"],
        ["accessory sets trimmed to fit the 15-18 minute dose"],
    )
    assert fit(10, 14) == (
        12.75,
        ["Back squat: 3 x 5"],
        [
            "Plank left out to fit 14 minutes",
            "Glute bridge left out to fit 14 minutes",
            "accessory sets trimmed to fit the 10-14 minute dose",
        ],
    )
    assert fit(5, 8)[2][-1] == (
        "about 13 minutes, over the dose's 8: the key lifts alone take that long"
    )
    assert fit(30, 40)[2] == [f"about 22 minutes, under the dose's 30-40: {SHORT}"]
    assert fit(22, 23)[2] == []


def test_moderate_and_light_sessions_cut_leg_work() -> None:
    bridges = [
        rs.PlannedExercise(CAT["glute-bridge"], P(sets=2, reps=12, rir=3)) for _ in range(4)
    ]
    reasons: list[str] = []
    s._trim_lower(bridges, reasons)
    assert (len(bridges), reasons) == (
        3,
        ["Glute bridge left out to keep the legs to 6 working sets"],
    )
    keys = [
        rs.PlannedExercise(CAT["back-squat"], P(sets=4, reps=5), key_lift=True),
        rs.PlannedExercise(CAT["deadlift"], P(sets=4, reps=5), key_lift=True),
    ]
    reasons = []
    s._trim_lower(keys, reasons)
    assert (len(keys), reasons) == (2, [])  # key lifts are never left out
    mixed = [
        rs.PlannedExercise(CAT["glute-bridge"], P(sets=2, reps=12, rir=3)),
        rs.PlannedExercise(
            CAT["back-squat"], P(sets=3, reps=5, rir=2, percent_one_rm=80), key_lift=True
        ),
        rs.PlannedExercise(CAT["plank"], P(sets=2, seconds=30)),
        rs.PlannedExercise(CAT["reverse-lunge"], P(sets=2, reps=10, rir=3)),
        rs.PlannedExercise(CAT["calf-raise"], P(sets=2, reps=10, rir=3)),
    ]
    reasons = []
    s._keep_light(mixed, reasons)
    assert [str(i) for i in mixed] == [
        "Glute bridge: 2 x 12 (RIR 3)",
        "Plank: 2 x 30 s",
        "Reverse lunge: 2 x 10 (RIR 3)",
    ]
    assert reasons == [
        "Back squat left out: too much for a light session",
        "Bodyweight calf raise left out to keep the legs to 4 easy sets",
    ]


def _item(key: str, prescription: rs.Prescription, key_lift: bool = False) -> rs.PlannedExercise:
    return rs.PlannedExercise(CAT[key], prescription, key_lift=key_lift)


def test_trimming_for_a_moderate_day_leaves_out_the_last_lower_accessory_first() -> None:
    items = [
        _item("back-squat", P(sets=2, reps=5, rir=3, load=60), key_lift=True),
        _item("bulgarian-split-squat", P(sets=2, reps=8, rir=3)),
        _item("step-up", P(sets=2, reps=8, rir=3)),
        _item("standing-calf-raise", P(sets=2, reps=10, rir=3)),
        _item("plank", P(sets=2, seconds=30)),
    ]
    reasons: list[str] = []
    s._trim_lower(items, reasons)
    assert [i.exercise.key for i in items] == [
        "back-squat",
        "bulgarian-split-squat",
        "step-up",
        "plank",
    ]
    assert reasons == ["Standing calf raise left out to keep the legs to 6 working sets"]


def test_a_light_session_leaves_out_whatever_is_more_than_light_even_last() -> None:
    items = [
        _item("plank", P(sets=2, seconds=30)),
        _item("back-squat", P(sets=3, reps=5, rir=1, load=100)),
    ]
    reasons: list[str] = []
    s._keep_light(items, reasons)
    assert [i.exercise.key for i in items] == ["plank"]
    assert reasons == ["Back squat left out: too much for a light session"]


def _advanced(
    dose: rs.Dose, only: frozenset[str] | None = None, ceiling: float = 100.0
) -> s.SessionPlan:
    athlete = rs.Athlete(level="advanced", one_rm={"back-squat": 140.0})
    return s.build_session(
        Context(athlete, CAT),
        TEMPLATES["advanced-pre-season"],
        dose,
        3,
        athlete.equipment,
        (),
        only,
        s.Fit(ceiling=ceiling),
    )


def test_a_slot_with_nothing_allowed_is_skipped_and_the_rest_still_come() -> None:
    dose = rs.dose_for("advanced", "build")
    only = frozenset({"box-jump", "lateral-bound", "back-squat", "pull-up"})
    made = _advanced(dose, only)
    assert [i.exercise.key for i in made.exercises] == [
        "box-jump",
        "lateral-bound",
        "back-squat",
        "pull-up",
    ]
    assert made.reasons[0].startswith("Barbell hip thrust would be new in the taper")
    assert made.reasons[1].startswith("Single-leg Romanian deadlift would be new in the taper")


def test_jumps_share_the_contacts_left_in_the_dose_and_loads_keep_under_the_ceiling() -> None:
    dose = attrs.evolve(rs.dose_for("advanced", "build"), contacts=(10, 40))
    made = _advanced(dose)
    jumps = [(i.exercise.key, i.contacts) for i in made.exercises if i.contacts]
    assert jumps == [("box-jump", 15), ("lateral-bound", 16)]  # 40 - 15 = 25 left: 1 x 8 a side
    capped = _advanced(rs.dose_for("advanced", "build"), ceiling=60.0)
    squat = next(i for i in capped.exercises if i.exercise.key == "back-squat")
    assert squat.prescription.load is not None
    assert squat.prescription.load <= 140.0 * 0.60


def test_a_moderate_build_still_measured_hard_becomes_the_light_session() -> None:
    one_rm = {"back-squat": 140.0, "trap-bar-deadlift": 160.0, "romanian-deadlift": 120.0}
    athlete = rs.Athlete(level="intermediate", one_rm=one_rm)
    new_eccentric = frozenset(e.key for e in CAT if e.eccentric)

    def taper_session(only: frozenset[str] | None) -> s.SessionPlan:
        return s.build_session(
            Context(athlete, CAT),
            TEMPLATES["advanced-off-season"],
            rs.dose_for("intermediate", "taper"),
            0,
            athlete.equipment,
            (),
            only,
            s.Fit(cap=Hardness.MODERATE, fresh=new_eccentric),
        )

    made = taper_session(None)
    assert (made.template, made.hardness) == ("light", Hardness.LIGHT)
    assert made.reasons[0].startswith(
        "Advanced off-season (heavy) would still be hard (dumbbell romanian deadlift at about "
    )
    assert made.reasons[0].endswith("): the light session instead")
    assert made.reasons[1].startswith("a light session: core, upper body and easy leg work")
    assert "band-pull-apart" in {i.exercise.key for i in made.exercises}
    # Close to races only exercises done before may come, in the light session too.
    held = taper_session(frozenset(e.key for e in CAT) - {"band-pull-apart"})
    assert held.template == "light"
    assert "band-pull-apart" not in {i.exercise.key for i in held.exercises}


def test_a_moderate_session_says_its_reps_in_reserve_as_the_dose_does() -> None:
    # A day kept moderate (an own session the day before) raises RIR to 3: a float,
    # as every dose's RIR, so the prescription reads "RIR 3.0" like the rest.
    plan = rs.plan_season(
        rs.Athlete(level="intermediate", equipment="home"),
        rs.RunningWeek.parse("tue intervals, thu tempo, sun long"),
        start=dt.date(2026, 12, 7),
        end=dt.date(2026, 12, 27),
        own_strength=[dt.date(2026, 12, 10)],
    )
    moderate = [s for s in plan.sessions() if s.hardness is Hardness.MODERATE]
    assert moderate
    rirs = [i.prescription.rir for s in moderate for i in s.exercises]
    assert 3.0 in rirs
    assert all(rir is None or type(rir) is float for rir in rirs)


def test_the_light_session_instead_keeps_to_the_kit() -> None:
    # Without a band the light session's upper-back work is the face pull, not the
    # band pull-apart.
    one_rm = {"back-squat": 140.0, "trap-bar-deadlift": 160.0, "romanian-deadlift": 120.0}
    kit = rs.Athlete(level="intermediate").equipment - {rs.Equipment.BAND}
    athlete = rs.Athlete(level="intermediate", one_rm=one_rm, equipment=kit)
    made = s.build_session(
        Context(athlete, CAT),
        TEMPLATES["advanced-off-season"],
        rs.dose_for("intermediate", "taper"),
        0,
        athlete.equipment,
        (),
        None,
        s.Fit(cap=Hardness.MODERATE, fresh=frozenset(e.key for e in CAT if e.eccentric)),
    )
    assert made.template == "light"
    assert made.reasons[0].endswith("): the light session instead")
    assert [i.exercise.key for i in made.exercises] == [
        "glute-bridge",
        "calf-raise",
        "dead-bug",
        "side-plank",
        "push-up",
        "face-pull",
    ]


def test_a_key_lift_taken_from_another_pattern_reserves_that_pattern() -> None:
    # Without a back squat the key squat slot takes the trap-bar deadlift, a hinge: no
    # later swap may take a hinge then (the Romanian deadlift would fit the knee-flexion
    # slot's category).
    athlete = rs.Athlete(level="advanced")
    only = frozenset(
        {
            "trap-bar-deadlift",
            "hip-thrust",
            "romanian-deadlift",
            "bulgarian-split-squat",
            "plank",
            "side-plank",
            "dead-bug",
        }
    )
    chosen = s.select_exercises(
        Context(athlete, CAT), TEMPLATES["advanced-off-season"], athlete.equipment, (), only
    )
    assert [e and e.key for _, e, _ in chosen] == [
        "trap-bar-deadlift",
        "hip-thrust",
        "bulgarian-split-squat",
        None,
        "plank",
        "side-plank",
        "dead-bug",
    ]
    assert chosen[3][2] == (
        "Nordic curl would be new in the taper (SportCoaching: no new exercises in a taper), "
        "and no knee-flexion or bilateral exercise fits: left out"
    )
