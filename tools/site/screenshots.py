"""The README's pictures of the course site, taken from the built site by headless Chromium.

``make screenshots`` builds the site and writes, into ``docs/images/``:

* ``site-zh-laptop.jpg``: a zh lesson page at 1280 x 800 (a laptop);
* ``site-zh-phone.jpg``: the same page at 390 x 844 (a phone);
* ``site-en-points.jpg``: the English index of the chapter's points.

Pages are opened from disk with every other request refused, like the site's own tests.

Usage::

    python tools/site/screenshots.py --site _build/site --out docs/images
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from handouts import CHROMIUM, LOAD_MS, HandoutError, _refuse_remote  # noqa: E402

#: file name -> (page under the site, viewport width, height)
SHOTS = {
    "site-zh-laptop.jpg": ("zh/01_key_accounts.html", 1280, 800),
    "site-zh-phone.jpg": ("zh/01_key_accounts.html", 390, 844),
    "site-en-points.jpg": ("en/points.html", 1280, 800),
}


def take(site: Path, out: Path) -> list[Path]:
    """Write every picture of :data:`SHOTS`; return their paths.

    Parameters
    ----------
    site : Path
        The built site (``make site``).
    out : Path
        The folder for the pictures (created).

    Returns
    -------
    list of Path
        The JPEG files written.

    Raises
    ------
    HandoutError
        When Chromium, Playwright or a page is missing.
    """
    missing = [page for page, *_ in SHOTS.values() if not (site / page).exists()]
    if missing:
        raise HandoutError(f"{missing} not in {site}: run make site first")
    if not CHROMIUM.exists():
        raise HandoutError(f"{CHROMIUM} not found: apt-get install -y chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True)
        try:
            for name, (page_path, width, height) in SHOTS.items():
                context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
                page = context.new_page()
                page.route("**/*", _refuse_remote)
                page.goto((site / page_path).resolve().as_uri(), wait_until="load", timeout=LOAD_MS)
                page.screenshot(path=str(out / name), type="jpeg", quality=80)
                context.close()
                written.append(out / name)
        finally:
            browser.close()
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "_build" / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args(argv)
    try:
        written = take(args.site, args.out)
    except HandoutError as exc:
        print(f"make screenshots: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
