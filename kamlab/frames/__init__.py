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

from __future__ import annotations

import ast
import dataclasses
import inspect
import io
import itertools
import json
import math
import os
import shutil
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KamlabValueError
from ..i18n import t

__all__ = [
    "FORMATS",
    "LESSON_CALLS",
    "LESSON_DATA",
    "PLANS",
    "Plan",
    "Report",
    "build_frames",
    "build_all",
    "cache_key",
    "control_specs",
    "demo_page",
    "encode_frame",
    "frame_states",
    "grid_values",
    "make_explorer",
    "read_manifest",
    "player_html",
    "summary",
    "source_files",
    "write_static",
]

PACKAGE = Path(__file__).resolve().parents[1]
STATIC = Path(__file__).resolve().parent / "static"
MANIFEST_VERSION = 1

#: Image formats: name -> (file suffix, what it is).
FORMATS = {
    "webp": ("webp", "lossless WebP of the explorer's PNG (pixel-equal)"),
    "png64": ("png", "64-colour palette PNG of the explorer's PNG (Pillow quantize(64), optimize=True; lossy)"),
}


@dataclass(frozen=True)
class Plan:
    """Which frames an explorer gets.

    Parameters
    ----------
    groups : tuple of tuple of str
        Controls drawn together: the product of their values, the other controls at their start.
        Controls in no group are varied one at a time; with no groups and at most two controls
        on the grid, those controls are one group.
    fixed : tuple of str
        Controls left out of the grid (shown at their starting value, with a note).
    max_values : int
        Most values a slider gets (its minimum, maximum and starting value always included).
    why : str
        The reason for the groups, for the table in this module's docstring.
    """

    groups: tuple[tuple[str, ...], ...] = ()
    fixed: tuple[str, ...] = ()
    max_values: int = 11
    why: str = ""


_REVEAL = "each control with ``reveal`` on and off: the lesson's point is the revealed answer"

#: The plan of every explorer (see :class:`Plan`); the table at the end of this docstring.
PLANS: dict[str, Plan] = {
    "account_explorer": Plan(),
    "scoring_explorer": Plan(),
    "concentration_explorer": Plan(),
    "effort_explorer": Plan(),
    "clv_explorer": Plan(),
    "retention_explorer": Plan(),
    "breakeven_explorer": Plan(why="two controls: the full product"),
    "concession_explorer": Plan(
        groups=tuple((c, "reveal") for c in ("prediction", "kind", "gross_margin", "max_volume_gain", "sensitivity")),
        why=_REVEAL,
    ),
    "segment_explorer": Plan(
        groups=tuple((c, "reveal") for c in ("prediction", "chain_share_gain", "years", "kam_fixed_cost_10k")),
        why=_REVEAL,
    ),
    "stage_explorer": Plan(
        groups=tuple((c, "reveal") for c in ("prediction", "kam_advance", "kam_cost_10k", "horizon_years")),
        why=_REVEAL,
    ),
    "portfolio_explorer": Plan(
        groups=tuple((c, "reveal") for c in ("prediction", "key_accounts", "key_leave_probability", "fixed_cost_10k")),
        why=_REVEAL,
    ),
    "support_explorer": Plan(
        groups=tuple(
            (c, "reveal")
            for c in (
                "prediction",
                "market_outlook",
                "selling_points",
                "best_sellers",
                "timely_delivery",
                "in_store_promotion",
                "horizon_years",
            )
        ),
        why=_REVEAL,
    ),
    "contact_plan_explorer": Plan(max_values=9),
    "complaint_relay_explorer": Plan(
        groups=(("information_completeness", "process_maturity"),),
        why="information and process together: case K2's two levers",
    ),
    "replay_explorer": Plan(why="two controls: the full product"),
    "stage_game_explorer": Plan(
        groups=tuple(
            (c, "kam")
            for c in (
                "gree_dependence",
                "price_cut",
                "gome_cut_gain",
                "gome_spillover",
                "channel_premium",
                "copycat_risk",
            )
        ),
        max_values=9,
        why="each control with and without the KAM department: case K3's point",
    ),
    "repeated_game_explorer": Plan(
        groups=(("gome", "gree", "kam"), ("slip_rate", "kam")),
        why="every pair of strategies, and the slip rate, with and without the KAM department",
    ),
    "maturity_explorer": Plan(),
    "competency_explorer": Plan(),
    "team_explorer": Plan(
        groups=tuple(
            ("structure", c) for c in ("sales", "rnd", "manufacturing", "marketing", "service", "logistics", "finance")
        ),
        why="each function in both structures",
    ),
    "account_plan_explorer": Plan(),
    "capstone_explorer": Plan(groups=(("rule", "level"),), why="every rule at both levels"),
}

#: The data a lesson passes to its explorers: name -> (the lesson's code that makes it, loader).
LESSON_DATA: dict[str, tuple[str, str]] = {
    "accounts": ("accounts = kamlab.load_accounts()", "load_accounts"),
    "company": ("company = kamlab.io.load_company()", "load_company"),
    "capstone_accounts": ("accounts = kamlab.make_accounts(seed=2027)", "make_accounts_2027"),
}

#: How each lesson builds its explorers: name -> (lesson notebook, the data passed, or None).
#: ``tests/frames/test_frames.py`` checks these calls against ``tools/lessons/*.py``.
LESSON_CALLS: dict[str, tuple[str, str | None]] = {
    "account_explorer": ("00_start_here", "accounts"),
    "scoring_explorer": ("01_key_accounts", "accounts"),
    "concentration_explorer": ("01_key_accounts", None),
    "effort_explorer": ("02_why_kam", "accounts"),
    "clv_explorer": ("02_why_kam", None),
    "retention_explorer": ("02_why_kam", None),
    "breakeven_explorer": ("02_why_kam", None),
    "concession_explorer": ("03_misconceptions", None),
    "segment_explorer": ("03_misconceptions", None),
    "stage_explorer": ("03_misconceptions", None),
    "portfolio_explorer": ("03_misconceptions", None),
    "support_explorer": ("03_misconceptions", None),
    "contact_plan_explorer": ("04_runaway_horse", None),
    "complaint_relay_explorer": ("05_complaint_relay", None),
    "replay_explorer": ("05_complaint_relay", None),
    "stage_game_explorer": ("06_gome_gree", None),
    "repeated_game_explorer": ("06_gome_gree", None),
    "maturity_explorer": ("07_kam_in_practice", None),
    "competency_explorer": ("07_kam_in_practice", None),
    "team_explorer": ("07_kam_in_practice", None),
    "account_plan_explorer": ("07_kam_in_practice", "company"),
    "capstone_explorer": ("07_kam_in_practice", "capstone_accounts"),
}


def _plan_table() -> str:
    rule = "=" * 30 + "  " + "=" * 70
    lines = [rule, f"{'Explorer':<30}  Frames", rule]
    for name, plan in PLANS.items():
        if plan.groups:
            what = "groups " + ", ".join("(" + " × ".join(g) + ")" for g in plan.groups) + ", the rest one at a time"
        elif plan.why:
            what = "all controls together (the full product)"
        else:
            what = "one control at a time"
        what += f"; sliders at most {plan.max_values} values"
        if plan.fixed:
            what += "; fixed: " + ", ".join(plan.fixed)
        if plan.why:
            what += f" ({plan.why})"
        lines.append(f"{'``' + name + '``':<30}  {what}")
    lines.append(rule)
    return "\n".join(lines)


__doc__ += "\nThe plan of each explorer (:data:`PLANS`):\n\n" + _plan_table() + "\n"


# ---- building an explorer as its lesson does ----------------------------------------------------
def _load(data: str):
    import kamlab

    loader = LESSON_DATA[data][1]
    if loader == "load_accounts":
        return kamlab.load_accounts()
    if loader == "load_company":
        return kamlab.io.load_company()
    return kamlab.make_accounts(seed=2027)


def _check_name(name: str) -> None:
    if name not in LESSON_CALLS:
        raise KamlabValueError(f"kamlab.frames: no explorer named {name!r}. Explorers: {', '.join(LESSON_CALLS)}.")


def make_explorer(name: str, lang: str, data=None):
    """The explorer ``name`` in ``lang``, built as its lesson builds it.

    Parameters
    ----------
    name : str
        An explorer of :data:`kamlab.widgets.EXPLORERS`, e.g. ``"breakeven_explorer"``.
    lang : {"zh", "en"}
        Language of its labels.
    data : object, optional
        The data the lesson passes (:data:`LESSON_CALLS`); loaded when not given.

    Returns
    -------
    kamlab.widgets.Explorer

    Raises
    ------
    KamlabValueError
        For an unknown explorer.
    """
    from .. import widgets

    _check_name(name)
    factory = getattr(widgets, name)
    needs = LESSON_CALLS[name][1]
    if needs is None:
        return factory(lang=lang)
    return factory(_load(needs) if data is None else data, lang=lang)


# ---- the grid ---------------------------------------------------------------------------------
_CHOICE = ("Dropdown", "ToggleButtons", "RadioButtons", "Select")
_SLIDER = ("IntSlider", "FloatSlider")


def _clean(x: float, integer: bool):
    return int(round(x)) if integer else float(f"{x:.12g}")


def grid_values(low: float, high: float, step: float, start: float, max_values: int, *, integer: bool = False) -> list:
    """A slider's values on the grid: every step, or every k-th step when there are more than ``max_values``.

    Parameters
    ----------
    low, high, step : float
        The slider's range and step.
    start : float
        Its starting value (always included, also off the steps).
    max_values : int
        Most values wanted; the minimum, maximum and start are always in, so up to two more.
    integer : bool, default False
        Values as int (an IntSlider's).

    Returns
    -------
    list
        Sorted values, each ``low + i * step`` for an integer ``i`` (or ``start``).

    Examples
    --------
    >>> grid_values(0.0, 0.3, 0.01, 0.05, 7)
    [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]
    >>> grid_values(1, 30, 1, 10, 11, integer=True)
    [1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 30]
    """
    n = int(round((high - low) / step)) + 1
    stride = max(1, math.ceil((n - 1) / max(1, max_values - 1)))
    start_i = round((start - low) / step)
    # the lattice is anchored on the start, so the start is on it; the ends are always in, and a
    # lattice point closer to an end than half a stride gives way to the end
    indices = {0, n - 1, start_i} | {
        i for i in range(start_i % stride, n, stride) if i >= stride / 2 and n - 1 - i >= stride / 2
    }
    values = {_clean(low + i * step, integer) for i in indices if 0 <= i < n}
    values.add(_clean(start, integer))
    return sorted(values)


def _close(a, b) -> bool:
    return isinstance(a, float) and isinstance(b, (int, float)) and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _format(value, fmt: str) -> str:
    """A slider value as its readout shows it (ipywidgets' d3 ``readout_format``: f, %, d, with ``,``)."""
    try:
        if fmt.endswith("d"):
            return format(int(value), fmt)
        return format(value, fmt)
    except (ValueError, TypeError):
        return str(value)


def control_specs(explorer, plan: Plan, lang: str) -> list[dict]:
    """The controls of ``explorer`` as the page draws them, with their grid values.

    Parameters
    ----------
    explorer : kamlab.widgets.Explorer
        A built explorer (its controls at their starting values).
    plan : Plan
        Its plan (fixed controls and the slider cap).
    lang : {"zh", "en"}
        Language of the checkbox value labels.

    Returns
    -------
    list of dict
        One per control, in the explorer's order: ``name``, ``kind`` (slider, select, toggle,
        checkbox), ``label``, ``values``, ``labels`` (each value as the widget shows it),
        ``default`` (index of the starting value), ``grid`` (False for a fixed control, whose
        only value is its start) and, for sliders, ``min``, ``max``, ``step``, ``format``.

    Raises
    ------
    KamlabValueError
        For a control kind the page cannot draw, or a plan naming a control the explorer lacks.
    """
    names = set(explorer.controls)
    unknown = sorted(({n for g in plan.groups for n in g} | set(plan.fixed)) - names)
    if unknown:
        raise KamlabValueError(f"kamlab.frames: the plan names controls the explorer lacks: {', '.join(unknown)}")
    specs = []
    for name, control in explorer.controls.items():
        kind = type(control).__name__
        spec = {"name": name, "label": control.description, "widget": kind}
        if kind in _CHOICE:
            pairs = [o if isinstance(o, tuple) else (str(o), o) for o in control.options]
            spec.update(
                kind="toggle" if kind == "ToggleButtons" else "select",
                values=[v for _, v in pairs],
                labels=[str(label) for label, _ in pairs],
            )
        elif kind == "Checkbox":
            spec.update(kind="checkbox", values=[False, True], labels=[t("frames.off", lang), t("frames.on", lang)])
        elif kind in _SLIDER:
            integer = kind == "IntSlider"
            fmt = control.readout_format
            values = grid_values(
                control.min, control.max, control.step, control.value, plan.max_values, integer=integer
            )
            spec.update(
                kind="slider",
                min=control.min,
                max=control.max,
                step=control.step,
                format=fmt,
                values=values,
                labels=[_format(v, fmt) for v in values],
                range_labels=[_format(control.min, fmt), _format(control.max, fmt), _format(control.step, fmt)],
            )
        else:
            raise KamlabValueError(f"kamlab.frames: control {name!r} is a {kind}, which the page cannot draw")
        start = control.value
        near = [i for i, v in enumerate(spec["values"]) if v == start or _close(v, start)]
        if not near:
            raise KamlabValueError(f"kamlab.frames: {name!r} starts at {start!r}, not one of its values")
        spec["default"] = near[0]
        spec["grid"] = name not in plan.fixed
        if not spec["grid"]:
            i = spec["default"]
            spec.update(values=[spec["values"][i]], labels=[spec["labels"][i]], default=0)
        specs.append(spec)
    return specs


def frame_states(specs: list[dict], plan: Plan) -> tuple[list[tuple[str, ...]], list[tuple[int, ...]]]:
    """The groups and the frames to draw: one tuple of value indices (one per control) per frame.

    Parameters
    ----------
    specs : list of dict
        From :func:`control_specs`.
    plan : Plan
        The explorer's plan.

    Returns
    -------
    groups : list of tuple of str
        Controls drawn together (a one-control group is varied alone).
    states : list of tuple of int
        Distinct states, the starting state first.

    Examples
    --------
    >>> specs = [{"name": n, "values": v, "default": 0, "grid": True} for n, v in (("a", [1, 2]), ("b", [1, 2, 3]))]
    >>> frame_states(specs, Plan())[1]
    [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
    >>> frame_states(specs + [{"name": "c", "values": [0, 1], "default": 0, "grid": True}], Plan())[1]
    [(0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 2, 0), (0, 0, 1)]
    """
    index = {s["name"]: i for i, s in enumerate(specs)}
    on_grid = [s["name"] for s in specs if s["grid"]]
    groups = [tuple(g) for g in plan.groups]
    if not groups and len(on_grid) <= 2:
        groups = [tuple(on_grid)]
    covered = {n for g in groups for n in g}
    groups += [(n,) for n in on_grid if n not in covered]
    start = tuple(s["default"] for s in specs)
    states, seen = [start], {start}
    for group in groups:
        for combo in itertools.product(*(range(len(specs[index[n]]["values"])) for n in group)):
            state = list(start)
            for n, i in zip(group, combo):
                state[index[n]] = i
            state = tuple(state)
            if state not in seen:
                seen.add(state)
                states.append(state)
    return groups, states


# ---- the cache key ------------------------------------------------------------------------------
def _module_file(module: str) -> Path | None:
    parts = module.split(".")[1:]
    candidates = [PACKAGE.joinpath(*parts, "__init__.py")]
    if parts:
        candidates.append(PACKAGE.joinpath(*parts[:-1], f"{parts[-1]}.py"))
    return next((path for path in candidates if path.is_file()), None)


def _module_of(path: Path) -> tuple[str, str]:
    """(module name, its package) of a kamlab source file."""
    parts = ["kamlab", *path.relative_to(PACKAGE).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
        return ".".join(parts), ".".join(parts)
    return ".".join(parts), ".".join(parts[:-1])


def _imports(path: Path) -> tuple[set[str], set[str]]:
    """The kamlab modules ``path`` imports anywhere (functions included): (followed, parents).

    ``from package import submodule`` follows the submodule only; ``from package import name``
    follows the package. The parent packages of every module are returned apart: their files are
    hashed, but their own imports (a package ``__init__`` that loads all its siblings) are not
    followed unless a name is taken from them.
    """
    _, package = _module_of(path)
    follow = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            follow |= {a.name for a in node.names if a.name.split(".")[0] == "kamlab"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "kamlab":
                continue
            submodules = {f"{target}.{a.name}" for a in node.names if _module_file(f"{target}.{a.name}")}
            follow |= submodules
            if len(submodules) < len(node.names):  # a name defined in the module (or package) itself
                follow.add(target)
    parents = set()
    for module in follow:
        parts = module.split(".")
        parents |= {".".join(parts[:i]) for i in range(1, len(parts))}
    return follow, parents - follow


def source_files(name: str) -> list[Path]:
    """The kamlab sources an explorer's pictures depend on: its widget module and everything it imports.

    Imports are followed through every module (those inside functions too); a parent package's
    ``__init__`` is in, but its imports are followed only when a name is taken from it (so the
    plots of other lessons, which ``kamlab.plots`` loads, do not count). The label catalog (loaded
    by name, not by import) is always in. (:func:`cache_key` adds the source of this module's
    functions that decide what a frame holds, not the whole module: a change to its command or
    pages draws nothing again.)

    Parameters
    ----------
    name : str
        An explorer name.

    Returns
    -------
    list of pathlib.Path
        Sorted source files.

    Raises
    ------
    KamlabValueError
        For an unknown explorer.
    """
    from ..widgets import EXPLORERS

    _check_name(name)
    todo = [f"kamlab.widgets.{EXPLORERS[name]}"]
    seen: set[str] = set()
    files: set[Path] = set((PACKAGE / "labels").glob("*.py"))
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        path = _module_file(module)
        if path is None:
            continue
        files.add(path)
        follow, parents = _imports(path)
        todo.extend(follow - seen)
        files |= {f for f in map(_module_file, parents) if f is not None}
    return sorted(files)


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for dist in ("numpy", "pandas", "matplotlib", "pillow", "mplfonts"):
        try:
            out.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            out.append(f"{dist}=none")
    return " ".join(out)


def cache_key(name: str, lang: str, fmt: str = "webp", *, plan: Plan | None = None, data=None) -> str:
    """The key an explorer's frames are stored under: they are drawn again only when it changes.

    Parameters
    ----------
    name : str
        An explorer name.
    lang : {"zh", "en"}
        Language.
    fmt : str, default "webp"
        Image format (:data:`FORMATS`).
    plan : Plan, optional
        Its plan (default :data:`PLANS`).
    data : object, optional
        The lesson's data for it (loaded when needed and not given).

    Returns
    -------
    str
        64 hexadecimal digits: SHA-256 of :func:`source_files`, the data, the plan, the language,
        the format and the versions of the drawing packages.

    Raises
    ------
    KamlabValueError
        For an unknown explorer.
    """
    import hashlib

    from ..cache import value_digest

    _check_name(name)
    plan = PLANS[name] if plan is None else plan
    needs = LESSON_CALLS[name][1]
    if needs is not None and data is None:
        data = _load(needs)
    h = hashlib.sha256(f"kamlab-frames {MANIFEST_VERSION}\n{name}\n{lang}\n{fmt}\n{_versions()}\n".encode())
    h.update(repr(dataclasses.astuple(plan)).encode())
    h.update(b"data:" + value_digest(data).encode())
    for function in _FRAME_CODE:
        h.update(inspect.getsource(function).encode())
    for path in source_files(name):
        h.update(os.path.relpath(path, PACKAGE).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


# ---- drawing and storing ------------------------------------------------------------------------
def encode_frame(png: bytes, fmt: str = "webp") -> bytes:
    """An explorer PNG as the stored frame.

    Parameters
    ----------
    png : bytes
        The explorer's PNG (:attr:`kamlab.widgets.Explorer.png`).
    fmt : {"webp", "png64"}
        ``webp``: lossless WebP (decodes to the PNG's pixels); ``png64``: a 64-colour palette PNG.

    Returns
    -------
    bytes
        The image file.

    Raises
    ------
    KamlabValueError
        For an unknown format.
    """
    from PIL import Image

    if fmt not in FORMATS:
        raise KamlabValueError(f"kamlab.frames: format {fmt!r} is not one of {', '.join(FORMATS)}")
    image = Image.open(io.BytesIO(png))
    image = image.convert("RGBA" if image.getextrema()[3][0] < 255 else "RGB")
    out = io.BytesIO()
    if fmt == "webp":
        image.save(out, format="WEBP", lossless=True, quality=50, method=1, exact=True)
    else:
        image.convert("RGB").quantize(64).save(out, format="PNG", optimize=True)
    return out.getvalue()


@dataclass
class Report:
    """What :func:`build_frames` did for one explorer and language.

    Attributes
    ----------
    name, lang : str
        The explorer and language.
    frames : int
        Number of frames.
    bytes : int
        Size of its folder (frames and manifest).
    seconds : float
        Wall time of this build (near 0 when cached).
    cpu : float
        CPU seconds of this build (this process).
    cached : bool
        True when the stored frames were reused (nothing drawn).
    path : pathlib.Path
        Its folder.
    """

    name: str
    lang: str
    frames: int
    bytes: int
    seconds: float
    cpu: float
    cached: bool
    path: Path = field(default_factory=Path)

    def line(self) -> str:
        """One line for the build log.

        Returns
        -------
        str
        """
        state = "cached" if self.cached else f"{self.seconds:6.1f} s wall {self.cpu:6.1f} s CPU"
        return f"{self.lang} {self.name:<26} {self.frames:4d} frames {self.bytes / 1e6:6.2f} MB  {state}"


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _manifest_script(manifest: dict) -> str:
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":"))
    return f"(window.KAMLAB_FRAMES=window.KAMLAB_FRAMES||{{}})[{json.dumps(manifest['id'])}]={text};\n"


def read_manifest(folder: str | os.PathLike) -> dict:
    """The manifest of one explorer's frames (the JSON inside its ``manifest.js``).

    Parameters
    ----------
    folder : path
        ``OUT/<lang>/<explorer>``.

    Returns
    -------
    dict

    Raises
    ------
    OSError, ValueError
        When the file is missing or not a manifest.
    """
    text = (Path(folder) / "manifest.js").read_text(encoding="utf-8")
    head, sep, body = text.partition("]=")
    if not sep or not head.startswith("(window.KAMLAB_FRAMES="):
        raise ValueError(f"{folder}: not a kamlab frames manifest")
    return json.loads(body.rstrip().removesuffix(";"))


def _stored(target: Path, key: str) -> dict | None:
    """The stored manifest when it has ``key`` and every frame file is there."""
    try:
        manifest = read_manifest(target)
    except (OSError, ValueError):
        return None
    if manifest.get("key") != key:
        return None
    if not all((target / "frames" / f["src"]).is_file() for f in manifest.get("frames", {}).values()):
        return None
    return manifest


def _texts(lang: str, n: int, notebook: str) -> dict:
    return {
        "note": t("frames.note", lang, n=n),
        "open": t("frames.open", lang),
        "open_here": t("frames.open_here", lang, notebook=notebook),
        "fixed": t("frames.fixed", lang),
        "reset": t("frames.reset", lang),
        "picture": t("frames.picture", lang, values="{values}"),
        "missing": t("frames.missing", lang),
        "values": t("frames.values", lang, n="{n}", low="{low}", high="{high}", step="{step}"),
    }


def _draw(explorer, specs, states, frames_dir: Path, fmt: str) -> tuple[dict, list]:
    suffix = FORMATS[fmt][0]
    captions: list[str] = []
    caption_index: dict[str, int] = {}
    frames = {}
    for i, state in enumerate(states):
        values = {s["name"]: s["values"][j] for s, j in zip(specs, state)}
        explorer.set(**values)
        if explorer.values() != values:  # a control that changes another would draw a different state
            raise KamlabValueError(f"kamlab.frames: the explorer did not keep the values {values}")
        src = f"{i:04d}.{suffix}"
        (frames_dir / src).write_bytes(encode_frame(explorer.png, fmt))
        caption = explorer.caption.value
        if caption not in caption_index:
            caption_index[caption] = len(captions)
            captions.append(caption)
        frames[".".join(map(str, state))] = {"src": src, "caption": caption_index[caption]}
    return frames, captions


#: The functions that decide what a stored frame holds; their source is part of :func:`cache_key`.
_FRAME_CODE = (grid_values, _format, control_specs, frame_states, encode_frame, _draw, _texts, _manifest_script)


def build_frames(
    name: str,
    lang: str,
    out: str | os.PathLike,
    *,
    fmt: str = "webp",
    plan: Plan | None = None,
    force: bool = False,
) -> Report:
    """Draw (or reuse) the frames of one explorer in one language into ``out/<lang>/<name>/``.

    Parameters
    ----------
    name : str
        An explorer name (:data:`LESSON_CALLS`).
    lang : {"zh", "en"}
        Language of the pictures and the page.
    out : path
        The frames folder.
    fmt : {"webp", "png64"}, default "webp"
        Image format (:data:`FORMATS`).
    plan : Plan, optional
        Its plan (default :data:`PLANS`).
    force : bool, default False
        Draw even when the stored frames have the same :func:`cache_key`.

    Returns
    -------
    Report

    Raises
    ------
    KamlabValueError
        For an unknown explorer, language or format, or a plan that does not fit the explorer.
    """
    from ..i18n import resolve_lang

    lang = resolve_lang(lang, "kamlab.frames")
    if fmt not in FORMATS:
        raise KamlabValueError(f"kamlab.frames: format {fmt!r} is not one of {', '.join(FORMATS)}")
    _check_name(name)
    began, cpu = time.perf_counter(), time.process_time()
    plan = PLANS[name] if plan is None else plan
    needs = LESSON_CALLS[name][1]
    data = _load(needs) if needs is not None else None
    key = cache_key(name, lang, fmt, plan=plan, data=data)
    target = Path(out) / lang / name
    stored = None if force else _stored(target, key)
    if stored is not None:
        took = time.perf_counter() - began, time.process_time() - cpu
        return Report(name, lang, len(stored["frames"]), _folder_size(target), *took, True, target)

    explorer = make_explorer(name, lang, data)
    specs = control_specs(explorer, plan, lang)
    groups, states = frame_states(specs, plan)
    work = target.parent / f".{name}.building-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    (work / "frames").mkdir(parents=True)
    try:
        frames, captions = _draw(explorer, specs, states, work / "frames", fmt)
        from PIL import Image

        width, height = Image.open(io.BytesIO(explorer.png)).size
        lesson = LESSON_CALLS[name][0]
        notebook = f"notebooks/{lang}/{lesson}.ipynb"
        manifest = {
            "version": MANIFEST_VERSION,
            "id": f"{lang}/{name}",
            "explorer": name,
            "lang": lang,
            "lesson": lesson,
            "notebook": notebook,
            "key": key,
            "format": fmt,
            "width": width,
            "height": height,
            "controls": specs,
            "groups": [list(g) for g in groups],
            "text": _texts(lang, len(frames), notebook),
            "captions": captions,
            "frames": frames,
        }
        (work / "manifest.js").write_text(_manifest_script(manifest), encoding="utf-8")
        old = target.parent / f".{name}.old-{os.getpid()}"
        if target.exists():
            target.rename(old)
        work.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    took = time.perf_counter() - began, time.process_time() - cpu
    return Report(name, lang, len(frames), _folder_size(target), *took, False, target)


def _build_one(args) -> Report:
    name, lang, out, fmt, force = args
    return build_frames(name, lang, out, fmt=fmt, force=force)


def build_all(
    out: str | os.PathLike,
    *,
    names: Iterable[str] | None = None,
    langs: Iterable[str] = ("zh", "en"),
    fmt: str = "webp",
    jobs: int = 1,
    force: bool = False,
    log=None,
) -> list[Report]:
    """Build the frames of several explorers and languages, ``jobs`` processes at a time.

    Parameters
    ----------
    out : path
        The frames folder.
    names : iterable of str, optional
        Explorers (default: all of :data:`LESSON_CALLS`).
    langs : iterable of str, default ("zh", "en")
        Languages.
    fmt : {"webp", "png64"}, default "webp"
        Image format.
    jobs : int, default 1
        Worker processes.
    force : bool, default False
        Draw even unchanged explorers.
    log : callable, optional
        Called with each :class:`Report` as it finishes.

    Returns
    -------
    list of Report
        One per explorer and language, in the order given.
    """
    names = list(LESSON_CALLS) if names is None else list(names)
    for name in names:
        _check_name(name)
    tasks = [(name, lang, str(out), fmt, force) for name in names for lang in langs]
    write_static(out)
    reports: dict[tuple[str, str], Report] = {}
    if jobs <= 1:
        for task in tasks:
            report = _build_one(task)
            reports[task[:2]] = report
            if log:
                log(report)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        context = multiprocessing.get_context("spawn")  # a fresh interpreter: no fork of a drawing process
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            futures = {pool.submit(_build_one, task): task for task in tasks}
            for future in as_completed(futures):
                report = future.result()
                reports[futures[future][:2]] = report
                if log:
                    log(report)
    return [reports[task[:2]] for task in tasks]


# ---- pages --------------------------------------------------------------------------------------
def write_static(out: str | os.PathLike) -> Path:
    """Copy the page control (``kamlab-frames.js`` and ``.css``) into ``out/_static/``.

    Parameters
    ----------
    out : path
        The frames folder.

    Returns
    -------
    pathlib.Path
        The ``_static`` folder.
    """
    static = Path(out) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    for path in STATIC.iterdir():
        if path.suffix in (".js", ".css"):
            shutil.copyfile(path, static / path.name)
    return static


def player_html(name: str, lang: str, base: str, launch: str | None = None) -> str:
    """The element a page puts where the explorer's picture was (``kamlab-frames.js`` fills it).

    Parameters
    ----------
    name, lang : str
        The explorer and language.
    base : str
        URL of its frames folder (``<lang>/<name>/``), relative to the page or absolute.
    launch : str, optional
        The "open in Jupyter" link; without it the page names the notebook to open.

    Returns
    -------
    str
        HTML.
    """
    import html

    attrs = f'class="kamlab-frames" data-frames="{html.escape(f"{lang}/{name}")}" data-base="{html.escape(base)}"'
    if launch:
        attrs += f' data-launch="{html.escape(launch)}"'
    return f'<div {attrs} lang="{"zh-CN" if lang == "zh" else "en"}"></div>'


def demo_page(out: str | os.PathLike, name: str, lang: str, *, launch: str | None = None) -> Path:
    """A stand-alone page for one explorer's frames, ``out/<lang>/<name>/index.html``.

    Parameters
    ----------
    out : path
        The frames folder (with the explorer's frames built and ``_static`` written).
    name, lang : str
        The explorer and language.
    launch : str, optional
        The "open in Jupyter" link (``{lang}`` and ``{lesson}`` are filled in).

    Returns
    -------
    pathlib.Path
        The page.
    """
    import html

    folder = Path(out) / lang / name
    link = launch.format(lang=lang, lesson=LESSON_CALLS[name][0]) if launch else None
    title = html.escape(f"{name} · kamlab")
    page = f"""<!DOCTYPE html>
<html lang="{"zh-CN" if lang == "zh" else "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="../../_static/kamlab-frames.css">
<script src="../../_static/kamlab-frames.js" defer></script>
<style>body {{ margin: 0 auto; max-width: 1100px; padding: 8px 12px; font-family: sans-serif; }}</style>
</head>
<body>
<h1 style="font-size: 1.3em">{html.escape(name)}</h1>
{player_html(name, lang, "./", link)}
</body>
</html>
"""
    (folder / "index.html").write_text(page, encoding="utf-8")
    return folder / "index.html"


def summary(reports: list[Report]) -> Mapping[str, float]:
    """Totals of a build: frames, megabytes, seconds drawing, explorers drawn and reused.

    Parameters
    ----------
    reports : list of Report

    Returns
    -------
    dict
    """
    return {
        "frames": sum(r.frames for r in reports),
        "megabytes": round(sum(r.bytes for r in reports) / 1e6, 2),
        "seconds": round(sum(r.seconds for r in reports if not r.cached), 1),
        "cpu": round(sum(r.cpu for r in reports if not r.cached), 1),
        "drawn": sum(not r.cached for r in reports),
        "cached": sum(r.cached for r in reports),
    }
