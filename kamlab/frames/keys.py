"""The key an explorer's frames are stored under: its sources, its data, its plan, the versions."""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import inspect
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .. import widgets
from ..cache import value_digest
from . import files, grid
from .plans import LESSON_CALLS, PLANS, Plan, _check_name, _load

__all__ = ["cache_key", "source_files"]

PACKAGE = Path(__file__).resolve().parents[1]


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
    _check_name(name)
    todo = [f"kamlab.widgets.{widgets.EXPLORERS[name]}"]
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
    out = []
    for dist in ("numpy", "pandas", "matplotlib", "pillow", "mplfonts"):
        try:
            out.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            out.append(f"{dist}=none")
    return " ".join(out)


def cache_key(
    name: str, lang: str, fmt: str = "webp-pal", *, plan: Plan | None = None, data=None, dpi: int = files.FRAME_DPI
) -> str:
    """The key an explorer's frames are stored under: they are drawn again only when it changes.

    Parameters
    ----------
    name : str
        An explorer name.
    lang : {"zh", "en"}
        Language.
    fmt : str, default "webp-pal"
        Image format (:data:`FORMATS`).
    plan : Plan, optional
        Its plan (default :data:`PLANS`).
    data : object, optional
        The lesson's data for it (loaded when needed and not given).
    dpi : int, default :data:`FRAME_DPI`
        Resolution of the frames.

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
    _check_name(name)
    plan = PLANS[name] if plan is None else plan
    needs = LESSON_CALLS[name][1]
    if needs is not None and data is None:
        data = _load(needs)
    h = hashlib.sha256(
        f"kamlab-frames {files.MANIFEST_VERSION}\n{name}\n{lang}\n{fmt}\n{dpi}\n{_versions()}\n".encode()
    )
    h.update(repr(dataclasses.astuple(plan)).encode())
    h.update(b"data:" + value_digest(data).encode())
    h.update(_FRAME_CODE_DIGEST.encode())
    for path in source_files(name):
        h.update(os.path.relpath(path, PACKAGE).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


#: The functions that decide what a stored frame holds; their source, read once when this module is
#: loaded (the code that runs, even if the file changes on disk meanwhile), is part of :func:`cache_key`.
_FRAME_CODE = (
    grid.grid_values,
    grid._format,
    grid.control_specs,
    grid.frame_states,
    files.encode_frame,
    files._palette,
    files.smallest_text_pt,
    files._draw,
    files._texts,
    files._manifest_script,
)
_FRAME_CODE_DIGEST = hashlib.sha256(
    ("".join(inspect.getsource(f) for f in _FRAME_CODE) + repr((files.PALETTE_MAX_ERROR, files.PHONE_TEXT_PX))).encode()
).hexdigest()
