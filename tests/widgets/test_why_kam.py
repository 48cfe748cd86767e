"""Lesson why_kam: the explorers of kamlab.widgets.why_kam (moved from tests/models/test_why_kam.py)."""

import warnings

import matplotlib
import numpy as np
import pytest

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import why_kam
from kamlab.widgets import breakeven_explorer, clv_explorer, effort_explorer, retention_explorer


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300, seed=2)


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
        assert comparison.budget_hours == v["budget_hours"] and comparison.focus_share == pytest.approx(
            v["focus_share"]
        )
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
        zh = [
            effort_explorer(small, lang="zh"),
            clv_explorer(lang="zh"),
            retention_explorer(lang="zh"),
            breakeven_explorer(lang="zh"),
        ]
    assert zh[0].controls["budget_hours"].description == "投入预算（小时/年）"
    assert zh[3].caption.value.startswith("毛利率 20%、折扣 5%")
    with pytest.raises(KamlabTypeError, match="effort_explorer: parameter 'accounts' must be a pandas DataFrame"):
        effort_explorer("accounts.csv")
    for make in (clv_explorer, retention_explorer, breakeven_explorer):
        with pytest.raises(KamlabValueError, match="parameter 'lang' = 'fr'"):
            make(lang="fr")
