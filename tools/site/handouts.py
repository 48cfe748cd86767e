"""Handouts: one A4 PDF per lesson and language, printed from the built site by headless Chromium.

Each lesson page of ``<site>/<lang>/`` is opened from disk (``file://``; every other request is
refused, so a handout can only show what the site holds) and printed with Chromium's own PDF
printer, which embeds the CJK fonts and keeps the Chinese text selectable. The site's print
style sheet (``tools/site/static/kamlab-site.css``) drops the navigation and, unless ``--code``
is given, the code cells; figures and outputs stay.

Usage::

    python tools/site/handouts.py --site _build/site --out _build/handouts [--code] [--lessons 00 03]

Chromium is Debian's ``/usr/bin/chromium`` (or ``$KAMLAB_CHROMIUM``), driven by Playwright.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGS = ("zh", "en")
CHROMIUM = Path(os.environ.get("KAMLAB_CHROMIUM", "/usr/bin/chromium"))
LOAD_MS = 60_000  # bound on waiting for a page and its images


class HandoutError(Exception):
    """Handouts that cannot be printed; the message says what to do."""


def lesson_pages(site: Path, lang: str, lessons: list[str] | None = None) -> list[Path]:
    """The lesson pages of one edition (``NN_name.html``), optionally only some lesson ids."""
    pages = sorted(p for p in (site / lang).glob("[0-9][0-9]_*.html"))
    if lessons is not None:
        pages = [p for p in pages if p.name[:2] in set(lessons)]
    return pages


def _refuse_remote(route) -> None:
    if route.request.url.startswith("file://"):
        route.continue_()
    else:
        route.abort()


def print_pages(pages: list[tuple[Path, Path]], *, code: bool = False, browser=None) -> list[Path]:
    """Print each ``(html, pdf)`` pair: A4, backgrounds on, code cells shown only with ``code``.

    Parameters
    ----------
    pages : list of (Path, Path)
        The built page and the PDF to write (its folder is created).
    code : bool
        Keep the code cells (default: hidden, the handout shows prose, tables and figures).
    browser : playwright Browser, optional
        A Chromium already running (the tests share one); default: one started here.

    Returns
    -------
    list of Path
        The PDFs written.

    Raises
    ------
    HandoutError
        When Chromium or Playwright is missing, or a page's images do not load.
    """
    if browser is not None:
        return _print(browser, pages, code)
    if not CHROMIUM.exists():
        raise HandoutError(f"{CHROMIUM} not found: apt-get install -y chromium fonts-noto-cjk (or set KAMLAB_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise HandoutError("the Python package playwright is missing: pip install -e '.[test]'") from None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True)
        try:
            return _print(browser, pages, code)
        finally:
            browser.close()


def _print(browser, pages: list[tuple[Path, Path]], code: bool) -> list[Path]:
    written = []
    context = browser.new_context()
    try:
        page = context.new_page()
        page.route("**/*", _refuse_remote)
        for html_path, pdf in pages:
            page.goto(html_path.resolve().as_uri(), wait_until="load", timeout=LOAD_MS)
            broken = page.evaluate("[...document.images].filter(i => !i.complete || !i.naturalWidth).length")
            if broken:
                raise HandoutError(f"{html_path}: {broken} image(s) did not load")
            if code:
                page.evaluate("document.documentElement.classList.add('kamlab-print-code')")
            pdf.parent.mkdir(parents=True, exist_ok=True)
            tmp = pdf.with_suffix(".pdf.part")
            page.pdf(path=str(tmp), format="A4", print_background=True, prefer_css_page_size=True)
            os.replace(tmp, pdf)
            written.append(pdf)
    finally:
        context.close()
    return written


def build(
    site: Path,
    out: Path,
    *,
    code: bool = False,
    lessons: list[str] | None = None,
    langs: tuple[str, ...] = LANGS,
    browser=None,
) -> list[Path]:
    """Every lesson handout of a built site: ``<out>/<lang>/<NN_name>.pdf``.

    Parameters
    ----------
    site : Path
        The built site (``make site``: ``_build/site``).
    out : Path
        Where the PDFs go.
    code : bool
        Keep the code cells.
    lessons : list of str, optional
        Lesson ids (default: every lesson page found).
    langs : tuple of str
        The editions to print (default: zh and en).
    browser : playwright Browser, optional
        A Chromium already running; default: one started for the run.

    Returns
    -------
    list of Path
        The PDFs written, zh first.

    Raises
    ------
    HandoutError
        When the site has no lesson pages (run ``make site`` first), or printing fails.
    """
    pairs = [(page, out / lang / f"{page.stem}.pdf") for lang in langs for page in lesson_pages(site, lang, lessons)]
    if not pairs:
        raise HandoutError(f"no lesson pages under {site}/zh or {site}/en: run make site first")
    return print_pages(pairs, code=code, browser=browser)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "_build" / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "_build" / "handouts")
    parser.add_argument("--code", action="store_true", help="keep the code cells")
    parser.add_argument("--lessons", nargs="*", help="lesson ids, e.g. 00 03 (default: all)")
    parser.add_argument("--langs", nargs="*", choices=LANGS, default=list(LANGS), help="editions (default: zh en)")
    args = parser.parse_args(argv)
    try:
        written = build(args.site, args.out, code=args.code, lessons=args.lessons, langs=tuple(args.langs))
    except HandoutError as exc:
        print(f"make handouts: {exc}", file=sys.stderr)
        return 1
    for pdf in written:
        print(pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
