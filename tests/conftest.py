"""Shared test configuration: Hypothesis profiles, and the command line's clock.

Profiles: ``ci`` (fast, 40 examples: the default, so the README's test command stays under two
minutes on a 2-core machine), ``dev`` (more examples) and ``thorough`` (many more,
for a long run). Pick one with ``HYPOTHESIS_PROFILE=thorough pytest``.
"""

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, settings

from runstrength import cli

settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# Mutation testing runs the tests once per mutant: few examples, the same ones every time
# (derandomized), so that a score compares from one run to the next.
settings.register_profile(
    "mutation",
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _cli_today_is_monday_2026_12_07(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line reads the clock; in the tests it is Monday 7 December 2026."""
    monkeypatch.setattr(cli, "_today", lambda: dt.date(2026, 12, 7))
