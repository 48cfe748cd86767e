"""How fast does each explorer answer a control? A benchmark, not a test (pytest never collects it).

For each of kamlab's 22 explorers: the time from setting a control's ``value`` to the
new PNG being in the ``Image`` widget (what a student waits for after moving a slider),
against a *bare redraw* of the same size: a constrained-layout ``Figure`` with one
axes and one line, saved as a PNG at 96 dpi under the same font settings.

Goals: every explorer within 2x its bare redraw; the median ratio within 1.2x.

Every control of every explorer is moved (to a neighbouring value and back, so each
timed change really recomputes and redraws); an explorer's time is the mean over its
controls of the best of ``--repeats`` changes. Explorers that hide their chart until the
student reveals it (a ``reveal`` checkbox) are timed revealed, the heavier state. The
rounds are interleaved (bare redraw, then every explorer, then the next round), so a
burst of load from other work on the machine hits the explorers and their baseline
alike. Times are CPU time by default (``--clock wall`` for elapsed time): on a shared
machine, elapsed time mostly measures the other work.

Run:  .venv/bin/python benchmarks/bench_explorers.py [--repeats R] [--only NAME ...] [--lang zh|en]
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import platform
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")

import kamlab  # noqa: E402
from kamlab import widgets  # noqa: E402

GOAL_EACH, GOAL_MEDIAN = 2.0, 1.2


def _explorers(lang: str):
    """name -> a function building the explorer as the lessons do (shipped-size data)."""
    company = kamlab.make_company()
    accounts = company.accounts
    needs_accounts = {"account_explorer", "scoring_explorer", "effort_explorer", "capstone_explorer"}
    out = {}
    for name in sorted(n for n in dir(widgets) if n.endswith("_explorer")):
        factory = getattr(widgets, name)
        if name in needs_accounts:
            out[name] = lambda f=factory: f(accounts, lang=lang)
        elif name == "account_plan_explorer":
            out[name] = lambda f=factory: f(company, lang=lang)
        else:
            out[name] = lambda f=factory: f(lang=lang)
    return out


def _neighbour(control):
    """A value next to the control's current one (the smallest move a student can make)."""
    value = control.value
    options = getattr(control, "options", None)
    if options is not None:
        values = [o[1] if isinstance(o, tuple) else o for o in options]
        i = values.index(value)
        return values[i + 1] if i + 1 < len(values) else values[i - 1]
    if isinstance(value, bool):
        return not value
    step = getattr(control, "step", 1) or 1
    up = value + step
    return up if up <= control.max else value - step


def bare_redraw(figsize, rc) -> None:
    """The floor: a constrained-layout figure of the same size, one line, saved as a PNG."""
    from matplotlib.figure import Figure

    with matplotlib.rc_context(rc):
        fig = Figure(figsize=figsize, layout="constrained")
        fig.add_subplot().plot([0, 1, 2], [0, 1, 0])
        fig.savefig(io.BytesIO(), format="png", dpi=96)


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
_clock = time.process_time


def _time(func) -> float:
    start = _clock()
    func()
    return _clock() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="interleaved rounds (best of R; default 5)")
    parser.add_argument("--only", nargs="*", help="explorer names to time (default: all)")
    parser.add_argument("--lang", default="zh", choices=("zh", "en"))
    parser.add_argument(
        "--clock",
        default="cpu",
        choices=tuple(CLOCKS),
        help="cpu: process time (default; steadier on a shared machine), wall: elapsed time",
    )
    args = parser.parse_args(argv)
    global _clock
    _clock = CLOCKS[args.clock]

    from kamlab.fonts import cjk_rc

    rc = cjk_rc()
    factories = _explorers(args.lang)
    if args.only:
        factories = {k: v for k, v in factories.items() if k in args.only}
    built = build_explorers(factories)
    sizes = sorted({tuple(e._figsize) for e, _ in built.values()})
    best_bare, best, redraws = time_rounds(built, sizes, args.repeats, rc)

    print(
        f"kamlab explorers, lang={args.lang}; matplotlib {matplotlib.__version__}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
        f"{args.clock} time, best of {args.repeats} interleaved rounds"
    )
    print("bare redraw: constrained-layout Figure, one axes, one line, PNG at 96 dpi, same fonts")
    for size in sizes:
        print(f"  {size[0]:g}x{size[1]:g} in: {best_bare[size] * 1000:7.1f} ms")
    print()
    ratios = report_explorers(built, best_bare, best, redraws)
    median = statistics.median(ratios)
    print("-" * 90)
    print(f"{'median ratio':<64}{median:>7.2f}x  <= {GOAL_MEDIAN:g}x {'PASS' if median <= GOAL_MEDIAN else 'MISS'}")
    print(
        f"{'worst ratio':<64}{max(ratios):>7.2f}x  <= {GOAL_EACH:g}x  {'PASS' if max(ratios) <= GOAL_EACH else 'MISS'}"
    )
    return 0


def build_explorers(factories: dict) -> dict:
    """Each explorer built, revealed, and warmed up: name -> (explorer, [(control, value, neighbour)])."""
    built = {}
    for name, factory in factories.items():
        explorer = factory()
        if "reveal" in explorer.controls:  # time the full chart, not the "predict first" placeholder
            explorer.controls["reveal"].value = True
        moves = [(c, control.value, _neighbour(control)) for c, control in explorer.controls.items()]
        built[name] = (explorer, moves)
        for c, a, b in moves:  # warm-up: every control once there and back
            explorer.controls[c].value = b
            explorer.controls[c].value = a
    return built


def time_rounds(built: dict, sizes: list, repeats: int, rc) -> tuple[dict, dict, dict]:
    """Interleaved rounds: the bare redraw of each size, then every control of every explorer moved once."""
    best_bare = {s: float("inf") for s in sizes}
    best = {(name, c): float("inf") for name, (_, moves) in built.items() for c, _, _ in moves}
    redraws = {}
    for r in range(repeats):
        for size in sizes:
            gc.collect()
            best_bare[size] = min(best_bare[size], _time(lambda size=size: bare_redraw(size, rc)))
        for name, (explorer, moves) in built.items():
            for c, a, b in moves:
                control = explorer.controls[c]
                target = b if r % 2 == 0 else a
                if control.value == target:
                    target = a if target == b else b
                gc.collect()
                before = explorer.updates
                best[name, c] = min(
                    best[name, c], _time(lambda control=control, target=target: setattr(control, "value", target))
                )
                redraws[name, c] = explorer.updates - before
    return best_bare, best, redraws


def report_explorers(built: dict, best_bare: dict, best: dict, redraws: dict) -> list[float]:
    """Print each explorer's mean and slowest update against the bare redraw; return the ratios."""
    print(f"{'explorer':<26}{'controls':>9}{'update ms':>11}{'slowest':>9}{'bare ms':>9}{'ratio':>8}  goal    verdict")
    print("-" * 90)
    ratios = []
    for name, (explorer, moves) in built.items():
        times = [best[name, c] for c, _, _ in moves]
        mean, worst = statistics.fmean(times), max(times)
        bare = best_bare[tuple(explorer._figsize)]
        ratio = mean / bare
        ratios.append(ratio)
        ok = "PASS" if ratio <= GOAL_EACH else "MISS"
        print(
            f"{name:<26}{len(moves):>9}{mean * 1000:>11.1f}{worst * 1000:>9.1f}{bare * 1000:>9.1f}"
            f"{ratio:>7.2f}x  <= {GOAL_EACH:g}x  {ok}"
        )
        for c, _, _ in moves:
            if redraws[name, c] != 1:
                print(f"  (moving '{c}' redraws {redraws[name, c]} times: it sets other controls too)")
    return ratios


if __name__ == "__main__":
    sys.exit(main())
