"""Explorers on a laptop (1366×768) and a phone (390×844), measured in headless Chromium.

One representative lesson (03: five explorers with sliders, dropdowns, checkboxes and the reveal
box) runs once on the shared Voila server (``voila_lessons``, tests/conftest.py) in a page with
devicePixelRatio 2; every explorer is measured at the laptop size, then the same page at the phone
size (``tests/browser/_screens.py``):

* laptop: each explorer (controls, chart and caption) within the viewport's height;
* both: the chart's natural width at least its displayed width × devicePixelRatio; the sliders of
  one grid equally wide; ``elementFromPoint`` at the centre of every control hits that control;
* phone: chart body text at least 11 CSS px, control labels and readouts at least 14 px, slider
  handles, dropdowns and checkboxes at least 32×32 px.

Lesson 01 (six weight sliders with the long 「发展潜力（钱包余量）」 label), every other lesson and
``kamlab present`` at 1920×1080: ``benchmarks/bench_screens.py``; the projector in make test:
``tests/course/test_present_browser.py``.
"""

from __future__ import annotations

import pytest
from _screens import LAPTOP, LAPTOP_FLOORS, PHONE, PHONE_FLOORS, check_floors, measure_explorers
from _voila import ROOT, check_page_clean, close_voila_page, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("servers")]

RENDER_MS = 120_000
EXPLORERS = {"03_misconceptions": 5}


@pytest.mark.parametrize("lesson", sorted(EXPLORERS))
def test_explorers_fit_a_laptop_and_work_on_a_phone(browser, voila_lessons, lesson, tmp_path):
    notebook = ROOT / "notebooks" / "zh" / f"{lesson}.ipynb"
    page = browser.new_page(viewport=LAPTOP, device_scale_factor=2)
    try:
        page.goto(voila_lessons.page_url(notebook), wait_until="commit", timeout=RENDER_MS)
        page.wait_for_function(
            """n => document.readyState === 'complete' && !document.querySelector('#loading')
                   && document.querySelectorAll('.kamlab-explorer img.widget-image').length >= n
                   && Array.from(document.querySelectorAll('img')).every(i => i.complete && i.naturalWidth > 0)""",
            arg=EXPLORERS[lesson],
            timeout=RENDER_MS,
        )
        page.wait_for_timeout(1000)  # the last widget views settle (docs/testing-notes.md, Voila page load)
        check_page_clean(page, voila_lessons)
        failures = []
        for screen, viewport, floors in (("laptop", LAPTOP, LAPTOP_FLOORS), ("phone", PHONE, PHONE_FLOORS)):
            page.set_viewport_size(viewport)
            page.wait_for_timeout(300)
            measures = measure_explorers(page)
            assert len(measures) == EXPLORERS[lesson], measures
            assert all(m["controls"] for m in measures)
            assert all(m["naturalWidth"] > 0 for m in measures)
            failures += check_floors(measures, floors, f"{lesson} {screen}")
            save_screenshot(page, tmp_path / f"{lesson}_{screen}.png", full_page=False)
        assert not failures, "\n".join(failures)
    finally:
        close_voila_page(page, voila_lessons)
