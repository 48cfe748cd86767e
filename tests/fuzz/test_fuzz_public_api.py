"""Every public function and model: a finite result or a kamlab error, for any input.

Each numeric parameter of every public callable (:mod:`tests.fuzz.specs`) is tried
with a fixed list of edge values (NaN, infinities, 1e308, subnormals, ints far beyond
float range, wrong types: :data:`EDGE_VALUES`), then hypothesis draws more (the whole
float range, huge ints, several parameters at once). A raw exception, a NaN or inf in
the result (unless documented) or a hang fails.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab.models
from tests._examples import examples

from ._harness import ANY_NUMBER, ANY_SEQUENCE, EDGE_VALUES, WRONG_TYPES, bad_numbers, outcome
from .specs import EXEMPT, SPECS

NUMBER_CASES = [pytest.param(s, p, id=f"{s.name}-{p}") for s in SPECS for p in s.numbers]
SEQUENCE_CASES = [pytest.param(s, p, id=f"{s.name}-{p}") for s in SPECS for p in s.sequences]

#: Modules whose ``__all__`` the fuzz tests must cover.
MODULES = ("kamlab", *sorted(m.name for m in pkgutil.walk_packages(kamlab.models.__path__, "kamlab.models.")))


def test_specs_are_valid_calls():
    """Each spec's base arguments give a result (so the fuzz starts from a working call)."""
    for s in SPECS:
        assert s.run() == "result", s.name


@pytest.mark.parametrize("s, param", NUMBER_CASES)
def test_edge_values(s, param):
    for value in EDGE_VALUES:
        try:
            s.run(**{param: value})
        except AssertionError as exc:
            raise AssertionError(f"{s.name}({param}={value!r}): {exc}") from None


@pytest.mark.parametrize("s, param", SEQUENCE_CASES)
def test_sequence_edges(s, param):
    samples = [
        [],
        [float("nan")],
        [float("inf"), 1.0],
        [1e308, 1e308],
        [10**400, 1],
        [5e-324, 5e-324, 0.0],
        [-1.0, 2.0],
        [0.0, 0.0],
        [1.7e308] * 3,
        [None, 1.0],
        ["0.9"],
        [[1.0, 2.0]],
        *WRONG_TYPES,
    ]
    for value in samples:
        try:
            s.run(**{param: value})
        except AssertionError as exc:
            raise AssertionError(f"{s.name}({param}={value!r}): {exc}") from None


@pytest.mark.parametrize("s", [pytest.param(s, id=s.name) for s in SPECS if s.numbers or s.sequences])
@examples(8)
@given(data=st.data())
def test_hypothesis_mixes(s, data):
    """Several parameters at once, drawn from the whole float range, huge ints and wrong types."""
    keys = st.sampled_from(s.numbers + s.sequences)
    chosen = data.draw(st.lists(keys, min_size=1, max_size=3, unique=True), label="parameters")
    overrides = {k: data.draw(ANY_SEQUENCE if k in s.sequences else ANY_NUMBER, label=k) for k in chosen}
    s.run(**overrides)


def test_every_public_callable_is_fuzzed_or_exempt():
    """A new public function or model must be added to tests/fuzz/specs.py (or EXEMPT, with a reason)."""
    covered = {s.name.split("(")[0].split(".")[-1] for s in SPECS} | set(EXEMPT)
    missing = []
    for name in MODULES:
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            if not callable(obj) or inspect.ismodule(obj):
                continue
            if inspect.isclass(obj) and (issubclass(obj, Exception) or _is_result(obj)):
                continue
            if attr not in covered:
                missing.append(f"{name}.{attr}")
    assert not missing, f"public callables not fuzzed: {missing}"


def _is_result(cls) -> bool:
    """A result type: a dataclass whose fields all lack defaults and that no spec builds."""
    if not dataclasses.is_dataclass(cls):
        return False
    fields = dataclasses.fields(cls)
    return (
        all(f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING for f in fields)
        and len(fields) > 4
    )


# ---- the harness itself must catch what it is for ------------------------------------------
def test_harness_catches_raw_exceptions_nan_and_inf():
    import math

    import pandas as pd

    with pytest.raises(AssertionError, match="raw exception ZeroDivisionError"):
        outcome(lambda: 1 / 0)
    with pytest.raises(AssertionError, match="non-finite"):
        outcome(lambda: math.nan)
    with pytest.raises(AssertionError, match=r"result\['x'\]"):
        outcome(lambda: pd.DataFrame({"x": [1.0, math.inf]}))
    assert outcome(lambda: pd.DataFrame({"x": [1.0, math.nan]}), nan_ok=frozenset({"result"})) == "result"
    assert bad_numbers({"a": (1, 2.0, float("-inf"))}) == ["result['a'][2] = -inf"]
