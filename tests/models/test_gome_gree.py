"""Lesson 06 (case K3, Gome vs Gree): the game solver, the case model, plots and explorers."""

import itertools
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import gome_gree
from tests._examples import examples
from tests._floats import le, ordered

SETTINGS = examples(60)
payoff = st.integers(-20, 20).map(float)


def matrices(shape):
    return st.lists(st.lists(payoff, min_size=shape[1], max_size=shape[1]), min_size=shape[0], max_size=shape[0])


games = st.tuples(st.integers(1, 3), st.integers(1, 3)).flatmap(lambda s: st.tuples(matrices(s), matrices(s)))


# ---- the solver: known answers ----------------------------------------------------------------
def test_prisoners_dilemma_and_its_threshold():
    a, b = [[3, 0], [5, 1]], [[3, 5], [0, 1]]  # Axelrod (1984): T=5, R=3, P=1, S=0
    assert gome_gree.pure_equilibria(a, b) == [(1, 1)]
    eqs = gome_gree.support_enumeration(a, b)
    assert len(eqs) == 1 and eqs[0][0].tolist() == [0, 1] and eqs[0][1].tolist() == [0, 1]
    assert gome_gree.grim_trigger_threshold(5, 3, 1) == 0.5  # (T - R) / (T - P)
    assert gome_gree.grim_trigger_threshold(4, 3, 0) == pytest.approx(0.25)


def test_matching_pennies_and_battle_of_the_sexes():
    eqs = gome_gree.support_enumeration([[1, -1], [-1, 1]], [[-1, 1], [1, -1]])
    assert len(eqs) == 1 and np.allclose(eqs[0][0], 0.5) and np.allclose(eqs[0][1], 0.5)
    assert gome_gree.pure_equilibria([[1, -1], [-1, 1]], [[-1, 1], [1, -1]]) == []
    a, b = [[2, 0], [0, 1]], [[1, 0], [0, 2]]  # Osborne (2004), BoS: two pure, one mixed
    eqs = gome_gree.support_enumeration(a, b)
    assert gome_gree.pure_equilibria(a, b) == [(0, 0), (1, 1)]
    assert len(eqs) == 3
    mixed = [e for e in eqs if (e[0] > 0).sum() == 2]
    assert np.allclose(mixed[0][0], [2 / 3, 1 / 3]) and np.allclose(mixed[0][1], [1 / 3, 2 / 3])


def test_rock_paper_scissors():
    a = np.array([[0, -1, 1], [1, 0, -1], [-1, 1, 0]])
    eqs = gome_gree.support_enumeration(a, -a)
    assert len(eqs) == 1 and np.allclose(eqs[0][0], 1 / 3) and np.allclose(eqs[0][1], 1 / 3)


def test_bimatrix_game():
    g = gome_gree.BimatrixGame([[3, 0], [5, 1]], [[3, 5], [0, 1]], ("c", "d"), ("c", "d"))
    assert g.shape == (2, 2) and g.payoffs(1, 0) == (5.0, 0.0)
    assert g.expected_payoffs([0.5, 0.5], [1, 0]) == (4.0, 1.5)
    assert g.table().loc["d", "c"] == "(5, 0)"
    assert g.row_payoffs == ((3.0, 0.0), (5.0, 1.0))


@SETTINGS
@given(games)
def test_every_pure_equilibrium_is_a_mutual_best_response(ab):
    a, b = np.array(ab[0]), np.array(ab[1])
    for i, j in gome_gree.pure_equilibria(a, b):
        assert a[i, j] == a[:, j].max() and b[i, j] == b[i, :].max()
    brute = [
        (i, j)
        for i, j in itertools.product(range(a.shape[0]), range(a.shape[1]))
        if a[i, j] == a[:, j].max() and b[i, j] == b[i, :].max()
    ]
    assert gome_gree.pure_equilibria(a, b) == brute


@SETTINGS
@given(games)
def test_mixed_equilibria_are_probabilities_and_make_the_opponent_indifferent(ab):
    a, b = np.array(ab[0]), np.array(ab[1])
    for x, y in gome_gree.support_enumeration(a, b):
        for mix in (x, y):
            assert all(ordered(0, p, 1) for p in mix) and mix.sum() == pytest.approx(1)
        row_values, col_values = a @ y, x @ b
        assert np.allclose(row_values[x > 1e-9], row_values.max())  # rows played are equally good and best
        assert np.allclose(col_values[y > 1e-9], col_values.max())
        assert gome_gree.is_best_response(a, x, y) and gome_gree.is_best_response(b.T, y, x)


@SETTINGS
@given(st.tuples(matrices((2, 2)), matrices((2, 2))))
def test_nondegenerate_2x2_games_have_an_odd_number_of_equilibria(ab):
    a, b = np.array(ab[0]), np.array(ab[1])
    # nondegenerate: no ties in either player's best responses
    if (a[0] == a[1]).any() or (b[:, 0] == b[:, 1]).any():
        return
    n = len(gome_gree.support_enumeration(a, b))
    assert n % 2 == 1  # Lemke-Howson / the oddness theorem
    assert set(gome_gree.pure_equilibria(a, b)) <= {
        (int(np.argmax(x)), int(np.argmax(y))) for x, y in gome_gree.support_enumeration(a, b)
    }


@SETTINGS
@given(st.floats(0.5, 20), st.floats(0, 10), st.floats(-10, -0.1))
def test_threshold_makes_grim_trigger_indifferent(t_, r, p):
    if not t_ > r > p:
        return
    d = gome_gree.grim_trigger_threshold(t_, r, p)
    assert 0 < d < 1
    assert r / (1 - d) == pytest.approx(t_ + d * p / (1 - d))


# ---- the case ---------------------------------------------------------------------------------
def test_case_by_hand():
    c = gome_gree.GomeGreeCase()
    assert c.gree_sales_at_gome == 100.0  # 1% of 10,000
    assert c.gome_loss == 0.12 * 100 * 2.5 == 30.0  # margin x (1 + spillover)
    assert c.gree_price_damage == pytest.approx(0.34 * 0.25 * 10_000 * 0.05) == 42.5
    assert c.gree_loss == 0.25 * 100 * 0.5 * 2 == 25.0
    assert c.threat_credible and c.credible_up_to == pytest.approx(42.5 / 2500)
    g = c.game()
    assert g.row_payoffs == ((0.0, -30.0), (15.0, -28.5)) and g.col_payoffs == ((0.0, -25.0), (-42.5, -25.0))
    r = gome_gree.one_shot(c)
    assert r.pure == [(1, 1)] and r.mixed == [] and r.outcome == (-28.5, -25.0) and r.lose_lose
    assert c.repeated_payoffs() == {"temptation": 15.0, "reward": 0.0, "punishment": -28.5}
    assert c.cooperation_threshold() == pytest.approx(15 / 43.5)


def test_dependence_decides_the_equilibrium():
    dependent = gome_gree.GomeGreeCase(gree_dependence=0.03)  # beyond 1.7%: Gree swallows the cut
    assert not dependent.threat_credible
    r = gome_gree.one_shot(dependent)
    assert r.pure == [(1, 0)] and not r.lose_lose and r.outcome == (15.0, -42.5)
    assert gome_gree.GomeGreeCase(gree_dependence=0.0).gree_loss == 0.0


def test_copycat_risk_gives_a_mixed_equilibrium():
    r = gome_gree.one_shot(gome_gree.GomeGreeCase(copycat_risk=0.1))
    assert r.pure == [] and len(r.mixed) == 1
    x, y = r.mixed[0]
    assert x[1] == pytest.approx(25 / 42.5) and y[1] == pytest.approx(15 / 16.5)
    assert r.lose_lose and r.outcome[1] == pytest.approx(-25.0)


def test_kam_department_changes_payoffs_and_odds():
    c, kam = gome_gree.GomeGreeCase(), gome_gree.KamDepartment()
    g = c.game(kam)
    assert g.payoffs(0, 0) == (5.0, 3.0)
    assert g.payoffs(1, 0) == (pytest.approx(0.2 * 15 + 0.8 * 5), pytest.approx(0.2 * -42.5 + 0.8 * 3))
    assert c.cooperation_threshold(kam) == pytest.approx(2 / 35.5)
    assert c.cooperation_threshold(kam) < c.cooperation_threshold()
    assert not gome_gree.one_shot(c, kam=kam).lose_lose
    # not lose-lose, yet a concession: Gree absorbs the cuts that slip through (lesson 06, part 5)
    assert (
        gome_gree.one_shot(c, kam=kam).conceding == "gree"
        and gome_gree.one_shot(c, kam=kam).outcome[1] < g.payoffs(0, 0)[1]
    )
    assert gome_gree.one_shot(c).conceding is None  # (cut, withdraw): lose-lose
    assert (
        gome_gree.one_shot(gome_gree.GomeGreeCase(gree_dependence=0.03)).conceding == "gree"
    )  # (cut, supply): 15, -42.5
    no_kam = gome_gree.conflict_odds(runs=100)
    with_kam = gome_gree.conflict_odds(runs=100, kam=kam)
    assert (no_kam, with_kam) == (0.88, 0.43)
    assert gome_gree.conflict_odds(runs=50, slip_rate=0.0) == 0.0
    assert gome_gree.GomeGreeCase(gree_dependence=0).cooperation_threshold() == float("inf")
    assert (
        gome_gree.GomeGreeCase(gome_cut_gain=0).cooperation_threshold(gome_gree.KamDepartment(partnership_bonus=1))
        == 0.0
    )


@SETTINGS
@given(st.floats(0, 0.05), st.floats(0, 0.5), st.floats(0, 40), st.floats(0, 3), st.floats(0, 0.5))
def test_case_invariants(dep, cut, gain, premium, copycat):
    c = gome_gree.GomeGreeCase(
        gree_dependence=dep, price_cut=cut, gome_cut_gain=gain, channel_premium=premium, copycat_risk=copycat
    )
    r = gome_gree.one_shot(c)
    assert r.pure or r.mixed
    more = replace(c, gree_dependence=min(dep + 0.01, 1.0))
    assert le(c.gree_loss, more.gree_loss)  # more dependence, costlier withdrawal
    if c.threat_credible:
        assert all(j == 1 for i, j in r.pure if i == 1)  # a cut is answered by withdrawal
    assert c.threat_credible == (dep < c.credible_up_to)


@SETTINGS
@given(
    st.sampled_from(gome_gree.STRATEGIES), st.sampled_from(gome_gree.STRATEGIES), st.floats(0, 1), st.integers(0, 99)
)
def test_simulation_invariants(gome, gree, slip, seed):
    play = gome_gree.simulate_repeated(gome=gome, gree=gree, rounds=12, slip_rate=slip, seed=seed)
    assert len(play) == 12 and set(play["gome_action"]) <= {0, 1} and set(play["gree_action"]) <= {0, 1}
    assert (play.loc[play["slip"], "gome_action"] == 1).all()
    if gree == "grim_trigger":
        first = play.index[play["gome_action"] == 1]
        if len(first):
            assert (play.loc[first[0] + 1 :, "gree_action"] == 1).all()
    again = gome_gree.simulate_repeated(gome=gome, gree=gree, rounds=12, slip_rate=slip, seed=seed)
    pd.testing.assert_frame_equal(play, again)


def test_simulation_known_plays():
    play = gome_gree.simulate_repeated(gome="always_defect", gree="tit_for_tat", rounds=3, slip_rate=0, discount=0.5)
    assert play["gree_action"].tolist() == [0, 1, 1]
    assert play["gome_payoff"].tolist() == [15.0, -28.5, -28.5]
    assert play["gome_discounted"].iloc[-1] == pytest.approx(15 - 0.5 * 28.5 - 0.25 * 28.5)
    coop = gome_gree.simulate_repeated(gome="grim_trigger", gree="grim_trigger", rounds=5, slip_rate=0)
    assert coop["gome_payoff"].sum() == 0 and not coop["gree_action"].any()


def test_timeline():
    zh, en = gome_gree.timeline(lang="zh"), gome_gree.timeline(lang="en")
    assert zh["date"].iloc[0] == "2004-02-21" and "34%" in zh["event"].iloc[0] and "34%" in en["event"].iloc[0]
    assert "1%" in en["event"].iloc[3] and "海尔" in zh["event"].iloc[4]
    # the chapter dates Haier's department only "当年" (back then): no invented year
    assert "当年" in zh["date"].iloc[4] and "2004" not in zh["date"].iloc[4] and "2004" not in en["date"].iloc[4]
    # nor does it date Gree's "under 1%" statement (issue #23, item 7): no invented 2004-03
    assert zh["date"].iloc[3] == "教材未注明时间" and en["date"].iloc[3] == "no date given"


# ---- validation: one test per branch ----------------------------------------------------------
@pytest.mark.parametrize(
    "call, err, msg",
    [
        (lambda: gome_gree.pure_equilibria("ab", [[1]]), KamlabTypeError, "row_payoffs' must be a 2-d table"),
        (lambda: gome_gree.pure_equilibria([["x"]], [[1]]), KamlabTypeError, "row_payoffs' must be a 2-d table"),
        (
            lambda: gome_gree.pure_equilibria([1, 2], [1, 2]),
            KamlabValueError,
            r"2-dimensional and non-empty, got shape \(2,\)",
        ),
        (lambda: gome_gree.pure_equilibria([[1, np.nan]], [[1, 2]]), KamlabValueError, "missing or infinite"),
        (
            lambda: gome_gree.support_enumeration([[1, 2]], [[1], [2]]),
            KamlabValueError,
            r"shape \(1, 2\) but col_payoffs",
        ),
        (
            lambda: gome_gree.BimatrixGame([[1, 2]], [[1, 2]], ("a", "b")),
            KamlabValueError,
            "'row_actions' has 2 names; expected 1",
        ),
        (
            lambda: gome_gree.BimatrixGame([[1, 2]], [[1, 2]], (), ("a",)),
            KamlabValueError,
            "'col_actions' has 1 names; expected 2",
        ),
        (
            lambda: gome_gree.grim_trigger_threshold(3, 3, 1),
            KamlabValueError,
            "expected temptation > reward > punishment",
        ),
        (lambda: gome_gree.grim_trigger_threshold("5", 3, 1), KamlabTypeError, "'temptation' must be a number"),
        (
            lambda: gome_gree.GomeGreeCase(gree_total_sales=0),
            KamlabValueError,
            "'gree_total_sales' = 0.0; expected > 0",
        ),
        (
            lambda: gome_gree.GomeGreeCase(gree_dependence=1.5),
            KamlabValueError,
            "'gree_dependence' = 1.5 is a share outside",
        ),
        (lambda: gome_gree.GomeGreeCase(price_cut=34), KamlabValueError, "'price_cut' = 34.0 is a share outside"),
        (lambda: gome_gree.GomeGreeCase(gome_cut_gain=-1), KamlabValueError, "'gome_cut_gain' = -1.0; expected >= 0"),
        (lambda: gome_gree.GomeGreeCase(copycat_risk=None), KamlabTypeError, "'copycat_risk' must be a number"),
        (
            lambda: gome_gree.KamDepartment(early_warning=2),
            KamlabValueError,
            "'early_warning' = 2.0 is a share outside",
        ),
        (
            lambda: gome_gree.KamDepartment(partnership_bonus=-1),
            KamlabValueError,
            "'partnership_bonus' = -1.0; expected >= 0",
        ),
        (lambda: gome_gree.KamDepartment(yearly_cost=-1), KamlabValueError, "'yearly_cost' = -1.0; expected >= 0"),
        (lambda: gome_gree.GomeGreeCase().game(kam=0.8), KamlabTypeError, "'kam' must be a KamDepartment or None"),
        (lambda: gome_gree.one_shot("gome"), KamlabTypeError, "'case' must be a GomeGreeCase"),
        (lambda: gome_gree.simulate_repeated("gome"), KamlabTypeError, "'case' must be a GomeGreeCase"),
        (lambda: gome_gree.simulate_repeated(gome="nice"), KamlabValueError, "'gome' = 'nice'; expected one of"),
        (lambda: gome_gree.simulate_repeated(gree="nice"), KamlabValueError, "'gree' = 'nice'; expected one of"),
        (lambda: gome_gree.simulate_repeated(rounds=0), KamlabValueError, "'rounds' = 0; expected >= 1"),
        (lambda: gome_gree.simulate_repeated(slip_rate=-0.1), KamlabValueError, "'slip_rate' = -0.1 is a share"),
        (lambda: gome_gree.simulate_repeated(discount=1.1), KamlabValueError, "'discount' = 1.1 is a share"),
        (lambda: gome_gree.simulate_repeated(generosity=2), KamlabValueError, "'generosity' = 2.0 is a share"),
        (lambda: gome_gree.conflict_odds(runs=0), KamlabValueError, "'runs' = 0; expected >= 1"),
        (lambda: gome_gree.timeline(lang="fr"), KamlabValueError, "'lang' = 'fr'"),
    ],
)
def test_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call()


def test_frozen():
    with pytest.raises(AttributeError):
        gome_gree.GomeGreeCase().price_cut = 0.1


def test_numbers_quoted_in_the_lesson():
    case, kam = gome_gree.GomeGreeCase(), gome_gree.KamDepartment()
    play = gome_gree.simulate_repeated(case, gome="tit_for_tat", gree="grim_trigger", slip_rate=0.1, seed=2004)
    assert play.index[play["slip"]].tolist() == [5]  # season 6
    assert play["gree_action"].tolist() == [0] * 6 + [1] * 14
    assert (int(play["gome_action"].sum()), int(play["gree_action"].sum())) == (14, 14)
    assert (round(play["gome_discounted"].iloc[-1], 1), round(play["gree_discounted"].iloc[-1], 1)) == (-108.8, -127.6)
    odds = {
        s: (gome_gree.conflict_odds(case, gree=s), gome_gree.conflict_odds(case, gree=s, kam=kam))
        for s in ("grim_trigger", "tit_for_tat", "generous_tit_for_tat")
    }
    assert odds == {"grim_trigger": (0.86, 0.41), "tit_for_tat": (0.68, 0.285), "generous_tit_for_tat": (0.145, 0.055)}
    assert [round(v, 2) for v in gome_gree.one_shot(gome_gree.GomeGreeCase(copycat_risk=0.1)).outcome] == [
        -27.27,
        -25.0,
    ]
    assert (
        gome_gree.GomeGreeCase(channel_premium=3).threat_credible,
        gome_gree.GomeGreeCase(channel_premium=3).gree_loss,
    ) == (False, 50.0)
    assert round(case.cooperation_threshold(), 3) == 0.345 and round(case.cooperation_threshold(kam), 3) == 0.056
