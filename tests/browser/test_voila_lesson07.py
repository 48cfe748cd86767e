"""Lesson 07 in a real browser: Voila serves it, headless Chromium uses three of its explorers.

For each language, Voila runs ``notebooks/<lang>/07_kam_in_practice.ipynb`` in a fresh
kernel and Chromium (driven by Playwright) opens the page (on the Voila server shared with
``test_voila.py``: ``voila_lessons`` in ``tests/conftest.py``; closing the page shuts its
kernel down). The test waits until all five explorers (maturity, team, competency, account plan, capstone) have rendered, each
with its chart (the ``<img>`` of the explorer's Image widget) and a caption, then acts
as a student would:

1. team explorer: ticks the Logistics box; the chart is redrawn and the caption gives
   the coverage and handoffs of :func:`kamlab.models.kam_in_practice.organisation.team_design` for
   sales + logistics;
2. capstone explorer: chooses the rule "by revenue"; the chart is redrawn and the
   caption gives the accounts, cost and expected uplift of ``plan_programme`` +
   ``evaluate_programme`` on the notebook's accounts (``make_accounts(seed=2027)``);
3. maturity explorer: moves the P1.1 slider one step right with the keyboard; the
   readout, the radar and the caption's overall score (``score_maturity`` of the
   changed answers) follow.

Then no Python error may be on the page, and screenshots of the page and of the
three explorers are kept (copied to ``$KAMLAB_BROWSER_SHOTS`` when set). Finally the
five explorers of this real page are measured at 1366×768 and 390×844 (``_screens.py``).
Strict: the page must render the first time. No
assertion is about wall-clock time; the timeouts only bound the waiting. Without
Chromium, Playwright or Voila the test is skipped, except in CI (``CI`` set), where it fails.
"""

from __future__ import annotations

import re

import pytest
from _screens import LAPTOP, LAPTOP_FLOORS, PHONE, PHONE_FLOORS, check_floors, measure_explorers
from _voila import ROOT, check_page_clean, close_voila_page, save_screenshot  # fixtures: tests/conftest.py

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("servers")]  # one worker, one server at a time

NOTEBOOK = "07_kam_in_practice.ipynb"
N_EXPLORERS = 5
RENDER_MS = 90_000  # bound on waiting for the notebook to run and all explorers to render (~15-25 s)
REDRAW_MS = 30_000  # bound on waiting for one redraw after a control moves

# An explorer as the page shows it: a VBox (class kamlab-explorer) whose children are the
# controls (a GridBox), the chart (an Image widget, class kamlab-chart, in a Box), the caption
# (an HTML widget, class kamlab-caption) and the explorer's own CSS (a hidden HTML widget).
EXPLORER = ".kamlab-explorer"
CHART = "img.kamlab-chart"
CAPTION = ":scope > .kamlab-caption .widget-html-content"

# Voila has run every cell (its "Executing i of n" overlay, #loading, is gone) and every
# explorer shows a loaded chart and a non-empty caption.
_ALL_RENDERED = """([explorer, chart, caption, n]) => {
    const boxes = [...document.querySelectorAll(explorer)];
    return document.querySelector('#loading') === null && boxes.length === n && boxes.every(box => {
        const img = box.querySelector(chart), text = box.querySelector(caption);
        return img !== null && img.complete && img.naturalWidth > 0
            && text !== null && text.innerText.trim() !== '';
    });
}"""
_IMAGE_KEY = "img => img.src.length + ':' + img.src.slice(-64)"  # a short fingerprint of the PNG data URL
_NEW_IMAGE = """([img, old]) => img.complete && img.naturalWidth > 0
    && (img.src.length + ':' + img.src.slice(-64)) !== old"""
_NEW_TEXT = "([el, old]) => el.innerText.trim() !== '' && el.innerText !== old"


class _Explorer:
    """One explorer on the page, found by the exact text of one of its control labels."""

    def __init__(self, page, label: str):
        exact = re.compile(f"^{re.escape(label)}$")
        self.page = page
        self.box = page.locator(EXPLORER).filter(has=page.locator(".widget-label", has_text=exact))
        assert self.box.count() == 1, f"expected one explorer with the control {label!r}, found {self.box.count()}"
        self.chart = self.box.locator(CHART)
        self.caption = self.box.locator(CAPTION)

    def chart_key(self) -> str:
        return self.chart.evaluate(_IMAGE_KEY)

    def caption_text(self) -> str:
        return self.caption.inner_text()

    def bold(self) -> list[str]:
        """The caption's bold parts, in order (the same order in both languages)."""
        return [s.strip() for s in self.caption.locator("b").all_inner_texts()]

    def wait_for_redraw(self, chart_before: str, caption_before: str) -> None:
        """Wait until the chart shows a new PNG and the caption a new text."""
        self.page.wait_for_function(_NEW_IMAGE, arg=[self.chart.element_handle(), chart_before], timeout=REDRAW_MS)
        self.page.wait_for_function(_NEW_TEXT, arg=[self.caption.element_handle(), caption_before], timeout=REDRAW_MS)


def _number(text: str) -> str:
    """The first number in ``text`` as written ("1,591,672 yuan" -> "1,591,672")."""
    found = re.search(r"-?\d[\d,]*(\.\d+)?", text)
    assert found, f"no number in {text!r}"
    return found.group()


def _open_lesson(browser, server, notebook):
    """Open the notebook's page on ``server`` until all explorers show a chart and a caption (first time, no retry)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    page.goto(server.page_url(notebook), wait_until="commit", timeout=RENDER_MS)
    try:
        page.wait_for_function(_ALL_RENDERED, arg=[EXPLORER, CHART, CAPTION, N_EXPLORERS], timeout=RENDER_MS)
    except PlaywrightTimeout:
        loading = page.locator("#loading_text")
        where = loading.inner_text() if loading.count() else "(no loading text)"
        found = page.locator(EXPLORER).count()
        errors = page.locator('[data-mime-type="application/vnd.jupyter.error"]').all_inner_texts()
        close_voila_page(page, server)
        pytest.fail(
            f"lesson 07 did not render its {N_EXPLORERS} explorers within {RENDER_MS / 1000:.0f} s "
            f"({found} found; {where!r}); errors on the page: {errors!r}; "
            f"voila log:\n{server.log_tail()}"
        )
    return page, server


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_lesson07_explorers_respond_to_the_student(browser, voila_lessons, lang, tmp_path):
    import kamlab
    from kamlab.i18n import t
    from kamlab.models.kam_in_practice.capstone import DEFAULT_BUDGET_YUAN, evaluate_programme, plan_programme
    from kamlab.models.kam_in_practice.maturity import QUESTIONS, profile_answers, score_maturity
    from kamlab.models.kam_in_practice.organisation import team_design

    notebook = ROOT / "notebooks" / lang / NOTEBOOK
    assert notebook.is_file(), f"missing lesson {notebook}"

    # What the model says, computed here, outside the notebook's kernel.
    team_before = team_design(["sales"], structure="inverted")  # team_explorer's defaults
    team_after = team_design(["sales", "logistics"], structure="inverted")
    assert team_after.coverage != team_before.coverage

    accounts = kamlab.make_accounts(seed=2027)  # the notebook's accounts when no student id is set

    def programme(rule):  # as capstone_explorer computes it: budget 1,000,000, level basic, top 20
        plan = plan_programme(accounts, budget_yuan=DEFAULT_BUDGET_YUAN, rule=rule, level="basic", top_n=20)
        return evaluate_programme(accounts, plan, n_sims=1000, seed=2026, simulate="programme")

    optimal, by_revenue = programme("optimal"), programme("revenue")
    assert f"{by_revenue.expected_uplift:,.0f}" != f"{optimal.expected_uplift:,.0f}"

    first = QUESTIONS[0]
    answers = profile_answers("chapter_typical")  # maturity_explorer's default answers
    assert answers[first.id] < 5
    maturity_before = score_maturity(answers)
    maturity_after = score_maturity({**answers, first.id: answers[first.id] + 1})
    assert f"{maturity_after.overall:.0f}" != f"{maturity_before.overall:.0f}"

    page, server = _open_lesson(browser, voila_lessons, notebook)
    try:
        maturity = _Explorer(page, t(first.short_key, lang))
        team = _Explorer(page, t("kam_in_practice.org.ctrl.structure", lang))
        capstone = _Explorer(page, t("kam_in_practice.capstone.ctrl.rule", lang))
        _Explorer(page, t("kam_in_practice.competency.ctrl.role", lang))  # the other two are there too
        _Explorer(page, t("kam_in_practice.plan.ctrl.account", lang))

        # 1. Team: tick Logistics; the chart is redrawn and the caption gives the model's coverage.
        assert team.bold()[:2] == [f"{team_before.coverage:.0%}", f"{team_before.mean_handoffs:.2f}"], (
            team.caption_text()
        )
        box = team.box.get_by_label(t("kam_in_practice.org.function.logistics", lang), exact=True)
        assert not box.is_checked()
        chart, caption = team.chart_key(), team.caption_text()
        box.check()
        team.wait_for_redraw(chart, caption)
        assert team.bold()[:2] == [f"{team_after.coverage:.0%}", f"{team_after.mean_handoffs:.2f}"], team.caption_text()
        assert f"{team_after.annual_cost:,.0f}" in team.caption_text()

        # 2. Capstone: choose the rule "by revenue"; the chart is redrawn and the caption gives
        #    the model's programme (accounts, yearly cost) and expected uplift.
        def shown(explorer):
            bold = explorer.bold()
            return _number(explorer.caption_text()), _number(bold[0]), _number(bold[1])

        def expected(r):
            return str(len(r.programme)), f"{r.annual_cost:,.0f}", f"{r.expected_uplift:,.0f}"

        assert shown(capstone) == expected(optimal), capstone.caption_text()
        chart, caption = capstone.chart_key(), capstone.caption_text()
        capstone.box.get_by_label(t("kam_in_practice.capstone.ctrl.rule", lang), exact=True).select_option(
            value=t("kam_in_practice.capstone.rule.revenue", lang)
        )
        capstone.wait_for_redraw(chart, caption)
        assert shown(capstone) == expected(by_revenue), capstone.caption_text()

        # 3. Maturity: one step right on the first statement's slider, with the keyboard.
        slider = maturity.box.locator(".widget-slider").filter(
            has=page.locator(".widget-label", has_text=re.compile(f"^{re.escape(t(first.short_key, lang))}$"))
        )
        assert slider.count() == 1
        readout = slider.locator(".widget-readout")
        assert readout.inner_text().strip() == str(answers[first.id])
        assert maturity.bold()[0] == f"{maturity_before.overall:.0f}/100", maturity.caption_text()
        chart, caption = maturity.chart_key(), maturity.caption_text()
        slider.locator(".noUi-handle").focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function(
            "([el, v]) => el.innerText.trim() === v",
            arg=[readout.element_handle(), str(answers[first.id] + 1)],
            timeout=REDRAW_MS,
        )
        maturity.wait_for_redraw(chart, caption)
        bold = maturity.bold()
        assert bold[0] == f"{maturity_after.overall:.0f}/100", maturity.caption_text()
        assert bold[1] == t(f"kam_in_practice.maturity.stage.{maturity_after.stage}", lang), maturity.caption_text()

        # What the student sees: a picture, and no Python error anywhere on the page.
        save_screenshot(page, tmp_path / f"voila_lesson07_{lang}.png")
        for name, explorer in [("team", team), ("capstone", capstone), ("maturity", maturity)]:
            save_screenshot(explorer.box, tmp_path / f"voila_lesson07_{lang}_{name}.png", full_page=False)
        check_page_clean(page, server)

        # The real lesson page (real charts, prose between the explorers) on a laptop and a phone, at the
        # floors of tests/browser/test_screens.py (which measures every explorer of every lesson).
        failures = []
        for screen, viewport, floors in (("laptop", LAPTOP, LAPTOP_FLOORS), ("phone", PHONE, PHONE_FLOORS)):
            page.set_viewport_size(viewport)
            measures = measure_explorers(page)
            assert len(measures) == N_EXPLORERS
            failures += check_floors(measures, floors, f"07 {lang} {screen}")
        assert not failures, "\n".join(failures)
    finally:
        close_voila_page(page, server)
