"""Session templates: the sample sessions of Proven Gains as slots a plan fills with exercises.

A [`SessionTemplate`][runstrength.templates.SessionTemplate] is an ordered list of
[`Slot`][runstrength.templates.Slot] values. Each slot
names the exercises it prefers (in order), and the movement pattern and category
it stands for, so that a runner without the preferred kit still gets a complete
session: the plan falls back to another exercise of the same pattern, then of the
same category, that the runner's equipment allows.

The built-in templates reproduce the structure of the Proven Gains article's sample plans
(exercises and sets x reps):

- beginner sessions A and B (2 sets of 8-12; planks and side planks held);
- intermediate A (strength-biased) and B (strength plus plyometrics);
- advanced off-season and pre-season sessions;
- a race-season maintenance session per level: 1-2 sets of the key lifts and
  light plyometrics in 25-30 minutes (Proven Gains, mistake 5);
- one light session for any level ([`LIGHT_TEMPLATE`][runstrength.templates.LIGHT_TEMPLATE]):
  core, upper body and easy bodyweight leg work, for days that cannot hold more.

A few slots are this library's additions, so that every week covers the five
categories: pogo hops in beginner B, push-ups in intermediate B and in the
maintenance sessions, and pull-ups (or band rows) in the advanced pre-season
session. The plan trims these first when a session runs long.

Plyometrics come first in a session, while the legs are fresh (NSCA guidance
on exercise order); otherwise slots keep the article's order. Across each week's
rotation the five categories are covered. Slots are dosed by
the week's dose: ``sets`` is the article's number, capped at the dose's sets (so
deloads, tapers and transitions take sets off); key lifts' rep ranges are cut to
the dose's rep range so their loads stay inside its %1RM range.

Examples:
    >>> [slot.prefer[0] for slot in TEMPLATES["intermediate-a"].slots]
    ['front-squat', 'romanian-deadlift', 'bulgarian-split-squat', 'standing-calf-raise',
     'pallof-press']
    >>> rotation(Level.BEGINNER)
    ('beginner-a', 'beginner-b')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from runstrength import _validate as v
from runstrength.errors import ValidationError
from runstrength.level import Level
from runstrength.taxonomy import Category, Pattern

__all__ = [
    "LIGHT_TEMPLATE",
    "TEMPLATES",
    "SessionTemplate",
    "Slot",
    "maintenance_template",
    "rotation",
]


def _range(_instance: object, attribute: Any, value: Any) -> None:
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)
        or not 0 < value[0] <= value[1]
    ):
        raise ValidationError(
            attribute.name,
            value,
            "must be a (low, high) pair of whole numbers, 0 < low <= high",
            "e.g. (8, 12)",
        )


def _sets(_instance: object, attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10:
        raise ValidationError(
            attribute.name, value, "must be a whole number from 1 to 10", "e.g. 3"
        )


@attrs.frozen(kw_only=True, cache_hash=True)
class Slot:
    """One exercise place in a session template.

    Attributes:
        prefer: Exercise keys in order of preference (the article's choice first).
        pattern: The movement pattern the slot stands for (fallback search).
        category: The category the slot stands for (second fallback).
        sets: Working sets in the article's session (a plan never exceeds the dose's sets).
        reps: Rep range for rep-dosed exercises.
        seconds: Hold range per set for timed exercises.
        metres: Distance range per set for carries.
        contacts: Foot contacts per set for plyometrics.
        key: Whether it is a key lift (warm-up sets, longer rests, kept in maintenance).

    Examples:
        >>> slot = TEMPLATES["beginner-a"].slots[0]
        >>> slot.prefer, slot.sets, slot.reps, slot.key
        (('goblet-squat',), 2, (8, 12), True)
    """

    prefer: tuple[str, ...] = attrs.field(validator=v.tuple_of(str))
    pattern: Pattern = attrs.field(validator=v.member_of(Pattern))
    category: Category = attrs.field(validator=v.member_of(Category))
    sets: int = attrs.field(validator=_sets)
    reps: tuple[int, int] = attrs.field(default=(8, 12), validator=_range)
    seconds: tuple[int, int] = attrs.field(default=(20, 40), validator=_range)
    metres: tuple[int, int] = attrs.field(default=(20, 30), validator=_range)
    contacts: tuple[int, int] = attrs.field(default=(6, 8), validator=_range)
    key: bool = attrs.field(default=False, validator=v.check_bool)

    def __attrs_post_init__(self) -> None:
        if not self.prefer:
            raise ValidationError(
                "prefer", self.prefer, "must name an exercise", "e.g. ('plank',)"
            )
        for key in self.prefer:
            v.check_slug("prefer", key)


@attrs.frozen(kw_only=True, cache_hash=True)
class SessionTemplate:
    """A named session: its slots and its source.

    Examples:
        >>> TEMPLATES["advanced-pre-season"].source
        'Proven Gains, advanced pre-season sample session'
    """

    name: str = attrs.field(validator=v.text)
    title: str = attrs.field(validator=v.text)
    slots: tuple[Slot, ...] = attrs.field(validator=v.tuple_of(Slot))
    source: str = attrs.field(validator=v.text)


def _slot(
    prefer: str | tuple[str, ...],
    pattern: Pattern,
    category: Category,
    sets: int,
    **dose: Any,
) -> Slot:
    names = (prefer,) if isinstance(prefer, str) else prefer
    return Slot(prefer=names, pattern=pattern, category=category, sets=sets, **dose)


_B, _U, _P, _C, _UP = (
    Category.BILATERAL,
    Category.UNILATERAL,
    Category.PLYOMETRIC,
    Category.CORE,
    Category.UPPER,
)
_S001 = "Proven Gains"

_ALL = (
    SessionTemplate(
        name="beginner-a",
        title="Beginner A",
        source=f"{_S001}, beginner session A",
        slots=(
            _slot("goblet-squat", Pattern.SQUAT, _B, 2, key=True),
            _slot(("glute-bridge", "dumbbell-hip-thrust"), Pattern.BRIDGE, _B, 2),
            _slot("reverse-lunge", Pattern.LUNGE, _U, 2),
            _slot(("standing-calf-raise", "calf-raise"), Pattern.CALF_RAISE, _B, 2),
            _slot("plank", Pattern.ANTI_EXTENSION, _C, 3, seconds=(20, 40)),
        ),
    ),
    SessionTemplate(
        name="beginner-b",
        title="Beginner B",
        source=f"{_S001}, beginner session B",
        slots=(
            _slot("pogo-hops", Pattern.JUMP, _P, 2, contacts=(8, 10)),
            _slot("dumbbell-romanian-deadlift", Pattern.HINGE, _B, 2, key=True),
            _slot(("step-up", "split-squat"), Pattern.LUNGE, _U, 2),
            _slot("single-leg-calf-raise", Pattern.CALF_RAISE, _U, 2),
            _slot(("incline-push-up", "push-up"), Pattern.HORIZONTAL_PUSH, _UP, 2),
            _slot(
                ("side-plank", "kneeling-side-plank"),
                Pattern.ANTI_LATERAL_FLEXION,
                _C,
                3,
                seconds=(15, 30),
            ),
        ),
    ),
    SessionTemplate(
        name="beginner-maintenance",
        title="Beginner maintenance",
        source=f"{_S001}, mistake 5 (maintenance: the key lifts, 1-2 sets)",
        slots=(
            _slot("pogo-hops", Pattern.JUMP, _P, 2, contacts=(6, 8)),
            _slot("goblet-squat", Pattern.SQUAT, _B, 2, key=True),
            _slot("dumbbell-romanian-deadlift", Pattern.HINGE, _B, 2, key=True),
            _slot("reverse-lunge", Pattern.LUNGE, _U, 2),
            _slot(("standing-calf-raise", "calf-raise"), Pattern.CALF_RAISE, _B, 2),
            _slot("plank", Pattern.ANTI_EXTENSION, _C, 2, seconds=(20, 40)),
            _slot(("push-up", "incline-push-up"), Pattern.HORIZONTAL_PUSH, _UP, 2),
        ),
    ),
    SessionTemplate(
        name="intermediate-a",
        title="Intermediate A (strength)",
        source=f"{_S001}, intermediate session A (strength-biased)",
        slots=(
            _slot(("front-squat", "goblet-squat"), Pattern.SQUAT, _B, 3, reps=(5, 6), key=True),
            _slot(
                ("romanian-deadlift", "dumbbell-romanian-deadlift"),
                Pattern.HINGE,
                _B,
                3,
                reps=(6, 8),
                key=True,
            ),
            _slot("bulgarian-split-squat", Pattern.LUNGE, _U, 3, reps=(6, 8)),
            _slot(
                ("standing-calf-raise", "single-leg-calf-raise"),
                Pattern.CALF_RAISE,
                _B,
                3,
                reps=(8, 10),
            ),
            _slot("pallof-press", Pattern.ANTI_ROTATION, _C, 3, reps=(10, 12)),
        ),
    ),
    SessionTemplate(
        name="intermediate-b",
        title="Intermediate B (strength and plyometrics)",
        source=f"{_S001}, intermediate session B (strength + plyometrics)",
        slots=(
            _slot(("box-jump", "low-hurdle-hop"), Pattern.JUMP, _P, 3, contacts=(6, 8)),
            _slot(
                ("hip-thrust", "dumbbell-hip-thrust"), Pattern.BRIDGE, _B, 3, reps=(6, 8), key=True
            ),
            _slot(("dumbbell-reverse-lunge", "reverse-lunge"), Pattern.LUNGE, _U, 3, reps=(8, 10)),
            _slot(
                ("single-leg-romanian-deadlift", "single-leg-deadlift"),
                Pattern.HINGE,
                _U,
                3,
                reps=(8, 8),
            ),
            _slot("farmer-carry", Pattern.CARRY, _C, 3, metres=(20, 30)),
            _slot(("push-up", "incline-push-up"), Pattern.HORIZONTAL_PUSH, _UP, 2, reps=(8, 12)),
        ),
    ),
    SessionTemplate(
        name="intermediate-maintenance",
        title="Intermediate maintenance",
        source=f"{_S001}, mistake 5 (one 25-30 min session, 1-2 sets of key lifts)",
        slots=(
            _slot(("pogo-hops", "low-hurdle-hop"), Pattern.JUMP, _P, 2, contacts=(8, 10)),
            _slot(("front-squat", "goblet-squat"), Pattern.SQUAT, _B, 2, reps=(5, 6), key=True),
            _slot(
                ("romanian-deadlift", "dumbbell-romanian-deadlift"),
                Pattern.HINGE,
                _B,
                2,
                reps=(6, 8),
                key=True,
            ),
            _slot("bulgarian-split-squat", Pattern.LUNGE, _U, 2, reps=(6, 8)),
            _slot("pallof-press", Pattern.ANTI_ROTATION, _C, 2, reps=(10, 12)),
            _slot(("push-up", "incline-push-up"), Pattern.HORIZONTAL_PUSH, _UP, 2),
        ),
    ),
    SessionTemplate(
        name="advanced-off-season",
        title="Advanced off-season (heavy)",
        source=f"{_S001}, advanced off-season sample session",
        slots=(
            _slot(
                ("back-squat", "trap-bar-deadlift"), Pattern.SQUAT, _B, 4, reps=(3, 5), key=True
            ),
            _slot(
                ("hip-thrust", "dumbbell-hip-thrust"), Pattern.BRIDGE, _B, 4, reps=(5, 6), key=True
            ),
            _slot("bulgarian-split-squat", Pattern.LUNGE, _U, 3, reps=(6, 8)),
            _slot(("nordic-curl", "sliding-leg-curl"), Pattern.KNEE_FLEXION, _B, 3, reps=(5, 6)),
            _slot("plank", Pattern.ANTI_EXTENSION, _C, 2, seconds=(30, 45)),
            _slot("side-plank", Pattern.ANTI_LATERAL_FLEXION, _C, 2, seconds=(20, 30)),
            _slot("dead-bug", Pattern.ANTI_EXTENSION, _C, 2, reps=(8, 10)),
        ),
    ),
    SessionTemplate(
        name="advanced-pre-season",
        title="Advanced pre-season (power)",
        source=f"{_S001}, advanced pre-season sample session",
        slots=(
            _slot(("box-jump", "drop-jump"), Pattern.JUMP, _P, 4, contacts=(5, 5)),
            _slot("lateral-bound", Pattern.BOUND, _P, 3, contacts=(6, 8)),
            _slot(
                ("back-squat", "front-squat", "goblet-squat"),
                Pattern.SQUAT,
                _B,
                3,
                reps=(4, 6),
                key=True,
            ),
            _slot(
                ("hip-thrust", "dumbbell-hip-thrust"), Pattern.BRIDGE, _B, 3, reps=(4, 6), key=True
            ),
            _slot("single-leg-romanian-deadlift", Pattern.HINGE, _U, 3, reps=(6, 8)),
            _slot(("pull-up", "band-row"), Pattern.VERTICAL_PULL, _UP, 2, reps=(5, 8)),
        ),
    ),
    SessionTemplate(
        name="advanced-maintenance",
        title="Advanced maintenance",
        source=f"{_S001}, mistake 5; SportCoaching (advanced: minimal volume near races)",
        slots=(
            _slot(("box-jump", "pogo-hops"), Pattern.JUMP, _P, 2, contacts=(5, 6)),
            _slot(
                ("back-squat", "front-squat", "goblet-squat"),
                Pattern.SQUAT,
                _B,
                2,
                reps=(3, 5),
                key=True,
            ),
            _slot(
                ("hip-thrust", "dumbbell-hip-thrust"), Pattern.BRIDGE, _B, 2, reps=(4, 6), key=True
            ),
            _slot("single-leg-romanian-deadlift", Pattern.HINGE, _U, 2, reps=(6, 8)),
            _slot("plank", Pattern.ANTI_EXTENSION, _C, 2, seconds=(30, 45)),
            _slot(("push-up", "incline-push-up"), Pattern.HORIZONTAL_PUSH, _UP, 2),
        ),
    ),
)

LIGHT_TEMPLATE = SessionTemplate(
    name="light",
    title="Light session",
    source="library convention: what a constrained or recovering day can hold (Fitzgerald: "
    "a short routine fits any day)",
    slots=(
        _slot("glute-bridge", Pattern.BRIDGE, _B, 2, reps=(10, 12)),
        _slot("calf-raise", Pattern.CALF_RAISE, _B, 2, reps=(12, 15)),
        _slot(("dead-bug", "bird-dog"), Pattern.ANTI_EXTENSION, _C, 2, reps=(8, 10)),
        _slot(
            ("side-plank", "kneeling-side-plank"),
            Pattern.ANTI_LATERAL_FLEXION,
            _C,
            2,
            seconds=(20, 30),
        ),
        _slot(("push-up", "incline-push-up"), Pattern.HORIZONTAL_PUSH, _UP, 2, reps=(8, 12)),
        _slot(("band-pull-apart", "band-row"), Pattern.HORIZONTAL_PULL, _UP, 2, reps=(12, 15)),
    ),
)
"""The light session: core, upper body and easy bodyweight leg work (4 leg sets at most).

It is what a day that cannot hold more gets: the day before a key workout or a
long run, a recovery window after a race, a crowded week. Every leg set stops
at least 3 reps short of failure and no jumps are done, so it is light by
[`session_hardness`][runstrength.hardness.session_hardness] whatever the level.
"""

TEMPLATES: Mapping[str, SessionTemplate] = MappingProxyType(
    {t.name: t for t in (*_ALL, LIGHT_TEMPLATE)}
)
"""The built-in session templates by name."""

_ROTATION = {
    Level.BEGINNER: ("beginner-a", "beginner-b"),
    Level.INTERMEDIATE: ("intermediate-a", "intermediate-b"),
    Level.ADVANCED: ("advanced-off-season", "advanced-pre-season"),
}


def rotation(level: Level | str) -> tuple[str, ...]:
    """The templates a level's training weeks cycle through, session by session.

    The first session of a week uses the first template, the second the next, and
    so on round the cycle (an advanced runner's third base session is the heavy
    one again).

    Examples:
        >>> rotation("advanced")
        ('advanced-off-season', 'advanced-pre-season')
    """
    return _ROTATION[v.to_enum(Level, level, "level")]


def maintenance_template(level: Level | str) -> str:
    """The maintenance session of a level (race season, taper, crowded weeks).

    Examples:
        >>> maintenance_template("intermediate")
        'intermediate-maintenance'
    """
    return f"{v.to_enum(Level, level, 'level').value}-maintenance"
