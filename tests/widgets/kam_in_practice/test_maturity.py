"""Lesson 07 (maturity): the explorers of kamlab.widgets.kam_in_practice.maturity (moved from tests/models/kam_in_practice/test_maturity.py)."""

import pytest

from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.i18n import t
from kamlab.models.kam_in_practice import competency as comp
from kamlab.models.kam_in_practice import maturity as mat
from kamlab.plots import kam_in_practice as drawing
from kamlab.widgets.kam_in_practice import maturity as views


def _answers(default=4, **changes):
    """All questions at ``default`` except ``changes`` (keys like P1_1 for 'P1.1')."""
    answers = {q: default for q in mat.QUESTION_IDS}
    answers.update({k.replace("_", "."): v for k, v in changes.items()})
    return answers


def test_plot_and_describe_validation():
    r = mat.score_maturity(_answers(3))
    with pytest.raises(KamlabTypeError, match="plot_maturity_radar: parameter 'result' must be a MaturityResult"):
        drawing.plot_maturity_radar({"strategy": 50}, lang="en")
    with pytest.raises(KamlabTypeError, match="plot_maturity_radar: parameter 'compare'"):
        drawing.plot_maturity_radar(r, compare="benchmark", lang="en")
    with pytest.raises(KamlabValueError, match="lang"):
        drawing.plot_maturity_radar(r, lang="fr")
    with pytest.raises(KamlabTypeError, match="plot_competency_profile: parameter 'fit' must be a CompetencyFit"):
        drawing.plot_competency_profile(r, lang="en")
    with pytest.raises(KamlabTypeError, match="describe_maturity: parameter 'result'"):
        views.describe_maturity(None)
    with pytest.raises(KamlabTypeError, match="describe_competency: parameter 'fit'"):
        views.describe_competency(r)
    with pytest.raises(KamlabValueError, match="maturity_explorer: parameter 'profile' = 'x'"):
        views.maturity_explorer(profile="x")
    with pytest.raises(KamlabValueError, match="competency_explorer: parameter 'candidate' = 'x'"):
        views.competency_explorer(candidate="x")
    with pytest.raises(KamlabValueError, match="competency_explorer: parameter 'role' = 'x'"):
        views.competency_explorer(role="x")


def test_describe_in_both_languages():
    typical = mat.score_maturity(mat.profile_answers("chapter_typical"))
    zh, en = views.describe_maturity(typical, lang="zh"), views.describe_maturity(typical, lang="en")
    assert "总分 <b>12/100</b>" in zh and "战术层面" in zh and "P2 组织与流程" in zh
    assert "stage <b>tactical</b>" in en and "P2 Organisation" in en and "P4 Information" in en
    assert en.count("answered") == 3 and "1. [P1.2, answered 1]" in en
    assert "No item calls" in views.describe_maturity(mat.score_maturity(_answers(5)), lang="en")
    f = comp.competency_fit("star_salesperson")
    assert "匹配度 <b>68%</b>" in views.describe_competency(f, lang="zh")
    en = views.describe_competency(f, lang="en")
    assert "Leader (leadership)" in en and "Account strategy &amp; planning (3 short)" in en
    done = views.describe_competency(comp.competency_fit("all_rounder", role="sales_rep"), lang="en")
    assert "Every requirement is met" in done and "weakest dimension: <b>none</b>" in done


# ---- the explorers -----------------------------------------------------------------------------------
@pytest.mark.rendered  # real PNGs; the sweeps below draw through the fingerprint renderer (tests/widgets/conftest.py)
def test_explorers_render_real_pngs():
    ex = views.maturity_explorer(lang="en")
    first = ex.png
    assert first.startswith(b"\x89PNG") and len(first) > 10_000
    ex.controls["P2.1"].value = 5
    assert ex.png.startswith(b"\x89PNG") and ex.png != first
    ex = views.competency_explorer(lang="zh")
    first = ex.png
    ex.controls["role"].value = "product_manager"
    assert ex.png.startswith(b"\x89PNG") and ex.png != first


def test_maturity_explorer_sweep():
    ex = views.maturity_explorer(lang="en")
    assert list(ex.controls) == list(mat.QUESTION_IDS)
    assert ex.result == mat.score_maturity(mat.profile_answers("chapter_typical"))
    assert "stage <b>tactical</b>" in ex.caption.value
    for q in mat.QUESTIONS:
        control = ex.controls[q.id]
        assert (control.min, control.max) == (1, 5) and control.description == t(q.short_key, "en")
        assert control.tooltip == t(q.key, "en")
    defaults = ex.values()
    for qid, control in ex.controls.items():
        captions = set()
        for value in range(1, 6):
            before, changed = ex.updates, control.value != value
            control.value = value
            assert ex.updates == before + changed and ex.png.startswith(b"\x89PNG")
            assert ex.result.answers[qid] == value and ex.result == mat.score_maturity(ex.values())
            assert f"Overall <b>{ex.result.overall:.0f}/100</b>" in ex.caption.value
            captions.add(ex.caption.value)
        assert len(captions) == 5, qid  # each step moves the overall score by more than one point
        control.value = defaults[qid]
    assert ex.result == mat.score_maturity(mat.profile_answers("chapter_typical"))
    bench = mat.profile_answers("benchmark")
    ex.set(**{qid: bench[qid] for qid in ex.controls})
    assert ex.result.stage == "strategic" and "No item calls for a remedy." in ex.caption.value


def test_maturity_explorer_zh_starts_at_a_profile():
    ex = views.maturity_explorer(profile="sales_led", lang="zh")
    assert ex.result == mat.score_maturity(mat.profile_answers("sales_led"))
    assert "起步阶段" in ex.caption.value and "优先改进" in ex.caption.value
    assert "标杆企业" in [x.get_text() for x in ex.figure.axes[0].get_legend().get_texts()]


def test_competency_explorer_sweep():
    ex = views.competency_explorer(lang="en")
    assert list(ex.controls) == ["role", *comp.SKILL_IDS]
    assert ex.result == comp.competency_fit("star_salesperson")
    assert "Star salesperson" in ex.figure.axes[0].get_title()
    fits = {}
    for role in [v for _, v in ex.controls["role"].options]:
        ex.controls["role"].value = role
        assert (
            ex.result.role == role
            and t(f"kam_in_practice.competency.role.{role}", "en") in ex.figure.axes[0].get_title()
        )
        fits[role] = ex.result.fit
        assert f"Fit <b>{ex.result.fit:.0%}</b>" in ex.caption.value
    assert set(fits) == set(comp.ROLE_PROFILES) and fits["sales_rep"] == 1.0 > fits["key_account_manager"]
    ex.controls["role"].value = "key_account_manager"
    defaults = ex.values()
    for skill in comp.SKILL_IDS:
        control = ex.controls[skill]
        assert (control.min, control.max) == (1, 5)
        required = comp.ROLE_PROFILES["key_account_manager"][skill]
        for level in range(1, 6):
            before, changed = ex.updates, control.value != level
            control.value = level
            assert ex.updates == before + changed and ex.png.startswith(b"\x89PNG")
            expected = comp.competency_fit({s: ex.controls[s].value for s in comp.SKILL_IDS})
            assert ex.result.levels[skill] == level and ex.result.levels == expected.levels
            assert ex.result.fit == expected.fit and ex.result.development == expected.development
            assert ex.result.gaps[skill] == required - level
            assert f"Fit <b>{ex.result.fit:.0%}</b>" in ex.caption.value
        control.value = defaults[skill]
    ex.set(**dict.fromkeys(comp.SKILL_IDS, 5))
    assert ex.result.fit == 1.0 and "Every requirement is met" in ex.caption.value
    assert "Candidate vs" in ex.figure.axes[0].get_title()


def test_competency_explorer_zh():
    ex = views.competency_explorer(candidate="engineer", role="product_manager", lang="zh")
    assert ex.result == comp.competency_fit("engineer", role="product_manager")
    assert "匹配度" in ex.caption.value and "工程师" in ex.figure.axes[0].get_title()
