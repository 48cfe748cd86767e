"""Issue 30, point 7: lesson 01 and the capstone classify with the same function, against different groups.

Customer attractiveness is a percentile within the accounts given to ``portfolio_matrix``: lesson 01
gives it the key accounts, the capstone all customers. Lesson 07 says so; this test checks the claim.
"""

import kamlab
from kamlab.models.kam_in_practice.capstone import capstone


def test_capstone_quadrants_are_portfolio_matrix_on_the_whole_base():
    accounts = kamlab.make_accounts(300, seed=7)
    c = capstone(accounts, budget_yuan=200_000, n_sims=10)
    ids = c.key_accounts["account_id"]
    whole = kamlab.portfolio_matrix(accounts).set_index("account_id").loc[ids, "quadrant"]
    assert (c.key_accounts.set_index("account_id")["quadrant"] == whole).all()
    # among the key accounts alone (lesson 01's way) the attractive side is much less crowded
    alone = kamlab.portfolio_matrix(accounts[accounts["account_id"].isin(ids)])
    attractive_whole = whole.isin(["strategic", "star"]).mean()
    attractive_alone = alone["quadrant"].isin(["strategic", "star"]).mean()
    assert attractive_whole > attractive_alone + 0.2


def test_lesson_07_explains_the_difference():
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "tools"))
    import build_notebooks

    cells = build_notebooks.load_lesson(root / "tools" / "lessons" / "07_kam_in_practice.py").CELLS
    zh = "\n".join(c["zh"] for c in cells if c["type"] == "markdown")
    en = "\n".join(c["en"] for c in cells if c["type"] == "markdown")
    assert "为什么这里的组合分布和第 01 课不一样" in zh and "百分位" in zh
    assert "Why does the portfolio here differ from lesson 01's?" in en and "percentile" in en
    assert "not because of the\nmatrix" in en
