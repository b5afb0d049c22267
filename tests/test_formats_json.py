"""JSON: round trips, strict reading with paths, hostile input, and the shipped schema."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import attrs
import jsonschema
import pytest
from attrs import evolve as attrs_evolve
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.formats import from_json, json_schema, to_json
from runstrength.formats.document import TYPES, VERSION
from tests import strategies as s

WEEK = rs.RunningWeek.parse(
    "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
)
MARATHON = rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
PLAN = rs.plan_season(
    rs.Athlete(level="intermediate", one_rm={"front-squat": 100}, unit="kg"),
    WEEK,
    [MARATHON],
    start=dt.date(2026, 12, 7),
    conditions=[rs.Condition("injury", dt.date(2027, 1, 4), dt.date(2027, 1, 10), region="knee")],
)
TEXT = to_json(PLAN)
SCHEMA = json_schema()


def test_a_plan_round_trips_to_an_equal_plan() -> None:
    again = from_json(TEXT, expect=rs.Plan)
    assert again == PLAN
    assert to_json(again) == TEXT


def test_the_document_has_its_envelope_and_iso_dates() -> None:
    document = json.loads(TEXT)
    assert list(document) == ["format", "version", "type", "data", "exercises"]
    assert (document["format"], document["version"], document["type"]) == (
        "runstrength",
        VERSION,
        "Plan",
    )
    session = document["data"]["weeks"][0]["sessions"][0]
    assert session["date"] == "2026-12-08"
    assert session["kind"] == "heavy"
    # Planned exercises name their exercise; the document lists each one once.
    listed = [entry["key"] for entry in document["exercises"]]
    used = {item.exercise.key for s in PLAN.sessions() for item in s.exercises}
    assert sorted(listed) == sorted(used)
    first = PLAN.weeks[0].sessions[0].exercises[0]
    assert session["exercises"][0]["exercise"] == first.exercise.key
    assert document["data"]["athlete"]["equipment"] == sorted(e.value for e in rs.Equipment.gym())


def _log_values() -> list[object]:
    day = dt.date(2027, 1, 5)
    logged = rs.LoggedSet("front-squat", load=80, reps=5, rir=2)
    strength = rs.LoggedStrength(day, minutes=40, rpe=7, sets=(logged,))
    run = rs.LoggedRun(day, minutes=45, distance_km=8, title="easy", rpe=4)
    mark = rs.DayMark(day, "ill", note="a cold")
    log = rs.TrainingLog(runs=(run,), strength=(strength,), marks=(mark,), since=day)
    return [log, run, strength, logged, mark]


def test_every_value_class_round_trips() -> None:
    week = PLAN.weeks[0]
    session = week.sessions[0]
    values = [
        PLAN.athlete,
        PLAN.athlete.barbell,
        PLAN.athlete.dumbbells,
        PLAN.athlete.kettlebells,
        week,
        week.week,
        week.dose,
        session,
        session.running,
        session.running.runs[0],
        session.exercises[0],
        session.exercises[0].exercise,
        session.exercises[0].prescription,
        session.exercises[0].prescription.warmup[0],
        MARATHON,
        PLAN.conditions[0],
        *_log_values(),
        PLAN.request,
        PLAN.request.running,  # type: ignore[union-attr]
    ]
    assert {type(v).__name__ for v in values} | {"Plan"} == set(TYPES)
    for value in values:
        assert from_json(to_json(value)) == value, type(value).__name__


def test_pounds_and_custom_kit_round_trip() -> None:
    athlete = rs.Athlete(
        level="advanced",
        unit="lb",
        one_rm={"back-squat": 315},
        equipment={rs.Equipment.BARBELL, rs.Equipment.SQUAT_RACK},
        barbell=rs.Barbell(bar=35, plates=(45, 25, 10, 5), pairs=(2, 1, 1, 1), unit="lb"),
        body_mass=150.5,
    )
    assert from_json(to_json(athlete)) == athlete


def test_the_schema_is_shipped_and_validates_documents() -> None:
    shipped = resources.files("runstrength").joinpath("data/runstrength.schema.json")
    # Regenerate after a change: python -c "import json, runstrength.formats as f;
    # print(json.dumps(f.json_schema(), indent=2))" > src/runstrength/data/runstrength.schema.json
    assert json.loads(shipped.read_text("utf-8")) == SCHEMA
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(json.loads(TEXT), SCHEMA)
    jsonschema.validate(json.loads(to_json(MARATHON)), SCHEMA)
    bad = json.loads(TEXT)
    bad["data"]["weeks"][0]["sessions"][0]["kind"] = "nap"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


# One validator for every example: jsonschema.validate would check the schema again each time.
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@given(s.plans())
def test_generated_plans_round_trip(drawn: tuple[rs.Plan, tuple[object, ...]]) -> None:
    plan, _ = drawn
    text = to_json(plan)
    assert from_json(text) == plan
    VALIDATOR.validate(json.loads(text))


# --- bad documents --------------------------------------------------------------------------


def envelope(**changes: Any) -> str:
    document = {
        "format": "runstrength",
        "version": 1,
        "type": "Race",
        "data": {"date": "2027-04-18", "name": "Spring", "distance_km": 42.2, "priority": "A"},
    }
    document.update(changes)
    return json.dumps(document)


def race_data(**changes: Any) -> str:
    data = {"date": "2027-04-18", "name": "Spring", "distance_km": 42.2, "priority": "A"}
    data.update(changes)
    return envelope(data=data)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("", "$"),
        ("{", "$"),
        (TEXT[: len(TEXT) // 2], "$"),
        ("[1, 2]", "$"),
        ('"plan"', "$"),
        ("NaN", "$"),
        ("[" * 100_000 + "]" * 100_000, "$"),
        (envelope(format="other"), "$.format"),
        (envelope(version=3), "$.version"),
        (envelope(version=1, exercises=[]), "$.exercises"),
        (envelope(version=2, exercises={}), "$.exercises"),
        (envelope(version=2, exercises=[{"key": "x"}]), "$.exercises[0].name"),
        (envelope(version=True), "$.version"),
        (envelope(type="os.system"), "$.type"),
        (envelope(type=["Race"]), "$.type"),
        (envelope(extra=1), "$.extra"),
        (json.dumps({"format": "runstrength", "version": 1, "type": "Race"}), "$.data"),
        (envelope(data=[]), "$.data"),
        (race_data(date="2027-02-30"), "$.data.date"),
        (race_data(date="2027-04-18T10:00"), "$.data.date"),
        (race_data(date=20270418), "$.data.date"),
        (race_data(distance_km="42"), "$.data.distance_km"),
        (race_data(distance_km=True), "$.data.distance_km"),
        (race_data(distance_km=-5), "$.data.distance_km"),
        (race_data(distance_km=1e300).replace("1e+300", "1e400"), "$.data.distance_km"),
        (race_data(distance_km=float("inf")), "$.data.distance_km"),
        (race_data(priority="Z"), "$.data.priority"),
        (race_data(priority=None), "$.data.priority"),
        (race_data(name=""), "$.data.name"),
        (race_data(__class__="x"), "$.data.__class__"),
        (
            json.dumps({"format": "runstrength", "version": 1, "type": "Race", "data": {}}),
            "$.data.date",
        ),
    ],
)
def test_bad_documents_name_the_path(text: str, path: str) -> None:
    with pytest.raises(rs.FormatError) as info:
        from_json(text)
    assert info.value.argument == path
    assert isinstance(info.value, ValueError)


def _version_1(document: dict[str, Any]) -> dict[str, Any]:
    """The same plan as version 1 wrote it: every planned exercise's exercise written out."""
    listed = {entry["key"]: entry for entry in document.pop("exercises")}
    for week in document["data"]["weeks"]:
        for session in week["sessions"]:
            for item in session["exercises"]:
                item["exercise"] = listed[item["exercise"]]
    document["version"] = 1
    return document


def test_a_version_1_document_still_reads_to_an_equal_plan() -> None:
    old = json.dumps(_version_1(json.loads(TEXT)))
    assert len(old) > 1.5 * len(TEXT)  # listing exercises once saves most of the text
    assert from_json(old, expect=rs.Plan) == PLAN


def test_a_planned_exercise_must_name_a_listed_exercise() -> None:
    document = json.loads(TEXT)
    document["data"]["weeks"][1]["sessions"][0]["exercises"][0]["exercise"] = "moon-squat"
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(document))
    assert info.value.argument == "$.data.weeks[1].sessions[0].exercises[0].exercise"
    assert info.value.value == "moon-squat"
    assert "exercises list" in info.value.rule
    document = json.loads(TEXT)
    document["exercises"].append(document["exercises"][0])
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(document))
    assert info.value.argument == f"$.exercises[{len(document['exercises']) - 1}].key"
    assert "must not repeat" in info.value.rule


def test_two_exercises_with_one_key_both_round_trip() -> None:
    session = PLAN.weeks[0].sessions[0]
    first = session.exercises[0]
    renamed = attrs_evolve(first.exercise, name=first.exercise.name + " (paused)")
    other = attrs_evolve(first, exercise=renamed)
    changed = attrs_evolve(session, exercises=(*session.exercises, other))
    text = to_json(changed)
    # The first is listed and named by its key; the other, under the same key, is written out.
    document = json.loads(text)
    assert [e["key"] for e in document["exercises"]].count(first.exercise.key) == 1
    assert document["data"]["exercises"][-1]["exercise"]["name"] == renamed.name
    assert from_json(text) == changed


def test_a_deep_field_error_names_its_whole_path() -> None:
    document = json.loads(TEXT)
    document["data"]["weeks"][3]["sessions"][0]["exercises"][1]["prescription"]["sets"] = 0
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(document))
    assert info.value.argument == "$.data.weeks[3].sessions[0].exercises[1].prescription.sets"


def test_expect_checks_the_type_and_bytes_are_read() -> None:
    with pytest.raises(rs.FormatError) as info:
        from_json(to_json(MARATHON), expect=rs.Plan)
    assert info.value.argument == "$.type"
    assert from_json(to_json(MARATHON).encode()) == MARATHON
    with pytest.raises(rs.FormatError):
        from_json(b"\xff\xfe")
    with pytest.raises(rs.ArgumentTypeError):
        from_json(42)  # type: ignore[arg-type]
    with pytest.raises(rs.ArgumentTypeError):
        to_json(rs.Season.build(dt.date(2026, 12, 7), []))


def _mutate(value: Any, path: list[Any], new: Any) -> Any:
    if not path:
        return new
    head, *rest = path
    if isinstance(value, dict) and head in value:
        return {**value, head: _mutate(value[head], rest, new)}
    if isinstance(value, list) and isinstance(head, int) and 0 <= head < len(value):
        copy = list(value)
        copy[head] = _mutate(value[head], rest, new)
        return copy
    return value


def _paths(value: Any, prefix: list[Any]) -> list[list[Any]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found.extend(_paths(v, [*prefix, k]))
    elif isinstance(value, list):
        for i, v in enumerate(value[:2]):
            found.extend(_paths(v, [*prefix, i]))
    return found


SMALL = json.loads(to_json(PLAN.weeks[0]))
SMALL_PATHS = _paths(SMALL, [])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@given(st.sampled_from(SMALL_PATHS), json_values)
def test_mutated_documents_raise_only_format_errors(path: list[Any], new: Any) -> None:
    text = json.dumps(_mutate(SMALL, path, new))
    try:
        value = from_json(text)
    except rs.FormatError:
        return
    assert type(value).__name__ in TYPES


@given(st.text(max_size=200) | st.binary(max_size=200))
def test_fuzzed_text_raises_only_format_errors(text: str | bytes) -> None:
    with pytest.raises(rs.FormatError):
        from_json(text)


def test_shape_errors_deep_in_values_and_defaults_for_missing_optional_fields() -> None:
    dose = json.loads(to_json(PLAN.weeks[0].dose))
    dose["data"]["reps"] = [5]
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(dose))
    assert info.value.argument == "$.data.reps"
    athlete = json.loads(to_json(PLAN.athlete))
    athlete["data"]["one_rm"] = [["front-squat", 100]]
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(athlete))
    assert info.value.argument == "$.data.one_rm"
    # Fields with defaults may be left out, as a person writing JSON by hand would.
    assert from_json(
        '{"format": "runstrength", "version": 1, "type": "Race", "data": {"date": "2027-04-18"}}'
    ) == rs.Race(dt.date(2027, 4, 18))
    with pytest.raises(rs.FormatError) as info:
        from_json(" " * 50_000_001)
    assert "at most" in str(info.value)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ('{"format": "runstrength", "version": ' + "1" * 5000 + "}", "$"),
        (race_data(distance_km=int("1" * 400)), "$.data.distance_km"),
        (
            race_data(distance_km=0).replace('"distance_km": 0', '"distance_km": NaN'),
            "$.data.distance_km",
        ),
        (race_data(date="2027-W01-1"), "$.data.date"),
    ],
)
def test_hostile_numbers_and_dates_name_their_field(text: str, path: str) -> None:
    with pytest.raises(rs.FormatError) as info:
        from_json(text)
    assert info.value.argument == path


def test_whole_floats_read_as_ints_and_sets_refuse_repeats() -> None:
    document = json.loads(to_json(PLAN.weeks[0].sessions[0].exercises[0].prescription))
    document["data"]["sets"] = 3.0
    assert from_json(json.dumps(document)).sets == 3
    athlete = json.loads(to_json(PLAN.athlete))
    athlete["data"]["equipment"] = ["box", "box"]
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(athlete))
    assert info.value.argument == "$.data.equipment"


def test_numpy_numbers_are_written_as_plain_numbers() -> None:
    import numpy as np

    race = rs.Race(dt.date(2027, 4, 18), distance_km=np.float32(42.5))  # type: ignore[arg-type]
    assert json.loads(to_json(race))["data"]["distance_km"] == 42.5


def test_expect_must_be_a_known_class_and_plans_need_weeks() -> None:
    with pytest.raises(rs.ArgumentTypeError):
        from_json(to_json(MARATHON), expect="Race")  # type: ignore[arg-type]
    empty = json.dumps(
        {
            "format": "runstrength",
            "version": 1,
            "type": "Plan",
            "data": {"athlete": {"level": "beginner"}, "weeks": []},
        }
    )
    with pytest.raises(rs.FormatError) as info:
        from_json(empty)
    assert info.value.argument == "$.data.weeks"
    with pytest.raises(rs.ValidationError):
        rs.Plan(PLAN.athlete, ())
    with pytest.raises(rs.ValidationError):
        rs.Plan(PLAN.athlete, (PLAN.weeks[1], PLAN.weeks[0]))


@pytest.mark.parametrize("field", ["per_side", "eccentric"])
def test_a_repeated_exercise_is_read_as_strictly_as_its_first_copy(field: str) -> None:
    # Equal copies are built once; a copy that only Python finds equal (1 == True) is not.
    # Version 1 wrote every planned exercise's exercise out whole.
    document = _version_1(json.loads(TEXT))
    sessions = [s for w in document["data"]["weeks"] for s in w["sessions"]]
    first = sessions[0]["exercises"][0]["exercise"]
    later = next(
        (i, j)
        for i, s in enumerate(sessions[1:], 1)
        for j, e in enumerate(s["exercises"])
        if e["exercise"] == first
    )
    copy = sessions[later[0]]["exercises"][later[1]]["exercise"]
    assert isinstance(first[field], bool)
    copy[field] = int(first[field])  # 1 == True and 0 == False in Python
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(document))
    assert info.value.argument.endswith(f".exercises[{later[1]}].exercise.{field}")
    assert info.value.rule == "must be true or false"


def test_a_repeated_run_is_read_as_strictly_as_its_first_copy() -> None:
    day = rs.RunningDay((rs.Run(rs.RunKind.EASY, distance_km=1.0),))
    calendar = rs.RunningCalendar(dt.date(2026, 12, 7), (day, day))
    document = json.loads(to_json(calendar))
    document["data"]["days"][1]["runs"][0]["distance_km"] = True
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(document))
    assert info.value.argument == "$.data.days[1].runs[0].distance_km"


def test_a_repeated_document_is_reused_only_when_equal_in_every_type() -> None:
    from runstrength.formats.document import _same

    assert _same({"a": [1, {"b": "x"}]}, {"a": [1, {"b": "x"}]})
    assert not _same({"a": [1, {"b": "x"}]}, {"a": [1.0, {"b": "x"}]})  # equal, not the same
    assert not _same({"a": [{"b": 1}]}, {"a": [{"b": True}]})
    assert not _same({"a": 1}, {"a": 1, "b": 2})
    assert not _same({"a": float("nan")}, {"a": float("nan")})


def test_a_bad_number_deep_in_a_repeated_exercise_is_still_refused() -> None:
    import json

    plan = rs.plan_season(
        rs.Athlete(level="intermediate", one_rm={"front-squat": 100.0}),
        rs.RunningWeek.parse("tue intervals, thu tempo, sun long"),
        start=dt.date(2026, 12, 7),
        end=dt.date(2026, 12, 27),
    )
    document = json.loads(to_json(plan))
    sessions = [s for w in document["data"]["weeks"] for s in w["sessions"]]
    last = sessions[-1]["exercises"][0]["prescription"]
    assert last["per_side"] is False
    last["per_side"] = 0  # equal to the earlier copies' false, but not a true-or-false
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(document))
    assert "per_side" in str(info.value)


def test_reuse_compares_types_key_by_key_whatever_the_order() -> None:
    from runstrength.formats.document import _same

    assert _same({"a": 1, "b": True}, {"b": True, "a": 1})
    assert not _same({"a": 1, "b": True}, {"b": 1, "a": True})  # equal, types swapped


# --- hostile version 2 documents ------------------------------------------------------------


@attrs.frozen
class _Raw:
    """JSON text written into a document as it is: tokens and numbers json.dumps never writes."""

    text: str


@attrs.frozen
class _Repeated:
    """An object written with one of its keys twice: ``first`` then the object's own value."""

    node: dict[str, Any]
    key: str
    first: Any


def _render(value: Any) -> str:
    """The document as JSON text, with its raw parts and repeated keys written out."""
    raws: list[str] = []

    def mark(part: Any) -> str:
        if isinstance(part, _Repeated):
            pairs = [(part.key, part.first), *part.node.items()]
            raws.append("{" + ", ".join(f"{json.dumps(k)}: {_render(v)}" for k, v in pairs) + "}")
        else:
            raws.append(part.text)
        return f"\x00raw{len(raws) - 1}\x00"

    text = json.dumps(value, default=mark)
    for index, raw in enumerate(raws):
        text = text.replace(json.dumps(f"\x00raw{index}\x00"), raw, 1)
    return text


def _edit(value: Any, path: list[Any], change: Any) -> Any:
    """``value`` with ``change`` applied to the node at ``path`` (unchanged if it has none)."""
    if not path:
        return change(value)
    head, *rest = path
    if isinstance(value, dict) and head in value:
        return {**value, head: _edit(value[head], rest, change)}
    if isinstance(value, list) and isinstance(head, int) and 0 <= head < len(value):
        return [*value[:head], _edit(value[head], rest, change), *value[head + 1 :]]
    return value


def _without(node: Any, step: Any) -> Any:
    if isinstance(node, dict):
        return {k: v for k, v in node.items() if k != step}
    if isinstance(node, list) and isinstance(step, int):
        return [item for index, item in enumerate(node) if index != step]
    return node


def _all_paths(value: Any, prefix: list[Any]) -> list[list[Any]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found.extend(_all_paths(v, [*prefix, k]))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found.extend(_all_paths(v, [*prefix, i]))
    return found


V2 = json.loads(TEXT)
V2_PATHS = _all_paths(V2, [])
LISTED_PATHS = [p for p in V2_PATHS if p[:1] == ["exercises"]]
REFERENCES = [p for p in V2_PATHS if p[-1:] == ["exercise"] and p[:1] == ["data"]]
LISTED_KEYS = [entry["key"] for entry in V2["exercises"]]
NESTED: Any = "x"
for _ in range(500):
    NESTED = [NESTED]
HOSTILE: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    2,
    -1,
    0.5,
    1e308,
    -1e308,
    "",
    "x",
    " ",
    "2027-02-30",
    "9999-12-31",
    "x" * 100_000,
    [],
    {},
    [None],
    {"key": "x"},
    NESTED,
    _Raw("1" * 400),
    _Raw("-" + "1" * 400),
    _Raw("1e400"),
    _Raw("-1e400"),
    _Raw("NaN"),
    _Raw("Infinity"),
    _Raw("-Infinity"),
]
hostile_values = st.sampled_from(HOSTILE) | st.sampled_from(LISTED_KEYS)
any_path = st.sampled_from(V2_PATHS) | st.sampled_from(LISTED_PATHS) | st.sampled_from(REFERENCES)


@st.composite
def _mutations(draw: st.DrawFn) -> Callable[[Any], Any]:
    """One hostile change to a version 2 document."""
    kind = draw(st.sampled_from(["replace", "delete", "repeat-key", "listed", "inline"]))
    if kind == "replace":
        path, new = draw(any_path), draw(hostile_values)
        return lambda document: _edit(document, path, lambda _: new)
    if kind == "delete":  # a missing field, a dropped week, an unlisted exercise
        path = draw(any_path.filter(bool))
        return lambda document: _edit(document, path[:-1], lambda n: _without(n, path[-1]))
    if kind == "repeat-key":  # JSON readers keep the last copy of a repeated key
        path, new, last = draw(any_path), draw(hostile_values), draw(st.booleans())
        which = draw(st.integers(0, 20))

        def repeat(node: Any) -> Any:
            if not isinstance(node, dict) or not node:
                return node
            key = sorted(node)[which % len(node)]
            if last:  # the hostile value is the one read
                return _Repeated({**node, key: new}, key, node[key])
            return _Repeated(node, key, new)

        return lambda document: _edit(document, path, repeat)
    index = draw(st.integers(0, len(LISTED_KEYS) - 1))
    entry = dict(V2["exercises"][index])
    entry["key"] = draw(st.sampled_from([entry["key"], *LISTED_KEYS]))  # may collide
    if draw(st.booleans()):
        entry["name"] = entry["name"] + " (paused)"
    if kind == "listed":  # an extra entry in the exercises list, its key maybe taken
        return lambda document: _edit(document, ["exercises"], lambda n: [*n, entry])
    # A planned exercise with its exercise written out, its key maybe another's.
    path = draw(st.sampled_from(REFERENCES))
    return lambda document: _edit(document, path, lambda _: entry)


@given(st.lists(_mutations(), min_size=1, max_size=3))
def test_hostile_version_2_documents_raise_only_format_errors(
    changes: list[Callable[[Any], Any]],
) -> None:
    document = V2
    for change in changes:
        document = change(document)
    try:
        plan = from_json(_render(document))
    except rs.FormatError as error:  # anything else escaping fails the test
        path = error.argument
    else:  # a document read is a plan that round trips
        assert isinstance(plan, rs.Plan)
        assert from_json(to_json(plan)) == plan
        return
    assert path.startswith("$")


def test_many_distinct_copies_are_each_compared_with_a_bounded_few() -> None:
    # Runs that differ only in their distance were each compared with every run read
    # before them: a running calendar of 16,000 such days took 34 s to read.
    from runstrength.formats import document

    compared = 0

    class Counted(dict[str, Any]):
        def __eq__(self, other: object) -> bool:
            nonlocal compared
            compared += 1
            return dict.__eq__(self, other)

        __hash__ = None  # type: ignore[assignment]

    token = document._BUILT.set({})
    try:
        runs = [
            document._build_once(rs.Run, Counted(kind="easy", distance_km=1 + i / 100))
            for i in range(1000)
        ]
    finally:
        document._BUILT.reset(token)
    assert len(set(runs)) == 1000
    assert compared <= 1000 * document._MAX_COPIES  # every copy kept: about 500,000


def test_a_long_list_of_distinct_notes_is_read_in_linear_time() -> None:
    # Repeats were found by comparing each note with every one before it: 40,000 took 9 s.
    from runstrength import _validate as v

    compared = 0

    class Note(str):
        __slots__ = ()

        def __eq__(self, other: object) -> bool:
            nonlocal compared
            compared += 1
            return str.__eq__(self, other)

        __hash__ = str.__hash__

    v.check_unique("notes", [Note(f"note {i}") for i in range(4_000)])
    assert compared < 100  # each with every one before it: about 8,000,000
    item = json.loads(to_json(PLAN.weeks[0].sessions[0].exercises[0]))
    item["data"]["notes"] = [f"note {i}" for i in range(40_000)]
    assert len(from_json(json.dumps(item)).notes) == 40_000
    item["data"]["notes"][-1] = "note 0"
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(item))
    assert info.value.argument == "$.data.notes"
    # Items that cannot be hashed are still compared, with each other and the rest.
    for items in ([[1], [2], [1]], [{"a": 1}, v.FrozenDict({"a": 1})]):
        with pytest.raises(rs.ValidationError):
            v.check_unique("items", items)
    v.check_unique("items", [[1], (1,), {"a": 1}, v.FrozenDict({"a": 2})])


def test_a_version_1_document_writes_its_exercises_out() -> None:
    # Version 1 had no list of exercises: a key where an exercise belongs is refused
    # as version 1 always refused it.
    document = json.loads(TEXT)
    document.pop("exercises")
    document["version"] = 1
    with pytest.raises(rs.FormatError) as info:
        from_json(json.dumps(document))
    assert info.value.argument == "$.data.weeks[0].sessions[0].exercises[0].exercise"
    assert info.value.rule == "must be an object (Exercise)"
