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

Pictures are the explorer's own PNG (:attr:`Explorer.png <kamlab.widgets.base.Explorer>`) stored
as lossless WebP (:data:`FORMATS`): every pixel as drawn, 60% smaller than the PNG. Measured on
five explorers (zh and en, one frame each): the PNG 25 to 69 KB; WebP lossless 10 to 27 KB;
a 64-colour palette PNG (``quantize(64)``, ``optimize=True``) 7 to 21 KB but up to 50 levels off
in a channel near anti-aliased text; WebP at quality 80 7 to 27 KB and up to 97 levels off.
``format="png64"`` stores the palette PNG instead (smaller, lossy).

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
