"""Training levels: how much strength-training experience a runner brings.

The level sets defaults all through the library: how many sessions a week, how
long they are, which exercises are suitable and where sessions go in the running
week (the tables of SportCoaching and Proven Gains).

Examples:
    >>> import runstrength as rs
    >>> rs.Level("intermediate")
    <Level.INTERMEDIATE: 'intermediate'>
    >>> rs.Level.BEGINNER.rank < rs.Level.ADVANCED.rank
    True
"""

from __future__ import annotations

from runstrength import _validate as v
from runstrength._enums import StrEnum

__all__ = ["Level"]


class Level(StrEnum):
    """A runner's strength-training experience, from least to most.

    Levels are ordered by [`rank`][runstrength.level.Level.rank], not by their string values.

    Examples:
        >>> [level.value for level in Level]
        ['beginner', 'intermediate', 'advanced']
        >>> Level.ADVANCED.allows(Level.INTERMEDIATE)
        True
    """

    BEGINNER = "beginner"
    """New to lifting or back after a long break (Proven Gains: 1-2 sessions a week)."""
    INTERMEDIATE = "intermediate"
    """Some gym experience and comfortable with the basic lifts (Proven Gains)."""
    ADVANCED = "advanced"
    """Experienced runner and lifter who tolerates high training loads (Proven Gains)."""

    @property
    def rank(self) -> int:
        """Position in the order beginner (0) < intermediate (1) < advanced (2).

        Examples:
            >>> Level.INTERMEDIATE.rank
            1
        """
        return _RANKS[self]

    def allows(self, required: Level) -> bool:
        """Whether a runner at this level may do work that requires ``required``.

        Examples:
            >>> Level.BEGINNER.allows(Level.ADVANCED)
            False
        """
        v.check_instance("required", required, Level)
        return self.rank >= required.rank


_RANKS = {level: index for index, level in enumerate(Level)}
