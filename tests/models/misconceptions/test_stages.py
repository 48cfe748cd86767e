"""M3 (kamlab.models.misconceptions.stages): relationship stages as a Markov chain."""

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.models import misconceptions as mc
from tests._examples import examples

SETTINGS = examples(40)


def test_stage_chain_by_hand():
    P = mc.TRADITIONAL.transition_matrix()
    assert np.allclose(P.sum(axis=1), 1) and (P >= 0).all()
    assert P[0, 1] == pytest.approx(0.1 * 0.7) and P[0, 5] == 0.3 and P[0, 0] == pytest.approx(1 - 0.3 - 0.07)
    assert P[4, 3] == pytest.approx(0.1 * 0.95) and P[5, 5] == 1
    one = mc.relationship_paths(
        mc.StageChain(0.0, 0.0, churn=(0.5,) * 5, yearly_margin=(100.0,) * 5), horizon_years=2, discount_rate=0.0
    )
    assert one.retention == 0.25 and one.clv == 150.0
    two = mc.relationship_paths(
        mc.StageChain(1.0, 0.0, churn=(0.0,) * 5, yearly_margin=(1, 2, 3, 4, 5)), horizon_years=3, discount_rate=0.1
    )
    assert two.table.loc[3, "interdependent"] == 1 and two.advanced_share == 1
    assert two.clv == pytest.approx(1 + 2 / 1.1 + 3 / 1.21)


def test_dedicated_kam_beats_the_traditional_approach():
    a, b = mc.relationship_paths(mc.TRADITIONAL), mc.relationship_paths(mc.DEDICATED_KAM)
    assert (round(a.retention, 3), round(b.retention, 3)) == (0.052, 0.322)
    assert b.advanced_share > 10 * a.advanced_share and b.clv > 2 * a.clv
    # a dedicated unit that costs more than the margins it wins loses
    dear = mc.relationship_paths(replace(mc.DEDICATED_KAM, yearly_cost=300_000.0))
    assert dear.clv < a.clv


@SETTINGS
@given(
    adv=st.floats(0, 0.5),
    back=st.floats(0, 0.5),
    churn=st.lists(st.floats(0, 1), min_size=5, max_size=5),
    h=st.integers(1, 15),
)
def test_stage_invariants(adv, back, churn, h):
    chain = mc.StageChain(adv, back, churn=tuple(churn))
    p = mc.relationship_paths(chain, horizon_years=h)
    probs = p.table[list(kamlab.analytics._common.STAGES) + ["lost"]]
    assert np.allclose(probs.sum(axis=1), 1) and (probs.to_numpy() >= -1e-12).all()
    assert (np.diff(p.table["retained"]) <= 1e-12).all()  # 'lost' absorbs
    lower = mc.relationship_paths(replace(chain, churn=tuple(min(1.0, c + 0.1) for c in churn)), horizon_years=h)
    assert lower.retention <= p.retention + 1e-12 and lower.clv <= p.clv + 1e-6
