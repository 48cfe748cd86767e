"""Shared test set-up: a non-interactive matplotlib backend and a clean language per test."""

import matplotlib
import pytest

matplotlib.use("Agg")  # chosen here, not through MPLBACKEND, which would leak into notebook kernels


@pytest.fixture(autouse=True)
def _fresh_language():
    """Every test starts in the default language and leaves no language behind."""
    from kamlab.i18n import set_lang

    set_lang("zh")
    yield
    set_lang("zh")


@pytest.fixture(scope="session")
def company():
    """The default simulated company (same as the shipped data)."""
    import kamlab

    return kamlab.make_company()


@pytest.fixture(scope="session")
def accounts(company):
    return company.accounts


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test of this process (tests/browser, tests/course):
    a launch costs seconds of CPU, and each test opens and closes its own page (a fresh context)."""
    from tests.browser._voila import chromium

    yield from chromium()
