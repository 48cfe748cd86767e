"""Lesson 06 (case K3): the sequential game, solved by backward induction, with Gome unsure of Gree's reply.

The known answers are hand-solved game trees written out below; the invariants are checked
with hypothesis over small integer trees and the case's parameters.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import gome_gree
from kamlab.models.gome_gree import GameTree, GomeGreeCase, KamDepartment
from tests._examples import examples

SETTINGS = examples(60)
pay = st.integers(-50, 50).map(float)
trees = st.builds(GameTree, st.tuples(pay, pay), st.tuples(pay, pay), st.tuples(pay, pay))

# The lesson's tree, solved by hand (payoffs: Gome, Gree; million yuan a year against business as usual):
#
#   Gome --keep price---------------------------- (0, 0)
#     `--cut price-- Gree --keep supplying------- (15, -42.5)     T = 15,  D = 42.5
#                       `--withdraw-------------- (-28.5, -25)    P = -30 + 1.5,  L_g = 25
#
# Step 1 (Gree, last mover): -25 > -42.5, so Gree withdraws after a cut.
# Step 2 (Gome, knowing that): keep 0 > cut -28.5, so Gome keeps its price. Path: keep, (0, 0).
# Belief p that Gree withdraws: a cut is worth (1 - p) 15 + p (-28.5) >= 0 iff p <= 15 / 43.5 = 0.3448...
#   p = 0.2: 12 - 5.7 = 6.3 > 0 -> Gome cuts, Gree withdraws: (-28.5, -25), the conflict of 2004.
#   p = 0.5: 7.5 - 14.25 = -6.75 < 0 -> Gome keeps.
LESSON_TREE = GameTree(keep=(0, 0), cut_supply=(15, -42.5), cut_withdraw=(-28.5, -25))


def test_the_case_is_the_hand_solved_tree():
    assert GomeGreeCase().tree() == LESSON_TREE
    solved = gome_gree.backward_induction(LESSON_TREE)
    assert (solved.gree_reply, solved.gome_move, solved.path, solved.outcome) == ("withdraw", "keep", ("keep",), (0, 0))
    assert gome_gree.belief_threshold(LESSON_TREE) == pytest.approx(15 / 43.5)
    assert gome_gree.gome_expected_cut(LESSON_TREE, 0.2) == pytest.approx(6.3)
    assert gome_gree.gome_expected_cut(LESSON_TREE, 0.5) == pytest.approx(-6.75)


def test_conflict_needs_a_misjudgement_and_information_removes_it():
    r = gome_gree.sequential_game(belief=0.2)
    assert (r.gome_move, r.gree_reply, r.path, r.outcome) == ("cut", "withdraw", ("cut", "withdraw"), (-28.5, -25))
    assert r.conflict and r.misjudgement and r.conflict_probability == 1.0
    assert r.informed.path == ("keep",)
    calm = gome_gree.sequential_game(belief=0.5)
    assert calm.path == ("keep",) and not calm.conflict and not calm.misjudgement
    # a KAM department tells Gome Gree's reply with probability early_warning = 0.8
    with_kam = gome_gree.sequential_game(belief=0.2, kam=KamDepartment())
    assert with_kam.conflict_probability == pytest.approx(0.2)
    assert gome_gree.sequential_game(belief=0.2, kam=KamDepartment(early_warning=1.0)).conflict_probability == 0.0


def test_a_dependent_gree_swallows_the_cut():
    # Gome = 3% of Gree's sales: S = 300, L_g = 0.25 x 300 x 0.5 x 2 = 75 > D = 42.5, L_m = 0.12 x 300 x 2.5 = 90.
    #   Gome --keep-- (0, 0);  cut -- Gree --supply-- (15, -42.5);  --withdraw-- (-90 + 1.5, -75)
    # Gree supplies (-42.5 > -75); Gome cuts (15 > 0): (15, -42.5), no conflict.
    case = GomeGreeCase(gree_dependence=0.03)
    assert case.tree() == GameTree((0, 0), (15, -42.5), (-88.5, -75))
    assert gome_gree.backward_induction(case.tree()).path == ("cut", "supply")
    # A Gome that expects a withdrawal (p = 0.5: 7.5 - 44.25 < 0) keeps its price: a misjudgement, but no conflict.
    r = gome_gree.sequential_game(case, belief=0.5)
    assert r.path == ("keep",) and r.misjudgement and not r.conflict


def test_a_small_tree_by_hand():
    # Gome --keep-- (2, 2); cut -- Gree --supply-- (3, 0); --withdraw-- (0, 1)
    # Gree withdraws (1 > 0); Gome keeps (2 > 0); p* = (3 - 2) / (3 - 0) = 1/3.
    tree = GameTree((2, 2), (3, 0), (0, 1))
    assert gome_gree.backward_induction(tree).path == ("keep",)
    assert gome_gree.belief_threshold(tree) == pytest.approx(1 / 3)
    # Ties: Gree indifferent keeps supplying; Gome indifferent keeps its price.
    assert gome_gree.gree_reply(GameTree((0, 0), (1, -1), (0, -1))) == "supply"
    assert gome_gree.backward_induction(GameTree((1, 0), (1, 0), (0, -1))).gome_move == "keep"
    # Edge thresholds: a cut never pays (T <= R), or pays even against a withdrawal (P >= R).
    assert gome_gree.belief_threshold(GameTree((5, 0), (5, 0), (0, 1))) == 0.0
    assert gome_gree.belief_threshold(GameTree((0, 0), (5, 0), (1, 1))) == 1.0


@SETTINGS
@given(trees)
def test_backward_induction_plays_best_replies(tree):
    solved = gome_gree.backward_induction(tree)
    replies = {r: tree.leaf(("cut", r))[1] for r in gome_gree.GREE_REPLIES}
    assert replies[solved.gree_reply] == max(replies.values())
    moves = {"keep": tree.keep[0], "cut": tree.leaf(("cut", solved.gree_reply))[0]}
    assert moves[solved.gome_move] == max(moves.values())
    assert solved.outcome == tree.leaf(solved.path)


@SETTINGS
@given(trees, st.integers(0, 20), st.integers(0, 20))
def test_belief_threshold_and_monotonicity(tree, i, j):
    p_low, p_high = sorted((i / 20, j / 20))
    p_star = gome_gree.belief_threshold(tree)
    assert 0.0 <= p_star <= 1.0
    for p in (p_low, p_high):
        cut = gome_gree.gome_expected_cut(tree, p) > tree.keep[0] + 1e-9
        if 0 < p_star < 1 and abs(p - p_star) > 1e-9:
            assert cut == (p < p_star)
    # believing more in a withdrawal never turns "keep" into "cut"
    assert gome_gree.gome_expected_cut(tree, p_high) <= gome_gree.gome_expected_cut(tree, p_low) + 1e-9 or (
        tree.cut_withdraw[0] > tree.cut_supply[0]
    )


@SETTINGS
@given(
    st.floats(0, 0.05),
    st.floats(0, 40),
    st.floats(0, 3),
    st.integers(0, 20),
    st.integers(0, 10),
    st.integers(0, 10),
)
def test_conflict_invariants(dependence, gain, premium, belief, q1, q2):
    case = GomeGreeCase(gree_dependence=dependence, gome_cut_gain=gain, channel_premium=premium)
    tree = case.tree()
    r = gome_gree.sequential_game(case, belief=belief / 20)
    # a conflict with a Gome that would not cut knowing the reply is always a misjudgement
    if r.conflict and tree.cut_withdraw[0] < tree.keep[0]:
        assert r.misjudgement
    assert r.outcome == tree.leaf(r.path)
    # more information never raises the chance of conflict; full information removes the misjudgement
    lo, hi = sorted((q1 / 10, q2 / 10))
    probs = [gome_gree.sequential_game(case, belief=belief / 20, kam=KamDepartment(early_warning=q)) for q in (lo, hi)]
    assert probs[1].conflict_probability <= probs[0].conflict_probability + 1e-12
    full = gome_gree.sequential_game(case, belief=belief / 20, kam=KamDepartment(early_warning=1.0))
    assert full.conflict_probability == float(r.informed.path == ("cut", "withdraw"))
    # a larger gain from the cut never lowers the belief Gome needs to stay calm
    richer = GomeGreeCase(gree_dependence=dependence, gome_cut_gain=gain + 5, channel_premium=premium)
    assert gome_gree.belief_threshold(richer.tree()) >= gome_gree.belief_threshold(tree) - 1e-12


@pytest.mark.parametrize(
    ("call", "err", "msg"),
    [
        (lambda: GameTree((0, 0), (1,), (0, 0)), KamlabValueError, "cut_supply.*pair of numbers"),
        (lambda: GameTree((0, 0), (1, float("nan")), (0, 0)), KamlabValueError, "cut_supply"),
        (lambda: GameTree("ab", (1, 1), (0, 0)), KamlabValueError, "keep"),
        (lambda: LESSON_TREE.leaf(("withdraw",)), KamlabValueError, "not a leaf"),
        (lambda: gome_gree.backward_induction(((0, 0),)), KamlabTypeError, "GameTree"),
        (lambda: gome_gree.belief_threshold(None), KamlabTypeError, "GameTree"),
        (lambda: gome_gree.gome_expected_cut(LESSON_TREE, 1.5), KamlabValueError, "belief"),
        (lambda: gome_gree.sequential_game(belief=-0.1), KamlabValueError, "belief"),
        (lambda: gome_gree.sequential_game("case"), KamlabTypeError, "case"),
        (lambda: gome_gree.sequential_game(kam=0.8), KamlabTypeError, "kam"),
    ],
)
def test_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call()
