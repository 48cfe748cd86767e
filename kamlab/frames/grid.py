"""The grid of control values an explorer is drawn over, and the frames (states) to draw."""

from __future__ import annotations

import itertools
import math

from ..errors import KamlabValueError
from ..i18n import t
from .plans import Plan

__all__ = ["control_specs", "frame_states", "grid_values"]

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
