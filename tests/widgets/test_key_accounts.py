"""Lesson key_accounts: the explorers of kamlab.widgets.key_accounts (moved from tests/models/test_key_accounts.py)."""

import warnings

import matplotlib
import pandas as pd
import pytest

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.key_accounts import CUTS_TOO_BIG, NO_WEIGHT, ConcentrationView, concentration_view, scoring_view
from kamlab.widgets import concentration_explorer, scoring_explorer

CRITERIA = kamlab.SCORING_CRITERIA


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300, seed=2)


# ---- the explorers -----------------------------------------------------------------------
def _setter(ex):
    def set_control(name, value):
        before, changed = ex.updates, ex.controls[name].value != value
        ex.controls[name].value = value
        assert ex.controls[name].value == pytest.approx(value)
        assert ex.updates == before + changed  # one recompute per real change

    return set_control


def test_scoring_explorer_starts_at_the_default_state(small):
    ex = scoring_explorer(small, lang="en")
    assert ex.values() == {**kamlab.SCORING_WEIGHTS, "n": 10}
    pd.testing.assert_frame_equal(ex.result.scores, kamlab.attractiveness_score(small))
    assert ex.png.startswith(b"\x89PNG") and len(ex.figure.axes) == 2
    assert ex.caption.value.startswith("<p>Weights, scaled to add up to 100%: Current sales 30%")
    assert ex.controls["potential"].description == "Weight · Potential (wallet headroom)"


def test_scoring_explorer_every_control_over_its_whole_range(small):
    ex = scoring_explorer(small, lang="en")
    set_control = _setter(ex)
    seen = set()
    for name in CRITERIA:
        slider = ex.controls[name]
        assert (slider.min, slider.max) == (0.0, 1.0)
        for value in (slider.min, 0.25, 0.5, 0.75, slider.max):
            set_control(name, value)
            weights = {c: ex.controls[c].value for c in CRITERIA}
            expected = scoring_view(small, weights=weights, n=ex.controls["n"].value)
            assert ex.result.top.account_id.tolist() == expected.top.account_id.tolist()
            assert ex.result.weights == pytest.approx(expected.weights)
            assert ex.result.n_potential_in_key == expected.n_potential_in_key
            seen.add(ex.png)
        set_control(name, kamlab.SCORING_WEIGHTS[name])
    slider = ex.controls["n"]
    for n in range(slider.min, slider.max + 1):
        set_control("n", n)
        assert len(ex.result.top) == n
        assert [len(c.get_paths()) for c in ex.figure.axes[0].collections] == [n] * len(CRITERIA)  # bars
        assert ex.caption.value.count("<tr>") == n + 1
    assert len(seen) > 10  # the picture really changes with the weights


def test_scoring_explorer_survives_all_zero_weights_and_comes_back(small):
    ex = scoring_explorer(small, lang="zh")
    ex.set(**dict.fromkeys(CRITERIA, 0.0))  # one redraw (Explorer.set)
    assert ex.result.message == NO_WEIGHT
    assert "所有权重都是 0" in ex.caption.value and "<table" not in ex.caption.value
    assert ex.figure.axes[0].texts[0].get_text().startswith("所有权重都是 0")
    ex.controls["n"].value = 12  # other controls still work while there is no ranking
    assert ex.result.message == NO_WEIGHT
    ex.controls["future_trend"].value = 1.0
    assert ex.result.ok
    assert ex.result.top.account_id.iloc[0] == small.loc[small.growth_trend.idxmax(), "account_id"]
    assert len(ex.result.top) == 12


def test_scoring_explorer_labels_follow_the_language(small):
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}), warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing.*")  # no boxes, even without setup()
        ex = scoring_explorer(small, lang="zh")
        ex.controls["time_energy"].value = 0.9
    assert ex.controls["current_sales"].description == "权重·当前销售额"
    assert ex.controls["n"].description == "显示前 N 名"
    assert ex.caption.value.startswith("<p>归一化后的权重：当前销售额")
    name = small.set_index("account_id").loc[ex.result.top.account_id.iloc[0], "name_zh"]
    assert name in ex.caption.value


def test_concentration_explorer_starts_at_the_chapter():
    ex = concentration_explorer(lang="en")
    assert ex.values() == {"concentration": 0.8, "vip": 0.01, "important": 0.04, "ordinary": 0.15}
    assert ex.result.pyramid["count"].tolist() == [20, 80, 300, 1600]
    assert "Gini 0.769; HHI 63, as concentrated as 158 equal-sized customers" in ex.caption.value
    assert "<td style='padding:2px 8px;text-align:right'>52.8%</td>" in ex.caption.value
    assert [a.get_title() for a in ex.figure.axes] == ["Customer pyramid", "Lorenz curve: the top 20% hold 80%"]


def test_concentration_explorer_every_control_over_its_whole_range():
    ex = concentration_explorer(lang="en", n=400)
    set_control = _setter(ex)
    seen = set()
    chapter = {"concentration": 0.8, "vip": 0.01, "important": 0.04, "ordinary": 0.15}
    for name in ("concentration", "vip", "important", "ordinary"):
        slider = ex.controls[name]
        span = slider.max - slider.min
        for value in [slider.min + k * span / 4 for k in range(5)]:
            value = round(round(value / slider.step) * slider.step, 10)
            set_control(name, value)
            values = ex.values()
            expected = concentration_view(
                values["concentration"],
                vip=values["vip"],
                important=values["important"],
                ordinary=values["ordinary"],
                n=400,
            )
            assert ex.result.gini == pytest.approx(expected.gini)
            assert ex.result.measured_top20 == pytest.approx(values["concentration"], abs=1e-6)
            fits = values["vip"] + values["important"] + values["ordinary"] < 1 - 1e-9
            assert ex.result.ok == fits
            if fits:
                pd.testing.assert_frame_equal(ex.result.pyramid, expected.pyramid)
                assert ex.result.pyramid["account_share"].tolist() == pytest.approx(list(ex.result.cuts), abs=1 / 400)
            else:
                assert "leave no room for small customers" in ex.caption.value
            seen.add(ex.png)
        set_control(name, chapter[name])
    assert (ex.controls["concentration"].min, ex.controls["concentration"].max) == (0.3, 0.95)
    assert len(seen) > 12


def test_concentration_explorer_all_tiers_at_their_maximum():
    ex = concentration_explorer(lang="zh", n=300)
    ex.set(**{name: ex.controls[name].max for name in ("vip", "important", "ordinary")})
    assert ex.result.message == CUTS_TOO_BIG
    assert "三个大客户层级合计占客户数的 120%" in ex.caption.value
    ex.controls["ordinary"].value = 0.01
    ex.controls["important"].value = 0.01
    assert ex.result.ok and ex.result.cuts == pytest.approx((0.2, 0.01, 0.01, 0.78))


def test_concentration_explorer_labels_follow_the_language():
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}), warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing.*")
        ex = concentration_explorer(lang="zh", n=300)
        ex.controls["concentration"].value = 0.5
    assert ex.controls["concentration"].description == "前 20% 客户的销售额占比"
    assert ex.caption.value.startswith("<p>300 家模拟客户：前 20% 占销售额的 50%")
    assert ex.figure.axes[0].get_title() == "客户金字塔"


def test_explorers_reject_bad_input_and_display_as_widgets(small):
    with pytest.raises(KamlabTypeError, match="scoring_explorer: parameter 'accounts' must be a pandas DataFrame"):
        scoring_explorer("accounts.csv")
    with pytest.raises(KamlabValueError, match="missing column 'category_spend'"):
        scoring_explorer(small.drop(columns="category_spend"))
    with pytest.raises(KamlabValueError, match="scoring_explorer: parameter 'lang' = 'fr'"):
        scoring_explorer(small, lang="fr")
    with pytest.raises(KamlabValueError, match="concentration_explorer: parameter 'lang' = 'de'"):
        concentration_explorer(lang="de")
    with pytest.raises(KamlabValueError, match="concentration_view: parameter 'n' = 5"):
        concentration_explorer(n=5)
    for ex in (scoring_explorer(small, lang="en"), concentration_explorer(lang="en", n=200)):
        assert "application/vnd.jupyter.widget-view+json" in ex._repr_mimebundle_()[0]


def test_explorers_are_exported():
    assert {"scoring_explorer", "concentration_explorer"} <= set(kamlab.widgets.__all__)
    assert kamlab.widgets.scoring_explorer is scoring_explorer
    assert isinstance(concentration_view(), ConcentrationView)
