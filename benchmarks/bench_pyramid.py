"""The customer pyramid at scale: 2 million accounts. A benchmark, not a test (pytest never collects it).

Times, interleaved and best of a few repeats after one warm-up:

- the floor: ``numpy.sort`` of the 2 million revenues (a float64 array);
- the validation of ``account_id`` (present, no missing value, no duplicate) that
  ``pareto_table`` and ``customer_pyramid`` run; goal: within 5x the floor (ids of one
  width, such as ``A0000001``; ids of varying width are shown too, for information);
- ``pareto_table`` and ``customer_pyramid`` as a whole; goal: within 5x the floor (they
  also check the ids, sort by revenue with ties broken by id and build the tables).

Run:  .venv/bin/python benchmarks/bench_pyramid.py [--n N] [--repeats R]
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import sys
import time

import numpy as np
import pandas as pd

import kamlab
from kamlab.analytics import customer_pyramid, pareto_table
from kamlab.analytics._common import accounts_frame

GOAL_ID_CHECK = 5.0
GOAL_WHOLE = 5.0  # pareto_table, customer_pyramid (issue 27)


def accounts_table(n: int, seed: int = 2026) -> pd.DataFrame:
    """``n`` accounts as the pyramid sees them: string ids ``A0000001``... and a log-normal
    revenue in yuan (rounded to the fen, so some revenues tie), built directly because
    ``make_accounts`` may cap ``n`` below 2 million."""
    rng = np.random.default_rng(seed)
    width = max(4, len(str(n)))
    return pd.DataFrame(
        {
            "account_id": pd.Series([f"A{i:0{width}d}" for i in range(1, n + 1)], dtype="str"),
            "revenue": np.round(rng.lognormal(np.log(kamlab.datasets.MEAN_REVENUE) - 1.28, 1.6, n), 2),
        }
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2_000_000, help="accounts (default 2,000,000)")
    parser.add_argument("--repeats", type=int, default=5, help="interleaved rounds (best of R; default 5)")
    args = parser.parse_args(argv)

    accounts = accounts_table(args.n)
    revenue = accounts["revenue"].to_numpy()
    # The same accounts with ids of varying width (A1 ... A2000000): the fast check needs one
    # width, so these are compared by their Python hashes (one call per id); for information.
    varying = accounts.assign(account_id=pd.Series([f"A{i}" for i in range(1, args.n + 1)], dtype="str"))
    cases = {
        "numpy.sort(revenue)  [floor]": lambda: np.sort(revenue),
        "account_id check": lambda: accounts_frame(accounts, "bench", ["revenue"]),
        "account_id check, widths vary": lambda: accounts_frame(varying, "bench", ["revenue"]),
        "pareto_table": lambda: pareto_table(accounts),
        "customer_pyramid": lambda: customer_pyramid(accounts),
    }
    for func in cases.values():  # warm-up
        func()
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(args.repeats):
        for name, func in cases.items():
            gc.collect()
            start = time.process_time()
            func()
            best[name] = min(best[name], time.process_time() - start)

    floor = best["numpy.sort(revenue)  [floor]"]
    print(
        f"kamlab pyramid at n = {args.n:,}; numpy {np.__version__}, pandas {pd.__version__}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
        f"account_id dtype {accounts['account_id'].dtype}; CPU time, best of {args.repeats} interleaved rounds\n"
    )
    print(f"{'measurement':<30}{'best s':>9}{'x floor':>9}  goal     verdict")
    print("-" * 68)
    for name, secs in best.items():
        ratio = secs / floor
        goal = verdict = ""
        if name == "account_id check":
            goal, verdict = f"<= {GOAL_ID_CHECK:g}x", "PASS" if ratio <= GOAL_ID_CHECK else "MISS"
        elif name in ("pareto_table", "customer_pyramid"):
            goal, verdict = f"<= {GOAL_WHOLE:g}x", "PASS" if ratio <= GOAL_WHOLE else "MISS"
        print(f"{name:<30}{secs:>9.3f}{ratio:>8.1f}x  {goal:<8} {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
