"""Lesson 07 capstone: plots and the explorer over :mod:`kamlab.models.kam_in_practice.capstone`.

* :func:`kamlab.plots.plot_programme`: simulated total profit, no KAM vs the programme (means and 5th percentiles marked).
* :func:`kamlab.plots.plot_capstone_accounts`: per funded account, expected benefit against expected KAM cost.
* :func:`capstone_explorer`: budget, rule, level and top N; the programme and its risk.
"""

from __future__ import annotations

import numpy as np

from ..._validate import check_int
from ...i18n import resolve_lang, t
from ...models.kam_in_practice import capstone as cp
from ...plots import kam_in_practice as plots
from ...plots.style import CONTROL_STYLE
from ..base import Explorer, float_slider, int_slider

__all__ = ["capstone_explorer"]

_P = "kam_in_practice.capstone."


def _describe(r, lang) -> str:
    roi = "—" if np.isnan(r.roi) else f"{r.roi:.2f}"
    return t(
        _P + "caption",
        lang,
        n=len(r.programme),
        cost=f"{r.annual_cost:,.0f}",
        years=r.horizon_years,
        uplift=f"{r.expected_uplift:,.0f}",
        roi=roi,
        p5_no_kam=f"{r.percentile(5, 'no_kam'):,.0f}",
        p5=f"{r.percentile(5):,.0f}",
        p_worse=f"{r.p_worse:.1%}",
    )


def capstone_explorer(accounts, *, lang: str | None = None, n_sims: int = 1000, seed: int = 2026):
    """Spend a yearly KAM budget on the accounts and compare with no KAM.

    Controls: ``budget`` (0 to 1% of total revenue rounded up to a million yuan, step
    50,000 yuan; 5,000,000 on the default data), ``rule`` (every rule of
    :data:`kamlab.models.kam_in_practice.capstone.RULES`), ``level`` ("basic" or "team", used by the
    ranking rules) and ``top_n`` (1 to 50). It starts at the lesson's default budget
    (1,000,000 yuan), the optimal rule, "basic" and top 20. Model
    :func:`kamlab.models.kam_in_practice.capstone.plan_programme` then ``evaluate_programme`` with
    ``simulate="programme"``: to keep each update fast only the funded accounts and the
    five largest are simulated; every other account is the same in both arms and is added
    as its expected value (so the spread of the totals is narrower than with
    ``simulate="all"``, the expected values are the same). The accounts table is checked
    and profiled once, when the explorer is built. ``result`` is the ProgrammeResult.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table (e.g. :func:`kamlab.load_accounts`).
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    n_sims : int, default 1000
        Simulated runs per update.
    seed : int, default 2026
        Seed of the simulations.

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> ex = capstone_explorer(make_accounts(300), lang="en")
    >>> ex.result.annual_cost <= ex.controls["budget"].value
    True
    >>> ex.controls["budget"].value = 0
    >>> ex.result.programme
    {}
    """
    import ipywidgets as w

    func = "capstone_explorer"
    lang = resolve_lang(lang, func)
    n_sims = check_int(n_sims, "n_sims", func, minimum=1, maximum=100_000)
    seed = check_int(seed, "seed", func, minimum=0)
    planner = cp.programme_planner(accounts, func=func)
    top_max = min(50, planner.n_accounts)
    budget_max = max(1_000_000.0, float(np.ceil(0.01 * planner.total_revenue / 1e6) * 1e6))
    controls = {
        "budget": float_slider(
            min(cp.DEFAULT_BUDGET_YUAN, budget_max), 0.0, budget_max, 50_000.0, t(_P + "ctrl.budget", lang), ",.0f"
        ),
        "rule": w.Dropdown(
            options=[(t(_P + f"rule.{r}", lang), r) for r in cp.RULES],
            value="optimal",
            description=t(_P + "ctrl.rule", lang),
            style=CONTROL_STYLE,
        ),
        "level": w.Dropdown(
            options=[(t(_P + f"level.{k}", lang), k) for k in ("basic", "team")],
            value="basic",
            description=t(_P + "ctrl.level", lang),
            style=CONTROL_STYLE,
        ),
        "top_n": int_slider(min(20, top_max), 1, top_max, 1, t(_P + "ctrl.top_n", lang)),
    }

    def compute(budget, rule, level, top_n):
        return planner.run(
            budget_yuan=float(budget), rule=rule, level=level, top_n=int(top_n), n_sims=n_sims, seed=seed
        )

    def draw(result, ax):
        return plots.plot_programme(result, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda r: _describe(r, lang), figsize=(8, 4.5))
