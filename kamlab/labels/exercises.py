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
        "还没有答案：先把你的答案写进 answer（把 ... 换掉），再运行这一格。",
        "No answer yet: write your answer first (replace the ... in answer), then run this cell again."),
    "ex.fb.not_a_number": (
        "读不出数字：{answer}。请给出一个数，例如 0.25 或 \"1/4\"。",
        "Cannot read a number from {answer}. Give a number, e.g. 0.25 or \"1/4\"."),
    "ex.fb.not_integer": (
        "这里要的是一个整数（个数），而你给的是 {answer}。",
        "This asks for a whole number (a count); you gave {answer}."),
    "ex.fb.percent": (
        "还不对：请用小数表示比例，例如 25% 写成 0.25，不要写成百分数。",
        "Not yet: give the answer as a fraction, e.g. 0.25 for 25%, not as a percentage."),
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
}

LABELS = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_COMMON, **_EXERCISES}.items()}

#: Sealed texts of judge exercises (see the module docstring): key -> {"zh": blob, "en": blob}.
SEALED: dict[str, dict[str, str]] = {}
