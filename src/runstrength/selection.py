"""Exercise selection: which exercise fills a template's slot for this runner.

A slot names the exercises it prefers; `choose` (the planner's own step) takes the first
that suits
the kit, the level, the injured regions
([`REGION_PATTERNS`][runstrength.selection.REGION_PATTERNS]) and the taper,
and otherwise the most similar exercise of the slot's pattern or category, saying
why it swapped.

Examples:
    >>> from runstrength import Catalogue
    >>> cat = Catalogue.default()
    >>> why_not(cat["back-squat"], Equipment.home(), Level.BEGINNER, (), None)
    'needs equipment not in the kit'
    >>> loads_region(cat["back-squat"], "knee")
    True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from runstrength import _validate as v
from runstrength._context import Context
from runstrength.errors import ArgumentTypeError
from runstrength.level import Level
from runstrength.periodisation import BodyRegion
from runstrength.taxonomy import (
    Category,
    Dosing,
    Equipment,
    Exercise,
    Pattern,
    PlyoIntensity,
    similarity,
)
from runstrength.templates import Slot

__all__ = ["REGION_PATTERNS", "VARIATION_WEEKS", "loads_region"]

VARIATION_WEEKS = 8
"""Loading weeks on one exercise list before a plan rotates to variations (Proven Gains: 6-8)."""

REGION_PATTERNS: Mapping[BodyRegion, frozenset[Pattern]] = MappingProxyType(
    {
        BodyRegion.FOOT_ANKLE: frozenset({Pattern.CALF_RAISE, Pattern.JUMP, Pattern.BOUND}),
        BodyRegion.CALF_ACHILLES: frozenset({Pattern.CALF_RAISE, Pattern.JUMP, Pattern.BOUND}),
        BodyRegion.SHIN: frozenset({Pattern.JUMP, Pattern.BOUND}),
        BodyRegion.KNEE: frozenset({Pattern.SQUAT, Pattern.LUNGE, Pattern.JUMP, Pattern.BOUND}),
        BodyRegion.HAMSTRING: frozenset({Pattern.HINGE, Pattern.KNEE_FLEXION, Pattern.BOUND}),
        BodyRegion.HIP_GROIN: frozenset(
            {Pattern.LUNGE, Pattern.HIP_ABDUCTION, Pattern.BOUND, Pattern.ANTI_LATERAL_FLEXION}
        ),
        BodyRegion.LOWER_BACK: frozenset({Pattern.HINGE, Pattern.SQUAT, Pattern.CARRY}),
        BodyRegion.SHOULDER: frozenset(
            {
                Pattern.HORIZONTAL_PUSH,
                Pattern.VERTICAL_PUSH,
                Pattern.HORIZONTAL_PULL,
                Pattern.VERTICAL_PULL,
                Pattern.CARRY,
            }
        ),
    }
)
"""The movement patterns that load each injured region; plans swap or drop them.

This is the library's conservative reading of Proven Gains (mistake 4: replace
movements that aggravate an injury): a pattern counts when it loads the region
through range under load or impact.
"""


def loads_region(exercise: Exercise, region: BodyRegion | str) -> bool:
    """Whether an exercise loads an injured region (by its pattern, `REGION_PATTERNS`).

    Examples:
        >>> from runstrength import Catalogue
        >>> cat = Catalogue.default()
        >>> loads_region(cat["back-squat"], "knee"), loads_region(cat["plank"], "knee")
        (True, False)
    """
    if not isinstance(exercise, Exercise):
        raise ArgumentTypeError(
            "exercise", exercise, "must be an Exercise", "take one from a Catalogue"
        )
    return exercise.pattern in REGION_PATTERNS[v.to_enum(BodyRegion, region, "region")]


def regions(exercise: Exercise, excluded: Sequence[BodyRegion]) -> list[BodyRegion]:
    """The regions of ``excluded`` (injured) that an exercise loads, in their order.

    Examples:
        >>> from runstrength import Catalogue
        >>> cat = Catalogue.default()
        >>> regions(cat["back-squat"], [BodyRegion.SHOULDER, BodyRegion.KNEE])
        [<BodyRegion.KNEE: 'knee'>]
    """
    return [r for r in excluded if exercise.pattern in REGION_PATTERNS[r]]


def why_not(
    exercise: Exercise,
    kit: frozenset[Equipment],
    level: Level,
    excluded: Sequence[BodyRegion],
    only: frozenset[str] | None,
) -> str | None:
    """Why an exercise cannot be used, or None when it can.

    It must be doable with ``kit``, suit ``level``, load none of the ``excluded``
    regions and, when ``only`` is given (the taper), be one of those exercise keys.

    Examples:
        >>> from runstrength import Catalogue
        >>> cat = Catalogue.default()
        >>> why_not(cat["goblet-squat"], Equipment.home(), Level.BEGINNER, (), None) is None
        True
        >>> why_not(cat["goblet-squat"], Equipment.home(), Level.BEGINNER, (), frozenset())
        'would be new in the taper (SportCoaching: no new exercises in a taper)'
    """
    if not exercise.doable_with(kit):
        return "needs equipment not in the kit"
    if not exercise.suits(level):
        return f"is for {exercise.min_level.value} runners and up"
    hurt = regions(exercise, excluded)
    if hurt:
        return f"loads the injured {hurt[0].value}"
    if only is not None and exercise.key not in only:
        return "would be new in the taper (SportCoaching: no new exercises in a taper)"
    return None


@attrs.frozen(cache_hash=True)
class Choice:
    """What a session's slots may choose from, beyond kit, level, injuries and the taper.

    Attributes:
        plyo: The highest plyometric intensity allowed.
        plyo_reason: Why jumps are capped (for the swap's explanation).
        avoid: Exercises to rotate away from (a new block of variations).
        reserved: Movement patterns of the session's key lifts: a swap never
            takes one of them (no second squat beside the squat).
        fresh: Eccentric exercises too new for the day (they would make it hard).
        easy_legs: Only easy leg work: no jumps, no eccentric work, no loaded leg lifts
            (the light session, and recovery after a race).

    Examples:
        >>> Choice().plyo
        <PlyoIntensity.HIGH: 'high'>
    """

    plyo: PlyoIntensity = PlyoIntensity.HIGH
    plyo_reason: str = ""
    avoid: frozenset[str] = frozenset()
    reserved: frozenset[Pattern] = frozenset()
    fresh: frozenset[str] = frozenset()
    easy_legs: bool = False


_LEGS = frozenset({Category.BILATERAL, Category.UNILATERAL, Category.PLYOMETRIC})


def _limited(exercise: Exercise, limits: Choice) -> str | None:
    if limits.easy_legs and exercise.category in _LEGS:
        if exercise.category is Category.PLYOMETRIC or exercise.eccentric:
            return "is too hard for a light session"
        if exercise.dosing is Dosing.LOADED_REPS:
            return "is loaded leg work, too much for a light session"
    intensity = exercise.plyo_intensity
    if intensity is not None and intensity.rank > limits.plyo.rank:
        return f"is a {intensity.value}-intensity jump; {limits.plyo_reason}"
    if exercise.key in limits.fresh:
        return "is eccentric work still new to you, too hard for the day"
    return None


def _allowed(
    ctx: Context,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
) -> tuple[frozenset[str], tuple[Exercise, ...]]:
    """The catalogue's exercises `why_not` lets through (keys, and in order), once per plan."""
    key = ("allowed", kit, excluded, only)
    found: tuple[frozenset[str], tuple[Exercise, ...]] | None = ctx.memo.get(key)
    if found is None:
        level = ctx.athlete.level
        # `why_not`'s four tests, each worked out once for every distinct value it reads
        # (exercises share their equipment, level and pattern): the same verdicts.
        doable: dict[object, bool] = {}
        suits: dict[object, bool] = {}
        hurts: dict[object, bool] = {}
        usable_list = []
        for e in ctx.catalogue:
            if e.equipment not in doable:
                doable[e.equipment] = e.doable_with(kit)
            if e.min_level not in suits:
                suits[e.min_level] = e.suits(level)
            if e.pattern not in hurts:
                hurts[e.pattern] = bool(regions(e, excluded))
            if (
                doable[e.equipment]
                and suits[e.min_level]
                and not hurts[e.pattern]
                and (only is None or e.key in only)
            ):
                usable_list.append(e)
        usable = tuple(usable_list)
        found = frozenset(e.key for e in usable), usable
        ctx.memo[key] = found
    return found


def choose(  # noqa: PLR0917 - internal
    ctx: Context,
    slot: Slot,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
    used: set[str],
    limits: Choice = Choice(),
) -> tuple[Exercise | None, str | None]:
    """The exercise for a slot and, when it is not the slot's first choice, why.

    The first preferred exercise that fits, else the
    fitting exercise of the slot's pattern, then category, most similar to the
    first preference; None (with the reason) when nothing fits. Exercises in
    ``used`` are already in the session; a swap never takes a pattern of
    ``limits.reserved`` (the key lifts'). Exercises in ``limits.avoid`` are
    passed over when another of the same pattern fits (a block of variations).

    Examples:
        >>> from runstrength import Athlete, Catalogue
        >>> from runstrength.templates import TEMPLATES
        >>> ctx = Context(Athlete(level="beginner", equipment="bodyweight"), Catalogue.default())
        >>> slot = TEMPLATES["beginner-a"].slots[0]
        >>> exercise, why = choose(ctx, slot, ctx.athlete.equipment, (), None, set())
        >>> exercise.key
        'bodyweight-squat'
        >>> print(why)
        Goblet squat needs equipment not in the kit: Bodyweight squat instead
    """
    level = ctx.athlete.level
    others = limits.reserved - {slot.pattern} if slot.key else limits.reserved
    allowed, usable = _allowed(ctx, kit, excluded, only)

    def fits(e: Exercise) -> bool:
        return (
            e.key not in used
            and e.pattern not in others
            and e.key in allowed
            and _limited(e, limits) is None
        )

    def rank(e: Exercise) -> tuple[bool, float, str]:
        known = ctx.one_rm_for(e.key) is not None
        return (not known, -similarity(usual, e) if usual else 0.0, e.key)

    preferred = [ctx.catalogue[k] for k in slot.prefer if k in ctx.catalogue]
    # The template's order decides, not which 1RMs are known: logging a set of one
    # exercise never changes which exercise a plan prescribes.
    fine = [e for e in preferred if fits(e)]
    usual = fine[0] if fine else (preferred[0] if preferred else None)

    def pool() -> list[Exercise]:  # the whole usable catalogue: only when a swap is needed
        return [e for e in usable if fits(e)]

    # A key lift with a known 1RM stays: its loads keep progressing from what is known.
    keeps = slot.key and usual is not None and ctx.one_rm_for(usual.key) is not None
    if limits.avoid and usual is not None and usual.key in limits.avoid and not keeps:
        # A new block: a variation of the same pattern, when one fits.
        options = sorted(
            (
                e
                for e in usable
                if e.pattern is slot.pattern
                and e.dosing is usual.dosing
                and e.key not in limits.avoid
                and fits(e)
            ),
            key=rank,
        )
        if options:
            return options[0], (
                f"{options[0].name} instead of {usual.name}: a variation after "
                f"{VARIATION_WEEKS} weeks on the same exercises (Proven Gains: change the "
                "template every 6-8 weeks)"
            )
    if fine:
        return fine[0], None
    first = preferred[0] if preferred else None
    if first is not None:
        why = (
            why_not(first, kit, level, excluded, only)
            or _limited(first, limits)
            or ("is already in the session" if first.key in used else "repeats a key lift")
        )
        said = f"{first.name} {why}"
    else:
        said = f"{slot.prefer[0].replace('-', ' ').capitalize()} is not in the catalogue"
    candidates = pool()
    for options in (
        [e for e in candidates if e.pattern is slot.pattern],
        [e for e in candidates if e.category is slot.category],
    ):
        if options:
            if first is not None:
                options.sort(key=lambda e: (-similarity(first, e), e.key))
            chosen = options[0]
            return chosen, f"{said}: {chosen.name} instead"
    return (
        None,
        f"{said}, and no {slot.pattern.value} or {slot.category.value} exercise fits: left out",
    )
