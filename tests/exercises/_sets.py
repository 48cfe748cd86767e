"""Answers worked out by hand, for the exercise tests."""

import re

#: The students whose personal exercise sets the tests check.
STUDENTS = ("2026001", "2026002", "2026017")


def by_revenue(data):
    """Accounts by revenue, largest first, ties by account_id (computed by hand)."""
    return data.sort_values(["revenue", "account_id"], ascending=[False, True]).reset_index(drop=True)


def asked_id(ex, exercise_id):
    return re.search(r"account (A\d{4})", str(ex.ask(exercise_id))).group(1)


def tier_by_hand(rank, n):
    for code, cum in zip(("vip", "important", "ordinary"), (0.01, 0.05, 0.20)):
        if rank <= cum * n + 1e-9:
            return code
    return "small"
