"""Lesson 05 (case K2, complaint relay): plots and explorers over :mod:`kamlab.models.complaint_relay`.

* :func:`kamlab.plots.plot_quarter_measures`: the measures of a quarter under two or more ways of working.
* :func:`kamlab.plots.plot_replay`: the chapter's call, step by step, on a clock.
* :func:`complaint_relay_explorer`: sliders for information completeness and process maturity.
* :func:`replay_explorer`: step through the call under either way of working.
"""

from __future__ import annotations

from ..i18n import resolve_lang, t
from ..models.complaint_relay import HEROIC, WayOfWorking, complaint_rates, replay_call, simulate_quarter
from ..plots import complaint_relay as plots
from ..plots.style import CONTROL_STYLE
from .base import Explorer, float_slider, int_slider

__all__ = ["complaint_relay_explorer", "replay_explorer"]


# ---- explorers -------------------------------------------------------------------------------------
def _describe_quarter(r, lang) -> str:
    s, rates = r.summary, complaint_rates(r.way)
    return t(
        "complaint_relay.caption",
        lang,
        n=s["complaints"],
        fcr=f"{rates.first_contact_resolution:.0%}",
        contacts=f"{s['contacts_per_complaint']:.2f}",
        days=f"{s['days_to_resolve']:.2f}",
        broken=s["promises_broken"],
        hours=f"{s['sales_hours']:.0f}",
        others=s["other_customers_delayed"],
        repeat=s["repeat_complaints"],
    )


def complaint_relay_explorer(*, lang: str | None = None, orders: int = 600):
    """Your way of working against the heroic salesperson, over one simulated quarter.

    Controls: ``information_completeness`` and ``process_maturity`` (0 to 1, step 0.1)
    and ``seed`` (0 to 20). It starts at the heroic salesperson's setting (0.3, 0.0),
    seed 2026 % 21 = 10. Model :func:`kamlab.models.complaint_relay.simulate_quarter`; plot
    :func:`kamlab.plots.plot_quarter_measures`; ``result`` is the pair (heroic, yours).

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    orders : int, default 600
        Orders in the simulated quarter.

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> ex = complaint_relay_explorer(lang="en")
    >>> heroic, yours = ex.result
    >>> heroic.summary == yours.summary
    True
    >>> ex.controls["process_maturity"].value = 0.9
    >>> ex.controls["information_completeness"].value = 0.9
    >>> ex.result[1].summary["sales_hours"] < ex.result[0].summary["sales_hours"]
    True
    """

    lang = resolve_lang(lang, "complaint_relay_explorer")
    controls = {
        "information_completeness": float_slider(
            0.3, 0.0, 1.0, 0.1, t("complaint_relay.ctrl.information", lang), ".1f"
        ),
        "process_maturity": float_slider(0.0, 0.0, 1.0, 0.1, t("complaint_relay.ctrl.maturity", lang), ".1f"),
        "seed": int_slider(10, 0, 20, 1, t("complaint_relay.ctrl.seed", lang)),
    }

    def compute(information_completeness, process_maturity, seed):
        yours = WayOfWorking(round(information_completeness, 4), round(process_maturity, 4), "custom")
        return (simulate_quarter(HEROIC, orders=orders, seed=seed), simulate_quarter(yours, orders=orders, seed=seed))

    def draw(result, ax):
        return plots.plot_quarter_measures(result, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda r: _describe_quarter(r[1], lang), figsize=(8, 4.5))


def replay_explorer(*, lang: str | None = None):
    """Step through the chapter's call under the heroic salesperson or a KAM process.

    Controls: ``way`` ("heroic" or "kam") and ``step`` (0 to 7). Model
    :func:`kamlab.models.complaint_relay.replay_call`; plot :func:`kamlab.plots.plot_replay`; ``result`` is
    ``(steps, step)``.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> ex = replay_explorer(lang="en")
    >>> ex.controls["step"].value = 3
    >>> "warehouse" in ex.caption.value
    True
    """
    import ipywidgets as w

    lang = resolve_lang(lang, "replay_explorer")
    controls = {
        "way": w.ToggleButtons(
            options=[(t("complaint_relay.way.heroic", lang), "heroic"), (t("complaint_relay.way.kam", lang), "kam")],
            value="heroic",
            description=t("complaint_relay.ctrl.way", lang),
            style=CONTROL_STYLE,
        ),
        "step": int_slider(1, 0, 7, 1, t("complaint_relay.ctrl.step", lang)),
    }

    def compute(way, step):
        return replay_call(way), step

    def draw(result, ax):
        steps, step = result
        return plots.plot_replay(steps, upto=step, ax=ax, lang=lang)

    def describe(result):
        steps, step = result
        if step == 0:
            return ""
        s = steps[step - 1]
        return t(
            "complaint_relay.replay_caption",
            lang,
            step=s.step,
            clock=s.elapsed_hours,
            actor=t(f"complaint_relay.actor.{s.actor}", lang),
            action=t(f"complaint_relay.action.{s.action}", lang),
        )

    return Explorer(controls, compute, draw, describe, figsize=(9, 4))
