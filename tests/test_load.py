"""Load prescription: published numbers, model agreement, plate maths and invariants."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.implements import LoadAboveEquipmentWarning
from runstrength.load import MAX_REPS_TO_FAILURE, NSCA_PERCENT_TABLE, RTS_PERCENT_CHART
from tests import strategies as s
from tests.invalid import assert_invalid

F = rs.OneRmFormula

# 100 kg x 5 reps to failure (worked values).
PUBLISHED = {
    F.EPLEY: 116.67,
    F.BRZYCKI: 112.5,
    F.LANDER: 113.71,
    F.LOMBARDI: 117.46,
    F.MAYHEW: 119.01,
    F.OCONNER: 112.5,
    F.WATHEN: 116.58,
}


@pytest.mark.parametrize(("formula", "expected"), PUBLISHED.items())
def test_published_worked_values(formula: rs.OneRmFormula, expected: float) -> None:
    assert round(rs.estimate_one_rm(100, 5, formula=formula), 2) == expected
    # The same by name, and as reps 3 + RIR 2.
    assert rs.estimate_one_rm(100, 3, rir=2, formula=formula.value) == pytest.approx(
        expected, abs=0.005
    )


@pytest.mark.parametrize("formula", F)
def test_a_single_rep_to_failure_is_the_1rm(formula: rs.OneRmFormula) -> None:
    assert rs.estimate_one_rm(87.5, 1, formula=formula) == 87.5
    assert rs.percent_one_rm(1, formula=formula) == 100.0
    assert rs.reps_to_failure(100.0, formula=formula) == pytest.approx(1.0, abs=1e-6)


def test_every_formula_names_its_source() -> None:
    assert {f.source.split()[0] for f in F} == {
        "Epley",
        "Brzycki",
        "Lander",
        "Lombardi",
        "Mayhew",
        "O'Conner",
        "Reactive",
        "Wathen",
    }


def test_default_model_agrees_with_the_rts_chart() -> None:
    # Within 2 %1RM points over 1-12 reps and 0-4 RIR (the bound; it is 0.95).
    worst = max(
        abs(rs.percent_one_rm(reps, rir=rir) - RTS_PERCENT_CHART[reps + rir])
        for reps in range(1, 13)
        for rir in range(5)
    )
    assert worst <= 2.0


def test_default_model_agrees_with_the_nsca_table() -> None:
    worst = max(abs(rs.percent_one_rm(n) - pct) for n, pct in NSCA_PERCENT_TABLE.items())
    assert worst <= 2.0


# --- the RTS_NSCA table model ------------------------------------------------------------

RTS_CELLS = [(reps, rir) for reps in range(1, 13) for rir in range(5)]


def test_rts_nsca_is_the_default_everywhere() -> None:
    table = F.RTS_NSCA
    assert rs.percent_one_rm(5, rir=2) == rs.percent_one_rm(5, rir=2, formula=table)
    assert rs.estimate_one_rm(100, 5, rir=2) == rs.estimate_one_rm(100, 5, rir=2, formula=table)
    assert rs.load_for(100, 5, rir=2) == rs.load_for(100, 5, rir=2, formula=table)
    assert rs.reps_to_failure(80.0) == rs.reps_to_failure(80.0, formula=table)
    assert rs.prescribe(100, 5) == rs.prescribe(100, 5, formula=table)
    logged = rs.Athlete(level="beginner").with_logged_set("goblet-squat", 24, 10, rir=2)
    assert logged.one_rm["goblet-squat"] == rs.estimate_one_rm(24, 10, rir=2, formula=table)
    log = [rs.SetLog(load=100, reps=5, rir=2)]
    assert rs.e1rm_history(log).tolist() == [rs.estimate_one_rm(100, 5, rir=2, formula=table)]
    dose = rs.dose_for("intermediate", "base")
    assert dose.percent_one_rm == (
        rs.percent_one_rm(dose.reps[1], rir=dose.rir, formula=table),
        rs.percent_one_rm(dose.reps[0], rir=dose.rir, formula=table),
    )


@pytest.mark.parametrize(("reps", "rir"), RTS_CELLS)
def test_rts_nsca_is_within_two_points_of_the_rts_chart_on_every_cell(reps: int, rir: int) -> None:
    model = rs.percent_one_rm(reps, rir=rir, formula=F.RTS_NSCA)
    assert abs(model - RTS_PERCENT_CHART[reps + rir]) <= 2.0


@pytest.mark.parametrize("reps", sorted(NSCA_PERCENT_TABLE))
def test_rts_nsca_is_within_two_points_of_the_nsca_table_on_every_cell(reps: int) -> None:
    model = rs.percent_one_rm(reps, formula=F.RTS_NSCA)
    assert abs(model - NSCA_PERCENT_TABLE[reps]) <= 2.0


def test_rts_nsca_is_built_from_the_two_tables() -> None:
    def model(n: int) -> float:
        return float(rs.percent_one_rm(n, formula=F.RTS_NSCA))

    assert model(1) == 100.0  # exactly, not approximately
    for n, nsca in NSCA_PERCENT_TABLE.items():
        assert model(n) == pytest.approx((RTS_PERCENT_CHART[n] + nsca) / 2, abs=1e-12)
    for n in range(13, 17):
        assert model(n) == pytest.approx(RTS_PERCENT_CHART[n], abs=1e-12)
    # Past the chart: its last step (57.4 - 59.9 = -2.5 a rep) continues to the limit.
    assert [round(model(n), 9) for n in range(17, MAX_REPS_TO_FAILURE + 1)] == [
        54.9,
        52.4,
        49.9,
        47.4,
    ]
    # Half a rep in reserve lands halfway between whole reps to failure.
    halfway = rs.percent_one_rm(5, rir=0.5, formula=F.RTS_NSCA)
    assert halfway == pytest.approx((model(5) + model(6)) / 2, abs=1e-12)


def test_rts_nsca_shapes_match_the_other_formulas() -> None:
    for value in (5, np.int64(5), np.float64(5.0), np.array(5)):
        assert type(rs.percent_one_rm(value, rir=2, formula=F.RTS_NSCA)) is float
        assert type(rs.estimate_one_rm(100, value, formula=F.RTS_NSCA)) is float
        assert type(rs.load_for(100, value, formula=F.RTS_NSCA)) is float
        assert type(rs.reps_to_failure(np.float64(80.0), formula=F.RTS_NSCA)) is float
    batch = rs.percent_one_rm(np.array([[1, 5], [8, 12]]), rir=[0, 2], formula=F.RTS_NSCA)
    assert batch.shape == (2, 2)
    assert batch[0, 0] == 100.0
    assert batch.tolist() == [
        [rs.percent_one_rm(reps, rir=rir, formula=F.RTS_NSCA) for reps, rir in row]
        for row in [[(1, 0), (5, 2)], [(8, 0), (12, 2)]]
    ]
    empty = np.array([], dtype=float)
    assert rs.percent_one_rm(empty, formula=F.RTS_NSCA).shape == (0,)
    assert rs.reps_to_failure(np.array([100.0, 79.3]), formula=F.RTS_NSCA).tolist() == [
        1.0,
        8.0,
    ]


REFUSED = [
    ("reps 0", lambda f: rs.percent_one_rm(0, formula=f), rs.ValidationError, "reps"),
    ("reps 5.5", lambda f: rs.percent_one_rm(5.5, formula=f), rs.ValidationError, "reps"),
    ("reps nan", lambda f: rs.percent_one_rm(float("nan"), formula=f), rs.ValidationError, "reps"),
    ("reps str", lambda f: rs.percent_one_rm("5", formula=f), rs.ArgumentTypeError, "reps"),
    ("rir -1", lambda f: rs.percent_one_rm(5, rir=-1, formula=f), rs.ValidationError, "rir"),
    ("rir inf", lambda f: rs.percent_one_rm(5, rir=np.inf, formula=f), rs.ValidationError, "rir"),
    (
        "21 to failure",
        lambda f: rs.percent_one_rm(19, rir=2, formula=f),
        rs.ValidationError,
        "reps",
    ),
    (
        "21 in an array",
        lambda f: rs.estimate_one_rm(100, [5, 21], formula=f),
        rs.ValidationError,
        "reps",
    ),
    ("weight 0", lambda f: rs.estimate_one_rm(0, 5, formula=f), rs.ValidationError, "weight"),
    ("one_rm -5", lambda f: rs.load_for(-5, 5, formula=f), rs.ValidationError, "one_rm"),
    (
        "shapes",
        lambda f: rs.estimate_one_rm([100, 80], [5, 8, 3], formula=f),
        rs.ValidationError,
        "reps",
    ),
    ("percent 120", lambda f: rs.reps_to_failure(120, formula=f), rs.ValidationError, "percent"),
    ("percent 0", lambda f: rs.reps_to_failure(0, formula=f), rs.ValidationError, "percent"),
    ("percent 40", lambda f: rs.reps_to_failure(40, formula=f), rs.ValidationError, "percent"),
]


@pytest.mark.parametrize(
    ("call", "leaf", "argument"),
    [case[1:] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
@pytest.mark.parametrize("formula", [F.RTS_NSCA, F.BRZYCKI])
def test_rts_nsca_refuses_what_the_equations_refuse(
    call: Callable[[rs.OneRmFormula], object],
    leaf: type[rs.RunstrengthError],
    argument: str,
    formula: rs.OneRmFormula,
) -> None:
    assert_invalid(lambda: call(formula), leaf, argument)


def test_rts_nsca_floor_is_its_value_at_the_limit() -> None:
    assert rs.reps_to_failure(47.4, formula=F.RTS_NSCA) == pytest.approx(MAX_REPS_TO_FAILURE)
    with pytest.raises(rs.ValidationError, match=r"at least 47\.4 %1RM with rts-nsca"):
        rs.reps_to_failure(47.3, formula=F.RTS_NSCA)


to_failure = st.integers(1, MAX_REPS_TO_FAILURE).flatmap(
    lambda reps: st.tuples(
        st.just(reps), st.floats(0, MAX_REPS_TO_FAILURE - reps, allow_subnormal=False)
    )
)


@given(to_failure, to_failure)
def test_rts_nsca_falls_with_reps_and_rir(a: tuple[int, float], b: tuple[int, float]) -> None:
    (r1, k1), (r2, k2) = a, b
    p1 = rs.percent_one_rm(r1, rir=k1, formula=F.RTS_NSCA)
    p2 = rs.percent_one_rm(r2, rir=k2, formula=F.RTS_NSCA)
    assert 47.4 - 1e-9 <= p1 <= 100.0
    if r1 + k1 < r2 + k2:
        assert p1 > p2
    elif r1 + k1 == r2 + k2:
        assert p1 == pytest.approx(p2, abs=1e-12)
    if r1 + k1 == 1:
        assert p1 == 100.0


@given(st.integers(1, 11), s.rirs, st.sampled_from([0.5, 1.0, 2.0]))
def test_rts_nsca_falls_as_rir_rises(reps: int, rir: float, more: float) -> None:
    here = rs.percent_one_rm(reps, rir=rir, formula=F.RTS_NSCA)
    assert rs.percent_one_rm(reps, rir=rir + more, formula=F.RTS_NSCA) < here
    assert rs.percent_one_rm(reps + 1, rir=rir, formula=F.RTS_NSCA) < here


@given(s.weights, to_failure)
def test_rts_nsca_round_trips(one_rm: float, set_: tuple[int, float]) -> None:
    reps, rir = set_
    load = rs.load_for(one_rm, reps, rir=rir)
    assert 0 < load <= one_rm
    assert rs.estimate_one_rm(load, reps, rir=rir) == pytest.approx(one_rm, rel=1e-12)
    percent = rs.percent_one_rm(reps, rir=rir)
    assert rs.reps_to_failure(percent) == pytest.approx(reps + rir, abs=1e-9)


@given(st.lists(st.tuples(s.weights, to_failure), min_size=1, max_size=20))
def test_rts_nsca_arrays_agree_with_scalars(rows: list[tuple[float, tuple[int, float]]]) -> None:
    w = np.array([row[0] for row in rows])
    r = np.array([row[1][0] for row in rows])
    k = np.array([row[1][1] for row in rows])
    batch = rs.load_for(w, r, rir=k)
    assert isinstance(batch, np.ndarray)
    assert np.isfinite(batch).all()
    assert (batch > 0).all()
    for i, (wi, (ri, ki)) in enumerate(rows):
        assert batch[i] == rs.load_for(wi, ri, rir=ki)
        assert rs.load_for(np.array(wi), np.array(ri), rir=np.array(ki)) == batch[i]


def test_runner_doses_land_in_the_published_intensity_band() -> None:
    # Best Athletics: about 70-85 % 1RM; Proven Gains: 4-8 reps with 1-2 RIR on key lifts.
    for reps in range(4, 9):
        for rir in (1, 2):
            assert 70 <= rs.percent_one_rm(reps, rir=rir) <= 89


def test_rpe_and_rir() -> None:
    assert rs.rpe_to_rir(10) == 0.0
    assert rs.rpe_to_rir(9) == 1.0
    assert rs.rpe_to_rir(8) == 2.0
    assert rs.rpe_to_rir(7.5) == 2.5
    assert rs.rir_to_rpe(1.5) == 8.5
    assert rs.rpe_to_rir(np.array([10, 8.5])).tolist() == [0.0, 1.5]


def test_barbell_plate_maths() -> None:
    bar = rs.Barbell()
    assert bar.round(97.3) == 97.5
    assert bar.plates_for(97.5) == (25.0, 10.0, 2.5, 1.25)
    assert bar.plates_for(100) == (25.0, 15.0)  # fewest plates, heaviest first
    assert bar.plates_for(180) == (25.0, 25.0, 25.0, 5.0)
    with pytest.warns(LoadAboveEquipmentWarning, match="above the heaviest"):
        assert bar.round(1000) == 500.0  # the max_load cap: never above the target
    lb = rs.Barbell.pounds()
    assert (lb.unit, lb.round(226), lb.plates_for(225)) == (rs.Unit.LB, 225.0, (45.0, 45.0))


def test_counted_plates() -> None:
    bar = rs.Barbell(bar=20, plates=(20, 10, 5), pairs=(1, 1, 1))
    assert bar.max == 90.0
    with pytest.warns(LoadAboveEquipmentWarning):
        assert bar.round(200) == 90.0
    assert bar.round(58) == 60.0
    assert bar.plates_for(60) == (20.0,)
    assert bar.plates_for(50) == (10.0, 5.0)
    with pytest.raises(rs.ValidationError, match="round it"):
        bar.plates_for(95)


def test_fixed_sets_and_bodyweight() -> None:
    assert rs.DumbbellSet().round(7.4) == 7.0
    assert rs.DumbbellSet().round(13.6) == 12.5
    assert rs.DumbbellSet().round(14.0) == 15.0
    assert rs.KettlebellSet().round(18.0) == 16.0  # tie goes down
    with pytest.warns(LoadAboveEquipmentWarning):
        assert rs.KettlebellSet().round(100.0) == 48.0
    assert rs.Bodyweight().round(50.0) == 0.0
    with pytest.raises(rs.UnachievableLoadError, match="kettlebell set makes is 4 kg"):
        rs.KettlebellSet().round(1.0)


def test_units_convert() -> None:
    assert rs.Unit.KG.to(rs.Unit.LB, 20) == pytest.approx(44.0925, abs=1e-4)
    assert rs.Unit.LB.to(rs.Unit.LB, 45) == 45.0


def test_prescription_follows_seed_004() -> None:
    p = rs.prescribe(120, 5, equipment=rs.Barbell())
    assert (p.sets, p.reps, p.rir, p.load, p.unit) == (2, 5, 2.0, 97.5, rs.Unit.KG)
    assert 70 <= p.percent_one_rm <= 85
    assert len(p.warmup) >= 1
    assert all(w.load < p.load for w in p.warmup)
    assert [w.load for w in p.warmup] == sorted(w.load for w in p.warmup)
    assert str(p) == "2 x 5 @ 97.5 kg (RIR 2)"
    bodyweight = rs.prescribe(60, 10, equipment=rs.Bodyweight())
    assert (bodyweight.load, bodyweight.warmup, str(bodyweight)) == (0.0, (), "2 x 10 (RIR 2)")
    assert rs.prescribe(100, 5, warmup=False).warmup == ()


def test_prescription_texts() -> None:
    assert str(rs.Prescription(sets=2, reps=8, reps_max=12, rir=2)) == "2 x 8-12 (RIR 2)"
    assert str(rs.Prescription(sets=3, metres=30)) == "3 x 30 m"
    assert str(rs.Prescription(sets=3, contacts=6, per_side=True)) == "3 x 6 contacts per side"
    lb = rs.Prescription(sets=1, reps=5, load=135, unit=rs.Unit.LB)
    assert str(lb) == "1 x 5 @ 135 lb"


def test_warmups_for_light_loads_start_at_the_empty_bar() -> None:
    sets = rs.warmup_sets(30.0, equipment=rs.Barbell())
    assert [w.load for w in sets] == [20.0, 25.0]
    assert rs.warmup_sets(20.0, equipment=rs.Barbell()) == ()
    assert rs.warmup_sets(40.0, equipment=rs.Bodyweight()) == ()
    assert [w.load for w in rs.warmup_sets(100.0, ramp=((0.6, 5),))] == [60.0]


def test_progression_examples() -> None:
    easy = [rs.SetLog(load=80, reps=5, rir=3)]
    assert rs.next_load([easy], target_reps=5).load == 83.0
    on_target = [rs.SetLog(load=80, reps=5, rir=2)]
    assert rs.next_load([on_target], target_reps=5).change == 0.0
    hard = [rs.SetLog(load=80, reps=5, rir=0)]
    assert rs.next_load([hard], target_reps=5).load == 77.0
    # Rounding never undoes the decision, even when the step is below the plate step.
    up = rs.next_load([easy], target_reps=5, increment=0.5, equipment=rs.Barbell())
    assert up.load == 82.5
    down = rs.next_load([hard], target_reps=5, increment=0.5, equipment=rs.Barbell())
    assert down.load == 77.5
    # 2-for-2 needs two sessions.
    plus_two = [rs.SetLog(load=60, reps=10, rir=1)]
    assert rs.next_load([plus_two], target_reps=8, rule="2-for-2").change == 0.0
    assert rs.next_load([plus_two, plus_two], target_reps=8, rule="2-for-2").change == 3.0
    pounds = rs.next_load([easy], target_reps=5, upper_body=True, equipment=rs.Barbell.pounds())
    assert pounds.change == 5.0
    with pytest.raises(rs.ValidationError, match="double_progression"):
        rs.next_load([hard], target_reps=5, equipment=rs.Bodyweight())
    tiny = [rs.SetLog(load=20, reps=2, rir=0)]
    assert rs.next_load([tiny], target_reps=5, equipment=rs.Barbell()).load == 20.0


def test_double_progression_examples() -> None:
    sets = [rs.SetLog(load=0, reps=30, rir=2)] * 3
    assert rs.double_progression(sets, low=20, high=40, step=5).dose == 35.0
    top = rs.double_progression(sets, low=20, high=30, step=5)
    assert (top.dose, top.harder_variation) == (20.0, True)
    hard = rs.double_progression([rs.SetLog(load=0, reps=9, rir=0)], low=8, high=12)
    assert (hard.dose, hard.harder_variation) == (8.0, False)
    hold = rs.double_progression([rs.SetLog(load=0, reps=9, rir=1.5)], low=8, high=12)
    assert (hold.dose, hold.reason) == (9.0, "hold")


def test_empty_arrays_give_empty_arrays() -> None:
    empty = np.array([], dtype=float)
    assert rs.estimate_one_rm(empty, empty, rir=empty).shape == (0,)
    assert rs.load_for(empty, empty, equipment=rs.Barbell()).shape == (0,)


def test_e1rm_history_is_vectorised() -> None:
    logs = [rs.SetLog(load=100, reps=5, rir=2), rs.SetLog(load=90, reps=8, rir=1)]
    assert rs.e1rm_history(logs).tolist() == [
        rs.estimate_one_rm(log.load, log.reps, rir=log.rir) for log in logs
    ]


def test_mismatched_shapes_and_huge_values_are_clear_errors() -> None:
    with pytest.raises(rs.ValidationError, match="must broadcast"):
        rs.estimate_one_rm([100, 80], [5, 8, 3])
    with pytest.raises(rs.ValidationError, match="must broadcast"):
        rs.load_for([100, 80, 90], [5, 8])
    with pytest.raises(rs.ValidationError, match="finite number"):
        rs.estimate_one_rm(1.7e308, 2, formula="epley")
    with pytest.raises(rs.ValidationError, match="distinct loads"):
        rs.Barbell(bar=0, plates=(0.001,), max_load=5000)
    assert rs.Barbell(plates=(20,), pairs=(10**7,)).max == 500.0


def test_steps_move_between_real_loads() -> None:
    up = rs.next_load(
        [[rs.SetLog(load=16, reps=5, rir=3)]],
        target_reps=5,
        upper_body=True,
        equipment=rs.KettlebellSet(),
    )
    assert up.load == 20.0
    top = rs.next_load(
        [[rs.SetLog(load=48, reps=5, rir=3)]], target_reps=5, equipment=rs.KettlebellSet()
    )
    assert (top.load, top.reason.endswith("hold)")) == (48.0, True)
    bottom = rs.next_load(
        [[rs.SetLog(load=4, reps=3, rir=0)]], target_reps=5, equipment=rs.KettlebellSet()
    )
    assert (bottom.load, "lightest" in bottom.reason) == (4.0, True)
    hold = rs.next_load(
        [[rs.SetLog(load=101, reps=5, rir=2)]], target_reps=5, equipment=rs.Barbell()
    )
    assert hold.load == 100.0  # a hold is rounded to a load the bar makes


def test_ties_round_down_for_tenths() -> None:
    assert rs.DumbbellSet(weights=(1.2, 1.4)).round(1.3) == 1.2
    fine = rs.Barbell(plates=(0.6,))
    assert fine.round(26.0) in fine.loads.tolist()


def test_unit_conversion_checks_its_input() -> None:
    assert rs.Unit.KG.to("kg", 100) == 100.0
    with pytest.raises(rs.ValidationError):
        rs.Unit.KG.to("stone", 1)
    with pytest.raises(rs.ArgumentTypeError):
        rs.Unit.KG.to(rs.Unit.LB, "100")
    with pytest.raises(rs.ValidationError):
        rs.Bodyweight(unit="stone")


def test_numpy_scalars_are_numbers() -> None:
    assert rs.SetLog(load=np.int64(100), reps=5).load == 100
    assert rs.warmup_sets(np.float32(100.0))[0].load == 50.0
    assert rs.Prescription(sets=2, reps=5, unit="lb").unit is rs.Unit.LB


# --- properties -------------------------------------------------------------------------


@given(s.formulas, s.weights, s.weights, s.reps, s.rirs)
def test_e1rm_rises_with_weight(
    f: rs.OneRmFormula, w1: float, w2: float, r: int, k: float
) -> None:
    assume(w1 < w2)
    assert rs.estimate_one_rm(w1, r, rir=k, formula=f) < rs.estimate_one_rm(
        w2, r, rir=k, formula=f
    )


@given(s.formulas, s.weights, st.integers(1, 11), s.rirs)
def test_e1rm_rises_with_reps(f: rs.OneRmFormula, w: float, r: int, k: float) -> None:
    assert rs.estimate_one_rm(w, r, rir=k, formula=f) < rs.estimate_one_rm(
        w, r + 1, rir=k, formula=f
    )


@given(s.formulas, st.integers(1, 11), s.rirs)
def test_percent_falls_as_reps_or_rir_rise(f: rs.OneRmFormula, r: int, k: float) -> None:
    here = rs.percent_one_rm(r, rir=k, formula=f)
    assert 0 < here <= 100
    assert rs.percent_one_rm(r + 1, rir=k, formula=f) < here
    assert rs.percent_one_rm(r, rir=k + 0.5, formula=f) < here


@given(s.formulas, s.weights, s.reps, s.rirs)
def test_prescribing_from_an_estimate_gives_back_the_weight(
    f: rs.OneRmFormula, w: float, r: int, k: float
) -> None:
    one_rm = rs.estimate_one_rm(w, r, rir=k, formula=f)
    assert rs.load_for(one_rm, r, rir=k, formula=f) == pytest.approx(w, rel=1e-12)


@given(s.formulas, st.floats(1, MAX_REPS_TO_FAILURE))
def test_reps_to_failure_inverts_percent(f: rs.OneRmFormula, n: float) -> None:
    reps = np.floor(n)
    rir = n - reps
    pct = rs.percent_one_rm(reps, rir=rir, formula=f)
    assume(reps + rir > 1 or rir == 0)
    assert rs.reps_to_failure(pct, formula=f) == pytest.approx(n, abs=2e-3)


@given(s.formulas, st.lists(st.tuples(s.weights, s.reps, s.rirs), min_size=1, max_size=20))
def test_arrays_agree_with_scalars(
    f: rs.OneRmFormula, rows: list[tuple[float, int, float]]
) -> None:
    w, r, k = (np.array(col) for col in zip(*rows, strict=True))
    batch = rs.estimate_one_rm(w, r, rir=k, formula=f)
    pct = rs.percent_one_rm(r, rir=k, formula=f)
    assert isinstance(batch, np.ndarray)
    for i, (wi, ri, ki) in enumerate(rows):
        # Equal up to the last bit or so: numpy's vector exp may round differently.
        assert batch[i] == pytest.approx(rs.estimate_one_rm(wi, ri, rir=ki, formula=f), rel=1e-14)
        assert pct[i] == pytest.approx(rs.percent_one_rm(ri, rir=ki, formula=f), rel=1e-14)
    assert np.isfinite(batch).all()
    assert (batch > 0).all()


QUIET = pytest.mark.filterwarnings("ignore::runstrength.implements.LoadAboveEquipmentWarning")


@QUIET
@given(s.implements, st.floats(0, 320))
def test_rounded_loads_are_achievable_and_within_one_step(
    implement: rs.Barbell | rs.DumbbellSet | rs.KettlebellSet | rs.Bodyweight, target: float
) -> None:
    try:
        got = implement.round(target)
    except rs.UnachievableLoadError:
        assert isinstance(implement, rs.Barbell | rs.DumbbellSet | rs.KettlebellSet)
        assert implement.min > target + implement.step
        return
    assert np.isfinite(got)
    assert got >= 0
    assert got <= target + implement.step + 1e-9
    if not isinstance(implement, rs.Bodyweight):
        # Oracle: the nearest achievable load no more than a step above, ties going down.
        table = implement.loads.tolist()
        allowed = [load for load in table if load <= target + implement.step + 1e-9]
        expected = min(allowed, key=lambda load: (round(abs(load - target), 9), load))
        assert got == expected
    if isinstance(implement, rs.Barbell):
        plates = implement.plates_for(got)
        assert implement.bar + 2 * sum(plates) == pytest.approx(got)
        if implement.pairs is not None:
            for weight, pairs in zip(implement.plates, implement.pairs, strict=True):
                assert plates.count(weight) <= pairs
    elif isinstance(implement, rs.DumbbellSet | rs.KettlebellSet):
        assert got in implement.weights
        # Nearest: nothing in the set is closer while still within a step above the target.
        closer = [w for w in implement.weights if abs(w - target) < abs(got - target) - 1e-9]
        assert all(w > target + implement.step for w in closer)
    else:
        assert got == 0.0


@QUIET
@given(s.barbells(), st.lists(st.floats(0, 300), min_size=1, max_size=10))
def test_barbell_rounding_of_arrays_matches_scalars(bar: rs.Barbell, targets: list[float]) -> None:
    assume(min(targets) >= bar.min)
    batch = bar.round(np.array(targets))
    assert batch.tolist() == [bar.round(t) for t in targets]


@QUIET
@given(s.implements, st.data())
def test_single_loads_round_exactly_as_arrays_do(
    implement: rs.Barbell | rs.DumbbellSet | rs.KettlebellSet | rs.Bodyweight, data: st.DataObject
) -> None:
    # Plain numbers take float maths; the results must be the array path's, bit for bit,
    # ties and the edges of the table included.
    edges = [0.0]
    if not isinstance(implement, rs.Bodyweight):
        table = implement.loads.tolist()
        step = implement.step
        edges = [
            x
            for load in table[:3] + table[-3:]
            for x in (load, load + step / 2, load - step / 2, load + step, load - step - 1e-9)
        ]
    target = data.draw(
        st.sampled_from(edges) | st.floats(0, 400) | st.integers(0, 400), label="target"
    )
    try:
        expected = implement.round(np.array([float(target)]))[0]
    except rs.RunstrengthError as error:  # below zero, or too light for the kit
        with pytest.raises(type(error)):
            implement.round(target)
        return
    got = implement.round(target)
    assert type(got) is float
    assert got == expected


@QUIET
@given(
    st.lists(st.lists(s.set_logs, min_size=1, max_size=3), min_size=1, max_size=3),
    st.integers(1, 12),
    s.rirs,
    st.sampled_from(list(rs.ProgressionRule)),
    st.none() | st.just(rs.Barbell()) | st.just(rs.DumbbellSet()),
)
def test_next_load_moves_the_right_way_and_stays_achievable(
    sessions: list[list[rs.SetLog]],
    reps: int,
    rir: float,
    rule: rs.ProgressionRule,
    equipment: rs.Barbell | rs.DumbbellSet | None,
) -> None:
    last = sessions[-1][-1]
    if equipment is not None:
        assume(last.load >= equipment.min and last.load == equipment.round(last.load))
    change = rs.next_load(
        sessions, target_reps=reps, target_rir=rir, rule=rule, equipment=equipment
    )
    assert np.isfinite(change.load)
    assert change.load >= 0
    assert change.change == pytest.approx(change.load - last.load)
    at_max = equipment is not None and last.load >= equipment.max
    at_min = equipment is not None and last.load <= equipment.min
    if rule is rs.ProgressionRule.RIR:
        if last.reps < reps or last.rir < rir - 1:
            assert change.load < last.load or at_min or last.load == 0
        elif last.rir >= rir + 1:
            assert change.load > last.load or at_max
        else:
            assert change.load == last.load
    else:
        assert change.load >= last.load
    if equipment is not None:
        assert equipment.round(change.load) == change.load


@given(
    st.lists(s.set_logs, min_size=1, max_size=4), st.integers(0, 20), st.integers(0, 20), s.rirs
)
def test_double_progression_stays_in_range(
    sets: list[rs.SetLog], low: int, span: int, rir: float
) -> None:
    step = rs.double_progression(sets, low=low, high=low + span, target_rir=rir)
    assert low <= step.dose <= low + span
    if step.harder_variation:
        assert step.dose == low


# --- invalid input ------------------------------------------------------------------------

BAD = [
    ("negative weight", lambda: rs.estimate_one_rm(-1, 5), rs.ValidationError, "weight"),
    ("zero weight", lambda: rs.estimate_one_rm(0, 5), rs.ValidationError, "weight"),
    ("nan weight", lambda: rs.estimate_one_rm(float("nan"), 5), rs.ValidationError, "weight"),
    ("inf in array", lambda: rs.estimate_one_rm([100, np.inf], 5), rs.ValidationError, "weight"),
    ("string weight", lambda: rs.estimate_one_rm("100", 5), rs.ArgumentTypeError, "weight"),
    ("bool weight", lambda: rs.estimate_one_rm(True, 5), rs.ArgumentTypeError, "weight"),
    ("zero reps", lambda: rs.estimate_one_rm(100, 0), rs.ValidationError, "reps"),
    ("nan reps", lambda: rs.estimate_one_rm(100, float("nan")), rs.ValidationError, "reps"),
    ("inf rir", lambda: rs.estimate_one_rm(100, 5, rir=np.inf), rs.ValidationError, "rir"),
    ("nan target", lambda: rs.Barbell().round(float("nan")), rs.ValidationError, "target"),
    ("fractional reps", lambda: rs.estimate_one_rm(100, 5.5), rs.ValidationError, "reps"),
    ("negative rir", lambda: rs.estimate_one_rm(100, 5, rir=-1), rs.ValidationError, "rir"),
    ("too many reps", lambda: rs.estimate_one_rm(100, 19, rir=2), rs.ValidationError, "reps"),
    (
        "unknown formula",
        lambda: rs.estimate_one_rm(100, 5, formula="magic"),
        rs.ValidationError,
        "formula",
    ),
    ("percent reps", lambda: rs.percent_one_rm(0), rs.ValidationError, "reps"),
    ("percent out of range", lambda: rs.reps_to_failure(120), rs.ValidationError, "percent"),
    ("percent too low", lambda: rs.reps_to_failure(20), rs.ValidationError, "percent"),
    ("load_for one_rm", lambda: rs.load_for(-5, 5), rs.ValidationError, "one_rm"),
    (
        "load_for equipment",
        lambda: rs.load_for(100, 5, equipment="barbell"),
        rs.ArgumentTypeError,
        "equipment",
    ),
    ("rpe above 10", lambda: rs.rpe_to_rir(11), rs.ValidationError, "rpe"),
    ("rpe not a half", lambda: rs.rpe_to_rir(8.3), rs.ValidationError, "rpe"),
    ("rir above 5", lambda: rs.rir_to_rpe(6), rs.ValidationError, "rir"),
    ("plates empty", lambda: rs.Barbell(plates=()), rs.ValidationError, "plates"),
    ("plate negative", lambda: rs.Barbell(plates=(20, -5)), rs.ValidationError, "plates[1]"),
    ("plate repeated", lambda: rs.Barbell(plates=(20, 20)), rs.ValidationError, "plates"),
    ("plate too fine", lambda: rs.Barbell(plates=(1.0001,)), rs.ValidationError, "plates[0]"),
    ("plates a number", lambda: rs.Barbell(plates=20), rs.ArgumentTypeError, "plates"),
    ("bar nan", lambda: rs.Barbell(bar=float("nan")), rs.ValidationError, "bar"),
    ("pairs length", lambda: rs.Barbell(plates=(20, 10), pairs=(1,)), rs.ValidationError, "pairs"),
    (
        "pairs negative",
        lambda: rs.Barbell(plates=(20,), pairs=(-1,)),
        rs.ValidationError,
        "pairs[0]",
    ),
    ("pairs a string", lambda: rs.Barbell(plates=(20,), pairs="2"), rs.ArgumentTypeError, "pairs"),
    ("max below bar", lambda: rs.Barbell(max_load=10), rs.ValidationError, "max_load"),
    ("unit", lambda: rs.Barbell(unit="stone"), rs.ValidationError, "unit"),
    ("dumbbells empty", lambda: rs.DumbbellSet(weights=[]), rs.ValidationError, "weights"),
    ("round negative", lambda: rs.DumbbellSet().round(-2), rs.ValidationError, "target"),
    ("round bodyweight negative", lambda: rs.Bodyweight().round(-2), rs.ValidationError, "target"),
    ("round below the bar", lambda: rs.Barbell().round(10), rs.UnachievableLoadError, "target"),
    ("round a string", lambda: rs.Barbell().round("60"), rs.ArgumentTypeError, "target"),
    ("plates_for odd load", lambda: rs.Barbell().plates_for(61), rs.ValidationError, "load"),
    ("prescription no dose", lambda: rs.Prescription(sets=2), rs.ValidationError, "reps"),
    (
        "prescription two doses",
        lambda: rs.Prescription(sets=2, reps=5, seconds=30),
        rs.ValidationError,
        "reps",
    ),
    (
        "prescription zero sets",
        lambda: rs.Prescription(sets=0, reps=5),
        rs.ValidationError,
        "sets",
    ),
    (
        "prescription range",
        lambda: rs.Prescription(sets=2, reps=8, reps_max=6),
        rs.ValidationError,
        "reps_max",
    ),
    (
        "prescription pct",
        lambda: rs.Prescription(sets=2, reps=5, percent_one_rm=120),
        rs.ValidationError,
        "percent_one_rm",
    ),
    (
        "prescription load nan",
        lambda: rs.Prescription(sets=2, reps=5, load=float("nan")),
        rs.ValidationError,
        "load",
    ),
    (
        "prescription load str",
        lambda: rs.Prescription(sets=2, reps=5, load="heavy"),
        rs.ArgumentTypeError,
        "load",
    ),
    (
        "prescription reps float",
        lambda: rs.Prescription(sets=2, reps=5.0),
        rs.ArgumentTypeError,
        "reps",
    ),
    ("prescribe sets", lambda: rs.prescribe(100, 5, sets=0), rs.ValidationError, "sets"),
    (
        "prescribe warmup",
        lambda: rs.prescribe(100, 5, warmup="yes"),
        rs.ArgumentTypeError,
        "warmup",
    ),
    ("warmup load", lambda: rs.warmup_sets(0), rs.ValidationError, "working_load"),
    ("warmup load nan", lambda: rs.warmup_sets(float("nan")), rs.ValidationError, "working_load"),
    (
        "warmup ramp",
        lambda: rs.warmup_sets(100, ramp=((1.5, 5),)),
        rs.ValidationError,
        "ramp[0][0]",
    ),
    (
        "warmup ramp shape",
        lambda: rs.warmup_sets(100, ramp=(0.5,)),
        rs.ArgumentTypeError,
        "ramp[0]",
    ),
    ("warmup ramp str", lambda: rs.warmup_sets(100, ramp="50%"), rs.ArgumentTypeError, "ramp"),
    ("setlog negative", lambda: rs.SetLog(load=-1, reps=5), rs.ValidationError, "load"),
    ("setlog reps", lambda: rs.SetLog(load=10, reps=2.5), rs.ArgumentTypeError, "reps"),
    ("next_load empty", lambda: rs.next_load([], target_reps=5), rs.ArgumentTypeError, "sessions"),
    (
        "next_load not logs",
        lambda: rs.next_load([[5]], target_reps=5),
        rs.ArgumentTypeError,
        "sessions[0][0]",
    ),
    (
        "next_load empty session",
        lambda: rs.next_load([[]], target_reps=5),
        rs.ArgumentTypeError,
        "sessions[0]",
    ),
    (
        "next_load reps",
        lambda: rs.next_load([[rs.SetLog(load=1, reps=1)]], target_reps=0),
        rs.ValidationError,
        "target_reps",
    ),
    (
        "next_load increment",
        lambda: rs.next_load([[rs.SetLog(load=1, reps=1)]], target_reps=1, increment=0),
        rs.ValidationError,
        "increment",
    ),
    (
        "next_load rule",
        lambda: rs.next_load([[rs.SetLog(load=1, reps=1)]], target_reps=1, rule="5-3-1"),
        rs.ValidationError,
        "rule",
    ),
    (
        "next_load upper",
        lambda: rs.next_load([[rs.SetLog(load=1, reps=1)]], target_reps=1, upper_body=1),
        rs.ArgumentTypeError,
        "upper_body",
    ),
    (
        "next_load equipment",
        lambda: rs.next_load([[rs.SetLog(load=1, reps=1)]], target_reps=1, equipment="rack"),
        rs.ArgumentTypeError,
        "equipment",
    ),
    ("double empty", lambda: rs.double_progression([], low=1, high=2), rs.ValidationError, "sets"),
    (
        "double str",
        lambda: rs.double_progression("sets", low=1, high=2),
        rs.ArgumentTypeError,
        "sets",
    ),
    (
        "double range",
        lambda: rs.double_progression([rs.SetLog(load=0, reps=5)], low=8, high=6),
        rs.ValidationError,
        "high",
    ),
    (
        "double step",
        lambda: rs.double_progression([rs.SetLog(load=0, reps=5)], low=1, high=6, step=0),
        rs.ValidationError,
        "step",
    ),
    (
        "e1rm history zero load",
        lambda: rs.e1rm_history([rs.SetLog(load=0, reps=5)]),
        rs.ValidationError,
        "sets[0]",
    ),
]


@pytest.mark.parametrize(
    ("call", "leaf", "argument"), [pytest.param(*c[1:], id=c[0]) for c in BAD]
)
def test_invalid_load_input(
    call: Callable[[], object], leaf: type[rs.RunstrengthError], argument: str
) -> None:
    assert_invalid(call, leaf, argument)


anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(),
    st.text(max_size=5),
    st.lists(st.floats() | st.integers(-5, 40), max_size=4),
    st.lists(st.lists(st.integers(0, 9), max_size=2), max_size=2),
    s.hostile_values,
)


@QUIET
@given(anything, anything, anything, st.sampled_from([*F, "nope", 3]))
def test_fuzzed_load_functions_raise_only_runstrength_errors(
    a: object, b: object, c: object, formula: object
) -> None:
    def numbers(result: object) -> list[float]:
        if isinstance(result, rs.Prescription):
            return [result.load or 0.0, *(w.load for w in result.warmup)]
        if isinstance(result, rs.LoadChange):
            return [result.load]
        if isinstance(result, tuple):
            return [w.load for w in result]
        if isinstance(result, rs.Bodyweight):
            return []
        return np.asarray(result, dtype=np.float64).ravel().tolist()

    for call in (
        lambda: rs.estimate_one_rm(a, b, rir=c, formula=formula),  # type: ignore[arg-type]
        lambda: rs.percent_one_rm(a, rir=b, formula=formula),  # type: ignore[arg-type]
        lambda: rs.load_for(a, b, rir=c, equipment=rs.Barbell()),  # type: ignore[arg-type]
        lambda: rs.reps_to_failure(a, formula=formula),  # type: ignore[arg-type]
        lambda: rs.rpe_to_rir(a),  # type: ignore[arg-type]
        lambda: rs.Barbell().round(a),  # type: ignore[arg-type]
        lambda: rs.DumbbellSet().round(b),  # type: ignore[arg-type]
        lambda: rs.prescribe(a, b, rir=c),  # type: ignore[arg-type]
        lambda: rs.warmup_sets(100, equipment=a),  # type: ignore[arg-type]
        lambda: rs.next_load(
            [[rs.SetLog(load=20, reps=5, rir=3)]],
            target_reps=5,
            equipment=c,  # type: ignore[arg-type]
        ),
        lambda: rs.Bodyweight(unit=a),  # type: ignore[arg-type]
    ):
        try:
            result = call()
        except rs.RunstrengthError:
            continue
        values = np.asarray(numbers(result), dtype=np.float64)
        assert np.isfinite(values).all()
        assert (values >= 0).all()
    with contextlib.suppress(rs.RunstrengthError):
        assert np.isfinite(rs.Unit.KG.to(a, b))  # type: ignore[arg-type]


@QUIET
@given(anything, anything, anything, anything)
def test_fuzzed_constructors_raise_only_runstrength_errors(
    a: object, b: object, c: object, d: object
) -> None:
    for call in (
        lambda: rs.Barbell(bar=a, plates=(20,) if b is None else b, pairs=c, max_load=d),  # type: ignore[arg-type]
        lambda: rs.DumbbellSet(weights=a),  # type: ignore[arg-type]
        lambda: rs.Prescription(sets=a, reps=b, rir=c, load=d),  # type: ignore[arg-type]
        lambda: rs.SetLog(load=a, reps=b, rir=c),  # type: ignore[arg-type]
        lambda: rs.warmup_sets(a, ramp=b),  # type: ignore[arg-type]
        lambda: rs.next_load(a, target_reps=b, target_rir=c),  # type: ignore[arg-type]
        lambda: rs.double_progression(a, low=b, high=c, step=d),  # type: ignore[arg-type]
    ):
        try:
            made = call()
        except rs.RunstrengthError:
            continue
        loads = [
            getattr(item, "load", None) for item in (made if isinstance(made, tuple) else [made])
        ]
        for load in loads:
            if isinstance(load, float):  # what succeeds is sound
                assert math.isfinite(load)
                assert load >= 0


def test_pound_implements_use_pound_sizes() -> None:
    assert rs.Barbell(unit="lb") == rs.Barbell.pounds()
    assert (rs.Barbell(unit="lb").bar, rs.Barbell(unit="lb").plates[0]) == (45.0, 45.0)
    assert rs.DumbbellSet(unit="lb").weights[:3] == (5.0, 10.0, 15.0)
    assert rs.KettlebellSet(unit=rs.Unit.LB).max == 100.0
    assert rs.KettlebellSet().unit is rs.Unit.KG


def test_prescribe_units() -> None:
    assert str(rs.prescribe(225, 5, unit="lb", warmup=False)).endswith("lb (RIR 2)")
    p = rs.prescribe(315, 5, equipment=rs.Barbell.pounds())
    assert (p.unit, p.load) == (rs.Unit.LB, 260.0)
    with pytest.raises(rs.ValidationError, match="must match the equipment's unit") as info:
        rs.prescribe(100, 5, equipment=rs.Barbell(), unit="lb")
    assert info.value.argument == "unit"


def test_unachievable_loads_name_the_callers_argument() -> None:
    with pytest.raises(rs.UnachievableLoadError) as info:
        rs.load_for(20, 10, equipment=rs.Barbell())
    assert info.value.argument == "equipment"
    assert "got 14.89:" in str(info.value)
    with pytest.raises(rs.UnachievableLoadError, match="use a lighter implement"):
        rs.DumbbellSet(weights=(10, 12)).round(2)
