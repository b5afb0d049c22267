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
