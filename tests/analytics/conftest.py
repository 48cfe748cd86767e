"""Shared fixtures of the analytics tests: small hand-built accounts tables."""

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "analytics", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("analytics")

from .frames import make_frame  # noqa: E402


@pytest.fixture
def accounts():
    return make_frame()
