"""Shared by the modules of case K3: the tolerance of payoff comparisons and the rounding of shown payoffs."""

from __future__ import annotations

#: Nothing public: the package re-exports its models, not these helpers.
__all__: list[str] = []

_TOL = 1e-9


def _r(x: float) -> float:
    """Round away floating-point dust (payoffs are shown and compared as printed)."""
    return round(float(x), 9) + 0.0
