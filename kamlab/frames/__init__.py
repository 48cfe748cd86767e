"""Pre-drawn explorer frames: every explorer, draggable on a static web page without Python.

A kamlab explorer (:class:`kamlab.widgets.base.Explorer`) is a deterministic function of a few
controls, so its pictures can be drawn in advance. :func:`build_frames` builds an explorer the way
its lesson does (:data:`LESSON_CALLS`), moves its controls over a grid of values with
:meth:`~kamlab.widgets.base.Explorer.set` (the explorer's own model, plot and caption: no second
code path), and stores every picture with a manifest:

``OUT/<lang>/<explorer>/``
    ``manifest.js``, one line ``(window.KAMLAB_FRAMES=...)["<lang>/<explorer>"]=<JSON>;`` (a
    script, so a page opened from ``file://`` can load it too; :func:`read_manifest` reads the
    JSON): the controls as the widget has them (label in the page's language, kind, range, step,
    value format, options, default, and the grid's values with their labels formatted by the
    widget's own ``readout_format``), the groups of controls drawn together, the caption each frame carries
    (the explorer's numbers, verdicts and tables, as HTML), and the frames keyed by the index of
    each control's value (``"3.0.1"``); ``frames/NNNN.webp`` the pictures.

The grid (:func:`grid_values`): a dropdown or toggle gets every option, a checkbox both states, a
slider every step when it has at most ``max_values`` of them, else every k-th step with its
minimum, maximum and starting value always in. The frames (:func:`frame_states`) are, for each
group of :data:`PLANS`, the product of the group's values with every other control at its start;
a control in no group is a group of its own (one control at a time), and an explorer with at most
two controls on the grid is one group (the full product). The table at the end of this docstring
is made from :data:`PLANS` (so it cannot go stale); each manifest repeats its explorer's groups.

Pictures are the explorer's own PNG drawn at :data:`FRAME_DPI` (144 dpi: the explorer's own
``png_dpi``, set by :func:`make_explorer`; Jupyter keeps its 192) and stored in at most 256
colours as lossless WebP (``webp-pal``, :data:`FORMATS`): Pillow's fast octree palette, or median
cut where the octree would be more than 16 levels off (smooth colour maps). Measured
(``benchmarks/bench_frame_formats.py``, docs/testing-notes.md): the 192-dpi lossless frames made
94.6 MB; at 144 dpi lossless WebP alone would be about 70 MB; the palette takes the anti-aliased
edges to a few shades each, 30% less again, every pixel within 16 levels (mean under 1.5). The
frames test compares each frame with the explorer's own picture at 144 dpi put through the same
encoding (equal pixels), and with the picture itself (a stated tolerance). ``format="webp"`` keeps
every pixel (lossless), ``format="png64"`` is a 64-colour PNG.

The page shows a picture at most at its natural CSS size (``figsize × 96`` px: manifest ``width``
and ``height``). On a phone it keeps at least ``phone_width`` CSS px, the width at which the
smallest text of any of its frames (``smallest_text_pt``, from the figure's own texts) is
:data:`PHONE_TEXT_PX` (11) CSS px, and scrolls sideways inside its box.

An explorer is drawn again only when its key changes (:func:`cache_key`): a SHA-256 of the kamlab
sources its widget module imports (followed through every import, plus the label catalog and the
functions here that decide what a frame holds), the lesson's data (:func:`kamlab.cache.value_digest`), its plan, the language, the image
format and the versions of numpy, pandas, matplotlib, Pillow and mplfonts.

The page control is ``kamlab/frames/static/kamlab-frames.js`` (plain JavaScript, no framework, no
network) with ``kamlab-frames.css``; :func:`write_static` copies them and :func:`demo_page` writes
a page for one explorer. Run ``python -m kamlab.frames --out DIR`` (``--help`` for the options).
"""

from .files import FORMATS, FRAME_DPI, MANIFEST_VERSION, PHONE_TEXT_PX, encode_frame, read_manifest, smallest_text_pt
from .grid import control_specs, frame_states, grid_values
from .keys import PACKAGE, cache_key, source_files
from .pages import STATIC, demo_page, player_html, write_static
from .plans import LESSON_CALLS, LESSON_DATA, PLANS, Plan, make_explorer, plan_table
from .store import Report, build_all, build_frames, summary

__all__ = [
    "FORMATS",
    "FRAME_DPI",
    "LESSON_CALLS",
    "LESSON_DATA",
    "MANIFEST_VERSION",
    "PACKAGE",
    "PHONE_TEXT_PX",
    "PLANS",
    "STATIC",
    "Plan",
    "Report",
    "build_all",
    "build_frames",
    "cache_key",
    "control_specs",
    "demo_page",
    "encode_frame",
    "frame_states",
    "grid_values",
    "make_explorer",
    "plan_table",
    "player_html",
    "read_manifest",
    "smallest_text_pt",
    "source_files",
    "summary",
    "write_static",
]

__doc__ += "\nThe plan of each explorer (:data:`PLANS`):\n\n" + plan_table() + "\n"
