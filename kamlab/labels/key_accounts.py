"""Labels of lesson 01 (what a key account is): the scoring and concentration explorers; and its exercises (:mod:`kamlab.exercises.key_accounts`)."""

_LESSON = {
    # scoring explorer (chapter C1, subjective perception)
    "key_accounts.weight": ("权重·{criterion}", "Weight · {criterion}"),
    "key_accounts.top_title": (
        "得分前 {n} 名的客户：各项标准的贡献",
        "Top {n} accounts: what each criterion contributes",
    ),
    "key_accounts.potential_title": (
        "潜在大客户：在当前权重下排第几",
        "Potential key accounts: their rank under these weights",
    ),
    "key_accounts.potential_note": (
        "（红色 = 已进入前 {share:.0%} 的大客户名单）",
        "(red = already among the top {share:.0%})",
    ),
    "key_accounts.no_potential": ("这批客户中没有潜在大客户。", "There are no potential key accounts in these data."),
    "key_accounts.no_weight": (
        "所有权重都是 0：没有任何一项标准参与打分，也就无从排名。请至少把一项权重调到大于 0。",
        "All weights are 0: no criterion counts, so there is no ranking. Move at least one weight above 0.",
    ),
    "key_accounts.weights_used": ("归一化后的权重：{weights}", "Weights, scaled to add up to 100%: {weights}"),
    "key_accounts.scoring_summary": (
        "得分前 {share:.0%} 的 {n_key} 家客户算作大客户；{n_potential} 家潜在大客户中，"
        "已有 {n_in} 家进入这份名单。第 1 名：{top}，{score:.1f} 分。",
        "The best {share:.0%}, {n_key} accounts, count as key accounts; of the {n_potential} potential "
        "key accounts, {n_in} are on that list. Number 1: {top}, {score:.1f} points.",
    ),
    "key_accounts.score": ("得分", "Score"),
    "key_accounts.account": ("客户", "Account"),
    "key_accounts.potential": ("潜在大客户", "Potential key account"),
    "key_accounts.yes": ("是", "yes"),
    "key_accounts.no": ("否", "no"),
    # concentration explorer (chapter C2, objective judgement)
    "key_accounts.concentration": ("前 20% 客户的销售额占比", "Top 20%'s share of revenue"),
    "key_accounts.cut.vip": ("VIP客户占客户数", "VIP: share of accounts"),
    "key_accounts.cut.important": ("重要客户占客户数", "Important: share of accounts"),
    "key_accounts.cut.ordinary": ("普通大客户占客户数", "Ordinary key accounts: share of accounts"),
    "key_accounts.cuts_too_big": (
        "三个大客户层级合计占客户数的 {total:.0%}，没有给小客户留下位置（合计必须小于 100%）。请调小其中一个层级。",
        "The three key-account tiers add up to {total:.0%} of the accounts and leave no room for small "
        "customers (they must add up to less than 100%). Make one of them smaller.",
    ),
    "key_accounts.lorenz_title": (
        "洛伦兹曲线：前 20% 的客户占 {top20:.0%}",
        "Lorenz curve: the top 20% hold {top20:.0%}",
    ),
    "key_accounts.hhi_note": (
        "HHI = {hhi:,.0f}\n≈ {eq:,.0f} 家同样大小的客户",
        "HHI = {hhi:,.0f}\n≈ {eq:,.0f} equal-sized customers",
    ),
    "key_accounts.concentration_summary": (
        "{n} 家模拟客户：前 20% 占销售额的 {top20:.0%}；基尼系数 {gini:.3f}；HHI {hhi:,.0f}，"
        "相当于 {eq:,.0f} 家同样大小的客户。",
        "{n} simulated accounts: the top 20% hold {top20:.0%} of revenue; Gini {gini:.3f}; HHI {hhi:,.0f}, "
        "as concentrated as {eq:,.0f} equal-sized customers.",
    ),
    "key_accounts.tier": ("层级", "Tier"),
    "key_accounts.accounts_share": ("客户数占比", "Share of accounts"),
    "key_accounts.revenue_share": ("销售额占比", "Share of revenue"),
    "key_accounts.ideal_share": ("理想 80/20 帕雷托分布", "Ideal 80/20 Pareto base"),
}


_EXERCISES = {
    # ------------------------------------------------------------------ 01.1 pyramid tier
    "ex.01.1.title": ("某个客户在金字塔中的层级", "Pyramid tier of one account"),
    "ex.01.1.prompt": (
        "按本章的客户金字塔（按客户数划分：VIP客户约1%，重要客户约4%，普通大客户约15%，小客户约80%），"
        "客户 {account_id} 属于哪一层？用 ex.data 中的今年销售额（revenue）计算。\n\n"
        '答案格式：层级名称或代码，例如 "重要客户" 或 "important"（可选：vip、important、ordinary、small）。',
        "In the chapter's customer pyramid (by head count: VIP about 1%, important about 4%, ordinary key "
        "accounts about 15%, small customers about 80%), which tier does account {account_id} belong to? "
        "Use this year's revenue in ex.data.\n\n"
        'Answer format: the tier\'s name or code, e.g. "Important" or "important" (one of vip, important, '
        "ordinary, small).",
    ),
    "ex.01.1.hint1": (
        "先把全部客户按销售额从大到小排序，找出 {account_id} 的名次。",
        "First rank all accounts by revenue, largest first, and find the rank of {account_id}.",
    ),
    "ex.01.1.hint2": (
        "金字塔按客户数（人头）划分，而不是按销售额占比：名次 k 的客户位于前 k/n 的客户之中（这里 n = {n}）。",
        "The pyramid is cut by head count, not by share of revenue: the account at rank k is within the top "
        "k/n of accounts (here n = {n}).",
    ),
    "ex.01.1.hint3": (
        "各层的界限是累计的：前1%为VIP客户，前5%（1% + 4%）以内为重要客户，前20%以内为普通大客户，其余为小客户。"
        "kamlab.customer_pyramid(ex.data).accounts 可以核对。",
        "The cuts are cumulative: the top 1% are VIP, up to 5% (1% + 4%) important, up to 20% ordinary key "
        "accounts, the rest small. kamlab.customer_pyramid(ex.data).accounts lets you verify.",
    ),
    "ex.01.1.fb.right": (
        "{account_id} 的名次是第 {rank} 名（共 {n} 个客户），即前 {position_pct}%。",
        "{account_id} is at rank {rank} of {n}, i.e. in the top {position_pct}%.",
    ),
    "ex.01.1.fb.unknown": (
        '读不出层级：{answer}。请回答 vip、important、ordinary、small 之一，或其中文名称（如 "重要客户"）。',
        "Cannot read a tier from {answer}. Answer one of vip, important, ordinary, small, or the tier's name "
        '(e.g. "Important").',
    ),
    "ex.01.1.fb.by_value": (
        "还不对：你似乎用了累计销售额占比（{account_id} 及比它大的客户合计占 {cum_value_pct}% 的销售额）。"
        "金字塔的1%、4%、15%、80%是客户数的比例：看名次占全部客户的比例。",
        "Not yet: you seem to have used the cumulative share of revenue ({account_id} and the accounts above it "
        "hold {cum_value_pct}% of revenue). The pyramid's 1%, 4%, 15%, 80% are shares of the number of accounts: "
        "use the rank as a share of all accounts.",
    ),
    "ex.01.1.fb.not_cumulative": (
        "还不对：各层的比例要累加。重要客户是VIP之后的4%，也就是前1%到前5%；普通大客户是前5%到前20%。",
        "Not yet: the tier shares add up. Important accounts are the 4% after the VIPs, i.e. from the top 1% to "
        "the top 5%; ordinary key accounts run from 5% to 20%.",
    ),
    "ex.01.1.fb.off_by_one": (
        "还不对，差了一位：{account_id} 正好在两层的交界附近。名次为 k 的客户属于累计比例首次不小于 k/n 的那一层；"
        "例如共 {n} 个客户时，第 {vip_last} 名仍是VIP客户，第 {important_last} 名仍是重要客户，第 {ordinary_last} 名仍是普通大客户。",
        "Not yet, off by one: {account_id} sits right at a tier boundary. The account at rank k belongs to the "
        "first tier whose cumulative cut is at least k/n: with {n} accounts, rank {vip_last} is still VIP, rank "
        "{important_last} still important, rank {ordinary_last} still an ordinary key account.",
    ),
    "ex.01.1.fb.wrong": (
        "还不对。先找到 {account_id} 的销售额名次，再除以客户总数 {n}，与累计界限1%、5%、20%比较。",
        "Not yet. Find the revenue rank of {account_id}, divide it by the number of accounts ({n}) and compare "
        "with the cumulative cuts 1%, 5%, 20%.",
    ),
    "ex.01.1.solution": (
        "1. 按销售额从大到小排序：{account_id} 是第 {rank} 名，共 {n} 个客户。\n"
        "2. 位置 = {rank} / {n} = {position_pct}%。\n"
        "3. 累计界限：VIP客户到第 {vip_last} 名（1%），重要客户到第 {important_last} 名（5%），"
        "普通大客户到第 {ordinary_last} 名（20%），其余为小客户。\n"
        "4. 所以 {account_id} 属于：{tier}。\n\n"
        "```python\npyramid = kamlab.customer_pyramid(ex.data)\n"
        'pyramid.accounts.set_index("account_id").loc["{account_id}", ["rank", "tier"]]\n```',
        "1. Rank by revenue, largest first: {account_id} is at rank {rank} of {n}.\n"
        "2. Position = {rank} / {n} = {position_pct}%.\n"
        "3. Cumulative cuts: VIP up to rank {vip_last} (1%), important up to rank {important_last} (5%), "
        "ordinary key accounts up to rank {ordinary_last} (20%), small customers after that.\n"
        "4. So {account_id} is: {tier}.\n\n"
        "```python\npyramid = kamlab.customer_pyramid(ex.data)\n"
        'pyramid.accounts.set_index("account_id").loc["{account_id}", ["rank", "tier"]]\n```',
    ),
    # ------------------------------------------------------------------ 01.2 top-20% share
    "ex.01.2.title": ("最大客户的销售额占比", "Revenue share of the biggest accounts"),
    "ex.01.2.prompt": (
        "本课已经算出：A公司前20%的客户带来80%的销售额。再用 ex.data 往下看一层：销售额最大的前{p_pct}%客户"
        "（{n} 个客户中的 {k} 个）合计占全部销售额的多少？\n\n"
        "答案格式：用小数表示的比例，例如80%写成 0.8；允许误差 ±{tol}。",
        "The lesson found that A's top 20% of accounts bring 80% of revenue. Look further with ex.data: what "
        "share of total revenue do the largest {p_pct}% of accounts ({k} of {n} accounts) hold together?\n\n"
        "Answer format: a fraction, e.g. 0.8 for 80%; tolerance ±{tol}.",
    ),
    "ex.01.2.hint1": (
        "按销售额从大到小排序，取前 {k} 个客户。",
        "Sort the accounts by revenue, largest first, and take the first {k}.",
    ),
    "ex.01.2.hint2": (
        "把这 {k} 个客户的销售额加起来，再除以全部 {n} 个客户的销售额总和。",
        "Add up the revenue of those {k} accounts and divide by the total revenue of all {n} accounts.",
    ),
    "ex.01.2.hint3": (
        "kamlab.top_share(ex.data.revenue, {p}) 一步算出这个比例；也可以在 kamlab.pareto_table(ex.data) 中读 cum_value_share。",
        "kamlab.top_share(ex.data.revenue, {p}) computes it in one step; or read cum_value_share in "
        "kamlab.pareto_table(ex.data).",
    ),
    "ex.01.2.fb.right": (
        "前{p_pct}%的客户带来了这么大比例的业务：这正是本章客观判断法（80/20法则）的依据。",
        "The top {p_pct}% of accounts bring this much of the business: the basis of the chapter's objective "
        "method (the 80/20 rule).",
    ),
    "ex.01.2.fb.wrong": (
        "还不对：{answer} 不在允许误差内。是否按销售额从大到小排序了？分母应是全部客户的销售额。",
        "Not yet: {answer} is not within the tolerance. Did you sort by revenue, largest first? The denominator "
        "is the revenue of all accounts.",
    ),
    "ex.01.2.fb.bottom": (
        "还不对：这是其余{rest_pct}%客户（销售额较小的客户）所占的比例。题目问的是最大的前{p_pct}%客户。",
        "Not yet: that is the share of the other {rest_pct}% (the smaller accounts). The question asks for the "
        "largest {p_pct}%.",
    ),
    "ex.01.2.fb.headcount": (
        "还不对：{p} 是这些客户占客户总数的比例（人头），题目问的是它们占销售额的比例。",
        "Not yet: {p} is their share of the number of accounts (head count); the question asks for their share "
        "of revenue.",
    ),
    "ex.01.2.solution": (
        "1. 按销售额从大到小排序，取前 {k} 个客户（{n} 个的{p_pct}%）。\n"
        "2. 它们的销售额之和 ÷ 全部销售额 = {share}，即 {share_pct}%。\n\n"
        "```python\nkamlab.top_share(ex.data.revenue, {p})\n```",
        "1. Sort by revenue, largest first, and take the first {k} accounts ({p_pct}% of {n}).\n"
        "2. Their revenue ÷ total revenue = {share}, i.e. {share_pct}%.\n\n"
        "```python\nkamlab.top_share(ex.data.revenue, {p})\n```",
    ),
    # ------------------------------------------------------------------ 01.3 HHI equivalent number
    "ex.01.3.title": (
        "往年的集中度：相当于多少个同样大的客户",
        "Concentration in an earlier year: the equivalent number",
    ),
    "ex.01.3.prompt": (
        "本课用今年的销售额算出了 HHI 的\u201c等效客户数\u201d。{years_ago}的销售额集中程度如何？用赫芬达尔-赫希曼指数（HHI）"
        "衡量 ex.data 中{years_ago}的销售额（列 {column}）：这 {n} 个客户{years_ago}的销售额，相当于多少个同样大小的客户？\n\n"
        "答案格式：一个数（可以带小数）；允许相对误差 ±{tol_pct}%。",
        "The lesson computed the HHI's \u201cequivalent number\u201d from this year's revenue. How concentrated was "
        "revenue {years_ago}? Measure the revenue of {years_ago} in ex.data (column {column}) with the "
        "Herfindahl-Hirschman index (HHI): the revenue of the {n} accounts {years_ago} is equivalent to how many "
        "equal-sized customers?\n\n"
        "Answer format: a number (decimals allowed); relative tolerance ±{tol_pct}%.",
    ),
    "ex.01.3.hint1": (
        "用列 {column}：先算每个客户{years_ago}的销售额占比 s，即该客户的销售额 ÷ 全部客户的销售额。",
        "Use the column {column}: first compute each account's share s of the total revenue {years_ago}: its revenue ÷ all accounts' revenue.",
    ),
    "ex.01.3.hint2": (
        "HHI = 10000 × Σ s²（0到10000的刻度）。n 个同样大的客户时 HHI = 10000 / n。",
        "HHI = 10,000 × Σ s² (on the 0-10,000 scale). With n equal customers HHI = 10,000 / n.",
    ),
    "ex.01.3.hint3": (
        "所以等效客户数 = 10000 / HHI = 1 / Σ s²。kamlab.hhi(ex.data.{column}) 可以核对。",
        "So the equivalent number = 10,000 / HHI = 1 / Σ s². kamlab.hhi(ex.data.{column}) lets you verify.",
    ),
    "ex.01.3.fb.right": (
        "虽然有 {n} 个客户，但{years_ago}销售额的集中程度只相当于这么多个同样大的客户；和今年的 {this_year} 个比一比，集中度是升了还是降了？",
        "There are {n} accounts, but revenue {years_ago} was as concentrated as in a base of this many equal-sized "
        "customers; compare this year's {this_year}: has concentration risen or fallen?",
    ),
    "ex.01.3.fb.wrong": (
        "还不对：{answer} 不在允许误差内。先算 HHI = 10000 × Σ s²，再求 10000 / HHI。",
        "Not yet: {answer} is not within the tolerance. Compute HHI = 10,000 × Σ s², then 10,000 / HHI.",
    ),
    "ex.01.3.fb.this_year": (
        "还不对：这是今年销售额（列 revenue）的等效客户数，本课已经算过。题目问的是{years_ago}，请用列 {column}。",
        "Not yet: that is the equivalent number of this year's revenue (column revenue), which the lesson "
        "computed. The question asks about {years_ago}: use the column {column}.",
    ),
    "ex.01.3.fb.hhi_itself": (
        "还不对：这是 HHI 本身。等效客户数是 10000 / HHI。",
        "Not yet: that is the HHI itself. The equivalent number is 10,000 / HHI.",
    ),
    "ex.01.3.fb.hhi_fraction": (
        "还不对：这是以0到1为刻度的 HHI（Σ s²）。等效客户数是它的倒数 1 / Σ s²。",
        "Not yet: that is the HHI on the 0-1 scale (Σ s²). The equivalent number is its reciprocal, 1 / Σ s².",
    ),
    "ex.01.3.fb.reciprocal_scale": (
        "还不对：你算了 1 / HHI，但 HHI 用的是0到10000的刻度，应算 10000 / HHI。",
        "Not yet: you computed 1 / HHI, but the HHI is on the 0-10,000 scale: use 10,000 / HHI.",
    ),
    "ex.01.3.fb.head_count": (
        "还不对：这是客户总数。只有所有客户一样大时，等效客户数才等于客户总数。",
        "Not yet: that is the number of accounts. The equivalent number equals it only if all accounts are the "
        "same size.",
    ),
    "ex.01.3.solution": (
        "1. 每个客户{years_ago}的占比 s = 该客户的 {column} ÷ 全部客户的 {column}。\n"
        "2. HHI = 10000 × Σ s² = {hhi}。\n"
        "3. 等效客户数 = 10000 / HHI = {equivalent}，只有客户总数 {n} 的 {equivalent_share_pct}%：销售额高度集中"
        "（今年是 {this_year}）。\n\n"
        "```python\nkamlab.hhi(ex.data.{column}).equivalent_customers\n```",
        "1. Each account's share s of the revenue {years_ago} = its {column} ÷ the total {column}.\n"
        "2. HHI = 10,000 × Σ s² = {hhi}.\n"
        "3. Equivalent number = 10,000 / HHI = {equivalent}, only {equivalent_share_pct}% of the {n} accounts: "
        "revenue was highly concentrated (this year: {this_year}).\n\n"
        "```python\nkamlab.hhi(ex.data.{column}).equivalent_customers\n```",
    ),
    # ------------------------------------------------------------------ 01.4 potential key account
    "ex.01.4.title": ("哪一个是潜在的大客户", "Which is a potential key account?"),
    "ex.01.4.prompt": (
        "下表是 ex.data 中的4个客户：本年销售额、品类总采购额（客户在这一品类上的全部采购，即\u201c钱包\u201d）和未来趋势（预计年增长率）。"
        "按本章的主观感知法，哪一个是潜在的大客户，即现在还不大，但预计会变得非常重要？\n\n"
        '答案格式：客户编号（如 "A0123"）或选项字母 a、b、c、d。',
        "The table shows 4 accounts from ex.data: current revenue, category spend (everything the account buys in "
        "this category, its \u201cwallet\u201d) and growth trend (expected yearly growth). By the chapter's subjective "
        "method, which one is a potential key account: not big yet, but expected to become extremely important?\n\n"
        'Answer format: the account id (e.g. "A0123") or the option letter a, b, c, d.',
    ),
    "ex.01.4.hint1": (
        "\u201c潜在\u201d说的是将来，不是现在：现在销售额最大的客户已经是大客户了。",
        "\u201cPotential\u201d is about the future, not the present: the account with the largest sales today "
        "already is a key account.",
    ),
    "ex.01.4.hint2": (
        "算一算每个客户的钱包余量：品类总采购额 - 本年销售额，即它从竞争对手那里买了多少。再和它现在的销售额比一比。",
        "Compute each account's headroom: category spend - revenue, i.e. what it buys from competitors. Compare it "
        "with what it buys from us now.",
    ),
    "ex.01.4.hint3": (
        "潜在大客户：余量远大于现在的销售额，而且趋势为正。kamlab.attractiveness_score(ex.data) 的 potential_key_account 列可以核对。",
        "A potential key account has headroom far larger than its current sales and a positive trend. The "
        "potential_key_account column of kamlab.attractiveness_score(ex.data) lets you verify.",
    ),
    "ex.01.4.headroom": ("钱包余量", "Headroom"),
    "ex.01.4.headroom_ratio": ("余量/销售额", "Headroom / revenue"),
    "ex.01.4.fb.right": (
        "{answer} 现在的销售额不大，但钱包余量是销售额的好几倍，而且在增长：这正是本章说的潜在大客户。",
        "{answer} buys little from us today, but its headroom is several times its current sales and it is "
        "growing: the chapter's potential key account.",
    ),
    "ex.01.4.fb.biggest": (
        "还不对：{answer} 是现在最大的客户之一，它已经是大客户了。潜在意味着增长空间：钱包余量（品类总采购额 - 本年销售额）相对现在的销售额很大，而且趋势为正。",
        "Not yet: {answer} is one of the biggest accounts today: it already is a key account. Potential means "
        "headroom: wallet minus current sales, large relative to what it buys now, and a positive trend.",
    ),
    "ex.01.4.fb.ordinary": (
        "还不对：{answer} 是普通客户，钱包余量相对它的销售额并不大。找一个余量是销售额好几倍、趋势为正的客户。",
        "Not yet: {answer} is an ordinary account; its headroom is not large relative to its sales. Look for an "
        "account whose headroom is several times its sales, with a positive trend.",
    ),
    "ex.01.4.fb.not_listed": (
        "{answer} 不在表中的4个客户里。请从表中选择（客户编号或字母 a、b、c、d）。",
        "{answer} is not one of the 4 accounts in the table. Choose from the table (account id or letter a, b, c, d).",
    ),
    "ex.01.4.fb.unknown": (
        '读不出答案：{answer}。请回答表中的客户编号（如 "A0123"）或字母 a、b、c、d。',
        'Cannot read {answer}. Answer with an account id from the table (e.g. "A0123") or a letter a, b, c, d.',
    ),
    "ex.01.4.solution": (
        "下表加上了钱包余量（品类总采购额 - 本年销售额）及其与销售额之比。\n"
        "{right_id}（选项 {right_letter}）现在的销售额只有 {right_revenue} 元，钱包余量却有 {right_headroom} 元，"
        "趋势为 +{right_trend_pct}%：现在还小，但潜力大、在增长，是潜在的大客户。\n"
        "{big_id} 的销售额达 {big_revenue} 元，已经是现有的大客户，而不是潜在的大客户；另外两个客户的余量相对销售额不大。\n\n"
        "```python\nscores = kamlab.attractiveness_score(ex.data)\n"
        'scores.set_index("account_id").loc["{right_id}", "potential_key_account"]\n```',
        "The table adds the headroom (category spend - revenue) and its ratio to revenue.\n"
        "{right_id} (option {right_letter}) buys only {right_revenue} yuan from us, but has {right_headroom} yuan "
        "of headroom and a trend of +{right_trend_pct}%: small now, with large potential and growing: a potential "
        "key account.\n"
        "{big_id}, with {big_revenue} yuan of revenue, is a current key account, not a potential one; the other two "
        "have little headroom relative to their sales.\n\n"
        "```python\nscores = kamlab.attractiveness_score(ex.data)\n"
        'scores.set_index("account_id").loc["{right_id}", "potential_key_account"]\n```',
    ),
    # ------------------------------------------------------------------ 01.5 judge: both methods
    "ex.01.5.title": ("小客户，大潜力：主观感知与客观判断", "Small customer, big potential: both methods"),
    "ex.01.5.prompt": (
        "A公司的客户X今年只采购了约10万元，按80/20法则和客户金字塔属于小客户。但X每年在这一品类上的总采购额约500万元，年增长30%，而且是A公司想进入的新能源设备行业的龙头企业。销售总监说：“按8"
        "0/20法则它是小客户，给它标准服务就行。”下面哪种判断最恰当？\n"
        "\n"
        "a. 同意：80/20 法则以数据为依据；X 今年只买了约 10 万元，主观看法不应推翻统计结果。\n"
        "b. 不同意：80/20 法则不可靠，识别大客户应该只凭销售团队对客户的感觉和经验。\n"
        "c. 不同意：80/20 法则只看当前销售额；按趋势、潜力和战略意义，X 是潜在大客户，两种方法要结合。\n"
        "d. 同意：小客户要等销售额进入前 20%、有了实际业绩以后，才能按大客户对待和投入。\n"
        "\n"
        "答案格式：a、b、c 或 d。",
        "Company A's customer X bought only about 100,000 yuan this year: by the 80/20 rule and the customer "
        "pyramid it is a small customer. But X spends about 5 million yuan a year on the category, grows 30% "
        "a year, and leads the new-energy equipment industry that A wants to enter. The sales director says: "
        "“By the 80/20 rule it is a small customer; standard service will do.” Which judgement fits best?\n"
        "\n"
        "a. Agree: the 80/20 rule rests on data; X bought only about 100,000 yuan this year, and impressions "
        "should not overturn the statistics.\n"
        "b. Disagree: the 80/20 rule is unreliable; key accounts should be identified by the sales team's "
        "feel and experience alone.\n"
        "c. Disagree: the 80/20 rule sees only current sales; by trend, potential and strategic value X is a "
        "potential key account. Use both.\n"
        "d. Agree: a small customer earns key-account treatment only once its sales reach the top 20% and it "
        "has a track record.\n"
        "\n"
        "Answer format: a, b, c or d.",
    ),
    "ex.01.5.option.a": (
        "同意：80/20 法则以数据为依据；X 今年只买了约 10 万元，主观看法不应推翻统计结果。",
        "Agree: the 80/20 rule rests on data; X bought only about 100,000 yuan this year, and impressions should not overturn the statistics.",
    ),
    "ex.01.5.option.b": (
        "不同意：80/20 法则不可靠，识别大客户应该只凭销售团队对客户的感觉和经验。",
        "Disagree: the 80/20 rule is unreliable; key accounts should be identified by the sales team's feel and experience alone.",
    ),
    "ex.01.5.option.c": (
        "不同意：80/20 法则只看当前销售额；按趋势、潜力和战略意义，X 是潜在大客户，两种方法要结合。",
        "Disagree: the 80/20 rule sees only current sales; by trend, potential and strategic value X is a potential key account. Use both.",
    ),
    "ex.01.5.option.d": (
        "同意：小客户要等销售额进入前 20%、有了实际业绩以后，才能按大客户对待和投入。",
        "Agree: a small customer earns key-account treatment only once its sales reach the top 20% and it has a track record.",
    ),
    "ex.01.5.hint1": (
        "本章的主观感知法看哪些方面？除了当前销售额，还有未来发展趋势和发展潜力。",
        "What does the chapter's subjective method look at? Besides current sales: the future trend and the "
        "development potential.",
    ),
    "ex.01.5.hint2": (
        "80/20法则看到的是哪一年的数据？它能看到客户的钱包和战略意义吗？本章是否要求只用一种方法？",
        "Which year's data does the 80/20 rule see? Can it see the customer's wallet or strategic meaning? Does "
        "the chapter ask for one method only?",
    ),
}

#: Sealed texts of judge exercise 01.5 (see kamlab.exercises.core): key -> {"zh": blob, "en": blob}.
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
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_LESSON, **_EXERCISES}.items()}
