"""Lesson 04: case K1, the runaway horse (脱缰野马): one salesperson, one key account, no KAM process."""

from build_notebooks import code, md

NAME = "04_runaway_horse"

CELLS = [
    md(
        """
# 第 04 课　案例一：脱缰野马

前三课讲了谁是大客户、为什么要专门管理大客户、管理中有哪些误区。这一课看教材中的一个失败案例：
一家企业的一个大客户，完全交给一位最能干的销售经理，结果人走了，客户也走了。

**本课学习目标**

1. 准确复述案例一的事实和数字（2007年、300万元、13%），说出教材给出的原因；
2. 用联系人数据画出A公司与B公司之间的关系图，分清“蝴蝶结型”和“钻石型”两种关系；
3. 用概率计算失去大客户的风险：在独立假设下，所有联系都断掉的概率是各条联系断掉概率的乘积；再看同一个人的联系一起断掉时会怎样；
4. 算出B公司的销售额占比，并与两条教材以外的参考线（10% 与 50%）比较；
5. 自己设计一个对接计划（谁去见谁、每年多少小时、有没有CRM记录），看“陆经理辞职”时的结果如何改变。
""",
        """
# Lesson 04 — Case K1: the runaway horse

The first three lessons asked who the key accounts are, why they need managing, and what mistakes to
avoid. This lesson looks at the chapter's case of a failure: a company handed a key customer entirely to its
most capable salesperson; he left, and the customer left with him.

**Learning goals**

1. Retell case K1 accurately, with its facts and numbers (2007, 3 million yuan, 13%), and state the
   cause the chapter gives.
2. Draw the relationship map between Company A's people and customer B's people from the contacts
   data, and tell a "bow-tie" from a "diamond".
3. Compute the risk of losing a key account: under independence, the probability that every link is
   lost is the product of the links' probabilities; then see what happens when one person's links
   fail together.
4. Compute B's share of A's sales and compare it with two reference lines from outside the chapter
   (10% and 50%).
5. Design your own contact plan (who meets whom, how many hours a year, whether a CRM record is
   kept), and see how the outcome of "Lu resigns" changes.
""",
    ),
    md(
        """
> **课堂路线（45 分钟）**
>
> | 部分 | 分钟 |
> |---|---|
> | 一、案例；先讨论，再建模 | 10 |
> | 二、B公司有多重要；三、蝴蝶结型与钻石型 | 15 |
> | 五、模拟：同样 120 小时，两种对接方式 | 10 |
> | 讨论（第 1 题） | 10 |
> | 合计 | 45 |
>
> 课后：六、重演当年的决定，七、阅读，练习和案例分析写作题。**选学**：四、风险模型的公式。这一课和第 05 课合上一次课。
""",
        """
> **In class (45 minutes)**
>
> | Part | Minutes |
> |---|---|
> | 1. The case; discuss first | 10 |
> | 2. How much B matters; 3. Bow-tie and diamond | 15 |
> | 5. The simulation: the same 120 hours, two ways of working | 10 |
> | Discussion (question 1) | 10 |
> | Total | 45 |
>
> Homework: 6. replay the decision, read 7, the exercises and the written case analysis. **Optional**: 4. the risk model's formulas. This lesson and lesson 05 share one session.
""",
    ),
    code(
        """
import matplotlib.pyplot as plt
import pandas as pd
import kamlab
from kamlab.models import runaway_horse
from kamlab.plots.runaway_horse import plot_plan_risk, plot_relationship_map, plot_revenue_share
from kamlab.widgets.runaway_horse import contact_plan_explorer

kamlab.setup()
"""
    ),
    md(
        """
## 一、案例：脱缰野马

教材原文（案例一）：

> A企业是一个生产液压配件的企业，公司生产液压配件广泛应用于汽车、工程机械等机械制造领域，该公司有一个生产打包机的大客户—B公司，
> B公司的业务是由陆经理负责的，而且陆经理似乎把关于这个客户的每一条信息都记在了自已的大脑中。陆经理工作很出色，是销售部门收入最高的人，
> 他给销售部门同行的感觉是他对B公司客户控制得很牢，2007年度，通过陆经理A公司与B公司达成300万元的交易，占公司销售总额的13%。
> 由于陆经理工作出色，公司相信他，让他自行把握整体，独立处理大量的销售业务。一段时间以后，A公司的几位副总及销售经理对陆经理感到不安，
> 陆经理本人由于孤军奋战、焦躁、无助对当前工作状态感到不安，B公司的高层管理人员只与陆经理相熟，他们也觉得很不安。
> 结果，陆经理辞职，B公司放弃与A公司合作。

（引文照录教材原文；其中“自已”是原文的笔误，即“自己”。）

教材说：{{chapter:k1_called}}。**原因：{{chapter:k1_cause}}。**

注意这个故事里**三方都不安**：A公司的副总和销售经理对陆经理不安（教材没有说为什么；我们推测，是因为B公司的情况只有陆经理一个人知道）；陆经理不安，因为他孤军奋战；
B公司的高层也不安，因为他们只与陆经理相熟。没有人做错什么具体的事，但整个安排本身就是危险的。

### 先讨论，再建模

在看任何模型之前，请先和同桌讨论两分钟：

- 2007年，如果你是A公司的副总，你感到不安的**具体**原因是什么？你能用哪些事实说服总经理，这种不安不是多虑？
- “陆经理对B公司控制得很牢”，这句话对A公司来说是好消息还是坏消息？
""",
        """
## 1. The case: the runaway horse

The chapter's case 1, in translation:

> Company A makes hydraulic fittings, widely used in cars, construction machinery and other machine
> building. One of its key customers, Company B, makes baling (packing) machines. B's business is
> handled by Manager Lu, who seems to keep every piece of information about this customer in his own
> head. Lu is excellent at his job and the top earner in the sales department; his colleagues feel he
> has B firmly under control. In 2007, through Lu, A and B closed 3 million yuan of business, 13% of
> A's total sales. Because Lu does so well, the company trusts him and lets him run the whole thing
> on his own, handling a large volume of sales by himself. After a while, several of A's vice
> presidents and its sales manager grow uneasy about Lu; Lu himself, fighting alone, anxious and
> helpless, is uneasy about the way he works; B's senior managers know only Lu, and they feel uneasy
> too. In the end, Lu resigns, and B ends its cooperation with A.

The chapter says: {{chapter:k1_called}}. **The cause: {{chapter:k1_cause}}.**

Notice that **all three parties are uneasy**: A's vice presidents and sales manager are uneasy about
Lu (the chapter does not say why; our guess is that only Lu knew how things stood with B); Lu, because he fights alone; B's executives, because they know only Lu. Nobody
did anything specifically wrong, yet the arrangement itself was dangerous.

### Discuss first, model later

Before any model, talk with your neighbour for two minutes:

- In 2007, had you been one of A's vice presidents, what **exactly** would have made you uneasy?
  Which facts would convince the general manager that this was not just nerves?
- "Lu has B firmly under control": is that good news or bad news for Company A?
""",
    ),
    md(
        """
## 二、B公司有多重要：13%，以及两条教材以外的参考线

kamlab 按教材的数字生成了A公司 2007 年的客户数据：B公司（客户编号 C0001）采购 3,000,000 元，占A公司销售总额的 13%。
""",
        """
## 2. How much B matters: 13%, and two reference lines from outside the chapter

kamlab builds Company A's 2007 customer base from the chapter's numbers: customer B (account C0001)
buys 3,000,000 yuan, 13% of A's total sales.
""",
    ),
    code(
        """
k1 = kamlab.load_k1_case()
at_risk = runaway_horse.revenue_at_risk(k1.accounts)
kamlab.show({"revenue_b": at_risk.revenue, "total_sales": round(at_risk.total_sales, 2), "share": round(at_risk.share, 4),
             "above_disclosure": at_risk.above_disclosure, "major_dependence": at_risk.major_dependence})
"""
    ),
    md(
        """
教材只说B公司是A公司的一个大客户（{{chapter:k1_big_customer}}）；在本课的模拟数据里，它也是销售额最大的客户。占比：3,000,000 ÷ 23,076,923.08 = 0.13（这是教材的数字）。

> **超出教材：两条参考线。** 教材没有提到下面两条线，也没有说A公司是上市公司。本课借用它们，只是为了给“13% 有多大”一个参照：
>
> - **10%**：会计准则《国际财务报告准则第 8 号——经营分部》（IFRS 8）第 34 段规定，来自单一外部客户的收入达到企业收入的 10% 及以上时，
>   企业应披露这一事实、来自每个这样的客户的收入总额及报告这些收入的分部，但**不必披露客户的名称**。IFRS 8 只适用于证券公开交易（或正在申请公开发行）的企业，
>   2009 年起才生效，所以 2007 年的案例并不适用它；中国企业按中国的企业会计准则编制报表。
> - **50%**：中国证监会《监管规则适用指引——发行类第5号》5-17（客户集中度）是首发上市审核的指引：发行人来自单一客户的收入或毛利占比超过 50% 的，
>   “一般认为”对该客户存在重大依赖。这也是远晚于 2007 年的规定。我们没能逐字核对它的原文，本课只把 50% 当作一条**教学用的参考线**，以原文为准。
>
> 所以下面说的“10% 线”“50% 线”都是本课的教学参照，不是A公司当年必须遵守的规则。

B公司高于 10% 线、远低于 50% 线：它不是A公司的命根子，但已经大到按 IFRS 8 的标准需要单独说明（如果A公司适用它的话）。
失去它，A公司一年的销售额就少了八分之一左右。
""",
        """
The chapter says only that B is one of A's key accounts ({{chapter:k1_big_customer}}); in this
lesson's simulated data it is also the account with the most revenue. Its share: 3,000,000 ÷
23,076,923.08 = 0.13 (the chapter's numbers).

> **Beyond the chapter: two reference lines.** The chapter mentions neither line below, and never says
> that Company A is listed. The lesson borrows them only to give "13%" a yardstick:
>
> - **10%**: the accounting standard IFRS 8 *Operating Segments*, paragraph 34: if revenues from
>   transactions with a single external customer amount to 10% or more of an entity's revenues, the
>   entity discloses that fact, the total revenues from each such customer and the segments reporting
>   them; it **need not disclose the customer's name**. IFRS 8 applies only to entities whose
>   securities are publicly traded (or are being registered for a public market), and it took effect
>   in 2009, so it did not apply to a 2007 case; Chinese firms report under China's Accounting
>   Standards for Business Enterprises.
> - **50%**: the CSRC's guidance for IPO review, 《监管规则适用指引——发行类第5号》, item 5-17 (customer
>   concentration): an issuer with more than 50% of its revenue or gross profit from a single customer
>   is "generally considered" (一般认为) to depend heavily on it. This too is much later than 2007. We
>   could not check its text word for word, so the lesson uses 50% only as a **teaching reference
>   line**; the original text prevails.
>
> So the "10% line" and "50% line" below are the lesson's teaching yardsticks, not rules Company A had
> to follow in 2007.

B is above the 10% line and far below the 50% line: not A's lifeline, but large enough that IFRS 8
would ask for it to be reported on its own (had A applied that standard). Losing it takes about an
eighth of a year's sales.
""",
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
plot_revenue_share(k1.accounts, ax=ax)
plt.show()
"""
    ),
    md(
        """
## 三、关系图：蝴蝶结型与钻石型

联系人数据记录了B公司的哪些人与A公司的哪些人打交道。

> **注意：除了陆经理，本课的人名都是虚构的。** 教材只写了陆经理一个人，以及A公司的{{chapter:k1_vps}}和B公司的{{chapter:k1_b_senior}}。
> 为了建模，kamlab 的数据给B公司编了三位联系人：采购员小李（这个名字借自案例二里B公司的采购员，两个案例的人并不相同）、采购部周经理和总经理孙总；
> 又给A公司编了杨副总、黄副总、销售经理马经理和工程师朱工，给B公司编了总工程师钱工。他们的角色是为了说明道理而设的，不是案例的事实。

B公司的三位（虚构的）联系人：
""",
        """
## 3. The relationship map: bow-tie and diamond

The contacts data record who at B deals with whom at A.

> **Note: apart from Lu, every name in this lesson is invented.** The chapter names only Manager Lu,
> and speaks of A's {{chapter:k1_vps}} and B's {{chapter:k1_b_senior}}. To build
> the model, kamlab's data give B three contacts: the buyer Xiao Li (the name is borrowed from B's
> buyer in case K2; the two cases' people are not the same), purchasing manager Zhou and general
> manager Sun; and give A VP Yang, VP Huang, sales manager Ma and Engineer Zhu, and B a chief engineer,
> Qian. Their roles illustrate the argument; they are not facts of the case.

B's three (invented) contacts:
""",
    ),
    code(
        """
b = k1.contacts[k1.contacts.account_id == "C0001"]
b = b.assign(customer_person=b[f"customer_person_{kamlab.get_lang()}"])
kamlab.show(b[["contact_id", "staff_id", "customer_person", "customer_role", "strength", "since_year"]],
            context="customer_role")
"""
    ),
    md(
        """
三条联系全部连到同一个人：S01，陆经理。把它画成网络图，左边是A公司的人，右边是B公司的人（线越粗，关系越强）：
""",
        """
All three links lead to the same person: S01, Manager Lu. As a network, with A's people on the left
and B's on the right (thicker lines, stronger relationships):
""",
    ),
    code(
        """
graph = runaway_horse.relationship_map(k1.contacts, k1.staff)
fig, ax = plt.subplots(figsize=(7, 3.5), layout="constrained")
plot_relationship_map(graph, ax=ax)
plt.show()
"""
    ),
    md(
        """
大客户管理的文献把这种形状叫作**蝴蝶结型**（bow-tie）：供应商一侧只有一个销售人员，所有联系都从他这个“结”上穿过（McDonald、Millman 与 Rogers，1997）。
与之相对的是**钻石型**（diamond）：双方的高层、采购与销售、工程技术、客户服务各自对接，客户关系不再系在一个人身上。
教材提到A公司的{{chapter:k1_vps}}（本课虚构为杨副总、黄副总和马经理），也说{{chapter:k1_b_executives}}。
工程师和客服是在这个模型里我们假设的；我们还假设，除了陆经理，A公司没有一个人认识B公司的任何人。
""",
        """
The KAM literature calls this shape the **bow-tie**: on the supplier's side a single salesperson, and
every link passes through that one knot (McDonald, Millman & Rogers, 1997). Its opposite is the
**diamond**: executives meet executives, purchasing meets sales, engineers meet engineers, service
meets users, and the relationship no longer hangs on one person. The chapter mentions
A's {{chapter:k1_vps}} (here invented as VP Yang, VP Huang and Manager Ma), and says
{{chapter:k1_b_executives}}. In this model we assume that A also has engineers and customer service,
and that apart from Lu nobody at A knows anyone at B.
""",
    ),
    md(
        """
## 四、风险模型：什么时候会失去一个大客户？

**模型（超出教材的教学模型）。** 把A公司与B公司之间的每一条“某人—某人”的联系看作一根绳子。一年之内，每根绳子都有一定的概率断掉
（对方换岗、关系变淡、一次处理不好的投诉……）。只要还有一根绳子连着，A公司就还有机会留住B公司；**所有绳子都断了，客户才会流失**。

### 先用笔算一算

设三条联系一年内断掉的概率分别是 0.3、0.2 和 0.1。**假设三条联系互相独立**（一条断了不影响另一条），那么三条同时断掉的概率是

P = 0.3 × 0.2 × 0.1 = 0.006，

即 0.6%。看起来三条联系很保险。
""",
        """
## 4. The risk model: when is a key account lost?

**The model (a teaching model beyond the chapter).** Think of each person-to-person link between A
and B as a rope. Within a year each rope may break (the counterpart changes jobs, the relationship
cools, a complaint goes badly...). While one rope still holds, A has a chance to keep B; **the
account is lost only when every rope has broken**.

### By hand first

Let three links be lost within a year with probabilities 0.3, 0.2 and 0.1. **Assume the links are
independent** (one breaking does not affect the others). Then all three break with probability

P = 0.3 × 0.2 × 0.1 = 0.006,

that is 0.6%. Three links look safe.
""",
    ),
    code(
        """
kamlab.show({"p_all_links_lost": round(runaway_horse.loss_probability_independent([0.3, 0.2, 0.1]), 4)})
"""
    ),
    md(
        """
但独立只是一个**假设**，而在案例一里它恰恰不成立：三条联系都经过陆经理。设陆经理一年内离职的概率是 0.1，
他一走，三条联系一起断。分两种情况：

- 陆经理离职（概率 0.1）：客户一定流失；
- 陆经理留任（概率 0.9）：三条联系都断掉的概率仍是 0.006。

P = 0.1 + 0.9 × 0.006 = 0.1054，是独立假设下的 17 倍多。三条联系其实只相当于一条：陆经理本人。
""",
        """
But independence is an **assumption**, and in case K1 it is exactly what fails: all three links run
through Lu. Let the probability that Lu leaves within the year be 0.1; if he goes, all three links go
with him. Two cases:

- Lu leaves (probability 0.1): B is lost for certain;
- Lu stays (probability 0.9): all three links are lost with probability 0.006.

P = 0.1 + 0.9 × 0.006 = 0.1054, more than 17 times the answer under independence. The three links
are really one: Lu himself.
""",
    ),
    code(
        """
lu_links = [("S01", 0.3), ("S01", 0.2), ("S01", 0.1)]
kamlab.show({"p_lost_lu_may_leave": round(runaway_horse.loss_probability_by_person(lu_links, 0.1), 4),
             "p_lost_lu_resigns": runaway_horse.loss_probability_by_person(lu_links, {"S01": 1.0})})
"""
    ),
    md(
        """
表中第二行是“陆经理辞职”这一情景：他确定离开，B公司就确定流失，P = 1。这正是 2007 年以后发生的事。

`loss_probability_by_person` 的一般形式：A公司的每个人 s 一年内离职的概率为 q<sub>s</sub>，各人离职互相独立；
s 留任时，他的各条联系按各自的概率 p<sub>i</sub> 独立地断掉；s 离职时，每条联系有 c 的概率被接任者接过来（c 是记录在CRM里的客户知识），
接过来之后再按 p<sub>i</sub> 断掉。于是

P = ∏<sub>s</sub> [ q<sub>s</sub> × ∏<sub>i</sub> (1 − c (1 − p<sub>i</sub>)) + (1 − q<sub>s</sub>) × ∏<sub>i</sub> p<sub>i</sub> ]。

所有 q<sub>s</sub> = 0 时，它就回到独立假设下的乘积公式。
""",
        """
The second row is the scenario "Lu resigns": he leaves for certain, so B is lost for certain,
P = 1. That is what happened after 2007.

The general form in `loss_probability_by_person`: each person s at A leaves within the year with
probability q<sub>s</sub>, independently of the others. While s stays, each of s's links is lost
independently with its own p<sub>i</sub>; if s leaves, each link is taken over by a successor with
probability c (the account knowledge captured in a CRM record) and is then lost with p<sub>i</sub>.
So

P = ∏<sub>s</sub> [ q<sub>s</sub> × ∏<sub>i</sub> (1 − c (1 − p<sub>i</sub>)) + (1 − q<sub>s</sub>) × ∏<sub>i</sub> p<sub>i</sub> ].

With every q<sub>s</sub> = 0 this is the product formula of the independent case.
""",
    ),
    md(
        """
## 五、模拟：同样 120 小时，两种对接方式

联系要花时间维护。模型假设：一条每年投入 h 小时的联系，一年内断掉的概率是 p(h) = 0.05 + 0.95 × 2<sup>−h/10</sup>：
完全不投入的联系等于没有（p = 1），每多投入 10 小时，离下限 5% 的距离减半。这是示意性的假设，不是实测数据。
""",
        """
## 5. The simulation: the same 120 hours, two ways of working

Links take time to keep up. The model assumes that a link with h hours a year is lost within the year
with probability p(h) = 0.05 + 0.95 × 2<sup>−h/10</sup>: a link nobody works on is no link (p = 1),
and every 10 more hours halve the distance to the 5% floor. This is an illustrative assumption, not
measured data.
""",
    ),
    code(
        """
hours = [0, 10, 20, 40, 60, 80]
kamlab.show(pd.Series(runaway_horse.link_loss_probability(hours), index=hours, name="loss_probability").round(3)
            .rename_axis("hours_per_year"))
"""
    ),
    md(
        """
假设A公司每年能为B公司拿出 120 个小时，每人每年离职的概率是 10%。比较两个计划：

- **蝴蝶结型**（A公司 2007 年的实际做法）：陆经理一个人，见小李 60 小时、周经理 40 小时、孙总 20 小时，客户知识全在他脑子里（c = 0）；
- **钻石型**：陆经理见小李 40 小时、周经理 20 小时；马经理见周经理 20 小时；杨副总见孙总 20 小时；朱工与B公司的钱工（B公司的总工程师；和其他人名一样是虚构的，本课为了“工程师对工程师”而加入）20 小时；一半的客户知识记入CRM（c = 0.5）。

再加两个“只改一个因素”的对照：蝴蝶结型 + CRM记录，钻石型但不做CRM记录。
""",
        """
Suppose A can give B 120 hours a year, and each person leaves within a year with probability 10%.
Compare two plans:

- **Bow-tie** (what A did in 2007): Lu alone, meeting Xiao Li 60 hours, Manager Zhou 40 hours and
  GM Sun 20 hours; all the account knowledge in his head (c = 0).
- **Diamond**: Lu meets Xiao Li 40 hours and Manager Zhou 20 hours; Manager Ma meets Manager Zhou 20
  hours; VP Yang meets GM Sun 20 hours; Engineer Zhu meets B's Engineer Qian 20 hours (B's chief
  engineer, invented like the other names, so that engineers can meet engineers); half of
  the account knowledge goes into a CRM record (c = 0.5).

Two controls change one factor at a time: the bow-tie with a CRM record, and the diamond without one.
""",
    ),
    code(
        """
risks = [runaway_horse.assess_plan(plan) for plan in runaway_horse.plan_variants()]
kamlab.show(runaway_horse.risk_table(risks))
"""
    ),
    md(
        """
读这张表（损失单位：元）：

- **正常年份**，蝴蝶结型失去B公司的概率是 10.18%，预期损失 305,505.39 元，几乎全部来自“陆经理可能离职”；钻石型只有 0.22%。
- **陆经理辞职的那一年**，蝴蝶结型的概率是 100%：300 万元全部损失。这就是案例一的结局。
- 只加CRM记录（表中的“蝴蝶结型 + CRM记录”）：陆经理辞职那一年的概率降到 19.01%，预期损失 570,351.73 元。记录有用，但接任者要从零开始重新建立三段关系。
- 只改成钻石型、不做记录（表中的“钻石型，不做记录”）：陆经理辞职那一年的概率是 4.62%。其他部门的联系不依赖陆经理，他走了它们还在。
- 两样都做（diamond）：陆经理辞职那一年 1.20%，预期损失 36,140.87 元。

同样是 120 小时，差别不在于投入多少，而在于**投在谁身上、知识留在哪里**。
""",
        """
Reading the table (losses in yuan):

- In a **normal year** the bow-tie loses B with probability 10.18%, an expected loss of 305,505.39
  yuan, almost all of it from the chance that Lu leaves; the diamond, 0.22%.
- In **the year Lu resigns** the bow-tie's probability is 100%: all 3 million yuan are lost. That is
  the ending of case K1.
- A CRM record alone ("Bow-tie + CRM record" in the table): in the year Lu resigns, 19.01%, an expected loss of 570,351.73 yuan. The record helps,
  but a successor must rebuild three relationships from scratch.
- The diamond alone, no record ("Diamond, no record" in the table): in the year Lu resigns, 4.62%. The other people's links do not depend on Lu; they stay when
  he goes.
- Both (diamond): in the year Lu resigns, 1.20%, an expected loss of 36,140.87 yuan.

The same 120 hours: what differs is not how much is spent, but **on whom, and where the knowledge is
kept**.
""",
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
plot_plan_risk(risks, ax=ax)
plt.show()
"""
    ),
    code(
        """
fig, axes = plt.subplots(1, 2, figsize=(11, 4), layout="constrained")
plot_relationship_map(runaway_horse.plan_graph(runaway_horse.PLANS["bow_tie"]), ax=axes[0], resigned=["S01"])
plot_relationship_map(runaway_horse.plan_graph(runaway_horse.PLANS["diamond"]), ax=axes[1], resigned=["S01"])
plt.show()
"""
    ),
    md(
        """
上图是两种计划在陆经理辞职后的样子：灰色的是离开的人，虚线是随他断掉的联系。蝴蝶结型一条线都不剩；钻石型还有三条。

## 六、重演当年的决定

现在你是 2007 年A公司的总经理。下面的实验从A公司当年的实际做法开始（陆经理一人，60 + 40 + 20 小时，没有CRM记录）。
请你：

1. 拖动滑块，决定谁去见B公司的谁、每年多少小时（总数不要超过时间预算）；
2. 决定有多少客户知识记录到CRM里；
3. 勾选“情景：陆经理辞职”，看你的计划能不能留住B公司。

图下的文字报告正常年份和陆经理辞职那一年失去B公司的概率和预期收入损失。
""",
        """
The maps show the two plans after Lu resigns: grey is the person who left, dashed lines are the links
that went with him. Nothing is left of the bow-tie; three links of the diamond remain.

## 6. Replay the decision

You are now Company A's general manager in 2007. The experiment below starts from what A actually did
(Lu alone, 60 + 40 + 20 hours, no CRM record). Your task:

1. With the sliders, decide who at A meets whom at B and for how many hours a year (stay within the
   budget);
2. decide how much of the account knowledge goes into the CRM record;
3. tick "Scenario: Lu resigns" and see whether your plan keeps B.

The text under the chart gives the probability of losing B and the expected revenue loss, in a
normal year and in the year Lu resigns.
""",
    ),
    code(
        """
contact_plan_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
（在 GitHub 上或打印出来时，交互控件不会显示。它的初始状态就是上面的蝴蝶结型计划：正常年份 10.18%，陆经理辞职那一年 100%。）

试一试：

- 只把陆经理的时间从孙总那里挪给小李，风险有没有变化？为什么几乎没变？
- 把陆经理见小李的时间减少 20 小时，让杨副总用这 20 小时去见孙总。陆经理辞职的那一年，概率从 100% 降到多少？
- 把每人每年离职的概率调到 0：蝴蝶结型还危险吗？这说明独立假设藏住了什么？
- 超出时间预算会怎样？现实中多出来的时间从哪里来？

## 七、大客户管理本来可以改变什么

教材的结论是：问题不在陆经理不够好，而在**A公司没有大客户战略，也没有管理大客户的方法和流程**。按照大客户管理的做法，A公司本可以：

1. **把B公司定为战略大客户，由公司而不是个人来“拥有”它**：占 13% 销售额的大客户，必须有公司层面的负责人和客户计划；
2. **从蝴蝶结走向钻石**：副总对总经理、销售经理对采购经理、工程师对工程师、客服对使用部门，让B公司认识A公司的不止一个人；
3. **把知识从脑子里搬进CRM**：联系人、历史订单、合同条款、未解决的问题、客户的组织与决策流程都记录在案，任何一个人离开，接任者都能接得住；
4. **定期评审与沟通**：陆经理定期向销售经理和副总汇报客户计划，副总定期拜访B公司高层。这既消除了A公司高层的不安，也让陆经理不再孤军奋战；
5. **让陆经理成为客户团队的领头人，而不是唯一的通道**：激励与考核既看个人业绩，也看客户知识有没有共享、团队有没有建立起来。

这些做法不需要更多的时间，模型里钻石型计划用的仍是 120 小时。它们需要的是一套**流程**。
""",
        """
(On GitHub or on paper the interactive controls do not show. Their starting state is the bow-tie plan
above: 10.18% in a normal year, 100% in the year Lu resigns.)

Try this:

- Move some of Lu's hours from GM Sun to Xiao Li only. Does the risk change? Why hardly at all?
- Take 20 of Lu's hours with Xiao Li and give them to VP Yang to meet GM Sun. In the year Lu resigns,
  how far does the probability fall from 100%?
- Set the yearly chance that a person leaves to 0. Is the bow-tie still dangerous? What does the
  independence assumption hide?
- What happens over budget? In real life, where would the extra hours come from?

## 7. What key account management would have changed

The chapter's conclusion: the problem was not that Lu was not good enough, but that **A had no
key-account strategy and no method or process for managing key accounts**. With KAM practice, A could
have:

1. **Made B a strategic key account, owned by the company rather than by one person**: a key
   customer with 13% of sales needs an owner at company level and an account plan.
2. **Moved from the bow-tie to the diamond**: VP to general manager, sales manager to purchasing
   manager, engineer to engineer, service to the users, so that B knows more than one person at A.
3. **Moved the knowledge from one head into the CRM**: contacts, order history, contract terms, open
   issues, the customer's organisation and how it decides, all on record, so that a successor can
   take over when anyone leaves.
4. **Reviewed and communicated regularly**: Lu reports the account plan to the sales manager and the
   VPs; the VPs visit B's executives. That ends the unease at the top of A, and Lu no longer fights
   alone.
5. **Made Lu the leader of an account team, not its only channel**: rewards count individual sales,
   and also whether the account knowledge is shared and a team is built.

None of this needs more time: the diamond in the model uses the same 120 hours. It needs a
**process**.
""",
    ),
    md(
        """
## 讨论

1. 陆经理是“最好的销售员”。为什么最好的销售员反而可能成为公司最大的风险？
2. 本课的模型假设各人离职互相独立。如果A公司的销售团队整体流失（例如竞争对手整体挖角），结论会怎样变化？
3. CRM记录在模型里让接任者有 c 的概率接住一条联系。现实中，有哪些知识很难写进CRM？
4. 钻石型关系也有成本：B公司的高层可能不愿意见那么多人，A公司内部的口径也要统一。怎样避免“人多嘴杂”？
5. 如果B公司占A公司销售额的比例是 55%，超过了本课借用的 50% 参考线，除了建立钻石型关系，A公司还应该做什么？

## 练习

每道练习先用 `ex.ask(...)` 看题目，把你的答案写进 `answer`，再运行 `ex.check(...)` 得到反馈。需要提示就运行 `ex.hint(...)`，每运行一次给出下一条提示。
""",
        """
## Discussion

1. Lu was the best salesperson. Why can the best salesperson become the company's biggest risk?
2. The model assumes that people leave independently of each other. What changes if A's sales team
   leaves as a group (say, a competitor hires them all)?
3. In the model a CRM record lets a successor take over a link with probability c. Which knowledge is
   hard to write into a CRM?
4. The diamond has costs too: B's executives may not want to meet so many people, and A's people must
   speak with one voice. How do you keep too many cooks from spoiling the broth?
5. If B held 55% of A's sales, above the 50% reference line the lesson borrows, what should A do
   besides building a diamond?

## Exercises

For each exercise, read the task with `ex.ask(...)`, put your answer in `answer`, and run
`ex.check(...)` for feedback. For a hint, run `ex.hint(...)`; each run gives the next hint.
""",
    ),
    code(
        """
ex = kamlab.exercises.lesson("04")
ex.ask("04.1")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("04.1", answer)
"""
    ),
    code(
        """
ex.hint("04.1", number=1)  # 第 1 条提示，不占次数 / hint 1, not counted
"""
    ),
    code(
        """
ex.ask("04.2")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("04.2", answer)
"""
    ),
    code(
        """
ex.ask("04.3")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("04.3", answer)
"""
    ),
    code(
        """
ex.ask("04.4")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("04.4", answer)
"""
    ),
    code(
        """
ex.ask("04.5")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("04.5", answer)
"""
    ),
    code(
        """
ex.ask("04.6")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("04.6", answer)
"""
    ),
    md(
        """
## 小结

- **案例一的事实。** 2007年，A公司通过陆经理与B公司达成 300 万元的交易，占销售总额的 13%；陆经理把B公司的信息全部记在自己脑子里，B公司高层只认识他。
  陆经理辞职，B公司放弃与A公司合作。原因：沟通不良，更主要的是缺乏大客户战略、方法和流程。
- **13%（教材的数字）与两条参考线（教材以外）。** B公司占A公司销售额的 13%，高于 IFRS 8 第 34 段的 10% 线，远低于证监会发行类第5号 5-17 的 50% 线；两条线都晚于 2007 年，也不在教材里，本课只把它们当作参照。
- **蝴蝶结型与钻石型。** 联系人数据显示B公司的三位联系人全部连到陆经理一个人：典型的蝴蝶结型。
- **风险模型。** 独立假设下，所有联系都断掉的概率是乘积：0.3 × 0.2 × 0.1 = 0.006；而同一个人的联系会一起断，陆经理离职概率 0.1 时，P = 0.1 + 0.9 × 0.006 = 0.1054。
- **模拟。** 同样 120 小时：蝴蝶结型正常年份 10.18%，陆经理辞职那一年 100%；钻石型加CRM记录分别是 0.22% 和 1.20%。
- 超出教材的模型及出处：蝴蝶结型与钻石型关系（McDonald、Millman 与 Rogers，1997，*Journal of Marketing Management*）；
  10% 参考线（IFRS 8《经营分部》第 34 段，2009 年起生效）；50% 参考线（证监会《监管规则适用指引——发行类第5号》5-17，作为教学参照）。
  投入与风险的曲线、离职概率和知识记录的效果都是示意性的假设；除陆经理以外的人名都是虚构的。

下一课（第 05 课）看案例二“抱怨传递”：同样是一个人扛着客户，这次发生在一张备件订单上。
""",
        """
## Summary

- **The facts of case K1.** In 2007 A closed 3 million yuan of business with B through Lu, 13% of
  A's total sales; Lu kept everything about B in his head, and B's executives knew only him. Lu
  resigned, and B ended its cooperation with A. The cause: poor communication, and above all no KAM
  strategy, method or process.
- **13% (the chapter's figure) and two reference lines (not the chapter's).** B's 13% of A's
  sales is above IFRS 8.34's 10% line and far below the 50% line of the CSRC's IPO guidance (发行类第5号
  5-17); both are later than 2007 and outside the chapter, and the lesson uses them only as yardsticks.
- **Bow-tie and diamond.** The contacts data show all three of B's contacts linked to Lu alone: a
  textbook bow-tie.
- **The risk model.** Under independence, all links are lost with the product of their
  probabilities: 0.3 × 0.2 × 0.1 = 0.006. But one person's links fail together: with a 0.1 chance
  that Lu leaves, P = 0.1 + 0.9 × 0.006 = 0.1054.
- **The simulation.** The same 120 hours: the bow-tie, 10.18% in a normal year and 100% in the year
  Lu resigns; the diamond with a CRM record, 0.22% and 1.20%.
- Models beyond the chapter and their sources: bow-tie and diamond relationships (McDonald, Millman &
  Rogers, 1997, *Journal of Marketing Management*); the 10% reference line (IFRS 8 *Operating
  Segments*, paragraph 34, effective 2009); the 50% reference line (CSRC, 监管规则适用指引——发行类第5号,
  5-17, used as a teaching yardstick). The hours-to-risk curve, the chance of leaving and the effect of
  knowledge capture are illustrative assumptions; every name except Lu's is invented.

The next lesson (05) takes up case K2, "complaint relay": again one person carries the customer, this
time over an order of spare parts.
""",
    ),
]
