"""What stays fixed while one plan is built: the athlete, the catalogue and a memo."""

from __future__ import annotations

from typing import Any

import attrs

from runstrength.athlete import Athlete
from runstrength.taxonomy import Catalogue


@attrs.frozen
class Context:
    """What stays fixed while one plan is built."""

    athlete: Athlete
    catalogue: Catalogue
    # Weeks repeat the same choices: each distinct one is worked out once per plan.
    memo: dict[tuple[object, ...], Any] = attrs.field(factory=dict, eq=False, hash=False)

    def one_rm_for(self, exercise: str) -> tuple[float, str | None] | None:
        """`Athlete.one_rm_for`, worked out once per plan for each exercise."""
        key = ("one-rm", exercise)
        if key not in self.memo:
            self.memo[key] = self.athlete.one_rm_for(exercise)
        found: tuple[float, str | None] | None = self.memo[key]
        return found
