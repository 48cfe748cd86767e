"""The explorer tests draw every state, but rasterise only where they look at pixels (issue #15).

An explorer turns each change of a control into a model result, a matplotlib figure and a
PNG (:func:`kamlab.widgets.base.render_png`). Most tests here sweep controls over their
whole range and check the result, the figure's artists, the caption and that the picture
changes; rasterising a ~1000x450 picture at every step cost about a third of their CPU.

So, by default, every test in this folder swaps ``render_png`` for :func:`fingerprint_png`:
the figure is still drawn in full through an Agg renderer (constrained layout, every
artist's ``draw``, text measured with the real fonts, so a draw-time error still fails the
test), but the renderer *records* each primitive (paths with their transforms, colours,
line widths and clipping; markers; collections; images; texts with their font, size,
position and angle) into a BLAKE2 hash instead of filling pixels. ``explorer.png`` is then
a real, tiny PNG whose pixels are that hash: two different pictures give different PNGs
(same primitives, same bytes), so ``seen.add(ex.png)`` still counts distinct pictures.

Tests that look at real pixels or bytes are marked ``@pytest.mark.rendered`` and get the
real ``render_png``: ``test_base.py`` (the pixels ``savefig`` gives), ``test_projector.py``, and
``test_rendered.py``, which renders every explorer for real at its starting state and with
every control at its minimum and at its maximum.
"""

from __future__ import annotations

import functools
import hashlib
import io

import numpy as np
import pytest

from kamlab import _compat
from kamlab.widgets import base


def pytest_configure(config):
    config.addinivalue_line("markers", "rendered: the explorers draw real PNGs (no fingerprint renderer)")


def _feed(digest, *parts) -> None:
    for part in parts:
        if isinstance(part, np.ndarray):
            digest.update(part.dtype.str.encode())
            digest.update(np.ascontiguousarray(part).tobytes())
        elif isinstance(part, np.generic):
            digest.update(repr(part.item()).encode())
        elif part is None or isinstance(part, (bool, int, float, str, bytes, tuple)):
            digest.update(repr(part).encode())
        elif hasattr(part, "get_matrix"):  # a Transform
            digest.update(np.asarray(part.get_matrix(), dtype=float).tobytes())
        elif hasattr(part, "vertices"):  # a Path
            _feed(digest, np.asarray(part.vertices, dtype=float), part.codes)
        else:  # lists of colours, widths, paths, transforms ...
            digest.update(type(part).__name__.encode())
            for item in part:
                _feed(digest, item if not isinstance(item, list) else tuple(item))


def _gc_state(gc) -> tuple:
    clip = gc.get_clip_rectangle()
    clip_path, clip_trans = gc.get_clip_path()
    return (
        tuple(np.round(gc.get_rgb(), 6)),
        gc.get_alpha(),
        gc.get_linewidth(),
        repr(gc.get_dashes()),
        gc.get_hatch(),
        gc.get_antialiased(),
        None if clip is None else tuple(np.round(clip.bounds, 3)),
        clip_path is not None,
    )


@functools.lru_cache(maxsize=1)
def _fingerprint_canvas():
    """An Agg canvas (kamlab's, with its font-metrics renderer) whose renderer hashes instead of painting."""
    canvas_class = _compat.agg_canvas_class(fast=True)

    class FingerprintRenderer(canvas_class.renderer_class):
        def _update_methods(self):  # Agg binds its C drawing methods here; keep the recording ones
            pass

        def clear(self):
            self.digest = hashlib.blake2b(digest_size=32)

        def draw_path(self, gc, path, transform, rgbFace=None):
            _feed(self.digest, "path", _gc_state(gc), path, transform, rgbFace)

        def draw_markers(self, gc, marker_path, marker_trans, path, trans, rgbFace=None):
            _feed(self.digest, "markers", _gc_state(gc), marker_path, marker_trans, path, trans, rgbFace)

        def draw_path_collection(self, gc, master_transform, paths, all_transforms, offsets, offset_trans, *rest):
            _feed(self.digest, "collection", _gc_state(gc), master_transform, paths, all_transforms)
            _feed(self.digest, np.asarray(offsets, dtype=float), offset_trans, *(list(r) for r in rest[:5]))

        def draw_quad_mesh(self, gc, master_transform, mesh_width, mesh_height, coordinates, *rest):
            _feed(self.digest, "mesh", _gc_state(gc), master_transform, mesh_width, mesh_height)
            _feed(self.digest, np.asarray(coordinates, dtype=float), *(np.asarray(r) for r in rest[:3]))

        def draw_gouraud_triangles(self, gc, triangles, colors, transform):
            _feed(self.digest, "gouraud", _gc_state(gc), np.asarray(triangles), np.asarray(colors), transform)

        def draw_image(self, gc, x, y, im, transform=None):
            _feed(self.digest, "image", _gc_state(gc), float(x), float(y), np.asarray(im), transform)

        def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
            font = (tuple(prop.get_family()), prop.get_size_in_points(), prop.get_weight(), prop.get_style())
            _feed(self.digest, "text", _gc_state(gc), round(x, 3), round(y, 3), s, font, angle, ismath)

    class FingerprintCanvas(canvas_class):
        renderer_class = FingerprintRenderer

    return FingerprintCanvas


def fingerprint_png(fig) -> bytes:
    """Draw ``fig`` completely without rasterising it; a 16x2 PNG whose pixels are the drawing's hash.

    Parameters
    ----------
    fig : matplotlib.figure.Figure

    Returns
    -------
    bytes
        A valid PNG file, equal for two figures exactly when they draw the same primitives.
    """
    from matplotlib.image import imsave

    canvas = _fingerprint_canvas()(fig)
    canvas.draw()
    pixels = np.frombuffer(canvas.renderer.digest.digest(), dtype=np.uint8).reshape(2, 4, 4)
    buffer = io.BytesIO()
    imsave(buffer, np.repeat(pixels, 4, axis=1), format="png")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _fingerprint_instead_of_pixels(request, monkeypatch):
    """Every explorer test draws through :func:`fingerprint_png`, unless marked ``rendered``."""
    if request.node.get_closest_marker("rendered") is None:
        monkeypatch.setattr(base, "render_png", fingerprint_png)
