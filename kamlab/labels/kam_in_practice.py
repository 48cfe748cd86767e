"""Labels of lesson 07 (KAM in practice): the maturity diagnostic and competency model, the
organisation and account plan, and the lesson's exercises (:mod:`kamlab.exercises.kam_in_practice`).
The capstone's labels are in :mod:`kamlab.labels.capstone`.
"""

from .chapter import quote

# ---------------------------------------------------------------- maturity and competency
_MATURITY = {
    # ---- areas -------------------------------------------------------------------------------------
    "kam_in_practice.maturity.area.strategy": ("战略契合", "Strategic fit"),
    "kam_in_practice.maturity.area.organisation": ("组织与流程", "Organisation & processes"),
    "kam_in_practice.maturity.area.manager": ("大客户经理", "Key-account managers"),
    "kam_in_practice.maturity.area.information": ("信息化与系统管理", "Information & systems"),
    "kam_in_practice.maturity.area.readiness": ("实施准备", "Readiness"),
    # ---- statements (rated 1 = does not apply at all .. 5 = fully applies) --------------------------
    "kam_in_practice.maturity.q.P1.1": (
        "企业家和管理团队具有大客户管理的战略意识，并已传递给全体员工。",
        "Our leaders think of KAM strategically and have passed this awareness on to all staff.",
    ),
    "kam_in_practice.maturity.q.P1.2": (
        "我们有大客户管理的愿景和战略目标，并已形成可操作的策略和行动计划。",
        "We have a KAM vision and strategic goals, turned into workable strategies and action plans.",
    ),
    "kam_in_practice.maturity.q.P1.3": (
        "大客户计划与企业整体的市场计划和业务计划相衔接。",
        "Our key-account plans are linked to the company's marketing and business plans.",
    ),
    "kam_in_practice.maturity.q.P1.4": (
        "我们把大客户管理作为长期经营行为，而不是一阵子的促销活动。",
        "We run KAM as a long-term practice, not as a campaign.",
    ),
    "kam_in_practice.maturity.q.P2.1": (
        "我们的组织以客户为中心，由客户需求决定内部结构（“倒金字塔”式组织）。",
        'Our organisation is customer-driven: customer needs shape its structure (an "inverted pyramid").',
    ),
    "kam_in_practice.maturity.q.P2.2": ("我们设有专业化的大客户管理部门。", "We have a specialised KAM department."),
    "kam_in_practice.maturity.q.P2.3": (
        "我们基于客户管理流程，建立了跨团队、跨职能的大客户支持小组。",
        "Cross-team, cross-functional key-account support teams work along our customer-management processes.",
    ),
    "kam_in_practice.maturity.q.P2.4": (
        "我们为服务大客户重新整合了流程：研发、制造、营销统一在一条价值链上，大客户需求被转化为内部业务责任。",
        "Our processes have been re-integrated to serve key accounts: R&D, manufacturing and marketing form "
        "one value chain that turns key-account needs into internal duties.",
    ),
    "kam_in_practice.maturity.q.P3.1": (
        "大客户经理的地位与产品经理、品牌经理相当，甚至更高。",
        "Key-account managers rank with, or above, product and brand managers.",
    ),
    "kam_in_practice.maturity.q.P3.2": (
        "大客户经理的角色有明确定义：工程师＋销售员＋领导者。",
        "The key-account manager's role is clearly defined: engineer + salesperson + leader.",
    ),
    "kam_in_practice.maturity.q.P3.3": (
        "企业有计划地培养大客户经理。",
        "The firm develops its key-account managers systematically.",
    ),
    "kam_in_practice.maturity.q.P4.1": (
        "我们的大客户管理有信息系统支持，尤其是CRM系统。",
        "Our KAM is supported by an information system, above all a CRM system.",
    ),
    "kam_in_practice.maturity.q.P4.2": (
        "大客户的信息（利润、联系人、往来历史）在各职能部门之间共享。",
        "Account information (profit, contacts, history) is shared across functions.",
    ),
    "kam_in_practice.maturity.q.P4.3": (
        "我们系统地制定并定期检讨每个大客户的客户计划。",
        "We plan and review each key account systematically.",
    ),
    "kam_in_practice.maturity.q.P5.1": (
        "我们用一致认可的方法识别大客户（C1 主观感知或 C2 客观判断）。",
        "Key accounts are identified by an agreed method (C1 subjective perception or C2 objective judgement).",
    ),
    "kam_in_practice.maturity.q.P5.2": (
        "我们清楚每个大客户的盈利情况（包括服务成本）。",
        "We know the profitability of each key account (including the cost to serve).",
    ),
    "kam_in_practice.maturity.q.P5.3": (
        "我们为大客户管理投入了明确的资源和预算。",
        "Resources and a budget are committed to KAM.",
    ),
    # ---- short labels for sliders ------------------------------------------------------------------
    "kam_in_practice.maturity.short.P1.1": ("P1.1 战略意识", "P1.1 Strategic awareness"),
    "kam_in_practice.maturity.short.P1.2": ("P1.2 愿景与行动计划", "P1.2 Vision & action plans"),
    "kam_in_practice.maturity.short.P1.3": ("P1.3 与业务计划衔接", "P1.3 Linked to business plans"),
    "kam_in_practice.maturity.short.P1.4": ("P1.4 长期经营行为", "P1.4 Long-term practice"),
    "kam_in_practice.maturity.short.P2.1": ("P2.1 倒金字塔组织", "P2.1 Inverted pyramid"),
    "kam_in_practice.maturity.short.P2.2": ("P2.2 大客户管理部门", "P2.2 KAM department"),
    "kam_in_practice.maturity.short.P2.3": ("P2.3 跨职能支持小组", "P2.3 Cross-functional teams"),
    "kam_in_practice.maturity.short.P2.4": ("P2.4 流程整合与价值链", "P2.4 Processes & value chain"),
    "kam_in_practice.maturity.short.P3.1": ("P3.1 大客户经理地位", "P3.1 KAM rank"),
    "kam_in_practice.maturity.short.P3.2": ("P3.2 角色定义", "P3.2 Role defined"),
    "kam_in_practice.maturity.short.P3.3": ("P3.3 人才培养", "P3.3 KAM development"),
    "kam_in_practice.maturity.short.P4.1": ("P4.1 CRM系统", "P4.1 CRM system"),
    "kam_in_practice.maturity.short.P4.2": ("P4.2 信息共享", "P4.2 Shared information"),
    "kam_in_practice.maturity.short.P4.3": ("P4.3 客户计划与检讨", "P4.3 Planning & review"),
    "kam_in_practice.maturity.short.P5.1": ("P5.1 大客户识别方法", "P5.1 Identification method"),
    "kam_in_practice.maturity.short.P5.2": ("P5.2 客户盈利清楚", "P5.2 Profitability known"),
    "kam_in_practice.maturity.short.P5.3": ("P5.3 资源与预算", "P5.3 Resources & budget"),
    # ---- remedies ----------------------------------------------------------------------------------
    "kam_in_practice.maturity.remedy.P1.1": (
        "企业家与管理团队树立大客户管理的战略意识，并传递到全体员工。",
        "Leaders build a strategic awareness of KAM and pass it on to all staff.",
    ),
    "kam_in_practice.maturity.remedy.P1.2": (
        "制定大客户管理的愿景与战略目标，形成可操作的策略与行动计划。",
        "Set a KAM vision and strategic goals and turn them into workable strategies and action plans.",
    ),
    "kam_in_practice.maturity.remedy.P1.3": (
        "让大客户计划与整个企业的市场计划和业务计划相衔接。",
        "Link key-account plans to the company's marketing and business plans.",
    ),
    "kam_in_practice.maturity.remedy.P1.4": (
        "把大客户管理作为长期经营行为，而不是短期战术。",
        "Make KAM a long-term practice, not a short-term tactic.",
    ),
    "kam_in_practice.maturity.remedy.P2.1": (
        "建立以客户需求为导向的“倒金字塔”式客户驱动型组织。",
        'Build a customer-driven "inverted pyramid" organisation shaped by customer needs.',
    ),
    "kam_in_practice.maturity.remedy.P2.2": (
        "建立专业化的大客户职能管理部门。",
        "Set up a specialised KAM department.",
    ),
    "kam_in_practice.maturity.remedy.P2.3": (
        "建立基于客户管理流程的跨团队、跨职能大客户支持小组。",
        "Build cross-team, cross-functional key-account support teams on customer-management processes.",
    ),
    "kam_in_practice.maturity.remedy.P2.4": (
        "为服务大客户重新整合流程，让研发、制造、营销统一于一条价值链，把大客户需求转化为内部业务责任。",
        "Re-integrate processes to serve key accounts: one value chain of R&D, manufacturing and "
        "marketing that turns key-account needs into internal duties.",
    ),
    "kam_in_practice.maturity.remedy.P3.1": (
        "提高大客户经理的地位，使其与产品经理、品牌经理相当或更高。",
        "Raise the key-account manager's rank to that of product and brand managers, or above.",
    ),
    "kam_in_practice.maturity.remedy.P3.2": (
        "把大客户经理定义为“工程师＋销售员＋领导者”，并据此选人。",
        'Define the role as "engineer + salesperson + leader" and select people for it.',
    ),
    "kam_in_practice.maturity.remedy.P3.3": (
        "注重大客户经理的培养，制定能力发展计划。",
        "Develop key-account managers with a competency development plan.",
    ),
    "kam_in_practice.maturity.remedy.P4.1": (
        "建立支持大客户管理的信息系统，尤其是CRM系统。",
        "Build an information system for KAM, above all a CRM system.",
    ),
    "kam_in_practice.maturity.remedy.P4.2": (
        "在各职能部门之间共享大客户的利润、联系人和往来历史（我们的补充）。",
        "Share account profit, contacts and history across functions (our addition).",
    ),
    "kam_in_practice.maturity.remedy.P4.3": (
        "为每个大客户系统地制定客户计划并定期检讨（我们的补充）。",
        "Plan and review each key account systematically (our addition).",
    ),
    "kam_in_practice.maturity.remedy.P5.1": (
        "约定识别大客户的方法：C1 主观感知或 C2 客观判断（我们的补充）。",
        "Agree on how key accounts are identified: C1 subjective or C2 objective (our addition).",
    ),
    "kam_in_practice.maturity.remedy.P5.2": (
        "核算每个大客户的盈利和服务成本（我们的补充）。",
        "Work out each key account's profitability and cost to serve (our addition).",
    ),
    "kam_in_practice.maturity.remedy.P5.3": (
        "为大客户管理投入明确的资源和预算（我们的补充）。",
        "Commit resources and a budget to KAM (our addition).",
    ),
    # ---- rules -------------------------------------------------------------------------------------
    "kam_in_practice.maturity.rule.R1": (
        "R1：回答为1或2的条目需要对应的改进措施；若所在领域得分最低，回答为3的条目也需要。",
        "R1: an item answered 1 or 2 needs its remedy; an item answered 3 does too when its area is the weakest.",
    ),
    "kam_in_practice.maturity.rule.R2": (
        "R2：按差距（5减回答）从大到小排序；差距相同时，所在领域得分低者优先，再按章节顺序。",
        "R2: order by gap (5 minus the answer), largest first; ties by area score (weaker first), then chapter order.",
    ),
    "kam_in_practice.maturity.rule.R3": (
        "R3：战略基础优先。战略契合（P1）低于50分时，其改进措施排在所有其他措施之前（本章：大客户管理必须与供应商战略相契合）。",
        "R3: foundation first. When strategic fit (P1) scores below 50, its remedies go before all others "
        "(the chapter: KAM must fit the supplier's strategy).",
    ),
    "kam_in_practice.maturity.rule.R4": (
        "R4：组织先于系统。组织与流程（P2）低于50分时，信息系统（P4）的措施排在P2的措施之后（我们的推理：建在旧组织上的CRM只会记录旧的做法）。",
        "R4: organisation before systems. When organisation (P2) scores below 50, information-system (P4) "
        "remedies come after P2's (our reasoning: a CRM bolted onto the old organisation only records the "
        "old way of working).",
    ),
    # ---- stages and profiles -----------------------------------------------------------------------
    "kam_in_practice.maturity.stage.tactical": ("战术层面", "tactical"),
    "kam_in_practice.maturity.stage.emerging": ("起步阶段", "emerging"),
    "kam_in_practice.maturity.stage.developing": ("发展阶段", "developing"),
    "kam_in_practice.maturity.stage.strategic": ("战略层面", "strategic"),
    "kam_in_practice.maturity.profile.chapter_typical": (
        "按本章所列问题设想的典型企业",
        "Typical firm (after the chapter)",
    ),
    "kam_in_practice.maturity.profile.sales_led": ("销售主导型企业", "Sales-led firm"),
    "kam_in_practice.maturity.profile.benchmark": ("标杆企业", "Benchmark firm"),
    "kam_in_practice.maturity.yours": ("本企业", "Your firm"),
    # ---- plot and explorer -------------------------------------------------------------------------
    "kam_in_practice.maturity.radar_title": (
        "大客户管理成熟度：总分 {overall:.0f}/100（{stage}）",
        "KAM maturity: overall {overall:.0f}/100 ({stage})",
    ),
    "kam_in_practice.maturity.scale_note": (
        "得分0–100：（平均回答−1）÷4×100",
        "Score 0-100: (mean answer - 1) / 4 x 100",
    ),
    "kam_in_practice.maturity.caption": (
        "总分 <b>{overall:.0f}/100</b>，处于<b>{stage}</b>；最薄弱的两个领域：<b>{weak1}</b>（{score1:.0f}分）、"
        "<b>{weak2}</b>（{score2:.0f}分）。",
        "Overall <b>{overall:.0f}/100</b>, stage <b>{stage}</b>; weakest two areas: <b>{weak1}</b> ({score1:.0f}) "
        "and <b>{weak2}</b> ({score2:.0f}).",
    ),
    "kam_in_practice.maturity.caption_top": ("优先改进：", "Remedies first:"),
    "kam_in_practice.maturity.caption_none": ("没有需要优先改进的条目。", "No item calls for a remedy."),
    "kam_in_practice.maturity.caption_item": (
        "{priority}. [{question}，回答 {answer}] {remedy}",
        "{priority}. [{question}, answered {answer}] {remedy}",
    ),
    # ---- competency --------------------------------------------------------------------------------
    "kam_in_practice.competency.dimension.technical": ("工程师（技术）", "Engineer (technical)"),
    "kam_in_practice.competency.dimension.commercial": ("销售员（商务）", "Salesperson (commercial)"),
    "kam_in_practice.competency.dimension.leadership": ("领导者（领导力）", "Leader (leadership)"),
    "kam_in_practice.competency.skill.product_knowledge": ("产品与应用知识", "Product & application knowledge"),
    "kam_in_practice.competency.skill.technical_solving": (
        "解决客户的技术问题",
        "Solving the customer's technical problems",
    ),
    "kam_in_practice.competency.skill.market_analysis": ("行业与市场分析", "Industry & market analysis"),
    "kam_in_practice.competency.skill.negotiation": ("谈判与定价", "Negotiation & pricing"),
    "kam_in_practice.competency.skill.financial_acumen": (
        "客户盈利与财务意识",
        "Account profitability & financial acumen",
    ),
    "kam_in_practice.competency.skill.relationships": (
        "覆盖采购中心的关系建立",
        "Relationships across the buying centre",
    ),
    "kam_in_practice.competency.skill.team_leadership": (
        "领导跨职能客户团队",
        "Leading the cross-functional account team",
    ),
    "kam_in_practice.competency.skill.internal_influence": ("在企业内部的影响力", "Influence inside the firm"),
    "kam_in_practice.competency.skill.account_strategy": ("客户战略与计划", "Account strategy & planning"),
    "kam_in_practice.competency.role.sales_rep": ("传统销售员", "Sales representative"),
    "kam_in_practice.competency.role.key_account_manager": ("大客户经理", "Key-account manager"),
    "kam_in_practice.competency.role.product_manager": ("产品经理", "Product manager"),
    "kam_in_practice.competency.candidate.star_salesperson": ("明星销售员", "Star salesperson"),
    "kam_in_practice.competency.candidate.engineer": ("工程师", "Engineer"),
    "kam_in_practice.competency.candidate.all_rounder": ("全面型人才", "All-rounder"),
    "kam_in_practice.competency.candidate.custom": ("候选人", "Candidate"),
    "kam_in_practice.competency.level_axis": ("能力水平（1–5）", "Level (1-5)"),
    "kam_in_practice.competency.level": ("候选人水平", "Candidate's level"),
    "kam_in_practice.competency.required": ("岗位要求", "Required"),
    "kam_in_practice.competency.short": ("低于要求", "Below requirement"),
    "kam_in_practice.competency.title": ("{candidate} 对比 {role}：匹配度 {fit}", "{candidate} vs {role}: fit {fit}"),
    "kam_in_practice.competency.ctrl.role": ("岗位", "Role"),
    "kam_in_practice.competency.caption": (
        "匹配度 <b>{fit}</b>（缺口合计 {shortfall} 级，要求合计 {required} 级）；最薄弱的维度：<b>{weakest}</b>。",
        "Fit <b>{fit}</b> (total shortfall {shortfall} levels of {required} required); weakest dimension: "
        "<b>{weakest}</b>.",
    ),
    "kam_in_practice.competency.caption_none": ("无", "none"),
    "kam_in_practice.competency.caption_dev": ("优先发展：{items}", "Develop first: {items}"),
    "kam_in_practice.competency.caption_dev_item": ("{skill}（差 {gap} 级）", "{skill} ({gap} short)"),
    "kam_in_practice.competency.caption_ready": ("每项能力都达到要求。", "Every requirement is met."),
}

# ---------------------------------------------------------------- organisation and account plan
_ORG = {
    # functions
    "kam_in_practice.org.function.sales": ("销售（大客户经理）", "Sales (key-account manager)"),
    "kam_in_practice.org.function.rnd": ("研发", "R&D"),
    "kam_in_practice.org.function.manufacturing": ("制造", "Manufacturing"),
    "kam_in_practice.org.function.marketing": ("市场营销", "Marketing"),
    "kam_in_practice.org.function.service": ("客户服务", "Service"),
    "kam_in_practice.org.function.logistics": ("物流", "Logistics"),
    "kam_in_practice.org.function.finance": ("财务", "Finance"),
    # needs
    "kam_in_practice.org.need.market_outlook": ("行业与市场前景分析", "Industry and market outlook analysis"),
    "kam_in_practice.org.need.selling_points": ("产品卖点", "Product selling points"),
    "kam_in_practice.org.need.best_sellers": ("提供畅销的产品", "Supplying best-selling products"),
    "kam_in_practice.org.need.timely_delivery": ("及时运送", "Timely delivery"),
    "kam_in_practice.org.need.in_store_promotion": ("参与卖场内促销活动", "Joining in-store promotions"),
    "kam_in_practice.org.need.technical_solutions": ("技术解决方案", "Technical solutions"),
    "kam_in_practice.org.need.after_sales_service": ("售后服务", "After-sales service"),
    "kam_in_practice.org.need.prices_terms": ("价格与交易条件", "Prices and terms"),
    "kam_in_practice.org.need.invoicing_credit": ("开票与信用账期", "Invoicing and credit terms"),
    # structures
    "kam_in_practice.org.structure.hierarchy": ("传统金字塔（层级制）", "Conventional pyramid (hierarchy)"),
    "kam_in_practice.org.structure.inverted": ("倒金字塔（客户驱动）", "Inverted pyramid (customer-driven)"),
    # pyramid plot
    "kam_in_practice.org.layer.top_management": ("高层管理", "Top management"),
    "kam_in_practice.org.layer.middle_management": ("中层管理\n（各职能部门）", "Middle management\n(functions)"),
    "kam_in_practice.org.layer.front_line": ("一线销售", "Front-line sales"),
    "kam_in_practice.org.layer.customers": ("客户", "Customers"),
    "kam_in_practice.org.layer.account_team": ("一线大客户团队", "Front-line key-account team"),
    "kam_in_practice.org.layer.support": (
        "支持职能\n研发、制造、营销、服务",
        "Support functions\nR&D, manufacturing, marketing, service",
    ),
    "kam_in_practice.org.layer.management_serving": ("管理层\n（提供支持）", "Management\n(serving)"),
    "kam_in_practice.org.outside": ("客户在组织之外", "Customers stay outside"),
    "kam_in_practice.org.commands": ("命令向下", "Orders flow down"),
    "kam_in_practice.org.serves": ("服务向上", "Support flows up"),
    "kam_in_practice.org.structures_title": ("传统金字塔与倒金字塔", "The conventional and the inverted pyramid"),
    # account team plot
    "kam_in_practice.org.account": ("大客户", "Key account"),
    "kam_in_practice.org.kam": ("大客户经理", "Key-account manager"),
    "kam_in_practice.org.salesperson": ("销售员", "Salesperson"),
    "kam_in_practice.org.sales_manager": ("销售经理与职能负责人", "Sales manager and function heads"),
    "kam_in_practice.org.direct": ("直接面对客户（1 次传递）", "Faces the account (1 handoff)"),
    "kam_in_practice.org.via_kam": ("经大客户经理（2 次传递）", "Through the key-account manager (2 handoffs)"),
    "kam_in_practice.org.via_hierarchy": ("层层上报（4 次传递）", "Up and across the hierarchy (4 handoffs)"),
    "kam_in_practice.org.team_title": ("{structure}：客户团队", "{structure}: the account team"),
    "kam_in_practice.org.team_note": (
        "需求覆盖率 {coverage}；平均传递 {handoffs} 次；平均响应 {days} 天；成本 {cost} 元／年",
        "Coverage {coverage}; mean handoffs {handoffs}; mean response {days} days; cost {cost} yuan/year",
    ),
    # explorer
    "kam_in_practice.org.ctrl.structure": ("组织结构", "Structure"),
    "kam_in_practice.org.caption": (
        "{structure}，面对客户的职能 {n} 个：需求覆盖率 <b>{coverage}</b>，每个请求平均传递 <b>{handoffs}</b> 次，"
        "平均响应 <b>{days} 天</b>，信息完整到达的概率 {intact}；团队成本 <b>{cost} 元／年</b>。",
        "{structure}, {n} functions facing the account: coverage <b>{coverage}</b>, <b>{handoffs}</b> handoffs per "
        "request, <b>{days} days</b> to respond, information arrives intact with probability {intact}; "
        "team cost <b>{cost} yuan/year</b>.",
    ),
}

_PLAN = {
    "kam_in_practice.plan.md_title": (
        "大客户计划：{name}（{account_id}），{year} 年起",
        "Account plan: {name} ({account_id}), from {year}",
    ),
    "kam_in_practice.plan.md_value": ("客户价值", "Value"),
    "kam_in_practice.plan.md_goals": ("目标", "Goals"),
    "kam_in_practice.plan.md_contacts": ("关系图谱（联系人）", "Contacts map"),
    "kam_in_practice.plan.md_risks": ("风险", "Risks"),
    "kam_in_practice.plan.md_actions": ("行动计划", "Actions"),
    "kam_in_practice.plan.md_none": ("（无）", "(none)"),
    "kam_in_practice.plan.col.item": ("项目", "Item"),
    "kam_in_practice.plan.col.value": ("数值", "Value"),
    "kam_in_practice.plan.col.metric": ("指标", "Metric"),
    "kam_in_practice.plan.col.current": ("现状", "Current"),
    "kam_in_practice.plan.col.target": ("目标", "Target"),
    "kam_in_practice.plan.col.due": ("期限", "Due"),
    "kam_in_practice.plan.col.customer_person": ("客户方联系人", "Customer person"),
    "kam_in_practice.plan.col.customer_role": ("客户方职务", "Customer role"),
    "kam_in_practice.plan.col.strength": ("关系强度（1～5）", "Strength (1-5)"),
    "kam_in_practice.plan.col.staff": ("我方人员", "Our staff"),
    "kam_in_practice.plan.col.staff_role": ("我方岗位", "Our role"),
    "kam_in_practice.plan.col.risk": ("风险", "Risk"),
    "kam_in_practice.plan.col.level": ("等级", "Level"),
    "kam_in_practice.plan.col.detail": ("说明", "Detail"),
    "kam_in_practice.plan.col.action": ("行动", "Action"),
    "kam_in_practice.plan.col.owner": ("负责人", "Owner"),
    "kam_in_practice.plan.col.status": ("状态", "Status"),
    "kam_in_practice.plan.value.revenue": ("销售额（元／年）", "Revenue (yuan/year)"),
    "kam_in_practice.plan.value.gross_profit": ("毛利（元／年）", "Gross profit (yuan/year)"),
    "kam_in_practice.plan.value.discounts_rebates": ("折扣与返利（元／年）", "Discounts and rebates (yuan/year)"),
    "kam_in_practice.plan.value.cost_to_serve": ("服务成本（元／年）", "Cost to serve (yuan/year)"),
    "kam_in_practice.plan.value.customer_profit": ("客户利润（元／年）", "Customer profit (yuan/year)"),
    "kam_in_practice.plan.value.profit_margin": ("客户利润率", "Customer profit margin"),
    "kam_in_practice.plan.value.share_of_wallet": ("钱包份额", "Share of wallet"),
    "kam_in_practice.plan.value.category_spend": ("该品类采购总额（元／年）", "Category spend (yuan/year)"),
    "kam_in_practice.plan.value.clv": ("客户终身价值（元）", "Customer lifetime value (yuan)"),
    "kam_in_practice.plan.value.quadrant": ("组合矩阵象限", "Portfolio quadrant"),
    "kam_in_practice.plan.value.stance": ("对策", "Stance"),
    "kam_in_practice.plan.value.revenue_rank": ("销售额排名", "Revenue rank"),
    "kam_in_practice.plan.value.share_of_total_revenue": ("占公司总销售额", "Share of total revenue"),
    "kam_in_practice.plan.value.n_accounts": ("客户总数", "Accounts in total"),
    "kam_in_practice.plan.goal.share_of_wallet": ("钱包份额", "Share of wallet"),
    "kam_in_practice.plan.goal.revenue": ("销售额（元／年）", "Revenue (yuan/year)"),
    "kam_in_practice.plan.goal.customer_profit": ("客户利润（元／年）", "Customer profit (yuan/year)"),
    "kam_in_practice.plan.goal.strong_ties": (
        "强关系（强度≥4）的我方人数",
        "Our staff with a strong tie (strength >= 4)",
    ),
    "kam_in_practice.plan.risk.dependence": ("客户依赖", "Dependence"),
    "kam_in_practice.plan.risk.single_threaded": ("单线联系", "Single-threaded relationship"),
    "kam_in_practice.plan.risk.weak_ties": ("关系薄弱", "Weak ties"),
    "kam_in_practice.plan.risk.unprofitable": ("不盈利", "Unprofitable"),
    "kam_in_practice.plan.risk.service_trouble": ("服务问题", "Service trouble"),
    "kam_in_practice.plan.risk.low_share_of_wallet": ("钱包份额低（机会）", "Low share of wallet (opportunity)"),
    "kam_in_practice.plan.level.high": ("高", "High"),
    "kam_in_practice.plan.level.medium": ("中", "Medium"),
    "kam_in_practice.plan.level.low": ("低", "Low"),
    "kam_in_practice.plan.status.planned": ("计划中", "Planned"),
    "kam_in_practice.plan.status.in_progress": ("进行中", "In progress"),
    "kam_in_practice.plan.status.done": ("已完成", "Done"),
    "kam_in_practice.plan.detail.dependence": (
        "占公司销售额的 {share}，达到 10% 的披露线（案例一中B客户占 13%）",
        "{share} of our sales, at or above the 10% disclosure line (case K1: B was 13%)",
    ),
    "kam_in_practice.plan.detail.single_threaded": (
        "{n} 个联系人全部经由 {who} 维系（案例一，教材称之为" + quote("k1_name", "zh") + "）",
        "All {n} contacts go through {who} (case K1, the runaway horse)",
    ),
    "kam_in_practice.plan.detail.weak_ties": (
        "平均关系强度 {mean}，低于 {cut}",
        "Mean tie strength {mean}, below {cut}",
    ),
    "kam_in_practice.plan.detail.unprofitable": ("客户利润 {profit} 元／年", "Customer profit {profit} yuan/year"),
    "kam_in_practice.plan.detail.service_trouble": (
        "服务工单 {n} 张，其中升级 {escalated} 张，平均 {days} 天解决",
        "{n} tickets, {escalated} escalated, {days} days to resolve on average",
    ),
    "kam_in_practice.plan.detail.low_share_of_wallet": (
        "钱包份额仅 {share}，该品类采购总额 {spend} 元／年",
        "Share of wallet only {share} of a category spend of {spend} yuan/year",
    ),
    "kam_in_practice.plan.action.dependence": (
        "制定降低依赖的计划，并指定高层对接人",
        "Plan to reduce dependence; name an executive sponsor",
    ),
    "kam_in_practice.plan.action.single_threaded": (
        "增加第二位联系负责人，把关系写入CRM",
        "Add a second contact owner; record the relationship in the CRM",
    ),
    "kam_in_practice.plan.action.weak_ties": (
        "安排高层互访与联合计划会",
        "Arrange top-to-top visits and a joint planning meeting",
    ),
    "kam_in_practice.plan.action.unprofitable": (
        "开展服务成本复核，调整服务方式与折扣",
        "Cost-to-serve review; adjust service and discounts",
    ),
    "kam_in_practice.plan.action.service_trouble": (
        "指定服务负责人，复盘升级工单的根本原因",
        "Name a service owner; root-cause review of escalated tickets",
    ),
    "kam_in_practice.plan.action.low_share_of_wallet": (
        "提出联合技术方案，争取更多品类采购份额",
        "Propose a joint technical solution to win more of the category spend",
    ),
    "kam_in_practice.plan.action.review": ("季度客户回顾会", "Quarterly account review"),
    # plot and explorer
    "kam_in_practice.plan.bridge_title": ("{name}：从销售额到客户利润", "{name}: from revenue to customer profit"),
    "kam_in_practice.plan.bridge_axis": ("元／年", "Yuan per year"),
    "kam_in_practice.plan.bridge.revenue": ("销售额", "Revenue"),
    "kam_in_practice.plan.bridge.cost_of_goods": ("销售成本", "Cost of goods"),
    "kam_in_practice.plan.bridge.gross_profit": ("毛利", "Gross profit"),
    "kam_in_practice.plan.bridge.discounts_rebates": ("折扣返利", "Discounts"),
    "kam_in_practice.plan.bridge.cost_to_serve": ("服务成本", "Cost to serve"),
    "kam_in_practice.plan.bridge.customer_profit": ("客户利润", "Customer profit"),
    "kam_in_practice.plan.bridge.target_revenue": ("目标销售额\n（{year} 年）", "Target revenue\n({year})"),
    "kam_in_practice.plan.bridge.target_profit": ("目标客户利润\n（{year} 年）", "Target profit\n({year})"),
    "kam_in_practice.plan.risks_heading": ("风险：", "Risks:"),
    "kam_in_practice.plan.no_risks": ("未发现规则中的风险", "No risk flagged by the rules"),
    "kam_in_practice.plan.ctrl.account": ("客户", "Account"),
    "kam_in_practice.plan.ctrl.target": ("目标钱包份额", "Target share of wallet"),
    "kam_in_practice.plan.ctrl.horizon": ("期限（年）", "Horizon (years)"),
    "kam_in_practice.plan.caption": (
        "{name}：钱包份额 {sow} → <b>{target}</b>（{due} 前），销售额 {revenue} → <b>{target_revenue}</b> 元／年，"
        "客户利润 {profit} → <b>{target_profit}</b> 元／年。风险：{risks}",
        "{name}: share of wallet {sow} → <b>{target}</b> by {due}, revenue {revenue} → <b>{target_revenue}</b> "
        "yuan/year, customer profit {profit} → <b>{target_profit}</b> yuan/year. Risks: {risks}",
    ),
}

# ---------------------------------------------------------------- exercises
_EXERCISES = {
    # ------------------------------------------------------------------ 07.1 an area's score
    "ex.07.1.title": ("一个问题领域的成熟度得分", "The maturity score of one problem area"),
    "ex.07.1.prompt": (
        "一家企业在诊断问卷里对 {point}（{area}）的 {n} 个陈述打了下表中的分（1 = 完全不符合，5 = 完全符合）。"
        "按本课的规则，这个领域在 0～100 分的尺度上得多少分？\n\n"
        "答案格式：0 到 100 之间的一个数，允许误差 ±{tol} 分。",
        "In the diagnostic, a firm rated the {n} statements of {point} ({area}) as in the table (1 = does not "
        "apply at all, 5 = fully applies). By the lesson's rule, what does this area score on the 0-100 "
        "scale?\n\n"
        "Answer format: a number from 0 to 100, within ±{tol} points.",
    ),
    "ex.07.1.hint1": ("先算这 {n} 个回答的平均数。", "First take the mean of the {n} answers."),
    "ex.07.1.hint2": (
        "最低的回答是 1，不是 0：平均数先减去 1，得到的范围是 0～4。",
        "The lowest answer is 1, not 0: subtract 1 from the mean, which leaves a range of 0-4.",
    ),
    "ex.07.1.hint3": (
        "再除以 4、乘以 100：全部答 1 得 0 分，全部答 5 得 100 分。",
        "Then divide by 4 and multiply by 100: all 1s score 0, all 5s score 100.",
    ),
    "ex.07.col.question": ("问题", "question"),
    "ex.07.col.statement": ("陈述", "statement"),
    "ex.07.col.answer": ("回答", "answer"),
    "ex.07.col.area": ("领域", "area"),
    "ex.07.col.skill": ("能力", "skill"),
    "ex.07.col.candidate": ("候选人", "candidate"),
    "ex.07.col.required": ("岗位要求", "required"),
    "ex.07.sep": ("；", "; "),
    "ex.07.1.fb.right": (
        "全部答 1 才是 0 分，全部答 5 才是 100 分，中间按直线换算。",
        "All 1s score 0 and all 5s score 100, with a straight line in between.",
    ),
    "ex.07.1.fb.no_minus_one": (
        "还不对：你用平均数除以 5。这样全部答 1 也有 20 分，可是“完全不符合”应当是 0 分。先减去 1，再除以 4。",
        'Not yet: you divided the mean by 5. Then all 1s would still score 20, though "does not apply at all" '
        "should be 0. Subtract 1 first, then divide by 4.",
    ),
    "ex.07.1.fb.over_four": (
        "还不对：你除以了 4，却忘了先减去 1。最低的回答是 1，不是 0。",
        "Not yet: you divided by 4 but did not subtract 1 first. The lowest answer is 1, not 0.",
    ),
    "ex.07.1.fb.mean": (
        "还不对：这是回答的平均数（1～5 的尺度）。题目要的是 0～100 分的得分。",
        "Not yet: that is the mean answer (on the 1-5 scale). The question asks for the score on 0-100.",
    ),
    "ex.07.1.fb.fraction": (
        "方法对了，但请用 0～100 分表示，例如 25 而不是 0.25。",
        "Right method, but give it on the 0-100 scale, e.g. 25 rather than 0.25.",
    ),
    "ex.07.1.fb.wrong": ("还不对。得分 =（平均回答 − 1）÷ 4 × 100。", "Not yet. Score = (mean answer - 1) / 4 x 100."),
    "ex.07.1.solution": (
        "平均回答 =（{answers}）÷ {n} = {sum} ÷ {n} = {mean}。得分 =（{mean} − 1）÷ 4 × 100 = <b>{x}</b>。\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.maturity import score_maturity, profile_answers\n"
        "score_maturity(answers).areas   # answers：全部 17 个问题的回答\n```",
        "Mean answer = ({answers}) / {n} = {sum} / {n} = {mean}. Score = ({mean} - 1) / 4 x 100 = <b>{x}</b>.\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.maturity import score_maturity, profile_answers\n"
        "score_maturity(answers).areas   # answers: all 17 questions answered\n```",
    ),
    # ------------------------------------------------------------------ 07.2 which area first
    "ex.07.2.title": ("建议从哪个领域开始", "Which area the advice starts with"),
    "ex.07.2.prompt": (
        "下表是一家企业对 17 个陈述的回答。按本课的建议规则（R1～R4），排在第一位的建议属于哪个问题领域？\n\n"
        '答案格式：P1～P5 之一，或者领域名称，例如 "P2" 或 "组织与流程"。',
        "The table holds one firm's answers to the 17 statements. By the lesson's recommendation rules "
        "(R1-R4), which problem area does the first recommendation belong to?\n\n"
        'Answer format: one of P1-P5, or the area\'s name, e.g. "P2" or "Organisation & processes".',
    ),
    "ex.07.2.hint1": ("先算出五个领域的得分，找出最弱的领域。", "First score the five areas and find the weakest."),
    "ex.07.2.hint2": (
        "最弱的领域不一定排第一。看一看 R3 和 R4：战略（P1）得分低于 50 时会怎样？组织（P2）得分低于 50 时，信息系统（P4）的建议排在哪里？",
        "The weakest area need not come first. Look at R3 and R4: what happens when strategy (P1) scores below "
        "50? Where do information-system (P4) remedies go when organisation (P2) scores below 50?",
    ),
    "ex.07.2.hint3": (
        "可以用代码核对：把表中的回答放进一个字典 answers，运行 recommend(score_maturity(answers))，看第一行的 point。",
        "You can check with code: put the table's answers in a dict answers, run "
        "recommend(score_maturity(answers)) and read the point of the first row.",
    ),
    "ex.07.2.fb.right": (
        "规则不只看哪里最弱，也看先做什么才有意义。",
        "The rules look not only at what is weakest but at what makes sense to do first.",
    ),
    "ex.07.2.fb.weakest_r3": (
        "还不对：这是最弱的领域，但战略（P1）得分低于 50，R3 让战略方面的建议排在最前面。"
        "本章说，大客户管理必须与供应商的战略相契合；否则它只停留在营销战术层面，别的改进也落不了地。",
        "Not yet: that is the weakest area, but strategy (P1) scores below 50, and R3 puts its remedies first. "
        "The chapter says KAM must fit the supplier's strategy; otherwise it stays a sales tactic and other "
        "improvements do not take hold.",
    ),
    "ex.07.2.fb.weakest_r2": (
        "还不对：这是平均分最弱的领域，但 R2 按单个陈述的差距（5 − 回答）排序，R4 还会把信息系统的建议挪到组织建议之后。"
        "找出差距最大、又没有被 R3、R4 挪后的那一条。",
        "Not yet: that area has the lowest mean, but R2 orders single statements by their gap (5 - answer), "
        "and R4 moves information-system remedies after the organisation ones. Find the item with the largest "
        "gap that R3 and R4 do not move back.",
    ),
    "ex.07.2.fb.not_an_area": (
        "读不出领域：请回答 P1～P5 之一，或者领域的名称。",
        "Cannot read an area: answer one of P1-P5, or the area's name.",
    ),
    "ex.07.2.fb.wrong": (
        "还不对。先用 R1 找出需要改进的陈述，再按 R2 排序，最后看 R3 和 R4 是否改变了顺序。",
        "Not yet. Use R1 to find the statements that need a remedy, order them by R2, then see whether R3 "
        "or R4 changes the order.",
    ),
    "ex.07.2.solution": (
        "五个领域的得分：{scores}。最弱的是 {weakest}，但第一条建议属于 <b>{first}</b>（规则 {rule}）。\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.maturity import score_maturity, recommend\n"
        "recommend(score_maturity(answers), max_items=17)\n```",
        "The five area scores: {scores}. The weakest is {weakest}, but the first recommendation belongs to "
        "<b>{first}</b> (rule {rule}).\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.maturity import score_maturity, recommend\n"
        "recommend(score_maturity(answers), max_items=17)\n```",
    ),
    # ------------------------------------------------------------------ 07.3 competency fit
    "ex.07.3.title": ("候选人与大客户经理岗位的匹配度", "A candidate's fit with the key-account manager role"),
    "ex.07.3.prompt": (
        "下表是一位候选人在九项能力上的水平（1～5）和大客户经理岗位的要求。按本课的定义，"
        "匹配度 = 1 − 不足之和 ÷ 要求之和，其中不足只计算低于要求的部分。这位候选人的匹配度是多少？\n\n"
        "答案格式：0 到 1 之间的小数，允许误差 ±{tol}。",
        "The table gives a candidate's level (1-5) on nine skills and what the key-account manager role "
        "requires. By the lesson's definition, fit = 1 - total shortfall / total required, where a shortfall "
        "counts only where the level is below the requirement. What is this candidate's fit?\n\n"
        "Answer format: a fraction between 0 and 1, within ±{tol}.",
    ),
    "ex.07.3.hint1": (
        "逐项算“要求 − 水平”。只有正数才是不足。",
        "Skill by skill, take required - level. Only positive values are shortfalls.",
    ),
    "ex.07.3.hint2": (
        "某一项超过要求，不能抵消另一项的不足：一位能言善辩却带不了团队的人，仍然带不了团队。",
        "Being above the requirement on one skill does not make up for a shortfall on another: a brilliant "
        "negotiator who cannot lead a team still cannot lead a team.",
    ),
    "ex.07.3.hint3": (
        "把不足加起来，除以要求之和，再用 1 减去它。",
        "Add up the shortfalls, divide by the total required, and subtract from 1.",
    ),
    "ex.07.3.fb.right": (
        "超出要求的能力不能抵消不足的能力，所以“最好的销售员”未必是合格的大客户经理。",
        "Strengths above the requirement do not offset shortfalls, which is why the best salesperson is not "
        "automatically a fit key-account manager.",
    ),
    "ex.07.3.fb.offset": (
        "还不对：你让超出要求的能力抵消了不足（等于水平之和 ÷ 要求之和）。只计算低于要求的部分。",
        "Not yet: you let skills above the requirement offset the shortfalls (the same as total level / total "
        "required). Count only where the level is below the requirement.",
    ),
    "ex.07.3.fb.complement": (
        "还不对：这是不足占要求的比例。匹配度是 1 减去它。",
        "Not yet: that is the shortfall's share of the requirement. The fit is 1 minus it.",
    ),
    "ex.07.3.fb.mean_level": (
        "还不对：你用平均水平除以 5。匹配度要和岗位要求比，而不是和满分比。",
        "Not yet: you divided the mean level by 5. Fit compares with the role's requirements, not with the "
        "top of the scale.",
    ),
    "ex.07.3.fb.wrong": (
        "还不对。逐项算不足（只取正数），加总，除以要求之和，再用 1 减去。",
        "Not yet. Take each skill's shortfall (positive part only), add them up, divide by the total required, "
        "and subtract from 1.",
    ),
    "ex.07.3.solution": (
        "不足（从大到小）：{gaps} = {shortfall}；要求之和 = {required}。匹配度 = 1 − {shortfall} ÷ {required} = <b>{fit}</b>。\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.competency import competency_fit\ncompetency_fit(levels).fit\n```",
        "Shortfalls (largest first): {gaps} = {shortfall}; total required = {required}. "
        "Fit = 1 - {shortfall} / {required} = <b>{fit}</b>.\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.competency import competency_fit\ncompetency_fit(levels).fit\n```",
    ),
    # ------------------------------------------------------------------ 07.4 capstone uplift
    "ex.07.4.title": ("综合练习：大客户管理方案带来多少利润", "Capstone: how much profit the KAM programme adds"),
    "ex.07.4.prompt": (
        '用 ex.data 里的客户，每年预算 {budget} 元，用 "optimal" 规则设计大客户管理方案（其他参数用默认值），'
        "与“不做大客户管理”相比，三年折现后的期望利润增加多少？请以百万元为单位回答。\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.capstone import capstone\nc = capstone(ex.data, budget_yuan={budget_num})\n```\n\n"
        "答案格式：百万元，例如 1.25，允许误差 ±{tol}。",
        "With the accounts in ex.data and a yearly budget of {budget} yuan, design the KAM programme with the "
        '"optimal" rule (other settings at their defaults). Compared with no KAM, how much does the '
        "expected three-year discounted profit rise? Answer in million yuan.\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.capstone import capstone\nc = capstone(ex.data, budget_yuan={budget_num})\n```\n\n"
        "Answer format: million yuan, e.g. 1.25, within ±{tol}.",
    ),
    "ex.07.4.hint1": (
        "c.evaluation 是第五步的结果，里面有有方案和无方案的期望利润。",
        "c.evaluation is step 5: it holds the expected profit with and without the programme.",
    ),
    "ex.07.4.hint2": (
        "增量要扣除大客户管理本身的费用：看 expected_uplift，而不是收益减去零。",
        "The uplift is net of what KAM itself costs: look at expected_uplift.",
    ),
    "ex.07.4.hint3": ("最后除以 1,000,000，换算成百万元。", "Finally divide by 1,000,000 to get million yuan."),
    "ex.07.4.fb.right": (
        "这是扣除大客户管理费用之后的净增量。想一想：这个数字靠的是哪些假设？",
        "That is the uplift net of the KAM cost. Now ask: which assumptions does this number rest on?",
    ),
    "ex.07.4.fb.gross": (
        "还不对：你没有扣除大客户管理本身的费用。大客户经理和团队不是免费的，方案的价值是净增量。",
        "Not yet: you did not subtract what KAM itself costs. Key-account managers and teams are not free; "
        "the programme's value is the net uplift.",
    ),
    "ex.07.4.fb.undiscounted": (
        "还不对：这是不折现的增量。题目要的是按默认折现率 10% 折现后的值。",
        "Not yet: that is the undiscounted uplift. The question asks for the value discounted at the default 10%.",
    ),
    "ex.07.4.fb.yuan": (
        "数对了，单位错了：请以百万元为单位回答，例如 2,500,000 元写成 2.5。",
        "Right number, wrong unit: answer in million yuan, e.g. 2.5 for 2,500,000 yuan.",
    ),
    "ex.07.4.fb.wrong": (
        "还不对。运行题目里的代码，读出 c.evaluation.expected_uplift，再除以 1,000,000。",
        "Not yet. Run the code in the task, read c.evaluation.expected_uplift and divide by 1,000,000.",
    ),
    "ex.07.4.solution": (
        '"optimal" 方案资助 {n} 个客户，每年花费 {cost} 元（三年期望折现费用 {expected_cost} 百万元）。'
        "扣除费用后，期望利润增加 <b>{x}</b> 百万元。\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.capstone import capstone\nc = capstone(ex.data, budget_yuan={budget_num})\n"
        "c.evaluation.expected_uplift / 1e6\n```",
        'The "optimal" programme funds {n} accounts for {cost} yuan a year (expected discounted cost over three '
        "years: {expected_cost} million yuan). Net of that cost, expected profit rises by <b>{x}</b> million "
        "yuan.\n\n"
        "```python\nfrom kamlab.models.kam_in_practice.capstone import capstone\nc = capstone(ex.data, budget_yuan={budget_num})\n"
        "c.evaluation.expected_uplift / 1e6\n```",
    ),
    # ------------------------------------------------------------------ 07.5 judge
    "ex.07.5.title": ("先做什么", "What comes first"),
    "ex.07.5.prompt": (
        "一家企业正是本章描述的样子：大客户管理停留在销售战术上，组织和流程没有变，大客户经理角色模糊，没有 CRM。销售副总提出三件事：马上买一套 CRM；把最好的销售员提拔为大客户经理；给前 20 "
        "大客户更大的折扣，先把它们锁住。按本章的观点，第一步应该做什么？\n"
        "\n"
        "a. 先上 CRM 系统：没有客户信息，识别、计划和考核都谈不上，系统是一切的基础。\n"
        "b. 先让管理层形成大客户战略、定下目标，并与企业的市场和业务计划衔接；组织、人员和系统随后跟上。\n"
        "c. 先提拔最好的销售员做大客户经理：大客户关系靠人，有了合适的人，其余都会跟上。\n"
        "d. 先给前 20 大客户更大的折扣：留住大客户最要紧，战略和组织可以以后再谈。\n"
        "\n"
        "答案格式：a、b、c 或 d。",
        "A firm is just as the chapter describes: KAM stays at sales tactics, nothing has changed in the "
        "organisation or its processes, the key-account manager's role is vague, and there is no CRM. The "
        "sales VP proposes three things: buy a CRM system now; promote the best salesperson to key-account "
        "manager; give the top 20 accounts bigger discounts to lock them in. By the chapter, what should "
        "come first?\n"
        "\n"
        "a. The CRM system first: without customer information there is no identifying, planning or "
        "measuring; it is the foundation.\n"
        "b. First management sets a KAM strategy and goals, linked to the firm's business plans; "
        "organisation, people and systems follow.\n"
        "c. Promote the best salesperson to key-account manager first: relationships are about people, and "
        "the rest follows.\n"
        "d. Bigger discounts for the top 20 first: keeping key accounts matters most; strategy and "
        "organisation can wait.\n"
        "\n"
        "Answer format: a, b, c or d.",
    ),
    "ex.07.5.option.a": (
        "先上 CRM 系统：没有客户信息，识别、计划和考核都谈不上，系统是一切的基础。",
        "The CRM system first: without customer information there is no identifying, planning or measuring; it is the foundation.",
    ),
    "ex.07.5.option.b": (
        "先让管理层形成大客户战略、定下目标，并与企业的市场和业务计划衔接；组织、人员和系统随后跟上。",
        "First management sets a KAM strategy and goals, linked to the firm's business plans; organisation, people and systems follow.",
    ),
    "ex.07.5.option.c": (
        "先提拔最好的销售员做大客户经理：大客户关系靠人，有了合适的人，其余都会跟上。",
        "Promote the best salesperson to key-account manager first: relationships are about people, and the rest follows.",
    ),
    "ex.07.5.option.d": (
        "先给前 20 大客户更大的折扣：留住大客户最要紧，战略和组织可以以后再谈。",
        "Bigger discounts for the top 20 first: keeping key accounts matters most; strategy and organisation can wait.",
    ),
    "ex.07.5.hint1": (
        "本章把五个问题按什么顺序排列？第一个问题说的是什么？",
        "In what order does the chapter list the five problems, and what is the first about?",
    ),
    "ex.07.5.hint2": (
        "再想想第三课的误区：给大客户更多优惠，总是好事吗？",
        "And recall lesson 03's misconceptions: are bigger concessions to key accounts always good?",
    ),
    # ------------------------------------------------------------------ 07.6 rubric: improvement memo
    "ex.07.6.title": ("给一家企业的大客户管理改进备忘录", "A KAM improvement memo for a firm"),
    "ex.07.6.prompt": (
        '用本课的诊断问卷给一家企业打分：可以是你熟悉的企业，也可以是 "chapter_typical" 样本。'
        "写一份给总经理的备忘录（中文 150～300 字，或英文 100～200 词）：现状如何、先做什么、后做什么、为什么，"
        "以及需要哪些条件。\n\n"
        '这是论述题，没有唯一答案：ex.check 只确认你写了足够的内容，并给出评分标准；可以用 ex.rubric("07.6") 查看标准，'
        '由同学或老师用 ex.score_rubric("07.6", scores) 评分。\n\n'
        "答案格式：一段文字，放在引号里（多行可以用三引号）。",
        'Score a firm with the lesson\'s diagnostic: one you know, or the "chapter_typical" profile. Write a '
        "memo to its general manager (100-200 words in English, or 150-300 characters in Chinese): where it "
        "stands, what to do first and next, why, and what it needs to succeed.\n\n"
        "This is a written question with no single answer: ex.check only makes sure you wrote enough and "
        'gives you the rubric; see it with ex.rubric("07.6"), and have a peer or your instructor score it '
        'with ex.score_rubric("07.6", scores).\n\n'
        "Answer format: text in quotes (triple quotes for several lines).",
    ),
    "ex.07.6.hint1": (
        "先运行诊断，写下五个领域的得分和前三条建议：数字让备忘录站得住。",
        "Run the diagnostic first and note the five area scores and the top three recommendations: numbers "
        "make a memo stand up.",
    ),
    "ex.07.6.hint2": (
        "说清楚顺序和理由：为什么战略先行？为什么 CRM 放在组织改变之后？",
        "Explain the order and the reasons: why strategy first? Why the CRM after the organisational change?",
    ),
    "ex.07.6.rubric.diagnosis": (
        "诊断：用问卷的得分指出最弱的领域和最强的领域，并对应到本章的 P1～P5。",
        "Diagnosis: names the weakest and strongest areas with the diagnostic's scores and ties them to the "
        "chapter's P1-P5.",
    ),
    "ex.07.6.rubric.sequence": (
        "顺序：先做什么、后做什么，并说明理由（战略契合先行；组织和流程先于信息系统）。",
        "Sequence: what comes first and next, with reasons (strategic fit first; organisation and process "
        "before the information system).",
    ),
    "ex.07.6.rubric.organisation": (
        "组织：提出具体的组织和流程改变，例如大客户管理部、跨职能的大客户小组、让面向客户的职能直接对接客户。",
        "Organisation: proposes concrete changes to organisation and process, e.g. a KAM department, "
        "cross-functional account teams, functions that face the account directly.",
    ),
    "ex.07.6.rubric.people_systems": (
        "人员和系统：大客户经理的角色（工程师 + 销售员 + 领导者）与培养，以及 CRM 系统要支持什么。",
        "People and systems: the key-account manager's role (engineer + salesperson + leader) and "
        "development, and what the CRM system must support.",
    ),
    "ex.07.6.rubric.feasibility": (
        "可行性：承认条件和风险（预算、人员、时间），说明怎样判断改进是否见效。",
        "Feasibility: acknowledges conditions and risks (budget, people, time) and says how to tell whether "
        "the changes work.",
    ),
    "ex.07.6.solution": (
        "参考答案（示例，不是唯一答案）：按问卷，本企业五个领域都处在“战术”阶段，最弱的是组织与流程（6 分）和信息化（8 分），"
        "战略契合也只有 13 分。建议分三步。第一步，战略先行：总经理牵头，定下三年的大客户管理愿景和目标，"
        "把前 20 大客户的客户计划纳入年度市场计划和业务计划；否则大客户管理仍然只是销售战术。第二步，组织跟上："
        "设立大客户管理部，为战略型客户组建研发、制造、营销、服务参与的跨职能小组，让技术和交付问题直接对接，而不是经销售员层层转述。"
        "按“工程师 + 销售员 + 领导者”的要求选拔和培养大客户经理，不简单提拔业绩最好的销售员。第三步，在新流程上建立 CRM，"
        "记录客户计划、联系人地图、盈利和服务问题。条件与风险：需要预算和高层持续支持；先在三到五个客户上试点，"
        "以客户保留率、钱包份额和客户利润（扣除服务成本）判断成效。",
        'Model answer (an example, not the only one): on the diagnostic the firm is at the "tactical" stage '
        "in all five areas; weakest are organisation and processes (6 points) and information (8), and "
        "strategic fit is only 13. I propose three steps. First, strategy: the general manager sets a "
        "three-year KAM vision and goals and puts plans for the top 20 accounts into the annual marketing "
        "and business plans; otherwise KAM stays a sales tactic. Second, organisation: a KAM department, and "
        "for strategic accounts cross-functional teams with R&D, manufacturing, marketing and service, so "
        "technical and delivery questions reach the right people directly rather than being relayed by a "
        "salesperson. Select and develop key-account managers as engineer + salesperson + leader, rather than "
        "promoting the best seller. Third, a CRM system built on the new processes, holding account plans, "
        "the contact map, profitability and service issues. Conditions and risks: it needs budget and lasting "
        "support from the top; pilot it on three to five accounts and judge it by retention, share of wallet "
        "and customer profit after cost to serve.",
    ),
    # ------------------------------------------------------------------ 07.7 rubric: capstone presentation
    "ex.07.7.title": ("向董事会提交你的大客户管理方案", "Present your KAM programme to the board"),
    "ex.07.7.prompt": (
        "用 ex.data 和每年 {budget} 元的预算做完综合练习的五步（capstone(ex.data, budget_yuan={budget_num})），"
        "也可以改用别的规则或预算。写一份给董事会的说明（中文 200～400 字，或英文 150～300 词）："
        "谁是大客户，它们是否赚钱，每个客户采取什么策略，钱花在哪些客户上，与不做大客户管理相比利润和风险如何，"
        "以及结论靠哪些假设。\n\n"
        '这是论述题：用 ex.rubric("07.7") 查看评分标准，由同学或老师用 ex.score_rubric 评分。\n\n'
        "答案格式：一段文字，放在引号里。",
        "Run the capstone's five steps on ex.data with a yearly budget of {budget} yuan "
        "(capstone(ex.data, budget_yuan={budget_num})), or with another rule or budget if you prefer. Write a "
        "note to the board (150-300 words in English, or 200-400 characters in Chinese): who the key accounts "
        "are, whether they make money, the stance for each, which accounts get the money, profit and risk "
        "against no KAM, and which assumptions the conclusion rests on.\n\n"
        'This is a written question: see the rubric with ex.rubric("07.7"); a peer or your instructor '
        "scores it with ex.score_rubric.\n\n"
        "Answer format: text in quotes.",
    ),
    "ex.07.7.hint1": (
        "每一步引用一个数字：两种识别方法的重合度、亏损的大客户个数、各象限的客户数、方案的费用、期望增量和第 5 百分位。",
        "Quote one number per step: the overlap of the two identifications, the number of key accounts that "
        "lose money, accounts per quadrant, the programme's cost, the expected uplift and the 5th percentile.",
    ),
    "ex.07.7.hint2": (
        "董事会会问“如果假设错了呢？”：效果参数是教学假设，说说结论在多大程度上依赖它们。",
        'The board will ask "what if the assumptions are wrong?": the effect sizes are teaching assumptions; '
        "say how far the conclusion depends on them.",
    ),
    "ex.07.7.rubric.identification": (
        "识别：比较主观和客观两种方法选出的大客户，说明差异意味着什么。",
        "Identification: compares the key accounts of the subjective and objective methods and says what the "
        "difference means.",
    ),
    "ex.07.7.rubric.profitability": (
        "盈利性：指出哪些大客户扣除服务成本后亏损，并说明对方案的影响。",
        "Profitability: names the key accounts that lose money after cost to serve and what that means for the "
        "programme.",
    ),
    "ex.07.7.rubric.stance": (
        "策略：按组合矩阵给出每类客户的策略（投资、选择性投资、维持、收割），并与方案一致。",
        "Stance: gives each group of accounts its portfolio stance (invest, invest selectively, maintain, "
        "manage for cash), consistent with the programme.",
    ),
    "ex.07.7.rubric.numbers": (
        "数字：费用不超预算，正确引用期望增量、投资回报和风险（第 5 百分位、失去前五大客户的概率）。",
        "Numbers: the cost stays within budget; quotes the expected uplift, the return and the risk (5th "
        "percentile, chance of losing a top-5 account) correctly.",
    ),
    "ex.07.7.rubric.risks": (
        "风险与假设：说明结论依赖的假设（效果参数、保留率）、对单个大客户的依赖，以及如何检验。",
        "Risks and assumptions: names what the conclusion rests on (effect sizes, retention), the dependence "
        "on single accounts, and how to test it.",
    ),
    "ex.07.7.solution": (
        "参考要点（不是唯一答案）：两种方法大部分重合，只被一种方法选中的客户要逐个讨论；"
        "有些大客户扣除服务成本后亏损，先查原因（折扣、服务时间）再决定投入；"
        "战略型客户给团队，明星客户给兼职的大客户经理，精简型客户不投入；"
        "“最优分配”方案只把钱花在增量超过费用的客户上，所以常常用不完预算；"
        "引用期望增量、投资回报和第 5 百分位，并说明效果参数是教学假设，应当先试点、用实际的保留率和钱包份额检验。",
        "Key points (not the only answer): the two methods mostly agree, and accounts picked by only one "
        "deserve a case-by-case look; some key accounts lose money after cost to serve, so find out why "
        "(discounts, service time) before investing; strategic accounts get a team, stars a part-time "
        'key-account manager, streamline accounts nothing; the "optimal" programme funds only accounts whose '
        "uplift exceeds their cost, so it often leaves budget unspent; quote the expected uplift, the return "
        "and the 5th percentile, and say that the effect sizes are teaching assumptions to be tested in a "
        "pilot against actual retention and share of wallet.",
    ),
}


#: Sealed texts of 07.5 (zlib + base64); ``unseal`` -> edit -> ``seal`` to change one.
SEALED: dict[str, dict[str, str]] = {
    "ex.07.5.fb.a": {
        "zh": (
            "eNotjl1OwkAUhbfiItyBzybGFU2xaUuhRU2bNmMJPwFtsBl/MDplBtgL3js/T92CI/ByHu4593zH7EvgCb61v6R3dXt9gbvIhol5"
            "9joZ3Vx2st/JIWwDVTX6dari+EAqXLwgm6voR7OZvg+Ap7B7wk2GeaCiUudL43+YuHcgY4wK4BvdNMAJ8JUtmJ2XDqQ+Z6rqn8L4"
            "ONTC1yLU1FdZi6PSEY9LRiuQ1CExnajx0tnoUbXODXvHbQ584I6dpMbL9FqASLT/7V4soWYfnnkZwYzhw3/jiX2OVbW9q21RQzuw"
            "xRfIqatyiqlw4/4A5ee+EQ=="
        ),
        "en": (
            "eNpNj7FqxEAMRH9luCYJGFep0h0pw4WQJrXOK9tL1tIiyRz+++z5MKSUNJp586mBjaPHGe/fFywUweZ4/np96XBdAzEzhplqW6Nk"
            "D8fp43xByj6oCA/BCaPpsgt9rbVktieHh1HwtJ1Avt/GbB6optfCS4+fHLM2/0MHkgS1iSQ7RVahcs+ViTvQzqZSNhgPaunhqCXh"
            "Rht0xE3tN8v0hgYVNMQ9P5cCW6VJTddpbv8NkAp7bQ1VuoPl0FZyf1RJXMliYWn19d/U/wEssm1j"
        ),
    },
    "ex.07.5.fb.b": {
        "zh": (
            "eNpdkF1OwzAQhK/CGYAb8IyEOFFSQpu6Uf8gIk0jUhcCERRXFaI1jaMept6185QrsCUIJN48Xn2zs4PJwrzOTOyZxUJLR8uX6k5U"
            "8wijJTw+g5ijvzGCm2Fbyz76kQkz660sa9UqsDzDcATsHt9DfHsgpFaxVq6WMYg1jIMGhOm8ilL75GLSbRzQG9hlGz7XWs0qZ2yK"
            "CVznuryBUQSbjJxBxFr20NvhZEk+DWWmAmcdoqCkVEPLA2C5FRz8MSHI2G/g5pMCg2xBsm3k3vkOxngjLb/FfvYP/Lm0TLTcVuEO"
            "k5S20HvvtEzhmaJzKOHDNXmvVv7Fca265PpHFwOiD5MTmlDuo7PL84M8JVldlVQBJLndTahlSLeGU90MViEohxZ8AdxPFBg="
        ),
        "en": (
            "eNpVkMFOw0AMRH/FNxop7QE4cUMcUdUK8QPuxkmsbLzR2mnJ3+NNKIjjWjNvZuezJwg9Tkb5QaHlrAZTTpdII7DC++sRwmyQ2hba"
            "nEZQy2jULTWgNMCmkGmkhkkBMwF9YbC4gPWk9ALpJpR1lY4o2JWH4UCQBPDO4gBXpptnrHFFPKGqw4vMEmCMrsW2rUHJ3Hhl5UJw"
            "5R+jSxidPmchLybFF6zIpoiiNUSWAQZa9hhCmsW2e+F7Wa+XBzKWbqVeZmUh7/DjLTfLhLY19B9BTNLtfbXR5ypBgQ5wyh0KK9q9"
            "nS8ZHOPj7M6PVf0v/neQ3fmp2hK8x9vH0Q/PlVfg2KwD9GiHbz8HlRo="
        ),
    },
    "ex.07.5.fb.c": {
        "zh": (
            "eNo9j91OwkAQRl+Fey99ER5pNS10U6DQ1KTqmliw8iO0SpVu6Yrvgjuz06u+gtuYkMzFl8yZfGfoJ9ZyDHn1y25RbM3bM+Wf8LKE"
            "bI5eaerATAf0eoM8QxWdmYAyNSsfpNe76jURgyiDWdzl+QByRcw9syfz4NAyJL5vlde/bhVv1SMKBum33VyO4MS6CTZYJ3QowD1o"
            "udOSNUnnQmykZQRihV5s7lIIR6Z2TD3EfYKCY1RBEOvKBz5ulSWZlht9PGI4o6/yog9uYYraArhbYJxj4umTb2H7BzkfRr13PsNJ"
            "s97+WzeLSXO/tu1/d4TBVQ=="
        ),
        "en": (
            "eNpVTrtOQzEM/RWrE4hyJcTI1LkSYugPmPQ0iRqcK9ttyd/jBhYWS+ft9+404AsdCigVXh1KxsPIgzhjPHNK/SJOXyycQ1zbXd1A"
            "chUEfgp7g61Q6xKogY/QDT18vD6+zZZPmP8z9ZNDKPVrQOrSRhwEO91eFFhoJ8cInrqCzJUdeRAH1zWzVGOvURQPS8Z2xv+6E6uO"
            "Knl2Kdo0WqkrVSN8c/KYm1q1830zsYH2L9tf8iJ840Glq2H5Ad45Zlc="
        ),
    },
    "ex.07.5.fb.d": {
        "zh": (
            "eNoljssKgkAYhV/Fjfsoej8t0RwUISpHowi7EVSzCMxrPoz/P5dVr9BIm7M633eO7CgUIbKyt2aySzhl4n6HwpfsI1JHMoZBBYX1"
            "bVJoKJ8f+KoTjw2WuaZ0WeYET+mQ51YbONvi4maMR6bB41wlIdRvY2p+m0CtLOVF8mJjtkdyMCYTXfFDOW+h20Eb/clBQSj3j/J6"
            "RPelN6By+YKK9bm3bFE7ovZwGWgKyRYKoi+q+KkyqsEfyMSISw=="
        ),
        "en": (
            "eNotjrFuw0AMQ3+Fi9ElMIIaWTJ3zlSgs2zLjpo7yTjJSf33PScZSYKPvFhg42jxfaWAOBK7m+LYfTgmKR7I4oPpwEuI6RnZCuNp"
            "uFfDQVVrxVB60OboOYJLix+JKwifxwaZyix6qOrUYNxxqwaUeXR0XfNC3i2tmfG71skw3JgXzMXcsRSbpF78ejcdoz0XJ/nbwz5x"
            "dtgEj0LB83aAlZlUnPbLIB0x0EK9JImt/Qe6Ylaa"
        ),
    },
    "ex.07.5.solution": {
        "zh": (
            "eNpdkc9u2kAQxl9l7z2l6hv0HAn1DfrnQRYE7mIIGGIrBhwVk7ightghicTGWcO7pDuz65NfoeO64tCLtbue+eb3zWfufYxFpeZf"
            "fvMORltzt0TXfeMR3K4hXaHYmzQ2nqPlSB8WkPsQOChCEyS2u7Nu541fg7jSMkcxgUWhVVvLuZl3zXarJdfyV3mVlquQBvwnWNc8"
            "Hsq7SwwzEm9+QUFfrwyOGP2ggmYQeEIXkVYzrZ6h92SeXis1tKmE2/kJCS6eoR2ZYAbRxnpJ6XPqxSiDXae8XpE1GycYTPTr6J+m"
            "4rAeEFVzxe7YZo5Wy5JPQTxAb6OLS5iEsE9oFnaPOMtgOjSLFJffYRwSpI2H4G5sGoOYUs3JXfNSr+vvKpqrjX0c1VK1EZk3BkmB"
            "zsT2uVICekJLl338dF6pPiXAWh8Y+geC0bnDWmeMxrPWe6ZfBtC/qNTiKzXh2MOBjxGHpKB1kWvwU8ImCTgWdu1Qbx3lPjGbAUjB"
            "3rFTTX1eOZApy3sUIrXbn23cdUj6W83jLskSuiH2b2qi+xvKyWYZDHPKlaD/AEQjhsw="
        ),
        "en": (
            "eNpVUstuAjEM/JURl4JKkah6glPVY4WEqv6AN+vdjUicKA5F/H29gVbtMfY487BfRS9cdug2+JwYbqJcuSB4rYrF++sBvVeXRNhV"
            "7jGUFFENqOecg+fyoNBaqPJ4XYC09QZftCKX1AWOSAPeJi+srRF11zCsyuJ47s4kXkEIScYnY48/X3qHTKUKF518XuPKFZHk+ss+"
            "k6cMqlAKbOzkqnd681I4cm/Yal8oLr5Ov1J3fxjoQoVNnhqXieqRBDWBQphHh2Ftyr68eiuT9BgTBSM6FzGolxlpnNbMgUTXOPH1"
            "iZxLZ6m3kmUpJ8MacjbuUsxmwXK7D8z26b/9XJoP3lh1+fZxuCW6Qj6bkeMLOh5SYRy3TdHxeQ+HpeUdU+VG0rHeI8kWUpIV/Cg2"
            "ctsPy2j7sC0//sXYKzD1Vi4p8B49lp0fR3u3CzA/upr3FNs9OM7N9XbzDaVbzf0="
        ),
    },
}

LABELS: dict[str, dict[str, str]] = {
    **{key: {"zh": zh, "en": en} for key, (zh, en) in {**_MATURITY, **_ORG, **_PLAN, **_EXERCISES}.items()},
}
