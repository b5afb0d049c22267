"""Prescription maths: sets, reps, loads, holds, contacts and rests for one slot, and minutes.

Within a phase a slot's prescription climbs from the bottom to the top of its
range in `STEPS_TO_TOP` steps; loads come from the athlete's 1RM at the
dose's reps and reps in reserve, rounded to what their own kit makes, and
`estimate_minutes` says how long a session of them takes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from runstrength import _trusted as trusted
from runstrength._context import Context
from runstrength.athlete import Athlete
from runstrength.implements import Unit
from runstrength.load import Prescription, WarmupSet, percent_one_rm, warmup_sets
from runstrength.periodisation import Dose
from runstrength.plan import PlannedExercise
from runstrength.taxonomy import Category, Dosing, Equipment, Exercise
from runstrength.templates import Slot

STEPS_TO_TOP = 3  # progression steps from the bottom to the top of a range
WARMUP_MINUTES = 5.0
CHANGEOVER_SECONDS = 45.0
STAND_IN_REPS = (10, 15)  # bodyweight work in place of a loaded lift
ECCENTRIC_REPS = (5, 6)  # Proven Gains: Nordic curls 3 x 5-6


NO_ONE_RM_NOTE = "no 1RM known"
"""How the note on an exercise without a known 1RM begins (the printed page keys it)."""


def set_count(slot: Slot, dose: Dose) -> int:
    return max(1, min(slot.sets, dose.sets))


def step_fraction(step: int) -> float:
    return min(step, STEPS_TO_TOP) / STEPS_TO_TOP


def between(low: int, high: int, fraction: float, grain: int = 1) -> int:
    value = low + (high - low) * fraction
    return max(low, min(high, int(grain * math.floor(value / grain + 0.5))))


def rep_range(slot: Slot, dose: Dose) -> tuple[int, int]:
    # Key lifts follow the dose; accessories keep their template range (Proven Gains).
    if not slot.key:
        return slot.reps
    low, high = max(slot.reps[0], dose.reps[0]), min(slot.reps[1], dose.reps[1])
    return (low, high) if low <= high else dose.reps


def rest_seconds(exercise: Exercise, key: bool) -> int:
    if exercise.category is Category.PLYOMETRIC:
        return 60
    if key and exercise.dosing is Dosing.LOADED_REPS:
        return 120
    if exercise.category in (Category.CORE, Category.UPPER):
        return 45
    return 75


def implement_for(athlete: Athlete, exercise: Exercise, kit: frozenset[Equipment]) -> Any:
    for option in exercise.equipment:
        if option <= kit:
            if Equipment.BARBELL in option or Equipment.TRAP_BAR in option:
                return athlete.barbell
            if Equipment.DUMBBELLS in option:
                return athlete.dumbbells
            if Equipment.KETTLEBELL in option:
                return athlete.kettlebells
            return None
    return None  # pragma: no cover - exercises are chosen only when doable


def achievable(implement: Any, unit: Unit, cap: float, target: float) -> NDArray[np.float64]:
    if implement is None:
        # A stack or cable moves in plain steps: the two steps around the target will do.
        step = 5.0 if unit is Unit.LB else 2.5
        top = math.floor(cap / step + 1e-9)
        near = sorted({min(top, math.floor(target / step)), min(top, math.ceil(target / step))})
        return np.array([n * step for n in near if n >= 1], dtype=np.float64)
    loads: NDArray[np.float64] = implement.loads
    return loads[(loads > 0) & (loads <= cap + 1e-9)]


def kit_load(  # noqa: PLR0917 - internal
    ctx: Context,
    exercise: Exercise,
    reps: tuple[int, int],
    rir: float,
    fraction: float,
    kit: frozenset[Equipment],
    ceiling: float = 100.0,
) -> tuple[float | None, float | None, tuple[WarmupSet, ...], tuple[str, ...]]:
    athlete = ctx.athlete
    found = ctx.one_rm_for(exercise.key)
    if found is None:
        return (
            None,
            None,
            (),
            (f"{NO_ONE_RM_NOTE}: pick a load you could lift {rir:g} more times",),
        )
    one_rm, estimated = found
    said: tuple[str, ...] = ()
    if estimated is not None:
        said = (
            f"1RM {estimated}: after the first session, lower the load if the last set "
            f"had fewer than {rir:g} reps left, raise it if it had more",
        )
    high = min(ceiling, _percent(ctx, reps[0], rir))
    low = min(high, _percent(ctx, reps[1], rir))
    target = one_rm * (low + (high - low) * fraction) / 100
    implement = implement_for(athlete, exercise, kit)
    choices = achievable(implement, athlete.unit, round(one_rm * high / 100, 9), target)
    if choices.size == 0:
        return (
            None,
            None,
            (),
            (
                f"even the lightest load is above {high:.0f} % of the 1RM: "
                f"pick a load you could lift {rir:g} more times",
            ),
        )
    load = float(choices[np.argmin(np.abs(choices - target))])
    notes: tuple[str, ...] = ()
    step = float(choices[-1] - choices[-2]) if choices.size > 1 else load
    if implement is None:
        step = 5.0 if athlete.unit is Unit.LB else 2.5
    if load < one_rm * low / 100 - step - 1e-9:
        notes = (
            f"the nearest load the kit makes is {100 * load / one_rm:.0f} % of the 1RM, "
            f"under the {low:.0f}-{high:.0f} % the reps ask for",
        )
    ramp = _warmup(ctx, load, implement) if implement is not None else ()
    return load, 100 * load / one_rm, ramp, said + notes


def _percent(ctx: Context, reps: int, rir: float) -> float:
    """``percent_one_rm``, worked out once per plan for each reps and RIR."""
    key = ("percent", reps, rir)
    if key not in ctx.memo:
        ctx.memo[key] = float(percent_one_rm(reps, rir=rir))
    found: float = ctx.memo[key]
    return found


def _warmup(ctx: Context, load: float, implement: Any) -> tuple[WarmupSet, ...]:
    """``warmup_sets``, worked out once per plan for each load and implement."""
    key = ("warmup", load, implement)
    if key not in ctx.memo:
        ctx.memo[key] = warmup_sets(load, equipment=implement)
    found: tuple[WarmupSet, ...] = ctx.memo[key]
    return found


def prescribe(  # noqa: PLR0917 - internal
    ctx: Context,
    slot: Slot,
    exercise: Exercise,
    sets: int,
    dose: Dose,
    fraction: float,
    kit: frozenset[Equipment],
    contacts_left: int,
    ceiling: float = 100.0,
) -> tuple[Prescription | None, tuple[str, ...]]:
    common: dict[str, Any] = {
        "rest_seconds": rest_seconds(exercise, slot.key),
        "per_side": exercise.per_side,
        "unit": ctx.athlete.unit,
    }
    if exercise.dosing is Dosing.LOADED_REPS:
        low, high = rep_range(slot, dose)
        key = ("load", exercise.key, low, high, dose.rir, fraction, kit, ceiling)
        if key not in ctx.memo:
            ctx.memo[key] = kit_load(ctx, exercise, (low, high), dose.rir, fraction, kit, ceiling)
        load, percent, ramp, notes = ctx.memo[key]
        return trusted.make(
            Prescription,
            sets=sets,
            reps=low,
            reps_max=high if high > low else None,
            rir=dose.rir,
            percent_one_rm=percent,
            load=load,
            warmup=ramp if slot.key else (),
            **common,
        ), notes
    if exercise.dosing is Dosing.BODYWEIGHT_REPS:
        preferred = ctx.catalogue.get(slot.prefer[0])
        stand_in = preferred is not None and preferred.dosing is Dosing.LOADED_REPS
        # Bodyweight standing in for a heavy lift needs more reps to be a stimulus.
        reps = slot.reps
        if stand_in:
            # Eccentric work (Nordic curls) stays low in reps (Proven Gains: 3 x 5-6).
            reps = ECCENTRIC_REPS if exercise.eccentric else STAND_IN_REPS
        return trusted.make(Prescription, sets=sets, reps=between(*reps, fraction), **common), ()
    if exercise.dosing is Dosing.TIME:
        seconds = between(*slot.seconds, fraction, 5)
        return trusted.make(Prescription, sets=sets, seconds=seconds, **common), ()
    if exercise.dosing is Dosing.DISTANCE:
        metres = between(*slot.metres, fraction, 5)
        return trusted.make(Prescription, sets=sets, metres=metres, **common), ()
    return plyometric(slot, exercise, sets, contacts_left, fraction, common)


def plyometric(  # noqa: PLR0917 - internal
    slot: Slot,
    exercise: Exercise,
    sets: int,
    budget: int,
    fraction: float,
    common: dict[str, Any],
) -> tuple[Prescription | None, tuple[str, ...]]:
    if budget == 0:
        return None, ("no plyometric contacts in this week's dose: left out",)
    per_set = between(*slot.contacts, fraction)
    sides = 2 if exercise.per_side else 1
    while sets > 1 and sets * per_set * sides > budget:
        sets -= 1
    per_set = min(per_set, budget // sides)
    if per_set < 3:
        return None, (f"the {budget} contacts left in the dose are too few for a set: left out",)
    return trusted.make(Prescription, sets=sets, contacts=per_set, **common), ()


def work_seconds(p: Prescription, loaded: bool) -> float:
    if p.reps is not None:
        reps = p.reps_max or p.reps
        work = reps * (4.0 if loaded else 3.0)
    elif p.seconds is not None:
        work = p.seconds
    elif p.metres is not None:
        work = p.metres  # walking a carry at about 1 m/s
    else:
        work = 2.0 * (p.contacts or 0)
    return work * (2 if p.per_side else 1)


def estimate_minutes(exercises: Sequence[PlannedExercise]) -> float:
    """Estimated session length: a 5-minute warm-up, then sets x (work + rest) and changeovers.

    Work is reps x tempo (4 s a loaded rep, 3 s otherwise), hold seconds, about
    1 m/s for carries and 2 s a contact, doubled for per-side work; each warm-up
    set takes its reps x 4 s plus 45 s; 45 s to change between exercises.

    Examples:
        >>> from runstrength import Catalogue
        >>> cat = Catalogue.default()
        >>> estimate_minutes([PlannedExercise(cat["plank"], Prescription(sets=3, seconds=30,
        ...                                                              rest_seconds=45))])
        9.5
    """
    total = WARMUP_MINUTES * 60
    for item in exercises:
        p = item.prescription
        loaded = item.exercise.dosing is Dosing.LOADED_REPS
        total += p.sets * (work_seconds(p, loaded) + p.rest_seconds) + CHANGEOVER_SECONDS
        total += sum(w.reps * 4.0 + 45.0 for w in p.warmup)
    return round(total / 60, 2)
