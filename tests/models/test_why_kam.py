"""Lesson 02 (why KAM matters, I1-I4): models, plots and explorers of kamlab.models.why_kam."""

import math
import warnings

import matplotlib
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

import kamlab
from kamlab.models import why_kam
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.widgets import breakeven_explorer, clv_explorer, effort_explorer, retention_explorer
from kamlab.widgets import why_kam as views
from tests._floats import le
from tests.lessons._fonts import render, strict_fonts

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300, seed=2)


def one_account(**overrides):
    row = {"account_id": ["A1"], "category_spend": [1_000_000.0], "share_of_wallet": [0.25],
           "gross_margin": [0.2], "relationship_stage": ["cooperative"], "revenue": [250_000.0],
           "strategic_importance": [3]}
    row.update({k: [v] for k, v in overrides.items()})
    return pd.DataFrame(row)


# ---- I4: the chapter's 33% rule, by hand ---------------------------------------------------
def test_33_percent_rule_by_hand():
    # 0.20 = 0.15 x (1 + x)  =>  x = 0.20 / 0.15 - 1 = 1/3
    x = 0.20 / 0.15 - 1
    s = why_kam.breakeven_scenario(0.20, 0.05)
    assert s.volume_increase == pytest.approx(x) == pytest.approx(1 / 3)
    assert 0.20 == pytest.approx(0.15 * (1 + s.volume_increase))
    assert (s.profit_per_100_before, s.profit_per_100_after) == (20.0, 15.0)
    assert s.compensable
    assert s.table.loc[0.2, 0.05] == pytest.approx(1 / 3)
    assert s.volume_increase == kamlab.breakeven_volume_increase(0.20, 0.05)  # uses the analytics core


def test_breakeven_scenario_beyond_the_line():
    for d in (0.20, 0.25):
        s = why_kam.breakeven_scenario(0.20, d)
        assert not s.compensable and math.isnan(s.volume_increase)
    assert why_kam.breakeven_scenario(0.20, 0.25).profit_per_100_after == pytest.approx(-5.0)
    assert why_kam.breakeven_scenario(0.20, 0.20).profit_per_100_after == 0.0
    table = why_kam.breakeven_scenario(0.3, 0.1).table
    assert table.shape == (56, 31)
    assert table.isna().to_numpy()[np.subtract.outer(table.index.to_numpy(), table.columns.to_numpy()) <= 0].all()


@SETTINGS
@given(m=st.floats(0.01, 1.0), d=st.floats(0.0, 0.99))
def test_breakeven_restores_gross_profit(m, d):
    s = why_kam.breakeven_scenario(m, d)
    if d < m:
        assert m == pytest.approx((m - d) * (1 + s.volume_increase))
        assert s.volume_increase >= 0
    else:
        assert not s.compensable


# ---- I2: CLV scenario ----------------------------------------------------------------------
def test_clv_known_values():
    s = why_kam.clv_scenario(10_000, 0.8, 0.12)
    assert s.margin_multiple == pytest.approx(2.5) and s.clv == pytest.approx(25_000)
    assert s.clv_one_point_more == pytest.approx(10_000 * 0.81 / (1.12 - 0.81))
    assert s.one_point_gain == pytest.approx(0.81 / 0.31 / 2.5 - 1)
    assert s.one_point_gain > 3 * s.one_point_relative  # a retention point is worth more than it looks
    g = why_kam.clv_scenario(10_000, 0.8, 0.12, growth=0.05)
    assert g.margin_multiple == pytest.approx(kamlab.margin_multiple(0.8, 0.12, growth=0.05))


def test_clv_divergence_is_a_result_not_an_error():
    s = why_kam.clv_scenario(10_000, 1.0, 0.10, growth=0.10)
    assert not s.converges and math.isnan(s.clv) and math.isnan(s.margin_multiple)
    assert why_kam.clv_converges(0.99, 0.0) and not why_kam.clv_converges(1.0, 0.0)
    top = why_kam.clv_scenario(10_000, 1.0, 0.10)  # converges, but one more point is impossible
    assert top.converges and math.isnan(top.one_point_gain)


@SETTINGS
@given(r=st.floats(0, 0.98), i=st.floats(0, 0.3), g=st.floats(-0.5, 0.3))
def test_clv_more_retention_never_lowers_positive_clv(r, i, g):
    s = why_kam.clv_scenario(1_000, r, i, growth=g)
    if s.converges and not math.isnan(s.clv_one_point_more):
        assert s.clv_one_point_more >= s.clv - 1e-9
        assert s.margin_multiple >= 0


# ---- I3: retention curves ------------------------------------------------------------------
def test_retention_curves_known_values():
    rc = why_kam.retention_curves()
    s = rc.summary
    assert s.loc["loyal", "expected_lifetime_years"] == pytest.approx(10.0)
    assert s.loc["transactional", "expected_lifetime_years"] == pytest.approx(2.5)
    assert s.loc["loyal", "repeat_purchases"] == pytest.approx(0.9 * (1 - 0.9**10) / 0.1)
    assert s.loc["transactional", "repeat_purchases"] == pytest.approx(0.6 * (1 - 0.6**10) / 0.4)
    assert s.loc["loyal", "half_life_years"] == pytest.approx(math.log(0.5) / math.log(0.9))
    assert s.loc["loyal", "margin_multiple"] == pytest.approx(kamlab.margin_multiple(0.9, 0.10))
    assert rc.repeat_ratio == pytest.approx(5.862 / 1.491, rel=1e-3)
    year10 = rc.table.query("year == 10").set_index("group")["survival"]
    assert year10["loyal"] == pytest.approx(0.9**10) and year10["transactional"] == pytest.approx(0.6**10)
    assert why_kam.survival(0.6, 2).tolist() == pytest.approx([1.0, 0.6, 0.36])


def test_repeat_purchases_tend_to_the_margin_multiple():
    """I3 meets I2: discounted repeat purchases over a long horizon = r / (1 + i - r)."""
    for r, i in [(0.9, 0.10), (0.6, 0.12), (0.8, 0.0)]:
        assert why_kam.expected_repeat_purchases(r, 2000, discount_rate=i) == pytest.approx(kamlab.margin_multiple(r, i))


@SETTINGS
@given(r=st.floats(0, 1), h=st.integers(1, 40), p=st.floats(0, 20))
def test_survival_and_repeat_invariants(r, h, p):
    s = why_kam.survival(r, h)
    assert s[0] == 1 and ((s >= 0) & (s <= 1)).all()
    assert (np.diff(s) <= 1e-15).all()  # survival never rises
    total = why_kam.expected_repeat_purchases(r, h, purchases_per_year=p)
    assert 0 <= total <= p * h + 1e-9
    assert le(total, why_kam.expected_repeat_purchases(r, h + 1, purchases_per_year=p))


@SETTINGS
@given(lo=st.floats(0, 1), hi=st.floats(0, 1))
def test_more_loyal_group_buys_more(lo, hi):
    lo, hi = sorted((lo, hi))
    rc = why_kam.retention_curves({"loyal": hi, "transactional": lo}, horizon_years=8)
    cum = rc.table.pivot(index="year", columns="group", values="cum_repeat_purchases")
    assert (cum["loyal"] >= cum["transactional"] - 1e-12).all()
    assert rc.table["cum_repeat_purchases"].groupby(rc.table["group"]).apply(lambda c: c.is_monotonic_increasing).all()


# ---- I1: effort allocation -----------------------------------------------------------------
def test_effort_model_by_hand():
    model = why_kam.EffortModel()
    assert model.attention(0.0) == 0 and model.attention(40.0) == pytest.approx(0.5)
    assert model.attention(80.0) == pytest.approx(0.75)
    assert model.share_of_wallet(0.25, 40.0) == pytest.approx(0.25 + 0.6 * 0.60 * 0.5)
    assert model.share_of_wallet(0.95, 1e6) == pytest.approx(0.95)  # above the ceiling: no change
    q0 = model.baseline_satisfaction(kamlab.STAGE_RETENTION["cooperative"])
    assert model.retention(q0) == pytest.approx(kamlab.STAGE_RETENTION["cooperative"])
    assert model.lifetime_multiple(0.8) == pytest.approx(kamlab.margin_multiple(0.8, 0.10, timing="now"))
    out = model.simulate(one_account(), [40.0])
    assert out["revenue"].iloc[0] == pytest.approx(430_000)
    assert out["profit"].iloc[0] == pytest.approx(430_000 * 0.2 - 40 * 300)
    assert out["retention_before"].iloc[0] == pytest.approx(0.80)
    assert out["lifetime_profit"].iloc[0] == pytest.approx(out["profit"].iloc[0] * 1.1 / (1.1 - out["retention"].iloc[0]))


def test_allocation_by_hand():
    a = pd.DataFrame({"account_id": list("ABCD"), "category_spend": [10.0, 40.0, 20.0, 30.0]})
    alloc = why_kam.allocate_effort(a, budget_hours=100, strategic_share=0.5, focus_share=0.6)
    assert alloc["strategic"].tolist() == [False, True, False, True]
    assert alloc["hours"].tolist() == pytest.approx([20, 30, 20, 30])
    even = why_kam.allocate_effort(a, budget_hours=100, strategic_share=0.5, focus_share=0.5)
    assert even["hours"].tolist() == pytest.approx([25] * 4)
    one = why_kam.allocate_effort(a, budget_hours=100, strategic_share=0.01)  # rounds to no strategic account
    assert one["hours"].tolist() == pytest.approx([25] * 4)


def test_focused_wins_on_the_default_data_and_loses_where_the_lesson_says(accounts):
    c = why_kam.compare_effort_policies(accounts)
    s = c.summary
    assert c.winner == "focused"
    assert s.loc["focused", "profit"] > s.loc["even", "profit"] > s.loc["none", "profit"]
    assert s.loc["focused", "share_of_wallet"] > s.loc["even", "share_of_wallet"] > s.loc["none", "share_of_wallet"]
    assert s.loc["focused", "strategic_retention"] > s.loc["even", "strategic_retention"]
    assert s.loc["even", "hours"] == pytest.approx(20_000) == s.loc["focused", "hours"]
    assert len(c.accounts) == 3 * len(accounts)
    # where concentrating does not pay (the lesson names these)
    assert why_kam.compare_effort_policies(accounts, budget_hours=100_000).winner == "even"
    assert why_kam.compare_effort_policies(accounts, model=why_kam.EffortModel(half_effort_hours=2)).winner == "even"
    assert why_kam.compare_effort_policies(accounts, strategic_by="strategic_importance").winner == "even"


def test_focus_curve_matches_the_comparison(small):
    c = why_kam.compare_effort_policies(small, budget_hours=3000, focus_share=0.75)
    curve = why_kam.focus_curve(small, budget_hours=3000, points=5)
    row = curve.set_index("focus_share").loc[0.75]
    assert row["lifetime_profit"] == pytest.approx(c.summary.loc["focused", "lifetime_profit"])
    assert row["profit"] == pytest.approx(c.summary.loc["focused", "profit"])


def test_results_do_not_depend_on_row_order(small):
    a = why_kam.compare_effort_policies(small, budget_hours=3000).summary
    b = why_kam.compare_effort_policies(small.sample(frac=1, random_state=1), budget_hours=3000).summary
    pd.testing.assert_frame_equal(a, b, check_exact=False, rtol=1e-9)


def test_inputs_are_not_mutated(small):
    before = small.copy()
    why_kam.compare_effort_policies(small, budget_hours=3000)
    why_kam.focus_curve(small, points=3)
    pd.testing.assert_frame_equal(small, before)


@SETTINGS
@given(budget=st.floats(0, 50_000), more=st.floats(0, 50_000), focus=st.floats(0, 1),
       share=st.floats(0.01, 0.5), half=st.floats(1, 300), strength=st.floats(0, 1))
def test_effort_invariants(small, budget, more, focus, share, half, strength):
    model = why_kam.EffortModel(half_effort_hours=half, response_strength=strength)
    c = why_kam.compare_effort_policies(small, budget_hours=budget, focus_share=focus, strategic_share=share, model=model)
    acc = c.accounts
    for col in ("share_of_wallet", "satisfaction", "retention"):
        assert ((acc[col] >= 0) & (acc[col] <= 1)).all()
        assert (acc[col] >= acc[f"{col}_before"] - 1e-12).all()  # effort never hurts the account's view
    assert ((acc["retention"] >= model.retention_floor - 1e-12) & (acc["retention"] <= model.retention_ceiling + 1e-12)).all()
    assert c.summary["hours"].drop("none").to_numpy() == pytest.approx([budget, budget])
    bigger = why_kam.compare_effort_policies(small, budget_hours=budget + more, focus_share=focus, strategic_share=share,
                                         model=model)
    for policy in ("even", "focused"):  # more budget never lowers the total share of wallet or satisfaction
        assert bigger.summary.loc[policy, "share_of_wallet"] >= c.summary.loc[policy, "share_of_wallet"] - 1e-12
        assert bigger.summary.loc[policy, "retention"] >= c.summary.loc[policy, "retention"] - 1e-12


# ---- validation: one test per branch -------------------------------------------------------
@pytest.mark.parametrize("kwargs, err, msg", [
    ({"half_effort_hours": 0}, KamlabValueError, r"EffortModel: parameter 'half_effort_hours' = 0.0; expected > 0"),
    ({"response_strength": 1.5}, KamlabValueError, r"'response_strength' = 1.5 is a share outside \[0, 1\]"),
    ({"wallet_ceiling": -0.1}, KamlabValueError, r"'wallet_ceiling' = -0.1 is a share outside"),
    ({"retention_floor": 1.2}, KamlabValueError, r"'retention_floor' = 1.2 is a share outside"),
    ({"retention_ceiling": "high"}, KamlabTypeError, r"'retention_ceiling' must be a number, got str"),
    ({"retention_floor": 0.9, "retention_ceiling": 0.8}, KamlabValueError, r"retention_floor = 0.9 is not below retention_ceiling = 0.8"),
    ({"loyalty_convexity": -1}, KamlabValueError, r"'loyalty_convexity' = -1.0; expected > 0"),
    ({"hourly_cost": -5}, KamlabValueError, r"'hourly_cost' = -5.0; expected >= 0"),
    ({"discount_rate": float("nan")}, KamlabValueError, r"'discount_rate' must be a finite number"),
])
def test_effort_model_validation(kwargs, err, msg):
    with pytest.raises(err, match=msg):
        why_kam.EffortModel(**kwargs)


@pytest.mark.parametrize("call, err, msg", [
    (lambda a: why_kam.compare_effort_policies(a, budget_hours=-1), KamlabValueError, r"compare_effort_policies: parameter 'budget_hours' = -1.0; expected >= 0"),
    (lambda a: why_kam.compare_effort_policies(a, strategic_share=0), KamlabValueError, r"'strategic_share' = 0.0? is a share outside \(0, 1\)"),
    (lambda a: why_kam.compare_effort_policies(a, strategic_share=1), KamlabValueError, r"'strategic_share' = 1.0? is a share outside \(0, 1\)"),
    (lambda a: why_kam.compare_effort_policies(a, focus_share=1.2), KamlabValueError, r"'focus_share' = 1.2 is a share outside \[0, 1\]"),
    (lambda a: why_kam.compare_effort_policies(a, strategic_by="size"), KamlabValueError, r"'strategic_by' = 'size'; expected one of 'category_spend', 'revenue', 'strategic_importance'"),
    (lambda a: why_kam.compare_effort_policies(a, model="fast"), KamlabTypeError, r"parameter 'model' must be an EffortModel, got str"),
    (lambda a: why_kam.focus_curve(a, model=3), KamlabTypeError, r"focus_curve: parameter 'model' must be an EffortModel, got int"),
    (lambda a: why_kam.focus_curve(a, points=1), KamlabValueError, r"focus_curve: parameter 'points' = 1; expected >= 2"),
    (lambda a: why_kam.compare_effort_policies(a.drop(columns="category_spend")), KamlabValueError, r"missing column 'category_spend'\. Columns present: account_id"),
    (lambda a: why_kam.compare_effort_policies(a.assign(share_of_wallet=1.5)), KamlabValueError, r"column 'share_of_wallet' has 1 above 1 value"),
    (lambda a: why_kam.compare_effort_policies(a.assign(gross_margin=-0.1)), KamlabValueError, r"column 'gross_margin' has 1 negative value"),
    (lambda a: why_kam.compare_effort_policies(a.assign(category_spend=float("nan"))), KamlabValueError, r"column 'category_spend' has 1 missing \(NaN\) value"),
    (lambda a: why_kam.compare_effort_policies(a.assign(relationship_stage="married")), KamlabValueError, r"column 'relationship_stage' has 1 unknown values \(first: account_id='A1', relationship_stage='married'\)"),
    (lambda a: why_kam.compare_effort_policies(a.assign(revenue=-1.0), strategic_by="revenue"), KamlabValueError, r"column 'revenue' has 1 negative value"),
    (lambda a: why_kam.compare_effort_policies(a.iloc[:0]), KamlabValueError, r"parameter 'accounts' has no rows"),
    (lambda a: why_kam.compare_effort_policies(list(a)), KamlabTypeError, r"parameter 'accounts' must be a pandas DataFrame, got list"),
    (lambda a: why_kam.allocate_effort(a, focus_share="all"), KamlabTypeError, r"allocate_effort: parameter 'focus_share' must be a number, got str"),
    (lambda a: why_kam.EffortModel().simulate(a, [1.0, 2.0]), KamlabValueError, r"EffortModel.simulate: parameter 'hours' must hold one finite number >= 0 per account \(1\), got shape \(2,\)"),
    (lambda a: why_kam.EffortModel().simulate(a, [-1.0]), KamlabValueError, r"parameter 'hours' must hold one finite number >= 0"),
])
def test_effort_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call(one_account())


@pytest.mark.parametrize("call, err, msg", [
    (lambda: why_kam.clv_scenario("big", 0.8, 0.1), KamlabTypeError, r"clv_scenario: parameter 'margin' must be a number, got str"),
    (lambda: why_kam.clv_scenario(1.0, 1.2, 0.1), KamlabValueError, r"clv_scenario: parameter 'retention' = 1.2 is a share outside \[0, 1\]"),
    (lambda: why_kam.clv_scenario(1.0, 0.8, -0.1), KamlabValueError, r"clv_scenario: parameter 'discount_rate' = -0.1; expected >= 0"),
    (lambda: why_kam.clv_scenario(1.0, 0.8, 0.1, growth=-1), KamlabValueError, r"clv_scenario: parameter 'growth' = -1.0; expected > -1"),
    (lambda: why_kam.survival(-0.1, 3), KamlabValueError, r"survival: parameter 'retention' = -0.1 is a share outside"),
    (lambda: why_kam.survival(0.5, 0), KamlabValueError, r"survival: parameter 'horizon_years' = 0; expected >= 1"),
    (lambda: why_kam.survival(0.5, 2.5), KamlabTypeError, r"survival: parameter 'horizon_years' must be an integer, got float"),
    (lambda: why_kam.expected_repeat_purchases(2, 3), KamlabValueError, r"expected_repeat_purchases: parameter 'retention' = 2.0 is a share outside"),
    (lambda: why_kam.expected_repeat_purchases(0.5, 0), KamlabValueError, r"expected_repeat_purchases: parameter 'horizon_years' = 0"),
    (lambda: why_kam.expected_repeat_purchases(0.5, 3, purchases_per_year=-1), KamlabValueError, r"'purchases_per_year' = -1.0; expected >= 0"),
    (lambda: why_kam.expected_repeat_purchases(0.5, 3, discount_rate=-1), KamlabValueError, r"'discount_rate' = -1.0; expected >= 0"),
    (lambda: why_kam.retention_curves([0.9, 0.6]), KamlabTypeError, r"retention_curves: parameter 'groups' must be a non-empty dict"),
    (lambda: why_kam.retention_curves({}), KamlabTypeError, r"parameter 'groups' must be a non-empty dict"),
    (lambda: why_kam.retention_curves({"loyal": 1.5}), KamlabValueError, r"parameter 'groups\['loyal'\]' = 1.5 is a share outside"),
    (lambda: why_kam.retention_curves(horizon_years=0), KamlabValueError, r"retention_curves: parameter 'horizon_years' = 0"),
    (lambda: why_kam.retention_curves(purchases_per_year=-2), KamlabValueError, r"'purchases_per_year' = -2.0; expected >= 0"),
    (lambda: why_kam.retention_curves(discount_rate=-0.1), KamlabValueError, r"retention_curves: parameter 'discount_rate' = -0.1"),
    (lambda: why_kam.breakeven_scenario(0, 0.05), KamlabValueError, r"breakeven_scenario: parameter 'gross_margin' = 0.0 is a share outside \(0, 1\]"),
    (lambda: why_kam.breakeven_scenario(0.2, 1.0), KamlabValueError, r"breakeven_scenario: parameter 'discount' = 1.0 is a share outside \[0, 1\)"),
    (lambda: why_kam.breakeven_scenario(0.2, 0.05, margins=[0.2, 1.5]), KamlabValueError, r"breakeven_table: parameter 'margins' item 1 = 1.5"),
    (lambda: why_kam.breakeven_scenario(0.2, 0.05, discounts=["a"]), KamlabTypeError, r"breakeven_table: parameter 'discounts' must hold numbers"),
])
def test_scenario_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call()


# ---- plots in both languages, rendered for real ---------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_without_missing_glyphs(small, lang):
    comparison = why_kam.compare_effort_policies(small, budget_hours=3000)
    curve = why_kam.focus_curve(small, budget_hours=3000, points=6)
    with strict_fonts(lang):
        ax = views.plot_focus_curve(curve, comparison, lang=lang)
        assert len(ax.get_lines()) >= 2 and len(ax.collections) == 2
        render(ax)
        for s in (why_kam.clv_scenario(1e4, 0.8, 0.12), why_kam.clv_scenario(1e4, 1.0, 0.1, growth=0.1)):
            ax = views.plot_clv_scenario(s, lang=lang)
            assert bool(ax.collections) == s.converges and bool(ax.texts) != s.converges
            render(ax)
        rc = why_kam.retention_curves()
        ax = views.plot_survival(rc, lang=lang)
        assert ax.get_lines()[0].get_ydata()[0] == 100
        render(ax)
        render(views.plot_repeat_purchases(rc, lang=lang))
        for d in (0.05, 0.25):
            ax = views.plot_breakeven_map(why_kam.breakeven_scenario(0.2, d), lang=lang)
            render(ax)
    en = views.plot_breakeven_map(why_kam.breakeven_scenario(0.2, 0.05), lang="en")
    assert en.texts[-1].get_text() == "+33%"
    zh = views.plot_survival(why_kam.retention_curves(), lang="zh")
    assert zh.get_lines()[0].get_label() == "忠诚客户（保留率 90%）"


def test_plots_use_given_axes_kwargs_and_reject_wrong_input(small):
    ax = Figure().add_subplot()
    out = views.plot_survival(why_kam.retention_curves({"a": 0.5}), ax=ax, lang="en", color="red")
    assert out is ax and matplotlib.colors.to_hex(ax.get_lines()[0].get_color()) == "#ff0000"
    assert ax.get_lines()[0].get_label() == "a (retention 50%)"  # unknown group names shown as given
    with pytest.raises(KamlabTypeError, match="plot_survival: parameter 'curves' must be a RetentionCurves, got dict"):
        views.plot_survival({}, lang="en")
    with pytest.raises(KamlabTypeError, match="plot_clv_scenario: parameter 'scenario' must be a ClvScenario"):
        views.plot_clv_scenario(2.5, lang="en")
    with pytest.raises(KamlabTypeError, match="plot_breakeven_map: parameter 'scenario' must be a BreakevenScenario"):
        views.plot_breakeven_map(None, lang="en")
    with pytest.raises(KamlabTypeError, match="plot_focus_curve: parameter 'comparison' must be a EffortComparison"):
        views.plot_focus_curve(pd.DataFrame(), None, lang="en")
    with pytest.raises(KamlabValueError, match="plot_survival: parameter 'lang' = 'fr'"):
        views.plot_survival(why_kam.retention_curves(), lang="fr")


# ---- explorers: every control over its whole range ------------------------------------------
def _values(slider, n=5):
    if isinstance(slider.value, str) or hasattr(slider, "options"):
        return [value for _label, value in slider.options]
    if isinstance(slider.value, int) and not isinstance(slider.value, bool) and slider.step >= 1:
        return sorted({int(v) for v in np.linspace(slider.min, slider.max, n).round(-int(np.log10(slider.step)))})
    return [float(v) for v in np.linspace(slider.min, slider.max, n)]


def _sweep(ex, check):
    seen = set()
    defaults = ex.values()
    for name, control in ex.controls.items():
        for value in _values(control):
            before, changed = ex.updates, control.value != value
            control.value = value
            assert ex.updates == before + changed
            check(ex)
            assert ex.png.startswith(b"\x89PNG") and ex.caption.value
            seen.add(ex.png)
        control.value = defaults[name]
    return seen


def test_effort_explorer_sweep(small):
    ex = effort_explorer(small, lang="en")
    assert ex.result[0].winner in why_kam.POLICIES and ex.caption.value.startswith("<b>")

    def check(ex):
        comparison, curve = ex.result
        v = ex.values()
        assert comparison.budget_hours == v["budget_hours"] and comparison.focus_share == pytest.approx(v["focus_share"])
        assert comparison.model.half_effort_hours == pytest.approx(v["half_effort_hours"])
        assert len(curve) == 21 and ex.figure.axes[0].get_xlabel().startswith("Share of the budget")

    assert len(_sweep(ex, check)) > 10


def test_clv_explorer_sweep_and_divergence():
    ex = clv_explorer(lang="en")
    assert ex.result.clv == pytest.approx(250_000)
    assert "4.52%" in ex.caption.value or "4.5%" in ex.caption.value

    def check(ex):
        s, v = ex.result, ex.values()
        assert s.converges == why_kam.clv_converges(v["retention"], v["discount_rate"], v["growth"])
        if not s.converges:
            assert "no finite value" in ex.caption.value

    assert len(_sweep(ex, check)) > 8
    ex.controls["discount_rate"].value = 0.0
    ex.controls["retention"].value = 1.0
    assert not ex.result.converges and "is not below 1 + discount rate" in ex.caption.value
    zh = clv_explorer(lang="zh")
    zh.controls["growth"].value = 0.2
    zh.controls["retention"].value = 1.0
    assert "没有有限值" in zh.caption.value


def test_retention_explorer_sweep():
    ex = retention_explorer(lang="en")
    assert len(ex.figure.axes) == 2
    assert "5.86 vs 1.49" in ex.caption.value

    def check(ex):
        v, rc = ex.values(), ex.result
        assert rc.horizon_years == v["horizon_years"]
        assert rc.summary.loc["loyal", "retention"] == pytest.approx(v["loyal_retention"])
        assert len(ex.figure.axes) == 2

    assert len(_sweep(ex, check)) > 8


def test_breakeven_explorer_sweep_and_the_line():
    ex = breakeven_explorer(lang="en")
    assert "33.3%" in ex.caption.value

    def check(ex):
        v, s = ex.values(), ex.result
        assert s.compensable == (round(v["discount"], 4) < round(v["gross_margin"], 4))
        if not s.compensable:
            assert "no volume can compensate" in ex.caption.value

    assert len(_sweep(ex, check)) > 6
    ex.controls["gross_margin"].value = 0.05
    ex.controls["discount"].value = 0.30
    assert not ex.result.compensable
    zh = breakeven_explorer(lang="zh")
    zh.controls["discount"].value = 0.20
    assert "多少销量都无法弥补" in zh.caption.value


def test_explorers_follow_the_language_and_reject_bad_input(small):
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}), warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing.*")  # no boxes, even without setup()
        zh = [effort_explorer(small, lang="zh"), clv_explorer(lang="zh"), retention_explorer(lang="zh"),
              breakeven_explorer(lang="zh")]
    assert zh[0].controls["budget_hours"].description == "投入预算（小时/年）"
    assert zh[3].caption.value.startswith("毛利率 20%、折扣 5%")
    with pytest.raises(KamlabTypeError, match="effort_explorer: parameter 'accounts' must be a pandas DataFrame"):
        effort_explorer("accounts.csv")
    for make in (clv_explorer, retention_explorer, breakeven_explorer):
        with pytest.raises(KamlabValueError, match="parameter 'lang' = 'fr'"):
            make(lang="fr")
