"""Labels of :mod:`kamlab.exercises`: titles, prompts, hints, feedback and solutions.

Texts may hold ``{placeholders}`` that the exercise fills from the set's data, so
no answer is written here. Code in a solution sits between triple backticks.

``SEALED`` holds the texts that would reveal the answer of a judge exercise (its
per-option feedback and worked solution), sealed with
:func:`kamlab.exercises.core.seal` (zlib + base64); they are not part of the label
catalog. Edit one with ``unseal`` -> edit -> ``seal``.
"""

_COMMON = {
    "ex.kind.compute": ("计算", "compute"),
    "ex.kind.interpret": ("解读", "interpret"),
    "ex.kind.judge": ("判断", "judge"),
    "ex.kind.rubric": ("论述", "written, rubric-assessed"),
    "ex.ui.rubric_score_title": ("练习 {id}：按评分标准评分", "Exercise {id}: scored against the rubric"),
    "ex.ui.rubric_score": ("得分 {total} / {max}（{pct}）。", "Score {total} of {max} ({pct})."),
    "ex.fb.rubric_not_text": (
        "这是一道论述题：请把你的答案写成一段文字（放在引号里），而不是 {answer}。",
        "This is a written question: give your answer as text (in quotes), not {answer}."),
    "ex.fb.rubric_short": (
        "还不够：你的答案只有 {n} 个字（词），至少要写 {min} 个，才能把理由说清楚。",
        "Not yet: your answer has {n} words; write at least {min} so that your reasons come through."),
    "ex.fb.rubric_received": (
        "已收到（{n} 个字/词）。论述题没有唯一的标准答案，程序不替你打分。请对照下面的评分标准自查，"
        "或交给同学、老师评分（ex.score_rubric）：\n{rubric}",
        "Received ({n} words). A written judgement has no single right answer and the program does not mark "
        "it. Check your answer against the rubric below, or have a peer or your instructor score it "
        "(ex.score_rubric):\n{rubric}"),
    "ex.ui.task_title": ("练习 {id}（{kind}）：{title}", "Exercise {id} ({kind}): {title}"),
    "ex.ui.check_line": (
        "把答案写进 answer，然后运行 ex.check(\"{id}\", answer)。需要提示就运行 ex.hint(\"{id}\")，看完整解答运行 ex.solution(\"{id}\")。",
        "Put your answer in answer, then run ex.check(\"{id}\", answer). For a hint run ex.hint(\"{id}\"); "
        "for the worked solution, ex.solution(\"{id}\")."),
    "ex.ui.hint_title": ("练习 {id} 提示 {k}/{n}", "Exercise {id}, hint {k} of {n}"),
    "ex.ui.no_more_hints_title": ("练习 {id}：没有更多提示了", "Exercise {id}: no more hints"),
    "ex.ui.no_more_hints": (
        "提示已经全部给出。可以运行 ex.solution(\"{id}\") 查看完整解答；再运行 ex.hint(\"{id}\") 会从第一条提示重新开始。",
        "That was the last hint. Run ex.solution(\"{id}\") for the worked solution; ex.hint(\"{id}\") starts "
        "again from the first hint."),
    "ex.ui.solution_title": ("练习 {id} 解答：{title}", "Exercise {id}, solution: {title}"),
    "ex.fb.correct": ("正确！", "Right!"),
    "ex.fb.unanswered": (
        "还没有答案：先在 answer = 这一行写下你的答案（替换 None），再运行这一格。",
        "No answer yet: write your answer on the answer = line (in place of None), then run this cell again."),
    "ex.fb.not_a_number": (
        "读不出数字：{answer}。请给出一个数，例如 0.25 或 \"1/4\"。",
        "Cannot read a number from {answer}. Give a number, e.g. 0.25 or \"1/4\"."),
    "ex.fb.not_integer": (
        "这里要的是一个整数（个数），而你给的是 {answer}。",
        "This asks for a whole number (a count); you gave {answer}."),
    "ex.fb.percent": (
        "还不对：请用小数表示比例，例如 25% 写成 0.25，不要写成百分数。",
        "Not yet: give the answer as a fraction, e.g. 0.25 for 25%, not as a percentage."),
    "ex.ui.option": ("选项", "Option"),
    "ex.fb.not_a_choice": (
        "读不出选项：{answer}。请回答 a、b、c、d 之一（也可以写出选项全文）。",
        "Cannot read an option from {answer}. Answer one of a, b, c, d (or the option's full text)."),
}

_EXERCISES = {
    # ------------------------------------------------------------------ 01.1 pyramid tier
    "ex.01.1.title": ("某个客户在金字塔中的层级", "Pyramid tier of one account"),
    "ex.01.1.prompt": (
        "按本章的客户金字塔（按客户数划分：VIP客户约1%，重要客户约4%，普通大客户约15%，小客户约80%），"
        "客户 {account_id} 属于哪一层？用 ex.data 中的今年销售额（revenue）计算。\n\n"
        "答案格式：层级名称或代码，例如 \"重要客户\" 或 \"important\"（可选：vip、important、ordinary、small）。",
        "In the chapter's customer pyramid (by head count: VIP about 1%, important about 4%, ordinary key "
        "accounts about 15%, small customers about 80%), which tier does account {account_id} belong to? "
        "Use this year's revenue in ex.data.\n\n"
        "Answer format: the tier's name or code, e.g. \"Important\" or \"important\" (one of vip, important, "
        "ordinary, small)."),
    "ex.01.1.hint1": (
        "先把全部客户按销售额从大到小排序，找出 {account_id} 的名次。",
        "First rank all accounts by revenue, largest first, and find the rank of {account_id}."),
    "ex.01.1.hint2": (
        "金字塔按客户数（人头）划分，而不是按销售额占比：名次 k 的客户位于前 k/n 的客户之中（这里 n = {n}）。",
        "The pyramid is cut by head count, not by share of revenue: the account at rank k is within the top "
        "k/n of accounts (here n = {n})."),
    "ex.01.1.hint3": (
        "各层的界限是累计的：前1%为VIP客户，前5%（1% + 4%）以内为重要客户，前20%以内为普通大客户，其余为小客户。"
        "kamlab.customer_pyramid(ex.data).accounts 可以核对。",
        "The cuts are cumulative: the top 1% are VIP, up to 5% (1% + 4%) important, up to 20% ordinary key "
        "accounts, the rest small. kamlab.customer_pyramid(ex.data).accounts lets you verify."),
    "ex.01.1.fb.right": (
        "{account_id} 的名次是第 {rank} 名（共 {n} 个客户），即前 {position_pct}%。",
        "{account_id} is at rank {rank} of {n}, i.e. in the top {position_pct}%."),
    "ex.01.1.fb.unknown": (
        "读不出层级：{answer}。请回答 vip、important、ordinary、small 之一，或其中文名称（如 \"重要客户\"）。",
        "Cannot read a tier from {answer}. Answer one of vip, important, ordinary, small, or the tier's name "
        "(e.g. \"Important\")."),
    "ex.01.1.fb.by_value": (
        "还不对：你似乎用了累计销售额占比（{account_id} 及比它大的客户合计占 {cum_value_pct}% 的销售额）。"
        "金字塔的1%、4%、15%、80%是客户数的比例：看名次占全部客户的比例。",
        "Not yet: you seem to have used the cumulative share of revenue ({account_id} and the accounts above it "
        "hold {cum_value_pct}% of revenue). The pyramid's 1%, 4%, 15%, 80% are shares of the number of accounts: "
        "use the rank as a share of all accounts."),
    "ex.01.1.fb.not_cumulative": (
        "还不对：各层的比例要累加。重要客户是VIP之后的4%，也就是前1%到前5%；普通大客户是前5%到前20%。",
        "Not yet: the tier shares add up. Important accounts are the 4% after the VIPs, i.e. from the top 1% to "
        "the top 5%; ordinary key accounts run from 5% to 20%."),
    "ex.01.1.fb.off_by_one": (
        "还不对，差了一位：{account_id} 正好在两层的交界附近。名次为 k 的客户属于累计比例首次不小于 k/n 的那一层；"
        "例如共 {n} 个客户时，第 {vip_last} 名仍是VIP客户，第 {important_last} 名仍是重要客户，第 {ordinary_last} 名仍是普通大客户。",
        "Not yet, off by one: {account_id} sits right at a tier boundary. The account at rank k belongs to the "
        "first tier whose cumulative cut is at least k/n: with {n} accounts, rank {vip_last} is still VIP, rank "
        "{important_last} still important, rank {ordinary_last} still an ordinary key account."),
    "ex.01.1.fb.wrong": (
        "还不对。先找到 {account_id} 的销售额名次，再除以客户总数 {n}，与累计界限1%、5%、20%比较。",
        "Not yet. Find the revenue rank of {account_id}, divide it by the number of accounts ({n}) and compare "
        "with the cumulative cuts 1%, 5%, 20%."),
    "ex.01.1.solution": (
        "1. 按销售额从大到小排序：{account_id} 是第 {rank} 名，共 {n} 个客户。\n"
        "2. 位置 = {rank} / {n} = {position_pct}%。\n"
        "3. 累计界限：VIP客户到第 {vip_last} 名（1%），重要客户到第 {important_last} 名（5%），"
        "普通大客户到第 {ordinary_last} 名（20%），其余为小客户。\n"
        "4. 所以 {account_id} 属于：{tier}。\n\n"
        "```python\npyramid = kamlab.customer_pyramid(ex.data)\n"
        "pyramid.accounts.set_index(\"account_id\").loc[\"{account_id}\", [\"rank\", \"tier\"]]\n```",
        "1. Rank by revenue, largest first: {account_id} is at rank {rank} of {n}.\n"
        "2. Position = {rank} / {n} = {position_pct}%.\n"
        "3. Cumulative cuts: VIP up to rank {vip_last} (1%), important up to rank {important_last} (5%), "
        "ordinary key accounts up to rank {ordinary_last} (20%), small customers after that.\n"
        "4. So {account_id} is: {tier}.\n\n"
        "```python\npyramid = kamlab.customer_pyramid(ex.data)\n"
        "pyramid.accounts.set_index(\"account_id\").loc[\"{account_id}\", [\"rank\", \"tier\"]]\n```"),
    # ------------------------------------------------------------------ 02.1 break-even volume
    "ex.02.1.title": ("折扣需要多少额外销量", "Extra volume a discount needs"),
    "ex.02.1.prompt": (
        "毛利率为 {m_pct}%（按标价计）。给大客户 {d_pct}% 的价格折扣后，销量至少要增加多少，毛利总额才能保持不变？\n\n"
        "答案格式：用小数表示的增长比例，例如增加25%写成 0.25；允许误差 ±{tol}。",
        "The gross margin is {m_pct}% (of the list price). After a {d_pct}% price discount to a key account, by "
        "how much must sales volume grow at least to keep the gross profit unchanged?\n\n"
        "Answer format: the increase as a fraction, e.g. 0.25 for +25%; tolerance ±{tol}."),
    "ex.02.1.hint1": (
        "每件产品的毛利原来是标价的 {m}，打折后变成多少？",
        "Each unit used to earn {m} of the list price in gross profit. How much does it earn after the discount?"),
    "ex.02.1.hint2": (
        "折扣直接从毛利中扣除：每件毛利变成 {m} - {d} = {md}。",
        "The discount comes straight off the margin: each unit now earns {m} - {d} = {md}."),
    "ex.02.1.hint3": (
        "令折扣前后毛利总额相等：{m} = {md} × (1 + x)，解出 x。本章的例子：0.20 = 0.15 × (1 + x)。",
        "Set gross profit before and after equal: {m} = {md} × (1 + x), and solve for x. The chapter's example: "
        "0.20 = 0.15 × (1 + x)."),
    "ex.02.1.fb.right": (
        "x = {d} / ({m} - {d})：折扣越接近毛利率，需要的额外销量增长越快。",
        "x = {d} / ({m} - {d}): the closer the discount gets to the margin, the faster the required volume grows."),
    "ex.02.1.fb.wrong": (
        "还不对：{answer} 不在允许误差内。写出折扣前后的毛利总额并令二者相等。",
        "Not yet: {answer} is not within the tolerance. Write gross profit before and after the discount and set "
        "them equal."),
    "ex.02.1.fb.d_over_m": (
        "还不对：你用折扣除以了毛利率（d / m）。额外的销量要弥补的是打折后变低的毛利，应除以打折后的毛利 m - d。",
        "Not yet: you divided the discount by the margin (d / m). Volume has to make up for the lower margin "
        "after the discount: divide by m - d."),
    "ex.02.1.fb.remaining_margin": (
        "还不对：(m - d) / m 是打折后剩下的毛利占原毛利的比例，而不是需要增加的销量。",
        "Not yet: (m - d) / m is the share of the old margin that is left after the discount, not the extra "
        "volume needed."),
    "ex.02.1.fb.new_volume": (
        "差一点：m / (m - d) 是新销量相对原销量的倍数（1 + x）。题目问的是增加的部分 x，要减去1。",
        "Almost: m / (m - d) is the new volume as a multiple of the old (1 + x). The question asks for the "
        "increase x: subtract 1."),
    "ex.02.1.fb.d_over_m_plus_d": (
        "还不对：折扣让每件毛利减少，应除以 m - d，而不是 m + d。",
        "Not yet: the discount lowers the margin per unit, so divide by m - d, not m + d."),
    "ex.02.1.solution": (
        "每件毛利从 {m} 降到 {m} - {d} = {md}。毛利总额不变要求 {m} = {md} × (1 + x)，\n"
        "所以 x = {d} / {md} = {x}，即销量至少增加 {x_pct}%。\n\n"
        "```python\nkamlab.breakeven_volume_increase({m}, {d})\n```",
        "The margin per unit falls from {m} to {m} - {d} = {md}. Unchanged gross profit needs "
        "{m} = {md} × (1 + x),\nso x = {d} / {md} = {x}: volume must grow by at least {x_pct}%.\n\n"
        "```python\nkamlab.breakeven_volume_increase({m}, {d})\n```"),
    # ------------------------------------------------------------------ 01.2 top-20% share
    "ex.01.2.title": ("最大客户的销售额占比", "Revenue share of the biggest accounts"),
    "ex.01.2.prompt": (
        "用 ex.data 检验80/20法则：销售额最大的前{p_pct}%客户（{n} 个客户中的 {k} 个）合计占全部销售额的多少？\n\n"
        "答案格式：用小数表示的比例，例如80%写成 0.8；允许误差 ±{tol}。",
        "Test the 80/20 rule on ex.data: what share of total revenue do the largest {p_pct}% of accounts "
        "({k} of {n} accounts) hold together?\n\n"
        "Answer format: a fraction, e.g. 0.8 for 80%; tolerance ±{tol}."),
    "ex.01.2.hint1": (
        "按销售额从大到小排序，取前 {k} 个客户。",
        "Sort the accounts by revenue, largest first, and take the first {k}."),
    "ex.01.2.hint2": (
        "把这 {k} 个客户的销售额加起来，再除以全部 {n} 个客户的销售额总和。",
        "Add up the revenue of those {k} accounts and divide by the total revenue of all {n} accounts."),
    "ex.01.2.hint3": (
        "kamlab.top_share(ex.data.revenue, {p}) 一步算出这个比例；也可以在 kamlab.pareto_table(ex.data) 中读 cum_value_share。",
        "kamlab.top_share(ex.data.revenue, {p}) computes it in one step; or read cum_value_share in "
        "kamlab.pareto_table(ex.data)."),
    "ex.01.2.fb.right": (
        "前{p_pct}%的客户带来了这么大比例的业务：这正是本章客观判断法（80/20法则）的依据。",
        "The top {p_pct}% of accounts bring this much of the business: the basis of the chapter's objective "
        "method (the 80/20 rule)."),
    "ex.01.2.fb.wrong": (
        "还不对：{answer} 不在允许误差内。是否按销售额从大到小排序了？分母应是全部客户的销售额。",
        "Not yet: {answer} is not within the tolerance. Did you sort by revenue, largest first? The denominator "
        "is the revenue of all accounts."),
    "ex.01.2.fb.bottom": (
        "还不对：这是其余{rest_pct}%客户（销售额较小的客户）所占的比例。题目问的是最大的前{p_pct}%客户。",
        "Not yet: that is the share of the other {rest_pct}% (the smaller accounts). The question asks for the "
        "largest {p_pct}%."),
    "ex.01.2.fb.headcount": (
        "还不对：{p} 是这些客户占客户总数的比例（人头），题目问的是它们占销售额的比例。",
        "Not yet: {p} is their share of the number of accounts (head count); the question asks for their share "
        "of revenue."),
    "ex.01.2.solution": (
        "1. 按销售额从大到小排序，取前 {k} 个客户（{n} 个的{p_pct}%）。\n"
        "2. 它们的销售额之和 ÷ 全部销售额 = {share}，即 {share_pct}%。\n\n"
        "```python\nkamlab.top_share(ex.data.revenue, {p})\n```",
        "1. Sort by revenue, largest first, and take the first {k} accounts ({p_pct}% of {n}).\n"
        "2. Their revenue ÷ total revenue = {share}, i.e. {share_pct}%.\n\n"
        "```python\nkamlab.top_share(ex.data.revenue, {p})\n```"),
    # ------------------------------------------------------------------ 01.3 HHI equivalent number
    "ex.01.3.title": ("相当于多少个同样大的客户", "Equivalent number of equal-sized customers"),
    "ex.01.3.prompt": (
        "用赫芬达尔-赫希曼指数（HHI）衡量 ex.data 中销售额的集中度：{n} 个客户的销售额，"
        "相当于多少个同样大小的客户？（即 HHI 的\u201c等效客户数\u201d。）\n\n"
        "答案格式：一个数（可以带小数）；允许相对误差 ±{tol_pct}%。",
        "Measure the concentration of revenue in ex.data with the Herfindahl-Hirschman index (HHI): the revenue "
        "of {n} accounts is equivalent to how many equal-sized customers (the HHI's \u201cequivalent number\u201d)?\n\n"
        "Answer format: a number (decimals allowed); relative tolerance ±{tol_pct}%."),
    "ex.01.3.hint1": (
        "先算每个客户的销售额占比 s，即该客户销售额 ÷ 全部销售额。",
        "First compute each account's share s of total revenue."),
    "ex.01.3.hint2": (
        "HHI = 10000 × Σ s²（0到10000的刻度）。n 个同样大的客户时 HHI = 10000 / n。",
        "HHI = 10,000 × Σ s² (on the 0-10,000 scale). With n equal customers HHI = 10,000 / n."),
    "ex.01.3.hint3": (
        "所以等效客户数 = 10000 / HHI = 1 / Σ s²。kamlab.hhi(ex.data.revenue) 可以核对。",
        "So the equivalent number = 10,000 / HHI = 1 / Σ s². kamlab.hhi(ex.data.revenue) lets you verify."),
    "ex.01.3.fb.right": (
        "虽然有 {n} 个客户，但销售额的集中程度只相当于这么多个同样大的客户。",
        "There are {n} accounts, but revenue is as concentrated as in a base of this many equal-sized customers."),
    "ex.01.3.fb.wrong": (
        "还不对：{answer} 不在允许误差内。先算 HHI = 10000 × Σ s²，再求 10000 / HHI。",
        "Not yet: {answer} is not within the tolerance. Compute HHI = 10,000 × Σ s², then 10,000 / HHI."),
    "ex.01.3.fb.hhi_itself": (
        "还不对：这是 HHI 本身。等效客户数是 10000 / HHI。",
        "Not yet: that is the HHI itself. The equivalent number is 10,000 / HHI."),
    "ex.01.3.fb.hhi_fraction": (
        "还不对：这是以0到1为刻度的 HHI（Σ s²）。等效客户数是它的倒数 1 / Σ s²。",
        "Not yet: that is the HHI on the 0-1 scale (Σ s²). The equivalent number is its reciprocal, 1 / Σ s²."),
    "ex.01.3.fb.reciprocal_scale": (
        "还不对：你算了 1 / HHI，但 HHI 用的是0到10000的刻度，应算 10000 / HHI。",
        "Not yet: you computed 1 / HHI, but the HHI is on the 0-10,000 scale: use 10,000 / HHI."),
    "ex.01.3.fb.head_count": (
        "还不对：这是客户总数。只有所有客户一样大时，等效客户数才等于客户总数。",
        "Not yet: that is the number of accounts. The equivalent number equals it only if all accounts are the "
        "same size."),
    "ex.01.3.solution": (
        "1. 每个客户的占比 s = 销售额 ÷ 全部销售额。\n"
        "2. HHI = 10000 × Σ s² = {hhi}。\n"
        "3. 等效客户数 = 10000 / HHI = {equivalent}，只有客户总数 {n} 的 {equivalent_share_pct}%：销售额高度集中。\n\n"
        "```python\nkamlab.hhi(ex.data.revenue).equivalent_customers\n```",
        "1. Each account's share s = revenue ÷ total revenue.\n"
        "2. HHI = 10,000 × Σ s² = {hhi}.\n"
        "3. Equivalent number = 10,000 / HHI = {equivalent}, only {equivalent_share_pct}% of the {n} accounts: "
        "revenue is highly concentrated.\n\n"
        "```python\nkamlab.hhi(ex.data.revenue).equivalent_customers\n```"),
    # ------------------------------------------------------------------ 01.4 potential key account
    "ex.01.4.title": ("哪一个是潜在的大客户", "Which is a potential key account?"),
    "ex.01.4.prompt": (
        "下表是 ex.data 中的4个客户：本年销售额、品类总采购额（客户在这一品类上的全部采购，即\u201c钱包\u201d）和未来趋势（预计年增长率）。"
        "按本章的主观感知法，哪一个是潜在的大客户，即现在还不大，但预计会变得非常重要？\n\n"
        "答案格式：客户编号（如 \"A0123\"）或选项字母 a、b、c、d。",
        "The table shows 4 accounts from ex.data: current revenue, category spend (everything the account buys in "
        "this category, its \u201cwallet\u201d) and growth trend (expected yearly growth). By the chapter's subjective "
        "method, which one is a potential key account: not big yet, but expected to become extremely important?\n\n"
        "Answer format: the account id (e.g. \"A0123\") or the option letter a, b, c, d."),
    "ex.01.4.hint1": (
        "\u201c潜在\u201d说的是将来，不是现在：现在销售额最大的客户已经是大客户了。",
        "\u201cPotential\u201d is about the future, not the present: the account with the largest sales today "
        "already is a key account."),
    "ex.01.4.hint2": (
        "算一算每个客户的钱包余量：品类总采购额 - 本年销售额，即它从竞争对手那里买了多少。再和它现在的销售额比一比。",
        "Compute each account's headroom: category spend - revenue, i.e. what it buys from competitors. Compare it "
        "with what it buys from us now."),
    "ex.01.4.hint3": (
        "潜在大客户：余量远大于现在的销售额，而且趋势为正。kamlab.attractiveness_score(ex.data) 的 potential_key_account 列可以核对。",
        "A potential key account has headroom far larger than its current sales and a positive trend. The "
        "potential_key_account column of kamlab.attractiveness_score(ex.data) lets you verify."),
    "ex.01.4.headroom": ("钱包余量", "Headroom"),
    "ex.01.4.headroom_ratio": ("余量/销售额", "Headroom / revenue"),
    "ex.01.4.fb.right": (
        "{answer} 现在的销售额不大，但钱包余量是销售额的好几倍，而且在增长：这正是本章说的潜在大客户。",
        "{answer} buys little from us today, but its headroom is several times its current sales and it is "
        "growing: the chapter's potential key account."),
    "ex.01.4.fb.biggest": (
        "还不对：{answer} 是现在最大的客户之一，它已经是大客户了。潜在意味着增长空间：钱包余量（品类总采购额 - 本年销售额）相对现在的销售额很大，而且趋势为正。",
        "Not yet: {answer} is one of the biggest accounts today: it already is a key account. Potential means "
        "headroom: wallet minus current sales, large relative to what it buys now, and a positive trend."),
    "ex.01.4.fb.ordinary": (
        "还不对：{answer} 是普通客户，钱包余量相对它的销售额并不大。找一个余量是销售额好几倍、趋势为正的客户。",
        "Not yet: {answer} is an ordinary account; its headroom is not large relative to its sales. Look for an "
        "account whose headroom is several times its sales, with a positive trend."),
    "ex.01.4.fb.not_listed": (
        "{answer} 不在表中的4个客户里。请从表中选择（客户编号或字母 a、b、c、d）。",
        "{answer} is not one of the 4 accounts in the table. Choose from the table (account id or letter a, b, c, d)."),
    "ex.01.4.fb.unknown": (
        "读不出答案：{answer}。请回答表中的客户编号（如 \"A0123\"）或字母 a、b、c、d。",
        "Cannot read {answer}. Answer with an account id from the table (e.g. \"A0123\") or a letter a, b, c, d."),
    "ex.01.4.solution": (
        "下表加上了钱包余量（品类总采购额 - 本年销售额）及其与销售额之比。\n"
        "{right_id}（选项 {right_letter}）现在的销售额只有 {right_revenue} 元，钱包余量却有 {right_headroom} 元，"
        "趋势为 +{right_trend_pct}%：现在还小，但潜力大、在增长，是潜在的大客户。\n"
        "{big_id} 的销售额达 {big_revenue} 元，已经是现有的大客户，而不是潜在的大客户；另外两个客户的余量相对销售额不大。\n\n"
        "```python\nscores = kamlab.attractiveness_score(ex.data)\n"
        "scores.set_index(\"account_id\").loc[\"{right_id}\", \"potential_key_account\"]\n```",
        "The table adds the headroom (category spend - revenue) and its ratio to revenue.\n"
        "{right_id} (option {right_letter}) buys only {right_revenue} yuan from us, but has {right_headroom} yuan "
        "of headroom and a trend of +{right_trend_pct}%: small now, with large potential and growing: a potential "
        "key account.\n"
        "{big_id}, with {big_revenue} yuan of revenue, is a current key account, not a potential one; the other two "
        "have little headroom relative to their sales.\n\n"
        "```python\nscores = kamlab.attractiveness_score(ex.data)\n"
        "scores.set_index(\"account_id\").loc[\"{right_id}\", \"potential_key_account\"]\n```"),
    # ------------------------------------------------------------------ 01.5 judge: both methods
    "ex.01.5.title": ("小客户，大潜力：主观感知与客观判断", "Small customer, big potential: both methods"),
    "ex.01.5.prompt": (
        "A公司的客户X今年只采购了约10万元，按80/20法则和客户金字塔属于小客户。"
        "但X每年在这一品类上的总采购额约500万元，年增长30%，而且是A公司想进入的新能源设备行业的龙头企业。"
        "销售总监说：\u201c按80/20法则它是小客户，给它标准服务就行。\u201d下面哪种判断最恰当？\n\n"
        "a. 同意：80/20法则以数据为依据，主观看法不应推翻统计结果。\n"
        "b. 不同意：80/20法则不可靠，识别大客户应该只凭销售人员的感觉和判断。\n"
        "c. 不同意：80/20法则只看当前销售额；按主观感知的标准（未来趋势、发展潜力、战略重要性），X是潜在的大客户。两种方法要结合使用。\n"
        "d. 同意：小客户只有在销售额进入前20%以后，才能被当作大客户对待。\n\n"
        "答案格式：a、b、c 或 d。",
        "Company A's customer X bought only about 100,000 yuan this year: by the 80/20 rule and the customer "
        "pyramid it is a small customer. But X spends about 5 million yuan a year on the category, grows 30% a "
        "year, and leads the new-energy equipment industry that A wants to enter. The sales director says: "
        "\u201cBy the 80/20 rule it is a small customer; standard service will do.\u201d Which judgement fits best?\n\n"
        "a. Agree: the 80/20 rule is based on data; subjective views should not overturn the statistics.\n"
        "b. Disagree: the 80/20 rule is unreliable; key accounts should be identified by the sales team's feel "
        "and judgement alone.\n"
        "c. Disagree: the 80/20 rule looks only at current sales; by the subjective criteria (future trend, "
        "potential, strategic importance) X is a potential key account. Use both methods together.\n"
        "d. Agree: a small customer can be treated as a key account only once its sales reach the top 20%.\n\n"
        "Answer format: a, b, c or d."),
    "ex.01.5.option.a": ("同意：80/20法则以数据为依据，主观看法不应推翻统计结果。",
                         "Agree: the 80/20 rule is based on data; subjective views should not overturn the statistics."),
    "ex.01.5.option.b": ("不同意：80/20法则不可靠，识别大客户应该只凭销售人员的感觉和判断。",
                         "Disagree: the 80/20 rule is unreliable; key accounts should be identified by the sales "
                         "team's feel and judgement alone."),
    "ex.01.5.option.c": ("不同意：80/20法则只看当前销售额；按主观感知的标准（未来趋势、发展潜力、战略重要性），X是潜在的大客户。两种方法要结合使用。",
                         "Disagree: the 80/20 rule looks only at current sales; by the subjective criteria (future "
                         "trend, potential, strategic importance) X is a potential key account. Use both methods "
                         "together."),
    "ex.01.5.option.d": ("同意：小客户只有在销售额进入前20%以后，才能被当作大客户对待。",
                         "Agree: a small customer can be treated as a key account only once its sales reach the top 20%."),
    "ex.01.5.hint1": (
        "本章的主观感知法看哪些方面？除了当前销售额，还有未来发展趋势和发展潜力。",
        "What does the chapter's subjective method look at? Besides current sales: the future trend and the "
        "development potential."),
    "ex.01.5.hint2": (
        "80/20法则看到的是哪一年的数据？它能看到客户的钱包和战略意义吗？本章是否要求只用一种方法？",
        "Which year's data does the 80/20 rule see? Can it see the customer's wallet or strategic meaning? Does "
        "the chapter ask for one method only?"),
    # ------------------------------------------------------------------ 02.2 margin multiple
    "ex.02.2.title": ("利润乘数", "Margin multiple"),
    "ex.02.2.prompt": (
        "一个大客户每年为企业带来的利润 m 不变，第一笔利润在第1年年末到账（前提是客户留下）。"
        "客户保留率 r = {r_pct}%，折现率 i = {i_pct}%。这个客户的终身价值是年利润 m 的多少倍？\n\n"
        "答案格式：一个数（倍数），保留两位小数；允许误差 ±{tol}。",
        "A key account brings a constant yearly margin m; the first margin arrives at the end of year 1, if the "
        "account is retained. Retention rate r = {r_pct}%, discount rate i = {i_pct}%. The account's lifetime "
        "value is how many times the yearly margin m?\n\n"
        "Answer format: a number (the multiple), to two decimals; tolerance ±{tol}."),
    "ex.02.2.hint1": (
        "第 t 年年末的利润只有在客户留到那时才能拿到（概率 r 的 t 次方），而且要按 (1 + i) 的 t 次方折现。",
        "The margin at the end of year t arrives only if the account stays that long (probability r to the "
        "power t) and is discounted by (1 + i) to the power t."),
    "ex.02.2.hint2": (
        "把各年相加：m × [r/(1+i) + (r/(1+i))² + ...]，这是一个等比数列。",
        "Add up the years: m × [r/(1+i) + (r/(1+i))² + ...], a geometric series."),
    "ex.02.2.hint3": (
        "等比数列求和后得到利润乘数 r / (1 + i - r)。kamlab.margin_multiple({r}, {i}) 可以核对。",
        "Summing the series gives the margin multiple r / (1 + i - r). kamlab.margin_multiple({r}, {i}) lets "
        "you verify."),
    "ex.02.2.fb.right": (
        "客户终身价值 = {r} / (1 + {i} - {r}) × 年利润。保留率提高一点，乘数就会明显变大：客户是企业最重要的资产。",
        "Lifetime value = {r} / (1 + {i} - {r}) × yearly margin. A little more retention raises the multiple "
        "markedly: customers are the supplier's most important asset."),
    "ex.02.2.fb.wrong": (
        "还不对：{answer} 不在允许误差内。写出各年利润的期望现值并求和。",
        "Not yet: {answer} is not within the tolerance. Write the expected present value of each year's margin "
        "and add them up."),
    "ex.02.2.fb.no_discounting": (
        "还不对：你没有折现。将来的利润要按 (1 + i) 折现，乘数是 r / (1 + i - r)，而不是 1 / (1 - r) 或 r / (1 - r)。",
        "Not yet: you forgot discounting. Future margins are discounted by (1 + i): the multiple is "
        "r / (1 + i - r), not 1 / (1 - r) or r / (1 - r)."),
    "ex.02.2.fb.margin_now": (
        "差一点：(1 + i) / (1 + i - r) 是\u201c现在就先拿到一笔利润\u201d的版本。题目说第一笔利润在第1年年末、客户留下时才到账。",
        "Almost: (1 + i) / (1 + i - r) is the variant in which a margin is received now. Here the first margin "
        "arrives at the end of year 1, if the account is retained."),
    "ex.02.2.fb.no_retention": (
        "还不对：第1年年末的利润也要客户留下才能拿到，分子应是 r，而不是 1。",
        "Not yet: even the first margin at the end of year 1 needs the account to stay: the numerator is r, not 1."),
    "ex.02.2.solution": (
        "客户终身价值 = m × Σ (r / (1 + i)) 的 t 次方（t = 1, 2, ...）= m × r / (1 + i - r)。\n"
        "代入 r = {r}，i = {i}：{r} / ({one_plus_i} - {r}) = {r} / {denominator} = {x}。\n\n"
        "```python\nkamlab.margin_multiple({r}, {i})\n```",
        "Lifetime value = m × Σ (r / (1 + i)) to the power t (t = 1, 2, ...) = m × r / (1 + i - r).\n"
        "With r = {r}, i = {i}: {r} / ({one_plus_i} - {r}) = {r} / {denominator} = {x}.\n\n"
        "```python\nkamlab.margin_multiple({r}, {i})\n```"),
    # ------------------------------------------------------------------ 02.3 loss-making accounts
    "ex.02.3.title": ("有多少客户在亏损", "How many accounts lose money?"),
    "ex.02.3.prompt": (
        "扣除产品成本、折扣返利和服务成本（cost to serve，包括销售、服务、投诉处理、订单处理、送货和促销支持）之后，"
        "ex.data 的 {n} 个客户中有多少个客户的利润为负？\n\n"
        "答案格式：一个整数（客户个数）。",
        "After cost of goods, discounts and rebates, and cost to serve (selling, service, complaint handling, "
        "order processing, delivery and promotion support), how many of the {n} accounts in ex.data have a "
        "negative profit?\n\n"
        "Answer format: a whole number (a count of accounts)."),
    "ex.02.3.hint1": (
        "毛利 = 销售额 × 毛利率；毛利为负的客户几乎没有，所以问题出在后面的成本上。",
        "Gross profit = revenue × gross margin; hardly any account has a negative gross profit, so look at the "
        "costs that come after it."),
    "ex.02.3.hint2": (
        "利润 = 毛利 - 折扣返利 - 服务成本。服务成本按作业时间计算（时间驱动作业成本法）。",
        "Profit = gross profit - discounts and rebates - cost to serve. Cost to serve is priced from the time "
        "each activity takes (time-driven activity-based costing)."),
    "ex.02.3.hint3": (
        "kamlab.customer_profit(ex.data) 给出每个客户的 profit 列；数一数小于0的个数。",
        "kamlab.customer_profit(ex.data) gives each account's profit column; count the values below 0."),
    "ex.02.3.fb.right": (
        "这么多客户在扣除服务成本后是亏损的：客户并不都是越大越赚钱，也不都是在赚钱。",
        "That many accounts lose money once cost to serve is counted: not every customer pays its way."),
    "ex.02.3.fb.wrong": (
        "还不对：{answer} 个不对。利润 = 毛利 - 折扣返利 - 服务成本，数一数利润小于0的客户。",
        "Not yet: {answer} is not right. Profit = gross profit - discounts and rebates - cost to serve; count "
        "the accounts with profit below 0."),
    "ex.02.3.fb.no_cost_to_serve": (
        "还不对：你只看了毛利（减去折扣返利），忽略了服务成本。很多客户的毛利为正，但扣除服务成本后就亏损了。",
        "Not yet: you looked at gross margin (less discounts) only and ignored cost to serve. Many accounts "
        "have a positive gross profit but lose money once cost to serve is deducted."),
    "ex.02.3.fb.no_discounts": (
        "还不对：你扣除了服务成本，但忘了折扣返利。",
        "Not yet: you deducted cost to serve but forgot discounts and rebates."),
    "ex.02.3.fb.profitable": (
        "还不对：这是盈利客户的个数。题目问的是利润为负的客户。",
        "Not yet: that is the number of profitable accounts. The question asks for those with negative profit."),
    "ex.02.3.fb.share": (
        "方向对了，但题目要的是客户个数，不是比例。",
        "Right idea, but the question asks for the number of accounts, not a share."),
    "ex.02.3.solution": (
        "利润 = 销售额 × 毛利率 - 折扣返利 - 服务成本。{n} 个客户中有 {k} 个利润为负（{k_pct}%）；"
        "只看毛利（减去折扣返利）时亏损的客户只有 {no_cts} 个。\n\n"
        "```python\nprofit = kamlab.customer_profit(ex.data)\nint((profit.profit < 0).sum())\n```",
        "Profit = revenue × gross margin - discounts and rebates - cost to serve. {k} of the {n} accounts have a "
        "negative profit ({k_pct}%); counting only gross profit less discounts, the number would be {no_cts}.\n\n"
        "```python\nprofit = kamlab.customer_profit(ex.data)\nint((profit.profit < 0).sum())\n```"),
    # ------------------------------------------------------------------ 02.4 least profitable of the top 10
    "ex.02.4.title": ("最大的10个客户中利润最低的", "Least profitable of the 10 biggest"),
    "ex.02.4.prompt": (
        "在 ex.data 中销售额最大的10个客户里，扣除服务成本后哪一个客户的利润最低？\n\n"
        "答案格式：客户编号，例如 \"A0123\"。",
        "Among the 10 accounts in ex.data with the highest revenue, which one has the lowest profit after "
        "cost to serve?\n\n"
        "Answer format: the account id, e.g. \"A0123\"."),
    "ex.02.4.hint1": (
        "先找出销售额最大的10个客户：kamlab.pareto_table(ex.data).head(10)。",
        "First find the 10 biggest accounts by revenue: kamlab.pareto_table(ex.data).head(10)."),
    "ex.02.4.hint2": (
        "再用 kamlab.customer_profit(ex.data) 算出它们的利润（已扣除折扣返利和服务成本）。",
        "Then get their profit (after discounts and cost to serve) with kamlab.customer_profit(ex.data)."),
    "ex.02.4.hint3": (
        "比较的是利润，不是销售额：在这10个客户中找 profit 最小的那一个。",
        "Compare profit, not revenue: among those 10, find the one with the smallest profit."),
    "ex.02.4.revenue_rank": ("销售额名次", "Revenue rank"),
    "ex.02.4.gross_profit": ("毛利", "Gross profit"),
    "ex.02.4.discounts": ("折扣返利", "Discounts and rebates"),
    "ex.02.4.cost_to_serve": ("服务成本", "Cost to serve"),
    "ex.02.4.profit": ("利润", "Profit"),
    "ex.02.4.fb.right": (
        "{answer} 是最大的客户之一，利润却最低：最大的客户并不自动是最赚钱的客户（本章I4）。",
        "{answer} is among the biggest accounts yet earns the least: the largest customers are not "
        "automatically the most profitable (chapter I4)."),
    "ex.02.4.fb.smallest_revenue": (
        "还不对：{answer} 是这10个客户中销售额最小的，但利润要扣除折扣和服务成本之后再比较。",
        "Not yet: {answer} has the smallest revenue of the ten, but profit is what remains after discounts and "
        "cost to serve: compare profit."),
    "ex.02.4.fb.ignored_cost_to_serve": (
        "还不对：{answer} 的毛利（减去折扣返利）最低，但还要扣除服务成本。",
        "Not yet: {answer} has the lowest gross profit less discounts, but cost to serve must come off too."),
    "ex.02.4.fb.most_profitable": (
        "还不对：{answer} 是这10个客户中利润最高的。题目问的是最低的。",
        "Not yet: {answer} is the most profitable of the ten. The question asks for the least profitable."),
    "ex.02.4.fb.lowest_overall": (
        "还不对：{answer} 是全部客户中利润最低的，但它不在销售额最大的10个客户之中。",
        "Not yet: {answer} has the lowest profit of all accounts, but it is not among the 10 biggest by revenue."),
    "ex.02.4.fb.not_top10": (
        "还不对：{answer} 不在销售额最大的10个客户之中。",
        "Not yet: {answer} is not among the 10 biggest accounts by revenue."),
    "ex.02.4.fb.wrong": (
        "还不对：{answer} 在前10名之中，但不是利润最低的。比较这10个客户的 profit。",
        "Not yet: {answer} is in the top 10, but not the least profitable. Compare the profit of the ten."),
    "ex.02.4.fb.unknown": (
        "ex.data 中没有这个客户编号：{answer}。请回答形如 \"A0123\" 的客户编号。",
        "There is no account {answer} in ex.data. Answer with an account id such as \"A0123\"."),
    "ex.02.4.solution": (
        "下表是销售额最大的10个客户及其利润。{right_id}（销售额第 {right_rank} 名，{right_revenue} 元）扣除折扣返利 "
        "{right_discounts} 元和服务成本 {right_cts} 元后，利润为 {right_profit} 元，是10个客户中最低的。\n\n"
        "```python\ntop10 = kamlab.pareto_table(ex.data).head(10).account_id\n"
        "profit = kamlab.customer_profit(ex.data).set_index(\"account_id\").profit\n"
        "profit[top10].idxmin()\n```",
        "The table shows the 10 biggest accounts and their profit. {right_id} (revenue rank {right_rank}, "
        "{right_revenue} yuan) keeps {right_profit} yuan after {right_discounts} yuan of discounts and "
        "{right_cts} yuan of cost to serve: the lowest of the ten.\n\n"
        "```python\ntop10 = kamlab.pareto_table(ex.data).head(10).account_id\n"
        "profit = kamlab.customer_profit(ex.data).set_index(\"account_id\").profit\n"
        "profit[top10].idxmin()\n```"),
    # ------------------------------------------------------------------ 02.5 judge: customer share
    "ex.02.5.title": ("市场占有与客户占有", "Market share vs customer share"),
    "ex.02.5.prompt": (
        "两家液压件供应商P和Q的市场份额都是10%。P向500个客户零散供货，平均只占每个客户采购额的5%；"
        "Q只服务60个客户，平均占它们采购额的60%，并为每个客户制定一对一的客户计划。按本章的观点，下面哪种说法最恰当？\n\n"
        "a. 两家市场份额相同，地位就一样稳固；客户占有率无关紧要。\n"
        "b. Q的地位更稳固：客户占有是微观、具体的，要靠一对一锁定客户，是市场占有的前提；P广而薄的份额容易被对手抢走。\n"
        "c. P的地位更稳固：客户越多越安全，把力量平均分配给所有客户最稳妥。\n"
        "d. 先追求市场份额最重要，市场份额上去了，客户占有自然会跟上。\n\n"
        "答案格式：a、b、c 或 d。",
        "Two hydraulic-fittings suppliers, P and Q, each hold 10% of the market. P sells small amounts to 500 "
        "customers, on average 5% of each customer's purchases; Q serves only 60 customers, on average 60% of "
        "their purchases, with a one-to-one account plan for each. Which statement fits the chapter best?\n\n"
        "a. With equal market shares their positions are equally secure; customer share does not matter.\n"
        "b. Q's position is more secure: customer share is micro and concrete, won by one-to-one lock-in, and is "
        "the precondition of market share; P's broad, thin share is easy for rivals to take.\n"
        "c. P's position is more secure: more customers is safer, and spreading effort evenly over all customers "
        "is the safest course.\n"
        "d. Market share comes first; once market share is up, customer share follows by itself.\n\n"
        "Answer format: a, b, c or d."),
    "ex.02.5.option.a": ("两家市场份额相同，地位就一样稳固；客户占有率无关紧要。",
                         "With equal market shares their positions are equally secure; customer share does not matter."),
    "ex.02.5.option.b": ("Q的地位更稳固：客户占有是微观、具体的，要靠一对一锁定客户，是市场占有的前提；P广而薄的份额容易被对手抢走。",
                         "Q's position is more secure: customer share is micro and concrete, won by one-to-one "
                         "lock-in, and is the precondition of market share; P's broad, thin share is easy for "
                         "rivals to take."),
    "ex.02.5.option.c": ("P的地位更稳固：客户越多越安全，把力量平均分配给所有客户最稳妥。",
                         "P's position is more secure: more customers is safer, and spreading effort evenly over "
                         "all customers is the safest course."),
    "ex.02.5.option.d": ("先追求市场份额最重要，市场份额上去了，客户占有自然会跟上。",
                         "Market share comes first; once market share is up, customer share follows by itself."),
    "ex.02.5.hint1": (
        "本章说\u201c客户生来就是不平等的\u201d：供应商能把力量平均分配给所有客户吗？",
        "The chapter says \u201ccustomers are born unequal\u201d: can a supplier spread its effort evenly over all "
        "customers?"),
    "ex.02.5.hint2": (
        "市场占有是宏观、抽象的，客户占有是微观、具体的。哪一个是另一个的前提？",
        "Market share is macro and abstract, customer share micro and concrete. Which is the precondition of "
        "the other?"),
}

LABELS = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_COMMON, **_EXERCISES}.items()}

#: Sealed texts of judge exercises (see the module docstring): key -> {"zh": blob, "en": blob}.
SEALED: dict[str, dict[str, str]] = {
    "ex.01.5.fb.a": {
        "zh": (
            "eNoljk1uwjAYRI8EYtWjcByKIpEEXIufqGlwCkSFVIBCUKXUtKY5TDOf7VWugBHLGWnmPVPHjWQ4XVqVUFQSK8D34IziNa5z"
            "BEwnnl0MsChslv4PhiSO+rB2ZSN/TT4kb6VXW/qKTB1rMSaxp3QLPsU5MtUYYY3Z5BHpKhAuWzXBpaIwtJlnik2jEvAYf682"
            "fYeUdsTM7tmdo8jI/9Z52cif+1B84iN/lK1aOkPHeup2el1Hhv/mbkhxegn6zvAGiFKStg=="
        ),
        "en": (
            "eNpNjzFuQzEMQ6/CLUuRBJ2K5g6dOnR1HLZ2I38Zlpz0377KnzIIAkTpkfpQx0p/hxfikjzBit6R5xhcHJaEBl1k3eMzNnJJ"
            "3Tl2BpvnX2avN6LRi16QxBR31p9iG+17+hyEByjEqM2CN4r29oB39Wg1ycsm5yRi4WyujcPAvx4GjDvFmTmGMQpao6yorevw"
            "9EzBlStSzjoXt9Pm9nY8vB4xpjDS6RJRq1k89LX/B3R5WvE="
        ),
    },
    "ex.01.5.fb.b": {
        "zh": (
            "eNpNjVEKgkAUAI+U9NXxVIJdIdHQTEUoRTQyDQrKzQ0Po+/t+rVXaD/7HmZGjvHcu3BniqeY3URzFkMC5DP3pahdjBg+D4rv"
            "oCtkbQMtMWoVpxtjtTY0AZpMpqUh0vdC9tAeIQ8Vd4C98JFj5siiAb+CLp1MG7wrkBa3J1k70DGMA7C8pSA6/3+TlSWGAHw6"
            "f0cRXrT4AwWHcps="
        ),
        "en": (
            "eNo1jUEKgzAURK8yyxbESlfFA3TZOyRmMCkxX/K/FW/fWOhu4M2beYnhoI2wSEzRrcaKOX2osF2w0KIE7eBK+FXEvzlZ45BC"
            "XB7D7T6gbpkdpk1NlqavR3VLClckRWn7lafD0ONJZrh8qo3RacoHfHLKMGJTwovF/ylM5pZY+y/R8Dp0"
        ),
    },
    "ex.01.5.fb.c": {
        "zh": (
            "eNpNkNFOwkAQRb/GZxuNiZ/C52wphG1tNRDaICwiTUuNkVKjiYtt48ewM7v71F9gGl58m8y9c+/J3DvXNw5+xcCf4eldiwfg"
            "1UDVARy/9XJk5wzmpU3XXbOC0us3s08Ix13D9e/uznGUnMDY6xr/xNxb54oMkL7Y+A9mIYg3TCqzDZVcKrknCflCxzmISrVR"
            "14Rm59r1q5K1KYY42uhNjn5kvPYCcWLDAS4O2AoK6nOzAsoU+Q8JNNAN8AyTPUwDc/CRT1X9YSpXP1Z9sWDkp47/6WabKxn0"
            "gcGK+C40dhIRBzIyE2WmiwiTI/3Deq0VjCSqOwP1Esez"
        ),
        "en": (
            "eNpdj9FKBDEMRX/lvogKsjsogri/sQ/7mmnDNJpphjbdMn9vF0HUt4TLuTk5J8bbdHyeUJoyKnOFZd1xua+opGP1JBU7UzlB"
            "vKKTKjseaLbmeMUqqmIZe6P8+ISX6Q5Lse4JlCOqF3JeJGBTCgzJIGTuY4hthDtqso62fV8dsQ+j2uYPDi5XxlW4H3DBcCBs"
            "5pxdSPHJOygEa9kPOA/EfoiVPVmEs+qwTXZDZ1mQrZ/+t1tmUIz1V/Nfa1k3K0458Dtmuz1VePhz5Hj4AhIbcCE="
        ),
    },
    "ex.01.5.fb.d": {
        "zh": (
            "eNodjUsOgkAUBE/j3ngaj4N/iSImkoAIBonfqCO6ECQgd9HpNzMrr+DouquqZeXxzMLl8Sl8Wc0pSsXZxDBpCr+rHAMOU3Eo"
            "qwV6G5hWo14j9/4pxuK45LmpNTJHsC+yU5J7QHqDFfHS5nkfrPM22hScxDEibyJWjOyp7r6MgMoAwV73sd6BxTRMX0ao71Xc"
            "lWzFCx+2h6erwiWyTA0suW394D8pJol2kVyROyhnv3XX10dfjhiL8A=="
        ),
        "en": (
            "eNolzjFOQzEQBNCrTINooghR5hCpKGg3m5G+Fdtr2ZOAuxwELpeTYKCdnX2aYwiTOuA0oY1QKsT788CwzIFO8+3/EA2vL087"
            "GHq6WUaxic1uRA6/8IwkpLrH2+r6Zk3s4GfLyZPyRLWyuMf9q4VYlRZw4YS5x7VqPO7fB/h1KAr7+H2ka6EKnOgrXJE6CxeV"
            "Sosuq8KZg30tMP2ZUVHjY/8DRhFOVg=="
        ),
    },
    "ex.01.5.solution": {
        "zh": (
            "eNplkUlSwlAQhvecgo1r41SlS2/B1uEgYTIJECMQUEIQiUwFhKGkNJAAh+F1v2SVK9gpqCx02X+/v/+v+3Fbx44cesbDXswk"
            "YGr5gwzIXazboSdfC6fnAn7VQG7sxTQ1Uf4JpDLYr9DRQ09h2xaqU9hUQVEDXQR9Glit0CulmFuA1RK0USBJ/tLm6/6ZwBwJ"
            "8lnqoiIyt+dbY9hUmLOGuXaYTADMcSkfc23e7nGzyI0cvs0OXZitmJdmjkFiIKl+P43igLj/pBMnmiNs9UArw6LmfxehsINK"
            "6VDixoRCk4JS0ZTKAkp5YrsSYjiZbRqBpJF4eROLCkFH61jvQW13IZxEpSYT2S3kJ6A5xOLvmpDvRbz1ud8pHTG3DeguI8Zp"
            "ll5H4eaQdOgO4o0Td0miSz4m6VhcHx4+AOsrujrFMM9AT8Nn5b839Jr3R9PxarHJscjB1k9Ym9P3kInWwVab0tCc8PEHdxsg"
            "rZnT5QM1dqH9yTvRY0gbpBAvd6vwQgfZUQR5fwFx5nvD"
        ),
        "en": (
            "eNptkcFunUAMRff5iruplEiI0LSVmmSVf8giWz9wYJqZMRp7gvj7Gnh5VZtKIMTM9fW59lPWhcsD+vbqeWLI6Rf3Ft4ZiW2S"
            "Adc/u9u7DqVGbtBXNUlcMK+FUhhuUFhNIdmvSuFsUIqsD3jBSeo4mV/FFeQ/hq9d13Rdh7VShk1BsTKVBioIhl5qdivyB5oo"
            "xku3FhuZ1n/RSN8UkywIaZZi5N3NhRfI4Bx/YTV4rVYLw/zM6/0d+J2jzGnTzGL+CRRbx9fZJXom/4EUYgwec2eXfDQi41HK"
            "iuuJaSgi6Sz/3t5/FNw0GIssim/dFw+2Bd77Rq/Q3SWzB8iDQ7vTExbapmACR9n2Qn+w8MY+yn4fVHtFBz+q8u7zaXPH5F2T"
            "gur/XfQRp83gIPk84YuFp5sP0RC0D3MM2Tu+HidkdKyon2h2aIxu4epFzj6+hzNl8mSjn/lSfwMptOG/"
        ),
    },
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
