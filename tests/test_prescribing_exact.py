"""The planner's prescription maths, exactly: ranges, steps, loads, contacts and minutes."""

from __future__ import annotations

import pytest

import runstrength as rs
from runstrength import _prescribing as p
from runstrength._context import Context
from runstrength.taxonomy import Category, Pattern
from runstrength.templates import Slot

CAT = rs.Catalogue.default()
DOSE = rs.dose_for("intermediate", "base")  # 3 sets of 5-8 at RIR 2, 0-24 contacts


def slot(**fields: object) -> Slot:
    base: dict[str, object] = {
        "prefer": ("back-squat",),
        "pattern": Pattern.SQUAT,
        "category": Category.BILATERAL,
        "sets": 3,
    }
    return Slot(**{**base, **fields})  # type: ignore[arg-type]


def ctx(**athlete: object) -> Context:
    return Context(rs.Athlete(**{"level": "intermediate", **athlete}), CAT)  # type: ignore[arg-type]


def test_sets_steps_and_rounding() -> None:
    assert p.set_count(slot(sets=3), DOSE) == 3
    assert p.set_count(slot(sets=4), DOSE) == 3
    assert p.set_count(slot(sets=2), DOSE) == 2
    assert p.set_count(slot(sets=2), rs.dose_for("beginner", "taper")) == 1
    assert [p.step_fraction(s) for s in range(5)] == [0.0, 1 / 3, 2 / 3, 1.0, 1.0]
    assert p.between(8, 12, 0.0) == 8
    assert p.between(8, 12, 1.0) == 12
    assert p.between(8, 12, 0.5) == 10
    assert p.between(8, 12, 1 / 3) == 9
    assert p.between(8, 12, 0.625) == 11  # 10.5 rounds up
    assert p.between(20, 40, 1 / 3, 5) == 25
    assert p.between(20, 40, 0.5, 5) == 30
    assert p.between(20, 30, 0.75, 5) == 30  # 27.5 rounds up to a multiple of 5
    assert p.between(22, 24, 0.0, 5) == 22  # never below the range
    assert p.between(21, 23, 1.0, 5) == 23  # never above it


def test_rep_ranges_follow_the_dose_on_key_lifts_only() -> None:
    assert p.rep_range(slot(reps=(8, 12)), DOSE) == (8, 12)
    assert p.rep_range(slot(reps=(4, 6), key=True), DOSE) == (5, 6)
    assert p.rep_range(slot(reps=(6, 10), key=True), DOSE) == (6, 8)
    assert p.rep_range(slot(reps=(8, 8), key=True), DOSE) == (8, 8)
    assert p.rep_range(slot(reps=(10, 12), key=True), DOSE) == (5, 8)  # no overlap: the dose's


def test_rests() -> None:
    assert p.rest_seconds(CAT["box-jump"], True) == 60
    assert p.rest_seconds(CAT["back-squat"], True) == 120
    assert p.rest_seconds(CAT["back-squat"], False) == 75
    assert p.rest_seconds(CAT["bench-press"], True) == 120
    assert p.rest_seconds(CAT["bench-press"], False) == 45
    assert p.rest_seconds(CAT["plank"], False) == 45
    assert p.rest_seconds(CAT["glute-bridge"], True) == 75


def test_a_stack_moves_in_plain_steps() -> None:
    assert p.achievable(None, rs.Unit.KG, 50.0, 21.0).tolist() == [20.0, 22.5]
    assert p.achievable(None, rs.Unit.LB, 50.0, 21.0).tolist() == [20.0, 25.0]
    assert p.achievable(None, rs.Unit.KG, 50.0, 20.0).tolist() == [20.0]
    assert p.achievable(None, rs.Unit.KG, 21.0, 21.0).tolist() == [20.0]  # capped
    assert p.achievable(None, rs.Unit.KG, 22.5, 30.0).tolist() == [22.5]
    assert p.achievable(None, rs.Unit.KG, 2.0, 1.0).tolist() == []
    assert p.achievable(None, rs.Unit.KG, 50.0, 1.0).tolist() == [2.5]
    bell = rs.Athlete(level="beginner").dumbbells
    assert p.achievable(bell, rs.Unit.KG, 3.0, 2.0).tolist() == [1.0, 2.0, 3.0]


def test_loads_from_the_1rm_at_the_bottom_and_top_of_the_range() -> None:
    c = ctx(one_rm={"back-squat": 100.0})
    kit = c.athlete.equipment
    load, percent, ramp, notes = p.kit_load(c, CAT["back-squat"], (5, 8), 2.0, 0.0, kit)
    assert (load, percent, notes) == (75.0, 75.0, ())
    assert [(w.reps, w.load) for w in ramp] == [(5, 37.5), (3, 52.5), (2, 62.5)]
    load, percent, _, _ = p.kit_load(c, CAT["back-squat"], (5, 8), 2.0, 1.0, kit)
    assert (load, percent) == (80.0, 80.0)  # 82.5 would be above 82 % of the 1RM
    assert p.kit_load(c, CAT["back-squat"], (5, 8), 2.0, 0.0, kit, ceiling=60)[0] == 60.0
    assert p.kit_load(c, CAT["goblet-squat"], (5, 8), 2.0, 1.0, kit) == (
        None,
        None,
        (),
        ("no 1RM known: pick a load you could lift 2 more times",),
    )
    weak = ctx(one_rm={"back-squat": 20.0})
    assert p.kit_load(weak, CAT["back-squat"], (5, 8), 2.5, 0.0, weak.athlete.equipment) == (
        None,
        None,
        (),
        ("even the lightest load is above 81 % of the 1RM: pick a load you could lift 2.5 "
         "more times",),
    )  # fmt: skip
    home = ctx(one_rm={"goblet-squat": 100.0}, equipment="home")
    load, percent, _, notes = p.kit_load(
        home, CAT["goblet-squat"], (5, 8), 2.0, 0.0, home.athlete.equipment
    )
    assert (load, percent) == (50.0, 50.0)
    assert notes == (
        "the nearest load the kit makes is 50 % of the 1RM, under the 74-82 % the reps ask for",
    )
    cable = ctx(one_rm={"cable-row": 50.0})
    assert p.kit_load(cable, CAT["cable-row"], (8, 12), 2.0, 0.5, cable.athlete.equipment) == (
        35.0,
        70.0,
        (),
        (),
    )


def test_prescriptions_by_dosing() -> None:
    c = ctx(one_rm={"back-squat": 100.0})
    kit = c.athlete.equipment
    key = slot(reps=(4, 8), key=True)
    squat, notes = p.prescribe(c, key, CAT["back-squat"], 3, DOSE, 0.5, kit, 24)
    assert squat is not None
    assert (squat.sets, squat.reps, squat.reps_max, squat.rir, squat.load) == (3, 5, 8, 2.0, 77.5)
    assert (squat.rest_seconds, squat.per_side, squat.unit) == (120, False, rs.Unit.KG)
    assert len(squat.warmup) == 3
    assert notes == ()
    accessory = slot(reps=(5, 5))
    plain, _ = p.prescribe(c, accessory, CAT["back-squat"], 2, DOSE, 0.5, kit, 24)
    assert plain is not None
    assert (plain.reps, plain.reps_max, plain.warmup, plain.rest_seconds) == (5, None, (), 75)
    # Bodyweight work standing in for a loaded lift takes more reps; eccentric work stays low.
    stand_in, _ = p.prescribe(c, slot(reps=(8, 12)), CAT["bodyweight-squat"], 2, DOSE, 0.0, kit, 0)
    assert stand_in is not None
    assert (stand_in.reps, stand_in.rir, stand_in.load) == (10, None, None)
    top, _ = p.prescribe(c, slot(reps=(8, 12)), CAT["bodyweight-squat"], 2, DOSE, 1.0, kit, 0)
    assert top is not None
    assert top.reps == 15
    nordic, _ = p.prescribe(c, slot(reps=(8, 12)), CAT["nordic-curl"], 2, DOSE, 1.0, kit, 0)
    assert nordic is not None
    assert nordic.reps == 6
    own = slot(prefer=("glute-bridge",), reps=(8, 12))
    bridge, _ = p.prescribe(c, own, CAT["glute-bridge"], 2, DOSE, 1.0, kit, 0)
    assert bridge is not None
    assert bridge.reps == 12
    hold, _ = p.prescribe(c, slot(seconds=(20, 40)), CAT["side-plank"], 2, DOSE, 0.5, kit, 0)
    assert hold is not None
    assert (hold.seconds, hold.per_side, hold.rest_seconds) == (30, True, 45)
    carry, _ = p.prescribe(c, slot(metres=(20, 30)), CAT["farmer-carry"], 2, DOSE, 1.0, kit, 0)
    assert carry is not None
    assert carry.metres == 30


def test_plyometric_contacts_fit_the_budget() -> None:
    jumps = slot(contacts=(6, 8))
    common: dict[str, object] = {"rest_seconds": 60, "per_side": False, "unit": rs.Unit.KG}
    assert p.plyometric(jumps, CAT["box-jump"], 3, 0, 0.0, common) == (
        None,
        ("no plyometric contacts in this week's dose: left out",),
    )
    full, _ = p.plyometric(jumps, CAT["box-jump"], 3, 24, 1.0, common)
    assert full is not None
    assert (full.sets, full.contacts) == (3, 8)
    fewer, _ = p.plyometric(jumps, CAT["box-jump"], 3, 23, 1.0, common)
    assert fewer is not None
    assert (fewer.sets, fewer.contacts) == (2, 8)
    one, _ = p.plyometric(jumps, CAT["box-jump"], 3, 5, 1.0, common)
    assert one is not None
    assert (one.sets, one.contacts) == (1, 5)
    three, _ = p.plyometric(jumps, CAT["box-jump"], 2, 3, 0.0, common)
    assert three is not None
    assert (three.sets, three.contacts) == (1, 3)
    assert p.plyometric(jumps, CAT["box-jump"], 2, 2, 0.0, common) == (
        None,
        ("the 2 contacts left in the dose are too few for a set: left out",),
    )
    sided = {**common, "per_side": True}
    bound, _ = p.plyometric(jumps, CAT["lateral-bound"], 3, 24, 0.0, sided)
    assert bound is not None
    assert (bound.sets, bound.contacts) == (2, 6)
    assert p.plyometric(jumps, CAT["lateral-bound"], 3, 5, 0.0, sided)[0] is None
    short, _ = p.plyometric(jumps, CAT["lateral-bound"], 1, 7, 0.0, sided)
    assert short is not None
    assert short.contacts == 3


def test_minutes_of_work_and_rest() -> None:
    assert p.work_seconds(rs.Prescription(sets=1, reps=5), True) == 20.0
    assert p.work_seconds(rs.Prescription(sets=1, reps=5, reps_max=8), True) == 32.0
    assert p.work_seconds(rs.Prescription(sets=1, reps=5), False) == 15.0
    assert p.work_seconds(rs.Prescription(sets=1, seconds=30, per_side=True), False) == 60.0
    assert p.work_seconds(rs.Prescription(sets=1, metres=20), False) == 20.0
    assert p.work_seconds(rs.Prescription(sets=1, contacts=6), False) == 12.0
    squat = rs.PlannedExercise(
        CAT["back-squat"],
        rs.Prescription(
            sets=2,
            reps=5,
            rest_seconds=120,
            warmup=(rs.WarmupSet(reps=5, load=40.0, percent_of_working=50.0),),
        ),
    )
    plank = rs.PlannedExercise(CAT["plank"], rs.Prescription(sets=3, seconds=30, rest_seconds=45))
    # 300 s warm-up; squat 2 x (20 + 120) + 45 + (5 x 4 + 45); plank 3 x (30 + 45) + 45.
    assert p.estimate_minutes([squat]) == round((300 + 280 + 45 + 65) / 60, 2)
    assert p.estimate_minutes([squat, plank]) == round((300 + 280 + 45 + 65 + 225 + 45) / 60, 2)
    assert p.estimate_minutes([]) == 5.0


@pytest.mark.parametrize("unit", [rs.Unit.KG, rs.Unit.LB])
def test_a_cable_load_in_either_unit(unit: rs.Unit) -> None:
    c = ctx(one_rm={"cable-row": 50.0}, unit=unit)
    load, percent, ramp, notes = p.kit_load(
        c, CAT["cable-row"], (8, 12), 2.0, 0.0, c.athlete.equipment
    )
    step = 5.0 if unit is rs.Unit.LB else 2.5
    assert load is not None
    assert load % step == 0
    assert (ramp, notes) == ((), ())
    assert percent == 100 * load / 50.0


def test_a_load_exactly_at_the_cap_is_achievable() -> None:
    assert p.achievable(rs.Barbell(), rs.Unit.KG, 100.0, 100.0)[-1] == 100.0
    assert p.achievable(rs.Barbell(), rs.Unit.KG, 99.99, 100.0)[-1] == 97.5
    # A cap between two plates is not rounded to whole kilograms (102.5 would round to 102).
    athlete = rs.Athlete(level="intermediate", one_rm={"back-squat": 102.5})
    load, percent, _, notes = p.kit_load(
        Context(athlete, CAT), CAT["back-squat"], (1, 1), 0.0, 0.0, athlete.equipment
    )
    assert (load, percent, notes) == (102.5, 100.0, ())


def test_the_implement_is_found_when_the_kit_is_exactly_what_the_exercise_needs() -> None:
    athlete = rs.Athlete(level="intermediate")
    kit = frozenset({rs.Equipment.BARBELL, rs.Equipment.SQUAT_RACK})
    assert p.implement_for(athlete, CAT["back-squat"], kit) is athlete.barbell


@pytest.mark.parametrize(("under", "said"), [(24.05, True), (23.95, False)])
def test_a_load_more_than_a_step_under_the_range_is_said(under: float, said: bool) -> None:
    # Kettlebells of 8 and 16 kg: the bottom of the range is `under` kg, so 16 kg is more
    # than one step (8 kg) under it when the bottom is above 24 kg, and within it below.
    low = rs.percent_one_rm(12, rir=2.0)
    athlete = rs.Athlete(
        level="intermediate",
        one_rm={"goblet-squat": under * 100 / low},
        equipment=frozenset({rs.Equipment.KETTLEBELL}),
        kettlebells=rs.KettlebellSet([8, 16]),
    )
    load, _, _, notes = p.kit_load(
        Context(athlete, CAT), CAT["goblet-squat"], (8, 12), 2.0, 0.5, athlete.equipment
    )
    assert load == 16.0
    assert bool(notes) is said
    if said:
        assert notes[0].startswith("the nearest load the kit makes is ")
        assert notes[0].endswith(" % the reps ask for")
