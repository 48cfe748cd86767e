"""How fast, and how lean, does kamlab load a user's accounts file? A benchmark, not a test.

Two measurements on one 200,000-row accounts CSV (written by ``kamlab.make_accounts``
and ``kamlab.io.write_table`` into a temporary folder), each against a baseline measured
in the same run:

1. Time: ``kamlab.load_accounts(path)`` against ``pandas.read_csv(path)`` on the same
   file, each the best of a few alternating repeats after one warm-up. Target: at most 2.5x.
2. Peak memory: each call runs once in a fresh Python process that has already imported
   kamlab and pandas; the figure is the process's peak resident set size during the
   call (Linux ``VmHWM``, reset just before it through ``/proc/self/clear_refs``) minus
   its size before, so C allocations (the CSV parser's buffers) count too. Target:
   kamlab's growth at most 2x pandas'. Linux only.

The loader does more than ``read_csv``: it detects the encoding and the header row,
maps Chinese headers, checks every value against the data dictionary and converts
categories and dates. The clean file takes the fast path (pandas' own number parsing);
only columns with text in them (``86,062.07``, ``13%``) take the slower string path.

Run:  .venv/bin/python benchmarks/bench_io.py [--rows N] [--repeats R]
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import kamlab

SEED = 2026

_PEAK = """
import sys
import pandas as pd
import kamlab, kamlab.io

def status(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))

path, which = sys.argv[1], sys.argv[2]
call = (lambda: kamlab.load_accounts(path)) if which == "kamlab" else (lambda: pd.read_csv(path))
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # reset the peak (VmHWM) to the current resident set
before = status("VmRSS")
frame = call()
print(status("VmHWM") - before)  # kilobytes
"""


def best_of_each(funcs: dict, repeats: int) -> dict:
    """Seconds of the fastest of ``repeats`` calls of each function, after one warm-up each.

    The calls alternate (a, b, a, b, ...), so a burst of other work on the machine slows
    both sides alike instead of one.
    """
    for func in funcs.values():
        func()
    times = {name: [] for name in funcs}
    for _ in range(repeats):
        for name, func in funcs.items():
            gc.collect()
            start = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - start)
    return {name: min(values) for name, values in times.items()}


def peak_growth_mb(path: Path, which: str) -> float:
    """Growth of a fresh process's peak RSS while it loads ``path`` (MB)."""
    out = subprocess.run([sys.executable, "-c", _PEAK, str(path), which], check=True, capture_output=True, text=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000, help="accounts in the file (default 200,000)")
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats (default 5)")
    args = parser.parse_args(argv)

    import pandas as pd

    print(
        f"kamlab {getattr(kamlab, '__version__', '?')}, pandas {pd.__version__}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "accounts.csv"
        kamlab.io.write_table(kamlab.make_accounts(args.rows, seed=SEED), path)
        size_mb = path.stat().st_size / 2**20
        print(
            f"file: {args.rows:,} accounts, 27 columns, {size_mb:.1f} MB (UTF-8 CSV); "
            f"times: best of {args.repeats} after one warm-up\n"
        )

        best = best_of_each(
            {"kamlab": lambda: kamlab.load_accounts(path), "pandas": lambda: pd.read_csv(path)}, args.repeats
        )
        t_kamlab, t_pandas = best["kamlab"], best["pandas"]
        m_kamlab = peak_growth_mb(path, "kamlab")
        m_pandas = peak_growth_mb(path, "pandas")

    time_ratio, memory_ratio = t_kamlab / t_pandas, m_kamlab / m_pandas

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "MISS"

    print(f"{'reader':<28}{'best s':>10}{'peak MB':>10}")
    print("-" * 48)
    print(f"{'kamlab.load_accounts':<28}{t_kamlab:>10.3f}{m_kamlab:>10.1f}")
    print(f"{'pandas.read_csv':<28}{t_pandas:>10.3f}{m_pandas:>10.1f}")
    print()
    print(f"{'verdicts':<44}{'value':>10}  {'target':<10}")
    print("-" * 78)
    for name, value, target, ok in [
        ("load_accounts time / read_csv time", f"{time_ratio:.2f}x", "<= 2.5x", time_ratio <= 2.5),
        ("load_accounts peak memory / read_csv's", f"{memory_ratio:.2f}x", "<= 2x", memory_ratio <= 2),
    ]:
        print(f"{name:<44}{value:>10}  {target:<10}{verdict(ok)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
