"""Lesson 03: the five misconceptions of key account management (大客户管理的五个误区), chapter points M1-M5."""

from build_notebooks import code, md

NAME = "03_misconceptions"

CELLS = [
    md(
        """
# 第 03 课　大客户管理的五个误区

前两课回答了“谁是大客户”和“为什么要管理大客户”。这一课讲教材列出的五个误区。
每个误区都配一个可以动手的小模型，按同一个节奏来学：**先预测，再模拟，然后揭晓结果，最后解释**。
请先在探索器里写下你的判断，再看模型怎么说；猜错了不要紧，弄清楚为什么错，正是这一课的目的。

**本课学习目标**

1. 用饱和的销量反应曲线说明{{chapter:m1}}为什么是误区，找出最佳让步和“过犹不及”的临界点（M1）；
2. 用分部损益说明：连锁大客户越来越强、中小客户越来越小，{{chapter:m2}}的想法站不住，惟有共赢（M2）；
3. 用关系阶段的马尔可夫链比较有无专职大客户管理时，关系能发展到哪个阶段、客户能留多久、值多少钱（M3）；
4. 用蒙特卡洛模拟说明清退中小客户、只靠几家大客户的风险：集中度、一家大客户离开时收入大跌的概率、固定成本无法分摊（M4）；
5. 说明有了大客户之后仍要持续支持：五项支持活动如何通过动销率和保留率提高客户价值（M5）。
""",
        """
# Lesson 03 — Five misconceptions of key account management

The first two lessons asked who the key accounts are and why they deserve special management. This
one takes up the five misconceptions the chapter warns against. Each comes with a small model you
can play with, always in the same rhythm: **predict, simulate, reveal, explain**. Write down your
judgement in the explorer first, then see what the model says. Guessing wrong is fine; working out
why is the point of the lesson.

**Learning goals**

1. Use a saturating volume response to show why {{chapter:m1}} is wrong, and
   find the best concession and the point where too much becomes as bad as too little (M1).
2. Use a segment P&L to show that as chain key accounts grow stronger and SMEs shrink, {{chapter:m2}}
   does not hold up; only win-win works (M2).
3. Use a Markov chain of relationship stages to compare, with and without a dedicated KAM unit,
   which stage relationships reach, how long accounts stay and what they are worth (M3).
4. Use a Monte Carlo simulation to show the risk of clearing out the SMEs and relying on a few key
   accounts: concentration, the chance of a large revenue drop when one of them leaves, fixed costs
   no longer covered (M4).
5. Explain why key accounts still need managing once won: how five support activities raise the
   account's value through sell-through and retention (M5).
""",
    ),
    md(
        """
> **课堂路线（90 分钟）**
>
> | 部分 | 分钟 |
> |---|---|
> | 先讨论，再建模 | 5 |
> | 误区一：先预测最佳让步，再揭晓 | 20 |
> | 误区二 | 15 |
> | 误区三：预测与结论（转移矩阵是选学） | 15 |
> | 误区四：笔算与结论（模拟的标准误是选学） | 15 |
> | 误区五 | 10 |
> | 讨论（第 1、4 题） | 10 |
> | 合计 | 90 |
>
> 课后：练习，其余讨论题。**选学**：误区三的马尔可夫链转移矩阵，误区四的蒙特卡洛模拟与标准误。
""",
        """
> **In class (90 minutes)**
>
> | Part | Minutes |
> |---|---|
> | Discuss first | 5 |
> | Misconception 1: predict the best concession, then reveal | 20 |
> | Misconception 2 | 15 |
> | Misconception 3: prediction and results (the transition matrix is optional) | 15 |
> | Misconception 4: by hand and results (the simulation's standard errors are optional) | 15 |
> | Misconception 5 | 10 |
> | Discussion (questions 1 and 4) | 10 |
> | Total | 90 |
>
> Homework: the exercises, the other discussion questions. **Optional**: misconception 3's Markov-chain transition matrix, misconception 4's Monte Carlo simulation and standard errors.
""",
    ),
    code(
        """
import matplotlib.pyplot as plt
import pandas as pd
import kamlab
from kamlab.models import misconceptions as mc
from kamlab.plots.misconceptions import (plot_concession_curve, plot_portfolio_risk, plot_segment_pnl,
                                         plot_stage_paths, plot_support_value)

kamlab.setup()
"""
    ),
    md(
        """
> **关于模型的说明。** 教材用文字讲清了五个误区，没有给出模型。本课的五个模型都**超出了教材**，
> 是把教材的道理变成实验的教学模型，参数都是示意性的假设，不是实测数据。它们的出处分别是：
> 饱和的营销反应曲线（Little，1970；Blattberg 与 Deighton，1996）、客户成本与分部盈利（Kaplan 与 Cooper，1998）、
> 大客户关系的发展阶段（阶段名称出自 McDonald、Millman 与 Rogers，1997）及其马尔可夫链模型（Pfeifer 与 Carraway，2000）、
> 集中度指数 HHI（Hirschman，1964）。误区五里“动销越快、补货越多”的关系是本课的假设，没有文献出处。

### 先讨论，再建模

在看任何模型之前，请先和同桌讨论两分钟：

- 五个误区里，哪一个在你熟悉的企业里最常见？它为什么听起来有道理？
- “给大客户的优惠越多，大客户就越忠诚、越赚钱。”你同意吗？先写下理由，再看误区一的模型。

## 误区一：{{chapter:m1}}（M1）

**教材怎么说。** 对大客户的支持并不是越多越好。超过一定限度，供应商付出得越多，得到的回报反而越少，
甚至比投入少的时候还少。所以支持要“合理”，关键是把握好度：**过犹不及**。

**模型。** 让步 d（价格折扣，按标价销售额的比例计）能带来更多销量，但效果递减：
销量增幅 dQ/Q = G(1 − e<sup>−kd</sup>)。G 是让步最多能带来的销量增幅，k 是反应的快慢。
以不让步时为基准，毛利变成 π(d) = (m − d)(1 + G(1 − e<sup>−kd</sup>))，不让步时 π(0) = m。

### 先用笔算一算

毛利率 m = 20%，G = 0.6，k = 15。让步 5%：

- 销量增幅：0.6 × (1 − e<sup>−0.75</sup>) = 0.6 × 0.5276 = 0.3166，即 +31.66%；
- 毛利：(0.20 − 0.05) × 1.3166 = 0.1975，比不让步时的 0.20 少了 1.26%。

第 02 课算过：毛利率 20% 时给 5% 的商业折扣，销量要增加 33.3% 才能保本。这里销量只增加了 31.66%，所以 5% 的让步已经亏了。
""",
        """
> **A note on the models.** The chapter states the five misconceptions in words and gives no models.
> All five models in this lesson **go beyond the chapter**: they are teaching models that turn its
> arguments into experiments, and their parameters are illustrative assumptions, not measured data.
> Their sources: saturating marketing response (Little, 1970; Blattberg & Deighton, 1996), cost to
> serve and segment profitability (Kaplan & Cooper, 1998), stages of key-account relationships
> (the stage names follow McDonald, Millman & Rogers, 1997) modelled as a Markov chain (Pfeifer & Carraway,
> 2000), and the HHI concentration index (Hirschman, 1964). The link "what sells
> faster is reordered more" in misconception 5 is our assumption, with no source.

### Discuss first, model later

Before any model, talk with your neighbour for two minutes:

- Which of the five misconceptions is most common in a company you know? Why does it sound
  reasonable?
- "The more we give key accounts, the more loyal and profitable they become." Do you agree? Write
  down your reasons before the model of misconception 1.

## Misconception 1: {{chapter:m1}} (M1)

**What the chapter says.** Support for key accounts is not "the more the better". Past a certain
point the supplier gives more and gets back less, even less than it got from a smaller investment.
Support must be "reasonable", and the key is to get the degree right: **too much is as bad as too
little** (过犹不及).

**The model.** A concession d (a price discount, as a fraction of list-price sales) wins extra
volume, with diminishing returns: dQ/Q = G(1 − e<sup>−kd</sup>). G is the most volume a concession
can ever add, k how fast the response comes. Measured against no concession, gross profit becomes
π(d) = (m − d)(1 + G(1 − e<sup>−kd</sup>)), and π(0) = m.

### By hand first

Gross margin m = 20%, G = 0.6, k = 15. A 5% concession gives:

- volume: 0.6 × (1 − e<sup>−0.75</sup>) = 0.6 × 0.5276 = 0.3166, that is +31.66%;
- gross profit: (0.20 − 0.05) × 1.3166 = 0.1975, 1.26% less than the 0.20 without a concession.

Lesson 02 showed that with a 20% margin a 5% trade discount needs 33.3% more volume to break even. Here
volume grows by only 31.66%, so the 5% concession already loses money.
""",
    ),
    code(
        """
model = mc.PRICE_CONCESSION
kamlab.show({"volume_gain_at_5": f"{model.volume_increase(0.05):.4f}",
             "profit_index_at_5": f"{model.profit_index(0.05):.4f}",
             "profit_index_at_0": f"{model.profit_index(0.0):.2f}",
             "profit_change_at_5": f"{model.profit_index(0.05) / model.gross_margin - 1:+.2%}"})
"""
    ),
    md(
        """
### 预测，然后揭晓

**先预测：** 在同样的参数下，让步多少毛利最高？把“你的预测”滑块拉到你认为的位置，然后勾选“揭晓结果”。
你还可以切换到“非价格支持”（陈列、培训、服务等费用），或者改变毛利率和反应曲线，看看结论什么时候会变。
""",
        """
### Predict, then reveal

**Predict first:** with the same parameters, which concession earns the most gross profit? Move
"Your prediction" to your answer, then tick "Reveal the result". You can also switch to non-price
support (display, training, service spending) or change the margin and the response curve, and see
when the conclusion changes.
""",
    ),
    code(
        """
kamlab.widgets.concession_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
### 揭晓：静态结果

先在上面的探索器里写下你的预测，再往下读。把价格让步和非价格支持放在一起看（在 GitHub 上或打印出来时，探索器不会显示，这里就是它揭晓的内容）：
""",
        """
### Reveal: the static result

Set your prediction in the explorer above before reading on. Price concessions and non-price support
side by side (on GitHub or on paper the explorer does not show; this is what it reveals):
""",
    ),
    code(
        """
curve, support = mc.concession_curve(mc.PRICE_CONCESSION), mc.concession_curve(mc.NON_PRICE_SUPPORT)
kamlab.show(pd.DataFrame({name: {"best_concession": f"{c.best_concession:.1%}", "best_gain": f"{c.best_profit_gain:+.1%}",
                                 "breakeven_concession": f"{c.breakeven_concession:.1%}",
                                 "profit_change_at_10": f"{c.profit_change(0.10):+.1%}"}
                          for name, c in (("price", curve), ("support", support))}).T, context="misconceptions.kind")
"""
    ),
    code(
        """
fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), layout="constrained")
plot_concession_curve(curve, ax=left).set_title(kamlab.t("misconceptions.kind.price"))
plot_concession_curve(support, ax=right).set_title(kamlab.t("misconceptions.kind.support"))
plt.show()
"""
    ),
    md(
        """
- **价格让步：** 让步 2.1% 时毛利最高，比不让步多 4.0%；超过 4.6%，毛利就低于不让步的时候；让步 10%，毛利少了 26.7%。
- **非价格支持：** 同样是先升后降，投入 2.1% 时最好，毛利多 9.8%；超过 5.2% 就得不偿失；投入 10%，毛利少了 30.4%。

让步本身没有错，错在“越多越好”。曲线先升后降，这就是“过犹不及”：给得越多，销量的增幅越来越小，每一单位让出去的毛利却一分不少。
模型还告诉我们什么时候一点让步都不该给：当毛利率 × 最大增幅 × 反应速度不大于 1 时（把探索器里的“最大销量增幅”调小试试），第一个百分点的让步就已经赔钱了。
""",
        """
- **Price concessions:** gross profit peaks at a 2.1% concession, 4.0% above no concession; past
  4.6% it falls below the no-concession level; at 10% it is 26.7% lower.
- **Non-price support:** the same rise and fall: best at 2.1% of sales, 9.8% more gross profit;
  past 5.2% it no longer pays; at 10% gross profit is 30.4% lower.

Concessions are not wrong in themselves; "the more the better" is. The curve rises and then falls:
each further point of concession wins less volume, while the margin given away is given away in
full. The model also says when not to concede at all: when margin × largest gain × response speed
is not above 1 (try lowering "Largest possible volume gain" in the explorer), even the first point of
concession loses money.
""",
    ),
    md(
        """
## 误区二：{{chapter:m2}}（M2）

**教材怎么说。** 有人认为，大客户只能带来销量，利润要靠中小客户。可是连锁大客户越来越强大，中小客户占的市场份额越来越小，
指望中小客户赚利润是不现实的，**惟有共赢**才是出路。

**模型。** 市场每年采购 5 亿元，连锁大客户今年占 40%，以后每年多占 6 个百分点。比较两种做法：

- **靠中小客户赚利润：** 对连锁大客户只求走量，份额 20%，毛利率被压到 10%，服务成本 4%；中小客户份额 30%，毛利率 25%，但服务成本高达 9%；
- **与大客户共赢：** 与连锁大客户联合规划、减少双方的浪费，份额 35%，毛利率 13%，服务成本 3%，每年要多花 600 万元的固定投入；中小客户照旧。

**先预测：** 6 年后，哪种做法的利润更高？
""",
        """
## Misconception 2: {{chapter:m2}} (M2)

**What the chapter says.** Some think key accounts only bring volume and profit must come from small
and medium customers. But chain key accounts keep growing stronger and SMEs hold an ever smaller
share of the market, so counting on SMEs for profit is unrealistic: **only win-win works**.

**The model.** The market buys 500 million yuan a year; chain key accounts hold 40% this year and
gain 6 points a year. Two ways of doing business:

- **Count on SMEs for profit:** with the chains, only volume: a 20% share, the margin pressed down to
  10%, cost to serve 4%; with the SMEs a 30% share and a 25% margin, but a cost to serve of 9%.
- **Win-win with key accounts:** joint planning with the chains and less waste on both sides: a 35%
  share, a 13% margin, cost to serve 3%, for 6 million yuan a year of extra fixed cost; SMEs as before.

**Predict first:** six years from now, which plan earns more?
""",
    ),
    code(
        """
kamlab.widgets.segment_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
### 揭晓：静态结果

先在上面的探索器里写下你的预测，再往下读。下面是模型在默认参数下的结果（在 GitHub 上或打印出来时，探索器不会显示，这里就是它揭晓的内容）。
""",
        """
### Reveal: the static result

Set your prediction in the explorer above before reading on. Below is the model's result with the
default parameters (on GitHub or on paper the explorer does not show; this is what it reveals).
""",
    ),
    code(
        """
pnl = mc.segment_pnl()
shares = pnl.summary["sme_profit_share"].unstack("plan")
kamlab.show({"sme_part_year_0": f"{shares.loc[0, 'sme_profit']:.1%}", "sme_part_year_6": f"{shares.loc[6, 'sme_profit']:.1%}",
             "total_sme_profit_10k": f"{pnl.totals['sme_profit'] / 1e4:,.0f}",
             "total_win_win_10k": f"{pnl.totals['win_win'] / 1e4:,.0f}"})
"""
    ),
    code(
        """
profit = (pnl.summary["profit"] / 1e4).unstack("plan")
profit.insert(0, "chain_share", pnl.summary.loc["sme_profit", "chain_share"])
kamlab.show(profit.round(2), context="misconceptions.plan")
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
plot_segment_pnl(pnl, ax=ax)
plt.show()
"""
    ),
    md(
        """
### 解释（利润单位：万元）

- 今年，“靠中小客户赚利润”还领先：1,680 对 1,540。中小客户的毛利率高，它贡献了这种做法 85.7% 的分部利润，看上去“中小客户赚利润”确实没错。
- 但连锁大客户每年多占 6 个百分点，中小客户的市场在萎缩。“靠中小客户”的利润逐年下降，6 年后只剩 1,032，中小客户贡献的比例也降到 55.8%。
- “共赢”计划的利润也在下降（整个市场在向连锁大客户转移，中小客户的利润谁都保不住），但降得慢得多，从第 3 年起反超，6 年后为 1,306。7 年合计 9,961 对 9,492。

把探索器里“连锁大客户市场份额年增幅”调到 0，“靠中小客户”就一直领先：这个误区在市场格局不变时并不算错。
教材的判断之所以成立，前提正是连锁大客户越来越强。这时惟有共赢：和大客户一起把蛋糕做大，而不是一面向大客户让利走量，一面指望从中小客户身上把利润赚回来。
""",
        """
### Explain (profit in 10k yuan)

- This year "count on SMEs" is ahead, 1,680 vs 1,540. The SMEs' margin is high and they bring 85.7%
  of that plan's segment profit, so "SMEs bring profit" looks right.
- But the chains gain 6 points a year and the SMEs' market shrinks. The SME plan's profit falls
  every year, to 1,032 after six years, and the SMEs' part of it to 55.8%.
- The win-win plan's profit falls too (the whole market is moving to the chains, and nobody keeps
  the SME profit), but far more slowly: it is ahead from year 3 on and earns 1,306 in year 6. Over
  the seven years: 9,961 vs 9,492.

Set "Chains' market-share gain per year" to 0 in the explorer and "count on SMEs" stays ahead: in a
market that does not change, this is no misconception. The chapter's verdict rests on the chains
growing stronger. Then only win-win works: grow the business together with the key accounts,
instead of giving them margin for volume and hoping to win the profit back from the SMEs.
""",
    ),
    md(
        """
## 误区三：{{chapter:m3}}（M3）

**教材怎么说。** 把大客户当作普通的小客户对待：一是没有专门的部门或专人负责；二是营销人员按照“对付”中小客户的方式来“应付”大客户。
这样一来，与大客户的合作就成了一句空话。

**模型。** 大客户关系会经历几个阶段（McDonald、Millman 与 Rogers，1997）：探索阶段、基本阶段、合作阶段、相互依赖阶段、一体化阶段。
我们把它写成一个马尔可夫链：每年，客户可能流失，可能升一级，可能退一级，也可能原地不动。阶段越高，每年的利润越多（5、10、20、35、50 万元），流失率越低。

- **传统做法：** 没有流失的客户中，每年有 10% 升一级、10% 退一级；五个阶段的流失率分别为 30%、20%、12%、8%、5%。
- **专职大客户管理：** 每年 35% 升一级、3% 退一级，流失率降为 20%、12%、6%、4%、2%，但每家客户每年要花 4 万元的管理成本。

传统做法的一年转移概率如下（行：今年所在阶段；列：明年所在阶段）。例如探索阶段的客户：30% 流失，70% 留下，留下的客户中 10% 升到基本阶段，即 0.07。
""",
        """
## Misconception 3: {{chapter:m3}} (M3)

**What the chapter says.** Key accounts are treated like ordinary small customers: first, no
dedicated unit or person is responsible for them; second, salespeople "deal with" (应付) key accounts
the way they "cope with" (对付) small and medium customers. Cooperation with them then becomes empty talk.

**The model.** Key-account relationships go through stages (McDonald, Millman & Rogers, 1997):
exploratory, basic, cooperative, interdependent, integrated. We write them as a Markov
chain: each year an account may be lost, move up a stage, move down one, or stay. The higher the
stage, the more profit a year (50, 100, 200, 350 and 500 thousand yuan) and the lower the churn.

- **Traditional:** of the accounts not lost, 10% move up and 10% move down each year; churn is 30%,
  20%, 12%, 8% and 5% in the five stages.
- **Dedicated KAM unit:** 35% move up and 3% down each year, churn falls to 20%, 12%, 6%, 4% and
  2%, but managing each account costs 40,000 yuan a year.

The traditional approach's one-year transition probabilities (rows: this year's stage; columns:
next year's). An exploratory account, for example: 30% are lost, 70% stay, and 10% of those move up
to basic, which is 0.07.
""",
    ),
    md(
        """
> **选学：马尔可夫链的转移矩阵**（课上可以跳过）
""",
        """
> **Optional: the Markov chain's transition matrix** (can be skipped in class)
""",
    ),
    code(
        """
states = [*kamlab.schema.CATEGORIES["relationship_stage"], "lost"]
kamlab.show(pd.DataFrame(mc.TRADITIONAL.transition_matrix(), index=states, columns=states).round(3), context="stage")
"""
    ),
    md(
        """
> **选学结束。**
""",
        """
> **End of the optional part.**
""",
    ),
    md(
        """
**先预测：** 一家新客户从探索阶段开始，由专职大客户经理负责，10 年后它仍是客户的概率有多大？在探索器里写下你的预测，再揭晓。
""",
        """
**Predict first:** a new account starts in the exploratory stage and is managed by a dedicated
key-account manager. What is the chance it is still a customer after ten years? Set your
prediction in the explorer, then reveal.
""",
    ),
    code(
        """
kamlab.widgets.stage_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
### 揭晓：静态结果

先在上面的探索器里写下你的预测，再往下读。下面是模型在默认参数下的结果（在 GitHub 上或打印出来时，探索器不会显示，这里就是它揭晓的内容）。
""",
        """
### Reveal: the static result

Set your prediction in the explorer above before reading on. Below is the model's result with the
default parameters (on GitHub or on paper the explorer does not show; this is what it reveals).
""",
    ),
    code(
        """
paths = {"traditional": mc.relationship_paths(mc.TRADITIONAL), "dedicated": mc.relationship_paths(mc.DEDICATED_KAM)}
kamlab.show(pd.DataFrame({name: {"retention_pct": 100 * p.retention, "advanced_pct": 100 * p.advanced_share,
                                 "clv_10k": p.clv / 1e4} for name, p in paths.items()}).T.round(
    {"retention_pct": 1, "advanced_pct": 1, "clv_10k": 3}))
"""
    ),
    code(
        """
fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), layout="constrained")
plot_stage_paths(paths, ax=axes)
plt.show()
"""
    ),
    md(
        """
### 解释

- **客户能留多久：** 10 年后，传统做法下只剩 5.2% 的客户，专职管理下还有 32.2%。
- **关系发展到哪个阶段：** 传统做法下，只有 0.6% 的客户发展到相互依赖阶段或一体化阶段；专职管理下是 25.2%。
- **客户值多少钱：** 扣除每年 4 万元的管理成本之后，每家客户 10 年的折现利润，传统做法 17.213 万元，专职管理 37.326 万元，是前者的两倍多。

差别从哪里来？传统做法下，关系升一级和退一级的机会一样多，客户在探索阶段、基本阶段这些流失率高的阶段停留太久，还没等到合作加深就已经走了。
专职管理让关系更快地走出这些阶段。这就是教材说的：没有专门的部门和专人，合作就成了一句空话。
当然，专职管理也要算账：把探索器里的管理成本调高，或者把升级概率调低，看看它在什么时候就不划算了。
""",
        """
### Explain

- **How long accounts stay:** after ten years 5.2% of the accounts are still customers the
  traditional way, 32.2% with a dedicated unit.
- **Which stage they reach:** only 0.6% become interdependent or integrated the traditional way;
  25.2% with a dedicated unit.
- **What an account is worth:** after the 40,000 yuan a year of managing it, the discounted profit
  of an account over ten years is 17.213 (10k yuan) the traditional way and 37.326 with a dedicated
  unit, more than twice as much.

Where does the difference come from? The traditional way, a relationship is as likely to slip back
as to move up; accounts linger in the exploratory and basic stages, where churn is high, and leave
before the cooperation deepens. A dedicated unit moves relationships out of those stages faster.
That is the chapter's point: without a dedicated unit and people, cooperation is empty talk. A
dedicated unit must still pay for itself: raise its cost or lower its chance of moving an account up
in the explorer, and see when it stops paying.
""",
    ),
    md(
        """
## 误区四：{{chapter:m4}}（M4）

**教材怎么说。** 有的企业和大客户签了年度合同以后，就把中小客户置之脑后，甚至找各种理由“清退”中小客户，把大客户当作唯一的靠山。这样做风险太大。
教材的原话是{{chapter:m4_interests}}；大客户和中小客户的长处要兼顾。

**模型。** A公司 有 5 家大客户，每家每年采购 2,000 万元，另有 400 家中小客户，每家 10 万元。扣除服务成本后，
大客户的边际贡献率为 12%，中小客户为 15%；固定成本每年 1,400 万元。比较两种做法：

- **保留中小客户；**
- **清退中小客户：** 它们的 4,000 万元采购量转给 5 家大客户（签年度合同），总收入不变。

明年每家大客户有 10% 的可能离开，每家中小客户也有 10% 的可能离开，互不相关。我们模拟 4,000 个“明年”。

**先预测：** 明年收入下跌 20% 及以上的概率，保留中小客户时是多少？清退以后呢？在探索器里写下你对清退后的预测，再揭晓。
""",
        """
## Misconception 4: {{chapter:m4}} (M4)

**What the chapter says.** After signing annual contracts with key accounts, some firms put their SMEs out of
mind, even find reasons to "clear out" (清退) them, and treat the key accounts as their only backer. That is far too risky.
In the chapter's words, {{chapter:m4_interests}}; use the strengths of both.

**The model.** Company A has 5 key accounts buying 20 million yuan a year each, and 400 SMEs buying
100,000 yuan each. After cost to serve, key accounts contribute 12% of their revenue and SMEs 15%;
fixed costs are 14 million yuan a year. Two strategies:

- **keep the SMEs;**
- **clear out the SMEs:** their 40 million yuan of purchases go to the 5 key accounts (on annual
  contracts), so total revenue is unchanged.

Next year each key account leaves with a 10% chance, and so does each SME, independently. We
simulate 4,000 "next years".

**Predict first:** what is the chance that next year's revenue falls by 20% or more when the SMEs
are kept? And once they are cleared? Set your prediction for the cleared base in the explorer, then
reveal.
""",
    ),
    code(
        """
kamlab.widgets.portfolio_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
### 揭晓：先用笔算，再看模拟

先在上面的探索器里写下你的预测，再往下读。

**清退之后**，5 家大客户一样大，每家占收入的 20%：只要有一家离开，收入就下跌 20%。
没有一家离开的概率是 0.9<sup>5</sup> = 0.59049，所以收入下跌 20% 及以上的概率是 1 − 0.59049 = **0.40951**。

**保留中小客户时**，一家大客户离开只少 14.3%，要两家以上同时离开才会跌 20%：
1 − 0.9<sup>5</sup> − 5 × 0.1 × 0.9<sup>4</sup> = 1 − 0.59049 − 0.32805 = **0.08146**（中小客户自己的流失几乎不影响这个数）。

**预期利润**也能精确算出：每家客户都有 90% 的可能留下，所以预期边际贡献是期初的 90%。保留时 0.9 × 1,800 − 1,400 = **220** 万元，
清退后 0.9 × 1,680 − 1,400 = **112** 万元。

下表把精确值和 4,000 次模拟并排列出；模拟值后面的 ± 是一个标准误，模拟只能给到这个精度：
""",
        """
### Reveal: by hand first, then the simulation

Set your prediction in the explorer above before reading on.

**Once the SMEs are cleared**, the 5 key accounts are equal and each brings 20% of revenue: one
leaving is enough for a 20% drop. The chance that none leaves is 0.9<sup>5</sup> = 0.59049, so the
chance of a drop of 20% or more is 1 − 0.59049 = **0.40951**.

**With the SMEs kept**, one key account leaving costs only 14.3%; it takes two or more leaving
together for a 20% drop: 1 − 0.9<sup>5</sup> − 5 × 0.1 × 0.9<sup>4</sup> = 1 − 0.59049 − 0.32805 =
**0.08146** (the SMEs' own departures hardly change this).

**Expected profit** can be computed exactly too: every account stays with probability 90%, so the
expected contribution is 90% of the starting one. Kept: 0.9 × 1,800 − 1,400 = **220** (10k yuan);
cleared: 0.9 × 1,680 − 1,400 = **112**.

The table sets the exact values beside 4,000 simulated years; the ± after a simulated value is one
standard error, the precision the simulation can give:
""",
    ),
    md(
        """
> **选学：精确值与 4,000 次模拟（± 为标准误）**（课上可以跳过）
""",
        """
> **Optional: exact values beside 4,000 simulated years (± is one standard error)** (can be skipped in class)
""",
    ),
    code(
        """
risks = [mc.portfolio_risk(strategy) for strategy in mc.STRATEGIES]
kamlab.show(pd.DataFrame({r.strategy: {
    "hhi": f"{r.hhi:,.0f}", "one_key_drop_pct": f"{100 * r.one_key_drop:.1f}",
    "large_drop_exact_pct": f"{100 * r.large_drop_exact:.2f}",
    "large_drop_simulated_pct": f"{100 * r.large_drop_probability:.1f} ± {100 * r.large_drop_se:.1f}",
    "expected_profit_exact_10k": f"{r.expected_profit_exact / 1e4:,.0f}",
    "expected_profit_simulated_10k": f"{r.expected_profit / 1e4:,.0f} ± {r.expected_profit_se / 1e4:.0f}",
} for r in risks}).T, context="misconceptions.strategy")
"""
    ),
    md(
        """
> **选学结束。**
""",
        """
> **End of the optional part.**
""",
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
plot_portfolio_risk(risks, ax=ax)
plt.show()
"""
    ),
    md(
        """
### 解释

- **集中度：** 保留中小客户时 HHI 为 1,022，清退后升到 2,000（相当于只有 5 家同样大小的客户）。
- **一家大客户离开：** 保留中小客户时收入少 14.3%，清退后少 20.0%。
- **收入大跌（20% 及以上）的概率：** 精确值保留时 8.15%（要两家大客户同时离开才会发生），清退后 40.95%；
  模拟得到 8.6% ± 0.4% 和 41.1% ± 0.8%，都在一两个标准误之内，与精确值相符。
- **固定成本无法分摊：** 清退后，只要一家大客户离开，剩下的边际贡献就抵不上 1,400 万元的固定成本，亏损的概率就是上面的 40.95%；保留中小客户时约 8.15%。
  预期利润也从 220 万元降到 112 万元（精确值；模拟 218 ± 3 和 109 ± 4）：大客户的边际贡献率低，转过来的采购量填不满中小客户留下的利润。

上图中，蓝色（保留）的柱子多在 −3% 左右，少数在 −17% 左右，更少的在 −31% 及以下；红色（清退）的柱子只落在 −20% 的整数倍上（0%、−20%、−40%、−60%，4,000 年里还有 3 年是 −80%），因为每离开一家大客户收入就少 20%；四成落在 −20% 的虚线上或以外。
签了年度合同的大客户，明年也可能被竞争对手挖走，也可能自己经营出问题，这就是“没有永恒的朋友”。
在探索器里把大客户数调多、把离开的概率调低，清退的风险会变小，但永远不会比保留中小客户更分散。
""",
        """
### Explain

- **Concentration:** with the SMEs kept the HHI is 1,022; cleared, it rises to 2,000 (as if there
  were only 5 equal customers).
- **One key account leaving:** costs 14.3% of revenue with the SMEs kept, 20.0% once cleared.
- **Chance of a large drop (20% or more):** exactly 8.15% with the SMEs kept (it takes two key
  accounts leaving together), 40.95% once cleared; the simulation gives 8.6% ± 0.4% and 41.1% ±
  0.8%, within one or two standard errors of the exact values.
- **Fixed costs not covered:** once the SMEs are cleared, a single key account leaving leaves too
  little contribution to cover the 14 million yuan of fixed costs: the chance of a loss is the 40.95%
  above, against about 8.15% with the SMEs kept. Expected profit falls from 220 to 112 (10k yuan,
  exact; simulated 218 ± 3 and 109 ± 4): the
  key accounts' contribution margin is lower, so the volume moved to them does not replace the
  SMEs' profit.

In the chart the blue bars (kept) sit mostly around −3%, a few around −17%, fewer still at −31% or
below; the red ones (cleared) come only at multiples of −20% (0%, −20%, −40%, −60%, and −80% in 3 of
the 4,000 years), since each key account that leaves takes 20% of revenue, and four in ten lie on or beyond the −20% line. A key account on an annual contract may still be won away by a competitor
next year, or run into trouble of its own: there are no eternal friends. More key accounts or a
lower chance of leaving (try them in the explorer) make clearing less risky, but never as spread
out as keeping the SMEs.
""",
    ),
    md(
        """
## 误区五：{{chapter:m5}}（M5）

**教材怎么说。** 有了大客户，并不意味着什么都不用管了。要取得成功，还需要持续紧密的合作和支持：
行业和市场前景分析、产品卖点、提供畅销产品、及时送货、参与店内促销。

**模型。** 大客户（例如一家连锁零售商）今年向 A公司 采购 1,000 万元，毛利率 20%。没有支持时，它进的货有 60% 能卖出去（动销率），
每年有 80% 的可能继续合作。每项支持活动提高一点动销率和保留率，也要花一点钱；动销率每提高 1 个百分点，客户每年的订单增加 0.5%
（卖得快，补货就多：在这个模型里我们假设这个关系，教材和文献都没有给出这个数字）。五项活动全做，动销率提到 80%，保留率提到 92%，每年花费 38 万元。

**先预测：** 10 年下来，有支持时这家客户的价值（折现后的利润，扣除支持费用）和没有支持时相比，会怎样？
""",
        """
## Misconception 5: {{chapter:m5}} (M5)

**What the chapter says.** Having key accounts does not mean there is nothing left to manage.
Success needs continued close cooperation and support: industry and market outlook analysis, product
selling points, supplying best-selling products, timely delivery, joining in-store promotions.

**The model.** A key account (a retail chain, say) buys 10 million yuan a year from Company A at a
20% gross margin. Without support, 60% of the goods it takes in sell through to its own customers,
and there is an 80% chance each year that it stays. Each support activity raises sell-through and
retention a little and costs a little; each point of sell-through adds 0.5% a year to the account's
orders (what sells fast is reordered more: in this model we assume this link; neither the chapter nor
the literature gives the number). All five activities together
lift sell-through to 80% and retention to 92%, at 380,000 yuan a year.

**Predict first:** over ten years, how does the account's value with support (discounted profit,
after the cost of support) compare with its value without?
""",
    ),
    code(
        """
kamlab.widgets.support_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
### 揭晓：静态结果

先在上面的探索器里写下你的预测，再往下读。下面是模型在默认参数下的结果（在 GitHub 上或打印出来时，探索器不会显示，这里就是它揭晓的内容）。
""",
        """
### Reveal: the static result

Set your prediction in the explorer above before reading on. Below is the model's result with the
default parameters (on GitHub or on paper the explorer does not show; this is what it reveals).
""",
    ),
    code(
        """
value = mc.support_value()
summary = value.summary.copy()
summary[["support_cost", "account_value"]] = (summary[["support_cost", "account_value"]] / 1e4).round(1)
kamlab.show(summary.round(3), title=kamlab.t("show.title.value_ratio", ratio=f"{value.value_ratio:.2f}"))
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
plot_support_value(value, ax=ax)
plt.show()
"""
    ),
    code(
        """
ratios = {activity: mc.support_value([activity]).value_ratio for activity in mc.SUPPORT_ACTIVITIES.index}
kamlab.show(pd.Series(ratios, name="value_ratio").round(2), context="misconceptions.activity")
"""
    ),
    md(
        """
### 解释（单位：万元）

- 没有支持时，这家客户 10 年的价值是 703；五项支持全做，每年多花 38 万元，价值却达到 1,220.7，是没有支持时的 1.74 倍。
- 钱花在哪里了？动销率从 60% 升到 80%，订单每年增长 10%；保留率从 80% 升到 92%，客户留得更久。两条路都通向同一个结果：客户的价值更高。
- 单独做一项，也各有回报：及时送货 1.16 倍，提供畅销产品 1.11 倍，市场前景分析 1.09 倍，产品卖点 1.06 倍，店内促销 1.01 倍。
  店内促销最贵，单独做几乎只够收回成本，但和其他活动一起做，客户的价值更高（在探索器里去掉它试试）。

签下大客户只是开始。支持活动不是额外的负担，而是让大客户卖得好、留得住的投入：大客户卖得好，供应商才能卖得好，这也是一种共赢。
""",
        """
### Explain (10k yuan)

- Without support the account is worth 703 over ten years. With all five activities, at 38 a
  year, it is worth 1,220.7: 1.74 times as much.
- Where does the money go? Sell-through rises from 60% to 80%, so orders grow 10% a year; retention
  rises from 80% to 92%, so the account stays longer. Both roads lead to a more valuable account.
- Each activity alone also pays: timely delivery 1.16 times the value without support, best sellers
  1.11, market outlook analysis 1.09, selling points 1.06, in-store promotions 1.01. In-store
  promotions are the dearest and barely pay for themselves alone, but together with the others the
  account is worth more (untick them in the explorer and see).

Signing a key account is only the beginning. Support is not an extra burden but an investment that
lets the account sell well and stay: when the key account sells well, so does the supplier, which
is win-win too.
""",
    ),
    md(
        """
## 讨论

1. 误区一的模型里，价格让步和非价格支持的最佳幅度都在 2% 左右，但非价格支持多赚的更多。现实中，为什么企业常常更愿意直接降价？
2. 误区二的结论依赖于“连锁大客户的份额不断上升”。在你熟悉的行业里，这个前提成立吗？如果不成立，结论会怎样？
3. 误区三的模型假设专职管理每年每家客户花 4 万元。一家企业有 100 家大客户，是否应当全部配备专职人员？怎样决定哪些客户值得？
4. 格力与国美的冲突（第 06 课的案例）中，格力说国美只占它销售额的不到 1%。用误区四的模型说说，为什么这句话对格力来说有一定道理，对一家只靠国美的小厂商却是致命的？
5. 误区五列出的五项支持活动里，哪些需要销售以外的部门（研发、生产、物流）参与？这和误区三有什么关系？

## 练习

每道练习先用 `ex.ask(...)` 看题目，把你的答案写进 `answer`，再运行 `ex.check(...)` 得到反馈。
想要提示就运行 `ex.hint(...)`，每运行一次给出下一条提示。
""",
        """
## Discussion

1. In the model of misconception 1, price concessions and non-price support both peak at about 2%,
   but support earns more. Why do firms so often prefer to cut prices?
2. The conclusion of misconception 2 depends on the chains' share rising. Does that hold in an
   industry you know? If not, what happens to the conclusion?
3. The model of misconception 3 assumes a dedicated unit costs 40,000 yuan per account a year. A
   firm with 100 key accounts: should it give every one a dedicated manager? How would you decide
   which accounts are worth it?
4. In the Gree-Gome conflict (the case of lesson 06), Gree said Gome was less than 1% of its sales.
   Use the model of misconception 4 to explain why that argument has something to it for Gree, but
   would be fatal for a small maker that relies on Gome alone.
5. Which of the five support activities of misconception 5 need departments beyond sales (R&D,
   production, logistics)? What has that to do with misconception 3?

## Exercises

For each exercise, read the task with `ex.ask(...)`, put your answer in `answer`, and run
`ex.check(...)` for feedback. For a hint, run `ex.hint(...)`; each run gives the next hint.
""",
    ),
    code(
        """
ex = kamlab.exercises.lesson("03")
ex.ask("03.1")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("03.1", answer)
"""
    ),
    code(
        """
ex.hint("03.1", number=1)  # 第 1 条提示，不占次数 / hint 1, not counted
"""
    ),
    code(
        """
ex.ask("03.2")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("03.2", answer)
"""
    ),
    code(
        """
ex.ask("03.3")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("03.3", answer)
"""
    ),
    code(
        """
ex.ask("03.4")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("03.4", answer)
"""
    ),
    code(
        """
ex.ask("03.5")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("03.5", answer)
"""
    ),
    md(
        """
## 小结

- **误区一：{{chapter:m1}}。** 销量对让步的反应是饱和的。毛利率 20% 时，最佳让步约 2.1%，毛利多 4.0%；超过 4.6%，毛利就低于不让步的时候；5% 的让步已经让毛利少了 1.26%。非价格支持同理。过犹不及。
- **误区二：{{chapter:m2}}。** 连锁大客户每年多占 6 个百分点时，“靠中小客户”的利润 6 年内从 1,680 万元降到 1,032 万元，“共赢”计划从第 3 年起反超。惟有共赢。
- **误区三：{{chapter:m3}}。** 10 年后，传统做法只留住 5.2% 的客户，专职管理留住 32.2%；每家客户的价值 17.213 万元对 37.326 万元。
- **误区四：{{chapter:m4}}。** 清退中小客户后 HHI 从 1,022 升到 2,000，收入大跌 20% 以上的概率从 8.15% 升到 40.95%（精确值），固定成本也更容易无法分摊。没有永恒的朋友，只有永恒的利害关系。
- **误区五：{{chapter:m5}}。** 五项支持活动让客户 10 年的价值从 703 万元升到 1,220.7 万元（1.74 倍）。
- 超出教材的模型及出处：饱和反应曲线（Little，1970；Blattberg 与 Deighton，1996，*Harvard Business Review*）、客户盈利（Kaplan 与 Cooper，1998）、
  关系阶段（McDonald、Millman 与 Rogers，1997，*Journal of Marketing Management*）、马尔可夫链客户价值（Pfeifer 与 Carraway，2000）、
  HHI（Hirschman，1964）。
""",
        """
## Summary

- **M1 {{chapter:m1}}.** Volume responds to concessions with diminishing returns.
  With a 20% margin the best concession is about 2.1%, worth 4.0% more gross profit; past 4.6% gross
  profit is below the no-concession level, and a 5% concession already costs 1.26%. Non-price
  support behaves the same way. Too much is as bad as too little.
- **M2 {{chapter:m2}}.** With the chains gaining 6 points a year, the
  SME plan's profit falls from 1,680 to 1,032 (10k yuan) in six years, and the win-win plan is
  ahead from year 3. Only win-win works.
- **M3 {{chapter:m3}}.** After ten years the traditional way keeps 5.2% of the accounts, a
  dedicated unit 32.2%; an account is worth 17.213 vs 37.326 (10k yuan).
- **M4 {{chapter:m4}}.** Clearing the SMEs raises the HHI from 1,022 to 2,000 and
  the chance of a revenue drop of 20% or more from 8.15% to 40.95% (exact), and fixed costs go uncovered far
  more often. No eternal friends, only eternal interests.
- **M5 {{chapter:m5}}.** The five support activities raise the account's ten-year value
  from 703 to 1,220.7 (10k yuan; 1.74 times).
- Models beyond the chapter and their sources: saturating response (Little, 1970; Blattberg &
  Deighton, 1996, *Harvard Business Review*), customer profitability (Kaplan & Cooper, 1998),
  relationship stages (McDonald, Millman & Rogers, 1997, *Journal of Marketing Management*),
  Markov-chain customer value (Pfeifer & Carraway, 2000), the HHI (Hirschman, 1964).
""",
    ),
]
