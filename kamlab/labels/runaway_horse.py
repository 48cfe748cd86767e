"""Labels of lesson 04 (case K1, runaway horse): plots and explorers; and its exercises (:mod:`kamlab.exercises.runaway_horse`).

The exercises: ``LABELS`` joins the shared catalog (:mod:`kamlab.i18n`); ``SEALED`` holds the texts of
judge exercise 04.5 that would give its answer away, sealed as in
:mod:`kamlab.labels.exercises` (zlib + base64; not encryption).
"""

_LESSON = {
    "runaway_horse.side.A": ("A公司", "Company A"),
    "runaway_horse.side.B": ("B公司", "Company B"),
    "runaway_horse.shape.bow_tie": ("蝴蝶结型：所有联系都经过一个人", "Bow-tie: every link runs through one person"),
    "runaway_horse.shape.diamond": ("钻石型：多个部门多层次对接", "Diamond: many people, many functions"),
    "runaway_horse.map_title": ("{who}（{shape}）", "{who} ({shape})"),
    "runaway_horse.risk_box": (
        "失去B公司的概率：正常年份 {p_normal}，陆经理辞职的那一年 {p_lu}",
        "Probability of losing B: normal year {p_normal}, the year Lu resigns {p_lu}",
    ),
    "runaway_horse.plan.bow_tie": ("陆经理一人（2007年）", "Lu alone (2007)"),
    "runaway_horse.plan.bow_tie_crm": ("陆经理一人 + CRM", "Lu alone + CRM"),
    "runaway_horse.plan.diamond_no_crm": ("团队，无CRM", "Team, no CRM"),
    "runaway_horse.plan.diamond": ("团队 + CRM", "Team + CRM"),
    "runaway_horse.plan.student": ("你的计划", "Your plan"),
    "runaway_horse.plan.contacts": ("联系人数据", "Contacts data"),
    "runaway_horse.resigned": ("（已辞职）", "(resigned)"),
    "runaway_horse.hours_edge": ("{h:.0f} 小时", "{h:.0f} h"),
    "runaway_horse.risk_axis": ("一年内失去B公司的概率（%）", "Probability of losing B within a year (%)"),
    "runaway_horse.risk_normal": ("正常年份", "Normal year"),
    "runaway_horse.risk_lu": ("陆经理辞职的那一年", "The year Lu resigns"),
    "runaway_horse.risk_title": ("失去大客户的风险", "Risk of losing the key account"),
    "runaway_horse.share_axis": ("占A公司销售总额的比例（%）", "Share of A's total sales (%)"),
    "runaway_horse.share_title": ("A公司最大的 {n} 个客户（2007年）", "A's {n} largest accounts (2007)"),
    "runaway_horse.disclosure_line": ("10% 参考线（IFRS 8.34）", "10% reference line (IFRS 8.34)"),
    "runaway_horse.account_axis": ("客户（按销售额排序）", "Account (by revenue)"),
    "runaway_horse.ctrl.hours": ("{a}—{b}（小时/年）", "{a}–{b} (h/year)"),
    "runaway_horse.ctrl.knowledge_capture": ("CRM记录中的客户知识", "Knowledge captured in CRM"),
    "runaway_horse.ctrl.departure": ("每人每年离职概率", "Yearly chance a person leaves"),
    "runaway_horse.ctrl.budget_hours": ("时间预算（小时/年）", "Budget (hours/year)"),
    "runaway_horse.ctrl.lu_resigns": ("情景：陆经理辞职", "Scenario: Lu resigns"),
    "runaway_horse.caption": (
        "投入 {hours:.0f} / {budget:.0f} 小时。{shape}。"
        "正常年份失去B公司的概率 <b>{p_normal}</b>，预期收入损失 {loss_normal} 元；"
        "陆经理辞职的那一年，概率 <b>{p_lu}</b>，预期收入损失 <b>{loss_lu} 元</b>（B公司年销售额 {revenue} 元）。",
        "{hours:.0f} of {budget:.0f} hours used. {shape}. "
        "Probability of losing B in a normal year <b>{p_normal}</b>, expected revenue loss {loss_normal} yuan; "
        "in the year Lu resigns <b>{p_lu}</b>, expected revenue loss <b>{loss_lu} yuan</b> "
        "(B buys {revenue} yuan a year).",
    ),
    "runaway_horse.over_budget": (
        "<b>超出预算 {over:.0f} 小时：</b>A公司腾不出这么多时间，请减少某些联系的小时数。",
        "<b>{over:.0f} hours over budget:</b> A cannot spare that much time; cut the hours of some links.",
    ),
    "runaway_horse.no_links": ("没有任何联系：客户已经失去了。", "No link at all: the account is already lost."),
}

_EXERCISES = {
    # ------------------------------------------------------------------ 04.1 independent links
    "ex.04.1.title": ("三条独立联系同时断掉的概率", "All three independent links lost"),
    "ex.04.1.prompt": (
        "A公司与一个大客户之间有三条联系，一年内各自断掉的概率分别是 {p1}、{p2} 和 {p3}。"
        "假设三条联系互相独立，并且只有三条联系全部断掉，客户才会流失。这个客户一年内流失的概率是多少？\n\n"
        "答案格式：小数，例如 0.05；允许相对误差 {tol}。",
        "Company A has three links with a key account; within a year they are lost with probabilities {p1}, {p2} "
        "and {p3}. Assume the links are independent and the account is lost only when all three are lost. What "
        "is the probability of losing the account within a year?\n\n"
        "Answer format: a fraction, e.g. 0.05; relative tolerance {tol}.",
    ),
    "ex.04.1.hint1": (
        "客户只在“三条联系都断掉”时才流失：这是三个事件同时发生。",
        "The account is lost only when link 1 AND link 2 AND link 3 are all lost: three events together.",
    ),
    "ex.04.1.hint2": (
        "独立事件同时发生的概率等于各自概率的乘积。",
        "The probability that independent events all happen is the product of their probabilities.",
    ),
    "ex.04.1.hint3": ("P = {p1} × {p2} × {p3}。", "P = {p1} × {p2} × {p3}."),
    "ex.04.1.fb.right": (
        "每多一条独立的联系，流失概率就再乘上一个小于 1 的数。但要记住，独立只是假设：经过同一个人的联系会一起断掉。",
        "Each extra independent link multiplies the probability by another number below 1. Independence is an "
        "assumption, though: links through the same person fail together.",
    ),
    "ex.04.1.fb.wrong": (
        "还不对：{answer} 不在允许误差内。客户要在三条联系全部断掉时才流失。",
        "Not yet: {answer} is not within the tolerance. The account is lost only when all three links are lost.",
    ),
    "ex.04.1.fb.sum": (
        "还不对：你把三个概率加了起来。“都断掉”是同时发生，应该相乘；相加的结果甚至可能超过 1。",
        "Not yet: you added the probabilities. \u201cAll lost\u201d means all at once: multiply. A sum can even exceed 1.",
    ),
    "ex.04.1.fb.mean": (
        "还不对：你求了平均值。平均值描述的是一条典型的联系，而客户要在三条联系全部断掉时才流失。",
        "Not yet: you took the average, which describes a typical link; the account is lost only when all three are lost.",
    ),
    "ex.04.1.fb.any_lost": (
        "还不对：1 − (1 − p1)(1 − p2)(1 − p3) 是“至少断掉一条”的概率。客户要在三条全部断掉时才流失。",
        "Not yet: 1 − (1 − p1)(1 − p2)(1 − p3) is the probability that at least one link is lost. The account is "
        "lost only when all three are.",
    ),
    "ex.04.1.fb.all_kept": (
        "还不对：(1 − p1)(1 − p2)(1 − p3) 是三条联系全都保住的概率。题目问的是三条全部断掉。",
        "Not yet: (1 − p1)(1 − p2)(1 − p3) is the probability that all three links hold. The question asks for "
        "all three lost.",
    ),
    "ex.04.1.fb.max": (
        "还不对：最弱的一条联系断掉并不会让客户流失，只要还有一条联系在，客户就还在。",
        "Not yet: losing the weakest link does not lose the account; it stays while any link holds.",
    ),
    "ex.04.1.fb.min": (
        "还不对：最牢的一条联系也可能断掉，而且客户要在三条全部断掉时才流失，三个概率都要用上。",
        "Not yet: the strongest link can be lost too, and the account is lost only when all three are: use all "
        "three probabilities.",
    ),
    "ex.04.1.solution": (
        "三条联系独立，客户只在三条全部断掉时流失：\nP = {p1} × {p2} × {p3} = {x}（{x_pct}%）。\n"
        "至少保住一条联系、留住客户的概率是 1 − P = {keep}。\n\n"
        "```python\nfrom kamlab.models.runaway_horse import loss_probability_independent\n"
        "loss_probability_independent([{p1}, {p2}, {p3}])\n```",
        "The links are independent and the account is lost only when all three are lost:\n"
        "P = {p1} × {p2} × {p3} = {x} ({x_pct}%).\nThe probability that at least one link holds and the account "
        "stays is 1 − P = {keep}.\n\n"
        "```python\nfrom kamlab.models.runaway_horse import loss_probability_independent\n"
        "loss_probability_independent([{p1}, {p2}, {p3}])\n```",
    ),
    # ------------------------------------------------------------------ 04.2 share vs the 10% line
    "ex.04.2.title": ("B公司占销售额的比例与 10% 参考线", "B's share of sales and the 10% line"),
    "ex.04.2.prompt": (
        "教材中，2007 年B公司的 300 万元占A公司销售总额的 13%。假设另一年B公司向A公司采购 {revenue} 元，"
        "A公司全年销售总额是 {total} 元。这一年B公司占A公司销售总额的比例是多少？"
        "它是否达到了本课借用的 10% 参考线（IFRS 8 第 34 段）？\n\n"
        "答案格式：用小数表示的比例，例如 0.05；允许误差 ±{tol}。",
        "In the chapter, B's 3 million yuan of 2007 were 13% of A's total sales. Suppose that in another year "
        "customer B buys {revenue} yuan from Company A, whose total sales are {total} yuan. What share of A's total "
        "sales does B hold that year? Does it reach the 10% reference line the lesson borrows (IFRS 8.34)?\n\n"
        "Answer format: the share as a fraction, e.g. 0.05; tolerance ±{tol}.",
    ),
    "ex.04.2.hint1": (
        "比例 = 部分 ÷ 整体。这里的部分是B公司的采购额。",
        "Share = part ÷ whole. The part here is what B buys.",
    ),
    "ex.04.2.hint2": (
        "整体是A公司全部客户的销售总额 {total} 元，其中已经包含B公司。",
        "The whole is A's total sales over all customers, {total} yuan, B included.",
    ),
    "ex.04.2.fb.right": (
        "B公司达到了 10% 参考线：按 IFRS 8 第 34 段，适用该准则的企业来自单一客户的收入达到 10% 及以上时，要披露这一事实和金额（不必披露客户名称）。"
        "这样的客户不能只交给一个人去管。",
        "B reaches the 10% reference line: under IFRS 8.34 an entity that applies the standard discloses that a "
        "single customer brings 10% or more of revenue, and how much (not the customer's name). Such a customer cannot be left to one person.",
    ),
    "ex.04.2.fb.right_below": (
        "这个客户低于 10% 参考线；但失去它仍然会带走这么大一块销售额。",
        "This customer is below the 10% reference line; losing it would still take this much of the sales away.",
    ),
    "ex.04.2.fb.wrong": (
        "还不对：{answer} 不在允许误差内。用B公司的采购额除以A公司的销售总额。",
        "Not yet: {answer} is not within the tolerance. Divide B's purchases by A's total sales.",
    ),
    "ex.04.2.fb.inverse": (
        "还不对：你用销售总额除以了B公司的采购额，除反了。",
        "Not yet: you divided total sales by B's purchases: the other way round.",
    ),
    "ex.04.2.fb.vs_rest": (
        "还不对：你用的是B公司与其他客户之比。销售总额本来就包含B公司，不要把它减掉。",
        "Not yet: you compared B with the other customers. Total sales already include B; do not subtract it.",
    ),
    "ex.04.2.solution": (
        "比例 = {revenue} ÷ {total} = {share}，即 {share_pct}%，{verdict} 10% 参考线。\n\n"
        "```python\nfrom kamlab.models.runaway_horse import revenue_at_risk\n"
        "revenue_at_risk(kamlab.load_k1_case().accounts)   # 教材的数字：300万元，13%\n```",
        "Share = {revenue} ÷ {total} = {share}, i.e. {share_pct}%, {verdict} the 10% reference line.\n\n"
        "```python\nfrom kamlab.models.runaway_horse import revenue_at_risk\n"
        "revenue_at_risk(kamlab.load_k1_case().accounts)   # the chapter's numbers: 3,000,000 yuan, 13%\n```",
    ),
    # ------------------------------------------------------------------ 04.3 all links through Lu
    "ex.04.3.title": ("所有联系都经过陆经理", "Every link runs through Lu"),
    "ex.04.3.prompt": (
        "B公司的三位联系人都只和陆经理一个人联系，三条联系在陆经理留任时一年内断掉的概率分别是 {p1}、{p2} 和 {p3}（互相独立）。"
        "陆经理一年内离职的概率是 {q}；他一离职，三条联系全部断掉。B公司一年内流失的概率是多少？\n\n"
        "答案格式：小数，保留四位小数，例如 0.0123；允许相对误差 {tol}。",
        "All three of B's contacts deal with Lu alone. While Lu stays, the three links are lost within a year "
        "with probabilities {p1}, {p2} and {p3} (independently). Lu leaves within the year with probability {q}; "
        "if he leaves, all three links go with him. What is the probability of losing B within the year?\n\n"
        "Answer format: a fraction to four decimal places, e.g. 0.0123; relative tolerance {tol}.",
    ),
    "ex.04.3.hint1": (
        "分两种情况：陆经理离职（概率 {q}），或者留任（概率 1 − {q}）。",
        "Split into two cases: Lu leaves (probability {q}) or stays (probability 1 − {q}).",
    ),
    "ex.04.3.hint2": (
        "陆经理离职时客户一定流失；留任时，客户要在三条联系全部断掉时才流失，概率是 {p1} × {p2} × {p3}。",
        "If Lu leaves, B is lost for certain; if he stays, B is lost only when all three links are lost, with "
        "probability {p1} × {p2} × {p3}.",
    ),
    "ex.04.3.hint3": (
        "P = {q} × 1 + (1 − {q}) × ({p1} × {p2} × {p3})。",
        "P = {q} × 1 + (1 − {q}) × ({p1} × {p2} × {p3}).",
    ),
    "ex.04.3.fb.right": (
        "三条联系看起来很多，但它们都系在一个人身上：流失概率几乎就等于陆经理离职的概率。这就是蝴蝶结型关系的风险。",
        "Three links look like a lot, but they all hang on one person: the probability of losing B is almost the "
        "probability that Lu leaves. That is the risk of the bow-tie.",
    ),
    "ex.04.3.fb.wrong": (
        "还不对：{answer} 不在允许误差内。分陆经理离职和留任两种情况，各自算出客户流失的概率，再加权相加。",
        "Not yet: {answer} is not within the tolerance. Take the two cases, Lu leaves and Lu stays, find the "
        "probability of losing B in each, and weight them.",
    ),
    "ex.04.3.fb.independent": (
        "还不对：这是三条联系互相独立时的答案。可它们都经过陆经理：他一离职，三条一起断。",
        "Not yet: that is the answer for independent links. But all three run through Lu: when he leaves, they "
        "all go together.",
    ),
    "ex.04.3.fb.times_q": (
        "还不对：你把离职概率和三条联系的断掉概率乘在了一起。陆经理离职本身就足以让客户流失，这两种情况应该相加，而不是相乘。",
        "Not yet: you multiplied Lu's leaving by the links' losses. Lu leaving is enough on its own to lose B: "
        "add the two cases, do not multiply them.",
    ),
    "ex.04.3.fb.no_one_minus_q": (
        "差一点：“三条联系都断掉”这种情况只在陆经理留任时才需要考虑，它的概率要乘以 1 − {q}。",
        "Almost: the case \u201call three links lost\u201d only counts when Lu stays, so weight it by 1 − {q}.",
    ),
    "ex.04.3.fb.only_q": (
        "差一点：陆经理留任时，三条联系也可能全部断掉，这一小部分概率也要加上。",
        "Almost: even if Lu stays, all three links may be lost; add that small probability too.",
    ),
    "ex.04.3.solution": (
        "陆经理离职：客户一定流失，概率 {q}。陆经理留任：三条联系全部断掉的概率是 {prod}。\n"
        "P = {q} + {stay} × {prod} = {x}，大约是三条联系独立时的 {ratio} 倍。\n\n"
        "```python\nfrom kamlab.models.runaway_horse import loss_probability_by_person\n"
        'loss_probability_by_person([("陆经理", {p1}), ("陆经理", {p2}), ("陆经理", {p3})], {q})\n```',
        "Lu leaves: B is lost for certain, probability {q}. Lu stays: all three links are lost with probability "
        "{prod}.\nP = {q} + {stay} × {prod} = {x}, about {ratio} times the answer for independent links.\n\n"
        "```python\nfrom kamlab.models.runaway_horse import loss_probability_by_person\n"
        'loss_probability_by_person([("Lu", {p1}), ("Lu", {p2}), ("Lu", {p3})], {q})\n```',
    ),
    # ------------------------------------------------------------------ 04.4 knowledge capture
    "ex.04.4.title": ("CRM记录能挽回多少", "What a CRM record saves"),
    "ex.04.4.prompt": (
        "陆经理今年辞职了（确定）。他的三条联系本来一年内断掉的概率分别是 {p1}、{p2} 和 {p3}。"
        "由于客户知识有一部分记录在CRM里，每条联系都有 {c} 的概率被接任者接过来，接过来之后再按原来的概率断掉；"
        "没有接过来的联系随陆经理一起断掉。各条联系互相独立，三条全部断掉时B公司流失。"
        "B公司一年采购 {revenue} 元，今年预期损失的收入是多少元？\n\n"
        "答案格式：元，例如 120000；允许相对误差 {tol}。",
        "Lu resigns this year (for certain). His three links would otherwise be lost within a year with "
        "probabilities {p1}, {p2} and {p3}. Because part of the account knowledge is in a CRM record, each link "
        "is taken over by a successor with probability {c}, and is then lost with its old probability; a link "
        "not taken over goes with Lu. Links are independent, and B is lost when all three are lost. B buys "
        "{revenue} yuan a year. What is this year's expected revenue loss, in yuan?\n\n"
        "Answer format: yuan, e.g. 120000; relative tolerance {tol}.",
    ),
    "ex.04.4.hint1": (
        "先算一条联系断掉的概率：没被接过来（1 − {c}），或者被接过来但仍然断掉（{c} × p）。",
        "First one link: it is lost if it is not taken over (1 − {c}), or taken over and lost anyway ({c} × p).",
    ),
    "ex.04.4.hint2": (
        "一条联系断掉的概率是 1 − {c} × (1 − p)。三条独立，相乘得到B公司流失的概率。",
        "One link is lost with probability 1 − {c} × (1 − p). The three are independent: multiply to get the "
        "probability of losing B.",
    ),
    "ex.04.4.hint3": (
        "预期损失 = 流失概率 × {revenue} 元。",
        "Expected loss = probability of losing B × {revenue} yuan.",
    ),
    "ex.04.4.fb.right": (
        "CRM记录让接任者有机会接住客户，但只靠记录仍然要冒很大的风险；再加上其他部门与B公司的联系（钻石型），风险会小得多。",
        "The CRM record gives a successor a chance to catch the account, but a record alone still leaves a large "
        "risk; add links from other people at A (the diamond) and it falls much further.",
    ),
    "ex.04.4.fb.wrong": (
        "还不对：{answer} 不在允许误差内。先算一条联系断掉的概率，再算三条都断掉的概率，最后乘以B公司的采购额。",
        "Not yet: {answer} is not within the tolerance. Find the probability that one link is lost, then that "
        "all three are, then multiply by what B buys.",
    ),
    "ex.04.4.fb.no_capture": (
        "还不对：这是没有任何知识记录时的损失。题目里每条联系都有 {c} 的概率被接任者接过来。",
        "Not yet: that is the loss with nothing captured. Here each link is taken over with probability {c}.",
    ),
    "ex.04.4.fb.capture_only": (
        "还不对：你只用了 1 − {c}。客户有三条联系，只要有一条被接住并且没断，客户就还在。",
        "Not yet: you used only 1 − {c}. B has three links; it stays if any one is taken over and holds.",
    ),
    "ex.04.4.fb.probability": (
        "差一点：这是流失的概率。题目问的是预期损失的收入，还要乘以B公司的年采购额。",
        "Almost: that is the probability of losing B. The question asks for the expected revenue loss: multiply "
        "by what B buys a year.",
    ),
    "ex.04.4.fb.independent": (
        "还不对：你按陆经理还在时的概率算了。他已经辞职，每条联系先要被接过来才有可能保住。",
        "Not yet: you used the probabilities for a year with Lu. He has resigned: each link must first be taken "
        "over to have any chance.",
    ),
    "ex.04.4.fb.total_sales": (
        "还不对：你乘的是A公司的销售总额。会损失的是B公司的采购额 {revenue} 元。",
        "Not yet: you multiplied by A's total sales. What is at risk is B's {revenue} yuan.",
    ),
    "ex.04.4.solution": (
        "每条联系断掉的概率是 1 − {c} × (1 − p)：{f1}、{f2}、{f3}。\n"
        "B公司流失的概率 P = {f1} × {f2} × {f3} = {p}；预期损失 = {p} × {revenue} = {x} 元。\n\n"
        "```python\nfrom kamlab.models.runaway_horse import loss_probability_by_person\n"
        'p = loss_probability_by_person([("陆经理", {p1}), ("陆经理", {p2}), ("陆经理", {p3})], 1.0, '
        "knowledge_capture={c})\np * 3_000_000\n```",
        "Each link is lost with probability 1 − {c} × (1 − p): {f1}, {f2}, {f3}.\n"
        "B is lost with probability P = {f1} × {f2} × {f3} = {p}; expected loss = {p} × {revenue} = {x} yuan.\n\n"
        "```python\nfrom kamlab.models.runaway_horse import loss_probability_by_person\n"
        'p = loss_probability_by_person([("Lu", {p1}), ("Lu", {p2}), ("Lu", {p3})], 1.0, '
        "knowledge_capture={c})\np * 3_000_000\n```",
    ),
    # ------------------------------------------------------------------ 04.5 judge
    "ex.04.5.title": ("怎样才能留住B公司", "What would have kept B"),
    "ex.04.5.prompt": (
        "2007年，A公司的副总们对陆经理感到不安（教材没有说他们做了什么）。假如当时你是A公司的总经理，下面哪一项最能避免“陆经理辞职、B公司离开”的结局？\n"
        "\n"
        "a）给陆经理大幅加薪，并把奖金与B公司的业绩挂钩，让他不要走。\n"
        "b）和陆经理签竞业协议，继续让最了解B公司的他一个人对接。\n"
        "c）建立大客户管理流程：多人多层次对接，客户信息记入CRM，定期评审。\n"
        "d）B公司占 13%，超过 10% 参考线，依赖风险太大，应该主动缩减直至放弃。\n"
        "\n"
        "答案格式：一个字母（a、b、c 或 d）。",
        "In 2007 A's vice presidents felt uneasy about Lu (the chapter does not say what they did). Had you been A's general manager "
        "then, which step would best have prevented the outcome “Lu resigns, B leaves”?\n"
        "\n"
        "a) Give Lu a large raise tied to B's results, so that he stays.\n"
        "b) Make Lu sign a non-compete and keep him, who knows B best, as the only contact.\n"
        "c) Set up a KAM process: many people at many levels, knowledge in a CRM, regular reviews.\n"
        "d) B is 13% of sales, above the 10% reference line: too risky, so wind the account down.\n"
        "\n"
        "Answer format: one letter (a, b, c or d).",
    ),
    "ex.04.5.option.a": (
        "给陆经理大幅加薪，并把奖金与B公司的业绩挂钩，让他不要走。",
        "Give Lu a large raise tied to B's results, so that he stays.",
    ),
    "ex.04.5.option.b": (
        "和陆经理签竞业协议，继续让最了解B公司的他一个人对接。",
        "Make Lu sign a non-compete and keep him, who knows B best, as the only contact.",
    ),
    "ex.04.5.option.c": (
        "建立大客户管理流程：多人多层次对接，客户信息记入CRM，定期评审。",
        "Set up a KAM process: many people at many levels, knowledge in a CRM, regular reviews.",
    ),
    "ex.04.5.option.d": (
        "B公司占 13%，超过 10% 参考线，依赖风险太大，应该主动缩减直至放弃。",
        "B is 13% of sales, above the 10% reference line: too risky, so wind the account down.",
    ),
    "ex.04.5.hint1": (
        "教材说的原因是什么？陆经理与公司缺乏沟通，更主要的是公司缺少什么？",
        "What cause does the chapter name? Lu and A did not communicate well, and above all A lacked what?",
    ),
    "ex.04.5.hint2": ("哪一项让B公司不再只认识一个人？", "Which step makes B stop knowing only one person?"),
    # ------------------------------------------------------------------ 04.6 written case analysis (rubric)
    "ex.04.6.title": (
        "案例分析：A公司为什么失去了B公司",
        "Case analysis: why A lost B",
    ),
    "ex.04.6.prompt": (
        "写一份给A公司总经理的案例分析（中文 150～300 字，或英文 100～200 词）：教材给出的事实是什么；原因是什么；本课的模型（蝴蝶结型与钻石型、CRM "
        '记录）能说明什么、依赖哪些假设；A公司现在该做什么，有什么风险。\n\n这是论述题，没有唯一答案：ex.check 只确认你写了足够的内容，并给出评分标准；可以用 ex.rubric("04.6") '
        '查看标准，由同学或老师用 ex.score_rubric("04.6", scores) 评分。\n\n答案格式：一段文字，放在引号里（多行可以用三引号）。',
        "Write a case analysis for A's general manager (100-200 words in English, or 150-300 characters in "
        "Chinese): what the chapter's facts are; what caused the loss; what this lesson's model (bow-tie and "
        "diamond, the CRM record) shows and which assumptions it rests on; what A should do now, and with "
        "what risk.\n\nThis is a written question with no single answer: ex.check only makes sure you wrote "
        'enough and gives you the rubric; see it with ex.rubric("04.6"), and have a peer or your instructor '
        'score it with ex.score_rubric("04.6", scores).\n\nAnswer format: text in quotes (triple quotes for '
        "several lines).",
    ),
    "ex.04.6.hint1": (
        "先列事实：2007 年、300 万元、13%、陆经理一个人对接、辞职、B公司终止合作。不要补充教材没有的细节。",
        "List the facts first: 2007, 3 million yuan, 13%, Lu alone, his resignation, B ending the "
        "partnership. Add no details the chapter does not give.",
    ),
    "ex.04.6.hint2": (
        "用第五部分的表说明蝴蝶结型和钻石型的差别，并写明这些概率是示意性的假设。",
        "Use the table of part 5 for the difference between bow-tie and diamond, and say that its "
        "probabilities are illustrative assumptions.",
    ),
    "ex.04.6.rubric.facts": (
        "事实：准确使用教材的事实（2007 年、300 万元、13%、陆经理一人对接、辞职、B公司离开），不编造。",
        "Facts: uses the chapter's facts accurately (2007, 3 million yuan, 13%, Lu alone, resignation, B "
        "leaving), invents nothing.",
    ),
    "ex.04.6.rubric.cause": (
        "原因：指出根本原因是缺少大客户管理的战略、方法和流程以及沟通不畅，而不是陆经理个人的品德。",
        "Cause: names the root cause as missing KAM strategy, method and process and poor communication, not "
        "Lu's character.",
    ),
    "ex.04.6.rubric.evidence": (
        "证据：用模型的结果（两种对接方式失去客户的概率、CRM 记录的作用）支持判断，并写明假设。",
        "Evidence: supports the judgement with the model's results (the two plans' chance of losing B, the "
        "CRM record's effect), naming the assumptions.",
    ),
    "ex.04.6.rubric.recommendation": (
        "建议：具体可行的步骤，例如多层次对接、客户信息记入 CRM、定期评审客户计划。",
        "Recommendation: concrete, feasible steps, e.g. contacts at several levels, account knowledge in a "
        "CRM, regular account-plan reviews.",
    ),
    "ex.04.6.rubric.limits": (
        "局限：承认模型的局限和建议的代价（人员离职可能不独立、钻石型的协调成本）。",
        "Limits: acknowledges the model's limits and the recommendation's costs (departures may not be "
        "independent, the diamond's coordination cost).",
    ),
    "ex.04.6.solution": (
        "参考答案（示例）：2007 年，A公司与B公司经陆经理一人达成 300 万元业务，占A公司销售额的 13%；陆经理辞职后B公司终止合作。原因不在陆经理个人，而在A公司没有大客户管理的战略、方法和流程，"
        "客户信息只在他一个人脑子里，双方沟通只经过他。本课的模型假设每人每年有 10% 的可能离职：蝴蝶结型在陆经理辞职那一年必然失去B公司，钻石型加上 CRM 记录只有约 "
        "1.2%。这些数字是示意性的，但方向清楚：关系要分散在多人多层次，知识要留在公司。建议：副总、销售经理、工程师分别对接B公司对应的人，客户信息记入 "
        "CRM，每季度评审客户计划。代价是协调成本和对方高层的时间，需要大客户经理统一口径；如果人员整体流失，保护作用会变小。",
        "Model answer (an example): in 2007 A closed 3 million yuan of business with B through Lu alone, 13% "
        "of A's sales; when Lu resigned, B ended the partnership. The cause is not Lu's character but A's "
        "lack of a KAM strategy, method and process: the account knowledge lived in his head and all "
        "communication passed through him. The lesson's model assumes each person leaves within a year with "
        "probability 10%: the bow-tie loses B for certain in the year Lu resigns, the diamond with a CRM "
        "record only about 1.2% of the time. The numbers are illustrative, the direction is clear: spread "
        "the relationship over several people and levels and keep the knowledge in the company. Steps: VPs, "
        "the sales manager and engineers each meet their counterparts at B, the knowledge goes into a CRM, "
        "the account plan is reviewed every quarter. The costs are coordination and B's executives' time, so "
        "one key-account manager keeps one message; if people leave together, the protection is weaker.",
    ),
}


#: Sealed texts of judge exercise 04.5 (see kamlab.exercises.core): key -> {"zh": blob, "en": blob}.
SEALED: dict[str, dict[str, str]] = {
    "ex.04.5.fb.a": {
        "zh": (
            "eNoljkkKwkAQRc+mJ2sc2gE1utCYIMQZDdIRcWjTkRzGqurKyitY4v699z+Xc7BDzJ6fIsb+kmcpPBM2lpsvNscq0t4FfqxxG/tp"
            "BFaRuVF4r8LrpxjAS9exfcLAghv61h2DlM2WMw1uJijYFPJcuNofkhEupZGiWVP38Xd+yXBJPeWT3Vs1RCDloIj93mGh5FS1GVXR"
            "kS4rWvSwE+B5IkVZonlGowOXCeRaxC+OUI9U"
        ),
        "en": (
            "eNplzMENgzAMRuFV/gEQA3Brz1XVFUJjEQtjR45TxPaFM9f3pO9tgYNiQoInboSNlxJYiSpe/ax7YSGI6UI+YO6BJ3brktGCRbCq"
            "7TCVA4U3JM143L9aFNYFabYLGPEhqxdL6UdoZkoOc0gK8glRCM5tBTdUa1HPn4dLgVPuX8rjH2XoQVo="
        ),
    },
    "ex.04.5.fb.b": {
        "zh": (
            "eNodjd0KgkAQhd+tJ9ssKVPzohARDSoCy1wD+9nU6F1sZ3a88hWaujlwDh/no3eklQ/lc2hjk2+0isEPSEojt7zrVwByh/OHiae9"
            "cNA9Dq1HwutEAsGJ5BETgTNrBPYZAsWQrmv+wuWhEykWe4xKSq+U3k2zgo0LdmWqhk3oCEwcGq+59pMXJySZVkKrEz9QnWu1YJNu"
            "Qh7pdvlZ/zDYGYbFR1hfmiODzA=="
        ),
        "en": (
            "eNo1jssRgzAMRFvZWy6QAjhSQHowRoM9GIlBShzfKCRpjkri/I5a7XvSRQyFrIMDC7delpWMMAppDQxD5BEWCP6qJgttJ4UPEj01"
            "cHV17A/hVD6VlTYVRg6CmSUregykBnNpVpigP/YnooLuztsPGiS3FqkD3WgrSJFnBMeToqqE/9bvtRyIUaGpvte88QKXUh3PL7nq"
            "SHY="
        ),
    },
    "ex.04.5.fb.c": {
        "zh": (
            "eNoljk1Sg0AQRu+mazeeCBIErPAnFTRgEiSGEjUBLUolDKkcJtM9MyuuYBN23dXf917LU4z7V1xUGMW4CtCxwGpFYoCXwvPLMPiu"
            "Wm36LgHWis8ZbN+g3KD9h/ZCRPlZ0/HxgHUEoYM/uihmfefI8h22CW8+1LRQTwVlxhW+J7jLeONdwd0O/AaqA3p539kqZCKtYU3l"
            "e+qPAn7KUK9k+QXHCJbF9e2NshypObxx6V3eaETk7fCrNB5gH9D10k1wmcrKgDIbOZIGOzxrExWbgvkiMDlzhfELfsVZTqgxNp6I"
            "wI8mKcAcLDAfRINCn4uaEeQfKsjWjg=="
        ),
        "en": (
            "eNpNkEFOxDAMRa/ylyBVcwB2wArBbLiBpzFNNKkdxc5Uc3vcIo1Y+duS/3/2h6MYPDO0NbXiIX6OfqZh/KcyNecOoZXtBYTP1zPM"
            "Ozkv9wkre9YEkoTWdWazCVvxDOMbd6porK0yyB+TGrVabLIXWfCGpz0nFVpV0vN0pNI86xDHVXSrnBZGkch+/z6j86w9IQByYHkm"
            "gQojM6Xp4Oi8jEr94dH5VnizE75G3CUBX+pOQel/1ITL8HDZPyKKqrKEfXEL93pHLXI9/QJsC2v7"
        ),
    },
    "ex.04.5.fb.d": {
        "zh": (
            "eNotjk0OgjAYRK/SDXsIJ9CTFRAxCuiii4ZgjEbdYGg0xpRK5DDw9WfFFazB3ctk3mR0RweeAWvGtvB8B5mKDiJHnusgVSzkujLl"
            "Q4lubFPNnpLmc4hvsOUmyfQ16HFgSmxh6kHzsrkKG1Uf1W75c3Bq1yVlIIhmF0k+0EY9Dif4b9nebCJVbWD1ltkBznfkuy4aeAJx"
            "ZI8YgoHU5rS38hdR2nX8"
        ),
        "en": (
            "eNo1jrEKwzAMRH/llmwhOGTr1tK5/+DEamJwrBDJLf77KoYOgkNPd7oXKyrpDePUwc/8IehGGF2HEGVJLOUkpJgJ4qsY9IoHdq9K"
            "p/TYiyhm+h9TgM/BcPar6bZKtUe2N80aFbJxSaGZTj4OCgOel4h5teRvgwtb7L1VmXrn3DWoxWfw24okElgY54WGH1KoQek="
        ),
    },
    "ex.04.5.solution": {
        "zh": (
            "eNpNUc1W2mAQ3fcpsnHrAd+gdO2mb9DaBwmxQERMODYgv8aoodRqPlQq+QPfBTLzzbfiFZycKKe7OXfunbl3Rj446JnbdHC00Y1P"
            "2OnjuC0HP2Xyi4KYYdWvy8SW7XoWWlC7BzuUaZxFNp0I8Jf45Cp9sE1bOJxnYUKTKmuxJxgpyHhxjU+eajSkM4Xb3xBco7lAsyc7"
            "PnOyyC2mycDjFTtCPqQb4XMHzS7+q8rpaW7uSMNms1LMzRLrP2d6Ft5lccyyQg92D83253e/H2ie5m8PHg0QUVFs9Cpbo/lDjjg6"
            "OAEjsPB5IYQmg7s6D1RYc30SdXodQs3/8vWQghksO+wOWyc4uiexyr1PPbg8zSXtFl4ttPJBSYOZjRcv3FTniXSfuU+BB+Y5s3ZB"
            "aHVJ1ZYybjgRRHO4fQQrqexS4MSQVoOTa+VSaU9T/TMwZzKeaOX9gz228E0D+46Pj9aUXl11wxf6s02H3zVoXsEwzuI6jec0fuHf"
            "Mvwjv+ZaH6mRzm9TjTNpRMUb1vqYhCCR8A2ZALFDwkdnBekxt3jRG6slgIE="
        ),
        "en": (
            "eNpVUjFy3DAM7P2KbTxpLpo7l+fqnCqTuMn4AxQJS5yjAA1BWlHnh9if80sMyueMU2KBXSwXPLEulI/w3dXDSPCjmwvlbwov7FPV"
            "KHzE7wrHAaUNyDQ7XhFiAEtp9VQ5elcIC6W02yZdL08El9J/nNE1Dn6d7qElG2NYP8YNnKiMEiAZcxZPqigGOnYD4UwrnPdSuWh3"
            "5VFqZsUdHrNM5q2ZrVpkoozIRjt9QY6gv+RriU+ktoTKl3qHuWZ7sUYetp5CXWo48RCZKH9SPsvdvxwufnBmWRIFczmIbdj2O/z4"
            "c49MXnLo8JONEBUmrMJmbZJALSfL0E1ienNyjCWWcVNWNxEON3uMUs1AkqX5aB1Lpnd9TLGskEfrbMbvbOnWXsnldqpMGgcLaIvn"
            "sN9ftyjtIrXg0N1cd7ZZOK2YRcssTB/iOer5Fj1KvAC9LN+tMGAY7UvcIpiyC4q355fLYbxZoLS+Pb/CbXjIMlvVvQMLyNdE"
        ),
    },
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_LESSON, **_EXERCISES}.items()}
