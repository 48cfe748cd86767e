"""Every explorer of every lesson, measured on a laptop, a phone and a projector (not a test).

For each lesson (``notebooks/<lang>/NN_*.ipynb``; ``--only NN ...`` for some) Voila runs the page
once in headless Chromium (devicePixelRatio ``--dpr``, default 2) and every explorer is measured
at 1366×768 (laptop) and then, on the same page, at 390×844 (phone) with
``tests/browser/_screens.py``: height against the viewport, chart pixels against its displayed
width × devicePixelRatio, chart text, control text and touch targets in CSS px, whether a control's
centre is covered, slider widths within a grid. ``--present NN`` also runs ``kamlab present NN`` at
1920×1080. Failures against each screen's floors are listed; the exit status is 1 if any.

``--shots DIR --tag before|after`` saves screenshots of lesson 03 (its first explorer at the top
of the screen) on the three screens into DIR as ``lesson03_<screen>_<tag>.png``, and with
``--present 07`` lesson 07's first explorer on the projector (``lesson07_projector_<tag>.png``): the
pictures of docs/img/. To take "before" pictures of an older kamlab, run this script with ``PYTHONPATH``
pointing at a checkout of that version (Voila's kernels and ``kamlab present`` inherit it) and
``--notebooks`` at its notebooks folder.

Run:  .venv/bin/python benchmarks/bench_screens.py [--lang zh] [--only 01 03] [--present 03]
      [--shots docs/img --tag after]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))  # kamlab itself: the installed one, or PYTHONPATH's

from _screens import (  # noqa: E402
    LAPTOP,
    LAPTOP_FLOORS,
    PHONE,
    PHONE_FLOORS,
    PROJECTOR,
    PROJECTOR_FLOORS,
    check_floors,
    measure_explorers,
)
from _voila import CHROMIUM, CHROMIUM_ARGS, _isolated_env, _Voila, _wait_until_serving, close_voila_page  # noqa: E402

RENDER_MS = 180_000


def explorer_count(notebook: Path) -> int:
    """Widget outputs (explorers and other widgets) stored in the built notebook (as benchmarks/bench_voila.py counts)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    return sum(
        1
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if "application/vnd.jupyter.widget-view+json" in out.get("data", {})
    )


def wait_rendered(page, widgets: int = 0) -> None:
    """Until Voila has run the page and ``widgets`` widget outputs have rendered, every image loaded."""
    page.wait_for_function(
        """n => document.readyState === 'complete' && !document.querySelector('#loading')
               && Array.from(document.querySelectorAll('.jp-OutputArea-output'))
                       .filter(o => o.querySelector('.jupyter-widgets')).length >= n
               && Array.from(document.querySelectorAll('img')).every(i => i.complete && i.naturalWidth > 0)""",
        arg=widgets,
        timeout=RENDER_MS,
    )
    page.wait_for_timeout(1500)  # widget views render ~1 s after the page completes (docs/testing-notes.md)


def summary(measures: list[dict]) -> str:
    if not measures:
        return "no explorer"
    tallest = max(m["controlsAndChart"] for m in measures)
    text = min(m["bodyText"] for m in measures)
    labels = [m["labelPx"] for m in measures if m["labelPx"] is not None]
    sharp = min(m["naturalWidth"] / m["shownWidth"] for m in measures if m["shownWidth"])
    band = max(m["bandBelow"] for m in measures)
    return (
        f"{len(measures)} explorers, controls + chart ≤ {tallest:.0f} px, chart text ≥ {text:.1f} px, "
        f"labels ≥ {min(labels) if labels else 0:.1f} px, image px per CSS px ≥ {sharp:.2f}, "
        f"empty band ≤ {band:.0f} px"
    )


def report(page, floors, where: str, screen: str) -> list[str]:
    """Measure the page's explorers, print a summary line and each failure; returns the failures."""
    measures = measure_explorers(page)
    bad = check_floors(measures, floors, f"{where} {screen}")
    print(f"{where:24} {screen:9} {summary(measures)}; {len(bad)} below the floors")
    for line in bad:
        print("    " + line)
    return bad


def shot(page, path: Path, reveal: bool = True) -> None:
    """A screenshot with the first explorer at the top of the screen; with ``reveal``, its answer
    revealed (lesson 03's explorers wait for the student's prediction: the reveal box is their only checkbox)."""
    reveal = page.locator(".widget-checkbox input").first if reveal else None
    if reveal is not None and reveal.count() and not reveal.is_checked():
        reveal.check()
        page.wait_for_timeout(4000)  # the redraw (no way to tell the old picture from the new one here)
    page.evaluate(
        "() => { const e = document.querySelector('.kamlab-explorer, .widget-vbox:has(> img.widget-image)');"
        " if (e) e.scrollIntoView(); }"
    )
    page.wait_for_timeout(300)
    page.screenshot(path=str(path))
    print(f"  screenshot {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def present_url(lesson: str, lang: str, tmp: Path):
    """Start ``kamlab present`` (no --port: it must print its URL) and return (process, url)."""
    log = tmp / "present.log"
    out = open(log, "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kamlab", "present", lesson, "--lang", lang, "--no-browser"],
        cwd=tmp,
        env=_isolated_env(tmp),
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = re.search(r"http://127\.0\.0\.1:\d+/", log.read_text(errors="replace"))
        if found:
            _wait_until_serving(found.group() + "voila/static/", proc, log, name="kamlab present")
            return proc, found.group()
        time.sleep(0.3)
    proc.terminate()
    raise SystemExit(f"kamlab present printed no URL:\n{log.read_text(errors='replace')[-2000:]}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="zh", choices=["zh", "en"])
    parser.add_argument("--only", nargs="*", default=None, help="lesson numbers, e.g. 01 03")
    parser.add_argument("--present", nargs="*", default=[], help="lessons to measure in kamlab present")
    parser.add_argument("--notebooks", default=str(ROOT / "notebooks"))
    parser.add_argument("--dpr", type=float, default=2.0)
    parser.add_argument("--shots", default=None, help="folder for lesson 03's screenshots")
    parser.add_argument("--tag", default="after")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    notebooks = Path(args.notebooks)
    lessons = sorted((notebooks / args.lang).glob("[0-9][0-9]_*.ipynb"))
    if args.only:
        lessons = [nb for nb in lessons if nb.name[:2] in args.only]
    shots = Path(args.shots) if args.shots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-screens-") as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        server = _Voila(notebooks, Path(tmp) / "voila") if lessons else None
        try:
            if server:
                server.wait_until_serving()
            for nb in lessons:
                page = browser.new_page(viewport=LAPTOP, device_scale_factor=args.dpr)
                try:
                    page.goto(server.page_url(nb), wait_until="commit", timeout=RENDER_MS)
                    wait_rendered(page, explorer_count(nb))
                    for screen, viewport, floors in (("laptop", LAPTOP, LAPTOP_FLOORS), ("phone", PHONE, PHONE_FLOORS)):
                        page.set_viewport_size(viewport)
                        page.wait_for_timeout(500)
                        failures += report(page, floors, nb.stem, screen)
                        if shots and nb.name.startswith("03_"):
                            shot(page, shots / f"lesson03_{screen}_{args.tag}.png")
                finally:
                    close_voila_page(page, server)
        finally:
            if server:
                server.stop()
        for lesson in args.present:
            folder = Path(tmp) / f"present{lesson}"
            folder.mkdir()
            proc, url = present_url(lesson, args.lang, folder)
            try:
                page = browser.new_page(viewport=PROJECTOR, device_scale_factor=1)
                page.goto(url, wait_until="commit", timeout=RENDER_MS)
                wait_rendered(page, 1)
                failures += report(page, PROJECTOR_FLOORS, f"present {lesson}", "projector")
                if shots and lesson in ("03", "07"):
                    shot(page, shots / f"lesson{lesson}_projector_{args.tag}.png", reveal=lesson == "03")
                page.close()
            finally:
                proc.terminate()
                proc.wait(timeout=30)
        browser.close()
    print(f"{len(failures)} measurements below the floors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
