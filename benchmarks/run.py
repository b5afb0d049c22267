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


@dataclass(frozen=True)
class Benchmark:
    name: str
    subject: Callable[[], object]
    baseline: Callable[[], object]
    target: float  # the ratio the library should stay under
    note: str


def _median_seconds(func: Callable[[], object], repeat: int) -> float:
    timer = timeit.Timer(func)
    number, _ = timer.autorange()
    return statistics.median(t / number for t in timer.repeat(repeat=repeat, number=number))


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


BENCHMARKS: list[Callable[[], list[Benchmark]]] = [_catalogue_benchmarks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name contains these")
    parser.add_argument("--repeat", type=int, default=5, help="timing repeats (median is shown)")
    args = parser.parse_args(argv)
    failed = 0
    print(f"{'benchmark':<40} {'library':>11} {'baseline':>11} {'ratio':>7} {'target':>7}")
    for make in BENCHMARKS:
        for bench in make():
            if args.names and not any(n in bench.name for n in args.names):
                continue
            lib = _median_seconds(bench.subject, args.repeat)
            base = _median_seconds(bench.baseline, args.repeat)
            ratio = lib / base
            flag = "" if ratio <= bench.target else "  SLOWER THAN TARGET"
            failed += bool(flag)
            print(
                f"{bench.name:<40} {lib * 1e6:>9.2f}us {base * 1e6:>9.2f}us "
                f"{ratio:>6.1f}x {bench.target:>6.0f}x{flag}"
            )
            print(f"    {bench.note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
