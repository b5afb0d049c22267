"""Shared test configuration: Hypothesis profiles.

Profiles: ``ci`` (fast, used when the ``CI`` environment variable is set), ``dev``
(the default locally) and ``thorough`` (many more examples, for a long local run).
Pick one with ``HYPOTHESIS_PROFILE=thorough pytest``.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")
)
