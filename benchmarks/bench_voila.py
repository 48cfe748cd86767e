"""How long does a lesson take to open in Voila (the page a class sees)? A benchmark, not a test.

For each lesson notebook (``notebooks/<lang>/NN_*.ipynb``, zh and en) a Voila server is
started (not timed: it only has to answer), headless Chromium opens the page, and the
time is taken from the request until the lesson has fully loaded: the page has streamed
in full, Voila has run every cell (its "Executing i of n" overlay, ``#loading``, is gone),
as many output areas show a rendered widget as the notebook has widget outputs, and every
image on the page is decoded. The page is then checked for
errors (no traceback, no error output) and the server is stopped.

Baseline: lesson 00 (start here) of the same language, in the same round.
Goal (issue #17): every lesson opens within 2x lesson 00.

Chromium is Debian's ``/usr/bin/chromium``, driven by Playwright (``playwright install``
is never run). Servers are started and stopped with the helpers of the browser tests
(``tests/browser/_voila.py``): each runs with its own Jupyter, IPython and matplotlib
settings in a temporary folder and is terminated after its page, also on failure.
Times are wall-clock: read the ratios on a busy machine.

Slow simulations are kept in kamlab's disk cache (``kamlab.cache``); ``--cache`` is as in
``bench_lessons.py``: ``warm`` (default: one folder for the run, filled by the first round;
``$KAMLAB_CACHE_DIR`` if set), ``cold`` (an empty folder for every page) or ``off``.

Run:  .venv/bin/python benchmarks/bench_voila.py [--lang zh|en] [--only NN ...] [--repeats R]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import _voila  # noqa: E402  (the browser tests' helpers: Voila server, Chromium path and flags)
from bench_lessons import set_cache  # noqa: E402  (same --cache choices)

GOAL = 2.0
LOAD_MS = 180_000  # bound on waiting for one page (a loaded machine takes ~15-25 s for lesson 07)
BASELINE = "00"

# The page has streamed in full, Voila has run every cell (its "Executing i of n" overlay,
# #loading, is gone), as many output areas show a rendered widget as the notebook has
# widget outputs, and every image is decoded.
_LOADED = """([widgets]) => {
    if (document.readyState !== 'complete' || document.querySelector('#loading') !== null) return false;
    const outputs = [...document.querySelectorAll('.jp-OutputArea-output')];
    if (outputs.filter(o => o.querySelector('.jupyter-widgets') !== null).length < widgets) return false;
    return [...document.querySelectorAll('img')].every(i => i.complete && i.naturalWidth > 0);
}"""
_SEEN = """() => ({images: document.querySelectorAll('img').length,
    widgets: [...document.querySelectorAll('.jp-OutputArea-output')].filter(o => o.querySelector('.jupyter-widgets') !== null).length})"""


def widget_outputs(notebook: Path) -> int:
    """How many widget outputs the built notebook holds (each becomes a rendered view on the page)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    return sum(
        "application/vnd.jupyter.widget-view+json" in out.get("data", {})
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
    )


def load_page(browser, notebook: Path, tmp: Path) -> tuple[float, dict]:
    """Serve ``notebook`` with Voila, open it in a new page; seconds until it has loaded,
    and what the page holds. The server is always stopped."""
    server = _voila._Voila(notebook, tmp)
    try:
        server.wait_until_serving()
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        try:
            start = time.perf_counter()
            page.goto(server.url, wait_until="commit", timeout=LOAD_MS)
            page.wait_for_function(_LOADED, arg=[widget_outputs(notebook)], timeout=LOAD_MS, polling=50)
            secs = time.perf_counter() - start
            _voila.check_page_clean(page, server)
            seen = page.evaluate(_SEEN)
        finally:
            page.close()
    finally:
        server.stop()
    return secs, seen


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("zh", "en"), action="append", help="language (default: both)")
    parser.add_argument("--only", nargs="+", metavar="NN", help="lesson numbers besides 00, e.g. 07 (default: all)")
    parser.add_argument("--repeats", type=int, default=1, help="rounds; each figure is the best of R (default 1)")
    parser.add_argument(
        "--cache", choices=("warm", "cold", "off"), default="warm", help="kamlab's disk cache (default warm)"
    )
    args = parser.parse_args(argv)
    langs = args.lang or ["zh", "en"]
    if not _voila.CHROMIUM.exists():
        print(f"{_voila.CHROMIUM} not found (apt-get install -y chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    os.environ.pop("KAMLAB_LANG", None)  # each lesson's folder (zh, en) gives its language
    notebooks = {}
    for lang in langs:
        for path in sorted((ROOT / "notebooks" / lang).glob("[0-9][0-9]_*.ipynb")):
            if path.name[:2] == BASELINE or not args.only or path.name[:2] in args.only:
                notebooks[lang, path.stem] = path

    best: dict[tuple[str, str], float] = {}
    seen: dict[tuple[str, str], dict] = {}
    with tempfile.TemporaryDirectory(prefix="kamlab-bench-voila-") as tmp_name, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(_voila.CHROMIUM), args=_voila.CHROMIUM_ARGS, headless=True)
        try:
            for round_ in range(max(1, args.repeats)):
                for (lang, stem), path in notebooks.items():  # lesson 00 first in each language
                    set_cache(args.cache, Path(tmp_name))  # Voila and its kernel inherit it
                    secs, seen[lang, stem] = load_page(browser, path, Path(tmp_name) / f"r{round_}-{lang}-{stem}")
                    best[lang, stem] = min(best.get((lang, stem), float("inf")), secs)
                    print(f"  loaded {lang}/{stem}: {secs:.1f} s", file=sys.stderr, flush=True)
        finally:
            browser.close()

    print(
        f"kamlab lessons opened in Voila by headless Chromium; Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; wall-clock, best of {args.repeats}; "
        f"kamlab cache {args.cache}\n"
    )
    print(f"{'lang':<6}{'lesson':<24}{'seconds':>9}{'images':>8}{'widgets':>8}{'x 00':>8}  goal     verdict")
    print("-" * 80)
    ratios = {}
    for (lang, stem), secs in best.items():
        base = next(s for (lg, st), s in best.items() if lg == lang and st[:2] == BASELINE)
        ratio = secs / base
        verdict = ""
        if stem[:2] != BASELINE:
            ratios[lang, stem] = ratio
            verdict = f"<= {GOAL:g}x  {'PASS' if ratio <= GOAL else 'MISS'}"
        print(
            f"{lang:<6}{stem:<24}{secs:>9.2f}{seen[lang, stem]['images']:>8}{seen[lang, stem]['widgets']:>8}"
            f"{ratio:>7.2f}x  {verdict}"
        )
    missed = sorted(k for k, r in ratios.items() if r > GOAL)
    print(
        f"\nverdict: {len(ratios) - len(missed)} of {len(ratios)} lessons open within {GOAL:g}x lesson {BASELINE}"
        + (f"; missed: {', '.join(f'{lg}/{s[:2]}' for lg, s in missed)}" if missed else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
