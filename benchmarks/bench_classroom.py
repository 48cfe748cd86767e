"""What does a class on JupyterHub cost? A benchmark, not a test (pytest never collects it).

Runs the same class as ``tests/classroom/test_classroom_hub.py`` (a real JupyterHub on
127.0.0.1, configurable-http-proxy, a git daemon, N students at once who log in, spawn,
pull the lessons with the nbgitpuller link of ``kamlab link``, run lesson 00 and an exercise
cell through the kernel API, and pull again after the instructor pushes), and one baseline
in the same run:

* baseline: lesson 00 executed once by nbclient in a local kernel, no hub (kernel start
  included, as in the hub's "execute").

Per student it prints login, spawn, pull, execute and second-pull seconds, peak memory
(RSS of the student's server and kernel) and CPU seconds; then the class's totals and
verdicts against these goals:

1. The whole class of 5 (hub up, every student done, everything stopped) in <= 90 s,
   the CI budget; for other N the goal scales with N / 5.
2. Peak memory per student <= 512 MB, so a hub that gives each student 1 GB
   (``mem_limit``) keeps half in reserve.
3. Mean execute time on the hub / baseline <= 1.5 x max(1, N / CPUs): students share the
   CPUs, the hub and the network path add little.
4. No failures and nothing left running.

Run:  .venv/bin/python benchmarks/bench_classroom.py [--students N] [--json FILE]
Needs ``make proxy`` (configurable-http-proxy from npm), node and git, and the test extra.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "classroom"))

import _hub  # noqa: E402

MB = 1024 * 1024
CI_BUDGET_S = 90.0  # for 5 students (make test's class test runs 3)
MEMORY_GOAL = 512 * MB
EXECUTE_SLACK = 1.5


def local_baseline(tmp: Path, lang: str = "zh") -> float:
    """Seconds for nbclient to run lesson 00 in a new local kernel (no hub), in the lesson's folder."""
    import nbclient
    import nbformat

    folder = tmp / "notebooks" / lang
    folder.mkdir(parents=True)
    shutil.copy2(ROOT / "notebooks" / lang / "00_start_here.ipynb", folder)
    nb = nbformat.read(folder / "00_start_here.ipynb", as_version=4)
    start = time.monotonic()
    nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(folder)}}
    ).execute()
    return time.monotonic() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--students", type=int, default=5, help="students at once (default 5; make bench runs 5 and 10)"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    missing = _hub.missing_tools()
    if missing:
        print("cannot run the class: missing " + "; ".join(missing), file=sys.stderr)
        return 2
    n, cpus = args.students, os.cpu_count() or 1

    import jupyterhub
    import nbgitpuller

    import kamlab

    print(
        f"kamlab {kamlab.__version__}, JupyterHub {jupyterhub.__version__}, nbgitpuller {nbgitpuller.__version__}, "
        f"Python {platform.python_version()}, {cpus} CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory(prefix="kamlab-class-") as tmp:
        tmp = Path(tmp)
        baseline = local_baseline(tmp / "baseline")
        print(f"baseline: lesson 00 by nbclient in a local kernel, no hub: {baseline:.1f} s\n")
        result = _hub.run_class(tmp / "class", n, log=lambda line: None)
    _hub.report(result)

    students = result.students
    failures = (
        n
        - len(students)
        + sum(
            any(c.status != "ok" or c.errors for c in s.lesson)
            or s.exercise is None
            or s.exercise.status != "ok"
            or s.after_repull != s.saved
            for s in students
        )
    )
    mean = {
        k: sum(s.times.get(k, 0.0) for s in students) / max(1, len(students))
        for k in ("login", "spawn", "pull", "execute", "repull")
    }
    peak_student = max((s.peak_rss for s in students), default=0)
    budget = CI_BUDGET_S * n / 5
    execute_goal = EXECUTE_SLACK * max(1.0, n / cpus)
    execute_ratio = mean["execute"] / baseline

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "MISS"

    print(f"\n{'verdicts':<48}{'value':>10}  {'goal':<12}")
    print("-" * 78)
    verdicts = [
        (f"class of {n}: seconds in all", f"{result.wall_s:.1f}", f"<= {budget:g}", result.wall_s <= budget),
        (
            "peak memory of one student (MB)",
            f"{peak_student / MB:.0f}",
            f"<= {MEMORY_GOAL // MB}",
            peak_student <= MEMORY_GOAL,
        ),
        (
            "mean execute on the hub / local baseline",
            f"{execute_ratio:.2f}x",
            f"<= {execute_goal:.2f}x",
            execute_ratio <= execute_goal,
        ),
        (
            "failures, processes left running",
            f"{failures}, {len(result.leftovers)}",
            "0, 0",
            failures == 0 and not result.leftovers,
        ),
    ]
    for name, value, goal, ok in verdicts:
        print(f"{name:<48}{value:>10}  {goal:<12}{verdict(ok)}")
    print(
        f"\nper student (mean): spawn {mean['spawn']:.1f} s, pull {mean['pull']:.1f} s, execute "
        f"{mean['execute']:.1f} s, second pull {mean['repull']:.1f} s; class peak {result.peak_total / MB:.0f} MB "
        f"= {result.peak_total / MB / max(1, n):.0f} MB per student with the hub's share"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "students": n,
                    "cpus": cpus,
                    "wall_s": result.wall_s,
                    "peak_total_mb": result.peak_total / MB,
                    "baseline_s": baseline,
                    "phases": result.phases,
                    "failures": failures,
                    "left_running": result.leftovers,
                    "per_student": [
                        {"name": s.name, **s.times, "peak_mb": s.peak_rss / MB, "cpu_s": s.cpu_s} for s in students
                    ],
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
