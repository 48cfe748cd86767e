"""Labels of lesson 06 (case K3, Gome vs Gree): the timeline, plots and explorers; and its exercises (:mod:`kamlab.exercises.gome_gree`).

The exercises: Texts may hold ``{placeholders}`` filled from the exercise's facts, so no computed answer is
written here. ``SEALED`` holds the judge exercise's per-option feedback and solution, sealed with
:func:`kamlab.exercises.core.seal`; they are not part of the label catalog.
"""

from .chapter import quote

_LESSON = {
    # timeline (chapter 4, case K3)
    "gome_gree.event.cut": (
        "四川国美在未通知格力的情况下，擅自把格力空调降价，平均降幅 34%。",
        "Sichuan Gome, without telling Gree, cuts the prices of Gree air conditioners by 34% on average.",
    ),
    "gome_gree.event.standoff": (
        "双方都以强势姿态解决问题，经过短暂的对峙。",
        "Both sides take a hard line; a brief standoff follows.",
    ),
    "gome_gree.event.withdraw": (
        "格力全线退出国美电器，合作宣告结束：一个双输的结局。",
        "Gree withdraws from Gome entirely and the partnership ends: lose-lose.",
    ),
    "gome_gree.event.one_percent": (
        "格力宣称国美在其销售额中的贡献不到 1%，终止合作丝毫不影响整体运营。",
        "Gree says Gome makes up less than 1% of its sales and that ending the "
        "partnership does not affect its business at all.",
    ),
    "gome_gree.event.haier": (
        "海尔针对异军突起的国美迅速调整组织架构，成立直接对接国美的大客户管理部，效果非常明显。",
        "Haier quickly reorganises and sets up a key-account department dealing directly "
        "with the fast-rising Gome, with clear effect.",
    ),
    # actions and players
    "gome_gree.player.gome": ("国美", "Gome"),
    "gome_gree.player.gree": ("格力", "Gree"),
    "gome_gree.action.keep": ("维持价格", "Keep price"),
    "gome_gree.action.cut": ("擅自降价", "Cut price"),
    "gome_gree.action.supply": ("继续供货", "Keep supplying"),
    "gome_gree.action.withdraw": ("撤出", "Withdraw"),
    "gome_gree.strategy.always_cooperate": ("始终合作", "Always cooperate"),
    "gome_gree.strategy.always_defect": ("始终强硬", "Always defect"),
    "gome_gree.strategy.grim_trigger": ("冷酷触发", "Grim trigger"),
    "gome_gree.strategy.tit_for_tat": ("以牙还牙", "Tit for tat"),
    "gome_gree.strategy.generous_tit_for_tat": ("宽容的以牙还牙", "Generous tit for tat"),
    # payoff table
    "gome_gree.table_title": (
        "一次性博弈：（国美，格力）的年利润变化（百万元）",
        "One-shot game: yearly profit change (Gome, Gree), million yuan",
    ),
    "gome_gree.equilibrium": ("纳什均衡", "Nash equilibrium"),
    "gome_gree.mixed_note": (
        "混合均衡：国美以 {p:.0%} 的概率降价，格力以 {q:.0%} 的概率撤出",
        "Mixed equilibrium: Gome cuts with probability {p:.0%}, Gree withdraws with {q:.0%}",
    ),
    # repeated play
    "gome_gree.play_title": ("重复博弈：{gome} 对 {gree}", "Repeated game: {gome} vs {gree}"),
    "gome_gree.round_axis": ("回合（季度）", "Round (season)"),
    "gome_gree.cum_axis": ("累计折现利润变化（百万元）", "Cumulative discounted profit change (million yuan)"),
    "gome_gree.slip": ("分公司擅自降价", "Branch cuts on its own"),
    "gome_gree.withdrawn": ("格力撤出", "Gree withdraws"),
    # dependence and power
    "gome_gree.dependence_title": ("格力的威胁什么时候可信？", "When is Gree's threat credible?"),
    "gome_gree.dependence_axis": ("国美占格力销售额的比例（%）", "Gome's share of Gree's sales (%)"),
    "gome_gree.loss_axis": ("格力的年损失（百万元）", "Gree's yearly loss (million yuan)"),
    "gome_gree.loss_withdraw": ("撤出的损失", "Loss from withdrawing"),
    "gome_gree.loss_stay": ("忍受降价的损失（价格体系被打乱）", "Loss from swallowing the cut (price system broken)"),
    "gome_gree.credible_zone": ("威胁可信", "Threat credible"),
    "gome_gree.now_marker": ("格力自称：1%", "Gree's own figure: 1%"),
    # controls
    "gome_gree.ctrl.gree_dependence": ("国美占格力销售额", "Gome's share of Gree's sales"),
    "gome_gree.ctrl.price_cut": ("降价幅度", "Price cut"),
    "gome_gree.ctrl.gome_cut_gain": ("国美降价收益（百万元）", "Gome's gain from the cut (million yuan)"),
    "gome_gree.ctrl.gome_spillover": ("格力带来的连带客流", "Spillover shoppers brought by Gree"),
    "gome_gree.ctrl.channel_premium": ("国美渠道的未来价值", "Future value of the Gome channel"),
    "gome_gree.ctrl.copycat_risk": ("更多“格力”跟进的风险", 'Risk that more "Grees" follow'),
    "gome_gree.no_threshold": ("无从谈起（撤出的惩罚不可信）", "none (the punishment is not credible)"),
    "gome_gree.never": ("不存在（撤出对国美毫无损失）", "none (withdrawing costs Gome nothing)"),
    "gome_gree.ctrl.kam": ("大客户管理部", "KAM department"),
    "gome_gree.ctrl.gome": ("国美的策略", "Gome's strategy"),
    "gome_gree.ctrl.gree": ("格力的策略", "Gree's strategy"),
    "gome_gree.ctrl.slip_rate": ("分公司擅自降价的概率", "Chance a branch cuts on its own"),
    "gome_gree.ctrl.seed": ("随机种子", "Random seed"),
    "gome_gree.kam.off": ("没有", "None"),
    "gome_gree.kam.on": ("设立（像海尔一样）", "Set up (as Haier did)"),
    # captions
    "gome_gree.caption_pure": (
        "纳什均衡：国美<b>{gome}</b>，格力<b>{gree}</b>，结果（{m}，{g}），照常合作是（{bm}，{bg}）。{verdict}",
        "Nash equilibrium: Gome <b>{gome}</b>, Gree <b>{gree}</b>, outcome ({m}, {g}); business as usual "
        "is ({bm}, {bg}). {verdict}",
    ),
    "gome_gree.caption_mixed": (
        "没有纯策略均衡，只有混合均衡：国美以 {p:.0%} 的概率降价，格力以 {q:.0%} 的概率撤出，期望结果（{m}，{g}）。{verdict}",
        "No pure equilibrium, only a mixed one: Gome cuts with probability {p:.0%}, Gree withdraws with "
        "probability {q:.0%}; expected outcome ({m}, {g}). {verdict}",
    ),
    "gome_gree.verdict.lose_lose": (
        "双方都比照常合作差：<b>双输</b>。",
        "Both are worse off than business as usual: <b>lose-lose</b>.",
    ),
    "gome_gree.verdict.not_lose_lose": ("不是双输。", "Not lose-lose."),
    "gome_gree.threat": (
        "格力撤出损失 {lg}，忍受降价损失 {d}：{credible}国美占格力销售额低于 {limit:.1%} 时威胁可信。"
        "合作能维持所需的折现因子：{delta}。",
        "Gree loses {lg} by withdrawing and {d} by swallowing the cut: {credible}The threat is credible while "
        "Gome is below {limit:.1%} of Gree's sales. Discount factor needed for cooperation: {delta}.",
    ),
    "gome_gree.threat.yes": ("撤出的威胁可信。", "the threat to withdraw is credible. "),
    "gome_gree.threat.no": ("撤出的威胁不可信。", "the threat to withdraw is not credible. "),
    "gome_gree.play_caption": (
        "{rounds} 个回合里国美降价 {cuts} 次（其中分公司擅自降价 {slips} 次），格力撤出 {withdrawals} 个回合。"
        "累计折现利润变化：国美 {m}，格力 {g}（百万元）。",
        "Over {rounds} rounds Gome cut {cuts} times ({slips} of them a branch acting on its own) and Gree "
        "stayed out for {withdrawals} rounds. Cumulative discounted profit change: Gome {m}, Gree {g} "
        "(million yuan).",
    ),
    # the sequential game (the order it happened)
    "gome_gree.tree_title": (
        "按发生的顺序：国美先动，格力回应（百万元/年）",
        "In the order it happened: Gome moves, Gree answers (million yuan a year)",
    ),
    "gome_gree.tree.belief": ("国美认为格力会撤出的概率 p = {p:.0%}", "Gome's belief that Gree withdraws: p = {p:.0%}"),
    "gome_gree.tree.expected": ("国美对降价的期望：{v}", "Gome's expected payoff from a cut: {v}"),
    "gome_gree.tree.path": ("实际走过的路径", "Path played"),
    "gome_gree.tree.reply": ("格力的最优回应（倒推第一步）", "Gree's best reply (backward induction, step 1)"),
    "gome_gree.tree.move": ("国美在这个信念下的选择", "Gome's move under its belief"),
    "gome_gree.tree.informed": (
        "如果国美知道格力会怎样回应：{move}（倒推第二步）",
        "If Gome knew Gree's reply: {move} (backward induction, step 2)",
    ),
    "gome_gree.tree.leaf": ("（{m}，{g}）", "({m}, {g})"),
    "gome_gree.belief_title": ("国美什么时候降价？", "When does Gome cut?"),
    "gome_gree.belief_axis": ("国美认为格力会撤出的概率 p", "Gome's belief p that Gree withdraws"),
    "gome_gree.expected_axis": ("国美的期望收益（百万元/年）", "Gome's expected payoff (million yuan a year)"),
    "gome_gree.cut_line": ("擅自降价（期望）", "Cut price (expected)"),
    "gome_gree.keep_line": ("维持价格", "Keep price"),
    "gome_gree.cut_zone": ("国美降价：p < {p:.1%}", "Gome cuts: p < {p:.1%}"),
    "gome_gree.now_belief": ("当前信念 {p:.0%}", "current belief {p:.0%}"),
    "gome_gree.ctrl.belief": ("国美认为格力会撤出的概率", "Gome's belief that Gree withdraws"),
    "gome_gree.seq_caption": (
        "国美认为格力会撤出的概率是 {p:.0%}，门槛 p* = {t:.1%}：国美<b>{move}</b>；格力对降价的最优回应是<b>{reply}</b>。"
        "结果（{m}，{g}）。{verdict}",
        "Gome's belief that Gree withdraws is {p:.0%}, the threshold p* = {t:.1%}: Gome <b>{move}</b>; Gree's "
        "best reply to a cut is <b>{reply}</b>. Outcome ({m}, {g}). {verdict}",
    ),
    "gome_gree.seq.conflict": (
        "<b>冲突</b>：降价之后格力撤出，双输。这需要误判：如果国美知道格力的回应，它会{informed}。",
        "<b>Conflict</b>: a cut, then Gree withdraws, lose-lose. It takes a misjudgement: knowing Gree's reply, "
        "Gome would {informed}.",
    ),
    "gome_gree.seq.misjudged": (
        "没有冲突，但也是误判：如果国美知道格力的回应，它会{informed}。",
        "No conflict, but still a misjudgement: knowing Gree's reply, Gome would {informed}.",
    ),
    "gome_gree.seq.calm": (
        "国美的选择和知道格力回应时一样：没有误判。",
        "Gome does what it would do knowing Gree's reply: no misjudgement.",
    ),
    "gome_gree.seq.kam": (
        "有大客户管理部：{q:.0%} 的情况下沟通让国美事先知道格力的回应，冲突的概率是 {c:.0%}。",
        "With a KAM department: {q:.0%} of the time communication tells Gome Gree's reply in advance; the "
        "chance of conflict is {c:.0%}.",
    ),
}

_EXERCISES = {
    # ------------------------------------------------------------------ 06.1 grim-trigger threshold
    "ex.06.1.title": ("冷酷触发下维持合作的折现因子", "Discount factor that sustains cooperation under a grim trigger"),
    "ex.06.1.prompt": (
        "国美与格力每个季度都重复一次博弈。国美每季度的利润变化（百万元）：擅自降价而格力照常供货 T = {T}；"
        "双方照常合作 R = {R}；降价之后格力撤出 P = {P}。格力采用冷酷触发：国美只要降价一次，格力就永远撤出。\n\n"
        "折现因子 δ 至少为多少时，国美维持价格比降价更划算？答案用小数表示，允许误差 ±{tol}。",
        "Gome and Gree play the stage game every season. Gome's profit change per season (million yuan): cut "
        "while Gree keeps supplying T = {T}; business as usual R = {R}; after a cut, with Gree withdrawn, "
        "P = {P}. Gree plays a grim trigger: one cut and it withdraws for ever.\n\n"
        "From which discount factor δ on does keeping the price pay better for Gome than cutting? Give a "
        "decimal, within ±{tol}.",
    ),
    "ex.06.1.hint1": (
        "维持价格：每季度都拿 R，合计 R / (1 − δ)。降价：这一季拿 T，之后每季都拿 P，合计 T + δP / (1 − δ)。",
        "Keeping the price earns R every season: R / (1 − δ) in all. Cutting earns T now and P every season "
        "after: T + δP / (1 − δ).",
    ),
    "ex.06.1.hint2": (
        "令两者相等，两边同乘 (1 − δ)，解出 δ。",
        "Set the two equal, multiply both sides by (1 − δ) and solve for δ.",
    ),
    "ex.06.1.hint3": (
        "结果是 (T − R) / (T − P)：分子是降价的一次性好处，分母是好处加上此后每季的损失。注意 P 是负数。",
        "The result is (T − R) / (T − P): the one-off gain from cutting over that gain plus the loss each "
        "season after. Mind that P is negative.",
    ),
    "ex.06.1.fb.right": (
        "δ ≥ (T − R) / (T − P)。只要国美足够看重未来，冷酷触发就能让它维持价格。",
        "δ ≥ (T − R) / (T − P). If Gome values the future enough, the grim trigger keeps it from cutting.",
    ),
    "ex.06.1.fb.one_minus": (
        "还不对：你算的是 (R − P) / (T − P)，正好等于 1 减去正确答案。分子应当是降价的一次性好处 T − R。",
        "Not yet: you computed (R − P) / (T − P), one minus the right answer. The numerator is the one-off "
        "gain from cutting, T − R.",
    ),
    "ex.06.1.fb.wrong_denominator": (
        "还不对：分母应当是 T − P（降价的好处加上被惩罚的损失），而不是 R − P。",
        "Not yet: the denominator is T − P (the gain from cutting plus the loss from punishment), not R − P.",
    ),
    "ex.06.1.fb.no_punishment": (
        "还不对：你用 T 作分母，相当于忘了惩罚 P。格力撤出之后国美每季度拿的是 P，不是 0。",
        "Not yet: dividing by T forgets the punishment P. Once Gree has withdrawn, Gome earns P each season, not 0.",
    ),
    "ex.06.1.fb.sign_of_p": (
        "还不对：注意 P 是负数，T − P 比 T 还大。你好像把 T − P 算成了 T + P。",
        "Not yet: P is negative, so T − P is larger than T. You seem to have computed T + P instead of T − P.",
    ),
    "ex.06.1.fb.wrong": (
        "还不对。写出两种做法的折现总收益，令它们相等，再解出 δ。",
        "Not yet. Write down the discounted total of each choice, set them equal and solve for δ.",
    ),
    "ex.06.1.solution": (
        "维持价格：R / (1 − δ)；降价：T + δP / (1 − δ)。两者相等时 R = T(1 − δ) + δP，所以\n\n"
        "δ = (T − R) / (T − P) = {tr} / {tp} = {x}。\n\n"
        "```python\nfrom kamlab.models.gome_gree import grim_trigger_threshold\ngrim_trigger_threshold({T}, {R}, {P})\n```\n\n"
        "δ 越接近 1，说明越看重未来。惩罚越重（P 越低），需要的 δ 越小，合作越容易维持。",
        "Keeping the price: R / (1 − δ); cutting: T + δP / (1 − δ). They are equal when R = T(1 − δ) + δP, so\n\n"
        "δ = (T − R) / (T − P) = {tr} / {tp} = {x}.\n\n"
        "```python\nfrom kamlab.models.gome_gree import grim_trigger_threshold\ngrim_trigger_threshold({T}, {R}, {P})\n```\n\n"
        "A δ close to 1 means valuing the future highly. The heavier the punishment (the lower P), the smaller "
        "the δ needed, and the easier cooperation is to sustain.",
    ),
    # ------------------------------------------------------------------ 06.2 pure equilibrium
    "ex.06.2.title": ("一次性博弈的纯策略均衡", "Pure equilibrium of the one-shot game"),
    "ex.06.2.prompt": (
        "下表是国美与格力一次性博弈的收益（括号里前一个数是国美的年利润变化，后一个是格力的，单位百万元）。"
        "哪一格是纯策略纳什均衡？\n\n"
        '答案格式："行动作/列动作"，例如 "keep/supply" 或 "维持价格/继续供货"（可选：keep/supply、keep/withdraw、'
        "cut/supply、cut/withdraw）。",
        "The table gives the payoffs of the one-shot game between Gome and Gree (in each cell, first Gome's "
        "yearly profit change, then Gree's, million yuan). Which cell is the pure Nash equilibrium?\n\n"
        'Answer format: "row action/column action", e.g. "keep/supply" or "Keep price/Keep supplying" '
        "(one of keep/supply, keep/withdraw, cut/supply, cut/withdraw).",
    ),
    "ex.06.2.hint1": (
        "先看国美：格力继续供货时，国美维持价格和降价哪个更好？格力撤出时呢？",
        "Start with Gome: if Gree keeps supplying, is keeping the price or cutting better for Gome? And if "
        "Gree withdraws?",
    ),
    "ex.06.2.hint2": (
        "再看格力：国美降价时，格力继续供货和撤出哪个损失更小？",
        "Then Gree: if Gome cuts, does keeping supplying or withdrawing lose Gree less?",
    ),
    "ex.06.2.hint3": (
        "均衡是双方都不想单方面改变的那一格：每一方的动作都是对另一方动作的最优反应。",
        "The equilibrium is the cell neither side wants to leave on its own: each side's action is a best "
        "response to the other's.",
    ),
    "ex.06.2.fb.right": (
        "这一格里双方的动作互为最优反应，谁单方面改变都不会更好。",
        "In this cell each action is a best response to the other; neither side gains by changing alone.",
    ),
    "ex.06.2.fb.unknown": (
        '读不出是哪一格：{answer}。请写成 "行动作/列动作"，例如 "cut/withdraw"。',
        'Cannot tell which cell {answer} means. Write "row action/column action", e.g. "cut/withdraw".',
    ),
    "ex.06.2.fb.pareto": (
        "还不对：照常合作对双方都最好，但它不稳定。格力继续供货时，国美降价能多赚，它有单方面改变的动机。这正是双输的根源。",
        "Not yet: business as usual is best for both, but it is not stable. While Gree keeps supplying, Gome "
        "earns more by cutting, so it wants to change on its own. That is the root of the lose-lose outcome.",
    ),
    "ex.06.2.fb.gome_dominant": (
        "还不对：比较国美的两行。无论格力怎么做，降价那一行的收益都更高，国美不会选择维持价格。",
        "Not yet: compare Gome's two rows. Whatever Gree does, the cut row pays Gome more, so Gome does not "
        "keep the price.",
    ),
    "ex.06.2.fb.credible": (
        "还不对：国美降价时，比较格力的两列。撤出的损失比忍受降价小，所以格力会撤出。",
        "Not yet: when Gome cuts, compare Gree's two columns. Withdrawing loses Gree less than swallowing the "
        "cut, so Gree withdraws.",
    ),
    "ex.06.2.fb.not_credible": (
        "还不对：国美降价时，比较格力的两列。在这张表里撤出的损失比忍受降价更大，格力会继续供货。",
        "Not yet: when Gome cuts, compare Gree's two columns. In this table withdrawing loses Gree more than "
        "swallowing the cut, so Gree keeps supplying.",
    ),
    "ex.06.2.solution": (
        "均衡是 <b>{answer_label}</b>。\n\n"
        "1. 国美：格力供货时降价多得 {gain}；格力撤出时降价也不比维持价格差，所以降价是国美的占优策略。\n"
        "2. 格力：国美降价后，撤出损失 {lg}，忍受降价损失 {d}，选损失小的那一列。\n\n"
        "```python\nfrom kamlab.models.gome_gree import GomeGreeCase\ncase = GomeGreeCase(gree_dependence=..., gome_cut_gain=...)\ncase.game().pure_equilibria()\n```",
        "The equilibrium is <b>{answer_label}</b>.\n\n"
        "1. Gome: with Gree supplying, cutting earns {gain} more; with Gree withdrawn, cutting is no worse "
        "than keeping the price, so cutting is Gome's dominant action.\n"
        "2. Gree: after a cut, withdrawing loses {lg} and swallowing the cut loses {d}; it picks the smaller "
        "loss.\n\n"
        "```python\nfrom kamlab.models.gome_gree import GomeGreeCase\ncase = GomeGreeCase(gree_dependence=..., gome_cut_gain=...)\ncase.game().pure_equilibria()\n```",
    ),
    # ------------------------------------------------------------------ 06.3 mixed equilibrium
    "ex.06.3.title": ("混合均衡中国美降价的概率", "Gome's probability of cutting in the mixed equilibrium"),
    "ex.06.3.prompt": (
        "假设国美降价逼走格力之后，会有更多“格力”跟着离开（本章："
        + quote("k3_more_grees", "zh")
        + "）。下表是这种情况下的收益，"
        "它没有纯策略均衡。在混合均衡里，国美以多大的概率降价？答案用小数表示，允许误差 ±{tol}。",
        'Suppose that when a cut drives Gree out, more "Grees" follow (the chapter: '
        + quote("k3_more_grees", "en")
        + "). The table gives the payoffs in that case; it has no pure equilibrium. In the mixed "
        "equilibrium, with what probability does Gome cut? Give a decimal, within ±{tol}.",
    ),
    "ex.06.3.hint1": (
        "混合均衡里，国美的概率要让<b>格力</b>在继续供货和撤出之间无差异，而不是让国美自己无差异。",
        "In a mixed equilibrium Gome's probability makes <b>Gree</b> indifferent between supplying and "
        "withdrawing, not Gome itself.",
    ),
    "ex.06.3.hint2": (
        "设国美降价的概率为 x。格力继续供货的期望收益是 x 乘以降价那一行的收益；撤出的收益两行一样。",
        "Let x be the probability that Gome cuts. Gree's expected payoff from supplying is x times its payoff "
        "in the cut row; withdrawing pays the same in both rows.",
    ),
    "ex.06.3.hint3": (
        "令两者相等：x = 撤出的损失 / 忍受降价的损失。",
        "Set them equal: x = loss from withdrawing / loss from swallowing the cut.",
    ),
    "ex.06.3.fb.right": (
        "国美以这个概率降价时，格力供货和撤出一样好，所以格力愿意混合。",
        "At this probability of a cut, supplying and withdrawing are equally good for Gree, so Gree is willing to mix.",
    ),
    "ex.06.3.fb.other_player": (
        "还不对：这是格力的概率（或者它的补数）。国美的概率由<b>格力</b>的收益决定：它要让格力无差异。",
        "Not yet: that is Gree's probability (or one minus it). Gome's probability comes from <b>Gree's</b> "
        "payoffs: it makes Gree indifferent.",
    ),
    "ex.06.3.fb.complement": (
        "还不对：你给出的是国美维持价格的概率。题目问的是降价的概率。",
        "Not yet: that is the probability that Gome keeps the price. The question asks for the probability of a cut.",
    ),
    "ex.06.3.fb.wrong": (
        "还不对。写出格力两种选择的期望收益，它们只取决于国美降价的概率 x，令它们相等。",
        "Not yet. Write Gree's expected payoff from each choice; both depend only on Gome's probability x. "
        "Set them equal.",
    ),
    "ex.06.3.solution": (
        "格力继续供货：−{d} × x；撤出：−{lg}。令两者相等，x = {lg} / {d} = <b>{x}</b>。"
        "同理，格力撤出的概率 {y} 让国美无差异。\n\n"
        "```python\nfrom kamlab.models.gome_gree import GomeGreeCase, one_shot\nr = one_shot(GomeGreeCase(gree_dependence=..., copycat_risk=0.2))\nr.mixed\n```\n\n"
        "期望结果仍然是双方都比照常合作差：没有沟通，就算互相猜测也是双输。",
        "Gree supplying: −{d} × x; withdrawing: −{lg}. Setting them equal gives x = {lg} / {d} = <b>{x}</b>. "
        "Likewise Gree's probability of withdrawing, {y}, makes Gome indifferent.\n\n"
        "```python\nfrom kamlab.models.gome_gree import GomeGreeCase, one_shot\nr = one_shot(GomeGreeCase(gree_dependence=..., copycat_risk=0.2))\nr.mixed\n```\n\n"
        "The expected outcome still leaves both worse off than business as usual: without communication, "
        "even guessing at each other is lose-lose.",
    ),
    # ------------------------------------------------------------------ 06.4 credibility threshold
    "ex.06.4.title": ("格力的威胁在什么依赖程度下可信", "Up to what dependence Gree's threat is credible"),
    "ex.06.4.prompt": (
        "沿用课上的模型：格力年销售额 10,000（百万元），毛利率 25%；国美降价 34%，格力其他销售中有 {e_pct}% 的价格会被拖累；"
        "撤出后格力其他渠道能夺回国美销售的 50%；国美渠道的未来价值是当年损失毛利的 {k} 倍。"
        "国美占格力销售额的比例低于多少时，格力撤出的威胁可信？答案用小数表示，允许误差 ±{tol}。",
        "Keep the lesson's model: Gree sells 10,000 (million yuan) a year at a 25% margin; Gome cuts by 34% "
        "and drags down the price of {e_pct}% of Gree's other sales; after withdrawing, Gree's other channels "
        "win back 50% of its Gome sales; the future value of the Gome channel is {k} times this year's lost "
        "margin. Below what share of Gree's sales made through Gome is Gree's threat to withdraw credible? "
        "Give a decimal, within ±{tol}.",
    ),
    "ex.06.4.hint1": (
        "忍受降价的损失 D = 降价幅度 × 毛利率 × 年销售额 × 受拖累的比例，与依赖程度无关。",
        "The loss from swallowing the cut, D = cut × margin × sales × exposed share, does not depend on the "
        "dependence.",
    ),
    "ex.06.4.hint2": (
        "撤出的损失 = 毛利率 × 年销售额 × d ×（1 − 夺回比例）×（1 + 渠道未来价值），随依赖程度 d 增加。",
        "The loss from withdrawing = margin × sales × d × (1 − share won back) × (1 + future value), growing "
        "with the dependence d.",
    ),
    "ex.06.4.hint3": ("令两个损失相等，解出 d。", "Set the two losses equal and solve for d."),
    "ex.06.4.fb.right": (
        "依赖越小，撤出越便宜，威胁越可信。这就是权力—依赖关系（Emerson，1962）。",
        "The less Gree depends on Gome, the cheaper withdrawing is and the more credible the threat: "
        "power-dependence (Emerson, 1962).",
    ),
    "ex.06.4.fb.no_premium": (
        "还不对：你漏掉了国美渠道的未来价值（1 + 渠道未来价值）。“得渠道者得天下”：失去最大的连锁，损失不只是当年的毛利。",
        'Not yet: you left out the future value of the channel (1 + future value). "Who holds the channel '
        "holds the world\": losing the largest chain costs more than this year's margin.",
    ),
    "ex.06.4.fb.no_recapture": (
        "还不对：你漏掉了其他渠道能夺回的那一半销售（1 − 夺回比例）。",
        "Not yet: you left out the half of the sales that other channels win back (1 − share won back).",
    ),
    "ex.06.4.fb.wrong": (
        "还不对。分别写出两种损失，令它们相等，再解出依赖程度 d。",
        "Not yet. Write down both losses, set them equal and solve for the dependence d.",
    ),
    "ex.06.4.solution": (
        "忍受降价：D = 0.34 × 0.25 × 10,000 × {e_pct}% = {d}。撤出：每 1 个单位的依赖程度损失 {per}。"
        "令两者相等，d = {d} / {per} = <b>{x}</b>，即 {x_pct}%。\n\n"
        "```python\nfrom kamlab.models.gome_gree import GomeGreeCase\nGomeGreeCase(price_exposure=..., channel_premium=...).credible_up_to\n```",
        "Swallowing the cut: D = 0.34 × 0.25 × 10,000 × {e_pct}% = {d}. Withdrawing: {per} per unit of "
        "dependence. Setting them equal, d = {d} / {per} = <b>{x}</b>, that is {x_pct}%.\n\n"
        "```python\nfrom kamlab.models.gome_gree import GomeGreeCase\nGomeGreeCase(price_exposure=..., channel_premium=...).credible_up_to\n```",
    ),
    # ------------------------------------------------------------------ 06.5 judge
    "ex.06.5.title": ("如果格力早有大客户管理部", "If Gree had had a KAM department"),
    "ex.06.5.prompt": (
        "2004 年 2 月，四川国美在未通知格力的情况下把格力空调平均降价 34%。假设格力当时已经像海尔那样，设立了直接对接国美的大客户管理部。哪一种说法最符合本章的观点？\n"
        "\n"
        "a. 格力不该撤出：国美是最大的连锁，得渠道者得天下，降价只能忍受。\n"
        "b. 撤出是对的，而且格力没有损失：国美不到其销售额的 1%，终止合作不影响运营。\n"
        "c. 维护价格体系没错；但大客户经理制度和深层次沟通可能让降价事先被发现、协商解决，避免双输。\n"
        "d. 大客户管理部的作用是给国美更多折扣和返利，让它不再需要擅自降价。\n"
        "\n"
        "答案格式：a、b、c 或 d。",
        "In February 2004 Sichuan Gome, without telling Gree, cut Gree air-conditioner prices by 34% on "
        "average. Suppose Gree had already set up, as Haier did, a key-account department dealing directly "
        "with Gome. Which statement best matches the chapter?\n"
        "\n"
        "a. Gree should not have withdrawn: Gome is the largest chain, who holds the channel holds the "
        "world, and the cut had to be swallowed.\n"
        "b. Withdrawing was right and cost Gree nothing: Gome was under 1% of its sales, so ending the "
        "partnership changed nothing.\n"
        "c. Defending prices was right; but a key-account manager system and deep communication might have "
        "caught the cut early and settled it.\n"
        "d. The KAM department's job is to give Gome more discounts and rebates, so that it no longer needs "
        "to cut prices on its own.\n"
        "\n"
        "Answer format: a, b, c or d.",
    ),
    "ex.06.5.option.a": (
        "格力不该撤出：国美是最大的连锁，得渠道者得天下，降价只能忍受。",
        "Gree should not have withdrawn: Gome is the largest chain, who holds the channel holds the world, and the cut had to be swallowed.",
    ),
    "ex.06.5.option.b": (
        "撤出是对的，而且格力没有损失：国美不到其销售额的 1%，终止合作不影响运营。",
        "Withdrawing was right and cost Gree nothing: Gome was under 1% of its sales, so ending the partnership changed nothing.",
    ),
    "ex.06.5.option.c": (
        "维护价格体系没错；但大客户经理制度和深层次沟通可能让降价事先被发现、协商解决，避免双输。",
        "Defending prices was right; but a key-account manager system and deep communication might have caught the cut early and settled it.",
    ),
    "ex.06.5.option.d": (
        "大客户管理部的作用是给国美更多折扣和返利，让它不再需要擅自降价。",
        "The KAM department's job is to give Gome more discounts and rebates, so that it no longer needs to cut prices on its own.",
    ),
    "ex.06.5.hint1": (
        "本章对格力的做法有两句评价：一句关于价格体系，一句关于大客户的重要性。",
        "The chapter judges Gree's move in two sentences: one about the price system, one about the "
        "importance of key accounts.",
    ),
    "ex.06.5.hint2": (
        "想一想海尔的大客户管理部做的是什么：让步，还是沟通和预警？",
        "Think about what Haier's KAM department did: make concessions, or communicate and warn early?",
    ),
    # ------------------------------------------------------------------ 06.6 written case analysis (rubric)
    "ex.06.6.title": (
        "案例分析：按发生的顺序看国美与格力",
        "Case analysis: Gome and Gree in the order it happened",
    ),
    "ex.06.6.prompt": (
        "写一份案例分析（中文 150～300 字，或英文 100～200 词）：教材给出的事实是什么；按发生的顺序（国美先降价，格力后回应），序贯博弈说明了什么：格力的撤出是否可信、完全信息下国美会怎么做、冲"
        "突需要什么条件；大客户管理部能改变什么；模型的局限。不要替国美或格力补充教材没有给出的动机。\n\n这是论述题，没有唯一答案：ex.check 只确认你写了足够的内容，并给出评分标准；可以用 "
        'ex.rubric("06.6") 查看标准，由同学或老师用 ex.score_rubric("06.6", scores) 评分。\n\n答案格式：一段文字，放在引号里（多行可以用三引号）。',
        "Write a case analysis (100-200 words in English, or 150-300 characters in Chinese): what the "
        "chapter's facts are; what the sequential game says, in the order things happened (Gome cut first, "
        "Gree answered): whether Gree's withdrawal was credible, what Gome would do under complete "
        "information, what the conflict requires; what a KAM department could change; the model's limits. Do "
        "not give Gome or Gree motives the chapter does not give.\n\nThis is a written question with no single "
        "answer: ex.check only makes sure you wrote enough and gives you the rubric; see it with "
        'ex.rubric("06.6"), and have a peer or your instructor score it with ex.score_rubric("06.6", '
        "scores).\n\nAnswer format: text in quotes (triple quotes for several lines).",
    ),
    "ex.06.6.hint1": (
        "先写事实：2004 年 2 月 21 日、未通知格力、平均降价 34%、短暂对峙、3 月格力全线退出、格力称国美不到 1%、海尔成立大客户管理部。",
        "Start with the facts: 21 February 2004, without telling Gree, a 34% average cut, a brief standoff, "
        "Gree's complete withdrawal in March, Gree's \"under 1%\", Haier's KAM department.",
    ),
    "ex.06.6.hint2": (
        "用倒推法：先看格力对降价的最优回应，再看国美；然后用信念门槛 p* 说明冲突需要误判。",
        "Use backward induction: Gree's best answer to a cut first, then Gome's move; then use the belief "
        "threshold p* to show the conflict needs a misjudgement.",
    ),
    "ex.06.6.rubric.facts": (
        "事实：准确使用教材的事实，不编造动机、日期或数字。",
        "Facts: uses the chapter's facts accurately, inventing no motives, dates or figures.",
    ),
    "ex.06.6.rubric.backward_induction": (
        "倒推：说明格力对降价的最优回应（撤出，可信），以及完全信息下国美会维持价格。",
        "Backward induction: states Gree's best answer to a cut (withdraw, credible) and that Gome keeps the "
        "price under complete information.",
    ),
    "ex.06.6.rubric.misjudgement": (
        "不确定性：用国美的信念和门槛 p* 说明，降价之后撤出的结局需要误判。",
        "Uncertainty: uses Gome's belief and the threshold p* to show a cut followed by withdrawal needs a "
        "misjudgement.",
    ),
    "ex.06.6.rubric.kam": (
        "大客户管理：说明大客户管理部补上的是信息与沟通，而不是向客户让步。",
        "KAM: explains that a KAM department adds information and communication, not concessions.",
    ),
    "ex.06.6.rubric.limits": (
        "局限：承认收益是示意性的假设，教材没有说国美当时怎么判断。",
        "Limits: acknowledges that the payoffs are illustrative and that the chapter does not say what Gome expected.",
    ),
    "ex.06.6.solution": (
        "参考答案（示例）：2004 年 2 月 21 日，四川国美在未通知格力的情况下把格力空调平均降价 34%；短暂对峙后，3 "
        "月格力全线退出，双输。按发生的顺序用倒推法：格力对降价的最优回应是撤出（在本课的示意性收益下，撤出损失 25，少于忍受降价的 42.5），所以撤出可信；国美如果知道这一点，会维持价格（0 好过 "
        "−28.5）。因此模型里，冲突只有在国美对格力回应的估计低于门槛 p*（约 34.5%）、而格力实际会撤出时才会发生：这是误判。大客户管理部的作用是信息和沟通：事先让对方知道格力会怎样回应，误判就少了"
        "；它不是让步，格力维护价格体系的原则不变。局限：收益是假设，不是两家公司的账；教材没有说国美当时怎么判断、为什么降价，模型只说明冲突需要什么条件。",
        "Model answer (an example): on 21 February 2004 Sichuan Gome, without telling Gree, cut Gree "
        "air-conditioner prices by 34% on average; after a brief standoff Gree withdrew entirely in March: "
        "lose-lose. By backward induction, in the order it happened: Gree's best answer to a cut is to "
        "withdraw (with the lesson's illustrative payoffs withdrawing costs 25, less than the 42.5 of "
        "swallowing the cut), so the withdrawal is credible; knowing this, Gome would keep the price (0 "
        "beats −28.5). In the model, then, the conflict happens only if Gome puts the chance of a withdrawal "
        "below the threshold p* (about 34.5%) while Gree would in fact withdraw: a misjudgement. What a KAM "
        "department adds is information and communication: letting the other side know in advance how Gree "
        "would answer removes the misjudgement; it is no concession, and Gree keeps defending its price "
        "system. Limits: the payoffs are assumptions, not the companies' books; the chapter does not say "
        "what Gome expected or why it cut, and the model only shows what the conflict requires.",
    ),
}


#: Sealed texts of 06.5 (zlib + base64); ``unseal`` -> edit -> ``seal`` to change one.
SEALED: dict[str, dict[str, str]] = {
    "ex.06.5.fb.a": {
        "zh": (
            "eNpNj29Og0AQxa/SI5h4QWpQC2mLhpjSLY20gZBS3I1CLJR/d6k7s8Mnr+A0MdEvk5eZl997Q0OgqwWo+su6wzA3xwiDpdlJUuV3"
            "O4dNZ/ol+vf0mKHj6/odoxbcjRG2bk6sdeebomHn774p0Y3/n9gJU4HFC8PpfMSPHYbOuJLjPuBEXVnwXMCwIHkAL9OtuIo4BbnH"
            "2YlSB/oVeEo3ySg8tD0TlbD1KLVhtuZQk+eTm9sJqZ5jSCmYn5l4sUL+548iD/iW0KcLsbjOpLtYW12/YqBoWOsqG6e+eXrgNj9c"
            "n78Q"
        ),
        "en": (
            "eNpNjz1uwzAMha/ykDkwCnTrBbxl6gVohY6IyKIhMgl0+1Buh2wE+b0fXtTR2Sf8ZkbKtDs3GHXDXkhq6fBMjrkx40WGJrfscMWV"
            "V65XiAfZJDGsm/MGWofDrBtjaXrnICbM8pR6g9Sh5Ce37nks9AhgSpkNhDt3UEr6qP4X61GqPUocE1Us/5YVcXpJKT8HsEozxyaW"
            "tCbeXbRCV4TKYvr6PuM0sE1bfDgQs0BsVPkItPNhtrBH/9P0BlsZZJg="
        ),
    },
    "ex.06.5.fb.b": {
        "zh": (
            "eNo9j1tSg0AQRbfijwtwh4NJQAWCDyyiEAQLK2gsSD4kEF57SeY2zFe24Iyp8q+7us/pvmO/4KWNvDqya3pMYOyH1ylSbZxovDLp"
            "lvH6A07O+/jUWEOcIQtpkcOPeLmH3w7dXOE3G4oa3PnCZXAz8b6Ukoury1Pj81an4HtYR7i3KNqRZcgTUnVgATqPykhoTyObyRrJ"
            "Jy/NA1vK6dn8d6iFPhtXU0pjChiS1ZFpcB6wfVZtv1bfZsXg/ox9KFxNsckW8xrZROLnr+SO0DzSO5UxjRGawrD+w5L9ppCqkEEk"
            "IvxCSZwvhecuehuOJ15sXu+wcaThF1P6194="
        ),
        "en": (
            "eNpNj8FqAzEMRH9FBEov24Ve2w8IvfTUH9CulbVBkRZLxuzfV3ES2puZGb/RfKvDQT7DTybwXAkdOhqslVJZmGChFZsRnPVKw2mS"
            "qML7C+gFzpXo1cCQySZYmgeCYM24e2SQTcM7LNTAnnpWyMrJnikR4n9K18rp9PFXNWLaxOsRLYx1I/MJLmgej7etai+yAe47F5R1"
            "MItMgJKA1W5euc95HBpiUFVn+JJBv2qKE3rxnCoOWFKK9Wo+/nzeACp8DCkAZGONgHVkvvePM5vPv1TEdnI="
        ),
    },
    "ex.06.5.fb.c": {
        "zh": (
            "eNpFkOtygjAQhV8dwdqgQGylVZG2Yr3NaAGtyiWgD2N2k/zyFRpqZ/ov2f3OnrMrL2P8+sRRguFWbKYiaAs2kHF5qwKcVtCdCHbA"
            "7pyzTH95PRDfDPcRhrbyx7fK4XUHlia+h7zswQMBVopND+YriGdIMsGo6HeAnKBcahiS4q/euFDZX+CBQXctLxMZOTxfaAvBOvLx"
            "0ABxpLWNqjjx3MdsBzsTtxGEKe4/lBGAS2VqaUCNXR1PxhGQZwjXaK+aaUUPbBfSHdBEWrWcbYA+CS+9Gi39lilB0gfq4GuhdNeq"
            "0VsAHWpffrGUb1wNE48ZpL7Gmo2SogEmtTh7mvlf8DekstY6Br4QfQf19g55jiMPR2c9BHITwlKFhly2wA2gIvej8dy9F3E4xTbl"
            "ha3HyqODqa9VP4WXIUU="
        ),
        "en": (
            "eNo9kD1uwzAMha/CrUuaA3TrlAJFtl6AoZ9twpYoiHSC3L60GxTQQPHnvY/8mdUpX8wgmbkF+puTWJV1c7X6QZcO0IOduk5zUBgN"
            "GFEH0nBqXQXkTw+UE922oIfGTEwLnu8sYlsNKlx5Qv9vk9Ucr2xBNth4+L/6058l9K6hyDCdBqAlUylbVeFIrNMx8Ocu6ZqD60Az"
            "30E3oJI3i8CQn9E6EjVrraFmaheMre+h1tyGU8aK7ap0s4R3HXZfEbQ40xfrcZLvz2tyNO5xIKcsXawgdVMyVwJ3wjhCcubKfUFe"
            "p2JH4D6xVq3TiaoFNUvbFe7k27pk+vwLNgmM2g=="
        ),
    },
    "ex.06.5.fb.d": {
        "zh": (
            "eNoVjm1OwkAYhK/CEUy84Gr5KHWbNlhNqShpoVgN3Y2aQCsgh6Hz7u4vruDbv5N5Zh57TrsmhG4v4h7rd6iC/L1RuYnHzqtMNuxO"
            "C5NU3KFUY52Zw5yClKar61FaITmk76UT2UXcuWJo6w1mEqMvxNKqHP7sesywqKjK8fbgJpIpKI+CgB5HdvLp5mF32FMUYxoiSsmP"
            "EUZ4GqM89ddnzyWiR9od/yKS9Nyi2dBridhnMUp25iVgcza06oPqksKiF2h/mKJ6xXpmux3c3A6s/uNFqzXkb9cIZv4Bd2GupA=="
        ),
        "en": (
            "eNodj0FuRDEIQ6/iA1Rflbrrbrqt2jvQhMlHSiBKSEf/9kNmB7L9ML/muNgP3PB9+0HmTsMbq0MmNEQ/eTDcUOSf0SyWLDPZUp/4"
            "W76lZK0tlUTOb3jQUDCNeoE0o1fS8BTeoE+IbmJwMldIpNfQCULEa8QHVaSAigY2glQGc0CGNXMxfSF3k7htfmJK5h3frZXHPKWj"
            "kOiBr3WJFnSmxHhIeJNp4jmDMvdzu8ZdxnS0/U9o/XXB7qhhi+n943gCOxJoNQ=="
        ),
    },
    "ex.06.5.solution": {
        "zh": (
            "eNpVk81a2lAQhvdeRTbd8ljF3k9/LiQRgQQSQiEqQlSCIFghgFbyC9yLPTPnZMUtdA7xsXaXZOab+d6ZCZ856Om7tPv9j3p6cPC5"
            "oPDkN9aGLAmwn7J1mz8n+OSha2TOFaVBb803DWyXRfVXdmVRmnJc/LRLTZZ2sVYjDdR6UF6x5IInduaocF6BlsnCNlgXEF/y7tlb"
            "6VAVLwHWDRbW8Xq0S3vgTnDiwU09q5pUELYW2Jd5D1KhdQvD5S7Vi0eFk11qwHDM4ga2hlCNP4aPZJDkaKgsGb3HYaKJkgb2nG09"
            "SXpUUNi6kodZdEt8LLmjTv8QO3N0Veoixf6KOy9ie5M5GpV+VV3YXGLYz7S2UMv0DMMHwnhVryXGXk5moJHwh1gsSnw6JVpoa9zY"
            "gy2WULKpMqGKVRnC03zAZA7sO2kxapJFkuDUQ3UMVhdSXdq4rgrPI8aP45eoewrCFv4D2CZeRFlpjXOHl8cQhtDU2dqFwJdotik2"
            "bcl/XFCkA3+AesB9jzcr6ERgd+QoO/O8JbpTET9K2XtmYlMm6CuI72mrGCxheSpdPt1mapfa556E74Hekvs0xsIzwbCIWQwewf7J"
            "GwsCyAZnYnafL+rNX3hPVwDlJTRNdFa8V6OQPEVTyxNon5mrSnu1DhWBXh9mTZY0lMPCcfFEocagL+jl8OQL8eFLAAtH+Bv+WId5"
            "hI1RvhY5xf+xs9Ik3wlhi+0V9gPQupQmh1QsKJlqZF6kfFUIV/mhcGdClDgboTWgLxA9E42Yz8GMaV850JvkmwLbNT8fsbiSH0N+"
            "TvnZ7H8DeW/U5i8PVmcv"
        ),
        "en": (
            "eNpVU81u2zAMvucpiALDEiARkjTZITl1HdABxbbLXoCWaFutLHqiPCNvP8pu0vUSOBL5kd+PHqKMlE5gzWKxM/CNaorOxwZyS9An"
            "bwnkIpk6GFEg+abNJ3jijj4LDNEHzJQwwP3hE9ghg0vYCDge4zuAANfwlKi0sJ4mcISBkgBGBz7rqZZL5kRyBj93duwogIwYAo/X"
            "fcoEy6IdBU5rEsHysDfHlV5jhNHnVjeY6pf742oNwlNjbhNhhsy3EvACNpHzVSCz2Bv4qtj/97dKF98UyMwz6UmEAhgwNSQZsO+D"
            "x6g1tkUf1xOlu7FlaDm4uVZvYlQy7ycjp+Duzm+QOpR1eLn4yWYH6NPGsrqQPUdVq0qTTmUdGXpKHaZXyre+R7a4eeSABn4rhLZs"
            "pOUM9GfwwVfJDx0sVbn1jd4KAuFf9aVSO8oyom11PWtYDeIjiU5Tg2XAcILAQpvyYxb3Bp7pAmgtDzFDhxEb6kg/C0uVZKLRoPJS"
            "YynUJ936lS6bjx3pGqrCzBH1amvXaZ4sFtIgvRJQ9UNRzk2+V1QXu31WZ/qeosCSMIWLWpKiGqZmW2aVZ0ZQ3rEpkr2w17HNzZyy"
            "n/Myb1Oj1dhBJHI6Rgd8wKg1fAJ14g625v5wLPnZmu3xi4Hv6Clpnp8ffuj+PaY8iVAQJlOdd/AySHEVs1kcDPzqC2bZaOKsOl+g"
            "J7RzAHSuhkhkKll2ZT/9P7XAbnUGnj8r8E0s72QOlj6F8rbUmusLuebyLXPmH4DOXY0="
        ),
    },
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_LESSON, **_EXERCISES}.items()}
