"""How hard a session is, exactly: every threshold at its boundary, with its reason."""

from __future__ import annotations

import types

import pytest

import runstrength as rs
from runstrength.hardness import Hardness, exercise_hardness, lower_body_sets, session_hardness
from tests.messages import assert_message

CAT = rs.Catalogue.default()
H = Hardness


def p(**fields: object) -> rs.Prescription:
    return rs.Prescription(**{"sets": 2, **fields})  # type: ignore[arg-type]


def verdict(key: str, prescription: rs.Prescription, **kwargs: bool) -> tuple[H, str | None]:
    return exercise_hardness(CAT[key], prescription, **kwargs)


def test_plyometrics_are_judged_by_intensity() -> None:
    assert verdict("pogo-hops", p(contacts=10)) == (H.LIGHT, None)
    assert verdict("box-jump", p(contacts=5)) == (
        H.HARD,
        "box jump is a moderate-intensity plyometric",
    )
    assert verdict("drop-jump", p(contacts=5)) == (
        H.HARD,
        "drop jump is a high-intensity plyometric",
    )


def test_core_and_upper_body_are_light_whatever_the_load() -> None:
    heavy = p(reps=3, rir=0, percent_one_rm=95)
    assert verdict("bench-press", heavy, key_lift=True) == (H.LIGHT, None)
    assert verdict("plank", p(seconds=60)) == (H.LIGHT, None)


def test_new_eccentric_work_is_hard_only_while_new() -> None:
    easy = p(reps=5, rir=3)
    assert verdict("nordic-curl", easy, new_eccentric=True) == (
        H.HARD,
        "nordic curl is eccentric work new in the last two weeks",
    )
    assert verdict("nordic-curl", easy) == (H.LIGHT, None)
    assert verdict("glute-bridge", easy, new_eccentric=True) == (H.LIGHT, None)


def test_heavy_thresholds_at_their_boundaries() -> None:
    # 8 reps to failure is hard (79.3 %), 9 is not.
    assert verdict("goblet-squat", p(reps=5, rir=3)) == (
        H.HARD,
        "goblet squat at about 79 % of 1RM",
    )
    assert verdict("goblet-squat", p(reps=6, rir=3)) == (
        H.MODERATE,
        "goblet squat at about 77 % of 1RM",
    )
    # 80 % of 1RM is hard, 79.9 % is not.
    assert verdict("goblet-squat", p(reps=10, rir=3, percent_one_rm=80.0)) == (
        H.HARD,
        "goblet squat at about 80 % of 1RM",
    )
    assert verdict("goblet-squat", p(reps=10, rir=3, percent_one_rm=79.9))[0] is H.MODERATE
    # A key lift at 2 reps in reserve is hard, at 3 it is not.
    assert verdict("goblet-squat", p(reps=8, rir=2, percent_one_rm=70), key_lift=True) == (
        H.HARD,
        "goblet squat at 2 reps in reserve",
    )
    assert verdict("goblet-squat", p(reps=8, rir=2, percent_one_rm=70)) == (
        H.MODERATE,
        "goblet squat at 2 reps in reserve",
    )
    assert verdict("goblet-squat", p(reps=8, rir=3, percent_one_rm=70), key_lift=True) == (
        H.LIGHT,
        None,
    )


def test_light_thresholds_at_their_boundaries() -> None:
    # 3 reps in reserve, 10 reps to failure and 75 % are light; a step past each is not.
    assert verdict("goblet-squat", p(reps=7, rir=3, percent_one_rm=75.0)) == (H.LIGHT, None)
    assert verdict("goblet-squat", p(reps=7, rir=3, percent_one_rm=75.1)) == (
        H.MODERATE,
        "goblet squat at about 75 % of 1RM",
    )
    assert verdict("goblet-squat", p(reps=7, rir=2.5, percent_one_rm=70)) == (
        H.MODERATE,
        "goblet squat at 2.5 reps in reserve",
    )
    assert verdict("goblet-squat", p(reps=7, rir=3)) == (H.LIGHT, None)  # 74.5 % by the model
    assert verdict("goblet-squat", p(reps=6, rir=3.5, percent_one_rm=70)) == (
        H.MODERATE,
        "goblet squat at about 70 % of 1RM",
    )
    assert verdict("goblet-squat", p(reps=12, rir=20)) == (H.LIGHT, None)  # capped at 20 reps
    assert verdict("goblet-squat", p(reps=12)) == (
        H.MODERATE,
        "goblet squat with a load and no reps in reserve set",
    )
    assert verdict("goblet-squat", p(seconds=30)) == (
        H.MODERATE,
        "goblet squat with a load and no reps in reserve set",
    )


def test_bodyweight_lower_body_work_needs_easy_effort_to_be_light() -> None:
    assert verdict("glute-bridge", p(reps=12, rir=3)) == (H.LIGHT, None)
    assert verdict("glute-bridge", p(reps=12, rir=2.5)) == (
        H.MODERATE,
        "glute bridge with no easy effort set",
    )
    assert verdict("glute-bridge", p(reps=12)) == (
        H.MODERATE,
        "glute bridge with no easy effort set",
    )


def test_volume_thresholds_at_their_boundaries() -> None:
    bridge = (CAT["glute-bridge"], p(reps=12, rir=3), False)
    plank = (CAT["plank"], p(seconds=30, sets=9), False)
    lunge = (CAT["reverse-lunge"], rs.Prescription(sets=1, reps=10, rir=3), False)
    assert session_hardness([bridge, bridge, plank]) == rs.HardnessVerdict(H.LIGHT, (), 4)
    assert session_hardness([bridge, bridge, lunge]) == rs.HardnessVerdict(
        H.MODERATE, ("5 lower-body working sets (more than 4)",), 5
    )
    assert session_hardness([bridge] * 3) == rs.HardnessVerdict(
        H.MODERATE, ("6 lower-body working sets (more than 4)",), 6
    )
    assert session_hardness([bridge] * 3 + [lunge]) == rs.HardnessVerdict(
        H.HARD, ("7 lower-body working sets (more than 6)",), 7
    )
    assert lower_body_sets([bridge, plank, lunge]) == 3


def test_the_worst_class_wins_and_keeps_only_its_reasons() -> None:
    squat = (CAT["goblet-squat"], p(reps=8, rir=2, percent_one_rm=70), True)
    moderate = (CAT["glute-bridge"], p(reps=12), False)
    jump = (CAT["box-jump"], p(contacts=5), False)
    assert session_hardness([moderate, squat, jump]) == rs.HardnessVerdict(
        H.HARD,
        ("goblet squat at 2 reps in reserve", "box jump is a moderate-intensity plyometric"),
        4,
    )
    assert session_hardness([moderate]) == rs.HardnessVerdict(
        H.MODERATE, ("glute bridge with no easy effort set",), 2
    )
    fresh = (CAT["nordic-curl"], p(reps=5, rir=3), False)
    assert session_hardness([fresh], new_eccentric={"nordic-curl"}).hardness is H.HARD
    assert session_hardness([fresh], new_eccentric={"glute-bridge"}).hardness is H.LIGHT
    assert session_hardness([]) == rs.HardnessVerdict(H.LIGHT, (), 0)


def test_planned_exercises_count_their_key_flag() -> None:
    squat = rs.PlannedExercise(CAT["goblet-squat"], p(reps=8, rir=2, percent_one_rm=70))
    key = rs.PlannedExercise(
        CAT["goblet-squat"], p(reps=8, rir=2, percent_one_rm=70), key_lift=True
    )
    assert session_hardness([squat]).hardness is H.MODERATE
    assert session_hardness([key]).hardness is H.HARD
    # Anything with an exercise and a prescription will do; without key_lift, not a key lift.
    plain = types.SimpleNamespace(
        exercise=CAT["goblet-squat"], prescription=p(reps=8, rir=2, percent_one_rm=70)
    )
    assert session_hardness([plain]).hardness is H.MODERATE
    truthy = (CAT["goblet-squat"], p(reps=8, rir=2, percent_one_rm=70), 1)
    assert session_hardness([truthy]).hardness is H.MODERATE  # only True marks a key lift


@pytest.mark.parametrize(
    ("call", "argument", "fix"),
    [
        (lambda: exercise_hardness("squat", p(reps=5)), "exercise", "take one from a Catalogue"),
        (
            lambda: exercise_hardness(CAT["back-squat"], None),
            "prescription",
            "e.g. Prescription(sets=2)",
        ),
        (lambda: session_hardness("squat"), "exercises", "e.g. session.exercises"),
        (lambda: session_hardness(5), "exercises", "e.g. session.exercises"),
        (lambda: session_hardness([("squat", p(reps=5), True)]), "exercise", "take one"),
        (lambda: session_hardness([CAT["plank"]]), "prescription", "e.g. Prescription(sets=2)"),
    ],
)
def test_messages(call: object, argument: str, fix: str) -> None:
    assert_message(call, rs.ArgumentTypeError, argument, [fix])  # type: ignore[arg-type]


def test_collection_messages_name_the_argument_and_the_value() -> None:
    rule = ["must be a collection of (exercise, prescription, key lift) or planned exercises"]
    error = assert_message(
        lambda: session_hardness(5),
        rs.ArgumentTypeError,
        "exercises",
        ["e.g. session.exercises"],
        rule,
    )
    assert error.value == 5
    error = assert_message(
        lambda: lower_body_sets("squat"),
        rs.ArgumentTypeError,
        "items",
        ["e.g. session.exercises"],
        rule,
    )
    assert error.value == "squat"


def test_item_messages_name_the_value_and_the_rule() -> None:
    error = assert_message(
        lambda: exercise_hardness("squat", p(reps=5)),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "exercise",
        ["take one from a Catalogue"],
        ["must be an Exercise"],
    )
    assert error.value == "squat"
    error = assert_message(
        lambda: exercise_hardness(CAT["back-squat"], 5),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "prescription",
        ["e.g. Prescription(sets=2)"],
        ["must be a Prescription"],
    )
    assert error.value == 5
    error = assert_message(
        lambda: session_hardness([], new_eccentric=[1]),  # type: ignore[list-item]
        rs.ArgumentTypeError,
        "new_eccentric[0]",
        [],
    )
    assert error.value == 1


def test_the_order_of_classes() -> None:
    assert [h.rank for h in H] == [0, 1, 2]
    assert H.LIGHT.at_most(H.LIGHT)
    assert H.MODERATE.at_most("hard")  # type: ignore[arg-type]
    assert not H.HARD.at_most(H.MODERATE)


def test_a_session_of_the_wrong_shape_names_the_argument_and_the_wrong_value() -> None:
    error = assert_message(
        lambda: session_hardness({"back-squat": 1}),
        rs.ArgumentTypeError,
        "exercises",
        ["exercises"],
    )
    assert error.value == {"back-squat": 1}
    error = assert_message(
        lambda: session_hardness([(CAT["back-squat"], "2x5", False)]),
        rs.ArgumentTypeError,
        "prescription",
        ["Prescription(sets=2)"],
        ["must be a Prescription"],
    )
    assert error.value == "2x5"
