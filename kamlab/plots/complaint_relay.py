"""Lesson 05 (case K2, the complaint relay): plots of :mod:`kamlab.models.complaint_relay`'s results."""

from __future__ import annotations

import numpy as np

from .._validate import check_int
from ..errors import KamlabTypeError
from ..i18n import t
from ..models.complaint_relay import MEASURES, QuarterResult, ReplayStep
from .style import BLUE, FIGSIZE, GOLD, GREEN, GREY, RED, setup_axes

__all__ = ["plot_quarter_measures", "plot_replay"]

_WAY_COLORS = {"heroic": RED, "kam": BLUE, "custom": GOLD}
_ACTOR_COLORS = {"xiao_li": GREY, "xiao_zhang": RED, "owner": BLUE, "crm": GREEN}


_COUNTS = ("complaints", "promises_broken", "other_customers_delayed", "repeat_complaints")


def _fmt(measure: str, value: float) -> str:
    return f"{value:.0f}" if measure in _COUNTS or measure == "sales_hours" else f"{value:.2f}"


def _way_name(way, lang):
    key = f"complaint_relay.way.{way.name}"
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
    func = "plot_quarter_measures"
    results = [results] if isinstance(results, QuarterResult) else list(results)
    for i, r in enumerate(results):
        if not isinstance(r, QuarterResult):
            raise KamlabTypeError(f"{func}: parameter 'results[{i}]' must be a QuarterResult, got {type(r).__name__}.")
    ax, lang = setup_axes(ax, lang, func, FIGSIZE["wide"])
    y = np.arange(len(MEASURES))
    height = 0.8 / max(len(results), 1)
    for k, r in enumerate(results):
        values = [float(r.summary[m]) for m in MEASURES]
        tops = [max(float(q.summary[m]) for q in results) or 1.0 for m in MEASURES]
        style = {"height": height, "color": _WAY_COLORS.get(r.way.name, GREY), "label": _way_name(r.way, lang)}
        style.update(kwargs)
        bars = ax.barh(y - 0.4 + height * (k + 0.5), [100 * v / top for v, top in zip(values, tops)], **style)
        ax.bar_label(bars, labels=[_fmt(m, v) for m, v in zip(MEASURES, values)], fontsize=8, padding=2)
    ax.set_yticks(y, [t(f"complaint_relay.measure.{m}", lang) for m in MEASURES])
    ax.invert_yaxis()
    ax.set_xlim(0, 118)
    ax.set_xlabel(t("complaint_relay.measures_axis", lang))
    ax.set_title(t("complaint_relay.measures_title", lang, orders=results[0].orders if results else 0))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9)
    return ax


def plot_replay(
    steps, *, upto: int | None = None, ax=None, lang: str | None = None, title: str | None = None, **kwargs
):
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
    func = "plot_replay"
    steps = list(steps) if not isinstance(steps, ReplayStep) else [steps]
    for i, s in enumerate(steps):
        if not isinstance(s, ReplayStep):
            raise KamlabTypeError(f"{func}: parameter 'steps[{i}]' must be a ReplayStep, got {type(s).__name__}.")
    upto = len(steps) if upto is None else check_int(upto, "upto", func, minimum=0, maximum=len(steps))
    ax, lang = setup_axes(ax, lang, func, FIGSIZE["wide"])
    end = max((s.elapsed_hours for s in steps), default=1.0)
    for s in steps[:upto]:
        style = {"color": _ACTOR_COLORS.get(s.actor, GREY), "height": 0.6}
        style.update(kwargs)
        ax.barh(s.step, s.hours, left=s.elapsed_hours - s.hours, **style)
        text = (
            t(f"complaint_relay.actor.{s.actor}", lang)
            + "：" * (lang == "zh")
            + ": " * (lang == "en")
            + t(f"complaint_relay.action.{s.action}", lang)
        )
        if s.promise_kept is not None:
            text += (
                f" ({t('complaint_relay.promise_' + ('kept' if s.promise_kept else 'broken'), lang)})"
                if lang == "en"
                else f"（{t('complaint_relay.promise_' + ('kept' if s.promise_kept else 'broken'), lang)}）"
            )
        ax.text(s.elapsed_hours + 0.05 * end, s.step, text, va="center", fontsize=8.5)
    ax.set_yticks([s.step for s in steps], [str(s.step) for s in steps])
    ax.set_ylim(len(steps) + 0.7, 0.3)
    ax.set_xlim(0, 2.6 * end)
    ax.set_xlabel(t("complaint_relay.replay_axis", lang))
    ax.set_ylabel(t("complaint_relay.ctrl.step", lang))
    if title is None:
        way = "heroic" if steps and steps[0].actor == "xiao_li" else "kam"
        title = t(
            "complaint_relay.replay_title",
            lang,
            way=t(f"complaint_relay.way.{way}", lang),
            sales=sum(s.sales_hours for s in steps),
        )
    ax.set_title(title)
    return ax
