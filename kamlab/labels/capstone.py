"""Labels of lesson 07's capstone (:mod:`kamlab.models.kam_in_practice.capstone`): keys
``kam_in_practice.capstone.*``, beside the rest of lesson 07 in :mod:`kamlab.labels.kam_in_practice`.
"""

_P = "kam_in_practice.capstone."

_CAPSTONE = {
    "arm.no_kam": ("不做大客户管理", "No KAM"),
    "arm.programme": ("大客户管理方案", "KAM programme"),
    "mean": ("均值", "mean"),
    "p5": ("第5百分位", "5th percentile"),
    "profit_axis": ("{years} 年贴现利润合计（百万元）", "Discounted profit over {years} years (million yuan)"),
    "count_axis": ("情景数", "Scenarios"),
    "title": (
        "年预算 {budget} 万元：预期增益 {uplift} 万元",
        "Budget {budget} yuan a year: expected uplift {uplift} yuan",
    ),
    "level.none": ("不设", "None"),
    "level.basic": ("兼职大客户经理", "Part-time key-account manager"),
    "level.team": ("专职大客户经理加跨职能小组", "Dedicated key-account manager and cross-functional team"),
    "rule.optimal": ("最优（背包算法）", "Optimal (knapsack)"),
    "rule.revenue": ("按收入排序", "By revenue"),
    "rule.profit": ("按利润排序", "By profit"),
    "rule.attractiveness": ("按吸引力排序", "By attractiveness"),
    "rule.stance": ("按组合矩阵策略", "By portfolio stance"),
    "benefit": ("预期收益（未扣大客户管理费用）", "Expected benefit (before KAM cost)"),
    "cost": ("预期大客户管理费用", "Expected KAM cost"),
    "accounts_axis": ("{years} 年贴现金额（万元）", "Discounted over {years} years (thousand yuan)"),
    "accounts_title": ("哪些客户赚回了大客户管理的钱？", "Which accounts earn their KAM money?"),
    "no_accounts": ("方案中没有客户", "No account in the programme"),
    "ctrl.budget": ("年预算（元）", "Budget (yuan/year)"),
    "ctrl.rule": ("规则", "Rule"),
    "ctrl.level": ("级别", "Level"),
    "ctrl.top_n": ("最多客户数", "Top N"),
    "caption": (
        "方案覆盖 {n} 个客户，每年费用 <b>{cost} 元</b>；{years} 年预期增益 <b>{uplift} 元</b>，"
        "投资回报率 {roi}；第5百分位：不做大客户管理 {p5_no_kam} 元，做 {p5} 元；"
        "方案不如不做的概率 <b>{p_worse}</b>。",
        "The programme covers {n} accounts for <b>{cost} yuan</b> a year; expected uplift over {years} years "
        "<b>{uplift} yuan</b>, ROI {roi}; 5th percentile: {p5_no_kam} yuan without KAM, {p5} yuan with it; "
        "chance of doing worse than no KAM <b>{p_worse}</b>.",
    ),
}

LABELS: dict[str, dict[str, str]] = {_P + key: {"zh": zh, "en": en} for key, (zh, en) in _CAPSTONE.items()}
