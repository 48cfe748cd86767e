"""The house style the tools check (ARCHITECTURE.md, "The layers, and the rules the tests enforce").

(a) Layering, read from the source by AST (imports inside functions count too):
    compute modules import neither matplotlib nor ipywidgets; plots import no ipywidgets;
    widgets call no private (``_name``) function of another kamlab module.
(b) Docstrings: every public function and public method (``__all__`` of each module) has a
    numpydoc "Parameters" section (unless it takes no parameters) and a "Returns" (or
    "Yields") section; every explorer's docstring names each of its controls.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kamlab"

#: Modules outside kamlab/plots and kamlab/widgets that legitimately draw or display, and why.
#: The test checks that each still does (a stale entry fails), so this list stays exact.
DRAWS = {
    "kamlab/fonts.py": "registers the CJK font file with matplotlib's font manager (kamlab.setup)",
    "kamlab/course/report.py": "draws the class report's charts for the instructor",
    "kamlab/_inline.py": "how IPython shows matplotlib figures in a notebook (kamlab.setup)",
    "kamlab/_compat.py": "the explorers' Agg canvas and IPython's figure printers (private-API speed-ups, gated)",
}


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources():
    """Every module of the package (but ``__main__`` and the data folder)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.stem == "__main__" or "data" in path.relative_to(PACKAGE).parts[:1]:
            continue
        yield path


def _imported_roots(tree: ast.AST) -> set[str]:
    """Top-level names of the absolute imports anywhere in the module (functions included)."""
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def _layer(path: Path) -> str:
    rel = _rel(path)
    if rel.startswith("kamlab/plots/"):
        return "plots"
    if rel.startswith("kamlab/widgets/"):
        return "widgets"
    if rel in DRAWS:
        return "draws"
    return "compute"


# ---- (a) layering ------------------------------------------------------------------------------
@pytest.mark.parametrize("path", list(_sources()), ids=_rel)
def test_layers_import_only_what_they_may(path):
    roots = _imported_roots(ast.parse(path.read_text(encoding="utf-8")))
    layer = _layer(path)
    if layer == "compute":
        assert not roots & {"matplotlib", "ipywidgets"}, (
            f"{_rel(path)} is compute: it must not import {roots & {'matplotlib', 'ipywidgets'}}"
        )
    elif layer == "plots":
        assert "ipywidgets" not in roots, f"{_rel(path)} is a plot module: it must not import ipywidgets"
    elif layer == "draws":
        assert roots & {"matplotlib", "ipywidgets", "IPython"}, f"{_rel(path)} no longer draws: remove it from DRAWS"


def _private_uses(source: str) -> set[str]:
    """Private names a module takes from another kamlab module: ``from kamlab.x import _f`` or
    ``m._f`` where ``m`` was imported from kamlab."""
    tree = ast.parse(source)
    internal = set()
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level > 0 or (node.module or "").startswith("kamlab")):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.add(alias.name)
                internal.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            internal |= {(a.asname or a.name).split(".")[0] for a in node.names if a.name.startswith("kamlab")}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in internal
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.add(node.attr)
    return found


WIDGETS = [p for p in _sources() if _layer(p) == "widgets"]


@pytest.mark.parametrize("path", WIDGETS, ids=_rel)
def test_widgets_call_no_private_name_of_another_module(path):
    private = {name for name in _private_uses(path.read_text(encoding="utf-8"))}
    assert not private, f"{_rel(path)} uses private names of other kamlab modules: {sorted(private)}"


def test_the_private_name_check_catches_both_forms():
    """The check must see ``from ..m import _f`` and ``m._f`` (else the test above cannot fail)."""
    source = (
        "from ..models import capstone as cp\nfrom .._validate import _fmt\nimport numpy as np\n"
        "def f(self):\n    return cp._plan(), np._x, self._y, cp.__name__\n"
    )
    assert _private_uses(source) == {"_plan", "_fmt"}


# ---- (b) docstrings ----------------------------------------------------------------------------
def _sections(doc: str) -> set[str]:
    """numpydoc section titles: a line of text underlined by dashes of the same length."""
    lines = doc.splitlines()
    return {
        lines[i].strip()
        for i in range(len(lines) - 1)
        if lines[i].strip()
        and re.fullmatch(r"-{3,}", lines[i + 1].strip())
        and len(lines[i + 1].strip()) == len(lines[i].strip())
    }


def _takes_parameters(func) -> bool:
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False
    return any(name not in ("self", "cls") for name in params)


def _problems(name: str, func) -> list[str]:
    doc = inspect.getdoc(func) or ""
    sections = _sections(doc)
    out = []
    if _takes_parameters(func) and "Parameters" not in sections:
        out.append(f"{name}: no Parameters section")
    if not sections & {"Returns", "Yields"}:
        out.append(f"{name}: no Returns section")
    return out


def _public_callables(module):
    """(qualified name, function) for each function of ``__all__`` and each public method of its classes."""
    for attr in getattr(module, "__all__", ()):
        obj = getattr(module, attr)
        if inspect.isclass(obj) and obj.__module__.startswith("kamlab"):
            if issubclass(obj, BaseException):
                continue
            for meth_name, meth in vars(obj).items():
                if meth_name.startswith("_") or not inspect.isfunction(meth):
                    continue
                yield f"{module.__name__}.{attr}.{meth_name}", meth
        elif inspect.isfunction(obj) and obj.__module__ == module.__name__:
            yield f"{module.__name__}.{attr}", obj


def _all_modules():
    return [_module_name(p) for p in _sources()]


def _docstring_problems(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    problems = []
    for name, func in _public_callables(module):
        problems += _problems(name, func)
    return problems


@pytest.mark.parametrize("module_name", _all_modules())
def test_public_functions_document_parameters_and_returns(module_name):
    assert not _docstring_problems(module_name)


def test_the_section_check_can_fail():
    def documented(x):
        """Do.

        Parameters
        ----------
        x : int

        Returns
        -------
        int
        """

    def undocumented(x):
        """Do, with Parameters and Returns named only in prose."""

    assert _problems("documented", documented) == []
    assert _problems("undocumented", undocumented) == [
        "undocumented: no Parameters section",
        "undocumented: no Returns section",
    ]


def _explorers():
    from tests.fuzz.test_fuzz_widget_bounds import BUILDERS

    return sorted(BUILDERS.items())


@pytest.mark.parametrize("name, build", _explorers(), ids=[n for n, _ in _explorers()])
def test_every_explorer_documents_each_control(name, build):
    import kamlab.widgets

    doc = inspect.getdoc(getattr(kamlab.widgets, name)) or ""
    explorer = build()
    missing = [key for key in explorer.controls if not re.search(rf'(``|"){re.escape(key)}(``|")', doc)]
    assert not missing, f"{name}'s docstring does not name its controls {missing}"
