"""Bad input gets a RunstrengthError leaf that names the argument; nothing else escapes."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from tests import strategies as s

CAT = rs.Catalogue.default()
GOOD: dict[str, Any] = {
    "key": "wall-sit",
    "name": "Wall sit",
    "category": rs.Category.BILATERAL,
    "pattern": rs.Pattern.SQUAT,
    "muscles": (rs.Muscle.QUADRICEPS,),
    "dosing": rs.Dosing.TIME,
}


def exercise(**changes: Any) -> Callable[[], object]:
    return lambda: rs.Exercise(**{**GOOD, **changes})


def record(**changes: Any) -> Callable[[], object]:
    rec = {
        **GOOD,
        "category": "bilateral",
        "pattern": "squat",
        "muscles": ["quadriceps"],
        "dosing": "time",
        **changes,
    }
    return lambda: rs.Catalogue.from_records([rec])


# (call, expected leaf, also-a built-in, the argument the message must name)
CASES: list[tuple[str, Callable[[], object], type[rs.RunstrengthError], type[Exception], str]] = [
    ("key not a slug", exercise(key="Wall Sit"), rs.ValidationError, ValueError, "key"),
    ("key not a str", exercise(key=7), rs.ArgumentTypeError, TypeError, "key"),
    ("blank name", exercise(name="  "), rs.ValidationError, ValueError, "name"),
    ("name not a str", exercise(name=None), rs.ArgumentTypeError, TypeError, "name"),
    (
        "category as str",
        exercise(category="bilateral"),
        rs.ArgumentTypeError,
        TypeError,
        "category",
    ),
    ("pattern wrong", exercise(pattern=3), rs.ArgumentTypeError, TypeError, "pattern"),
    (
        "muscles a list",
        exercise(muscles=[rs.Muscle.GLUTES]),
        rs.ArgumentTypeError,
        TypeError,
        "muscles",
    ),
    ("muscles empty", exercise(muscles=()), rs.CatalogueError, ValueError, "muscles"),
    (
        "muscle repeated",
        exercise(muscles=(rs.Muscle.GLUTES, rs.Muscle.GLUTES)),
        rs.ValidationError,
        ValueError,
        "muscles",
    ),
    (
        "muscle not enum",
        exercise(muscles=("glutes",)),
        rs.ArgumentTypeError,
        TypeError,
        "muscles[0]",
    ),
    ("equipment empty", exercise(equipment=()), rs.CatalogueError, ValueError, "equipment"),
    (
        "equipment not sets",
        exercise(equipment=("barbell",)),
        rs.ArgumentTypeError,
        TypeError,
        "equipment[0]",
    ),
    (
        "equipment item str",
        exercise(equipment=(frozenset({"barbell"}),)),
        rs.ArgumentTypeError,
        TypeError,
        "equipment[0]",
    ),
    ("dosing wrong", exercise(dosing="time"), rs.ArgumentTypeError, TypeError, "dosing"),
    ("per_side int", exercise(per_side=1), rs.ArgumentTypeError, TypeError, "per_side"),
    (
        "plyo without intensity",
        exercise(category=rs.Category.PLYOMETRIC, dosing=rs.Dosing.CONTACTS),
        rs.CatalogueError,
        ValueError,
        "plyo_intensity",
    ),
    (
        "intensity on non-plyo",
        exercise(plyo_intensity=rs.PlyoIntensity.LOW),
        rs.CatalogueError,
        ValueError,
        "plyo_intensity",
    ),
    (
        "intensity wrong type",
        exercise(plyo_intensity="low"),
        rs.ArgumentTypeError,
        TypeError,
        "plyo_intensity",
    ),
    (
        "contacts on non-plyo",
        exercise(dosing=rs.Dosing.CONTACTS),
        rs.CatalogueError,
        ValueError,
        "dosing",
    ),
    (
        "plyo in reps",
        exercise(category=rs.Category.PLYOMETRIC, plyo_intensity=rs.PlyoIntensity.LOW),
        rs.CatalogueError,
        ValueError,
        "dosing",
    ),
    (
        "min_level str",
        exercise(min_level="beginner"),
        rs.ArgumentTypeError,
        TypeError,
        "min_level",
    ),
    (
        "self link",
        exercise(progresses_to=("wall-sit",)),
        rs.CatalogueError,
        ValueError,
        "progresses_to",
    ),
    (
        "link not slug",
        exercise(progresses_to=("Back Squat",)),
        rs.ValidationError,
        ValueError,
        "progresses_to[0]",
    ),
    (
        "link repeated",
        exercise(progresses_to=("plank", "plank")),
        rs.ValidationError,
        ValueError,
        "progresses_to",
    ),
    ("blank cue", exercise(cues=("",)), rs.CatalogueError, ValueError, "cues[0]"),
    ("cues a str", exercise(cues="squat deep"), rs.ArgumentTypeError, TypeError, "cues"),
    (
        "catalogue of lists",
        lambda: rs.Catalogue([CAT["plank"]]),
        rs.ArgumentTypeError,
        TypeError,
        "exercises",
    ),
    (
        "catalogue of dicts",
        lambda: rs.Catalogue(({"key": "x"},)),
        rs.ArgumentTypeError,
        TypeError,
        "exercises[0]",
    ),
    ("unknown key", lambda: CAT["back-squats"], rs.UnknownExerciseError, KeyError, "key"),
    ("key of wrong type", lambda: CAT[3], rs.UnknownExerciseError, KeyError, "key"),
    (
        "substitutes unknown",
        lambda: CAT.substitutes("squat"),
        rs.UnknownExerciseError,
        KeyError,
        "key",
    ),
    (
        "substitutes kit str",
        lambda: CAT.substitutes("plank", equipment="home"),
        rs.ArgumentTypeError,
        TypeError,
        "equipment",
    ),
    (
        "substitutes kit item",
        lambda: CAT.substitutes("plank", equipment={"garage"}),
        rs.ValidationError,
        ValueError,
        "equipment",
    ),
    (
        "substitutes kit number",
        lambda: CAT.substitutes("plank", equipment=5),
        rs.ArgumentTypeError,
        TypeError,
        "equipment",
    ),
    (
        "substitutes level",
        lambda: CAT.substitutes("plank", level="pro"),
        rs.ValidationError,
        ValueError,
        "level",
    ),
    (
        "substitutes limit",
        lambda: CAT.substitutes("plank", limit=-1),
        rs.ValidationError,
        ValueError,
        "limit",
    ),
    (
        "substitutes limit type",
        lambda: CAT.substitutes("plank", limit=2.5),
        rs.ArgumentTypeError,
        TypeError,
        "limit",
    ),
    (
        "regressions unknown",
        lambda: CAT.regressions("pushup"),
        rs.UnknownExerciseError,
        KeyError,
        "key",
    ),
    (
        "progressions unknown",
        lambda: CAT.progressions(""),
        rs.UnknownExerciseError,
        KeyError,
        "key",
    ),
    (
        "filter category",
        lambda: CAT.filter(category="legs"),
        rs.ValidationError,
        ValueError,
        "category",
    ),
    (
        "filter category type",
        lambda: CAT.filter(category=1),
        rs.ArgumentTypeError,
        TypeError,
        "category",
    ),
    (
        "filter flag",
        lambda: CAT.filter(per_side="yes"),
        rs.ArgumentTypeError,
        TypeError,
        "per_side",
    ),
    (
        "filter eccentric",
        lambda: CAT.filter(eccentric=0),
        rs.ArgumentTypeError,
        TypeError,
        "eccentric",
    ),
    (
        "filter where",
        lambda: CAT.filter(where="per_side"),
        rs.ArgumentTypeError,
        TypeError,
        "where",
    ),
    ("suits level", lambda: CAT["plank"].suits("expert"), rs.ValidationError, ValueError, "level"),
    (
        "extend one exercise",
        lambda: CAT.extend(CAT["plank"]),
        rs.ArgumentTypeError,
        TypeError,
        "exercises",
    ),
    (
        "extend with dicts",
        lambda: CAT.extend([{"key": "x"}]),
        rs.ArgumentTypeError,
        TypeError,
        "exercises[0]",
    ),
    (
        "extend duplicate",
        lambda: CAT.extend([CAT["plank"]]),
        rs.CatalogueError,
        ValueError,
        "exercises[66].key",
    ),
    (
        "records a dict",
        lambda: rs.Catalogue.from_records({"key": "x"}),
        rs.ArgumentTypeError,
        TypeError,
        "records",
    ),
    (
        "record not a mapping",
        lambda: rs.Catalogue.from_records(["plank"]),
        rs.ArgumentTypeError,
        TypeError,
        "records[0]",
    ),
    (
        "record unknown field",
        record(colour="red"),
        rs.CatalogueError,
        ValueError,
        "records[0].colour",
    ),
    (
        "record missing field",
        lambda: rs.Catalogue.from_records([{"key": "x"}]),
        rs.CatalogueError,
        ValueError,
        "records[0].name",
    ),
    (
        "record bad enum",
        record(category="legs"),
        rs.ValidationError,
        ValueError,
        "records[0].category",
    ),
    (
        "record enum not str",
        record(pattern=["squat"]),
        rs.ArgumentTypeError,
        TypeError,
        "records[0].pattern",
    ),
    (
        "record muscles str",
        record(muscles="quadriceps"),
        rs.ArgumentTypeError,
        TypeError,
        "records[0].muscles",
    ),
    (
        "record equipment",
        record(equipment=[["garage"]]),
        rs.ValidationError,
        ValueError,
        "records[0].equipment[0][0]",
    ),
    ("record bool", record(per_side="no"), rs.ArgumentTypeError, TypeError, "records[0].per_side"),
    ("record cues", record(cues=[1]), rs.ArgumentTypeError, TypeError, "records[0].cues[0]"),
    ("record bad key", record(key="Wall Sit"), rs.ValidationError, ValueError, "records[0].key"),
    (
        "record bad link",
        record(progresses_to=["nowhere"]),
        rs.CatalogueError,
        ValueError,
        "wall-sit.progresses_to",
    ),
    ("level value", lambda: rs.Level("expert"), rs.ValidationError, ValueError, "Level"),
    ("category value", lambda: rs.Category("legs"), rs.ValidationError, ValueError, "Category"),
]


@pytest.mark.parametrize(
    ("call", "leaf", "builtin", "argument"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_invalid_input_raises_a_named_runstrength_error(
    call: Callable[[], object],
    leaf: type[rs.RunstrengthError],
    builtin: type[Exception],
    argument: str,
) -> None:
    with pytest.raises(leaf) as info:
        call()
    error = info.value
    assert isinstance(error, builtin)
    assert error.argument == argument
    assert str(error).startswith(f"{argument!r} ")
    assert ", got " in str(error)
    assert error.fix, "every message says what to do"


def test_errors_pickle_and_keep_their_parts() -> None:
    error = rs.ValidationError("reps", 0, "must be >= 1", "pass a positive whole number")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is rs.ValidationError
    assert (again.argument, again.value, again.rule, again.fix) == (
        "reps",
        0,
        "must be >= 1",
        "pass a positive whole number",
    )
    assert str(again) == str(error) == "'reps' must be >= 1, got 0: pass a positive whole number"


def test_long_values_are_shortened_in_messages() -> None:
    error = rs.ValidationError("name", "x" * 500, "must be short")
    assert len(str(error)) < 130
    assert str(error).endswith("...")


def test_every_leaf_is_a_runstrength_error() -> None:
    for leaf in (
        rs.ValidationError,
        rs.ArgumentTypeError,
        rs.UnknownExerciseError,
        rs.CatalogueError,
        rs.MissingExtraError,
    ):
        assert issubclass(leaf, rs.RunstrengthError)
    assert issubclass(rs.RunstrengthWarning, UserWarning)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=20,
)
field_names = st.sampled_from([field.name for field in attrs.fields(rs.Exercise)])
plausible_records = st.dictionaries(
    field_names,
    json_values
    | st.sampled_from(
        ["plank", "bilateral", "plyometric", "squat", "time", "contacts", "low", "beginner"]
    )
    | st.lists(st.sampled_from(["glutes", "dumbbells", "plank", ""]), max_size=3),
    max_size=14,
)


@given(st.lists(plausible_records | json_values, max_size=4) | json_values)
def test_fuzzed_records_raise_only_runstrength_errors(records: object) -> None:
    try:
        cat = rs.Catalogue.from_records(records)  # type: ignore[arg-type]
    except rs.RunstrengthError:
        return
    assert isinstance(cat, rs.Catalogue)


@given(
    st.dictionaries(
        field_names,
        json_values | st.sampled_from(list(rs.Category) + list(rs.Pattern)),
    )
)
def test_fuzzed_exercise_constructor_raises_only_runstrength_errors(
    changes: dict[str, Any],
) -> None:
    try:
        made = rs.Exercise(**{**GOOD, **changes})
    except rs.RunstrengthError:
        return
    assert isinstance(made, rs.Exercise)  # what succeeds keeps what it was given
    assert made.key == changes.get("key", GOOD["key"])
    assert made.name == changes.get("name", GOOD["name"])


@given(
    json_values | s.hostile_values,
    json_values | s.hostile_values,
    st.integers(-3, 70) | json_values | s.hostile_values,
)
def test_fuzzed_catalogue_queries_raise_only_runstrength_errors(
    key: object, kit: object, limit: object
) -> None:
    try:
        found = CAT.substitutes(key, equipment=kit, limit=limit)  # type: ignore[arg-type]
    except rs.RunstrengthError:
        return
    assert all(isinstance(ex, rs.Exercise) for ex in found)  # what succeeds is sound
    assert key not in {ex.key for ex in found}
    if isinstance(limit, int):
        assert len(found) <= limit
