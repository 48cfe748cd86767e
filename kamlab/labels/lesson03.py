"""Labels of lesson 03 (the five misconceptions of key account management, M1-M5): plots and explorers."""

_TEXTS = {
    # shared: predict -> simulate -> reveal -> explain
    "lesson03.ctrl.reveal": ("揭晓结果", "Reveal the result"),
    "lesson03.hidden": ("先做出你的预测，\n再勾选“揭晓结果”", "Commit your prediction,\nthen tick \"Reveal the result\""),
    "lesson03.predict_first": (
        "<b>第一步：预测。</b>先用上面的“你的预测”写下你的判断，再勾选“揭晓结果”看模拟的答案。",
        "<b>Step 1: predict.</b> Set \"Your prediction\" above first, then tick \"Reveal the result\" to see "
        "what the simulation says.",
    ),
    "lesson03.verdict.right": ("你的预测是对的。", "Your prediction was right."),
    "lesson03.verdict.wrong": ("你的预测与模拟结果不符。", "The simulation disagrees with your prediction."),
    "lesson03.year_axis": ("第几年", "Year"),
    # M1 concessions
    "lesson03.kind.price": ("价格让步（折扣）", "Price concession (discount)"),
    "lesson03.kind.support": ("非价格支持（费用）", "Non-price support (spending)"),
    "lesson03.ctrl.predicted_concession": ("你的预测：最赚钱的让步", "Your prediction: most profitable concession"),
    "lesson03.ctrl.kind": ("让步方式", "Kind of concession"),
    "lesson03.ctrl.gross_margin": ("毛利率", "Gross margin"),
    "lesson03.ctrl.max_volume_gain": ("最大销量增幅", "Largest possible volume gain"),
    "lesson03.ctrl.sensitivity": ("响应速度", "Response speed"),
    "lesson03.concession_axis": ("让步幅度（占标价销售额的 %）", "Concession (% of list-price sales)"),
    "lesson03.profit_change_axis": ("毛利比不让步时的变化（%）", "Gross profit vs no concession (%)"),
    "lesson03.volume_line": ("销量增幅", "Volume gain"),
    "lesson03.profit_line": ("毛利变化", "Change in gross profit"),
    "lesson03.best_marker": ("最佳让步 {d:.1%}", "Best concession {d:.1%}"),
    "lesson03.breakeven_marker": ("超过 {d:.1%} 就亏了", "Beyond {d:.1%} profit falls"),
    "lesson03.prediction_marker": ("你的预测", "Your prediction"),
    "lesson03.concession_title": ("过犹不及：让步越多越好吗？", "Too much is as bad as too little"),
    "lesson03.concession_caption": (
        "最赚钱的让步是 <b>{best:.1%}</b>，毛利比不让步多 {gain:.1%}；让步超过 <b>{breakeven:.1%}</b>，"
        "毛利就低于不让步的时候。你预测的 {pred:.1%}，毛利变化 {pred_change:+.1%}。{verdict}",
        "The most profitable concession is <b>{best:.1%}</b>, with {gain:.1%} more gross profit than none; past "
        "<b>{breakeven:.1%}</b> gross profit is below what no concession earns. Your prediction of {pred:.1%} "
        "changes gross profit by {pred_change:+.1%}. {verdict}",
    ),
    "lesson03.concession_caption_none": (
        "在这些参数下，<b>任何让步都不划算</b>：第一个百分点的让步换来的销量，还抵不上它的成本"
        "（毛利率 × 最大增幅 × 响应速度 = {mgk:.2f}，不大于 1）。你预测的 {pred:.1%}，毛利变化 {pred_change:+.1%}。{verdict}",
        "With these parameters <b>no concession pays</b>: the volume won by the first point of concession does "
        "not cover its cost (margin × largest gain × speed = {mgk:.2f}, not above 1). Your prediction of "
        "{pred:.1%} changes gross profit by {pred_change:+.1%}. {verdict}",
    ),
    # M2 segments
    "lesson03.plan.sme_profit": ("靠中小客户赚利润", "Count on SMEs for profit"),
    "lesson03.plan.win_win": ("与大客户共赢", "Win-win with key accounts"),
    "lesson03.ctrl.predicted_plan": ("你的预测：最后一年谁的利润高", "Your prediction: more profit in the last year"),
    "lesson03.ctrl.chain_share_gain": ("连锁大客户市场份额年增幅", "Chains' market-share gain per year"),
    "lesson03.ctrl.years": ("年数", "Years"),
    "lesson03.ctrl.kam_fixed_cost_10k": ("共赢计划的固定投入（万元/年）", "Win-win plan's fixed cost (10k yuan/yr)"),
    "lesson03.profit_axis_10k": ("利润（万元）", "Profit (10k yuan)"),
    "lesson03.segment_line": ("{plan}：{segment}", "{plan}: {segment}"),
    "lesson03.segment.key": ("大客户利润", "key-account profit"),
    "lesson03.segment.sme": ("中小客户利润", "SME profit"),
    "lesson03.segment.total": ("总利润", "total profit"),
    "lesson03.segment_title": ("连锁大客户越来越强，中小客户越来越小", "Chains grow stronger, SMEs shrink"),
    "lesson03.segment_caption": (
        "第 {years} 年，连锁大客户占市场的 {chain:.0%}。"
        "“靠中小客户赚利润”的总利润从 {sme_first} 万元变为 {sme_last} 万元，中小客户贡献的利润占比从 {sme_share_first:.0%} 变为 {sme_share_last:.0%}；"
        "“共赢”计划从 {win_first} 万元变为 {win_last} 万元。最后一年利润更高的是<b>{winner}</b>。{verdict}",
        "In year {years} the chains hold {chain:.0%} of the market. \"Count on SMEs\" earns {sme_first} in year 0 "
        "and {sme_last} in the last year (10k yuan); the SMEs' part of its segment profit falls from "
        "{sme_share_first:.0%} to {sme_share_last:.0%}. The win-win plan goes from {win_first} to {win_last}. "
        "More profit in the last year: <b>{winner}</b>. {verdict}",
    ),
    # M3 stages
    "lesson03.chain.traditional": ("传统做法（无专职）", "Traditional (no dedicated unit)"),
    "lesson03.chain.dedicated": ("专职大客户管理", "Dedicated KAM unit"),
    "lesson03.ctrl.predicted_retention": ("你的预测：专职管理下期末仍是客户的比例",
                                          "Your prediction: still a customer at the end, with KAM"),
    "lesson03.ctrl.kam_advance": ("专职管理：每年升一级的概率", "KAM: chance of moving up a stage"),
    "lesson03.ctrl.kam_cost_10k": ("专职管理成本（万元/年·客户）", "KAM cost (10k yuan/yr per account)"),
    "lesson03.ctrl.horizon_years": ("年数", "Years"),
    "lesson03.retained_axis": ("仍是客户的比例（%）", "Still a customer (%)"),
    "lesson03.stage_share_axis": ("期末各阶段的比例（%）", "Share in each stage at the end (%)"),
    "lesson03.retained_title": ("关系能维持多久？", "How long does the relationship last?"),
    "lesson03.stage_title": ("关系发展到哪个阶段？", "Which stage does it reach?"),
    "lesson03.stage.exploratory": ("探索型", "exploratory"),
    "lesson03.stage.basic": ("基础型", "basic"),
    "lesson03.stage.cooperative": ("合作型", "cooperative"),
    "lesson03.stage.interdependent": ("相互依存型", "interdependent"),
    "lesson03.stage.integrated": ("整合型", "integrated"),
    "lesson03.stage.lost": ("已流失", "lost"),
    "lesson03.stage_caption": (
        "{years} 年后，传统做法下只有 {ret_t:.1%} 的客户还在，专职管理下有 <b>{ret_k:.1%}</b>；"
        "发展到相互依存或整合阶段的：{adv_t:.1%} 对 {adv_k:.1%}；每家客户的终身价值（扣除管理成本）：{clv_t} 万元对 <b>{clv_k} 万元</b>。"
        "你预测 {pred:.0%}。{verdict}",
        "After {years} years {ret_t:.1%} of the accounts are still customers the traditional way, "
        "<b>{ret_k:.1%}</b> with a dedicated unit; interdependent or integrated: {adv_t:.1%} vs {adv_k:.1%}; "
        "lifetime value per account (after the cost of managing it): {clv_t} vs <b>{clv_k}</b> (10k yuan). "
        "You predicted {pred:.0%}. {verdict}",
    ),
    # M4 portfolio risk
    "lesson03.strategy.keep": ("保留中小客户", "Keep the SMEs"),
    "lesson03.strategy.clear": ("清退中小客户", "Clear the SMEs"),
    "lesson03.ctrl.predicted_drop": ("你的预测：清退后收入大跌的概率", "Your prediction: chance of a large drop if cleared"),
    "lesson03.ctrl.key_accounts": ("大客户数", "Key accounts"),
    "lesson03.ctrl.key_leave_probability": ("每家大客户一年内离开的概率", "Chance a key account leaves in a year"),
    "lesson03.ctrl.fixed_cost_10k": ("固定成本（万元/年）", "Fixed costs (10k yuan/yr)"),
    "lesson03.revenue_change_axis": ("明年收入变化（%）", "Change in next year's revenue (%)"),
    "lesson03.frequency_axis": ("模拟年份的比例（%）", "Share of simulated years (%)"),
    "lesson03.drop_line": ("大跌：−{thr:.0%} 及以上", "Large drop: −{thr:.0%} or more"),
    "lesson03.strategy_line": ("{name}（HHI {hhi:,.0f}）", "{name} (HHI {hhi:,.0f})"),
    "lesson03.portfolio_title": ("没有永恒的朋友：一家大客户离开会怎样？", "No eternal friends: when a key account leaves"),
    "lesson03.portfolio_caption": (
        "保留中小客户时 HHI 为 {hhi_keep:,.0f}，一家大客户离开，收入少 {drop_keep:.1%}；清退后 HHI 为 {hhi_clear:,.0f}，"
        "一家大客户离开，收入就少 {drop_clear:.1%}。收入下跌 {thr:.0%} 以上的概率：{p_keep:.1%} 对 <b>{p_clear:.1%}</b>；"
        "毛利抵不上固定成本（亏损）的概率：{loss_keep:.1%} 对 <b>{loss_clear:.1%}</b>。你预测 {pred:.0%}。{verdict}",
        "Keeping the SMEs, the HHI is {hhi_keep:,.0f} and one key account leaving costs {drop_keep:.1%} of revenue; "
        "cleared, the HHI is {hhi_clear:,.0f} and one leaving costs {drop_clear:.1%}. Chance of a revenue drop of "
        "{thr:.0%} or more: {p_keep:.1%} vs <b>{p_clear:.1%}</b>; chance that the contribution does not cover the "
        "fixed costs (a loss): {loss_keep:.1%} vs <b>{loss_clear:.1%}</b>. You predicted {pred:.0%}. {verdict}",
    ),
    # M5 support
    "lesson03.activity.market_outlook": ("行业与市场前景分析", "Market outlook analysis"),
    "lesson03.activity.selling_points": ("产品卖点", "Product selling points"),
    "lesson03.activity.best_sellers": ("提供畅销产品", "Best-selling products"),
    "lesson03.activity.timely_delivery": ("及时送货", "Timely delivery"),
    "lesson03.activity.in_store_promotion": ("参与店内促销", "In-store promotions"),
    "lesson03.ctrl.predicted_ratio": ("你的预测：有支持时的客户价值", "Your prediction: account value with support"),
    "lesson03.ratio.lower": ("更低", "lower"),
    "lesson03.ratio.same": ("差不多（±10% 以内）", "about the same (within ±10%)"),
    "lesson03.ratio.up_to_1_5": ("高 10%–50%", "10%-50% higher"),
    "lesson03.ratio.above_1_5": ("高 50% 以上", "more than 50% higher"),
    "lesson03.case.without": ("没有支持", "Without support"),
    "lesson03.case.with": ("有支持", "With support"),
    "lesson03.value_axis": ("累计客户价值（万元，折现）", "Cumulative account value (10k yuan, discounted)"),
    "lesson03.support_title": ("有了大客户，还要管理吗？", "Nothing else to manage?"),
    "lesson03.support_caption": (
        "所选支持使客户的动销率从 {s0:.0%} 升到 {s1:.0%}，订单每年增长 {g:.1%}，保留率从 {r0:.0%} 升到 {r1:.0%}，"
        "每年花费 {cost} 万元。{years} 年的客户价值：没有支持 {v0} 万元，有支持 <b>{v1} 万元</b>（{ratio:.2f} 倍）。"
        "你的预测：{pred}。{verdict}",
        "The chosen support lifts the account's sell-through from {s0:.0%} to {s1:.0%}, its orders by {g:.1%} a "
        "year and its retention from {r0:.0%} to {r1:.0%}, at {cost} (10k yuan) a year. Account value over "
        "{years} years: {v0} without support, <b>{v1}</b> with it (10k yuan; {ratio:.2f} times). "
        "Your prediction: {pred}. {verdict}",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
