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
"""

from __future__ import annotations

import argparse
import importlib.util
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lesson", nargs="?", help="one lesson's NAME, e.g. 00_start_here")
    parser.add_argument("--no-execute", action="store_true", help="write without running")
    args = parser.parse_args(argv)
    for target in build(args.lesson, run=not args.no_execute):
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
