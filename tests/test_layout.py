"""The layout of ARCHITECTURE.md: one name per lesson, used in every layer; the old paths still
work for one release, with a DeprecationWarning."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kamlab._deprecated import MOVED
from kamlab.models import LESSONS

ROOT = Path(__file__).resolve().parents[1]


def _module(layer: str, name: str) -> Path | None:
    """The module or package of one lesson in one layer of the package, if it exists."""
    base = ROOT / "kamlab" / layer
    for path in (base / f"{name}.py", base / name / "__init__.py"):
        if path.exists():
            return path
    return None


@pytest.mark.parametrize("number, name", sorted(LESSONS.items()))
def test_every_layer_uses_the_lessons_name(number, name):
    assert (ROOT / "tools" / "lessons" / f"{number}_{name}.py").exists()
    for lang in ("zh", "en"):
        assert (ROOT / "notebooks" / lang / f"{number}_{name}.ipynb").exists()
    for layer in ("models", "widgets"):
        assert _module(layer, name), f"kamlab/{layer}/{name}"
    if number != "00":  # lesson 00 has no exercises; its few labels are the shared "ui." ones
        for layer in ("labels", "exercises"):
            assert _module(layer, name), f"kamlab/{layer}/{name}"
    tests = ROOT / "tests" / "models"
    assert (tests / f"test_{name}.py").exists() or (tests / name).is_dir(), f"tests/models/test_{name}.py"


def test_no_module_is_named_after_a_lesson_number_or_case_code():
    """The old names (lesson01, k1, cases, practice) survive only as deprecated aliases."""
    aliases = {ROOT / (old.replace(".", "/") + ".py") for old in MOVED}
    aliases |= {ROOT / "kamlab/cases/__init__.py", ROOT / "kamlab/practice/__init__.py"}
    for path in (ROOT / "kamlab").rglob("*.py"):
        if path in aliases:
            continue
        stem = path.stem
        assert not (stem.startswith("lesson") and stem[6:8].isdigit()), path
        assert stem not in ("k1", "k2", "k3"), path


def test_old_paths_warn_and_alias_the_new_modules():
    script = f"""
import importlib, json, warnings
out = {{}}
for old, new in {json.dumps(MOVED)}.items():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        module = importlib.import_module(old)
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    target = importlib.import_module(new)
    same = module is target or all(getattr(module, n) is getattr(target, n) for n in target.__all__)
    out[old] = [same, any(old in m and new in m for m in messages)]
print(json.dumps(out))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    out = json.loads(result.stdout)
    assert out.keys() == MOVED.keys()
    assert all(same for same, _ in out.values()), out
    assert all(warned for _, warned in out.values()), out


def test_old_package_names_still_offer_their_names(recwarn):
    import importlib

    import kamlab

    for old, names in (("kamlab.cases", ("assess_plan", "simulate_quarter", "one_shot")),
                       ("kamlab.practice", ("build_account_plan", "plan_programme", "score_maturity"))):
        module = importlib.import_module(old)
        for name in names:
            assert callable(getattr(module, name))
    with pytest.warns(DeprecationWarning, match="kamlab.plots.plot_pareto"):
        assert kamlab.analytics.plot_pareto is kamlab.plots.plot_pareto
