"""Pre-drawn explorer frames (kamlab.frames, issue #28): the frames are the explorer's own pictures.

Three small explorers are built for real, with small plans (``tests/frames/conftest.py``, 15
frames in all: a toggle, sliders, a dropdown, checkboxes, fixed controls; zh and en). Every
stored frame decodes to exactly the pixels of the explorer's own PNG for the same control values
(drawn by a second, independent explorer at the frames' 144 dpi) put through the same 256-colour
encoding, and stays within a stated tolerance of that PNG. The cache reuses unchanged frames without building the
explorer, and draws again when the plan, the sources or the data change.
"""

from __future__ import annotations

import io
import math
import os
import re
from pathlib import Path

import matplotlib.figure
import matplotlib.text
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

import kamlab
import kamlab.widgets.base
from kamlab import frames
from kamlab.frames import Plan
from kamlab.widgets import EXPLORERS
from tests.frames.conftest import SMALL

ROOT = Path(__file__).resolve().parents[2]


def _pixels(data: bytes) -> np.ndarray:
    image = Image.open(io.BytesIO(data))
    return np.asarray(image.convert("RGBA"))


@pytest.mark.parametrize("key", list(SMALL), ids="-".join)
def test_every_frame_is_the_explorers_own_png_for_its_values(built, key):
    """Each frame decodes to the pixels of the explorer's own picture at the frames' dpi, through the
    same encoding (256 colours); and that encoding is near the explorer's picture: the mean error is
    under one level, 99.5% of pixels within 8 levels (measured: at most 0.3% of pixels beyond)."""
    out, reports = built
    name, lang = key
    manifest = frames.read_manifest(out / lang / name)
    specs = manifest["controls"]
    assert reports[key].frames == len(manifest["frames"]) == {"replay": 6, "breakeven": 5, "team": 4}[name[:-9]]
    assert not reports[key].cached
    assert (manifest["format"], manifest["dpi"]) == ("webp-pal", frames.FRAME_DPI)
    # a second explorer, built as the lesson builds it, drawing at the frames' dpi (Jupyter keeps 192)
    explorer = frames.make_explorer(name, lang, dpi=manifest["dpi"])
    assert explorer.png_dpi == 144 != kamlab.widgets.base.PNG_DPI
    smallest, pictures = [], []
    for state, frame in manifest["frames"].items():
        values = {s["name"]: s["values"][int(i)] for s, i in zip(specs, state.split("."))}
        explorer.set(**values)
        stored = _pixels((out / lang / name / "frames" / frame["src"]).read_bytes())
        pictures.append(stored)
        assert np.array_equal(stored, _pixels(frames.encode_frame(explorer.png, "webp-pal"))), values
        error = np.abs(stored.astype(int) - _pixels(explorer.png).astype(int)).max(axis=2)
        assert error.mean() < 1.5 and (error > 8).mean() < 0.02, f"{name} {lang} {values}"
        assert manifest["captions"][frame["caption"]] == explorer.caption.value  # its numbers and verdict too
        texts = [t for t in explorer.figure.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text().strip()]
        smallest.append(min(t.get_fontsize() for t in texts))
    # the comparison can fail: the picture of the last state is not every frame's
    last = _pixels(frames.encode_frame(explorer.png, "webp-pal"))
    assert 1 <= sum(np.array_equal(f, last) for f in pictures) < len(pictures)
    width_in, height_in = explorer.figure.get_size_inches()
    assert Image.open(io.BytesIO(explorer.png)).size == (round(width_in * 144), round(height_in * 144))
    assert (manifest["width"], manifest["height"]) == (round(width_in * 96), round(height_in * 96))  # CSS px
    # on a phone the picture keeps the width at which its smallest text is 11 CSS px
    pt = manifest["smallest_text_pt"]
    assert pt == min(smallest)
    assert manifest["phone_width"] == math.ceil(manifest["width"] * 11 / (pt * 96 / 72))
    assert manifest["phone_width"] * pt * 96 / 72 / manifest["width"] >= 11


def test_the_smallest_text_of_a_figure():
    fig = matplotlib.figure.Figure()
    ax = fig.add_subplot()
    ax.set_xticks([])
    ax.set_yticks([])
    assert frames.smallest_text_pt(fig) is None
    ax.text(0.5, 0.5, "x", fontsize=7)
    ax.text(0.5, 0.5, "hidden", fontsize=5, visible=False)
    ax.text(0.5, 0.5, " ", fontsize=4)
    ax.set_title("title", fontsize=12)
    assert frames.smallest_text_pt(fig) == 7


def test_the_manifest_has_the_widgets_controls_in_the_pages_language(built):
    out, _ = built
    replay = frames.read_manifest(out / "zh" / "replay_explorer")
    way, step = replay["controls"]
    assert (way["kind"], way["label"], way["labels"]) == ("toggle", "工作方式", ["英雄式销售员", "大客户管理流程"])
    assert (step["kind"], step["min"], step["max"], step["step"], step["format"]) == ("slider", 0, 7, 1, "d")
    assert step["values"] == [0, 1, 7] and step["labels"] == ["0", "1", "7"] and step["default"] == 1
    assert replay["groups"] == [["way", "step"]] and "6 幅" in replay["text"]["note"]
    assert replay["notebook"] == "notebooks/zh/05_complaint_relay.ipynb"
    breakeven = frames.read_manifest(out / "en" / "breakeven_explorer")
    margin, discount = breakeven["controls"]
    assert margin["label"] == "Gross margin" and margin["labels"] == ["0.05", "0.20", "0.60"]
    assert margin["range_labels"] == ["0.05", "0.60", "0.01"] and discount["labels"] == ["0.00", "0.05", "0.30"]
    assert breakeven["groups"] == [["gross_margin"], ["discount"]] and len(breakeven["frames"]) == 5
    assert breakeven["text"]["open"] == "Open in Jupyter to change everything"
    team = frames.read_manifest(out / "en" / "team_explorer")
    kinds = {c["name"]: (c["kind"], c["grid"]) for c in team["controls"]}
    assert kinds["structure"] == ("select", True) and kinds["sales"] == ("checkbox", True)
    assert kinds["rnd"] == ("checkbox", False) and len(team["controls"][2]["values"]) == 1
    assert team["groups"] == [["structure", "sales"]] and len(team["frames"]) == 4


def test_an_unchanged_explorer_is_not_drawn_again(built, monkeypatch):
    out, _ = built
    folder = out / "zh" / "replay_explorer"
    before = {p.name: p.stat().st_mtime_ns for p in (folder / "frames").iterdir()}

    def no_drawing(*args, **kwargs):
        raise AssertionError("the explorer was built again")

    monkeypatch.setattr(frames.plans, "make_explorer", no_drawing)
    report = frames.build_frames("replay_explorer", "zh", out, plan=SMALL[("replay_explorer", "zh")])
    assert report.cached and report.frames == 6
    assert {p.name: p.stat().st_mtime_ns for p in (folder / "frames").iterdir()} == before
    with pytest.raises(AssertionError, match="built again"):  # another plan: another key, drawn again
        frames.build_frames("replay_explorer", "zh", out, plan=Plan(max_values=3))
    assert frames.read_manifest(folder)["key"] == frames.cache_key(
        "replay_explorer", "zh", plan=SMALL[("replay_explorer", "zh")]
    )


def test_the_key_follows_the_explorers_own_sources_and_its_data(tmp_path, monkeypatch):
    files = {p.relative_to(ROOT / "kamlab").as_posix() for p in frames.source_files("replay_explorer")}
    assert {"widgets/complaint_relay.py", "models/complaint_relay.py", "plots/complaint_relay.py"} <= files
    assert {"widgets/base.py", "labels/complaint_relay.py", "labels/frames.py", "__init__.py"} <= files
    assert not {"widgets/gome_gree.py", "models/gome_gree.py", "plots/gome_gree.py"} & files  # another lesson's
    source = tmp_path / "module.py"
    source.write_text("x = 1\n")
    monkeypatch.setattr(frames.keys, "source_files", lambda name: [frames.PACKAGE / "frames" / "__init__.py", source])
    first = frames.cache_key("replay_explorer", "zh")
    assert frames.cache_key("replay_explorer", "zh") == first
    source.write_text("x = 2\n")
    assert frames.cache_key("replay_explorer", "zh") != first
    assert frames.cache_key("replay_explorer", "en") != frames.cache_key("replay_explorer", "zh")
    small = kamlab.make_accounts(30, seed=1)
    keys = {frames.cache_key("capstone_explorer", "zh", data=d) for d in (small, kamlab.make_accounts(30, seed=2))}
    assert len(keys) == 2


def test_the_palette_png_format_is_the_explorer_png_quantised():
    png = frames.make_explorer("replay_explorer", "en").png
    small = frames.encode_frame(png, "png64")
    assert small == frames.encode_frame(png, "png64") and small.startswith(b"\x89PNG")
    assert len(small) < len(png)
    image = Image.open(io.BytesIO(small))
    assert image.mode == "P" and len(image.getcolors()) <= 64
    error = np.abs(_pixels(small).astype(int) - _pixels(png).astype(int))
    assert error.mean() < 1.0  # a few anti-aliased pixels differ, the picture does not
    with pytest.raises(kamlab.errors.KamlabValueError, match="format 'gif'"):
        frames.encode_frame(png, "gif")


def test_every_explorer_has_a_plan_and_its_lessons_call():
    assert set(frames.PLANS) == set(frames.LESSON_CALLS) == set(EXPLORERS)
    for name, (lesson, data) in frames.LESSON_CALLS.items():
        source = (ROOT / "tools" / "lessons" / f"{lesson}.py").read_text(encoding="utf-8")
        if data is None:
            assert re.search(rf"\b{name}\(\)", source), f"{lesson} calls {name}() without data"
        else:
            line = frames.LESSON_DATA[data][0]
            assert line in source, f"{lesson} makes its data as {line!r}"
            assert f"{name}({line.split(' = ')[0]})" in source
        doc = getattr(kamlab.widgets, name).__doc__
        plan = frames.PLANS[name]
        for control in {c for g in plan.groups for c in g} | set(plan.fixed):
            assert re.search(rf"\b{control}\b", doc), f"{name}'s plan names {control!r}; its docstring does not"
    assert "``capstone_explorer``" in frames.__doc__ and "rule × level" in frames.__doc__  # the table


def test_unknown_names_and_controls_are_clear_errors(tmp_path):
    with pytest.raises(kamlab.errors.KamlabValueError, match="no explorer named 'nope'.*account_explorer"):
        frames.build_frames("nope", "zh", tmp_path)
    with pytest.raises(kamlab.errors.KamlabValueError, match="lacks: volume"):
        frames.build_frames("replay_explorer", "zh", tmp_path, plan=Plan(groups=(("step", "volume"),)))
    assert not (tmp_path / "zh" / "replay_explorer").exists()  # nothing half-written


@pytest.mark.parametrize(
    "value, fmt, text",
    [(0.8, ".0%", "80%"), (1_000_000.0, ",.0f", "1,000,000"), (12, "d", "12"), (0.125, ".2%", "12.50%")],
)
def test_values_read_as_the_widgets_readout(value, fmt, text):
    assert frames.grid._format(value, fmt) == text


@given(
    low=st.integers(-50, 50),
    n=st.integers(1, 300),
    start_at=st.floats(0, 1),
    step=st.sampled_from([1, 0.5, 0.05, 0.01, 0.0025]),
    cap=st.integers(2, 21),
)
def test_slider_grids_keep_the_ends_and_the_start_on_the_widgets_steps(low, n, start_at, step, cap):
    low = low * step
    high = low + (n - 1) * step
    start = low + round(start_at * (n - 1)) * step
    values = frames.grid_values(low, high, step, start, cap)
    assert values == sorted(set(values))
    assert values[0] == pytest.approx(low) and values[-1] == pytest.approx(high)
    assert any(v == pytest.approx(start) for v in values)
    assert len(values) <= min(n, cap + 2)
    assert all(abs((v - low) / step - round((v - low) / step)) < 1e-6 for v in values)
    if n <= cap:
        assert len(values) == n  # every step when they fit


def test_the_site_step_puts_the_player_in_place_of_an_explorers_picture(built, tmp_path):
    """tools/site/frames_step.py on a lesson page's explorer output (no Sphinx run)."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("frames_step", ROOT / "tools" / "site" / "frames_step.py")
    frames_step = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(frames_step)
    out, _ = built
    step = frames_step.FramesStep(out, ["07"])
    assert "team_explorer" in step.names and "account_explorer" not in step.names
    picture = [{"output_type": "display_data", "data": {"image/png": "..."}}, {"data": {"text/html": "<p>note</p>"}}]
    link = [{"kind": "hub", "label": "Open in JupyterHub", "url": "https://hub.example.edu/x"}]
    ctx = SimpleNamespace(lang="en", stem="07_kam_in_practice", cell={"source": "ow.team_explorer()"}, links=link)
    first = step(picture, ctx)[0]["data"]["text/html"]
    manifest = frames.read_manifest(out / "en" / "team_explorer")
    assert 'data-frames="en/team_explorer" data-base="../_frames/en/team_explorer/"' in first
    assert 'data-launch="https://hub.example.edu/x"' in first
    assert f'src="../_frames/en/team_explorer/frames/{manifest["frames"]["1.1.0.0.0.0.0.0"]["src"]}"' in first
    assert first.count("<script") == 1 and "../_frames/_static/kamlab-frames.js" in first
    again = step(picture, ctx)[0]["data"]["text/html"]
    assert "<script" not in again  # one script per page
    other = SimpleNamespace(lang="en", stem="07_kam_in_practice", cell={"source": "plt.show()"}, links=[])
    assert step(picture, other) == picture  # not an explorer: unchanged
    site = step.publish(tmp_path / "site")
    assert sorted(p.name for p in (site / "en").iterdir()) == ["team_explorer"]
    assert (site / "_static" / "kamlab-frames.js").is_file() and (
        site / "en" / "team_explorer" / "manifest.js"
    ).is_file()


def test_half_built_folders_of_dead_builds_are_removed(tmp_path):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    target = tmp_path / "zh" / "replay_explorer"
    (tmp_path / "zh").mkdir()
    left = tmp_path / "zh" / f".replay_explorer.building-{int(dead.stdout)}"
    alive = tmp_path / "zh" / f".replay_explorer.building-{os.getpid()}"
    other = tmp_path / "zh" / f".scoring_explorer.old-{int(dead.stdout)}"
    for folder in (left, alive, other):
        (folder / "frames").mkdir(parents=True)
    frames.store._remove_leftovers(target)
    assert not left.exists() and alive.exists() and other.exists()  # only this explorer's, only dead builds'
