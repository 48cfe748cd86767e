"""``kamlab present 03`` in headless Chromium: code hidden, projector layout, a live explorer, zh and en.

The test starts ``kamlab present`` itself (which starts Voila), moves the first explorer's
prediction slider with the keyboard and waits for the chart to be redrawn; at the end it
stops ``kamlab present`` and checks that Voila stopped with it (nothing answers on the port).
"""

from __future__ import annotations

import socket
import sys
import time

import pytest

from tests.browser._voila import _free_port, _isolated_env, _Server, check_page_clean, save_screenshot

pytestmark = pytest.mark.xdist_group("servers")

RENDER_MS = 60_000
EXPLORER = ".widget-vbox:has(.widget-slider)"


class _Present(_Server):
    ready_path = "voila/static/"
    name = "kamlab present"
    stop_timeout = 30

    def __init__(self, lang: str, tmp):
        tmp.mkdir(parents=True)
        self.port = _free_port()
        self._launch(
            [sys.executable, "-m", "kamlab", "present", "03", "--lang", lang, f"--port={self.port}", "--no-browser"],
            cwd=tmp,
            env=_isolated_env(tmp),
            tmp=tmp,
            port=self.port,
        )


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
    server = _Present(lang, tmp_path / "present")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
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
        assert cell_height >= 900
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
