"""SetBatch: many sets' reps and RIR checked once, giving the array path's results exactly."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import runstrength as rs
from runstrength.load import MAX_REPS_TO_FAILURE
from tests import strategies as s
from tests.messages import assert_message

F = rs.OneRmFormula
QUIET = pytest.mark.filterwarnings("ignore::runstrength.implements.LoadAboveEquipmentWarning")


def _outcome(call: Callable[[], object]) -> object:
    """The result of ``call``, or the type and message of the error it raised."""
    try:
        return call()
    except rs.RunstrengthError as error:
        return (type(error), str(error))


def _assert_identical(got: object, expected: object) -> None:
    """The same type, shape and bits (or the same error)."""
    assert type(got) is type(expected)
    if isinstance(expected, np.ndarray):
        assert isinstance(got, np.ndarray)
        assert (got.dtype, got.shape) == (expected.dtype, expected.shape)
        assert got.tobytes() == expected.tobytes()
    elif isinstance(expected, float):
        assert np.float64(got).tobytes() == np.float64(expected).tobytes()
    else:
        assert got == expected


@st.composite
def loads(draw: st.DrawFn, shape: tuple[int, ...]) -> object:
    if not shape and draw(st.booleans()):
        return draw(s.weights | st.integers(1, 400))
    return draw(hnp.arrays(np.float64, shape, elements=s.weights))


@QUIET
@pytest.mark.parametrize("formula", F)
@given(data=st.data())
def test_a_batch_gives_the_array_paths_results_bit_for_bit(
    formula: rs.OneRmFormula, data: st.DataObject
) -> None:
    shapes = data.draw(
        hnp.mutually_broadcastable_shapes(num_shapes=3, max_dims=2, min_side=0, max_side=4)
    )
    reps, rir = data.draw(s.set_inputs((shapes.input_shapes[0], shapes.input_shapes[1])))
    weight = data.draw(loads(shapes.input_shapes[2]), label="weight")
    equipment = data.draw(st.none() | s.implements, label="equipment")
    batch = rs.SetBatch(reps, rir)
    before = [array.copy() for array in (batch.reps, batch.rir, batch.to_failure)]
    pairs = [
        (
            lambda: rs.percent_one_rm(batch, formula=formula),
            lambda: rs.percent_one_rm(reps, rir=rir, formula=formula),  # type: ignore[arg-type]
        ),
        (
            lambda: rs.estimate_one_rm(weight, batch, formula=formula),  # type: ignore[arg-type]
            lambda: rs.estimate_one_rm(weight, reps, rir=rir, formula=formula),  # type: ignore[arg-type]
        ),
        (
            lambda: rs.load_for(weight, batch, formula=formula, equipment=equipment),  # type: ignore[arg-type]
            lambda: rs.load_for(weight, reps, rir=rir, formula=formula, equipment=equipment),  # type: ignore[arg-type]
        ),
    ]
    for with_batch, with_arrays in pairs:
        _assert_identical(_outcome(with_batch), _outcome(with_arrays))
    # The calls read the batch and never write to it.
    for array, saved in zip((batch.reps, batch.rir, batch.to_failure), before, strict=True):
        assert not array.flags.writeable
        assert array.tobytes() == saved.tobytes()


@given(s.set_inputs())
def test_a_batch_holds_read_only_copies(inputs: tuple[object, object]) -> None:
    reps, rir = inputs
    batch = rs.SetBatch(reps, rir)  # type: ignore[arg-type]
    assert batch.reps.tolist() == np.asarray(reps, dtype=np.float64).tolist()
    assert batch.rir.tolist() == np.asarray(rir, dtype=np.float64).tolist()
    expected = np.asarray(reps, dtype=np.float64) + np.asarray(rir, dtype=np.float64)
    assert batch.to_failure.tobytes() == expected.tobytes()
    assert batch.shape == expected.shape
    assert batch.size == expected.size
    for array in (batch.reps, batch.rir, batch.to_failure):
        assert array.dtype == np.float64
        assert not array.flags.writeable
        assert not np.shares_memory(array, np.asarray(reps))
        assert not np.shares_memory(array, np.asarray(rir))


def test_changing_the_callers_arrays_does_not_change_the_batch() -> None:
    reps, rir = np.array([5.0, 8.0]), np.array([1.0, 2.0])
    batch = rs.SetBatch(reps, rir)
    reps[0], rir[0] = 12.0, 4.0
    assert (batch.reps.tolist(), batch.rir.tolist()) == ([5.0, 8.0], [1.0, 2.0])
    assert batch.to_failure.tolist() == [6.0, 10.0]
    with pytest.raises(ValueError, match="read-only"):
        batch.reps[0] = 1.0
    with pytest.raises(ValueError, match="read-only"):
        batch.to_failure[0] = 1.0
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        batch.reps = np.array([1.0])  # type: ignore[misc]


def test_a_batch_works_for_every_formula_and_reuses_its_check() -> None:
    batch = rs.SetBatch([1, 5, 8], rir=[0, 2, 0])
    for formula in F:
        percent = rs.percent_one_rm(batch, formula=formula)
        assert percent[0] == 100.0
        assert (np.diff(percent) < 0).all()
    assert rs.percent_one_rm(batch, formula="brzycki").round(2).tolist() == [100.0, 83.33, 80.56]


def test_numbers_give_floats_and_arrays_give_arrays() -> None:
    one = rs.SetBatch(5, rir=2)
    assert one.shape == ()
    assert type(rs.percent_one_rm(one)) is float
    assert type(rs.estimate_one_rm(100, one)) is float
    assert type(rs.load_for(100.0, one, equipment=rs.Barbell())) is float
    assert rs.percent_one_rm(one) == rs.percent_one_rm(5, rir=2)
    assert rs.estimate_one_rm(np.array(100.0), one) == rs.estimate_one_rm(100.0, 5, rir=2)
    # A load array makes an array, as with plain numbers for reps.
    assert rs.estimate_one_rm([100.0, 90.0], one).shape == (2,)
    assert rs.load_for([100.0], one).shape == (1,)
    empty = rs.SetBatch(np.array([], dtype=int))
    assert rs.percent_one_rm(empty).shape == (0,)
    assert rs.estimate_one_rm(100, empty).shape == (0,)
    assert rs.load_for(100, empty, equipment=rs.Barbell()).shape == (0,)


# --- errors -------------------------------------------------------------------------------

BAD_SETS: list[tuple[str, object, object, type[rs.RunstrengthError], str, str]] = [
    ("fractional reps", [5.0, 5.5], 0, rs.ValidationError, "reps", "count completed"),
    ("zero reps", 0, 0, rs.ValidationError, "reps", "count completed"),
    ("reps under one", np.array([0.5]), np.array([0.5]), rs.ValidationError, "reps", "count"),
    ("nan reps", [np.nan, 5.0], 0, rs.ValidationError, "reps", "drop or fix"),
    ("inf reps", np.array([5.0, np.inf]), 0, rs.ValidationError, "reps", "drop or fix"),
    ("nan scalar", float("nan"), 0, rs.ValidationError, "reps", "drop or fix"),
    ("negative rir", [5, 6], -1, rs.ValidationError, "rir", "ended at failure"),
    ("nan rir", 5, [0.0, np.nan], rs.ValidationError, "rir", "drop or fix"),
    ("too long", [15, 5], [6.0, 0.0], rs.ValidationError, "reps", "heavier test set"),
    ("sum past floats", 8.9e307, [1e308], rs.ValidationError, "reps", "heavier test set"),
    ("shapes", [5, 6], [0, 1, 2], rs.ValidationError, "rir", "same length"),
    ("fraction and shapes", [5.5], [[0.0, 1.0]] * 3, rs.ValidationError, "reps", "count"),
    ("string", "5", 0, rs.ArgumentTypeError, "reps", "pass floats"),
    ("none", None, 0, rs.ArgumentTypeError, "reps", "pass floats"),
    ("bool", True, 0, rs.ArgumentTypeError, "reps", "pass an int"),
    ("huge int", 2**80, 0, rs.ArgumentTypeError, "reps", "pass floats"),
    ("ragged", [[1], [2, 3]], 0, rs.ArgumentTypeError, "reps", "pass floats"),
    ("objects", np.array([5, 6], dtype=object), 0, rs.ArgumentTypeError, "reps", "floats"),
    ("complex", np.array([5 + 1j]), 0, rs.ArgumentTypeError, "reps", "pass floats"),
    ("rir string", 5, "2", rs.ArgumentTypeError, "rir", "pass floats"),
    ("rir bool", 5, np.True_, rs.ArgumentTypeError, "rir", "pass an int"),
]


@pytest.mark.parametrize(
    ("reps", "rir", "leaf", "argument", "fix"),
    [pytest.param(*case[1:], id=case[0]) for case in BAD_SETS],
)
def test_a_bad_batch_is_refused_with_the_array_paths_message(
    reps: object, rir: object, leaf: type[rs.RunstrengthError], argument: str, fix: str
) -> None:
    error = assert_message(lambda: rs.SetBatch(reps, rir), leaf, argument, [fix])  # type: ignore[arg-type]
    with pytest.raises(leaf) as info:
        rs.percent_one_rm(reps, rir=rir)  # type: ignore[arg-type]
    assert str(error) == str(info.value)


@pytest.mark.parametrize("rir", [1, 0.0, -0.0, np.int64(0), np.array(0), [0, 0], True, None, "0"])
def test_rir_with_a_batch_is_refused(rir: object) -> None:
    batch = rs.SetBatch([5, 8], rir=2)
    for call in (
        lambda: rs.percent_one_rm(batch, rir=rir),  # type: ignore[arg-type]
        lambda: rs.estimate_one_rm(100, batch, rir=rir),  # type: ignore[arg-type]
        lambda: rs.load_for(100, batch, rir=rir),  # type: ignore[arg-type]
    ):
        error = assert_message(
            call,
            rs.ArgumentTypeError,
            "rir",
            ["the batch already holds its RIR", "build SetBatch(reps, rir=...)"],
            ["must be left out when reps is a SetBatch"],
        )
        assert error.value is rir
    # Zero, the default, is leaving it out.
    assert rs.percent_one_rm(batch, rir=0).tolist() == rs.percent_one_rm(batch).tolist()


@pytest.mark.parametrize(
    ("load", "words"),
    [
        (-1.0, "must be > 0"),
        (np.array([100.0, 0.0]), "must be > 0"),
        (np.array([100.0, np.nan]), "finite"),
        (np.array([100.0, np.inf]), "finite"),
        (1.7e308, "small enough"),
        ("100", "must be a number"),
        (True, "must be a number"),
    ],
)
def test_loads_are_still_checked_with_a_batch(load: object, words: str) -> None:
    batch = rs.SetBatch([5, 10], rir=[2, 0])
    for call, array_call, argument in (
        (
            lambda: rs.estimate_one_rm(load, batch, formula="brzycki"),  # type: ignore[arg-type]
            lambda: rs.estimate_one_rm(load, [5, 10], rir=[2, 0], formula="brzycki"),  # type: ignore[arg-type]
            "weight",
        ),
        (
            lambda: rs.load_for(load, batch),  # type: ignore[arg-type]
            lambda: rs.load_for(load, [5, 10], rir=[2, 0]),  # type: ignore[arg-type]
            "one_rm",
        ),
    ):
        if words == "small enough" and argument == "one_rm":  # a load under its 1RM is finite
            assert np.isfinite(call()).all()  # type: ignore[call-overload]
            continue
        with pytest.raises(rs.RunstrengthError) as info:
            call()
        assert info.value.argument == argument
        assert words in str(info.value)
        with pytest.raises(rs.RunstrengthError) as same:
            array_call()
        assert str(info.value) == str(same.value)


def test_other_arguments_are_still_checked_with_a_batch() -> None:
    batch = rs.SetBatch([5, 8, 3])
    assert_message(
        lambda: rs.estimate_one_rm([100, 90], batch),
        rs.ValidationError,
        "reps",
        ["give arrays of the same length, or single numbers"],
    )
    assert_message(
        lambda: rs.load_for([100, 90], batch), rs.ValidationError, "reps", ["same length"]
    )
    for call in (
        lambda: rs.percent_one_rm(batch, formula="magic"),
        lambda: rs.estimate_one_rm(100, batch, formula="magic"),
        lambda: rs.load_for(100, batch, formula="magic"),
    ):
        with pytest.raises(rs.ValidationError) as info:
            call()
        assert info.value.argument == "formula"
    with pytest.raises(rs.ArgumentTypeError) as info:
        rs.load_for(100, batch, equipment="barbell")  # type: ignore[arg-type]
    assert info.value.argument == "equipment"
    # A batch is not a load, a percentage, the reps of a batch or of one prescription.
    for call in (
        lambda: rs.SetBatch(batch),  # type: ignore[arg-type]
        lambda: rs.estimate_one_rm(batch, 5),  # type: ignore[arg-type]
        lambda: rs.reps_to_failure(batch),  # type: ignore[arg-type]
        lambda: rs.prescribe(100, batch),  # type: ignore[arg-type]
    ):
        with pytest.raises(rs.ArgumentTypeError):
            call()


def test_the_largest_batch_the_equations_allow() -> None:
    batch = rs.SetBatch([MAX_REPS_TO_FAILURE, 1], rir=[0, MAX_REPS_TO_FAILURE - 1])
    assert batch.to_failure.tolist() == [20.0, 20.0]
    assert rs.percent_one_rm(batch).round(1).tolist() == [47.4, 47.4]


# --- a value: equality, repr, pickling ------------------------------------------------------


def test_batches_with_equal_arrays_are_equal() -> None:
    batch = rs.SetBatch([5, 8], rir=[1, 2])
    assert batch == rs.SetBatch(np.array([5.0, 8.0]), rir=[1.0, 2.0])
    assert batch != rs.SetBatch([5, 8], rir=[1, 3])
    assert batch != rs.SetBatch([5, 9], rir=[1, 2])
    # The same sums from differently shaped inputs are different batches.
    assert rs.SetBatch([5, 5], rir=2) != rs.SetBatch([5, 5], rir=[2, 2])
    assert rs.SetBatch([5, 8]) == rs.SetBatch([5, 8], rir=0)
    assert batch != (5, 8)
    assert batch != "SetBatch"
    with pytest.raises(TypeError, match="unhashable"):
        hash(batch)


def test_attrs_evolve_builds_a_checked_batch() -> None:
    batch = rs.SetBatch([5, 8], rir=1)
    assert attrs.evolve(batch, rir=2) == rs.SetBatch([5, 8], rir=2)
    with pytest.raises(rs.ValidationError) as info:
        attrs.evolve(batch, rir=-1)
    assert info.value.argument == "rir"


@pytest.mark.parametrize(
    ("batch", "text"),
    [
        (rs.SetBatch(5), "SetBatch(reps=5.0)"),
        (rs.SetBatch(5, rir=1.5), "SetBatch(reps=5.0, rir=1.5)"),
        (rs.SetBatch([5, 8, 3], rir=2), "SetBatch(reps=[5.0, 8.0, 3.0], rir=2.0)"),
        (rs.SetBatch([5, 8], rir=[0, 1]), "SetBatch(reps=[5.0, 8.0], rir=[0.0, 1.0])"),
        (rs.SetBatch([[1, 2], [3, 4]]), "SetBatch(reps=[[1.0, 2.0], [3.0, 4.0]])"),
        (rs.SetBatch([]), "SetBatch(reps=[])"),
        (rs.SetBatch(np.ones((0, 3))), "SetBatch(reps=[], shape=(0, 3))"),
        (
            rs.SetBatch(np.arange(1, 21), rir=1 - np.arange(1, 21) // 20),
            "SetBatch(reps=[1.0, 2.0, 3.0, ..., 18.0, 19.0, 20.0], "
            "rir=[1.0, 1.0, 1.0, ..., 1.0, 1.0, 0.0], shape=(20,))",
        ),
        (
            rs.SetBatch(np.full(1_000_000, 5), rir=2),
            "SetBatch(reps=[5.0, 5.0, 5.0, ..., 5.0, 5.0, 5.0], rir=2.0, shape=(1000000,))",
        ),
    ],
)
def test_the_repr_reads_like_the_call_and_stays_short(batch: rs.SetBatch, text: str) -> None:
    assert repr(batch) == text
    if "shape=" not in text:  # nothing left out: the text makes the same batch
        assert eval(text, {"SetBatch": rs.SetBatch}) == batch


@given(s.set_batches)
def test_a_batch_pickles_and_copies_equal_and_read_only(batch: rs.SetBatch) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        loaded = pickle.loads(pickle.dumps(batch, protocol))
        assert loaded == batch
        assert loaded.to_failure.tobytes() == batch.to_failure.tobytes()
        assert not any(a.flags.writeable for a in (loaded.reps, loaded.rir, loaded.to_failure))
    for copied in (copy.copy(batch), copy.deepcopy(batch)):
        assert copied == batch
        assert not copied.to_failure.flags.writeable
