"""Lorenz curve, Gini, HHI and top share: known answers, peer checks, invariants, errors."""

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.analytics import HHI, gini, hhi, lorenz_curve, top_share
from tests._floats import ordered

amounts = st.lists(st.floats(0, 1e7, allow_nan=False, allow_infinity=False), min_size=1, max_size=40).filter(
    lambda xs: sum(xs) > 1e-6
)


# --- peer implementations (numpy, written out as QuantEcon.py defines them) ---
def gini_brute_force(x):
    """O(n^2) mean absolute difference over twice the mean (QuantEcon's gini_coefficient)."""
    x = np.asarray(x, float)
    n = len(x)
    return sum(abs(a - b) for a, b in itertools.product(x, x)) / (2 * n * x.sum())


def lorenz_reference(x):
    """QuantEcon's lorenz_curve: cumulative people and income shares, starting at 0."""
    y = np.sort(np.asarray(x, float))
    n = len(y)
    return np.arange(n + 1) / n, np.concatenate([[0], np.cumsum(y)]) / y.sum()


# --- known answers ---
def test_gini_known_answers():
    assert gini([0, 0, 0, 1]) == pytest.approx(0.75)  # no small-sample correction: 1 - 1/n
    assert gini([1, 1, 1, 1]) == 0.0
    assert gini([7]) == 0.0
    assert gini([1, 3]) == pytest.approx(0.25)  # |1-3| * 2 / (2 * 4 * 2)
    assert gini(np.array([0.0, 10.0])) == pytest.approx(0.5)


def test_hhi_known_answers():
    assert hhi([1, 1, 1, 1]) == HHI(2500.0, 4.0)
    assert hhi([100]).index == 10_000
    assert hhi([50, 30, 20]).index == pytest.approx(5000 / 1.0 * 0 + 2500 + 900 + 400)
    assert hhi([50, 30, 20]).equivalent_customers == pytest.approx(10_000 / 3800)
    assert float(hhi([1, 1])) == 5000.0


def test_top_share_and_lorenz_known_answers():
    assert top_share([80, 5, 5, 5, 5], 0.2) == pytest.approx(0.8)
    assert top_share([1, 1, 1, 1], 0.25) == pytest.approx(0.25)
    assert top_share([4, 3, 2, 1], 0.0) == 0.0
    assert top_share([4, 3, 2, 1], 1.0) == 1.0
    assert top_share([4, 3, 2, 1], 0.125) == pytest.approx(0.2)  # half of the largest account
    curve = lorenz_curve(pd.Series([3, 1]))
    assert curve["value_share"].tolist() == [0.0, 0.25, 1.0]


# --- peer agreement and invariants ---
@given(amounts)
def test_gini_matches_brute_force(xs):
    assert gini(xs) == pytest.approx(gini_brute_force(xs), abs=1e-9)


@given(amounts)
def test_lorenz_matches_reference_and_shape(xs):
    curve = lorenz_curve(xs)
    ref_x, ref_y = lorenz_reference(xs)
    np.testing.assert_allclose(curve["account_share"], ref_x)
    np.testing.assert_allclose(curve["value_share"], ref_y, atol=1e-12)
    x, y = curve["account_share"].to_numpy(), curve["value_share"].to_numpy()
    assert (x[0], y[0]) == (0.0, 0.0) and (x[-1], y[-1]) == (1.0, 1.0)
    assert np.all(np.diff(y) >= -1e-12)  # nondecreasing
    slopes = np.diff(y) / np.diff(x)
    assert np.all(np.diff(slopes) >= -1e-9)  # convex
    assert np.all(y <= x + 1e-12)  # below the diagonal
    assert np.all((y >= 0) & (y <= 1))


@given(amounts)
def test_gini_is_twice_the_area_between_diagonal_and_lorenz(xs):
    curve = lorenz_curve(xs)
    x, y = curve["account_share"].to_numpy(), curve["value_share"].to_numpy()
    area = float(np.sum((x[1:] - x[:-1]) * (y[1:] + y[:-1]) / 2))
    assert gini(xs) == pytest.approx(1 - 2 * area, abs=1e-9)
    assert ordered(0, gini(xs), 1 - 1 / len(xs))


@given(amounts, st.randoms(use_true_random=False))
def test_measures_do_not_depend_on_order(xs, rnd):
    shuffled = list(xs)
    rnd.shuffle(shuffled)
    assert gini(shuffled) == pytest.approx(gini(xs), abs=1e-12)
    assert hhi(shuffled).index == pytest.approx(hhi(xs).index)
    assert top_share(shuffled, 0.2) == pytest.approx(top_share(xs, 0.2))


@given(amounts, st.floats(0, 1))
def test_hhi_and_top_share_bounds(xs, p):
    n = len(xs)
    h = hhi(xs)
    assert 10_000 / n - 1e-6 <= h.index <= 10_000 + 1e-6
    assert 1 - 1e-9 <= h.equivalent_customers <= n + 1e-9
    shares = np.asarray(xs) / sum(xs)
    assert h.index == pytest.approx(10_000 * np.sum(shares**2))
    s = top_share(xs, p)
    assert p - 1e-9 <= s <= 1.0
    assert top_share(xs, min(1.0, p + 0.1)) >= s - 1e-12


@given(st.lists(st.floats(0.01, 1e6), min_size=1, max_size=30), st.floats(0.1, 1000))
def test_scale_invariance(xs, c):
    scaled = [c * x for x in xs]
    assert gini(scaled) == pytest.approx(gini(xs), abs=1e-9)
    assert hhi(scaled).index == pytest.approx(hhi(xs).index)


def test_top_share_integer_cut_equals_sorted_sum():
    rng = np.random.default_rng(3)
    x = rng.lognormal(0, 1.5, 50)
    assert top_share(x, 0.2) == pytest.approx(np.sort(x)[::-1][:10].sum() / x.sum())


# --- validation: one test per branch ---
@pytest.mark.parametrize("func", [gini, lorenz_curve, lambda v: hhi(v), lambda v: top_share(v, 0.2)])
@pytest.mark.parametrize(
    "bad, exc, match",
    [
        ("abc", TypeError, r"'values' must be a 1-d sequence"),
        (pd.DataFrame({"a": [1]}), TypeError, r"'values' must be a 1-d sequence"),
        ([[1, 2], [3, 4]], ValueError, r"must be 1-dimensional"),
        (np.array(["a", "b"]), TypeError, r"must hold numbers, got dtype"),
        ([1, None], TypeError, r"item 1 is NoneType"),
        ([True, False], TypeError, r"must hold numbers"),
        ([], ValueError, r"is empty"),
        ([1.0, np.nan], ValueError, r"missing or infinite values \(first at position 1"),
        ([1.0, np.inf], ValueError, r"missing or infinite"),
        ([5.0, -1.0], ValueError, r"1 negative values \(first at position 1: -1.0\); expected >= 0"),
        ([1.0, np.nan, 2.0], ValueError, r"\(first at position 1: nan\)"),
        ([0, 0, 0], ValueError, r"sums to 0"),
    ],
)
def test_value_validation(func, bad, exc, match):
    with pytest.raises(exc, match=match):
        func(bad)


def test_error_names_the_function():
    with pytest.raises(ValueError, match=r"^gini: parameter 'values'"):
        gini([-1])
    with pytest.raises(ValueError, match=r"^hhi: "):
        hhi([0])


@pytest.mark.parametrize(
    "fraction, exc, match",
    [
        (1.5, ValueError, r"top_share: parameter 'fraction' = 1.5 is a share outside \[0, 1\]"),
        (-0.1, ValueError, r"outside"),
        ("0.2", TypeError, r"'fraction' must be a number"),
        (float("nan"), ValueError, r"finite"),
    ],
)
def test_top_share_fraction_validation(fraction, exc, match):
    with pytest.raises(exc, match=match):
        top_share([1, 2, 3], fraction)
