"""The start-here explorer: model, plot and widget, each tested without a browser."""

import io
import warnings

import matplotlib
import numpy as np
import pytest
from matplotlib.figure import Figure

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.start_here import filter_accounts, select_accounts, top_accounts
from kamlab.schema import CATEGORIES
from kamlab.widgets import account_explorer


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


@pytest.mark.parametrize("call, err, msg", [
    (lambda a: filter_accounts(a, industry="bakery"), KamlabValueError, "parameter 'industry' = 'bakery'; expected one of 'automotive'"),
    (lambda a: filter_accounts(a.drop(columns="region"), region="east"), KamlabValueError, "missing column 'region'"),
    (lambda a: filter_accounts(list(a), region="east"), KamlabTypeError, "must be a pandas DataFrame"),
    (lambda a: top_accounts(a, by="name_zh"), KamlabValueError, "parameter 'by' = 'name_zh'"),
    (lambda a: top_accounts(a, n=0), KamlabValueError, "parameter 'n' = 0; expected >= 1"),
    (lambda a: top_accounts(a.assign(revenue=np.nan), n=3), KamlabValueError, "column 'revenue' has 2000 missing"),
    (lambda a: select_accounts(a.assign(revenue=-a.revenue)), KamlabValueError, "column 'revenue' has 2000 negative"),
])
def test_bad_input(accounts, call, err, msg):
    with pytest.raises(err, match=msg):
        call(accounts)


def _render(ax):
    ax.figure.savefig(io.BytesIO(), format="png")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_in_both_languages(accounts, lang):
    with matplotlib.rc_context():
        kamlab.setup(lang)
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=r".*Glyph .* missing.*")
            ax = kamlab.plots.plot_top_accounts(select_accounts(accounts, n=12), lang=lang)
            assert len(ax.patches) == 12
            by_position = sorted(ax.get_yticklabels(), key=lambda label: label.get_position()[1])
            assert by_position[0].get_text().startswith("12.") and by_position[-1].get_text().startswith("1. ")
            _render(ax)
            ax = kamlab.plots.plot_revenue_by_industry(accounts, lang=lang)
            assert len(ax.patches) == len(CATEGORIES["industry"])
            _render(ax)
            ax = kamlab.plots.plot_revenue_histogram(accounts, lang=lang)
            assert ax.get_xscale() == "log"
            _render(ax)
    name = "name_zh" if lang == "zh" else "name_en"
    top_name = accounts.sort_values("revenue").iloc[-1][name]
    ax = kamlab.plots.plot_top_accounts(select_accounts(accounts, n=3), lang=lang)
    assert ax.get_yticklabels()[0].get_text() == f"1. {top_name}"  # drawn at the top


def test_plot_uses_given_axes_and_kwargs(accounts):
    ax = Figure().add_subplot()
    out = kamlab.plots.plot_top_accounts(select_accounts(accounts, n=4), ax=ax, lang="en", color="red")
    assert out is ax
    assert matplotlib.colors.to_hex(ax.patches[0].get_facecolor()) == "#ff0000"


def test_plot_of_empty_selection_says_so():
    acc = kamlab.make_accounts(10, seed=1)
    missing = [c for c in CATEGORIES["industry"] if c not in set(acc.industry.astype(str))][0]
    ax = kamlab.plots.plot_top_accounts(select_accounts(acc, industry=missing), lang="en")
    assert ax.texts[0].get_text() == "No account matches these filters."


def test_share_axes_are_percent(accounts):
    ax = kamlab.plots.plot_top_accounts(select_accounts(accounts, by="share_of_wallet", n=3), lang="en")
    _render(ax)
    assert any(lbl.get_text().endswith("%") for lbl in ax.get_xticklabels())


# ---- the widget -------------------------------------------------------------------------
@pytest.fixture
def small():
    return kamlab.make_accounts(300, seed=2)


def test_widget_starts_at_the_default_state(small):
    ex = account_explorer(small, lang="en")
    assert ex.updates == 1 and ex.values() == {"industry": "all", "region": "all", "by": "revenue", "n": 10}
    assert ex.controls["industry"].label == "All" and ex.controls["region"].index == 0  # not blank
    assert len(ex.result.top) == 10
    assert ex.png.startswith(b"\x89PNG") and ex.image.value == ex.png
    assert ex.caption.value.startswith("300 accounts after filtering")
    assert ex.controls["industry"].description == "Industry"


def test_widget_labels_follow_the_language(small):
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}), warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing.*")  # no boxes, even without setup()
        ex = account_explorer(small, lang="zh")
        ex.controls["n"].value = 25
    assert ex.controls["industry"].description == "行业"
    assert ("包装机械", "packaging_machinery") in ex.controls["industry"].options
    assert ex.caption.value.startswith("筛选后客户 300 家")


def test_every_control_over_its_whole_range(small):
    ex = account_explorer(small, lang="en")
    seen = set()

    def set_control(name, value):
        before, changed = ex.updates, ex.controls[name].value != value
        ex.controls[name].value = value
        assert ex.updates == before + changed  # one recompute per real change

    for name in ("industry", "region", "by"):
        for _label, value in ex.controls[name].options:
            set_control(name, value)
            chosen = {k: (None if v == "all" else v) for k, v in ex.values().items()}
            expected = select_accounts(small, **chosen)
            assert ex.result.n_selected == expected.n_selected
            assert ex.result.top.account_id.tolist() == expected.top.account_id.tolist()
            seen.add(ex.png)
        set_control(name, ex.controls[name].options[0][1])
    slider = ex.controls["n"]
    for n in range(slider.min, slider.max + 1):
        set_control("n", n)
        assert len(ex.result.top) == min(n, ex.result.n_selected)
        assert ex.figure.axes[0].patches.__len__() == len(ex.result.top)
    assert len(seen) > 10  # the picture really changes with the controls


def test_widget_rejects_bad_input():
    with pytest.raises(KamlabTypeError, match="account_explorer: parameter 'accounts' must be a pandas DataFrame"):
        account_explorer("accounts.csv")
    with pytest.raises(KamlabValueError, match="account_explorer: parameter 'lang' = 'fr'"):
        account_explorer(kamlab.make_accounts(20, seed=1), lang="fr")


def test_widget_displays_as_the_ipywidget(small):
    ex = account_explorer(small, lang="en")
    bundle = ex._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
