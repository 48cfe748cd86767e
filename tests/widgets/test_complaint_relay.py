"""Lesson complaint_relay: the explorers of kamlab.widgets.complaint_relay (moved from tests/models/test_complaint_relay.py)."""

import numpy as np

from kamlab.models import complaint_relay
from kamlab.widgets import complaint_relay as views


# ---- the explorers -----------------------------------------------------------------------------------
def _values(control):
    if hasattr(control, "options") and control.options:
        return [v for _, v in control.options]
    if isinstance(control.value, int):
        return list(range(control.min, control.max + 1, max(1, (control.max - control.min) // 5)))
    return [round(float(v), 1) for v in np.linspace(control.min, control.max, 6)]


def test_complaint_relay_explorer_sweep():
    ex = views.complaint_relay_explorer(lang="en")
    heroic, yours = ex.result
    assert heroic.summary == yours.summary and "first-contact resolution <b>24%</b>" in ex.caption.value
    defaults, seen = ex.values(), set()
    for name, control in ex.controls.items():
        for value in _values(control):
            before, changed = ex.updates, control.value != value
            control.value = value
            assert ex.updates == before + changed and ex.png.startswith(b"\x89PNG") and ex.caption.value
            heroic, yours = ex.result
            assert heroic.way == complaint_relay.HEROIC and yours.way.information_completeness == round(
                ex.controls["information_completeness"].value, 4
            )
            seen.add(ex.png)
        control.value = defaults[name]
    assert len(seen) > 10
    ex.controls["information_completeness"].value = 1.0
    ex.controls["process_maturity"].value = 1.0
    best = ex.result[1].summary
    assert best["promises_broken"] == 0 and best["other_customers_delayed"] == 0
    assert best["sales_hours"] < ex.result[0].summary["sales_hours"] / 10


def test_replay_explorer_sweep():
    ex = views.replay_explorer(lang="zh")
    assert "来电怒问" in ex.caption.value and len(ex.figure.axes[0].patches) == 1
    for way in ("heroic", "kam"):
        ex.controls["way"].value = way
        for step in range(8):
            ex.controls["step"].value = step
            assert len(ex.figure.axes[0].patches) == step and ex.png.startswith(b"\x89PNG")
            assert (ex.caption.value == "") == (step == 0)
    assert "记录根本原因" in ex.caption.value and "大客户管理流程" in ex.figure.axes[0].get_title()
    ex.controls["way"].value = "heroic"
    assert "猜测" in ex.figure.axes[0].texts[-1].get_text() and "英雄式" in ex.figure.axes[0].get_title()
    assert "承诺落空" not in ex.figure.axes[0].texts[-1].get_text()
