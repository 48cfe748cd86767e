"""make_accounts formats a small table's names itself: the same names as the full table's."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kamlab import datasets
from kamlab.datasets import names


@pytest.fixture
def no_name_table(monkeypatch):
    """As in a fresh kernel: the 151,200-name table not built yet (restored afterwards)."""
    monkeypatch.setattr(names, "_NAME_CACHE", {})


def test_every_name_formatted_by_hand_equals_the_tables(no_name_table, monkeypatch):
    monkeypatch.setattr(names, "_NAMES_BY_HAND", 10**9)  # format all 151,200 by hand
    n_first, n_second, n_industry = len(names._NAME_FIRST), len(names._NAME_SECOND), len(names._INDUSTRY_NAME)
    n_city = sum(len(region) for region in names._CITIES)
    city, core, industry = (
        a.ravel()
        for a in np.meshgrid(np.arange(n_city), np.arange(n_first * n_second), np.arange(n_industry), indexing="ij")
    )
    zh, en = names._names_at(city, core, industry)
    assert not names._NAME_CACHE
    table_zh, table_en = names._company_names()
    idx = (city * n_first * n_second + core) * n_industry + industry
    assert list(zh) == list(table_zh[idx]) and list(en) == list(table_en[idx])


@pytest.mark.parametrize("n, seed, concentration", [(5, 0, 0.8), (2000, 2026, 0.8), (3000, 7, 0.5)])
def test_make_accounts_is_the_same_with_or_without_the_name_table(no_name_table, n, seed, concentration):
    by_hand = datasets.make_accounts(n, seed=seed, concentration=concentration)
    assert not names._NAME_CACHE  # the names were formatted one by one
    names._company_names()
    taken = datasets.make_accounts(n, seed=seed, concentration=concentration)
    pd.testing.assert_frame_equal(by_hand, taken, check_exact=True)
    assert by_hand.dtypes.equals(taken.dtypes)
