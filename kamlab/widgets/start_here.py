"""The start-here lesson's account explorer."""

from __future__ import annotations

import pandas as pd

from .._validate import require_frame
from ..i18n import resolve_lang, t
from ..models.start_here import SORTABLE, select_accounts
from ..plots.start_here import plot_top_accounts
from ..plots.style import CONTROL_STYLE
from ..schema import CATEGORIES
from .base import Explorer, int_slider

__all__ = ["account_explorer", "ALL"]

#: The value of the "All" choice of the industry and region lists.
ALL = "all"


def account_explorer(accounts: pd.DataFrame, *, lang: str | None = None, n: int = 10) -> Explorer:
    """Explore the accounts: filter by industry and region, rank by a measure, show the top N.

    Controls: ``industry`` and ``region`` (:data:`ALL` = every one), ``by`` (the measure to
    rank by, :data:`kamlab.models.start_here.SORTABLE`) and ``n`` (1 to 30). The model is
    :func:`kamlab.models.start_here.select_accounts`, the plot :func:`kamlab.plots.plot_top_accounts`.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table (e.g. :func:`kamlab.load_accounts`).
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    n : int, default 10
        Starting value of the ``n`` slider.

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> from kamlab import make_accounts
    >>> ex = account_explorer(make_accounts(200, seed=1), lang="en")
    >>> ex.controls["n"].value = 3
    >>> len(ex.result.top)
    3
    """
    import ipywidgets as w

    require_frame(accounts, "account_explorer")
    lang = resolve_lang(lang, "account_explorer")
    everything = [(t("ui.all", lang), ALL)]  # a real value: ipywidgets shows value None as blank
    controls = {
        "industry": w.Dropdown(
            options=everything + [(t(f"industry.{c}", lang), c) for c in CATEGORIES["industry"]],
            value=ALL,
            description=t("ui.industry", lang),
            style=CONTROL_STYLE,
        ),
        "region": w.Dropdown(
            options=everything + [(t(f"region.{c}", lang), c) for c in CATEGORIES["region"]],
            value=ALL,
            description=t("ui.region", lang),
            style=CONTROL_STYLE,
        ),
        "by": w.Dropdown(
            options=[(t(f"col.{c}", lang), c) for c in SORTABLE],
            value="revenue",
            description=t("ui.sort_by", lang),
            style=CONTROL_STYLE,
        ),
        "n": int_slider(n, 1, 30, 1, t("ui.top_n", lang)),
    }

    def compute(industry, region, by, n):
        return select_accounts(
            accounts,
            industry=None if industry == ALL else industry,
            region=None if region == ALL else region,
            by=by,
            n=n,
        )

    def describe(sel):
        share = f"{sel.revenue_share:.1%}"
        return t("ui.accounts_shown", lang, n=f"{sel.n_selected:,}", total=f"{sel.revenue_selected:,.0f}", share=share)

    return Explorer(controls, compute, lambda sel, ax: plot_top_accounts(sel, ax=ax, lang=lang), describe)
