"""Labels of lesson 01 (what a key account is): the scoring and concentration explorers."""

_TEXTS = {
    # scoring explorer (chapter C1, subjective perception)
    "lesson01.weight": ("权重·{criterion}", "Weight · {criterion}"),
    "lesson01.top_title": ("得分前 {n} 名的客户：各项标准的贡献", "Top {n} accounts: what each criterion contributes"),
    "lesson01.potential_title": ("潜在大客户：在当前权重下排第几", "Potential key accounts: their rank under these weights"),
    "lesson01.potential_note": ("（红色 = 已进入前 {share:.0%} 的大客户名单）", "(red = already among the top {share:.0%})"),
    "lesson01.no_potential": ("这批客户中没有潜在大客户。", "There are no potential key accounts in these data."),
    "lesson01.no_weight": (
        "所有权重都是 0：没有任何一项标准参与打分，也就无从排名。请至少把一项权重调到大于 0。",
        "All weights are 0: no criterion counts, so there is no ranking. Move at least one weight above 0.",
    ),
    "lesson01.weights_used": ("归一化后的权重：{weights}", "Weights, scaled to add up to 100%: {weights}"),
    "lesson01.scoring_summary": (
        "得分前 {share:.0%} 的 {n_key} 家客户算作大客户；{n_potential} 家潜在大客户中，"
        "已有 {n_in} 家进入这份名单。第 1 名：{top}，{score:.1f} 分。",
        "The best {share:.0%}, {n_key} accounts, count as key accounts; of the {n_potential} potential "
        "key accounts, {n_in} are on that list. Number 1: {top}, {score:.1f} points.",
    ),
    "lesson01.score": ("得分", "Score"),
    "lesson01.account": ("客户", "Account"),
    "lesson01.potential": ("潜在大客户", "Potential key account"),
    "lesson01.yes": ("是", "yes"),
    "lesson01.no": ("否", "no"),
    # concentration explorer (chapter C2, objective judgement)
    "lesson01.concentration": ("前 20% 客户的销售额占比", "Top 20%'s share of revenue"),
    "lesson01.cut.vip": ("VIP客户占客户数", "VIP: share of accounts"),
    "lesson01.cut.important": ("重要客户占客户数", "Important: share of accounts"),
    "lesson01.cut.ordinary": ("普通大客户占客户数", "Ordinary key accounts: share of accounts"),
    "lesson01.cuts_too_big": (
        "三个大客户层级合计占客户数的 {total:.0%}，没有给小客户留下位置（合计必须小于 100%）。请调小其中一个层级。",
        "The three key-account tiers add up to {total:.0%} of the accounts and leave no room for small "
        "customers (they must add up to less than 100%). Make one of them smaller.",
    ),
    "lesson01.lorenz_title": ("洛伦兹曲线：前 20% 的客户占 {top20:.0%}", "Lorenz curve: the top 20% hold {top20:.0%}"),
    "lesson01.hhi_note": ("HHI = {hhi:,.0f}\n≈ {eq:,.0f} 家同样大小的客户", "HHI = {hhi:,.0f}\n≈ {eq:,.0f} equal-sized customers"),
    "lesson01.concentration_summary": (
        "{n} 家模拟客户：前 20% 占销售额的 {top20:.0%}；基尼系数 {gini:.3f}；HHI {hhi:,.0f}，"
        "相当于 {eq:,.0f} 家同样大小的客户。",
        "{n} simulated accounts: the top 20% hold {top20:.0%} of revenue; Gini {gini:.3f}; HHI {hhi:,.0f}, "
        "as concentrated as {eq:,.0f} equal-sized customers.",
    ),
    "lesson01.tier": ("层级", "Tier"),
    "lesson01.accounts_share": ("客户数占比", "Share of accounts"),
    "lesson01.revenue_share": ("销售额占比", "Share of revenue"),
    "lesson01.ideal_share": ("理想 80/20 帕雷托分布", "Ideal 80/20 Pareto base"),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
