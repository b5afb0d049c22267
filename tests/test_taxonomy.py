"""The exercise taxonomy: published content, catalogue behaviour and its invariants."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import runstrength as rs
from tests import strategies as s

CAT = rs.Catalogue.default()
C = rs.Category

# Every exercise the source articles name, as (key, category).
NAMED_IN_SOURCES = [
    ("back-squat", C.BILATERAL),
    ("front-squat", C.BILATERAL),
    ("goblet-squat", C.BILATERAL),
    ("deadlift", C.BILATERAL),
    ("trap-bar-deadlift", C.BILATERAL),
    ("dumbbell-romanian-deadlift", C.BILATERAL),
    ("romanian-deadlift", C.BILATERAL),
    ("single-leg-romanian-deadlift", C.UNILATERAL),
    ("single-leg-deadlift", C.UNILATERAL),
    ("hip-thrust", C.BILATERAL),
    ("single-leg-hip-thrust", C.UNILATERAL),
    ("glute-bridge", C.BILATERAL),
    ("bulgarian-split-squat", C.UNILATERAL),
    ("split-squat", C.UNILATERAL),
    ("reverse-lunge", C.UNILATERAL),
    ("step-up", C.UNILATERAL),
    ("pistol-squat", C.UNILATERAL),
    ("standing-calf-raise", C.BILATERAL),
    ("seated-calf-raise", C.BILATERAL),
    ("single-leg-calf-raise", C.UNILATERAL),
    ("short-foot-drill", C.CORE),
    ("towel-scrunch", C.CORE),
    ("side-lying-clamshell", C.UNILATERAL),
    ("banded-lateral-walk", C.UNILATERAL),
    ("nordic-curl", C.BILATERAL),
    ("sliding-leg-curl", C.BILATERAL),
    ("glute-ham-raise", C.BILATERAL),
    ("box-jump", C.PLYOMETRIC),
    ("low-hurdle-hop", C.PLYOMETRIC),
    ("drop-jump", C.PLYOMETRIC),
    ("lateral-bound", C.PLYOMETRIC),
    ("pogo-hops", C.PLYOMETRIC),
    ("plank", C.CORE),
    ("side-plank", C.CORE),
    ("pallof-press", C.CORE),
    ("anti-rotation-hold", C.CORE),
    ("dead-bug", C.CORE),
    ("bird-dog", C.CORE),
    ("farmer-carry", C.CORE),
    ("suitcase-carry", C.CORE),
    ("push-up", C.UPPER),
    ("incline-push-up", C.UPPER),
    ("dumbbell-row", C.UPPER),
    ("cable-row", C.UPPER),
    ("band-row", C.UPPER),
    ("inverted-row", C.UPPER),
    ("face-pull", C.UPPER),
    ("band-pull-apart", C.UPPER),
    ("bench-press", C.UPPER),
    ("overhead-press", C.UPPER),
    ("pull-up", C.UPPER),
    ("bodyweight-squat", C.BILATERAL),
]


@pytest.mark.parametrize(("key", "category"), NAMED_IN_SOURCES)
def test_every_named_exercise_is_in_the_default_catalogue(key: str, category: rs.Category) -> None:
    assert CAT[key].category is category


def test_default_catalogue_is_large_and_covers_every_category() -> None:
    assert len(CAT) >= 50
    assert {ex.category for ex in CAT} == set(rs.Category)


def test_plyometric_intensities_follow_the_published_order() -> None:
    order = [rs.PlyoIntensity.LOW, rs.PlyoIntensity.MODERATE, rs.PlyoIntensity.HIGH]
    rank = [order.index(CAT[k].plyo_intensity) for k in ("pogo-hops", "box-jump", "drop-jump")]
    assert rank == sorted(rank)
    assert len(set(rank)) == 3
    assert CAT["lateral-bound"].plyo_intensity is rs.PlyoIntensity.HIGH


def test_eccentric_hamstring_work_is_flagged() -> None:
    assert {ex.key for ex in CAT.filter(eccentric=True)} == {
        "nordic-curl",
        "sliding-leg-curl",
        "glute-ham-raise",
    }


def test_home_substitutes_for_back_squat_need_only_home_equipment_best_first() -> None:
    subs = CAT.substitutes("back-squat", equipment=rs.Equipment.home())
    assert subs, "a home runner must get an alternative to the back squat"
    assert all(ex.doable_with(rs.Equipment.home()) for ex in subs)
    assert subs[0].key == "goblet-squat"
    assert "back-squat" not in [ex.key for ex in subs]
    assert "front-squat" not in [ex.key for ex in subs]  # needs a barbell


def test_published_ladders() -> None:
    assert "incline-push-up" in [ex.key for ex in CAT.regressions("push-up")]
    assert [ex.key for ex in CAT.progressions("goblet-squat")] == ["front-squat", "back-squat"]
    up_from_bridge = [ex.key for ex in CAT.progressions("glute-bridge")]
    assert {"single-leg-hip-thrust", "hip-thrust"} <= set(up_from_bridge)
    assert [ex.key for ex in CAT.progressions("pogo-hops")] == ["low-hurdle-hop", "drop-jump"]
    assert [ex.key for ex in CAT.progressions("pogo-hops", direct=True)] == ["low-hurdle-hop"]


def test_home_and_bodyweight_kits_still_cover_every_category() -> None:
    for kit in (rs.Equipment.home(), rs.Equipment.bodyweight()):
        assert {ex.category for ex in CAT.filter(equipment=kit)} == set(rs.Category)


def test_presets() -> None:
    assert rs.Equipment.bodyweight() < rs.Equipment.home() < rs.Equipment.gym()
    assert rs.Equipment.BARBELL not in rs.Equipment.home()


def test_levels_are_ordered_by_rank_not_by_name() -> None:
    assert [lv.rank for lv in rs.Level] == [0, 1, 2]
    assert rs.Level.ADVANCED.allows(rs.Level.BEGINNER)
    assert not rs.Level.BEGINNER.allows(rs.Level.INTERMEDIATE)
    assert CAT["pistol-squat"].suits("advanced")
    assert not CAT["pistol-squat"].suits("beginner")


def test_lookup_helpers() -> None:
    assert CAT.get("plank") is CAT["plank"]
    assert CAT.get("no-such-thing") is None
    assert CAT.get(3) is None  # type: ignore[arg-type]
    assert 3 not in CAT
    assert list(CAT) == list(CAT.exercises)
    assert CAT.keys()[0] == CAT.exercises[0].key
    assert CAT["plank"].needs_equipment is False
    assert CAT["back-squat"].needs_equipment is True


def test_unknown_key_suggests_close_keys() -> None:
    with pytest.raises(rs.UnknownExerciseError, match="did you mean 'back-squat'") as info:
        CAT["back-squats"]
    assert isinstance(info.value, KeyError)
    assert str(info.value).startswith("'key' must name an exercise")
    with pytest.raises(rs.UnknownExerciseError, match="runstrength exercises"):
        CAT["zzzzzz"]


def test_extend_and_replace() -> None:
    wall_sit = rs.Exercise(
        key="wall-sit",
        name="Wall sit",
        category=C.BILATERAL,
        pattern=rs.Pattern.SQUAT,
        muscles=(rs.Muscle.QUADRICEPS,),
        dosing=rs.Dosing.TIME,
    )
    bigger = CAT.extend([wall_sit])
    assert len(bigger) == len(CAT) + 1
    assert "wall-sit" not in CAT
    with pytest.raises(rs.CatalogueError, match="must not repeat the key"):
        bigger.extend([wall_sit])
    renamed = attrs.evolve(CAT["plank"], name="Front plank")
    replaced = CAT.extend([renamed, wall_sit], replace=True)
    assert replaced["plank"].name == "Front plank"
    assert replaced.keys() == (*CAT.keys(), "wall-sit")


def test_records_round_trip_of_the_default_catalogue() -> None:
    assert rs.Catalogue.from_records(CAT.to_records()) == CAT


# --- properties -------------------------------------------------------------------------


@given(s.catalogue_or_default(), st.data(), s.kits, st.none() | s.levels)
def test_substitutes_fit_the_kit_and_share_category_or_pattern(
    cat: rs.Catalogue, data: st.DataObject, kit: frozenset[rs.Equipment], level: rs.Level | None
) -> None:
    original = cat[data.draw(st.sampled_from(cat.keys()))]
    subs = cat.substitutes(original.key, equipment=kit, level=level)
    scores = [rs.similarity(original, ex) for ex in subs]
    assert scores == sorted(scores, reverse=True)
    for ex in subs:
        assert ex.key != original.key
        assert ex.doable_with(kit)
        assert ex.category is original.category or ex.pattern is original.pattern
        assert level is None or level.allows(ex.min_level)
    # Nothing eligible is missed.
    eligible = {
        ex.key
        for ex in cat
        if ex.key != original.key
        and ex.doable_with(kit)
        and (ex.category is original.category or ex.pattern is original.pattern)
        and (level is None or level.allows(ex.min_level))
    }
    assert {ex.key for ex in subs} == eligible


@given(s.catalogue_or_default(), st.data())
def test_regressions_and_progressions_are_inverse_relations(
    cat: rs.Catalogue, data: st.DataObject
) -> None:
    a = data.draw(st.sampled_from(cat.keys()))
    b = data.draw(st.sampled_from(cat.keys()))
    up = b in [ex.key for ex in cat.progressions(a)]
    down = a in [ex.key for ex in cat.regressions(b)]
    assert up == down
    direct_up = b in cat[a].progresses_to
    assert direct_up == (a in [ex.key for ex in cat.regressions(b, direct=True)])


@given(s.catalogue_or_default())
def test_ladder_graph_is_acyclic(cat: rs.Catalogue) -> None:
    for ex in cat:
        assert ex.key not in [e.key for e in cat.progressions(ex.key)]
        assert ex.key not in [e.key for e in cat.regressions(ex.key)]


@given(s.exercises(), s.exercises())
def test_similarity_is_symmetric_and_maximal_for_itself(a: rs.Exercise, b: rs.Exercise) -> None:
    assert rs.similarity(a, b) == rs.similarity(b, a)
    assert rs.similarity(a, a) == 8.5 >= rs.similarity(a, b) >= 0


criteria = st.fixed_dictionaries(
    {},
    optional={
        "category": st.sampled_from(rs.Category),
        "pattern": st.sampled_from(rs.Pattern),
        "muscle": st.sampled_from(rs.Muscle),
        "dosing": st.sampled_from(rs.Dosing),
        "plyo_intensity": st.sampled_from(rs.PlyoIntensity),
        "per_side": st.booleans(),
        "eccentric": st.booleans(),
        "equipment": s.kits,
        "level": s.levels,
    },
)


def _matches(ex: rs.Exercise, crit: dict[str, object]) -> bool:
    checks = {
        "category": lambda v: ex.category is v,
        "pattern": lambda v: ex.pattern is v,
        "muscle": lambda v: v in ex.muscles,
        "dosing": lambda v: ex.dosing is v,
        "plyo_intensity": lambda v: ex.plyo_intensity is v,
        "per_side": lambda v: ex.per_side is v,
        "eccentric": lambda v: ex.eccentric is v,
        "equipment": lambda v: any(opt <= v for opt in ex.equipment),
        "level": lambda v: v.rank >= ex.min_level.rank,
    }
    return all(checks[name](value) for name, value in crit.items())


@given(s.catalogue_or_default(), criteria, st.booleans())
def test_filter_matches_its_predicate_and_misses_nothing(
    cat: rs.Catalogue, crit: dict[str, object], as_strings: bool
) -> None:
    expected = [ex for ex in cat if _matches(ex, crit)]
    if as_strings:  # enum criteria may also be given as their string values
        crit = {k: (v.value if hasattr(v, "value") else v) for k, v in crit.items()}
    assert list(cat.filter(**crit)) == expected  # type: ignore[arg-type]


@given(s.catalogue_or_default())
def test_filter_where(cat: rs.Catalogue) -> None:
    assert cat.filter(where=lambda ex: ex.per_side) == cat.filter(per_side=True)


@given(s.catalogues())
def test_records_round_trip(cat: rs.Catalogue) -> None:
    assert rs.Catalogue.from_records(cat.to_records()) == cat


@given(s.catalogues(min_size=1), st.data())
def test_duplicate_keys_are_refused(cat: rs.Catalogue, data: st.DataObject) -> None:
    dup = data.draw(st.sampled_from(cat.exercises))
    with pytest.raises(rs.CatalogueError, match="must not repeat the key"):
        rs.Catalogue((*cat.exercises, dup))


@given(s.catalogues(min_size=1), st.data(), s.slugs)
def test_links_to_unknown_keys_are_refused(
    cat: rs.Catalogue, data: st.DataObject, missing: str
) -> None:
    assume(missing not in cat)
    victim = data.draw(st.sampled_from(cat.exercises))
    bad = attrs.evolve(victim, progresses_to=(*victim.progresses_to, missing))
    with pytest.raises(rs.CatalogueError, match="must name an exercise in the catalogue") as info:
        rs.Catalogue(tuple(bad if ex is victim else ex for ex in cat))
    assert info.value.argument == f"{victim.key}.progresses_to"


@given(s.catalogues(min_size=2), st.data())
def test_cycles_are_refused(cat: rs.Catalogue, data: st.DataObject) -> None:
    # Link any exercise back to one of its own progressions (or itself via a 2-cycle).
    start = data.draw(st.sampled_from(cat.keys()))
    ups = [ex.key for ex in cat.progressions(start)]
    assume(ups)
    top = data.draw(st.sampled_from(ups))
    bad = attrs.evolve(cat[top], progresses_to=(*cat[top].progresses_to, start))
    with pytest.raises(rs.CatalogueError, match="cycle") as info:
        rs.Catalogue(tuple(bad if ex.key == top else ex for ex in cat))
    assert start in str(info.value)
    assert top in str(info.value)
    with pytest.raises(rs.CatalogueError, match="cycle"):
        cat.extend([bad], replace=True)


def test_records_fill_in_defaults() -> None:
    cat = rs.Catalogue.from_records(
        [
            {
                "key": "wall-sit",
                "name": "Wall sit",
                "category": "bilateral",
                "pattern": "squat",
                "muscles": ("quadriceps",),
            }
        ]
    )
    ex = cat["wall-sit"]
    assert ex.dosing is rs.Dosing.LOADED_REPS
    assert ex.equipment == (frozenset(),)
    assert ex.min_level is rs.Level.BEGINNER
    assert (ex.per_side, ex.eccentric, ex.plyo_intensity) == (False, False, None)


def test_catalogue_table_describes_each_dose() -> None:
    from runstrength.formats import catalogue_table

    table = catalogue_table(CAT.filter(pattern=rs.Pattern.BOUND)).splitlines()
    assert len(table) == 2 + len(CAT.filter(pattern=rs.Pattern.BOUND))
    assert "| Lateral bound | `lateral-bound` | plyometric | bound |" in table[2]
    assert "foot contacts per side (high intensity)" in table[2]
    assert table[2].endswith("| intermediate | Proven Gains |")
    row = catalogue_table([CAT["dumbbell-hip-thrust"]]).splitlines()[2]
    assert "| bench + dumbbells or box + dumbbells |" in row
    assert row.endswith("| ladder rung |")


def test_catalogue_table_escapes_pipes() -> None:
    from runstrength.formats import catalogue_table

    odd = attrs.evolve(CAT["plank"], name="Plank | front\nhold")
    assert "| Plank \\| front hold |" in catalogue_table([odd])
