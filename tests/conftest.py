"""Shared test configuration: Hypothesis profiles.

Profiles: ``ci`` (fast: the default, so the README's test command stays under two
minutes on a 2-core machine), ``dev`` (more examples) and ``thorough`` (many more,
for a long run). Pick one with ``HYPOTHESIS_PROFILE=thorough pytest``.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
