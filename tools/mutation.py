"""Mutation testing, module by module, with mutmut and a fast, derandomized test profile.

    python tools/mutation.py                      # every module below, all mutants
    python tools/mutation.py load scheduling      # some modules
    python tools/mutation.py --sample 300 --seed 2026   # a fixed sample per module
    python tools/mutation.py --sample 300 --seed 2026 --again   # only last run's survivors

mutmut (the ``mutation`` extra) is configured under ``[tool.mutmut]`` in pyproject.toml. It
copies the project into ``mutants/`` and works there; run this from a clean clone of the
repository if others are editing the working tree. The tests run with the ``mutation``
Hypothesis profile (10 derandomized examples a property, so each mutant meets the same
ones) unless ``HYPOTHESIS_PROFILE`` says otherwise. The score is the share of
the mutants run that a test killed (a timeout counts as killed, as in mutmut's own report);
``--survivors`` lists the others, to read with ``mutmut show NAME``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = (
    "load",
    "periodisation",
    "scheduling",
    "planner",
    "_session",
    "_prescribing",
    "selection",
    "hardness",
)
KILLED = {1, 3, 36, -24, 24, 152, 255}  # mutmut's "killed" and "timeout" exit codes
PACKAGE = "runstrength"


def meta_path(module: str) -> Path:
    return ROOT / "mutants" / "src" / PACKAGE / f"{module}.py.meta"


def results(module: str) -> dict[str, int | None]:
    codes: dict[str, int | None] = json.loads(meta_path(module).read_text("utf-8"))[
        "exit_code_by_key"
    ]
    return codes


def mutmut(*args: str) -> int:
    command = [sys.executable, "-m", "mutmut", *args]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def generate() -> None:
    # mutmut makes (or brings up to date) every configured module's mutants before it runs
    # any: a name that matches no mutant stops it right after that step.
    mutmut("run", "--max-children", "2", f"{PACKAGE}.no-such-mutant")
    missing = [m for m in MODULES if not meta_path(m).exists()]
    if missing:
        sys.exit(f"mutmut made no mutants for {', '.join(missing)}: see its output above")


def chosen(module: str, sample: int | None, seed: int) -> list[str]:
    names = sorted(results(module))
    if sample is None or sample >= len(names):
        return names
    return sorted(random.Random(f"{seed}:{module}").sample(names, sample))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", default=list(MODULES), metavar="MODULE")
    parser.add_argument("--sample", type=int, help="mutants per module (default: all)")
    parser.add_argument("--seed", type=int, default=2026, help="the sample's seed")
    parser.add_argument("--max-children", default="2", help="mutmut's parallel workers")
    parser.add_argument("--survivors", action="store_true", help="list the surviving mutants")
    parser.add_argument("--report", action="store_true", help="only report the last results")
    parser.add_argument(
        "--again", action="store_true", help="run only the mutants that were not killed last time"
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.modules) - set(MODULES))
    if unknown:
        parser.error(f"unknown module(s) {', '.join(unknown)}: choose from {', '.join(MODULES)}")
    os.environ.setdefault("HYPOTHESIS_PROFILE", "mutation")

    if not args.report:
        generate()
    rows = []
    for module in args.modules:
        names = chosen(module, args.sample, args.seed)
        if not args.report:
            last = results(module)
            todo = [n for n in names if last[n] not in KILLED] if args.again else names
            if todo and mutmut("run", "--max-children", args.max_children, *todo):
                sys.exit(f"mutmut stopped on {module}: see its output above")
        codes = results(module)
        killed = [n for n in names if codes[n] in KILLED]
        unrun = [n for n in names if codes[n] is None]
        rows.append((module, len(codes), len(names), len(killed), len(unrun)))
        if args.survivors:
            for name in names:
                if codes[name] not in KILLED and codes[name] is not None:
                    print(f"survived ({codes[name]}): {name}")

    sample = f"a sample of {args.sample} a module, seed {args.seed}" if args.sample else "all"
    print(f"\nMutation scores ({sample}; HYPOTHESIS_PROFILE={os.environ['HYPOTHESIS_PROFILE']})\n")
    print("| module | mutants | run | killed | score |")
    print("| --- | ---: | ---: | ---: | ---: |")
    total_run = total_killed = 0
    for module, count, run, killed, unrun in rows:
        score = f"{100 * killed / (run - unrun):.1f} %" if run > unrun else "not run"
        note = f" ({unrun} not run)" if 0 < unrun < run else ""
        print(f"| `{module}.py` | {count} | {run} | {killed} | {score}{note} |")
        total_run += run - unrun
        total_killed += killed
    if total_run:
        print(f"| all | | {total_run} | {total_killed} | {100 * total_killed / total_run:.1f} % |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
