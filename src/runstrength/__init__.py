"""runstrength: strength training plans for runners, each choice with its reasons.

Which exercises, how much, which days and how it changes through the season,
computed deterministically from a runner's level, running week, races and kit.

Examples:
    >>> import runstrength as rs
    >>> rs.Catalogue.default()["back-squat"].name
    'Back squat'
"""

from runstrength.errors import (
    ArgumentTypeError,
    CatalogueError,
    MissingExtraError,
    RunstrengthError,
    RunstrengthWarning,
    UnknownExerciseError,
    ValidationError,
)
from runstrength.level import Level
from runstrength.taxonomy import (
    Catalogue,
    Category,
    Dosing,
    Equipment,
    Exercise,
    Muscle,
    Pattern,
    PlyoIntensity,
    similarity,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "ArgumentTypeError",
    "Catalogue",
    "CatalogueError",
    "Category",
    "Dosing",
    "Equipment",
    "Exercise",
    "Level",
    "MissingExtraError",
    "Muscle",
    "Pattern",
    "PlyoIntensity",
    "RunstrengthError",
    "RunstrengthWarning",
    "UnknownExerciseError",
    "ValidationError",
    "__version__",
    "similarity",
]
