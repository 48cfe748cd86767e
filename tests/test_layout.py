"""The layout of ARCHITECTURE.md: one name per lesson, used in every layer, and no other name."""

import ast
import importlib
from pathlib import Path

import pytest

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
    """No plot_* function is defined in kamlab/widgets."""
    for path in (ROOT / "kamlab" / "widgets").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("plot_")]
        assert not defined, f"{path.relative_to(ROOT)} defines {defined}: plots belong in kamlab/plots"


def test_no_module_is_named_after_a_lesson_number_or_case_code():
    for path in (ROOT / "kamlab").rglob("*.py"):
        stem = path.stem
        assert not (stem.startswith("lesson") and stem[6:8].isdigit()), path
        assert stem not in ("k1", "k2", "k3"), path
    for package in ("cases", "practice"):
        assert not (ROOT / "kamlab" / package).exists(), f"kamlab/{package}"


#: Module paths of the layout before 0.2.0 (never released): none of them imports any more.
OLD_PATHS = (
    "kamlab.explore",
    "kamlab.identification",
    "kamlab.importance",
    "kamlab.misconceptions",
    "kamlab.cases",
    "kamlab.practice",
    "kamlab.analytics.plots",
    "kamlab.widgets.k1",
    "kamlab.widgets.capstone",
    "kamlab.exercises.lesson04",
)


@pytest.mark.parametrize("old", OLD_PATHS)
def test_the_old_paths_are_gone(old):
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(old)


def test_no_deprecation_machinery_is_left():
    """No module warns with a DeprecationWarning or defines a module ``__getattr__`` other than the
    lazy loaders of ``kamlab``, ``kamlab.plots`` and ``kamlab.widgets`` (each imports a submodule)."""
    lazy = {"kamlab/__init__.py", "kamlab/plots/__init__.py", "kamlab/widgets/__init__.py"}
    for path in (ROOT / "kamlab").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        assert "DeprecationWarning" not in source and "warn_moved" not in source, rel
        tree = ast.parse(source)
        getattrs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "__getattr__"]
        assigned = [
            n
            for n in tree.body
            if isinstance(n, ast.Assign) and any(getattr(x, "id", "") == "__getattr__" for x in n.targets)
        ]
        assert not assigned, rel
        assert not getattrs or rel in lazy, rel


#: Packages split along their seams (one concern per module), and their modules.
SPLIT = {
    "kamlab.datasets": ("accounts", "staff", "company"),
    # kamlab.io's other modules (base, decode, headers, read, error_cells, values, number_text) are its inside
    "kamlab.io": ("load", "keys", "write"),
    "kamlab.models.why_kam": ("effort", "clv", "retention", "breakeven"),
    "kamlab.models.misconceptions": ("concessions", "segments", "stages", "sme_base", "support"),
    "kamlab.models.kam_in_practice.capstone": ("levels", "evaluation", "planning", "steps"),
    "kamlab.models.gome_gree": ("facts", "bimatrix", "stage", "tree", "sequential", "repeated"),
}


@pytest.mark.parametrize("package", sorted(SPLIT))
def test_a_split_package_offers_each_modules_public_names(package):
    pkg = importlib.import_module(package)
    for name in SPLIT[package]:
        module = importlib.import_module(f"{package}.{name}")
        assert module.__all__, module.__name__
        for public in module.__all__:
            assert public in pkg.__all__ and getattr(pkg, public) is getattr(module, public), (package, public)
    assert len(pkg.__all__) == len(set(pkg.__all__)), package


MAX_MODULE_LINES = 1000


def test_no_module_is_over_a_thousand_lines():
    for path in (ROOT / "kamlab").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(("kamlab/data/", "kamlab/_tools/")):
            continue
        with path.open(encoding="utf-8") as f:
            n = sum(1 for _ in f)
        assert n <= MAX_MODULE_LINES, f"{rel} has {n} lines: split it along its seams (ARCHITECTURE.md)"


def test_import_kamlab_stays_light():
    """``import kamlab`` loads the compute core and the analytics plots' module, not the lessons'
    models, plots, widgets or exercises, and none of the heavy libraries (pyproject.toml's
    banned-module-level-imports); each loads on first use."""
    import subprocess
    import sys

    code = (
        "import sys, json, kamlab\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('matplotlib', 'ipywidgets', 'IPython', 'nbformat', 'nbgrader', 'networkx', 'openpyxl', 'python_calamine')"
        " or m.startswith(('kamlab.models', 'kamlab.widgets', 'kamlab.exercises', 'kamlab.course'))"
        " or (m.startswith('kamlab.plots.') and m not in ('kamlab.plots.style', 'kamlab.plots.analytics')))))\n"
        "import kamlab.plots\n"
        "assert kamlab.plots.plot_survival.__module__ == 'kamlab.plots.why_kam'\n"
        "assert kamlab.plots.why_kam is sys.modules['kamlab.plots.why_kam']\n"
        "assert 'kamlab.plots.gome_gree' not in sys.modules\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", out.stdout


def test_the_plots_table_lists_every_lesson_plot():
    import kamlab.plots

    for module in kamlab.plots.MODULES:
        names = importlib.import_module(f"kamlab.plots.{module}").__all__
        assert {n for n, m in kamlab.plots.PLOTS.items() if m == module} == set(names), module
