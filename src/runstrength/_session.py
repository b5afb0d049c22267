"""Building one session: a template's slots filled for the runner, prescribed and fitted.

:func:`build_session` chooses an exercise for each slot of a session template
(:func:`runstrength.selection.choose`), prescribes it for the week's dose and
progression step (:mod:`runstrength._prescribing`), and trims the accessories until
the session fits the dose's minutes, recording every swap and cut as a reason.
"""

from __future__ import annotations

import attrs

from runstrength._context import Context
from runstrength._prescribing import estimate_minutes, prescribe, set_count, step_fraction
from runstrength.periodisation import BodyRegion, Dose
from runstrength.plan import PlannedExercise
from runstrength.selection import choose
from runstrength.taxonomy import Equipment, Exercise
from runstrength.templates import SessionTemplate, Slot


@attrs.frozen
class SessionPlan:
    """A built session: its template's name, exercises, estimated minutes and reasons."""

    template: str
    exercises: tuple[PlannedExercise, ...]
    minutes: float
    reasons: tuple[str, ...]


def select_exercises(
    ctx: Context,
    template: SessionTemplate,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
) -> list[tuple[Slot, Exercise | None, str | None]]:
    """Each slot of ``template`` with its exercise (None when nothing fits) and any swap."""
    key = ("select", template.name, kit, excluded, only)
    if key not in ctx.memo:
        used: set[str] = set()
        chosen = []
        for slot in template.slots:
            exercise, swap = choose(ctx, slot, kit, excluded, only, used)
            if exercise is not None:
                used.add(exercise.key)
            chosen.append((slot, exercise, swap))
        ctx.memo[key] = chosen
    result: list[tuple[Slot, Exercise | None, str | None]] = ctx.memo[key]
    return result


def fit_minutes(
    items: list[PlannedExercise], keys: list[bool], dose: Dose, reasons: list[str]
) -> float:
    """Trim a session to the dose's minutes (in place) and say what was done."""
    minutes = estimate_minutes(items)
    # Too long: take sets off the accessories, last first, then leave accessories out.
    top = dose.minutes[1]
    trimmed = False
    while minutes > top:
        spare = [i for i in range(len(items)) if not keys[i] and items[i].prescription.sets > 1]
        if spare:
            i = spare[-1]
            p = items[i].prescription
            items[i] = attrs.evolve(items[i], prescription=attrs.evolve(p, sets=p.sets - 1))
        else:
            extra = [i for i in range(len(items)) if not keys[i]]
            if not extra:
                break
            reasons.append(f"{items[extra[-1]].exercise.name} left out to fit {top} minutes")
            del items[extra[-1]]
            del keys[extra[-1]]
        trimmed = True
        minutes = estimate_minutes(items)
    if trimmed:
        reasons.append(f"accessory sets trimmed to fit the {dose.minutes[0]}-{top} minute dose")
    if minutes > top:
        reasons.append(
            f"about {minutes:.0f} minutes, over the dose's {top}: "
            "the key lifts alone take that long"
        )
    elif minutes < dose.minutes[0]:
        reasons.append(
            f"about {minutes:.0f} minutes, under the dose's {dose.minutes[0]}-{top}: "
            "a short session is fine (frequency over volume, seeds 000 and 001)"
        )
    return minutes


def build_session(  # noqa: PLR0917 - internal
    ctx: Context,
    template: SessionTemplate,
    dose: Dose,
    step: int,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
) -> SessionPlan:
    """A session from ``template`` for this dose, progression step, kit and injuries."""
    items: list[PlannedExercise] = []
    keys: list[bool] = []
    reasons: list[str] = []
    warmed = False
    contacts = 0
    fraction = step_fraction(step)
    for slot, exercise, swap in select_exercises(ctx, template, kit, excluded, only):
        if exercise is None:
            reasons.append(str(swap))
            continue
        sets = set_count(slot, dose)
        left = dose.contacts[1] - contacts
        key = ("dose", slot, exercise.key, sets, dose.reps, dose.rir, fraction, kit, left)
        if key not in ctx.memo:
            ctx.memo[key] = prescribe(ctx, slot, exercise, sets, dose, fraction, kit, left)
        prescription, notes = ctx.memo[key]
        if prescription is None:
            reasons.append(f"{exercise.name}: {notes[0]}")
            continue
        if prescription.warmup:
            if warmed:  # the first heavy lift has warmed the runner up for the rest
                prescription = attrs.evolve(prescription, warmup=())
            warmed = True
        item = PlannedExercise(exercise, prescription, ((swap,) if swap else ()) + notes)
        contacts += item.contacts
        items.append(item)
        keys.append(slot.key)
    minutes = fit_minutes(items, keys, dose, reasons)
    return SessionPlan(template.name, tuple(items), minutes, tuple(reasons))
