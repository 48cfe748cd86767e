"""Every label key the code names exists; every key it builds at run time is a declared family.

The check reads the source (AST), it runs nothing. It reads every module of ``kamlab`` (but not
the label catalogs of ``kamlab/labels``, which define the keys) and of ``tools`` (the code cells
of the lesson sources ``tools/lessons/*.py`` included, parsed from their ``code(...)`` strings).

What it covers:

- **literal keys**: every string constant of the form ``<namespace>.<name>`` whose namespace is
  one of the catalog's (``why_kam.``, ``col.``, ``ex.``, ...) wherever it stands: an argument of
  ``t``, a ``context=``, a dict or tuple of keys looked up later, a ``Verdict``'s message key. It
  must be a key of the catalog (or of the exercises' sealed texts); a string ending in ``.`` or
  ``_`` is a prefix and must open at least one key (what is built from it is checked where it
  is built, below); a bare family name (``"gome_gree.action"``) must be a declared family;
- **built keys**: every f-string, ``+``, ``%`` or ``str.format`` whose value starts with a
  namespace is reduced to its shape, ``*`` for each part filled in at run time (a name bound once,
  in its function or the module, to a string, such as ``_P = "kam_in_practice.capstone."``, and
  both arms of an ``x if c else y`` of strings are read as written), and the shape must be
  declared in :data:`kamlab.labels.families.FAMILIES`; a shape without ``*`` is a literal key and
  must exist;
- **contexts**: every literal ``context=`` (``kamlab.show``, ``label``, ``format_value``) and the
  prefix of every ``labels_for`` call name a declared family;
- **families**: every declared family is used somewhere, and every member of a family that lists
  its members (most take them from the model's own tuple of ids) has a label in zh and en.

What it does not cover: a key built with no literal prefix (``f"{prefix}.{code}"``) is allowed
only in the few generic helpers listed in :data:`GENERIC` (their prefixes are the literal
contexts and ``labels_for`` prefixes above, or the schema's category names checked below); a
key that arrives as data from outside the code (a word shown by ``kamlab.show``) is not a key
the code names; a ``context=`` passed on in a variable is checked where it is written as a
literal, not where it is used; the exercises' own texts (``ex.*``, open families) are checked by
``tests/exercises``, which ask, check, hint and solve every exercise in both languages.
"""

import ast
import fnmatch
import re
from pathlib import Path

import pytest

from kamlab.exercises.core import sealed_catalog
from kamlab.i18n import catalog
from kamlab.labels import families
from kamlab.schema import CATEGORIES

ROOT = Path(__file__).resolve().parents[1]

# one worker reads the sources once (the scan is the module's cost: about 1 s)
pytestmark = pytest.mark.xdist_group("label_keys")

#: Functions that look up a key built from a prefix they are given (no literal prefix in the
#: code): (module, function) -> where their prefixes are checked. (``kamlab.display.label`` builds
#: ``<context>.<word>`` too, but tests membership with ``in``, falling back to the word: its
#: literal contexts are checked as contexts.)
GENERIC = {
    ("kamlab/i18n.py", "labels_for"): "the literal prefix of each labels_for call",
    ("kamlab/templates.py", "formatted"): "the schema's category names (test_template_categories_are_families)",
    ("kamlab/templates.py", "template_workbook"): "the schema's category names (test_template_categories_are_families)",
}

#: Strings in a label namespace that are not label keys.
NOT_KEYS = {
    "classroom.md",  # a file name (tools/site)
    "classroom.zh.md",
    "report.html",
    "kam_in_practice.capstone",  # module names (kamlab/widgets/__init__.py's lazy table)
    "kam_in_practice.maturity",
    "kam_in_practice.organisation",
}

_KEYLIKE = re.compile(r"[a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)+[._]?|[a-z][a-z0-9_]*\.")


def _all_keys() -> set[str]:
    return set(catalog()) | set(sealed_catalog())


def _namespaces() -> set[str]:
    return {k.split(".")[0] for k in _all_keys()}


def _sources():
    """(name, source) of every module checked, and of every code cell of the lesson sources."""
    for path in sorted((ROOT / "kamlab").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("kamlab/labels/"):
            continue
        yield rel, path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "tools").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        yield rel, source
        if rel.startswith("tools/lessons/"):
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "code" and node.args:
                    arg = node.args[0]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        yield f"{rel}:{node.lineno}", arg.value


class _Scan(ast.NodeVisitor):
    """The literal keys, built-key shapes, contexts and generic builders of one module."""

    def __init__(self, tree: ast.Module, namespaces: set[str]):
        self.namespaces = namespaces
        self.literals: list[tuple[str, int]] = []
        self.shapes: list[tuple[str, int]] = []
        self.contexts: list[tuple[str, int]] = []
        self.generic: list[tuple[str, int]] = []
        self.scopes = [tree]  # the module, then each enclosing function (their names: _bound_once)
        self.bound: dict[int, dict[str, str]] = {}
        self.docstrings = {
            id(n.body[0].value)
            for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and n.body
            and isinstance(n.body[0], ast.Expr)
            and isinstance(n.body[0].value, ast.Constant)
        }
        self.function = "<module>"
        self.visit(tree)
        self.scopes, self.bound, self.docstrings = [], {}, set()  # keep the findings, not the tree

    @staticmethod
    def _bound_once(tree) -> dict[str, str]:
        """Names bound exactly once in a module or function (nested ones included), to a string."""
        bound: dict[str, list] = {}
        for n in ast.walk(tree):
            if isinstance(n, ast.Assign):
                for target in n.targets:
                    if isinstance(target, ast.Name):
                        bound.setdefault(target.id, []).append(n.value)
            elif isinstance(n, (ast.AugAssign, ast.AnnAssign)) and isinstance(n.target, ast.Name):
                bound.setdefault(n.target.id, []).extend([None, None])
        return {
            name: values[0].value
            for name, values in bound.items()
            if len(values) == 1 and isinstance(values[0], ast.Constant) and isinstance(values[0].value, str)
        }

    def _lookup(self, name: str) -> set[str] | None:
        """The string a name is bound to, once, in the innermost scope that binds it so."""
        for scope in reversed(self.scopes):
            if id(scope) not in self.bound:
                self.bound[id(scope)] = self._bound_once(scope)
            if name in self.bound[id(scope)]:
                return {self.bound[id(scope)][name]}
        return None

    def _values(self, node) -> set[str] | None:
        """Every string ``node`` can be, ``*`` standing for a part known only at run time."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.Name):
            return self._lookup(node.id)
        if isinstance(node, ast.IfExp):
            a, b = self._values(node.body), self._values(node.orelse)
            return a | b if a is not None and b is not None else None
        if isinstance(node, ast.JoinedStr):
            out = {""}
            for part in node.values:
                pieces = {part.value} if isinstance(part, ast.Constant) else {"*"}
                out = {a + b for a in out for b in pieces}
            return out
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            a, b = self._values(node.left), self._values(node.right)
            if a is None and b is None:
                return None
            return {x + y for x in (a or {"*"}) for y in (b or {"*"})}
        return None

    def _in_namespace(self, text: str) -> bool:
        return "." in text and text.split(".")[0] in self.namespaces

    def visit_FunctionDef(self, node):
        outer, self.function = self.function, node.name
        self.scopes.append(node)
        self.generic_visit(node)
        self.scopes.pop()
        self.function = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Constant(self, node):
        if isinstance(node.value, str) and id(node) not in self.docstrings:
            if _KEYLIKE.fullmatch(node.value) and self._in_namespace(node.value):
                self.literals.append((node.value, node.lineno))

    def _built(self, node):
        values = self._values(node)
        for value in values or ():
            if "*" not in value:
                if _KEYLIKE.fullmatch(value) and self._in_namespace(value):
                    self.literals.append((value, node.lineno))
            elif self._in_namespace(value.split("*")[0]) and re.fullmatch(r"[A-Za-z0-9_.*]+", value):
                self.shapes.append((value, node.lineno))
        # the parts are read as parts of this value, not as keys of their own
        for child in ast.walk(node):
            if isinstance(child, (ast.Call, ast.Lambda, ast.ListComp, ast.Subscript)) and child is not node:
                self.visit(child)

    def visit_JoinedStr(self, node):
        self._built(node)

    def visit_BinOp(self, node):
        if isinstance(node.op, ast.Add) and self._values(node) is not None:
            self._built(node)
            return
        if isinstance(node.op, ast.Mod):  # "why_kam.by.%s" % c
            self._templated(node.left, r"%[-+ #0-9.]*[sdrif]")
        self.generic_visit(node)

    def _templated(self, node, placeholder: str) -> None:
        """A key written as a template (``%`` or ``str.format``): its shape, ``*`` per placeholder."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search(placeholder, node.value):
            shape = re.sub(placeholder, "*", node.value)
            if self._in_namespace(shape.split("*")[0]) and re.fullmatch(r"[A-Za-z0-9_.*]+", shape):
                self.shapes.append((shape, node.lineno))

    def visit_Call(self, node):
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name == "format" and isinstance(node.func, ast.Attribute):  # "why_kam.by.{}".format(c)
            self._templated(node.func.value, r"\{[^{}]*\}")
        for kw in node.keywords:
            if kw.arg == "context":
                items = kw.value.elts if isinstance(kw.value, ast.Tuple) else [kw.value]
                for item in items:
                    if isinstance(item, ast.Constant) and isinstance(item.value, str):
                        self.contexts.append((item.value, item.lineno))
        func = node.func
        lookup = (isinstance(func, ast.Name) and func.id in ("t", "text", "_text")) or (
            isinstance(func, ast.Attribute)
            and (
                func.attr == "t"
                or (func.attr == "get" and getattr(getattr(func.value, "func", None), "id", "") == "catalog")
            )
        )
        built = node.args and (
            isinstance(node.args[0], ast.JoinedStr)
            or (isinstance(node.args[0], ast.BinOp) and isinstance(node.args[0].op, ast.Add))
        )
        if lookup and built:
            if any(v.startswith("*") for v in self._values(node.args[0]) or {"*"}):
                self.generic.append((self.function, node.lineno))
        if name == "labels_for" and node.args and isinstance(node.args[0], ast.Constant):
            self.contexts.append((node.args[0].value, node.lineno))
        self.generic_visit(node)


def scan(source: str, namespaces: set[str] | None = None) -> _Scan:
    return _Scan(ast.parse(source), namespaces or _namespaces())


def _known(text: str, keys: set[str]) -> bool:
    """A key, a string that is not a key, a family's name, or a prefix that opens keys (what is
    built from a prefix is checked where it is built)."""
    if text in keys or text in NOT_KEYS or f"{text}.*" in families.FAMILIES:
        return True
    return text.endswith((".", "_")) and any(k.startswith(text) for k in keys)


def problems(name: str, found: _Scan, keys: set[str]) -> list[str]:
    """What is wrong with one module's keys (an empty list when nothing is)."""
    declared = families.FAMILIES
    out = []
    contexts = {c for c, _ in found.contexts}
    wildcards = [p for p, spec in declared.items() if spec is families.OPEN]
    for text, line in found.literals:
        if text not in contexts and not _known(text, keys):  # a context is reported as one below
            out.append(f"{name}:{line}: no label {text!r}")
    for shape, line in found.shapes:
        if shape not in declared and not any(fnmatch.fnmatchcase(shape, p) for p in wildcards):
            out.append(f"{name}:{line}: the key family {shape!r} is not declared in kamlab/labels/families.py")
    for context, line in found.contexts:
        if f"{context}.*" not in declared:
            out.append(f"{name}:{line}: the context {context!r} is not a declared family {context + '.*'!r}")
    for function, line in found.generic:
        if (name, function) not in GENERIC:
            out.append(f"{name}:{line}: a key with no literal prefix in {function}()")
    return out


@pytest.fixture(scope="module")
def scans():
    namespaces = _namespaces()
    return [(name, scan(source, namespaces)) for name, source in _sources()]


def test_every_key_the_code_names_exists_or_is_a_declared_family(scans):
    keys = _all_keys()
    found = [p for name, s in scans for p in problems(name, s, keys)]
    assert not found, "\n".join(found)


def test_the_scan_sees_keys_in_every_form(scans):
    """The scan finds keys where the code writes them (so an empty result means something)."""
    by_name = dict(scans)
    plots = by_name["kamlab/plots/kam_in_practice.py"]
    assert any(s == "kam_in_practice.competency.skill.*" for s, _ in plots.shapes)
    assert any(s == "kam_in_practice.capstone.title" for s, _ in plots.literals)  # _P + "title"
    relay = by_name["kamlab/plots/complaint_relay.py"]
    assert {"complaint_relay.promise_kept", "complaint_relay.promise_broken"} <= {s for s, _ in relay.literals}
    lessons = [s for name, s in scans if name.startswith("tools/lessons/02_why_kam.py:")]
    assert any(c == "why_kam.effort" for s in lessons for c, _ in s.contexts)
    total = sum(len(s.literals) for _, s in scans), sum(len(s.shapes) for _, s in scans)
    assert total[0] > 500 and total[1] > 150, total


@pytest.mark.parametrize(
    "snippet, message",
    [
        ('t("ui.top_m", lang)', "no label 'ui.top_m'"),
        ('t(f"complaint_relay.mesure.{m}", lang)', "'complaint_relay.mesure.*' is not declared"),
        (
            "t('complaint_relay.promise_' + ('kept' if ok else 'broke'), lang)",
            "no label 'complaint_relay.promise_broke'",
        ),
        ('_P = "kam_in_practice.capstone."\nt(_P + "titel", lang)', "no label 'kam_in_practice.capstone.titel'"),
        ('kamlab.show(x, context="gome_gree.acton")', "the context 'gome_gree.acton'"),
        ('checks = {"a": "why_kam.no_such_text"}', "no label 'why_kam.no_such_text'"),
        ('def f(prefix, c):\n    return t(f"{prefix}.{c}", "en")', "a key with no literal prefix in f()"),
        ('t("why_kam.bye.{}".format(c), lang)', "'why_kam.bye.*' is not declared"),
        ('t("why_kam.bye.%s" % c, lang)', "'why_kam.bye.*' is not declared"),
    ],
)
def test_a_misspelt_key_fails(snippet, message):
    found = problems("snippet.py", scan(snippet), _all_keys())
    assert len(found) == 1 and message in found[0], found


def test_well_spelt_keys_pass():
    snippet = (
        't("ui.top_n", lang)\nt(f"complaint_relay.measure.{m}", lang)\n'
        "t('complaint_relay.promise_' + ('kept' if ok else 'broken'), lang)\n"
        'kamlab.show(x, context=("gome_gree.action", "tier"))\nlabels_for("stage", codes)\n'
        't("why_kam.by.{}".format(c), lang)\nt("why_kam.by.%s" % c, lang)\n'
    )
    assert problems("snippet.py", scan(snippet), _all_keys()) == []


@pytest.mark.parametrize("pattern", sorted(p for p, spec in families.FAMILIES.items() if spec is not families.OPEN))
def test_every_member_of_a_family_has_a_label(pattern):
    texts = catalog()
    codes = families.members(pattern)
    assert codes and len(set(codes)) == len(codes), pattern
    for key in families.keys(pattern):
        assert key in texts, f"{pattern}: no label {key!r}"
        assert texts[key]["zh"].strip() and texts[key]["en"].strip(), key


def test_a_member_without_a_label_fails(monkeypatch):
    monkeypatch.setitem(families.FAMILIES, "gome_gree.player.*", ("gome", "gree", "haier"))
    with pytest.raises(AssertionError, match="no label 'gome_gree.player.haier'"):
        test_every_member_of_a_family_has_a_label("gome_gree.player.*")


def test_every_declared_family_is_used(scans):
    used = {s for _, found in scans for s, _ in found.shapes}
    used |= {f"{c}.*" for _, found in scans for c, _ in found.contexts}
    used |= {f"{text}*" for _, found in scans for text, _ in found.literals if text.endswith((".", "_"))}
    used |= {f"{text}.*" for _, found in scans for text, _ in found.literals}
    used |= {f"{_template_prefix(ref)}.*" for ref in CATEGORIES}
    unused = [p for p in families.FAMILIES if p not in used and not any(fnmatch.fnmatchcase(u, p) for u in used)]
    assert not unused, unused


def _template_prefix(ref: str) -> str:
    from kamlab.templates import _PREFIX

    return _PREFIX.get(ref, ref)


def test_template_categories_are_families():
    """kamlab.templates labels a category column's values with ``<prefix>.<code>``."""
    for ref, codes in CATEGORIES.items():
        pattern = f"{_template_prefix(ref)}.*"
        assert pattern in families.FAMILIES, pattern
        assert set(codes) <= set(families.members(pattern)), ref


def test_the_allow_lists_name_only_what_the_code_has(scans):
    """GENERIC and NOT_KEYS list nothing the scan does not meet (no stale exemption)."""
    generic = {(name, function) for name, found in scans for function, _ in found.generic}
    assert set(GENERIC) <= generic, set(GENERIC) - generic
    literals = {text for _, found in scans for text, _ in found.literals}
    assert NOT_KEYS <= literals, NOT_KEYS - literals
