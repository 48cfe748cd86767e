"""Every explorer's model at its controls' bounds: a finite result, never a raw exception or NaN/inf.

Each explorer of :mod:`kamlab.widgets` is built once; then its ``compute`` function is
called with every numeric control at its minimum and at its maximum (one control at a
time, the others at their defaults), and with all of them at their minimum and all at
their maximum together. Those two corner settings are also drawn (at low resolution),
so the plot copes with what the model returns there.
"""

from __future__ import annotations

import itertools

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

import kamlab
import kamlab.widgets as widgets

from ._harness import outcome

ACCOUNTS = kamlab.make_accounts(60, seed=3)
COMPANY = kamlab.make_company(40, seed=3)

BUILDERS = {
    "account_explorer": lambda: widgets.account_explorer(ACCOUNTS),
    "scoring_explorer": lambda: widgets.scoring_explorer(ACCOUNTS),
    "concentration_explorer": lambda: widgets.concentration_explorer(n=200),
    "effort_explorer": lambda: widgets.effort_explorer(ACCOUNTS),
    "clv_explorer": widgets.clv_explorer,
    "retention_explorer": widgets.retention_explorer,
    "breakeven_explorer": widgets.breakeven_explorer,
    "sequential_game_explorer": widgets.sequential_game_explorer,
    "stage_game_explorer": widgets.stage_game_explorer,
    "repeated_game_explorer": widgets.repeated_game_explorer,
    "concession_explorer": widgets.concession_explorer,
    "segment_explorer": widgets.segment_explorer,
    "stage_explorer": widgets.stage_explorer,
    "portfolio_explorer": lambda: widgets.portfolio_explorer(simulations=200),
    "support_explorer": widgets.support_explorer,
    "contact_plan_explorer": widgets.contact_plan_explorer,
    "complaint_relay_explorer": lambda: widgets.complaint_relay_explorer(orders=100),
    "replay_explorer": widgets.replay_explorer,
    "maturity_explorer": widgets.maturity_explorer,
    "competency_explorer": widgets.competency_explorer,
    "team_explorer": widgets.team_explorer,
    "account_plan_explorer": lambda: widgets.account_plan_explorer(COMPANY),
    "capstone_explorer": lambda: widgets.capstone_explorer(ACCOUNTS, n_sims=50),
}

#: NaN/inf the models document (see the docstrings of the results named here).
DOCUMENTED = {
    "clv_explorer": (
        "result.margin_multiple",
        "result.clv",
        "result.clv_one_point_more",
        "result.one_point_gain",
        "result.one_point_relative",
    ),
    "retention_explorer": (
        "result.summary['expected_lifetime_years']",
        "result.summary['half_life_years']",
        "result.summary['margin_multiple']",
    ),
    "breakeven_explorer": ("result.volume_increase", "result.table"),
    "support_explorer": ("result.value_ratio",),
    "capstone_explorer": ("result.evaluation.roi", "result.roi"),
}


def test_every_explorer_is_covered():
    assert sorted(BUILDERS) == sorted(n for n in widgets.__all__ if n != "Explorer")


def _bounded(explorer) -> dict[str, tuple]:
    """Controls with a numeric range: name -> (min, max)."""
    out = {}
    for name, control in explorer.controls.items():
        lo, hi = getattr(control, "min", None), getattr(control, "max", None)
        if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and not isinstance(control.value, bool):
            out[name] = (lo, hi)
    return out


def _draw(explorer, result) -> None:
    """Draw as the explorer does (its Chinese font settings), at low resolution."""
    with matplotlib.rc_context(explorer._rc):
        fig = Figure(figsize=explorer._figsize, dpi=20, layout="constrained")
        explorer._draw(result, fig.add_subplot())
        FigureCanvasAgg(fig).draw()


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_compute_at_control_bounds(name):
    explorer = BUILDERS[name]()
    defaults = explorer.values()
    bounds = _bounded(explorer)
    documented = frozenset(DOCUMENTED.get(name, ()))
    settings = [{control: value} for control, (lo, hi) in bounds.items() for value in (lo, hi)]
    corners = [{c: b[0] for c, b in bounds.items()}, {c: b[1] for c, b in bounds.items()}] if bounds else []
    for overrides in itertools.chain(settings, corners):
        values = {**defaults, **overrides}
        try:
            assert outcome(lambda values=values: explorer._compute(**values), nan_ok=documented) == "result", (
                "a control setting inside its own range gave an error"
            )
        except AssertionError as exc:
            raise AssertionError(f"{name} at {overrides}: {exc}") from None
    for overrides in corners:
        _draw(explorer, explorer._compute(**{**defaults, **overrides}))
