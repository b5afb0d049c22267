"""The athlete: the runner as a plan sees them (level, known 1RMs, kit, unit).

[`Athlete`][runstrength.athlete.Athlete] checks and normalises what it is given (a preset kit name,
string
levels and units, 1RMs by exercise key) and holds the runner's own bar, dumbbells
and kettlebells, so loads can be rounded to what they can actually lift.

Examples:
    >>> athlete = Athlete(level="beginner", one_rm={"goblet-squat": 30}, equipment="home")
    >>> athlete.level.value, athlete.unit.value, athlete.barbell.unit.value
    ('beginner', 'kg', 'kg')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from runstrength import _repr
from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.errors import ArgumentTypeError, ValidationError
from runstrength.implements import Barbell, DumbbellSet, KettlebellSet, Unit
from runstrength.level import Level
from runstrength.load import MAX_REPS_TO_FAILURE, OneRmFormula, estimate_one_rm
from runstrength.taxonomy import Equipment

__all__ = ["ONE_RM_TRANSFERS", "Athlete", "LiftingExperience"]

ONE_RM_TRANSFERS: Mapping[str, tuple[str, float, float]] = MappingProxyType(
    {
        "front-squat": ("back-squat", 0.70, 0.85),
        "romanian-deadlift": ("deadlift", 0.60, 0.75),
    }
)
"""Where a 1RM may be estimated from another lift: (source lift, low ratio, high ratio).

Coaching conventions, not measurements: a front squat is commonly 70-85 % of a
back squat and a Romanian deadlift 60-75 % of a deadlift. Plans use the low end
and say so. No ratio is used for unilateral, goblet, dumbbell or kettlebell lifts
or the hip thrust: those start from reps in reserve until a set is logged.
"""


class LiftingExperience(StrEnum):
    """How much lifting a runner has done, apart from how much running.

    A runner's level says how they run; this says how they lift. A new lifter
    builds strength before power: no jumps above low intensity until three
    weeks that each held a strength session (Proven Gains and Power Couple; low hops are
    fine from day one).

    Examples:
        >>> LiftingExperience("new").builds_strength_first
        True
    """

    NEW = "new"
    """Has not lifted regularly: strength before power."""
    SOME = "some"
    """Has lifted before, on and off."""
    EXPERIENCED = "experienced"
    """Lifts regularly."""

    @property
    def builds_strength_first(self) -> bool:
        """Whether jumps above low intensity wait for three weeks of strength sessions.

        Examples:
            >>> LiftingExperience.SOME.builds_strength_first
            False
        """
        return self is LiftingExperience.NEW


_DEFAULT_EXPERIENCE = {
    Level.BEGINNER: LiftingExperience.NEW,
    Level.INTERMEDIATE: LiftingExperience.SOME,
    Level.ADVANCED: LiftingExperience.EXPERIENCED,
}


def _experience(value: object) -> LiftingExperience:
    return v.to_enum(LiftingExperience, value, "lifting_experience")


_MAX_ONE_RM = 2000.0  # kg or lb: well above any lift a runner logs


def _one_rm(value: object) -> Mapping[str, float]:
    if not isinstance(value, Mapping):
        raise ArgumentTypeError(
            "one_rm", value, "must be a mapping of exercise key to 1RM", 'e.g. {"back-squat": 100}'
        )
    checked: dict[str, float] = {}
    for key, load in value.items():
        v.check_slug("one_rm", key)
        number = v.check_finite_number(f"one_rm[{key!r}]", load)
        if not 0 < number <= _MAX_ONE_RM:
            raise ValidationError(
                f"one_rm[{key!r}]",
                load,
                f"must be a 1RM above zero and at most {_MAX_ONE_RM:g}",
                "e.g. 100 (kg) or 225 (lb)",
            )
        checked[key] = number
    return v.FrozenDict(sorted(checked.items()))


_PRESETS = {"gym": Equipment.gym, "home": Equipment.home, "bodyweight": Equipment.bodyweight}


def _kit(value: object) -> frozenset[Equipment]:
    if isinstance(value, str):
        if value in _PRESETS:
            return _PRESETS[value]()
        raise ValidationError(
            "equipment",
            value,
            "must be a preset name (gym, home, bodyweight) or a collection of Equipment",
            "e.g. Equipment.home() or 'home'",
        )
    if not isinstance(value, Iterable):
        raise ArgumentTypeError(
            "equipment", value, "must be a collection of Equipment", "e.g. Equipment.gym()"
        )
    return frozenset(v.to_enum(Equipment, item, "equipment") for item in value)


def _unit(value: object) -> Unit:
    return v.to_enum(Unit, value, "unit")


def _level(value: object) -> Level:
    return v.to_enum(Level, value, "level")


def _body_mass(_instance: object, attribute: Any, value: object) -> None:
    if value is not None and v.check_finite_number(attribute.name, value) <= 0:
        raise ValidationError(attribute.name, value, "must be above zero", "e.g. 70, or None")


def _implement(kind: type) -> Any:
    def check(instance: Athlete, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind):
            raise ArgumentTypeError(
                attribute.name, value, f"must be a {kind.__name__}", f"e.g. {kind.__name__}()"
            )
        if getattr(value, "unit", None) is not instance.unit:
            raise ValidationError(
                attribute.name,
                value,
                f"must be in the athlete's unit ({instance.unit.value})",
                f"give a {kind.__name__} in {instance.unit.value} or change the unit",
            )

    return check


@functools.cache
def _standard(kind: type[Barbell | DumbbellSet | KettlebellSet], unit: Unit) -> Any:
    """The library's own implement of a kind in a unit, made once: it never changes."""
    if kind is Barbell:
        return Barbell.pounds() if unit is Unit.LB else Barbell()
    return kind(unit=unit)


def _default_barbell(athlete: Athlete) -> Barbell:
    found: Barbell = _standard(Barbell, athlete.unit)
    return found


@attrs.frozen(kw_only=True)
class Athlete:
    """A runner as the plan sees them: level, known 1RMs, kit and unit.

    Attributes:
        level: Training level ([`Level`][runstrength.level.Level]).
        one_rm: Known or estimated one-rep maxes by exercise key, in ``unit``.
            For dumbbell and kettlebell lifts the number is the weight of one
            bell, the same way the load is given.
        equipment: The kit: a preset name (``"gym"``, ``"home"``,
            ``"bodyweight"``) or any collection of [`Equipment`][runstrength.taxonomy.Equipment].
        unit: ``kg`` or ``lb``; loads, 1RMs and implements use it.
        barbell: The bar and plates loads are rounded to.
        dumbbells: The dumbbells loads are rounded to.
        kettlebells: The kettlebells loads are rounded to.
        body_mass: Body mass in ``unit``, or None.
        lifting_experience: How much the runner has lifted (default from the level:
            beginners are new, intermediate runners have some, advanced runners are
            experienced). Running level and lifting experience are separate things.

    Examples:
        >>> athlete = Athlete(level="intermediate", one_rm={"back-squat": 100}, equipment="home")
        >>> athlete.level, athlete.one_rm["back-squat"], Equipment.BARBELL in athlete.equipment
        (<Level.INTERMEDIATE: 'intermediate'>, 100.0, False)
    """

    level: Level = attrs.field(converter=_level)
    one_rm: Mapping[str, float] = attrs.field(factory=dict, converter=_one_rm, hash=False)
    equipment: frozenset[Equipment] = attrs.field(factory=Equipment.gym, converter=_kit)
    unit: Unit = attrs.field(default=Unit.KG, converter=_unit)
    barbell: Barbell = attrs.field(
        default=attrs.Factory(_default_barbell, takes_self=True), validator=_implement(Barbell)
    )
    dumbbells: DumbbellSet = attrs.field(
        default=attrs.Factory(lambda self: _standard(DumbbellSet, self.unit), takes_self=True),
        validator=_implement(DumbbellSet),
    )
    kettlebells: KettlebellSet = attrs.field(
        default=attrs.Factory(lambda self: _standard(KettlebellSet, self.unit), takes_self=True),
        validator=_implement(KettlebellSet),
    )
    body_mass: float | None = attrs.field(default=None, validator=_body_mass)
    lifting_experience: LiftingExperience = attrs.field(
        default=attrs.Factory(lambda self: _DEFAULT_EXPERIENCE[self.level], takes_self=True),
        converter=_experience,
    )

    def __repr__(self) -> str:
        kit = next((name for name, kit in _PRESETS.items() if kit() == self.equipment), None)
        return _repr.compact(self, equipment=repr(kit) if kit else "")

    def one_rm_for(self, exercise: str) -> tuple[float, str | None] | None:
        """The 1RM a plan uses for ``exercise``, and how it was estimated (None: known).

        A known 1RM comes first; otherwise a transfer from
        [`ONE_RM_TRANSFERS`][runstrength.athlete.ONE_RM_TRANSFERS] at its low end.

        Examples:
            >>> athlete = Athlete(level="intermediate", one_rm={"back-squat": 100})
            >>> athlete.one_rm_for("front-squat")
            (70.0, 'estimated from your back squat x 0.70')
            >>> athlete.one_rm_for("back-squat"), athlete.one_rm_for("goblet-squat")
            ((100.0, None), None)
        """
        v.check_slug("exercise", exercise)
        known = self.one_rm.get(exercise)
        if known is not None:
            return known, None
        transfer = ONE_RM_TRANSFERS.get(exercise)
        if transfer is None or transfer[0] not in self.one_rm:
            return None
        source, low, _high = transfer
        return (
            round(self.one_rm[source] * low, 6),
            f"estimated from your {source.replace('-', ' ')} x {low:.2f}",
        )

    def with_logged_set(
        self,
        exercise: str,
        load: float,
        reps: int,
        *,
        rir: float = 0,
        formula: OneRmFormula | str = OneRmFormula.RTS_NSCA,
    ) -> Athlete:
        """A copy with the 1RM of ``exercise`` estimated from one logged set.

        Examples:
            >>> athlete = Athlete(level="beginner").with_logged_set("goblet-squat", 24, 10, rir=2)
            >>> round(athlete.one_rm["goblet-squat"], 1)
            35.6
        """
        v.check_slug("exercise", exercise)
        v.check_finite_number("load", load)
        v.check_whole("reps", reps, low=1, high=MAX_REPS_TO_FAILURE)
        v.check_finite_number("rir", rir)
        estimate = float(estimate_one_rm(load, reps, rir=rir, formula=formula))
        return attrs.evolve(self, one_rm={**self.one_rm, exercise: estimate})
