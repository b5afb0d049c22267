"""Building one session: a template's slots filled for the runner, prescribed and fitted.

`build_session` chooses an exercise for each slot of a session template
(`runstrength.selection.choose`), prescribes it for the week's dose
and
progression step (`runstrength._prescribing`), and trims the accessories until
the session fits the dose's minutes, recording every swap and cut as a reason.
"""

from __future__ import annotations

import attrs

from runstrength import _trusted as trusted
from runstrength._context import Context
from runstrength._prescribing import estimate_minutes, prescribe, set_count, step_fraction
from runstrength.hardness import (
    HARD_MAX_REPS_TO_FAILURE,
    LIGHT_MAX_LOWER_SETS,
    LIGHT_MIN_RIR,
    LOWER_BODY,
    MODERATE_MAX_LOWER_SETS,
    Hardness,
    HardnessVerdict,
    exercise_hardness,
    session_hardness,
)
from runstrength.periodisation import BodyRegion, Dose
from runstrength.plan import PlannedExercise
from runstrength.selection import Choice, choose
from runstrength.taxonomy import Dosing, Equipment, Exercise, PlyoIntensity
from runstrength.templates import LIGHT_TEMPLATE, SessionTemplate, Slot

_STEP_ONLY = frozenset({Dosing.BODYWEIGHT_REPS, Dosing.TIME, Dosing.DISTANCE})
"""Dosings whose prescription depends on the slot, the sets and the step only."""

MODERATE_MAX_SETS = 2
"""Sets per exercise in a session kept moderate for its day."""


@attrs.frozen
class Fit:
    """What a session must fit besides its dose: how hard its day lets it be, and more.

    Attributes:
        cap: The hardest class the day holds; the builder makes the content fit it.
        choice: Limits on the exercises (jumps, variations, new eccentric work).
        ceiling: The highest %1RM a load may take (race season and taper: 85).
        why: Why the cap is what it is, for the session's reasons.
        fresh: Eccentric exercises new to the runner (they make a session hard).
    """

    cap: Hardness = Hardness.HARD
    choice: Choice = attrs.field(factory=Choice)
    ceiling: float = 100.0
    why: str = ""
    fresh: frozenset[str] = frozenset()


@attrs.frozen
class SessionPlan:
    """A built session: its template's name, exercises, minutes, reasons and class."""

    template: str
    exercises: tuple[PlannedExercise, ...]
    minutes: float
    reasons: tuple[str, ...]
    hardness: Hardness = Hardness.HARD


def select_exercises(  # noqa: PLR0917 - internal
    ctx: Context,
    template: SessionTemplate,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
    choice: Choice = Choice(),  # noqa: B008 - a frozen value
) -> list[tuple[Slot, Exercise | None, str | None]]:
    """Each slot of ``template`` with its exercise (None when nothing fits) and any swap.

    No exercise comes twice, and no swap takes the movement pattern of one of the
    session's key lifts.
    """
    key = ("select", template.name, kit, excluded, only, choice)
    if key not in ctx.memo:
        used: set[str] = set()
        reserved = {slot.pattern for slot in template.slots if slot.key}
        chosen = []
        for slot in template.slots:
            limits = trusted.replace(choice, reserved=frozenset(reserved))
            exercise, swap = choose(ctx, slot, kit, excluded, only, used, limits)
            if exercise is not None:
                used.add(exercise.key)
                if slot.key:
                    reserved.add(exercise.pattern)
            chosen.append((slot, exercise, swap))
        # Equal choices (another block's avoided exercises often change nothing) are
        # one list, so a built session can be found again by the list's identity.
        same = ("chosen", template.name, *((slot, e and e.key, swap) for slot, e, swap in chosen))
        ctx.memo[key] = ctx.memo.setdefault(same, chosen)
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
            items[i] = trusted.replace(items[i], prescription=trusted.replace(p, sets=p.sets - 1))
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
            "a short session is fine (frequency over volume, SportCoaching and Proven Gains)"
        )
    return minutes


def _moderate(dose: Dose, choice: Choice) -> tuple[Dose, Choice]:
    rir = float(max(dose.rir, LIGHT_MIN_RIR))  # a Dose's RIR is a float
    # Reps + reps in reserve above the hard line: under 80 % 1RM by any model.
    floor = int(HARD_MAX_REPS_TO_FAILURE + 1 - rir)
    lighter = trusted.replace(
        dose,
        rir=rir,
        sets=min(dose.sets, MODERATE_MAX_SETS),
        reps=(max(dose.reps[0], floor), max(dose.reps[1], floor)),
    )
    plyo = PlyoIntensity.LOW if choice.plyo.rank > PlyoIntensity.LOW.rank else choice.plyo
    return lighter, trusted.replace(
        choice, plyo=plyo, plyo_reason=choice.plyo_reason or "the day holds a moderate session"
    )


def _trim_lower(items: list[PlannedExercise], reasons: list[str]) -> None:
    """Leave out lower-body accessories, last first, until the session is moderate in volume."""

    def lower_sets() -> int:
        return sum(i.prescription.sets for i in items if i.exercise.category in LOWER_BODY)

    while lower_sets() > MODERATE_MAX_LOWER_SETS:
        extra = [
            n for n, i in enumerate(items) if i.exercise.category in LOWER_BODY and not i.key_lift
        ]
        if not extra:
            return
        reasons.append(
            f"{items[extra[-1]].exercise.name} left out to keep the legs to "
            f"{MODERATE_MAX_LOWER_SETS} working sets"
        )
        del items[extra[-1]]


def _keep_light(items: list[PlannedExercise], reasons: list[str]) -> None:
    """Leave out whatever would make a light session more than light (a swap can)."""
    for n in range(len(items) - 1, -1, -1):
        item = items[n]
        hardness, _why = exercise_hardness(item.exercise, item.prescription)
        if hardness is not Hardness.LIGHT:
            reasons.append(f"{item.exercise.name} left out: too much for a light session")
            del items[n]

    def lower_sets() -> int:
        return sum(i.prescription.sets for i in items if i.exercise.category in LOWER_BODY)

    while lower_sets() > LIGHT_MAX_LOWER_SETS:
        last = max(n for n, i in enumerate(items) if i.exercise.category in LOWER_BODY)
        reasons.append(
            f"{items[last].exercise.name} left out to keep the legs to "
            f"{LIGHT_MAX_LOWER_SETS} easy sets"
        )
        del items[last]


def build_session(  # noqa: PLR0917 - internal
    ctx: Context,
    template: SessionTemplate,
    dose: Dose,
    step: int,
    kit: frozenset[Equipment],
    excluded: tuple[BodyRegion, ...],
    only: frozenset[str] | None,
    fit: Fit = Fit(),
) -> SessionPlan:
    """A session from ``template`` for this dose, progression step, kit and injuries.

    The content is fitted to ``fit.cap``: a moderate day gets 3 or more reps in
    reserve, at most two sets, loads under 80 % 1RM, no jumps above low intensity
    and at most 6 leg sets; a light day gets the light session. The result is
    measured, and a session still harder than its day allows becomes the light one.
    """
    reasons: list[str] = []
    choice = fit.choice
    if fit.cap is Hardness.LIGHT:
        # The same short routine every time: no variations, and close to races
        # nothing new (``only`` still applies).
        template, choice = LIGHT_TEMPLATE, Choice(easy_legs=True)
        reasons.append(
            "a light session: core, upper body and easy leg work"
            + (f"; {fit.why}" if fit.why else "")
        )
    elif fit.cap is Hardness.MODERATE:
        dose, choice = _moderate(dose, trusted.replace(choice, fresh=fit.fresh))
        reasons.append(
            f"kept moderate{f', {fit.why}' if fit.why else ''}: {dose.rir:g} reps in "
            f"reserve, at most {MODERATE_MAX_SETS} sets, no jumps above low intensity"
        )
    chosen = select_exercises(ctx, template, kit, excluded, only, choice)
    # Another block's avoided exercises or other new eccentric work often changes
    # nothing here: a session of the same exercises for the same dose is filled once.
    fresh = fit.fresh.intersection([e.key for _, e, _ in chosen if e is not None])
    key = (
        "fill",
        template.name,
        id(chosen),  # one list for equal choices, kept by the memo for the whole plan
        fit.cap,
        fit.why,
        fit.ceiling,
        dose,
        step,
        kit,
        fresh,
    )
    if key not in ctx.memo:
        ctx.memo[key] = _fill(ctx, template, chosen, dose, step, kit, fit, fresh, reasons)
    made: SessionPlan
    made, verdict = ctx.memo[key]
    if verdict.hardness.rank > fit.cap.rank and fit.cap is not Hardness.LIGHT:
        lighter = trusted.replace(fit, cap=Hardness.LIGHT)
        light = build_session(ctx, template, dose, step, kit, excluded, only, lighter)
        return trusted.replace(
            light,
            reasons=(
                f"{template.title} would still be {verdict.hardness.value} "
                f"({'; '.join(verdict.reasons)}): the light session instead",
                *light.reasons,
            ),
        )
    return made


def _fill(  # noqa: PLR0917 - internal
    ctx: Context,
    template: SessionTemplate,
    chosen: list[tuple[Slot, Exercise | None, str | None]],
    dose: Dose,
    step: int,
    kit: frozenset[Equipment],
    fit: Fit,
    fresh: frozenset[str],
    reasons: list[str],
) -> tuple[SessionPlan, HardnessVerdict]:
    """The chosen exercises prescribed, fitted to the day and the minutes, and measured."""
    items: list[PlannedExercise] = []
    warmed = False
    contacts = 0
    fraction = step_fraction(step)
    for slot, exercise, swap in chosen:
        if exercise is None:
            reasons.append(str(swap))
            continue
        sets = set_count(slot, dose)
        left = dose.contacts[1] - contacts
        # What the prescription depends on: loads on the dose, kit and ceiling, and on
        # the step only with a 1RM (without one the runner picks the load by RIR);
        # jumps on the contacts left; other work on the slot, sets and step only.
        key: tuple[object, ...] = ("dose", slot, exercise.key, sets)
        if exercise.dosing is Dosing.LOADED_REPS:
            known = ctx.one_rm_for(exercise.key) is not None
            key += (dose.reps, dose.rir, kit, fit.ceiling, fraction if known else None)
        elif exercise.dosing in _STEP_ONLY:
            key += (fraction,)
        else:  # jumps, and anything else: the contacts left too
            key += (fraction, left)
        if key not in ctx.memo:
            ctx.memo[key] = prescribe(
                ctx, slot, exercise, sets, dose, fraction, kit, left, fit.ceiling
            )
        prescription, notes = ctx.memo[key]
        if prescription is None:
            reasons.append(f"{exercise.name}: {notes[0]}")
            continue
        if prescription.warmup:
            if warmed:  # the first heavy lift has warmed the runner up for the rest
                prescription = trusted.replace(prescription, warmup=())
            warmed = True
        lower = exercise.category in LOWER_BODY
        if fit.cap is Hardness.LIGHT and lower and prescription.rir is None:
            # Easy leg work says how easy: stop well short of failure.
            prescription = trusted.replace(prescription, rir=float(LIGHT_MIN_RIR))
        item = trusted.make(
            PlannedExercise,
            exercise=exercise,
            prescription=prescription,
            notes=((swap,) if swap else ()) + notes,
            key_lift=slot.key,
        )
        contacts += item.contacts
        items.append(item)
    if fit.cap is Hardness.MODERATE:
        _trim_lower(items, reasons)
    elif fit.cap is Hardness.LIGHT:
        _keep_light(items, reasons)
    keys = [item.key_lift for item in items]
    minutes = fit_minutes(items, keys, dose, reasons)
    verdict = session_hardness(items, new_eccentric=fresh)
    made = SessionPlan(template.name, tuple(items), minutes, tuple(reasons), verdict.hardness)
    return made, verdict
