"""Lesson start_here: the plots of kamlab.plots.start_here (moved from tests/models/test_start_here.py)."""

import io
import warnings

import matplotlib
import pytest
from matplotlib.figure import Figure

import kamlab
from kamlab.models.start_here import select_accounts
from kamlab.schema import CATEGORIES


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
