"""Drawing plots for real with Chinese fonts checked: what every lesson's plot test shares."""

import contextlib
import io
import warnings

import matplotlib

import kamlab


@contextlib.contextmanager
def strict_fonts(lang: str):
    """Inside: ``kamlab.setup(lang)`` in a private rc context, and a missing glyph or a font
    that cannot be found is an error instead of a warning (so Chinese can never become boxes)."""
    with matplotlib.rc_context():
        kamlab.setup(lang)
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=r".*Glyph .* missing.*")
            warnings.filterwarnings("error", message=r".*findfont.*")
            yield


def render(ax) -> None:
    """Draw the figure of ``ax`` to PNG, which is when missing glyphs are noticed."""
    ax.figure.savefig(io.BytesIO(), format="png")
