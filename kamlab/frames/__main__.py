"""``python -m kamlab.frames``: draw the explorers' frames for the website (see :mod:`kamlab.frames`)."""

from __future__ import annotations

import argparse
import sys
import time

from . import FORMATS, FRAME_DPI, LESSON_CALLS, build_all, demo_page, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kamlab.frames",
        description="Draw every explorer over a grid of control values, for pages that work without Python.",
    )
    parser.add_argument("--out", required=True, help="the frames folder (OUT/<lang>/<explorer>/, OUT/_static/)")
    parser.add_argument("--lang", choices=("zh", "en"), action="append", help="a language (default: both)")
    parser.add_argument("--explorer", action="append", metavar="NAME", help="an explorer (default: all)")
    parser.add_argument(
        "--format", default="webp-pal", choices=sorted(FORMATS), help="image format (default: webp-pal)"
    )
    parser.add_argument("--dpi", type=int, default=FRAME_DPI, help=f"resolution of the frames (default: {FRAME_DPI})")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    parser.add_argument("--force", action="store_true", help="draw even explorers whose frames are up to date")
    parser.add_argument("--pages", action="store_true", help="also write a stand-alone page per explorer")
    parser.add_argument("--launch", help="the 'open in Jupyter' link of the pages; {lang} and {lesson} are filled in")
    args = parser.parse_args(argv)
    unknown = [n for n in args.explorer or () if n not in LESSON_CALLS]
    if unknown:
        parser.error(f"no explorer named {', '.join(unknown)}; explorers: {', '.join(LESSON_CALLS)}")
    began = time.perf_counter()
    reports = build_all(
        args.out,
        names=args.explorer,
        langs=args.lang or ("zh", "en"),
        fmt=args.format,
        dpi=args.dpi,
        jobs=args.jobs,
        force=args.force,
        log=lambda r: print(r.line(), flush=True),
    )
    if args.pages:
        for r in reports:
            demo_page(args.out, r.name, r.lang, launch=args.launch)
    totals = summary(reports)
    print(
        f"{totals['frames']} frames, {totals['megabytes']} MB; {totals['drawn']} drawn, {totals['cached']} cached; "
        f"{time.perf_counter() - began:.0f} s wall",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
