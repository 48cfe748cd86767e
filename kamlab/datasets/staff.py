"""Company A's staff (:func:`make_staff`): the sales and service people who own the accounts, Manager Lu first."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..schema import CATEGORIES
from ._draw import _category, _ids, _strings

__all__ = ["make_staff"]

# A's staff, as colleagues address them (the chapter's 陆经理 and 小张 are the first two).
_STAFF = (
    ("陆经理", "Manager Lu", "sales_rep", "sales"),
    ("小张", "Xiao Zhang", "sales_rep", "sales"),
    ("小王", "Xiao Wang", "sales_rep", "sales"),
    ("小赵", "Xiao Zhao", "sales_rep", "sales"),
    ("小陈", "Xiao Chen", "sales_rep", "sales"),
    ("小刘", "Xiao Liu", "sales_rep", "sales"),
    ("小孙", "Xiao Sun", "sales_rep", "sales"),
    ("小周", "Xiao Zhou", "sales_rep", "sales"),
    ("小吴", "Xiao Wu", "sales_rep", "sales"),
    ("小郑", "Xiao Zheng", "sales_rep", "sales"),
    ("小冯", "Xiao Feng", "sales_rep", "sales"),
    ("小何", "Xiao He", "sales_rep", "sales"),
    ("小许", "Xiao Xu", "sales_rep", "sales"),
    ("小高", "Xiao Gao", "sales_rep", "sales"),
    ("小林", "Xiao Lin", "sales_rep", "sales"),
    ("小罗", "Xiao Luo", "sales_rep", "sales"),
    ("马经理", "Manager Ma", "sales_manager", "sales"),
    ("杨副总", "VP Yang", "vice_president", "management"),
    ("黄副总", "VP Huang", "vice_president", "management"),
    ("朱工", "Engineer Zhu", "engineer", "engineering"),
    ("胡工", "Engineer Hu", "engineer", "engineering"),
    ("郭工", "Engineer Guo", "engineer", "engineering"),
    ("小唐", "Xiao Tang", "customer_service", "service"),
    ("小宋", "Xiao Song", "customer_service", "service"),
    ("小谢", "Xiao Xie", "customer_service", "service"),
    ("老董", "Lao Dong", "logistics", "logistics"),
    ("小于", "Xiao Yu", "logistics", "logistics"),
    ("钱经理", "Manager Qian", "key_account_manager", "sales"),
    ("韩经理", "Manager Han", "key_account_manager", "sales"),
)


def make_staff(*, with_key_account_managers: bool = True) -> pd.DataFrame:
    """Company A's staff who deal with customers (a fixed list; no randomness).

    Parameters
    ----------
    with_key_account_managers : bool
        Include the two key-account managers. The base of case K1 (runaway horse), 2007, has none:
        Company A had no KAM strategy, method or process then.

    Returns
    -------
    pandas.DataFrame
        Columns ``staff_id, name_zh, name_en, role, department``.

    Examples
    --------
    >>> staff = make_staff()
    >>> staff.loc[0, ["staff_id", "name_zh", "name_en"]].tolist()
    ['S01', '陆经理', 'Manager Lu']
    >>> int((make_staff(with_key_account_managers=False).role == "key_account_manager").sum())
    0
    """
    rows = [r for r in _STAFF if with_key_account_managers or r[2] != "key_account_manager"]
    roles = CATEGORIES["staff_role"]
    depts = CATEGORIES["department"]
    return pd.DataFrame(
        {
            "staff_id": _strings(_ids("S", len(rows), 2)),
            "name_zh": _strings([r[0] for r in rows]),
            "name_en": _strings([r[1] for r in rows]),
            "role": _category(np.array([roles.index(r[2]) for r in rows]), "staff_role"),
            "department": _category(np.array([depts.index(r[3]) for r in rows]), "department"),
        }
    )
