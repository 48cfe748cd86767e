"""Every explorer, rasterised for real: its starting state and every control at its minimum and maximum.

The other explorer tests draw through the fingerprint renderer of ``conftest.py`` (every
artist drawn, no pixels filled). Here each of the 22 explorers makes real PNGs in Chinese
(the CJK fonts, no missing glyph) at three states, the extremes of its controls set at
once with :meth:`kamlab.widgets.base.Explorer.set` (one redraw each), and each PNG is
decoded and checked: the figure's size at 96 dpi, and a picture, not a blank page.
"""

import io
import warnings

import pytest
from matplotlib.image import imread

import kamlab
from kamlab import widgets
from kamlab.models.key_accounts import scoring_view
from kamlab.widgets.base import PNG_DPI

pytestmark = pytest.mark.rendered

EXPLORERS = sorted(name for name in dir(widgets) if name.endswith("_explorer"))
NEEDS_ACCOUNTS = {"account_explorer", "scoring_explorer", "effort_explorer", "capstone_explorer"}


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300, seed=2)


def _build(name, small, company):
    factory = getattr(widgets, name)
    if name in NEEDS_ACCOUNTS:
        return factory(small, lang="zh")
    if name == "account_plan_explorer":
        return factory(company, lang="zh")
    return factory(lang="zh")


def _extreme(control, end):
    """The control's minimum (end 0) or maximum (end -1): first/last option, False/True, min/max."""
    options = getattr(control, "options", None)
    if options is not None:
        values = [o[1] if isinstance(o, tuple) else o for o in options]
        return values[end]
    if isinstance(control.value, bool):
        return end == -1
    return control.min if end == 0 else control.max


def _check_png(explorer):
    image = imread(io.BytesIO(explorer.png), format="png")
    width, height = explorer._figsize
    assert image.shape[:2] == (int(height * PNG_DPI), int(width * PNG_DPI))
    assert explorer.image.value == explorer.png
    gray = image[..., :3].mean(axis=2)
    assert (gray < 0.5).mean() > 0.002, "the picture is (almost) blank"  # text, axes and marks are drawn
    return explorer.png


@pytest.mark.parametrize("name", EXPLORERS)
def test_every_explorer_renders_real_pngs_at_its_extremes(name, small, company):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing.*")  # no boxes instead of Chinese
        explorer = _build(name, small, company)
        pngs = {_check_png(explorer)}
        for end in (0, -1):
            before = explorer.updates
            explorer.set(**{c: _extreme(control, end) for c, control in explorer.controls.items()})
            assert explorer.updates <= before + 1  # one redraw for all the controls
            pngs.add(_check_png(explorer))
    assert len(pngs) >= 2  # the extremes do not all draw the starting picture


def test_set_rejects_unknown_controls_before_changing_any(small):
    explorer = widgets.scoring_explorer(small, lang="en")
    before = explorer.values()
    with pytest.raises(kamlab.errors.KamlabValueError, match=r"Explorer.set: no control named 'weight'.*current_sales"):
        explorer.set(potential=0.9, weight=0.5)
    assert explorer.values() == before and explorer.updates == 1


def test_hold_redraws_once_even_when_the_block_fails(small):
    explorer = widgets.scoring_explorer(small, lang="en")
    with pytest.raises(RuntimeError), explorer.hold():
        explorer.controls["potential"].value = 0.9
        explorer.controls["n"].value = 7
        assert explorer.updates == 1  # nothing drawn inside the block
        raise RuntimeError
    assert explorer.updates == 2 and len(explorer.result.top) == 7
    weights = {c: explorer.controls[c].value for c in kamlab.SCORING_CRITERIA}
    assert explorer.result.weights == pytest.approx(scoring_view(small, weights=weights, n=7).weights)
    with explorer.hold(), explorer.hold():  # nested: one redraw at the outer end
        explorer.controls["n"].value = 5
    assert explorer.updates == 3
