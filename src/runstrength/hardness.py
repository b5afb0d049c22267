"""How hard a session is, measured from what it prescribes, and what a day may hold.

A plan is judged by its content, not by its label. This module owns that
measure: every session of a plan is classed **light**, **moderate** or **hard**
from its exercises and prescriptions, and the scheduler's rules judge that class
(see [`DEFAULT_RULES`][runstrength.scheduling.DEFAULT_RULES]), so a label can never
disagree with what is prescribed.

The rules (each threshold a named constant below; intensity is stated in reps to
failure, reps + reps in reserve, so that a change of %1RM model does not move
it, with the %1RM it means under the default ``RTS_NSCA`` model):

- **hard**: any plyometric above low intensity; any lower-body loaded set at
  80 % 1RM or more or at 8 reps to failure or fewer (79.3 % 1RM), or at 2 reps in
  reserve or fewer on a key lift; more than 6 lower-body working sets; eccentric
  hamstring work new in the last two weeks (Power Couple; SportCoaching; Best
  Athletics);
- **light**: low-intensity plyometrics at most; every lower-body set at 3 reps in
  reserve or more, at 10 reps to failure or more (74.5 % 1RM) and at most 75 %
  1RM; at most 4 lower-body working sets;
- **moderate**: everything else.

Lower-body working sets are the sets of bilateral and unilateral exercises
(plyometrics are judged by their intensity instead; core and upper-body work
does not count). A lower-body set with no reps in reserve stated (bodyweight
work done as prescribed) cannot be light: a light session says how easy it is.

Examples:
    >>> from runstrength import Catalogue
    >>> cat = Catalogue.default()
    >>> squat = Prescription(sets=3, reps=5, rir=2, load=80.0, percent_one_rm=80.0)
    >>> session_hardness([(cat["back-squat"], squat, True)]).hardness
    <Hardness.HARD: 'hard'>
    >>> easy = Prescription(sets=2, reps=12, rir=3)
    >>> session_hardness([(cat["glute-bridge"], easy, False),
    ...                   (cat["plank"], Prescription(sets=2, seconds=30), False)]).hardness
    <Hardness.LIGHT: 'light'>
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

import attrs

from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.errors import ArgumentTypeError
from runstrength.load import MAX_REPS_TO_FAILURE, Prescription, percent_one_rm
from runstrength.taxonomy import Category, Dosing, Exercise, PlyoIntensity

__all__ = [
    "HARD_KEY_LIFT_MAX_RIR",
    "HARD_MAX_REPS_TO_FAILURE",
    "HARD_MIN_PERCENT_ONE_RM",
    "LIGHT_MAX_LOWER_SETS",
    "LIGHT_MAX_PERCENT_ONE_RM",
    "LIGHT_MIN_REPS_TO_FAILURE",
    "LIGHT_MIN_RIR",
    "LOWER_BODY",
    "MODERATE_MAX_LOWER_SETS",
    "NEW_ECCENTRIC_DAYS",
    "Hardness",
    "HardnessVerdict",
    "exercise_hardness",
    "lower_body_sets",
    "session_hardness",
]

HARD_MAX_REPS_TO_FAILURE = 8
"""A lower-body loaded set this close to failure (reps + RIR) is hard: 79.3 % 1RM (RTS_NSCA)."""
HARD_MIN_PERCENT_ONE_RM = 80.0
"""A lower-body loaded set at this %1RM or more is hard (Best Athletics' heavy end of 70-85 %)."""
HARD_KEY_LIFT_MAX_RIR = 2
"""A key lift at this many reps in reserve or fewer is hard (Proven Gains: 1-2 in the tank)."""
MODERATE_MAX_LOWER_SETS = 6
"""More lower-body working sets than this make a session hard (Best Athletics: volume
costs muscle damage)."""
LIGHT_MIN_RIR = 3
"""A light session keeps every lower-body set at least this many reps from failure."""
LIGHT_MIN_REPS_TO_FAILURE = 10
"""A light session's loaded lower-body sets allow this many reps to failure: 74.5 % (RTS_NSCA)."""
LIGHT_MAX_PERCENT_ONE_RM = 75.0
"""A light session's loaded lower-body sets stay at or under this %1RM."""
LIGHT_MAX_LOWER_SETS = 4
"""A light session holds at most this many lower-body working sets."""
NEW_ECCENTRIC_DAYS = 14
"""Eccentric hamstring work is hard while it is this new (Power Couple: new eccentric
work makes sore)."""

LOWER_BODY = frozenset({Category.BILATERAL, Category.UNILATERAL})
"""The categories whose sets count as lower-body working sets."""


class Hardness(StrEnum):
    """How hard a session's content is: light < moderate < hard.

    Examples:
        >>> Hardness.MODERATE.rank > Hardness.LIGHT.rank
        True
        >>> Hardness.HARD.at_most(Hardness.MODERATE)
        False
    """

    LIGHT = "light"
    """Core, upper body, low hops and easy bodyweight leg work: fits any day but race day."""
    MODERATE = "moderate"
    """Between the two: not the day before a race, a key workout or a long run."""
    HARD = "hard"
    """Heavy legs, jumps or volume: every placement rule applies."""

    @property
    def rank(self) -> int:
        """Position in the order light (0) < moderate (1) < hard (2).

        Examples:
            >>> Hardness.HARD.rank
            2
        """
        return _RANKS[self]

    def at_most(self, other: Hardness) -> bool:
        """Whether this class is no harder than ``other``.

        Examples:
            >>> Hardness.LIGHT.at_most(Hardness.MODERATE)
            True
        """
        return self.rank <= Hardness(other).rank


_RANKS = {kind: index for index, kind in enumerate(Hardness)}


@attrs.frozen
class HardnessVerdict:
    """A session's class and the content that decided it.

    Attributes:
        hardness: The class.
        reasons: What made it that hard (empty for a light session).
        lower_sets: Lower-body working sets in the session.

    Examples:
        >>> HardnessVerdict(Hardness.LIGHT, (), 0).hardness.value
        'light'
    """

    hardness: Hardness
    reasons: tuple[str, ...] = ()
    lower_sets: int = 0


def _is_lower(exercise: Exercise) -> bool:
    return exercise.category in LOWER_BODY


def _check(exercise: object, prescription: object) -> tuple[Exercise, Prescription]:
    if not isinstance(exercise, Exercise):
        raise ArgumentTypeError(
            "exercise", exercise, "must be an Exercise", "take one from a Catalogue"
        )
    if not isinstance(prescription, Prescription):
        raise ArgumentTypeError(
            "prescription", prescription, "must be a Prescription", "e.g. Prescription(sets=2)"
        )
    return exercise, prescription


def exercise_hardness(
    exercise: Exercise,
    prescription: Prescription,
    *,
    key_lift: bool = False,
    new_eccentric: bool = False,
) -> tuple[Hardness, str | None]:
    """The class one exercise's intensity puts a session in, and why (volume aside).

    Args:
        exercise: The exercise.
        prescription: What it prescribes.
        key_lift: Whether it is one of the session's key lifts.
        new_eccentric: Whether it is eccentric work the runner began in the last
            [`NEW_ECCENTRIC_DAYS`][runstrength.hardness.NEW_ECCENTRIC_DAYS] days.

    Examples:
        >>> from runstrength import Catalogue
        >>> cat = Catalogue.default()
        >>> exercise_hardness(cat["box-jump"], Prescription(sets=2, contacts=5))
        (<Hardness.HARD: 'hard'>, 'box jump is a moderate-intensity plyometric')
        >>> exercise_hardness(cat["front-squat"], Prescription(sets=2, reps=6, rir=3),
        ...                   key_lift=True)
        (<Hardness.MODERATE: 'moderate'>, 'front squat at about 77 % of 1RM')
    """
    exercise, prescription = _check(exercise, prescription)
    return _exercise_hardness(exercise, prescription, key_lift, new_eccentric)


def _exercise_hardness(  # noqa: PLR0911 - one verdict per rule, each with its reason
    exercise: Exercise, prescription: Prescription, key_lift: bool, new_eccentric: bool
) -> tuple[Hardness, str | None]:
    if exercise.category is Category.PLYOMETRIC:
        intensity = exercise.plyo_intensity
        if intensity is not None and intensity is not PlyoIntensity.LOW:
            name = exercise.name.lower()
            return Hardness.HARD, f"{name} is a {intensity.value}-intensity plyometric"
        return Hardness.LIGHT, None
    if not _is_lower(exercise):
        return Hardness.LIGHT, None
    name = exercise.name.lower()
    if exercise.eccentric and new_eccentric:
        return Hardness.HARD, f"{name} is eccentric work new in the last two weeks"
    rir = prescription.rir
    reps = prescription.reps
    to_failure = None if reps is None or rir is None else reps + rir
    percent = prescription.percent_one_rm
    if exercise.dosing is Dosing.LOADED_REPS:
        if percent is None and to_failure is not None:
            percent = float(percent_one_rm(min(to_failure, MAX_REPS_TO_FAILURE), rir=0))
        heavy_reps = to_failure is not None and to_failure <= HARD_MAX_REPS_TO_FAILURE
        if heavy_reps or (percent is not None and percent >= HARD_MIN_PERCENT_ONE_RM):
            return Hardness.HARD, f"{name} at about {percent:.0f} % of 1RM"
        if key_lift and rir is not None and rir <= HARD_KEY_LIFT_MAX_RIR:
            return Hardness.HARD, f"{name} at {rir:g} reps in reserve"
        light = (
            rir is not None
            and rir >= LIGHT_MIN_RIR
            and to_failure is not None
            and to_failure >= LIGHT_MIN_REPS_TO_FAILURE
            and (percent is None or percent <= LIGHT_MAX_PERCENT_ONE_RM)
        )
        if light:
            return Hardness.LIGHT, None
        if rir is None:
            return Hardness.MODERATE, f"{name} with a load and no reps in reserve set"
        return Hardness.MODERATE, (
            f"{name} at {rir:g} reps in reserve"
            if rir < LIGHT_MIN_RIR
            else f"{name} at about {percent:.0f} % of 1RM"
        )
    if rir is None or rir < LIGHT_MIN_RIR:
        return Hardness.MODERATE, f"{name} with no easy effort set"
    return Hardness.LIGHT, None


def lower_body_sets(items: Iterable[tuple[Exercise, Prescription, bool]]) -> int:
    """Lower-body working sets in a session (bilateral and unilateral exercises).

    Examples:
        >>> from runstrength import Catalogue
        >>> cat = Catalogue.default()
        >>> lower_body_sets([(cat["back-squat"], Prescription(sets=3, reps=5), True),
        ...                  (cat["plank"], Prescription(sets=2, seconds=30), False)])
        3
    """
    return sum(p.sets for e, p, _ in _items(items, "items") if _is_lower(e))


def _items(
    items: object, argument: str = "exercises"
) -> list[tuple[Exercise, Prescription, bool]]:
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise ArgumentTypeError(
            argument,
            items,
            "must be a collection of (exercise, prescription, key lift) or planned exercises",
            "e.g. session.exercises",
        )
    found = []
    for item in v.check_items(argument, items):
        if isinstance(item, tuple) and len(item) == 3:
            exercise, prescription, key = item
        else:
            exercise = getattr(item, "exercise", item)
            prescription = getattr(item, "prescription", None)
            key = getattr(item, "key_lift", False)
        if not (isinstance(exercise, Exercise) and isinstance(prescription, Prescription)):
            _check(exercise, prescription)  # raises, naming the one that is wrong
        found.append((exercise, prescription, key is True))
    return found


def session_hardness(
    exercises: Iterable[Any], *, new_eccentric: Collection[str] = ()
) -> HardnessVerdict:
    """Class a session from what it prescribes.

    Args:
        exercises: The session's exercises: ``(exercise, prescription, key_lift)``
            triples or planned exercises (anything with ``exercise``,
            ``prescription`` and ``key_lift``).
        new_eccentric: Keys of eccentric exercises new to the runner in the last
            two weeks.

    Returns:
        The class, the reasons for it (those of the class itself), and the
        lower-body working sets.

    Examples:
        >>> from runstrength import Catalogue
        >>> cat = Catalogue.default()
        >>> bridge = Prescription(sets=2, reps=12, rir=3)
        >>> verdict = session_hardness([(cat["glute-bridge"], bridge, False)] * 4)
        >>> verdict.hardness.value, verdict.lower_sets, verdict.reasons
        ('hard', 8, ('8 lower-body working sets (more than 6)',))
    """
    found = _items(exercises)
    fresh = frozenset(v.check_items("new_eccentric", new_eccentric, str))
    parts: list[tuple[Hardness, str]] = []
    for exercise, prescription, key in found:
        hardness, why = _exercise_hardness(exercise, prescription, key, exercise.key in fresh)
        if why is not None and hardness is not Hardness.LIGHT:
            parts.append((hardness, why))
    sets = sum(p.sets for e, p, _ in found if _is_lower(e))
    if sets > MODERATE_MAX_LOWER_SETS:
        parts.append(
            (
                Hardness.HARD,
                f"{sets} lower-body working sets (more than {MODERATE_MAX_LOWER_SETS})",
            )
        )
    elif sets > LIGHT_MAX_LOWER_SETS:
        parts.append(
            (
                Hardness.MODERATE,
                f"{sets} lower-body working sets (more than {LIGHT_MAX_LOWER_SETS})",
            )
        )
    worst = max((h for h, _ in parts), key=_RANKS.__getitem__, default=Hardness.LIGHT)
    return HardnessVerdict(worst, tuple(why for h, why in parts if h is worst), sets)
