"""``kamlab present 03`` in headless Chromium: code hidden, projector layout, a live explorer, zh and en.

The test starts ``kamlab present`` itself (which starts Voila), moves the first explorer's
prediction slider with the keyboard and waits for the chart to be redrawn; at the end it
stops ``kamlab present`` and checks that Voila stopped with it (nothing answers on the port).
"""

from __future__ import annotations

import re
import socket
import sys
import time

import pytest

from tests.browser._screens import PROJECTOR, PROJECTOR_FLOORS, check_floors, measure_explorers
from tests.browser._voila import _free_port, _isolated_env, _Server, check_page_clean, save_screenshot

pytestmark = pytest.mark.xdist_group("servers")

RENDER_MS = 60_000
EXPLORER = ".widget-vbox:has(.widget-slider)"


class _Present(_Server):
    """``kamlab present 03``: with ``--port``, or without it (then the port is read from the URL it prints)."""

    ready_path = "voila/static/"
    name = "kamlab present"
    stop_timeout = 30

    def __init__(self, lang: str, tmp, *, give_port: bool = True):
        tmp.mkdir(parents=True)
        self.port = _free_port() if give_port else 0
        args = [sys.executable, "-m", "kamlab", "present", "03", "--lang", lang, "--no-browser"]
        self._launch(
            args + ([f"--port={self.port}"] if give_port else []),
            cwd=tmp,
            env=_isolated_env(tmp),
            tmp=tmp,
            port=self.port,
        )
        if not give_port:  # the printed line names the URL: that is the only way to find the page
            deadline = time.monotonic() + 60
            while not (found := re.search(r"http://127\.0\.0\.1:(\d+)/", self.log.read_text(errors="replace"))):
                assert self.proc.poll() is None and time.monotonic() < deadline, self.log_tail()
                time.sleep(0.2)
            self.port, self.url = int(found.group(1)), found.group()


def _port_closed(port: int, within_s: float = 20) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return True
        time.sleep(0.3)
    return False


def _image_key(page) -> str:
    """The chart's src: ipywidgets 8 shows an Image widget as a blob URL, a new one per redraw."""
    return page.eval_on_selector(f"{EXPLORER} img.widget-image", "img => img.src")


def _wait_for_new_image(page, old: str) -> None:
    page.wait_for_function(
        f"""old => {{ const i = document.querySelector('{EXPLORER} img.widget-image');
                     return i !== null && i.complete && i.naturalWidth > 0 && i.src !== old; }}""",
        arg=old,
        timeout=RENDER_MS,
    )


@pytest.mark.parametrize("lang, heading", [("en", "Misconception 1"), ("zh", "误区一")])
def test_present_lesson03(browser, lang, heading, tmp_path):
    server = _Present(lang, tmp_path / "present", give_port=lang == "en")
    page = browser.new_page(viewport=PROJECTOR)
    try:
        server.wait_until_serving()
        page.goto(server.url, wait_until="commit", timeout=RENDER_MS)
        handle = page.locator(f"{EXPLORER} .widget-slider .noUi-handle").first
        handle.wait_for(timeout=RENDER_MS)
        page.wait_for_function(
            f"""() => {{ const i = document.querySelector('{EXPLORER} img.widget-image');
                        return i !== null && i.complete && i.naturalWidth > 0; }}""",
            timeout=RENDER_MS,
        )
        check_page_clean(page, server)
        text = page.inner_text("body")
        assert heading in text
        assert "concession_explorer()" not in text and "import kamlab" not in text  # code hidden
        # projector layout: large type, a section navigator, an explorer at least a screen high
        assert page.eval_on_selector(".jp-RenderedHTMLCommon", "e => getComputedStyle(e).fontSize") == "22px"
        links = page.locator("#kamlab-nav a")
        assert links.count() >= 6
        cell_height = page.eval_on_selector(f".jp-Cell:has({EXPLORER})", "c => c.getBoundingClientRect().height")
        assert cell_height >= PROJECTOR["height"]
        # from the back row: each explorer on one screen, labels of 20 px, no control under the navigator
        measures = measure_explorers(page)
        assert len(measures) == 5
        failures = check_floors(measures, PROJECTOR_FLOORS, f"present 03 {lang}")  # chart text >= 24 px too
        assert not failures, "\n".join(failures)
        nav = page.eval_on_selector("#kamlab-nav", "n => n.getBoundingClientRect().left")
        rights = page.eval_on_selector_all(".kamlab-explorer", "es => es.map(e => e.getBoundingClientRect().right)")
        assert max(rights) <= nav, (rights, nav)
        page.evaluate("() => document.querySelector('.jp-Cell').scrollIntoView()")
        # the explorer is live: reveal the model's curve, then move the prediction; each redraws the chart
        before = _image_key(page)
        page.locator(f"{EXPLORER} .widget-checkbox input").first.check()
        _wait_for_new_image(page, before)
        revealed = _image_key(page)
        readout = page.locator(f"{EXPLORER} .widget-slider .widget-readout").first
        value = readout.inner_text()
        handle.focus()
        for _ in range(6):
            page.keyboard.press("ArrowRight")
        _wait_for_new_image(page, revealed)
        assert readout.inner_text() != value
        check_page_clean(page, server)
        # the navigator stays on screen next to the explorer, and its links lead to the sections
        top = page.eval_on_selector("#kamlab-nav", "n => n.getBoundingClientRect().top")
        assert 0 <= top < 100
        page.click("#kamlab-nav summary")
        links.nth(3).click()
        save_screenshot(page, tmp_path / f"present03_{lang}.png", full_page=False)
    finally:
        page.close()
        server.stop()
    assert server.proc.returncode is not None
    assert _port_closed(server.port), "Voila still answers after kamlab present was stopped"
