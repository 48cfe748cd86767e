"""Lesson 07 (capstone): the explorers of kamlab.widgets.kam_in_practice.capstone (moved from tests/models/kam_in_practice/test_capstone.py)."""

import pytest

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.kam_in_practice import capstone as cp
from kamlab.models.kam_in_practice.capstone import evaluation, planning
from kamlab.widgets.kam_in_practice import capstone as views


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300)


# ---- the explorer --------------------------------------------------------------------------------------
def test_capstone_explorer_sweep(accounts):
    ex = views.capstone_explorer(accounts, lang="en")
    c = ex.controls
    assert c["budget"].min == 0 and c["budget"].max == 5_000_000 and c["budget"].value == 1_000_000
    assert [v for _, v in c["rule"].options] == list(cp.RULES) and c["top_n"].max == 50
    assert ex.result.expected_uplift == pytest.approx(cp.capstone(accounts, n_sims=1).evaluation.expected_uplift)
    assert "chance of doing worse than no KAM" in ex.caption.value and ex.png.startswith(b"\x89PNG")

    def check():
        r = ex.result
        assert r.annual_cost <= c["budget"].value + 1e-6 and r.simulate == "programme"
        assert r.rule == c["rule"].value and ex.caption.value and ex.png.startswith(b"\x89PNG")
        if r.rule != "optimal":
            assert len(r.programme) <= c["top_n"].value
        if r.rule in ("revenue", "profit", "attractiveness"):
            assert set(r.programme.values()) <= {c["level"].value}

    for budget in (0.0, 50_000.0, 5_000_000.0):
        before, changed = ex.updates, c["budget"].value != budget
        c["budget"].value = budget
        assert ex.updates == before + changed
        check()
        if budget == 0:
            assert ex.result.programme == {} and "0 accounts" in ex.caption.value
    for rule in cp.RULES:
        c["rule"].value = rule
        for level in ("basic", "team"):
            c["level"].value = level
            check()
    for top_n in (1, 50):
        c["top_n"].value = top_n
        check()
    optimal_top = planning._plan(
        evaluation._prepare(accounts, "t"), 5_000_000.0, "optimal", "team", 50, cp.LEVELS, 3, 0.10
    )
    c["rule"].value = "optimal"
    assert ex.result.programme == optimal_top


def test_capstone_explorer_zh_small_and_validation(small):
    ex = views.capstone_explorer(small, lang="zh")
    assert ex.controls["budget"].max == 1_000_000 and "方案不如不做的概率" in ex.caption.value
    assert ex.controls["rule"].options[0][0] == "最优（背包算法）"
    tiny = kamlab.make_accounts(10, seed=1)
    ex = views.capstone_explorer(tiny, lang="en", n_sims=50)
    assert ex.controls["top_n"].max == 10
    ex.controls["top_n"].value = 1
    assert len(ex.result.programme) <= 1 or ex.result.rule == "optimal"
    with pytest.raises(KamlabValueError, match="capstone_explorer: parameter 'n_sims' = 0"):
        views.capstone_explorer(small, n_sims=0)
    with pytest.raises(KamlabTypeError, match="capstone_explorer: parameter 'seed' must be an integer"):
        views.capstone_explorer(small, seed="a")
    with pytest.raises(KamlabTypeError, match="capstone_explorer: parameter 'accounts' must be a pandas DataFrame"):
        views.capstone_explorer([1])
