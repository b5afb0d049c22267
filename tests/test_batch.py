"""Many athletes at once: values pickle, so a process pool plans them in parallel."""

from __future__ import annotations

import datetime as dt
import pickle
import warnings
from concurrent.futures import ProcessPoolExecutor

import pytest
from hypothesis import given

import runstrength as rs
from runstrength.formats import to_json
from tests import strategies as s

WEEK = rs.RunningWeek.parse("mon easy, tue intervals, thu tempo, sun long")
START = dt.date(2026, 12, 7)


def plan_one(level: str) -> str:
    """What a worker does: plan one athlete from a small spec, hand back JSON."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        athlete = rs.Athlete(level=level, one_rm={"back-squat": 100})
        plan = rs.plan_season(athlete, WEEK, start=START, end=START + dt.timedelta(weeks=8))
    return to_json(plan)


@pytest.mark.parametrize(
    "value",
    [
        rs.Athlete(level="advanced", unit="lb", one_rm={"back-squat": 315}, equipment="home"),
        rs.SchedulingPolicy.for_level("beginner"),
        rs.SchedulingPolicy.moderate_days(),
        rs.schedule_week(WEEK, level="intermediate"),
        rs.Catalogue.default(),
    ],
)
def test_values_pickle(value: object) -> None:
    assert pickle.loads(pickle.dumps(value)) == value


@given(s.plans())
def test_plans_pickle(drawn: tuple[rs.Plan, tuple[object, ...]]) -> None:
    plan = drawn[0]
    assert pickle.loads(pickle.dumps(plan)) == plan


def test_frozen_mappings_stay_frozen() -> None:
    athlete = rs.Athlete(level="beginner", one_rm={"goblet-squat": 30})
    with pytest.raises(TypeError, match="read-only"):
        athlete.one_rm["goblet-squat"] = 40  # type: ignore[index]
    with pytest.raises(TypeError, match="read-only"):
        athlete.one_rm.update({"x": 1})  # type: ignore[attr-defined]
    assert hash(athlete.one_rm) == hash(
        rs.Athlete(level="beginner", one_rm={"goblet-squat": 30}).one_rm
    )


def test_a_process_pool_plans_many_athletes() -> None:
    levels = ["beginner", "intermediate", "advanced"]
    with ProcessPoolExecutor(max_workers=2) as pool:
        documents = list(pool.map(plan_one, levels))
    assert documents == [plan_one(level) for level in levels]
