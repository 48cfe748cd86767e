"""Labels of lesson 02 (why key account management matters, I1-I4): plots and explorers."""

_TEXTS = {
    # I1 effort allocation
    "lesson02.policy.none": ("不追加投入", "No extra effort"),
    "lesson02.policy.even": ("平均分配", "Spread evenly"),
    "lesson02.policy.focused": ("集中于战略客户", "Focused on strategic accounts"),
    "lesson02.ctrl.budget_hours": ("投入预算（小时/年）", "Effort budget (hours/year)"),
    "lesson02.ctrl.focus_share": ("投向战略客户的份额", "Share of budget on strategic accounts"),
    "lesson02.ctrl.strategic_share": ("战略客户占客户数", "Strategic accounts (share of accounts)"),
    "lesson02.ctrl.strategic_by": ("战略客户的选择依据", "Choose strategic accounts by"),
    "lesson02.ctrl.half_effort_hours": ("半饱和投入（小时）", "Half-effect effort (hours)"),
    "lesson02.ctrl.response_strength": ("响应强度", "Response strength"),
    "lesson02.by.category_spend": ("客户采购总额（潜力）", "Customer's category spend (potential)"),
    "lesson02.by.revenue": ("本公司销售额", "Our revenue"),
    "lesson02.by.strategic_importance": ("战略重要性评分", "Strategic importance score"),
    "lesson02.focus_axis": ("投向战略客户的预算份额（%）", "Share of the budget on strategic accounts (%)"),
    "lesson02.gain_axis": ("比不追加投入多赚的利润（万元）", "Profit above no extra effort (10k yuan)"),
    "lesson02.gain_lifetime": ("终身利润增量", "Extra lifetime profit"),
    "lesson02.gain_yearly": ("当年利润增量", "Extra profit this year"),
    "lesson02.even_marker": ("平均分配", "Even spread"),
    "lesson02.current_marker": ("当前设置", "Current setting"),
    "lesson02.effort_title": ("平均用力，还是集中于战略客户？", "Spread the effort, or focus it?"),
    "lesson02.effort_caption": (
        "<b>{winner}</b>的终身利润更高，多出 {gain} 万元。"
        "钱包份额：平均分配 {sow_even}，集中投入 {sow_focused}；"
        "战略客户的保留率：{ret_even} 对 {ret_focused}；"
        "当年利润：{profit_even} 万元对 {profit_focused} 万元；"
        "终身利润：{life_even} 万元对 {life_focused} 万元。",
        "<b>{winner}</b> earns more over the accounts' lifetime, by {gain} (10k yuan). "
        "Share of wallet: even {sow_even}, focused {sow_focused}; "
        "retention of the strategic accounts: {ret_even} vs {ret_focused}; "
        "profit this year: {profit_even} vs {profit_focused}; "
        "lifetime profit: {life_even} vs {life_focused} (10k yuan).",
    ),
    # I2 CLV
    "lesson02.ctrl.margin_10k": ("年利润（万元）", "Yearly margin (10k yuan)"),
    "lesson02.ctrl.retention": ("保留率", "Retention rate"),
    "lesson02.ctrl.discount_rate": ("折现率", "Discount rate"),
    "lesson02.ctrl.growth": ("利润年增长率", "Margin growth per year"),
    "lesson02.clv_point": ("当前：乘数 {multiple:.2f}", "Now: multiple {multiple:.2f}"),
    "lesson02.clv_diverges_short": (
        "保留率 ×（1 + 增长率）≥ 1 + 折现率：\n终身价值没有有限值",
        "retention × (1 + growth) ≥ 1 + discount rate:\nno finite lifetime value",
    ),
    "lesson02.clv_caption": (
        "客户终身价值 = {margin} 万元 × 利润乘数 {multiple:.2f} = <b>{clv} 万元</b>。"
        "保留率提高 1 个百分点（相对只增加 {relative:.2%}），终身价值增加 <b>{gain:.1%}</b>；"
        "而利润提高 1%，终身价值只增加 1%。",
        "CLV = {margin} × margin multiple {multiple:.2f} = <b>{clv}</b> (10k yuan). "
        "One more point of retention (only {relative:.2%} more, relatively) raises CLV by <b>{gain:.1%}</b>; "
        "1% more margin raises it by 1%.",
    ),
    "lesson02.clv_caption_top": (
        "客户终身价值 = {margin} 万元 × 利润乘数 {multiple:.2f} = <b>{clv} 万元</b>。"
        "保留率已无法再提高 1 个百分点而保持有限的终身价值。",
        "CLV = {margin} × margin multiple {multiple:.2f} = <b>{clv}</b> (10k yuan). "
        "One more point of retention would leave no finite lifetime value.",
    ),
    "lesson02.clv_diverges": (
        "保留率 × （1 + 利润增长率） = {lhs:.3f}，不小于 1 + 折现率 = {rhs:.3f}："
        "折现后的年利润不再逐年变小，无穷期的终身价值没有有限值。"
        "请降低保留率或增长率，或提高折现率。",
        "retention × (1 + margin growth) = {lhs:.3f} is not below 1 + discount rate = {rhs:.3f}: "
        "the discounted margins no longer shrink, so the infinite-horizon lifetime value has no finite value. "
        "Lower retention or growth, or raise the discount rate.",
    ),
    # I3 retention
    "lesson02.ctrl.loyal_retention": ("忠诚客户保留率", "Loyal accounts' retention"),
    "lesson02.ctrl.transactional_retention": ("交易型客户保留率", "Transactional accounts' retention"),
    "lesson02.ctrl.horizon_years": ("年数", "Years"),
    "lesson02.group.loyal": ("忠诚客户", "Loyal accounts"),
    "lesson02.group.transactional": ("交易型客户", "Transactional accounts"),
    "lesson02.year_axis": ("第几年", "Year"),
    "lesson02.survival_axis": ("仍在购买的客户比例（%）", "Accounts still buying (%)"),
    "lesson02.survival_title": ("客户留存曲线", "Retention curves"),
    "lesson02.repeat_axis": ("累计重复购买（次/客户）", "Cumulative repeat purchases (per account)"),
    "lesson02.repeat_title": ("累计重复购买", "Cumulative repeat purchases"),
    "lesson02.group_line": ("{name}（保留率 {r:.0%}）", "{name} (retention {r:.0%})"),
    "lesson02.retention_caption": (
        "{years} 年后，忠诚客户还剩 {s_loyal}，交易型客户只剩 {s_trans}。"
        "每家客户的累计重复购买：{rep_loyal} 次对 {rep_trans} 次（{ratio} 倍）；"
        "平均客户寿命：{life_loyal} 年对 {life_trans} 年。",
        "After {years} years {s_loyal} of the loyal accounts still buy, {s_trans} of the transactional ones. "
        "Repeat purchases per account: {rep_loyal} vs {rep_trans} ({ratio} times); "
        "expected lifetime: {life_loyal} vs {life_trans} years.",
    ),
    # I4 break-even
    "lesson02.ctrl.gross_margin": ("毛利率", "Gross margin"),
    "lesson02.ctrl.discount": ("价格折扣", "Price discount"),
    "lesson02.breakeven_map_title": ("折扣需要增加多少销量才能保本？", "Extra volume a discount needs to break even"),
    "lesson02.margin_axis": ("毛利率（%）", "Gross margin (%)"),
    "lesson02.colorbar": ("所需销量增长（%，上限按 300% 显示）", "Volume increase needed (%, shown up to 300%)"),
    "lesson02.no_compensation_line": ("折扣 = 毛利率：超过这条线，多少销量都补不回来",
                                      "Discount = margin: beyond this line no volume compensates"),
    "lesson02.breakeven_point": ("+{x:.0%}", "+{x:.0%}"),
    "lesson02.breakeven_point_none": ("无法弥补", "cannot compensate"),
    "lesson02.breakeven_caption": (
        "毛利率 {m:.0%}、折扣 {d:.0%}：每 100 元售价的毛利从 {before:.0f} 元降到 {after:.0f} 元，"
        "销量必须增加 {before:.0f} / {after:.0f} − 1 = <b>{x:.1%}</b> 才能保住原来的毛利。",
        "Gross margin {m:.0%}, discount {d:.0%}: gross profit per 100 yuan of list price falls from "
        "{before:.0f} to {after:.0f} yuan, so volume must grow by {before:.0f} / {after:.0f} − 1 = "
        "<b>{x:.1%}</b> to keep the gross profit.",
    ),
    "lesson02.breakeven_caption_none": (
        "毛利率 {m:.0%}、折扣 {d:.0%}：折扣不低于毛利率，每卖一件都不赚钱甚至亏钱"
        "（每 100 元售价毛利 {after:.0f} 元），卖得越多亏得越多，<b>多少销量都无法弥补</b>。",
        "Gross margin {m:.0%}, discount {d:.0%}: the discount is not below the margin, so every unit "
        "sells at no profit or at a loss ({after:.0f} yuan per 100 yuan of list price); selling more "
        "only loses more, and <b>no volume can compensate</b>.",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
