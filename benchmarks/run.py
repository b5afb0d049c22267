"""Run every benchmark and print its speed against a baseline measured in the same run.

Usage: ``python benchmarks/run.py [NAME ...] [--repeat N]``

Each benchmark pairs the library call with the simplest code that does the same
job (a baseline). Both are timed in this process, so the printed ratio
(library / baseline) is comparable between machines, unlike raw seconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from collections.abc import Callable
from dataclasses import dataclass

import runstrength as rs
from runstrength.load import MAX_REPS_TO_FAILURE


@dataclass(frozen=True)
class Benchmark:
    name: str
    subject: Callable[[], object]
    baseline: Callable[[], object]
    target: float  # the ratio the library should stay under
    note: str
    limit: float | None = None  # seconds the library's median should stay under
    athletes: int | None = None  # planned per call: then athletes/s/core are printed too
    cores: int = 1  # the library's cores (the baseline uses one)


def _timings(func: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best and median seconds per call over ``repeat`` timed runs."""
    timer = timeit.Timer(func)
    number, _ = timer.autorange()
    runs = [t / number for t in timer.repeat(repeat=repeat, number=number)]
    # The best is the steadiest basis for a ratio: noise only ever adds time.
    return min(runs), statistics.median(runs)


def _catalogue_benchmarks() -> list[Benchmark]:
    cat = rs.Catalogue.default()
    home = rs.Equipment.home()
    rows = [(ex.key, ex.category, ex.equipment) for ex in cat]

    def bare_filter() -> object:
        return [
            key
            for key, category, options in rows
            if category is rs.Category.UNILATERAL and any(opt <= home for opt in options)
        ]

    def bare_lookup() -> object:
        return {ex.key: ex for ex in cat.exercises}["bulgarian-split-squat"]

    return [
        Benchmark(
            "catalogue.filter(category, equipment)",
            lambda: cat.filter(category=rs.Category.UNILATERAL, equipment=home),
            bare_filter,
            target=10.0,
            note="validated keyword filter vs a bare list comprehension",
        ),
        Benchmark(
            "catalogue[key]",
            lambda: cat["bulgarian-split-squat"],
            lambda: cat.exercises[17],
            target=10.0,
            note="keyed lookup vs tuple indexing",
        ),
        Benchmark(
            "catalogue.substitutes(key, equipment)",
            lambda: cat.substitutes("back-squat", equipment=home),
            bare_filter,
            target=10.0,
            note="ranked, equipment-aware substitutes vs a bare filter",
        ),
        Benchmark(
            "Catalogue.default() (cached)",
            rs.Catalogue.default,
            lambda: cat,
            target=20.0,
            note="the cached built-in catalogue vs a local name",
        ),
    ]


def _load_benchmarks() -> list[Benchmark]:
    import numpy as np

    n = 1_000_000
    rng = np.random.default_rng(2026)  # benchmark data only; the library takes no randomness
    weights = rng.uniform(20, 200, n).round(1)
    reps = rng.integers(1, 13, n).astype(np.float64)
    rir = rng.integers(0, 5, n).astype(np.float64)
    one_rm = rs.estimate_one_rm(weights, reps, rir=rir)
    bar = rs.Barbell()
    targets = rs.load_for(one_rm, reps, rir=rir)
    # The default model's curve at whole reps to failure, for its bare interpolation.
    knots = np.arange(1.0, MAX_REPS_TO_FAILURE + 1)
    curve = rs.percent_one_rm(knots)

    return [
        Benchmark(
            "estimate_one_rm, 1,000,000 sets",
            lambda: rs.estimate_one_rm(weights, reps, rir=rir),
            lambda: weights * 100 / np.interp(reps + rir, knots, curve),
            target=3.0,
            note="validated default (RTS_NSCA) e1RM vs the bare numpy interpolation",
        ),
        Benchmark(
            "load_for, 1,000,000 sets",
            lambda: rs.load_for(one_rm, reps, rir=rir),
            lambda: one_rm * np.interp(reps + rir, knots, curve) / 100,
            target=3.0,
            note="validated default load from 1RM, reps and RIR vs the bare interpolation",
        ),
        Benchmark(
            "estimate_one_rm (Brzycki), 1,000,000 sets",
            lambda: rs.estimate_one_rm(weights, reps, rir=rir, formula="brzycki"),
            lambda: weights * 36 / (37 - (reps + rir)),
            target=3.0,
            note="validated Brzycki e1RM vs the bare numpy expression",
        ),
        Benchmark(
            "load_for (Brzycki), 1,000,000 sets",
            lambda: rs.load_for(one_rm, reps, rir=rir, formula="brzycki"),
            lambda: one_rm * (37 - (reps + rir)) / 36,
            target=3.0,
            note="validated Brzycki load from 1RM, reps and RIR vs the bare numpy expression",
        ),
        Benchmark(
            "Barbell.round, 1,000,000 loads",
            lambda: bar.round(targets),
            lambda: np.round(targets / 2.5) * 2.5,
            target=10.0,
            note="plate-aware rounding (nearest, at most one step over) vs rounding to 2.5 kg",
        ),
    ]


def _scheduling_benchmarks() -> list[Benchmark]:
    import datetime as dt
    import itertools

    week = rs.RunningWeek.parse(
        "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
    )
    start = dt.date(2026, 12, 7)
    calendar = rs.RunningCalendar.from_week(week, start, start + dt.timedelta(days=52 * 7 - 1))
    days = list(range(7))
    gap = 2

    def bare_week() -> object:
        # The naive search: every pair of days, spaced and away from the eve of key days.
        eve = {0, 2, 5, 6}
        return [
            pair
            for pair in itertools.combinations(days, 2)
            if not (set(pair) & eve) and pair[1] - pair[0] >= gap
        ]

    return [
        Benchmark(
            "schedule_week, one week (2 sessions)",
            lambda: rs.schedule_week(week, level="intermediate", sessions=2),
            bare_week,
            target=100.0,
            note="every rule checked and explained vs a hard-coded pair filter",
        ),
        Benchmark(
            "schedule_calendar, 52 weeks (2 a week)",
            lambda: rs.schedule_calendar(calendar, level="intermediate", sessions=2),
            lambda: [bare_week() for _ in range(52)],
            target=100.0,
            note="dated rules across week boundaries vs 52 hard-coded pair filters",
        ),
    ]


def _season_benchmarks() -> list[Benchmark]:
    import datetime as dt

    start = dt.date(2026, 12, 7)
    races = [
        rs.Race(dt.date(2027, 3, 14), name="spring 10k", distance_km=10),
        rs.Race(dt.date(2027, 6, 20), name="summer half", distance_km=21.1),
        rs.Race(dt.date(2027, 10, 10), name="autumn marathon", distance_km=42.2),
    ]
    end = start + dt.timedelta(weeks=52, days=-1)

    def bare() -> object:
        # The naive layout: a Monday and a label per week, nothing checked.
        return [(start + dt.timedelta(weeks=i), "base") for i in range(52)]

    return [
        Benchmark(
            "Season.build, 52 weeks, three A races",
            lambda: rs.Season.build(start, races, end=end),
            bare,
            target=20.0,
            note="validated phases, deloads and reasons vs a list of (Monday, label)",
        ),
        Benchmark(
            "Season.doses, 52 weeks",
            lambda: rs.Season.build(start, races, end=end).doses("intermediate"),
            bare,
            target=40.0,
            note="every week's dose with deloads and B races vs the same naive list",
        ),
    ]


def _streprogen_8_weeks() -> Callable[[], object] | None:
    """Render an 8-week, 3-day streprogen program (None when streprogen is missing)."""
    try:
        import streprogen  # type: ignore[import-not-found]
    except ImportError:
        return None

    def render() -> object:
        program = streprogen.Program("8 weeks", duration=8, units="kg", round_to=2.5)
        with program.Day("A"):
            program.DynamicExercise("Squat", start_weight=100, min_reps=3, max_reps=8)
            program.DynamicExercise("Romanian deadlift", start_weight=100, min_reps=5, max_reps=8)
        with program.Day("B"):
            program.DynamicExercise("Hip thrust", start_weight=120, min_reps=5, max_reps=8)
            program.DynamicExercise("Split squat", start_weight=20, min_reps=6, max_reps=8)
        with program.Day("C"):
            program.DynamicExercise("Squat", start_weight=90, min_reps=4, max_reps=6)
            program.StaticExercise("Plank", "3 x 30 s")
        program.render()
        return str(program)

    return render


def _plan_benchmarks() -> list[Benchmark]:
    import datetime as dt
    import warnings

    warnings.simplefilter("ignore")  # streprogen warns about its own defaults
    week = rs.RunningWeek.parse(
        "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
    )
    start = dt.date(2026, 12, 7)
    year_end = start + dt.timedelta(weeks=52, days=-1)
    races = [rs.Race(dt.date(2027, 10, 10), name="autumn marathon", distance_km=42.2)]
    intermediate = rs.Athlete(
        level="intermediate",
        one_rm={"front-squat": 100, "romanian-deadlift": 120, "hip-thrust": 140},
    )
    advanced = rs.Athlete(level="advanced", one_rm={"back-squat": 140, "hip-thrust": 160})
    calendar = rs.RunningCalendar.from_week(week, start, year_end)
    eight = start + dt.timedelta(weeks=8, days=-1)
    benches = [
        Benchmark(
            "plan_season, 52 weeks, intermediate",
            lambda: rs.plan_season(intermediate, week, races, start=start, end=year_end),
            lambda: rs.schedule_calendar(calendar, level="intermediate", sessions=2),
            target=5.0,
            note="the whole plan vs only scheduling the same 52 weeks; median must be < 50 ms",
            limit=0.050,
        )
    ]
    render = _streprogen_8_weeks()
    if render is None:
        print("(streprogen is not installed: the 8-week comparison is skipped;")
        print(' install it: python -m pip install -U "pip>=25.1" && pip install --group bench)')
    else:
        benches.append(
            Benchmark(
                "plan_season, 8 weeks x 3 (vs streprogen)",
                lambda: rs.plan_season(advanced, week, start=start, end=eight),
                render,
                target=1.0,
                note="an 8-week, 3-session plan vs streprogen rendering an 8-week, 3-day program",
            )
        )
    return benches


def plan_from_spec(spec: str) -> str:
    """A worker's job: one athlete's JSON spec in, the plan's JSON out (see the how-to)."""
    import datetime as dt
    import json
    import warnings

    from runstrength.formats import from_json, to_json

    fields = json.loads(spec)
    athlete = from_json(json.dumps(fields["athlete"]), expect=rs.Athlete)
    races = [from_json(json.dumps(race), expect=rs.Race) for race in fields["races"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        plan = rs.plan_season(
            athlete,
            rs.RunningWeek.parse(fields["week"]),
            races,
            start=dt.date.fromisoformat(fields["start"]),
        )
    return to_json(plan)


def _batch_benchmarks() -> list[Benchmark]:
    import atexit
    import datetime as dt
    import json
    from concurrent.futures import ProcessPoolExecutor

    from runstrength.formats import to_json

    count, workers = 16, 2
    week = "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
    start = dt.date(2026, 12, 7)
    race = rs.Race(dt.date(2027, 4, 18), name="spring marathon", distance_km=42.2)
    specs = [
        json.dumps(
            {
                "athlete": json.loads(
                    to_json(
                        rs.Athlete(
                            level=list(rs.Level)[i % 3], one_rm={"back-squat": 60.0 + 5 * i}
                        )
                    )
                ),
                "week": week,
                "races": [json.loads(to_json(race))],
                "start": start.isoformat(),
            }
        )
        for i in range(count)
    ]
    # One pool for every timed run, as a platform keeps its workers; processes start on
    # the first run (not timed apart: timeit's calibration run pays for it).
    pool = ProcessPoolExecutor(max_workers=workers)
    atexit.register(pool.shutdown)
    return [
        Benchmark(
            f"batch: {count} athletes, 2-worker pool",
            lambda: list(pool.map(plan_from_spec, specs, chunksize=2)),
            lambda: [plan_from_spec(spec) for spec in specs],
            target=1.0,
            note="19-week plans, JSON spec in and plan JSON out: a process pool vs one by one",
            athletes=count,
            cores=workers,
        )
    ]


BENCHMARKS: list[Callable[[], list[Benchmark]]] = [
    _catalogue_benchmarks,
    _load_benchmarks,
    _scheduling_benchmarks,
    _season_benchmarks,
    _plan_benchmarks,
    _batch_benchmarks,
]


def _fmt(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.2f} us"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name contains these")
    parser.add_argument("--repeat", type=int, default=7, help="timing repeats (the best is shown)")
    args = parser.parse_args(argv)
    failed = 0
    print(
        f"{'benchmark':<40} {'library':>11} {'(median)':>11} {'baseline':>11} "
        f"{'ratio':>7} {'target':>7}"
    )
    print("(library and baseline: best of --repeat runs; ratio: library / baseline)")
    for make in BENCHMARKS:
        for bench in make():
            if args.names and not any(n in bench.name for n in args.names):
                continue
            lib, lib_median = _timings(bench.subject, args.repeat)
            base, _ = _timings(bench.baseline, args.repeat)
            ratio = lib / base
            flag = "" if ratio <= bench.target else "  SLOWER THAN TARGET"
            if bench.limit is not None and lib_median > bench.limit:
                flag += f"  MEDIAN OVER {_fmt(bench.limit)}"
            failed += bool(flag)
            print(
                f"{bench.name:<40} {_fmt(lib):>11} {_fmt(lib_median):>11} {_fmt(base):>11} "
                f"{ratio:>6.1f}x {bench.target:>6.0f}x{flag}"
            )
            print(f"    {bench.note}")
            if bench.athletes is not None:
                print(
                    f"    {bench.athletes / lib / bench.cores:.1f} athletes/s/core on "
                    f"{bench.cores} cores; {bench.athletes / base:.1f} athletes/s on one"
                )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
