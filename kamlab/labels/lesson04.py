"""Labels of lesson 04 (case K1, runaway horse): plots and explorers."""

_TEXTS = {
    "lesson04.side.A": ("A公司", "Company A"),
    "lesson04.side.B": ("B公司", "Company B"),
    "lesson04.shape.bow_tie": ("蝴蝶结型：所有联系都经过一个人", "Bow-tie: every link runs through one person"),
    "lesson04.shape.diamond": ("钻石型：多个部门多层次对接", "Diamond: many people, many functions"),
    "lesson04.map_title": ("{who}（{shape}）", "{who} ({shape})"),
    "lesson04.risk_box": ("失去B公司的概率：正常年份 {p_normal}，陆经理辞职的那一年 {p_lu}",
                          "Probability of losing B: normal year {p_normal}, the year Lu resigns {p_lu}"),
    "lesson04.plan.bow_tie": ("陆经理一人（2007年）", "Lu alone (2007)"),
    "lesson04.plan.bow_tie_crm": ("陆经理一人 + CRM", "Lu alone + CRM"),
    "lesson04.plan.diamond_no_crm": ("团队，无CRM", "Team, no CRM"),
    "lesson04.plan.diamond": ("团队 + CRM", "Team + CRM"),
    "lesson04.plan.student": ("你的计划", "Your plan"),
    "lesson04.plan.contacts": ("联系人数据", "Contacts data"),
    "lesson04.resigned": ("（已辞职）", "(resigned)"),
    "lesson04.hours_edge": ("{h:.0f} 小时", "{h:.0f} h"),
    "lesson04.risk_axis": ("一年内失去B公司的概率（%）", "Probability of losing B within a year (%)"),
    "lesson04.risk_normal": ("正常年份", "Normal year"),
    "lesson04.risk_lu": ("陆经理辞职的那一年", "The year Lu resigns"),
    "lesson04.risk_title": ("失去大客户的风险", "Risk of losing the key account"),
    "lesson04.share_axis": ("占A公司销售总额的比例（%）", "Share of A's total sales (%)"),
    "lesson04.share_title": ("A公司最大的 {n} 个客户（2007年）", "A's {n} largest accounts (2007)"),
    "lesson04.disclosure_line": ("10% 参考线（IFRS 8.34）", "10% reference line (IFRS 8.34)"),
    "lesson04.account_axis": ("客户（按销售额排序）", "Account (by revenue)"),
    "lesson04.ctrl.hours": ("{a}—{b}（小时/年）", "{a}–{b} (h/year)"),
    "lesson04.ctrl.knowledge_capture": ("CRM记录中的客户知识", "Knowledge captured in CRM"),
    "lesson04.ctrl.departure": ("每人每年离职概率", "Yearly chance a person leaves"),
    "lesson04.ctrl.budget_hours": ("时间预算（小时/年）", "Budget (hours/year)"),
    "lesson04.ctrl.lu_resigns": ("情景：陆经理辞职", "Scenario: Lu resigns"),
    "lesson04.caption": (
        "投入 {hours:.0f} / {budget:.0f} 小时。{shape}。"
        "正常年份失去B公司的概率 <b>{p_normal}</b>，预期收入损失 {loss_normal} 元；"
        "陆经理辞职的那一年，概率 <b>{p_lu}</b>，预期收入损失 <b>{loss_lu} 元</b>（B公司年销售额 {revenue} 元）。",
        "{hours:.0f} of {budget:.0f} hours used. {shape}. "
        "Probability of losing B in a normal year <b>{p_normal}</b>, expected revenue loss {loss_normal} yuan; "
        "in the year Lu resigns <b>{p_lu}</b>, expected revenue loss <b>{loss_lu} yuan</b> "
        "(B buys {revenue} yuan a year).",
    ),
    "lesson04.over_budget": (
        "<b>超出预算 {over:.0f} 小时：</b>A公司腾不出这么多时间，请减少某些联系的小时数。",
        "<b>{over:.0f} hours over budget:</b> A cannot spare that much time; cut the hours of some links.",
    ),
    "lesson04.no_links": ("没有任何联系：客户已经失去了。", "No link at all: the account is already lost."),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
