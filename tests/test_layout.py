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
    for layer in ("models", "plots", "widgets", "labels"):
        assert _module(layer, name), f"kamlab/{layer}/{name}"
    if number != "00":  # lesson 00 has no exercises
        assert _module("exercises", name), f"kamlab/exercises/{name}"
        assert (ROOT / "tests" / "exercises" / f"test_{name}.py").exists(), f"tests/exercises/test_{name}.py"
    for layer in ("models", "plots", "widgets"):
        tests = ROOT / "tests" / layer
        assert (tests / f"test_{name}.py").exists() or (tests / name).is_dir(), f"tests/{layer}/test_{name}.py"


def test_every_plot_lives_in_the_drawing_layer():
    """No plot_* function is defined in kamlab/widgets (the old names there are deprecated aliases)."""
    import ast

    for path in (ROOT / "kamlab" / "widgets").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("plot_")]
        assert not defined, f"{path.relative_to(ROOT)} defines {defined}: plots belong in kamlab/plots"


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

    for old, names in (
        ("kamlab.cases", ("assess_plan", "simulate_quarter", "one_shot")),
        ("kamlab.practice", ("build_account_plan", "plan_programme", "score_maturity")),
    ):
        module = importlib.import_module(old)
        for name in names:
            assert callable(getattr(module, name))
    with pytest.warns(DeprecationWarning, match="kamlab.plots.plot_pareto"):
        assert kamlab.analytics.plot_pareto is kamlab.plots.plot_pareto


MOVED_PLOTS = {
    "kamlab.widgets.key_accounts": ("kamlab.plots.key_accounts", ("plot_scoring_view", "plot_concentration_view")),
    "kamlab.widgets.why_kam": (
        "kamlab.plots.why_kam",
        ("plot_focus_curve", "plot_clv_scenario", "plot_survival", "plot_repeat_purchases", "plot_breakeven_map"),
    ),
    "kamlab.widgets.misconceptions": (
        "kamlab.plots.misconceptions",
        ("plot_concession_curve", "plot_segment_pnl", "plot_stage_paths", "plot_portfolio_risk", "plot_support_value"),
    ),
    "kamlab.widgets.runaway_horse": (
        "kamlab.plots.runaway_horse",
        ("plot_relationship_map", "plot_plan_risk", "plot_revenue_share"),
    ),
    "kamlab.widgets.complaint_relay": ("kamlab.plots.complaint_relay", ("plot_quarter_measures", "plot_replay")),
    "kamlab.widgets.gome_gree": (
        "kamlab.plots.gome_gree",
        ("plot_payoff_table", "plot_threat_credibility", "plot_repeated_play"),
    ),
    "kamlab.widgets.kam_in_practice.maturity": (
        "kamlab.plots.kam_in_practice",
        ("plot_maturity_radar", "plot_competency_profile"),
    ),
    "kamlab.widgets.kam_in_practice.organisation": (
        "kamlab.plots.kam_in_practice",
        ("plot_org_structures", "plot_account_team", "plot_account_plan"),
    ),
    "kamlab.widgets.kam_in_practice.capstone": (
        "kamlab.plots.kam_in_practice",
        ("plot_programme", "plot_capstone_accounts"),
    ),
}


@pytest.mark.parametrize("old", sorted(MOVED_PLOTS))
def test_the_27_plots_moved_out_of_the_widgets_still_import_with_a_warning(old):
    import importlib

    import kamlab.plots

    new, names = MOVED_PLOTS[old]
    module, target = importlib.import_module(old), importlib.import_module(new)
    for name in names:
        with pytest.warns(DeprecationWarning, match=rf"{old}\.{name} is deprecated.*{new}\.{name}"):
            assert getattr(module, name) is getattr(target, name) is getattr(kamlab.plots, name)
    with pytest.raises(AttributeError):
        module.plot_nothing  # noqa: B018
    assert sum(len(n) for _, n in MOVED_PLOTS.values()) == 27


def test_plot_stage_paths_keeps_axes_as_a_deprecated_keyword():
    import matplotlib.pyplot as plt

    from kamlab.models.misconceptions import TRADITIONAL, relationship_paths
    from kamlab.plots import plot_stage_paths

    fig, axes = plt.subplots(1, 2)
    with pytest.warns(DeprecationWarning, match=r"plot_stage_paths\(axes=...\) is deprecated"):
        left, right = plot_stage_paths({"traditional": relationship_paths(TRADITIONAL)}, axes=axes, lang="en")
    assert left is axes[0] and right is axes[1]
    plt.close(fig)


@pytest.mark.parametrize("name", ["prepare_axes", "new_axes"])
def test_the_old_axes_helpers_warn(name):
    import kamlab.plots

    with pytest.warns(DeprecationWarning, match=rf"kamlab.plots.start_here.{name} is deprecated"):
        assert callable(getattr(kamlab.plots, name))
