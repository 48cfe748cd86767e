"""The built site's frame players on a phone (390×844, devicePixelRatio 3), measured in Chromium (not a test).

For every lesson page of ``--site`` (``make site``) in both editions, every frame player is
scrolled into view and measured: the width its picture is shown at (CSS px), its natural CSS
width and its smallest chart text as shown (``smallest_text_pt`` of its manifest × 96/72 × shown /
natural width), whether its box scrolls sideways and whether the page does. Every request other
than ``file://`` is refused and counted. ``--shots DIR`` also saves a before/after pair of one
player dragged by touch (``--page zh/02_why_kam --explorer retention_explorer``) as
``frames_phone_<lang>_<explorer>_{before,after}.png``.

Run:  .venv/bin/python benchmarks/bench_frames_phone.py --site _build/site [--shots docs/img]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))
sys.path.insert(0, str(ROOT))

from _voila import CHROMIUM, CHROMIUM_ARGS, touch_drag  # noqa: E402

from kamlab import frames  # noqa: E402

MEASURE = """root => {
  const img = root.querySelector('img.kf-image'), box = img.closest('.kf-figure');
  return {shown: img.getBoundingClientRect().width, box: box.clientWidth, scroll: box.scrollWidth,
          page: document.documentElement.scrollWidth};
}"""


def main() -> int:
    from playwright.sync_api import sync_playwright

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--site", type=Path, default=ROOT / "_build" / "site")
    ap.add_argument("--shots", type=Path)
    ap.add_argument("--page", default="zh/02_why_kam")
    ap.add_argument("--explorer", default="retention_explorer")
    args = ap.parse_args()
    args.site = args.site.resolve()
    refused: list[str] = []
    below = 0
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, device_scale_factor=3, has_touch=True, is_mobile=True
        )
        context.route(
            "**/*",
            lambda r: (
                r.continue_() if r.request.url.startswith("file://") else (refused.append(r.request.url), r.abort())
            ),
        )
        page = context.new_page()
        for lang in ("zh", "en"):
            for html in sorted((args.site / lang).glob("[0-9][0-9]_*.html")):
                page.goto(html.as_uri(), wait_until="load")
                players = page.locator(".kamlab-frames[data-frames]")
                for i in range(players.count()):
                    root = players.nth(i)
                    root.scroll_into_view_if_needed()
                    root.locator("img.kf-image[data-key]").wait_for(timeout=30_000)
                    ident = root.get_attribute("data-frames")
                    m = frames.read_manifest(args.site / "_frames" / ident)
                    got = root.evaluate(MEASURE)
                    text = m["smallest_text_pt"] * 96 / 72 * got["shown"] / m["width"]
                    below += text < frames.PHONE_TEXT_PX - 1e-6 or got["page"] > 390
                    rows.append((ident, html.stem, m["width"], m["smallest_text_pt"], got, text))
        print(
            "| explorer | page | natural CSS px | smallest text pt | shown px | its box scrolls | smallest text at 390 px |"
        )
        print("|---|---|---|---|---|---|---|")
        for ident, stem, width, pt, got, text in rows:
            scrolls = "yes" if got["scroll"] > got["box"] else "no"
            print(f"| {ident} | {stem} | {width} | {pt:g} | {got['shown']:.0f} | {scrolls} | {text:.1f} |")
        print(f"{len(rows)} players; {below} below 11 px or a page scrolling sideways; {len(refused)} requests refused")
        if args.shots:
            lang = args.page.split("/")[0]
            page.goto((args.site / f"{args.page}.html").as_uri(), wait_until="load")
            root = page.locator(f'.kamlab-frames[data-frames="{lang}/{args.explorer}"]')
            root.scroll_into_view_if_needed()
            root.locator("img.kf-image[data-key]").wait_for(timeout=30_000)
            page.wait_for_timeout(300)
            args.shots.mkdir(parents=True, exist_ok=True)
            stem = f"frames_phone_{lang}_{args.explorer}"
            before = root.get_attribute("data-key")
            page.screenshot(path=str(args.shots / f"{stem}_before.png"))
            slider = root.locator("input[type=range]").first
            slider.scroll_into_view_if_needed()
            box = slider.bounding_box()
            touch_drag(page, box["x"] + 4, box["y"] + box["height"] / 2, box["x"] + box["width"] - 1)
            page.wait_for_function("([r, k]) => r.getAttribute('data-key') !== k", arg=[root.element_handle(), before])
            root.locator("img.kf-image").evaluate("i => i.decode()")
            root.scroll_into_view_if_needed()
            page.screenshot(path=str(args.shots / f"{stem}_after.png"))
            print(f"shots: {stem}_before.png ({before}) and _after.png ({root.get_attribute('data-key')})")
        browser.close()
    return 1 if below or refused else 0


if __name__ == "__main__":
    sys.exit(main())
