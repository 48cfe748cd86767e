"""The simulated customers' company names, in Chinese and English (city + core name + industry)."""

from __future__ import annotations

import numpy as np

_INDUSTRY_NAME = (
    ("汽车零部件", "Auto Parts"),
    ("工程机械", "Construction Machinery"),
    ("包装机械", "Packaging Machinery"),
    ("农业装备", "Agricultural Equipment"),
    ("数控机床", "CNC Machine Tools"),
    ("矿山机械", "Mining Machinery"),
    ("船舶配套", "Marine Equipment"),
    ("能源装备", "Energy Equipment"),
    ("液压机电贸易", "Hydraulics Trading"),
)
_CITIES = (  # six cities per region, in CATEGORIES["region"] order
    (
        ("苏州", "Suzhou"),
        ("无锡", "Wuxi"),
        ("宁波", "Ningbo"),
        ("温州", "Wenzhou"),
        ("合肥", "Hefei"),
        ("济南", "Jinan"),
    ),
    (
        ("佛山", "Foshan"),
        ("东莞", "Dongguan"),
        ("厦门", "Xiamen"),
        ("泉州", "Quanzhou"),
        ("柳州", "Liuzhou"),
        ("中山", "Zhongshan"),
    ),
    (
        ("天津", "Tianjin"),
        ("唐山", "Tangshan"),
        ("保定", "Baoding"),
        ("太原", "Taiyuan"),
        ("沧州", "Cangzhou"),
        ("廊坊", "Langfang"),
    ),
    (
        ("武汉", "Wuhan"),
        ("长沙", "Changsha"),
        ("株洲", "Zhuzhou"),
        ("洛阳", "Luoyang"),
        ("襄阳", "Xiangyang"),
        ("南昌", "Nanchang"),
    ),
    (
        ("成都", "Chengdu"),
        ("重庆", "Chongqing"),
        ("绵阳", "Mianyang"),
        ("德阳", "Deyang"),
        ("昆明", "Kunming"),
        ("贵阳", "Guiyang"),
    ),
    (
        ("沈阳", "Shenyang"),
        ("大连", "Dalian"),
        ("长春", "Changchun"),
        ("哈尔滨", "Harbin"),
        ("鞍山", "Anshan"),
        ("吉林", "Jilin"),
    ),
    (
        ("西安", "Xi'an"),
        ("宝鸡", "Baoji"),
        ("兰州", "Lanzhou"),
        ("银川", "Yinchuan"),
        ("西宁", "Xining"),
        ("咸阳", "Xianyang"),
    ),
)
_NAME_FIRST = (
    ("瑞", "Rui"),
    ("鼎", "Ding"),
    ("华", "Hua"),
    ("金", "Jin"),
    ("宏", "Hong"),
    ("盛", "Sheng"),
    ("永", "Yong"),
    ("博", "Bo"),
    ("精", "Jing"),
    ("安", "An"),
    ("东", "Dong"),
    ("联", "Lian"),
    ("凯", "Kai"),
    ("天", "Tian"),
    ("百", "Bai"),
    ("新", "Xin"),
    ("恒", "Heng"),
    ("泰", "Tai"),
    ("嘉", "Jia"),
    ("明", "Ming"),
)
_NAME_SECOND = (
    ("祥", "xiang"),
    ("信", "xin"),
    ("晟", "sheng"),
    ("诺", "nuo"),
    ("远", "yuan"),
    ("达", "da"),
    ("固", "gu"),
    ("锐", "rui"),
    ("诚", "cheng"),
    ("顺", "shun"),
    ("丰", "feng"),
    ("途", "tu"),
    ("越", "yue"),
    ("川", "chuan"),
    ("和", "he"),
    ("禾", "he"),
    ("轩", "xuan"),
    ("隆", "long"),
    ("拓", "tuo"),
    ("益", "yi"),
)
_NAME_CACHE: dict[str, np.ndarray] = {}


def _company_names() -> tuple[np.ndarray, np.ndarray]:
    """Every fictional company name: city x two-character brand x industry (object arrays)."""
    if not _NAME_CACHE:
        zh, en = [], []
        for region in _CITIES:
            for city_zh, city_en in region:
                for f_zh, f_en in _NAME_FIRST:
                    for s_zh, s_en in _NAME_SECOND:
                        for ind_zh, ind_en in _INDUSTRY_NAME:
                            zh.append(f"{city_zh}{f_zh}{s_zh}{ind_zh}有限公司")
                            en.append(f"{city_en} {f_en}{s_en} {ind_en} Co., Ltd.")
        _NAME_CACHE["zh"] = np.array(zh, dtype=object)
        _NAME_CACHE["en"] = np.array(en, dtype=object)
    return _NAME_CACHE["zh"], _NAME_CACHE["en"]


_NAMES_BY_HAND = 50_000  # below this many accounts, format each name rather than build all 151,200


def _names_at(city: np.ndarray, core: np.ndarray, industry: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The zh and en names of accounts with these city, brand (``core``) and industry codes.

    Equal to taking them from :func:`_company_names` (tested on every name): a small
    table formats only its own names (building all 151,200 costs ~0.2 s, a fifth of a
    lesson's first ``make_accounts``); a large one, or any once the table exists, takes.
    """
    n_second = len(_NAME_SECOND)
    if _NAME_CACHE or city.size >= _NAMES_BY_HAND:
        names_zh, names_en = _company_names()
        idx = (city * len(_NAME_FIRST) * n_second + core) * len(_INDUSTRY_NAME) + industry
        return names_zh[idx], names_en[idx]
    cities = [c for region in _CITIES for c in region]
    zh = np.empty(city.size, dtype=object)
    en = np.empty(city.size, dtype=object)
    for i, (c, k, ind) in enumerate(zip(city.tolist(), core.tolist(), industry.tolist())):
        (c_zh, c_en), (f_zh, f_en), (s_zh, s_en) = cities[c], _NAME_FIRST[k // n_second], _NAME_SECOND[k % n_second]
        ind_zh, ind_en = _INDUSTRY_NAME[ind]
        zh[i] = f"{c_zh}{f_zh}{s_zh}{ind_zh}有限公司"
        en[i] = f"{c_en} {f_en}{s_en} {ind_en} Co., Ltd."
    return zh, en
