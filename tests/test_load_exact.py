"""Load prescription, exactly: the table curve, RPE bounds, rep ranges and messages."""

from __future__ import annotations

import math

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import load
from runstrength.load import NSCA_PERCENT_TABLE, RTS_PERCENT_CHART
from tests.messages import assert_message


def test_the_table_curve_point_by_point() -> None:
    reps, percent = load._rts_nsca_curve()
    assert reps.tolist() == [float(n) for n in range(1, 21)]
    expected = [(RTS_PERCENT_CHART[n] + NSCA_PERCENT_TABLE[n]) / 2 for n in range(1, 13)]
    expected += [RTS_PERCENT_CHART[n] for n in range(13, 17)]
    expected += [57.4 - 2.5 * (n - 16) for n in range(17, 21)]
    assert percent.tolist() == pytest.approx(expected, abs=1e-12)
    assert percent[0] == 100.0
    assert percent[-1] == pytest.approx(47.4, abs=1e-12)


def test_rpe_and_rir_scales_end_at_5_and_10() -> None:
    assert rs.rpe_to_rir(5) == 5.0
    assert rs.rpe_to_rir(10) == 0.0
    assert rs.rpe_to_rir(7.5) == 2.5
    assert rs.rir_to_rpe(5) == 5.0
    assert rs.rir_to_rpe(0) == 10.0
    for bad in (4.5, 10.5, 7.25):
        error = assert_message(
            lambda b=bad: rs.rpe_to_rir(b),  # type: ignore[misc]
            rs.ValidationError,
            "rpe",
            ["use the RIR-based RPE scale (Zourdos et al. 2016)"],
            ["must be between 5 and 10 in steps of 0.5"],
        )
        assert error.value == bad
    assert_message(
        lambda: rs.rir_to_rpe(5.5),
        rs.ValidationError,
        "rir",
        ["use the RIR-based RPE scale (Zourdos et al. 2016)"],
        ["must be between 0 and 5 in steps of 0.5"],
    )


def test_a_rep_range_may_be_a_single_number() -> None:
    single = rs.Prescription(sets=2, reps=8, reps_max=8)
    assert single.reps_max == 8
    assert str(single) == "2 x 8-8"
    assert str(rs.Prescription(sets=2, reps=8, reps_max=12)) == "2 x 8-12"
    assert_message(
        lambda: rs.Prescription(sets=2, reps=8, reps_max=7),
        rs.ValidationError,
        "reps_max",
        ["give the top of the rep range"],
        ["must be >= reps"],
    )
    assert_message(
        lambda: rs.Prescription(sets=2, seconds=30, reps_max=7),
        rs.ValidationError,
        "reps_max",
        ["give the top of the rep range"],
    )


def test_a_load_under_one_unit_is_still_shown() -> None:
    assert str(rs.Prescription(sets=1, reps=5, load=0.5)) == "1 x 5 @ 0.5 kg"
    assert str(rs.Prescription(sets=1, reps=5, load=0)) == "1 x 5"
    assert str(rs.Prescription(sets=1, metres=20, unit="lb", load=1)) == "1 x 20 m @ 1 lb"


def test_prescription_number_bounds() -> None:
    assert rs.Prescription(sets=1, reps=1, load=0, rir=0).load == 0
    assert rs.Prescription(sets=1, reps=1, percent_one_rm=100).percent_one_rm == 100
    error = assert_message(
        lambda: rs.Prescription(sets=1, seconds=0),
        rs.ValidationError,
        "seconds",
        ["pass a sensible value"],
    )
    assert (error.rule, error.value) == ("must be > 0 and finite", 0)
    for field, value in (("seconds", math.inf), ("seconds", -math.inf), ("metres", math.nan)):
        error = assert_message(
            lambda f=field, x=value: rs.Prescription(sets=1, **{f: x}),  # type: ignore[misc]
            rs.ValidationError,
            field,
            [],
        )
        assert error.value is value
    error = assert_message(
        lambda: rs.Prescription(sets=1, reps=1, load=-0.5),
        rs.ValidationError,
        "load",
        ["pass a sensible value"],
    )
    assert error.rule == "must be >= 0 and finite"
    assert_message(
        lambda: rs.Prescription(sets=1, reps=1, rir=math.inf), rs.ValidationError, "rir", []
    )
    error = assert_message(
        lambda: rs.Prescription(sets=1, reps=1, load="heavy"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "load",
        ["pass one"],
    )
    assert (error.value, error.rule) == ("heavy", "must be a number or None")
    error = assert_message(
        lambda: rs.Prescription(sets=1, reps=1, percent_one_rm=100.5),
        rs.ValidationError,
        "percent_one_rm",
        ["pass a %1RM"],
        ["must be <= 100"],
    )
    assert error.value == 100.5
    assert_message(
        lambda: rs.Prescription(sets=1, reps=10_001),
        rs.ValidationError,
        "reps",
        ["pass a real prescription"],
        ["must be at most 10000"],
    )
    assert rs.Prescription(sets=10_000, reps=1).sets == 10_000
    assert_message(
        lambda: rs.Prescription(sets=1),
        rs.ValidationError,
        "reps",
        ["give exactly one of reps, seconds, metres or contacts"],
    )


def test_warmup_set_fields_are_required_and_checked() -> None:
    for field in ("load", "percent_of_working"):
        fields: dict[str, object] = {"reps": 5, "load": 40.0, "percent_of_working": 50.0}
        error = assert_message(
            lambda f=field, d=fields: rs.WarmupSet(**{**d, f: None}),  # type: ignore[misc]
            rs.ArgumentTypeError,
            field,
            ["give a number"],
        )
        assert (error.value, error.rule) == (None, "is required")
        error = assert_message(
            lambda f=field, d=fields: rs.WarmupSet(**{**d, f: -1.0}),  # type: ignore[misc]
            rs.ValidationError,
            field,
            ["pass a sensible value"],
        )
        assert error.value == -1.0
    assert rs.WarmupSet(reps=5, load=0.0, percent_of_working=50.0).load == 0.0
    assert_message(
        lambda: rs.WarmupSet(reps=5, load=1.0, percent_of_working=0.0),
        rs.ValidationError,
        "percent_of_working",
        ["pass a sensible value"],
        ["must be > 0 and finite"],
    )


def test_the_number_checks_as_validators() -> None:
    # Field validators are built when a class is defined: build one here to check them.
    @attrs.frozen
    class Holder:
        x: float | None = attrs.field(validator=load._optional_number(2))
        y: float | None = attrs.field(
            default=1.0, validator=load._required(load._optional_number(0, strict=True))
        )

    assert Holder(2).x == 2
    assert Holder(None).x is None
    assert Holder(2, 1e-9).y == 1e-9
    error = assert_message(lambda: Holder(1.5), rs.ValidationError, "x", ["pass a sensible value"])
    assert (error.value, error.rule) == (1.5, "must be >= 2 and finite")
    for bad in (math.inf, math.nan, -math.inf):
        error = assert_message(lambda b=bad: Holder(b), rs.ValidationError, "x", [])
        assert error.value is bad
    error = assert_message(
        lambda: Holder(2, 0.0), rs.ValidationError, "y", ["pass a sensible value"]
    )
    assert error.value == 0.0
    assert error.rule == "must be > 0 and finite"
    error = assert_message(
        lambda: Holder(10_001.0), rs.ValidationError, "x", ["pass a sensible value"]
    )
    assert (error.value, error.rule) == (10_001.0, "must be at most 10000")
    assert Holder(10_000.0).x == 10_000.0
    error = assert_message(lambda: Holder(True), rs.ArgumentTypeError, "x", ["pass one"])
    assert (error.value, error.rule) == (True, "must be a number or None")
    error = assert_message(lambda: Holder(2, None), rs.ArgumentTypeError, "y", ["give a number"])
    assert (error.value, error.rule) == (None, "is required")


def test_more_messages() -> None:
    assert_message(
        lambda: rs.prescribe(100, 5, equipment="barbell"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "equipment",
        ["pass e.g. Barbell()"],
        ["must be a Barbell, DumbbellSet, KettlebellSet, Bodyweight or None"],
    )
    error = assert_message(
        lambda: rs.prescribe(100, 5.0),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "reps",
        ["pass e.g. 1"],
        ["must be a whole number"],
    )
    assert error.value == 5.0
    error = assert_message(
        lambda: rs.warmup_sets(100, ramp=[(0.5,)]),  # type: ignore[list-item]
        rs.ArgumentTypeError,
        "ramp[0]",
        ["e.g. (0.5, 5)"],
        ["must be a (fraction, reps) pair"],
    )
    assert error.value == (0.5,)
    assert_message(
        lambda: rs.warmup_sets(100, ramp="0.5x5"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "ramp",
        ["see doc"],
        ["must be a sequence of (fraction, reps)"],
    )
    error = assert_message(
        lambda: rs.warmup_sets(100, ramp=[(0.5, 5), (1.0, 3)]),
        rs.ValidationError,
        "ramp[1][0]",
        ["use e.g. 0.5"],
        ["must be between 0 and 1"],
    )
    assert error.value == 1.0
    assert_message(
        lambda: rs.warmup_sets(100, ramp=[(0.5, 0)]), rs.ValidationError, "ramp[0][1]", ["pass 1"]
    )
    error = assert_message(
        lambda: rs.warmup_sets(0), rs.ValidationError, "working_load", ["pass the set's load"]
    )
    assert (error.value, error.rule) == (0, "must be > 0")
    error = assert_message(
        lambda: rs.estimate_one_rm(100, 5, rir=[1, 0, -1]),
        rs.ValidationError,
        "rir",
        ["0 means the set ended at failure"],
        ["must be >= 0"],
    )
    assert repr(error.value) == "-1 at index 2"
    assert_message(
        lambda: rs.estimate_one_rm(100, 5, rir=math.inf),
        rs.ValidationError,
        "rir",
        ["drop or fix that value"],
    )
    error = assert_message(
        lambda: rs.estimate_one_rm(100, 5, rir=[1, math.inf]),
        rs.ValidationError,
        "rir",
        ["drop or fix that value"],
    )
    assert repr(error.value) == "inf at index 1"
    assert rs.estimate_one_rm(100, 5, rir=[0, 1]).shape == (2,)
    assert_message(
        lambda: rs.estimate_one_rm(100, 5, rir="two"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "rir",
        [],
    )
    assert_message(
        lambda: rs.Prescription(sets=1, reps=1, unit="stone"),
        rs.ValidationError,
        "unit",
        ["use one of those values"],
    )
    error = assert_message(
        lambda: rs.Prescription(sets=1, reps=5, seconds=30),
        rs.ValidationError,
        "reps",
        ["give exactly one of reps, seconds, metres or contacts"],
        ["must be the one dose given (or exactly one of seconds, metres, contacts)"],
    )
    assert error.value == 5


def test_number_messages_name_the_argument_the_value_and_the_fix() -> None:
    error = assert_message(
        lambda: rs.estimate_one_rm(1.7e308, 5),
        rs.ValidationError,
        "weight",
        ["check the unit and magnitude of the loads"],
        ["small enough for the result to be a finite number"],
    )
    assert error.value == 1.7e308
    error = assert_message(
        lambda: rs.estimate_one_rm([100.0, 1.7e308], 5),
        rs.ValidationError,
        "weight",
        ["check the unit and magnitude of the loads"],
    )
    assert repr(error.value) == "1.7e+308 at index 1"
    error = assert_message(
        lambda: rs.estimate_one_rm([2.0, 0.5, -1.0], 5),
        rs.ValidationError,
        "weight",
        ["pass a load in kg or lb"],
        ["must be > 0"],
    )
    assert repr(error.value) == "-1.0 at index 2"
    assert rs.estimate_one_rm(0.5, 1) == 0.5
    error = assert_message(
        lambda: rs.load_for([100, 120], [5, 6, 7]),
        rs.ValidationError,
        "reps",
        ["give arrays of the same length, or single numbers"],
    )
    assert error.value == "an array of shape (3,)"
    error = assert_message(
        lambda: rs.reps_to_failure(0),
        rs.ValidationError,
        "percent",
        ["pass a %1RM such as 80"],
        ["must be in (0, 100]"],
    )
    assert error.value == 0
    error = assert_message(
        lambda: rs.reps_to_failure(40),
        rs.ValidationError,
        "percent",
        ["lighter loads are endurance work, outside the equations' range"],
    )
    assert error.rule == "must be at least 47.4 %1RM with rts-nsca (20 reps to failure)"
    assert error.value == 40
    # Under 1 % is in (0, 100] but far too light: the range message, not the bounds one.
    assert_message(
        lambda: rs.reps_to_failure(0.5), rs.ValidationError, "percent", [], ["must be at least"]
    )
    assert_message(lambda: rs.reps_to_failure(math.nan), rs.ValidationError, "percent", [])
    assert_message(lambda: rs.reps_to_failure("80"), rs.ArgumentTypeError, "percent", [])  # type: ignore[arg-type]
    assert rs.reps_to_failure(47.4) == pytest.approx(20.0)


def test_load_for_names_the_equipment_when_it_cannot_make_the_load() -> None:
    error = assert_message(
        lambda: rs.load_for(12, 5, equipment=rs.Barbell()),
        rs.UnachievableLoadError,
        "equipment",
        ["use dumbbells, a lighter bar or a regression"],
        ["must make a load within one step of the model load (from one_rm, reps and rir)"],
    )
    assert error.value == pytest.approx(12 * load.percent_one_rm(5) / 100)


def test_prescribe_messages() -> None:
    error = assert_message(
        lambda: rs.prescribe(100, 0), rs.ValidationError, "reps", ["pass 1 or more"]
    )
    assert (error.value, error.rule) == (0, "must be >= 1")
    assert_message(
        lambda: rs.prescribe(float("nan"), 5), rs.ValidationError, "one_rm", ["pass a real number"]
    )
    error = assert_message(
        lambda: rs.prescribe(100, 5, equipment=rs.Barbell(), unit="lb"),
        rs.ValidationError,
        "unit",
        ["leave it out, or use equipment in the same unit"],
        ["must match the equipment's unit (kg)"],
    )
    assert error.value == "lb"
    error = assert_message(
        lambda: rs.prescribe(100, 5, warmup="yes"),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "warmup",
        ["pass a bool"],
        ["must be True or False"],
    )
    assert error.value == "yes"
    assert rs.prescribe(100, 5, unit="lb").unit is rs.Unit.LB
    assert rs.prescribe(100, 5, equipment=rs.Barbell(), unit="kg").load == 82.5


def test_exact_inverses_where_the_model_is_linear() -> None:
    assert rs.reps_to_failure(100, formula="oconner") == 1.0
    assert rs.reps_to_failure(100, formula="epley") == 1.0
    assert rs.reps_to_failure(80, formula="brzycki") == pytest.approx(37 - 36 * 0.8)
    assert rs.reps_to_failure(80, formula="oconner") == pytest.approx((100 / 80 - 1) / 0.025)
    assert rs.reps_to_failure(80, formula="epley") == pytest.approx((100 / 80 - 1) * 30)
    assert np.array_equal(
        rs.reps_to_failure(np.array([100.0, 80.0]), formula="lander").round(3),
        np.array([1.0, rs.reps_to_failure(80.0, formula="lander")]).round(3),
    )


# --- the batch checks: a few reductions, then a closer look only when one fails ----------


@pytest.mark.parametrize(
    ("reps", "rir", "argument", "words"),
    [
        (np.array([5.0, 5.5]), 0, "reps", "whole number"),  # fraction, same shape as the sum
        (np.array([5.5]), np.array([0.0, 1.0]), "reps", "whole number"),  # broadcast reps
        (np.array([5.0, np.inf]), 0, "reps", "finite"),  # inf - floor(inf) is NaN
        (np.array([np.nan, 5.0]), np.array([0.0, 0.0, 0.0]), "reps", "finite"),  # reps first
        (np.array([5.0, 5.0]), np.array([0.0, 0.0, 0.0]), "rir", "broadcast"),
        (np.array([5.0]), np.array([-0.5]), "rir", ">= 0"),
        (np.array([0.5]), np.array([0.5]), "reps", ">= 1"),  # the sum alone would pass
        (np.array([15, 5]), np.array([6.0, 0.0]), "reps", "at most 20"),
    ],
)
def test_batch_checks_name_the_first_bad_value(
    reps: object, rir: object, argument: str, words: str
) -> None:
    for call in (
        lambda: rs.estimate_one_rm(100.0, reps, rir=rir, formula="brzycki"),  # type: ignore[arg-type]
        lambda: rs.load_for(100.0, reps, rir=rir),  # type: ignore[arg-type]
        lambda: rs.percent_one_rm(reps, rir=rir),  # type: ignore[arg-type]
    ):
        with pytest.raises(rs.ValidationError) as info:
            call()
        assert info.value.argument == argument
        assert words in str(info.value)


@pytest.mark.parametrize(
    ("weight", "argument", "words"),
    [
        (np.array([100.0, np.nan]), "weight", "finite"),
        (np.array([100.0, np.inf]), "weight", "finite"),
        (np.array([100.0, -1.0]), "weight", "> 0"),
        (np.array([100.0, 1.7e308]), "weight", "small enough"),
    ],
)
def test_bad_loads_are_named_though_checked_through_the_result(
    weight: object, argument: str, words: str
) -> None:
    with pytest.raises(rs.ValidationError) as info:
        rs.estimate_one_rm(weight, 10, rir=2)  # type: ignore[arg-type]
    assert (info.value.argument, words in str(info.value)) == (argument, True)
    assert "index 1" in str(info.value)
    if words == "small enough":  # a load is smaller than the 1RM: it stays finite
        assert np.isfinite(rs.load_for(weight, 10, rir=2)).all()  # type: ignore[arg-type]
        return
    with pytest.raises(rs.ValidationError) as info:
        rs.load_for(weight, 10, rir=2)  # type: ignore[arg-type]
    assert (info.value.argument, words in str(info.value)) == ("one_rm", True)


@given(
    st.sampled_from(list(rs.OneRmFormula)),
    st.integers(1, 20),
    st.integers(0, 38).map(lambda halves: halves / 2),
    st.floats(1e-300, 1e300) | st.integers(1, 10**6),
)
def test_single_sets_take_float_maths_with_the_array_paths_results(
    formula: rs.OneRmFormula, reps: int, rir: float, weight: float
) -> None:
    if reps + rir > load.MAX_REPS_TO_FAILURE:
        rir = float(load.MAX_REPS_TO_FAILURE - reps)
    for one, batch in (
        (rs.percent_one_rm(reps, rir=rir, formula=formula),
         rs.percent_one_rm(np.array(reps), rir=np.array(rir), formula=formula)),
        (rs.estimate_one_rm(weight, reps, rir=rir, formula=formula),
         rs.estimate_one_rm(np.array(weight), np.array(reps), rir=np.array(rir), formula=formula)),
        (rs.load_for(weight, reps, rir=rir, formula=formula),
         rs.load_for(np.array(weight), np.array(reps), rir=np.array(rir), formula=formula)),
    ):  # fmt: skip
        assert type(one) is float
        assert one == batch


def test_warm_ups_toward_a_load_too_large_for_a_set_are_refused() -> None:
    # Warm-up sets are built from checked parts, but not past the largest load a set holds.
    assert_message(
        lambda: rs.warmup_sets(30000.0),
        rs.ValidationError,
        "load",
        ["pass a sensible value"],
        ["must be at most 10000"],
    )
    assert [w.load for w in rs.warmup_sets(10000.0)] == [5000.0, 7000.0, 8500.0]


def test_the_default_kit_athletes_share_cannot_be_changed() -> None:
    # Every athlete with the default kit holds the same bar and sets: their loads are fixed.
    for loads in (
        rs.Athlete(level="beginner").barbell.loads,
        rs.Athlete(level="beginner").dumbbells.loads,
        rs.Athlete(level="beginner", unit="lb").kettlebells.loads,
    ):
        with pytest.raises(ValueError, match="WRITEABLE"):
            loads.flags.writeable = True
        with pytest.raises(ValueError, match="WRITEABLE"):
            loads.base.flags.writeable = True
    assert rs.Athlete(level="advanced").dumbbells.loads[3] == 4.0
