"""``rank_order`` (every ranking of the analytics core): the order of ``np.lexsort((ids.astype(str),
primary))``, reached by one integer sort and a sort of the near-tied rows (issue 27, speed)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kamlab.analytics._common import _id_analysis, rank_order


def _reference(values, ids, descending=True):
    primary = -values if descending else values
    primary = primary + 0.0
    return np.lexsort((ids.astype(str).to_numpy(), primary))


def _ids(kind: str, n: int, rng) -> pd.Series:
    perm = rng.permutation(n)
    if kind == "fixed":
        return pd.Series([f"A{i:05d}" for i in perm], dtype="str")
    if kind == "long":
        return pd.Series([f"ACCOUNT-{i:07d}" for i in perm], dtype="str")
    if kind == "varying":
        return pd.Series([f"A{i}" for i in perm], dtype="str")
    if kind == "chinese":
        return pd.Series([f"客户{i:04d}" for i in perm], dtype="str")
    if kind == "int":
        return pd.Series(perm * 7 + 3)
    if kind == "nul":
        return pd.Series([f"A{i:03d}" + ("\0" if i % 5 == 0 else "") for i in perm], dtype=object)
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["fixed", "long", "varying", "chinese", "int", "nul"])
@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("descending", [True, False])
def test_the_order_of_a_lexsort_by_value_then_id(kind, seed, descending):
    rng = np.random.default_rng(seed)  # fixed seeds: the same inputs on every run
    n = 3000
    values = np.round(rng.lognormal(8, 2, n), 0)  # many exact ties
    values[:40] = 0.0
    values[40:60] = -0.0
    values[60:90] = -np.round(rng.lognormal(3, 1, 30), 0)  # negative (a profit)
    values[90:120] = values[120:150] * (1 + 2.0**-40)  # equal but for the last bits
    values[150:160] = 1e308
    values[160:170] = 5e-324
    values[170:200] = values[200:230] * (1 + 2.0**-48)  # differ only in the bits the position replaces
    assert (values[170:200] != values[200:230]).any()
    ids = _ids(kind, n, rng)
    order = rank_order(values, ids, descending=descending)
    np.testing.assert_array_equal(order, _reference(values, ids, descending))
    codes = _id_analysis(ids)[1]  # the dense ids' codes, as pareto_table passes them
    assert (codes is not None) == (kind in ("fixed", "long", "chinese"))
    if codes is not None:
        order = rank_order(values, ids, descending=descending, id_codes=codes)
        np.testing.assert_array_equal(order, _reference(values, ids, descending))


def test_non_finite_values_fall_back_to_argsort():
    values = np.array([1.0, np.inf, 2.0, np.inf, -np.inf, np.nan, np.nan])
    ids = pd.Series(["e", "d", "c", "b", "a", "g", "f"], dtype="str")
    np.testing.assert_array_equal(rank_order(values, ids), _reference(values, ids))
    codes = _id_analysis(ids)[1]
    np.testing.assert_array_equal(rank_order(values, ids, id_codes=codes), _reference(values, ids))


@pytest.mark.parametrize("n", [1, 2])
def test_tiny_tables(n):
    values, ids = np.ones(n), pd.Series(["b", "a"][:n], dtype="str")
    np.testing.assert_array_equal(rank_order(values, ids), _reference(values, ids))
