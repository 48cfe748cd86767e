"""The suite's own set-up: property tests draw the same examples on every run unless asked not to."""

import os

import pytest
from hypothesis import settings


def test_hypothesis_profile_is_the_one_asked_for(pytestconfig):
    # a conftest that loads another profile (as tests/analytics once did) would silently
    # replace the derandomized default for every test collected after it
    asked = pytestconfig.getoption("hypothesis_profile") or os.environ.get("HYPOTHESIS_PROFILE", "derandomized")
    assert settings.get_current_profile_name() == asked
    if asked == "derandomized":
        assert settings.default.derandomize and settings.default.database is None
        assert settings.default.deadline is None and settings.default.print_blob


@pytest.mark.xdist_group("suite_check")
def test_xdist_groups_reach_the_scheduler(request, pytestconfig):
    # xdist schedules by the "@group" suffix of the node id; without it the "servers" group
    # and each notebook's cells are spread over the workers (pytest-xdist #1386, pytest 9.2)
    in_loadgroup_worker = bool(os.environ.get("PYTEST_XDIST_WORKER")) and pytestconfig.getoption("loadgroup", False)
    assert request.node.nodeid.endswith("@suite_check") == in_loadgroup_worker


def test_no_test_module_overrides_the_profiles_number_of_examples():
    """A property test's count is a share of the loaded profile (tests/_examples.py), so ``make fuzz``
    (200 examples) reaches every one; a fixed ``max_examples`` would not grow with it."""
    import pathlib

    root = pathlib.Path(__file__).parent
    allowed = {root / "_examples.py"}
    for path in root.rglob("*.py"):
        if path not in allowed and path != pathlib.Path(__file__):
            assert "max_examples=" not in path.read_text(encoding="utf-8"), path.relative_to(root)
