"""Lesson 01: what a key account is (什么是大客户), chapter points C1 and C2."""

from build_notebooks import code, md

NAME = "01_key_accounts"

CELLS = [
    md(
        """
# 第 01 课　什么是大客户：主观感知与客观判断

**本课学习目标**

1. 说出“大客户”的几种常见叫法，理解教材为什么说不必给它下一个死板的定义；
2. 用**主观感知**的方法找大客户：把当前销售额、未来发展趋势、发展潜力、占用的时间精力和战略重要性变成一个看得懂的得分，并找出“潜在的大客户”；
3. 用**客观判断**的方法找大客户：用帕雷托 80/20 法则和客户金字塔（1% / 4% / 15% / 80%）划分 A公司 的客户，并用洛伦兹曲线、基尼系数和 HHI 描述客户集中的程度；
4. 比较两种方法在哪些客户上意见一致、在哪些客户上分歧，说明为什么两种方法都需要；
5. 初步认识大客户组合矩阵（超出教材的内容），为后面的课程做准备。
""",
        """
# Lesson 01 — What a key account is: subjective perception and objective judgement

**Learning goals**

1. Name the usual terms for a key account and understand why the chapter says no rigid definition
   is needed.
2. Find key accounts by **subjective perception**: turn current sales, future trend, development
   potential, the time and energy an account takes and its strategic importance into a score you
   can read, and spot the *potential* key accounts.
3. Find key accounts by **objective judgement**: split Company A's customers with the Pareto 80/20
   rule and the customer pyramid (1% / 4% / 15% / 80%), and describe how concentrated they are with
   the Lorenz curve, the Gini coefficient and the HHI.
4. Compare where the two methods agree and where they part ways, and explain why both are needed.
5. Get a first look at the key-account portfolio matrix (beyond the chapter), which later lessons
   build on.
""",
    ),
    md(
        """
> **课堂路线（70 分钟）**
>
> | 部分 | 分钟 |
> |---|---|
> | 一、大客户的概念；先讨论 | 10 |
> | 二、主观感知：评分卡 | 20 |
> | 三、客观判断：二八法则与客户金字塔 | 20 |
> | 四、两种方法：一致与分歧 | 10 |
> | 六、讨论（第 1、2 题） | 10 |
> | 合计 | 70 |
>
> 课后：七、练习与自我检测，其余讨论题。**选学**：五、大客户组合矩阵（超出教材）。
""",
        """
> **In class (70 minutes)**
>
> | Part | Minutes |
> |---|---|
> | 1. What a key account is; discuss first | 10 |
> | 2. Subjective perception: the scorecard | 20 |
> | 3. Objective judgement: the 80/20 rule and the customer pyramid | 20 |
> | 4. The two methods: agreement and disagreement | 10 |
> | 6. Discussion (questions 1 and 2) | 10 |
> | Total | 70 |
>
> Homework: 7. exercises with self-check, the other discussion questions. **Optional**: 5. the key-account portfolio matrix (beyond the chapter).
""",
    ),
    code(
        """
import matplotlib.pyplot as plt
import pandas as pd
import kamlab
from kamlab.models.key_accounts import concentration_view, scoring_view

kamlab.setup()
"""
    ),
    md(
        """
## 一、大客户的概念

教材开门见山：关于大客户的说法有很多，我们有时也称之为**重点客户、重要客户、关键客户、核心客户**等。
其实**没有必要非得下一个极其规范明确的定义**，可以用两种方法来界定大客户：

- **第一种方法：主观感知。**“大”指的是**重要性大**，对你和你的企业都很重要。从**当前的销售数字、未来发展趋势以及潜在的发展潜力**考量，只要你认为他是重要的，他就可以被定义为大客户。那些**占用你大量销售时间、耗费你很大精力、让你夜不能寐、让你不能失去的客户**，就是大客户。还有一种客户是**潜在的大客户**，有望成为极其重要的客户，我们也把他们称为大客户。
- **第二种方法：客观判断。**它源于一个统计模型——“二八模式”，即**帕雷托 80/20 法则**：**20% 的客户可以带来 80% 的业务**。按这个思路，客户可以分成一座金字塔：**VIP客户约占 1%，重要客户约占 4%，普通大客户约占 15%，小客户约占 80%**。

请注意两种方法的出发点不同：主观感知问的是“这个客户对我们**有多重要**”，客观判断问的是“这个客户**买了多少**”。本课先分别把两种方法做一遍，再看它们在 A公司 的 2,000 家客户身上得出的名单有多大差别。

### 先讨论，再建模

在看任何模型之前，请先和同桌讨论两分钟：

- 一家今年只买了 10 万元、却每年增长 30% 的客户，和一家今年买了 500 万元、但在逐年减少的客户，哪一家更“大”？
- 如果只能用一种方法挑大客户，你选主观感知还是客观判断？各会漏掉什么样的客户？
""",
        """
## 1. What a key account is

The chapter begins plainly. People use many names for key accounts (大客户): **key, important,
critical or core customers** (重点客户, 重要客户, 关键客户, 核心客户). In fact **there is no need
for a rigid, precise definition**; a key account can be identified in two ways:

- **Method 1, subjective perception.** "Big" means **big in importance**: important to you and to
  your company. Judge it from **current sales figures, the future development trend and the
  development potential**; if you consider a customer important, it is a key account. The
  customers that **take up much of your selling time, cost you a great deal of energy, keep you
  awake at night, and that you cannot afford to lose** are key accounts. There is one more kind:
  **potential key accounts**, customers expected to become extremely important. They count as key
  accounts too.
- **Method 2, objective judgement.** It comes from a statistical model, the "two-eight pattern",
  that is the **Pareto 80/20 rule: 20% of customers bring 80% of the business**. Following it,
  customers form a pyramid: **VIP customers about 1%, important customers about 4%, ordinary key
  accounts about 15%, small customers about 80%**.

The two methods start from different questions. Subjective perception asks how *important* a
customer is to us; objective judgement asks how much it *buys*. This lesson works through each
method in turn, then looks at how far apart their lists are for Company A's 2,000 accounts.

### Discuss first, model later

Before any model, talk with your neighbour for two minutes:

- A customer that bought only 100,000 yuan this year but grows 30% a year, or one that bought 5
  million yuan but shrinks every year: which is "bigger"?
- If you could use only one method to pick key accounts, subjective perception or objective
  judgement, which would you choose? What kind of customer would each one miss?
""",
    ),
    md(
        """
## 二、主观感知：把“重要性”变成看得懂的得分

“重要不重要”听起来全凭感觉，但教材列出的几条理由其实都能在客户档案里找到对应的数据。kamlab 这样对应：

| 教材的说法 | 数据中的字段 | 单位 |
|---|---|---|
| 当前的销售数字 | `revenue` 本年销售额 | 元 |
| 未来发展趋势 | `growth_trend` 预计年增长率 | 比例 |
| 潜在的发展潜力 | `category_spend − revenue`：客户在这类产品上的总采购额中，还没有交给 A公司 的部分（“钱包余量”） | 元 |
| 占用大量销售时间、耗费很大精力、让你夜不能寐 | `sales_hours + service_hours + complaint_hours`：一年里花在销售、服务和处理投诉上的小时数 | 小时 |
| 让你不能失去 | `strategic_importance`：销售团队给出的 1–5 分战略重要性评分 | 分 |

先看三家客户的原始数据：A0561 是 A公司 的第五大客户，也是下面评分中得分最高的客户；A1620 和 A0272 稍后还会出场。
""",
        """
## 2. Subjective perception: turning "importance" into a score you can read

Whether a customer is important sounds like pure gut feeling, yet every reason the chapter gives
has a counterpart in the customer records. kamlab maps them like this:

| The chapter's words | Column in the data | Unit |
|---|---|---|
| current sales figures | `revenue`, this year's revenue | yuan |
| future development trend | `growth_trend`, forecast annual growth | fraction |
| development potential | `category_spend − revenue`: what the customer spends on this product category that does not go to Company A yet ("wallet headroom") | yuan |
| takes much of your selling time and energy, keeps you awake at night | `sales_hours + service_hours + complaint_hours`: hours a year spent selling, serving and handling complaints | hours |
| you cannot afford to lose it | `strategic_importance`, the sales team's 1–5 rating | points |

First the raw data of three accounts: A0561 is Company A's fifth-largest account by revenue and
the best-scoring one below; A1620 and A0272 will come back later in the lesson.
""",
    ),
    code(
        """
accounts = kamlab.load_accounts()
criteria = ["revenue", "growth_trend", "category_spend", "sales_hours", "service_hours",
            "complaint_hours", "strategic_importance"]
kamlab.show(accounts.set_index("account_id").loc[["A0561", "A1620", "A0272"], criteria])
"""
    ),
    md(
        """
### 手算一次得分

五项标准的单位各不相同（元、百分比、小时、评分），不能直接相加。办法是先把每一项换算成 0 到 1 之间的**百分位**：
某客户在这一项上超过了多少比例的其他客户。以 A0561 的销售额为例，2,000 家客户中有 1,995 家比它小，
百分位就是 1,995 ÷ 1,999 ≈ 0.998（除以 1,999，是因为要和除它之外的 1,999 家客户比较）。
""",
        """
### Computing one score by hand

The five criteria come in different units (yuan, percent, hours, a rating), so they cannot simply be
added. First each is turned into a **percentile** between 0 and 1: the share of the other accounts
this account beats on that criterion. Take A0561's revenue: 1,995 of the 2,000 accounts are smaller,
so its percentile is 1,995 ÷ 1,999 ≈ 0.998 (we divide by 1,999 because it is compared with the 1,999
other accounts).
""",
    ),
    code(
        """
a = accounts.set_index("account_id")
smaller = (a["revenue"] < a.loc["A0561", "revenue"]).sum()
kamlab.show({"accounts_smaller": int(smaller), "percentile": round(float(smaller / (len(a) - 1)), 3)})
"""
    ),
    md(
        """
用同样的方法，A0561 在五项标准上的百分位依次是 0.998、0.973、0.999、0.986 和 0.875。
再给每项标准一个权重，这里用 kamlab 的默认权重：当前销售额 30%，未来趋势 20%，发展潜力 20%，时间精力 10%，战略重要性 20%。
满分 100 分的得分就是加权求和：

100 ×（0.30 × 0.998 + 0.20 × 0.973 + 0.20 × 0.999 + 0.10 × 0.986 + 0.20 × 0.875）≈ 29.9 + 19.5 + 20.0 + 9.9 + 17.5 = **96.8 分**。

括号里每一项乘以 100，就是这项标准给总分贡献的分数。函数 `attractiveness_score` 对全部 2,000 家客户做同样的计算，
`points_` 开头的各列就是各项标准贡献的分数，它们加起来正好等于总分：
""",
        """
The same way, A0561's percentiles on the five criteria are 0.998, 0.973, 0.999, 0.986 and 0.875.
Now give each criterion a weight; here kamlab's defaults: current sales 30%, future trend 20%,
potential 20%, time and energy 10%, strategic importance 20%. The score out of 100 is the weighted
sum:

100 × (0.30 × 0.998 + 0.20 × 0.973 + 0.20 × 0.999 + 0.10 × 0.986 + 0.20 × 0.875)
≈ 29.9 + 19.5 + 20.0 + 9.9 + 17.5 = **96.8 points**.

Each term times 100 is the number of points that criterion contributes. The function
`attractiveness_score` does the same for all 2,000 accounts; the columns starting with `points_` are
each criterion's contribution, and they add up to the score:
""",
    ),
    code(
        """
scores = kamlab.attractiveness_score(accounts)
kamlab.show(scores[["rank", "account_id", "score", "points_current_sales", "points_future_trend",
                    "points_potential", "points_time_energy", "points_strategic_importance"]].head().round(1))
"""
    ),
    md(
        """
### 潜在的大客户

教材特别提醒：还有一种客户是**潜在的大客户**，有望成为极其重要的客户。kamlab 把同时满足三个条件的客户标记为潜在大客户：
发展潜力（钱包余量）排在前 20%，未来趋势为正增长，而当前销售额**还没有**进入前 20%。A公司 有 164 家这样的客户。
排名最靠前的 A1620 今年只买了约 23 万元，可它在这类产品上还有约 49 万元的采购没有交给 A公司，而且预计每年增长 19%。
""",
        """
### Potential key accounts

The chapter makes a point of it: some customers are **potential key accounts**, expected to become
extremely important. kamlab flags an account as a potential key account when three things hold: its
development potential (wallet headroom) is in the top 20%, its trend is growth, and its current
sales are **not yet** in the top 20%. Company A has 164 of them. The best ranked, A1620, bought only
about 233,000 yuan this year, yet it spends about 492,000 yuan more on the category elsewhere and is
expected to grow 19% a year.
""",
    ),
    code(
        """
potential = scores[scores["potential_key_account"]]
kamlab.show(potential[["rank", "account_id", "current_sales", "potential", "future_trend"]].head(),
            title=kamlab.t("show.title.potential", n=len(potential)))
"""
    ),
    md(
        """
### 交互实验：权重由你来定

哪项标准更重要，不同的企业、不同的经理会有不同的看法，这正是“主观”二字的含义。下图是默认权重下的结果：
左边是得分前 10 名的客户，每根横条按五项标准分段，看得出每一分从哪里来；右边是潜在大客户，纵轴标签前的数字是它在全部客户中的名次，
红色表示它已经进入得分前 20%（400 家）的大客户名单。默认权重下，164 家潜在大客户中只有 20 家进入了这份名单。
""",
        """
### Interactive: you set the weights

Which criterion matters more is a matter of opinion that differs between companies and managers;
that is what "subjective" means here. The chart below shows the default weights. On the left, the
10 best-scoring accounts, each bar split into the five criteria so you can see where every point
comes from. On the right, the potential key accounts; the number before each label is the account's
rank among all accounts, and red means it is already on the key-account list (the best 20%, 400
accounts). With the default weights only 20 of the 164 potential key accounts make that list.
""",
    ),
    md(
        """
运行下面的单元，拖动滑块试一试（图下的表格列出前几名客户各项标准的得分）：

- 把“当前销售额”以外的权重都调成 0：排名就变成了单纯按销售额排队，主观方法退化成了客观方法；
- 把“发展潜力”的权重调高：右图中越来越多的潜在大客户变红，进入大客户名单；
- 把“占用的时间与精力”调高：排名靠前的会是最费时费力的客户。教材说这样的客户让你夜不能寐，但费时费力既可能说明客户重要，也可能只是说明服务成本高（第 02 课再谈）；
- 把所有权重都调成 0：没有任何标准，也就无从排名，控件会直接告诉你这一点。
""",
        """
Run the cell below and move the sliders (the table under the chart lists the top accounts' points
per criterion):

- Set every weight except current sales to 0: the ranking becomes a plain revenue ranking, and the
  subjective method collapses into the objective one.
- Raise the weight of development potential: more and more potential key accounts on the right
  turn red and join the key-account list.
- Raise time and energy: the accounts that cost the most effort move up. The chapter says such
  customers keep you awake at night, but effort can mean an account is important or simply that it
  is expensive to serve (lesson 02 comes back to this).
- Set every weight to 0: with no criterion there is no ranking, and the explorer tells you so.
""",
    ),
    code(
        """
scoring = kamlab.widgets.scoring_explorer(accounts)
scoring
""",
        "nbval-ignore-output",
    ),
    md(
        """
下面的单元把滑块实验变成一张小表：发展潜力的权重分别取 0、0.2、0.5 和 1（其他权重保持默认）时，有多少家潜在大客户进入了前 400 名；
最后一个数是只看当前销售额时的结果。
""",
        """
The next cell turns the slider experiment into a small table: with the weight of development
potential at 0, 0.2, 0.5 and 1 (the other weights at their defaults), how many potential key
accounts are in the top 400? The last number is the result when only current sales count.
""",
    ),
    code(
        """
with_potential = {w: scoring_view(accounts, weights={**kamlab.SCORING_WEIGHTS, "potential": w})
                  .n_potential_in_key for w in (0, 0.2, 0.5, 1)}
with_potential["sales_only"] = scoring_view(accounts, weights={"current_sales": 1}).n_potential_in_key
kamlab.show(pd.Series(with_potential, name="n_potential_in_key").rename_axis("potential_weight"))
"""
    ),
    md(
        """
潜在大客户的数量不随权重变化，始终是 164 家；变的是经理愿意把多少注意力投向未来：发展潜力的权重从 0 提高到 1，
进入大客户名单的潜在大客户从 13 家增加到 88 家。而只看当前销售额时一家也进不来——按定义，它们的销售额还没有进入前 20%。
这就是教材要把潜在大客户单独提出来的原因：只盯着今天的销售数字，永远看不见明天的大客户。
""",
        """
The number of potential key accounts does not depend on the weights; it stays at 164. What changes
is how much attention the manager gives to the future: raising the weight of potential from 0 to 1
brings the potential key accounts on the list from 13 to 88. Looking at current sales alone, not one
of them gets in: by definition their sales are not yet in the top 20%. That is why the chapter names
potential key accounts separately: if you only watch today's sales figures, you never see
tomorrow's key accounts.
""",
    ),
    md(
        """
## 三、客观判断：二八法则与客户金字塔

### 手算金字塔

客户金字塔按**客户数**分层：把 2,000 家客户按销售额从大到小排队，前 1%（第 1–20 名）是 VIP客户，
接下来的 4%（第 21–100 名）是重要客户，再往下的 15%（第 101–400 名）是普通大客户，其余 80%（第 401–2,000 名）是小客户。
前三层合起来正好是前 20%。我们先亲手算一算每一层贡献了多少销售额：
""",
        """
## 3. Objective judgement: the 80/20 rule and the customer pyramid

### The pyramid by hand

The customer pyramid divides accounts by **head count**. Rank the 2,000 accounts by revenue, largest
first: the top 1% (ranks 1–20) are VIP customers, the next 4% (ranks 21–100) important customers,
the next 15% (ranks 101–400) ordinary key accounts, and the remaining 80% (ranks 401–2,000) small
customers. The first three tiers together are exactly the top 20%. Let us work out by hand how much
revenue each tier brings:
""",
    ),
    code(
        """
revenue = accounts["revenue"].sort_values(ascending=False).to_numpy()
total = revenue.sum()
kamlab.show(pd.Series([f"{revenue[a:b].sum() / total:.1%}" for a, b in [(0, 20), (20, 100), (100, 400), (400, 2000)]],
                      index=["vip", "important", "ordinary", "small"], name="value_share"), context="tier")
"""
    ),
    md(
        """
前三层合计 28.3% + 24.6% + 27.1% = 80.0%，小客户占 20.0%：A公司 的客户恰好符合二八法则。
函数 `customer_pyramid` 做的是同一件事，还会给出每层的客户数：
""",
        """
The first three tiers add up to 28.3% + 24.6% + 27.1% = 80.0%, and small customers bring 20.0%:
Company A's customers follow the 80/20 rule exactly. The function `customer_pyramid` does the same
and also counts the accounts in each tier:
""",
    ),
    code(
        """
pyramid = kamlab.customer_pyramid(accounts)
kamlab.show(pyramid.summary.set_index("tier")[["count", "account_share", "value_share"]].round(3), context="tier")
"""
    ),
    md(
        """
下面左图是帕雷托曲线：横轴是按销售额从大到小累计的客户占比，纵轴是累计销售额占比，虚线交点就是“20% 的客户带来 80% 的业务”。
右图是客户金字塔：灰条是各层客户数的占比，彩色条是各层销售额的占比。黑色菱形是一个**理想的 80/20 帕雷托分布**
（幂律分布，前 20% 的客户正好占 80%）在同样分层下应有的销售额占比。
""",
        """
On the left below, the Pareto curve: the cumulative share of accounts, largest first, against the
cumulative share of revenue; the dashed lines cross at "20% of customers bring 80% of the business".
On the right, the customer pyramid: grey bars are each tier's share of accounts, coloured bars its
share of revenue. The black diamonds are the shares an **ideal 80/20 Pareto distribution** (a power
law whose top 20% hold exactly 80%) would give with the same tiers.
""",
    ),
    code(
        """
fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.5), layout="constrained")
kamlab.plot_pareto(kamlab.pareto_table(accounts), ax=left)
kamlab.plot_pyramid(pyramid, expected=kamlab.pareto_pyramid_shares(), ax=right)
plt.show()
"""
    ),
    code(
        """
kamlab.show(kamlab.pareto_pyramid_shares().set_index("tier")[["account_share", "cum_value_share", "value_share"]]
            .round(3), context="tier")
"""
    ),
    md(
        """
两者在前 20% 这一点上完全一致（都是 80%），金字塔内部却很不一样：在理想的帕雷托分布中，1% 的 VIP客户就占了 52.8% 的销售额，
而 A公司 的 20 家 VIP客户只占 28.3%，重要客户和普通大客户反而占得更多。可见**二八法则只规定了曲线上的一个点**，
同样满足 80/20 的两批客户，头部可以集中得很不一样。要描述整条曲线，需要用到下面的集中度指标。

### 集中度：洛伦兹曲线、基尼系数与 HHI

- **洛伦兹曲线**把客户从小到大排队，画出累计客户占比与累计销售额占比的关系；它离对角线（人人一样大）越远，客户越集中。
- **基尼系数**是对角线与洛伦兹曲线之间面积的 2 倍：0 表示所有客户一样大，越接近 1 越集中。
- **HHI（赫芬达尔-赫希曼指数）** = 10,000 × 各客户销售额占比的平方和。它的倒数有一个直观的含义：10,000 ÷ HHI 等于“相当于多少家同样大小的客户”。

照着定义亲手算一遍：
""",
        """
The two agree exactly at the top 20% (80% both), yet inside the pyramid they differ a lot: in the
ideal Pareto distribution the 1% of VIP customers alone hold 52.8% of revenue, while Company A's 20
VIP customers hold 28.3%, and its important customers and ordinary key accounts hold more. **The
80/20 rule fixes one point of the curve and no more**: two customer bases that both follow 80/20 can
be concentrated very differently at the top. Describing the whole curve takes the concentration
measures below.

### Concentration: Lorenz curve, Gini coefficient and HHI

- The **Lorenz curve** ranks accounts from smallest to largest and plots the cumulative share of
  accounts against the cumulative share of revenue; the further it sags below the diagonal (every
  account the same size), the more concentrated the base.
- The **Gini coefficient** is twice the area between the diagonal and the Lorenz curve: 0 means all
  accounts are the same size, values near 1 mean high concentration.
- The **HHI (Herfindahl–Hirschman index)** = 10,000 × the sum of the squared revenue shares. Its
  inverse has a concrete meaning: 10,000 ÷ HHI is the number of equal-sized customers that would be
  just as concentrated.

By hand, following the definitions:
""",
    ),
    code(
        """
shares = accounts["revenue"] / accounts["revenue"].sum()
hhi_by_hand = 10_000 * (shares ** 2).sum()
kamlab.show({"hhi": round(float(hhi_by_hand), 1), "equivalent_customers": round(10_000 / hhi_by_hand),
             "gini": round(kamlab.gini(accounts["revenue"]), 3)})
"""
    ),
    md(
        """
A公司 的 HHI 约为 63，也就是说，这 2,000 家客户的集中程度相当于 158 家同样大小的客户；基尼系数为 0.769。
函数 `kamlab.hhi` 和 `kamlab.gini` 给出同样的结果。

### 交互实验：客户越集中，金字塔会怎样变？

下图是默认设置（前 20% 的客户占 80%，分层 1% / 4% / 15% / 80%）下的结果：左边是金字塔和理想帕雷托分布（黑色菱形），右边是洛伦兹曲线、基尼系数和 HHI。
""",
        """
Company A's HHI is about 63: its 2,000 accounts are as concentrated as 158 equal-sized customers
would be. The Gini coefficient is 0.769. The functions `kamlab.hhi` and `kamlab.gini` give the same
results.

### Interactive: what happens to the pyramid when customers are more concentrated?

The chart below shows the default setting (the top 20% hold 80%; tiers 1% / 4% / 15% / 80%): the
pyramid with the ideal Pareto shares (black diamonds) on the left, the Lorenz curve with the Gini
coefficient and the HHI on the right.
""",
    ),
    md(
        """
运行下面的单元。第一个滑块改变客户群的集中程度（前 20% 客户的销售额占比，从 30% 到 95%），每改一次都会按这个比例重新模拟 2,000 家客户；
另外三个滑块改变 VIP客户、重要客户和普通大客户占客户数的比例，剩下的就是小客户。试一试：

- 把集中度调到 50% 和 95%，看基尼系数、HHI 和 VIP客户的销售额占比怎样变化；
- 把分层改成 2% / 8% / 20%：大客户名单变长了，每一层的销售额占比怎样变？
- 让三层之和超过 100%：小客户没有位置了，控件会提示你调小某一层。
""",
        """
Run the cell below. The first slider sets how concentrated the customer base is (the top 20%'s share
of revenue, from 30% to 95%); every change simulates 2,000 accounts afresh with that share. The other
three set the shares of accounts in the VIP, important and ordinary key account tiers; small
customers are the rest. Try this:

- Set the concentration to 50% and to 95%, and watch the Gini coefficient, the HHI and the VIP
  tier's share of revenue.
- Change the tiers to 2% / 8% / 20%: the key-account list gets longer; what happens to each tier's
  share of revenue?
- Make the three tiers add up to more than 100%: small customers have no room left, and the explorer
  asks you to shrink a tier.
""",
    ),
    code(
        """
objective = kamlab.widgets.concentration_explorer()
objective
""",
        "nbval-ignore-output",
    ),
    code(
        """
views = {c: concentration_view(c) for c in (0.5, 0.8, 0.95)}
kamlab.show(pd.DataFrame({c: {"gini": v.gini, "hhi": v.hhi.index, "equivalent_customers": v.hhi.equivalent_customers,
                              "vip_value_share": v.pyramid["value_share"].iloc[0]} for c, v in views.items()})
            .round(3).rename_axis(columns="top_20_share"))
"""
    ),
    md(
        """
集中度从 50% 提高到 95%，基尼系数从 0.45 升到 0.923，“相当于多少家同样大小的客户”从 964 家降到 35 家，20 家 VIP客户的销售额占比从 7.5% 升到 57.9%。
客户越集中，少数几家客户的分量就越重，失去其中一家的风险也越大（案例一中 B公司 一家就占了 A公司 销售额的 13%，第 04 课再细说）。
""",
        """
From 50% to 95% concentration, the Gini coefficient rises from 0.45 to 0.923, the number of
equivalent equal-sized customers falls from 964 to 35, and the 20 VIP customers' share of revenue
climbs from 7.5% to 57.9%. The more concentrated the base, the more weight a handful of customers
carries, and the greater the risk of losing one of them (in case 1, customer B alone was 13% of
Company A's sales; lesson 04 takes that up).
""",
    ),
    md(
        """
## 四、两种方法：哪里一致，哪里分歧，为什么都需要

现在让两种方法各自选出 400 家大客户（都是 20%）：客观方法选销售额最大的 400 家，主观方法选默认权重下得分最高的 400 家。
函数 `compare_identifications` 把两份名单放在一起比较：
""",
        """
## 4. The two methods: where they agree, where they differ, and why both are needed

Now let each method pick 400 key accounts (20% each): the objective method the 400 largest by
revenue, the subjective method the 400 best scores with the default weights. The function
`compare_identifications` sets the two lists side by side:
""",
    ),
    code(
        """
both = kamlab.compare_identifications(accounts)
kamlab.show(both.crosstab)
"""
    ),
    code(
        """
kamlab.show({"agreement": round(both.agreement, 3), "jaccard": round(both.jaccard, 3)})
"""
    ),
    md(
        """
两种方法共同认定了 305 家大客户；各有 95 家只被一种方法选中。按全部 2,000 家客户计算，两种方法的判断有 90.5% 是一致的，
但这主要是因为两者都把大多数小客户排除在外；只看大客户名单，两份名单的重合度（杰卡德系数，共同选中的客户数 ÷ 至少被一种方法选中的客户数）只有 0.616。
分歧出在哪些客户身上？下面比较两组“只被一种方法选中”的客户（“客观判断选中”为“是”的一行是只被客观方法选中的 95 家，为“否”的一行是只被主观方法选中的 95 家）：
""",
        """
Both methods name 305 of the same accounts; 95 more are picked by one method only, on each side.
Over all 2,000 accounts the two verdicts agree 90.5% of the time, but that is mostly because both
leave out the many small customers; on the key-account lists alone, the overlap (the Jaccard index:
accounts picked by both ÷ accounts picked by at least one) is only 0.616. Where do they differ? Below,
the two groups picked by only one method are compared (the row where "Picked by objective judgement" is
"yes" is the 95 picked only by revenue; "no", the 95 picked only by the score):
""",
    ),
    code(
        """
cols = ["account_id", "growth_trend", "category_spend", "strategic_importance"]
split = both.disagreements.merge(accounts[cols], on="account_id")
kamlab.show(split.groupby("objective").agg(
    accounts=("account_id", "size"), revenue=("revenue", "median"), growth=("growth_trend", "median"),
    spend=("category_spend", "median"), importance=("strategic_importance", "median"),
    potential_accounts=("potential_key_account", "sum")))
"""
    ),
    code(
        """
kamlab.show(split.set_index("account_id").loc[["A0272", "A1112"], ["value_rank", "score_rank", "revenue",
                                                                   "growth_trend", "category_spend"]])
"""
    ),
    md(
        """
两组客户的差别一目了然：

- **只被客观方法选中的客户**今天买得多（销售额中位数约 31 万元），但多数在萎缩（增长率中位数为 −2.6%），留给 A公司 的增长空间也不大。
  A0272 就是一例：销售额排第 114 名（约 81 万元），但增长率为 −2.2%，它在这类产品上的总采购额只比在 A公司 的采购多出约 8 万元，得分只排第 483 名。
- **只被主观方法选中的客户**今天买得少一些（中位数约 18 万元），却在快速成长（中位数 +16.6%），战略重要性评分的中位数是满分 5 分，其中 20 家是潜在大客户。
  A1112 销售额排第 406 名，刚好落在前 400 名之外，但增长 17%，还有约 15 万元的钱包余量，得分排第 187 名。

**为什么两种方法都需要？** 客观判断有据可查、简单透明、人人算出来都一样，适合做第一道筛选，也能防止“会哭的孩子有奶吃”；
但它只看今天的销售额，看不见趋势、潜力和战略意义，永远找不到潜在的大客户。主观感知看得更远，却依赖经理的判断：权重怎么定、评分是否公正，
都可能带有偏见，“让你夜不能寐”的客户也可能只是最难伺候的客户。实际工作中常常两者结合：先用二八法则和客户金字塔圈定范围，
再用主观标准做增减，并且把权重和理由写下来，让判断可以讨论、可以检验。
""",
        """
The two groups are easy to tell apart:

- **Accounts picked only by the objective method** buy a lot today (median revenue about 314,000
  yuan), but most are shrinking (median growth −2.6%) and leave Company A little room to grow.
  A0272 is one: 114th by revenue (about 808,000 yuan), but growing at −2.2%, and its total spend on
  the category is only about 84,000 yuan more than it buys from Company A; its score ranks 483rd.
- **Accounts picked only by the subjective method** buy less today (median about 177,000 yuan) but
  grow fast (median +16.6%); their median strategic importance is the top rating, 5, and 20 of them
  are potential key accounts. A1112 is 406th by revenue, just outside the top 400, but growing 17%,
  with about 146,000 yuan of wallet headroom; its score ranks 187th.

**Why both methods are needed.** Objective judgement rests on records, is simple and transparent,
and gives everyone the same answer: a good first filter, and a guard against "the squeaky wheel gets
the grease". But it only sees today's sales; it is blind to trend, potential and strategic meaning,
and it can never find a potential key account. Subjective perception looks further ahead but rests
on managers' judgement: the weights and the ratings can be biased, and the customer who "keeps you
awake at night" may just be the hardest to please. In practice the two are combined: the 80/20 rule
and the pyramid draw the shortlist, the subjective criteria add and remove accounts, and the weights
and reasons are written down so the judgement can be discussed and checked.
""",
    ),
    md(
        """
## 五、延伸：大客户组合矩阵（超出教材）

> **说明：本节超出教材内容。** 它来自大客户管理文献：McDonald, M. & Woodburn, D. (2007). *Key Account Management: The Definitive Guide*（第 2 版），第 7 章；
> 这种大客户组合分析最早见于 McDonald, M., Millman, T. & Rogers, B. (1997). Key account management: theory, practice and challenges. *Journal of Marketing Management*, 13(8), 737–757。

上面两种方法回答的是“谁是大客户”。找出大客户之后，下一个问题是“对每一家大客户投入多少、怎样投入”。组合矩阵把两种视角放在一张图上：
纵轴是**客户吸引力**（这个客户对我们值多少，用的仍是主观感知的那几项标准，但不计时间精力，因为它是成本而不是吸引力），
横轴是**供应商的相对实力**（我们在这个客户那里的地位，由关系阶段和钱包份额各占一半算出）。两条分界线把客户分成四类：
**战略型**（重点投入）、**明星型**（选择性投入，先增强自身地位）、**地位型**（维持，高效服务）和**精简型**（控制成本、获取现金）。

我们把两种方法选出的大客户合在一起（共 495 家），放进矩阵：
""",
        """
## 5. Going further: the key-account portfolio matrix (beyond the chapter)

> **Note: this section goes beyond the chapter.** It comes from the key-account literature:
> McDonald, M. & Woodburn, D. (2007). *Key Account Management: The Definitive Guide*, 2nd ed., ch. 7;
> the KAM portfolio follows McDonald, M., Millman, T. & Rogers, B. (1997). Key account management:
> theory, practice and challenges. *Journal of Marketing Management*, 13(8), 737–757.

The two methods above answer "who are the key accounts?". Once they are found, the next question is
how much to invest in each, and how. The portfolio matrix puts two views on one chart: vertically,
**customer attractiveness** (what the account is worth to us, from the same subjective criteria but
without time and energy, which is a cost rather than an attraction); horizontally, **the supplier's
relative strength** (our position with the account, half relationship stage and half share of
wallet). Two cut lines make four boxes: **strategic** (invest), **star** (invest selectively and
build our position first), **status** (maintain, serve efficiently) and **streamline** (manage for
cash).

We put the key accounts picked by either method (495 together) into the matrix:
""",
    ),
    code(
        """
key_ids = set(kamlab.pareto_table(accounts)["account_id"].head(400))
key_ids |= set(scores.loc[scores["key_account"], "account_id"])
matrix = kamlab.portfolio_matrix(accounts[accounts["account_id"].isin(key_ids)])
kamlab.show({"key_accounts": len(key_ids), **matrix["quadrant"].value_counts().to_dict()}, context="portfolio")
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7.5, 5), layout="constrained")
kamlab.plot_portfolio(matrix, ax=ax)
plt.show()
"""
    ),
    code(
        """
columns = ["attractiveness", "strength", "relationship_stage", "share_of_wallet", "quadrant"]
kamlab.show(matrix.set_index("account_id").loc[["A0561", "A1201", "A0272"], columns].round(2),
            context=("portfolio", "stage"))
"""
    ),
    md(
        """
矩阵给出了两份名单都没有告诉我们的信息。得分最高、销售额排第 5 名的 A0561 落在**明星型**：它很有吸引力，但 A公司 只拿到了它约 47% 的采购，
关系还停留在“合作”阶段，相对实力只有 0.49，略低于分界线。对它该做的不是“照旧维持”，而是有选择地投入、加深关系。
只被客观方法选中的 A0272 则落在**地位型**：A公司 在它那里地位稳固（相对实力 0.95），但它吸引力不高，高效地维持服务就够了。
第 02 课将从利润和客户价值的角度继续讨论：为什么大客户值得管理，又为什么大客户不一定最赚钱。
""",
        """
The matrix tells us what neither list did. A0561, the best score and fifth by revenue, lands
among the **stars**: very attractive, but Company A gets only about 47% of its spending and the relationship is
still at the "cooperative" stage, so its relative strength is 0.49, just below the line. The task
there is not to keep things as they are but to invest selectively and deepen the relationship.
A0272, picked by revenue alone, is a **status** account: Company A's position there is strong
(strength 0.95), but the account is not very attractive, so serving it efficiently is enough.
Lesson 02 continues from the side of profit and customer value: why key accounts are worth managing,
and why the largest are not always the most profitable.
""",
    ),
    md(
        """
## 六、讨论

1. 教材说大客户{{chapter:no_rigid_definition}}。这样做有什么好处？又有什么风险？请结合本课两种方法得出的两份名单来谈。
2. “占用你大量销售时间、耗费你很大精力、让你夜不能寐”的客户一定是大客户吗？在评分模型里，时间精力应该加分、减分，还是不计？说说你的理由。
3. 如果 A公司 的客户集中度从 80% 升到 95%，你会调整金字塔各层的比例吗？VIP客户占 1% 还合适吗？
4. 潜在大客户今天的销售额还不大。A公司 应该拿出多少销售资源去培育它们？怎样判断培育是否成功？
5. 一家销售额排在前 100 名、但每年萎缩、钱包余量很小的客户（如 A0272），你会把它留在大客户名单上吗？怎样对待它？
""",
        """
## 6. Discussion

1. The chapter says of key accounts: {{chapter:no_rigid_definition}}. What is
   gained by that, and what is risked? Use the two lists this lesson produced.
2. Is a customer that takes much of your selling time and energy and keeps you awake at night
   necessarily a key account? In a scoring model, should time and energy add points, subtract
   points, or not count at all? Give your reasons.
3. If Company A's concentration rose from 80% to 95%, would you change the tiers of the pyramid? Is
   1% still right for VIP customers?
4. Potential key accounts do not buy much yet. How much of its sales effort should Company A spend
   developing them, and how would it know whether that is working?
5. An account in the top 100 by revenue that shrinks every year and has little wallet headroom left
   (like A0272): would you keep it on the key-account list? How would you treat it?
""",
    ),
    md(
        """
## 七、练习与自我检测

每道题先运行 `ex.ask(...)` 读题，把答案写在 `answer = ...` 这一行（替换 `None`），再运行 `ex.check(...)`，马上就能看到反馈。
没想好就运行 `ex.hint(...)` 看提示，提示可以多次查看，一次比一次具体。实在做不出来，可以运行 `ex.solution(...)` 查看详细解答，但最好先自己试一试。
题目的数据在 `ex.data` 中；老师可以给每位同学发放专属数据，检查时会按你自己的数据计算正确答案。
""",
        """
## 7. Exercises with self-check

For each exercise, run `ex.ask(...)` to read it, write your answer on the `answer = ...` line
(replacing `None`), then run `ex.check(...)` for instant feedback. If you are stuck, run `ex.hint(...)`:
you can ask several times, and each hint says a little more. If you really cannot finish,
`ex.solution(...)` shows the worked solution, but try on your own first. The exercises' data are in
`ex.data`; a teacher can give each student a dataset of their own, and the checks then compute the
right answer from your data.
""",
    ),
    code(
        """
ex = kamlab.exercises.lesson("01")
ex.ask("01.1")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("01.1", answer)
"""
    ),
    code(
        """
ex.hint("01.1", number=1)  # 第 1 条提示，不占次数 / hint 1, not counted
"""
    ),
    code(
        """
ex.ask("01.2")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("01.2", answer)
"""
    ),
    code(
        """
ex.ask("01.3")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("01.3", answer)
"""
    ),
    code(
        """
ex.ask("01.4")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("01.4", answer)
"""
    ),
    code(
        """
ex.ask("01.5")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("01.5", answer)
"""
    ),
    md(
        """
## 八、小结

- 大客户又称重点客户、重要客户、关键客户、核心客户；教材认为不必给它下死板的定义，而是用主观感知和客观判断两种方法来界定。
- **主观感知**看重要性：当前销售额、未来发展趋势、发展潜力，以及占用大量时间精力、让你夜不能寐、不能失去的客户；还包括有望变得极其重要的**潜在大客户**。
  用百分位和权重可以把这些标准变成一个每一分都看得懂的得分。A公司 有 164 家潜在大客户，默认权重下只有 20 家进入大客户名单，只看销售额时一家也没有。
- **客观判断**用帕雷托 80/20 法则：20% 的客户带来 80% 的业务；客户金字塔按客户数分为 VIP客户约 1%、重要客户约 4%、普通大客户约 15%、小客户约 80%。
  A公司 前 20% 的客户正好带来 80.0% 的销售额，各层分别占 28.3%、24.6%、27.1% 和 20.0%；基尼系数 0.769，HHI 约 63，相当于 158 家同样大小的客户。
- 二八法则只规定了曲线上的一个点：理想帕雷托分布中 1% 的 VIP客户占 52.8%，A公司 只有 28.3%。
- 两种方法各选 400 家，共同认定 305 家，重合度 0.616：客观方法偏向今天买得多但在萎缩的客户，主观方法偏向快速成长、战略上重要的客户。两者互补，缺一不可。
- 超出教材：McDonald 与 Woodburn 的大客户组合矩阵把客户吸引力和供应商相对实力放在一起，回答“对每家大客户投入多少”的问题。
""",
        """
## 8. Summary

- Key accounts are also called key, important, critical or core customers; the chapter needs no
  rigid definition and identifies them in two ways, subjective perception and objective judgement.
- **Subjective perception** looks at importance: current sales, future trend, development potential,
  and the customers that take much of your time and energy, keep you awake at night and that you
  cannot afford to lose; it also includes **potential key accounts**, expected to become extremely
  important. Percentiles and weights turn these criteria into a score whose every point can be read.
  Company A has 164 potential key accounts; with the default weights 20 of them make the key-account
  list, and with sales alone none do.
- **Objective judgement** uses the Pareto 80/20 rule: 20% of customers bring 80% of the business; the
  customer pyramid divides accounts by head count into VIP about 1%, important about 4%, ordinary key
  accounts about 15% and small customers about 80%. Company A's top 20% bring exactly 80.0% of
  revenue, the tiers 28.3%, 24.6%, 27.1% and 20.0%; Gini 0.769, HHI about 63, as concentrated as 158
  equal-sized customers.
- The 80/20 rule fixes one point of the curve: in an ideal Pareto base the 1% of VIP customers hold
  52.8%; at Company A they hold 28.3%.
- Picking 400 accounts each, the two methods share 305 (overlap 0.616): the objective method leans
  towards accounts that buy a lot today but shrink, the subjective method towards fast-growing,
  strategically important ones. They complement each other; both are needed.
- Beyond the chapter: McDonald and Woodburn's portfolio matrix sets customer attractiveness against
  the supplier's relative strength and answers how much to invest in each key account.
""",
    ),
]
