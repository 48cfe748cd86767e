"""Labels of the start-here lesson (00): its account explorer and its three plots.

The keys keep their ``ui.`` prefix (notebooks and tests use them); ``ui.top_n`` and ``ui.rank``,
which lesson 01 uses too, stay in :mod:`kamlab.labels.core`.
"""

_UI = {
    "ui.all": ("全部", "All"),
    "ui.industry": ("行业", "Industry"),
    "ui.region": ("地区", "Region"),
    "ui.sort_by": ("排序依据", "Sort by"),
    "ui.accounts_shown": (
        "筛选后客户 {n} 家，销售额合计 {total} 元，占全部的 {share}",
        "{n} accounts after filtering, revenue {total} yuan, {share} of all",
    ),
    "ui.no_accounts": ("没有符合条件的客户。", "No account matches these filters."),
    "ui.top_accounts_title": ("按{metric}排名前 {n} 的客户", "Top {n} accounts by {metric}"),
    "ui.revenue_by_industry": ("各行业销售额", "Revenue by industry"),
    "ui.revenue_10k": ("销售额（万元）", "Revenue (10k yuan)"),
    "ui.revenue_histogram": ("客户销售额分布（对数坐标）", "Revenue per account (log scale)"),
    "ui.number_of_accounts": ("客户数", "Number of accounts"),
    "ui.revenue_yuan_log": ("本年销售额（元，对数坐标）", "Revenue, current year (yuan, log scale)"),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _UI.items()}
