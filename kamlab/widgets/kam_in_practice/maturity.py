"""Lesson 07 (P1-P5, P3): plots and explorers over :mod:`kamlab.models.kam_in_practice.maturity` and
:mod:`kamlab.models.kam_in_practice.competency`.

* :func:`kamlab.plots.plot_maturity_radar`: the five area scores as a radar, drawn on an ordinary Axes.
* :func:`kamlab.plots.plot_competency_profile`: a candidate's levels against a role's requirement.
* :func:`maturity_explorer`: one slider per statement; radar, stage and top remedies.
* :func:`competency_explorer`: a role dropdown and one slider per skill.
* :func:`describe_maturity`, :func:`describe_competency`: the explorers' HTML captions.
"""

from __future__ import annotations

import html

from ..._validate import check_choice
from ...errors import KamlabTypeError
from ...i18n import resolve_lang, t
from ...models.kam_in_practice.competency import (
    CANDIDATES,
    ROLE_PROFILES,
    SKILLS,
    CompetencyFit,
    candidate_levels,
    competency_fit,
)
from ...models.kam_in_practice.maturity import (
    PROFILES,
    QUESTIONS,
    MaturityResult,
    profile_answers,
    recommend,
    score_maturity,
)
from ...plots import kam_in_practice as plots
from ...plots.style import CONTROL_STYLE, require_result
from ..base import Explorer, int_slider

__all__ = ["maturity_explorer", "competency_explorer", "describe_maturity", "describe_competency"]


# ---- captions ----------------------------------------------------------------------------------------
def describe_maturity(result, *, lang: str | None = None, max_items: int = 3) -> str:
    """HTML caption: overall score, stage, weakest two areas and the top remedies.

    Parameters
    ----------
    result : MaturityResult
        Result of :func:`kamlab.models.kam_in_practice.maturity.score_maturity`.
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    max_items : int, default 3
        Most remedies listed.

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.maturity import profile_answers, score_maturity
    >>> text = describe_maturity(score_maturity(profile_answers("chapter_typical")), lang="en")
    >>> "Overall <b>12/100</b>" in text and "P1.2" in text
    True
    """
    func = "describe_maturity"
    require_result(result, MaturityResult, "result", func, source="score_maturity")
    lang = resolve_lang(lang, func)
    w1, w2 = result.weakest[:2]
    head = t(
        "kam_in_practice.maturity.caption",
        lang,
        overall=result.overall,
        stage=t(f"kam_in_practice.maturity.stage.{result.stage}", lang),
        weak1=html.escape(plots.area_label(w1, lang)),
        score1=result.areas[w1],
        weak2=html.escape(plots.area_label(w2, lang)),
        score2=result.areas[w2],
    )
    rec = recommend(result, max_items=max_items, lang=lang)
    if rec.empty:
        return f"{head}<br>{t('kam_in_practice.maturity.caption_none', lang)}"
    items = "<br>".join(
        t(
            "kam_in_practice.maturity.caption_item",
            lang,
            priority=r.priority,
            question=r.question,
            answer=r.answer,
            remedy=html.escape(r.remedy),
        )
        for r in rec.itertuples()
    )
    return f"{head}<br>{t('kam_in_practice.maturity.caption_top', lang)}<br>{items}"


def describe_competency(fit, *, lang: str | None = None, max_items: int = 3) -> str:
    """HTML caption: fit, weakest dimension and the top development items.

    Parameters
    ----------
    fit : CompetencyFit
        Result of :func:`kamlab.models.kam_in_practice.competency.competency_fit`.
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    max_items : int, default 3
        Most development items listed.

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.competency import competency_fit
    >>> describe_competency(competency_fit("star_salesperson"), lang="en").startswith("Fit <b>68%</b>")
    True
    """
    func = "describe_competency"
    if not isinstance(fit, CompetencyFit):
        raise KamlabTypeError(f"{func}: parameter 'fit' must be a CompetencyFit, got {type(fit).__name__}.")
    lang = resolve_lang(lang, func)
    weakest = (
        t(f"kam_in_practice.competency.dimension.{fit.weakest_dimension}", lang)
        if fit.weakest_dimension
        else t("kam_in_practice.competency.caption_none", lang)
    )
    head = t(
        "kam_in_practice.competency.caption",
        lang,
        fit=f"{fit.fit:.0%}",
        shortfall=fit.shortfall,
        required=sum(fit.required.values()),
        weakest=weakest,
    )
    if not fit.development:
        return f"{head}<br>{t('kam_in_practice.competency.caption_ready', lang)}"
    sep = "；" if lang == "zh" else "; "
    items = sep.join(
        t(
            "kam_in_practice.competency.caption_dev_item",
            lang,
            skill=html.escape(t(f"kam_in_practice.competency.skill.{s}", lang)),
            gap=g,
        )
        for s, g in fit.development[:max_items]
    )
    return f"{head}<br>{t('kam_in_practice.competency.caption_dev', lang, items=items)}"


# ---- explorers ---------------------------------------------------------------------------------------
def maturity_explorer(*, profile: str = "chapter_typical", lang: str | None = None):
    """Rate the 17 statements and watch the radar, the stage and the remedies change.

    Controls: one IntSlider (1..5) per question, named by its id (``"P1.1"``, ``"P1.2"``,
    ``"P1.3"``, ``"P1.4"``, ``"P2.1"``, ``"P2.2"``, ``"P2.3"``, ``"P2.4"``, ``"P3.1"``, ``"P3.2"``,
    ``"P3.3"``, ``"P4.1"``, ``"P4.2"``, ``"P4.3"``, ``"P5.1"``, ``"P5.2"``, ``"P5.3"``), described by its short label with the full statement as tooltip; they
    start at the answers of ``profile``. Model
    :func:`kamlab.models.kam_in_practice.maturity.score_maturity`; plot :func:`kamlab.plots.plot_maturity_radar`
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

    lang = resolve_lang(lang, "maturity_explorer")
    check_choice(profile, "profile", "maturity_explorer", tuple(PROFILES))
    answers = profile_answers(profile)
    benchmark = score_maturity(profile_answers("benchmark"))
    controls = {}
    for q in QUESTIONS:
        controls[q.id] = int_slider(
            answers[q.id], 1, 5, 1, t(q.short_key, lang), tooltip=t(q.key, lang), layout=w.Layout(width="330px")
        )

    def compute(**values):
        return score_maturity(values)

    def draw(result, ax):
        return plots.plot_maturity_radar(result, compare=benchmark, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda r: describe_maturity(r, lang=lang), figsize=(7, 6))


def competency_explorer(
    *, candidate: str = "star_salesperson", role: str = "key_account_manager", lang: str | None = None
):
    """A candidate's nine skills against a role: fit, weakest dimension, development plan.

    Controls: ``role`` (a Dropdown of the roles of
    :data:`kamlab.models.kam_in_practice.competency.ROLE_PROFILES`) and one IntSlider (1..5) per skill,
    named by the skill id (technical: ``product_knowledge``, ``technical_solving``,
    ``market_analysis``; commercial: ``negotiation``, ``financial_acumen``, ``relationships``;
    leadership: ``team_leadership``, ``internal_influence``, ``account_strategy``), starting at the levels of ``candidate``. Model
    :func:`kamlab.models.kam_in_practice.competency.competency_fit`; plot
    :func:`kamlab.plots.plot_competency_profile`; caption :func:`describe_competency`.

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

    func = "competency_explorer"
    lang = resolve_lang(lang, func)
    check_choice(candidate, "candidate", func, tuple(CANDIDATES))
    levels = candidate_levels(candidate)
    check_choice(role, "role", func, tuple(ROLE_PROFILES))
    controls = {
        "role": w.Dropdown(
            options=[(t(f"kam_in_practice.competency.role.{r}", lang), r) for r in ROLE_PROFILES],
            value=role,
            description=t("kam_in_practice.competency.ctrl.role", lang),
            style=CONTROL_STYLE,
        )
    }
    for skill, dim in SKILLS:
        controls[skill] = int_slider(
            levels[skill],
            1,
            5,
            1,
            t(f"kam_in_practice.competency.skill.{skill}", lang),
            tooltip=t(f"kam_in_practice.competency.dimension.{dim}", lang),
            layout=w.Layout(width="360px"),
        )

    def compute(role, **skills):
        # a named candidate's levels keep the name (plot title), any other levels are "Candidate"
        name = next((n for n, lv in CANDIDATES.items() if lv == skills), None)
        return competency_fit(name or skills, role=role)

    def draw(result, ax):
        return plots.plot_competency_profile(result, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda r: describe_competency(r, lang=lang), figsize=(8.5, 5.5))
