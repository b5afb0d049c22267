"""Exact results and messages of exercise selection."""

from __future__ import annotations

import runstrength as rs
from runstrength.selection import loads_region
from tests.messages import assert_message


def test_loads_region_names_a_bad_exercise() -> None:
    error = assert_message(
        lambda: loads_region("back-squat", rs.BodyRegion.KNEE),  # type: ignore[arg-type]
        rs.ArgumentTypeError,
        "exercise",
        ["take one from a Catalogue"],
        ["must be an Exercise"],
    )
    assert error.value == "back-squat"
