"""The ``runstrength`` command line.

Examples:
    >>> from runstrength.cli import main
    >>> main(["exercises", "--category", "upper-body", "--equipment", "bodyweight"])
    KEY                          CATEGORY    PATTERN               DOSED IN
    incline-push-up              upper-body  horizontal-push       bodyweight-reps
    push-up                      upper-body  horizontal-push       bodyweight-reps
    0
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from runstrength import __version__
from runstrength.formats.markdown import catalogue_table
from runstrength.level import Level
from runstrength.taxonomy import Catalogue, Category, Equipment

__all__ = ["main"]

_PRESETS = {
    "gym": Equipment.gym,
    "home": Equipment.home,
    "bodyweight": Equipment.bodyweight,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runstrength",
        description="Strength training plans for runners.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    exercises = commands.add_parser(
        "exercises",
        help="list the exercise catalogue",
        description="List the built-in exercises, optionally filtered.",
    )
    exercises.add_argument(
        "--category", choices=[c.value for c in Category], help="only this category"
    )
    exercises.add_argument(
        "--equipment", choices=list(_PRESETS), help="only exercises this kit allows"
    )
    exercises.add_argument(
        "--level", choices=[lv.value for lv in Level], help="only exercises for this level"
    )
    exercises.add_argument(
        "--format", choices=["text", "markdown"], default="text", help="output format"
    )
    return parser


def _exercises(args: argparse.Namespace) -> str:
    found = Catalogue.default().filter(
        category=args.category,
        level=args.level,
        equipment=None if args.equipment is None else _PRESETS[args.equipment](),
    )
    if args.format == "markdown":
        return catalogue_table(found)
    lines = [f"{'KEY':<28} {'CATEGORY':<11} {'PATTERN':<21} DOSED IN"]
    lines += [
        f"{ex.key:<28} {ex.category.value:<11} {ex.pattern.value:<21} {ex.dosing.value}"
        for ex in found
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    Bad flags print a usage line and an error to standard error and exit with 2.

    Examples:
        >>> main(["exercises", "--category", "plyometric", "--level", "beginner"])
        KEY                          CATEGORY    PATTERN               DOSED IN
        pogo-hops                    plyometric  jump                  contacts
        line-hops                    plyometric  jump                  contacts
        squat-jump                   plyometric  jump                  contacts
        low-hurdle-hop               plyometric  jump                  contacts
        0
    """
    args = _parser().parse_args(argv)
    # argparse's choices keep every value valid, so no RunstrengthError can reach here yet.
    print(_exercises(args))
    return 0
