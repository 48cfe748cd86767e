"""The suite's own set-up: property tests draw the same examples on every run unless asked not to."""

import os

from hypothesis import settings


def test_hypothesis_profile_is_the_one_asked_for(pytestconfig):
    # a conftest that loads another profile (as tests/analytics once did) would silently
    # replace the derandomized default for every test collected after it
    asked = pytestconfig.getoption("hypothesis_profile") or os.environ.get("HYPOTHESIS_PROFILE", "derandomized")
    assert settings.get_current_profile_name() == asked
    if asked == "derandomized":
        assert settings.default.derandomize and settings.default.database is None
        assert settings.default.deadline is None and settings.default.print_blob
