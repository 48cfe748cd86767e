"""Lesson 07 (P2 organisation; P1/P4 account plan): plots and explorers.

Over :mod:`kamlab.models.kam_in_practice.organisation` and :mod:`kamlab.models.kam_in_practice.account_plan`:

* :func:`kamlab.plots.plot_org_structures`: the conventional pyramid next to the inverted pyramid.
* :func:`kamlab.plots.plot_account_team`: the account, the key-account manager and each function,
  with the route a request takes.
* :func:`kamlab.plots.plot_account_plan`: the value bridge revenue -> customer profit, risks listed.
* :func:`team_explorer`: a structure dropdown and one checkbox per function.
* :func:`account_plan_explorer`: an account dropdown (top 20 by revenue), the target
  share of wallet and the horizon.
"""

from __future__ import annotations

from ...i18n import resolve_lang, t
from ...models.kam_in_practice.account_plan import build_account_plan, check_company
from ...models.kam_in_practice.organisation import FUNCTIONS, STRUCTURES, team_design
from ...plots import kam_in_practice as plots
from ...plots.style import CONTROL_STYLE
from ..base import Explorer, float_slider, int_slider

__all__ = ["team_explorer", "account_plan_explorer"]


# ---- the two pyramids ----------------------------------------------------------------------------------


# ---- the account team ----------------------------------------------------------------------------------


# ---- the account plan ----------------------------------------------------------------------------------


# ---- explorers -----------------------------------------------------------------------------------------
def _describe_team(design, lang) -> str:
    return t(
        "kam_in_practice.org.caption",
        lang,
        structure=t(f"kam_in_practice.org.structure.{design.structure}", lang),
        n=len(design.facing),
        coverage=f"{design.coverage:.0%}",
        handoffs=f"{design.mean_handoffs:.2f}",
        days=f"{design.mean_response_days:.1f}",
        intact=f"{design.intact:.0%}",
        cost=f"{design.annual_cost:,.0f}",
    )


def team_explorer(*, structure: str = "inverted", facing=("sales",), lang: str | None = None):
    """Design a key-account team: a structure dropdown and one checkbox per function.

    Controls: ``structure`` ("hierarchy" or "inverted") and one checkbox per function of
    :data:`kamlab.models.kam_in_practice.organisation.FUNCTIONS`, named by the function: ``"sales"`` (always in the team, so its box is ticked
    and disabled), ``"rnd"``, ``"manufacturing"``, ``"marketing"``, ``"service"``, ``"logistics"``
    and ``"finance"``. Model
    :func:`kamlab.models.kam_in_practice.organisation.team_design`; plot :func:`kamlab.plots.plot_account_team`;
    ``result`` is the TeamDesign; the caption gives coverage, handoffs, response days
    and cost.

    Parameters
    ----------
    structure : {"hierarchy", "inverted"}, default "inverted"
        Starting structure.
    facing : sequence of str, default ("sales",)
        Functions that start in the team.
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> ex = team_explorer(lang="en")
    >>> round(ex.result.mean_handoffs, 4)
    1.9342
    >>> ex.controls["logistics"].value = True
    >>> round(ex.result.mean_handoffs, 4), ex.result.annual_cost
    (1.6184, 110000.0)
    """
    import ipywidgets as w

    func = "team_explorer"
    lang = resolve_lang(lang, func)
    start = team_design(facing, structure=structure)  # validates both
    controls = {
        "structure": w.Dropdown(
            options=[(t(f"kam_in_practice.org.structure.{s}", lang), s) for s in STRUCTURES],
            value=start.structure,
            description=t("kam_in_practice.org.ctrl.structure", lang),
            style=CONTROL_STYLE,
        )
    }
    for f in FUNCTIONS:
        controls[f] = w.Checkbox(
            value=f in start.facing,
            description=t(f"kam_in_practice.org.function.{f}", lang),
            disabled=f == "sales",
            indent=False,
            layout=w.Layout(width="auto"),
        )

    def compute(structure, **boxes):
        return team_design([f for f in FUNCTIONS if boxes[f]], structure=structure)

    def draw(design, ax):
        return plots.plot_account_team(design, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda d: _describe_team(d, lang), figsize=(8, 6))


def _describe_plan(plan, lang) -> str:
    sow, rev, prof = (plan.goal(m) for m in ("share_of_wallet", "revenue", "customer_profit"))
    risks = "、".join if lang == "zh" else ", ".join
    names = [t(f"kam_in_practice.plan.risk.{r.kind}", lang) for r in plan.risks]
    return t(
        "kam_in_practice.plan.caption",
        lang,
        name=plan.name,
        sow=f"{sow.current:.1%}",
        target=f"{sow.target:.1%}",
        due=sow.due.isoformat(),
        revenue=f"{rev.current:,.0f}",
        target_revenue=f"{rev.target:,.0f}",
        profit=f"{prof.current:,.0f}",
        target_profit=f"{prof.target:,.0f}",
        risks=risks(names) if names else t("kam_in_practice.plan.no_risks", lang),
    )


def account_plan_explorer(company, *, lang: str | None = None):
    """Build an account plan for one of the top 20 accounts by revenue.

    Controls: ``account`` (dropdown, the 20 largest accounts by revenue), ``target_share_of_wallet``
    (0 to 1, step 0.05; a target below the account's current share is raised to the
    current share, since a plan does not aim to shrink) and ``horizon_years`` (1 to 10).
    Model :func:`kamlab.models.kam_in_practice.account_plan.build_account_plan`; plot
    :func:`kamlab.plots.plot_account_plan`; ``result`` is the AccountPlan, so the notebook exports it
    with ``explorer.result.to_markdown()`` or ``explorer.result.save(folder)``.

    Parameters
    ----------
    company : Company
        The company's tables (e.g. :func:`kamlab.make_company` or :func:`kamlab.load_company`).
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> import kamlab
    >>> ex = account_plan_explorer(kamlab.make_company(), lang="en")
    >>> ex.result.account_id, len(ex.controls["account"].options)
    ('A1268', 20)
    >>> ex.controls["horizon_years"].value = 5
    >>> ex.result.goal("revenue").due.isoformat()
    '2031-12-31'
    """
    import ipywidgets as w

    func = "account_plan_explorer"
    lang = resolve_lang(lang, func)
    company = check_company(company, func=func)
    accounts = company.accounts
    top = accounts.sort_values("revenue", ascending=False, kind="mergesort").head(20)
    options = [(f"{r.account_id} {getattr(r, 'name_' + lang)}", str(r.account_id)) for r in top.itertuples()]
    first = float(top["share_of_wallet"].iloc[0])
    controls = {
        "account": w.Dropdown(
            options=options,
            value=options[0][1],
            description=t("kam_in_practice.plan.ctrl.account", lang),
            style=CONTROL_STYLE,
        ),
        "target_share_of_wallet": float_slider(
            round(min(1.0, first + 0.10) * 20) / 20, 0.0, 1.0, 0.05, t("kam_in_practice.plan.ctrl.target", lang), ".0%"
        ),
        "horizon_years": int_slider(3, 1, 10, 1, t("kam_in_practice.plan.ctrl.horizon", lang)),
    }
    shares = dict(zip(top["account_id"].astype(str), top["share_of_wallet"].astype(float)))

    def compute(account, target_share_of_wallet, horizon_years):
        target = max(round(float(target_share_of_wallet), 4), shares[account])
        return build_account_plan(
            company, account, target_share_of_wallet=min(target, 1.0), horizon_years=horizon_years, lang=lang
        )

    def draw(plan, ax):
        return plots.plot_account_plan(plan, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda p: _describe_plan(p, lang), figsize=(9, 4.8))
