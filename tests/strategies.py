"""One Hypothesis strategy per value class, shared by the property tests."""

from __future__ import annotations

import datetime as dt
import math
import warnings

import attrs
import numpy as np
from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import runstrength as rs

slugs = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)
names = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(str.strip)
kits = st.frozensets(st.sampled_from(rs.Equipment))
levels = st.sampled_from(rs.Level)


@st.composite
def exercises(draw: st.DrawFn, key: str | None = None) -> rs.Exercise:
    """A valid exercise with no ladder links."""
    category = draw(st.sampled_from(rs.Category))
    plyometric = category is rs.Category.PLYOMETRIC
    dosing = (
        rs.Dosing.CONTACTS
        if plyometric
        else draw(st.sampled_from([d for d in rs.Dosing if d is not rs.Dosing.CONTACTS]))
    )
    return rs.Exercise(
        key=key if key is not None else draw(slugs),
        name=draw(names),
        category=category,
        pattern=draw(st.sampled_from(rs.Pattern)),
        muscles=tuple(
            draw(st.lists(st.sampled_from(rs.Muscle), min_size=1, max_size=4, unique=True))
        ),
        equipment=tuple(draw(st.lists(kits, min_size=1, max_size=3, unique=True))),
        dosing=dosing,
        per_side=draw(st.booleans()),
        plyo_intensity=draw(st.sampled_from(rs.PlyoIntensity)) if plyometric else None,
        eccentric=draw(st.booleans()),
        min_level=draw(levels),
        cues=tuple(draw(st.lists(names, max_size=2))),
        sources=tuple(
            draw(
                st.lists(
                    st.sampled_from(["SportCoaching", "Proven Gains"]), max_size=2, unique=True
                )
            )
        ),
    )


@st.composite
def catalogues(draw: st.DrawFn, min_size: int = 1, max_size: int = 12) -> rs.Catalogue:
    """A valid catalogue whose ladders form a random acyclic graph."""
    keys = draw(st.lists(slugs, min_size=min_size, max_size=max_size, unique=True))
    # Links only go from an earlier key to a later one, so the graph is acyclic.
    links = {
        key: tuple(
            draw(st.lists(st.sampled_from(keys[i + 1 :]), max_size=2, unique=True))
            if i + 1 < len(keys)
            else []
        )
        for i, key in enumerate(keys)
    }
    items = [attrs.evolve(draw(exercises(key=k)), progresses_to=links[k]) for k in keys]
    return rs.Catalogue(tuple(draw(st.permutations(items))))


def catalogue_or_default() -> st.SearchStrategy[rs.Catalogue]:
    """Generated catalogues, and the built-in one."""
    return st.one_of(st.just(rs.Catalogue.default()), catalogues())


# --- load prescription ------------------------------------------------------------------

formulas = st.sampled_from(rs.OneRmFormula)
weights = st.floats(min_value=1.0, max_value=400.0, allow_nan=False)
reps = st.integers(min_value=1, max_value=12)
rirs = st.sampled_from([0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0])
plate_sets = st.lists(
    st.sampled_from([25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25, 0.5, 45.0, 35.0, 0.1, 0.6, 1.2]),
    min_size=1,
    max_size=6,
    unique=True,
)


@st.composite
def barbells(draw: st.DrawFn) -> rs.Barbell:
    """Barbells with unlimited or counted plates."""
    plates = draw(plate_sets)
    pairs = draw(
        st.none()
        | st.lists(st.integers(0, 3), min_size=len(plates), max_size=len(plates)).map(tuple)
    )
    bar = draw(st.sampled_from([0.0, 10.0, 15.0, 20.0]))
    return rs.Barbell(bar=bar, plates=plates, pairs=pairs, max_load=300)


fixed_sets = st.one_of(
    st.just(rs.DumbbellSet()),
    st.just(rs.KettlebellSet()),
    st.lists(
        st.floats(0.5, 60).map(lambda w: round(w * 2) / 2), min_size=1, max_size=8, unique=True
    ).map(rs.DumbbellSet),
)
implements = st.one_of(barbells(), fixed_sets, st.just(rs.Bodyweight()))
set_logs = st.builds(
    rs.SetLog,
    load=st.floats(0, 300).map(lambda w: round(w, 1)),
    reps=st.integers(0, 15),
    rir=rirs,
)


def _numbers(draw: st.DrawFn, shape: tuple[int, ...], values: st.SearchStrategy[float]) -> object:
    """An array of ``shape`` (of the values' type); for a 0-d shape, sometimes a number."""
    if not shape and draw(st.booleans()):
        return draw(values)
    example = draw(values)
    return draw(hnp.arrays(np.asarray(example).dtype, shape, elements=values))


@st.composite
def set_inputs(
    draw: st.DrawFn, shapes: tuple[tuple[int, ...], tuple[int, ...]] | None = None
) -> tuple[object, object]:
    """Valid ``reps`` and ``rir``: numbers or arrays of shapes that broadcast (0-d and
    empty ones too), as integers or floats, up to the 20 reps to failure allowed."""
    if shapes is None:
        drawn = draw(
            hnp.mutually_broadcastable_shapes(num_shapes=2, max_dims=2, min_side=0, max_side=4)
        )
        shapes = (drawn.input_shapes[0], drawn.input_shapes[1])
    reps_values: st.SearchStrategy[float] = st.integers(1, 16)
    if draw(st.booleans()):
        reps_values = reps_values.map(float)
    rir_values: st.SearchStrategy[float] = st.integers(0, 4)
    if draw(st.booleans()):
        rir_values = st.sampled_from([0.0, 0.5, 1.5, 2.5, 4.0])
    return _numbers(draw, shapes[0], reps_values), _numbers(draw, shapes[1], rir_values)


set_batches = set_inputs().map(lambda pair: rs.SetBatch(*pair))

# --- the running week -----------------------------------------------------------------

run_words = st.sampled_from(
    [
        "easy",
        "recovery",
        "moderate",
        "steady",
        "intervals",
        "tempo",
        "hills",
        "key",
        "long",
        "race",
        "fartlek",
        "threshold",
        "track",
    ]
)
running_days = st.lists(run_words, max_size=2).map(lambda ws: rs.RunningDay.of(*ws))
running_weeks = st.lists(running_days, min_size=7, max_size=7).map(
    lambda days: rs.RunningWeek(tuple(days))
)
weekdays = st.sampled_from(rs.Weekday)

# --- the runner's own words -------------------------------------------------------------

running_words = st.sampled_from(rs.RunningWords.default().words)


@st.composite
def spellings(draw: st.DrawFn, word: str) -> str:
    """``word`` as a runner might type it: any case, hyphens or spaces between its parts."""
    parts = word.replace("-", " ").split()
    joined = parts[0]
    for part in parts[1:]:
        joined += draw(st.sampled_from(["-", " ", "  "])) + part
    return "".join(c.upper() if draw(st.booleans()) else c for c in joined)


@st.composite
def distances(draw: st.DrawFn) -> tuple[str, float]:
    """A distance as text in any accepted unit, and its kilometres (to the metre)."""
    km = draw(st.integers(1, 60_000)) / 1000
    miles = draw(st.integers(1, 40_000)) / 1000
    return draw(
        st.sampled_from(
            [
                (f"{km}km", km),
                (f"{km} km", km),
                (f"{km}k", km),
                (f"{miles} mi", round(miles * 1.609344, 3)),
                (f"{miles}miles", round(miles * 1.609344, 3)),
            ]
        )
    )


@st.composite
def durations(draw: st.DrawFn) -> tuple[str, float]:
    """A duration as text in any accepted form, and its minutes."""
    hours, minutes = draw(st.integers(0, 5)), draw(st.integers(1, 59))
    total = hours * 60 + minutes
    return draw(
        st.sampled_from(
            [
                (f"{total}min", float(total)),
                (f"{total} minutes", float(total)),
                (f"{hours}:{minutes:02d}", float(total)),
                (f"{hours}h{minutes}", float(total)),
                (f"{hours + 1}h", float((hours + 1) * 60)),
            ]
        )
    )


@st.composite
def labelled_runs(draw: st.DrawFn) -> rs.Run:
    """Any run: a kind, a built-in word of that kind or none, any distance and duration."""
    kind = draw(st.sampled_from([k for k in rs.RunKind if k is not rs.RunKind.REST]))
    labels = [e.word for e in rs.RunningWords.default() if e.kind is kind]
    return rs.Run(
        kind,
        draw(st.just("") | st.sampled_from(labels)),
        distance_km=draw(st.none() | st.floats(0.001, 400)),
        minutes=draw(st.none() | st.floats(0.01, 2880)),
    )


measured_running_weeks = st.lists(
    st.lists(labelled_runs(), max_size=2).map(lambda runs: rs.RunningDay(tuple(runs))),
    min_size=7,
    max_size=7,
).map(lambda days: rs.RunningWeek(tuple(days)))


@st.composite
def worded_weeks(draw: st.DrawFn) -> tuple[str, list[list[rs.RunKind]]]:
    """A week written with any running words, distances and durations, and its kinds."""
    entries, kinds = [], []
    for day in rs.Weekday:
        day_kinds, texts = [], []
        for _ in range(draw(st.integers(0, 2))):
            entry = draw(running_words)
            text = draw(spellings(entry.word))
            if entry.kind is not rs.RunKind.REST:
                if draw(st.booleans()):
                    text += " " + draw(distances())[0]
                if draw(st.booleans()):
                    text += " " + draw(durations())[0]
                day_kinds.append(entry.kind)
            texts.append(text)
        kinds.append(day_kinds)
        if texts:
            entries.append(f"{day.short} " + draw(st.sampled_from([" + ", "+"])).join(texts))
    return draw(st.sampled_from([", ", "; ", "\n"])).join(entries), kinds


# --- the season -----------------------------------------------------------------------

season_start = dt.date(2026, 12, 7)
races = st.builds(
    rs.Race,
    st.integers(0, 300).map(lambda d: season_start + dt.timedelta(days=d)),
    name=st.sampled_from(["5k", "10k", "half", "marathon"]),
    distance_km=st.sampled_from([5.0, 10.0, 21.1, 42.2]),
    priority=st.sampled_from(rs.Priority),
)
race_calendars = st.lists(races, max_size=5, unique_by=lambda r: r.date)
conditions = st.builds(
    lambda kind, start, length, region: rs.Condition(
        kind,
        start,
        start + dt.timedelta(days=length),
        region=region if kind is rs.ConditionKind.INJURY else None,
    ),
    st.sampled_from(rs.ConditionKind),
    st.integers(0, 200).map(lambda d: season_start + dt.timedelta(days=d)),
    st.integers(0, 21),
    st.sampled_from(rs.BodyRegion),
)

# --- plans --------------------------------------------------------------------------

athletes = st.builds(
    lambda level, kit, squat, lb: rs.Athlete(
        level=level,
        equipment=kit,
        unit="lb" if lb else "kg",
        one_rm={
            "back-squat": squat,
            "goblet-squat": squat / 4,
            "hip-thrust": squat * 1.2,
            "romanian-deadlift": squat,
            "dumbbell-romanian-deadlift": squat / 4,
        },
    ),
    levels,
    st.one_of(st.sampled_from(["gym", "home", "bodyweight"]), kits),
    st.floats(20, 250),
    st.booleans(),
)


@st.composite
def plans(draw: st.DrawFn) -> tuple[rs.Plan, tuple[object, ...]]:
    athlete = draw(athletes)
    week = draw(running_weeks)
    races = draw(race_calendars)
    found = draw(st.lists(conditions, max_size=3))
    weeks = draw(st.integers(1, 20))
    start = season_start + dt.timedelta(days=draw(st.integers(0, 6)))
    end = start + dt.timedelta(weeks=weeks)
    args = (athlete, week, races, start, end, found)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", rs.RunstrengthWarning)
            plan = rs.plan_season(athlete, week, races, start=start, end=end, conditions=found)
    except rs.ValidationError as error:
        # Only contradictory or overlapping conditions are refused.
        if error.argument != "conditions":
            raise
        reject()
    return plan, args


# --- training logs ------------------------------------------------------------------


def _day(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date]:
    return st.integers(0, (last - first).days).map(lambda n: first + dt.timedelta(days=n))


def logged_runs(first: dt.date, last: dt.date) -> st.SearchStrategy[rs.LoggedRun]:
    return st.builds(
        rs.LoggedRun,
        _day(first, last),
        minutes=st.none() | st.floats(10, 240),
        distance_km=st.none() | st.floats(1, 45),
        rpe=st.none() | st.floats(0, 10),
    )


def logged_sets(exercises: tuple[str, ...]) -> st.SearchStrategy[rs.LoggedSet]:
    return st.builds(
        rs.LoggedSet,
        st.sampled_from(exercises),
        load=st.sampled_from([0.0, 40.0, 50.0, 60.0, 65.0, 70.0, 72.5, 75.0, 80.0, 95.0]),
        reps=st.integers(0, 12),
        rir=st.none() | rirs,
    )


def logged_strength(
    first: dt.date, last: dt.date, exercises: tuple[str, ...]
) -> st.SearchStrategy[rs.LoggedStrength]:
    return st.builds(
        rs.LoggedStrength,
        _day(first, last),
        minutes=st.none() | st.floats(10, 90),
        rpe=st.none() | st.floats(0, 10),
        sets=st.lists(logged_sets(exercises), max_size=6).map(tuple),
    )


def day_marks(first: dt.date, last: dt.date) -> st.SearchStrategy[rs.DayMark]:
    return st.builds(
        lambda date, status, region: rs.DayMark(
            date, status, note=region.value if status is rs.DayStatus.INJURED else "a cold"
        ),
        _day(first, last),
        st.sampled_from(rs.DayStatus),
        st.sampled_from(rs.BodyRegion),
    )


def training_logs(
    first: dt.date,
    last: dt.date,
    exercises: tuple[str, ...] = ("front-squat", "romanian-deadlift"),
) -> st.SearchStrategy[rs.TrainingLog]:
    """Logs of entries dated from ``first`` to ``last``, sets of ``exercises``."""
    return st.builds(
        rs.TrainingLog,
        runs=st.lists(logged_runs(first, last), max_size=12).map(tuple),
        strength=st.lists(logged_strength(first, last, exercises), max_size=6).map(tuple),
        marks=st.lists(day_marks(first, last), max_size=6).map(tuple),
        since=st.none() | _day(first, last),
    )


# Hostile values for the fuzz tests: the edges that once escaped the error contract.
HOSTILE_EXAMPLES: list[object] = [
    None,
    True,
    0,
    -1,
    0.5,
    -0.0,
    math.nan,
    math.inf,
    -math.inf,
    1e-320,
    1e308,
    2**63,
    10**400,
    -(10**400),
    "",
    " ",
    "\x00\n\x1b[31m",
    "x" * 100_000,
    "mon",
    b"\xff\xfe",
    dt.date.min,
    dt.date.max,
    dt.date(9999, 12, 30),
    dt.datetime(2027, 1, 4, 12, 0),
    dt.datetime.max,
    dt.timedelta(days=1),
    np.array(5.0),
    np.array([]),
    np.array([1, 2], dtype=object),
    np.array([1 + 2j]),
    np.array([[1.0, 2.0]]),
    np.array([True, False]),
    np.array([np.nan, 1.0]),
    np.float64(np.inf),
    np.int64(-5),
    [],
    [None],
    [math.nan],
    (),
    {},
    {"a": 1},
    frozenset(),
    object(),
]
hostile_values: st.SearchStrategy[object] = (
    st.sampled_from(HOSTILE_EXAMPLES) | st.integers() | st.floats()
)
