"""Lesson 05 (case K2, complaint relay): plots and explorers over :mod:`kamlab.models.complaint_relay`.

* :func:`plot_quarter_measures`: the measures of a quarter under two or more ways of working.
* :func:`plot_replay`: the chapter's call, step by step, on a clock.
* :func:`complaint_relay_explorer`: sliders for information completeness and process maturity.
* :func:`replay_explorer`: step through the call under either way of working.
"""

from __future__ import annotations

import numpy as np

from ..errors import KamlabTypeError
from ..i18n import resolve_lang, t
from ..plots.start_here import prepare_axes
from .base import Explorer

__all__ = ["plot_quarter_measures", "plot_replay", "complaint_relay_explorer", "replay_explorer"]

_WAY_COLORS = {"heroic": "#d1495b", "kam": "#30638e", "custom": "#edae49"}
_ACTOR_COLORS = {"xiao_li": "#8d8d8d", "xiao_zhang": "#d1495b", "owner": "#30638e", "crm": "#66a182"}
_COUNTS = ("complaints", "promises_broken", "other_customers_delayed", "repeat_complaints")


def _setup(ax, lang, func, figsize=(8, 4.5)):
    return prepare_axes(ax, lang, func, figsize)


def _fmt(measure: str, value: float) -> str:
    return f"{value:.0f}" if measure in _COUNTS or measure == "sales_hours" else f"{value:.2f}"


def _way_name(way, lang):
    key = f"lesson05.way.{way.name}"
    return t(key, lang) if way.name in _WAY_COLORS else way.name


def plot_quarter_measures(results, *, ax=None, lang: str | None = None, **kwargs):
    """Horizontal bars: each measure of :data:`kamlab.models.complaint_relay.MEASURES`, one bar per way of working.

    Each measure is scaled to the largest of the results (units differ); the bar labels
    show the values themselves.

    Parameters
    ----------
    results : sequence of QuarterResult
        From :func:`kamlab.models.complaint_relay.simulate_quarter`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.models.complaint_relay import HEROIC, KAM, simulate_quarter
    >>> ax = plot_quarter_measures([simulate_quarter(w, seed=1) for w in (HEROIC, KAM)], lang="en")
    >>> ax.get_title()
    'One quarter (600 orders)'
    """
    from ..models.complaint_relay import MEASURES, QuarterResult

    func = "plot_quarter_measures"
    results = [results] if isinstance(results, QuarterResult) else list(results)
    for i, r in enumerate(results):
        if not isinstance(r, QuarterResult):
            raise KamlabTypeError(f"{func}: parameter 'results[{i}]' must be a QuarterResult, got {type(r).__name__}.")
    ax, lang = _setup(ax, lang, func)
    y = np.arange(len(MEASURES))
    height = 0.8 / max(len(results), 1)
    for k, r in enumerate(results):
        values = [float(r.summary[m]) for m in MEASURES]
        tops = [max(float(q.summary[m]) for q in results) or 1.0 for m in MEASURES]
        style = {"height": height, "color": _WAY_COLORS.get(r.way.name, "#8d8d8d"), "label": _way_name(r.way, lang)}
        style.update(kwargs)
        bars = ax.barh(y - 0.4 + height * (k + 0.5), [100 * v / top for v, top in zip(values, tops)], **style)
        ax.bar_label(bars, labels=[_fmt(m, v) for m, v in zip(MEASURES, values)], fontsize=8, padding=2)
    ax.set_yticks(y, [t(f"lesson05.measure.{m}", lang) for m in MEASURES])
    ax.invert_yaxis()
    ax.set_xlim(0, 118)
    ax.set_xlabel(t("lesson05.measures_axis", lang))
    ax.set_title(t("lesson05.measures_title", lang, orders=results[0].orders if results else 0))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9)
    return ax


def plot_replay(steps, *, upto: int | None = None, ax=None, lang: str | None = None, title: str | None = None,
                **kwargs):
    """The call as a clock: one bar per step (who acts, what happens), up to step ``upto``.

    Parameters
    ----------
    steps : sequence of ReplayStep
        From :func:`kamlab.models.complaint_relay.replay_call`.
    upto : int, optional
        Show steps 1..upto (default all); later steps are left blank.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    title : str, optional
        Default names the way of working and the salesperson's hours.
    **kwargs
        Passed to ``ax.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.models.complaint_relay import replay_call
    >>> ax = plot_replay(replay_call("heroic"), lang="en")
    >>> ax.get_title()
    "The call replayed: Heroic salesperson (salesperson's time 6.5 h)"
    """
    from .._validate import check_int
    from ..models.complaint_relay import ReplayStep

    func = "plot_replay"
    steps = list(steps) if not isinstance(steps, ReplayStep) else [steps]
    for i, s in enumerate(steps):
        if not isinstance(s, ReplayStep):
            raise KamlabTypeError(f"{func}: parameter 'steps[{i}]' must be a ReplayStep, got {type(s).__name__}.")
    upto = len(steps) if upto is None else check_int(upto, "upto", func, minimum=0, maximum=len(steps))
    ax, lang = _setup(ax, lang, func)
    end = max((s.elapsed_hours for s in steps), default=1.0)
    for s in steps[:upto]:
        style = {"color": _ACTOR_COLORS.get(s.actor, "#8d8d8d"), "height": 0.6}
        style.update(kwargs)
        ax.barh(s.step, s.hours, left=s.elapsed_hours - s.hours, **style)
        text = t(f"lesson05.actor.{s.actor}", lang) + "：" * (lang == "zh") + ": " * (lang == "en") + \
            t(f"lesson05.action.{s.action}", lang)
        if s.promise_kept is not None:
            text += f" ({t('lesson05.promise_' + ('kept' if s.promise_kept else 'broken'), lang)})" if lang == "en" \
                else f"（{t('lesson05.promise_' + ('kept' if s.promise_kept else 'broken'), lang)}）"
        ax.text(s.elapsed_hours + 0.05 * end, s.step, text, va="center", fontsize=8.5)
    ax.set_yticks([s.step for s in steps], [str(s.step) for s in steps])
    ax.set_ylim(len(steps) + 0.7, 0.3)
    ax.set_xlim(0, 2.6 * end)
    ax.set_xlabel(t("lesson05.replay_axis", lang))
    ax.set_ylabel(t("lesson05.ctrl.step", lang))
    if title is None:
        way = "heroic" if steps and steps[0].actor == "xiao_li" else "kam"
        title = t("lesson05.replay_title", lang, way=t(f"lesson05.way.{way}", lang),
                  sales=sum(s.sales_hours for s in steps))
    ax.set_title(title)
    return ax


# ---- explorers -------------------------------------------------------------------------------------
def _style():
    return {"description_width": "initial"}


def _describe_quarter(r, lang) -> str:
    from ..models.complaint_relay import complaint_rates

    s, rates = r.summary, complaint_rates(r.way)
    return t("lesson05.caption", lang, n=s["complaints"], fcr=f"{rates.first_contact_resolution:.0%}",
             contacts=f"{s['contacts_per_complaint']:.2f}", days=f"{s['days_to_resolve']:.2f}",
             broken=s["promises_broken"], hours=f"{s['sales_hours']:.0f}", others=s["other_customers_delayed"],
             repeat=s["repeat_complaints"])


def complaint_relay_explorer(*, lang: str | None = None, orders: int = 600):
    """Your way of working against the heroic salesperson, over one simulated quarter.

    Controls: ``information_completeness`` and ``process_maturity`` (0 to 1, step 0.1)
    and ``seed`` (0 to 20). It starts at the heroic salesperson's setting (0.3, 0.0),
    seed 2026 % 21 = 10. Model :func:`kamlab.models.complaint_relay.simulate_quarter`; plot
    :func:`plot_quarter_measures`; ``result`` is the pair (heroic, yours).

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
    import ipywidgets as w

    from ..models.complaint_relay import HEROIC, WayOfWorking, simulate_quarter

    lang = resolve_lang(lang, "complaint_relay_explorer")
    controls = {
        "information_completeness": w.FloatSlider(value=0.3, min=0.0, max=1.0, step=0.1, readout_format=".1f",
                                                  description=t("lesson05.ctrl.information", lang), style=_style(),
                                                  continuous_update=False),
        "process_maturity": w.FloatSlider(value=0.0, min=0.0, max=1.0, step=0.1, readout_format=".1f",
                                          description=t("lesson05.ctrl.maturity", lang), style=_style(),
                                          continuous_update=False),
        "seed": w.IntSlider(value=10, min=0, max=20, step=1, description=t("lesson05.ctrl.seed", lang),
                            style=_style(), continuous_update=False),
    }

    def compute(information_completeness, process_maturity, seed):
        yours = WayOfWorking(round(information_completeness, 4), round(process_maturity, 4), "custom")
        return (simulate_quarter(HEROIC, orders=orders, seed=seed), simulate_quarter(yours, orders=orders, seed=seed))

    def draw(result, ax):
        return plot_quarter_measures(result, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda r: _describe_quarter(r[1], lang), figsize=(8, 4.5))


def replay_explorer(*, lang: str | None = None):
    """Step through the chapter's call under the heroic salesperson or a KAM process.

    Controls: ``way`` ("heroic" or "kam") and ``step`` (0 to 7). Model
    :func:`kamlab.models.complaint_relay.replay_call`; plot :func:`plot_replay`; ``result`` is
    ``(steps, step)``.

    Examples
    --------
    >>> ex = replay_explorer(lang="en")
    >>> ex.controls["step"].value = 3
    >>> "warehouse" in ex.caption.value
    True
    """
    import ipywidgets as w

    from ..models.complaint_relay import replay_call

    lang = resolve_lang(lang, "replay_explorer")
    controls = {
        "way": w.ToggleButtons(options=[(t("lesson05.way.heroic", lang), "heroic"), (t("lesson05.way.kam", lang), "kam")],
                               value="heroic", description=t("lesson05.ctrl.way", lang), style=_style()),
        "step": w.IntSlider(value=1, min=0, max=7, step=1, description=t("lesson05.ctrl.step", lang), style=_style(),
                            continuous_update=False),
    }

    def compute(way, step):
        return replay_call(way), step

    def draw(result, ax):
        steps, step = result
        return plot_replay(steps, upto=step, ax=ax, lang=lang)

    def describe(result):
        steps, step = result
        if step == 0:
            return ""
        s = steps[step - 1]
        return t("lesson05.replay_caption", lang, step=s.step, clock=s.elapsed_hours,
                 actor=t(f"lesson05.actor.{s.actor}", lang), action=t(f"lesson05.action.{s.action}", lang))

    return Explorer(controls, compute, draw, describe, figsize=(9, 4))
