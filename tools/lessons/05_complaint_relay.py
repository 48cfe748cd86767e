"""Lesson 05: case K2, the complaint relay (抱怨传递): a heroic salesperson instead of a KAM process."""

from build_notebooks import code, md

NAME = "05_complaint_relay"

CELLS = [
    md(
        """
# 第 05 课　案例二：抱怨传递

上一课的陆经理把一个大客户装在自己脑子里，人走了，客户也走了。这一课的故事小得多：一个电话、一张备件订单。
但它暴露的是同一个问题：**销售没有被管理起来**。

**本课学习目标**

1. 准确复述案例二的经过，说出教材对它的解读：看似以客户为导向，实际上暴露出销售工作没有被管理；
2. 用订单数据算出延迟交货的比例，理解投诉从哪里来；
3. 理解“首次联系解决率”和“每次投诉的联系次数”之间的关系：联系次数 = 1 ÷ 首次联系解决率；
4. 用模拟比较两种工作方式（英雄式销售员与大客户管理流程）在一个季度里的结果；
5. 一步一步重演小李的那个电话，看大客户管理流程会在哪一步改变结果。
""",
        """
# Lesson 05 — Case K2: the complaint relay

In the last lesson Manager Lu kept a key account in his head; when he left, the customer left too.
This lesson's story is much smaller: one phone call, one order of spare parts. Yet it shows the same
problem: **sales is not being managed**.

**Learning goals**

1. Retell case K2 accurately, and state how the chapter reads it: it looks customer-oriented, but it
   shows that the sales work is not managed.
2. Compute the share of late orders from the order data, and see where complaints come from.
3. Understand how first-contact resolution and contacts per complaint are linked: contacts per
   complaint = 1 ÷ first-contact resolution.
4. Compare two ways of working, the heroic salesperson and a KAM process, over a simulated quarter.
5. Replay Xiao Li's call step by step, and see at which step a KAM process changes the outcome.
""",
    ),
    md(
        """
> **课堂路线（45 分钟）**
>
> | 部分 | 分钟 |
> |---|---|
> | 一、案例；先讨论，再建模 | 10 |
> | 二、投诉从哪里来 | 5 |
> | 三、两种工作方式；四、模拟一个季度 | 20 |
> | 讨论（第 1 题） | 10 |
> | 合计 | 45 |
>
> 课后：五、六（探索器与重演），七、阅读，练习和案例分析写作题。这一课和第 04 课合上一次课。
""",
        """
> **In class (45 minutes)**
>
> | Part | Minutes |
> |---|---|
> | 1. The case; discuss first | 10 |
> | 2. Where complaints come from | 5 |
> | 3. Two ways of working; 4. Simulating a quarter | 20 |
> | Discussion (question 1) | 10 |
> | Total | 45 |
>
> Homework: 5 and 6 (the explorer and the replay), read 7, the exercises and the written case analysis. This lesson and lesson 04 share one session.
""",
    ),
    code(
        """
import matplotlib.pyplot as plt
import pandas as pd
import kamlab
from kamlab.models import complaint_relay
from kamlab.plots.complaint_relay import plot_quarter_measures, plot_replay
from kamlab.widgets.complaint_relay import complaint_relay_explorer, replay_explorer

kamlab.setup()
"""
    ),
    md(
        """
## 一、案例：抱怨传递

教材原文（案例二）：

> A公司销售员小张接到B公司采购人员小李的抱怨电话，客户小李在电话中气愤地询问他在两周前订购的备件什么时候能收到。
> 销售员小张接到这个电话后，放下手中的一切业务，跑到相关业务部门，同样对他们进行怒斥，同时向B公司客户保证今天下午将亲自将备件送到。

乍一看，小张是个好销售员：客户一生气，他马上放下一切，替客户出头，还亲自送货。教材的解读恰恰相反：
**{{chapter:k2_surface}}**，但是**{{chapter:k2_not_managed}}**。

- **客户和客服部门得到的信息不完整，甚至是错误的**（教材原话：{{chapter:k2_wrong_info}}）：小李两周前订购的备件还没收到，他不知道什么时候能到，只能打电话发火；
- **销售员处于被动**（教材原话：{{chapter:k2_passive}}）：小张不是在管理客户，而是被客户的怒气推着跑，再把怒气一路传给{{chapter:k2_departments}}（教材没有说是哪些部门；本课的模型里我们假设是仓库、生产和客服），这就是{{chapter:k2_name}}；
- **教训**：{{chapter:k2_lesson}}。

### 先讨论，再建模

在看任何模型之前，请先和同桌讨论两分钟：

- 小张下午亲自把备件送到了B公司。这件事对A公司来说是成功还是失败？请各说出一条理由。
- 小张放下的“一切业务”里可能有什么？这一下午，谁为小张的英雄行为付出了代价？
""",
        """
## 1. The case: the complaint relay

The chapter's case 2, in translation:

> Xiao Zhang, a salesperson at Company A, gets a complaint call from Xiao Li, a buyer at Company B.
> On the phone Xiao Li angrily asks when the spare parts he ordered two weeks ago will arrive. After
> the call Xiao Zhang drops all his other business, runs to the departments involved and berates them
> in the same way, and at the same time assures customer B that he will bring the spare parts over
> himself that afternoon.

At first sight Xiao Zhang is a good salesperson: the customer is angry, so he drops everything, takes
the customer's side and even delivers in person. The chapter reads it the other way round: **{{chapter:k2_surface}}**,
but **{{chapter:k2_not_managed}}**.

- **The customer and the customer-service department had incomplete, even wrong, information**: in the
  chapter's words, {{chapter:k2_wrong_info}}. Xiao Li had ordered the spare parts two weeks earlier, they had not arrived, and he
  did not know when they would, so he could only call and shout.
- **The salesperson is passive** (in the chapter's words, {{chapter:k2_passive}}): Xiao Zhang is not
  managing the customer; the customer's anger drives him, and he relays it on to
  {{chapter:k2_departments}} (the chapter does not say which; in this lesson's model we assume the
  warehouse, production and customer service). That is the "complaint relay".
- **The lesson**: {{chapter:k2_lesson}}.

### Discuss first, model later

Before any model, talk with your neighbour for two minutes:

- That afternoon Xiao Zhang delivered the parts to B in person. Is that a success or a failure for
  Company A? Give one reason for each.
- What might be in the "other business" Xiao Zhang dropped? Who paid that afternoon for his heroics?
""",
    ),
    md(
        """
## 二、投诉从哪里来：延迟交货

kamlab 的订单数据记录了每张订单承诺的交货天数（`promised_days`）和实际天数（`actual_days`）。实际天数超过承诺天数，就是延迟交货：
""",
        """
## 2. Where complaints come from: late deliveries

kamlab's order data record, for every order, the days promised (`promised_days`) and the days it
actually took (`actual_days`). An order that took longer than promised was late:
""",
    ),
    code(
        """
company = kamlab.make_company()
kamlab.show({"late_share": round(complaint_relay.late_share(company.orders), 4)})
"""
    ),
    md(
        """
0.1447：大约每七张订单里就有一张延迟（14.47%）。延迟本身不可能完全消除，关键是延迟发生以后怎么处理：
是客户先发现、打电话发火，还是A公司先发现、主动告诉客户？投诉接到以后，是一次解决，还是在几个部门之间来回转？
下面的模型把 14% 作为延迟交货的比例。
""",
        """
0.1447: about one order in seven is late (14.47%). Delays cannot be removed entirely; what matters is what
happens after a delay: does the customer find out first and call in anger, or does A find out first
and tell the customer? Once a complaint comes in, is it solved in one go, or relayed from department
to department? The model below takes 14% as the share of late orders.
""",
    ),
    md(
        """
## 三、模型：两种工作方式

**模型（超出教材的教学模型）。** 用两个 0 到 1 之间的数描述A公司处理投诉的方式：

- **信息完整度** i：订单状态有多少记录在大家都能看到的系统里（CRM中共享的订单跟踪），而不是只在销售员的脑子里；
- **流程成熟度** m：有没有服务时限、升级路径和指定的负责人；m = 0 表示靠吼来升级。

**英雄式销售员**（案例中的做法）：i = 0.3，m = 0。**大客户管理流程**：i = 0.9，m = 0.9。

模型的核心是**首次联系解决率** f：客户第一次联系就把问题解决的概率。服务补救的研究发现，投诉第一次就处理好，客户才会留下；
在人与部门之间来回转的投诉，会让客户更加不满（Tax 与 Brown，1998）。模型假设 f = 0.15 + 0.75 × i × (0.4 + 0.6 × m)。

### 先用笔算一算

如果每次联系都以概率 f 解决问题，平均需要联系 1 ÷ f 次（几何分布的期望）。

- 英雄式：f = 0.15 + 0.75 × 0.3 × 0.4 = 0.24，平均联系 1 ÷ 0.24 ≈ 4.17 次；
- 大客户管理流程：f = 0.15 + 0.75 × 0.9 × 0.94 = 0.7845，平均联系 1 ÷ 0.7845 ≈ 1.27 次。
""",
        """
## 3. The model: two ways of working

**The model (a teaching model beyond the chapter).** Two numbers between 0 and 1 describe how A
handles a complaint:

- **information completeness** i: how much of an order's status is on a record everybody can read
  (shared order tracking in a CRM) rather than only in the salesperson's head;
- **process maturity** m: service levels, an escalation path and a named owner; m = 0 means
  escalation by shouting.

**The heroic salesperson** (what happens in the case): i = 0.3, m = 0. **A KAM process**: i = 0.9,
m = 0.9.

At the core of the model is **first-contact resolution** f: the probability that the customer's first
contact solves the problem. Service-recovery research finds that complaints handled well the first
time keep customers, and that complaints bounced between people and departments make them angrier
(Tax & Brown, 1998). The model assumes f = 0.15 + 0.75 × i × (0.4 + 0.6 × m).

### By hand first

If each contact solves the problem with probability f, the expected number of contacts is 1 ÷ f (the
mean of a geometric distribution).

- Heroic: f = 0.15 + 0.75 × 0.3 × 0.4 = 0.24, on average 1 ÷ 0.24 ≈ 4.17 contacts;
- KAM process: f = 0.15 + 0.75 × 0.9 × 0.94 = 0.7845, on average 1 ÷ 0.7845 ≈ 1.27 contacts.
""",
    ),
    code(
        """
rates = {w.name: complaint_relay.complaint_rates(w) for w in (complaint_relay.HEROIC, complaint_relay.KAM)}
fields = ["complaint_probability", "first_contact_resolution", "contacts_per_complaint", "days_to_resolve",
          "promise_broken_probability", "sales_hours_per_complaint", "repeat_probability"]
kamlab.show(pd.DataFrame({name: {f: getattr(r, f) for f in fields} for name, r in rates.items()}).round(4),
            context="complaint_relay.way")
"""
    ),
    md(
        """
表中其他几行的假设（都是示意性的，不是实测数据）：

- **延迟变成投诉的概率** 0.9 − 0.6 × i × m：订单跟踪共享以后，A公司可以在客户打电话之前主动通知他；
- **解决天数** = 联系次数 × 每次联系的天数（2 − 1.5 × m，服务时限让每一轮更快）；
- **承诺落空的概率** 0.7 × (1 − i)：承诺的可靠程度取决于承诺背后的信息。小张“今天下午送到”的承诺，是在不知道备件在哪里的情况下作出的；
- **销售员被占用的小时**：每次联系 3 × (1 − 0.9 × m) 小时，有了指定的负责人，投诉由负责人处理，而不是由销售员；
- **重复投诉的概率** 0.05 + 0.6 × 承诺落空的概率。

另外，靠吼来升级的概率是 1 − m，每吼一次，这张订单就被插到队伍前面，平均耽误其他客户的 2 张订单。
""",
        """
The other rows rest on these assumptions (illustrative, not measured):

- **a late order becomes a complaint** with probability 0.9 − 0.6 × i × m: with shared order tracking,
  A can tell the customer before he calls;
- **days to resolve** = contacts × days per contact (2 − 1.5 × m: service levels make each round
  faster);
- **a promise is broken** with probability 0.7 × (1 − i): a promise is only as good as the
  information behind it. Xiao Zhang's "this afternoon" was promised without knowing where the parts
  were;
- **salesperson hours**: 3 × (1 − 0.9 × m) hours per contact; with a named owner, the owner works the
  complaint, not the salesperson;
- **a repeat complaint** with probability 0.05 + 0.6 × (probability of a broken promise).

Also, escalation is by shouting with probability 1 − m; each shout pushes the order to the front of
the queue and delays 2 other customers' orders on average.
""",
    ),
    md(
        """
## 四、模拟一个季度

设A公司的大客户一个季度下 600 张订单。先看期望值（每次投诉的平均天数和联系次数，其余是一个季度的合计）：
""",
        """
## 4. Simulating a quarter

Suppose A's key accounts place 600 orders in a quarter. First the expected values (days and contacts
per complaint; the rest are totals for the quarter):
""",
    ),
    code(
        """
expected = pd.DataFrame({w.name: complaint_relay.expected_quarter(w) for w in (complaint_relay.HEROIC, complaint_relay.KAM)})
kamlab.show(expected.round(2), context="complaint_relay.way")
"""
    ),
    md(
        """
读这张表：

- 英雄式：600 × 0.14 × 0.9 = 75.60 次投诉，每次平均联系 4.17 次、8.33 天才解决；37.04 个承诺落空；
  销售员一个季度被占用 945.00 小时，差不多是一个人半年的工作时间；因为靠吼插队，其他客户有 151.20 张订单被耽误；26.01 次重复投诉。
- 大客户管理流程：34.78 次投诉（很多延迟在客户打电话之前就告知了），每次 1.27 次联系、0.83 天解决；2.43 个承诺落空；
  销售员只被占用 25.27 小时；其他客户被耽误的订单 6.96 张；重复投诉 3.20 次。

延迟交货的比例两边一样，都是 14%。差别全部来自**延迟发生以后的工作方式**。

期望值是平均数。实际的一个季度会有随机波动，下面用固定的随机种子 2026 抽一个季度：
""",
        """
Reading the table:

- Heroic: 600 × 0.14 × 0.9 = 75.60 complaints, each needing 4.17 contacts and 8.33 days on average;
  37.04 promises broken; 945.00 salesperson hours pulled from selling in the quarter, about half a
  year of one person's working time; because shouting jumps the queue, 151.20 of other customers'
  orders are delayed; 26.01 repeat complaints.
- KAM process: 34.78 complaints (many delays are announced before the customer calls), 1.27 contacts
  and 0.83 days each; 2.43 promises broken; only 25.27 salesperson hours; 6.96 of other customers'
  orders delayed; 3.20 repeat complaints.

The share of late orders is the same on both sides, 14%. The whole difference comes from **how A
works after a delay**.

Expected values are averages. A real quarter varies by chance; below, one quarter drawn with the
fixed seed 2026:
""",
    ),
    code(
        """
quarters = [complaint_relay.simulate_quarter(w, seed=2026) for w in (complaint_relay.HEROIC, complaint_relay.KAM)]
kamlab.show(pd.DataFrame({q.way.name: q.summary for q in quarters}).T.round(2), context="complaint_relay.way")
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(9, 4.5), layout="constrained")
plot_quarter_measures(quarters, ax=ax)
plt.show()
"""
    ),
    md(
        """
这一个季度里，英雄式有 72 次投诉，销售员被占用 1038.00 小时，145 张其他客户的订单被耽误；大客户管理流程有 29 次投诉，销售员只被占用 21.09 小时。
每个指标的条形都按两者中较大的那个缩放，条形旁的数字是实际值。

## 五、你来调整：信息完整度与流程成熟度

下面的实验从英雄式的设置开始（信息完整度 0.3，流程成熟度 0）。红色条是英雄式，黄色条是你的设置，用的是同一个随机种子。请你：

1. 只提高信息完整度，流程成熟度保持 0：哪些指标改善了？哪些几乎没变？
2. 只提高流程成熟度，信息完整度保持 0.3：结果又如何？
3. 换几个随机种子：哪些结论在每个季度都成立？
""",
        """
In this quarter the heroic way has 72 complaints, 1038.00 salesperson hours pulled and 145 of other
customers' orders delayed; the KAM process has 29 complaints and only 21.09 salesperson hours. Each
measure's bars are scaled to the larger of the two; the numbers beside the bars are the values.

## 5. Your turn: information completeness and process maturity

The experiment below starts from the heroic setting (information completeness 0.3, process maturity
0). The red bars are the heroic way, the yellow bars your setting, drawn with the same seed. Your
task:

1. Raise only information completeness, keeping process maturity at 0: which measures improve, and
   which hardly move?
2. Raise only process maturity, keeping information completeness at 0.3: what happens now?
3. Try a few seeds: which conclusions hold in every quarter?
""",
    ),
    code(
        """
complaint_relay_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
（在 GitHub 上或打印出来时，交互控件不会显示。它的初始状态就是英雄式的设置，两组条形一样高：首次联系解决率 24%。）

## 六、重演小李的电话

现在一步一步重演教材里的那个电话。上图是案例中的英雄式做法，下图是同一张延迟订单在大客户管理流程下的处理过程（各步的时长是示意性的）：
""",
        """
(On GitHub or on paper the interactive controls do not show. Their starting state is the heroic
setting, so both sets of bars are equal: first-contact resolution 24%.)

## 6. Replaying Xiao Li's call

Now replay the chapter's call step by step. At the top, the heroic way of the case; at the bottom,
the same late order under a KAM process (the durations of the steps are illustrative):
""",
    ),
    code(
        """
fig, axes = plt.subplots(2, 1, figsize=(9, 7), layout="constrained")
plot_replay(complaint_relay.replay_call("heroic"), ax=axes[0])
plot_replay(complaint_relay.replay_call("kam"), ax=axes[1])
plt.show()
"""
    ),
    md(
        """
- **英雄式**：第 1 步小李打来电话时（模型假设，教材没有细说），A公司没有一个共享的地方能查到订单的状态；第 3 到 5 步，小张把怒气依次传给仓库、生产部和客服部（这三个部门是模型的假设，教材只说{{chapter:k2_departments}}）；
  第 6 步，他在不了解情况的时候承诺“今天下午送到”；第 7 步亲自送货。销售员一共用了 6.5 小时，承诺建立在猜测上。
- **大客户管理流程**：第 1 步，共享的订单跟踪先发现了延误，小李在打电话之前就得到了通知；他打给指定的客户负责人，
  负责人在CRM里查到订单状态，按升级路径在服务时限内处理，给出一个能兑现的日期，再告诉小张，最后记录根本原因。
  小张只用了 0.25 小时，其余时间继续做销售。

用下面的控件自己一步一步地走一遍，在两种工作方式之间切换：
""",
        """
- **Heroic**: at step 1, when Xiao Li calls, A has no shared place where the order's status can be
  looked up (the model's assumption; the chapter gives no such detail); at steps 3 to 5
  Xiao Zhang relays the anger to the warehouse, production and customer service in turn (the model's
  three departments; the chapter says only {{chapter:k2_departments}}). At step 6 he
  promises "this afternoon" without knowing the facts; at step 7 he drives the parts over himself. The
  salesperson spends 6.5 hours, and the promise rests on a guess.
- **KAM process**: at step 1 the shared order tracking flags the delay, and Xiao Li is told before he
  calls; he calls the named owner, who reads the order status in the CRM, escalates along the
  escalation path within the service level, gives a date A can keep, tells Xiao Zhang, and logs the
  root cause. Xiao Zhang spends only 0.25 hours and goes on selling.

Step through it yourself with the controls below, switching between the two ways of working:
""",
    ),
    code(
        """
replay_explorer()
""",
        "nbval-ignore-output",
    ),
    md(
        """
（交互控件的初始状态是英雄式的第 1 步：小李来电怒问。）

## 七、大客户管理本来可以改变什么

教材的结论是：**{{chapter:k2_lesson}}**。对照上面的模型，A公司本可以：

1. **共享订单信息**：把大客户的订单、交期和延误状态记录在CRM里，销售、客服、仓库和生产看到的是同一份信息（提高信息完整度）；
2. **主动告知，而不是等客户来电**：延误一出现就通知客户，并给出可靠的新日期；
3. **指定负责人和服务时限**：每个大客户的投诉有明确的负责人，在规定时间内答复；
4. **建立升级路径**：问题需要其他部门解决时，按既定的路径升级，而不是靠销售员去吼；插队也要有规则，不能靠嗓门决定其他客户的订单被推后；
5. **从投诉中学习**：记录每次延误的根本原因，定期回顾，让同样的问题不再出现（Tax 与 Brown，1998）；
6. **让销售员回到销售上**：小张是客户关系的一部分，但不是唯一的通道，他应该知道发生了什么，却不必亲自救火。

这和上一课的结论是一致的：问题不在某一个员工不够努力，而在于**没有流程**。
""",
        """
(The controls start at step 1 of the heroic way: Xiao Li calls in anger.)

## 7. What key account management would have changed

The chapter's conclusion: **{{chapter:k2_lesson}}**. Against the
model above, A could have:

1. **Shared the order information**: key accounts' orders, delivery dates and delays recorded in the
   CRM, so that sales, customer service, the warehouse and production see the same facts (higher
   information completeness).
2. **Told the customer first instead of waiting for the call**: announced the delay as soon as it
   appeared, with a reliable new date.
3. **Named an owner and set service levels**: each key account's complaints have a clear owner who
   answers within a set time.
4. **Built an escalation path**: when another department must act, the issue goes up a known path
   instead of a salesperson shouting; jumping the queue follows rules, so volume does not decide
   whose orders are pushed back.
5. **Learned from complaints**: logged the root cause of every delay and reviewed them regularly, so
   the same failure does not recur (Tax & Brown, 1998).
6. **Let the salesperson sell**: Xiao Zhang is part of the relationship but not its only channel; he
   should know what happened, without fighting the fire himself.

This agrees with the last lesson: the problem is not that one employee did not try hard enough, but
that **there was no process**.
""",
    ),
    md(
        """
## 讨论

1. 小张的做法让小李这一次满意了。为什么教材说{{chapter:k2_passive}}？主动的销售员会怎么做？
2. 模型里，只提高信息完整度和只提高流程成熟度，效果不一样。在你了解的企业里，哪一样更难做到？为什么？
3. 靠吼来插队，被耽误的是其他客户的订单。如果被耽误的也是大客户，会引起什么连锁反应？
4. 模型中的数字（例如每次联系 3 小时、吼一次耽误 2 张订单）都是假设。你会用哪些数据来检验它们？A公司的投诉记录里有哪些字段可以用上？
5. 大客户管理流程也有成本：系统、培训、专人。什么时候这个成本值得付出？

## 练习

每道练习先用 `ex.ask(...)` 看题目，把你的答案写进 `answer`，再运行 `ex.check(...)` 得到反馈。需要提示就运行 `ex.hint(...)`，每运行一次给出下一条提示。
""",
        """
## Discussion

1. Xiao Zhang's action satisfied Xiao Li this time. Why does the chapter say {{chapter:k2_passive}}?
   What would a proactive salesperson do?
2. In the model, raising only information completeness and raising only process maturity have
   different effects. In companies you know, which is harder to achieve, and why?
3. When shouting jumps the queue, other customers' orders wait. What chain reaction follows if those
   customers are key accounts too?
4. The model's numbers (3 hours per contact, 2 orders delayed per shout) are assumptions. Which data
   would you use to test them? Which fields of A's complaint tickets could help?
5. A KAM process has costs too: systems, training, dedicated people. When are they worth paying?

## Exercises

For each exercise, read the task with `ex.ask(...)`, put your answer in `answer`, and run
`ex.check(...)` for feedback. For a hint, run `ex.hint(...)`; each run gives the next hint.
""",
    ),
    code(
        """
ex = kamlab.exercises.lesson("05")
ex.ask("05.1")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("05.1", answer)
"""
    ),
    code(
        """
ex.hint("05.1", number=1)  # 第 1 条提示，不占次数 / hint 1, not counted
"""
    ),
    code(
        """
ex.ask("05.2")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("05.2", answer)
"""
    ),
    code(
        """
ex.ask("05.3")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("05.3", answer)
"""
    ),
    code(
        """
ex.ask("05.4")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("05.4", answer)
"""
    ),
    code(
        """
ex.ask("05.5")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("05.5", answer)
"""
    ),
    code(
        """
ex.ask("05.6")
"""
    ),
    code(
        """
answer = None  # your answer
ex.check("05.6", answer)
"""
    ),
    md(
        """
## 小结

- **案例二的事实。** 小李来电气愤地询问两周前订购的备件；小张放下一切，跑到相关部门同样怒斥，并保证当天下午亲自送到。
  看似以客户为导向，实际上说明销售没有被管理：客户和客服部门得到的信息不完整甚至错误，销售员处于被动。教训：重视大客户管理，建立大客户管理流程。
- **延迟交货。** 订单数据中 14.47% 的订单延迟交货。
- **首次联系解决率。** 每次投诉的联系次数 = 1 ÷ 首次联系解决率：英雄式 1 ÷ 0.24 ≈ 4.17 次，大客户管理流程 1 ÷ 0.7845 ≈ 1.27 次。
- **一个季度。** 期望值：英雄式 75.60 次投诉、销售员被占用 945.00 小时、其他客户被耽误的订单 151.20 张；大客户管理流程 34.78 次投诉、25.27 小时、6.96 张。
- 超出教材的模型及出处：服务补救与首次联系解决（Tax, S. S. 与 Brown, S. W.，1998，“Recovering and learning from service failure”，*Sloan Management Review* 40(1)）。
  各项比率与信息、流程之间的关系都是示意性的假设。

下一课（第 06 课）看案例三：国美与格力的冲突。
""",
        """
## Summary

- **The facts of case K2.** Xiao Li calls, angry, about spare parts ordered two weeks ago; Xiao Zhang
  drops everything, runs to the departments involved and berates them too, and promises to bring the
  parts himself that afternoon. It looks customer-oriented but shows that sales is not managed: the
  customer and customer service had incomplete or wrong information, and the salesperson is passive.
  The lesson: value KAM and build KAM processes.
- **Late deliveries.** 14.47% of the orders in the data are late.
- **First-contact resolution.** Contacts per complaint = 1 ÷ first-contact resolution: heroic,
  1 ÷ 0.24 ≈ 4.17; KAM process, 1 ÷ 0.7845 ≈ 1.27.
- **A quarter.** Expected values: heroic, 75.60 complaints, 945.00 salesperson hours, 151.20 of other
  customers' orders delayed; KAM process, 34.78 complaints, 25.27 hours, 6.96 orders.
- Models beyond the chapter and their sources: service recovery and first-contact resolution (Tax,
  S. S. & Brown, S. W., 1998, "Recovering and learning from service failure", *Sloan Management
  Review* 40(1)). The rates and how they depend on information and process are illustrative
  assumptions.

The next lesson (06) takes up case K3: the conflict between Gome and Gree.
""",
    ),
]
