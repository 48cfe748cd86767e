"""Two screenshots of a pre-drawn explorer on a phone-width page: before and after a finger drags a slider.

The explorer's frames come from the frames folder (drawn there first if missing or stale, see
:mod:`kamlab.frames`); its stand-alone page is opened from ``file://`` in headless Chromium at
390 x 844 px (touch, device pixel ratio 2) with every other request refused; a touch drag (Chromium's
own touch events) moves the slider; each screenshot is of the player only.

Usage::

    python tools/frames_screenshots.py                   # concentration_explorer, zh -> docs/img/
    python tools/frames_screenshots.py --explorer scoring_explorer --control potential --to 0.6
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kamlab import frames  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--frames", type=Path, default=ROOT / "_build" / "frames")
    parser.add_argument("--explorer", default="concentration_explorer")
    parser.add_argument("--lang", default="zh", choices=("zh", "en"))
    parser.add_argument("--control", default="concentration", help="the slider to drag")
    parser.add_argument("--to", type=float, default=0.5, help="the value to drag it to")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args(argv)

    report = frames.build_frames(args.explorer, args.lang, args.frames)
    print(report.line())
    frames.write_static(args.frames)
    page_path = frames.demo_page(args.frames, args.explorer, args.lang)
    manifest = frames.read_manifest(args.frames / args.lang / args.explorer)
    index = [c["name"] for c in manifest["controls"]].index(args.control)
    control = manifest["controls"][index]
    target = min(range(len(control["values"])), key=lambda k: abs(control["values"][k] - args.to))
    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"frames-phone-{args.explorer.removesuffix('_explorer')}-{args.lang}"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        try:
            context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, has_touch=True)
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
            page = context.new_page()
            page.goto(page_path.as_uri())
            player = page.locator(".kamlab-frames")
            img = player.locator("img.kf-image")
            page.wait_for_function("e => e.complete && e.naturalWidth > 0 && e.dataset.key", arg=img.element_handle())
            player.screenshot(path=str(args.out / f"{stem}-before.png"))
            slider = player.locator(f'[data-control="{args.control}"] input[type=range]')
            box = slider.bounding_box()
            thumb = 16  # Chromium's range thumb, px
            n = len(control["values"])
            x0 = box["x"] + thumb / 2 + (box["width"] - thumb) * control["default"] / (n - 1)
            x1 = box["x"] + thumb / 2 + (box["width"] - thumb) * target / (n - 1)
            y = box["y"] + box["height"] / 2
            cdp = context.new_cdp_session(page)
            cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x0, "y": y}]})
            for step in range(1, 11):
                x = x0 + (x1 - x0) * step / 10
                cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
            cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
            page.wait_for_function(
                "([e, i, k]) => e.complete && e.naturalWidth > 0 && e.dataset.key.split('.')[i] === String(k)",
                arg=[img.element_handle(), index, target],
                timeout=10000,
            )
            reached = int(img.get_attribute("data-key").split(".")[index])
            player.screenshot(path=str(args.out / f"{stem}-after.png"))
        finally:
            browser.close()
    print(
        f"{args.control}: {control['labels'][control['default']]} -> {control['labels'][reached]}; "
        f"{args.out / (stem + '-before.png')}, {args.out / (stem + '-after.png')}"
    )
    return 0 if reached == target else 1


if __name__ == "__main__":
    sys.exit(main())
