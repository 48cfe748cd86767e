"""The frame player in headless Chromium, offline: each control, moved by mouse, keyboard and touch,
shows the right pre-drawn frame, at 1366 and 390 px (issue #28).

The pages are the stand-alone pages of the small frame sets (``conftest.py``), opened from
``file://`` with every other request refused, so nothing can come from the network and no server
is started. After each move the picture's key is compared with the frame the manifest holds for
the expected values (a move of a control outside the drawn group returns the others to their
start, and the page says so), and the picture must have loaded. Touch targets and text sizes are
measured with bounding boxes and computed styles; the chart's smallest text on a phone is its size
in the figure (manifest ``smallest_text_pt``) × the width the picture is shown at / its natural
CSS width, at least 11 px (the picture scrolls sideways in its own box).
"""

from __future__ import annotations

import pytest

from kamlab import frames
from tests.browser._voila import touch_drag
from tests.frames.conftest import SMALL

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("servers")]  # one worker, with the other browser tests

WIDTHS = (1366, 390)
MIN_TARGET = 32  # px, every touch target (both sides)
MIN_TEXT = 14  # px, labels and values on a phone


def expected(manifest: dict, state: list[int], i: int, k: int) -> tuple[list[int], bool]:
    """The state the page should show after control ``i`` moves to value ``k`` (the page's rule)."""
    want = list(state)
    want[i] = k
    key = ".".join(map(str, want))
    if key in manifest["frames"]:
        return want, False
    start = [c["default"] for c in manifest["controls"]]
    name = manifest["controls"][i]["name"]
    best, kept_best = None, -1
    for group in manifest["groups"]:
        if name not in group:
            continue
        s = [want[j] if c["name"] in group else start[j] for j, c in enumerate(manifest["controls"])]
        kept = sum(
            1 for j, c in enumerate(manifest["controls"]) if c["name"] in group and j != i and want[j] != start[j]
        )
        if ".".join(map(str, s)) in manifest["frames"] and kept > kept_best:
            best, kept_best = s, kept
    return best, True


class Page:
    def __init__(self, page, manifest):
        self.page, self.m = page, manifest
        self.state = [c["default"] for c in manifest["controls"]]
        self.root = page.locator(".kamlab-frames")

    def control(self, name):
        return self.root.locator(f'[data-control="{name}"]')

    def check(self, i, k, how):
        """After a move of control i to value k by ``how``: the right frame, loaded; the reset note when due."""
        self.state, reset = expected(self.m, self.state, i, k)
        key = ".".join(map(str, self.state))
        img = self.root.locator("img.kf-image")
        self.page.wait_for_function(
            "([el, key]) => el.getAttribute('data-key') === key && el.complete && el.naturalWidth > 0",
            arg=[img.element_handle(), key],
            timeout=5000,
        )
        src = img.get_attribute("src")
        assert src.endswith("frames/" + self.m["frames"][key]["src"]), (how, key, src)
        natural = img.evaluate("e => e.naturalWidth")  # the frame's pixels: 1.5 per CSS px at 144 dpi
        assert abs(natural - self.m["width"] * self.m["dpi"] / 96) <= 1, (natural, self.m["width"])
        status = self.root.locator(".kf-status").inner_text()
        assert status == (self.m["text"]["reset"] if reset else ""), (how, status)
        caption = self.m["captions"][self.m["frames"][key]["caption"]]
        text = self.page.evaluate(
            "h => { const d = document.createElement('div'); d.innerHTML = h; return d.textContent; }", caption
        )
        assert self.root.locator(".kf-caption").text_content() == text, how  # the frame's numbers and verdict

    def move_slider(self, i, c):
        n = len(c["values"])
        box_el = self.control(c["name"]).locator("input[type=range]")
        box = box_el.bounding_box()
        # mouse: a click at the track's right end: the last value
        self.page.mouse.click(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2)
        self.check(i, n - 1, "mouse")
        # keyboard: Home, then ArrowRight: the second value
        box_el.focus()
        self.page.keyboard.press("Home")
        self.check(i, 0, "keyboard Home")
        self.page.keyboard.press("ArrowRight")
        self.check(i, 1, "keyboard ArrowRight")
        # touch: a finger drags the thumb from the left end to the right end
        y = box["y"] + box["height"] / 2
        touch_drag(self.page, box["x"] + 4, y, box["x"] + box["width"] - 1)
        self.check(i, n - 1, "touch drag")

    def move_select(self, i, c):
        select = self.control(c["name"]).locator("select")
        last = len(c["values"]) - 1
        select.click()  # mouse: open it, pick the last option (the list itself is drawn by the browser)
        select.select_option(str(last))
        self.page.keyboard.press("Escape")  # close the list, if it stayed open
        self.check(i, last, "mouse")
        select.focus()
        self.page.keyboard.press("Home")  # keyboard: a closed select moves with Home / ArrowDown
        self.check(i, 0, "keyboard Home")
        self.page.keyboard.press("ArrowDown")
        self.check(i, 1, "keyboard ArrowDown")
        box = select.bounding_box()
        self.page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # touch: tap, pick
        assert select.evaluate("e => document.activeElement === e")
        select.select_option(str(c["default"]))
        self.check(i, c["default"], "touch")

    def move_checkbox(self, i, c):
        label = self.control(c["name"]).locator("label.kf-check")
        box = self.control(c["name"]).locator("input[type=checkbox]")
        k = 1 - self.state[i]
        label.click()  # mouse, on the label text
        self.check(i, k, "mouse")
        box.focus()
        self.page.keyboard.press("Space")
        self.check(i, 1 - k, "keyboard Space")
        b = label.bounding_box()
        self.page.touchscreen.tap(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)
        self.check(i, k, "touch tap")

    def move_toggle(self, i, c):
        labels = self.control(c["name"]).locator("label.kf-choice")
        last = len(c["values"]) - 1
        labels.nth(last).click()
        self.check(i, last, "mouse")
        self.control(c["name"]).locator("input[type=radio]").nth(last).focus()
        self.page.keyboard.press("ArrowLeft")  # a radio group: the arrows move the choice
        self.check(i, last - 1, "keyboard ArrowLeft")
        b = labels.nth(last).bounding_box()
        self.page.touchscreen.tap(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)
        self.check(i, last, "touch tap")


def _open(browser, out, name, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, has_touch=True)
    refused = []

    def only_files(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_files)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((out / lang / name / "index.html").as_uri())
    page.wait_for_selector(".kamlab-frames img.kf-image[data-key]")
    return context, page, refused, errors


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("key", list(SMALL), ids="-".join)
def test_each_control_shows_the_right_frame_by_mouse_keyboard_and_touch(browser, built, key, width):
    out, _ = built
    name, lang = key
    manifest = frames.read_manifest(out / lang / name)
    context, page, refused, errors = _open(browser, out, name, lang, width)
    try:
        player = Page(page, manifest)
        player.check(0, manifest["controls"][0]["default"], "start")
        if width == 1366:  # a laptop: the picture at its natural CSS size, never blown up past it
            assert (
                page.evaluate("document.querySelector('img.kf-image').getBoundingClientRect().width")
                == (manifest["width"])
            )
        moved = 0
        for i, c in enumerate(manifest["controls"]):
            if not c["grid"]:
                fixed = player.control(c["name"])
                assert "kf-fixed" in fixed.get_attribute("class")
                assert fixed.locator(".kf-value").inner_text() == c["labels"][0]
                assert fixed.locator(".kf-hint").inner_text() == manifest["text"]["fixed"]
                continue
            getattr(player, f"move_{c['kind']}")(i, c)
            moved += 1
        assert moved == sum(c["grid"] for c in manifest["controls"]) >= 2
        note = page.locator(".kf-note")
        assert manifest["text"]["note"] in note.inner_text()  # honest: pre-drawn views
        link = note.locator("a.kf-open")
        assert link.inner_text() == manifest["text"]["open"]
        assert link.get_attribute("href") == f"https://hub.example.edu/{lang}/{manifest['lesson']}"
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
        assert not refused and not errors
    finally:
        context.close()


def test_a_control_outside_the_drawn_group_returns_the_others_to_their_start(browser, built):
    out, _ = built
    manifest = frames.read_manifest(out / "en" / "breakeven_explorer")
    context, page, _, errors = _open(browser, out, "breakeven_explorer", "en", 390)
    try:
        player = Page(page, manifest)
        sliders = page.locator("input[type=range]")
        sliders.nth(1).focus()
        page.keyboard.press("End")
        player.check(1, 2, "discount to its maximum")
        sliders.nth(0).focus()
        page.keyboard.press("Home")  # margin moves: no frame with both off their start
        player.check(0, 0, "margin to its minimum")
        assert player.state == [0, 1] and sliders.nth(1).input_value() == "1"
        assert page.locator(".kf-status").inner_text() == manifest["text"]["reset"]
        assert sliders.nth(1).get_attribute("aria-valuetext") == "0.05" and not errors
    finally:
        context.close()


def manifest_text_px(out, name, lang, shown: float) -> float:
    """The smallest chart text of an explorer's frames in CSS px when its picture is ``shown`` px wide."""
    m = frames.read_manifest(out / lang / name)
    return m["smallest_text_pt"] * 96 / 72 * shown / m["width"]


def test_touch_targets_and_text_are_big_enough_on_a_phone(browser, built):
    out, _ = built
    for name, lang in SMALL:
        context, page, _, _ = _open(browser, out, name, lang, 390)
        try:
            sizes = page.evaluate(
                """() => Array.from(document.querySelectorAll(
                    '.kamlab-frames input[type=range], .kamlab-frames select, .kamlab-frames .kf-check,'
                    + ' .kamlab-frames .kf-choice, .kamlab-frames a.kf-open'))
                   .map(e => { const r = e.getBoundingClientRect(); return [e.className || e.tagName, r.width, r.height]; })"""
            )
            assert sizes, name
            small = [s for s in sizes if s[1] < MIN_TARGET or s[2] < MIN_TARGET]
            assert not small, f"{name}: touch targets under {MIN_TARGET} px: {small}"
            fonts = page.evaluate(
                """() => Array.from(document.querySelectorAll(
                    '.kamlab-frames .kf-label, .kamlab-frames .kf-value, .kamlab-frames select,'
                    + ' .kamlab-frames .kf-choice, .kamlab-frames .kf-hint, .kamlab-frames .kf-note'))
                   .map(e => [e.textContent.slice(0, 20), parseFloat(getComputedStyle(e).fontSize)])"""
            )
            assert fonts and min(f[1] for f in fonts) >= MIN_TEXT, f"{name}: {min(fonts, key=lambda f: f[1])}"
            # the chart's smallest text, in CSS px as shown: its size in the figure × shown / natural width
            shown, box, scroll = page.evaluate(
                """() => { const i = document.querySelector('.kamlab-frames img.kf-image'),
                            f = i.closest('.kf-figure');
                           return [i.getBoundingClientRect().width, f.clientWidth, f.scrollWidth]; }"""
            )
            text_px = manifest_text_px(out, name, lang, shown)
            assert text_px >= 11, f"{name} {lang}: smallest chart text {text_px:.1f} CSS px at 390 px"
            if shown > box:  # wider than the screen: its own box scrolls sideways, not the page
                assert scroll >= shown - 1
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            painted = page.evaluate(  # only a chosen toggle button is filled, never a whole control
                """() => Array.from(document.querySelectorAll('.kamlab-frames .kf-control'))
                   .map(e => getComputedStyle(e).backgroundColor).filter(c => c !== 'rgba(0, 0, 0, 0)')"""
            )
            assert not painted, f"{name}: controls with a background: {painted}"
        finally:
            context.close()
