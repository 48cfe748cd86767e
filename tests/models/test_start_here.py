"""The start-here explorer: model, plot and widget, each tested without a browser."""

import numpy as np
import pytest

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.start_here import filter_accounts, select_accounts, top_accounts
from kamlab.schema import CATEGORIES


def test_filter_keeps_only_matching_rows(accounts):
    sub = filter_accounts(accounts, industry="packaging_machinery", region="east")
    assert len(sub) == ((accounts.industry == "packaging_machinery") & (accounts.region == "east")).sum()
    assert len(filter_accounts(accounts)) == len(accounts)
    assert sub is not accounts


def test_top_accounts_ranks_descending(accounts):
    top = top_accounts(accounts, by="gross_margin", n=7)
    assert list(top["rank"]) == list(range(1, 8))
    assert top.gross_margin.is_monotonic_decreasing
    assert top.gross_margin.iloc[0] == accounts.gross_margin.max()


def test_selection_totals(accounts):
    sel = select_accounts(accounts, industry="automotive", n=5)
    auto = accounts[accounts.industry == "automotive"]
    assert sel.n_selected == len(auto)
    assert sel.revenue_selected == pytest.approx(auto.revenue.sum())
    assert sel.revenue_share == pytest.approx(auto.revenue.sum() / accounts.revenue.sum())


def test_empty_selection_is_not_an_error():
    acc = kamlab.make_accounts(10, seed=1)
    missing = [c for c in CATEGORIES["industry"] if c not in set(acc.industry.astype(str))][0]
    sel = select_accounts(acc, industry=missing)
    assert sel.n_selected == 0 and sel.top.empty and sel.revenue_share == 0


@pytest.mark.parametrize(
    "call, err, msg",
    [
        (
            lambda a: filter_accounts(a, industry="bakery"),
            KamlabValueError,
            "parameter 'industry' = 'bakery'; expected one of 'automotive'",
        ),
        (
            lambda a: filter_accounts(a.drop(columns="region"), region="east"),
            KamlabValueError,
            "missing column 'region'",
        ),
        (lambda a: filter_accounts(list(a), region="east"), KamlabTypeError, "must be a pandas DataFrame"),
        (lambda a: top_accounts(a, by="name_zh"), KamlabValueError, "parameter 'by' = 'name_zh'"),
        (lambda a: top_accounts(a, n=0), KamlabValueError, "parameter 'n' = 0; expected >= 1"),
        (lambda a: top_accounts(a.assign(revenue=np.nan), n=3), KamlabValueError, "column 'revenue' has 2000 missing"),
        (
            lambda a: select_accounts(a.assign(revenue=-a.revenue)),
            KamlabValueError,
            "column 'revenue' has 2000 negative",
        ),
    ],
)
def test_bad_input(accounts, call, err, msg):
    with pytest.raises(err, match=msg):
        call(accounts)
