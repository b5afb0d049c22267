"""The error contract, fuzzed from the public names.

Every name in the ``__all__`` of every public module (the command line aside: its
own tests cover it) is called with hostile arguments: wrong types, None, NaN, ±inf,
huge integers, 0-d, empty, object, complex, bool and 2-D numpy arrays, date limits,
giant strings, control characters and mutated JSON documents, mixed with good
values so that calls get past their first check. A new public function or method
is fuzzed without editing this file.

A call may return or raise a `RunstrengthError`; anything else escaping is a
failure, and so is a call that runs past its time limit. A call that returns has
its result checked: no NaN, infinite or negative load or 1RM anywhere in it.

Budget: 12 examples per callable in the default profile (a few seconds in all);
``HYPOTHESIS_PROFILE=thorough`` runs 1,000 per callable (over 200,000 calls), and
``FUZZ_EXAMPLES=N`` sets any other number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import importlib
import inspect
import json
import math
import os
import pkgutil
import signal
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
import runstrength.formats
import runstrength.formats.csv
import runstrength.formats.ical
import runstrength.sources
import runstrength.templates
import runstrength.training_load
from tests import strategies as s

THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1000" if THOROUGH else "12"))
TIME_LIMIT = 10.0  # seconds for one call: far above any bounded call's worst case
SKIPPED_MODULES = {"runstrength.cli"}  # argv lists: tests/test_cli.py


def public_modules() -> list[str]:
    names = ["runstrength", "runstrength.formats"]
    for package in (rs, runstrength.formats):
        prefix = package.__name__ + "."
        for info in pkgutil.iter_modules(package.__path__):
            name = prefix + info.name
            if not info.name.startswith("_") and name not in SKIPPED_MODULES:
                names.append(name)
    return sorted(set(names))


def _is_error_class(obj: object) -> bool:
    return inspect.isclass(obj) and issubclass(obj, BaseException | Warning)


def public_callables() -> list[tuple[str, Any, str | None]]:
    """(name, callable or class, method name for an instance method) of each public name."""
    found: dict[str, tuple[str, Any, str | None]] = {}
    seen: set[int] = set()
    for module_name in public_modules():
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if id(obj) in seen or _is_error_class(obj):
                continue
            seen.add(id(obj))
            if inspect.isfunction(obj):
                label = f"{obj.__module__}.{obj.__qualname__}"
                found[label] = (label, obj, None)
            elif inspect.isclass(obj):
                label = f"{obj.__module__}.{obj.__qualname__}"
                found[label] = (label, obj, None)
                for attr, raw in vars(obj).items():
                    if attr.startswith("_") or "mutmut" in attr:  # mutation testing's own
                        continue
                    if isinstance(raw, classmethod | staticmethod):
                        found[f"{label}.{attr}"] = (f"{label}.{attr}", getattr(obj, attr), None)
                    elif inspect.isfunction(raw):
                        found[f"{label}.{attr}"] = (f"{label}.{attr}", obj, attr)
    return sorted(found.values(), key=lambda item: item[0])


# --- good values, harvested from real results -------------------------------------------

MONDAY = dt.date(2027, 1, 4)
RACE = rs.Race.of(dt.date(2027, 4, 18), "marathon", name="Spring marathon")
C_RACE = rs.Race.of(dt.date(2027, 3, 6), "10k", priority="C")
WEEK_TEXT = "Mon rest; Tue intervals 50 min; Wed easy 40 min; Thu tempo 45 min; Sat long 100 min"


def _roots() -> list[object]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        athlete = rs.Athlete(
            level="intermediate",
            equipment=rs.Equipment.gym(),
            one_rm={"back-squat": 100, "romanian-deadlift": 90},
        )
        week = rs.RunningWeek.parse(WEEK_TEXT)
        injury = rs.Condition(
            kind="injury",
            start=dt.date(2027, 2, 1),
            end=dt.date(2027, 2, 14),
            region="knee",
        )
        plan = rs.plan_season(
            athlete,
            week,
            [RACE, C_RACE],
            start=MONDAY,
            end=dt.date(2027, 5, 31),
            conditions=[injury],
        )
        calendar = rs.RunningCalendar.from_week(week, MONDAY, dt.date(2027, 2, 28))
        log = rs.TrainingLog(
            runs=(rs.LoggedRun(date=MONDAY, minutes=40, rpe=3, title="easy"),),
            strength=(
                rs.LoggedStrength(
                    date=dt.date(2027, 1, 5),
                    minutes=45,
                    rpe=6,
                    sets=(rs.LoggedSet(exercise="back-squat", load=80, reps=5, rir=2),),
                ),
            ),
            marks=(rs.DayMark(date=dt.date(2027, 1, 7), status="ill", note="a cold"),),
        )
        sets = [rs.SetLog(load=80, reps=5, rir=3), rs.SetLog(load=80, reps=5, rir=2)]
        imported = rs.formats.csv.read_running(
            "date,description\n2027-01-05,Intervals 50 min\n2027-01-09,Long run 100 min\n"
        )
        return [
            athlete,
            week,
            rs.Season.build(MONDAY, [RACE, C_RACE]),
            rs.running.read_entry("Intervals", "6 x 800 m", minutes=50),
            plan,
            calendar,
            log,
            imported,
            rs.schedule_week(week, level="advanced", sessions=3),
            rs.schedule_calendar(calendar, level="beginner"),
            rs.Catalogue.default(),
            rs.RunningWords.default(),
            rs.Barbell(),
            rs.Barbell.pounds(),
            rs.DumbbellSet(),
            rs.KettlebellSet(),
            rs.Bodyweight(),
            rs.prescribe(100, 5, equipment=rs.Barbell()),
            rs.SetBatch(np.array([3, 5, 8]), rir=np.array([0, 2, 4])),
            rs.next_load([sets], target_reps=5),
            rs.double_progression(sets, low=5, high=8),
            rs.session_hardness(plan.weeks[0].sessions[0].exercises),
            rs.heavy_running_week(60, [40, 42, 41]),
            rs.running_volume(calendar),
            rs.training_load.weekly_summary(np.arange(28.0)),
            rs.training_load.fitness_fatigue(np.arange(28.0)),
            rs.SchedulingPolicy.for_level("beginner"),
            rs.SchedulingPolicy.moderate_days(),
            rs.sources.SOURCES,
            rs.templates.SessionTemplate,
            sets,
        ]


def _harvest(roots: list[object]) -> dict[type, list[object]]:
    """Instances of every type reachable from ``roots``, a few of each."""
    by_type: dict[type, list[object]] = {}
    stack: list[tuple[object, int]] = [(root, 0) for root in roots]
    seen: set[int] = set()
    while stack:
        value, depth = stack.pop()
        if id(value) in seen or depth > 8:
            continue
        seen.add(id(value))
        kind = type(value)
        if kind.__module__.startswith("runstrength") and not isinstance(value, type):
            bucket = by_type.setdefault(kind, [])
            if len(bucket) < 3:
                bucket.append(value)
        if attrs.has(kind):
            children: Any = [getattr(value, f.name) for f in attrs.fields(kind)]
        elif isinstance(value, dict):
            children = list(value.keys()) + list(value.values())
        elif isinstance(value, tuple | list | frozenset | set):
            children = list(value)[:40]
        else:
            children = []
        stack.extend((child, depth + 1) for child in children)
    return by_type


INSTANCES = _harvest(_roots())
PLAN = next(iter(INSTANCES[rs.Plan]))
PLAN_JSON = rs.formats.to_json(PLAN)

HOSTILE: list[object] = [
    *s.HOSTILE_EXAMPLES,
    lambda *args, **kwargs: None,
    rs.Level.ADVANCED,
    rs.Weekday.SUNDAY,
]

GOOD: list[object] = [
    1,
    2,
    3,
    5,
    8,
    12,
    100,
    2.5,
    72.5,
    "back-squat",
    "beginner",
    "kg",
    "lb",
    "tue",
    "10k",
    "half marathon",
    "A",
    "knee",
    "easy 40 min",
    WEEK_TEXT,
    PLAN_JSON,
    MONDAY,
    dt.date(2027, 2, 1),
    dt.datetime(2027, 1, 4, 12, 0, tzinfo=dt.UTC),
    [MONDAY, dt.date(2027, 1, 6)],
    [RACE],
    ["mon", "fri"],
    np.array([30.0, 45.0, 0.0, 60.0]),
    np.array([5, 3, 8]),
]
GOOD += [values[0] for values in INSTANCES.values()]

# Good values by parameter name, so that calls get past their first check.
BY_NAME: dict[str, list[object]] = {
    "text": [WEEK_TEXT, PLAN_JSON, "date,description\n2027-01-05,Easy 40 min\n"],
    "data": [rs.formats.ical.to_ics(PLAN), b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"],
    "start": [MONDAY],
    "end": [dt.date(2027, 3, 1)],
    "date": [MONDAY, dt.date(2027, 4, 18)],
    "today": [dt.date(2027, 2, 1)],
    "reps": [5, np.array([3, 5, 8]), rs.SetBatch([3, 5, 8], rir=2)],
    "rir": [2, np.array([0, 2, 4])],
    "one_rm": [100.0, np.array([80.0, 120.0])],
    "weight": [80.0, np.array([60.0, 100.0])],
    "level": ["intermediate", rs.Level.BEGINNER],
    "daily": [np.arange(60.0) % 7 * 10],
    "created": [dt.datetime(2027, 1, 1, tzinfo=dt.UTC)],
    "dtstamp": [dt.datetime(2027, 1, 1, tzinfo=dt.UTC)],
    "indent": [2, None],
    "width": [60],
    "races": [[RACE]],
}

JSON_MUTATIONS = [1e-320, -1, 1e400, None, "", [], {}, 2**70, "nan", True]


@st.composite
def mutated_json(draw: st.DrawFn) -> str:
    """The plan's JSON with one number, string or list replaced by a hostile value."""
    document = json.loads(PLAN_JSON)
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            paths.append((node, key))
            if isinstance(child, dict | list) and len(paths) < 4000:
                walk(child)

    walk(document)
    for _ in range(draw(st.integers(1, 3))):
        node, key = draw(st.sampled_from(paths))
        node[key] = draw(st.sampled_from(JSON_MUTATIONS))
    return json.dumps(document).replace("1e+400", "1e400")


def argument_values(name: str) -> st.SearchStrategy[object]:
    pool = HOSTILE + GOOD + BY_NAME.get(name, []) * 4
    strategy: st.SearchStrategy[object] = st.sampled_from(pool)
    strategy |= st.floats(allow_nan=True, allow_infinity=True) | st.integers()
    if name in {"text", "value"}:
        strategy |= mutated_json() | st.text(max_size=50)
    return strategy


def instance_of(cls: type) -> object:
    for kind, values in INSTANCES.items():
        if issubclass(kind, cls):
            return values[0]
    pytest.fail(f"no instance of {cls.__qualname__} to fuzz its methods: add a root above")


# --- the checks ---------------------------------------------------------------------------


class CallTimeoutError(Exception):
    """A call ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def stop(_signum: int, _frame: object) -> None:
        raise CallTimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


LOAD_WORDS = ("load", "one_rm", "e1rm", "weight", "plates")
NOT_LOADS = ("bodyweight", "deload")


def _numbers(value: object) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float | np.integer | np.floating):
        try:
            return [float(value)]
        except OverflowError:
            return [math.inf]
    if isinstance(value, np.ndarray) and value.dtype.kind in "iuf":
        return [float(x) for x in value.ravel()]
    if isinstance(value, tuple | list):
        return [x for item in value for x in _numbers(item)]
    return []


def check_result(label: str, result: object) -> None:
    """No NaN, infinite or negative load anywhere in ``result``."""
    if type(result).__module__.startswith("matplotlib"):
        import matplotlib.pyplot as plt

        plt.close("all")
        return
    leaf = label.rsplit(".", 1)[-1]
    if any(word in leaf for word in LOAD_WORDS) and leaf not in {"daily_load"}:
        for number in _numbers(result):
            assert math.isfinite(number), (label, result)
            assert number >= 0, (label, result)
    stack: list[tuple[object, str, int]] = [(result, label, 0)]
    seen: set[int] = set()
    while stack:
        value, where, depth = stack.pop()
        if id(value) in seen or depth > 10:
            continue
        seen.add(id(value))
        if attrs.has(type(value)):
            for field in attrs.fields(type(value)):
                child = getattr(value, field.name)
                if any(word in field.name for word in LOAD_WORDS) and not any(
                    word in field.name for word in NOT_LOADS
                ):
                    for number in _numbers(child):
                        assert math.isfinite(number), (where, field.name, child)
                        assert number >= 0, (where, field.name, child)
                stack.append((child, f"{where}.{field.name}", depth + 1))
        elif isinstance(value, tuple | list):
            stack.extend((item, f"{where}[]", depth + 1) for item in list(value)[:200])
        elif isinstance(value, dict):
            stack.extend((item, f"{where}{{}}", depth + 1) for item in list(value.values())[:200])


def call_checked(
    label: str, target: Callable[..., object], args: list[object], kwargs: dict[str, object]
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        try:
            with time_limit(TIME_LIMIT):
                result = target(*args, **kwargs)
        except rs.RunstrengthError as error:
            refused: rs.RunstrengthError | None = error
        else:
            refused = None
    if refused is None:
        check_result(label, result)
    else:  # the message names the argument and says what to do
        assert isinstance(refused.argument, str), label
        assert str(refused).startswith(repr(refused.argument)), label
        assert refused.fix, label


TARGETS = public_callables()


def test_every_public_name_is_fuzzed() -> None:
    labels = [label for label, _, _ in TARGETS]
    assert "runstrength.planner.plan_season" in labels
    assert "runstrength.formats.document.from_json" in labels
    assert len(labels) > 150
    for _label, cls, method in TARGETS:
        if method is not None:
            instance_of(cls)  # every class with methods has an instance to call them on


@pytest.mark.parametrize(("label", "obj", "method"), TARGETS, ids=[t[0] for t in TARGETS])
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data())
def test_fuzzed_public_callable(
    label: str, obj: Any, method: str | None, data: st.DataObject
) -> None:
    target = getattr(instance_of(obj), method) if method is not None else obj
    if inspect.isclass(target) and issubclass(target, enum.Enum):  # a lookup by value
        signature = inspect.Signature(
            [inspect.Parameter("value", inspect.Parameter.POSITIONAL_ONLY)]
        )
    else:
        signature = inspect.signature(target)
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for parameter in signature.parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            continue
        if parameter.default is not parameter.empty and data.draw(st.booleans()):
            continue
        if parameter.kind is parameter.VAR_POSITIONAL:
            args.extend(data.draw(st.lists(argument_values(parameter.name), max_size=3)))
            continue
        value = data.draw(argument_values(parameter.name), label=parameter.name)
        if parameter.kind is parameter.POSITIONAL_ONLY:
            args.append(value)
        else:
            kwargs[parameter.name] = value
    call_checked(label, target, args, kwargs)
