"""Applies to every test and doctest: close the pyplot figures a test opened."""

import pytest


@pytest.fixture(autouse=True)
def _close_figures():
    """Plot functions called without ``ax`` open pyplot figures; close them after each test."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
