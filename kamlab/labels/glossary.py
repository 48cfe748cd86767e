"""One term per concept: the zh/en glossary every lesson, label, exercise and course notebook uses.

:data:`TERMS` lists each concept once, with its group, its Chinese and English term, and the
variants that must not be used for it (``banned``, in the language they would be written in). A test
searches the lessons, the label catalog and the built notebooks for every banned variant;
:func:`kamlab.glossary` shows the table at the end of lesson 00. The misconceptions' and the cases'
names are the chapter's own words (:mod:`kamlab.labels.chapter`).

Examples
--------
>>> TERMS["retention"].zh, TERMS["retention"].en
('保留率', 'retention')
>>> "保持率" in TERMS["retention"].banned
True
"""

from __future__ import annotations

from dataclasses import dataclass

from .chapter import QUOTES

__all__ = ["Term", "TERMS", "GROUPS"]


@dataclass(frozen=True)
class Term:
    """One concept: its group (a key of :data:`GROUPS`), zh and en terms, and banned variants."""

    group: str
    zh: str
    en: str
    banned: tuple[str, ...] = ()


#: Group key -> (zh, en) heading.
GROUPS = {
    "stage": ("关系阶段", "Relationship stages"),
    "customer": ("客户与份额", "Customers and shares"),
    "profit": ("利润与价值", "Profit and value"),
    "role": ("大客户管理的角色与组织", "KAM roles and organisation"),
    "case": ("教材的三个案例", "The chapter's three cases"),
    "misconception": ("教材的五个误区", "The chapter's five misconceptions"),
    "method": ("方法", "Methods"),
    "phrase": ("教材的说法", "The chapter's phrases"),
}

_STAGE_BANNED = ("探索型", "基础型", "基础阶段", "合作型", "相互依存", "整合型", "整合阶段", "一体化型")

TERMS: dict[str, Term] = {
    # relationship stages (McDonald, Millman & Rogers 1997): one zh set, the data dictionary's
    "stage.exploratory": Term("stage", "探索阶段", "exploratory stage", _STAGE_BANNED),
    "stage.basic": Term("stage", "基本阶段", "basic stage"),
    "stage.cooperative": Term("stage", "合作阶段", "cooperative stage"),
    "stage.interdependent": Term("stage", "相互依赖阶段", "interdependent stage"),
    "stage.integrated": Term("stage", "一体化阶段", "integrated stage"),
    # customers and shares
    "key_account": Term("customer", "大客户", "key account"),
    "potential_key_account": Term("customer", "潜在的大客户", "potential key account"),
    "retention": Term("customer", "保留率", "retention", ("保持率",)),
    "share_of_wallet": Term("customer", "钱包份额", "share of wallet"),
    "customer_share": Term("customer", "客户占有", "customer share"),
    "market_share": Term("customer", "市场占有", "market share"),
    "sell_through": Term("customer", "动销率", "sell-through"),
    # profit and value
    "gross_profit": Term("profit", "毛利", "gross profit"),
    "cost_to_serve": Term("profit", "服务成本", "cost to serve"),
    "customer_profit": Term("profit", "客户利润（扣除服务成本）", "customer profit (after cost to serve)"),
    "discounted_profit": Term(
        "profit", "折现利润", "discounted profit", ("预期收入（元）", "收入的第 5 百分位", "Expected revenue (yuan)")
    ),
    "clv": Term("profit", "客户终身价值", "customer lifetime value"),
    "customer_equity": Term("profit", "客户资产", "customer equity"),
    # roles and organisation
    "kam": Term("role", "大客户管理", "key account management (KAM)"),
    "key_account_manager": Term("role", "大客户经理", "key-account manager"),
    "part_time_manager": Term("role", "兼职大客户经理", "part-time key-account manager"),
    "team": Term("role", "跨职能小组", "cross-functional team", ("跨部门团队",)),
    "kam_department": Term("role", "大客户管理部", "KAM department"),
    "inverted_pyramid": Term("role", "倒金字塔", "inverted pyramid"),
    # the chapter's cases and misconceptions: its own words
    "case.k1": Term("case", f"案例一：{QUOTES['k1_name'].zh}", "case K1: the runaway horse", ("脱缰的野马",)),
    "case.k2": Term("case", f"案例二：{QUOTES['k2_name'].zh}", "case K2: the complaint relay"),
    "case.k3": Term(
        "case", f"案例三：{QUOTES['k3_name'].zh}（国美与格力）", "case K3: conflict with a key account (Gome vs Gree)"
    ),
    "m1": Term("misconception", f"误区一：{QUOTES['m1'].zh}", f"M1: {QUOTES['m1'].en_translation}", ("让步越多越好",)),
    "m2": Term("misconception", f"误区二：{QUOTES['m2'].zh}", f"M2: {QUOTES['m2'].en_translation}", ("大客户走量",)),
    "m3": Term(
        "misconception", f"误区三：{QUOTES['m3'].zh}", f"M3: {QUOTES['m3'].en_translation}", ("沿用传统的营销方式",)
    ),
    "m4": Term(
        "misconception", f"误区四：{QUOTES['m4'].zh}", f"M4: {QUOTES['m4'].en_translation}", ("为了大客户放弃传统客户",)
    ),
    "m5": Term("misconception", f"误区五：{QUOTES['m5'].zh}", f"M5: {QUOTES['m5'].en_translation}", ("万事大吉",)),
    # methods
    "subjective": Term("method", "主观感知", "subjective perception"),
    "objective": Term("method", "客观判断", "objective judgement"),
    "jaccard": Term("method", "杰卡德系数", "Jaccard index", ("（Jaccard）",)),
    "portfolio_matrix": Term("method", "大客户组合矩阵", "key-account portfolio matrix"),
    "customers_unequal": Term(
        "phrase",
        QUOTES["customers_unequal"].zh,
        QUOTES["customers_unequal"].en_translation,
        ("生来就是不平等", "生而不平等"),
    ),
    "water_and_nutrients": Term("phrase", "水分和营养", "water and nutrients", ("水分和养料",)),
}

LABELS: dict[str, dict[str, str]] = {
    "glossary.group": {"zh": "类别", "en": "Group"},
    "glossary.zh": {"zh": "中文术语", "en": "Chinese term"},
    "glossary.en": {"zh": "英文术语", "en": "English term"},
    **{f"glossary.group.{key}": {"zh": zh, "en": en} for key, (zh, en) in GROUPS.items()},
}
