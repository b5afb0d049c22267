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
from runstrength.implements import (
    Barbell,
    Bodyweight,
    DumbbellSet,
    KettlebellSet,
    UnachievableLoadError,
    Unit,
)
from runstrength.level import Level
from runstrength.load import (
    OneRmFormula,
    Prescription,
    WarmupSet,
    estimate_one_rm,
    load_for,
    percent_one_rm,
    prescribe,
    reps_to_failure,
    rir_to_rpe,
    rpe_to_rir,
    warmup_sets,
)
from runstrength.progression import (
    DoseChange,
    LoadChange,
    ProgressionRule,
    SetLog,
    double_progression,
    e1rm_history,
    next_load,
)
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
    "Barbell",
    "Bodyweight",
    "Catalogue",
    "CatalogueError",
    "Category",
    "DoseChange",
    "Dosing",
    "DumbbellSet",
    "Equipment",
    "Exercise",
    "KettlebellSet",
    "Level",
    "LoadChange",
    "MissingExtraError",
    "Muscle",
    "OneRmFormula",
    "Pattern",
    "PlyoIntensity",
    "Prescription",
    "ProgressionRule",
    "RunstrengthError",
    "RunstrengthWarning",
    "SetLog",
    "UnachievableLoadError",
    "Unit",
    "UnknownExerciseError",
    "ValidationError",
    "WarmupSet",
    "__version__",
    "double_progression",
    "e1rm_history",
    "estimate_one_rm",
    "load_for",
    "next_load",
    "percent_one_rm",
    "prescribe",
    "reps_to_failure",
    "rir_to_rpe",
    "rpe_to_rir",
    "similarity",
    "warmup_sets",
]
