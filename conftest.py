"""Applies to every test and doctest: Hypothesis profiles, and close the pyplot figures a test opened.

Hypothesis profiles
-------------------
``derandomized`` (the default, used by ``make test`` and CI): every property test draws the
same examples on every run and machine (``derandomize=True``, no example database), so the
suite cannot go red on an example that CI never drew. ``fuzz`` (``make fuzz``) draws new
random examples; ``make fuzz seed=N`` (``--hypothesis-seed=N``) replays one run exactly.
Choose one with ``--hypothesis-profile=NAME`` or the ``HYPOTHESIS_PROFILE`` variable.
"""

import os

import pytest
from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, print_blob=True, database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("derandomized", derandomize=True, max_examples=60, **_COMMON)
settings.register_profile("fuzz", derandomize=False, max_examples=200, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))


@pytest.fixture(autouse=True)
def _close_figures():
    """Plot functions called without ``ax`` open pyplot figures; close them after each test."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
