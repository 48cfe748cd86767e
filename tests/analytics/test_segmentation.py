"""Pareto table, customer pyramid, ABC classes, dependence flags, Pareto-implied shares."""

import math
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.analytics import (
    CustomerPyramid,
    abc_classes,
    customer_pyramid,
    dependence_flags,
    pareto_pyramid_shares,
    pareto_table,
)


def frame_of(values):
    return pd.DataFrame({"account_id": [f"A{i:03d}" for i in range(len(values))], "revenue": values})


revenues = st.lists(st.floats(0, 1e7, allow_nan=False), min_size=1, max_size=60).filter(lambda v: sum(v) > 1e-3)


# --- known answers ---
def test_pareto_table_known():
    table = pareto_table(frame_of([10, 80, 4, 3, 3]))
    assert table["account_id"].tolist() == ["A001", "A000", "A002", "A003", "A004"]
    assert table["rank"].tolist() == [1, 2, 3, 4, 5]
    np.testing.assert_allclose(table["cum_value_share"], [0.8, 0.9, 0.94, 0.97, 1.0])
    np.testing.assert_allclose(table["cum_account_share"], [0.2, 0.4, 0.6, 0.8, 1.0])
    # ties broken by account_id
    tied = pareto_table(pd.DataFrame({"account_id": ["b", "a", "c"], "revenue": [5, 5, 1]}))
    assert tied["account_id"].tolist() == ["a", "b", "c"]


def test_pareto_table_other_value_column():
    frame = frame_of([1, 2]).assign(profit=[30.0, 10.0])
    table = pareto_table(frame, value="profit")
    assert table["account_id"].tolist() == ["A000", "A001"]
    assert "profit" in table.columns


def test_pyramid_chapter_cuts_2000_accounts():
    frame = frame_of(list(np.linspace(1000, 1, 2000)))
    pyramid = customer_pyramid(frame)
    assert isinstance(pyramid, CustomerPyramid)
    assert pyramid.summary["count"].tolist() == [20, 80, 300, 1600]
    assert pyramid.summary["tier_zh"].tolist() == ["VIP客户", "重要客户", "普通大客户", "小客户"]
    assert pyramid.summary["tier_en"].tolist() == ["VIP", "Important", "Ordinary key account", "Small customer"]
    assert pyramid.summary["value_share"].sum() == pytest.approx(1.0)
    assert pyramid.accounts["tier"].iloc[0] == "vip" and pyramid.accounts["tier"].iloc[-1] == "small"


def test_pyramid_small_base_and_custom_cuts():
    pyramid = customer_pyramid(frame_of([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))
    assert pyramid.summary["count"].tolist() == [0, 0, 2, 8]  # 1% of 10 accounts is a tenth of one
    custom = customer_pyramid(frame_of([4, 3, 2, 1]), cuts=[0.25, 0.25, 0.25, 0.25])
    assert custom.accounts["tier"].tolist() == ["vip", "important", "ordinary", "small"]
    np.testing.assert_allclose(custom.summary["value_share"], [0.4, 0.3, 0.2, 0.1])


def test_abc_known():
    out = abc_classes(pd.DataFrame({"account_id": list("PQRST"), "revenue": [50, 30, 10, 5, 5]}))
    assert out["abc"].tolist() == ["A", "A", "B", "B", "C"]
    one = abc_classes(frame_of([10.0]))
    assert one["abc"].tolist() == ["A"]
    custom = abc_classes(frame_of([50, 30, 10, 5, 5]), a=0.5, b=0.9)
    assert custom["abc"].tolist() == ["A", "B", "B", "C", "C"]


def test_dependence_k1_customer_b():
    k1 = pd.DataFrame({"account_id": ["B", "C", "D", "E"], "revenue": [3_000_000.0, 9e6, 9e6, 23_076_923.08 - 21e6]})
    flags = dependence_flags(k1).set_index("account_id")
    assert flags.loc["B", "share"] == pytest.approx(0.13, abs=1e-6)
    assert bool(flags.loc["B", "disclosure"]) and not bool(flags.loc["B", "major_dependence"])
    one = dependence_flags(frame_of([60.0, 40.0])).set_index("account_id")
    assert bool(one.loc["A000", "major_dependence"]) and not bool(one.loc["A001", "major_dependence"])
    edge = dependence_flags(frame_of([10.0, 90.0])).set_index("account_id")
    assert bool(edge.loc["A000", "disclosure"])  # exactly 10%: at or above the line
    half = dependence_flags(frame_of([50.0, 50.0]))
    assert not half["major_dependence"].any()  # exactly 50%: not above


def test_pareto_pyramid_shares_known():
    shares = pareto_pyramid_shares()
    alpha = math.log(5) / math.log(4)
    assert shares["alpha"].iloc[0] == pytest.approx(alpha)
    top = lambda p: p ** (1 - 1 / alpha)  # noqa: E731
    expected = np.diff([0, top(0.01), top(0.05), top(0.20), 1.0])
    np.testing.assert_allclose(shares["value_share"], expected)
    assert shares["cum_value_share"].iloc[2] == pytest.approx(0.8)  # the 80/20 rule itself
    equal = pareto_pyramid_shares(top20_share=0.2)
    np.testing.assert_allclose(equal["value_share"], [0.01, 0.04, 0.15, 0.80])
    assert math.isinf(equal["alpha"].iloc[0])


def test_pareto_implied_shares_match_numerical_integration():
    """Peer check: integrate the Pareto quantile function Q(u) = (1 - u)^(-1/alpha) numerically.

    The top share p of accounts holds int_0^p v^(-1/alpha) dv / int_0^1 v^(-1/alpha) dv;
    substituting v = s^10 removes the singularity at 0 so a trapezoid rule converges.
    """
    alpha = math.log(5) / math.log(4)

    def top(p):
        s = np.linspace(0, p**0.1, 200_001)
        f = 10 * s ** (9 - 10 / alpha)
        return np.trapezoid(f, s)

    total = top(1.0)
    cum = np.array([top(c) / total for c in (0.01, 0.05, 0.20, 1.0)])
    numeric = np.diff(np.concatenate([[0], cum]))
    np.testing.assert_allclose(pareto_pyramid_shares()["value_share"], numeric, atol=1e-4)


# --- invariants ---
@given(revenues)
def test_shares_bounded_and_cumulative(values):
    table = pareto_table(frame_of(values))
    for col in ("value_share", "cum_value_share", "cum_account_share"):
        assert ((table[col] >= 0) & (table[col] <= 1 + 1e-12)).all()
    assert np.all(np.diff(table["cum_value_share"]) >= -1e-12)
    assert table["cum_value_share"].iloc[-1] == 1.0
    # cumulative value share is never below the cumulative account share (largest first)
    assert np.all(table["cum_value_share"].to_numpy() >= table["cum_account_share"].to_numpy() - 1e-9)


@given(revenues, st.randoms(use_true_random=False))
def test_row_order_does_not_matter(values, rnd):
    frame = frame_of(values)
    shuffled = frame.sample(frac=1, random_state=rnd.randint(0, 10_000))
    pd.testing.assert_frame_equal(pareto_table(frame), pareto_table(shuffled))
    pd.testing.assert_frame_equal(customer_pyramid(frame).summary, customer_pyramid(shuffled).summary)
    pd.testing.assert_frame_equal(abc_classes(frame), abc_classes(shuffled))
    pd.testing.assert_frame_equal(dependence_flags(frame), dependence_flags(shuffled))


@given(revenues)
def test_pyramid_summary_consistent(values):
    s = customer_pyramid(frame_of(values)).summary
    assert s["count"].sum() == len(values)
    assert s["value_share"].sum() == pytest.approx(1.0)
    assert ((s["value_share"] >= 0) & (s["value_share"] <= 1 + 1e-12)).all()


@given(revenues, st.floats(0.05, 1.0), st.floats(0.0, 1.0))
def test_abc_class_a_reaches_a(values, a, extra):
    b = a + (1 - a) * extra
    out = abc_classes(frame_of(values), a=a, b=b)
    total = sum(values)
    a_share = out.loc[out["abc"] == "A", "revenue"].sum() / total
    ab_share = out.loc[out["abc"] != "C", "revenue"].sum() / total
    assert a_share >= a - 1e-9 and ab_share >= b - 1e-9
    assert out["abc"].iloc[0] == "A"
    order = {"A": 0, "B": 1, "C": 2}
    assert np.all(np.diff([order[c] for c in out["abc"]]) >= 0)


@given(st.floats(0.2, 0.99))
def test_pareto_implied_shares_valid(s):
    shares = pareto_pyramid_shares(top20_share=s)
    assert shares["value_share"].sum() == pytest.approx(1.0)
    assert ((shares["value_share"] >= 0) & (shares["value_share"] <= 1)).all()
    assert shares["cum_value_share"].iloc[2] == pytest.approx(s)


# --- validation: one test per branch ---
def test_accounts_validation():
    with pytest.raises(TypeError, match=r"pareto_table: parameter 'accounts' must be a pandas DataFrame, got list"):
        pareto_table([1, 2])
    with pytest.raises(
        ValueError, match=r"pareto_table: missing column 'revenue'\. Columns present: account_id, sales"
    ):
        pareto_table(pd.DataFrame({"account_id": ["a"], "sales": [1.0]}))
    with pytest.raises(ValueError, match=r"missing column 'account_id'"):
        pareto_table(pd.DataFrame({"revenue": [1.0]}))
    with pytest.raises(ValueError, match=r"has no rows"):
        pareto_table(frame_of([]))
    with pytest.raises(ValueError, match=r"'account_id' has 1 duplicated values \(first: account_id='a'\)"):
        pareto_table(pd.DataFrame({"account_id": ["a", "a"], "revenue": [1.0, 2.0]}))
    with pytest.raises(ValueError, match=r"'account_id' has 1 missing values"):
        pareto_table(pd.DataFrame({"account_id": ["a", None], "revenue": [1.0, 2.0]}))
    with pytest.raises(
        ValueError,
        match=r"column 'revenue' has 1 negative value \(first: account_id='A001', revenue=-1200.0\); expected >= 0",
    ):
        pareto_table(frame_of([5.0, -1200.0]))
    with pytest.raises(ValueError, match=r"column 'revenue' has 1 missing \(NaN\) value"):
        pareto_table(frame_of([5.0, np.nan]))
    with pytest.raises(ValueError, match=r"infinite"):
        pareto_table(frame_of([5.0, np.inf]))
    with pytest.raises(TypeError, match=r"column 'revenue' must be numeric, got dtype"):
        pareto_table(pd.DataFrame({"account_id": ["a"], "revenue": ["lots"]}))
    with pytest.raises(ValueError, match=r"column 'revenue' sums to 0"):
        pareto_table(frame_of([0.0, 0.0]))
    with pytest.raises(TypeError, match=r"parameter 'value' must be a column name"):
        pareto_table(frame_of([1.0]), value=3)


@pytest.mark.parametrize(
    "cuts, exc, match",
    [
        ((0.2, 0.8), ValueError, r"customer_pyramid: parameter 'cuts' has 2 shares .*expected 4"),
        ((0.1, 0.1, 0.1, 0.1), ValueError, r"adds up to 0.4; expected 1"),
        ((0.5, 0.5, 0.0, 0.0), ValueError, r"item 2 = 0.0; expected a share in \(0, 1\]"),
        ((0.5, "a", 0.25, 0.25), TypeError, r"item 1 is 'a'; expected a finite number"),
        ("abcd", TypeError, r"must be a sequence of 4 shares, got str"),
        (5, TypeError, r"must be a sequence of 4 shares, got int"),
    ],
)
def test_cuts_validation(cuts, exc, match):
    with pytest.raises(exc, match=match):
        customer_pyramid(frame_of([1.0, 2.0]), cuts=cuts)


def test_pareto_pyramid_shares_validation():
    with pytest.raises(
        ValueError, match=r"pareto_pyramid_shares: parameter 'top20_share' = 0.1; expected a share in \[0.2, 1\)"
    ):
        pareto_pyramid_shares(top20_share=0.1)
    with pytest.raises(ValueError, match=r"'top20_share' = 1.0"):
        pareto_pyramid_shares(top20_share=1.0)
    with pytest.raises(TypeError, match=r"'top20_share' must be a number"):
        pareto_pyramid_shares(top20_share="80%")
    with pytest.raises(ValueError, match=r"pareto_pyramid_shares: parameter 'cuts'"):
        pareto_pyramid_shares((0.5, 0.5))


def test_abc_validation():
    with pytest.raises(ValueError, match=r"abc_classes: parameter 'a' = 0.0 is a share outside \(0, 1\]"):
        abc_classes(frame_of([1.0]), a=0.0)
    with pytest.raises(ValueError, match=r"abc_classes: parameter 'b' = 0.5; expected a share between a = 0.8 and 1"):
        abc_classes(frame_of([1.0]), b=0.5)
    with pytest.raises(ValueError, match=r"parameter 'b' = 1.2"):
        abc_classes(frame_of([1.0]), b=1.2)
    with pytest.raises(TypeError, match=r"parameter 'b' must be a number"):
        abc_classes(frame_of([1.0]), b=None)
    with pytest.raises(ValueError, match=r"abc_classes: missing column 'revenue'"):
        abc_classes(pd.DataFrame({"account_id": ["a"]}))


def test_dependence_validation():
    with pytest.raises(ValueError, match=r"dependence_flags: parameter 'major' = 0.05 is below 'disclosure' = 0.1"):
        dependence_flags(frame_of([1.0]), major=0.05)
    with pytest.raises(ValueError, match=r"'disclosure' = 0.0 is a share outside \(0, 1\]"):
        dependence_flags(frame_of([1.0]), disclosure=0.0)
    with pytest.raises(ValueError, match=r"'major' = 2.0 is a share outside"):
        dependence_flags(frame_of([1.0]), major=2.0)
    with pytest.raises(TypeError, match=r"dependence_flags: parameter 'accounts' must be a pandas DataFrame"):
        dependence_flags({"revenue": [1]})


# --- the account_id check: one vectorised pass, the same verdicts and messages as pandas ---
from kamlab.analytics import _common  # noqa: E402


@pytest.mark.parametrize(
    "ids, fast",
    [
        (["A1", "A2", "B1"], True),  # one width, up to 8 bytes: exact keys
        (["A1", "A2", "A1"], False),
        (["ABCDEFGH", "ABCDEFGI"], True),
        (["ABCDEFGH", "ABCDEFGH"], False),  # exactly 8 bytes
        ([f"ACCOUNT-{i:012d}" for i in range(500)], True),  # 20 bytes: folded hashes
        ([f"ACCOUNT-{i:012d}" for i in range(500)] + ["ACCOUNT-000000000007"], False),
        (["客户甲", "客户乙"], True),
        (["客户甲", "客户乙", "客户甲"], False),  # UTF-8 bytes
        (["", ""], False),
        (["A1", "A22"], True),
        (["A1", "A22", "A1"], False),  # widths differ: Python hashes
        (["a\0", "bc"], True),
        (["a\0", "bc", "a\0"], False),  # an id holding a NUL: the same
        (["A1", None], None),  # not all str
        ([1, 2], None),
    ],
)
def test_fixed_width_id_check(ids, fast):
    series = pd.Series(ids, dtype=object)
    assert _common._unique_strings(series) == fast
    if fast is not None:
        assert _common._unique_strings(series.astype("str")) == fast
        assert fast == (not series.duplicated().any())


@given(st.lists(st.text(alphabet="ab\0甲", max_size=3), min_size=1, max_size=40), st.sampled_from([object, "str"]))
def test_id_check_agrees_with_pandas(ids, dtype):
    frame = pd.DataFrame({"account_id": pd.Series(ids, dtype=dtype), "revenue": 1.0})
    expected = pd.Series(ids).duplicated()
    if expected.any():
        first = pd.Series(ids)[pd.Series(ids).duplicated(keep=False)].iloc[0]
        message = f"'account_id' has {int(expected.sum())} duplicated values (first: account_id={first!r})"
        with pytest.raises(ValueError, match=re.escape(message)):
            pareto_table(frame)
    else:
        assert len(pareto_table(frame)) == len(ids)


def test_id_check_runs_once_per_call(monkeypatch):
    calls = []
    real = _common._id_analysis
    monkeypatch.setattr(_common, "_id_analysis", lambda ids: calls.append(1) or real(ids))
    accounts = pd.DataFrame({"account_id": [f"A{i:04d}" for i in range(300)], "revenue": np.arange(300.0)})
    pareto_table(accounts)
    customer_pyramid(accounts)
    assert len(calls) == 2


def test_missing_ids_are_reported_before_duplicates():
    frame = pd.DataFrame({"account_id": pd.Series(["a", "a", None], dtype="str"), "revenue": [1.0, 2.0, 3.0]})
    with pytest.raises(ValueError, match=r"'account_id' has 1 missing values \(first at row 2\)"):
        customer_pyramid(frame)


# --- dense ids (a fixed prefix, then digits): codes instead of a sort (issue 27, speed) ---


@pytest.mark.parametrize(
    "ids, dense",
    [
        ([f"A{i:07d}" for i in range(0, 3000, 3)], True),
        ([f"KA-2026-{i:05d}" for i in range(700)], True),  # 13 bytes, constant columns add nothing
        ([f"客户{i:03d}" for i in range(200)], True),  # UTF-8 bytes of one length
        (["A1", "A2", "B1"], True),
        (["", "", ""], True),  # width 0: one code, so duplicates
        ([f"{i * 2654435761 % 2**32:010d}" for i in range(100)], False),  # spread: sorted instead
    ],
)
def test_dense_id_codes_order_as_the_ids(ids, dense):
    rng = np.random.default_rng(7)
    for series in (pd.Series(ids, dtype="str"), pd.Series(list(rng.permutation(ids)), dtype=object)):
        unique, codes = _common._id_analysis(series)
        assert unique == (not series.duplicated().any())
        assert (codes is not None) == dense
        if codes is not None:  # equal where the ids are, and ranked as the ids are
            np.testing.assert_array_equal(
                pd.Series(codes).rank(method="dense").to_numpy(), series.rank(method="dense").to_numpy()
            )


def test_dense_ids_find_each_duplicate():
    ids = [f"A{i:06d}" for i in range(1000)]
    for dup in (0, 499, 999):
        unique, codes = _common._id_analysis(pd.Series([*ids, ids[dup]], dtype="str"))
        assert unique is False and codes is not None
    with pytest.raises(ValueError, match=r"1 duplicated values \(first: account_id='A000499'\)"):
        pareto_table(pd.DataFrame({"account_id": [*ids, "A000499"], "revenue": 1.0}))


def test_tier_positions_are_the_first_tier_covering_each_rank():
    from kamlab.analytics.segmentation import _tier_positions

    for n in [*range(1, 120), 1000, 12345]:
        for cuts in [(0.01, 0.04, 0.15, 0.80), (1 / 3, 1 / 3, 1 / 6, 1 / 6), (0.97, 0.01, 0.01, 0.01)]:
            bounds = np.cumsum(cuts) * n
            bounds[-1] = n
            expected = np.searchsorted(bounds + 1e-9, np.arange(1, n + 1), side="left")
            np.testing.assert_array_equal(_tier_positions(n, cuts), expected)


@pytest.mark.parametrize(
    "ids",
    [
        pd.Series(["b", "c", "a", "d"], dtype="str"),
        pd.Series(["b", "c", "a", "d"], dtype=pd.StringDtype("python")),  # pd.NA variant
        pd.Series(["b", "c", "a", "d"], dtype=object),
        pd.Series([("t", 1), 3, "a", 2.5], dtype=object),
        pd.Series([11, 7, 3, 5]),
        pd.Series(["b", "c", "a", "d"], dtype="category"),
        pd.Series(["b"], dtype="str"),
    ],
)
def test_ids_in_rank_order_are_a_take(ids):
    from kamlab.analytics.segmentation import _in_order

    order = np.array([2, 0, 3, 1])[: len(ids)] if len(ids) > 1 else np.array([0])
    got, expected = _in_order(ids.array, order), ids.array.take(order)
    assert got.dtype == expected.dtype and type(got) is type(expected)
    assert list(got) == list(expected)
