"""Run every benchmark and print its speed against a baseline measured in the same run.

Usage: ``python benchmarks/run.py [NAME ...] [--rounds N]``

Each benchmark pairs the library call with the simplest code that does the same
job (a baseline). Both are timed in this process, interleaved: round by round the
two calls alternate (and which goes first alternates too), so a machine that is
busy with other work slows both alike. Calls that plan take fresh inputs every
time (another start date, another athlete), so no cache can make them look faster.
The printed ratio (library / baseline, of the best times) is comparable between
machines, unlike raw seconds.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import itertools
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import runstrength as rs
from runstrength.load import MAX_REPS_TO_FAILURE


@dataclass(frozen=True)
class Benchmark:
    name: str
    subject: Callable[[], object]
    baseline: Callable[[], object]
    target: float  # the ratio (library / baseline) the library should stay under
    note: str
    limit: float | None = None  # seconds the library's median should stay under
    margin: float | None = None  # seconds the library's best may exceed the baseline's by
    athletes: int | None = None  # planned per call: then athletes/s/core are printed too
    cores: int = 1  # the library's cores (the baseline uses one)
    rounds: int | None = None  # rounds for slow calls (default: --rounds)


@dataclass(frozen=True)
class Timing:
    best: float
    median: float


_MIN_TIME = 0.005  # seconds: fast calls are repeated until one timing takes this long


def _calls_per_timing(func: Callable[[], object]) -> int:
    """How many calls make one timing of at least ``_MIN_TIME`` (the first call warms up)."""
    start = time.perf_counter()
    func()
    once = time.perf_counter() - start
    return max(1, min(100_000, int(_MIN_TIME / max(once, 1e-9)) + 1))


def _time(func: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        func()
    return (time.perf_counter() - start) / number


def _interleaved(bench: Benchmark, rounds: int) -> tuple[Timing, Timing]:
    """Best and median seconds per call of the library and the baseline, round by round."""
    sides = [
        (bench.subject, _calls_per_timing(bench.subject), []),
        (bench.baseline, _calls_per_timing(bench.baseline), []),
    ]
    for index in range(rounds):
        for func, number, runs in sides[:: 1 if index % 2 == 0 else -1]:
            runs.append(_time(func, number))
    # The best is the steadiest basis for a ratio: noise only ever adds time.
    lib, base = (Timing(min(runs), statistics.median(runs)) for _, _, runs in sides)
    return lib, base


def _fresh(make: Callable[[int], object]) -> Callable[[], object]:
    """A call that gives ``make`` a new number each time (fresh inputs every round)."""
    counter = itertools.count()
    return lambda: make(next(counter))


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
    # Built once: checking reps and RIR once for many calls is what a batch is for.
    batch = rs.SetBatch(reps, rir)
    # The default model's curve at whole reps to failure, for its bare interpolation.
    knots = np.arange(1.0, MAX_REPS_TO_FAILURE + 1)
    curve = rs.percent_one_rm(knots)

    return [
        Benchmark(
            "estimate_one_rm, 1,000,000 sets",
            lambda: rs.estimate_one_rm(weights, reps, rir=rir),
            lambda: weights * 100 / np.interp(reps + rir, knots, curve),
            target=1.5,
            note="validated default (RTS_NSCA) e1RM vs the bare numpy interpolation",
        ),
        Benchmark(
            "load_for, 1,000,000 sets",
            lambda: rs.load_for(one_rm, reps, rir=rir),
            lambda: one_rm * np.interp(reps + rir, knots, curve) / 100,
            target=1.5,
            note="validated default load from 1RM, reps and RIR vs the bare interpolation",
        ),
        Benchmark(
            "percent_one_rm, 1,000,000 sets",
            lambda: rs.percent_one_rm(reps, rir=rir),
            lambda: np.interp(reps + rir, knots, curve),
            target=1.5,
            note="validated default %1RM from reps and RIR vs the bare interpolation",
        ),
        Benchmark(
            "percent_one_rm (Brzycki), 1,000,000 sets",
            lambda: rs.percent_one_rm(reps, rir=rir, formula="brzycki"),
            lambda: (37 - (reps + rir)) * (100 / 36),
            target=3.0,
            note="validated Brzycki %1RM vs the bare numpy expression; reps and RIR "
            "checked on every call",
        ),
        Benchmark(
            "estimate_one_rm (Brzycki), 1,000,000 sets",
            lambda: rs.estimate_one_rm(weights, reps, rir=rir, formula="brzycki"),
            lambda: weights * 36 / (37 - (reps + rir)),
            target=3.0,
            note="validated Brzycki e1RM vs the bare numpy expression; reps and RIR "
            "checked on every call",
        ),
        Benchmark(
            "load_for (Brzycki), 1,000,000 sets",
            lambda: rs.load_for(one_rm, reps, rir=rir, formula="brzycki"),
            lambda: one_rm * (37 - (reps + rir)) / 36,
            target=3.0,
            note="validated Brzycki load from 1RM, reps and RIR vs the bare numpy "
            "expression; reps and RIR checked on every call",
        ),
        Benchmark(
            "SetBatch, 1,000,000 sets (built and checked once)",
            lambda: rs.SetBatch(reps, rir),
            lambda: reps + rir,
            target=8.0,
            note="read-only copies of reps and RIR and their sum written, then four checks "
            "read back, vs the bare sum",
        ),
        Benchmark(
            "percent_one_rm (Brzycki, SetBatch), 1,000,000 sets",
            lambda: rs.percent_one_rm(batch, formula="brzycki"),
            lambda: (37 - (reps + rir)) * (100 / 36),
            target=1.5,
            note="Brzycki %1RM from a batch built once vs the bare numpy expression",
        ),
        Benchmark(
            "estimate_one_rm (Brzycki, SetBatch), 1,000,000 sets",
            lambda: rs.estimate_one_rm(weights, batch, formula="brzycki"),
            lambda: weights * 36 / (37 - (reps + rir)),
            target=1.5,
            note="Brzycki e1RM from a batch built once (weights checked) vs the bare "
            "numpy expression",
        ),
        Benchmark(
            "load_for (Brzycki, SetBatch), 1,000,000 sets",
            lambda: rs.load_for(one_rm, batch, formula="brzycki"),
            lambda: one_rm * (37 - (reps + rir)) / 36,
            target=1.5,
            note="Brzycki load from a batch built once (1RMs checked) vs the bare numpy "
            "expression",
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

    from runstrength.planner import LEVEL_SESSIONS

    return [
        *(
            Benchmark(
                f"schedule_week, {level.value}, {count} a week",
                lambda level=level, count=count: rs.schedule_week(
                    week, level=level, sessions=count
                ),
                bare_week,
                target=100.0,
                note="every rule checked and explained vs a hard-coded pair filter; "
                "median must be < 0.5 ms",
                limit=0.0005,
            )
            for level, (low, high) in LEVEL_SESSIONS.items()
            for count in range(low, high + 1)
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


_WEEK = "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
_START = dt.date(2026, 12, 7)


def _streprogen_8_weeks() -> Callable[[int], str] | None:
    """An 8-week, 3-day streprogen program rendered to text (None when it is missing)."""
    try:
        import streprogen  # type: ignore[import-not-found]
    except ImportError:
        return None

    def render(index: int) -> str:
        squat = 100 + index % 50  # another athlete every round
        program = streprogen.Program("8 weeks", duration=8, units="kg", round_to=2.5)
        with program.Day("A"):
            program.DynamicExercise("Squat", start_weight=squat, min_reps=3, max_reps=8)
            program.DynamicExercise("Romanian deadlift", start_weight=100, min_reps=5, max_reps=8)
        with program.Day("B"):
            program.DynamicExercise("Hip thrust", start_weight=120, min_reps=5, max_reps=8)
            program.DynamicExercise("Split squat", start_weight=20, min_reps=6, max_reps=8)
        with program.Day("C"):
            program.DynamicExercise("Squat", start_weight=squat - 10, min_reps=4, max_reps=6)
            program.StaticExercise("Plank", "3 x 30 s")
        program.render()
        return program.to_txt()

    return render


def _peer_benchmarks() -> list[Benchmark]:
    import datetime as dt
    import warnings

    from runstrength.formats import to_text

    warnings.simplefilter("ignore")  # streprogen warns about its own defaults
    week = rs.RunningWeek.parse(_WEEK)

    def ours(index: int) -> str:
        start = _START + dt.timedelta(days=index % 400)  # another start date every round
        athlete = rs.Athlete(level="advanced", one_rm={"back-squat": 100.0 + index % 50})
        end = start + dt.timedelta(weeks=8, days=-1)
        return to_text(rs.plan_season(athlete, week, start=start, end=end, sessions=3))

    render = _streprogen_8_weeks()
    if render is None:
        print("(streprogen is not installed: the 8-week comparison is skipped;")
        print(' install it: python -m pip install -U "pip>=25.1" && pip install --group bench)')
        return []
    return [
        Benchmark(
            "8 weeks x 3 to text (vs streprogen 4.1)",
            _fresh(ours),
            _fresh(render),
            target=0.2,
            note="plan_season + to_text vs streprogen's Program + render + to_txt, both "
            "building and rendering an 8-week, 3-day plan from fresh inputs each round",
            rounds=41,
        )
    ]


_LEVEL_KITS = [(level, kit) for level in rs.Level for kit in ("gym", "home", "bodyweight")]


def _year(index: int, level: rs.Level = rs.Level.INTERMEDIATE, kit: str = "gym") -> rs.Plan:
    """A fresh 52-week plan: the start moves a day and the squat a kilo with ``index``."""
    import datetime as dt
    import warnings

    start = _START + dt.timedelta(days=index % 400)
    athlete = rs.Athlete(
        level=level,
        one_rm={"back-squat": 80.0 + index % 60, "romanian-deadlift": 120, "hip-thrust": 140},
        equipment=getattr(rs.Equipment, kit)(),
    )
    race = rs.Race(start + dt.timedelta(weeks=44), name="autumn marathon", distance_km=42.2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rs.RunstrengthWarning)
        return rs.plan_season(
            athlete,
            rs.RunningWeek.parse(_WEEK),
            [race],
            start=start,
            end=start + dt.timedelta(weeks=52, days=-1),
        )


def _plan_benchmarks() -> list[Benchmark]:
    import datetime as dt

    week = rs.RunningWeek.parse(_WEEK)
    calendar = rs.RunningCalendar.from_week(week, _START, _START + dt.timedelta(weeks=52, days=-1))
    return [
        Benchmark(
            f"plan_season, 52 weeks, {level.value}, {kit}",
            _fresh(lambda i, level=level, kit=kit: _year(i, level, kit)),
            lambda level=level: rs.schedule_calendar(calendar, level=level, sessions=2),
            # The goal is the median under 10 ms; scheduling the same weeks alone takes
            # about 1.25 ms on the reference machine, so the ratio's target is 8x.
            target=8.0,
            note="the whole plan (fresh inputs) vs only scheduling the same 52 weeks; "
            "median must be < 10 ms",
            limit=0.010,
        )
        for level, kit in _LEVEL_KITS
    ]


def _format_benchmarks() -> list[Benchmark]:
    from runstrength.formats import from_json, to_html, to_json, to_markdown, to_text
    from runstrength.formats.ical import to_ics

    plans = [_year(i) for i in range(8)]  # distinct plans, taken in turn
    texts = [to_json(plan) for plan in plans]
    adapters: list[tuple[str, Callable[[int], object]]] = [
        ("to_text", lambda i: to_text(plans[i % 8])),
        ("to_markdown", lambda i: to_markdown(plans[i % 8])),
        ("to_html", lambda i: to_html(plans[i % 8])),
        ("to_ics", lambda i: to_ics(plans[i % 8])),
        ("to_json", lambda i: to_json(plans[i % 8])),
        ("from_json", lambda i: from_json(texts[i % 8])),
    ]
    return [
        Benchmark(
            f"{name}, 52-week plan",
            _fresh(call),
            _fresh(_year),
            target=1.0,
            note=f"{name} of a 52-week plan vs plan_season building such a plan",
        )
        for name, call in adapters
    ]


def _import_benchmarks() -> list[Benchmark]:
    def fresh_import(module: str) -> Callable[[], object]:
        command = [sys.executable, "-c", f"import {module}"]
        return lambda: subprocess.run(command, check=True)

    return [
        Benchmark(
            "import runstrength (fresh process)",
            fresh_import("runstrength"),
            fresh_import("numpy"),
            target=2.0,
            note="a new interpreter importing runstrength vs one importing numpy; "
            "at most 30 ms more",
            margin=0.030,
            rounds=21,
        )
    ]


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
    # the first run (not timed apart: the calibration call pays for it).
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
    _peer_benchmarks,
    _format_benchmarks,
    _import_benchmarks,
    _plan_benchmarks,
    _load_benchmarks,
    _scheduling_benchmarks,
    _catalogue_benchmarks,
    _season_benchmarks,
    _batch_benchmarks,
]


def _steady_allocator() -> str:
    """Keep freed memory in the process for reuse (glibc's malloc only); say which.

    By default glibc hands memory at the top of its heap back to the system once more
    than twice the largest recently freed block is free there, a threshold that moves
    as blocks come and go. Then whether a call with million-element temporaries pays
    for fresh pages (page faults: the bare Brzycki expression took 2 ms instead of 0.6
    ms) depends on which other arrays happen to be alive, not on its own work. Fixed
    thresholds let the library and the baseline reuse memory alike, in every row.
    """
    m_trim_threshold, m_mmap_threshold = -1, -3  # glibc's malloc.h
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # not glibc: its default behaviour
        return "allocator: the platform's default"
    if mallopt(m_mmap_threshold, 32 * 2**20) and mallopt(m_trim_threshold, 2**30):
        return "allocator: glibc, freed memory kept for reuse"
    return "allocator: glibc's default (mallopt refused)"


def _fmt(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.2f} us"


def _machine() -> str:
    return (
        f"{platform.machine()} {platform.processor() or platform.system()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, runstrength "
        f"{rs.__version__}"
    )


def _flags(bench: Benchmark, lib: Timing, base: Timing) -> str:
    flag = "" if lib.best / base.best <= bench.target else "  SLOWER THAN TARGET"
    if bench.limit is not None and lib.median > bench.limit:
        flag += f"  MEDIAN OVER {_fmt(bench.limit)}"
    if bench.margin is not None and lib.best - base.best > bench.margin:
        flag += f"  MORE THAN {_fmt(bench.margin)} OVER THE BASELINE"
    return flag


def _rows(benches: Iterator[Benchmark], rounds: int) -> Iterator[tuple[str, str]]:
    for bench in benches:
        lib, base = _interleaved(bench, bench.rounds or rounds)
        flag = _flags(bench, lib, base)
        ratio = lib.best / base.best
        line = (
            f"| {bench.name} | {_fmt(lib.best)} | {_fmt(lib.median)} | {_fmt(base.best)} | "
            f"{_fmt(base.median)} | {ratio:.2f}x | {bench.target:g}x |{flag}"
        )
        notes = [bench.note]
        if ratio < 1:
            notes.append(f"{1 / ratio:.1f}x faster than the baseline")
        if bench.athletes is not None:
            notes.append(
                f"{bench.athletes / lib.best / bench.cores:.1f} athletes/s/core on "
                f"{bench.cores} cores; {bench.athletes / base.best:.1f} athletes/s on one"
            )
        yield line, "; ".join(notes) if flag == "" else flag.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name contains these")
    parser.add_argument(
        "--rounds", "--repeat", type=int, default=21, help="interleaved rounds per benchmark"
    )
    args = parser.parse_args(argv)
    allocator = _steady_allocator()
    print(
        f"Machine: {_machine()}; {allocator}; {args.rounds} interleaved rounds "
        "(slow rows: their own)"
    )
    print("Times are per call: best and median of the rounds; ratio: library / baseline (best).")
    print()
    print(
        "| benchmark | library best | library median | baseline best | baseline median "
        "| ratio | target |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    selected = (
        bench
        for make in BENCHMARKS
        for bench in make()
        if not args.names or any(n in bench.name for n in args.names)
    )
    notes: list[str] = []
    failed = 0
    for line, note in _rows(selected, args.rounds):
        print(line, flush=True)
        notes.append(f"- {line.split(' | ')[0][2:]}: {note}")
        failed += "OVER" in note or "SLOWER" in note
    print()
    print("\n".join(notes))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
