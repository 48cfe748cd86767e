"""Float comparisons for property tests: order and equality up to rounding error.

Hypothesis finds inputs where two computations of the same quantity differ in the last
bit (``0.24290994413460593 <= 0.24290994413460587``); a property test that compares floats
must allow for that, and nothing more.
"""

import math

REL_TOL = 1e-9
ABS_TOL = 1e-12


def close(a, b, *, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """``a == b`` up to rounding error."""
    return math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)


def le(a, b, *, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """``a <= b`` up to rounding error."""
    return a <= b or close(a, b, rel_tol=rel_tol, abs_tol=abs_tol)


def ordered(*values, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """``values[0] <= values[1] <= ...`` up to rounding error at each step.

    >>> 0.24290994413460593 <= 0.24290994413460587, ordered(0, 0.24290994413460593, 0.24290994413460587, 1)
    (False, True)
    >>> ordered(0.0, 0.5, 0.4)
    False
    """
    return all(le(a, b, rel_tol=rel_tol, abs_tol=abs_tol) for a, b in zip(values, values[1:]))
