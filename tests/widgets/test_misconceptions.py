"""Lesson misconceptions: the explorers of kamlab.widgets.misconceptions (moved from tests/models/test_misconceptions.py)."""

import pytest

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import misconceptions as mc
from kamlab.plots import misconceptions as drawing
from kamlab.widgets import misconceptions as views


# ---- validation: one test per branch -----------------------------------------------------------
@pytest.mark.parametrize(
    "call, err, msg",
    [
        (
            lambda: mc.ConcessionModel(gross_margin=0),
            KamlabValueError,
            r"ConcessionModel: parameter 'gross_margin' = 0.0 is a share outside \(0, 1\]",
        ),
        (lambda: mc.ConcessionModel(max_volume_gain=-1), KamlabValueError, r"'max_volume_gain' = -1.0; expected >= 0"),
        (lambda: mc.ConcessionModel(sensitivity=0), KamlabValueError, r"'sensitivity' = 0.0; expected > 0"),
        (lambda: mc.ConcessionModel(sensitivity="fast"), KamlabTypeError, r"'sensitivity' must be a number, got str"),
        (
            lambda: mc.concession_curve("price"),
            KamlabTypeError,
            r"concession_curve: parameter 'model' must be a ConcessionModel, got str",
        ),
        (
            lambda: mc.concession_curve(max_concession=0),
            KamlabValueError,
            r"concession_curve: parameter 'max_concession' = 0.0? is a share",
        ),
        (
            lambda: mc.concession_curve(points=1),
            KamlabValueError,
            r"concession_curve: parameter 'points' = 1; expected >= 2",
        ),
        (
            lambda: mc.SegmentPlan("", 0.1, 0.1, 0.0, 0.1, 0.1, 0.0),
            KamlabTypeError,
            r"SegmentPlan: parameter 'name' must be a non-empty str",
        ),
        (
            lambda: mc.SegmentPlan("x", 1.1, 0.1, 0.0, 0.1, 0.1, 0.0),
            KamlabValueError,
            r"SegmentPlan: parameter 'key_share' = 1.1 is a share",
        ),
        (
            lambda: mc.SegmentPlan("x", 0.1, 0.1, -0.1, 0.1, 0.1, 0.0),
            KamlabValueError,
            r"'key_cost_to_serve' = -0.1; expected >= 0",
        ),
        (lambda: mc.segment_pnl([]), KamlabValueError, r"segment_pnl: parameter 'plans' is empty"),
        (
            lambda: mc.segment_pnl(["a"]),
            KamlabTypeError,
            r"segment_pnl: parameter 'plans' must hold SegmentPlan objects, got str",
        ),
        (
            lambda: mc.segment_pnl([mc.WIN_WIN_PLAN, mc.WIN_WIN_PLAN]),
            KamlabValueError,
            r"plan names must differ, got 'win_win', 'win_win'",
        ),
        (lambda: mc.segment_pnl(years=0), KamlabValueError, r"segment_pnl: parameter 'years' = 0; expected >= 1"),
        (lambda: mc.segment_pnl(market_revenue=0), KamlabValueError, r"'market_revenue' = 0.0; expected > 0"),
        (lambda: mc.segment_pnl(chain_share_start=2), KamlabValueError, r"'chain_share_start' = 2.0 is a share"),
        (lambda: mc.segment_pnl(chain_share_gain=1.5), KamlabValueError, r"'chain_share_gain' = 1.5; expected <= 1"),
        (lambda: mc.segment_pnl(chain_share_cap=-0.1), KamlabValueError, r"'chain_share_cap' = -0.1 is a share"),
        (lambda: mc.StageChain(1.2, 0.0), KamlabValueError, r"StageChain: parameter 'advance' = 1.2 is a share"),
        (lambda: mc.StageChain(0.1, -0.1), KamlabValueError, r"StageChain: parameter 'fall_back' = -0.1 is a share"),
        (lambda: mc.StageChain(0.6, 0.6), KamlabValueError, r"StageChain: advance \+ fall_back = 1.2 > 1"),
        (
            lambda: mc.StageChain(0.1, 0.1, churn=(0.1,) * 4),
            KamlabValueError,
            r"parameter 'churn' must hold 5 numbers, one per stage \(exploratory, basic",
        ),
        (
            lambda: mc.StageChain(0.1, 0.1, churn=(0.1, 0.1, 0.1, 0.1, 1.5)),
            KamlabValueError,
            r"parameter 'churn\[4\]' = 1.5 is a share",
        ),
        (
            lambda: mc.StageChain(0.1, 0.1, yearly_margin=("a",) * 5),
            KamlabTypeError,
            r"parameter 'yearly_margin\[0\]' must be a number, got str",
        ),
        (
            lambda: mc.StageChain(0.1, 0.1, yearly_margin="abcde"),
            KamlabValueError,
            r"parameter 'yearly_margin' must hold 5 numbers",
        ),
        (lambda: mc.StageChain(0.1, 0.1, yearly_cost=-1), KamlabValueError, r"'yearly_cost' = -1.0; expected >= 0"),
        (
            lambda: mc.relationship_paths("kam"),
            KamlabTypeError,
            r"relationship_paths: parameter 'chain' must be a StageChain, got str",
        ),
        (
            lambda: mc.relationship_paths(mc.TRADITIONAL, horizon_years=0),
            KamlabValueError,
            r"'horizon_years' = 0; expected >= 1",
        ),
        (
            lambda: mc.relationship_paths(mc.TRADITIONAL, discount_rate=-0.1),
            KamlabValueError,
            r"'discount_rate' = -0.1; expected >= 0",
        ),
        (
            lambda: mc.relationship_paths(mc.TRADITIONAL, start="married"),
            KamlabValueError,
            r"'start' = 'married'; expected one of 'exploratory'",
        ),
        (
            lambda: mc.portfolio_risk("sell"),
            KamlabValueError,
            r"portfolio_risk: parameter 'strategy' = 'sell'; expected one of 'keep', 'clear'",
        ),
        (lambda: mc.portfolio_risk(key_accounts=0), KamlabValueError, r"'key_accounts' = 0; expected >= 1"),
        (lambda: mc.portfolio_risk(smes=-1), KamlabValueError, r"'smes' = -1; expected >= 0"),
        (lambda: mc.portfolio_risk(key_revenue=0), KamlabValueError, r"'key_revenue' = 0.0; expected > 0"),
        (lambda: mc.portfolio_risk(sme_revenue=-1), KamlabValueError, r"'sme_revenue' = -1.0; expected >= 0"),
        (lambda: mc.portfolio_risk(key_margin=2), KamlabValueError, r"'key_margin' = 2.0 is a share"),
        (lambda: mc.portfolio_risk(sme_margin=-0.5), KamlabValueError, r"'sme_margin' = -0.5 is a share"),
        (
            lambda: mc.portfolio_risk(key_leave_probability=1.1),
            KamlabValueError,
            r"'key_leave_probability' = 1.1 is a share",
        ),
        (
            lambda: mc.portfolio_risk(sme_leave_probability=-0.1),
            KamlabValueError,
            r"'sme_leave_probability' = -0.1 is a share",
        ),
        (lambda: mc.portfolio_risk(fixed_cost=-1), KamlabValueError, r"'fixed_cost' = -1.0; expected >= 0"),
        (
            lambda: mc.portfolio_risk(drop_threshold=0),
            KamlabValueError,
            r"'drop_threshold' = 0.0? is a share outside \(0, 1\]",
        ),
        (lambda: mc.portfolio_risk(simulations=0), KamlabValueError, r"'simulations' = 0; expected >= 1"),
        (lambda: mc.portfolio_risk(simulations=2.5), KamlabTypeError, r"'simulations' must be an integer, got float"),
        (
            lambda: mc.portfolio_risk(seed="x"),
            KamlabTypeError,
            r"portfolio_risk: parameter 'seed' must be an int, a numpy Generator or None, got str",
        ),
        (
            lambda: mc.support_value(["dancing"]),
            KamlabValueError,
            r"support_value: unknown activity 'dancing'; expected some of 'market_outlook'",
        ),
        (lambda: mc.support_value(["best_sellers", "best_sellers"]), KamlabValueError, r"names an activity twice"),
        (
            lambda: mc.support_value(effects=[1]),
            KamlabTypeError,
            r"support_value: parameter 'effects' must be a pandas DataFrame, got list",
        ),
        (
            lambda: mc.support_value(effects=mc.SUPPORT_ACTIVITIES.drop(columns="cost")),
            KamlabValueError,
            r"missing column 'cost'\. Columns present: sell_through, retention",
        ),
        (
            lambda: mc.support_value(effects=mc.SUPPORT_ACTIVITIES.assign(cost=-1.0)),
            KamlabValueError,
            r"column 'cost' has 5 negative values",
        ),
        (
            lambda: mc.support_value(revenue=0),
            KamlabValueError,
            r"support_value: parameter 'revenue' = 0.0; expected > 0",
        ),
        (lambda: mc.support_value(gross_margin=1.5), KamlabValueError, r"'gross_margin' = 1.5 is a share"),
        (lambda: mc.support_value(base_sell_through=-0.1), KamlabValueError, r"'base_sell_through' = -0.1 is a share"),
        (lambda: mc.support_value(base_retention=1.1), KamlabValueError, r"'base_retention' = 1.1 is a share"),
        (lambda: mc.support_value(growth_per_point=-1), KamlabValueError, r"'growth_per_point' = -1.0; expected >= 0"),
        (lambda: mc.support_value(horizon_years=0), KamlabValueError, r"support_value: parameter 'horizon_years' = 0"),
        (
            lambda: mc.support_value(discount_rate=-0.5),
            KamlabValueError,
            r"support_value: parameter 'discount_rate' = -0.5",
        ),
        (
            lambda: drawing.plot_concession_curve("curve"),
            KamlabTypeError,
            r"plot_concession_curve: parameter 'curve' must be a ConcessionCurve, got str",
        ),
        (
            lambda: drawing.plot_segment_pnl(1),
            KamlabTypeError,
            r"plot_segment_pnl: parameter 'pnl' must be a SegmentPnl, got int",
        ),
        (
            lambda: drawing.plot_stage_paths({}),
            KamlabTypeError,
            r"plot_stage_paths: parameter 'paths' must be a non-empty dict",
        ),
        (
            lambda: drawing.plot_stage_paths({"a": 1}),
            KamlabTypeError,
            r"plot_stage_paths: parameter 'paths' must be a StagePaths, got int",
        ),
        (
            lambda: drawing.plot_portfolio_risk([]),
            KamlabTypeError,
            r"plot_portfolio_risk: parameter 'risks' must hold at least one",
        ),
        (
            lambda: drawing.plot_portfolio_risk([1]),
            KamlabTypeError,
            r"plot_portfolio_risk: parameter 'risks' must be a PortfolioRisk, got int",
        ),
        (
            lambda: drawing.plot_support_value(None),
            KamlabTypeError,
            r"plot_support_value: parameter 'value' must be a SupportValue, got NoneType",
        ),
        (
            lambda: views.concession_explorer(lang="fr"),
            KamlabValueError,
            r"concession_explorer: parameter 'lang' = 'fr'",
        ),
    ],
)
def test_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call()


def test_concession_explorer_judges_the_prediction():
    ex = views.concession_explorer(lang="en")
    ex.controls["reveal"].value = True
    assert "simulation disagrees" in ex.caption.value  # 10% is far past the best (2.1%)
    ex.controls["prediction"].value = 0.02
    assert "was right" in ex.caption.value and "<b>2.1%</b>" in ex.caption.value
    ex.controls["kind"].value = "support"
    assert ex.controls["sensitivity"].value == 40.0 and ex.controls["max_volume_gain"].value == 0.4
    ex.controls["max_volume_gain"].value = 0.0
    assert "no concession pays" in ex.caption.value


def test_other_explorers_judge_the_prediction():
    seg = views.segment_explorer(lang="en")
    seg.controls["reveal"].value = True
    assert "disagrees" in seg.caption.value
    seg.controls["prediction"].value = "win_win"
    assert "was right" in seg.caption.value
    st_ = views.stage_explorer(lang="zh")
    st_.controls["reveal"].value = True
    st_.controls["prediction"].value = 0.3
    assert "你的预测是对的" in st_.caption.value and "32.2%" in st_.caption.value
    pf = views.portfolio_explorer(lang="en", simulations=500)
    pf.controls["reveal"].value = True
    pf.controls["prediction"].value = 0.4
    assert "was right" in pf.caption.value and "HHI is 2,000" in pf.caption.value
    sp = views.support_explorer(lang="en")
    sp.controls["reveal"].value = True
    assert "disagrees" in sp.caption.value
    sp.controls["prediction"].value = "above_1_5"
    assert "was right" in sp.caption.value and "1.74 times" in sp.caption.value
    sp.set(**dict.fromkeys(mc.SUPPORT_ACTIVITIES.index, False))
    assert sp.result.result.value_ratio == pytest.approx(1.0)
    assert views.ratio_band(float("nan")) == "lower"  # still offered here (its home before 0.2)


# ---- explorers: predict -> reveal, and every control over its range ----------------------------
def _sweep(ex, skip=()):
    for name, control in ex.controls.items():
        if name in skip:
            continue
        if hasattr(control, "options") and control.options:
            values = [o[1] if isinstance(o, tuple) else o for o in control.options]
        elif isinstance(control.value, bool):
            values = [not control.value, control.value]
        else:
            values = [control.min, control.max]
            if isinstance(control.value, int):
                values = [int(v) for v in values]
        before = control.value
        for v in values:
            control.value = v
            assert ex.result is not None and ex.png
            assert "{" not in ex.caption.value
        control.value = before


EXPLORERS = [
    views.concession_explorer,
    views.segment_explorer,
    views.stage_explorer,
    lambda lang: views.portfolio_explorer(lang=lang, simulations=200),
    views.support_explorer,
]


@pytest.mark.parametrize("make", EXPLORERS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_explorers_hide_until_revealed_and_sweep(make, lang):
    ex = make(lang=lang)
    assert list(ex.controls)[0] == "prediction" and list(ex.controls)[-1] == "reveal"
    assert not ex.result.revealed and ex.caption.value == kamlab.t("misconceptions.predict_first", lang)
    hidden = ex.png
    ex.controls["reveal"].value = True
    assert ex.result.revealed and ex.png != hidden
    assert (
        kamlab.t("misconceptions.verdict.right", lang) in ex.caption.value
        or kamlab.t("misconceptions.verdict.wrong", lang) in ex.caption.value
    )
    if lang == "en":  # the controls are the same in both languages; sweep once (keeps the suite fast)
        _sweep(ex)
