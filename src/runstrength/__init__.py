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
from runstrength.running import (
    ParseError,
    Run,
    RunKind,
    RunningCalendar,
    RunningDay,
    RunningWeek,
    Weekday,
)
from runstrength.scheduling import (
    CalendarSchedule,
    DayContext,
    DayVerdict,
    InfeasibleScheduleError,
    PlacedSession,
    Rule,
    ScheduleCompromiseWarning,
    SchedulingPolicy,
    SessionKind,
    WeekSchedule,
    schedule_calendar,
    schedule_week,
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
    "CalendarSchedule",
    "Catalogue",
    "CatalogueError",
    "Category",
    "DayContext",
    "DayVerdict",
    "DoseChange",
    "Dosing",
    "DumbbellSet",
    "Equipment",
    "Exercise",
    "InfeasibleScheduleError",
    "KettlebellSet",
    "Level",
    "LoadChange",
    "MissingExtraError",
    "Muscle",
    "OneRmFormula",
    "ParseError",
    "Pattern",
    "PlacedSession",
    "PlyoIntensity",
    "Prescription",
    "ProgressionRule",
    "Rule",
    "Run",
    "RunKind",
    "RunningCalendar",
    "RunningDay",
    "RunningWeek",
    "RunstrengthError",
    "RunstrengthWarning",
    "ScheduleCompromiseWarning",
    "SchedulingPolicy",
    "SessionKind",
    "SetLog",
    "UnachievableLoadError",
    "Unit",
    "UnknownExerciseError",
    "ValidationError",
    "WarmupSet",
    "WeekSchedule",
    "Weekday",
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
    "schedule_calendar",
    "schedule_week",
    "similarity",
    "warmup_sets",
]
