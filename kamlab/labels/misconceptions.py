"""Labels of lesson 03 (the five misconceptions of key account management, M1-M5): plots and explorers; and its exercises (:mod:`kamlab.exercises.misconceptions`).

The exercises: Texts may hold ``{placeholders}`` that the exercise fills from the set's data or
parameters, so no answer of a compute exercise is written here. ``SEALED`` holds
the texts that would reveal the judge exercise's answer (per-option feedback and the
worked solution), sealed with :func:`kamlab.exercises.core.seal`; the catalog labels
``ex.03.5.fb`` and ``ex.03.5.solution`` only show them.
"""

_LESSON = {
    # shared: predict -> simulate -> reveal -> explain
    "misconceptions.ctrl.reveal": ("揭晓结果", "Reveal the result"),
    "misconceptions.hidden": (
        "先做出你的预测，\n再勾选“揭晓结果”",
        'Commit your prediction,\nthen tick "Reveal the result"',
    ),
    "misconceptions.predict_first": (
        "<b>第一步：预测。</b>先用上面的“你的预测”写下你的判断，再勾选“揭晓结果”看模拟的答案。",
        '<b>Step 1: predict.</b> Set "Your prediction" above first, then tick "Reveal the result" to see '
        "what the simulation says.",
    ),
    "misconceptions.verdict.right": ("你的预测是对的。", "Your prediction was right."),
    "misconceptions.verdict.wrong": ("你的预测与模拟结果不符。", "The simulation disagrees with your prediction."),
    "misconceptions.year_axis": ("第几年", "Year"),
    # M1 concessions
    "misconceptions.kind.price": ("价格让步（折扣）", "Price concession (discount)"),
    "misconceptions.kind.support": ("非价格支持（费用）", "Non-price support (spending)"),
    "misconceptions.ctrl.predicted_concession": (
        "你的预测：最赚钱的让步",
        "Your prediction: most profitable concession",
    ),
    "misconceptions.ctrl.kind": ("让步方式", "Kind of concession"),
    "misconceptions.ctrl.gross_margin": ("毛利率", "Gross margin"),
    "misconceptions.ctrl.max_volume_gain": ("最大销量增幅", "Largest possible volume gain"),
    "misconceptions.ctrl.sensitivity": ("响应速度", "Response speed"),
    "misconceptions.concession_axis": ("让步幅度（占标价销售额的 %）", "Concession (% of list-price sales)"),
    "misconceptions.profit_change_axis": ("毛利比不让步时的变化（%）", "Gross profit vs no concession (%)"),
    "misconceptions.volume_line": ("销量增幅", "Volume gain"),
    "misconceptions.profit_line": ("毛利变化", "Change in gross profit"),
    "misconceptions.best_marker": ("最佳让步 {d:.1%}", "Best concession {d:.1%}"),
    "misconceptions.breakeven_marker": ("超过 {d:.1%} 就亏了", "Beyond {d:.1%} profit falls"),
    "misconceptions.prediction_marker": ("你的预测", "Your prediction"),
    "misconceptions.concession_title": ("过犹不及：优惠越多越好吗？", "Too much is as bad as too little"),
    "misconceptions.concession_caption": (
        "最赚钱的让步是 <b>{best:.1%}</b>，毛利比不让步多 {gain:.1%}；让步超过 <b>{breakeven:.1%}</b>，"
        "毛利就低于不让步的时候。你预测的 {pred:.1%}，毛利变化 {pred_change:+.1%}。{verdict}",
        "The most profitable concession is <b>{best:.1%}</b>, with {gain:.1%} more gross profit than none; past "
        "<b>{breakeven:.1%}</b> gross profit is below what no concession earns. Your prediction of {pred:.1%} "
        "changes gross profit by {pred_change:+.1%}. {verdict}",
    ),
    "misconceptions.concession_caption_none": (
        "在这些参数下，<b>任何让步都不划算</b>：第一个百分点的让步换来的销量，还抵不上它的成本"
        "（毛利率 × 最大增幅 × 响应速度 = {mgk:.2f}，不大于 1）。你预测的 {pred:.1%}，毛利变化 {pred_change:+.1%}。{verdict}",
        "With these parameters <b>no concession pays</b>: the volume won by the first point of concession does "
        "not cover its cost (margin × largest gain × speed = {mgk:.2f}, not above 1). Your prediction of "
        "{pred:.1%} changes gross profit by {pred_change:+.1%}. {verdict}",
    ),
    # M2 segments
    "misconceptions.plan.sme_profit": ("靠中小客户赚利润", "Count on SMEs for profit"),
    "misconceptions.plan.win_win": ("与大客户共赢", "Win-win with key accounts"),
    "misconceptions.ctrl.predicted_plan": (
        "你的预测：最后一年谁的利润高",
        "Your prediction: more profit in the last year",
    ),
    "misconceptions.ctrl.chain_share_gain": ("连锁大客户市场份额年增幅", "Chains' market-share gain per year"),
    "misconceptions.ctrl.years": ("年数", "Years"),
    "misconceptions.ctrl.kam_fixed_cost_10k": (
        "共赢计划的固定投入（万元/年）",
        "Win-win plan's fixed cost (10k yuan/yr)",
    ),
    "misconceptions.profit_axis_10k": ("利润（万元）", "Profit (10k yuan)"),
    "misconceptions.segment_line": ("{plan}：{segment}", "{plan}: {segment}"),
    "misconceptions.segment.key": ("大客户利润", "key-account profit"),
    "misconceptions.segment.sme": ("中小客户利润", "SME profit"),
    "misconceptions.segment.total": ("总利润", "total profit"),
    "misconceptions.segment_title": ("连锁大客户越来越强，中小客户越来越小", "Chains grow stronger, SMEs shrink"),
    "misconceptions.segment_caption": (
        "第 {years} 年，连锁大客户占市场的 {chain:.0%}。"
        "“靠中小客户赚利润”的总利润从 {sme_first} 万元变为 {sme_last} 万元，中小客户贡献的利润占比从 {sme_share_first:.0%} 变为 {sme_share_last:.0%}；"
        "“共赢”计划从 {win_first} 万元变为 {win_last} 万元。最后一年利润更高的是<b>{winner}</b>。{verdict}",
        'In year {years} the chains hold {chain:.0%} of the market. "Count on SMEs" earns {sme_first} in year 0 '
        "and {sme_last} in the last year (10k yuan); the SMEs' part of its segment profit falls from "
        "{sme_share_first:.0%} to {sme_share_last:.0%}. The win-win plan goes from {win_first} to {win_last}. "
        "More profit in the last year: <b>{winner}</b>. {verdict}",
    ),
    # M3 stages
    "misconceptions.chain.traditional": ("传统做法（无专职）", "Traditional (no dedicated unit)"),
    "misconceptions.chain.dedicated": ("专职大客户管理", "Dedicated KAM unit"),
    "misconceptions.ctrl.predicted_retention": (
        "你的预测：专职管理下期末仍是客户的比例",
        "Your prediction: still a customer at the end, with KAM",
    ),
    "misconceptions.ctrl.kam_advance": ("专职管理：每年升一级的概率", "KAM: chance of moving up a stage"),
    "misconceptions.ctrl.kam_cost_10k": ("专职管理成本（万元/年·客户）", "KAM cost (10k yuan/yr per account)"),
    "misconceptions.ctrl.horizon_years": ("年数", "Years"),
    "misconceptions.retained_axis": ("仍是客户的比例（%）", "Still a customer (%)"),
    "misconceptions.stage_share_axis": ("期末各阶段的比例（%）", "Share in each stage at the end (%)"),
    "misconceptions.retained_title": ("关系能维持多久？", "How long does the relationship last?"),
    "misconceptions.stage_title": ("关系发展到哪个阶段？", "Which stage does it reach?"),
    "misconceptions.stage.exploratory": ("探索阶段", "exploratory"),
    "misconceptions.stage.basic": ("基本阶段", "basic"),
    "misconceptions.stage.cooperative": ("合作阶段", "cooperative"),
    "misconceptions.stage.interdependent": ("相互依赖阶段", "interdependent"),
    "misconceptions.stage.integrated": ("一体化阶段", "integrated"),
    "misconceptions.stage.lost": ("已流失", "lost"),
    "misconceptions.stage_caption": (
        "{years} 年后，传统做法下只有 {ret_t:.1%} 的客户还在，专职管理下有 <b>{ret_k:.1%}</b>；"
        "发展到相互依赖阶段或一体化阶段的：{adv_t:.1%} 对 {adv_k:.1%}；每家客户的终身价值（扣除管理成本）：{clv_t} 万元对 <b>{clv_k} 万元</b>。"
        "你预测 {pred:.0%}。{verdict}",
        "After {years} years {ret_t:.1%} of the accounts are still customers the traditional way, "
        "<b>{ret_k:.1%}</b> with a dedicated unit; interdependent or integrated: {adv_t:.1%} vs {adv_k:.1%}; "
        "lifetime value per account (after the cost of managing it): {clv_t} vs <b>{clv_k}</b> (10k yuan). "
        "You predicted {pred:.0%}. {verdict}",
    ),
    # M4 portfolio risk
    "misconceptions.strategy.keep": ("保留中小客户", "Keep the SMEs"),
    "misconceptions.strategy.clear": ("清退中小客户", "Clear the SMEs"),
    "misconceptions.ctrl.predicted_drop": (
        "你的预测：清退后收入大跌的概率",
        "Your prediction: chance of a large drop if cleared",
    ),
    "misconceptions.ctrl.key_accounts": ("大客户数", "Key accounts"),
    "misconceptions.ctrl.key_leave_probability": (
        "每家大客户一年内离开的概率",
        "Chance a key account leaves in a year",
    ),
    "misconceptions.ctrl.fixed_cost_10k": ("固定成本（万元/年）", "Fixed costs (10k yuan/yr)"),
    "misconceptions.revenue_change_axis": ("明年收入变化（%）", "Change in next year's revenue (%)"),
    "misconceptions.frequency_axis": ("模拟年份的比例（%）", "Share of simulated years (%)"),
    "misconceptions.drop_line": ("大跌：−{thr:.0%} 及以上", "Large drop: −{thr:.0%} or more"),
    "misconceptions.strategy_line": ("{name}（HHI {hhi:,.0f}）", "{name} (HHI {hhi:,.0f})"),
    "misconceptions.portfolio_title": (
        "没有永恒的朋友：一家大客户离开会怎样？",
        "No eternal friends: when a key account leaves",
    ),
    "misconceptions.portfolio_caption": (
        "保留中小客户时 HHI 为 {hhi_keep:,.0f}，一家大客户离开，收入少 {drop_keep:.1%}；清退后 HHI 为 {hhi_clear:,.0f}，"
        "一家大客户离开，收入就少 {drop_clear:.1%}。收入下跌 {thr:.0%} 以上的概率：{p_keep:.1%} 对 <b>{p_clear:.1%}</b>；"
        "毛利抵不上固定成本（亏损）的概率：{loss_keep:.1%} 对 <b>{loss_clear:.1%}</b>。你预测 {pred:.0%}。{verdict}",
        "Keeping the SMEs, the HHI is {hhi_keep:,.0f} and one key account leaving costs {drop_keep:.1%} of revenue; "
        "cleared, the HHI is {hhi_clear:,.0f} and one leaving costs {drop_clear:.1%}. Chance of a revenue drop of "
        "{thr:.0%} or more: {p_keep:.1%} vs <b>{p_clear:.1%}</b>; chance that the contribution does not cover the "
        "fixed costs (a loss): {loss_keep:.1%} vs <b>{loss_clear:.1%}</b>. You predicted {pred:.0%}. {verdict}",
    ),
    # M5 support
    "misconceptions.activity.market_outlook": ("行业与市场前景分析", "Market outlook analysis"),
    "misconceptions.activity.selling_points": ("产品卖点", "Product selling points"),
    "misconceptions.activity.best_sellers": ("提供畅销产品", "Best-selling products"),
    "misconceptions.activity.timely_delivery": ("及时送货", "Timely delivery"),
    "misconceptions.activity.in_store_promotion": ("参与店内促销", "In-store promotions"),
    "misconceptions.ctrl.predicted_ratio": (
        "你的预测：有支持时的客户价值",
        "Your prediction: account value with support",
    ),
    "misconceptions.ratio.lower": ("更低", "lower"),
    "misconceptions.ratio.same": ("差不多（±10% 以内）", "about the same (within ±10%)"),
    "misconceptions.ratio.up_to_1_5": ("高 10%–50%", "10%-50% higher"),
    "misconceptions.ratio.above_1_5": ("高 50% 以上", "more than 50% higher"),
    "misconceptions.case.without": ("没有支持", "Without support"),
    "misconceptions.case.with": ("有支持", "With support"),
    "misconceptions.value_axis": ("累计客户价值（万元，折现）", "Cumulative account value (10k yuan, discounted)"),
    "misconceptions.support_title": ("有了大客户，还要管理吗？", "Nothing else to manage?"),
    "misconceptions.support_caption": (
        "所选支持使客户的动销率从 {s0:.0%} 升到 {s1:.0%}，订单每年增长 {g:.1%}，保留率从 {r0:.0%} 升到 {r1:.0%}，"
        "每年花费 {cost} 万元。{years} 年的客户价值：没有支持 {v0} 万元，有支持 <b>{v1} 万元</b>（{ratio:.2f} 倍）。"
        "你的预测：{pred}。{verdict}",
        "The chosen support lifts the account's sell-through from {s0:.0%} to {s1:.0%}, its orders by {g:.1%} a "
        "year and its retention from {r0:.0%} to {r1:.0%}, at {cost} (10k yuan) a year. Account value over "
        "{years} years: {v0} without support, <b>{v1}</b> with it (10k yuan; {ratio:.2f} times). "
        "Your prediction: {pred}. {verdict}",
    ),
}

_EXERCISES = {
    # ------------------------------------------------------------------ 03.1 profit change of a concession
    "ex.03.1.title": ("让步之后毛利变了多少", "Gross profit after a concession"),
    "ex.03.1.prompt": (
        "毛利率为 {m_pct}%（按标价计）。假设销量对让步的反应是 dQ/Q = 0.6 × (1 − e^(−15d))。"
        "给大客户 {d_pct}% 的价格让步后，毛利总额比不让步时变化了多少？\n\n"
        "答案格式：用小数表示的变化比例，减少写负数，例如减少 2% 写成 -0.02；允许误差 ±{tol}。",
        "The gross margin is {m_pct}% (of the list price). Volume responds to a concession d as "
        "dQ/Q = 0.6 × (1 − e^(−15d)). After a {d_pct}% price concession to a key account, by how much does gross "
        "profit change compared with no concession?\n\n"
        "Answer format: the change as a fraction, negative for a fall, e.g. -0.02 for −2%; tolerance ±{tol}.",
    ),
    "ex.03.1.hint1": ("先算销量增幅：0.6 × (1 − e^(−{kd}))。", "First the volume gain: 0.6 × (1 − e^(−{kd}))."),
    "ex.03.1.hint2": (
        "让步后每单位标价销售额的毛利是 {m} − {d} = {md}，再乘以 (1 + 销量增幅）得到毛利指数 π(d)。",
        "After the concession each unit of list-price sales earns {m} − {d} = {md}; multiply by (1 + volume gain) "
        "to get the profit index π(d).",
    ),
    "ex.03.1.hint3": (
        "不让步时 π(0) = {m}。所求的变化是 π(d) / {m} − 1。",
        "Without a concession π(0) = {m}. The change asked for is π(d) / {m} − 1.",
    ),
    "ex.03.1.fb.right": (
        "让步换来了销量，但每一单位的毛利变薄了；两者相抵，才是让步的真实效果。",
        "The concession wins volume, but every unit earns less; the net of the two is what the concession really does.",
    ),
    "ex.03.1.fb.wrong": (
        "还不对：{answer} 不在允许误差内。先算销量增幅，再算毛利指数 π(d) = (m − d)(1 + 增幅）。",
        "Not yet: {answer} is not within the tolerance. Compute the volume gain, then π(d) = (m − d)(1 + gain).",
    ),
    "ex.03.1.fb.volume_only": (
        "还不对：这只是销量增幅。销量多了，但每单位的毛利从 m 降到了 m − d，要把两者合在一起算。",
        "Not yet: that is only the volume gain. Volume is up, but each unit now earns m − d instead of m: combine both.",
    ),
    "ex.03.1.fb.linear": (
        "还不对：你把销量反应当成了直线 0.6 × 15 × d。反应是饱和的：1 − e^(−15d) 越来越接近 1，越往后让步，换来的销量越少。",
        "Not yet: you treated the response as the straight line 0.6 × 15 × d. It saturates: 1 − e^(−15d) creeps "
        "towards 1, so each further point of concession wins less.",
    ),
    "ex.03.1.fb.index": (
        "差一点：这是毛利指数 π(d) 本身。题目问的是相对不让步时的变化：π(d) / m − 1。",
        "Almost: that is the profit index π(d) itself. The question asks for the change against no concession: "
        "π(d) / m − 1.",
    ),
    "ex.03.1.fb.no_margin_loss": (
        "还不对：增幅和让步不能简单相减。毛利是 (m − d) × (1 + 增幅），要相乘。",
        "Not yet: the gain and the concession do not simply subtract. Gross profit is (m − d) × (1 + gain): multiply.",
    ),
    "ex.03.1.solution": (
        "销量增幅 = 0.6 × (1 − e^(−{kd})) = {vol}。\n"
        "毛利指数 π(d) = ({m} − {d}) × (1 + {vol}) = {pi}，不让步时为 {m}。\n"
        "变化 = {pi} / {m} − 1 = {x}，即 {x_pct}%。\n\n"
        "```python\nfrom kamlab.models.misconceptions import ConcessionModel, concession_curve\n"
        "concession_curve(ConcessionModel(gross_margin={m}, max_volume_gain=0.6, sensitivity=15.0)).profit_change({d})\n```",
        "Volume gain = 0.6 × (1 − e^(−{kd})) = {vol}.\n"
        "Profit index π(d) = ({m} − {d}) × (1 + {vol}) = {pi}, against {m} without a concession.\n"
        "Change = {pi} / {m} − 1 = {x}, that is {x_pct}%.\n\n"
        "```python\nfrom kamlab.models.misconceptions import ConcessionModel, concession_curve\n"
        "concession_curve(ConcessionModel(gross_margin={m}, max_volume_gain=0.6, sensitivity=15.0)).profit_change({d})\n```",
    ),
    # ------------------------------------------------------------------ 03.2 SME plan in year 5
    "ex.03.2.title": ("靠中小客户赚利润：第 5 年还剩多少", "Counting on SMEs: what is left in year 5"),
    "ex.03.2.prompt": (
        "用本课的分部损益模型：市场每年 5 亿元，连锁大客户今年占 40%，此后每年增加 {gain_pct} 个百分点。"
        "供应商采用“靠中小客户赚利润”的做法（kamlab.models.misconceptions.SME_PROFIT_PLAN：大客户份额 20%、毛利率 10%、服务成本 4%；"
        "中小客户份额 30%、毛利率 25%、服务成本 9%）。第 {year} 年它的总利润是多少万元？\n\n"
        "答案格式：万元，例如 1234.5；允许相对误差 1%。",
        "Use the lesson's segment P&L: the market buys 500 million yuan a year; chain key accounts hold 40% this "
        "year and gain {gain_pct} points a year. The supplier counts on SMEs for profit "
        "(kamlab.models.misconceptions.SME_PROFIT_PLAN: 20% of the chains' purchases at a 10% margin and 4% cost to serve; "
        "30% of the SMEs' at a 25% margin and 9% cost to serve). What is its total profit in year {year}, in 10k "
        "yuan?\n\n"
        "Answer format: 10k yuan, e.g. 1234.5; relative tolerance 1%.",
    ),
    "ex.03.2.hint1": (
        "第 {year} 年连锁大客户占市场的 {c}，中小客户占 1 − {c}。",
        "In year {year} the chains hold {c} of the market and the SMEs 1 − {c}.",
    ),
    "ex.03.2.hint2": (
        "每个分部的利润 = 市场 × 分部占比 × 供应商份额 × （毛利率 − 服务成本率）。",
        "Each segment's profit = market × the segment's share × the supplier's share × (margin − cost to serve).",
    ),
    "ex.03.2.hint3": (
        "或者直接用 segment_pnl((SME_PROFIT_PLAN,), years={year}, chain_share_gain=...) 的 summary。",
        "Or read the summary of segment_pnl((SME_PROFIT_PLAN,), years={year}, chain_share_gain=...).",
    ),
    "ex.03.2.fb.right": (
        "中小客户的市场越来越小，靠它们赚利润的做法每年都在缩水。",
        "The SMEs' market keeps shrinking, and so does the profit of a plan that counts on them.",
    ),
    "ex.03.2.fb.wrong": (
        "还不对：{answer} 不在允许误差内。分别算出两个分部的利润再相加。",
        "Not yet: {answer} is not within the tolerance. Compute each segment's profit, then add them.",
    ),
    "ex.03.2.fb.no_cost_to_serve": (
        "还不对：你没有扣除服务成本。中小客户的服务成本率（9%）比大客户高得多，这正是“中小客户带来利润”要打折扣的原因。",
        "Not yet: you left out the cost to serve. SMEs cost far more to serve (9%) than the chains, which is why "
        '"SMEs bring profit" needs a second look.',
    ),
    "ex.03.2.fb.year0": (
        "还不对：这是今年（第 0 年）的利润。连锁大客户的份额每年都在增加，要用第 {year} 年的份额 {c}。",
        "Not yet: that is this year's (year 0) profit. The chains gain share every year: use year {year}'s share {c}.",
    ),
    "ex.03.2.fb.sme_only": (
        "差一点：这只是中小客户分部的利润，还要加上大客户分部的利润。",
        "Almost: that is the SME segment only; add the key-account segment's profit.",
    ),
    "ex.03.2.fb.yuan": ("数值对了，单位不对：请用万元作答。", "Right number, wrong unit: answer in 10k yuan."),
    "ex.03.2.solution": (
        "第 {year} 年连锁大客户占 {c}。大客户分部利润 {key_profit} 万元，中小客户分部利润 {sme} 万元，合计 {total} 万元"
        "（今年是 {year0} 万元）。中小客户贡献的利润占比降到 {share}%。\n\n"
        "```python\nfrom kamlab.models.misconceptions import SME_PROFIT_PLAN, segment_pnl\n"
        "segment_pnl((SME_PROFIT_PLAN,), years={year}, chain_share_gain={gain_pct}/100).summary\n```",
        "In year {year} the chains hold {c}. Key-account segment profit {key_profit}, SME segment profit {sme}, total "
        "{total} (10k yuan; this year: {year0}). The SMEs' part of the segment profit has fallen to {share}%.\n\n"
        "```python\nfrom kamlab.models.misconceptions import SME_PROFIT_PLAN, segment_pnl\n"
        "segment_pnl((SME_PROFIT_PLAN,), years={year}, chain_share_gain={gain_pct}/100).summary\n```",
    ),
    # ------------------------------------------------------------------ 03.3 retention after two years
    "ex.03.3.title": ("专职管理下两年后的保留率", "Retention after two years with a KAM unit"),
    "ex.03.3.prompt": (
        "一家新的大客户从探索阶段开始，由专职大客户经理负责。每年：探索阶段的客户流失的概率是 {c0_pct}%，"
        "没有流失的客户中有 {adv_pct}% 升到基本阶段；基本阶段的客户流失的概率是 {c1_pct}%。"
        "两年后这家客户仍是客户的概率是多少？\n\n"
        "答案格式：小数，例如 0.5；允许误差 ±{tol}。",
        "A new key account starts in the exploratory stage, managed by a dedicated key-account manager. Each "
        "year an exploratory account is lost with probability {c0_pct}%, and {adv_pct}% of those not lost move up "
        "to basic; a basic account is lost with probability {c1_pct}%. What is the probability that it is still "
        "a customer after two years?\n\n"
        "Answer format: a fraction, e.g. 0.5; tolerance ±{tol}.",
    ),
    "ex.03.3.hint1": (
        "第一年后有三种情况：流失、仍在探索阶段、升到基本阶段。分别算出概率。",
        "After year one there are three cases: lost, still exploratory, moved up to basic. Find each probability.",
    ),
    "ex.03.3.hint2": (
        "第二年，探索阶段和基本阶段的客户的流失概率不同（{c0_pct}% 和 {c1_pct}%）。",
        "In year two exploratory and basic accounts are lost with different probabilities ({c0_pct}% and {c1_pct}%).",
    ),
    "ex.03.3.hint3": (
        "保留率 = 仍在探索阶段的概率 × (1 − {c0_pct}%) + 基本阶段的概率 × (1 − {c1_pct}%)。",
        "Retention = P(exploratory) × (1 − {c0_pct}%) + P(basic) × (1 − {c1_pct}%).",
    ),
    "ex.03.3.fb.right": (
        "关系升级后流失率下降，所以升级越快，留下来的客户越多：这就是专职管理的价值所在。",
        "Accounts that move up are lost less often, so faster development keeps more accounts: that is what a "
        "dedicated unit is for.",
    ),
    "ex.03.3.fb.wrong": (
        "还不对：{answer} 不在允许误差内。把第一年后的三种情况分开，再看第二年。",
        "Not yet: {answer} is not within the tolerance. Split year one into its three cases, then follow each "
        "into year two.",
    ),
    "ex.03.3.fb.same_churn": (
        "还不对：你两年都用了探索阶段的流失率。第一年升到基本阶段的客户，第二年的流失率只有 {c1_pct}%。",
        "Not yet: you used the exploratory churn in both years. Accounts that moved up to basic are lost with "
        "only {c1_pct}% in year two.",
    ),
    "ex.03.3.fb.lost": (
        "反了：这是两年内流失的概率。题目问的是仍是客户的概率。",
        "The other way round: that is the probability of having been lost. The question asks for still being a customer.",
    ),
    "ex.03.3.fb.one_year": (
        "还不对：这是一年后的保留率。题目问的是两年后。",
        "Not yet: that is retention after one year. The question asks for two years.",
    ),
    "ex.03.3.solution": (
        "第一年后：流失 {c0}，仍在探索阶段 {stay}，升到基本阶段 {up}。\n"
        "第二年：探索阶段再流失 {c0}，基本阶段再流失 {c1}。\n"
        "两年后仍是客户的概率 = {stay} × (1 − {c0}) + {up} × (1 − {c1}) = {r}（两年内流失 {lost}）。\n\n"
        "```python\nfrom dataclasses import replace\nfrom kamlab.models.misconceptions import DEDICATED_KAM, relationship_paths\n"
        "relationship_paths(replace(DEDICATED_KAM, advance={adv_pct}/100), horizon_years=2).retention\n```",
        "After year one: lost {c0}, still exploratory {stay}, moved up to basic {up}.\n"
        "In year two exploratory accounts are lost with {c0}, basic ones with {c1}.\n"
        "Still a customer after two years = {stay} × (1 − {c0}) + {up} × (1 − {c1}) = {r} (lost: {lost}).\n\n"
        "```python\nfrom dataclasses import replace\nfrom kamlab.models.misconceptions import DEDICATED_KAM, relationship_paths\n"
        "relationship_paths(replace(DEDICATED_KAM, advance={adv_pct}/100), horizon_years=2).retention\n```",
    ),
    # ------------------------------------------------------------------ 03.4 HHI after clearing the SMEs
    "ex.03.4.title": ("清退中小客户后的集中度", "Concentration after clearing the SMEs"),
    "ex.03.4.prompt": (
        "A公司 有 {n} 家客户（ex.data）。如果它只留下今年销售额最大的 {k} 家（前 20%），清退其余客户，"
        "并且留下的客户销售额不变，剩下的客户群的 HHI（0–10,000 标度）是多少？\n\n"
        "答案格式：一个数，例如 512.3；允许相对误差 1%。",
        "Company A has {n} accounts (ex.data). If it keeps only the {k} with the largest revenue this year (the "
        "top 20%) and clears the rest, with the kept accounts' revenue unchanged, what is the HHI (0-10,000 "
        "scale) of the remaining customer base?\n\n"
        "Answer format: a number, e.g. 512.3; relative tolerance 1%.",
    ),
    "ex.03.4.hint1": (
        "先按 revenue 从大到小排序，取前 {k} 家。",
        "Sort by revenue, largest first, and keep the first {k}.",
    ),
    "ex.03.4.hint2": (
        "每家客户的份额要按留下来的 {k} 家的总销售额重新计算。",
        "Each account's share must be recomputed against the total of the {k} accounts kept.",
    ),
    "ex.03.4.hint3": (
        "HHI = 10,000 × Σ 份额²；也可以用 kamlab.hhi(...)。",
        "HHI = 10,000 × Σ share²; or use kamlab.hhi(...).",
    ),
    "ex.03.4.fb.right": (
        "客户越少、越集中，HHI 越高，一家客户离开的冲击就越大。",
        "Fewer, more concentrated accounts give a higher HHI, and a bigger blow when one of them leaves.",
    ),
    "ex.03.4.fb.wrong": (
        "还不对：{answer} 不在允许误差内。只用前 {k} 家客户，并按它们的总额重新计算份额。",
        "Not yet: {answer} is not within the tolerance. Use only the top {k} accounts and recompute their shares "
        "against their own total.",
    ),
    "ex.03.4.fb.before": (
        "还不对：这是全部 {n} 家客户的 HHI，也就是清退之前的集中度。",
        "Not yet: that is the HHI of all {n} accounts, the concentration before clearing.",
    ),
    "ex.03.4.fb.unit_scale": (
        "差一点：这是 0–1 标度的 HHI。请乘以 10,000。",
        "Almost: that is the HHI on a 0-1 scale. Multiply by 10,000.",
    ),
    "ex.03.4.fb.equivalent": (
        "还不对：这是“等效客户数”（10,000 / HHI），不是 HHI 本身。",
        "Not yet: that is the equivalent number of customers (10,000 / HHI), not the HHI itself.",
    ),
    "ex.03.4.solution": (
        "清退前 HHI = {before}，相当于 {eq_before} 家同样大小的客户；只留前 {k} 家后 HHI = {after}，"
        "相当于 {eq_after} 家，集中度是原来的 {ratio} 倍。\n\n"
        '```python\ntop = ex.data.nlargest({k}, "revenue")\nkamlab.hhi(top.revenue).index\n```',
        "Before clearing, HHI = {before}, like {eq_before} equal-sized accounts; keeping only the top {k}, "
        "HHI = {after}, like {eq_after}: {ratio} times as concentrated.\n\n"
        '```python\ntop = ex.data.nlargest({k}, "revenue")\nkamlab.hhi(top.revenue).index\n```',
    ),
    # ------------------------------------------------------------------ 03.5 judge
    "ex.03.5.title": ("销售总监的方案", "The sales director's plan"),
    "ex.03.5.prompt": (
        "A公司 刚和一家全国连锁客户签下年度合同，这家客户将占公司销售额的 35%。销售总监提出了四个方案，哪一个最符合本章的观点？\n"
        "\n"
        "a：清退中小客户，把全部产能和人员用来服务这家连锁。\n"
        "b：合同已经签了，停止市场分析、促销等支持以节省费用。\n"
        "c：保留中小客户；专人负责这家连锁，持续交货、促销等支持，让步适度。\n"
        "d：再给这家连锁 15% 的折扣，换取更大、更稳定的订单。\n"
        "\n"
        "答案格式：a、b、c 或 d。",
        "Company A has just signed an annual contract with a national chain that will bring 35% of its "
        "sales. The sales director proposes four plans. Which fits the chapter best?\n"
        "\n"
        "a: Clear out the SMEs and put all capacity and people into serving the chain.\n"
        "b: The contract is signed: stop market analysis, promotions and other support to save money.\n"
        "c: Keep the SMEs; a dedicated owner for the chain, steady delivery and promotions, moderate "
        "concessions.\n"
        "d: Give the chain another 15% off in exchange for larger, steadier orders.\n"
        "\n"
        "Answer format: a, b, c or d.",
    ),
    "ex.03.5.option.a": (
        "清退中小客户，把全部产能和人员用来服务这家连锁。",
        "Clear out the SMEs and put all capacity and people into serving the chain.",
    ),
    "ex.03.5.option.b": (
        "合同已经签了，停止市场分析、促销等支持以节省费用。",
        "The contract is signed: stop market analysis, promotions and other support to save money.",
    ),
    "ex.03.5.option.c": (
        "保留中小客户；专人负责这家连锁，持续交货、促销等支持，让步适度。",
        "Keep the SMEs; a dedicated owner for the chain, steady delivery and promotions, moderate concessions.",
    ),
    "ex.03.5.option.d": (
        "再给这家连锁 15% 的折扣，换取更大、更稳定的订单。",
        "Give the chain another 15% off in exchange for larger, steadier orders.",
    ),
    "ex.03.5.hint1": (
        "把每个方案和本章的五个误区对照一下。",
        "Hold each plan against the chapter's five misconceptions.",
    ),
    "ex.03.5.hint2": (
        "回想本课的四个模拟：让步曲线、清退后的风险、支持活动与客户价值。",
        "Recall the lesson's simulations: the concession curve, the risk of clearing the SMEs, support and account value.",
    ),
}


SEALED: dict[str, dict[str, str]] = {
    "ex.03.5.fb.a": {
        "zh": "eNpdkN1Og0AQhV+FG+8bfcGtlhT5KdjIBZSmorVSRUDRuqWkvkvdM7BXfQWXNCbE2zlf5nwzgjvItz/skrguGRP8FYWL7J6ML1GHZJryYSKDNfREXiVk1ogSFDfkFxjfIdtg+XSC2+pFcPNYhwpo0lQbXGhtvm/CESUxWQs5to+1feqAN4H73K6GgrP+ima1Q8067HYD/RHFm+CWDBztfHDWTfMZjDWZn4I7qgqzCllIhkdR2un7Ac29Nv84sIjeY4quqeA0nHYGkQXXUhvEdvE/8m1RVSpSQv25KkJWQi+bcndg8w74s8TU7j9JwdL/xnKk7oFey3ivZH4BAhfumw==",
        "en": "eNpNjjFOxEAQBL/SCSJBFiK8FBFyCS9Yr9v26vZm0MyuD2f3EPjcvYS1kYBsNOqu6qN2eM4MlmRCmYm31xfHey2OkPP+seQnqCBg5AUnrggxapXiByTZI5nuKvcOT+eaQ0kqD60S+YcMRsRNxKGRvOky/8MaIyzbiLi5jQulEv2Kp8c7BBl2UlQplvq6CSCKrDLR2nuh+Z4Y00cTRPXiHW7Xz6OChSYhY7REGRxqoPCc6NvGvP4GkrSDrXm7fh1Q/We9F6NMZW7FEb2WufsGNr9wQw==",
    },
    "ex.03.5.fb.b": {
        "zh": "eNolj9tOwkAQhl/FJ9CQmPh6bZGy4PYQLYdCwaARmmhZLwi0S6UPw8xs94pXcNC7mS/fzPwDZYCqOjueKU6gfax2qNcYC4wllIEpBqBDODpQCdv9uZIkN9sVm5datk1KxTtNVasUSg064T1YephpHASUKhQ+LeOz44Le4IuLwdh4fMs1o55NnH/ILUZDmuyt47a7DT5L1BP0e9B02aEotp9T3L6ROJjZIw5zhibsswbNwoxSri/1HLOcsq9WndihfIXLJ9uXnBCjMe0F5wQ9p0SRdK/wbxscD+jURq9tGqD4xvCVFh88ftO569w+3PMnv/afw9k=",
        "en": "eNpNj0Fuw1AIRK8yu24SV5FSVWpXPUB7B2ITG+V/sD44lW9fvlddwgxvhh8b8AWXWXkCqW5UMJpGozEwGTvUApVJEQs3hhybRXRG4XsgDJWUZv5IA0XXq3giRl5DTPE24JvagwO2RTF7ZAyV3cVPcC6lk1YTjZxv7HEsueUUUrnsmLjIk9uedxNEzx6WPdZm1XqAo5E493qgcbRN48UPyDmWZtu8HIeNg7X7P5NxmAu7m6a3WkacMDVb194mxZoqPfP7f1T8WouE3fIPXF4vw/sVdoeE40ll4+EPmSN4VQ==",
    },
    "ex.03.5.fb.c": {
        "zh": "eNpNkGFTgkAQhv86WiLQBYxpKdSUoZLNwOnIEBw38mO63Ts+8Rdah8b6sh923/fZdxd4/W2NTbtS1Sc+1rh2IGT4VHajFqSlhA3TNxoZzoGJXkaqfdELEmdwCCB/R+erlwwcGxdJl/jdat9LZxBDHPfS7WWsm1Q3GQahOsc458hGZDEWU9U9LrnOzlrsIPRxNkP3jpo6X18hSswHiMn3mG3RT8Ep4fmjs8Ygdjq6NewG4gLsCTHJCzGlFcDryy1LDpt0CAmHoyk9glCFTfTHr6xLmHaqvfpiD7zfzPOjqh6UEKZ4NUVCGmTulUZ7iQ8y0E1gwi1MTvrU/GMSwaWv/gBmkvtp",
        "en": "eNpNUEtOAzEMvYqXUwlVQsAG1ixnA1zATdwZq0kcxZ6penucgKCrJM9+v3zwstoRvlZWqAkL4C4cFZR2apggswYpgaqxFAU06K9XYIMLUVWwleBzfvdRiaC1EcYfsLFeYJqfD2//y7rVKs24LGMFQ5CtGHBRcx7IGa6YLn2MV7wBno0aKC+lQ9P8cq81YqmOWFmipzW6V1p476wsjUa2cTlRwE1puIdNTbIbePUTd/3HBzARyFtYO4iOu5YfHU1slsgTdDGESJGDW0ao1FQKZCy40G93Sjg+bOXa+eiZb391p/npcPwGkbeFqA==",
    },
    "ex.03.5.fb.d": {
        "zh": "eNo1j8uqwkAMhl9lNm4Pejj6fIMcrbdWBEFtVfBSL2Ad3ZQ6Vn0XnaTjylcwqbjJIsn354tJXFCnh6xC3c3OI1EqF0Tm/2NriM0FRgscKqsUdLRJ5F2O7X6LUWjjFix9ruHlLidEowqgsc08R/wWCwIH8SvtfHdr9uYQDXsfTjXQKxqhO8dJSHeeffl0unA42lloSCWYEgWOBu/MFnnqKw1wvLPqyp3NDKZtk0ScnydneiX+fip0NF+mKEglrNvm4hntUeZHg9lBDHJEIP9oUp8HH2a5ZjP26NEvb8UhuYU=",
        "en": "eNpFTztSxDAMvcprMjQhwzJAQ8UFaLdWEjnrGUfy2EqWdHsQuNyeBCUUlO+rp0/t8CFqFy44vTbQEBAr5lgHlYGzRRWcWtxv3+7BrIVxKLW6UrGTPZtxud9+OpyjXUB4fmowU5mitMhUzamBi1EUZI1iR4y/rBBWTcvsnSS+ws0bgpZD/yvAFFcW0JW2dzjcleTXVR58po6cMBWtFbloiIZAKVWflPR6eEUf//d6cvVAz5vKCOp1Mbx0b00Lcrz/PyxW4TUjc05b9wsgZGZc",
    },
    "ex.03.5.solution": {
        "zh": "eNpNkNtSwjAQhu95S8UHSXUKpRSKWi6gdRiQsxNaRiwhjfIwZHO46iu4tQPjzc4e/y9/NI3U1CvFuHkhj42GJQM7Pemki51SeHel6CjmWkIko5CFsJsp71iKQEU5uAsbt6p+sobsWQ0zmK/qBcM/JPNxTTICu1wvCxAEsr0Uc0274K/tdo3qJk0h4BDHSCkFRu8eM01/NF/CoA9OouhMRakKHNSqziKi+214CeT5TQ9HmEvWtaNeNf0Dy+IIRGixUdnhBpA8ugEeMDO5b3YbjDBHj4HJXXNuq4TI70/sK7pAtkpj8DYQ9gwJroyrHCPV1bmt/ZNkPQjRaAc/D8KtShDjNbGuH/j/0y7E0cVKF7Q2hGUNs3jJl9U02kv2Kjk3h4k5vFeenDF4meQt9TRBaXD35muGpF/93TXk",
        "en": "eNpFkLFuwzAMRPd8xW21ATdAgXZJpw4djQz9AllmLCGKJIh0jPx9KcFpB0MUafHe3VfkjcoJ9ng4nLP4FDE9kFp1Qmd62ECm+LhAHOFn/GbYFC1FKUaIUehOcSXoQ4MLbbjSA8batEbhAZx0QtAd97rDrUUYk5nDA9343n+im3qwpJzrmNecUxGYi1AB+yXWbkiKyGAK4VVcSeviYOKs0qIYFbne2CnllRvmrv/CuJugcN34UaXmHotvHLdUqL1qxS6wlMSMXNLFC6pHZMPSFk6kRfPNXAW78W2ApITbah08wzRX9ajd4EUC9UecYzVq+wGb8/rnlSjzX5LDft9tP0Pe6Z/Tf1lW3Jlq7o09r5qlwUyzt9rThrpQOB9hnSkLDZWsbtx8fNWv1TrKNV3DGtYlleMvnrO2DA==",
    },
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_LESSON, **_EXERCISES}.items()}
