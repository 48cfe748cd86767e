"""Build the lesson notebooks from their sources in ``tools/lessons/``.

A lesson source is a Python module with ``NAME`` (the notebook's file stem) and
``CELLS``: a list of ``md(zh, en)`` and ``code(source, *tags)`` cells. The zh and en
notebooks get the same code cells and their own prose, so code parity holds by
construction. Each notebook is then run top to bottom in a fresh kernel in its own
folder (so ``kamlab.setup()`` picks the folder's language) and saved with its outputs
and widget state; nbval compares later runs against those outputs. Prose quotes the chapter only
through ``{{chapter:KEY}}`` (the catalog :mod:`kamlab.labels.chapter`).

Usage::

    python tools/build_notebooks.py            # build and execute every lesson
    python tools/build_notebooks.py 00_start_here --no-execute
    python tools/build_notebooks.py --check    # rerun into a temporary folder: same outputs?

The saved notebooks are reproducible (:func:`reproducible`): no execution timestamps, widget
model ids numbered in order, so a rebuild changes only what a lesson's change changes.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
LESSONS = Path(__file__).resolve().parent / "lessons"
LANGS = ("zh", "en")


def md(zh: str, en: str) -> dict:
    """A prose cell: Chinese and English text; ``{{chapter:KEY}}`` becomes the chapter's quotation KEY
    (:mod:`kamlab.labels.chapter`) in each language."""
    from kamlab.labels.chapter import expand

    return {"type": "markdown", "zh": expand(zh.strip("\n"), "zh"), "en": expand(en.strip("\n"), "en")}


def code(source: str, *tags: str) -> dict:
    """A code cell, identical in both languages, with optional tags (e.g. nbval-ignore-output)."""
    return {"type": "code", "source": source.strip("\n"), "tags": list(tags)}


def load_lesson(path: Path):
    spec = importlib.util.spec_from_file_location(f"lesson_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lesson_sources() -> list[Path]:
    return sorted(p for p in LESSONS.glob("*.py") if not p.name.startswith("_"))


def make_notebook(cells: list[dict], lang: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["kamlab"] = {"lang": lang}
    for i, cell in enumerate(cells):
        if cell["type"] == "markdown":
            new = nbformat.v4.new_markdown_cell(cell[lang])
        else:
            new = nbformat.v4.new_code_cell(cell["source"])
            if cell["tags"]:
                new.metadata["tags"] = cell["tags"]
        new["id"] = f"c{i:03d}"
        nb.cells.append(new)
    return nb


def execute(nb: nbformat.NotebookNode, folder: Path) -> None:
    from nbclient import NotebookClient

    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}, store_widget_state=True
    ).execute()


_WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def reproducible(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """``nb`` with nothing that changes from one run to the next: no cell ``execution`` timestamps
    (nbclient's ``iopub.execute_input`` ...), and the widgets' random model ids (uuid4) renamed
    ``w0000``, ``w0001`` ... in the order they first appear (the outputs' widget views, then the
    saved widget state), everywhere: views, state keys and ``IPY_MODEL_`` references. The state
    stays whole, so a viewer that renders saved widgets (GitHub, nbviewer) still can.

    >>> nb = nbformat.v4.new_notebook()
    >>> cell = nbformat.v4.new_code_cell("w")
    >>> cell.metadata["execution"] = {"iopub.execute_input": "2026-12-08T02:17:46Z"}
    >>> view = {"model_id": "bc5dde09cbef4f17a1669d844f9deffb", "version_major": 2, "version_minor": 0}
    >>> cell.outputs = [nbformat.v4.new_output("display_data", {"application/vnd.jupyter.widget-view+json": view})]
    >>> nb.cells.append(cell)
    >>> nb.metadata["widgets"] = {_WIDGET_STATE: {"state": {
    ...     "bc5dde09cbef4f17a1669d844f9deffb": {"state": {"children": ["IPY_MODEL_0123456789abcdef0123456789abcdef"]}},
    ...     "0123456789abcdef0123456789abcdef": {"state": {}}}}}
    >>> out = reproducible(nb)
    >>> dict(out.cells[0].metadata), out.cells[0].outputs[0].data["application/vnd.jupyter.widget-view+json"]["model_id"]
    ({}, 'w0000')
    >>> sorted((k, v["state"]) for k, v in out.metadata["widgets"][_WIDGET_STATE]["state"].items())
    [('w0000', {'children': ['IPY_MODEL_w0001']}), ('w0001', {})]
    """
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    state = nb.metadata.get("widgets", {}).get(_WIDGET_STATE, {}).get("state", {})
    ids: dict[str, str] = {}
    views = [
        o.data["application/vnd.jupyter.widget-view+json"]["model_id"]
        for c in nb.cells
        for o in c.get("outputs", [])
        if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
    ]
    for model_id in views + list(state):
        ids.setdefault(model_id, f"w{len(ids):04d}")
    if not ids:
        return nb
    pattern = re.compile("|".join(map(re.escape, sorted(ids, key=len, reverse=True))))
    text = pattern.sub(lambda m: ids[m.group(0)], nbformat.writes(nb))
    return nbformat.reads(text, as_version=4)


def build(stem: str | None = None, *, run: bool = True, out_root: Path = ROOT / "notebooks") -> list[Path]:
    written = []
    for path in lesson_sources():
        lesson = load_lesson(path)
        if stem and lesson.NAME != stem:
            continue
        for lang in LANGS:
            folder = out_root / lang
            folder.mkdir(parents=True, exist_ok=True)
            nb = make_notebook(lesson.CELLS, lang)
            if run:
                execute(nb, folder)
                nb = reproducible(nb)
            target = folder / f"{lesson.NAME}.ipynb"
            nbformat.write(nb, target)
            written.append(target)
    return written


def cell_sources(cells) -> list[tuple]:
    """What a notebook's cells say, outputs aside: each cell's type, text and tags."""
    return [(c["cell_type"], "".join(c["source"]), c["metadata"].get("tags")) for c in cells]


def stale(stems=None, *, root: Path = ROOT / "notebooks") -> list[Path]:
    """The shipped notebooks that are missing or whose cells differ from their lesson sources.

    Parameters
    ----------
    stems : iterable of str, optional
        Lesson NAMEs to check (e.g. ``["00_start_here"]``); default: every lesson.
    root : Path
        The folder holding ``zh/`` and ``en/`` notebooks.

    Returns
    -------
    list of Path
        Each notebook (both languages) that ``build`` would write differently, in lesson order;
        empty when the notebooks are up to date with ``tools/lessons``.
    """
    wanted = None if stems is None else set(stems)
    out = []
    for path in lesson_sources():
        lesson = load_lesson(path)
        if wanted is not None and lesson.NAME not in wanted:
            continue
        for lang in LANGS:
            target = root / lang / f"{lesson.NAME}.ipynb"
            if not target.exists():
                out.append(target)
                continue
            shipped = nbformat.read(target, as_version=4)
            if cell_sources(make_notebook(lesson.CELLS, lang).cells) != cell_sources(shipped.cells):
                out.append(target)
    return out


def outputs(nb) -> list[list[dict]]:
    """Each code cell's text and image outputs (what a reader sees), for comparing two runs."""
    seen = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for o in cell.get("outputs", []):
            if o.get("output_type") == "stream":
                kept.append({"stream": o.get("name"), "text": o.get("text")})
            else:
                data = o.get("data", {})
                kept.append({k: v for k, v in data.items() if k.startswith(("text/", "image/"))})
        seen.append(kept)
    return seen


def check(stem: str | None = None, *, root: Path = ROOT / "notebooks") -> list[str]:
    """Rebuild (and run) the notebooks into a temporary folder; the ones whose text or image
    outputs differ from ``root``'s, each with its first differing code cell."""
    import tempfile

    differ = []
    with tempfile.TemporaryDirectory() as tmp:
        for target in build(stem, out_root=Path(tmp)):
            committed = root / target.parent.name / target.name
            new = outputs(nbformat.read(target, as_version=4))
            old = outputs(nbformat.read(committed, as_version=4)) if committed.exists() else []
            if new != old:
                first = next((i for i, (a, b) in enumerate(zip(new, old)) if a != b), min(len(new), len(old)))
                differ.append(f"{committed.relative_to(ROOT)}: code cell {first}")
    return differ


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lesson", nargs="?", help="one lesson's NAME, e.g. 00_start_here")
    parser.add_argument("--no-execute", action="store_true", help="write without running")
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild into a temporary folder and compare text and image outputs with the committed notebooks",
    )
    args = parser.parse_args(argv)
    if args.check:
        differ = check(args.lesson)
        print("\n".join(differ) or "the rebuilt outputs equal the committed ones")
        return 1 if differ else 0
    for target in build(args.lesson, run=not args.no_execute):
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
