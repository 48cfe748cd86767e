"""Lesson 07: KAM in practice in Chinese firms (P1-P5), and a capstone on the whole chapter."""

from build_notebooks import code, md

NAME = "07_kam_in_practice"

CELLS = [
    md(
        """
# 第 07 课　我国企业大客户管理的主要问题，以及综合练习

前六课讲了什么是大客户、为什么要管理大客户、五个误区和三个案例。本章最后一部分回到企业自身：
我国企业推行大客户管理时，最常见的问题是什么，应当怎样改进？这一课把教材列出的五个问题（P1～P5）变成经理人真正会用的工具：
一份成熟度诊断问卷、一张组织图、一份大客户经理能力画像和一份大客户计划。最后用一个综合练习，把整章内容串起来。

**本课学习目标**

1. 准确说出教材列出的五个问题：大客户管理与战略脱节（P1）、缺乏组织与流程变革的支持（P2）、大客户经理角色模糊而能力不足（P3）、
   信息化基础缺失而系统管理能力短缺（P4）、实施准备不足而能力不够（P5），以及教材给出的改进办法；
2. 用成熟度诊断问卷给一家企业打分，画出雷达图，并按一套公开、可检验的规则排出改进建议的先后；
3. 比较“倒金字塔”式的客户驱动型组织和传统的层级组织，设计一个跨职能的大客户小组，看它怎样减少转手、加快响应；
4. 用“工程师 + 销售员 + 领导者”的能力画像评估大客户经理的人选，解释为什么最好的销售员不一定是合格的大客户经理；
5. 为一个大客户填写一份 CRM 式的大客户计划，并导出为 Markdown 和 CSV；
6. 在一份新的数据上完成综合练习：两种方法识别大客户、核算盈利、确定组合策略、在预算内设计大客户管理方案，并与“不做大客户管理”比较利润和风险。
""",
        """
# Lesson 07 — KAM in practice in Chinese firms, and a capstone

The first six lessons covered what a key account is, why key accounts need managing, the five
misconceptions and the three cases. The chapter's last part turns to the firms themselves: what goes
wrong most often when Chinese firms introduce key account management (KAM), and how to put it right?
This lesson turns the chapter's five problems (P1-P5) into tools a manager would actually use: a
maturity diagnostic, an organisation chart, a competency profile for key-account managers and a key
account plan. A capstone then pulls the whole chapter together.

**Learning goals**

1. State the chapter's five problems accurately: KAM disconnected from strategy (P1), no
   organisational or process change behind it (P2), a vague key-account manager role and short
   skills (P3), no information foundation and weak systematic management (P4), not prepared and not
   capable enough (P5), and the remedies the chapter gives.
2. Score a firm with a maturity diagnostic, draw its radar chart, and order the remedies by a
   published, testable set of rules.
3. Compare the customer-driven "inverted pyramid" organisation with a conventional hierarchy, and
   design a cross-functional key-account team that cuts handoffs and speeds up answers.
4. Assess candidates for key-account manager against the "engineer + salesperson + leader" profile,
   and explain why the best salesperson is not automatically a fit key-account manager.
5. Fill in a CRM-style plan for one key account and export it to Markdown and CSV.
6. Run a capstone on a fresh dataset: identify key accounts both ways, check their profitability,
   choose the portfolio stance, design a KAM programme within a budget, and compare profit and risk
   with "no KAM".
""",
    ),
    md(
        """
> **课堂路线（90 分钟）**
>
> | 部分 | 分钟 |
> |---|---|
> | 一、五个问题；先讨论 | 10 |
> | 二、成熟度诊断 | 20 |
> | 三、组织与流程（P2） | 15 |
> | 四、大客户经理（P3） | 10 |
> | 五、信息与计划（P4、P1） | 10 |
> | 六、综合练习：结论与讨论（课前运行） | 15 |
> | 七、讨论（第 5 题） | 10 |
> | 合计 | 90 |
>
> 课前运行综合练习；课后练习，其余讨论题。**选学**：“optimal”规则背后的背包问题求解。
""",
        """
> **In class (90 minutes)**
>
> | Part | Minutes |
> |---|---|
> | 1. Five problems; discuss first | 10 |
> | 2. The maturity diagnostic | 20 |
> | 3. Organisation and process (P2) | 15 |
> | 4. The key-account manager (P3) | 10 |
> | 5. Information and planning (P4, P1) | 10 |
> | 6. Capstone: results and discussion (run before class) | 15 |
> | 7. Discussion (question 5) | 10 |
> | Total | 90 |
>
> Run the capstone before class; afterwards the exercises and the other discussion questions. **Optional**: the knapsack problem behind the "optimal" rule.
""",
    ),
    code(
        """
import matplotlib.pyplot as plt
import kamlab
from kamlab.models.kam_in_practice.maturity import profile_answers, questions_table, recommend, rules_table, score_maturity
from kamlab.models.kam_in_practice.competency import competency_fit
from kamlab.models.kam_in_practice.organisation import compare_designs, team_design
from kamlab.models.kam_in_practice.account_plan import build_account_plan
from kamlab.models.kam_in_practice.capstone import capstone, compare_rules
from kamlab.plots import kam_in_practice as kp
from kamlab.widgets.kam_in_practice import capstone as cw, maturity as mw, organisation as ow

kamlab.setup()
"""
    ),
    md(
        """
## 一、教材怎么说：我国企业大客户管理的五个问题

- **P1　大客户管理与供应商战略脱节。** 大客户本质上是供应商的战略性客户，大客户管理的精髓在于与客户形成长期的战略合作伙伴关系，
  赢得双向的长期价值。国内许多供应商的大客户管理仅仅停留在营销战术层面，没有转化为战略性营销管理能力。
  改进办法：企业家与管理团队要有大客户管理的战略意识和思维，并传递到全体员工；制定大客户管理的愿景与战略目标，
  形成可操作的策略与行动计划；大客户计划要与整个企业的市场计划和业务计划相衔接；把大客户管理作为一种长期经营行为。
- **P2　大客户管理的推进缺乏组织与流程变革的支持。** 组织与流程设计要以客户为中心，由客户需求决定内部的组织结构与流程：
  建立客户驱动型组织，即“倒金字塔”式的组织；建立专业化的大客户管理部门；建立基于客户管理流程的跨团队、跨职能的大客户支持小组；
  为服务大客户重新整合现有流程；让研发、制造、营销统一于获取、维持、深化客户关系的主价值链，把大客户需求转化为内部业务责任。
- **P3　大客户经理角色模糊，职业能力不足。** 在国外，客户经理与产品经理、品牌经理的地位是同等的，甚至更高，
  对其素质的要求也很高。大客户经理要扮演**{{chapter:p3_role}}**的角色，企业要注重大客户经理的培养。
- **P4　大客户管理信息化基础缺失，系统管理能力短缺。** 大客户管理需要信息系统的支持，尤其是 **CRM 系统**的建立。
- **P5　实施大客户管理的准备不足，能力不够。**

注意教材的顺序：先是战略，然后是组织和流程，再是人，最后是信息系统。这个顺序本身就是一条建议，本课的诊断规则会用到它。

### 先讨论

1. 你见过的企业里，“大客户部”做的是战略的事，还是销售的事？你是怎么看出来的？
2. 教材对 P5 只说了一句{{chapter:p5}}。你认为“准备好了”应当包括哪些条件？
""",
        """
## 1. What the chapter says: five problems of KAM in Chinese firms

- **P1 KAM disconnected from the supplier's strategy.** Key accounts are, at heart, a supplier's
  strategic customers; the essence of KAM is a long-term strategic partnership that wins long-term
  value for both sides. Many Chinese suppliers stop at marketing tactics and never turn KAM into a
  strategic marketing capability. Remedies: owners and the management team hold a strategic view of
  KAM and pass it on to all staff; a KAM vision and strategic goals, turned into workable strategies
  and action plans; key-account plans linked to the company's marketing and business plans; KAM as a
  long-term practice.
- **P2 No organisational or process change behind KAM.** Organisation and processes must be designed
  around the customer, with customer needs deciding the supplier's internal structure and processes:
  a customer-driven, "inverted pyramid" organisation; a specialised KAM department; cross-team,
  cross-functional key-account support teams built on customer-management processes; existing
  processes re-integrated to serve key accounts; R&D, manufacturing and marketing unified in one value
  chain for winning, keeping and deepening relationships, turning key-account needs into internal
  duties.
- **P3 The key-account manager's role is vague and skills are short.** Abroad, account managers rank
  with product and brand managers, or above them, and the demands on them are high. The key-account
  manager plays **{{chapter:p3_role}}**, and firms must develop such managers.
- **P4 No information foundation, weak systematic management.** KAM needs the support of information
  systems, above all a **CRM system**.
- **P5 Not prepared, not capable enough to implement KAM.**

Note the chapter's order: strategy first, then organisation and process, then people, then the
information system. The order is itself advice, and the lesson's diagnostic rules use it.

### Discuss first

1. In firms you know, does the "key-account department" do strategy or sales? How can you tell?
2. The chapter says only one sentence about P5: {{chapter:p5}}. What should
   "ready" include, in your view?
""",
    ),
    md(
        """
## 二、成熟度诊断：问卷、雷达图和改进建议

**超出教材的部分。** 教材列出了问题和办法，但没有给出打分的方法。下面的问卷、打分方法、阶段划分和建议规则都是本工具包的教学设计，
依据是大客户管理文献的一般观点：大客户管理是贯穿整个组织的战略能力，而不只是销售活动
（McDonald、Millman 与 Rogers，1997；Homburg、Workman 与 Jensen，2002；McDonald 与 Woodburn，2007）。

问卷有 17 个陈述，每个按 1（完全不符合）到 5（完全符合）打分。其中 12 个直接取自教材的改进办法（表中“出处”一栏为“教材”），
另外 5 个是我们的补充（“出处”为“本课补充”）：教材对 P4 的系统管理能力和整个 P5 没有给出具体办法，我们用前几课的内容来衡量，
例如是否用公认的方法识别了大客户（C1/C2）、是否知道大客户扣除服务成本后的利润。
""",
        """
## 2. The maturity diagnostic: questionnaire, radar chart and remedies

**Beyond the chapter.** The chapter lists the problems and the remedies but no way of scoring them.
The questionnaire, the scoring, the stages and the recommendation rules below are this toolkit's
teaching design. They follow the general view of the KAM literature that KAM is a strategic,
organisation-wide capability, not only a sales activity (McDonald, Millman & Rogers, 1997; Homburg,
Workman & Jensen, 2002; McDonald & Woodburn, 2007).

The questionnaire has 17 statements, each rated from 1 (does not apply at all) to 5 (fully applies).
Twelve come straight from the chapter's remedies (Source: "the chapter"); five are our additions
(Source: "ours"): for P4's systematic management and for all of P5 the chapter gives no concrete remedy, so
we measure them with earlier lessons' content, such as whether key accounts are identified by an
agreed method (C1/C2) and whether their profit after cost to serve is known.
""",
    ),
    code(
        """
kamlab.show(questions_table(), context="kam_in_practice.maturity.area")
"""
    ),
    md(
        """
**先手算一个领域。** 一个领域的得分 =（该领域回答的平均数 − 1）÷ 4 × 100，这样全部答 1 得 0 分，全部答 5 得 100 分。
以样本 `chapter_typical` 为例（这是我们按教材所列的问题设想的一家典型企业，**答案是本课设定的，不是教材给的**），它对 P2 的四个陈述分别答了 1、1、2、1：平均数 1.25，得分（1.25 − 1）÷ 4 × 100 = **6.25**。
五个领域各占同样的权重，总分是五个领域得分的平均数；总分低于 25 为“战术”阶段，25～50 为“起步”，50～75 为“发展”，75 以上为“战略”（阶段划分也是教学假设）。
""",
        """
**One area by hand first.** An area's score = (mean answer in the area − 1) ÷ 4 × 100, so all 1s
score 0 and all 5s score 100. Take the `chapter_typical` profile (a typical firm we imagined after the
problems the chapter lists; **its answers are ours, not the chapter's**): it answered P2's four statements with 1, 1, 2, 1. The mean is 1.25, and the score is
(1.25 − 1) ÷ 4 × 100 = **6.25**. The five areas weigh the same, and the overall score is their mean;
below 25 is the "tactical" stage, 25-50 "emerging", 50-75 "developing", 75 and above "strategic"
(the bands are teaching assumptions too).
""",
    ),
    code(
        """
typical = score_maturity(profile_answers("chapter_typical"))
kamlab.show(typical.table().round(2), context="kam_in_practice.maturity.area",
            title=kamlab.t("show.title.maturity", stage=kamlab.t(f"kam_in_practice.maturity.stage.{typical.stage}"),
                           overall=f"{typical.overall:.2f}"))
"""
    ),
    md(
        """
典型企业的总分只有 12.08，五个领域都处在“战术”阶段；最弱的是组织与流程（6.25）和信息化（8.33）。对照的是一家成熟企业（样本 `benchmark`，总分 90）。

**从得分到建议。** 哪一条先做？规则公开如下（R1、R2、R4 是我们的教学规则，R3 来自教材）：
""",
        """
The typical firm scores only 12.08 overall, "tactical" in all five areas; weakest are organisation
and processes (6.25) and information (8.33). The comparison is a mature firm (the `benchmark`
profile, 90 overall).

**From scores to remedies.** What comes first? The rules are public (R1, R2 and R4 are our teaching
rules; R3 comes from the chapter):
""",
    ),
    code(
        """
kamlab.show(rules_table().set_index("rule"))
"""
    ),
    code(
        """
kamlab.show(recommend(typical), context="kam_in_practice.maturity.area")
"""
    ),
    md(
        """
最弱的领域是 P2，可是前四条建议都属于 P1。这是 R3 在起作用：战略得分低于 50 时，战略方面的建议排在最前面。
教材的理由是，大客户管理如果不与供应商的战略契合，就只停留在营销战术层面，组织和系统的改变也落不了地。
R4 让信息系统的建议排在组织建议之后：在旧组织上装一套 CRM，只会把原来的做法（所有联系都经过一个销售员）记录下来。

下面的诊断器可以给你熟悉的企业打分。把滑块拖到符合实际的位置，雷达图、阶段和前三条建议会随之改变。
""",
        """
The weakest area is P2, yet the first four remedies all belong to P1. That is R3 at work: when
strategy scores below 50, its remedies go first. The chapter's reason: KAM that does not fit the
supplier's strategy stays at marketing tactics, and changes to organisation and systems do not take
hold. R4 puts information-system remedies after the organisation ones: a CRM installed on the old
organisation only records the old way of working (every contact through one salesperson).

The diagnostic below scores a firm you know. Move the sliders to where the firm really is; the radar,
the stage and the top three remedies follow.
""",
    ),
    code(
        """
mw.maturity_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 三、组织与流程（P2）：倒金字塔和跨职能大客户小组

传统的层级组织像一座金字塔：高层在顶上，一线员工在底下，客户在组织之外。教材要求的客户驱动型组织把它倒过来：
客户在最上面，直接面对客户的一线团队在下面，支持部门再往下，管理层在最底下“托着”整个组织。
""",
        """
## 3. Organisation and process (P2): the inverted pyramid and the cross-functional team

A conventional hierarchy is a pyramid: top management on top, front-line staff at the bottom, the
customer outside. The customer-driven organisation the chapter asks for turns it upside down: the
customer on top, the front-line team that faces the customer below, support functions further down,
and management at the bottom, "holding up" the organisation.
""",
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(9, 4.5), layout="constrained")
kp.plot_org_structures(ax=ax)
plt.show()
"""
    ),
    md(
        """
**一个小模型（超出教材，参数是教学假设）。** 大客户的需求分别由不同的职能负责：技术方案找研发，交货找物流，联合促销找营销，售后找服务……
（教材在误区五里列出的支持项目也在其中：行业与市场分析、产品卖点、畅销产品、及时运送、参与卖场促销。）

- 在**层级组织**里，客户只找得到销售员。销售负责的事一次转手就到；其他事要经过销售员 → 销售经理 → 对方部门负责人 → 具体的人，共 4 次转手。
  即使给客户“指定”了其他部门的人，请求仍然沿着指挥链走。
- 在**倒金字塔**里，大客户经理和小组里面对客户的职能直接接触客户（1 次转手）；小组之外的职能经过大客户经理（2 次转手）。

每次转手要多花一天，并可能丢失 10% 的信息（正是案例一、案例二里看到的问题）；小组里每个面对客户的职能每年为这个客户投入 200 小时，
按 kamlab 服务成本模型的小时费率计价（`kamlab.analytics.DEFAULT_COST_MODEL`，时间驱动作业成本法，Kaplan 与 Anderson，2004；第 02 课只用了它算出的服务成本，没有展开这个方法）。手算一个：层级组织里，一个交货问题要转手 4 次，信息完整到达的概率是 0.9⁴ ≈ 0.656；
倒金字塔里物流进了小组，转手 1 次，概率是 0.9。
""",
        """
**A small model (beyond the chapter; its parameters are teaching assumptions).** Each of a key
account's needs is owned by one function: technical solutions by R&D, delivery by logistics, joint
promotions by marketing, after-sales by service, and so on (the support items of misconception 5 are
among them: industry and market analysis, product selling points, best-selling products, timely
delivery, joining in-store promotions).

- In the **hierarchy** the customer reaches only the salesperson. What sales owns takes one handoff;
  anything else goes salesperson → sales manager → the other function's head → the person who does
  it: 4 handoffs. Even if people of other functions are "named" to the account, requests still travel
  up the chain of command.
- In the **inverted pyramid** the key-account manager and the team's functions face the customer
  directly (1 handoff); functions outside the team are reached through the key-account manager
  (2 handoffs).

Each handoff adds a day and may lose 10% of the information (the trouble of cases K1 and K2); each
function facing the account gives it 200 hours a year, costed at the hourly rates of kamlab's cost-to-serve model (`kamlab.analytics.DEFAULT_COST_MODEL`,
time-driven activity-based costing, Kaplan & Anderson, 2004; lesson 02 used only the cost to serve it
computes, without this method).
One by hand: in the hierarchy a delivery question takes 4 handoffs, and its information arrives
intact with probability 0.9⁴ ≈ 0.656; in the inverted pyramid with logistics in the team, it takes
one handoff, probability 0.9.
""",
    ),
    code(
        """
team = ["sales", "rnd", "marketing", "service", "logistics"]
designs = {"hierarchy_sales_only": team_design(["sales"], structure="hierarchy"),
           "hierarchy_team_named": team_design(team, structure="hierarchy"),
           "inverted_kam_only": team_design(["sales"]),
           "inverted_team": team_design(team)}
kamlab.show(compare_designs(designs).round(3))
"""
    ),
    md(
        """
四种设计放在一起看：

- 层级组织里只有销售员面对客户时，平均每个请求转手 3.80 次，信息完整到达的概率只有 67.2%。
- 在层级组织里“指定”一个五人小组，费用从每年 80,000 元涨到 290,000 元，转手次数却一点没变：**没有组织和流程变革支持的“小组”，只花钱不省事**，这正是 P2 说的问题。
- 倒金字塔里即使只有大客户经理一个人，转手也降到 1.93 次，因为他能直接找到各职能。
- 倒金字塔加上五个职能的小组，76.3% 的请求由面对客户的职能直接处理，平均转手 1.24 次，信息完整到达的概率 87.9%。

小组越大，响应越快、信息越准，但费用也越高。哪些职能应当进小组，取决于这个客户的需求。下图是最后一种设计；
再下面的编辑器可以勾选哪些职能面对客户，比较两种组织。
""",
        """
The four designs side by side:

- In the hierarchy with only the salesperson facing the customer, a request takes 3.80 handoffs on
  average, and its information arrives intact with probability 67.2%.
- "Naming" a five-function team in the hierarchy raises the cost from 80,000 to 290,000 yuan a year
  and leaves the handoffs exactly as they were: **a "team" without organisational and process change
  behind it costs money and saves nothing**, which is just what P2 warns about.
- In the inverted pyramid, even the key-account manager alone cuts the handoffs to 1.93, because he
  or she reaches every function directly.
- The inverted pyramid with a five-function team answers 76.3% of requests directly, with 1.24
  handoffs on average and an 87.9% chance that the information arrives intact.

A bigger team answers faster and more accurately, but costs more. Which functions belong in it
depends on the account's needs. The chart shows the last design; the editor below it lets you tick
which functions face the account and compare the two structures.
""",
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(8, 5.5), layout="constrained")
kp.plot_account_team(designs["inverted_team"], ax=ax)
plt.show()
"""
    ),
    code(
        """
ow.team_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 四、大客户经理（P3）：工程师 + 销售员 + 领导者

教材说大客户经理要扮演{{chapter:p3_role}}的角色。我们把它拆成三个维度、九项能力（1～5 级），
并为不同岗位设定要求的水平。**超出教材：** 能力项和要求水平是教学假设；大客户经理比普通销售员需要更宽的能力，
尤其是战略和领导能力，这是文献的一般结论（McDonald、Millman 与 Rogers，1997；Wilson 与 Millman，2003）。

匹配度 = 1 − 不足之和 ÷ 要求之和，不足只计算低于要求的部分：谈判能力再强，也抵消不了带不了团队。
手算“明星销售员”：九项能力的不足是 1、2、1、0、1、0、2、2、3，合计 12；大客户经理的要求之和是 37；匹配度 = 1 − 12 ÷ 37 ≈ **0.676**。
""",
        """
## 4. The key-account manager (P3): engineer + salesperson + leader

The chapter says the key-account manager plays {{chapter:p3_role}}. We split this into
three dimensions of three skills each (levels 1-5), and set the level each role requires. **Beyond
the chapter:** the skills and the required levels are teaching assumptions; that key-account managers
need broader skills than salespeople, strategy and leadership above all, is a general finding of the
literature (McDonald, Millman & Rogers, 1997; Wilson & Millman, 2003).

Fit = 1 − total shortfall ÷ total required, counting a shortfall only where a level is below the
requirement: however good a negotiator, that does not make up for being unable to lead a team. The
"star salesperson" by hand: the shortfalls on the nine skills are 1, 2, 1, 0, 1, 0, 2, 2, 3, 12 in
all; the key-account manager role requires 37 in all; fit = 1 − 12 ÷ 37 ≈ **0.676**.
""",
    ),
    code(
        """
star = competency_fit("star_salesperson")
kamlab.show({"fit_as_key_account_manager": round(star.fit, 4), "weakest_dimension": star.weakest_dimension,
             "fit_as_sales_rep": competency_fit("star_salesperson", role="sales_rep").fit},
            context="kam_in_practice.competency.dimension")
"""
    ),
    md(
        """
明星销售员对销售员岗位的匹配度是 1.0，对大客户经理岗位只有 0.676，最弱的是领导维度：带领跨职能团队、在企业内部的影响力、客户战略与计划。
这就是“把最好的销售员提拔为大客户经理”常常失败的原因。工程师出身的候选人匹配度相同，但短板在商务维度。
在下面的编辑器里换一个岗位，或调整候选人的能力，看匹配度和培养重点怎样变化。
""",
        """
The star salesperson fits the sales-rep role perfectly (1.0) but the key-account manager role only at
0.676, weakest on leadership: leading the cross-functional team, influence inside the firm, account
strategy and planning. That is why "promote the best salesperson to key-account manager" so often
fails. A candidate with an engineering background gets the same fit, but falls short on the
commercial side. In the editor below, pick another role or change the candidate's levels and watch
the fit and the development priorities change.
""",
    ),
    code(
        """
mw.competency_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 五、信息与计划（P4、P1）：一份大客户计划

P4 要求建立 CRM 系统；P1 要求大客户计划与企业的市场计划和业务计划相衔接。两者的交汇点就是一份写下来的**大客户计划**：
目标、联系人地图、风险、价值和盈利、行动（谁负责、何时完成）。下面用随工具包提供的公司数据，为销售额最大的客户填一份计划。
数字来自前几课的方法：客户利润像第 02 课那样扣除服务成本；风险规则是本课的规则，借用前几课的参照：销售额占比 10% 以上的依赖（第 04 课介绍的 IFRS 8 披露线，不是教材的数字）、像案例一陆经理那样所有联系都经过一个人（教材称之为{{chapter:k1_name}}）等。
""",
        """
## 5. Information and planning (P4, P1): a key account plan

P4 asks for a CRM system; P1 asks for key-account plans linked to the company's marketing and business
plans. Where the two meet is a written **key account plan**: goals, a contacts map, risks, value and
profitability, and actions with owners and dates. Below we fill one in for the largest account of the
toolkit's shipped company data. The numbers come from earlier lessons' methods: customer profit after
cost to serve as in lesson 02, and risk rules of this lesson that borrow earlier lessons' yardsticks:
dependence at 10% of sales or more (the IFRS 8 disclosure line of lesson 04, not a number of the
chapter), all contacts through one person as with Manager Lu in case K1 (the chapter's
{{chapter:k1_name}}), and others.
""",
    ),
    code(
        """
company = kamlab.io.load_company()
plan = build_account_plan(company, lang=kamlab.get_lang())
plan
"""
    ),
    md(
        """
这个客户一年销售额约 1,654 万元，扣除服务成本后利润约 156 万元，处在组合矩阵的“战略型”象限；联系人平均强度只有 2.0，
所以计划把“联系太弱”列为风险，并安排大客户经理钱经理组织高层互访。

同一份计划可以导出为一张整齐的表（CSV），交给 CRM 或 Excel。`plan.to_csv()` 不给路径时返回文本；给了路径就写文件，
但如果文件已经存在，除非写明 `overwrite=True`，否则不会覆盖。`plan.save("我的计划")` 会在一个文件夹里同时写出 Markdown 和 CSV。下面是这张表（`plan.to_frame()`）中“客户价值”部分的前 12 行：
""",
        """
This account buys about 16.54 million yuan a year and earns about 1.56 million after cost to serve; it
sits in the "strategic" quadrant of the portfolio matrix. Its contacts' mean strength is only 2.0, so
the plan lists weak ties as a risk and has Manager Qian, the key-account manager, arrange top-to-top
visits.

The same plan exports to a tidy table (CSV) for a CRM or a spreadsheet. `plan.to_csv()` without a path
returns the text; with a path it writes the file, but never overwrites an existing one unless you say
`overwrite=True`. `plan.save("my_plans")` writes both the Markdown and the CSV into a folder. Below are the first 12 rows
of that table (`plan.to_frame()`), the account-value part:
""",
    ),
    code(
        """
kamlab.show(plan.to_frame().head(12).set_index("item")[["value"]], context=("portfolio", "portfolio.stance"))
"""
    ),
    md(
        """
计划里的目标和行动都可以由你来定。下面把钱包份额目标提高到 75%，并写下自己的两项行动：负责人必须是员工表里的人（例如 S20 是工程师朱工，S18 是杨副总），日期写成“年-月-日”。
默认的行动（每个风险一项）会被你的行动取代。
""",
        """
The goals and actions are yours to set. Below, the share-of-wallet target goes up to 75% and two
actions of our own replace the default ones (one per risk): each owner must be in the staff table
(S20 is Engineer Zhu, S18 is VP Yang, for instance), and dates are written year-month-day.
""",
    ),
    code(
        """
mine = build_account_plan(company, target_share_of_wallet=0.75, lang=kamlab.get_lang(), actions=[
    (kamlab.t("show.plan_action.roadmap"), "S20", "2027-04-30"),
    (kamlab.t("show.plan_action.second_contact"), "S18", "2027-02-28")])
kamlab.show(mine.to_frame().query("section in ['goal', 'action']").set_index("item"))
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
kp.plot_account_plan(plan, ax=ax)
plt.show()
"""
    ),
    md(
        """
在下面的编辑器里换一个客户（销售额前 20 名），调整钱包份额目标和计划年限，看目标、风险和价值怎样变化。
""",
        """
In the editor below, pick another account (the top 20 by revenue) and change the share-of-wallet target
and the plan's horizon; watch the goals, risks and value change.
""",
    ),
    code(
        """
ow.account_plan_explorer(company)
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 六、综合练习：把整章串起来

现在用一份**新的数据**（不是随工具包提供的那份）走完全部五步。想用自己的数据，就在下面写上学号：
每个学号得到一份不同的数据（和练习里的 `ex.data` 一样）。

1. **识别**（C1、C2）：主观评分和客观的 80/20 法则各选出前 20% 的客户，比较两者的重合；
2. **盈利**（I4、第 02 课）：扣除服务成本后，哪些大客户在亏钱；
3. **组合策略**（第 01 课的大客户组合矩阵，McDonald、Millman 与 Rogers，1997）：每个大客户该投资、选择性投资、维持还是收割；
4. **方案**：在每年的预算内，决定哪些客户配兼职的大客户经理（表中的“兼职大客户经理”，每年 8 万元），哪些配专职大客户经理加跨职能小组（表中的“专职大客户经理加跨职能小组”，每年 25 万元）；
5. **评价**：三年折现利润，与“不做大客户管理”比较期望值和风险（模拟哪些客户在哪一年流失，两种做法用同一组随机数）。

**超出教材：** 大客户管理的效果（保留率上升一到两个关系阶段、钱包份额每年增加 2 或 4 个百分点、小组使服务成本降低 5%）和费用都是教学假设，
文献只支持效果的方向：合适的大客户管理配置与更好的绩效相关（Homburg、Workman 与 Jensen，2002；Workman、Homburg 与 Jensen，2003；
Davies 与 Ryals，2014），不支持这些具体数字。保留率沿用第 02 课的关系阶段假设。
""",
        """
## 6. Capstone: the whole chapter on one dataset

Now run all five steps on a **fresh dataset** (not the one shipped with the toolkit). To use your own
data, write your student id below: each id gets a different dataset (the same as `ex.data` in the
exercises).

1. **Identify** (C1, C2): subjective scoring and the objective 80/20 rule each pick the top 20% of
   accounts; compare the overlap.
2. **Profitability** (I4, lesson 02): which key accounts lose money after cost to serve.
3. **Portfolio stance** (the key-account portfolio matrix of lesson 01, McDonald, Millman & Rogers,
   1997): invest, invest
   selectively, maintain or manage for cash, per key account.
4. **Programme**: within a yearly budget, decide which accounts get a part-time key-account manager
   ("basic", 80,000 yuan a year) and which a dedicated one with a cross-functional team ("team",
   250,000 yuan a year).
5. **Evaluate**: three-year discounted profit against "no KAM", expected value and risk (a simulation
   of which accounts are lost in which year, with the same random numbers for both).

**Beyond the chapter:** the effects of KAM (retention up one or two relationship stages, share of
wallet up 2 or 4 points a year, 5% lower cost to serve with a team) and its costs are teaching
assumptions. The literature supports only their direction: fitting KAM configurations go with better
performance (Homburg, Workman & Jensen, 2002; Workman, Homburg & Jensen, 2003; Davies & Ryals, 2014),
not these numbers. Retention uses lesson 02's relationship-stage assumptions.
""",
    ),
    code(
        """
student = None  # 学号 / your student id, e.g. "2026001"
if student is None:
    accounts = kamlab.make_accounts(seed=2027)
else:
    accounts = kamlab.exercises.lesson("07", student=student).data
c = capstone(accounts, budget_yuan=1_000_000)
kamlab.show(c.steps().set_index("step"))
"""
    ),
    md(
        """
**第一步，识别。** 两种方法各选 400 个客户，297 个重合，各有 103 个只被一种方法选中（杰卡德系数 0.59）。只被一种方法选中的客户值得逐个讨论：
主观评分看重潜力和战略意义，80/20 法则只看今天的销售额。

**第二步，盈利。** 400 个大客户里有 35 个扣除服务成本后亏损，销售额前 10 名里有 2 个。销售额最大的客户一年买 3,616 万元，却亏损约 141 万元。
""",
        """
**Step 1, identify.** Each method picks 400 accounts; 297 are picked by both and 103 by only one
(Jaccard 0.59). Accounts picked by only one method deserve a case-by-case look: subjective scoring
weighs potential and strategic importance, the 80/20 rule only today's revenue.

**Step 2, profitability.** 35 of the 400 key accounts lose money after cost to serve, 2 of them in the
top 10 by revenue. The largest account buys 36.16 million yuan a year and loses about 1.41 million.
""",
    ),
    code(
        """
kamlab.show(c.key_accounts.head(10).round(3), context=("portfolio", "portfolio.stance"))
"""
    ),
    md(
        """
**第三步，组合策略。** 大客户中 291 个属于“战略型”（投资），106 个“明星型”（选择性投资），3 个“地位型”（维持）。

**第四、五步，方案与评价。** 每年预算 100 万元时，“最优分配”规则（精确求解的多选背包问题：在预算内让期望增量最大）资助 9 个客户，每年花 89 万元：
最大的客户配一个小组，8 个客户配兼职的大客户经理。三年折现利润的期望值从 5,792 万元增加到 5,952 万元，扣除费用后净增约 159 万元；
第 5 百分位从 5,443 万元升到 5,643 万元；失去前五大客户中至少一个的概率从 75.2% 降到 65.4%。
注意那个亏损的最大客户也得到了小组：钱包份额的增长和服务成本的下降足以让它扭亏为盈。还有一个销售额只有约 16.5 万元的小客户得到了兼职经理，
因为它在这个品类上的总采购额很大，自己的份额却很低，这正是第 01 课说的“潜在大客户”。
""",
        """
**Step 3, portfolio stance.** Of the key accounts, 291 are "strategic" (invest), 106 "star" (invest
selectively) and 3 "status" (maintain).

**Steps 4 and 5, programme and evaluation.** With a yearly budget of 1 million yuan, the "optimal"
rule (an exactly solved multiple-choice knapsack: the largest expected uplift within the budget)
funds 9 accounts for 890,000 yuan a year: a team for the largest account, a part-time key-account
manager for 8 others. Expected three-year discounted profit rises from 57.92 to 59.52 million yuan,
about 1.59 million net of the programme's cost; the 5th percentile rises from 54.43 to 56.43 million;
the chance of losing at least one of the five largest accounts falls from 75.2% to 65.4%. Note that
the loss-making largest account gets a team too: the growth in share of wallet and the lower cost to
serve are enough to turn it round. And a small account buying only about 165,000 yuan a year gets a
part-time manager, because its total spend in the category is large and our share of it small: a
"potential key account", as lesson 01 put it.
""",
    ),
    md(
        """
> **选学：“最优分配”规则怎样求解。** 每个客户有几种可选的投入水平（不做、兼职大客户经理、小组），每种水平有费用和期望的折现利润增量。
> 在总费用不超过预算的前提下，为每个客户各选一种水平，使期望增量之和最大：这是一个“多选背包问题”。
> kamlab 用动态规划精确求解（费用以 1 万元为单位逐步填表），所以结果是真正的最优，而不是近似。课上只需要知道：它在预算内挑选“增量减费用”最划算的组合。**选学结束。**
""",
        """
> **Optional: how the \"optimal\" rule is solved.** Each account has a few possible levels (none, a
> part-time key-account manager, a team), each with a cost and an expected discounted uplift in profit. Choose one level per
> account so that total cost stays within the budget and total expected uplift is largest: a
> "multiple-choice knapsack problem". kamlab solves it exactly by dynamic programming (filling a table
> step by step in units of 10,000 yuan), so the result is the true optimum, not an approximation. In
> class it is enough to know that it picks, within the budget, the combination whose uplift beats its
> cost by the most. **End of the optional part.**
""",
    ),
    md(
        """
**为什么这里的组合分布和第 01 课不一样？** 两处用的是同一个函数 `kamlab.portfolio_matrix`，但客户吸引力是**百分位**得分：
它衡量的是一个客户在“被放进矩阵的那一组客户”中的位置。第 01 课只把大客户放进矩阵，大客户之间互相比较，四个象限都有不少客户；
综合练习把 A公司 的全部客户放进矩阵，再看其中的大客户，而大客户在全部客户中几乎都排在前面，所以几乎都落在“有吸引力”的一侧（战略型和明星型）。
两种分法都对，只是参照的客户群不同：给大客户分类时，用第 01 课的做法。

这也说明下面的比较该怎么读：按组合策略分配预算在这个模拟里亏钱，问题出在“给每个战略型客户配小组”这条规则没有考虑费用，
而不是组合矩阵本身。组合矩阵回答“怎样对待每个大客户”（投资、选择性投资、维持、降低服务成本）；投入多少，还要把增量收益和费用放在一起算。
""",
        """
**Why does the portfolio here differ from lesson 01's?** Both use the same function,
`kamlab.portfolio_matrix`, but customer attractiveness is a **percentile** score: it measures an
account's place within the group of accounts put into the matrix. Lesson 01 puts in the key accounts
only, so they are compared with one another and all four boxes fill up; the capstone puts in all of
Company A's customers and then looks at the key accounts, which rank near the top of the whole base,
so nearly all of them land on the attractive side (strategic and star). Both are correct, against
different reference groups; to classify key accounts, do as lesson 01 does.

That is also how to read the comparison below: spending by portfolio stance loses money in this
simulation because the rule "a team for every strategic account" ignores cost, not because of the
matrix. The matrix answers how to treat each key account (invest, invest selectively, maintain,
streamline); how much to spend needs the added return and the cost counted together.
""",
    ),
    code(
        """
kamlab.show(c.evaluation.summary().round(3), context="show.capstone")
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
kp.plot_programme(c, ax=ax)
plt.show()
"""
    ),
    md(
        """
**同样的预算，不同的分法。** 下表比较五种规则：按销售额、按利润、按吸引力排序，按组合策略（战略型配小组、明星型和地位型配兼职经理），以及“最优分配”。
两张表用的是同一组 2,000 个模拟情景（种子 2026），所以“最优分配”一行的第 5 百分位和失去前五大客户的概率与上表完全相同；
如果只模拟 1,000 个情景，第 5 百分位会差十几万元，这是模拟的抽样误差，不是方案不同。
""",
        """
**The same budget, spent differently.** The table compares five rules: by revenue, by profit, by
attractiveness, by portfolio stance (a team for strategic accounts, a part-time manager for stars and
status accounts), and "optimal". Both tables use the same 2,000 simulated scenarios (seed 2026), so
the "optimal" row's 5th percentile and chance of losing a top-5 account are exactly those of the
table above; with only 1,000 scenarios the 5th percentile would differ by over a hundred thousand
yuan: sampling error of the simulation, not a different programme.
""",
    ),
    code(
        """
kamlab.show(compare_rules(accounts, budget_yuan=1_000_000).round(3), context="show.rule_by")
"""
    ),
    md(
        """
只有“最优分配”明显赚钱（净增约 159 万元，投资回报 0.88）。按销售额从大到小分配几乎不赚不赔（净增约 4.4 万元）；
按吸引力或组合策略分配反而亏损 110 万元以上，而且在全部 2,000 个模拟情景里都不如不做。原因是：这些规则把钱花在了效果抵不上费用的客户上。
组合矩阵告诉我们该对谁投入，却没有告诉我们投入多少才划算；这一步需要把盈利（第 02 课）和费用一起算。
这个结论依赖效果参数：在下面的探索器里改变预算、规则和投入水平，看结论在什么条件下会变。
""",
        """
Only "optimal" clearly pays (about 1.59 million net, a return of 0.88). Spending down the revenue list
about breaks even (about 44,000 net); spending by attractiveness or by portfolio stance loses more
than 1.1 million and does worse than no KAM in every one of the 2,000 simulated scenarios. The reason: those
rules spend money on accounts where the effect does not cover the cost. The portfolio matrix says
whom to invest in, not how much investment pays; that needs profitability (lesson 02) and cost
counted together. The conclusion rests on the effect parameters: in the explorer below, change the
budget, the rule and the level, and see when the conclusion changes.
""",
    ),
    code(
        """
cw.capstone_explorer(accounts)
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 七、讨论

1. 诊断规则 R3 让战略先行。有没有一种情况，应当先解决组织问题，甚至先上 CRM？如果有，你会怎样修改规则？
2. 在层级组织里“指定”一个跨职能小组为什么没有用？你所在（或熟悉）的企业里，客户的一个技术问题要转几次手？
3. 明星销售员和工程师的匹配度相同，短板不同。你会提拔谁？需要怎样的培养计划？
4. 大客户计划里的哪些内容应当进入 CRM 系统？哪些内容写在系统里也没有用，必须靠人？
5. 综合练习里，按组合策略分配预算为什么会亏钱？这是否说明组合矩阵没有用？
6. 如果效果参数只有假设值的一半，“最优分配”方案还会资助哪些客户？你会怎样在真实企业里检验这些参数（例如先试点）？

## 练习

每道练习先用 `ex.ask(...)` 看题目，把你的答案写进 `answer`，再运行 `ex.check(...)` 得到反馈。想要提示就运行 `ex.hint(...)`。
07.1～07.5 由程序即时判断；07.6 和 07.7 是论述题：`ex.check` 只确认你写了足够的内容并给出评分标准，`ex.rubric(...)` 列出评分标准，
同学或老师用 `ex.score_rubric(...)` 打分。
""",
        """
## 7. Discussion

1. Diagnostic rule R3 puts strategy first. Is there a case for fixing the organisation first, or even
   for the CRM first? If so, how would you change the rules?
2. Why does "naming" a cross-functional team inside a hierarchy not help? In a firm you know, how many
   hands does a customer's technical question pass through?
3. The star salesperson and the engineer have the same fit but different gaps. Whom would you
   promote, and with what development plan?
4. Which parts of a key account plan belong in the CRM system? Which are useless in a system and need
   a person?
5. In the capstone, why does spending by portfolio stance lose money? Does that make the portfolio
   matrix useless?
6. If the effects were only half of the assumed values, which accounts would the "optimal" programme
   still fund? How would you test these parameters in a real firm (a pilot, for instance)?

## Exercises

For each exercise, read the task with `ex.ask(...)`, put your answer in `answer`, and run
`ex.check(...)` for feedback. For a hint, run `ex.hint(...)`. Exercises 07.1-07.5 are checked at
once; 07.6 and 07.7 are written: `ex.check` only makes sure you wrote enough and shows the rubric,
`ex.rubric(...)` lists the criteria, and a peer or your instructor scores it with
`ex.score_rubric(...)`.
""",
    ),
    code(
        """
ex = kamlab.exercises.lesson("07")
ex.ask("07.1")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("07.1", answer)
"""
    ),
    code(
        """
ex.hint("07.1", number=1)  # 第 1 条提示，不占次数 / hint 1, not counted
"""
    ),
    code(
        """
ex.ask("07.2")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("07.2", answer)
"""
    ),
    code(
        """
ex.ask("07.3")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("07.3", answer)
"""
    ),
    code(
        """
ex.ask("07.4")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("07.4", answer)
"""
    ),
    code(
        """
ex.ask("07.5")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("07.5", answer)
"""
    ),
    code(
        """
ex.ask("07.6")
"""
    ),
    code(
        """
answer = None  # your memo, as text in quotes
ex.check("07.6", answer)
"""
    ),
    code(
        """
ex.rubric("07.6")
"""
    ),
    code(
        """
ex.ask("07.7")
"""
    ),
    code(
        """
answer = None  # your note to the board, as text in quotes
ex.check("07.7", answer)
"""
    ),
    md(
        """
## 小结

- **五个问题。** P1 大客户管理与战略脱节：战略意识传递到全体员工，愿景和目标变成行动计划，大客户计划与企业计划衔接，作为长期行为。
  P2 缺乏组织与流程变革：倒金字塔式的客户驱动型组织、专业化的大客户管理部门、跨职能的大客户支持小组、围绕大客户重新整合流程。
  P3 大客户经理角色模糊：“工程师 + 销售员 + 领导者”，并注重培养。P4 信息化基础缺失：建立 CRM 系统。P5 准备不足，能力不够。
- **诊断。** 领域得分 =（平均回答 − 1）÷ 4 × 100。样本 `chapter_typical`（按教材所列问题设想的典型企业，答案由本课设定）总分 12.08，处在“战术”阶段；最弱的是组织与流程（6.25），
  但战略得分低于 50，所以前四条建议都属于 P1（规则 R3）。
- **组织。** 层级组织里，客户的请求平均转手 3.80 次；在层级组织里“指定”小组只增加费用。倒金字塔加五职能小组：76.3% 的请求直接处理，平均转手 1.24 次。
- **大客户经理。** 明星销售员对大客户经理岗位的匹配度 1 − 12 ÷ 37 ≈ 0.676，短板在领导维度。
- **大客户计划。** 目标、联系人地图、风险、价值和行动（负责人与日期），可以导出为 Markdown 和 CSV，不会覆盖已有文件。
- **综合练习。** 在新数据上，“最优分配”方案每年花 89 万元，三年净增约 159 万元，并降低了失去前五大客户的概率；按吸引力或组合策略分配同样的预算反而亏损。
- 超出教材的模型及出处：McDonald, M., Millman, T. 与 Rogers, B.（1997），Key account management: theory, practice and challenges，*Journal of Marketing Management* 13(8)；
  Homburg, C., Workman, J. P. 与 Jensen, O.（2002），A configurational perspective on key account management，*Journal of Marketing* 66(2)；
  Workman, J. P., Homburg, C. 与 Jensen, O.（2003），*Journal of the Academy of Marketing Science* 31(1)；
  Wilson, K. 与 Millman, T.（2003），The global account manager as political entrepreneur，*Industrial Marketing Management* 32(2)；
  McDonald, M. 与 Woodburn, D.（2007），*Key Account Management: The Definitive Guide*；
  Davies, I. A. 与 Ryals, L. J.（2014），The effectiveness of key account management practices，*Industrial Marketing Management* 43(7)。
  问卷、规则、能力要求、组织模型和方案效果的数字都是教学假设。

这是本章的最后一课。回到第 00 课可以看到全部课程的目录。
""",
        """
## Summary

- **Five problems.** P1 KAM disconnected from strategy: strategic awareness passed on to all staff,
  vision and goals turned into action plans, key-account plans linked to the company's plans, KAM as a
  long-term practice. P2 no organisational or process change: a customer-driven inverted pyramid, a
  specialised KAM department, cross-functional key-account support teams, processes re-integrated
  around key accounts. P3 a vague key-account manager role: "engineer + salesperson + leader", and
  develop such managers. P4 no information foundation: build a CRM system. P5 not prepared, not
  capable enough.
- **Diagnostic.** Area score = (mean answer − 1) ÷ 4 × 100. The `chapter_typical` profile (a typical firm imagined after
  the chapter's problems; its answers are ours) scores 12.08 overall, "tactical"; its weakest area is organisation and processes (6.25), but its
  strategy scores below 50, so the first four remedies belong to P1 (rule R3).
- **Organisation.** In the hierarchy a request takes 3.80 handoffs on average; "naming" a team inside
  the hierarchy only adds cost. The inverted pyramid with a five-function team answers 76.3% of
  requests directly, with 1.24 handoffs on average.
- **The key-account manager.** The star salesperson fits the key-account manager role at
  1 − 12 ÷ 37 ≈ 0.676, short on leadership.
- **The account plan.** Goals, contacts map, risks, value and actions (owners and dates), exported to
  Markdown and CSV without overwriting existing files.
- **Capstone.** On fresh data, the "optimal" programme spends 890,000 yuan a year, adds about
  1.59 million over three years net of its cost, and lowers the chance of losing a top-5 account;
  spending the same budget by attractiveness or portfolio stance loses money.
- Models beyond the chapter and their sources: McDonald, M., Millman, T. & Rogers, B. (1997), Key
  account management: theory, practice and challenges, *Journal of Marketing Management* 13(8);
  Homburg, C., Workman, J. P. & Jensen, O. (2002), A configurational perspective on key account
  management, *Journal of Marketing* 66(2); Workman, J. P., Homburg, C. & Jensen, O. (2003), *Journal
  of the Academy of Marketing Science* 31(1); Wilson, K. & Millman, T. (2003), The global account
  manager as political entrepreneur, *Industrial Marketing Management* 32(2); McDonald, M. & Woodburn,
  D. (2007), *Key Account Management: The Definitive Guide*; Davies, I. A. & Ryals, L. J. (2014), The
  effectiveness of key account management practices, *Industrial Marketing Management* 43(7). The
  questionnaire, the rules, the required skill levels, the organisation model and the programme's
  effects are teaching assumptions.

This is the chapter's last lesson. Lesson 00 lists all the lessons.
""",
    ),
]
