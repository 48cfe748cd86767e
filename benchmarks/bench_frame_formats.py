"""Frame image formats measured on a sample of explorers (issue 28: the frames' size budget).

For each sampled explorer and language, a few frames (the start and the ends of its first slider)
are drawn by the explorer itself; each figure is rendered at 192, 144 and 96 dpi and encoded in
each candidate format. Printed per format: bytes per frame (mean), the worst pixel error against
the same-dpi lossless picture (max channel difference and the share of pixels off by more than 8
levels), and encode CPU per frame.

    python benchmarks/bench_frame_formats.py [--explorers a,b,c]
"""

from __future__ import annotations

import argparse
import io
import time

import numpy as np
from PIL import Image

from kamlab import frames
from kamlab.widgets.base import render_png

SAMPLE = "scoring_explorer,breakeven_explorer,concession_explorer,complaint_relay_explorer,maturity_explorer,portfolio_explorer"


def _png(im):
    out = io.BytesIO()
    im.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def _octree(im):
    q = im.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    q.save(out, format="WEBP", lossless=True, quality=100, method=4)
    return out.getvalue()


def _shipped(im):
    return frames.encode_frame(_png(im), "webp-pal")


def encoders():
    def webp_lossless(im):
        out = io.BytesIO()
        im.save(out, format="WEBP", lossless=True, quality=50, method=1, exact=True)
        return out.getvalue()

    def webp_lossless_q(q, method):
        def f(im):
            out = io.BytesIO()
            im.save(out, format="WEBP", lossless=True, quality=q, method=method, exact=True)
            return out.getvalue()

        return f

    def png_opt(im):
        out = io.BytesIO()
        im.save(out, format="PNG", optimize=True)
        return out.getvalue()

    def pal(n, container, method=None):
        def f(im):
            q = im.quantize(n, method=method, dither=Image.Dither.NONE)
            out = io.BytesIO()
            if container == "png":
                q.save(out, format="PNG", optimize=True)
            else:
                q.save(out, format="WEBP", lossless=True, quality=100, method=4)
            return out.getvalue()

        return f

    def lossy(q):
        def f(im):
            out = io.BytesIO()
            im.save(out, format="WEBP", quality=q, method=4)
            return out.getvalue()

        return f

    return {
        "png (as drawn)": None,
        "png optimize": png_opt,
        "webp lossless m1": webp_lossless,
        "webp lossless m4 q100": webp_lossless_q(100, 4),
        "pal64 png": pal(64, "png"),
        "pal64 webp-ll": pal(64, "webp"),
        "pal128 webp-ll": pal(128, "webp"),
        "pal256 webp-ll": pal(256, "webp"),
        "oct256 webp-ll": _octree,
        "webp-pal (shipped)": _shipped,
        "webp q90": lossy(90),
        "webp q80": lossy(80),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--explorers", default=SAMPLE)
    ap.add_argument("--dpis", default="192,144,96")
    ap.add_argument("--formats", help="only these formats (comma-separated names of the table)")
    args = ap.parse_args()
    dpis = [int(d) for d in args.dpis.split(",")]
    encs = encoders()
    if args.formats:
        encs = {k: v for k, v in encs.items() if k in args.formats.split(",")}
    stats = {}  # (dpi, enc) -> list of (bytes, maxerr, share, cpu)
    for name in args.explorers.split(","):
        for lang in ("zh", "en"):
            ex = frames.make_explorer(name, lang)
            plan = frames.PLANS[name]
            specs = frames.control_specs(ex, plan, lang)
            slider = next((s for s in specs if s["kind"] == "slider" and s["grid"]), None)
            states = [{}]
            if slider:
                states += [{slider["name"]: slider["values"][0]}, {slider["name"]: slider["values"][-1]}]
            for st in states:
                ex.set(**{**{s["name"]: s["values"][s["default"]] for s in specs}, **st})
                fig = ex.figure
                for dpi in dpis:
                    fig.set_dpi(dpi)
                    png = render_png(fig)
                    im = Image.open(io.BytesIO(png)).convert("RGB")
                    ref = np.asarray(im).astype(int)
                    for label, enc in encs.items():
                        t0 = time.process_time()
                        data = png if enc is None else enc(im)
                        cpu = time.process_time() - t0
                        got = np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)
                        err = np.abs(got - ref)
                        stats.setdefault((dpi, label), []).append(
                            (len(data), int(err.max()), float((err.max(axis=2) > 8).mean()), cpu, im.size)
                        )
            print(f"{name} {lang}: {len(states)} frames", flush=True)
    print()
    print(
        "| dpi | format | KB/frame (mean) | min-max KB | max level error | pixels off > 8 levels | encode ms/frame | size px |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for (dpi, label), rows in stats.items():
        b = np.array([r[0] for r in rows]) / 1000
        print(
            f"| {dpi} | {label} | {b.mean():.1f} | {b.min():.1f}-{b.max():.1f} | {max(r[1] for r in rows)} | "
            f"{max(r[2] for r in rows) * 100:.2f}% | {1000 * np.mean([r[3] for r in rows]):.0f} | {rows[0][4][0]}x{rows[0][4][1]} |"
        )


if __name__ == "__main__":
    main()
