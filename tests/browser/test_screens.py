"""Every explorer of every lesson on a laptop (1366×768), a phone (390×844) and a projector (1920×1080),
measured in headless Chromium.

Two pages hold them all (``explorers_notebook`` in ``tests/browser/_screens.py``): each of the 23
explorers of lessons 00-07 built as its lesson builds it, in zh and in en (46), and the same 46 drawn
for the presenter view (``use_projector()``, what ``kamlab present`` does). Voila runs each page on
the shared server (``voila_lessons``, tests/conftest.py) in one kernel: the explorers of the 16
lesson pages for the price of about two lesson pages. Each measurement is one ``page.evaluate`` per
screen:

* laptop and phone (the notebook explorers): the chart's natural width at least its displayed width
  × 2 (a screen with devicePixelRatio 2; the page itself runs at 1: a displayed width in CSS px
  does not depend on it), at most 48 px of empty space under an explorer, ``elementFromPoint`` at
  the centre of every control hits that control, the sliders of one grid equally wide;
* laptop: controls and chart within the viewport's height, chart text at least 9 px;
* phone: chart text at least 11 CSS px, labels and readouts at least 14 px, slider handles,
  dropdowns and checkboxes at least 32×32 px;
* projector (the projector explorers, under the presenter view's CSS, ``kamlab.course.present``):
  each explorer within the screen's height, control labels at least 20 px, chart text at least 24 px.

The real lesson pages: lesson 07 in both languages in ``test_voila_lesson07.py`` (laptop and phone),
``kamlab present 03`` in both languages in ``tests/course/test_present_browser.py``, and every lesson
page in ``benchmarks/bench_screens.py`` (make bench).
"""

from __future__ import annotations

import pytest
from _screens import (
    FOR_PROJECTOR,
    LAPTOP,
    LAPTOP_FLOORS,
    PHONE,
    PHONE_FLOORS,
    PROJECTOR,
    PROJECTOR_FLOORS,
    check_floors,
    explorers_notebook,
    measure_explorers,
)
from _voila import check_page_clean, close_voila_page, save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("servers")]

RENDER_MS = 180_000


def _open(browser, server, notebook, n: int, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(server.page_url(notebook), wait_until="commit", timeout=RENDER_MS)
    page.wait_for_function(
        """n => (document.body !== null && document.body.innerText.includes('Error displaying widget'))
               || document.readyState === 'complete' && !document.querySelector('#loading')
                  && document.querySelectorAll('.kamlab-explorer img.widget-image').length >= n
                  && Array.from(document.querySelectorAll('img')).every(i => i.complete && i.naturalWidth > 0)""",
        arg=n,
        timeout=RENDER_MS,
    )
    assert "Error displaying widget" not in page.inner_text("body")
    page.wait_for_timeout(500)  # the last widget views settle (docs/testing-notes.md, Voila page load)
    check_page_clean(page, server)
    return page


def test_every_explorer_fits_a_laptop_and_a_phone(browser, voila_lessons, tmp_path):
    notebook, names = explorers_notebook(voila_lessons.root / "screens")
    page = _open(browser, voila_lessons, notebook, len(names), LAPTOP)
    try:
        failures = []
        for screen, viewport, floors in (("laptop", LAPTOP, LAPTOP_FLOORS), ("phone", PHONE, PHONE_FLOORS)):
            page.set_viewport_size(viewport)
            measures = measure_explorers(page)
            assert len(measures) == len(names)
            assert all(m["controls"] and m["naturalWidth"] > 0 and m["labelPx"] for m in measures)
            failures += check_floors(measures, floors, screen, names)
        save_screenshot(page, tmp_path / "explorers_phone.png", full_page=False)
        assert not failures, f"{len(failures)} below the floors:\n" + "\n".join(failures)
    finally:
        close_voila_page(page, voila_lessons)


def test_every_explorer_fits_the_presenter_view_on_a_projector(browser, voila_lessons, tmp_path):
    from kamlab.course.present import _CSS

    notebook, names = explorers_notebook(voila_lessons.root / "screens", projector=True)
    page = _open(browser, voila_lessons, notebook, len(names), PROJECTOR)
    try:
        page.add_style_tag(content=_CSS)  # what `kamlab present` puts in its first cell
        measures = measure_explorers(page, FOR_PROJECTOR)
        assert len(measures) == len(names)
        failures = check_floors(measures, PROJECTOR_FLOORS, "projector", names)
        save_screenshot(page, tmp_path / "explorers_projector.png", full_page=False)
        assert not failures, f"{len(failures)} below the floors:\n" + "\n".join(failures)
    finally:
        close_voila_page(page, voila_lessons)
