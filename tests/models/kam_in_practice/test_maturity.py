"""Lesson 07 (P1-P5, P3): the KAM maturity diagnostic, the competency profile, their plots and explorers."""

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.i18n import t
from kamlab.models.kam_in_practice import competency as comp
from kamlab.models.kam_in_practice import maturity as mat
from tests._examples import examples

SETTINGS = examples(50)
answer_sets = st.fixed_dictionaries({q: st.integers(1, 5) for q in mat.QUESTION_IDS})
level_sets = st.fixed_dictionaries({s: st.integers(1, 5) for s in comp.SKILL_IDS})


def _answers(default=4, **changes):
    """All questions at ``default`` except ``changes`` (keys like P1_1 for 'P1.1')."""
    answers = {q: default for q in mat.QUESTION_IDS}
    answers.update({k.replace("_", "."): v for k, v in changes.items()})
    return answers


def _order(answers, **kwargs):
    rec = mat.recommend(mat.score_maturity(answers), lang="en", **kwargs)
    return rec["question"].tolist(), rec["rule"].tolist()


# ---- structure ----------------------------------------------------------------------------------
def test_questions_cover_the_chapter():
    assert mat.AREAS == ("strategy", "organisation", "manager", "information", "readiness")
    assert [mat.AREA_POINTS[a] for a in mat.AREAS] == ["P1", "P2", "P3", "P4", "P5"]
    assert 15 <= len(mat.QUESTIONS) <= 18 and len(set(mat.QUESTION_IDS)) == len(mat.QUESTIONS)
    for area in mat.AREAS:
        qs = [q for q in mat.QUESTIONS if q.area == area]
        assert 3 <= len(qs) <= 4
        assert [q.id for q in qs] == [f"{mat.AREA_POINTS[area]}.{i}" for i in range(1, len(qs) + 1)]
    for q in mat.QUESTIONS:
        for key in (q.key, q.short_key, q.remedy_key):
            assert t(key, "zh") and t(key, "en")
    # P1-P3 and P4.1 are the chapter's remedies; P4.2-P5.3 our operationalisation (marked in the remedy)
    assert {q.id for q in mat.QUESTIONS if q.remedy == "ours"} == {"P4.2", "P4.3", "P5.1", "P5.2", "P5.3"}
    for q in mat.QUESTIONS:
        assert ("our addition" in t(q.remedy_key, "en")) == (q.remedy == "ours")
    assert "engineer + salesperson + leader" in t("kam_in_practice.maturity.q.P3.2", "en")
    assert "工程师＋销售员＋领导者" in t("kam_in_practice.maturity.q.P3.2", "zh")
    assert [r.id for r in mat.RULES] == ["R1", "R2", "R3", "R4"] and all(t(r.key, "en") for r in mat.RULES)
    for stage, _ in mat.STAGES:
        assert t(f"kam_in_practice.maturity.stage.{stage}", "zh")


# ---- known answers, by hand -----------------------------------------------------------------------
def test_sales_led_scores_by_hand():
    r = mat.score_maturity(mat.profile_answers("sales_led"))
    # P1 (3,2,3,2): mean 2.5 -> 37.5; P2 (1,2,1,1): 1.25 -> 6.25; P3 (3,2,3): 8/3 -> 41.67;
    # P4 (4,2,3): 3 -> 50; P5 (4,2,3): 3 -> 50
    expected = {
        "strategy": 37.5,
        "organisation": 6.25,
        "manager": (8 / 3 - 1) / 4 * 100,
        "information": 50.0,
        "readiness": 50.0,
    }
    assert r.areas == pytest.approx(expected)
    assert r.overall == pytest.approx(sum(expected.values()) / 5) and round(r.overall, 2) == 37.08
    assert r.stage == "emerging"
    assert r.weakest == ("organisation", "strategy", "manager", "information", "readiness")  # tie: chapter order
    table = r.table()
    assert table.columns.tolist() == ["point", "area", "questions", "mean_answer", "score", "rank"]
    assert table["mean_answer"].tolist() == pytest.approx([2.5, 1.25, 8 / 3, 3.0, 3.0])
    assert table["rank"].tolist() == [2, 1, 3, 4, 5] and table["questions"].sum() == 17


def test_chapter_typical_and_benchmark():
    typical = mat.score_maturity(mat.profile_answers("chapter_typical"))
    # P2 (1,1,2,1) -> 6.25 and P4 (1,2,1) -> 8.33 are the weakest: no organisational change, no CRM
    assert typical.weakest[:2] == ("organisation", "information")
    assert typical.areas["organisation"] == 6.25 and typical.areas["information"] == pytest.approx(25 / 3)
    assert typical.stage == "tactical" and round(typical.overall, 2) == 12.08
    bench = mat.score_maturity(mat.profile_answers("benchmark"))
    assert bench.stage == "strategic" and bench.overall == pytest.approx(90.0)
    assert mat.recommend(bench).empty
    sales = mat.score_maturity(mat.profile_answers("sales_led"))
    assert sales.areas["information"] > typical.areas["information"]  # a CRM bought ...
    assert sales.areas["organisation"] == typical.areas["organisation"]  # ... but no organisational change


def test_profile_answers_returns_a_copy():
    a = mat.profile_answers("benchmark")
    a["P1.1"] = 1
    assert mat.PROFILES["benchmark"]["P1.1"] == 5
    assert set(mat.PROFILES) == {"chapter_typical", "sales_led", "benchmark"}


def test_extremes_and_stage_bands():
    assert mat.score_maturity(_answers(5)).overall == 100.0 and mat.score_maturity(_answers(5)).stage == "strategic"
    low = mat.score_maturity(_answers(1))
    assert low.overall == 0.0 and set(low.areas.values()) == {0.0} and low.stage == "tactical"
    # every area at (a - 1) / 4 x 100: 2 -> 25 (the 'emerging' lower bound), 3 -> 50, 4 -> 75
    assert [mat.score_maturity(_answers(a)).stage for a in (2, 3, 4)] == ["emerging", "developing", "strategic"]
    assert mat.score_maturity(_answers(2, P1_1=1)).stage == "tactical"  # 23.75 < 25


# ---- the rules, one hand-built answer set each ---------------------------------------------------------
def test_rule_r1_which_items():
    assert _order(_answers(4)) == ([], [])
    assert _order(_answers(4, P3_2=2))[0] == ["P3.2"]  # answered 2: needs its remedy
    # answered 3 in the weakest area (information 66.7) qualifies; not otherwise
    assert _order(_answers(4, P4_1=3))[0] == ["P4.1"]
    assert _order(_answers(4, P4_1=3, P4_2=3, P5_1=3))[0] == ["P4.1", "P4.2"]  # readiness (66.7) is not weakest
    assert _order(_answers(4, P4_1=3, P5_1=3))[0] == ["P4.1", "P5.1"]  # a tie for weakest: both areas count
    assert _order(_answers(4, P4_1=2, P2_1=3))[0] == ["P4.1"]  # organisation (68.75) is not the weakest (58.3)


def test_rule_r2_order_by_gap_then_area_score_then_chapter_order():
    # P1 (4,4,2,4) -> 62.5; P3 (4,1,4) -> 50; P5 (4,2,2) -> 58.3: strategy >= 50, so R3 is off
    questions, rules = _order(_answers(4, P3_2=1, P5_2=2, P5_3=2, P1_3=2))
    assert questions == ["P3.2", "P5.2", "P5.3", "P1.3"]  # gap 4; then gap 3 with P5 (58.3) before P1 (62.5)
    assert set(rules) == {"R1+R2"}


def test_rule_r3_strategy_first():
    # P1 (2,2,3,3) -> 37.5 < 50 and the weakest area, so its 3s count too; P3.1 = 1 has the largest gap
    questions, rules = _order(_answers(4, P1_1=2, P1_2=2, P1_3=3, P1_4=3, P3_1=1), max_items=10)
    assert questions == ["P1.1", "P1.2", "P1.3", "P1.4", "P3.1"]
    assert rules == ["R1+R2+R3"] * 4 + ["R1+R2"]
    # strategy at exactly 50 is not below 50: R2 alone, the largest gap first
    questions, rules = _order(_answers(4, P1_1=2, P1_2=2, P3_1=1), max_items=10)
    assert questions == ["P3.1", "P1.1", "P1.2"] and set(rules) == {"R1+R2"}


def test_rule_r4_organisation_before_information_system():
    # P2 (2,2,3,4) -> 43.75 < 50, the weakest (so P2.3 = 3 counts); P4 (1,4,4) -> 50
    questions, rules = _order(_answers(4, P2_1=2, P2_2=2, P2_3=3, P4_1=1))
    assert questions == ["P2.1", "P2.2", "P2.3", "P4.1"]  # R2 alone would put P4.1 (gap 4) first
    assert rules == ["R1+R2", "R1+R2", "R1+R2", "R1+R2+R4"]
    # P2 (2,2,4,4) -> 50: R4 is off and the CRM item keeps its place
    assert _order(_answers(4, P2_1=2, P2_2=2, P4_1=1)) == (["P4.1", "P2.1", "P2.2"], ["R1+R2"] * 3)
    # R4 moves only P4 items that R2 ranks before the last P2 item
    assert _order(_answers(4, P2_1=1, P2_2=2, P4_1=2))[0] == ["P2.1", "P2.2", "P4.1"]


def test_rules_together_on_the_chapter_typical_firm():
    full = mat.recommend(mat.score_maturity(mat.profile_answers("chapter_typical")), max_items=17, lang="en")
    assert full.columns.tolist() == list(mat.RECOMMEND_COLUMNS)
    assert full["priority"].tolist() == list(range(1, 17)) and len(full) == 16  # every item but P5.1 (= 3)
    assert full["point"].tolist()[:4] == ["P1"] * 4  # R3
    last_p2 = max(full.index[full["point"] == "P2"])
    assert full.loc[last_p2 + 1 : last_p2 + 2, "question"].tolist() == ["P4.1", "P4.3"]  # R4
    assert full.loc[full["question"] == "P4.2", "rule"].item() == "R1+R2"  # already after P2: not moved
    top = mat.recommend(mat.score_maturity(mat.profile_answers("chapter_typical")), lang="zh")
    assert len(top) == 5 and top["remedy"].iloc[0] == t("kam_in_practice.maturity.remedy.P1.2", "zh")
    one = mat.recommend(mat.score_maturity(mat.profile_answers("chapter_typical")), max_items=1, lang="en")
    assert one["question"].tolist() == ["P1.2"]


def test_empty_recommendation_keeps_the_columns():
    empty = mat.recommend(mat.score_maturity(_answers(5)))
    assert empty.empty and empty.columns.tolist() == list(mat.RECOMMEND_COLUMNS)


# ---- invariants ------------------------------------------------------------------------------------
@SETTINGS
@given(answer_sets)
def test_scores_in_range_and_weakest_sorted(answers):
    r = mat.score_maturity(answers)
    assert all(0.0 <= s <= 100.0 for s in r.areas.values()) and 0.0 <= r.overall <= 100.0
    assert r.overall == pytest.approx(sum(r.areas.values()) / 5)
    scores = [r.areas[a] for a in r.weakest]
    assert scores == sorted(scores) and set(r.weakest) == set(mat.AREAS)


@SETTINGS
@given(answer_sets, st.sampled_from(mat.QUESTION_IDS))
def test_raising_an_answer_never_lowers_a_score(answers, qid):
    before = mat.score_maturity(answers)
    raised = dict(answers, **{qid: min(5, answers[qid] + 1)})
    after = mat.score_maturity(raised)
    area = next(q.area for q in mat.QUESTIONS if q.id == qid)
    assert after.areas[area] >= before.areas[area] and after.overall >= before.overall


@SETTINGS
@given(answer_sets)
def test_result_does_not_depend_on_dict_order(answers):
    reverse = dict(reversed(list(answers.items())))
    a, b = mat.score_maturity(answers), mat.score_maturity(reverse)
    assert a == b
    pd.testing.assert_frame_equal(mat.recommend(a, lang="en"), mat.recommend(b, lang="en"))


@SETTINGS
@given(answer_sets, st.integers(1, 20))
def test_recommend_is_bounded_and_skips_strong_answers(answers, max_items):
    rec = mat.recommend(mat.score_maturity(answers), max_items=max_items, lang="en")
    assert len(rec) <= max_items and rec["priority"].tolist() == list(range(1, len(rec) + 1))
    assert (rec["answer"] < 5).all() and (rec["answer"] <= 3).all()
    assert rec["question"].is_unique


# ---- validation --------------------------------------------------------------------------------------
def test_maturity_validation():
    good = _answers(3)
    with pytest.raises(KamlabTypeError, match="score_maturity: parameter 'answers' must be a mapping"):
        mat.score_maturity([3] * 17)
    with pytest.raises(KamlabValueError, match=r"unknown question ids 'P6.1'"):
        mat.score_maturity(dict(good, **{"P6.1": 3}))
    missing = {k: v for k, v in good.items() if k not in ("P2.4", "P5.3")}
    with pytest.raises(KamlabValueError, match="misses 2 questions: P2.4, P5.3"):
        mat.score_maturity(missing)
    with pytest.raises(KamlabTypeError, match=r"answer to question 'P1.2' must be an integer 1..5, got float 3.0"):
        mat.score_maturity(dict(good, **{"P1.2": 3.0}))
    with pytest.raises(KamlabTypeError, match=r"question 'P1.2' must be an integer 1..5, got bool True"):
        mat.score_maturity(dict(good, **{"P1.2": True}))
    with pytest.raises(KamlabTypeError, match=r"question 'P3.1' must be an integer 1..5, got str '4'"):
        mat.score_maturity(dict(good, **{"P3.1": "4"}))
    with pytest.raises(KamlabValueError, match=r"answer to question 'P4.3' = 6; expected an integer 1..5"):
        mat.score_maturity(dict(good, **{"P4.3": 6}))
    with pytest.raises(KamlabValueError, match=r"answer to question 'P4.3' = 0"):
        mat.score_maturity(dict(good, **{"P4.3": 0}))
    r = mat.score_maturity(good)
    with pytest.raises(KamlabTypeError, match="recommend: parameter 'result' must be a MaturityResult"):
        mat.recommend(good)
    with pytest.raises(KamlabValueError, match="recommend: parameter 'max_items' = 0; expected >= 1"):
        mat.recommend(r, max_items=0)
    with pytest.raises(KamlabTypeError, match="recommend: parameter 'max_items' must be an integer"):
        mat.recommend(r, max_items=2.5)
    with pytest.raises(KamlabValueError, match="lang"):
        mat.recommend(r, lang="fr")
    with pytest.raises(KamlabValueError, match="profile_answers: parameter 'name' = 'mature'"):
        mat.profile_answers("mature")
    with pytest.raises(KamlabValueError, match="Question: parameter 'area' = 'sales'"):
        mat.Question("P1.9", "sales", "chapter")
    with pytest.raises(KamlabValueError, match="Question: parameter 'remedy' = 'book'"):
        mat.Question("P1.9", "strategy", "book")
    with pytest.raises(KamlabValueError, match=r"Question: parameter 'id' = 'P2.1'; expected 'P1.<n>'"):
        mat.Question("P2.1", "strategy", "chapter")


# ---- competency ------------------------------------------------------------------------------------
def test_competency_structure():
    assert comp.DIMENSIONS == ("technical", "commercial", "leadership")
    assert [comp.DIMENSION_ROLES[d] for d in comp.DIMENSIONS] == ["engineer", "salesperson", "leader"]
    for dim in comp.DIMENSIONS:
        assert sum(1 for _, d in comp.SKILLS if d == dim) == 3
    for table in (comp.ROLE_PROFILES, comp.CANDIDATES):
        for levels in table.values():
            assert list(levels) == list(comp.SKILL_IDS) and all(1 <= v <= 5 for v in levels.values())
    kam, rep = comp.ROLE_PROFILES["key_account_manager"], comp.ROLE_PROFILES["sales_rep"]
    assert sum(kam.values()) > sum(rep.values())  # broader ...
    lead = [s for s, d in comp.SKILLS if d == "leadership"]
    assert all(kam[s] > rep[s] for s in lead)  # ... and more leadership than a salesperson


def test_star_salesperson_by_hand():
    f = comp.competency_fit("star_salesperson")
    # required 4,4,3 | 4,4,5 | 4,4,5 (sum 37); levels 3,2,2 | 5,3,5 | 2,2,2
    assert list(f.gaps.values()) == [1, 2, 1, -1, 1, 0, 2, 2, 3]
    assert f.shortfall == 12 and f.fit == pytest.approx(1 - 12 / 37)
    assert f.dimension_shortfall == {"technical": 4, "commercial": 1, "leadership": 7}
    assert f.weakest_dimension == "leadership" and f.candidate == "star_salesperson"
    assert f.dimension_level["commercial"] == pytest.approx(13 / 3) and f.dimension_required["leadership"] == 13 / 3
    assert f.development == (
        ("account_strategy", 3),
        ("technical_solving", 2),
        ("team_leadership", 2),
        ("internal_influence", 2),
        ("product_knowledge", 1),
        ("market_analysis", 1),
        ("financial_acumen", 1),
    )
    # the classic wrong promotion: a perfect salesperson, not a key-account manager
    assert comp.competency_fit("star_salesperson", role="sales_rep").fit == 1.0
    table = f.table()
    assert table.columns.tolist() == ["skill", "dimension", "level", "required", "gap", "shortfall"]
    assert table["shortfall"].sum() == 12


def test_other_candidates_by_hand():
    eng = comp.competency_fit("engineer")
    # gaps 0,0,0 | 2,2,3 | 1,1,3 -> shortfall 12: commercial (7) is weakest
    assert eng.shortfall == 12 and eng.weakest_dimension == "commercial"
    allr = comp.competency_fit("all_rounder")
    assert allr.shortfall == 2 and allr.fit == pytest.approx(35 / 37)
    assert allr.fit > comp.competency_fit("star_salesperson").fit
    assert comp.competency_fit(comp.ROLE_PROFILES["key_account_manager"]).weakest_dimension is None
    # ties in DIMENSIONS order: one level short in each dimension
    tie = dict(comp.ROLE_PROFILES["key_account_manager"], product_knowledge=3, negotiation=3, team_leadership=3)
    assert comp.competency_fit(tie).weakest_dimension == "technical"
    assert comp.competency_fit(tie).candidate is None
    copy = comp.candidate_levels("engineer")
    copy["negotiation"] = 5
    assert comp.CANDIDATES["engineer"]["negotiation"] == 2


@SETTINGS
@given(level_sets, st.sampled_from(comp.SKILL_IDS), st.sampled_from(tuple(comp.ROLE_PROFILES)))
def test_competency_properties(levels, skill, role):
    f = comp.competency_fit(levels, role=role)
    assert 0.0 <= f.fit <= 1.0 and f.shortfall == sum(f.dimension_shortfall.values())
    raised = comp.competency_fit(dict(levels, **{skill: min(5, levels[skill] + 1)}), role=role)
    assert raised.fit >= f.fit
    meets = {s: max(v, comp.ROLE_PROFILES[role][s]) for s, v in levels.items()}
    assert comp.competency_fit(meets, role=role).fit == 1.0
    assert [g for _, g in f.development] == sorted((g for _, g in f.development), reverse=True)


def test_competency_validation():
    good = dict(comp.CANDIDATES["engineer"])
    with pytest.raises(KamlabTypeError, match="competency_fit: parameter 'candidate' must be a candidate name"):
        comp.competency_fit([3] * 9)
    with pytest.raises(KamlabValueError, match="competency_fit: parameter 'candidate' = 'manager'"):
        comp.competency_fit("manager")
    with pytest.raises(KamlabValueError, match="unknown skills 'charisma'"):
        comp.competency_fit(dict(good, charisma=5))
    with pytest.raises(KamlabValueError, match="misses 1 skills: negotiation"):
        comp.competency_fit({k: v for k, v in good.items() if k != "negotiation"})
    with pytest.raises(KamlabTypeError, match=r"level of skill 'negotiation' must be an integer 1..5, got float 2.5"):
        comp.competency_fit(dict(good, negotiation=2.5))
    with pytest.raises(KamlabTypeError, match=r"level of skill 'negotiation' must be an integer 1..5, got bool"):
        comp.competency_fit(dict(good, negotiation=False))
    with pytest.raises(KamlabValueError, match=r"level of skill 'relationships' = 0; expected an integer 1..5"):
        comp.competency_fit(dict(good, relationships=0))
    with pytest.raises(KamlabValueError, match="competency_fit: parameter 'role' = 'ceo'"):
        comp.competency_fit(good, role="ceo")
    with pytest.raises(KamlabValueError, match="candidate_levels: parameter 'name' = 'x'"):
        comp.candidate_levels("x")


def test_questions_and_rules_tables_in_both_languages():
    from kamlab.models.kam_in_practice.maturity import QUESTIONS, RULES, questions_table, rules_table

    for lang in ("zh", "en"):
        q = questions_table(lang=lang)
        assert q["question"].tolist() == [x.id for x in QUESTIONS]
        assert q["point"].tolist() == [x.point for x in QUESTIONS]
        assert q["statement"].tolist() == [kamlab.t(x.key, lang) for x in QUESTIONS]
        assert set(q["source"]) == {"chapter", "ours"} and (q["point"] == "P5").sum() == 3
        r = rules_table(lang=lang)
        assert r["rule"].tolist() == [x.id for x in RULES] and r["text"].str.len().gt(20).all()
    assert questions_table(lang="zh")["statement"].iloc[0] != questions_table(lang="en")["statement"].iloc[0]
    with pytest.raises(KamlabValueError, match="lang"):
        questions_table(lang="fr")
