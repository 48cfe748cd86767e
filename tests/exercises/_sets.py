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


#: The practice sets' answers to the calculation items that used to repeat a number the lesson prints,
#: worked out by hand (issue 30). None of them is a number its lesson prints
#: (tests/exercises/test_assessment_quality.py checks that on the built notebooks).
HAND = {
    # top 10% of the 2,000 accounts (200), not the lesson's top 20% (80%): numpy sum of the 200 largest
    # revenues / all revenues on the shipped data = 0.66210
    "01.2": 0.66210,
    # revenue three years ago (revenue_3y_ago), not this year's 158: 1 / sum(s^2) = 137.252
    "01.3": 137.252,
    # 25% margin, 6% discount: 0.25 = 0.19 (1 + x), x = 0.06 / 0.19 = 0.315789... (the chapter's 20%/5%: 1/3)
    "02.1": 0.06 / 0.19,
    # 18% margin, 5% concession: (0.13 (1 + 0.6 (1 - e^-0.75)) / 0.18) - 1 (the lesson's 20%/5% gives -1.26%)
    "03.1": 0.13 * (1 + 0.6 * (1 - 0.4723665527410147)) / 0.18 - 1,  # e^-0.75 = 0.47236655...
    # chains gain 3 points a year: year 5 at 55%; (5e8 0.55 0.2 0.06 + 5e8 0.45 0.3 0.16) / 1e4
    # = (330 + 1,080) = 1,410 (10k yuan); the lesson prints 6 points a year (year 5: 1,140)
    "03.2": 1410.0,
    # first-contact resolution 0.32: 1 / 0.32 (the lesson's heroic 0.24 gives 4.17)
    "05.1": 3.125,
    # another year than the chapter's 2007 (13%): 3,600,000 / 30,000,000
    "04.2": 0.12,
    # 500 orders x 0.12 late x 0.7 (the lesson's quarter: 600 x 0.14 x 0.9 = 75.6)
    "05.2": 42.0,
    # shortfalls 1 + 1 + 2 + 1 + 2 = 7 of the 37 required: 1 - 7/37 (the lesson's candidates: 25/37, 35/37)
    "07.3": 30 / 37,
    # answers 2, 2, 3, 3 (the lesson's worked example: 1, 1, 2, 1): mean 2.5, (2.5 - 1) / 4 x 100
    "07.1": 37.5,
}
