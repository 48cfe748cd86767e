"""Labels of lesson 02 (why key account management matters, I1-I4): plots and explorers; and its exercises (:mod:`kamlab.exercises.why_kam`)."""

from .chapter import quote

_LESSON = {
    # I1 effort allocation
    "why_kam.policy.none": ("不追加投入", "No extra effort"),
    "why_kam.effort.profit": ("投入后毛利", "Gross profit after effort"),
    "why_kam.policy.even": ("平均分配", "Spread evenly"),
    "why_kam.policy.focused": ("集中于战略客户", "Focused on strategic accounts"),
    "why_kam.ctrl.budget_hours": ("投入预算（小时/年）", "Effort budget (hours/year)"),
    "why_kam.ctrl.focus_share": ("投向战略客户的份额", "Share of budget on strategic accounts"),
    "why_kam.ctrl.strategic_share": ("战略客户占客户数", "Strategic accounts (share of accounts)"),
    "why_kam.ctrl.strategic_by": ("战略客户的选择依据", "Choose strategic accounts by"),
    "why_kam.ctrl.half_effort_hours": ("半饱和投入（小时）", "Half-effect effort (hours)"),
    "why_kam.ctrl.response_strength": ("响应强度", "Response strength"),
    "why_kam.by.category_spend": ("客户采购总额（潜力）", "Customer's category spend (potential)"),
    "why_kam.by.revenue": ("本公司销售额", "Our revenue"),
    "why_kam.by.strategic_importance": ("战略重要性评分", "Strategic importance score"),
    "why_kam.focus_axis": ("投向战略客户的预算份额（%）", "Share of the budget on strategic accounts (%)"),
    "why_kam.gain_axis": ("比不追加投入多赚的利润（万元）", "Profit above no extra effort (10k yuan)"),
    "why_kam.gain_lifetime": ("终身利润增量", "Extra lifetime profit"),
    "why_kam.gain_yearly": ("当年利润增量", "Extra profit this year"),
    "why_kam.even_marker": ("平均分配", "Even spread"),
    "why_kam.current_marker": ("当前设置", "Current setting"),
    "why_kam.effort_title": ("平均用力，还是集中于战略客户？", "Spread the effort, or focus it?"),
    "why_kam.effort_caption": (
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
    "why_kam.ctrl.margin_10k": ("年利润（万元）", "Yearly margin (10k yuan)"),
    "why_kam.ctrl.retention": ("保留率", "Retention rate"),
    "why_kam.ctrl.discount_rate": ("折现率", "Discount rate"),
    "why_kam.ctrl.growth": ("利润年增长率", "Margin growth per year"),
    "why_kam.clv_point": ("当前：乘数 {multiple:.2f}", "Now: multiple {multiple:.2f}"),
    "why_kam.clv_diverges_short": (
        "保留率 ×（1 + 增长率）≥ 1 + 折现率：\n终身价值没有有限值",
        "retention × (1 + growth) ≥ 1 + discount rate:\nno finite lifetime value",
    ),
    "why_kam.clv_caption": (
        "客户终身价值 = {margin} 万元 × 利润乘数 {multiple:.2f} = <b>{clv} 万元</b>。"
        "保留率提高 1 个百分点（相对只增加 {relative:.2%}），终身价值增加 <b>{gain:.1%}</b>；"
        "而利润提高 1%，终身价值只增加 1%。",
        "CLV = {margin} × margin multiple {multiple:.2f} = <b>{clv}</b> (10k yuan). "
        "One more point of retention (only {relative:.2%} more, relatively) raises CLV by <b>{gain:.1%}</b>; "
        "1% more margin raises it by 1%.",
    ),
    "why_kam.clv_caption_top": (
        "客户终身价值 = {margin} 万元 × 利润乘数 {multiple:.2f} = <b>{clv} 万元</b>。"
        "保留率已无法再提高 1 个百分点而保持有限的终身价值。",
        "CLV = {margin} × margin multiple {multiple:.2f} = <b>{clv}</b> (10k yuan). "
        "One more point of retention would leave no finite lifetime value.",
    ),
    "why_kam.clv_diverges": (
        "保留率 × （1 + 利润增长率） = {lhs:.3f}，不小于 1 + 折现率 = {rhs:.3f}："
        "折现后的年利润不再逐年变小，无穷期的终身价值没有有限值。"
        "请降低保留率或增长率，或提高折现率。",
        "retention × (1 + margin growth) = {lhs:.3f} is not below 1 + discount rate = {rhs:.3f}: "
        "the discounted margins no longer shrink, so the infinite-horizon lifetime value has no finite value. "
        "Lower retention or growth, or raise the discount rate.",
    ),
    # I3 retention
    "why_kam.ctrl.loyal_retention": ("忠诚客户保留率", "Loyal accounts' retention"),
    "why_kam.ctrl.transactional_retention": ("交易型客户保留率", "Transactional accounts' retention"),
    "why_kam.ctrl.horizon_years": ("年数", "Years"),
    "why_kam.group.loyal": ("忠诚客户", "Loyal accounts"),
    "why_kam.group.transactional": ("交易型客户", "Transactional accounts"),
    "why_kam.year_axis": ("第几年", "Year"),
    "why_kam.survival_axis": ("仍在购买的客户比例（%）", "Accounts still buying (%)"),
    "why_kam.survival_title": ("客户留存曲线", "Retention curves"),
    "why_kam.repeat_axis": ("累计重复购买（次/客户）", "Cumulative repeat purchases (per account)"),
    "why_kam.repeat_title": ("累计重复购买", "Cumulative repeat purchases"),
    "why_kam.group_line": ("{name}（保留率 {r:.0%}）", "{name} (retention {r:.0%})"),
    "why_kam.retention_caption": (
        "{years} 年后，忠诚客户还剩 {s_loyal}，交易型客户只剩 {s_trans}。"
        "每家客户的累计重复购买：{rep_loyal} 次对 {rep_trans} 次（{ratio} 倍）；"
        "平均客户寿命：{life_loyal} 年对 {life_trans} 年。",
        "After {years} years {s_loyal} of the loyal accounts still buy, {s_trans} of the transactional ones. "
        "Repeat purchases per account: {rep_loyal} vs {rep_trans} ({ratio} times); "
        "expected lifetime: {life_loyal} vs {life_trans} years.",
    ),
    # I4 break-even
    "why_kam.ctrl.gross_margin": ("毛利率", "Gross margin"),
    "why_kam.ctrl.discount": ("价格折扣", "Price discount"),
    "why_kam.breakeven_map_title": ("折扣需要增加多少销量才能保本？", "Extra volume a discount needs to break even"),
    "why_kam.margin_axis": ("毛利率（%）", "Gross margin (%)"),
    "why_kam.colorbar": ("所需销量增长（%，上限按 300% 显示）", "Volume increase needed (%, shown up to 300%)"),
    "why_kam.no_compensation_line": (
        "折扣 = 毛利率：超过这条线，多少销量都补不回来",
        "Discount = margin: beyond this line no volume compensates",
    ),
    "why_kam.breakeven_point": ("+{x:.0%}", "+{x:.0%}"),
    "why_kam.breakeven_point_none": ("无法弥补", "cannot compensate"),
    "why_kam.breakeven_caption": (
        "毛利率 {m:.0%}、折扣 {d:.0%}：每 100 元售价的毛利从 {before:.0f} 元降到 {after:.0f} 元，"
        "销量必须增加 {before:.0f} / {after:.0f} − 1 = <b>{x:.1%}</b> 才能保住原来的毛利。",
        "Gross margin {m:.0%}, discount {d:.0%}: gross profit per 100 yuan of list price falls from "
        "{before:.0f} to {after:.0f} yuan, so volume must grow by {before:.0f} / {after:.0f} − 1 = "
        "<b>{x:.1%}</b> to keep the gross profit.",
    ),
    "why_kam.breakeven_caption_none": (
        "毛利率 {m:.0%}、折扣 {d:.0%}：折扣不低于毛利率，每卖一件都不赚钱甚至亏钱"
        "（每 100 元售价毛利 {after:.0f} 元），卖得越多亏得越多，<b>多少销量都无法弥补</b>。",
        "Gross margin {m:.0%}, discount {d:.0%}: the discount is not below the margin, so every unit "
        "sells at no profit or at a loss ({after:.0f} yuan per 100 yuan of list price); selling more "
        "only loses more, and <b>no volume can compensate</b>.",
    ),
}


_EXERCISES = {
    # ------------------------------------------------------------------ 02.1 break-even volume
    "ex.02.1.title": ("折扣需要多少额外销量", "Extra volume a discount needs"),
    "ex.02.1.prompt": (
        "毛利率为 {m_pct}%（按标价计）。给大客户 {d_pct}% 的价格折扣后，销量至少要增加多少，毛利总额才能保持不变？\n\n"
        "答案格式：用小数表示的增长比例，例如增加25%写成 0.25；允许误差 ±{tol}。",
        "The gross margin is {m_pct}% (of the list price). After a {d_pct}% price discount to a key account, by "
        "how much must sales volume grow at least to keep the gross profit unchanged?\n\n"
        "Answer format: the increase as a fraction, e.g. 0.25 for +25%; tolerance ±{tol}.",
    ),
    "ex.02.1.hint1": (
        "每件产品的毛利原来是标价的 {m}，打折后变成多少？",
        "Each unit used to earn {m} of the list price in gross profit. How much does it earn after the discount?",
    ),
    "ex.02.1.hint2": (
        "折扣直接从毛利中扣除：每件毛利变成 {m} - {d} = {md}。",
        "The discount comes straight off the margin: each unit now earns {m} - {d} = {md}.",
    ),
    "ex.02.1.hint3": (
        "令折扣前后毛利总额相等：{m} = {md} × (1 + x)，解出 x。本章的例子：0.20 = 0.15 × (1 + x)。",
        "Set gross profit before and after equal: {m} = {md} × (1 + x), and solve for x. The chapter's example: "
        "0.20 = 0.15 × (1 + x).",
    ),
    "ex.02.1.fb.right": (
        "x = {d} / ({m} - {d})：折扣越接近毛利率，需要的额外销量增长越快。",
        "x = {d} / ({m} - {d}): the closer the discount gets to the margin, the faster the required volume grows.",
    ),
    "ex.02.1.fb.wrong": (
        "还不对：{answer} 不在允许误差内。写出折扣前后的毛利总额并令二者相等。",
        "Not yet: {answer} is not within the tolerance. Write gross profit before and after the discount and set "
        "them equal.",
    ),
    "ex.02.1.fb.d_over_m": (
        "还不对：你用折扣除以了毛利率（d / m）。额外的销量要弥补的是打折后变低的毛利，应除以打折后的毛利 m - d。",
        "Not yet: you divided the discount by the margin (d / m). Volume has to make up for the lower margin "
        "after the discount: divide by m - d.",
    ),
    "ex.02.1.fb.remaining_margin": (
        "还不对：(m - d) / m 是打折后剩下的毛利占原毛利的比例，而不是需要增加的销量。",
        "Not yet: (m - d) / m is the share of the old margin that is left after the discount, not the extra "
        "volume needed.",
    ),
    "ex.02.1.fb.new_volume": (
        "差一点：m / (m - d) 是新销量相对原销量的倍数（1 + x）。题目问的是增加的部分 x，要减去1。",
        "Almost: m / (m - d) is the new volume as a multiple of the old (1 + x). The question asks for the "
        "increase x: subtract 1.",
    ),
    "ex.02.1.fb.d_over_m_plus_d": (
        "还不对：折扣让每件毛利减少，应除以 m - d，而不是 m + d。",
        "Not yet: the discount lowers the margin per unit, so divide by m - d, not m + d.",
    ),
    "ex.02.1.solution": (
        "每件毛利从 {m} 降到 {m} - {d} = {md}。毛利总额不变要求 {m} = {md} × (1 + x)，\n"
        "所以 x = {d} / {md} = {x}，即销量至少增加 {x_pct}%。\n\n"
        "```python\nkamlab.breakeven_volume_increase({m}, {d})\n```",
        "The margin per unit falls from {m} to {m} - {d} = {md}. Unchanged gross profit needs "
        "{m} = {md} × (1 + x),\nso x = {d} / {md} = {x}: volume must grow by at least {x_pct}%.\n\n"
        "```python\nkamlab.breakeven_volume_increase({m}, {d})\n```",
    ),
    # ------------------------------------------------------------------ 02.2 margin multiple
    "ex.02.2.title": ("利润乘数", "Margin multiple"),
    "ex.02.2.prompt": (
        "一个大客户每年为企业带来的利润 m 不变，第一笔利润在第1年年末到账（前提是客户留下）。"
        "客户保留率 r = {r_pct}%，折现率 i = {i_pct}%。这个客户的终身价值是年利润 m 的多少倍？\n\n"
        "答案格式：一个数（倍数），保留两位小数；允许误差 ±{tol}。",
        "A key account brings a constant yearly margin m; the first margin arrives at the end of year 1, if the "
        "account is retained. Retention rate r = {r_pct}%, discount rate i = {i_pct}%. The account's lifetime "
        "value is how many times the yearly margin m?\n\n"
        "Answer format: a number (the multiple), to two decimals; tolerance ±{tol}.",
    ),
    "ex.02.2.hint1": (
        "第 t 年年末的利润只有在客户留到那时才能拿到（概率 r 的 t 次方），而且要按 (1 + i) 的 t 次方折现。",
        "The margin at the end of year t arrives only if the account stays that long (probability r to the "
        "power t) and is discounted by (1 + i) to the power t.",
    ),
    "ex.02.2.hint2": (
        "把各年相加：m × [r/(1+i) + (r/(1+i))² + ...]，这是一个等比数列。",
        "Add up the years: m × [r/(1+i) + (r/(1+i))² + ...], a geometric series.",
    ),
    "ex.02.2.hint3": (
        "等比数列求和后得到利润乘数 r / (1 + i - r)。kamlab.margin_multiple({r}, {i}) 可以核对。",
        "Summing the series gives the margin multiple r / (1 + i - r). kamlab.margin_multiple({r}, {i}) lets "
        "you verify.",
    ),
    "ex.02.2.fb.right": (
        "客户终身价值 = {r} / (1 + {i} - {r}) × 年利润。保留率提高一点，乘数就会明显变大：客户是企业最重要的资产。",
        "Lifetime value = {r} / (1 + {i} - {r}) × yearly margin. A little more retention raises the multiple "
        "markedly: customers are the supplier's most important asset.",
    ),
    "ex.02.2.fb.wrong": (
        "还不对：{answer} 不在允许误差内。写出各年利润的期望现值并求和。",
        "Not yet: {answer} is not within the tolerance. Write the expected present value of each year's margin "
        "and add them up.",
    ),
    "ex.02.2.fb.no_discounting": (
        "还不对：你没有折现。将来的利润要按 (1 + i) 折现，乘数是 r / (1 + i - r)，而不是 1 / (1 - r) 或 r / (1 - r)。",
        "Not yet: you forgot discounting. Future margins are discounted by (1 + i): the multiple is "
        "r / (1 + i - r), not 1 / (1 - r) or r / (1 - r).",
    ),
    "ex.02.2.fb.margin_now": (
        "差一点：(1 + i) / (1 + i - r) 是\u201c现在就先拿到一笔利润\u201d的版本。题目说第一笔利润在第1年年末、客户留下时才到账。",
        "Almost: (1 + i) / (1 + i - r) is the variant in which a margin is received now. Here the first margin "
        "arrives at the end of year 1, if the account is retained.",
    ),
    "ex.02.2.fb.no_retention": (
        "还不对：第1年年末的利润也要客户留下才能拿到，分子应是 r，而不是 1。",
        "Not yet: even the first margin at the end of year 1 needs the account to stay: the numerator is r, not 1.",
    ),
    "ex.02.2.solution": (
        "客户终身价值 = m × Σ (r / (1 + i)) 的 t 次方（t = 1, 2, ...）= m × r / (1 + i - r)。\n"
        "代入 r = {r}，i = {i}：{r} / ({one_plus_i} - {r}) = {r} / {denominator} = {x}。\n\n"
        "```python\nkamlab.margin_multiple({r}, {i})\n```",
        "Lifetime value = m × Σ (r / (1 + i)) to the power t (t = 1, 2, ...) = m × r / (1 + i - r).\n"
        "With r = {r}, i = {i}: {r} / ({one_plus_i} - {r}) = {r} / {denominator} = {x}.\n\n"
        "```python\nkamlab.margin_multiple({r}, {i})\n```",
    ),
    # ------------------------------------------------------------------ 02.3 loss-making accounts
    "ex.02.3.title": ("有多少客户在亏损", "How many accounts lose money?"),
    "ex.02.3.prompt": (
        "扣除产品成本、折扣返利和服务成本（cost to serve，包括销售、服务、投诉处理、订单处理、送货和促销支持）之后，"
        "ex.data 的 {n} 个客户中有多少个客户的利润为负？\n\n"
        "答案格式：一个整数（客户个数）。",
        "After cost of goods, discounts and rebates, and cost to serve (selling, service, complaint handling, "
        "order processing, delivery and promotion support), how many of the {n} accounts in ex.data have a "
        "negative profit?\n\n"
        "Answer format: a whole number (a count of accounts).",
    ),
    "ex.02.3.hint1": (
        "毛利 = 销售额 × 毛利率；毛利为负的客户几乎没有，所以问题出在后面的成本上。",
        "Gross profit = revenue × gross margin; hardly any account has a negative gross profit, so look at the "
        "costs that come after it.",
    ),
    "ex.02.3.hint2": (
        "利润 = 毛利 - 折扣返利 - 服务成本。服务成本按作业时间计算（时间驱动作业成本法）。",
        "Profit = gross profit - discounts and rebates - cost to serve. Cost to serve is priced from the time "
        "each activity takes (time-driven activity-based costing).",
    ),
    "ex.02.3.hint3": (
        "kamlab.customer_profit(ex.data) 给出每个客户的 profit 列；数一数小于0的个数。",
        "kamlab.customer_profit(ex.data) gives each account's profit column; count the values below 0.",
    ),
    "ex.02.3.fb.right": (
        "这么多客户在扣除服务成本后是亏损的：客户并不都是越大越赚钱，也不都是在赚钱。",
        "That many accounts lose money once cost to serve is counted: not every customer pays its way.",
    ),
    "ex.02.3.fb.wrong": (
        "还不对：{answer} 个不对。利润 = 毛利 - 折扣返利 - 服务成本，数一数利润小于0的客户。",
        "Not yet: {answer} is not right. Profit = gross profit - discounts and rebates - cost to serve; count "
        "the accounts with profit below 0.",
    ),
    "ex.02.3.fb.no_cost_to_serve": (
        "还不对：你只看了毛利（减去折扣返利），忽略了服务成本。很多客户的毛利为正，但扣除服务成本后就亏损了。",
        "Not yet: you looked at gross margin (less discounts) only and ignored cost to serve. Many accounts "
        "have a positive gross profit but lose money once cost to serve is deducted.",
    ),
    "ex.02.3.fb.no_discounts": (
        "还不对：你扣除了服务成本，但忘了折扣返利。",
        "Not yet: you deducted cost to serve but forgot discounts and rebates.",
    ),
    "ex.02.3.fb.profitable": (
        "还不对：这是盈利客户的个数。题目问的是利润为负的客户。",
        "Not yet: that is the number of profitable accounts. The question asks for those with negative profit.",
    ),
    "ex.02.3.fb.share": (
        "方向对了，但题目要的是客户个数，不是比例。",
        "Right idea, but the question asks for the number of accounts, not a share.",
    ),
    "ex.02.3.solution": (
        "利润 = 销售额 × 毛利率 - 折扣返利 - 服务成本。{n} 个客户中有 {k} 个利润为负（{k_pct}%）；"
        "只看毛利（减去折扣返利）时亏损的客户只有 {no_cts} 个。\n\n"
        "```python\nprofit = kamlab.customer_profit(ex.data)\nint((profit.profit < 0).sum())\n```",
        "Profit = revenue × gross margin - discounts and rebates - cost to serve. {k} of the {n} accounts have a "
        "negative profit ({k_pct}%); counting only gross profit less discounts, the number would be {no_cts}.\n\n"
        "```python\nprofit = kamlab.customer_profit(ex.data)\nint((profit.profit < 0).sum())\n```",
    ),
    # ------------------------------------------------------------------ 02.4 least profitable of the top 10
    "ex.02.4.title": ("最大的10个客户中利润最低的", "Least profitable of the 10 biggest"),
    "ex.02.4.prompt": (
        "在 ex.data 中销售额最大的10个客户里，扣除服务成本后哪一个客户的利润最低？\n\n"
        '答案格式：客户编号，例如 "A0123"。',
        "Among the 10 accounts in ex.data with the highest revenue, which one has the lowest profit after "
        "cost to serve?\n\n"
        'Answer format: the account id, e.g. "A0123".',
    ),
    "ex.02.4.hint1": (
        "先找出销售额最大的10个客户：kamlab.pareto_table(ex.data).head(10)。",
        "First find the 10 biggest accounts by revenue: kamlab.pareto_table(ex.data).head(10).",
    ),
    "ex.02.4.hint2": (
        "再用 kamlab.customer_profit(ex.data) 算出它们的利润（已扣除折扣返利和服务成本）。",
        "Then get their profit (after discounts and cost to serve) with kamlab.customer_profit(ex.data).",
    ),
    "ex.02.4.hint3": (
        "比较的是利润，不是销售额：在这10个客户中找 profit 最小的那一个。",
        "Compare profit, not revenue: among those 10, find the one with the smallest profit.",
    ),
    "ex.02.4.revenue_rank": ("销售额名次", "Revenue rank"),
    "ex.02.4.gross_profit": ("毛利", "Gross profit"),
    "ex.02.4.discounts": ("折扣返利", "Discounts and rebates"),
    "ex.02.4.cost_to_serve": ("服务成本", "Cost to serve"),
    "ex.02.4.profit": ("利润", "Profit"),
    "ex.02.4.fb.right": (
        "{answer} 是最大的客户之一，利润却最低：最大的客户并不自动是最赚钱的客户（本章I4）。",
        "{answer} is among the biggest accounts yet earns the least: the largest customers are not "
        "automatically the most profitable (chapter I4).",
    ),
    "ex.02.4.fb.smallest_revenue": (
        "还不对：{answer} 是这10个客户中销售额最小的，但利润要扣除折扣和服务成本之后再比较。",
        "Not yet: {answer} has the smallest revenue of the ten, but profit is what remains after discounts and "
        "cost to serve: compare profit.",
    ),
    "ex.02.4.fb.ignored_cost_to_serve": (
        "还不对：{answer} 的毛利（减去折扣返利）最低，但还要扣除服务成本。",
        "Not yet: {answer} has the lowest gross profit less discounts, but cost to serve must come off too.",
    ),
    "ex.02.4.fb.most_profitable": (
        "还不对：{answer} 是这10个客户中利润最高的。题目问的是最低的。",
        "Not yet: {answer} is the most profitable of the ten. The question asks for the least profitable.",
    ),
    "ex.02.4.fb.lowest_overall": (
        "还不对：{answer} 是全部客户中利润最低的，但它不在销售额最大的10个客户之中。",
        "Not yet: {answer} has the lowest profit of all accounts, but it is not among the 10 biggest by revenue.",
    ),
    "ex.02.4.fb.not_top10": (
        "还不对：{answer} 不在销售额最大的10个客户之中。",
        "Not yet: {answer} is not among the 10 biggest accounts by revenue.",
    ),
    "ex.02.4.fb.wrong": (
        "还不对：{answer} 在前10名之中，但不是利润最低的。比较这10个客户的 profit。",
        "Not yet: {answer} is in the top 10, but not the least profitable. Compare the profit of the ten.",
    ),
    "ex.02.4.fb.unknown": (
        'ex.data 中没有这个客户编号：{answer}。请回答形如 "A0123" 的客户编号。',
        'There is no account {answer} in ex.data. Answer with an account id such as "A0123".',
    ),
    "ex.02.4.solution": (
        "下表是销售额最大的10个客户及其利润。{right_id}（销售额第 {right_rank} 名，{right_revenue} 元）扣除折扣返利 "
        "{right_discounts} 元和服务成本 {right_cts} 元后，利润为 {right_profit} 元，是10个客户中最低的。\n\n"
        "```python\ntop10 = kamlab.pareto_table(ex.data).head(10).account_id\n"
        'profit = kamlab.customer_profit(ex.data).set_index("account_id").profit\n'
        "profit[top10].idxmin()\n```",
        "The table shows the 10 biggest accounts and their profit. {right_id} (revenue rank {right_rank}, "
        "{right_revenue} yuan) keeps {right_profit} yuan after {right_discounts} yuan of discounts and "
        "{right_cts} yuan of cost to serve: the lowest of the ten.\n\n"
        "```python\ntop10 = kamlab.pareto_table(ex.data).head(10).account_id\n"
        'profit = kamlab.customer_profit(ex.data).set_index("account_id").profit\n'
        "profit[top10].idxmin()\n```",
    ),
    # ------------------------------------------------------------------ 02.5 judge: customer share
    "ex.02.5.title": ("市场占有与客户占有", "Market share vs customer share"),
    "ex.02.5.prompt": (
        "两家液压件供应商P和Q的市场份额都是10%。P向500个客户零散供货，平均只占每个客户采购额的5%；Q只服务60个客户，平均占它们采购额的60%，并为每个客户制定一对一的客户计划。按本章的观点，下面哪"
        "种说法最恰当？\n"
        "\n"
        "a. 两家市场份额相同，地位同样稳固；衡量竞争地位的是市场份额，客户占有率无关紧要。\n"
        "b. Q 更稳固：客户占有微观、具体，靠一对一锁定，是市场占有的前提；P 广而薄的份额易被抢走。\n"
        "c. P 更稳固：客户越多，风险越分散，把力量平均分配给所有客户最稳妥。\n"
        "d. 先追求市场份额最重要：市场份额上去了，规模和品牌会带来客户，客户占有自然跟上。\n"
        "\n"
        "答案格式：a、b、c 或 d。",
        "Two hydraulic-fittings suppliers, P and Q, each hold 10% of the market. P sells small amounts to "
        "500 customers, on average 5% of each customer's purchases; Q serves only 60 customers, on average "
        "60% of their purchases, with a one-to-one account plan for each. Which statement fits the chapter "
        "best?\n"
        "\n"
        "a. Equal market shares, equally secure positions: market share measures competitive position, and "
        "customer share does not matter.\n"
        "b. Q is more secure: customer share is concrete, won by one-to-one lock-in, the precondition of "
        "market share; P's thin share is easy to take.\n"
        "c. P is more secure: more customers spread the risk, and dividing effort evenly over all customers "
        "is the safest course.\n"
        "d. Market share comes first: once it is up, scale and brand bring in customers, and customer share "
        "follows by itself.\n"
        "\n"
        "Answer format: a, b, c or d.",
    ),
    "ex.02.5.option.a": (
        "两家市场份额相同，地位同样稳固；衡量竞争地位的是市场份额，客户占有率无关紧要。",
        "Equal market shares, equally secure positions: market share measures competitive position, and customer share does not matter.",
    ),
    "ex.02.5.option.b": (
        "Q 更稳固：客户占有微观、具体，靠一对一锁定，是市场占有的前提；P 广而薄的份额易被抢走。",
        "Q is more secure: customer share is concrete, won by one-to-one lock-in, the precondition of market share; P's thin share is easy to take.",
    ),
    "ex.02.5.option.c": (
        "P 更稳固：客户越多，风险越分散，把力量平均分配给所有客户最稳妥。",
        "P is more secure: more customers spread the risk, and dividing effort evenly over all customers is the safest course.",
    ),
    "ex.02.5.option.d": (
        "先追求市场份额最重要：市场份额上去了，规模和品牌会带来客户，客户占有自然跟上。",
        "Market share comes first: once it is up, scale and brand bring in customers, and customer share follows by itself.",
    ),
    "ex.02.5.hint1": (
        "本章说" + quote("customers_unequal", "zh") + "：供应商能把力量平均分配给所有客户吗？",
        "The chapter says " + quote("customers_unequal", "en") + ": can a supplier spread its effort evenly over all "
        "customers?",
    ),
    "ex.02.5.hint2": (
        "市场占有是宏观、抽象的，客户占有是微观、具体的。哪一个是另一个的前提？",
        "Market share is macro and abstract, customer share micro and concrete. Which is the precondition of "
        "the other?",
    ),
}

#: Sealed texts of judge exercise 02.5 (see kamlab.exercises.core): key -> {"zh": blob, "en": blob}.
SEALED: dict[str, dict[str, str]] = {
    "ex.02.5.fb.a": {
        "zh": (
            "eNotjt8KgjAYxV/dZkLGlt5EYgtMgoJqK7xoqaOHcd+3deUr5GaX58/vcNynMIqBfI99CYoAb02nv/UBCwkic2cyRAtca/c8"
            "2nKJ2wfcd2NP7V5BTidnLruYQr6BTLpYB5BCcvGzoQOixtULksY23RAR5Dd7rZw4GdX+I1YhTz0YDszSgynDLJ+QH3SAdVA="
        ),
        "en": (
            "eNpVjssNwkAQQ1txASgFQA+caGAycbQr9qeZCVK6JxFIiKvt9+R7D+yMK6rYkwFPYkR2yJGo9Qtk9jDRQNvqTLshEuFS+d2q"
            "NKS8EC/ajiWvK40toJtHrzQYi0TuzVMePuFx4JpkxFGplOK/5Ud4+odRe1vyyaGvf++mNyCqQjU="
        ),
    },
    "ex.02.5.fb.b": {
        "zh": (
            "eNptjt1ugkAQRl+xfaMFK2ALwShtDGwTg1KM1sVGG5C/Pow7w+4Vr+BQetmbSWbmzJkP+Wd3WCuxlUWJLwnyGYgYnRyz4K8t"
            "TOAlRhdte+rD6OtwBMBb0xZXGbRCpeaNGTDNZbPswqe+djVnBMuCQXalSkMdGCBCWLiy2CNLwX1T80QHjOBB8vtldBIMMw/9"
            "+Y2Zj8B3mPl0M37V5kbbrp40hMrSgm2qJztwLG3b6nIkF0zP3bnC/GsIEbaySlR8wOhHVpu+jh7+1YG/HyKcfNlGUAbwatGx"
            "rBodv0PrgLjiajlYnmP1faJQd9zt2sY="
        ),
        "en": (
            "eNo9kFFOxDAMRK/iP362ewC4BEhcwCQDiZrGke2y6u1xlqpfkTyTNx5/FlAqPBxKxoeRPHrtP5R2c9mgRl9gv8Ye9o11hb9e"
            "FrLCCqpGW00qxD1Tkp4Ujht1IMf3jsVliYeapHWp/WkbESCdWzXkkxspt6cWvJk2FAHL1at0ku/T9Z95pw8q0oK/iflUwalc"
            "i70YjV2jncGCSRkYpGg8WVbqiAD2GRSwTC4hjsYJb/Q+pxyFukS/fYxWoyh+ocejQHGuGIe5yoPtmAznFfc/niN8zw=="
        ),
    },
    "ex.02.5.fb.c": {
        "zh": (
            "eNolzMkOgjAUheFXrxMdAnEDSYU2GiOycKhGEwUR3wW5t2XFK1jD+nzndx/ZPSMw5VCnqI72sHHm3hIF5y2yh43XqHO4XFGa"
            "Pytv9sRtOm+JHuqwazKoYkgCP7nZG4UAkfV06RloCizoF5F9rZATVHwM+pcjodtPkDdAK2TSJjmSwjdhV4zmS6Y/yQVqVQ=="
        ),
        "en": (
            "eNpFjMENwjAQBFvZCigAeqCHi9kQC8c2d+dI/qUQaC6VYIlHniPNzL04Ov0KX4iwSHUqTLrh2D+hmZeVahAlpqIZLfPdJB37"
            "9waBtVpTHEWQnMfJqlIeiG7gPBd1cGNOHWUbkqSEczk1xzoIc8z/xFzF+YwBL/bTvPwAcpg/CA=="
        ),
    },
    "ex.02.5.fb.d": {
        "zh": (
            "eNoljUEKwjAUBa+uRaUBQyuIljRKCC4EJV2ImsSqhzHvJ131CipZzmJm0rsJlqNzYy/QKtpL2jjUK1Q8+MVnUpA8x5NK5hCs"
            "h9FU3sEVSUZNB1tA+oxRzMA4VfW/My/TVeO1hbsN6ymMyOLYL7MSHs9B74jxeLyg9b/LF7sNYIs="
        ),
        "en": (
            "eNpNjdENwjAMRFe5AVAH6BB8sUBIL0qUJqlsB8T2mCIk/ny6d8/XYXjRVlgOBuGDolTEMJUIfQNTYrQFt0zEHA6joIX6Yaba"
            "aB41B6ELiEMYR9+KldExkoNSaV9gxbP0U7mPWOH3T6BIRdQuZ/k/wd11zV8p4xQub3S3P0c="
        ),
    },
    "ex.02.5.solution": {
        "zh": (
            "eNplkk1y2kAQRvc5BRvvycK+Q3b2EfJzkIEYJLAILlt2EWkUC2IgMUaEkg1CQnAXe7pnZsUV0uNxxVRlo6ppvfn6dUty6mPf"
            "3a2DT8+s/g75vZzEH97TGc+GyFuQDNBd4sx/PWZ14DmGD9rpqFGNrlhA+jcYDeHPHHszkXVglcppSwanu7UnNiHkPlw1icfW"
            "Bpwc3Z68GiIbEwC3Y5tAJBZ9tUilHygnVYuGWrRFcS2Ke8KQ3yAPDdM915MekXjahXxEFbUNFXutwzZWs4DqcOGB+xsXI2P4"
            "4gydmPxJD5KuGtefWQ3bpZr3raR1eGM2iWWgsRTlpWU0ZzSCyBjMVvTUfg2SgBqJ7I5mAe9anQ+1z4wkJew1NWO2OmRoNnxM"
            "N05M5QUQRakHEaVhbDYgyuYJ8F9HVcq0Srr+Uzse7RMih9KOqgd0VzuOepgSf0zwYfU/untH6OEBfUTTyfaAIpeTM+JxOYdv"
            "gTGwMzdSmRYia5u4N9r9DskKe5f4WIPbOYl/rMC2VOOmyJv7y9qtw88VtY3UV4/ePDG+/z/8+xOeWETgl4oexMAuTEQY4w9O"
            "sX8BM7C5hQ=="
        ),
        "en": (
            "eNp1kj1ywjAQRntOsU2GxnicAgqoMlQpMgNHWMtrvIMtKVoZ4o6DJJfjJFmZn5DMpPJIev72+ZNfrBwpLKHMJ+sGfaQAr89L"
            "cEfLdgeml+g6CgIlYZTbdmwIOgx7ijms7wgGgtIFC72l9x7bFSBI733LGtopBjXbClhzJAaMtGMDexoepqCed0QRXAD6MERV"
            "msVp4clEjOysZBCQJXmIbkiNJm1nibTQugHbOFxXPriaVfJtlAVpkiOLypvgxmlYJhcTV3eLB4pvlHHWBIqUgVUn7cHSLLqZ"
            "PnSg2c/YjpjXb3AWWxYVvxSkmtl4pnmpNh9IwypOyuDqK3WZmU82I7qFBg804oId/WIyKPuYCNeqx6J4SiGp0kXx0+MUfB9M"
            "g0KXSjcwv3PzoljCdirXzwwk6V4tVEReV+2l44a99rxRzKAFadkDHnHI9Up5Z52+9acv7S+1pF1WbDTxfPo0//4Z59PXCiqd"
            "dtDTFIW90GhKda33nH8DpV/uqg=="
        ),
    },
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_LESSON, **_EXERCISES}.items()}
