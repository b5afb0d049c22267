"""The exceptions and warnings that ``runstrength`` raises.

Every exception the library raises on purpose inherits
[`RunstrengthError`][runstrength.errors.RunstrengthError],
so one ``except runstrength.RunstrengthError`` catches them all. Each leaf also
inherits the built-in exception that matches it (``ValueError``, ``TypeError``,
``KeyError`` or ``ImportError``), so code written against the built-ins keeps
working.

Messages follow one shape: the argument, the value it had, the rule it broke and
what to do instead. The same parts are kept as attributes for programs.

Examples:
    >>> import runstrength as rs
    >>> try:
    ...     rs.Catalogue.default()["back-squats"]
    ... except rs.RunstrengthError as error:
    ...     print(error.argument, "|", error.rule, "|", error.fix)
    key | must name an exercise in the catalogue | did you mean 'back-squat' or 'goblet-squat'?
"""

from __future__ import annotations

__all__ = [
    "ArgumentTypeError",
    "CatalogueError",
    "FormatError",
    "MissingExtraError",
    "RunstrengthError",
    "RunstrengthWarning",
    "UnknownExerciseError",
    "ValidationError",
]


class RunstrengthError(Exception):
    """Root of every exception raised by ``runstrength``.

    Args:
        argument: The name of the argument or field that was wrong.
        value: The value it had.
        rule: The rule the value broke, in words ("must be >= 0").
        fix: What to do instead, in words.

    Examples:
        >>> error = RunstrengthError("reps", 0, "must be >= 1", "pass a positive whole number")
        >>> print(error)
        'reps' must be >= 1, got 0: pass a positive whole number
        >>> error.argument, error.value
        ('reps', 0)
    """

    def __init__(self, argument: str, value: object, rule: str, fix: str = "") -> None:
        self.argument = argument
        self.value = value
        self.rule = rule
        self.fix = fix
        message = f"{argument!r} {rule}, got {_short_repr(value)}"
        if fix:
            message += f": {fix}"
        super().__init__(message)

    def __str__(self) -> str:
        # KeyError would quote the whole message; every leaf reads the same way.
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[RunstrengthError], tuple[str, object, str, str]]:
        return (type(self), (self.argument, self.value, self.rule, self.fix))


class ValidationError(RunstrengthError, ValueError):
    """A value of the right type that breaks a rule (a negative load, an empty name).

    Examples:
        >>> issubclass(ValidationError, ValueError)
        True
    """


class ArgumentTypeError(RunstrengthError, TypeError):
    """A value of the wrong type (a string where an enum member belongs).

    Examples:
        >>> issubclass(ArgumentTypeError, TypeError)
        True
    """


class UnknownExerciseError(RunstrengthError, KeyError):
    """A key that names no exercise in the catalogue; the message suggests close keys.

    Examples:
        >>> issubclass(UnknownExerciseError, KeyError)
        True
    """


class CatalogueError(ValidationError):
    """A catalogue that cannot be built: a duplicate key, a link to an unknown key, a cycle.

    Examples:
        >>> issubclass(CatalogueError, ValueError)
        True
    """


class MissingExtraError(RunstrengthError, ImportError):
    """An optional dependency is not installed; the message names the extra to install.

    Examples:
        >>> error = MissingExtraError("format", "ics", "needs the 'icalendar' package",
        ...                           'pip install "runstrength[ical]"')
        >>> isinstance(error, ImportError)
        True
    """


class RunstrengthWarning(UserWarning):
    """Root of every warning ``runstrength`` issues: legal but risky input, or a compromise.

    Filter them all with ``warnings.simplefilter("ignore", runstrength.RunstrengthWarning)``.

    Examples:
        >>> issubclass(RunstrengthWarning, UserWarning)
        True
    """


_MAX_REPR = 80


def _short_repr(value: object) -> str:
    text = repr(value)
    if len(text) > _MAX_REPR:
        text = text[: _MAX_REPR - 3] + "..."
    return text


class FormatError(ValidationError):
    """A document that is not valid runstrength JSON; ``argument`` is the path of the bad part.

    Examples:
        >>> from runstrength.formats import from_json
        >>> try:
        ...     from_json('{"format": "runstrength", "version": 99, "type": "Race", "data": {}}')
        ... except FormatError as error:
        ...     print(error.argument)
        $.version
    """
