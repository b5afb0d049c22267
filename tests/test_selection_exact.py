"""Exact results and messages of exercise selection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.selection import loads_region
from tests import strategies as s
from tests.messages import assert_message


def test_loads_region_names_a_bad_exercise() -> None:
    error = assert_message(
        lambda: loads_region("back-squat", rs.BodyRegion.KNEE),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "exercise",
        ["take one from a Catalogue"],
        ["must be an Exercise"],
    )
    assert error.value == "back-squat"


def test_why_an_exercise_is_too_much_for_the_day() -> None:
    from runstrength.selection import Choice, _limited
    from runstrength.taxonomy import PlyoIntensity

    cat = rs.Catalogue.default()
    light = Choice(easy_legs=True)
    assert _limited(cat["box-jump"], light) == "is too hard for a light session"
    assert _limited(cat["nordic-curl"], light) == "is too hard for a light session"
    assert _limited(cat["back-squat"], light) == (
        "is loaded leg work, too much for a light session"
    )
    assert _limited(cat["plank"], light) is None
    low = Choice(plyo=PlyoIntensity.LOW, plyo_reason="strength before power")
    assert _limited(cat["box-jump"], low) == (
        "is a moderate-intensity jump; strength before power"
    )
    fresh = Choice(fresh=frozenset({"nordic-curl"}))
    assert _limited(cat["nordic-curl"], fresh) == (
        "is eccentric work still new to you, too hard for the day"
    )
    assert _limited(cat["nordic-curl"], Choice()) is None


def test_a_new_block_takes_the_variation_with_a_known_1rm_else_the_most_similar() -> None:
    from runstrength._context import Context
    from runstrength.selection import Choice, choose
    from runstrength.templates import TEMPLATES

    cat = rs.Catalogue.default()
    slot = next(
        s
        for s in TEMPLATES["advanced-pre-season"].slots
        if s.prefer[0] == "single-leg-romanian-deadlift"
    )
    rotate = Choice(avoid=frozenset({"single-leg-romanian-deadlift"}))
    for one_rm, expected in (
        ({}, "dumbbell-romanian-deadlift"),  # the most similar (not the first by name)
        ({"trap-bar-deadlift": 150.0}, "trap-bar-deadlift"),  # its loads can be set
    ):
        athlete = rs.Athlete(level="advanced", one_rm=one_rm)
        chosen, why = choose(
            Context(athlete, cat), slot, athlete.equipment, (), None, set(), rotate
        )
        assert chosen is not None
        assert chosen.key == expected
        assert why is not None
        assert why.startswith(f"{chosen.name} instead of Single-leg Romanian deadlift: ")


def test_a_key_lift_with_a_known_1rm_stays_through_a_new_block() -> None:
    from runstrength._context import Context
    from runstrength.selection import VARIATION_WEEKS, Choice, choose
    from runstrength.templates import TEMPLATES

    cat = rs.Catalogue.default()
    squat = TEMPLATES["advanced-pre-season"].slots[2]
    assert (squat.key, squat.prefer[0]) == (True, "back-squat")
    rotate = Choice(avoid=frozenset({"back-squat"}))
    athlete = rs.Athlete(level="advanced")
    chosen, why = choose(Context(athlete, cat), squat, athlete.equipment, (), None, set(), rotate)
    assert chosen is not None
    assert why == (
        f"{chosen.name} instead of Back squat: a variation after {VARIATION_WEEKS} weeks on "
        "the same exercises (Proven Gains: change the template every 6-8 weeks)"
    )
    known = rs.Athlete(level="advanced", one_rm={"back-squat": 140.0})
    kept = choose(Context(known, cat), squat, known.equipment, (), None, set(), rotate)
    assert kept == (cat["back-squat"], None)


def test_why_the_first_choice_was_passed_over_in_a_session() -> None:
    from runstrength._context import Context
    from runstrength.selection import Choice, choose
    from runstrength.taxonomy import Pattern
    from runstrength.templates import TEMPLATES

    cat = rs.Catalogue.default()
    athlete = rs.Athlete(level="advanced")
    ctx = Context(athlete, cat)
    slots = TEMPLATES["advanced-pre-season"].slots
    squat = slots[2]
    taken = {"back-squat", "front-squat", "goblet-squat"}
    assert choose(ctx, squat, athlete.equipment, (), None, taken, Choice()) == (
        cat["bodyweight-squat"],
        "Back squat is already in the session: Bodyweight squat instead",
    )
    hinge = next(s for s in slots if s.prefer == ("single-leg-romanian-deadlift",))
    reserved = Choice(reserved=frozenset({Pattern.HINGE}))
    assert choose(ctx, hinge, athlete.equipment, (), None, set(), reserved) == (
        cat["single-leg-hip-thrust"],
        "Single-leg Romanian deadlift repeats a key lift: Single-leg hip thrust instead",
    )


@given(
    s.catalogue_or_default(),
    s.kits,
    s.levels,
    st.lists(st.sampled_from(list(rs.BodyRegion)), max_size=3, unique=True).map(tuple),
    st.none() | st.frozensets(st.sampled_from(["back-squat", "plank", "goblet-squat", "x-y"])),
)
def test_the_exercises_a_plan_may_use_are_those_why_not_lets_through(
    catalogue: rs.Catalogue,
    kit: frozenset[rs.Equipment],
    level: rs.Level,
    excluded: tuple[rs.BodyRegion, ...],
    only: frozenset[str] | None,
) -> None:
    # The plan works each test out once per distinct value; the verdicts must not change.
    from runstrength._context import Context
    from runstrength.selection import _allowed, why_not

    ctx = Context(rs.Athlete(level=level), catalogue)
    keys, usable = _allowed(ctx, kit, excluded, only)
    expected = [e for e in catalogue if why_not(e, kit, level, excluded, only) is None]
    assert list(usable) == expected
    assert keys == {e.key for e in expected}


def test_a_new_block_varies_the_first_preferred_exercise_that_fits() -> None:
    from runstrength._context import Context
    from runstrength.selection import VARIATION_WEEKS, Choice, choose
    from runstrength.templates import TEMPLATES, Slot

    cat = rs.Catalogue.default()
    athlete = rs.Athlete(level="advanced")
    slots = TEMPLATES["advanced-pre-season"].slots
    squat = slots[2]
    assert squat.prefer[:2] == ("back-squat", "front-squat")
    rotate = Choice(avoid=frozenset({"front-squat"}))

    def pick(slot: Slot, used: set[str], limits: Choice) -> tuple[object, str | None]:
        return choose(Context(athlete, cat), slot, athlete.equipment, (), None, used, limits)

    # Back squat is in the session already: front squat is the usual one, and is varied.
    assert pick(squat, {"back-squat"}, rotate) == (
        cat["goblet-squat"],
        f"Goblet squat instead of Front squat: a variation after {VARIATION_WEEKS} weeks on "
        "the same exercises (Proven Gains: change the template every 6-8 weeks)",
    )
    assert pick(squat, {"back-squat"}, Choice()) == (cat["front-squat"], None)
    # No preferred exercise fits: the first one is still the one a new block varies.
    hinge = next(s for s in slots if s.prefer == ("single-leg-romanian-deadlift",))
    first = {"single-leg-romanian-deadlift"}
    assert pick(hinge, first, Choice(avoid=frozenset(first))) == (
        cat["dumbbell-romanian-deadlift"],
        f"Dumbbell Romanian deadlift instead of Single-leg Romanian deadlift: a variation "
        f"after {VARIATION_WEEKS} weeks on the same exercises (Proven Gains: change the "
        "template every 6-8 weeks)",
    )
    assert pick(hinge, first, Choice()) == (
        cat["single-leg-deadlift"],
        "Single-leg Romanian deadlift is already in the session: Single-leg deadlift "
        "(bodyweight) instead",
    )
