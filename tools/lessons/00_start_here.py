"""Lesson 00: start here (从这里开始)."""

from build_notebooks import code, md

NAME = "00_start_here"

CELLS = [
    md(
        """
# 第 00 课　从这里开始：认识大客户管理实验室

**大客户管理实验室（kamlab）** 是为《客户关系管理》第四章“大客户管理”编写的一套交互式课件。
它用模拟的企业数据、可以动手调整的模型和即时反馈的练习，把这一章的概念、数字和案例变成可以亲手操作的实验。

**本课学习目标**

1. 了解课件的组成，以及每一课对应教材的哪些要点；
2. 学会运行代码单元、使用交互控件；
3. 认识贯穿全部课程的模拟数据：液压配件企业 A公司 的 2,000 家客户；
4. 用数据亲手验证一次“二八法则”。
""",
        """
# Lesson 00 — Start here: meet the Key Account Management Lab

**kamlab**, the Key Account Management Lab (大客户管理实验室), is a set of interactive lessons for
Chapter 4 of *Customer Relationship Management*, "Key Account Management". With simulated company
data, models you can adjust and exercises that answer back, it turns the chapter's ideas, numbers
and cases into experiments you can run yourself.

**Learning goals**

1. Know what the toolkit contains and which points of the chapter each lesson covers.
2. Run code cells and use the interactive controls.
3. Meet the simulated data used throughout: the 2,000 customer accounts of Company A, a maker of
   hydraulic fittings.
4. Check the 80/20 rule on that data with your own hands.
""",
    ),
    md(
        """
> **课堂路线（20 分钟）**
>
> | 部分 | 分钟 |
> |---|---|
> | 课程地图、怎样使用课件、认识 A公司 | 10 |
> | 先讨论，再动手；亲手验证二八法则（先猜再算） | 10 |
> | 合计 | 20 |
>
> 课后：第一个交互实验、你自己的数据、讨论题。这一课和第 01 课合上一次课。
""",
        """
> **In class (20 minutes)**
>
> | Part | Minutes |
> |---|---|
> | Map of the lessons, how to use them, meet Company A | 10 |
> | Discuss first; check the 80/20 rule (guess, then compute) | 10 |
> | Total | 20 |
>
> Homework: the first interactive experiment, your own data, the discussion questions. This lesson and lesson 01 share one session.
""",
    ),
    md(
        """
## 课程地图

| 课 | 内容 | 教材要点 |
|---|---|---|
| 00 | 从这里开始（本课） | — |
| 01 | 什么是大客户：主观感知与客观判断 | C1、C2 |
| 02 | 为什么大客户管理如此重要 | I1–I4 |
| 03 | 大客户管理的五个误区 | M1–M5 |
| 04 | 案例一：脱缰野马 | K1 |
| 05 | 案例二：抱怨传递 | K2 |
| 06 | 案例三：与大客户冲突（国美与格力） | K3 |
| 07 | 我国企业大客户管理的主要问题与综合实训 | P1–P5 |

全部八课都已完成。中文课件位于 `notebooks/zh/`，英文课件位于 `notebooks/en/`，
两者的代码完全相同，只有讲解文字不同。凡是超出教材、引自大客户管理文献的模型，课件都会明确说明并给出出处。
""",
        """
## Map of the lessons

| Lesson | Topic | Chapter points |
|---|---|---|
| 00 | Start here (this lesson) | — |
| 01 | What a key account is: subjective and objective identification | C1, C2 |
| 02 | Why key account management matters | I1–I4 |
| 03 | Five misconceptions about key accounts | M1–M5 |
| 04 | Case 1: the runaway horse | K1 |
| 05 | Case 2: the complaint relay | K2 |
| 06 | Case 3: conflict with a key account (Gome vs Gree) | K3 |
| 07 | KAM problems in Chinese firms, and a capstone | P1–P5 |

All eight lessons are ready. The Chinese lessons are in `notebooks/zh/`, the English ones in
`notebooks/en/`; their code is identical, only the explanations differ. Wherever a lesson goes
beyond the chapter with a model from the key-account literature, it says so and cites the source.
""",
    ),
    md(
        """
## 怎样使用课件

- 选中一个代码单元，按 **Shift + Enter** 运行它并跳到下一个单元；菜单 *Run → Run All Cells* 可以从头到尾运行整课。
- 每一课的第一个代码单元都是 `kamlab.setup()`：它设定图表和控件的语言（中文课件用中文，英文课件用英文），并加载中文字体，保证图中的汉字不会显示成方框。
- 交互控件（下拉框、滑块）一改动，图表就会立即重算重画。控件旁边总有一张静态图，展示默认设置下的结果，方便打印或在网页上阅读。
- 数据都是模拟的，随机种子固定，所以你看到的数字与老师、同学看到的完全一致。
""",
        """
## How to use the lessons

- Select a code cell and press **Shift + Enter** to run it and move on; *Run → Run All Cells* runs
  the whole lesson from the top.
- The first code cell of every lesson is `kamlab.setup()`. It sets the language of charts and
  controls (English in the English lessons, Chinese in the Chinese ones) and loads a Chinese font
  so that Chinese characters in charts never show as boxes.
- When you change a control (a drop-down or a slider), the chart is recomputed and redrawn at
  once. Each control comes with a static chart of its default setting, so the lesson also reads
  well printed or on the web.
- All data are simulated with fixed random seeds, so you see exactly the numbers your teacher and
  classmates see.
""",
    ),
    code(
        """
import matplotlib.pyplot as plt
import kamlab

kamlab.setup()
"""
    ),
    md(
        """
## 认识 A公司 和它的客户

教材案例一中的 A公司 是一家生产液压配件的企业，产品广泛用于汽车、工程机械等机械制造领域。
课件为 A公司 模拟了 2,000 家客户，每家客户一行，记录了销售额、毛利率、钱包份额、服务成本、关系阶段等 27 个字段。
各字段的含义、类型和单位见 `data/data_dictionary.md`（中英对照）。
""",
        """
## Meet Company A and its customers

Company A, from the chapter's first case, makes hydraulic fittings used in cars, construction
machinery and other machine building. kamlab simulates 2,000 customer accounts for it, one row per
account, with 27 columns: revenue, gross margin, share of wallet, cost-to-serve drivers,
relationship stage and more. Every column's meaning, type and unit is in
`data/data_dictionary.md` (Chinese and English).
""",
    ),
    code(
        """
accounts = kamlab.load_accounts()
kamlab.show({"accounts": accounts.shape[0], "columns": accounts.shape[1]})
"""
    ),
    code(
        """
name = f"name_{kamlab.get_lang()}"       # the accounts' names in the lesson's language
kamlab.show(accounts[["account_id", name, "industry", "revenue", "gross_margin",
                     "share_of_wallet", "relationship_stage"]].head(), context=("industry", "stage"))
"""
    ),
    md(
        """
客户的规模差别很大。下面的直方图用对数坐标画出每家客户的本年销售额：少数客户一年采购数百万元，大多数客户只有几万元甚至几千元。
""",
        """
Accounts differ enormously in size. The histogram below shows each account's revenue this year on
a log scale: a few accounts buy millions of yuan a year, most buy tens of thousands or less.
""",
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
kamlab.plots.plot_revenue_histogram(accounts, ax=ax)
plt.show()
"""
    ),
    code(
        """
fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
kamlab.plots.plot_revenue_by_industry(accounts, ax=ax)
plt.show()
"""
    ),
    md(
        """
### 先讨论，再动手

在算任何数之前，先和同桌讨论两分钟：

- 你熟悉的一家企业（或你打工、实习过的地方）里，谁是“大客户”？你凭什么这样判断？
- 猜一猜：A公司 2,000 家客户里，销售额最大的 20% 合起来占全部销售额的多少？写下你的数字，再往下看。

## 亲手验证二八法则

教材在{{chapter:objective}}大客户时引用了帕雷托 80/20 法则：**{{chapter:pareto}}**。
我们先按销售额从大到小给客户排队，取前 20%（2,000 家中的 400 家），再算它们的销售额占全部销售额的比例：
""",
        """
### Discuss first, compute later

Before any numbers, talk with your neighbour for two minutes:

- In a company you know (or where you have worked), who are the "key accounts"? How do you tell?
- Guess: of Company A's 2,000 accounts, what share of all sales do the largest 20% bring? Write down
  your number, then read on.

## Check the 80/20 rule yourself

For the *objective* way of identifying key accounts ({{chapter:objective}}), the chapter cites the Pareto
80/20 rule: **{{chapter:pareto}}**. Rank the accounts by revenue, take the top 20%
(400 of the 2,000), and divide their revenue by the total:
""",
    ),
    code(
        """
ranked = accounts["revenue"].sort_values(ascending=False)
top_20_percent = ranked.head(len(ranked) // 5)
print(f"{top_20_percent.sum() / ranked.sum():.1%}")
"""
    ),
    md(
        """
结果正好是 80%。这不是巧合：模拟数据就是按教材的二八法则生成的。kamlab 把这一步计算写成了函数 `top_share`，以后各课直接调用：
""",
        """
Exactly 80%. That is no accident: the simulated data were made to follow the chapter's 80/20 rule.
kamlab has this computation as a function, `top_share`, which later lessons call directly:
""",
    ),
    code(
        """
print(f"{kamlab.top_share(accounts['revenue'], 0.2):.1%}")
"""
    ),
    md(
        """
## 第一个交互实验：谁是 A公司 最大的客户？

先看一张静态图：包装机械行业（案例一中 B公司 所在的行业）销售额排名前 10 的客户。
""",
        """
## A first interactive experiment: who are Company A's largest accounts?

First a static chart: the ten largest accounts in packaging machinery, the industry of customer B
in case 1.
""",
    ),
    code(
        """
selection = kamlab.models.start_here.select_accounts(accounts, industry="packaging_machinery", n=10)
fig, ax = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
kamlab.plots.plot_top_accounts(selection, ax=ax)
plt.show()
"""
    ),
    md(
        """
现在轮到你了。运行下面的单元，用下拉框选择行业和地区，选择排序依据（销售额、毛利率、钱包份额……），拖动滑块决定显示前几名。
图下方的一行文字告诉你筛选出的客户数量及其销售额占 A公司 全部销售额的比例。
""",
        """
Now it is your turn. Run the cell below, pick an industry and a region, choose what to rank by
(revenue, gross margin, share of wallet, ...) and drag the slider to set how many accounts to show.
The line under the chart tells you how many accounts pass the filter and what share of Company A's
revenue they hold.
""",
    ),
    code(
        """
explorer = kamlab.widgets.account_explorer(accounts)
explorer
""",
        "nbval-ignore-output",
    ),
    md(
        """
控件背后的计算结果随时可以取出来细看。下面一行列出当前设置下排名靠前的客户（改动控件后重新运行这一单元，结果会跟着变）：
""",
        """
The numbers behind the controls can be taken out and inspected at any time. The line below lists
the top accounts for the current settings (change the controls, run it again, and it follows):
""",
    ),
    code(
        """
kamlab.show(explorer.result.top[["rank", "account_id", name, "industry", "revenue", "gross_margin"]].head(),
            context="industry")
"""
    ),
    md(
        """
## 你自己的数据

老师可以给每位同学一份专属数据：把学号当作随机种子，生成的客户各不相同，但规律（例如二八法则）保持不变。
参数 `concentration` 还可以改变客户集中的程度，例如让前 20% 的客户只占 60% 的销售额。
""",
        """
## Your own data

A teacher can give every student a dataset of their own: use the student number as the random
seed, and the accounts differ while the patterns (such as the 80/20 rule) stay. The parameter
`concentration` changes how concentrated the customer base is, for example so that the top 20% of
accounts hold only 60% of revenue.
""",
    ),
    code(
        """
mine = kamlab.make_accounts(seed=2026001)
flatter = kamlab.make_accounts(concentration=0.6)
kamlab.show({"top_20_share_mine": f"{kamlab.top_share(mine['revenue'], 0.2):.1%}",
             "top_20_share_flatter": f"{kamlab.top_share(flatter['revenue'], 0.2):.1%}"})
"""
    ),
    md(
        """
在命令行中，`kamlab generate --out 我的数据 --seed 2026001` 会把同样的一整套表格（客户、员工、订单、联系人、投诉）连同数据字典写成 CSV 文件；
已有的文件不会被覆盖，除非加上 `--force`。自己的 CSV 文件可以用 `kamlab.load_accounts("路径.csv")` 读入，格式有问题时会得到指明列、行和取值的错误提示。

## 讨论

1. 在客户探索器中比较“按销售额排序”和“按毛利率排序”的前 10 名。两份名单重合多少？这对“谁是大客户”意味着什么？
2. 选择不同的行业，前 10 名客户占该行业销售额的比例有什么差别？哪个行业对少数客户的依赖最重？
3. 如果 A公司 的客户集中度从 80% 降到 60%，你认为大客户管理会变得更重要还是更不重要？为什么？

## 小结

- kamlab 的每一课都从 `kamlab.setup()` 开始，中英文课件代码相同。
- A公司 的 2,000 家模拟客户遵循教材的二八法则：前 20% 的客户贡献 80% 的销售额。
- 交互控件背后是经过测试的函数；`explorer.result` 可以取出控件当前的计算结果。
- 下一课（第 01 课）将用主观感知和客观判断两种方法找出 A公司 的大客户。
""",
        """
From the command line, `kamlab generate --out my-data --seed 2026001` writes the same full set of
tables (accounts, staff, orders, contacts, complaints) and the data dictionary as CSV files;
existing files are never overwritten unless you add `--force`. Your own CSV file loads with
`kamlab.load_accounts("path.csv")`; if something is wrong with it, the error names the column, the
line and the value.

## Discussion

1. In the account explorer, compare the top 10 by revenue with the top 10 by gross margin. How
   much do the two lists overlap, and what does that say about who the key accounts are?
2. Pick different industries. How does the top 10's share of the industry's revenue differ? Which
   industry depends most on a few customers?
3. If Company A's concentration fell from 80% to 60%, would key account management matter more or
   less? Why?

## Summary

- Every kamlab lesson starts with `kamlab.setup()`; the Chinese and English lessons share their code.
- Company A's 2,000 simulated accounts follow the chapter's 80/20 rule: the top 20% of accounts
  bring 80% of revenue.
- Behind every control is a tested function; `explorer.result` holds what the control computed.
- The next lesson (01) finds Company A's key accounts in the two ways the chapter describes:
  subjective perception and objective judgement.
""",
    ),
    md(
        """
## 用你自己的数据

课件里的函数同样适用于你自己的客户数据，例如从 Excel 或金蝶、用友等系统导出的客户清单。四步：

1. **下载模板**：在 JupyterLab 左侧的文件浏览器中打开 `data/templates/`，右键下载 `accounts_template.xlsx`
   （员工、订单、联系人、投诉各有一个模板）。第一张表的列名中英对照，第 2 行是一个示例客户；“说明”表逐列解释了含义、单位和允许的取值。
2. **填写**：每个客户占一行。列名用中文或英文都可以；金额可以写成 `86,062.07`、`￥16989.88` 或 `1.7万元`，比例可以写成 `13%`；
   另存为 Excel 或 CSV（GBK 或 UTF-8 编码都可以）。
3. **检查**：在命令行运行 `kamlab check 我的客户.xlsx`，或像下面这样在课件里检查。文件有问题时，所有问题会一次列出，
   每一处都指明列、行和取值，改完一遍即可。
4. **读入并分析**：`kamlab.load_accounts("我的客户.xlsx")`，然后像第 01 课那样画出客户金字塔。

下面用课件自带的示例文件 `data/examples/accounts_gbk.csv` 走一遍：它就是中文版 Excel 另存的 CSV——GBK 编码、中文列名、带千位分隔符的金额和百分数，
第一行是标题，最后一行是合计。
""",
        """
## Use your own data

kamlab's functions work just as well on your own customer data, such as a customer list exported
from Excel or from an ERP such as Kingdee or Yonyou. Four steps:

1. **Download the template**: in JupyterLab's file browser on the left, open `data/templates/` and
   right-click to download `accounts_template.xlsx` (staff, orders, contacts and complaints have
   templates too). Its first sheet has bilingual headers and one example account in row 2; the
   notes sheet explains each column's meaning, unit and allowed values.
2. **Fill it in**: one account per row. Headers may be in Chinese or English; money may be written
   `86,062.07`, `￥16989.88` or `1.7万元`, shares as `13%`. Save it as Excel or CSV (GBK or UTF-8).
3. **Check it**: run `kamlab check my_accounts.xlsx` on the command line, or check it in the lesson
   as below. If something is wrong, every problem is listed at once with its column, line and
   value, so one pass through the file fixes it.
4. **Load and analyse it**: `kamlab.load_accounts("my_accounts.xlsx")`, then draw the customer
   pyramid as in lesson 01.

Here is the whole path with the example shipped with kamlab, `data/examples/accounts_gbk.csv`: a
CSV saved by Chinese Excel, with GBK encoding, Chinese headers, money with thousands separators and
percentages, a title on the first line and a totals row at the end.
""",
    ),
    code(
        """
from kamlab.templates import shipped

template = shipped("templates/accounts_template.xlsx")
example = shipped("examples/accounts_gbk.csv")
"""
    ),
    code(
        """
report = kamlab.io.check_file(example)
kamlab.show(report.summary())
"""
    ),
    md(
        """
100 个客户、27 列全部对上了数据字典；标题行和合计行被认出并跳过了。读入后就是一张普通的客户表，第 01 课的客户金字塔可以直接用：
""",
        """
100 accounts, and all 27 columns matched the data dictionary; the title line and the totals row
were recognised and skipped. Once loaded it is an ordinary accounts table, and lesson 01's customer
pyramid works on it as it stands:
""",
    ),
    code(
        """
mine = kamlab.load_accounts(example)
pyramid = kamlab.customer_pyramid(mine)
kamlab.show(pyramid.summary.set_index("tier")[["count", "account_share", "value_share"]].round(3), context="tier")
"""
    ),
    md(
        """
## 术语表：一个概念，一个名字

全部课程里，每个概念只用一个名字；教材的误区和案例用教材自己的说法。课件里凡是引用教材原话的地方，引文都放在直角引号里，
逐字来自教材（`kamlab.labels.chapter`）。下表由 `kamlab.glossary()` 给出：
""",
        """
## Glossary: one concept, one name

Throughout the lessons each concept has one name, and the chapter's misconceptions and cases go by
the chapter's own words. Wherever a lesson says "the chapter says", the quotation comes word for word
from the Chinese chapter (`kamlab.labels.chapter`); in the English lessons it is **our translation**,
in double quotes. The table comes from `kamlab.glossary()`:
""",
    ),
    code(
        """
kamlab.glossary()
"""
    ),
]
