"""Labels of lesson 06 (case K3, Gome vs Gree): the timeline, plots and explorers."""

_TEXTS = {
    # timeline (chapter 4, case K3)
    "lesson06.event.cut": ("四川国美在未通知格力的情况下，擅自把格力空调降价，平均降幅 34%。",
                           "Sichuan Gome, without telling Gree, cuts the prices of Gree air conditioners by 34% on average."),
    "lesson06.event.standoff": ("双方都以强势姿态解决问题，经过短暂的对峙。",
                                "Both sides take a hard line; a brief standoff follows."),
    "lesson06.event.withdraw": ("格力全线退出国美电器，合作宣告结束：一个双输的结局。",
                                "Gree withdraws from Gome entirely and the partnership ends: lose-lose."),
    "lesson06.event.one_percent": ("格力宣称国美在其销售额中的贡献不到 1%，终止合作丝毫不影响整体运营。",
                                   "Gree says Gome makes up less than 1% of its sales and that ending the "
                                   "partnership does not affect its business at all."),
    "lesson06.event.haier": ("海尔针对异军突起的国美迅速调整组织架构，成立直接对接国美的大客户管理部，效果非常明显。",
                             "Haier quickly reorganises and sets up a key-account department dealing directly "
                             "with the fast-rising Gome, with clear effect."),
    # actions and players
    "lesson06.player.gome": ("国美", "Gome"),
    "lesson06.player.gree": ("格力", "Gree"),
    "lesson06.action.keep": ("维持价格", "Keep price"),
    "lesson06.action.cut": ("擅自降价", "Cut price"),
    "lesson06.action.supply": ("继续供货", "Keep supplying"),
    "lesson06.action.withdraw": ("撤出", "Withdraw"),
    "lesson06.strategy.always_cooperate": ("始终合作", "Always cooperate"),
    "lesson06.strategy.always_defect": ("始终强硬", "Always defect"),
    "lesson06.strategy.grim_trigger": ("冷酷触发", "Grim trigger"),
    "lesson06.strategy.tit_for_tat": ("以牙还牙", "Tit for tat"),
    "lesson06.strategy.generous_tit_for_tat": ("宽容的以牙还牙", "Generous tit for tat"),
    # payoff table
    "lesson06.table_title": ("一次性博弈：（国美，格力）的年利润变化（百万元）",
                             "One-shot game: yearly profit change (Gome, Gree), million yuan"),
    "lesson06.equilibrium": ("纳什均衡", "Nash equilibrium"),
    "lesson06.mixed_note": ("混合均衡：国美以 {p:.0%} 的概率降价，格力以 {q:.0%} 的概率撤出",
                            "Mixed equilibrium: Gome cuts with probability {p:.0%}, Gree withdraws with {q:.0%}"),
    # repeated play
    "lesson06.play_title": ("重复博弈：{gome} 对 {gree}", "Repeated game: {gome} vs {gree}"),
    "lesson06.round_axis": ("回合（季度）", "Round (season)"),
    "lesson06.cum_axis": ("累计折现利润变化（百万元）", "Cumulative discounted profit change (million yuan)"),
    "lesson06.slip": ("分公司擅自降价", "Branch cuts on its own"),
    "lesson06.withdrawn": ("格力撤出", "Gree withdraws"),
    # dependence and power
    "lesson06.dependence_title": ("格力的威胁什么时候可信？", "When is Gree's threat credible?"),
    "lesson06.dependence_axis": ("国美占格力销售额的比例（%）", "Gome's share of Gree's sales (%)"),
    "lesson06.loss_axis": ("格力的年损失（百万元）", "Gree's yearly loss (million yuan)"),
    "lesson06.loss_withdraw": ("撤出的损失", "Loss from withdrawing"),
    "lesson06.loss_stay": ("忍受降价的损失（价格体系被打乱）", "Loss from swallowing the cut (price system broken)"),
    "lesson06.credible_zone": ("威胁可信", "Threat credible"),
    "lesson06.now_marker": ("格力自称：1%", "Gree's own figure: 1%"),
    # controls
    "lesson06.ctrl.gree_dependence": ("国美占格力销售额", "Gome's share of Gree's sales"),
    "lesson06.ctrl.price_cut": ("降价幅度", "Price cut"),
    "lesson06.ctrl.gome_cut_gain": ("国美降价收益（百万元）", "Gome's gain from the cut (million yuan)"),
    "lesson06.ctrl.gome_spillover": ("格力带来的连带客流", "Spillover shoppers brought by Gree"),
    "lesson06.ctrl.channel_premium": ("国美渠道的未来价值", "Future value of the Gome channel"),
    "lesson06.ctrl.copycat_risk": ("更多“格力”跟进的风险", "Risk that more \"Grees\" follow"),
    "lesson06.no_threshold": ("无从谈起（撤出的惩罚不可信）", "none (the punishment is not credible)"),
    "lesson06.never": ("不存在（撤出对国美毫无损失）", "none (withdrawing costs Gome nothing)"),
    "lesson06.ctrl.kam": ("大客户管理部", "KAM department"),
    "lesson06.ctrl.gome": ("国美的策略", "Gome's strategy"),
    "lesson06.ctrl.gree": ("格力的策略", "Gree's strategy"),
    "lesson06.ctrl.slip_rate": ("分公司擅自降价的概率", "Chance a branch cuts on its own"),
    "lesson06.ctrl.seed": ("随机种子", "Random seed"),
    "lesson06.kam.off": ("没有", "None"),
    "lesson06.kam.on": ("设立（像海尔一样）", "Set up (as Haier did)"),
    # captions
    "lesson06.caption_pure": (
        "纳什均衡：国美<b>{gome}</b>，格力<b>{gree}</b>，结果（{m}，{g}），照常合作是（{bm}，{bg}）。{verdict}",
        "Nash equilibrium: Gome <b>{gome}</b>, Gree <b>{gree}</b>, outcome ({m}, {g}); business as usual "
        "is ({bm}, {bg}). {verdict}"),
    "lesson06.caption_mixed": (
        "没有纯策略均衡，只有混合均衡：国美以 {p:.0%} 的概率降价，格力以 {q:.0%} 的概率撤出，期望结果（{m}，{g}）。{verdict}",
        "No pure equilibrium, only a mixed one: Gome cuts with probability {p:.0%}, Gree withdraws with "
        "probability {q:.0%}; expected outcome ({m}, {g}). {verdict}"),
    "lesson06.verdict.lose_lose": ("双方都比照常合作差：<b>双输</b>。", "Both are worse off than business as usual: <b>lose-lose</b>."),
    "lesson06.verdict.not_lose_lose": ("不是双输。", "Not lose-lose."),
    "lesson06.threat": (
        "格力撤出损失 {lg}，忍受降价损失 {d}：{credible}国美占格力销售额低于 {limit:.1%} 时威胁可信。"
        "合作能维持所需的折现因子：{delta}。",
        "Gree loses {lg} by withdrawing and {d} by swallowing the cut: {credible}The threat is credible while "
        "Gome is below {limit:.1%} of Gree's sales. Discount factor needed for cooperation: {delta}."),
    "lesson06.threat.yes": ("撤出的威胁可信。", "the threat to withdraw is credible. "),
    "lesson06.threat.no": ("撤出的威胁不可信。", "the threat to withdraw is not credible. "),
    "lesson06.play_caption": (
        "{rounds} 个回合里国美降价 {cuts} 次（其中分公司擅自降价 {slips} 次），格力撤出 {withdrawals} 个回合。"
        "累计折现利润变化：国美 {m}，格力 {g}（百万元）。",
        "Over {rounds} rounds Gome cut {cuts} times ({slips} of them a branch acting on its own) and Gree "
        "stayed out for {withdrawals} rounds. Cumulative discounted profit change: Gome {m}, Gree {g} "
        "(million yuan)."),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
