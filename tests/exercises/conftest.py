"""Exercise sets shared by the exercise tests: lessons 01 and 02, default and personal data."""

import pytest

import kamlab.exercises as kx

from ._sets import STUDENTS


@pytest.fixture(scope="module")
def l01():
    return kx.lesson("01", lang="en")


@pytest.fixture(scope="module")
def l02():
    return kx.lesson("02", lang="en")


@pytest.fixture(scope="module")
def personal01():
    return {s: kx.lesson("01", student=s, lang="en") for s in STUDENTS}


@pytest.fixture(scope="module")
def personal02():
    return {s: kx.lesson("02", student=s, lang="en") for s in STUDENTS}
