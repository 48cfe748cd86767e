"""Command line: ``kamlab generate`` (also ``python -m kamlab generate``)."""

from __future__ import annotations

import argparse
import sys

from .datasets import DEFAULT_SEED
from .errors import KamlabError


def main(argv: list[str] | None = None) -> int:
    """Run the ``kamlab`` command; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="kamlab",
        description="kamlab: Key Account Management Lab (大客户管理实验室).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser(
        "generate",
        help="write the simulated datasets and the data dictionary (CSV, UTF-8)",
        description="Write Company A's simulated tables, the K1 case base and the bilingual "
                    "data dictionary. With the defaults this reproduces the shipped data/ folder.",
    )
    gen.add_argument("--out", required=True, help="folder to write into (created if needed)")
    gen.add_argument("--n", type=int, default=2000, help="number of accounts (default 2000)")
    gen.add_argument("--seed", type=int, default=DEFAULT_SEED,
                     help=f"random seed, e.g. a student number (default {DEFAULT_SEED})")
    gen.add_argument("--concentration", type=float, default=0.80,
                     help="revenue share of the top 20%% of accounts (default 0.80)")
    gen.add_argument("--force", action="store_true", help="overwrite existing files")
    args = parser.parse_args(argv)

    from .io import generate

    try:
        written = generate(args.out, n=args.n, seed=args.seed, concentration=args.concentration,
                           force=args.force)
    except KamlabError as exc:
        print(f"kamlab: error: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
