"""Lesson 06: case K3, conflict with a key account: Gome vs Gree (国美 vs 格力), as a game."""

from build_notebooks import code, md

NAME = "06_gome_gree"

CELLS = [
    md(
        """
# 第 06 课　案例三：国美与格力，与大客户的冲突

前两个案例讲的是供应商自己的问题：大客户交给一个人，人走了客户也走了；抱怨在部门之间传来传去。
这一课的案例不一样：冲突的双方都是强者。2004 年，中国最大的家电连锁国美和空调第一品牌格力正面冲突，最后分手，两败俱伤。

**本课学习目标**

1. 准确复述案例三的事实（2004 年 2 月 21 日、平均降价 34%、3 月格力全线退出、格力称国美不到其销售额的 1%、海尔成立大客户管理部），说出教材对双方的评价；
2. 按事情发生的顺序把冲突写成序贯博弈：国美先选择维持价格或擅自降价，格力看到降价后再选择继续供货或撤出，收益由可以调整的参数算出；
3. 用倒推法求解，说明完全信息下为什么不会有冲突；用国美对格力回应的信念 p 和门槛 p\\* 解释：降价之后撤出的双输需要误判，而大客户管理部补上的是信息与沟通；
4. 用“权力—依赖”关系解释：为什么“不到 1%”让格力撤出的威胁可信，为什么失去最大的连锁对格力仍然是损失；
5. 在重复博弈里比较冷酷触发、以牙还牙等策略，算出维持合作所需的折现因子 (T − R) / (T − P)，看大客户管理部如何改变收益和冲突的概率。

> **课堂路线（90 分钟）**
>
> | 部分 | 分钟 |
> |---|---|
> | 一、案例与“先讨论，再建模” | 15 |
> | 二、按发生的顺序：博弈树、倒推、信念与门槛、大客户管理部补上的信息 | 25 |
> | 三、依赖与权力（到“不到 1%”的图为止） | 10 |
> | 四、重复博弈：冷酷触发与“噪声”的模拟（推导留作选学） | 15 |
> | 五、大客户管理部 | 10 |
> | 讨论（选 2 题） | 10 |
> | 练习 06.5 | 5 |
> | 合计 | 90 |
>
> 课后：六、重演当年的决定（探索器）、七、阅读，练习 06.1–06.4。标着 **选学** 的部分（同时行动的写法、混合均衡、折现因子的推导）不在课堂路线上。
""",
        """
# Lesson 06 — Case K3: Gome and Gree, conflict with a key account

The first two cases were about the supplier's own failings: a key account left in one person's hands,
complaints passed from department to department. This case is different: both sides are strong. In
2004 Gome, China's largest appliance chain, and Gree, the No.1 air-conditioner brand, clashed head-on
and parted ways, and both lost.

**Learning goals**

1. Retell the facts of case K3 accurately (21 February 2004, an average price cut of 34%, Gree's
   complete withdrawal in March, Gree's claim that Gome was under 1% of its sales, Haier's KAM
   department) and the chapter's judgement of both sides.
2. Write the conflict as a sequential game, in the order it happened: Gome first keeps the price or
   cuts it on its own, then Gree, having seen the cut, keeps supplying or withdraws, with payoffs
   computed from parameters you can change.
3. Solve it by backward induction and say why there is no conflict under complete information; use
   Gome's belief p about Gree's answer and the threshold p\\* to explain that the lose-lose of a cut
   followed by withdrawal needs a misjudgement, and that what a KAM department adds is information and
   communication.
4. Use power-dependence to explain why "under 1%" made Gree's threat to withdraw credible, and why
   losing the largest chain was still a loss for Gree.
5. Compare grim trigger, tit for tat and other strategies in the repeated game, compute the discount
   factor (T − R) / (T − P) that sustains cooperation, and see how a KAM department changes the
   payoffs and the odds of conflict.

> **In class (90 minutes)**
>
> | Part | Minutes |
> |---|---|
> | 1. The case, and "discuss first, model later" | 15 |
> | 2. In the order it happened: the tree, backward induction, belief and threshold, what a KAM department adds | 25 |
> | 3. Dependence and power (up to the "under 1%" chart) | 10 |
> | 4. The repeated game: grim trigger and the "noise" simulation (derivation optional) | 15 |
> | 5. A KAM department | 10 |
> | Discussion (pick 2 questions) | 10 |
> | Exercise 06.5 | 5 |
> | Total | 90 |
>
> Homework: 6. Replay the decision (the explorer), read 7, exercises 06.1–06.4. Parts marked
> **Optional** (the simultaneous form, the mixed equilibrium, the discount-factor derivation) are not
> on the in-class path.
""",
    ),
    code(
        """
import matplotlib.pyplot as plt
import pandas as pd
import kamlab
from kamlab.models import gome_gree
from kamlab.plots.gome_gree import (plot_belief_threshold, plot_game_tree, plot_payoff_table, plot_repeated_play,
                                    plot_threat_credibility)

kamlab.setup()
"""
    ),
    md(
        """
## 一、案例：国美与格力

**教材怎么说。** 2004 年 2 月 21 日，四川国美电器在未通知格力的情况下，擅自把格力空调降价，平均降幅 34%。
之后双方都以强势姿态来解决问题，经过短暂的对峙，同年 3 月格力全线退出国美电器，合作宣告结束。这显然是一个**双输**的结局。

- **国美**失去了空调界的第一品牌。绝对销售额也许损失不大，但失去的消费者和忠诚度无法在短期内量化，
  **就像大型超市里没有可口可乐卖一样**。如果国美继续一贯的办事风格，漠视厂家的存在和价值，将会有**更多的“格力”出现**，那时国美必被竞争对手超越。
- **格力**采用经销商代理和专卖店体系，宣称国美在它的销售额中贡献**不到 1%**，终止合作丝毫不影响整体运营。
  但“**得渠道者得天下**”的道理人人都知道，专业的家电连锁也是大势所趋，何况国美是国内规模最大、发展势头不容小视的家电连锁企业，失去这样重量级的客户是格力的遗憾。

教材的评价是：国美擅自打乱格力的价格体系，格力的做法本身没有问题；但如果格力事先充分认识到大客户的重要性，
**建立大客户经理制度**，对客户的经营活动进行严格细致的管理和监督，进行深层次的沟通与协调，“格力事件”也许就不会发生。
当年**海尔**针对异军突起的国美，迅速调整内部组织架构，成立了直接对接国美的**大客户管理部**，效果非常明显。
教材最后说：**{{chapter:k3_no_sulking}}。**

按时间排列的事实：
""",
        """
## 1. The case: Gome and Gree

**What the chapter says.** On 21 February 2004 Sichuan Gome, without telling Gree, cut the prices of
Gree air conditioners by 34% on average. Both sides then took a hard line; after a brief standoff,
in March the same year Gree withdrew from Gome entirely and the partnership ended. This was plainly a
**lose-lose** outcome.

- **Gome** lost the No.1 air-conditioner brand. Its absolute sales may not have fallen much, but the
  lost shoppers and loyalty cannot be measured in the short run: **it is like a big supermarket with
  no Coca-Cola on its shelves**. If Gome kept its old style of ignoring manufacturers and their value,
  **more "Grees" would follow**, and rivals would overtake it.
- **Gree** sells through distributor agents and its own specialty stores, and said that Gome made up
  **less than 1%** of its sales, so ending the partnership did not affect its business at all. But
  everyone knows that "**who holds the channel holds the world**"; specialised appliance chains were
  the trend, and Gome was the country's largest chain, whose momentum was not to be underestimated: losing so weighty a customer
  was Gree's loss too.

The chapter's judgement: when Gome broke Gree's price system on its own, Gree was right to respond as
it did; but had Gree recognised the importance of key accounts in advance, **set up a key-account
manager system**, managed and monitored the account's activities closely, and communicated and
coordinated in depth, the "Gree incident" might not have happened. At the time **Haier** quickly
reorganised in response to the fast-rising Gome and set up a **key-account department** dealing
directly with it, with clear effect. The chapter ends: **{{chapter:k3_no_sulking}}.**

The facts in order:
""",
    ),
    code(
        """
kamlab.show(gome_gree.timeline().set_index("date"))
"""
    ),
    md(
        """
### 先讨论，再建模

在看任何模型之前，请先想一想、和同桌讨论：

1. 假如你是格力负责国美的经理，2 月 21 日早上得知四川国美擅自降价 34%。你的第一个电话打给谁？说什么？
2. 格力说国美不到它销售额的 1%。这句话是在陈述事实，还是在向国美发出信号？国美应当相信吗？
3. 这场冲突里，谁的“赢”是真正的赢？

下面用博弈论把这些问题变成可以计算、可以重演的实验。
""",
        """
### Discuss first, model later

Before any model, think and talk it over with your neighbour:

1. You are Gree's manager for Gome. On the morning of 21 February you learn that Sichuan Gome has cut
   your prices by 34% without telling you. Whom do you call first, and what do you say?
2. Gree said Gome was under 1% of its sales. Is that a statement of fact or a signal to Gome? Should
   Gome believe it?
3. In this conflict, whose "win" is a real win?

Below, game theory turns these questions into experiments you can compute and replay.
""",
    ),
    md(
        """
## 二、按发生的顺序：国美先动，格力回应

> **超出教材的模型。** 教材只用文字讲了这个案例，也给出了事情发生的顺序：先是国美降价，之后格力撤出。
> 下面的博弈模型是本课自己的教学模型，不是教材的。序贯博弈和倒推法见 Gibbons（1992，*Game Theory for Applied Economists*）第 2 章，
> 不完全信息见同书第 3、4 章。收益是“与照常合作相比，一年利润的变化”，单位百万元。
> 除了教材给出的 34% 和{{chapter:k3_under_1pct_short}}，其余参数都是示意性的假设，不是两家公司的真实数据。

国美先选择：**维持价格**或**擅自降价**。格力看到降价之后再选择：**继续供货**（忍受降价）或**撤出**。照常合作记为 (0, 0)。

### 先用笔算一算

设格力一年销售额 10,000（百万元，即 100 亿元），国美占 1%：格力经国美卖出 S = 100。

- **格力撤出，国美损失** L<sub>国美</sub> = 国美毛利率 12% × 100 × (1 + 1.5) = 30：格力产品本身的毛利 12，加上为格力而来、顺便买别的商品的顾客带来的毛利 18（前者的 1.5 倍，“超市里没有可口可乐”）。
- **国美降价，格力照常供货时国美的收益** = 15：价格战带来的客流，扣掉降价成本之后。如果格力撤出，国美只在对峙的几周里拿到其中的 10%，即 1.5。
- **格力忍受降价的损失** D = 降价 34% × 格力毛利率 25% × 10,000 × 5% = 42.5：其他经销商和专卖店中有 5% 的销售被迫跟着降价，价格体系被打乱。
- **格力撤出的损失** L<sub>格力</sub> = 25% × 100 × (1 − 50%) × (1 + 1) = 25：一半销售能被其他渠道夺回，损失另一半的毛利；再乘 2，算上国美这个渠道的未来价值（“得渠道者得天下”）。

于是博弈树是（括号里先国美、后格力）：

```
国美 ── 维持价格 ────────────────────────── (0, 0)
  └──── 擅自降价 ── 格力 ── 继续供货 ────── (15, −42.5)
                      └──── 撤出 ────────── (−30 + 1.5, −25) = (−28.5, −25)
```

**先预测，再运行。** 如果国美知道格力会怎样回应，它会降价吗？先写下你的答案，再运行下面的单元格。
""",
        """
## 2. In the order it happened: Gome moves, Gree answers

> **A model beyond the chapter.** The chapter tells the case in words, and in order: first Gome cut the
> price, then Gree withdrew. The game below is this lesson's own teaching model, not the chapter's.
> Sequential games and backward induction are in Gibbons (1992, *Game Theory for Applied Economists*),
> chapter 2; incomplete information in chapters 3 and 4 of the same book. Payoffs are "the change in a
> year's profit against business as usual", in million yuan. Apart from the chapter's 34% and "under
> 1%", the parameters are illustrative assumptions, not the two companies' real figures.

Gome chooses first: **keep the price** or **cut it on its own**. Gree sees the cut and then chooses:
**keep supplying** (swallow the cut) or **withdraw**. Business as usual is (0, 0).

### By hand first

Let Gree's yearly sales be 10,000 (million yuan, i.e. 10 billion yuan), 1% of it through Gome: Gree
sells S = 100 through Gome.

- **Gome's loss if Gree withdraws**: L<sub>Gome</sub> = Gome's 12% margin × 100 × (1 + 1.5) = 30: the
  margin on Gree's products, 12, plus 18 (1.5 times as much) from shoppers who come for Gree and buy
  other things too (the supermarket without Coca-Cola).
- **Gome's gain from the cut while Gree keeps supplying** = 15: the traffic the price war brings,
  net of the cost of the cut. If Gree withdraws, Gome keeps only 10% of it, 1.5, from the weeks of the
  standoff.
- **Gree's loss from swallowing the cut**: D = the 34% cut × Gree's 25% margin × 10,000 × 5% = 42.5:
  5% of the sales of Gree's other dealers and stores are pulled down with it, and the price system is
  broken.
- **Gree's loss from withdrawing**: L<sub>Gree</sub> = 25% × 100 × (1 − 50%) × (1 + 1) = 25: other
  channels win back half the sales, the margin on the other half is lost; times 2 for the future value
  of the Gome channel ("who holds the channel holds the world").

The game tree (Gome first, then Gree):

```
Gome ── keep price ─────────────────────────────── (0, 0)
  └──── cut price ── Gree ── keep supplying ────── (15, −42.5)
                       └──── withdraw ─────────── (−30 + 1.5, −25) = (−28.5, −25)
```

**Predict, then run.** If Gome knew how Gree would answer, would it cut? Write down your answer, then
run the next cell.
""",
    ),
    code(
        """
case = gome_gree.GomeGreeCase()
kamlab.show(gome_gree.backward_induction(case.tree()).summary(), context="gome_gree.action")
"""
    ),
    md(
        """
**倒推法：从最后一步往前解。**

1. 格力最后行动：国美降价之后，撤出损失 25，忍受降价损失 42.5，所以**撤出**。
2. 国美先行动，并且预见到这一点：降价得 −28.5，维持价格得 0，所以**维持价格**。

如果国美知道格力会撤出，它就不会降价：在这个模型里，完全信息下没有冲突。可是 2004 年降价发生了，格力也撤出了。
要让模型得出这个结局，必须再加上一样东西：**国美不确定格力会怎样回应**。

### 国美不确定格力的回应：信念与门槛

格力有多看重国美这个渠道、会不会为价格体系撤出，这是格力自己的信息，国美看不到格力的账。
博弈论把这种情况写成格力的“类型”：一种格力会撤出，一种格力会忍受降价（Gibbons，1992，第 3 章）。
设国美认为格力会撤出的概率是 p（会继续供货的概率是 1 − p），那么降价的期望收益是

(1 − p) × 15 + p × (−28.5)，维持价格是 0。

两者相等时 **p\\* = 15 / (15 + 28.5) = 15 / 43.5 ≈ 34.5%**：国美认为格力会撤出的概率低于 34.5%，才会降价。

教材没有说国美当时怎么判断、为什么降价。模型只说明：要出现“降价之后格力撤出”，国美对格力回应的估计必须低于这个门槛，而格力实际上会撤出。
这就是模型里的**误判**。比如 p = 20%：
""",
        """
**Backward induction: solve from the last move back.**

1. Gree moves last: after a cut, withdrawing loses 25 and swallowing the cut 42.5, so it **withdraws**.
2. Gome moves first and foresees this: cutting earns −28.5 and keeping the price 0, so it **keeps the
   price**.

If Gome knew that Gree would withdraw, it would not cut: in this model there is no conflict under
complete information. Yet in 2004 the cut happened and Gree withdrew. For the model to reach that end,
it needs one more thing: **Gome is not sure how Gree will answer**.

### Gome unsure of Gree's answer: a belief and a threshold

How much Gree values the Gome channel, and whether it would withdraw to defend its price system, is
Gree's own information; Gome cannot see Gree's books. Game theory writes this as Gree's "type": one
type of Gree withdraws, the other swallows the cut (Gibbons, 1992, chapter 3). If Gome believes Gree
withdraws with probability p (and keeps supplying with 1 − p), a cut is worth

(1 − p) × 15 + p × (−28.5), against 0 for keeping the price.

They are equal at **p\\* = 15 / (15 + 28.5) = 15 / 43.5 ≈ 34.5%**: Gome cuts only if it puts the chance
of a withdrawal below 34.5%.

The chapter does not say what Gome expected or why it cut. The model only shows what the outcome
requires: for "a cut, then Gree withdraws", Gome's estimate of a withdrawal must lie below the
threshold while Gree in fact withdraws. That is a **misjudgement** in the model. Take p = 20%:
""",
    ),
    code(
        """
decision = gome_gree.sequential_game(case, belief=0.2)
kamlab.show(decision.summary(), context="gome_gree.action")
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(8, 4.6), layout="constrained")
plot_game_tree(decision, ax=ax)
plt.show()
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
plot_belief_threshold(decision, ax=ax)
plt.show()
"""
    ),
    md(
        """
金色是实际走过的路径。在 p = 20% 的信念下，降价的期望收益是 6.3，国美于是降价；格力的最优回应是撤出；结果 (−28.5, −25)，双方都比照常合作的 (0, 0) 差，
这就是教材说的**双输**。如果国美知道格力的回应，它会维持价格：在模型里，冲突来自误判，而不是任何一方“不得不”这样做。

### 大客户管理部补上的是信息

教材说，格力如果建立大客户经理制度，进行深层次的沟通与协调，{{chapter:k3_incident}}。
在这个模型里，沟通的作用是让国美在行动之前知道格力会怎样回应。设大客户管理部有 80% 的机会做到这一点
（示意性的假设，和第五部分的“预警”是同一个参数）：
""",
        """
The gold band is the path played. Gome expects 6.3 from a cut, so it cuts; Gree's best reply is to
withdraw; the outcome is (−28.5, −25), worse for both than business as usual, (0, 0): the chapter's
**lose-lose**. Had Gome known Gree's answer, it would have kept the price: in the model the conflict
comes from a misjudgement, not from either side "having to" act as it did.

### What a KAM department adds is information

The chapter says that with a key-account manager system and deep communication and coordination
{{chapter:k3_incident}}. In this model, communication lets Gome know how Gree would
answer before it acts. Suppose a KAM department manages this 80% of the time (an illustrative
assumption, the same parameter as the "early warning" of part 5):
""",
    ),
    code(
        """
kam = gome_gree.KamDepartment()
informed = gome_gree.sequential_game(case, belief=0.2, kam=kam)
kamlab.show({"no_kam": decision.conflict_probability, "with_kam": informed.conflict_probability})
"""
    ),
    md(
        """
冲突的概率从 1 降到 0.2：剩下的 0.2 是沟通没有送到的情况。大客户管理部并不改变谁对谁错：格力维护价格体系的原则没变，撤出的回应仍然可信；
它改变的是国美在行动之前知道什么。

### 动手实验

拖动“国美认为格力会撤出的概率”，看国美从哪一点开始降价；再改变国美的降价收益、国美占格力销售额的比例和国美渠道的未来价值，
看门槛和格力的回应怎样变化；最后打开“大客户管理部”。金色是实际走过的路径，图下的文字说明有没有冲突、是不是误判。
""",
        """
The chance of conflict falls from 1 to 0.2: the remaining 0.2 is when the communication does not get
through. A KAM department does not change who is right: Gree still defends its price system, and its
answer, withdrawal, is still credible; what changes is what Gome knows before it acts.

### Try it yourself

Move "Gome's belief that Gree withdraws" and see from which point Gome cuts; then change Gome's gain
from the cut, Gome's share of Gree's sales and the future value of the Gome channel, and watch the
threshold and Gree's answer move; finally switch on the "KAM department". The gold band is the path
played; the text under the chart says whether there is a conflict and whether it is a misjudgement.
""",
    ),
    code(
        """
kamlab.widgets.sequential_game_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
> **选学：把同样的收益写成同时行动的博弈**
>
> 很多教材把这类冲突画成一张收益表，好像双方同时出招。收益和上面的树相同，但同时行动的写法假设格力在看到降价之前就要决定，
> 这和事情发生的顺序不符。这一部分和下面的混合均衡是选学内容，课上可以跳过。

|  | 继续供货 | 撤出 |
|---|---|---|
| 维持价格 | (0, 0) | (−30, −25) |
| 擅自降价 | (15, −42.5) | (−28.5, −25) |
""",
        """
> **Optional: the same payoffs as a simultaneous game**
>
> Many textbooks draw such a conflict as a payoff table, as if both sides moved at once. The payoffs
> are those of the tree above, but the simultaneous form assumes Gree decides before it sees the cut,
> which is not the order in which things happened. This part and the mixed equilibrium below are
> optional and can be skipped in class.

|  | keep supplying | withdraw |
|---|---|---|
| keep price | (0, 0) | (−30, −25) |
| cut price | (15, −42.5) | (−28.5, −25) |
""",
    ),
    code(
        """
result = gome_gree.one_shot(case)
kamlab.show(result.game.table(), context="gome_gree.action")
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7, 4.2), layout="constrained")
plot_payoff_table(result, ax=ax)
plt.show()
"""
    ),
    code(
        """
kamlab.show({"pure_equilibria": result.pure_actions, "outcome": result.outcome, "lose_lose": result.lose_lose},
            context="gome_gree.action")
"""
    ),
    md(
        """
**找均衡：逐个比较最优反应（选学）。**

- 国美：格力继续供货时，降价得 15，维持价格得 0；格力撤出时，降价得 −28.5，维持价格得 −30。无论格力怎么做，**降价都更好**：降价是国美的占优策略。
- 格力：国美降价时，撤出损失 25，忍受降价损失 42.5，所以**撤出**；国美维持价格时，继续供货。

唯一的纯策略纳什均衡是（擅自降价，撤出），结果 (−28.5, −25)，双方都比照常合作的 (0, 0) 差。
格力没有占优策略：它的最优选择取决于国美做了什么。这张表的均衡和上面的树不同，是因为表假设格力在看到降价之前就定下了“撤出”，
国美无从预见格力的回应；按发生的顺序求解，完全信息下国美会维持价格，只有误判格力的回应时才会降价。

> **选学结束。**
""",
        """
**Finding the equilibrium: compare best responses one by one (optional).**

- Gome: if Gree keeps supplying, cutting earns 15 and keeping the price 0; if Gree withdraws, cutting
  earns −28.5 and keeping the price −30. Whatever Gree does, **cutting is better**: it is Gome's
  dominant action.
- Gree: if Gome cuts, withdrawing loses 25 and swallowing the cut 42.5, so it **withdraws**; if Gome
  keeps the price, Gree keeps supplying.

The only pure Nash equilibrium is (cut, withdraw), with outcome (−28.5, −25), worse for both than
business as usual, (0, 0). Gree has no dominant action: its best choice depends on what Gome did. The
table's equilibrium differs from the tree's because the table assumes Gree settles on "withdraw" before
it sees the cut, so Gome cannot foresee Gree's answer; solved in the order things happened, Gome keeps
the price under complete information and cuts only if it misjudges Gree's answer.

> **End of the optional part.**
""",
    ),
    md(
        """
## 三、依赖与权力：“不到 1%”意味着什么

> **超出教材：权力—依赖理论。** 甲对乙的权力，等于乙对甲的依赖（Emerson，1962，*American Sociological Review*）。
> 谁更离不开对方，谁的威胁就越不可信。

格力撤出的损失随“国美占格力销售额的比例”增加，忍受降价的损失却与这个比例无关。撤出的威胁可信，要求撤出的损失小于忍受降价的损失：

25% × 10,000 × d × (1 − 50%) × (1 + 1) < 42.5，即 d < 42.5 / 2,500 = **1.7%**。

格力自称的“不到 1%”正好落在可信的一边。这句话不只是陈述事实，也是在告诉国美：我离得开你。
""",
        """
## 3. Dependence and power: what "under 1%" means

> **Beyond the chapter: power-dependence.** A's power over B equals B's dependence on A (Emerson,
> 1962, *American Sociological Review*). The more a side needs the other, the less credible its threats.

Gree's loss from withdrawing grows with Gome's share of Gree's sales; its loss from swallowing the cut
does not. The threat to withdraw is credible when withdrawing costs less than swallowing the cut:

25% × 10,000 × d × (1 − 50%) × (1 + 1) < 42.5, that is d < 42.5 / 2,500 = **1.7%**.

Gree's "under 1%" lands on the credible side. The sentence was not only a statement of fact; it told
Gome: I can do without you.
""",
    ),
    code(
        """
kamlab.show({"threat_credible": case.threat_credible, "credible_up_to": round(case.credible_up_to, 4)})
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
plot_threat_credibility(case, ax=ax)
plt.show()
"""
    ),
    md(
        """
如果格力更依赖国美，结果就不同了。比如国美占格力销售额的 3%：
""",
        """
Had Gree depended more on Gome, things would have gone differently. Say Gome made up 3% of Gree's
sales:
""",
    ),
    code(
        """
dependent = gome_gree.GomeGreeCase(gree_dependence=0.03)
kamlab.show(gome_gree.backward_induction(dependent.tree()).summary(), context="gome_gree.action")
"""
    ),
    md(
        """
倒推的结果变了：格力撤出要损失 75，比忍受降价的 42.5 还多，所以降价之后它会继续供货；国美预见到这一点就降价，结果 (15, −42.5)：格力只好咽下这口气，国美占了便宜。
这正是许多依赖大连锁的中小厂家的处境。

**为什么失去最大的连锁对格力仍然是损失？** 在 1% 的默认情况下，格力撤出也要损失 25，只是比忍受降价少。
而且这个损失里有一半来自国美渠道的未来价值。如果格力把“得渠道者得天下”看得更重，把渠道的未来价值从 1 倍提高到 3 倍：
""",
        """
Backward induction now gives another answer: withdrawing would cost Gree 75, more than the 42.5 of
swallowing the cut, so after a cut it keeps supplying; Gome foresees this and cuts, with outcome
(15, −42.5): Gree swallows the cut, and Gome gains. That is the position of many
smaller manufacturers who depend on the big chains.

**Why is losing the largest chain still a loss for Gree?** In the default 1% case withdrawing still
costs Gree 25; it only costs less than swallowing the cut. And half of that loss is the future value
of the Gome channel. If Gree took "who holds the channel holds the world" more seriously and valued
the channel's future at 3 times this year's margin instead of 1:
""",
    ),
    code(
        """
premium = gome_gree.GomeGreeCase(channel_premium=3)
kamlab.show({"threat_credible": premium.threat_credible, "gree_loss": premium.gree_loss})
"""
    ),
    md(
        """
撤出的损失变成 50，超过忍受降价的 42.5，撤出就不再是格力的最优反应。“不到 1%”只说明了今年的账，没有算渠道的未来。

> **选学：更多的“格力”与混合均衡**（同时行动的写法；课上可以跳过）

### 更多的“格力”：混合均衡

教材警告国美：如果继续漠视厂家，{{chapter:k3_more_grees}}。假设国美降价逼走格力之后，其他厂家也会跟进，让国美再多损失 10% × 30 = 3。
这时降价不再是国美的占优策略：格力撤出时，降价得 −30 × 1.1 + 1.5 = −31.5，不如维持价格的 −30。博弈没有纯策略均衡，只有混合均衡：
""",
        """
Withdrawing now costs 50, more than the 42.5 of swallowing the cut, and it is no longer Gree's best
response. "Under 1%" counts this year's figures; it leaves out the channel's future.

> **Optional: more "Grees" and a mixed equilibrium** (the simultaneous form; can be skipped in class)

### More "Grees": a mixed equilibrium

The chapter warns Gome that if it keeps ignoring manufacturers, {{chapter:k3_more_grees}}. Suppose that
when a cut drives Gree out, other manufacturers follow and Gome loses another 10% × 30 = 3. Cutting is
then no longer Gome's dominant action: if Gree withdraws, cutting earns −30 × 1.1 + 1.5 = −31.5, worse
than the −30 of keeping the price. The game has no pure equilibrium, only a mixed one:
""",
    ),
    code(
        """
copycat = gome_gree.one_shot(gome_gree.GomeGreeCase(copycat_risk=0.1))
gome_mix, gree_mix = copycat.mixed[0]
kamlab.show({"pure_equilibria": copycat.pure_actions, "gome_cut_probability": round(gome_mix[1], 4),
             "gree_withdraw_probability": round(gree_mix[1], 4),
             "expected_outcome": tuple(round(v, 2) for v in copycat.outcome)}, context="gome_gree.action")
"""
    ),
    md(
        """
在混合均衡里，国美以 25 / 42.5 = 58.82% 的概率降价，这个概率恰好让格力在继续供货和撤出之间无差异；
格力以 15 / 16.5 = 90.91% 的概率撤出，恰好让国美无差异。期望结果是 (−27.27, −25)，仍然是双输。
双方互相猜测、互不沟通，结果并不比直接对抗好多少。

混合均衡由 `support_enumeration` 求出：对每一对同样大小的“支撑集”（以正概率使用的动作），解出让对方无差异的概率，再检查没有更好的动作
（方法同 Nashpy，Knight 与 Campbell，2018）。

### 动手实验

拖动滑块，改变国美占格力销售额的比例、降价幅度、国美的降价收益、格力带来的连带客流、国美渠道的未来价值和更多“格力”跟进的风险；
再打开“大客户管理部”（第五部分会解释）。图中加框的格子是纯策略均衡，图下的文字说明均衡、是否双输、格力的威胁是否可信。
""",
        """
In the mixed equilibrium Gome cuts with probability 25 / 42.5 = 58.82%, exactly what makes Gree
indifferent between supplying and withdrawing; Gree withdraws with probability 15 / 16.5 = 90.91%,
exactly what makes Gome indifferent. The expected outcome is (−27.27, −25): still lose-lose. Guessing
at each other without talking does hardly better than open confrontation.

The mixed equilibrium comes from `support_enumeration`: for each pair of "supports" of the same size
(the actions played with positive probability), it solves for the probabilities that make the other
side indifferent, then checks that no action does better (the method of Nashpy, Knight & Campbell,
2018).

### Try it yourself

Move the sliders: Gome's share of Gree's sales, the price cut, Gome's gain from the cut, the spillover
shoppers Gree brings, the future value of the Gome channel, and the risk that more "Grees" follow;
then switch on the "KAM department" (explained in part 5). The framed cell is the pure equilibrium;
the text under the chart gives the equilibrium, whether it is lose-lose, and whether Gree's threat is
credible.
""",
    ),
    code(
        """
kamlab.widgets.stage_game_explorer()
""",
        "nbval-ignore-output",
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
## 四、重复博弈：冷酷触发与以牙还牙

国美和格力并不是只打一次交道，而是每个季度都在做生意。重复博弈里，今天降价的好处要和以后的损失放在一起比较。

> **超出教材：重复博弈。** 阿克塞尔罗德（Axelrod，1984，*The Evolution of Cooperation*）用计算机比赛说明，
> 在反复进行的囚徒困境里，“以牙还牙”这样简单、友善、会报复也会原谅的策略表现最好。重复博弈的理论见 Osborne（2004）第 14 章。

**冷酷触发**：格力只要遇到一次擅自降价，就永远撤出。设国美的折现因子为 δ（越接近 1，越看重未来），记
T = 降价而格力照常供货的收益，R = 照常合作的收益，P = 降价之后格力撤出的收益：

国美维持价格所需的折现因子是 **δ = (T − R) / (T − P)**。在本课的默认情况下，T = 15、R = 0、P = −28.5，δ = 15 / 43.5 ≈ 0.345。

> **选学：推导。** 一直维持价格：R + δR + δ²R + … = R / (1 − δ)；降价一次：T + δP + δ²P + … = T + δP / (1 − δ)。
> 两者相等时 δ = (T − R) / (T − P)。这是重复囚徒困境的经典结论：用阿克塞尔罗德比赛的收益 T = 5、R = 3、P = 1，δ = 2 / 4 = 0.5。**选学结束。**
""",
        """
## 4. The repeated game: grim trigger and tit for tat

Gome and Gree did not meet just once; they did business every season. In a repeated game, today's
gain from a cut must be weighed against tomorrow's losses.

> **Beyond the chapter: repeated games.** Axelrod (1984, *The Evolution of Cooperation*) showed with
> computer tournaments that in a repeated prisoner's dilemma simple strategies that are nice,
> retaliate and forgive, such as tit for tat, do best. The theory of repeated games is in Osborne
> (2004), chapter 14.

**Grim trigger**: at the first unilateral cut, Gree withdraws for ever. Let δ be Gome's discount
factor (the closer to 1, the more it values the future), T its payoff from cutting while Gree
supplies, R from business as usual, P from a cut answered by withdrawal:

The discount factor Gome needs to keep the price is **δ = (T − R) / (T − P)**. In this lesson's
default case T = 15, R = 0, P = −28.5, and δ = 15 / 43.5 ≈ 0.345.

> **Optional: the derivation.** Keeping the price for ever: R + δR + δ²R + … = R / (1 − δ); cutting
> once: T + δP + δ²P + … = T + δP / (1 − δ). They are equal at δ = (T − R) / (T − P), the classic
> result for the repeated prisoner's dilemma: with Axelrod's tournament payoffs T = 5, R = 3, P = 1,
> δ = 2 / 4 = 0.5. **End of the optional part.**
""",
    ),
    code(
        """
kamlab.show({"axelrod_threshold": gome_gree.grim_trigger_threshold(5, 3, 1), **case.repeated_payoffs(),
             "cooperation_threshold": round(case.cooperation_threshold(), 4)})
"""
    ),
    md(
        """
0.345 是一个很低的门槛：只要国美稍微看重一点未来，维持价格就比降价划算。那为什么冲突还是发生了？第二部分的答案是误判；重复博弈里还有另一种可能。
教材只说降价的是{{chapter:k3_sichuan}}，是{{chapter:k3_no_notice}}做的；它没有说国美总部知不知道、同不同意。
下面我们**假设**（这是本课的假设，不是教材的事实）：降价是一家地方公司自作主张，总部事先并不知情。这种没有人打算、却还是发生了的降价，博弈论称为“噪声”。
模拟把这个假设写进模型：每个季度，国美即使打算维持价格，也有 10% 的概率被某个地方公司擅自降价（概率也是示意性的假设）。
国美采用以牙还牙，格力采用冷酷触发，各自的累计折现利润变化如下：
""",
        """
0.345 is a low bar: if Gome values the future even a little, keeping the price pays better than
cutting. So why did the conflict happen? Part 2's answer was a misjudgement; the repeated game shows
another possibility. The chapter says only that {{chapter:k3_sichuan}} cut the price
{{chapter:k3_no_notice}}; it does not say whether Gome's head office knew or agreed. **Suppose** (the lesson's
assumption, not a fact of the chapter) that the cut was a regional company acting on its own, unknown
to head office. Game theory calls such a move, which nobody planned yet happens anyway, "noise". The
simulation below puts this assumption into the model: each season, even when Gome means to keep the
price, a branch cuts on its own with probability 10% (also an illustrative assumption). Gome plays tit for tat,
Gree grim trigger; their cumulative discounted profit changes are:
""",
    ),
    code(
        """
play = gome_gree.simulate_repeated(case, gome="tit_for_tat", gree="grim_trigger", slip_rate=0.1, seed=2004)
fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
plot_repeated_play(play, ax=ax, gome="tit_for_tat", gree="grim_trigger")
plt.show()
"""
    ),
    code(
        """
kamlab.show({"cuts": int(play["gome_action"].sum()), "branch_cuts": int(play["slip"].sum()),
             "seasons_withdrawn": int(play["gree_action"].sum()),
             "gome_discounted": round(play["gome_discounted"].iloc[-1], 1),
             "gree_discounted": round(play["gree_discounted"].iloc[-1], 1)})
"""
    ),
    md(
        """
前 5 个季度相安无事；第 6 个季度一家分公司擅自降价（黑色三角），格力按冷酷触发从第 7 个季度起永远撤出，国美则以牙还牙一直降价下去。
20 个季度里国美降价 14 次，格力撤出 14 个季度；累计折现利润变化国美 −108.8，格力 −127.6（百万元）。
一次没有沟通的降价，加上一个不留余地的策略，就足以毁掉一段本来有利于双方的合作。

这只是一次随机的模拟。`conflict_odds` 把同样的 20 个季度重复 200 次，统计最后一个季度格力处于撤出状态的比例，并比较格力的三种策略：
""",
        """
The first 5 seasons pass in peace; in season 6 a branch cuts on its own (black triangle), Gree's grim
trigger takes it out for good from season 7, and Gome's tit for tat keeps cutting. Over 20 seasons
Gome cuts 14 times and Gree stays out for 14 seasons; the cumulative discounted profit change is
−108.8 for Gome and −127.6 for Gree (million yuan). One uncoordinated cut, met by a strategy that
leaves no way back, is enough to wreck a partnership that served both sides.

That was one random run. `conflict_odds` repeats the same 20 seasons 200 times and counts how often
Gree is out in the last season, for three strategies of Gree:
""",
    ),
    code(
        """
kam = gome_gree.KamDepartment()
strategies = ["grim_trigger", "tit_for_tat", "generous_tit_for_tat"]
odds = pd.DataFrame({"no_kam": [gome_gree.conflict_odds(case, gree=s) for s in strategies],
                     "with_kam": [gome_gree.conflict_odds(case, gree=s, kam=kam) for s in strategies]}, index=strategies)
kamlab.show(odds, context="gome_gree.strategy")
"""
    ),
    md(
        """
先看左列（没有大客户管理部）：冷酷触发下，200 次里有 86% 以关系破裂告终；以牙还牙 68%；宽容的以牙还牙（对方降价后有 30% 的概率不报复）只有 14.5%。
阿克塞尔罗德的结论在这里同样成立：有误会、有“噪声”的时候，会原谅的策略比一次定终身的策略好得多。
格力的全线退出，相当于冷酷触发。

## 五、大客户管理部：海尔的做法

教材说，格力如果建立大客户经理制度、深层次地沟通协调，{{chapter:k3_incident}}；海尔成立直接对接国美的大客户管理部，效果非常明显。
在模型里，大客户管理部从两个方面改变博弈（参数都是示意性的假设）：

1. **预警和沟通**：80% 的降价计划在执行前就被发现，变成双方事先谈好的促销；分公司擅自降价也有 80% 被提前拦下。
2. **合作收益**：联合计划、事先商定的促销让照常合作的收益提高，国美 +5，格力 +5 − 部门成本 2 = +3。

于是照常合作变成 (5, 3)，降价而格力照常供货变成 (0.2 × 15 + 0.8 × 5, 0.2 × (−42.5) + 0.8 × 3) = (7, −6.1)：
""",
        """
Look at the left column first (no KAM department): under grim trigger, 86% of the 200 runs end in a
break-up; under tit for tat 68%; under generous tit for tat (which lets a cut go unpunished with
probability 30%) only 14.5%. Axelrod's lesson holds here too: with misunderstandings and "noise",
strategies that forgive do far better than those that never forget. Gree's complete withdrawal was a
grim trigger.

## 5. A KAM department: what Haier did

The chapter says that with a key-account manager system and deep communication
{{chapter:k3_incident}}, and that Haier's key-account department for Gome had a clear effect. In the
model a KAM department changes the game in two ways (illustrative parameters):

1. **Early warning and communication**: 80% of planned cuts are spotted before they happen and
   become promotions agreed in advance; 80% of the branches' unilateral cuts are stopped too.
2. **A partnership gain**: joint planning and agreed promotions raise the payoff of business as
   usual, +5 for Gome and +5 − the department's cost 2 = +3 for Gree.

Business as usual becomes (5, 3), and a cut with Gree still supplying becomes (0.2 × 15 + 0.8 × 5,
0.2 × (−42.5) + 0.8 × 3) = (7, −6.1):
""",
    ),
    code(
        """
kamlab.show(case.game(kam).table(), context="gome_gree.action")
"""
    ),
    code(
        """
with_kam = gome_gree.one_shot(case, kam=kam)
kamlab.show({"cooperation_threshold": round(case.cooperation_threshold(kam), 4), "pure_equilibria": with_kam.pure_actions,
             "lose_lose": with_kam.lose_lose, "conceding": with_kam.conceding or "none"},
            context=("gome_gree.action", "gome_gree.player"))
"""
    ),
    md(
        """
- **一次性博弈：不是双输了，但这是让步。** 均衡变成（擅自降价，继续供货），结果 (7, −6.1)。国美比照常合作的 5 多得 2，
  格力却从照常合作的 3 跌到 −6.1：漏网的 20% 擅自降价由格力咽下。这正是让步，`conceding` 显示让步的一方是格力。
  如果只有一次交易，大客户管理部只是让格力“更能忍”，这不是我们想要的结论。
- **重复博弈：让合作容易维持，才是大客户管理部的作用。** 照常合作在有大客户管理部时是 (5, 3)，双方都比没有它时的 (0, 0) 好；
  只要格力对擅自降价仍然有原则地回应（撤出），国美维持价格所需的折现因子从 0.345 降到 (7 − 5) / (7 + 28.5) ≈ 0.056。
  沿着合作的路径，双方每个季度都拿 (5, 3)，谁也没有向谁让步。
- 上面表格的右列：有了大客户管理部，冷酷触发下关系破裂的概率从 86% 降到 41%，宽容的以牙还牙从 14.5% 降到 5.5%。

所以，大客户管理部的作用不是向大客户让步（那是第 03 课的误区一）：在一次性的算计里，它确实会把格力推向让步；它的价值在于**长期关系里的沟通、预警和共同计划**，
让双方都得利的合作变得容易维持，同时格力维护价格体系的原则不变。

## 六、重演当年的决定

现在你来重演 2004 年。选择国美和格力的策略，设定分公司擅自降价的概率，决定要不要像海尔那样设立大客户管理部，再换几个随机种子看看结果稳不稳定。请回答：

1. 不设大客户管理部、格力用冷酷触发时，关系通常能维持几个季度？
2. 格力换成宽容的以牙还牙，会怎样？
3. 设立大客户管理部之后，哪一种组合对双方都最好？
""",
        """
- **The one-shot game: no longer lose-lose, but a concession.** The equilibrium becomes (cut, supply),
  with outcome (7, −6.1). Gome gets 2 more than the 5 of business as usual, while Gree falls from 3 to
  −6.1: Gree swallows the 20% of unilateral cuts that slip through. That is a concession, and
  `conceding` names Gree as the side giving ground. If the two met only once, a KAM department would
  merely make Gree more patient, which is not the lesson we want.
- **The repeated game: making cooperation easy to keep is what the department is for.** With a KAM
  department business as usual pays (5, 3), better for both than the (0, 0) without it; as long as
  Gree still answers a unilateral cut on principle (by withdrawing), the discount factor Gome needs to
  keep the price falls from 0.345 to (7 − 5) / (7 + 28.5) ≈ 0.056. Along the cooperative path both get
  (5, 3) every season, and nobody concedes anything.
- The right column of the table above: with a KAM department, the chance of a break-up under grim
  trigger falls from 86% to 41%, and under generous tit for tat from 14.5% to 5.5%.

So a KAM department is not there to make concessions to the key account (misconception 1 of lesson
03): in a one-shot calculation it would indeed push Gree into conceding; its value lies in
**communication, early warning and joint planning over a long relationship**, which make cooperation
that pays both sides easy to sustain, while Gree keeps its principle of defending its price system.

## 6. Replay the decision

Now replay 2004. Choose Gome's and Gree's strategies, set the chance that a branch cuts on its own,
decide whether to set up a KAM department as Haier did, and try a few random seeds to see how stable
the result is. Answer:

1. Without a KAM department and with Gree playing grim trigger, how many seasons does the partnership
   usually last?
2. What changes if Gree switches to generous tit for tat?
3. With a KAM department, which pair of strategies is best for both sides?
""",
    ),
    code(
        """
kamlab.widgets.repeated_game_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
## 七、大客户管理本来可以改变什么

把模型和教材放在一起看：

- **格力维护价格体系没有错。** 在模型里，忍受降价的损失（42.5）大于撤出的损失（25）。一味忍让只会让大客户觉得规则可以随意打破。
- **但撤出是代价最高的一种“正确”。** 降价之后撤出的结局是双输；失去最大的连锁，格力损失的不只是今年的毛利。
- **大客户经理制度改变的是博弈本身。** 对客户的经营活动进行细致的管理和监督，能在四川国美降价之前就听到风声；深层次的沟通能把降价变成双方都能接受的促销；
  共同计划带来的合作收益让双方都更看重未来。海尔的大客户管理部就是这样做的。
- **市场需要博弈，但不需要无意义的赌气。** 冷酷触发是赌气，宽容的以牙还牙是博弈：有原则、会报复，但给对方留回头的路。
  教材相信，格力在调整内部结构、制定不卑不亢的合作原则之后，双方还会迎来完美的合作。

模型的局限：收益是示意性的假设，不是两家公司的真实账目；模型只有两个动作，真实的谈判有很多中间选项；
国美降价也许还有格力看不到的原因（比如清理库存、与竞争对手的价格战）。模型的价值在于把教材的道理变成可以检验的条件：
依赖程度多大时威胁可信、多看重未来时合作能够维持、沟通要把误会减少到什么程度。

## 讨论

1. 格力说国美“不到 1%”。用第三部分的图说明，这个比例到多少时格力的威胁就不再可信。现实中，格力还能用什么方式让威胁可信？
2. 本课假设国美的降价是四川国美自作主张（教材没有这样说）。如果这个假设成立，对国美总部来说这是“噪声”还是策略？如果不成立呢？大客户管理部应当和供应商的哪些层级对接？
3. 为什么宽容的以牙还牙比冷酷触发好？在什么情况下原谅对方反而是错误的？
4. 海尔成立了对接国美的大客户管理部。如果你是格力，2004 年 3 月以后会怎样修复和国美的关系？
5. 第 03 课讲到误区一{{chapter:m1}}。大客户管理部和“向大客户让步”有什么区别？
6. 第二部分的模型说，降价之后撤出的结局需要误判。教材没有说国美当时怎么判断。大客户经理在降价之前可以通过哪些渠道，让对方知道格力会怎样回应？这算不算威胁？

## 练习

每道练习先用 `ex.ask(...)` 看题目，把你的答案写进 `answer`，再运行 `ex.check(...)` 得到反馈。想要提示就运行 `ex.hint(...)`。
""",
        """
## 7. What key account management would have changed

Put the model next to the chapter:

- **Gree was right to defend its price system.** In the model, swallowing the cut (42.5) costs more
  than withdrawing (25). Giving in to everything only teaches a key account that the rules can be
  broken at will.
- **But withdrawing is the most expensive way of being right.** A cut followed by withdrawal is
  lose-lose; losing the largest chain costs Gree more than this year's margin.
- **A key-account manager system changes the game itself.** Close management and monitoring of the
  account's activities hears of Sichuan Gome's cut before it happens; deep communication turns
  a cut into a promotion both sides accept; the partnership gain of joint planning makes both value
  the future more. That is what Haier's KAM department did.
- **Markets need bargaining, not pointless sulking.** Grim trigger is sulking; generous tit for tat is
  bargaining: principled, ready to retaliate, but leaving the other side a way back. The chapter
  trusts that once Gree adjusted its internal structure and set principles of cooperation that are
  neither servile nor overbearing, the two would again work together and achieve great results.

The model's limits: the payoffs are illustrative assumptions, not the companies' books; the model has
two actions, while real negotiations have many in-between options; Gome may have cut for reasons Gree
could not see (clearing stock, a price war with a rival). The model's value is to turn the chapter's
argument into conditions you can check: how little dependence makes a threat credible, how much
weight on the future sustains cooperation, how far communication must reduce misunderstandings.

## Discussion

1. Gree said Gome was "under 1%". Using the chart of part 3, say at what share Gree's threat stops
   being credible. How else could Gree make its threat credible in practice?
2. The lesson supposed that Sichuan Gome cut on its own (the chapter does not say so). If so, was
   it "noise" or strategy for Gome's head office? And if not? At
   which levels should a KAM department work with the supplier?
3. Why does generous tit for tat beat grim trigger? When is forgiving the wrong move?
4. Haier set up a KAM department for Gome. If you were Gree, how would you repair the relationship
   with Gome after March 2004?
5. Lesson 03 called {{chapter:m1}} a misconception. How is a KAM
   department different from making concessions to a key account?
6. The model of part 2 says that a cut followed by withdrawal needs a misjudgement. The chapter does
   not say what Gome expected. Through which channels could a key-account manager let the other side
   know, before any cut, how Gree would answer? Is that a threat?

## Exercises

For each exercise, read the task with `ex.ask(...)`, put your answer in `answer`, and run
`ex.check(...)` for feedback. For a hint, run `ex.hint(...)`.
""",
    ),
    code(
        """
ex = kamlab.exercises.lesson("06")
ex.ask("06.1")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("06.1", answer)
"""
    ),
    code(
        """
ex.hint("06.1", number=1)  # 第 1 条提示，不占次数 / hint 1, not counted
"""
    ),
    code(
        """
ex.ask("06.2")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("06.2", answer)
"""
    ),
    code(
        """
ex.ask("06.3")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("06.3", answer)
"""
    ),
    code(
        """
ex.ask("06.4")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("06.4", answer)
"""
    ),
    code(
        """
ex.ask("06.5")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("06.5", answer)
"""
    ),
    code(
        """
ex.ask("06.6")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("06.6", answer)
"""
    ),
    md(
        """
## 小结

- **事实。** 2004 年 2 月 21 日，四川国美未通知格力，擅自把格力空调平均降价 34%；短暂对峙后，3 月格力全线退出国美：双输。
  国美失去空调第一品牌，像超市没有可口可乐；格力失去最大的家电连锁，“得渠道者得天下”。
- **按发生的顺序。** 倒推：格力对降价的最优回应是撤出（−25 好过 −42.5），国美预见到这一点就维持价格（0 好过 −28.5）：完全信息下没有冲突。
  国美认为格力会撤出的概率低于 p\\* = 15 / 43.5 ≈ 0.345 时才会降价；降价之后撤出的双输 (−28.5, −25) 需要误判。
  大客户管理部补上的是信息：它让国美事先知道格力的回应，冲突的概率从 1 降到 0.2（示意性的参数）。
  （选学：写成同时行动的博弈，唯一的纯策略均衡是（擅自降价，撤出）；如果更多“格力”会跟进，只有混合均衡，国美以 58.82% 的概率降价，格力以 90.91% 的概率撤出。）
- **依赖与权力。** 国美占格力销售额低于 1.7% 时，格力撤出的威胁可信；“不到 1%”正是这个信号。但撤出仍要损失 25，其中一半是渠道的未来价值。
- **重复博弈。** 冷酷触发下维持合作所需的折现因子是 (T − R) / (T − P) = 15 / 43.5 ≈ 0.345（阿克塞尔罗德的收益下是 0.5）。
  假设存在地方公司擅自降价这样的“噪声”（本课的假设），冷酷触发 86% 以破裂告终，宽容的以牙还牙只有 14.5%。
- **大客户管理部。** 一次性博弈里它让格力咽下漏网的降价 (7, −6.1)，那是让步；它的价值在重复博弈里：照常合作变成 (5, 3)，
  预警、沟通和共同计划把门槛降到 0.056，把冷酷触发下的破裂概率从 86% 降到 41%。市场需要博弈，但不需要无意义的赌气。
- 超出教材的模型及出处（模型是本课的，不是教材的）：Gibbons（1992），*Game Theory for Applied Economists*（序贯博弈、倒推法、不完全信息）；Osborne（2004），*An Introduction to Game Theory*；Axelrod（1984），*The Evolution of Cooperation*；
  Emerson（1962），Power-dependence relations，*American Sociological Review*；Knight 与 Campbell（2018），Nashpy，*JOSS*。
""",
        """
## Summary

- **The facts.** On 21 February 2004 Sichuan Gome, without telling Gree, cut Gree air-conditioner
  prices by 34% on average; after a brief standoff, Gree withdrew from Gome entirely in March:
  lose-lose. Gome lost the No.1 air-conditioner brand, a supermarket without Coca-Cola; Gree lost the
  largest appliance chain, and "who holds the channel holds the world".
- **In the order it happened.** Backward induction: Gree's best answer to a cut is to withdraw (−25
  beats −42.5); foreseeing it, Gome keeps the price (0 beats −28.5): no conflict under complete
  information. Gome cuts only if it puts the chance of a withdrawal below p\\* = 15 / 43.5 ≈ 0.345; the
  lose-lose of a cut followed by withdrawal, (−28.5, −25), needs a misjudgement. What a KAM department
  adds is information: it lets Gome know Gree's answer in advance, and the chance of conflict falls
  from 1 to 0.2 (illustrative parameters). (Optional: as a simultaneous game the only pure equilibrium
  is (cut, withdraw); if more "Grees" follow there is only a mixed one, Gome cutting with probability
  58.82% and Gree withdrawing with 90.91%.)
- **Dependence and power.** While Gome is below 1.7% of Gree's sales, Gree's threat to withdraw is
  credible; "under 1%" was exactly that signal. Yet withdrawing still costs 25, half of it the
  channel's future value.
- **The repeated game.** Under grim trigger the discount factor that sustains cooperation is
  (T − R) / (T − P) = 15 / 43.5 ≈ 0.345 (0.5 with Axelrod's payoffs). With "noise" such as a branch's
  unilateral cut (the lesson's assumption), grim trigger ends in a break-up 86% of the time, generous
  tit for tat only 14.5%.
- **A KAM department.** In the one-shot game it makes Gree swallow the cuts that slip through,
  (7, −6.1): a concession. Its value lies in the repeated game: business as usual becomes (5, 3), and
  early warning, communication and joint planning lower the bar to 0.056 and the chance of a break-up
  under grim trigger from 86% to 41%. Markets need bargaining, not pointless
  sulking.
- Models beyond the chapter (the lesson's, not the chapter's) and their sources: Gibbons (1992), *Game
  Theory for Applied Economists* (sequential games, backward induction, incomplete information);
  Osborne (2004), *An Introduction to Game Theory*;
  Axelrod (1984), *The Evolution of Cooperation*; Emerson (1962), Power-dependence relations,
  *American Sociological Review*; Knight & Campbell (2018), Nashpy, *JOSS*.
""",
    ),
]
