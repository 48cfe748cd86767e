"""Lesson runaway_horse: the explorers of kamlab.widgets.runaway_horse (moved from tests/models/test_runaway_horse.py)."""

import dataclasses

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.models import runaway_horse
from kamlab.widgets import runaway_horse as views
from tests._examples import examples
from tests._floats import ordered

SETTINGS = examples(40)


@SETTINGS
@given(st.lists(st.integers(0, 80), min_size=6, max_size=6), st.floats(0, 1), st.floats(0, 0.5))
def test_plan_invariants(hours, c, q):
    links = tuple(runaway_horse.Link(s, b, float(h)) for (s, b), h in zip(views.CANDIDATE_LINKS, hours))
    r = runaway_horse.assess_plan(runaway_horse.ContactPlan(links, c), departure=q)
    assert ordered(0, r.p_independent, r.p_loss, r.p_loss_lu_resigns, 1)
    assert r.within_budget == (sum(hours) <= 120)
    more = tuple(dataclasses.replace(k, hours=k.hours + 5) for k in links)
    assert runaway_horse.assess_plan(runaway_horse.ContactPlan(more, c), departure=q).p_loss <= r.p_loss + 1e-12
    if sum(hours[3:]) == 0:  # every link through Lu: losing him loses B unless knowledge was captured
        assert r.p_loss_lu_resigns == pytest.approx(1.0) or c > 0


# ---- the explorer ----------------------------------------------------------------------------------
def _values(control, n=5):
    if isinstance(control.value, bool):
        return [False, True]
    if isinstance(control.value, int):
        return sorted(
            {
                int(v)
                for v in np.linspace(control.min, control.max, n).round(-1 if control.step >= 10 else 0)
                if (int(v) - control.min) % control.step == 0
            }
        )
    return [round(float(v), 2) for v in np.linspace(control.min, control.max, n)]


def test_contact_plan_explorer_sweep():
    ex = views.contact_plan_explorer(lang="en")
    assert ex.result.p_loss_lu_resigns == 1.0 and "100.0%" in ex.caption.value and "Bow-tie" in ex.caption.value
    defaults, seen = ex.values(), set()
    for name, control in ex.controls.items():
        for value in _values(control):
            before, changed = ex.updates, control.value != value
            control.value = value
            assert ex.updates == before + changed
            r = ex.result
            assert (
                0 <= r.p_loss <= r.p_loss_lu_resigns + 1e-12 <= 1 + 1e-12
                and ex.png.startswith(b"\x89PNG")
                and ex.caption.value
            )
            assert ("over budget" in ex.caption.value) == (not r.within_budget) or "No link" in ex.caption.value
            seen.add(ex.png)
        control.value = defaults[name]
    assert len(seen) > 15
    ex.set(**{f"hours_{i}": 0 for i in range(6)})
    assert ex.result.p_loss == 1.0 and "No link" in ex.caption.value


def test_replaying_the_decision_changes_the_outcome():
    ex = views.contact_plan_explorer(lang="zh")
    bow = ex.result
    ex.controls["lu_resigns"].value = True
    assert "已辞职" in " ".join(t.get_text() for t in ex.figure.axes[0].texts)
    ex.set(**{f"hours_{i}": h for i, h in enumerate((40, 20, 0, 20, 20, 20))}, knowledge_capture=0.5)
    dia = ex.result
    assert dia.p_loss_lu_resigns < 0.05 < bow.p_loss_lu_resigns and dia.hours_total == 120
    assert "钻石型" in ex.caption.value and "陆经理辞职的那一年" in ex.caption.value
    assert "陆经理辞职的那一年 1.2%" in ex.figure.axes[0].texts[-1].get_text()
    ex.controls["budget_hours"].value = 100
    assert "超出预算 20 小时" in ex.caption.value
