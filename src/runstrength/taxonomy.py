"""The runner's exercise taxonomy: categories, patterns, equipment and the catalogue.

Every exercise belongs to one of five categories (bilateral, unilateral,
plyometric, core, upper body), trains one movement pattern and a few muscle
groups, needs some equipment (or none) and is dosed one way: loaded reps,
bodyweight reps, seconds, metres or foot contacts. Exercises link to harder
variations, which makes the regression and progression ladders (an acyclic
graph). Sources: SportCoaching, Proven Gains, Power Couple, Fitzgerald and Best
Athletics; see the "Exercise taxonomy" guide.

Examples:
    >>> import runstrength as rs
    >>> cat = rs.Catalogue.default()
    >>> cat["bulgarian-split-squat"].category
    <Category.UNILATERAL: 'unilateral'>
    >>> [ex.key for ex in cat.regressions("push-up")]
    ['incline-push-up']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs

from runstrength import _repr
from runstrength import _validate as v
from runstrength._enums import StrEnum
from runstrength.errors import (
    ArgumentTypeError,
    CatalogueError,
    UnknownExerciseError,
    ValidationError,
)
from runstrength.level import Level

__all__ = [
    "Catalogue",
    "Category",
    "Dosing",
    "Equipment",
    "Exercise",
    "Muscle",
    "Pattern",
    "PlyoIntensity",
    "similarity",
]


class Category(StrEnum):
    """The five kinds of strength work a runner does (Proven Gains and Power Couple).

    Examples:
        >>> Category("upper-body")
        <Category.UPPER: 'upper-body'>
    """

    BILATERAL = "bilateral"
    """Both legs drive together, the heaviest loads (squat, deadlift, hip thrust; Best
    Athletics)."""
    UNILATERAL = "unilateral"
    """One leg at a time: like the stride, evens out left and right (SportCoaching, Best
    Athletics)."""
    PLYOMETRIC = "plyometric"
    """Jumps, hops and bounds, dosed in foot contacts (Proven Gains, Power Couple)."""
    CORE = "core"
    """Trunk and foot control: anti-extension, anti-rotation, anti-lateral-flexion, carries."""
    UPPER = "upper-body"
    """Push and pull for posture and arm swing (Proven Gains, Best Athletics)."""


class Pattern(StrEnum):
    """The movement an exercise trains (priority patterns after Proven Gains).

    Examples:
        >>> Pattern.HINGE.value
        'hinge'
    """

    SQUAT = "squat"
    """Knee- and hip-bending on one or both legs with the trunk upright."""
    HINGE = "hinge"
    """Hip-dominant bending with a near-straight leg: deadlifts and Romanian deadlifts."""
    BRIDGE = "bridge"
    """Hip extension from the floor or a bench: glute bridges and hip thrusts."""
    LUNGE = "lunge"
    """Split-stance and stepping work: lunges, split squats, step-ups."""
    CALF_RAISE = "calf-raise"
    """Ankle plantar flexion against load: calf raises."""
    KNEE_FLEXION = "knee-flexion"
    """Hamstring curls, often eccentric: Nordic curls, leg curls, glute-ham raises."""
    HIP_ABDUCTION = "hip-abduction"
    """Side-of-hip work that keeps the pelvis level: clamshells, lateral walks."""
    FOOT = "foot"
    """Intrinsic foot muscles: short-foot drill, towel scrunch."""
    JUMP = "jump"
    """Two-footed jumps and hops."""
    BOUND = "bound"
    """Leaps from one leg to the other, forwards or sideways."""
    ANTI_EXTENSION = "anti-extension"
    """Holding the trunk against arching: planks, dead bugs."""
    ANTI_ROTATION = "anti-rotation"
    """Holding the trunk against twisting: Pallof press, bird dog."""
    ANTI_LATERAL_FLEXION = "anti-lateral-flexion"
    """Holding the trunk against side bending: side planks."""
    CARRY = "carry"
    """Walking with a load: farmer's and suitcase carries."""
    HORIZONTAL_PUSH = "horizontal-push"
    """Pushing away from the chest: push-ups, bench press."""
    VERTICAL_PUSH = "vertical-push"
    """Pushing overhead: overhead press."""
    HORIZONTAL_PULL = "horizontal-pull"
    """Pulling towards the chest: rows, face pulls, pull-aparts."""
    VERTICAL_PULL = "vertical-pull"
    """Pulling down from overhead: pull-ups."""


class Muscle(StrEnum):
    """Muscle groups, after the Proven Gains article's "key muscle groups for runners".

    Examples:
        >>> Muscle.CALVES in Catalogue.default()["single-leg-calf-raise"].muscles
        True
    """

    GLUTES = "glutes"
    HIP_ABDUCTORS = "hip-abductors"
    QUADRICEPS = "quadriceps"
    HAMSTRINGS = "hamstrings"
    ADDUCTORS = "adductors"
    CALVES = "calves"
    FEET = "feet"
    ABDOMINALS = "abdominals"
    OBLIQUES = "obliques"
    LOWER_BACK = "lower-back"
    CHEST = "chest"
    UPPER_BACK = "upper-back"
    LATS = "lats"
    SHOULDERS = "shoulders"
    ARMS = "arms"
    GRIP = "grip"


class Equipment(StrEnum):
    """One piece of kit. A runner's whole kit is a ``frozenset`` of these.

    The presets [`gym`][runstrength.taxonomy.Equipment.gym],
    [`home`][runstrength.taxonomy.Equipment.home] and
    [`bodyweight`][runstrength.taxonomy.Equipment.bodyweight] cover the usual
    cases; combine them with set operators.

    Examples:
        >>> kit = Equipment.home() | {Equipment.PULL_UP_BAR}
        >>> Equipment.BARBELL in kit
        False
    """

    BARBELL = "barbell"
    """A bar with plates."""
    SQUAT_RACK = "squat-rack"
    """A rack or stands to take a loaded bar from shoulder height."""
    BENCH = "bench"
    """A flat weight bench."""
    TRAP_BAR = "trap-bar"
    """A hexagonal (trap) bar with plates."""
    DUMBBELLS = "dumbbells"
    """A pair of dumbbells, fixed or adjustable."""
    KETTLEBELL = "kettlebell"
    """One or more kettlebells."""
    CABLE = "cable"
    """A cable stack with handles and a rope."""
    MACHINE = "machine"
    """A selectorised or plate-loaded machine (seated calf raise)."""
    BAND = "band"
    """A long resistance band that can be anchored."""
    MINI_BAND = "mini-band"
    """A short loop band for the knees or ankles."""
    BOX = "box"
    """A sturdy box, step or chair to step on, jump on or rest a foot on."""
    PULL_UP_BAR = "pull-up-bar"
    """A bar to hang from."""
    GLUTE_HAM_DEVELOPER = "glute-ham-developer"
    """A glute-ham bench (GHD)."""
    SLIDERS = "sliders"
    """Furniture sliders or gliding discs."""
    TOWEL = "towel"
    """A towel (also slides on a smooth floor)."""
    HURDLES = "hurdles"
    """Low hurdles or cones to hop over."""
    MAT = "mat"
    """An exercise mat for floor work."""

    @classmethod
    def gym(cls) -> frozenset[Equipment]:
        """Everything: a full commercial gym.

        Examples:
            >>> Equipment.gym() == frozenset(Equipment)
            True
        """
        return frozenset(cls)

    @classmethod
    def home(cls) -> frozenset[Equipment]:
        """Dumbbells, bands, a step or chair, a mat and a towel (the home kit of Proven Gains).

        Examples:
            >>> sorted(item.value for item in Equipment.home())
            ['band', 'box', 'dumbbells', 'mat', 'mini-band', 'towel']
        """
        return frozenset({cls.DUMBBELLS, cls.BAND, cls.MINI_BAND, cls.BOX, cls.MAT, cls.TOWEL})

    @classmethod
    def bodyweight(cls) -> frozenset[Equipment]:
        """No equipment at all.

        Examples:
            >>> Equipment.bodyweight()
            frozenset()
        """
        return frozenset()


class Dosing(StrEnum):
    """How an exercise is prescribed.

    Examples:
        >>> Catalogue.default()["plank"].dosing
        <Dosing.TIME: 'time'>
    """

    LOADED_REPS = "loaded-reps"
    """Sets of reps with an external load chosen from 1RM and reps in reserve."""
    BODYWEIGHT_REPS = "bodyweight-reps"
    """Sets of reps against bodyweight or a band; progress by reps, tempo or variation."""
    TIME = "time"
    """Holds in seconds (plank)."""
    DISTANCE = "distance"
    """Carries in metres."""
    CONTACTS = "contacts"
    """Foot contacts, for jumps, hops and bounds."""


class PlyoIntensity(StrEnum):
    """Intensity of a plyometric drill: pogo hops < box jumps < drop jumps and bounds.

    Examples:
        >>> Catalogue.default()["drop-jump"].plyo_intensity
        <PlyoIntensity.HIGH: 'high'>
    """

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """Position in the order low (0) < moderate (1) < high (2).

        Examples:
            >>> PlyoIntensity.HIGH.rank > PlyoIntensity.LOW.rank
            True
        """
        return {"low": 0, "moderate": 1, "high": 2}[self.value]


def _equipment_options(instance: object, attribute: Any, value: object) -> None:
    options = v.check_tuple_of(attribute.name, value, frozenset)
    if not options:
        raise CatalogueError(
            attribute.name,
            value,
            "must list at least one set of equipment",
            "use (frozenset(),) for an exercise that needs none",
        )
    v.check_unique(attribute.name, options)
    for index, option in enumerate(options):
        for item in option:
            if not isinstance(item, Equipment):
                raise ArgumentTypeError(
                    f"{attribute.name}[{index}]",
                    item,
                    "must hold Equipment members",
                    f"use Equipment({item!r}) or one of {v.choices(Equipment)}",
                )


def _texts(_instance: object, attribute: Any, value: object) -> None:
    items = v.check_tuple_of(attribute.name, value, str)
    for index, item in enumerate(items):
        if not item.strip():
            raise CatalogueError(
                f"{attribute.name}[{index}]", item, "must not be blank", "remove the empty text"
            )


def _links(instance: Exercise, attribute: Any, value: object) -> None:
    keys = v.check_tuple_of(attribute.name, value, str)
    for index, key in enumerate(keys):
        v.check_slug(f"{attribute.name}[{index}]", key)
    v.check_unique(attribute.name, keys)
    if instance.key in keys:
        raise CatalogueError(
            attribute.name, value, "must not contain the exercise's own key", "remove it"
        )


_GARMIN = re.compile(r"[a-z0-9_]*")


def _garmin(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not _GARMIN.fullmatch(value):
        raise CatalogueError(
            attribute.name,
            value,
            "must be a name of Garmin's FIT profile (lower case, digits, underscores) or empty",
            "e.g. 'squat' and 'goblet_squat'",
        )


@attrs.frozen(kw_only=True)
class Exercise:
    """One exercise: what it is, what it trains, what it needs and how it is dosed.

    Args:
        key: A kebab-case slug that names it in a catalogue (``"back-squat"``).
        name: The display name.
        category: One of the five [`Category`][runstrength.taxonomy.Category] members.
        pattern: The [`Pattern`][runstrength.taxonomy.Pattern] it trains.
        muscles: The muscle groups it trains, the main one first.
        equipment: Alternative equipment setups; any one of them is enough.
            ``(frozenset(),)`` means it needs nothing.
        dosing: How it is prescribed ([`Dosing`][runstrength.taxonomy.Dosing]).
        per_side: Whether the dose is for each side (left and right).
        plyo_intensity: For plyometric exercises, and only for them, the intensity.
        eccentric: Whether it emphasises the lowering phase (Power Couple, hamstrings).
        min_level: The least experienced [`Level`][runstrength.level.Level] it suits.
        progresses_to: Keys of the next harder variations (the ladder's upward links).
        cues: Short coaching cues.
        sources: Where the exercise is named or recommended (``"Proven Gains"``).
        garmin_category: The exercise category of Garmin's FIT profile that holds it
            (``"squat"``), or empty; watch workouts use it (`runstrength.formats.fit`).
        garmin_name: Its exercise name within that category (``"goblet_squat"``), or
            empty when Garmin has no counterpart.

    Raises:
        ArgumentTypeError: A field has the wrong type.
        CatalogueError: A field breaks a rule (plyometric without an intensity, a
            link to itself, a blank cue).

    Examples:
        >>> ex = Exercise(
        ...     key="wall-sit", name="Wall sit", category=Category.BILATERAL,
        ...     pattern=Pattern.SQUAT, muscles=(Muscle.QUADRICEPS,), dosing=Dosing.TIME,
        ... )
        >>> ex.doable_with(Equipment.bodyweight())
        True
    """

    key: str = attrs.field(validator=v.slug)
    name: str = attrs.field(validator=v.text)
    category: Category = attrs.field(validator=v.member_of(Category))
    pattern: Pattern = attrs.field(validator=v.member_of(Pattern))
    muscles: tuple[Muscle, ...] = attrs.field(validator=v.tuple_of(Muscle))
    equipment: tuple[frozenset[Equipment], ...] = attrs.field(
        default=(frozenset(),), validator=_equipment_options
    )
    dosing: Dosing = attrs.field(default=Dosing.LOADED_REPS, validator=v.member_of(Dosing))
    per_side: bool = attrs.field(default=False, validator=v.check_bool)
    plyo_intensity: PlyoIntensity | None = attrs.field(
        default=None, validator=v.optional(v.member_of(PlyoIntensity))
    )
    eccentric: bool = attrs.field(default=False, validator=v.check_bool)
    min_level: Level = attrs.field(default=Level.BEGINNER, validator=v.member_of(Level))
    progresses_to: tuple[str, ...] = attrs.field(default=(), validator=_links)
    cues: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    sources: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    garmin_category: str = attrs.field(default="", validator=_garmin)
    garmin_name: str = attrs.field(default="", validator=_garmin)

    def __repr__(self) -> str:
        # The built-in exercises by their key; one of your own in full.
        if _default_catalogue().get(self.key) == self:
            return f"Catalogue.default()[{self.key!r}]"
        return _repr.compact(self)

    def __attrs_post_init__(self) -> None:
        if self.garmin_name and not self.garmin_category:
            raise CatalogueError(
                "garmin_name",
                self.garmin_name,
                "must come with a garmin_category",
                "give the category too, or leave both empty",
            )
        if not self.muscles:
            raise CatalogueError(
                "muscles", self.muscles, "must name at least one muscle group", "add the main one"
            )
        plyometric = self.category is Category.PLYOMETRIC
        if plyometric != (self.plyo_intensity is not None):
            raise CatalogueError(
                "plyo_intensity",
                self.plyo_intensity,
                "must be set for plyometric exercises and only for them",
                "give plyometric exercises a PlyoIntensity and others None",
            )
        if (self.dosing is Dosing.CONTACTS) != plyometric:
            raise CatalogueError(
                "dosing",
                self.dosing,
                "must be 'contacts' for plyometric exercises and only for them",
                "dose jumps in foot contacts and other exercises in reps, time or distance",
            )

    @property
    def needs_equipment(self) -> bool:
        """Whether every way of doing it needs some equipment.

        Examples:
            >>> Catalogue.default()["push-up"].needs_equipment
            False
        """
        return all(self.equipment)

    def _repr_markdown_(self) -> str:
        from runstrength import _render

        return _render.markdown(_render.exercise_blocks(self))

    def _repr_html_(self) -> str:
        from runstrength import _render

        return _render.html_fragment(_render.exercise_blocks(self))

    def doable_with(self, equipment: Iterable[Equipment]) -> bool:
        """Whether one of its equipment setups fits inside ``equipment``.

        Examples:
            >>> squat = Catalogue.default()["back-squat"]
            >>> squat.doable_with(Equipment.home()), squat.doable_with(Equipment.gym())
            (False, True)
        """
        available = _kit(equipment)
        return any(option <= available for option in self.equipment)

    def suits(self, level: Level) -> bool:
        """Whether a runner at ``level`` is ready for it (``min_level`` is at most ``level``).

        Examples:
            >>> Catalogue.default()["drop-jump"].suits(Level.BEGINNER)
            False
        """
        return v.to_enum(Level, level, "level").allows(self.min_level)


def _kit(
    equipment: Iterable[Equipment] | None, argument: str = "equipment"
) -> frozenset[Equipment]:
    if equipment is None:
        return Equipment.gym()
    if isinstance(equipment, str) or not isinstance(equipment, Iterable):
        raise ArgumentTypeError(
            argument,
            equipment,
            "must be a collection of Equipment",
            "pass a preset such as Equipment.home() or a set of Equipment members",
        )
    if type(equipment) is frozenset and _all_equipment(equipment):
        return equipment  # already a kit: the hot path of selection
    return frozenset(
        v.to_enum(Equipment, item, argument) for item in v.check_items(argument, equipment)
    )


@functools.lru_cache(maxsize=64)
def _all_equipment(kit: frozenset[object]) -> bool:
    return all(isinstance(item, Equipment) for item in kit)


def similarity(a: Exercise, b: Exercise) -> float:
    """How alike two exercises are, for ranking substitutes (higher is closer).

    The score adds 3 for the same pattern, 2 for the same category, up to 2 for
    shared muscle groups (their Jaccard overlap), 1 when the main muscle is the
    same and 0.5 for the same dosing. It is symmetric. The weights are this
    library's convention: movement first, then category, then muscles.

    Examples:
        >>> cat = Catalogue.default()
        >>> round(similarity(cat["back-squat"], cat["front-squat"]), 2)
        7.17
        >>> similarity(cat["back-squat"], cat["plank"])
        0.0
    """
    v.check_instance("a", a, Exercise)
    v.check_instance("b", b, Exercise)
    score = 0.0
    if a.pattern is b.pattern:
        score += 3.0
    if a.category is b.category:
        score += 2.0
    shared = set(a.muscles) & set(b.muscles)
    score += 2.0 * len(shared) / len(set(a.muscles) | set(b.muscles))
    if a.muscles[0] is b.muscles[0]:
        score += 1.0
    if a.dosing is b.dosing:
        score += 0.5
    return score


def _exercises(_instance: object, attribute: Any, value: object) -> None:
    v.check_tuple_of(attribute.name, value, Exercise)


@attrs.frozen
class Catalogue:
    """A validated collection of exercises, looked up by key.

    Build one from exercises, or start from [`default`][runstrength.taxonomy.Catalogue.default] and
    [`extend`][runstrength.taxonomy.Catalogue.extend] it.
    On construction the catalogue checks that keys are unique, that every
    ``progresses_to`` link names an exercise in it, and that the ladders have no
    cycles.

    Args:
        exercises: The exercises, in the order listings show them.

    Raises:
        CatalogueError: A duplicate key, a link to an unknown key, or a cycle.
        ArgumentTypeError: ``exercises`` is not a tuple of
            [`Exercise`][runstrength.taxonomy.Exercise].

    Examples:
        >>> cat = Catalogue.default()
        >>> len(cat) >= 50, "back-squat" in cat
        (True, True)
        >>> cat.substitutes("back-squat", equipment=Equipment.home())[0].key
        'goblet-squat'
    """

    exercises: tuple[Exercise, ...] = attrs.field(validator=_exercises)
    _by_key: Mapping[str, Exercise] = attrs.field(init=False, repr=False, eq=False)
    _easier: Mapping[str, tuple[str, ...]] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        by_key: dict[str, Exercise] = {}
        for index, exercise in enumerate(self.exercises):
            if exercise.key in by_key:
                raise CatalogueError(
                    f"exercises[{index}].key",
                    exercise.key,
                    "must not repeat the key of an earlier exercise",
                    "give each exercise its own key (Catalogue.extend(..., replace=True) "
                    "replaces an exercise)",
                )
            by_key[exercise.key] = exercise
        easier: dict[str, list[str]] = {key: [] for key in by_key}
        for exercise in self.exercises:
            for target in exercise.progresses_to:
                if target not in by_key:
                    raise CatalogueError(
                        f"{exercise.key}.progresses_to",
                        target,
                        "must name an exercise in the catalogue",
                        v.did_you_mean(target, by_key) or "add that exercise or remove the link",
                    )
                easier[target].append(exercise.key)
        _check_acyclic(by_key)
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_easier", {k: tuple(sorted(e)) for k, e in easier.items()})

    @classmethod
    def default(cls) -> Catalogue:
        """The built-in catalogue: every exercise the source articles name, plus ladder rungs.

        It is loaded from package data once and validated on load.

        Examples:
            >>> Catalogue.default()["nordic-curl"].eccentric
            True
        """
        return _default_catalogue()

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, object]]) -> Catalogue:
        """Build a catalogue from plain mappings, such as parsed TOML or JSON.

        Each record has the [`Exercise`][runstrength.taxonomy.Exercise] field names; enums are
        their string
        values and ``equipment`` is a list of lists (``[["dumbbells"], ["kettlebell"]]``).

        Raises:
            CatalogueError: A record is malformed; the message names the record and field.

        Examples:
            >>> cat = Catalogue.from_records([{
            ...     "key": "wall-sit", "name": "Wall sit", "category": "bilateral",
            ...     "pattern": "squat", "muscles": ["quadriceps"], "dosing": "time",
            ... }])
            >>> cat["wall-sit"].equipment
            (frozenset(),)
        """
        from runstrength._records import exercise_from_record

        if isinstance(records, Mapping | str | bytes) or not isinstance(records, Iterable):
            raise ArgumentTypeError(
                "records", records, "must be an iterable of mappings", "pass a list of dicts"
            )
        return cls(
            tuple(
                exercise_from_record(record, f"records[{index}]")
                for index, record in enumerate(v.check_items("records", records))
            )
        )

    def to_records(self) -> list[dict[str, object]]:
        """Plain mappings that `from_records` turns back into an equal catalogue.

        Examples:
            >>> cat = Catalogue.default()
            >>> Catalogue.from_records(cat.to_records()) == cat
            True
        """
        from runstrength._records import exercise_to_record

        return [exercise_to_record(exercise) for exercise in self.exercises]

    def __getitem__(self, key: str) -> Exercise:
        try:
            return self._by_key[key]
        except (KeyError, TypeError):
            raise self._unknown(key) from None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._by_key

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    def __len__(self) -> int:
        return len(self.exercises)

    def get(self, key: str, default: Exercise | None = None) -> Exercise | None:
        """The exercise with ``key``, or ``default`` when there is none.

        Examples:
            >>> Catalogue.default().get("bench-dip") is None
            True
        """
        return self._by_key.get(key, default) if isinstance(key, str) else default

    def keys(self) -> tuple[str, ...]:
        """Every key, in catalogue order.

        Examples:
            >>> Catalogue.default().keys()[:3]
            ('bodyweight-squat', 'goblet-squat', 'front-squat')
        """
        return tuple(self._by_key)

    def filter(
        self,
        *,
        category: Category | str | None = None,
        pattern: Pattern | str | None = None,
        muscle: Muscle | str | None = None,
        dosing: Dosing | str | None = None,
        plyo_intensity: PlyoIntensity | str | None = None,
        per_side: bool | None = None,
        eccentric: bool | None = None,
        equipment: Iterable[Equipment] | None = None,
        level: Level | str | None = None,
        where: Callable[[Exercise], bool] | None = None,
    ) -> tuple[Exercise, ...]:
        """The exercises that match every given criterion, in catalogue order.

        Args:
            category: Only this category.
            pattern: Only this movement pattern.
            muscle: Only exercises that train this muscle group.
            dosing: Only this way of dosing.
            plyo_intensity: Only plyometrics of this intensity.
            per_side: Only exercises dosed per side (True) or not (False).
            eccentric: Only eccentric-emphasis exercises (True) or the others (False).
            equipment: Only exercises doable with this kit.
            level: Only exercises a runner at this level is ready for.
            where: Any other test, as a function of the exercise.

        Examples:
            >>> [ex.key for ex in Catalogue.default().filter(
            ...     category=Category.PLYOMETRIC, plyo_intensity="high")]
            ['drop-jump', 'lateral-bound', 'bounding']
        """
        tests: list[Callable[[Exercise], bool]] = []
        if category is not None:
            wanted_category = v.to_enum(Category, category, "category")
            tests.append(lambda ex: ex.category is wanted_category)
        if pattern is not None:
            wanted_pattern = v.to_enum(Pattern, pattern, "pattern")
            tests.append(lambda ex: ex.pattern is wanted_pattern)
        if muscle is not None:
            wanted_muscle = v.to_enum(Muscle, muscle, "muscle")
            tests.append(lambda ex: wanted_muscle in ex.muscles)
        if dosing is not None:
            wanted_dosing = v.to_enum(Dosing, dosing, "dosing")
            tests.append(lambda ex: ex.dosing is wanted_dosing)
        if plyo_intensity is not None:
            wanted_intensity = v.to_enum(PlyoIntensity, plyo_intensity, "plyo_intensity")
            tests.append(lambda ex: ex.plyo_intensity is wanted_intensity)
        if per_side is not None:
            wanted_per_side = _flag("per_side", per_side)
            tests.append(lambda ex: ex.per_side is wanted_per_side)
        if eccentric is not None:
            wanted_eccentric = _flag("eccentric", eccentric)
            tests.append(lambda ex: ex.eccentric is wanted_eccentric)
        if equipment is not None:
            kit = _kit(equipment)
            tests.append(lambda ex: ex.doable_with(kit))
        if level is not None:
            wanted_level = v.to_enum(Level, level, "level")
            tests.append(lambda ex: wanted_level.allows(ex.min_level))
        if where is not None:
            if not callable(where):
                raise ArgumentTypeError(
                    "where", where, "must be callable", "pass a function of an Exercise"
                )
            tests.append(where)
        return tuple(ex for ex in self.exercises if all(test(ex) for test in tests))

    def substitutes(
        self,
        key: str,
        *,
        equipment: Iterable[Equipment] | None = None,
        level: Level | str | None = None,
        limit: int | None = None,
    ) -> tuple[Exercise, ...]:
        """Alternatives to an exercise, best first.

        A substitute shares the exercise's category or its movement pattern, is
        doable with ``equipment`` (any kit when None) and suits ``level`` (any
        level when None). They are ranked by [`similarity`][runstrength.taxonomy.similarity], ties
        broken by key.

        Args:
            key: The exercise to replace.
            equipment: The kit available.
            level: The runner's level.
            limit: At most this many results.

        Raises:
            UnknownExerciseError: ``key`` is not in the catalogue.

        Examples:
            >>> cat = Catalogue.default()
            >>> [ex.key for ex in cat.substitutes("back-squat", equipment=Equipment.home(),
            ...                                   limit=3)]
            ['goblet-squat', 'bodyweight-squat', 'single-leg-box-squat']
        """
        original = self[key]
        kit = _kit(equipment)
        wanted_level = None if level is None else v.to_enum(Level, level, "level")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
            raise ArgumentTypeError("limit", limit, "must be an int or None", "pass e.g. 3")
        if limit is not None and limit < 0:
            raise ValidationError("limit", limit, "must be >= 0", "pass 0 or more, or None")
        found = [
            ex
            for ex in self.exercises
            if ex.key != original.key
            and (ex.category is original.category or ex.pattern is original.pattern)
            and ex.doable_with(kit)
            and (wanted_level is None or wanted_level.allows(ex.min_level))
        ]
        found.sort(key=lambda ex: (-similarity(original, ex), ex.key))
        return tuple(found if limit is None else found[:limit])

    def progressions(self, key: str, *, direct: bool = False) -> tuple[Exercise, ...]:
        """Harder variations: every exercise up the ladder, nearest first.

        Args:
            key: The exercise to start from.
            direct: Only the next rung (its own ``progresses_to`` links).

        Examples:
            >>> [ex.key for ex in Catalogue.default().progressions("goblet-squat")]
            ['front-squat', 'back-squat']
        """
        return self._walk(key, lambda k: self._by_key[k].progresses_to, direct=direct)

    def regressions(self, key: str, *, direct: bool = False) -> tuple[Exercise, ...]:
        """Easier variations: every exercise down the ladder, nearest first.

        Args:
            key: The exercise to start from.
            direct: Only the rung below (exercises that link straight to it).

        Examples:
            >>> [ex.key for ex in Catalogue.default().regressions("push-up")]
            ['incline-push-up']
        """
        return self._walk(key, lambda k: self._easier[k], direct=direct)

    def extend(self, exercises: Iterable[Exercise], *, replace: bool = False) -> Catalogue:
        """A new catalogue with ``exercises`` added (the original is unchanged).

        Args:
            exercises: The exercises to add.
            replace: Replace exercises whose keys already exist instead of refusing them.

        Raises:
            CatalogueError: A key already exists (and ``replace`` is False), or the
                result has a bad link or a cycle.

        Examples:
            >>> wall_sit = Exercise(
            ...     key="wall-sit", name="Wall sit", category=Category.BILATERAL,
            ...     pattern=Pattern.SQUAT, muscles=(Muscle.QUADRICEPS,), dosing=Dosing.TIME,
            ...     progresses_to=("goblet-squat",),
            ... )
            >>> mine = Catalogue.default().extend([wall_sit])
            >>> "wall-sit" in [ex.key for ex in mine.regressions("goblet-squat")]
            True
        """
        if isinstance(exercises, Exercise) or not isinstance(exercises, Iterable):
            raise ArgumentTypeError(
                "exercises", exercises, "must be an iterable of Exercise", "pass a list"
            )
        added = v.check_items("exercises", exercises, Exercise)
        v.check_flag("replace", replace)
        _exercises(None, attrs.fields(Catalogue).exercises, added)
        if replace:
            new = {ex.key: ex for ex in added}
            kept = tuple(new.pop(ex.key, ex) for ex in self.exercises)
            return Catalogue(kept + tuple(ex for ex in added if ex.key in new))
        return Catalogue(self.exercises + added)

    def _walk(
        self, key: str, step: Callable[[str], tuple[str, ...]], *, direct: bool
    ) -> tuple[Exercise, ...]:
        start = self[key].key
        found: list[str] = []
        frontier = [start]
        v.check_flag("direct", direct)
        seen = {start}
        while frontier:
            layer = sorted({n for k in frontier for n in step(k) if n not in seen})
            seen.update(layer)
            found.extend(layer)
            frontier = [] if direct else layer
        return tuple(self._by_key[k] for k in found)

    def _unknown(self, key: object) -> UnknownExerciseError:
        hint = v.did_you_mean(key, self._by_key) if isinstance(key, str) else ""
        return UnknownExerciseError(
            "key",
            key,
            "must name an exercise in the catalogue",
            hint or "list the keys with Catalogue.keys() or `runstrength exercises`",
        )


def _flag(argument: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ArgumentTypeError(argument, value, "must be True, False or None", "pass a bool")
    return value


def _check_acyclic(by_key: Mapping[str, Exercise]) -> None:
    # Depth-first search with colours; report the first cycle found, in order.
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(by_key, white)
    for root in by_key:
        if colour[root] != white:
            continue
        path: list[str] = [root]
        colour[root] = grey
        stack: list[Iterator[str]] = [iter(by_key[root].progresses_to)]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                colour[path.pop()] = black
            elif colour[nxt] == grey:
                cycle = [*path[path.index(nxt) :], nxt]
                raise CatalogueError(
                    f"{cycle[-2]}.progresses_to",
                    " -> ".join(cycle),
                    "must not form a cycle (a ladder only goes up)",
                    "remove one of the links in the cycle",
                )
            elif colour[nxt] == white:
                colour[nxt] = grey
                path.append(nxt)
                stack.append(iter(by_key[nxt].progresses_to))


@functools.cache
def _default_catalogue() -> Catalogue:
    import tomllib

    text = resources.files("runstrength").joinpath("data", "exercises.toml").read_text("utf-8")
    records = tomllib.loads(text)["exercise"]
    return Catalogue.from_records(records)
