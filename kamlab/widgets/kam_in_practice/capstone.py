"""Lesson 07 capstone: plots and the explorer over :mod:`kamlab.models.kam_in_practice.capstone`.

* :func:`plot_programme`: simulated total profit, no KAM vs the programme (means and 5th percentiles marked).
* :func:`plot_capstone_accounts`: per funded account, expected benefit against expected KAM cost.
* :func:`capstone_explorer`: budget, rule, level and top N; the programme and its risk.
"""

from __future__ import annotations

import numpy as np

from ..._validate import check_int
from ...errors import KamlabTypeError
from ...i18n import resolve_lang, t
from ...plots.start_here import prepare_axes
from ..base import Explorer

__all__ = ["plot_programme", "plot_capstone_accounts", "capstone_explorer"]

_P = "lesson07.capstone."
_COLORS = {"no_kam": "#8d8d8d", "programme": "#30638e"}


def _result(obj, func):
    from ...models.kam_in_practice.capstone import Capstone, ProgrammeResult

    if isinstance(obj, Capstone):
        return obj.evaluation
    if not isinstance(obj, ProgrammeResult):
        raise KamlabTypeError(f"{func}: parameter 'result' must be a ProgrammeResult or a Capstone, "
                              f"got {type(obj).__name__}.")
    return obj


def _money(x: float, lang: str) -> str:
    """Yuan as Chinese readers count them (万元, 10,000 yuan) or in full for English readers."""
    return f"{x / 10_000:,.0f}" if lang == "zh" else f"{x:,.0f}"


def _money_unit(lang: str) -> float:
    """The axis unit of :func:`plot_capstone_accounts`: 万元 in Chinese, thousand yuan in English."""
    return 10_000.0 if lang == "zh" else 1_000.0


def plot_programme(result, *, ax=None, lang: str | None = None, bins: int = 40, **kwargs):
    """Histograms of simulated total discounted profit: no KAM against the programme.

    Solid lines mark each arm's mean, dashed lines its 5th percentile. The x axis is in
    million yuan; the title gives the budget (or the programme's yearly cost when no
    budget was set) and the expected uplift, in 万元 (10,000 yuan) in Chinese and in yuan
    in English.

    Parameters
    ----------
    result : ProgrammeResult or Capstone
    ax : matplotlib Axes, optional
    lang : {"zh", "en"}, optional
    bins : int, default 40
    **kwargs
        Passed to ``ax.hist`` (e.g. ``alpha``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> from kamlab.models.kam_in_practice.capstone import evaluate_programme
    >>> r = evaluate_programme(make_accounts(300), {}, n_sims=200)
    >>> ax = plot_programme(r, lang="en")
    >>> len(ax.lines)
    4
    """
    func = "plot_programme"
    ax, lang = prepare_axes(ax, lang, func, (8, 4.5))
    r = _result(result, func)
    bins = check_int(bins, "bins", func, minimum=1)
    sims = r.simulations / 1e6
    lo, hi = float(sims.min().min()), float(sims.max().max())
    edges = np.linspace(lo, hi if hi > lo else lo + 1e-6, bins + 1)
    for arm in ("no_kam", "programme"):
        style = {"bins": edges, "alpha": 0.55, "color": _COLORS[arm], "histtype": "stepfilled",
                 "label": t(_P + f"arm.{arm}", lang)}
        style.update(kwargs)
        ax.hist(sims[arm].to_numpy(), **style)
        mean, p5 = float(sims[arm].mean()), r.percentile(5, arm) / 1e6
        sep = "：" if lang == "zh" else ": "
        ax.axvline(mean, color=_COLORS[arm], lw=2, label=t(_P + f"arm.{arm}", lang) + sep + t(_P + "mean", lang))
        ax.axvline(p5, color=_COLORS[arm], lw=1.5, ls="--",
                   label=t(_P + f"arm.{arm}", lang) + sep + t(_P + "p5", lang))
    ax.set_xlabel(t(_P + "profit_axis", lang, years=r.horizon_years))
    ax.set_ylabel(t(_P + "count_axis", lang))
    budget = r.budget_yuan if r.budget_yuan is not None else r.annual_cost
    ax.set_title(t(_P + "title", lang, budget=_money(budget, lang), uplift=_money(r.expected_uplift, lang)))
    ax.legend(fontsize=8, loc="upper left")
    return ax


def plot_capstone_accounts(result, *, top: int = 15, ax=None, lang: str | None = None, **kwargs):
    """Per funded account: expected benefit before the KAM cost against the expected KAM cost.

    An account earns its KAM money when its benefit bar is longer than its cost bar (the
    difference is the account's ``expected_uplift``). Amounts are discounted over the
    horizon, in 万元 (10,000 yuan) in Chinese and thousand yuan in English; the funded
    accounts are shown largest revenue first.

    Parameters
    ----------
    result : ProgrammeResult or Capstone
    top : int, default 15
        Most accounts shown.
    ax, lang, **kwargs
        As :func:`plot_programme`; ``kwargs`` go to ``ax.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> from kamlab.models.kam_in_practice.capstone import capstone
    >>> c = capstone(make_accounts(300), budget_yuan=400_000, n_sims=100)
    >>> ax = plot_capstone_accounts(c, lang="en")
    >>> len(ax.patches) == 2 * len(c.programme)
    True
    """
    func = "plot_capstone_accounts"
    ax, lang = prepare_axes(ax, lang, func, (8, 4.5))
    r = _result(result, func)
    top = check_int(top, "top", func, minimum=1)
    table = r.accounts[r.accounts["level"] != "none"].head(top)
    y = np.arange(len(table))[::-1]
    benefit = (table["expected_uplift"] + table["expected_cost"]).to_numpy() / _money_unit(lang)
    cost = table["expected_cost"].to_numpy() / _money_unit(lang)
    style = {"height": 0.4}
    style.update(kwargs)
    ax.barh(y + 0.2, benefit, color="#66a182", label=t(_P + "benefit", lang), **style)
    ax.barh(y - 0.2, cost, color="#d1495b", label=t(_P + "cost", lang), **style)
    ax.set_yticks(y, [_account_label(a, lv, lang) for a, lv in zip(table["account_id"], table["level"])],
                  fontsize=8)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_xlabel(t(_P + "accounts_axis", lang, years=r.horizon_years))
    ax.set_title(t(_P + "accounts_title", lang))
    if len(table):
        ax.legend(fontsize=8, loc="lower right")
    else:
        ax.text(0.5, 0.5, t(_P + "no_accounts", lang), transform=ax.transAxes, ha="center", va="center")
    return ax


def _account_label(account, level, lang) -> str:
    name = t(_P + f"level.{level}", lang) if level in ("none", "basic", "team") else level
    return f"{account}（{name}）" if lang == "zh" else f"{account} ({name})"


def _style():
    return {"description_width": "initial"}


def _describe(r, lang) -> str:
    roi = "—" if np.isnan(r.roi) else f"{r.roi:.2f}"
    return t(_P + "caption", lang, n=len(r.programme), cost=f"{r.annual_cost:,.0f}", years=r.horizon_years,
             uplift=f"{r.expected_uplift:,.0f}", roi=roi, p5_no_kam=f"{r.percentile(5, 'no_kam'):,.0f}",
             p5=f"{r.percentile(5):,.0f}", p_worse=f"{r.p_worse:.1%}")


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

    from ...models.kam_in_practice import capstone as cp

    func = "capstone_explorer"
    lang = resolve_lang(lang, func)
    n_sims = check_int(n_sims, "n_sims", func, minimum=1, maximum=100_000)
    seed = check_int(seed, "seed", func, minimum=0)
    planner = cp.programme_planner(accounts, func=func)
    top_max = min(50, planner.n_accounts)
    budget_max = max(1_000_000.0, float(np.ceil(0.01 * planner.total_revenue / 1e6) * 1e6))
    controls = {
        "budget": w.FloatSlider(value=min(cp.DEFAULT_BUDGET_YUAN, budget_max), min=0.0, max=budget_max,
                                step=50_000.0, readout_format=",.0f", description=t(_P + "ctrl.budget", lang),
                                style=_style(), continuous_update=False),
        "rule": w.Dropdown(options=[(t(_P + f"rule.{r}", lang), r) for r in cp.RULES], value="optimal",
                           description=t(_P + "ctrl.rule", lang), style=_style()),
        "level": w.Dropdown(options=[(t(_P + f"level.{k}", lang), k) for k in ("basic", "team")], value="basic",
                            description=t(_P + "ctrl.level", lang), style=_style()),
        "top_n": w.IntSlider(value=min(20, top_max), min=1, max=top_max, step=1,
                             description=t(_P + "ctrl.top_n", lang), style=_style(), continuous_update=False),
    }

    def compute(budget, rule, level, top_n):
        return planner.run(budget_yuan=float(budget), rule=rule, level=level, top_n=int(top_n), n_sims=n_sims,
                           seed=seed)

    def draw(result, ax):
        return plot_programme(result, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda r: _describe(r, lang), figsize=(8, 4.5))
