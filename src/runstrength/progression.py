"""Progression from what was logged: the next load, the next dose, an e1RM history.

The Proven Gains article asks for a little more load or difficulty every 1-2 weeks once sets feel
easy, without grinding to failure. Here "easy" is measured: a set logged with
more reps in reserve than the target was easier than planned. Two rules decide
the next load:

- [`ProgressionRule.RIR`][runstrength.progression.ProgressionRule.RIR] (default), autoregulation:
  easier than planned by a
  rep or more adds an increment (two when two or more reps easier), missed reps or
  a set harder than planned by more than a rep takes one off, anything else holds.
- [`ProgressionRule.TWO_FOR_TWO`][runstrength.progression.ProgressionRule.TWO_FOR_TWO], the NSCA
  rule: two or more reps over the
  goal on the last set in two sessions in a row adds an increment.

Work without an external load (bodyweight reps, holds, carries, jumps) follows
[`double_progression`][runstrength.progression.double_progression]: more reps (or seconds, metres,
contacts) up to the top
of the range, then a harder variation.

Examples:
    >>> last = [SetLog(load=80, reps=5, rir=4), SetLog(load=80, reps=5, rir=3)]
    >>> next_load([last], target_reps=5, target_rir=2).load
    83.0
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.implements import (
    Barbell,
    Bodyweight,
    DumbbellSet,
    KettlebellSet,
    LoadAboveEquipmentWarning,
    Unit,
)
from runstrength.load import OneRmFormula, estimate_one_rm

__all__ = [
    "DEFAULT_INCREMENTS",
    "DoseChange",
    "LoadChange",
    "ProgressionRule",
    "SetLog",
    "double_progression",
    "e1rm_history",
    "next_load",
]

DEFAULT_INCREMENTS: dict[tuple[bool, Unit], float] = {
    (False, Unit.KG): 3.0,
    (True, Unit.KG): 1.5,
    (False, Unit.LB): 7.5,
    (True, Unit.LB): 3.75,
}
"""Load increments keyed by (upper body?, unit): the middle of the NSCA ranges.

NSCA Essentials, 4th ed., table 17.10: about 1-2 kg (2.5-5 lb) for the upper body
and 2-4 kg (5-10 lb) for the lower body for less-trained athletes.
"""


_MAX_AMOUNT = 10_000.0  # loads (kg or lb), reps, seconds or metres: far above any set


def _number(
    argument: str, value: object, minimum: float = 0.0, maximum: float = _MAX_AMOUNT
) -> float:
    number = v.check_finite_number(argument, value)
    if number < minimum:
        raise ValidationError(argument, value, f"must be >= {minimum:g}", "pass a logged value")
    if number > maximum:
        raise ValidationError(
            argument, value, f"must be at most {maximum:g}", "check the unit and the value"
        )
    return number


def _whole(argument: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ArgumentTypeError(argument, value, "must be a whole number", "count it")
    if value < minimum:
        raise ValidationError(argument, value, f"must be >= {minimum}", "count it")
    return int(value)


def _check_load(_instance: object, attribute: Any, value: Any) -> None:
    _number(attribute.name, value)


def _check_reps(_instance: object, attribute: Any, value: Any) -> None:
    _whole(attribute.name, value, 0)


@attrs.frozen(kw_only=True)
class SetLog:
    """One logged set: the load, the reps (or seconds, metres, contacts) and the RIR.

    Args:
        load: The load lifted (0 for bodyweight work).
        reps: Completed repetitions, or the dose achieved for timed, carried or
            plyometric work.
        rir: Reps in reserve at the end of the set, as judged by the athlete.

    Examples:
        >>> SetLog(load=100, reps=5, rir=2)
        SetLog(load=100, reps=5, rir=2)
    """

    load: float = attrs.field(validator=_check_load)
    reps: int = attrs.field(validator=_check_reps)
    rir: float = attrs.field(default=2.0, validator=_check_load)


class ProgressionRule(StrEnum):
    """How [`next_load`][runstrength.progression.next_load] decides.

    Examples:
        >>> ProgressionRule("2-for-2")
        <ProgressionRule.TWO_FOR_TWO: '2-for-2'>
    """

    RIR = "rir"
    """Autoregulation from the logged reps in reserve (Proven Gains, principle 3)."""
    TWO_FOR_TWO = "2-for-2"
    """NSCA: two extra reps on the last set in two sessions in a row (Essentials ch. 17)."""


@attrs.frozen(kw_only=True)
class LoadChange:
    """The next session's load and why.

    Examples:
        >>> LoadChange(load=82.5, change=2.5, reason="easier than planned")
        LoadChange(load=82.5, change=2.5, reason='easier than planned')
    """

    load: float = attrs.field(validator=_check_load)
    change: float = attrs.field(validator=v.finite_field)
    reason: str = attrs.field(validator=v.text)


@attrs.frozen(kw_only=True)
class DoseChange:
    """The next session's dose for unloaded work, and whether to move up the ladder.

    Examples:
        >>> DoseChange(dose=10, harder_variation=False, reason="one more rep")
        DoseChange(dose=10, harder_variation=False, reason='one more rep')
    """

    dose: float = attrs.field(validator=_check_load)
    harder_variation: bool = attrs.field(validator=v.check_bool)
    reason: str = attrs.field(validator=v.text)


def _sessions(sessions: object) -> list[tuple[SetLog, ...]]:
    if isinstance(sessions, str) or not isinstance(sessions, Sequence) or not sessions:
        raise ArgumentTypeError(
            "sessions",
            sessions,
            "must be a non-empty sequence of sessions, each a sequence of SetLog",
            "pass e.g. [[SetLog(load=80, reps=5, rir=2)]]",
        )
    result: list[tuple[SetLog, ...]] = []
    for i, session in enumerate(sessions):
        if isinstance(session, str) or not isinstance(session, Sequence) or not session:
            raise ArgumentTypeError(
                f"sessions[{i}]", session, "must be a non-empty sequence of SetLog", "log a set"
            )
        result.append(v.check_tuple_of(f"sessions[{i}]", tuple(session), SetLog))
    return result


def next_load(
    sessions: Sequence[Sequence[SetLog]],
    *,
    target_reps: int,
    target_rir: float = 2.0,
    rule: ProgressionRule | str = ProgressionRule.RIR,
    upper_body: bool = False,
    increment: float | None = None,
    equipment: Barbell | DumbbellSet | KettlebellSet | None = None,
) -> LoadChange:
    """The load for the next session from the logged sessions (oldest first).

    The last set of a session stands for the session: it is the most tired and
    so the most telling.

    Args:
        sessions: Logged sessions, oldest first; each a sequence of working sets.
        target_reps: The planned reps per set.
        target_rir: The planned reps in reserve.
        rule: [`ProgressionRule`][runstrength.progression.ProgressionRule] (default RIR
            autoregulation).
        upper_body: Use the smaller upper-body increment.
        increment: The load step; default from
            [`DEFAULT_INCREMENTS`][runstrength.progression.DEFAULT_INCREMENTS].
        equipment: Round the result to this implement (its unit picks the default
            increment). A step up or down always moves to a different load the
            implement makes, unless it is already at its heaviest or lightest.

    Raises:
        ArgumentTypeError: ``sessions`` is not a sequence of sequences of SetLog.
        ValidationError: A bad target or increment.

    Examples:
        >>> easy = [SetLog(load=100, reps=5, rir=4)]
        >>> change = next_load([easy], target_reps=5, equipment=Barbell())
        >>> change.load, change.change
        (105.0, 5.0)
        >>> change.reason
        'last set had 4 RIR, 2 more than the target 2: +2 increments'
        >>> hard = [SetLog(load=100, reps=4, rir=0)]
        >>> next_load([hard], target_reps=5).load
        97.0
        >>> two = [[SetLog(load=60, reps=10, rir=1)], [SetLog(load=60, reps=10, rir=1)]]
        >>> next_load(two, target_reps=8, rule="2-for-2", upper_body=True).load
        61.5
    """
    logged = _sessions(sessions)
    reps_goal = _whole("target_reps", target_reps, 1)
    rir_goal = _number("target_rir", target_rir, maximum=10.0)
    chosen = v.to_enum(ProgressionRule, rule, "rule")
    if not isinstance(upper_body, bool):
        raise ArgumentTypeError("upper_body", upper_body, "must be True or False", "pass a bool")
    if isinstance(equipment, Bodyweight):
        raise ValidationError(
            "equipment",
            equipment,
            "must make loads: bodyweight work has none to progress",
            "use double_progression for bodyweight, timed and plyometric work",
        )
    if equipment is not None and not isinstance(equipment, Barbell | DumbbellSet | KettlebellSet):
        raise ArgumentTypeError(
            "equipment",
            equipment,
            "must be a Barbell, DumbbellSet, KettlebellSet or None",
            "pass e.g. Barbell()",
        )
    unit = Unit.KG if equipment is None else equipment.unit
    step = DEFAULT_INCREMENTS[(upper_body, unit)] if increment is None else increment
    step = _number("increment", step, maximum=100.0)
    if step == 0:
        raise ValidationError("increment", increment, "must be > 0", "pass a load step")
    last = logged[-1][-1]
    if chosen is ProgressionRule.TWO_FOR_TWO:
        recent = [session[-1] for session in logged[-2:]]
        if len(recent) == 2 and all(s.reps >= reps_goal + 2 for s in recent):
            steps, reason = 1, f"two sessions in a row with {reps_goal + 2}+ reps: +1 increment"
        else:
            steps, reason = 0, "2-for-2 not met yet: hold"
    elif last.reps < reps_goal:
        steps, reason = -1, f"missed reps ({last.reps} of {reps_goal}): -1 increment"
    elif last.rir < rir_goal - 1:
        steps = -1
        reason = f"last set had {last.rir:g} RIR, below the target {rir_goal:g}: -1 increment"
    elif last.rir >= rir_goal + 1:
        steps = 2 if last.rir >= rir_goal + 2 else 1
        reason = (
            f"last set had {last.rir:g} RIR, {last.rir - rir_goal:g} more than the target "
            f"{rir_goal:g}: +{steps} increment{'s' if steps > 1 else ''}"
        )
    else:
        steps, reason = 0, f"on target ({last.rir:g} RIR): hold"
    target = max(last.load + steps * step, 0.0)
    if equipment is not None:
        target, note = _round_within(equipment, target, last.load, steps)
        reason += note
    return LoadChange(load=target, change=target - last.load, reason=reason)


def _round_within(
    equipment: Barbell | DumbbellSet | KettlebellSet, target: float, previous: float, steps: int
) -> tuple[float, str]:
    """The achievable load for the decision, and a note when it could not be carried out."""
    loads = equipment.loads
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadAboveEquipmentWarning)
        start = float(equipment.round(max(previous, equipment.min)))
        rounded = float(equipment.round(min(max(target, equipment.min), equipment.max)))
    # Rounding must not undo the decision: a step up stays up, a step down stays down.
    if steps > 0 and rounded <= previous:
        above = loads[loads > previous + 1e-9]
        if not above.size:
            return start, " (already the heaviest this equipment makes: hold)"
        rounded = float(above[0])
    if steps < 0 and rounded >= previous:
        below = loads[loads < previous - 1e-9]
        if not below.size:
            return start, " (already the lightest this equipment makes: hold)"
        rounded = float(below[-1])
    return rounded, ""


def double_progression(
    sets: Sequence[SetLog],
    *,
    low: float,
    high: float,
    target_rir: float = 2.0,
    step: float = 1,
) -> DoseChange:
    """The next dose for work progressed by reps, seconds, metres or contacts.

    When every set reached ``high`` with at least ``target_rir`` in reserve, the
    exercise moves up its ladder and the dose goes back to ``low``. Otherwise,
    sets that all kept the target RIR earn one ``step`` more (up to ``high``);
    a set that ended more than a rep harder than planned costs a step (down to
    ``low``); anything else holds. The dose always stays within ``[low, high]``.

    Args:
        sets: The working sets of the last session (their ``reps`` hold the dose).
        low: The bottom of the dose range.
        high: The top of the dose range.
        target_rir: The planned reps in reserve.
        step: How much to add at a time (1 rep, 5 seconds, 5 metres, 2 contacts...).

    Examples:
        >>> double_progression([SetLog(load=0, reps=10, rir=3)] * 2, low=8, high=12)
        DoseChange(dose=11.0, harder_variation=False, reason='every set kept 2+ RIR: +1')
        >>> double_progression([SetLog(load=0, reps=12, rir=2)] * 2, low=8, high=12).dose
        8.0
    """
    logged = v.check_tuple_of("sets", tuple(_sequence("sets", sets)), SetLog)
    if not logged:
        raise ValidationError("sets", sets, "must not be empty", "log at least one set")
    bottom = _number("low", low)
    top = _number("high", high)
    if top < bottom:
        raise ValidationError("high", high, f"must be >= low ({bottom:g})", "swap them")
    rir_goal = _number("target_rir", target_rir, maximum=10.0)
    amount = _number("step", step, maximum=100.0)
    if amount == 0:
        raise ValidationError("step", step, "must be > 0", "pass e.g. 1")
    achieved = float(min(s.reps for s in logged))
    kept_rir = all(s.rir >= rir_goal for s in logged)
    if achieved >= top and kept_rir:
        return DoseChange(
            dose=bottom,
            harder_variation=True,
            reason=f"every set reached {top:g} with {rir_goal:g}+ RIR: harder variation",
        )
    if kept_rir:
        return DoseChange(
            dose=min(max(achieved + amount, bottom), top),
            harder_variation=False,
            reason=f"every set kept {rir_goal:g}+ RIR: +{amount:g}",
        )
    if min(s.rir for s in logged) < rir_goal - 1:
        return DoseChange(
            dose=min(max(achieved - amount, bottom), top),
            harder_variation=False,
            reason=f"a set ended below {rir_goal - 1:g} RIR: -{amount:g}",
        )
    return DoseChange(dose=min(max(achieved, bottom), top), harder_variation=False, reason="hold")


def _sequence(argument: str, value: object) -> Sequence[object]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ArgumentTypeError(argument, value, "must be a sequence of SetLog", "pass a list")
    return value


def e1rm_history(
    sets: Sequence[SetLog], *, formula: OneRmFormula | str = OneRmFormula.RTS_NSCA
) -> NDArray[np.float64]:
    """The estimated 1RM of every logged set, computed in one vectorised call.

    Sets without a load or without a completed rep give no estimate and are
    refused; filter them out first.

    Examples:
        >>> logs = [SetLog(load=100, reps=5, rir=2), SetLog(load=105, reps=3, rir=1)]
        >>> e1rm_history(logs).round(1).tolist()
        [121.9, 117.2]
    """
    logged = v.check_tuple_of("sets", tuple(_sequence("sets", sets)), SetLog)
    loads = np.fromiter((s.load for s in logged), dtype=np.float64, count=len(logged))
    reps = np.fromiter((s.reps for s in logged), dtype=np.float64, count=len(logged))
    rir = np.fromiter((s.rir for s in logged), dtype=np.float64, count=len(logged))
    for index, logged_set in enumerate(logged):
        if logged_set.load <= 0 or logged_set.reps < 1:
            raise ValidationError(
                f"sets[{index}]",
                logged_set,
                "must have a load and at least one completed rep",
                "leave bodyweight and failed sets out of an e1RM history",
            )
    result: NDArray[np.float64] = estimate_one_rm(loads, reps, rir=rir, formula=formula)
    return result
