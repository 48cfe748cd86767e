"""Lesson start_here: the explorers of kamlab.widgets.start_here (moved from tests/models/test_start_here.py)."""

import warnings

import matplotlib
import pytest

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.start_here import select_accounts
from kamlab.widgets import account_explorer


# ---- the widget -------------------------------------------------------------------------
@pytest.fixture
def small():
    return kamlab.make_accounts(300, seed=2)


def test_widget_starts_at_the_default_state(small):
    ex = account_explorer(small, lang="en")
    assert ex.updates == 1 and ex.values() == {"industry": "all", "region": "all", "by": "revenue", "n": 10}
    assert ex.controls["industry"].label == "All" and ex.controls["region"].index == 0  # not blank
    assert len(ex.result.top) == 10
    assert ex.png.startswith(b"\x89PNG") and ex.image.value == ex.png
    assert ex.caption.value.startswith("300 accounts after filtering")
    assert ex.controls["industry"].description == "Industry"


def test_widget_labels_follow_the_language(small):
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}), warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing.*")  # no boxes, even without setup()
        ex = account_explorer(small, lang="zh")
        ex.controls["n"].value = 25
    assert ex.controls["industry"].description == "行业"
    assert ("包装机械", "packaging_machinery") in ex.controls["industry"].options
    assert ex.caption.value.startswith("筛选后客户 300 家")


def test_every_control_over_its_whole_range(small):
    ex = account_explorer(small, lang="en")
    seen = set()

    def set_control(name, value):
        before, changed = ex.updates, ex.controls[name].value != value
        ex.controls[name].value = value
        assert ex.updates == before + changed  # one recompute per real change

    for name in ("industry", "region", "by"):
        for _label, value in ex.controls[name].options:
            set_control(name, value)
            chosen = {k: (None if v == "all" else v) for k, v in ex.values().items()}
            expected = select_accounts(small, **chosen)
            assert ex.result.n_selected == expected.n_selected
            assert ex.result.top.account_id.tolist() == expected.top.account_id.tolist()
            seen.add(ex.png)
        set_control(name, ex.controls[name].options[0][1])
    slider = ex.controls["n"]
    for n in range(slider.min, slider.max + 1):
        set_control("n", n)
        assert len(ex.result.top) == min(n, ex.result.n_selected)
        assert ex.figure.axes[0].patches.__len__() == len(ex.result.top)
    assert len(seen) > 10  # the picture really changes with the controls


def test_widget_rejects_bad_input():
    with pytest.raises(KamlabTypeError, match="account_explorer: parameter 'accounts' must be a pandas DataFrame"):
        account_explorer("accounts.csv")
    with pytest.raises(KamlabValueError, match="account_explorer: parameter 'lang' = 'fr'"):
        account_explorer(kamlab.make_accounts(20, seed=1), lang="fr")


def test_widget_displays_as_the_ipywidget(small):
    ex = account_explorer(small, lang="en")
    bundle, _metadata = ex._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
