"""How long does each lesson take to run? A benchmark, not a test (pytest never collects it).

Each lesson notebook (``notebooks/<lang>/NN_*.ipynb``, zh and en) is executed by nbclient
in a fresh kernel, as ``tools/build_notebooks.py`` and nbval do, and timed from kernel
start to kernel shutdown. The baseline, in the same round and language, is an *empty*
notebook: one cell, ``import kamlab; kamlab.setup()`` (what every lesson starts with).
Goal (issue #17): every lesson within 3x the empty notebook.

Besides the table, the slowest cells of the slowest lessons are listed (from the timings
nbclient records in each cell's metadata), to show what to make lazy.

Notebooks are copied into a temporary ``<lang>/`` folder and run there (``kamlab.setup()``
takes the language from the folder's name; nothing is written into the repository).
Jupyter, IPython and matplotlib settings live in a temporary folder too unless the
environment already names them (``make bench`` passes the Makefile's TEST_ENV).
Times are wall-clock (the kernel is another process): run on a quiet machine, and read
the ratios, which share the machine's load with their baseline.

Slow simulations are kept in kamlab's disk cache (``kamlab.cache``). ``--cache`` says
which opening is timed: ``warm`` (default: one cache folder for the whole run, filled by
the first round, so take ``--repeats 2`` or more; ``$KAMLAB_CACHE_DIR`` if the caller
set it), ``cold`` (an empty cache folder for every kernel: a student's very first
opening) or ``off`` (no cache at all).

Run:  .venv/bin/python benchmarks/bench_lessons.py [--lang zh|en] [--only NN ...] [--repeats R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
GOAL = 3.0
EMPTY = "import kamlab\nkamlab.setup()"
_SETTINGS = ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR", "MPLCONFIGDIR")


def isolate(tmp: Path) -> None:
    """Jupyter/IPython/matplotlib settings of this run (and of its kernels) under ``tmp``,
    unless the caller set them; the kernels use their inline backend."""
    for var in _SETTINGS:
        if not os.environ.get(var):
            (tmp / var.lower()).mkdir(parents=True, exist_ok=True)
            os.environ[var] = str(tmp / var.lower())
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    os.environ.pop("MPLBACKEND", None)
    os.environ.pop("KAMLAB_LANG", None)  # the folder's name (zh, en) gives each lesson its language


def set_cache(mode: str, tmp: Path) -> None:
    """Point the next kernel's ``KAMLAB_CACHE_DIR`` as ``--cache`` asks (see the module docstring)."""
    if mode == "off":
        os.environ["KAMLAB_CACHE_DIR"] = "off"
    elif mode == "cold":
        os.environ["KAMLAB_CACHE_DIR"] = tempfile.mkdtemp(prefix="cache-", dir=tmp)
    elif not os.environ.get("KAMLAB_CACHE_DIR") or os.environ["KAMLAB_CACHE_DIR"] == "off":
        os.environ["KAMLAB_CACHE_DIR"] = str(tmp / "cache")


def run(nb: nbformat.NotebookNode, folder: Path) -> float:
    """Execute ``nb`` in a fresh kernel with ``folder`` as its working folder; seconds from
    kernel start to shutdown. Cell timings are left in each cell's metadata."""
    from nbclient import NotebookClient

    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", record_timing=True, resources={"metadata": {"path": str(folder)}}
    )
    start = time.perf_counter()
    client.execute(stderr=subprocess.DEVNULL)  # the kernel's start-up warnings; cell errors still raise
    return time.perf_counter() - start


def cell_times(nb: nbformat.NotebookNode) -> list[tuple[float, int, str]]:
    """(seconds, cell number, its code lines joined by " | ") for every code cell, from nbclient's timings."""
    out = []
    for number, cell in enumerate(nb.cells):
        timing = cell.get("metadata", {}).get("execution", {})
        if cell.cell_type != "code" or "iopub.execute_input" not in timing or "shell.execute_reply" not in timing:
            continue
        begin = dt.datetime.fromisoformat(timing["iopub.execute_input"].replace("Z", "+00:00"))
        end = dt.datetime.fromisoformat(timing["shell.execute_reply"].replace("Z", "+00:00"))
        code = [line.strip() for line in cell.source.splitlines() if line.strip() and not line.startswith("#")]
        out.append(((end - begin).total_seconds(), number, " | ".join(code)))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("zh", "en"), action="append", help="language (default: both)")
    parser.add_argument("--only", nargs="+", metavar="NN", help="lesson numbers, e.g. 00 07 (default: all)")
    parser.add_argument("--repeats", type=int, default=1, help="rounds; each figure is the best of R (default 1)")
    parser.add_argument("--cells", type=int, default=5, help="slowest cells listed per detailed lesson (default 5)")
    parser.add_argument("--detail", type=int, default=4, help="slowest lessons whose cells are listed (default 4)")
    parser.add_argument(
        "--cache", choices=("warm", "cold", "off"), default="warm", help="kamlab's disk cache (default warm)"
    )
    args = parser.parse_args(argv)
    langs = args.lang or ["zh", "en"]

    with tempfile.TemporaryDirectory(prefix="kamlab-bench-lessons-") as tmp_name:
        tmp = Path(tmp_name)
        isolate(tmp / "settings")
        lessons = copy_lessons(tmp, langs, args.only)
        if not lessons:
            print("no lesson notebooks matched", file=sys.stderr)
            return 1
        best, cells = time_lessons(tmp, langs, lessons, args.repeats, args.cache)

    print(
        f"kamlab lessons executed by nbclient in a fresh kernel; Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; wall-clock, best of {args.repeats}; "
        f"kamlab cache {args.cache}\n"
    )
    ratios = report_lessons(langs, best, cells)
    print(f"\nslowest cells of the {args.detail} slowest lessons (seconds, cell number, code):")
    for lang, stem in sorted(ratios, key=ratios.get, reverse=True)[: args.detail]:
        print(f"{lang}/{stem} ({best[lang, stem]:.1f} s, {ratios[lang, stem]:.2f}x):")
        for secs, number, first in sorted(cells[lang, stem], reverse=True)[: args.cells]:
            print(f"  {secs:7.2f}  [{number:>3}]  {first[:100]}")
    return 0


def copy_lessons(tmp: Path, langs, only) -> dict:
    """Copy the lesson notebooks (those of ``only``, if given) into ``tmp/<lang>``: (lang, stem) -> path."""
    lessons = {}
    for lang in langs:
        folder = tmp / lang
        folder.mkdir()
        for path in sorted((ROOT / "notebooks" / lang).glob("[0-9][0-9]_*.ipynb")):
            if not only or path.name[:2] in only:
                shutil.copy(path, folder / path.name)
                lessons[lang, path.stem] = folder / path.name
    return lessons


def time_lessons(tmp: Path, langs, lessons: dict, repeats: int, cache: str) -> tuple[dict, dict]:
    """Best seconds per (lang, stem), the empty notebook as (lang, "(empty)"), and the best run's cell times."""
    best: dict[tuple[str, str], float] = {}
    cells: dict[tuple[str, str], list] = {}
    for _ in range(max(1, repeats)):
        for lang in langs:  # the baseline first, then the lessons, in every round and language
            empty = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(EMPTY)])
            set_cache(cache, tmp)
            secs = run(empty, tmp / lang)
            best[lang, "(empty)"] = min(best.get((lang, "(empty)"), float("inf")), secs)
            for (lg, stem), path in lessons.items():
                if lg != lang:
                    continue
                nb = nbformat.read(path, as_version=4)
                set_cache(cache, tmp)
                secs = run(nb, path.parent)
                if secs < best.get((lang, stem), float("inf")):
                    best[lang, stem] = secs
                    cells[lang, stem] = cell_times(nb)
                print(f"  ran {lang}/{stem}: {secs:.1f} s", file=sys.stderr, flush=True)
    return best, cells


def report_lessons(langs, best: dict, cells: dict) -> dict:
    """Print each lesson's time against the empty notebook's and the verdicts; return the ratios."""
    print(f"{'lang':<6}{'notebook':<26}{'seconds':>9}{'cells s':>9}{'x empty':>9}  goal     verdict")
    print("-" * 76)
    ratios = {}
    for lang in langs:
        base = best[lang, "(empty)"]
        print(f"{lang:<6}{'(empty: import + setup)':<26}{base:>9.2f}{'':>9}{1:>8.2f}x")
        for (lg, stem), secs in best.items():
            if lg != lang or stem == "(empty)":
                continue
            ratio = ratios[lang, stem] = secs / base
            in_cells = sum(c[0] for c in cells[lang, stem])
            print(
                f"{lang:<6}{stem:<26}{secs:>9.2f}{in_cells:>9.2f}{ratio:>8.2f}x  <= {GOAL:g}x  "
                f"{'PASS' if ratio <= GOAL else 'MISS'}"
            )
    total = {lang: sum(s for (lg, stem), s in best.items() if lg == lang and stem != "(empty)") for lang in langs}
    print("\nall lessons together: " + ", ".join(f"{lang} {secs:.1f} s" for lang, secs in total.items()))
    missed = sorted(k for k, r in ratios.items() if r > GOAL)
    print(
        f"verdict: {len(ratios) - len(missed)} of {len(ratios)} lessons within {GOAL:g}x the empty notebook"
        + (f"; missed: {', '.join(f'{lg}/{s[:2]}' for lg, s in missed)}" if missed else "")
    )
    return ratios


if __name__ == "__main__":
    sys.exit(main())
