"""Markdown renderings of runstrength values."""

from __future__ import annotations

from collections.abc import Iterable

from runstrength.taxonomy import Exercise

__all__ = ["catalogue_table", "equipment_text"]

_DOSED_IN = {
    "loaded-reps": "reps with a load",
    "bodyweight-reps": "reps",
    "time": "seconds",
    "distance": "metres",
    "contacts": "foot contacts",
}


def _cell(text: str) -> str:
    # A pipe or a newline would break the table row.
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def equipment_text(exercise: Exercise) -> str:
    """The equipment setups of an exercise in words, ``"none"`` when one needs nothing.

    Examples:
        >>> import runstrength as rs
        >>> equipment_text(rs.Catalogue.default()["goblet-squat"])
        'dumbbells or kettlebell'
        >>> equipment_text(rs.Catalogue.default()["push-up"])
        'none'
        >>> equipment_text(rs.Catalogue.default()["plank"])
        'none (or mat)'
    """
    setups = [" + ".join(sorted(item.value for item in option)) for option in exercise.equipment]
    if all(exercise.equipment):
        return " or ".join(setups)
    optional = [setup for setup in setups if setup]
    return "none" + (f" (or {' or '.join(optional)})" if optional else "")


def catalogue_table(exercises: Iterable[Exercise]) -> str:
    """A Markdown table of exercises, one row each, in the order given.

    Args:
        exercises: A :class:`~runstrength.Catalogue` or any iterable of exercises.

    Examples:
        >>> import runstrength as rs
        >>> table = catalogue_table(rs.Catalogue.default().filter(category="core"))
        >>> "| Plank | `plank` | core | anti-extension | seconds | none (or mat) |" in table
        True
    """
    rows = [
        "| Exercise | Key | Category | Pattern | Dosed in "
        "| Equipment (any one) | Level | Sources |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for ex in exercises:
        dosed = _DOSED_IN[ex.dosing.value] + (" per side" if ex.per_side else "")
        if ex.plyo_intensity is not None:
            dosed += f" ({ex.plyo_intensity.value} intensity)"
        cells = [
            ex.name,
            f"`{ex.key}`",
            ex.category.value,
            ex.pattern.value,
            dosed,
            equipment_text(ex),
            ex.min_level.value,
            ", ".join(ex.sources) or "ladder rung",
        ]
        rows.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(rows)
