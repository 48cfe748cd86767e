"""Lesson 02: why key account management matters (为什么大客户管理如此重要), chapter points I1-I4."""

from build_notebooks import code, md

NAME = "02_why_kam"

CELLS = [
    md(
        """
# 第 02 课　为什么大客户管理如此重要

上一课我们学会了找出谁是大客户。这一课回答下一个问题：**为什么要专门管理大客户？**
教材给出了四条理由，本课逐条讲解，每一条都先读教材的原话和数字，再亲手算一遍，最后用模型做实验。

**本课学习目标**

1. 解释“拥有客户比拥有市场更重要”：为什么{{chapter:customers_unequal}}、企业不能平均用力，客户占有与市场占有有什么区别，以及“满意 → 忠诚 → 利润”这条链条（I1）；
2. 理解“客户是企业最重要的资产”：会用保留率和折现率计算客户终身价值，说明为什么保留率提高一个百分点比看上去值钱得多（I2）；
3. 用留存曲线说明“大客户关系是品牌的根基”：忠诚客户和交易型客户在若干年里的重复购买差多少（I3）；
4. 用鲸鱼曲线和“33% 法则”说明：忠诚的大客户是利润的主要来源，但并不会自动带来利润（I4）；
5. 分清哪些结论来自教材、哪些来自超出教材的模型，知道模型在什么条件下会得出相反的结论。
""",
        """
# Lesson 02 — Why key account management matters

The last lesson found out who the key accounts are. This one answers the next question: **why manage
them specially at all?** The chapter gives four reasons. We take them one at a time: first the
chapter's own words and numbers, then a computation by hand, then an experiment with a model.

**Learning goals**

1. Explain why "owning customers beats owning the market": customers are born unequal, a supplier
   cannot spread its effort evenly, customer share differs from market share, and satisfaction leads
   to loyalty and loyalty to profit (I1).
2. Treat customers as the supplier's most important asset: compute a customer's lifetime value from
   retention and the discount rate, and explain why one more point of retention is worth far more
   than it looks (I2).
3. Use retention curves to show why the key-account relationship is the root of the brand: how many
   more repeat purchases loyal accounts make than transactional ones over the years (I3).
4. Use the whale curve and the "33% rule" to show that loyal key accounts are the main source of
   profit, but not automatically (I4).
5. Tell the chapter's conclusions from those of models that go beyond it, and know when a model
   reaches the opposite conclusion.
""",
    ),
    md(
        """
> **课堂路线（90 分钟）**
>
> | 部分 | 分钟 |
> |---|---|
> | 先讨论，再建模 | 5 |
> | 一、客户占有与市场占有（I1） | 25 |
> | 二、客户资产与终身价值（I2） | 20 |
> | 三、大客户关系与品牌（I3） | 10 |
> | 四、20% 毛利、5% 折扣、33% 销量（I4） | 20 |
> | 讨论（第 3、6 题） | 10 |
> | 合计 | 90 |
>
> 课后：练习；讨论题 1、2、4、5 写成短文。
""",
        """
> **In class (90 minutes)**
>
> | Part | Minutes |
> |---|---|
> | Discuss first | 5 |
> | 1. Customer share and market share (I1) | 25 |
> | 2. Customer equity and lifetime value (I2) | 20 |
> | 3. The key-account relationship and the brand (I3) | 10 |
> | 4. 20% margin, 5% discount, 33% volume (I4) | 20 |
> | Discussion (questions 3 and 6) | 10 |
> | Total | 90 |
>
> Homework: the exercises; discussion questions 1, 2, 4 and 5 as short essays.
""",
    ),
    code(
        """
import matplotlib.pyplot as plt
import pandas as pd
import kamlab
from kamlab.models import why_kam
from kamlab.plots.why_kam import plot_clv_scenario

kamlab.setup()
"""
    ),
    code(
        """
accounts = kamlab.load_accounts()
len(accounts)
"""
    ),
    md(
        """
我们继续使用 A公司 的 2,000 家模拟客户。

> **关于模型的说明。** 教材用文字讲清了四条理由，并给出了一个数字（毛利率 20%、折扣 5%，销量要增加 33%）。
> 本课第一、二、三部分的模型是**超出教材**的教学模型，用来把教材的道理变成可以动手的实验，出处分别注明在各部分：
> 服务利润链（Heskett 等，1994）、“零流失”与保留的价值（Reichheld 与 Sasser，1990）、满意与忠诚的非线性关系（Jones 与 Sasser，1995）、
> 客户终身价值与利润乘数（Gupta 与 Lehmann，2003、2005）。模型里的参数都是示意性的假设，不是实测数据。

### 先讨论，再建模

在看任何模型之前，请先和同桌讨论两分钟：

- “市场份额”和“客户份额”有什么不同？一家市场份额很高的企业，会不会在每个客户那里都只是“备胎”？
- 大客户买得最多，是不是也一定给企业赚得最多？先写下你的理由，第四部分再来对照。

## 一、拥有客户比拥有市场更重要（I1）

**教材怎么说。** {{chapter:customers_unequal}}。供应商不可能把精力平均分给所有客户，而必须找出自己的战略性大客户，
集中资源满足甚至超越他们的期望。期望得到满足，客户满意度就会提高；满意带来忠诚，忠诚带来利润。
教材还区分了两种“占有”：**市场占有**是宏观的、抽象的；**客户占有**（占有客户的份额）是微观的、具体的，
要靠一对一地锁定客户、开展个性化营销才能得到，而且{{chapter:customer_share_premise}}。

本课用“钱包份额”（share of wallet）来衡量客户占有：客户一年在这类产品上一共花多少钱（它的“钱包”），其中有多少花在了 A公司。
""",
        """
We keep working with Company A's 2,000 simulated accounts.

> **A note on the models.** The chapter makes its four points in words and gives one number (with a
> 20% gross margin a 5% discount needs 33% more volume). The models in parts 1, 2 and 3 of this
> lesson **go beyond the chapter**: they are teaching models that turn the chapter's arguments into
> experiments, and each part names its sources: the service-profit chain (Heskett et al., 1994),
> "zero defections" and the value of retention (Reichheld & Sasser, 1990), the non-linear link from
> satisfaction to loyalty (Jones & Sasser, 1995), and customer lifetime value with the margin
> multiple (Gupta & Lehmann, 2003, 2005). Their parameters are illustrative assumptions, not
> measured data.

### Discuss first, model later

Before any model, talk with your neighbour for two minutes:

- How does market share differ from customer share? Could a firm with a large market share be only
  every customer's second choice?
- Do the customers who buy the most also earn the firm the most? Write down your reasons, and
  compare them with part 4.

## 1. Owning customers beats owning the market (I1)

**What the chapter says.** {{chapter:customers_unequal}}. A supplier cannot spread its effort evenly
over all of them; it has to find its strategic key customers and concentrate on meeting, or
exceeding, their expectations. Expectations met raise satisfaction; satisfaction brings loyalty, and
loyalty brings profit. The chapter also separates two kinds of "share": **market share** is macro
and abstract; **customer share** (the share of each customer's business) is micro and concrete, is
won only by locking in customers one to one with personalised marketing, and is the precondition of
market share.

We measure customer share by the *share of wallet*: of everything a customer spends on this product
category in a year (its "wallet"), how much goes to Company A.
""",
    ),
    md(
        """
### 先用笔算一算：同样 40 个小时，花在谁身上？

设想 A公司 的销售团队多拿出 40 个小时，去服务一家客户。两家候选客户的情况一样：A公司 现在都占它们采购额的 25%，毛利率都是 20%，
唯一的区别是钱包大小：大客户一年采购 500 万元，小客户只采购 10 万元。

本课的模型（超出教材，见上面的说明）假设：投入 h 小时的“关注度”是 1 − 2<sup>−h/40</sup>，投入 40 小时得到一半的效果，
再投 40 小时只多得四分之一——收益递减。关注度最多能把钱包份额与上限 85% 之间差距的 60% 补上。于是投入 40 小时后：

- 钱包份额：25% + 0.6 × (85% − 25%) × 0.5 = 43%，两家客户一样；
- 大客户：销售额从 125 万元增加到 215 万元，毛利增加 90 万 × 20% = 18 万元；
- 小客户：销售额从 2.5 万元增加到 4.3 万元，毛利只增加 0.36 万元；
- 40 个小时按每小时 300 元计，成本 1.2 万元：花在小客户身上，连投入的成本都收不回来。

同样的时间，回报相差 50 倍。这就是“客户天生不平等”在数字上的含义。下面用 kamlab 验证：
""",
        """
### By hand first: the same 40 hours, spent on whom?

Suppose Company A's sales team has 40 extra hours for one account. The two candidates look alike:
Company A has 25% of each one's purchases and earns a 20% gross margin on both. The only difference
is the size of the wallet: the big account buys 5 million yuan a year in the category, the small one
100,000 yuan.

The lesson's model (beyond the chapter, see the note above) assumes that h hours give an
"attention" of 1 − 2<sup>−h/40</sup>: 40 hours give half the effect, another 40 hours only a further
quarter, so returns diminish. Full attention closes 60% of the gap between the current share of
wallet and a ceiling of 85%. After 40 hours:

- share of wallet: 25% + 0.6 × (85% − 25%) × 0.5 = 43%, the same for both accounts;
- the big account: revenue grows from 1.25 million to 2.15 million yuan, gross profit by
  900,000 × 20% = 180,000 yuan;
- the small account: revenue grows from 25,000 to 43,000 yuan, gross profit by only 3,600 yuan;
- 40 hours at 300 yuan an hour cost 12,000 yuan: spent on the small account, they do not even pay
  for themselves.

The same hours, a fifty-fold difference in return: that is what "customers are born unequal" means
in numbers. Now check it with kamlab:
""",
    ),
    code(
        """
two = pd.DataFrame({"account_id": ["big", "small"], "category_spend": [5_000_000.0, 100_000.0],
                    "share_of_wallet": [0.25, 0.25], "gross_margin": [0.20, 0.20],
                    "relationship_stage": ["cooperative", "cooperative"]})
result = why_kam.EffortModel().simulate(two, [40.0, 40.0])
kamlab.show(result.set_index("account_id")[["share_of_wallet", "revenue", "gross_profit", "effort_cost",
                                            "profit", "retention_before", "retention"]].round(3),
            context="why_kam.effort")
"""
    ),
    md(
        """
表中还多了两列：投入前后的**保留率**（客户明年还留下来的概率）。这正是教材讲的由满意到忠诚的一环。
模型假设关注度同样会提高客户满意度，而满意度通过一条向上弯的曲线变成忠诚：只有非常满意的客户才真正忠诚（Jones 与 Sasser，1995）。
没有额外投入时，两家“合作阶段”的客户保留率都是 80%（kamlab 为各关系阶段设定的示意值），投入 40 小时后升到约 84.7%。
保留率最后落到利润上：客户留得越久，每年的利润就能拿越多年，这就是下一部分要讲的客户终身价值。

### 整个客户群：平均用力，还是集中于战略客户？

现在把问题放大到 A公司 的全部客户。假设每年有 20,000 个小时可以用于大客户工作，比较三种做法：

- **不追加投入**：作为参照；
- **平均分配**：2,000 家客户每家 10 小时；
- **集中于战略客户**：把预算的 80% 给钱包最大的 5% 客户（100 家，相当于客户金字塔中 VIP 客户和重要客户两层），每家 160 小时；其余 1,900 家分剩下的 20%，每家约 2.1 小时。

这 100 家战略客户的钱包合计占全部客户采购总额的 41.7%。`compare_effort_policies` 把三种做法算一遍：
""",
        """
The table has two more columns: **retention** (the chance the account is still a customer next
year) before and after the effort. This is the chapter's link from satisfaction to loyalty. The
model assumes that attention also raises satisfaction, and that satisfaction turns into loyalty
along an upward-bending curve: only highly satisfied customers are truly loyal (Jones & Sasser,
1995). Without extra effort both accounts, in the cooperative stage, keep a retention of 80% (kamlab's
illustrative value for that relationship stage); with 40 hours it rises to about 84.7%. Retention
is where loyalty becomes profit: the longer an account stays, the more years of profit it brings,
which is customer lifetime value, the subject of part 2.

### The whole customer base: spread the effort, or focus it?

Now scale the question up to all of Company A's accounts. Suppose there are 20,000 hours a year for
key-account work, and compare three policies:

- **no extra effort**, as the reference;
- **spread evenly**: 10 hours for each of the 2,000 accounts;
- **focused on strategic accounts**: 80% of the budget goes to the 5% of accounts with the largest
  wallets (100 accounts, the VIP and important tiers of the customer pyramid), 160 hours each; the
  other 1,900 accounts share the remaining 20%, about 2.1 hours each.

Those 100 strategic accounts hold 41.7% of all the accounts' spending in the category.
`compare_effort_policies` computes the three policies:
""",
    ),
    code(
        """
comparison = why_kam.compare_effort_policies(accounts, budget_hours=20_000, strategic_share=0.05,
                                                focus_share=0.8)
table = comparison.summary[["share_of_wallet", "retention", "strategic_retention"]].round(3)
table["profit_10k"] = (comparison.summary["profit"] / 1e4).round(0)
table["lifetime_profit_10k"] = (comparison.summary["lifetime_profit"] / 1e4).round(0)
kamlab.show(table, context="show.effort")
"""
    ),
    md(
        """
读这张表（利润单位：万元）：

- **客户占有**：平均分配把整体钱包份额从 44.4% 提到 48.3%，集中投入提到 52.7%。同样的工时，集中投入争取到的客户份额更多，因为大钱包只在少数客户手里。
- **忠诚**：战略客户的保留率，平均分配只从 82.6% 提到 83.7%，集中投入提到 90.0%。有意思的是，**所有客户的平均**保留率反而是平均分配更高（76.9% 对 75.9%）：平均用力让很多小客户稍稍满意了一点，却没有让真正重要的客户更忠诚。
- **利润**：这里的“利润”是本模型的**投入后毛利**（毛利减去追加投入的工时成本，不扣服务成本），与第二部分扣除服务成本的“客户利润”不是一回事。当年的投入后毛利，平均分配 11,691 万元，集中投入 12,810 万元；把保留率算进去的终身投入后毛利（以 10% 折现），平均分配 60,076 万元，集中投入 71,482 万元，多出 11,406 万元。

下图横轴是投向战略客户的预算份额，从 0%（全部给其他客户）到 100%（全部给战略客户）；纵轴是比“不追加投入”多赚的利润。
圆点是平均分配（份额恰好等于战略客户的客户占比 5%），菱形是当前设置（80%）。
""",
        """
Reading the table (profit in 10k yuan):

- **Customer share**: the even spread lifts the overall share of wallet from 44.4% to 48.3%, the
  focused policy to 52.7%. The same hours win more customer share when focused, because the big
  wallets belong to few accounts.
- **Loyalty**: the strategic accounts' retention rises only from 82.6% to 83.7% with the even
  spread, but to 90.0% when focused. Notice that retention **averaged over all accounts** is higher
  with the even spread (76.9% vs 75.9%): spreading makes many small accounts a little more
  satisfied, but does not make the accounts that matter more loyal.
- **Profit**: here "profit" is the model's **gross profit after effort** (gross profit minus the cost
  of the extra hours, before cost to serve), not the **customer profit** after cost to serve of part
  2. This year's gross profit after effort is 11,691 (even) vs 12,810 (focused); over the lifetime,
  counting retention (discounted at 10%), it is 60,076 vs 71,482, a difference of 11,406 (10k yuan).

In the chart below, the horizontal axis is the share of the budget given to the strategic accounts,
from 0% (all to the others) to 100% (all to the strategic accounts); the vertical axis is the profit
above "no extra effort". The dot is the even spread (its share equals the strategic accounts' 5% of
all accounts), the diamond the current setting (80%).
""",
    ),
    md(
        """
曲线先陡后平，在 80% 左右到顶，把预算**全部**给战略客户反而略低一点：那 100 家客户已经接近饱和，而其余 1,900 家完全没人管。
集中不等于把鸡蛋全放进一个篮子，第 03 课讲的误区一{{chapter:m1}}也是这个道理。

### 动手实验

拖动滑块：改变总预算、投向战略客户的份额、战略客户占多少、按什么挑选战略客户，以及两个响应参数：
“半饱和投入”（多少小时能得到一半效果）和“响应强度”（投入最多能补上多大比例的差距）。图下的文字报告哪种做法的终身利润更高。
""",
        """
The curve rises steeply, then flattens, and peaks at around 80%; giving the **whole** budget to the
strategic accounts earns slightly less: those 100 accounts are close to saturation while the other
1,900 get no attention at all. Focusing is not putting every egg in one basket, which is also the
lesson of misconception 1 in lesson 03 ({{chapter:m1}}).

### Try it yourself

Move the sliders: the total budget, the share given to strategic accounts, how many accounts count
as strategic, how they are chosen, and two response parameters: the "half-effect effort" (how many
hours give half the possible effect) and the "response strength" (how much of the gap effort can
close at most). The line under the chart says which policy earns more over the accounts' lifetime.
""",
    ),
    code(
        """
kamlab.widgets.effort_explorer(accounts)
""",
        "nbval-ignore-output",
    ),
    md(
        """
### 什么时候平均用力反而更好？

模型不是为了证明“集中一定对”。下面三种情况下，平均分配赢了：
""",
        """
### When does spreading the effort win?

The model is not there to prove that focusing is always right. In the three cases below the even
spread wins:
""",
    ),
    code(
        """
cases = {"budget_100k_hours": {"budget_hours": 100_000},
         "half_effort_2_hours": {"model": why_kam.EffortModel(half_effort_hours=2)},
         "strategic_by_importance": {"strategic_by": "strategic_importance"},
         "strategic_by_revenue": {"strategic_by": "revenue"}}
runs = {name: why_kam.compare_effort_policies(accounts, **kwargs) for name, kwargs in cases.items()}
kamlab.show(pd.DataFrame({name: {"winner": c.winner, "focus_gain_10k": f"{c.focus_gain / 1e4:,.0f}"}
                          for name, c in runs.items()}).T)
"""
    ),
    md(
        """
1. **预算非常充裕**（每年 100,000 小时）：100 家战略客户早已饱和，多给的时间白白浪费，而其他客户还在对投入作出反应。平均分配多赚 4,487 万元。
2. **投入见效极快**（半饱和投入只要 2 小时）：几个小时就能赢得一家小客户，那么覆盖面越广越好。平均分配多赚 14,617 万元。
3. **挑错了战略客户**：按 1–5 分的“战略重要性评分”挑选时，有 501 家客户并列 5 分，排在前面的 100 家并不是钱包最大的。集中投入反而少赚 1,162 万元。

第四行值得对照：按**本公司销售额**而不是按**客户的采购总额（钱包）**挑选战略客户，集中投入仍然更好，但只多赚 9,225 万元，而不是 11,406 万元。
销售额最大的客户往往是我们已经占了很大份额的客户，剩下可争取的空间不多；钱包大而份额低的客户才是潜力所在。
这正是教材所说的：要看**客户占有**，而不只看市场上卖了多少。

教材的结论在模型里成立的前提是：资源有限、投入的回报递减、而且找对了战略客户。这三点正是大客户管理要做好的功课。
""",
        """
1. **A very large budget** (100,000 hours a year): the 100 strategic accounts are saturated long
   before, the extra hours are wasted on them, while the other accounts still respond. The even
   spread earns 4,487 (10k yuan) more.
2. **Effort that works very fast** (half the effect after only 2 hours): a few hours win a small
   account, so reaching many accounts pays best. The even spread earns 14,617 more.
3. **The wrong strategic accounts**: choosing by the 1-5 "strategic importance" score, 501 accounts
   tie at 5, and the first 100 of them are not the ones with the largest wallets. Focusing earns
   1,162 less.

The fourth line is worth comparing: choosing strategic accounts by **our revenue** instead of by
**the customer's total spend (its wallet)**, focusing still wins, but by 9,225 instead of 11,406.
The accounts where we sell most are often those where we already hold a large share, with little
left to win; accounts with big wallets and a low share are where the potential lies. That is the
chapter's point: look at **customer share**, not only at how much you sell in the market.

The chapter's conclusion holds in the model when resources are limited, returns to effort diminish,
and the right strategic accounts are chosen. Those three conditions are exactly the homework of key
account management.
""",
    ),
    md(
        """
## 二、客户是企业最重要的资产（I2）

**教材怎么说。** 企业应当按照**客户资产**（customer equity，即全部客户为企业创造的价值）来管理，而不能只盯着品牌资产；
要更关心客户的利润贡献，而不只是产品的盈利能力。现有客户是企业未来收益的可靠来源，品牌资产本身也来自客户的满意和忠诚。

> **超出教材：客户终身价值。** 一位客户的价值，是他留在企业期间带来的全部利润的折现值。
> 设每年利润为 m，保留率为 r（客户再留一年的概率），折现率为 i，第一笔利润在第一年年末到账，
> 则客户终身价值 CLV = m × r / (1 + i − r)，其中 r / (1 + i − r) 叫作**利润乘数**
> （Gupta 与 Lehmann，2003，*Customers as assets*；2005，*Managing Customers as Investments*）。

### 先用笔算一算

一家大客户每年带来 10 万元利润，保留率 80%，折现率 12%：

- 利润乘数 = 0.8 / (1.12 − 0.8) = 0.8 / 0.32 = 2.5，终身价值 = 10 万 × 2.5 = **25 万元**；
- 保留率提高 1 个百分点到 81%：乘数 = 0.81 / 0.31 = 2.613，终身价值 26.13 万元，**增加 4.5%**。

保留率从 80% 到 81%，相对只变了 0.01 / 0.8 = 1.25%，终身价值却增加了 4.5%；而利润提高 1%，终身价值只增加 1%。
原因是保留率不只影响明年，它延长了客户整个的“寿命”。
""",
        """
## 2. Customers are the supplier's most important asset (I2)

**What the chapter says.** A supplier should manage by **customer equity**, all the value its
customers create for it, and not by brand equity alone; it should care more about customers' profit
contribution than about the profitability of products. Existing customers are a reliable source
of future income, and brand equity itself grows out of customer satisfaction and loyalty.

> **Beyond the chapter: customer lifetime value.** A customer's value is the discounted profit it
> brings while it stays. With a yearly margin m, a retention rate r (the chance it stays another
> year) and a discount rate i, and the first margin at the end of year 1, the lifetime value is
> CLV = m × r / (1 + i − r); the factor r / (1 + i − r) is the **margin multiple** (Gupta &
> Lehmann, 2003, *Customers as assets*; 2005, *Managing Customers as Investments*).

### By hand first

A key account brings 100,000 yuan of margin a year, with 80% retention and a 12% discount rate:

- margin multiple = 0.8 / (1.12 − 0.8) = 0.8 / 0.32 = 2.5; lifetime value = 100,000 × 2.5 =
  **250,000 yuan**;
- one more point of retention, 81%: multiple = 0.81 / 0.31 = 2.613, lifetime value 261,300 yuan,
  **4.5% more**.

Retention moved from 80% to 81%, only 0.01 / 0.8 = 1.25% in relative terms, yet lifetime value rose
by 4.5%; one percent more margin adds only one percent. Retention does not just affect next year: it
lengthens the account's whole life as a customer.
""",
    ),
    code(
        """
scenario = why_kam.clv_scenario(100_000, 0.8, 0.12)
kamlab.show({"margin_multiple": f"{scenario.margin_multiple:.2f}", "clv_yuan": f"{scenario.clv:,.0f}",
             "one_point_gain": f"{scenario.one_point_gain:.1%}"})
"""
    ),
    code(
        """
kamlab.show(kamlab.margin_multiple_table([0.6, 0.7, 0.8, 0.9], [0.08, 0.12]).round(2))
"""
    ),
    md(
        """
利润乘数表说明了同一件事：折现率 12% 时，保留率从 60% 提高到 90%，乘数从 1.15 倍变成 4.09 倍，是原来的 3.5 倍多。
下图左边是乘数随保留率变化的曲线（红点是上面的例子），右边是终身价值对各个驱动因素的**弹性**：驱动因素变动 1% 时终身价值变动百分之几。
保留率的弹性是 3.5，利润的弹性是 1。
""",
        """
The table of margin multiples says the same: at a 12% discount rate, raising retention from 60% to
90% takes the multiple from 1.15 to 4.09, more than three and a half times as much. Below, the left chart shows the multiple against retention
(the red dot is the example above); the right chart shows the **elasticity** of lifetime value to
each driver: the percentage change in CLV for a 1% change in the driver. Retention's elasticity is
3.5, the margin's 1.
""",
    ),
    code(
        """
fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), layout="constrained")
plot_clv_scenario(scenario, ax=left)
kamlab.plot_clv_elasticities(kamlab.clv_elasticities(0.8, 0.12), ax=right)
plt.show()
"""
    ),
    md(
        """
### 整个客户群的客户资产

把每家客户今年的利润（扣除产品成本、折扣返利和服务成本）乘以它的利润乘数，加起来就是 A公司 的客户资产。
这里的保留率按客户的关系阶段取 kamlab 的示意值（探索阶段 60% 到一体化阶段 93%），折现率 10%：
""",
        """
### The customer equity of the whole base

Multiply each account's profit this year (after cost of goods, discounts and rebates, and cost to
serve) by its margin multiple and add up: that is Company A's customer equity. Retention here is
kamlab's illustrative value for each relationship stage (from 60% for exploratory to 93% for
integrated accounts), the discount rate 10%:
""",
    ),
    code(
        """
equity = kamlab.customer_equity(accounts, discount_rate=0.10)
this_year = kamlab.customer_profit(accounts)["profit"].sum()
kamlab.show({"customer_equity_10k": f"{equity / 1e4:,.0f}", "customer_profit_10k": f"{this_year / 1e4:,.0f}",
             "equity_to_profit": f"{equity / this_year:.1f}"})
"""
    ),
    md(
        """
客户资产约 12,356 万元，是今年**客户利润**（扣除产品成本、折扣返利和服务成本之后）2,961 万元的 4.2 倍。这里的客户利润比第一部分的“投入后毛利”（11,691 万元）小得多，因为它扣除了服务成本和折扣返利。A公司 资产负债表上看不到这笔资产，但它决定了企业未来的收入。
管住客户的保留率，就是管住这笔资产。

### 动手实验

调节年利润、保留率、折现率和利润增长率，看终身价值怎样变化，以及多一个百分点的保留率值多少。
试一试把保留率拉到 100%、把增长率调得比折现率还高：这时“保留率 ×（1 + 增长率）≥ 1 + 折现率”，
折现后的利润一年比一年多，无穷期的终身价值没有有限值。图下的文字会解释原因，而不是报错。
""",
        """
Customer equity is about 123.56 million yuan (12,356 in 10k yuan), 4.2 times this year's **customer
profit** (after cost of goods, discounts and rebates, and cost to serve) of 29.61 million (2,961 in
10k yuan). It is much smaller than part 1's "gross profit after effort" (11,691) because cost to
serve and discounts are deducted. This asset appears nowhere on Company A's balance sheet, yet it decides the company's
future income. Managing retention is managing this asset.

### Try it yourself

Change the yearly margin, retention, the discount rate and margin growth, and watch lifetime value
and the worth of one more point of retention. Try retention at 100% with growth above the discount
rate: then "retention × (1 + growth) ≥ 1 + discount rate", the discounted margins grow every year,
and the infinite-horizon lifetime value has no finite value. The line under the chart explains this
instead of failing.
""",
    ),
    code(
        """
kamlab.widgets.clv_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 三、大客户关系是品牌的根基（I3）

**教材怎么说。** 忠诚的客户在心目中偏爱这个品牌，并且持续购买它；大客户就是品牌的忠诚拥护者。
教材打了一个比方：**{{chapter:water_and_nutrients}}。**

> **超出教材：留存曲线。** 如果每年的保留率都是 r，一批客户在 t 年后还剩 r<sup>t</sup>；
> 每家客户在之后 T 年里的期望重复购买次数是 r + r<sup>2</sup> + … + r<sup>T</sup>
> （Reichheld 与 Sasser，1990；品牌忠诚见 Aaker，1991，*Managing Brand Equity*）。

### 先用笔算一算

比较两类客户，每家活跃客户每年购买一次：**忠诚客户**保留率 90%，**交易型客户**（哪家便宜买哪家）保留率 60%。

- 1 年后，100 家忠诚客户还剩 90 家，交易型客户剩 60 家；5 年后分别剩 0.9<sup>5</sup> ≈ 59.0% 和 0.6<sup>5</sup> ≈ 7.8%；
- 平均客户寿命是 1 / (1 − r)：忠诚客户 10 年，交易型客户 2.5 年；
- 10 年里的重复购买：忠诚客户 0.9 × (1 − 0.9<sup>10</sup>) / 0.1 ≈ 5.86 次，交易型客户 0.6 × (1 − 0.6<sup>10</sup>) / 0.4 ≈ 1.49 次，相差约 3.9 倍。
""",
        """
## 3. The key-account relationship is the root of the brand (I3)

**What the chapter says.** Loyal customers prefer the brand in their minds and keep buying it; key
customers act as the brand's loyalists. The chapter's image: **{{chapter:water_and_nutrients}}.**

> **Beyond the chapter: retention curves.** With the same retention r every year, a cohort of
> accounts has r<sup>t</sup> left after t years, and each account makes r + r<sup>2</sup> + … +
> r<sup>T</sup> expected repeat purchases over the next T years (Reichheld & Sasser, 1990; on brand
> loyalty, Aaker, 1991, *Managing Brand Equity*).

### By hand first

Compare two kinds of accounts, each buying once a year while active: **loyal accounts** with 90%
retention and **transactional accounts** (they buy wherever it is cheapest) with 60%.

- After one year 90 of 100 loyal accounts remain, and 60 transactional ones; after five years
  0.9<sup>5</sup> ≈ 59.0% and 0.6<sup>5</sup> ≈ 7.8%.
- The expected life of an account is 1 / (1 − r): 10 years for a loyal account, 2.5 years for a
  transactional one.
- Repeat purchases over 10 years: 0.9 × (1 − 0.9<sup>10</sup>) / 0.1 ≈ 5.86 for a loyal account,
  0.6 × (1 − 0.6<sup>10</sup>) / 0.4 ≈ 1.49 for a transactional one, about 3.9 times fewer.
""",
    ),
    code(
        """
curves = why_kam.retention_curves({"loyal": 0.9, "transactional": 0.6}, horizon_years=10)
kamlab.show(curves.summary.round(2))
"""
    ),
    md(
        """
左图：交易型客户两三年就流失大半，10 年后只剩 0.6%；忠诚客户 10 年后还有 34.9% 在买。
右图：交易型客户的累计重复购买很快停在 1.5 次左右，忠诚客户的还在一路上升。一个品牌每年的销售，主要靠这些年复一年回来购买的客户撑着，这就是“水分和营养”的意思。

表中最后一列把第三部分和第二部分连在一起：如果把重复购买按 10% 折现、一直算下去，得到的正是第二部分的利润乘数 r / (1 + i − r)：忠诚客户 4.5 倍，交易型客户 1.2 倍。
留存曲线和客户终身价值是同一个道理的两种说法。

### 动手实验
""",
        """
Left: transactional accounts mostly leave within two or three years, and only 0.6% remain after ten;
34.9% of the loyal accounts are still buying after ten years. Right: the transactional accounts'
cumulative repeat purchases soon stop at about 1.5, while the loyal accounts' keep rising. A brand's
sales year after year rest on the customers who come back year after year: that is the "water and
nutrients".

The table's last column ties part 3 to part 2: discount the repeat purchases at 10% and count them
for ever, and you get exactly the margin multiple r / (1 + i − r) of part 2: 4.5 for the loyal
accounts, 1.2 for the transactional ones. Retention curves and customer lifetime value are two ways
of telling one story.

### Try it yourself
""",
    ),
    code(
        """
kamlab.widgets.retention_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 四、忠诚的大客户是主要的利润来源，但不是自动的（I4）

**教材怎么说。** 在许多行业里，最大的客户采购得最多，利润率却往往不如中等规模的客户：争取和维护它们的成本高，
而在利润率低的行业里，按采购量给的折扣会压低利润，有时甚至压成亏损。教材给了一个数字：
**{{chapter:i4_33pct}}。**（原文照录；“拆扣”是原文的笔误，即“折扣”。）

### A公司 的数据怎么说

先看扣除服务成本之后各层客户的利润率（客户金字塔按第 01 课的 1% / 4% / 15% / 80% 划分），以及鲸鱼曲线（Kaplan 与 Cooper，1998，超出教材的工具）：
""",
        """
## 4. Loyal key accounts are the main profit contributors, but not automatically (I4)

**What the chapter says.** In many industries the largest customers buy the most, yet are often
less profitable than mid-size ones: winning and keeping them is costly, and in low-margin industries
volume discounts cut the margin, sometimes into a loss. The chapter's number: **{{chapter:i4_33pct}}.**

### What Company A's data say

First the profit margin of each tier after cost to serve (the customer pyramid of lesson 01, 1% /
4% / 15% / 80%), and the whale curve (Kaplan & Cooper, 1998, a tool beyond the chapter):
""",
    ),
    code(
        """
tiers = kamlab.profit_by_tier(accounts)
fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), layout="constrained")
kamlab.plot_profit_by_tier(tiers, ax=left)
kamlab.plot_whale_curve(kamlab.whale_curve(accounts), ax=right)
plt.show()
"""
    ),
    md(
        """
- VIP客户 的利润率只有 4.4%，重要客户 4.8%，而普通大客户达到 9.6%。注意这**不是独立的证据**：和第 00 课的 80/20 一样，A公司 的模拟数据本来就是按教材的说法（大客户折扣多、服务成本高）生成的，所以这里只是演示怎样在数据中看到这种现象，而不是证明它。
- 鲸鱼曲线先升后降：赚钱的客户合起来赚到的利润，是全公司总利润的 118%；多出来的 18% 被亏损的客户吃掉了。
- 销售额前 20 名的客户里，有 3 家扣除服务成本后是亏损的。

再看销售额最大的三家客户，按利润排第几：
""",
        """
- VIP accounts earn a profit margin of only 4.4%, important accounts 4.8%, ordinary key accounts
  9.6%. Note that this is **not independent evidence**: as with the 80/20 rule in lesson 00,
  Company A's simulated data were built to follow the chapter (larger discounts and higher cost to
  serve for the largest accounts), so this shows how to see the pattern in data, not that it holds.
- The whale curve rises, then falls: the profitable accounts together earn 118% of the company's
  total profit; the extra 18% is eaten by the loss-making accounts.
- Of the 20 largest accounts by revenue, 3 lose money after cost to serve.

Now the three largest accounts by revenue, and where they rank by profit:
""",
    ),
    code(
        """
whale = kamlab.whale_curve(accounts)
kamlab.show(whale.table.sort_values("revenue_rank").head(3)[["account_id", "revenue_rank", "rank", "revenue", "profit"]]
            .rename(columns={"rank": "profit_rank", "profit": "customer_profit"}).round(0))
"""
    ),
    md(
        """
最大的客户同时也是最赚钱的客户，但销售额第二的客户按利润只排到第 193 名：销售额 1,406 万元，利润不到 5 万元。
大客户会不会成为利润的主要来源，取决于怎么管理它们：给多少折扣、花多少服务成本。

### 先用笔算一算：33% 是怎么来的

按标价每卖 100 元，毛利 20 元。给 5% 的商业折扣以后，每卖 100 元标价的货只收 95 元，成本不变，毛利剩 15 元。
要保住原来的毛利，销量必须增加 x，使 20 = 15 × (1 + x)，即 **0.20 = 0.15 × (1 + x)**，x = 0.20 / 0.15 − 1 = 1/3 ≈ **33.3%**。

一般地，毛利率 m、折扣 d 时，x = d / (m − d)。常见的错误是用折扣除以毛利率（5% / 20% = 25%），这样算少了：
销量要弥补的是**打折以后**剩下的毛利。
""",
        """
The largest account is also the most profitable one, but the second largest ranks only 193rd by
profit: 14.06 million yuan of revenue, under 50,000 yuan of profit. Whether key accounts become the
main source of profit depends on how they are managed: how much discount, how much cost to serve.

### By hand first: where the 33% comes from

At list price, every 100 yuan of sales carries 20 yuan of gross profit. After a 5% trade discount, the
same goods bring in 95 yuan, the cost is unchanged, and 15 yuan of gross profit remain. To keep the
old gross profit, volume must grow by x with 20 = 15 × (1 + x), that is **0.20 = 0.15 × (1 + x)**,
x = 0.20 / 0.15 − 1 = 1/3 ≈ **33.3%**.

In general, with margin m and discount d, x = d / (m − d). A common mistake is to divide the discount
by the margin (5% / 20% = 25%), which is too little: the volume has to make up for the margin that
is left **after** the discount.
""",
    ),
    code(
        """
kamlab.show({"breakeven_volume_increase": round(kamlab.breakeven_volume_increase(0.20, 0.05), 4)})
"""
    ),
    md(
        """
`breakeven_scenario` 在同一个计算之外，还算出整张毛利率 × 折扣的表格。下面的热力图里，颜色越深，需要增加的销量越多；
黑线是“折扣 = 毛利率”，黑线右下方的阴影区里折扣已经吃掉了全部毛利，每多卖一件都不赚钱甚至亏钱，**多少销量都补不回来**。
细线标出了需要增加 33%、100% 和 200% 销量的位置。
""",
        """
`breakeven_scenario` does the same computation and also the whole table of margins × discounts. In
the heat map below, the darker the colour, the more extra volume is needed. The black line is
"discount = margin"; in the hatched area below it the discount has eaten the whole margin, every
extra unit earns nothing or loses money, and **no volume can compensate**. Thin lines mark where 33%,
100% and 200% more volume is needed.
""",
    ),
    code(
        """
kamlab.show({"compensable": why_kam.breakeven_scenario(0.20, 0.25).compensable})
"""
    ),
    md(
        """
毛利率越低，同样的折扣需要的销量就越多：毛利率 10% 时，5% 的折扣需要销量翻一倍（+100%）。这就是为什么教材强调{{chapter:low_margin_industries}}。

### 动手实验

拖动毛利率和折扣两个滑块。把折扣拉到毛利率以上，看看图和文字说了什么。
""",
        """
The lower the margin, the more volume the same discount needs: at a 10% margin a 5% discount needs
twice the volume (+100%). That is why the chapter stresses low-margin industries.

### Try it yourself

Move the margin and discount sliders. Push the discount past the margin and see what the chart and
the text say.
""",
    ),
    code(
        """
kamlab.widgets.breakeven_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 讨论

1. 教材说{{chapter:customer_share_premise}}。在效果探索器里比较“按客户采购总额”和“按本公司销售额”挑选战略客户，结果有什么不同？这和“客户占有”有什么关系？
2. 模型在预算很充裕、或投入见效极快时得出了“平均用力更好”的结论。现实中哪些行业或客户更接近这种情况？A公司 这样的液压件企业呢？
3. 平均分配让**所有客户的平均**满意度和保留率更高，集中投入却赚得更多。如果公司只用“平均客户满意度”考核销售团队，会发生什么？
4. 保留率从 80% 提高到 81% 能让终身价值增加约 4.5%。为维持一家大客户，你愿意多花多少钱？需要知道哪些数字才能回答？
5. 教材说{{chapter:brand_from_loyalty}}。结合留存曲线，说说为什么{{chapter:water_and_nutrients}}。
6. 一家大客户要求再降价 5%，并承诺采购量增加 20%。毛利率 20% 时该不该答应？如果毛利率是 40% 呢？还应当考虑哪些因素（例如服务成本、竞争对手、关系的长期价值）？

## 练习

每道练习先用 `ex.ask(...)` 看题目，把你的答案写进 `answer`，再运行 `ex.check(...)` 得到反馈。
想要提示就运行 `ex.hint(...)`，每运行一次给出下一条提示。
""",
        """
## Discussion

1. The chapter calls customer share the precondition of market share. In the effort explorer,
   compare choosing strategic accounts by the customer's total spend and by our revenue. How do the
   results differ, and what has that to do with customer share?
2. With a very large budget, or effort that works very fast, the model says spreading is better.
   Which industries or customers come close to that? What about a maker of hydraulic fittings like
   Company A?
3. Spreading the effort gives higher satisfaction and retention **averaged over all accounts**, yet
   focusing earns more. What would happen if the sales team were judged only by average customer
   satisfaction?
4. Raising retention from 80% to 81% adds about 4.5% to lifetime value. How much more would you
   spend to keep a key account? Which numbers would you need to answer?
5. The chapter says {{chapter:brand_from_loyalty}}. Use the retention
   curves to explain why {{chapter:water_and_nutrients}}.
6. A key account asks for another 5% off and promises to buy 20% more. With a 20% margin, should
   you agree? With a 40% margin? What else matters (cost to serve, competitors, the long-term value
   of the relationship)?

## Exercises

For each exercise, read the task with `ex.ask(...)`, put your answer in `answer`, and run
`ex.check(...)` for feedback. For a hint, run `ex.hint(...)`; each run gives the next hint.
""",
    ),
    code(
        """
ex = kamlab.exercises.lesson("02")
ex.ask("02.1")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("02.1", answer)
"""
    ),
    code(
        """
ex.hint("02.1", number=1)  # 第 1 条提示，不占次数 / hint 1, not counted
"""
    ),
    code(
        """
ex.ask("02.2")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("02.2", answer)
"""
    ),
    code(
        """
ex.ask("02.3")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("02.3", answer)
"""
    ),
    code(
        """
ex.ask("02.4")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("02.4", answer)
"""
    ),
    code(
        """
ex.ask("02.5")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("02.5", answer)
"""
    ),
    md(
        """
## 小结

- **I1 拥有客户比拥有市场更重要。** 客户天生不平等，不能平均用力。同样 20,000 个小时，集中给钱包最大的 5% 客户，
  钱包份额达到 52.7%（平均分配 48.3%），战略客户保留率 90.0%（平均分配 83.7%），终身投入后毛利（不扣服务成本）多出 11,406 万元。
  但在预算非常充裕、投入见效极快或挑错战略客户时，模型的结论会反过来。
- **I2 客户是企业最重要的资产。** 客户终身价值 = 年利润 × r / (1 + i − r)。保留率 80%、折现率 12% 时乘数为 2.5；
  保留率提高 1 个百分点，终身价值增加 4.5%。A公司 的客户资产约为今年客户利润（扣除服务成本之后）的 4.2 倍。
- **I3 大客户关系是品牌的根基。** 保留率 90% 与 60% 的客户，10 年后分别还剩 34.9% 和 0.6%，重复购买相差约 3.9 倍。
- **I4 忠诚的大客户是主要利润来源，但不是自动的。** A公司 VIP客户 利润率 4.4%，普通大客户 9.6%（模拟数据按教材的说法生成，是演示，不是证据）；
  毛利率 20% 时给 5% 的商业折扣，销量要增加 33%（0.20 = 0.15 × (1 + x)，x = 1/3）；折扣达到毛利率时，多少销量都补不回来。
- 超出教材的模型及出处：服务利润链（Heskett 等，1994，*Harvard Business Review*）、零流失（Reichheld 与 Sasser，1990，*HBR*）、
  满意与忠诚（Jones 与 Sasser，1995，*HBR*）、客户终身价值（Gupta 与 Lehmann，2003、2005）、鲸鱼曲线（Kaplan 与 Cooper，1998）。

下一课（第 03 课）讨论大客户管理的五个误区，其中第一个就是本课图中已经看到的“过犹不及”。
""",
        """
## Summary

- **I1 Owning customers beats owning the market.** Customers are born unequal; effort cannot be
  spread evenly. The same 20,000 hours, focused on the 5% of accounts with the largest wallets, lift
  the share of wallet to 52.7% (48.3% when spread), the strategic accounts' retention to 90.0%
  (83.7%), and lifetime gross profit after effort (before cost to serve) by 11,406 (10k
  yuan). With a very large budget, effort that works very
  fast, or the wrong strategic accounts, the model's conclusion turns around.
- **I2 Customers are the supplier's most important asset.** Lifetime value = yearly margin ×
  r / (1 + i − r). At 80% retention and a 12% discount rate the multiple is 2.5; one more point of
  retention adds 4.5% to lifetime value. Company A's customer equity is about 4.2 times this year's
  customer profit (after cost to serve).
- **I3 The key-account relationship is the root of the brand.** Of accounts with 90% and 60%
  retention, 34.9% and 0.6% remain after ten years, and their repeat purchases differ about 3.9-fold.
- **I4 Loyal key accounts are the main profit contributors, but not automatically.** Company A's VIP
  accounts earn a 4.4% profit margin, ordinary key accounts 9.6% (the simulated data were built to
  follow the chapter: a demonstration, not evidence); with a 20% gross margin a 5% trade
  discount needs 33% more volume (0.20 = 0.15 × (1 + x), x = 1/3); once the discount reaches the
  margin, no volume can compensate.
- Models beyond the chapter and their sources: the service-profit chain (Heskett et al., 1994,
  *Harvard Business Review*), zero defections (Reichheld & Sasser, 1990, *HBR*), satisfaction and
  loyalty (Jones & Sasser, 1995, *HBR*), customer lifetime value (Gupta & Lehmann, 2003, 2005), the
  whale curve (Kaplan & Cooper, 1998).

The next lesson (03) takes up the five misconceptions of key account management; the first of them,
"too much is as bad as too little", already showed in this lesson's chart.
""",
    ),
]
