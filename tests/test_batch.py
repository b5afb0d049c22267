"""Many athletes at once: small JSON specs in, JSON plans out, on a process pool or Dask.

The worker is the one in docs/how-to/many-athletes.md: it reads an athlete spec (the
athlete and races as runstrength JSON, the week as text, the dates) and hands back the
plan's JSON. Parallel results must equal planning one after another.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import threading
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

import runstrength as rs
from runstrength.formats import from_json, to_json

START = dt.date(2026, 12, 7)
WORDS = ["rest", "easy", "easy", "moderate", "intervals", "tempo", "long", "easy + strides"]
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"


def plan_from_spec(spec: str) -> str:
    """What a worker does: plan one athlete from a small JSON spec, hand back the plan's JSON."""
    fields = json.loads(spec)
    athlete = from_json(json.dumps(fields["athlete"]), expect=rs.Athlete)
    races = [from_json(json.dumps(race), expect=rs.Race) for race in fields["races"]]
    with warnings.catch_warnings():
        # The plan keeps every compromise in its notes; workers need not print them.
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        plan = rs.plan_season(
            athlete,
            rs.RunningWeek.parse(fields["week"]),
            races,
            start=dt.date.fromisoformat(fields["start"]),
            end=dt.date.fromisoformat(fields["end"]),
        )
    return to_json(plan)


def athlete_specs(count: int, *, seed: int = 2026) -> list[str]:
    """``count`` varied athletes' specs: levels, units, kits, 1RMs, weeks, races, lengths."""
    rng = random.Random(seed)  # test data only: the library takes no randomness
    specs = []
    for _ in range(count):
        unit = rng.choice(["kg", "lb"])
        squat = round(rng.uniform(40, 160) * (2.2 if unit == "lb" else 1), 1)
        athlete = rs.Athlete(
            level=rng.choice(list(rs.Level)),
            unit=unit,
            equipment=rng.choice(["gym", "home", "bodyweight"]),
            one_rm={"back-squat": squat, "goblet-squat": round(squat / 4, 1)},
        )
        days = ", ".join(f"{day.short} {rng.choice(WORDS)}" for day in rs.Weekday)
        weeks = rng.randint(6, 16)
        race_day = START + dt.timedelta(days=rng.randint(30, 7 * weeks - 1))
        races = [
            rs.Race(race_day, name="goal race", distance_km=rng.choice([5.0, 10.0, 21.1, 42.2]))
        ][: rng.randint(0, 1)]
        spec = {
            "athlete": json.loads(to_json(athlete)),
            "week": days,
            "races": [json.loads(to_json(race)) for race in races],
            "start": START.isoformat(),
            "end": (START + dt.timedelta(weeks=weeks, days=-1)).isoformat(),
        }
        specs.append(json.dumps(spec))
    return specs


def test_a_spec_is_small_and_its_plan_reads_back() -> None:
    spec = athlete_specs(1)[0]
    assert len(spec) < 2000
    plan = from_json(plan_from_spec(spec), expect=rs.Plan)
    assert plan.athlete == from_json(json.dumps(json.loads(spec)["athlete"]))


def test_a_process_pool_plans_many_athletes() -> None:
    specs = athlete_specs(6)
    with ProcessPoolExecutor(max_workers=2) as pool:
        documents = list(pool.map(plan_from_spec, specs))
    assert documents == [plan_from_spec(spec) for spec in specs]


# --- Dask ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    """A two-worker local cluster (one process and one thread each), closed afterwards."""
    distributed = pytest.importorskip("distributed")
    before = set(threading.enumerate())
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client
    # Dask keeps one process-wide thread for its own offloading; nothing else may stay.
    deadline = time.monotonic() + 5
    left = set(threading.enumerate()) - before
    while time.monotonic() < deadline:
        left = {t for t in set(threading.enumerate()) - before if t.is_alive()}
        if all(t.name.startswith("Dask-Offload") for t in left):
            break
        time.sleep(0.05)
    assert all(t.name.startswith("Dask-Offload") for t in left), left


def _plan_on_dask(client: Any, specs: list[str]) -> list[str]:
    import dask.bag as db

    # The client is Dask's default scheduler while it is open.
    bag = db.from_sequence(specs, npartitions=4).map(plan_from_spec)
    documents: list[str] = bag.compute()
    assert client.gather(client.map(plan_from_spec, specs[:4])) == documents[:4]
    return documents


def test_dask_plans_a_few_dozen_athletes_on_a_local_cluster(dask_client: Any) -> None:
    specs = athlete_specs(30)
    assert _plan_on_dask(dask_client, specs) == [plan_from_spec(spec) for spec in specs]


@pytest.mark.skipif(not THOROUGH, reason="a few hundred athletes: HYPOTHESIS_PROFILE=thorough")
def test_dask_plans_a_few_hundred_athletes(dask_client: Any) -> None:
    specs = athlete_specs(300, seed=7)
    assert _plan_on_dask(dask_client, specs) == [plan_from_spec(spec) for spec in specs]
