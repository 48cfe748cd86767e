"""The recommendation rules of the maturity diagnostic, one function each (R1, R2+R3, R4)."""

from kamlab.models.kam_in_practice import maturity as mat


def _result(**overrides):
    answers = {q: 4 for q in mat.QUESTION_IDS}
    answers.update({k.replace("_", "."): v for k, v in overrides.items()})
    return mat.score_maturity(answers)


def _ids(questions):
    return [q.id for q in questions]


def test_r1_picks_low_answers_and_threes_of_the_weakest_area():
    r = _result(P1_1=1, P1_2=3, P2_1=2, P2_2=3, P3_1=3)
    # P1 (mean 3.0) is the weakest area, so its 3 counts; P2.2 and P3.1 are 3s elsewhere
    assert r.weakest[0] == "strategy" and r.areas["strategy"] < min(v for k, v in r.areas.items() if k != "strategy")
    assert _ids(mat._rule_r1(r)) == ["P1.1", "P1.2", "P2.1"]
    tie = _result(P1_1=3, P2_1=3)
    assert _ids(mat._rule_r1(tie)) == ["P1.1", "P2.1"]  # both areas share the lowest score
    assert mat._rule_r1(_result()) == []


def test_r2_orders_by_gap_then_area_score_then_chapter_order_and_r3_puts_strategy_first():
    r = _result(P1_2=2, P2_1=1, P2_2=2, P4_1=1)
    picked = mat._rule_r1(r)
    assert _ids(mat._rule_r2_r3(picked, r, False)) == ["P2.1", "P4.1", "P2.2", "P1.2"]
    assert _ids(mat._rule_r2_r3(picked, r, True)) == ["P1.2", "P2.1", "P4.1", "P2.2"]


def test_r4_moves_information_items_after_the_last_organisation_item():
    r = _result(P2_1=1, P4_1=1, P2_2=2, P4_3=2)
    ordered = mat._rule_r2_r3(mat._rule_r1(r), r, False)
    assert r.areas["information"] < r.areas["organisation"]  # R2 ranks the information items first
    assert _ids(ordered) == ["P4.1", "P2.1", "P4.3", "P2.2"]
    moved_order, moved = mat._rule_r4(ordered)
    assert _ids(moved_order) == ["P2.1", "P2.2", "P4.1", "P4.3"] and moved == {"P4.1", "P4.3"}
    partly, moved = mat._rule_r4([ordered[1], ordered[0], ordered[3], ordered[2]])  # P2.1 P4.1 P2.2 P4.3
    assert _ids(partly) == ["P2.1", "P2.2", "P4.1", "P4.3"] and moved == {"P4.1"}
    # nothing to move: no organisation item, or no information item before the last one
    assert mat._rule_r4([q for q in ordered if q.area != "organisation"])[1] == set()
    assert mat._rule_r4(moved_order) == (moved_order, set())
    assert mat._rule_r4([]) == ([], set())
