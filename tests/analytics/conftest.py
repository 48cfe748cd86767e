"""Shared fixtures of the analytics tests: small hand-built accounts tables."""

import pytest

from .frames import make_frame


@pytest.fixture
def accounts():
    return make_frame()
