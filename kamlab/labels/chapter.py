"""The chapter's own words: one catalog of every passage kamlab presents as the chapter's.

Every lesson, label or exercise text that says "the chapter says" (教材说, 本章, 书中), names a
misconception or quotes a case takes the words from :data:`QUOTES`, by key:

* a label module calls :func:`quote` (``quote("m1", "zh")`` is ``「供应商给大客户的优惠政策越多越好」``);
* a lesson source writes ``{{chapter:m1}}`` in its prose; ``tools/build_notebooks.py`` puts the
  quotation there, in the cell's language.

``zh`` is the chapter's text **verbatim** (Chapter 4, "Key Account Management (1)"; only the
full-width forms of its ``,`` ``:`` ``(`` ``)`` are used), ``section`` the chapter point it comes from
(the ids of the chapter outline: C1-C2, K1-K3, I1-I4, M1-M5, P1-P5) and ``en_translation`` **our
translation**, not the chapter's words (lesson 00 tells English readers so once; :func:`quote` adds
no mark to each quotation). A test checks every ``zh``
against the chapter's text and fails on any quotation in a lesson or label that does not come from
here.

In Chinese the quotation is set in corner brackets 「」, which kamlab keeps for the chapter's words;
in English it is set in double quotes.

Examples
--------
>>> quote("customers_unequal", "zh")
'「客户天生不平等」'
>>> quote("customers_unequal", "en")
'“customers are born unequal”'
>>> QUOTES["m3"].section
'M3'
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

__all__ = ["Quote", "QUOTES", "quote", "expand"]


@dataclass(frozen=True)
class Quote:
    """One passage of the chapter.

    Attributes
    ----------
    zh : str
        The chapter's words, verbatim.
    section : str
        The chapter point (outline id) it comes from.
    en_translation : str
        Our English translation (not the chapter's words), shown in the English lessons.
    """

    zh: str
    section: str
    en_translation: str


_Q = {
    # What a key account is (C1, C2)
    "no_rigid_definition": (
        "C1",
        "没有必要非得下一个极其规范明确的定义",
        "there is no need to insist on a strictly standard, precise definition",
    ),
    "subjective": ("C1", "主观感知", "subjective perception"),
    "objective": ("C2", "客观判断", "objective judgement"),
    "pareto": ("C2", "20%的客户可以带来80%的业务", "20% of customers can bring 80% of the business"),
    # Case K1
    "k1_name": ("K1", "脱缰野马", "runaway horse"),
    "k1_called": (
        "K1",
        "从大客户管理角度我们把陆经理称之为“脱缰野马”",
        "from the point of view of key account management, we call Manager Lu a ‘runaway horse’",
    ),
    "k1_cause": (
        "K1",
        "陆经理与公司缺乏良好沟通，更主要的是，公司既没采用大客户战略，也缺乏管理大客户的方法或流程",
        "Manager Lu lacked good communication with the company; more importantly, the company had no "
        "key-account strategy and no method or process for managing key accounts",
    ),
    "k1_big_customer": (
        "K1",
        "该公司有一个生产打包机的大客户",
        "the company has a key customer that makes baling machines",
    ),
    "k1_vps": ("K1", "几位副总及销售经理", "several vice presidents and the sales manager"),
    "k1_b_senior": ("K1", "高层管理人员", "senior managers"),
    "k1_b_executives": ("K1", "B公司的高层管理人员只与陆经理相熟", "B's senior managers knew only Manager Lu"),
    # Case K2
    "k2_name": ("K2", "抱怨传递", "complaint relay"),
    "k2_departments": ("K2", "相关业务部门", "the departments concerned"),
    "k2_wrong_info": (
        "K2",
        "客户和客服部门得到的是不完全或错误的信息",
        "the customer and the customer-service department get incomplete or wrong information",
    ),
    "k2_surface": (
        "K2",
        "从表面上看，这种“依从”可能是“客户导向”的体现",
        "on the surface, this ‘compliance’ may look like ‘customer orientation’",
    ),
    "k2_not_managed": (
        "K2",
        "这种情况反映了企业没有对销售进行正确的管理",
        "this situation shows that the company has not managed its sales properly",
    ),
    "k2_passive": ("K2", "销售人员处于被动地位", "the salesperson is in a passive position"),
    "k2_lesson": (
        "K2",
        "公司要重视大客户管理，建立大客户管理的流程",
        "the company must take key account management seriously and build key-account management processes",
    ),
    # Case K3
    "k3_name": ("K3", "与大客户冲突", "conflict with a key account"),
    "k3_sichuan": ("K3", "四川国美电器", "Sichuan Gome Electrical Appliances"),
    "k3_no_notice": ("K3", "在未通知格力的情况下", "without notifying Gree"),
    "k3_cut": ("K3", "擅自降价平均34%", "cut prices on its own authority by 34% on average"),
    "k3_under_1pct": (
        "K3",
        "宣称在国美的销售额贡献率不到1%",
        "stated that Gome contributed less than 1% of its sales",
    ),
    "k3_momentum": ("K3", "发展势头不容小视", "its momentum is not to be underestimated"),
    "k3_under_1pct_short": ("K3", "不到1%", "less than 1%"),
    "k3_more_grees": ("K3", "将会有更多的“格力”出现", "more ‘Grees’ will appear"),
    "k3_lose_lose": ("K3", "这显然是一个双输的结局", "this is clearly a lose-lose ending"),
    "k3_incident": ("K3", "“格力事件”也许就不会发生", "the ‘Gree incident’ might not have happened"),
    "k3_haier": (
        "K3",
        "成立了直接对接国美的大客户管理部，其效果非常明显",
        "set up a key-account management department dealing directly with Gome, with very clear effect",
    ),
    "k3_no_sulking": (
        "K3",
        "市场需要博弈但不需要无意义的赌气",
        "the market needs bargaining, but not pointless sulking",
    ),
    # Why KAM matters (I1-I4)
    "i1_title": ("I1", "占有客户比占有市场更重要", "owning customers matters more than owning the market"),
    "customers_unequal": ("I1", "客户天生不平等", "customers are born unequal"),
    "customer_share_premise": ("I1", "客户占有是市场占有的前提", "customer share is the precondition of market share"),
    "i2_title": ("I2", "客户是供应商最重要的资产", "customers are the supplier's most important asset"),
    "brand_from_loyalty": (
        "I2",
        "品牌资产的价值来源于客户对品牌的满意度和忠诚度",
        "the value of brand equity comes from customers' satisfaction with and loyalty to the brand",
    ),
    "i3_title": ("I3", "与大客户的关系是品牌的根基", "the relationship with key accounts is the root of the brand"),
    "water_and_nutrients": (
        "I3",
        "大客户是品牌之花的水分和营养",
        "key accounts are the water and nutrients of the brand's flower",
    ),
    "i4_title": ("I4", "忠诚的大客户是贡献利润的主力军", "loyal key accounts are the main force of profit"),
    "i4_33pct": (
        "I4",
        "对于20%毛利率的供应商，5%的商业拆扣，需要增加33%的销售量来弥补",
        "for a supplier with a 20% gross margin, a 5% trade discount needs 33% more sales volume to make up for it",
    ),
    "low_margin_industries": ("I4", "在利润率较低的行业中", "in industries with lower profit margins"),
    # The five misconceptions (M1-M5)
    "m1": (
        "M1",
        "供应商给大客户的优惠政策越多越好",
        "the more preferential policies a supplier gives key accounts, the better",
    ),
    "m1_degree": ("M1", "过犹不及", "too much is as bad as too little"),
    "m2": (
        "M2",
        "大客户贡献销量，中小客户贡献利润",
        "key accounts contribute volume, small and medium customers contribute profit",
    ),
    "m2_win_win": ("M2", "惟有共赢，才是双方真正的出路", "only win-win is the real way forward for both sides"),
    "m3": ("M3", "沿袭传统营销思路", "following the traditional marketing approach"),
    "m4": ("M4", "为了大客户舍弃传统客户", "abandoning traditional customers for key accounts"),
    "m4_interests": (
        "M4",
        "厂商之间没有永恒的朋友，也没有永恒的敌人，只有永恒的利害关系",
        "between manufacturers and merchants there are no eternal friends and no eternal enemies, only eternal interests",
    ),
    "m5": ("M5", "有了大客户万事不用管", "once you have key accounts, nothing needs managing"),
    # Main problems of KAM in Chinese firms (P1-P5)
    "inverted_pyramid": ("P2", "倒金字塔", "inverted pyramid"),
    "p3_role": ("P3", "工程师+销售员+领导者", "engineer + salesperson + leader"),
    "p5": ("P5", "实施大客户管理的准备不足，能力不够", "not prepared enough and not capable enough to implement KAM"),
}

#: key -> :class:`Quote`; the only place kamlab keeps the chapter's words.
QUOTES: dict[str, Quote] = {
    key: Quote(zh=zh, section=section, en_translation=en) for key, (section, zh, en) in _Q.items()
}


def quote(key: str, lang: str) -> str:
    """The chapter's passage ``key`` as shown: 「zh」 in Chinese, “en” (our translation) in English.

    Parameters
    ----------
    key : str
        A key of :data:`QUOTES`.
    lang : {"zh", "en"}

    Returns
    -------
    str

    Raises
    ------
    KeyError
        If ``key`` is not in the catalog (the message lists close keys).

    Examples
    --------
    >>> quote("m5", "zh")
    '「有了大客户万事不用管」'
    """
    if key not in QUOTES:
        close = difflib.get_close_matches(key, QUOTES, n=3)
        raise KeyError(f"quote: no chapter quotation {key!r}; close keys: {', '.join(close) or 'none'}.")
    q = QUOTES[key]
    return f"「{q.zh}」" if lang == "zh" else f"“{q.en_translation}”"


def expand(text: str, lang: str) -> str:
    """Replace every ``{{chapter:KEY}}`` in a lesson's prose with :func:`quote` of ``KEY``.

    Parameters
    ----------
    text : str
        Markdown of one language of a lesson cell.
    lang : {"zh", "en"}

    Returns
    -------
    str

    Examples
    --------
    >>> expand("误区五是{{chapter:m5}}。", "zh")
    '误区五是「有了大客户万事不用管」。'
    """
    return re.sub(r"\{\{chapter:([a-z0-9_]+)\}\}", lambda m: quote(m.group(1), lang), text)


LABELS: dict[str, dict[str, str]] = {
    f"chapter.{key}": {"zh": quote(key, "zh"), "en": quote(key, "en")} for key in QUOTES
}
