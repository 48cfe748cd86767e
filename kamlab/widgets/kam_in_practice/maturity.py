"""Lesson 07 (P1-P5, P3): plots and explorers over :mod:`kamlab.models.kam_in_practice.maturity` and
:mod:`kamlab.models.kam_in_practice.competency`.

* :func:`plot_maturity_radar`: the five area scores as a radar, drawn on an ordinary Axes.
* :func:`plot_competency_profile`: a candidate's levels against a role's requirement.
* :func:`maturity_explorer`: one slider per statement; radar, stage and top remedies.
* :func:`competency_explorer`: a role dropdown and one slider per skill.
* :func:`describe_maturity`, :func:`describe_competency`: the explorers' HTML captions.
"""

from __future__ import annotations

import html

import numpy as np

from ...errors import KamlabTypeError
from ...i18n import resolve_lang, t
from ...plots.start_here import prepare_axes
from ..base import Explorer

__all__ = ["plot_maturity_radar", "plot_competency_profile", "maturity_explorer", "competency_explorer",
           "describe_maturity", "describe_competency"]

_YOURS, _COMPARE = "#d1495b", "#30638e"
_DIM_COLORS = {"technical": "#30638e", "commercial": "#66a182", "leadership": "#edae49"}
_SHORT = "#d1495b"
_RINGS = (25, 50, 75, 100)


def _area_label(area, lang):
    from ...models.kam_in_practice.maturity import AREA_POINTS

    return f"{AREA_POINTS[area]} {t(f'lesson07.maturity.area.{area}', lang)}"


def _check_result(result, name, func):
    from ...models.kam_in_practice.maturity import MaturityResult

    if not isinstance(result, MaturityResult):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a MaturityResult (from score_maturity), "
                              f"got {type(result).__name__}.")
    return result


def _radar_xy(scores):
    """Points of a radar polygon: spoke k at angle 90 - 72 k degrees (clockwise from the top)."""
    n = len(scores)
    angles = np.pi / 2 - 2 * np.pi * np.arange(n) / n
    r = np.asarray(scores, dtype=float) / 100.0
    return r * np.cos(angles), r * np.sin(angles), angles


def plot_maturity_radar(result, *, compare=None, ax=None, lang: str | None = None, label: str | None = None,
                        compare_label: str | None = None, **kwargs):
    """A radar of the five area scores (0..100) on an ordinary (cartesian) Axes.

    Spokes are the areas in chapter order, P1 at the top and clockwise; the rings mark
    25, 50, 75 and 100 (the stage bands of :data:`kamlab.models.kam_in_practice.maturity.STAGES`).
    The polygon, spokes and rings are drawn as lines with equal aspect and the axis
    off, so the radar fits the cartesian Axes an Explorer gives.

    Parameters
    ----------
    result : MaturityResult
        From :func:`kamlab.models.kam_in_practice.maturity.score_maturity`.
    compare : MaturityResult, optional
        A second polygon (dashed), e.g. the benchmark profile.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    label, compare_label : str, optional
        Legend entries (default "Your firm" and "Benchmark firm" in ``lang``).
    **kwargs
        Passed to ``ax.plot`` of the main polygon (e.g. ``color``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.maturity import profile_answers, score_maturity
    >>> r = score_maturity(profile_answers("sales_led"))
    >>> ax = plot_maturity_radar(r, compare=score_maturity(profile_answers("benchmark")), lang="en")
    >>> ax.get_title()
    'KAM maturity: overall 37/100 (emerging)'
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['Your firm', 'Benchmark firm']
    """
    from ...models.kam_in_practice.maturity import AREAS

    func = "plot_maturity_radar"
    _check_result(result, "result", func)
    if compare is not None:
        _check_result(compare, "compare", func)
    ax, lang = prepare_axes(ax, lang, func, (6.5, 6))
    n = len(AREAS)
    # rings and spokes
    for ring in _RINGS:
        x, y, _ = _radar_xy([ring] * n)
        ax.plot(np.append(x, x[0]), np.append(y, y[0]), color="#c8c8c8", lw=0.8, zorder=1)
        ax.text(0.02, ring / 100.0 + 0.01, f"{ring}", fontsize=7, color="#8d8d8d", zorder=2)
    _, _, angles = _radar_xy([100] * n)
    for area, a in zip(AREAS, angles):
        ax.plot([0, np.cos(a)], [0, np.sin(a)], color="#c8c8c8", lw=0.8, zorder=1)
        ha = "center" if abs(np.cos(a)) < 0.2 else ("left" if np.cos(a) > 0 else "right")
        va = "bottom" if np.sin(a) > 0.2 else ("top" if np.sin(a) < -0.2 else "center")
        ax.text(1.1 * np.cos(a), 1.1 * np.sin(a), _area_label(area, lang), ha=ha, va=va, fontsize=9.5)
    handles = []
    if compare is not None:
        x, y, _ = _radar_xy([compare.areas[a] for a in AREAS])
        handles += ax.plot(np.append(x, x[0]), np.append(y, y[0]), color=_COMPARE, lw=1.5, ls="--", zorder=3,
                label=compare_label or t("lesson07.maturity.profile.benchmark", lang))
        ax.fill(x, y, color=_COMPARE, alpha=0.08, zorder=2)
    x, y, _ = _radar_xy([result.areas[a] for a in AREAS])
    style = {"color": _YOURS, "lw": 2.0, "marker": "o", "ms": 4, "zorder": 4,
             "label": label or t("lesson07.maturity.yours", lang)}
    style.update(kwargs)
    (line,) = ax.plot(np.append(x, x[0]), np.append(y, y[0]), **style)
    ax.fill(x, y, color=line.get_color(), alpha=0.18, zorder=3)
    ax.set_aspect("equal")
    ax.set_xlim(-1.75, 1.75)
    ax.set_ylim(-1.3, 1.3)
    ax.axis("off")
    ax.set_title(t("lesson07.maturity.radar_title", lang, overall=result.overall,
                   stage=t(f"lesson07.maturity.stage.{result.stage}", lang)))
    ax.text(0.0, -1.27, t("lesson07.maturity.scale_note", lang), ha="center", va="bottom", fontsize=7.5,
            color="#6d6d6d")
    ax.legend(handles=[line, *handles], loc="lower right", fontsize=8.5, frameon=False)
    return ax


def plot_competency_profile(fit, *, ax=None, lang: str | None = None, **kwargs):
    """A candidate's level per skill (bars) against the role's requirement (markers).

    Skills are grouped by dimension (engineer, salesperson, leader), one group header
    each; a bar below its requirement is drawn in a warning colour.

    Parameters
    ----------
    fit : CompetencyFit
        From :func:`kamlab.models.kam_in_practice.competency.competency_fit`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.barh`` (e.g. ``height``); ``color`` overrides the colour of every bar.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.competency import competency_fit
    >>> ax = plot_competency_profile(competency_fit("star_salesperson"), lang="en")
    >>> ax.get_xlabel(), len(ax.patches)
    ('Level (1-5)', 9)
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from ...models.kam_in_practice.competency import DIMENSIONS, SKILLS, CompetencyFit

    func = "plot_competency_profile"
    if not isinstance(fit, CompetencyFit):
        raise KamlabTypeError(f"{func}: parameter 'fit' must be a CompetencyFit (from competency_fit), "
                              f"got {type(fit).__name__}.")
    ax, lang = prepare_axes(ax, lang, func, (8, 5.5))
    y, ticks, labels = 0.0, [], []
    headers = []
    for dim in DIMENSIONS:
        headers.append((y, dim))
        y += 1.0
        for skill, d in SKILLS:
            if d != dim:
                continue
            level, required = fit.levels[skill], fit.required[skill]
            style = {"height": 0.6, "color": _SHORT if level < required else _DIM_COLORS[dim]}
            style.update(kwargs)
            ax.barh(y, level, **style)
            ax.plot([required], [y], marker="D", color="black", ms=6, ls="none", zorder=3)
            ticks.append(y)
            labels.append(t(f"lesson07.competency.skill.{skill}", lang))
            y += 1.0
        y += 0.3
    for hy, dim in headers:
        ax.text(0.05, hy, t(f"lesson07.competency.dimension.{dim}", lang), va="center",
                fontsize=10.5, color=_DIM_COLORS[dim])
    ax.set_yticks(ticks, labels)
    ax.set_ylim(y - 0.3, -0.7)
    ax.set_xlim(0, 5.5)
    ax.set_xticks(range(0, 6))
    ax.grid(axis="x", color="#e0e0e0", lw=0.8)
    ax.set_axisbelow(True)
    ax.set_xlabel(t("lesson07.competency.level_axis", lang))
    who = t(f"lesson07.competency.candidate.{fit.candidate or 'custom'}", lang)
    ax.set_title(t("lesson07.competency.title", lang, candidate=who, role=t(f"lesson07.competency.role.{fit.role}",
                                                                             lang), fit=f"{fit.fit:.0%}"))
    handles = [Patch(color="#8d8d8d", label=t("lesson07.competency.level", lang)),
               Patch(color=_SHORT, label=t("lesson07.competency.short", lang)),
               Line2D([], [], marker="D", color="black", ls="none", label=t("lesson07.competency.required", lang))]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8.5, frameon=False)
    return ax


# ---- captions ----------------------------------------------------------------------------------------
def describe_maturity(result, *, lang: str | None = None, max_items: int = 3) -> str:
    """HTML caption: overall score, stage, weakest two areas and the top remedies.

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.maturity import profile_answers, score_maturity
    >>> text = describe_maturity(score_maturity(profile_answers("chapter_typical")), lang="en")
    >>> "Overall <b>12/100</b>" in text and "P1.2" in text
    True
    """
    from ...models.kam_in_practice.maturity import recommend

    func = "describe_maturity"
    _check_result(result, "result", func)
    lang = resolve_lang(lang, func)
    w1, w2 = result.weakest[:2]
    head = t("lesson07.maturity.caption", lang, overall=result.overall,
             stage=t(f"lesson07.maturity.stage.{result.stage}", lang),
             weak1=html.escape(_area_label(w1, lang)), score1=result.areas[w1], weak2=html.escape(_area_label(w2, lang)),
             score2=result.areas[w2])
    rec = recommend(result, max_items=max_items, lang=lang)
    if rec.empty:
        return f"{head}<br>{t('lesson07.maturity.caption_none', lang)}"
    items = "<br>".join(t("lesson07.maturity.caption_item", lang, priority=r.priority, question=r.question,
                          answer=r.answer, remedy=html.escape(r.remedy)) for r in rec.itertuples())
    return f"{head}<br>{t('lesson07.maturity.caption_top', lang)}<br>{items}"


def describe_competency(fit, *, lang: str | None = None, max_items: int = 3) -> str:
    """HTML caption: fit, weakest dimension and the top development items.

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.competency import competency_fit
    >>> describe_competency(competency_fit("star_salesperson"), lang="en").startswith("Fit <b>68%</b>")
    True
    """
    from ...models.kam_in_practice.competency import CompetencyFit

    func = "describe_competency"
    if not isinstance(fit, CompetencyFit):
        raise KamlabTypeError(f"{func}: parameter 'fit' must be a CompetencyFit, got {type(fit).__name__}.")
    lang = resolve_lang(lang, func)
    weakest = (t(f"lesson07.competency.dimension.{fit.weakest_dimension}", lang) if fit.weakest_dimension
               else t("lesson07.competency.caption_none", lang))
    head = t("lesson07.competency.caption", lang, fit=f"{fit.fit:.0%}", shortfall=fit.shortfall,
             required=sum(fit.required.values()), weakest=weakest)
    if not fit.development:
        return f"{head}<br>{t('lesson07.competency.caption_ready', lang)}"
    sep = "；" if lang == "zh" else "; "
    items = sep.join(t("lesson07.competency.caption_dev_item", lang,
                       skill=html.escape(t(f"lesson07.competency.skill.{s}", lang)),
                       gap=g) for s, g in fit.development[:max_items])
    return f"{head}<br>{t('lesson07.competency.caption_dev', lang, items=items)}"


# ---- explorers ---------------------------------------------------------------------------------------
def _style():
    return {"description_width": "initial"}


def maturity_explorer(*, profile: str = "chapter_typical", lang: str | None = None):
    """Rate the 17 statements and watch the radar, the stage and the remedies change.

    Controls: one IntSlider (1..5) per question, named by its id (``"P1.1"`` ..
    ``"P5.3"``), described by its short label with the full statement as tooltip; they
    start at the answers of ``profile``. Model
    :func:`kamlab.models.kam_in_practice.maturity.score_maturity`; plot :func:`plot_maturity_radar`
    against the benchmark profile; caption :func:`describe_maturity`.

    Parameters
    ----------
    profile : {"chapter_typical", "sales_led", "benchmark"}
    lang : {"zh", "en"}, optional

    Returns
    -------
    Explorer

    Examples
    --------
    >>> ex = maturity_explorer(lang="en")
    >>> ex.result.stage
    'tactical'
    >>> for c in ex.controls.values():
    ...     c.value = 5
    >>> ex.result.overall, "No item calls for a remedy." in ex.caption.value
    (100.0, True)
    """
    import ipywidgets as w

    from ..._validate import check_choice
    from ...models.kam_in_practice.maturity import PROFILES, QUESTIONS, profile_answers, score_maturity

    lang = resolve_lang(lang, "maturity_explorer")
    check_choice(profile, "profile", "maturity_explorer", tuple(PROFILES))
    answers = profile_answers(profile)
    benchmark = score_maturity(profile_answers("benchmark"))
    controls = {}
    for q in QUESTIONS:
        controls[q.id] = w.IntSlider(value=answers[q.id], min=1, max=5, step=1, description=t(q.short_key, lang),
                                     tooltip=t(q.key, lang), style=_style(), continuous_update=False,
                                     layout=w.Layout(width="330px"))

    def compute(**values):
        return score_maturity(values)

    def draw(result, ax):
        return plot_maturity_radar(result, compare=benchmark, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda r: describe_maturity(r, lang=lang), figsize=(7, 6))


def competency_explorer(*, candidate: str = "star_salesperson", role: str = "key_account_manager",
                        lang: str | None = None):
    """A candidate's nine skills against a role: fit, weakest dimension, development plan.

    Controls: ``role`` (a Dropdown of the roles of
    :data:`kamlab.models.kam_in_practice.competency.ROLE_PROFILES`) and one IntSlider (1..5) per skill,
    named by the skill id, starting at the levels of ``candidate``. Model
    :func:`kamlab.models.kam_in_practice.competency.competency_fit`; plot
    :func:`plot_competency_profile`; caption :func:`describe_competency`.

    Parameters
    ----------
    candidate : {"star_salesperson", "engineer", "all_rounder"}
    role : {"key_account_manager", "sales_rep", "product_manager"}
    lang : {"zh", "en"}, optional

    Returns
    -------
    Explorer

    Examples
    --------
    >>> ex = competency_explorer(lang="en")
    >>> round(ex.result.fit, 4)
    0.6757
    >>> ex.controls["role"].value = "sales_rep"
    >>> ex.result.fit
    1.0
    """
    import ipywidgets as w

    from ..._validate import check_choice
    from ...models.kam_in_practice.competency import CANDIDATES, ROLE_PROFILES, SKILLS, candidate_levels, competency_fit

    func = "competency_explorer"
    lang = resolve_lang(lang, func)
    check_choice(candidate, "candidate", func, tuple(CANDIDATES))
    levels = candidate_levels(candidate)
    check_choice(role, "role", func, tuple(ROLE_PROFILES))
    controls = {"role": w.Dropdown(options=[(t(f"lesson07.competency.role.{r}", lang), r) for r in ROLE_PROFILES],
                                   value=role, description=t("lesson07.competency.ctrl.role", lang), style=_style())}
    for skill, dim in SKILLS:
        controls[skill] = w.IntSlider(value=levels[skill], min=1, max=5, step=1,
                                      description=t(f"lesson07.competency.skill.{skill}", lang),
                                      tooltip=t(f"lesson07.competency.dimension.{dim}", lang), style=_style(),
                                      continuous_update=False, layout=w.Layout(width="360px"))

    def compute(role, **skills):
        # a named candidate's levels keep the name (plot title), any other levels are "Candidate"
        name = next((n for n, lv in CANDIDATES.items() if lv == skills), None)
        return competency_fit(name or skills, role=role)

    def draw(result, ax):
        return plot_competency_profile(result, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda r: describe_competency(r, lang=lang), figsize=(8.5, 5.5))
