"""How many examples a property test draws: a share of the loaded hypothesis profile's ``max_examples``
(conftest.py: 60 in ``make test``, 200 in ``make fuzz``), so ``make fuzz`` reaches every property test
and a slow test still draws fewer than a cheap one."""

from hypothesis import settings

#: The profile whose ``max_examples`` the numbers given to :func:`examples` are counted against.
BASE_PROFILE = "derandomized"


def examples(n: int) -> settings:
    """Settings for a property test that draws ``n`` examples under the ``derandomized`` profile
    (``make test``) and proportionally more or fewer under the loaded one (``make fuzz``: 200/60 as many)."""
    base = settings.get_profile(BASE_PROFILE).max_examples
    return settings(max_examples=max(1, round(n * settings.default.max_examples / base)))
