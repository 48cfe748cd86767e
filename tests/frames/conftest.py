"""Small frame sets shared by the frames tests of one process: built once, 15 frames in all."""

from __future__ import annotations

import pytest

from kamlab import frames
from kamlab.frames import Plan

#: Small plans covering every kind of control: a toggle and a slider together (replay, zh), two
#: sliders one at a time (breakeven, en), a dropdown and a checkbox together with six checkboxes
#: left fixed (team, en).
SMALL = {
    ("replay_explorer", "zh"): Plan(max_values=2),  # way x step {0, 1, 7}: 6 frames
    ("breakeven_explorer", "en"): Plan(groups=(("gross_margin",), ("discount",)), max_values=2),  # 3 + 3 - 1
    ("team_explorer", "en"): Plan(fixed=("rnd", "manufacturing", "marketing", "service", "logistics", "finance")),
}


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The frames folder of :data:`SMALL` (with its page control and a page per explorer) and the reports."""
    out = tmp_path_factory.mktemp("frames")
    reports = {key: frames.build_frames(*key, out, plan=plan) for key, plan in SMALL.items()}
    frames.write_static(out)
    for name, lang in SMALL:
        frames.demo_page(out, name, lang, launch="https://hub.example.edu/{lang}/{lesson}")
    return out, reports
