"""Figures in a notebook are drawn once (kamlab._inline, switched on by kamlab.setup()).

In a real kernel (nbclient): a figure with constrained layout is shown at its full size,
without IPython's tight crop (which costs a second draw); a figure without a layout engine
keeps the crop; the formatters are wrapped again after IPython replaces them (a change of
figure format) and whichever comes first, ``kamlab.setup()`` or ``import matplotlib.pyplot``.
Every figure a lesson opens uses constrained layout, so every lesson plot is drawn once.
"""

from __future__ import annotations

import ast
import base64
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CONSTRAINED = """\
fig, ax = plt.subplots(figsize=(4, 3), layout="constrained")
ax.plot([1, 2], [3, 4]); ax.set_title("标题 title"); ax.set_ylabel("a long label on the y axis")
print(round(fig.dpi), *fig.get_size_inches())
plt.show()"""
HOOKS = "cbs = get_ipython().events.callbacks['pre_run_cell']\nprint(sum(getattr(cb, '__kamlab_one_draw__', False) for cb in cbs))"
PLAIN = """\
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([1, 2], [3, 4])
print(round(fig.dpi), *fig.get_size_inches())
plt.show()"""


def _run(tmp_path: Path, cells: list[str]):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    folder = tmp_path / "en"
    folder.mkdir()
    nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    return nb.cells


def _shown(cell) -> tuple[tuple[int, int], tuple[int, int]]:
    """The figure's full size in pixels (printed by the cell) and the size of the PNG shown."""
    text = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
    dpi, width, height = (float(v) for v in text.split())
    pngs = [o["data"]["image/png"] for o in cell.outputs if "image/png" in o.get("data", {})]
    assert len(pngs) == 1, cell.outputs
    png = base64.b64decode(pngs[0])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return (round(width * dpi), round(height * dpi)), struct.unpack(">II", png[16:24])


@pytest.mark.servers  # runs a kernel (out of make test-fast), as the instructor notebooks do
def test_constrained_figures_are_shown_whole_and_others_cropped(tmp_path):
    cells = _run(
        tmp_path,
        [
            "import matplotlib.pyplot as plt\nimport kamlab\nkamlab.setup()\nkamlab.setup()",  # twice: one hook
            CONSTRAINED,
            PLAIN,
            "%config InlineBackend.figure_formats = ['retina']",  # IPython registers new formatters
            CONSTRAINED,
            HOOKS,
            "import kamlab._inline\nkamlab._inline._wrap = lambda *args: 1 / 0  # a failure inside the hook",
            "x = 1  # runs: the hook warns once and takes itself out",
            HOOKS,
            CONSTRAINED,
        ],
    )
    full, shown = _shown(cells[1])
    assert shown == full  # no crop: one draw
    full, shown = _shown(cells[2])
    assert shown[0] < full[0] and shown[1] < full[1]  # IPython's tight crop, as before
    full, shown = _shown(cells[4])
    assert shown == (2 * full[0], 2 * full[1])  # retina, wrapped again, still whole
    assert cells[5].outputs[0]["text"].strip() == "1"  # one hook, although setup() ran twice
    warned = "".join(o.get("text", "") for o in cells[7].outputs if o.output_type == "stream")
    assert "kamlab: figures are drawn as IPython draws them" in warned and "ZeroDivisionError" in warned
    assert cells[8].outputs[0]["text"].strip() == "0"
    full, shown = _shown(cells[9])  # figures still show; the formatters wrapped before the failure stay
    assert shown == (2 * full[0], 2 * full[1])


@pytest.mark.servers
def test_setup_before_pyplot_is_imported(tmp_path):
    cells = _run(tmp_path, ["import kamlab\nkamlab.setup()", "import matplotlib.pyplot as plt", CONSTRAINED, PLAIN])
    full, shown = _shown(cells[2])
    assert shown == full
    full, shown = _shown(cells[3])
    assert shown[0] < full[0]


def test_outside_ipython_nothing_changes():
    from kamlab._inline import draw_laid_out_figures_once

    assert draw_laid_out_figures_once() is False


def _figure_calls(source: str):
    """Every ``plt.subplots(...)`` / ``plt.figure(...)`` call in a code string."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("subplots", "figure")
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "plt"
        ):
            yield node


@pytest.mark.parametrize(
    "notebook", sorted((ROOT / "notebooks" / "zh").glob("[0-9][0-9]_*.ipynb")), ids=lambda p: p.stem
)
def test_every_lesson_figure_uses_constrained_layout(notebook):
    import json

    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]  # code cells are the same in en
    sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    calls = [(src.splitlines()[0], call) for src in sources if "plt." in src for call in _figure_calls(src)]
    for first_line, call in calls:
        layout = {k.arg: k.value for k in call.keywords}.get("layout")
        assert isinstance(layout, ast.Constant) and layout.value == "constrained", f"{notebook.name}: {first_line}"
