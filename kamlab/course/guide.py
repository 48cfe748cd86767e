"""The facilitator's guide, as data: a six-session plan, model answers, misconceptions, predict-then-reveal.

One source for ``docs/teaching-guide.md`` and ``docs/teaching-guide.zh.md`` (written by
``tools/teaching_guide.py``) and for the test that every discussion question of every lesson
has a model answer in both languages (``tests/lessons/test_teaching_guide.py``).

* :data:`SESSIONS`: six sessions of 90 minutes, which lesson parts in class (minutes) and
  which as homework.
* :data:`ANSWERS`: for each discussion question, keyed ``(lesson, kind, number)`` with
  ``kind`` ``"pre"`` ("先讨论 / Discuss first", before the model) or ``"post"`` (the
  discussion at the end), a model answer and what to listen for, each ``(zh, en)``.
* :data:`MISCONCEPTIONS`: common student misconceptions per lesson, ``(zh, en)``.
* :data:`PREDICT_REVEAL`: how to run the predict-then-reveal moments, and where they are.

The answers are the instructor's starting point, not the only right ones: discussion questions
are open, and "what to listen for" names the reasoning that matters more than the conclusion.
Numbers quoted here are the lessons' own printed results or the chapter's.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import KamlabValueError
from ..i18n import resolve_lang
from ..labels.chapter import QUOTES

__all__ = ["Session", "SESSIONS", "ANSWERS", "MISCONCEPTIONS", "PREDICT_REVEAL", "model_answer"]


@dataclass(frozen=True)
class Session:
    """One 90-minute session: lesson parts in class with minutes, and the homework.

    Attributes
    ----------
    number : int
        1 to 6.
    title : tuple of (str, str)
        (zh, en).
    parts : tuple of (str, str, str, int)
        (lesson, zh, en, minutes) for each part done in class, in order.
    homework : tuple of (str, str)
        (zh, en): the parts left for after class.
    """

    number: int
    title: tuple
    parts: tuple
    homework: tuple

    @property
    def minutes(self) -> int:
        """Total minutes in class."""
        return sum(p[3] for p in self.parts)


SESSIONS = (
    Session(
        1,
        ("从大客户的概念到客户金字塔", "From what a key account is to the customer pyramid"),
        (
            ("00", "课程地图、怎样使用课件、认识 A公司", "Map of the lessons, how to use them, meet Company A", 10),
            (
                "00",
                "先讨论，再动手；亲手验证二八法则（先猜再算）",
                "Discuss first; check the 80/20 rule (guess, then compute)",
                10,
            ),
            ("01", "一、大客户的概念；先讨论", "1. What a key account is; discuss first", 10),
            ("01", "二、主观感知：评分卡", "2. Subjective perception: the scorecard", 20),
            ("01", "三、客观判断：二八法则与客户金字塔", "3. Objective judgement: the 80/20 rule and the pyramid", 20),
            ("01", "四、两种方法的一致与分歧", "4. The two methods: agreement and disagreement", 10),
            ("01", "讨论（第 1、2 题）", "Discussion (questions 1 and 2)", 10),
        ),
        (
            "第 00 课的交互实验、用你自己的数据；第 01 课五、组合矩阵（选学）和全部练习。",
            "Lesson 00's interactive experiment and your own data; lesson 01 part 5, the portfolio matrix "
            "(optional), and all exercises.",
        ),
    ),
    Session(
        2,
        ("为什么要做大客户管理", "Why key account management matters"),
        (
            ("02", "先讨论，再建模", "Discuss first", 5),
            ("02", "一、客户占有与市场占有（I1）", "1. Customer share and market share (I1)", 25),
            ("02", "二、客户资产与终身价值（I2）", "2. Customer equity and lifetime value (I2)", 20),
            ("02", "三、大客户关系与品牌（I3）", "3. The key-account relationship and the brand (I3)", 10),
            ("02", "四、20% 毛利、5% 折扣、33% 销量（I4）", "4. 20% margin, 5% discount, 33% volume (I4)", 20),
            ("02", "讨论（第 3、6 题）", "Discussion (questions 3 and 6)", 10),
        ),
        (
            "第 02 课练习；讨论题 1、2、4、5 写成短文。",
            "Lesson 02 exercises; discussion questions 1, 2, 4, 5 as short essays.",
        ),
    ),
    Session(
        3,
        ("五个误区：先预测，再揭晓", "Five misconceptions: predict, then reveal"),
        (
            ("03", "先讨论，再建模", "Discuss first", 5),
            (
                "03",
                f"误区一：{QUOTES['m1'].zh}（预测最佳让步）",
                f"M1: {QUOTES['m1'].en_translation} (predict the best concession)",
                20,
            ),
            ("03", f"误区二：{QUOTES['m2'].zh}", f"M2: {QUOTES['m2'].en_translation}", 15),
            (
                "03",
                f"误区三：{QUOTES['m3'].zh}（结论，不讲马尔可夫链）",
                f"M3: {QUOTES['m3'].en_translation} (results, not the Markov chain)",
                15,
            ),
            (
                "03",
                f"误区四：{QUOTES['m4'].zh}（结论，不讲标准误）",
                f"M4: {QUOTES['m4'].en_translation} (results, not standard errors)",
                15,
            ),
            ("03", f"误区五：{QUOTES['m5'].zh}", f"M5: {QUOTES['m5'].en_translation}", 10),
            ("03", "讨论（第 1、4 题）", "Discussion (questions 1 and 4)", 10),
        ),
        (
            "第 03 课练习；选学：马尔可夫链和蒙特卡洛的细节。",
            "Lesson 03 exercises; optional: the Markov chain and Monte Carlo details.",
        ),
    ),
    Session(
        4,
        ("案例一、二：脱缰野马与抱怨传递", "Cases K1 and K2: the runaway horse and the complaint relay"),
        (
            ("04", "一、案例；先讨论", "1. The case; discuss first", 10),
            ("04", "二、B公司有多重要；三、蝴蝶结与钻石", "2. How much B matters; 3. Bow-tie and diamond", 15),
            (
                "04",
                "五、模拟：同样 120 小时，两种对接方式",
                "5. Simulation: the same 120 hours, two ways of working",
                10,
            ),
            ("04", "讨论（第 1 题）", "Discussion (question 1)", 10),
            ("05", "一、案例；先讨论", "1. The case; discuss first", 10),
            ("05", "二、投诉从哪里来", "2. Where complaints come from", 5),
            ("05", "三、两种工作方式；四、模拟一个季度", "3. Two ways of working; 4. Simulating a quarter", 20),
            ("05", "讨论（第 1 题）", "Discussion (question 1)", 10),
        ),
        (
            "第 04 课四、风险模型（选学）、六、重演；第 05 课五、六；两课的练习和案例分析写作题。",
            "Lesson 04 part 4, the risk model (optional), and part 6, the replay; lesson 05 parts 5 and 6; "
            "both lessons' exercises and written case analyses.",
        ),
    ),
    Session(
        5,
        ("案例三：国美与格力，按发生的顺序", "Case K3: Gome and Gree, in the order it happened"),
        (
            ("06", "一、案例；先讨论，再建模", "1. The case; discuss first", 15),
            (
                "06",
                "二、博弈树、倒推、信念与门槛、信息",
                "2. The tree, backward induction, belief and threshold, information",
                25,
            ),
            ("06", "三、依赖与权力", "3. Dependence and power", 10),
            ("06", "四、重复博弈与噪声", "4. The repeated game and noise", 15),
            ("06", "五、大客户管理部", "5. A KAM department", 10),
            ("06", "讨论（第 2、6 题）", "Discussion (questions 2 and 6)", 10),
            ("06", "练习 06.5", "Exercise 06.5", 5),
        ),
        (
            "第 06 课六、重演当年的决定；七、阅读；练习 06.1–06.4 和案例分析写作题；选学：同时行动的写法与混合均衡。",
            "Lesson 06 part 6, the replay, and part 7; exercises 06.1–06.4 and the written case analysis; "
            "optional: the simultaneous form and the mixed equilibrium.",
        ),
    ),
    Session(
        6,
        ("我国企业的大客户管理实践与综合练习", "KAM in practice in Chinese firms, and the capstone"),
        (
            ("07", "一、五个问题；先讨论", "1. Five problems; discuss first", 10),
            ("07", "二、成熟度诊断", "2. The maturity diagnostic", 20),
            ("07", "三、组织与流程", "3. Organisation and process", 15),
            ("07", "四、大客户经理", "4. The key-account manager", 10),
            ("07", "五、大客户计划", "5. The key account plan", 10),
            (
                "07",
                "六、综合练习：结论与讨论（课前已运行）",
                "6. Capstone: results and discussion (run before class)",
                15,
            ),
            ("07", "讨论（第 5 题）", "Discussion (question 5)", 10),
        ),
        (
            "课前运行综合练习；课后第 07 课练习和写作题；选学：背包优化器的细节。",
            "Run the capstone before class; afterwards lesson 07's exercises and written items; optional: "
            "the knapsack optimiser's details.",
        ),
    ),
)


def _qa(answer_zh, answer_en, listen_zh, listen_en):
    return {"answer": (answer_zh, answer_en), "listen": (listen_zh, listen_en)}


#: Model answers and what to listen for, by (lesson, "pre" | "post", question number).
ANSWERS = {
    # ---- 00 start here
    ("00", "pre", 1): _qa(
        "常见答案是“买得最多的客户”。好的回答会加上“对我们重要”的其他理由：增长、利润、影响力、难以替代。",
        'The usual answer is "the customers who buy the most". A good answer adds other reasons they matter: '
        "growth, profit, influence, being hard to replace.",
        "学生是否只看销售额；有没有人提到“重要性”是相对于本企业而言的（第 01 课的主观感知）。",
        "Whether students look only at sales; whether anyone says importance is relative to our own firm "
        "(lesson 01's subjective perception).",
    ),
    ("00", "pre", 2): _qa(
        "教材的经验是 20% 的客户带来 80% 的业务；A公司 的数据算出来接近这个数。猜测本身没有对错，重要的是先写下来再对照。",
        "The chapter's rule of thumb is 20% of customers bring 80% of the business; Company A's data come "
        "close. The guess is neither right nor wrong; what matters is writing it down before checking.",
        "猜得太低（例如 30%–40%）的学生往往把客户想得很平均；让他们说出理由，再看计算结果。",
        "Students who guess low (30–40%) picture customers as much alike; ask for their reasons, then show "
        "the computation.",
    ),
    ("00", "post", 1): _qa(
        "两份名单重合不多：销售额大的客户毛利率不一定高。所以“谁是大客户”取决于看哪个指标，单看销售额会漏掉高利润的客户，也会高估低利润的大单。",
        "The lists overlap little: large revenue does not mean a high margin. So who the key accounts are "
        "depends on the measure; revenue alone misses profitable accounts and overrates thin-margin volume.",
        "学生是否从“重合少”推到“需要不止一个标准”；有没有人联系到第 02 课 I4（大客户不一定最赚钱）。",
        'Whether students go from "little overlap" to "we need more than one criterion"; whether anyone '
        "links it to lesson 02, I4 (the largest are not always the most profitable).",
    ),
    ("00", "post", 2): _qa(
        "行业之间差别明显；前 10 名占比最高的行业对少数客户依赖最重，一家客户离开的冲击最大，也最需要大客户管理。",
        "Industries differ clearly; the one where the top 10 hold the largest share depends most on a few "
        "customers, is hit hardest when one leaves, and needs KAM most.",
        "学生是否把“集中”同时看成机会和风险（第 03 课误区四、第 04 课的依赖线）。",
        "Whether students see concentration as both opportunity and risk (lesson 03, M4; lesson 04's "
        "dependence lines).",
    ),
    ("00", "post", 3): _qa(
        "集中度下降，单个客户的分量变小，“抓大放小”的收益变小，但大客户管理并不因此失去意义：仍然有少数客户值得专门经营，只是名单更长、投入要更有选择。",
        "With lower concentration each account weighs less and focusing pays less, but KAM does not become "
        "pointless: a few accounts still deserve dedicated management; the list is longer and the effort must "
        "be chosen more carefully.",
        "避免非此即彼的回答；好的回答会提到重要性不只看份额（增长、战略价值）。",
        "Avoid all-or-nothing answers; a good one says importance is not only share (growth, strategic value).",
    ),
    # ---- 01 key accounts
    ("01", "pre", 1): _qa(
        "没有唯一答案。按今天的销售额，500 万元的客户更大；按未来，年增 30% 的客户可能是潜在大客户。教材的主观感知同时看当前销售、发展趋势和发展潜力。",
        "There is no single answer. By today's sales the 5-million-yuan customer is bigger; by the future the "
        "one growing 30% a year may be a potential key account. The chapter's subjective perception weighs "
        "current sales, trend and potential together.",
        "学生是否区分“现在大”和“将来重要”；有没有人想到潜在大客户。",
        'Whether students separate "big now" from "important later"; whether anyone names potential key accounts.',
    ),
    ("01", "pre", 2): _qa(
        "主观感知会漏掉数据里看得见、但销售员没注意到的客户（或被关系左右）；客观判断会漏掉今天小、将来大的客户和战略上重要的客户。所以两种方法要一起用。",
        "Subjective perception misses accounts the data show but salespeople overlook (or is swayed by "
        "relationships); objective judgement misses accounts small today but big tomorrow, and strategically "
        "important ones. So the two are used together.",
        "学生能不能各举一个被漏掉的客户类型。",
        "Whether students can name one kind of account each method misses.",
    ),
    ("01", "post", 1): _qa(
        "好处：企业可以按自己的战略和行业定义“重要”，灵活。风险：标准因人而异，名单可能被关系或印象左右。本课两份名单大部分重合，分歧处正好需要写下标准和理由来讨论。",
        "Gained: a firm can define importance by its own strategy and industry. Risked: the standard varies "
        "by person and the list can follow relationships or impressions. This lesson's two lists mostly "
        "agree; where they differ, written criteria and reasons are what make the judgement discussable.",
        "学生是否用到了两份名单的具体分歧，而不是泛泛而谈。",
        "Whether students use the lists' concrete disagreements rather than generalities.",
    ),
    ("01", "post", 2): _qa(
        "不一定。占用精力可能是因为客户重要，也可能是因为服务成本高、管理混乱（第 05 课）。评分里时间精力不宜直接加分，更好的做法是把它当作服务成本，与价值分开看。",
        "Not necessarily. An account may take effort because it matters, or because it is costly to serve or "
        "badly managed (lesson 05). Time and energy should not simply add points; better to treat them as "
        "cost to serve, kept apart from value.",
        "学生是否区分“重要”和“难伺候”；有没有人联系到成本。",
        'Whether students tell "important" from "demanding"; whether anyone brings in cost.',
    ),
    ("01", "post", 3): _qa(
        "金字塔的 1%、4%、15%、80% 是教材的经验比例，不是定律。集中度更高时，最顶层可能更少、更重要，可以按累计销售额重新划分各层，并说明理由。",
        "The pyramid's 1%, 4%, 15%, 80% are the chapter's rules of thumb, not laws. With higher concentration "
        "the top tier may be fewer and weightier; the tiers can be redrawn by cumulative sales, with the "
        "reasons written down.",
        "学生是否把比例当成固定规则；好的回答会说明按什么重新划分。",
        "Whether students treat the percentages as fixed; a good answer says how it would redraw them.",
    ),
    ("01", "post", 4): _qa(
        "拿出一小部分、有上限的资源，并设定可检验的里程碑（份额、采购额增长、关系层级）；定期复核，达不到就调整。",
        "A small, capped share of effort, with milestones that can be checked (share of wallet, purchase "
        "growth, level of contacts); review regularly and adjust when they are not met.",
        "学生是否给出可衡量的标准，而不是“看感觉”。",
        'Whether students give measurable criteria rather than "gut feeling".',
    ),
    ("01", "post", 5): _qa(
        "可以留在名单上，但换一种对待：按主观和客观两方面复核，降低投入、控制服务成本，维持关系而不加大投资；同时观察萎缩的原因。",
        "It can stay on the list but be treated differently: review it on both methods, lower the effort and "
        "the cost to serve, maintain rather than invest; and find out why it shrinks.",
        "学生是否把“名单上”与“投入多少”分开考虑（组合矩阵的思路）。",
        'Whether students separate "on the list" from "how much to invest" (the portfolio matrix\'s idea).',
    ),
    # ---- 02 why KAM
    ("02", "pre", 1): _qa(
        "市场份额是宏观的、抽象的；客户份额是在一个客户的采购中占多少，是微观的、具体的。市场份额大的企业完全可能在每个客户那里都只占一小块，是“备胎”。",
        "Market share is macro and abstract; customer share is how much of one customer's purchases we hold, "
        "micro and concrete. A firm with a large market share can hold a small piece of every customer's "
        "spend: everyone's second choice.",
        "学生能否说出两者的计算对象不同。",
        "Whether students can say the two are computed over different things.",
    ),
    ("02", "pre", 2): _qa(
        "不一定。教材 I4：大客户争取成本高，折扣会压低毛利，有时甚至亏损；中等规模的客户可能更赚钱。",
        "Not necessarily. The chapter's I4: key accounts are costly to win and discounts cut margins, "
        "sometimes into loss; mid-size customers can be more profitable.",
        "先记下持“一定”观点的人数，第四部分揭晓后再回来。",
        'Count who says "yes, always" and come back to it after part 4.',
    ),
    ("02", "post", 1): _qa(
        "按客户采购总额挑选，会选中还有增长空间（钱包余量）的客户；按本公司销售额挑选，只会选中已经买得多的客户。客户占有关心的是在客户钱包里的份额，所以前者更接近教材的意思。",
        "Choosing by the customer's total spend finds accounts with room to grow (wallet headroom); choosing "
        "by our revenue finds only those already buying a lot. Customer share is about our part of the "
        "customer's wallet, so the first is closer to the chapter's idea.",
        "学生是否提到“钱包余量”。",
        "Whether students mention wallet headroom.",
    ),
    ("02", "post", 2): _qa(
        "客户多、单笔小、服务标准化的行业（例如快消品零售）接近这种情况。A公司 这样的液压件企业客户集中、需要技术服务和长期关系，更适合集中投入。",
        "Industries with many small, standardised customers (consumer retail, for instance) come close. A "
        "hydraulic-fittings maker like Company A has concentrated customers who need technical service and "
        "long relationships, so focusing suits it better.",
        "学生是否把模型的条件（预算、见效速度）翻译成行业特征。",
        "Whether students translate the model's conditions (budget, speed of effect) into industry features.",
    ),
    ("02", "post", 3): _qa(
        "销售团队会平均分配精力来抬高平均满意度，放弃对少数战略客户的集中经营，利润反而下降。考核应当包括客户份额和利润，并按客户分层。",
        "The sales team would spread its effort to lift the average and give up focusing on the few strategic "
        "accounts, and profit would fall. Targets should include share of wallet and profit, by tier.",
        "学生能否说出“考核什么就得到什么”。",
        'Whether students say "you get what you measure".',
    ),
    ("02", "post", 4): _qa(
        "上限是多出来的终身价值：约为该客户终身价值的 4.5%。要回答需要知道客户每年的利润、折现率、当前保留率，以及这笔投入能把保留率提高多少。",
        "The ceiling is the extra lifetime value: about 4.5% of that account's lifetime value. To answer you "
        "need the account's yearly profit, the discount rate, its current retention, and how much the spending "
        "actually raises retention.",
        "学生是否想到“投入的效果”本身是不确定的、需要数据。",
        "Whether students see that the effect of the spending is itself uncertain and needs data.",
    ),
    ("02", "post", 5): _qa(
        "留存曲线显示，忠诚客户留得久、重复购买多，口碑和品牌偏好随之积累；品牌资产正是从这些满意、忠诚的客户身上长出来的。大客户是其中分量最重的一部分。",
        "The retention curves show loyal customers stay longer and buy again more often; word of mouth and "
        "brand preference build up with them; brand equity grows out of these satisfied, loyal customers, "
        "and key accounts are the weightiest part of them.",
        "学生是否把曲线上的数量差别和品牌联系起来，而不是只复述比喻。",
        "Whether students connect the curves' numbers with the brand rather than repeat the metaphor.",
    ),
    ("02", "post", 6): _qa(
        "毛利 20% 时，5% 的折扣需要多卖 33% 才能保本（0.20 = 0.15 × (1 + x)），20% 不够，不该答应；毛利 40% 时只需多卖约 14%（0.40 / 0.35 − 1），20% 够了。还要看服务成本、竞争对手会不会跟进、这个客户的长期价值和其他客户会不会要同样的条件。",
        "At a 20% margin a 5% discount needs 33% more volume to break even (0.20 = 0.15 × (1 + x)), so 20% "
        "is not enough; at 40% it needs about 14% (0.40 / 0.35 − 1), so 20% is. Also weigh cost to serve, "
        "competitors' reactions, the account's long-term value and whether other accounts will ask for the "
        "same terms.",
        "学生会算吗？最常见的错误是以为“降 5% 多卖 5%”就保本。",
        "Can students compute it? The most common mistake is thinking 5% more volume covers a 5% discount.",
    ),
    # ---- 03 misconceptions
    ("03", "pre", 1): _qa(
        "没有标准答案。让学生说出“听起来有道理”的原因：每个误区都包含一部分真相（例如大客户确实带来销量）。",
        "No set answer. Ask why it sounds reasonable: each misconception holds part of the truth (key "
        "accounts do bring volume, for instance).",
        "学生能否指出误区里真的那一半和错的那一半。",
        "Whether students can point to the true half and the wrong half of a misconception.",
    ),
    ("03", "pre", 2): _qa(
        "只在一定程度内成立：超过某一点，给得越多回报越少，甚至比少给还差（过犹不及）。模型的最佳让步很小。",
        "Only up to a point: beyond it, giving more returns less, even less than giving less (too much is as "
        "bad as too little). The model's best concession is small.",
        "记下同意的人数；揭晓模型后请他们说说哪一步推理出了问题。",
        "Count who agrees; after the model ask them which step of their reasoning failed.",
    ),
    ("03", "post", 1): _qa(
        "降价简单、见效快、容易谈判，也容易被客户要求；非价格支持需要跨部门合作和能力，短期难衡量。模型提醒：价格让步还会被竞争对手跟进、被其他客户要求。",
        "A price cut is simple, quick, easy to negotiate and what customers ask for; non-price support needs "
        "cross-functional work and capability and is hard to measure in the short run. The model's reminder: "
        "price concessions are matched by rivals and demanded by other customers.",
        "学生是否提到组织能力（联系第 07 课）。",
        "Whether students bring in organisational capability (links to lesson 07).",
    ),
    ("03", "post", 2): _qa(
        "在家电、快消、汽车零部件等渠道集中的行业大体成立；在客户分散、渠道碎片化的行业不一定成立。不成立时，中小客户的利润贡献更重要，但“只有双赢才行”的结论仍然成立。",
        "It broadly holds where channels concentrate (appliances, consumer goods, auto parts); not where "
        'customers stay fragmented. Where it fails, SMEs\' profit counts for more, but "only win-win works" '
        "still stands.",
        "学生是否检查模型的前提，而不是接受或拒绝结论本身。",
        "Whether students test the model's premise rather than accept or reject the conclusion itself.",
    ),
    ("03", "post", 3): _qa(
        "不应一刀切。按客户的价值和发展阶段排序，只为专职管理带来的增量价值超过成本的客户配备；其余用团队或兼职方式覆盖。",
        "Not all of them. Rank accounts by value and relationship stage and give a dedicated manager only "
        "where the added value exceeds the cost; cover the rest with a team or part-time arrangement.",
        "学生是否想到“增量”而不是总价值。",
        "Whether students think in terms of the increment rather than total value.",
    ),
    ("03", "post", 4): _qa(
        "对格力，国美只占不到 1%，失去它对整体收入影响小，风险分散，所以撤出的威胁有底气。对只靠国美的小厂商，集中度极高，一家客户离开就可能收入大跌、固定成本无法分摊：这正是误区四模型里的风险。",
        "For Gree, Gome was under 1%: losing it barely moved total revenue and the risk was spread, so its "
        "threat had weight. For a small maker relying on Gome alone, concentration is extreme: one departure "
        "can collapse revenue and leave fixed costs uncovered, the risk of misconception 4's model.",
        "学生是否用到集中度和“一家客户离开”的概率，而不是只说“格力大”。",
        'Whether students use concentration and the chance of one account leaving, not just "Gree is big".',
    ),
    ("03", "post", 5): _qa(
        "技术支持、定制开发、物流与交付等需要研发、生产、物流参与。这说明大客户管理不能只是销售部的事，正是误区三所说的传统营销方式的局限。",
        "Technical support, customised development, logistics and delivery need R&D, production and "
        "logistics. KAM cannot be the sales department's job alone: exactly the limit of the traditional "
        "approach in misconception 3.",
        "学生是否说出跨部门协作。",
        "Whether students name cross-functional work.",
    ),
    # ---- 04 runaway horse
    ("04", "pre", 1): _qa(
        "具体的原因：B公司 的所有信息只在陆经理一个人脑子里，公司没有记录；B公司 高层只认识陆经理；一家客户占了 13% 的销售额。能说服总经理的事实：联系人清单、销售占比、没有备份的联系。",
        "Concretely: all information on B sat in Lu's head with no company record; B's executives knew only "
        "Lu; one account held 13% of sales. Facts that would convince the general manager: the list of "
        "contacts, the share of sales, links with no backup.",
        "学生是否给出可核查的事实，而不是“感觉不对”。",
        'Whether students give checkable facts rather than "it felt wrong".',
    ),
    ("04", "pre", 2): _qa(
        "短期是好消息（生意稳定），长期是坏消息：客户关系属于个人而不是公司，人走客户就可能走。",
        "Good news in the short run (steady business), bad news in the long run: the relationship belongs to "
        "a person, not the company, and can leave with him.",
        "学生是否从“谁拥有客户关系”来看。",
        "Whether students ask who owns the relationship.",
    ),
    ("04", "post", 1): _qa(
        "因为业绩越好，公司越放手，信息和关系越集中在他一人身上；他一离开，公司失去的不只是一个人，而是整个客户。",
        "The better he performs, the more the company leaves him alone, and the more information and "
        "relationships concentrate in him; when he leaves, the company loses not one person but the whole "
        "account.",
        "学生是否把“能力强”和“单点依赖”区分开。",
        'Whether students separate "very capable" from "single point of failure".',
    ),
    ("04", "post", 2): _qa(
        "如果人员一起离开，多条联系会同时断掉，钻石型关系的保护作用大打折扣，失去客户的概率高于模型算出的数。需要在公司层面留住关系：记录、制度、高层之间的联系。",
        "If people leave together, several links break at once, the diamond protects much less, and the "
        "chance of losing the account is higher than the model says. The relationship must be held at company "
        "level: records, procedures, executive-to-executive links.",
        "学生是否理解“独立”这个假设的作用。",
        "Whether students grasp what the independence assumption does.",
    ),
    ("04", "post", 3): _qa(
        "人际信任、非正式的承诺、对方决策者的个人偏好、谈判中的默契、隐含的人情往来，都很难写进 CRM。",
        "Personal trust, informal promises, the decision-makers' personal preferences, tacit understandings in "
        "negotiation, favours exchanged: all hard to write into a CRM.",
        "学生是否意识到 CRM 只能保存一部分关系。",
        "Whether students see a CRM keeps only part of a relationship.",
    ),
    ("04", "post", 4): _qa(
        "由大客户经理统一协调：明确谁对接谁、说什么，内部先对齐口径；按对方的层级和需要安排接触，而不是越多越好。",
        "A key-account manager coordinates: who talks to whom about what, one agreed message inside first; "
        "contacts matched to the other side's levels and needs, not as many as possible.",
        "学生是否提到协调角色（联系第 07 课的大客户经理）。",
        "Whether students name the coordinating role (links to lesson 07's key-account manager).",
    ),
    ("04", "post", 5): _qa(
        "降低依赖：开发其他客户、分散收入；和 B公司 签订更长期的合同；建立高层之间的联系和应急预案；在财务上为失去 B公司 做准备。",
        "Reduce the dependence: develop other customers and spread revenue; longer contracts with B; "
        "executive-level links and a contingency plan; financial preparation for losing B.",
        "学生是否把“关系的保护”和“依赖的降低”都想到。",
        "Whether students think of both protecting the relationship and reducing the dependence.",
    ),
    # ---- 05 complaint relay
    ("05", "pre", 1): _qa(
        "成功：这一次客户满意了。失败：问题靠个人救火解决，流程没有改进，下次还会发生；他耽误了其他工作。",
        "Success: the customer was satisfied this time. Failure: a person fought the fire, the process did "
        "not improve and it will happen again; his other work was left undone.",
        "学生能否各给一条理由，而不是只选一边。",
        "Whether students give one reason each rather than pick a side.",
    ),
    ("05", "pre", 2): _qa(
        "其他客户的跟进、报价、订单和计划中的拜访。代价由其他客户（被耽误）、被他训斥的同事和公司（流程没改进）承担。",
        "Other customers' follow-ups, quotes, orders and planned visits. The cost fell on the other customers "
        "(delayed), the colleagues he berated and the company (no process improved).",
        "学生是否看到“看不见的成本”。",
        "Whether students see the invisible cost.",
    ),
    ("05", "post", 1): _qa(
        "因为他是在客户打电话之后才行动，信息不完整、没有流程，只能被客户推着走。主动的销售员会事先掌握订单状态，在客户问之前告知交货时间，推动流程解决延迟的原因。",
        "Because he acted only after the customer called, with incomplete information and no process, pushed "
        "along by the customer. A proactive one knows the order status, tells the customer the delivery date "
        "before being asked, and gets the process to fix the cause of the delay.",
        "学生是否区分“响应快”和“主动”。",
        "Whether students tell fast reaction from being proactive.",
    ),
    ("05", "post", 2): _qa(
        "没有标准答案。信息完整度需要系统和数据纪律；流程成熟度需要跨部门的规则和授权，通常更难，因为涉及组织和权力。",
        "No set answer. Information completeness needs systems and data discipline; process maturity needs "
        "cross-department rules and authority, usually harder because it touches organisation and power.",
        "学生是否结合模型里两者的不同效果来论证。",
        "Whether students argue from the two levers' different effects in the model.",
    ),
    ("05", "post", 3): _qa(
        "被耽误的大客户也会打电话、也会有人去吼，插队在大客户之间轮转，交货越来越乱，投诉越来越多，最后可能失去客户。",
        "The delayed key accounts call too, someone shouts for them, queue-jumping rotates among key accounts, "
        "deliveries get ever more chaotic, complaints multiply, and accounts may be lost.",
        "学生是否看到反馈循环。",
        "Whether students see the feedback loop.",
    ),
    ("05", "post", 4): _qa(
        "用投诉记录和订单记录：投诉时间、处理时长、涉及部门、是否延迟交货、延迟天数、重复投诉，都可以用来估计每次联系的时间和被耽误的订单数。",
        "Complaint tickets and order records: time of the complaint, handling time, departments involved, "
        "whether delivery was late and by how many days, repeat complaints; they estimate the hours per "
        "contact and the orders delayed.",
        "学生是否提出可以获得的数据和字段。",
        "Whether students propose data and fields that can actually be obtained.",
    ),
    ("05", "post", 5): _qa(
        "当大客户占收入比重大、投诉和救火的成本高、客户流失的损失大于流程的成本时。可以先在少数大客户上试点，比较投诉和销售时间的变化。",
        "When key accounts hold much revenue, complaints and fire-fighting cost a lot, and losing accounts "
        "costs more than the process. Pilot it on a few key accounts and compare complaints and sales hours.",
        "学生是否用成本和收益比较来回答。",
        "Whether students answer by comparing costs and benefits.",
    ),
    # ---- 06 Gome and Gree
    ("06", "pre", 1): _qa(
        "先打给国美的对口负责人（或四川国美的负责人），了解降价的范围和原因，说明格力的价格体系和可能的后果，约定尽快面谈；同时向公司内部通报。",
        "First Gome's counterpart (or Sichuan Gome's head), to learn the scope and reason of the cut, explain "
        "Gree's price system and the likely consequences, and agree to meet at once; and report inside Gree.",
        "学生先想到沟通还是先想到报复；有没有人先去了解情况。",
        "Whether students reach first for communication or retaliation; whether anyone first finds out what happened.",
    ),
    ("06", "pre", 2): _qa(
        "既是事实陈述，也是信号：它告诉国美“我离得开你”。国美应当把它当作一个需要核实的信号，而不是全盘接受或全盘否定；第三部分算出了这个比例在什么范围内让撤出可信。",
        'Both a statement and a signal: it tells Gome "I can do without you". Gome should treat it as a '
        "signal to check, neither swallow nor dismiss it; part 3 computes the range in which it makes "
        "withdrawal credible.",
        "学生是否想到说话者有自己的利益。",
        "Whether students consider that the speaker has interests of its own.",
    ),
    ("06", "pre", 3): _qa(
        "教材的答案：没有人真正赢了，这是双输。国美失去空调第一品牌，格力失去最大的家电连锁。",
        "The chapter's answer: nobody really won; it was lose-lose. Gome lost the No.1 air-conditioner brand, "
        "Gree the largest appliance chain.",
        "学生是否引用教材对双方损失的描述。",
        "Whether students quote the chapter's account of both sides' losses.",
    ),
    ("06", "post", 1): _qa(
        "在本课的参数下，国美占格力销售额超过约 1.7% 时，撤出的损失超过忍受降价的损失，威胁就不可信。让威胁可信的办法：事先公开价格政策、在合同里写明违约后果、降低对单一渠道的依赖、发展自己的专卖店体系。",
        "With this lesson's parameters, above about 1.7% of Gree's sales withdrawing costs more than "
        "swallowing the cut and the threat stops being credible. Ways to make it credible: announce the price "
        "policy in advance, write the consequences into contracts, reduce dependence on one channel, build "
        "its own stores.",
        "学生能否从图上读出交点，并把“可信”理解为“对格力自己有利”。",
        'Whether students read the crossing from the chart and understand credible as "in Gree\'s own interest".',
    ),
    ("06", "post", 2): _qa(
        "如果是地方公司自作主张，对总部来说是“噪声”：没有人计划，但仍然发生，应当用内部管理和与供应商的沟通来防止；如果是总部的决定，就是策略，需要在高层之间谈判。大客户管理部应当和总部、区域公司都对接。",
        "If a regional company acted alone, for head office it was noise: unplanned, yet it happened, to be "
        "prevented by internal control and communication with the supplier; if head office decided it, it "
        "was strategy, to be negotiated at the top. A KAM department should work with both head office and "
        "the regional companies.",
        "学生是否记得这是本课的假设，不是教材的事实。",
        "Whether students remember this is the lesson's assumption, not a fact of the chapter.",
    ),
    ("06", "post", 3): _qa(
        "有噪声时，冷酷触发会因为一次误会永远结束合作；宽容的以牙还牙仍然会报复，但给对方回头的机会，合作更容易恢复。当对方是故意、反复地背叛时，原谅只会鼓励对方继续。",
        "With noise, grim trigger ends the partnership for good over one misunderstanding; generous tit for "
        "tat still retaliates but leaves a way back, so cooperation recovers. Forgiving is wrong when the "
        "other side defects on purpose and repeatedly: it only encourages more.",
        "学生是否区分偶然的和故意的背叛。",
        "Whether students tell accidental from deliberate defection.",
    ),
    ("06", "post", 4): _qa(
        "教材的方向：调整内部结构，建立大客户经理制度，制定不卑不亢的合作原则。具体做法可以包括设立对接国美的团队、高层会面、共同制定价格和促销规则、建立事前沟通机制。",
        "The chapter's direction: adjust the internal structure, set up a key-account manager system, and set "
        "principles of cooperation neither servile nor overbearing. Concretely: a team for Gome, executive "
        "meetings, joint price and promotion rules, communication before any promotion.",
        "学生是否既维护原则又留出合作的空间。",
        "Whether students both keep the principle and leave room for cooperation.",
    ),
    ("06", "post", 5): _qa(
        "让步是放弃自己的利益来换取客户满意；大客户管理部是通过信息、沟通和共同计划让双方都得利，同时守住原则。在模型里，它改变的是国美行动前知道什么和合作的收益，而不是让格力忍受降价。",
        "A concession gives up one's own interest to please the customer; a KAM department uses information, "
        "communication and joint planning so both gain, while keeping principles. In the model it changes "
        "what Gome knows before acting and the gains from cooperation, not Gree's willingness to swallow cuts.",
        "学生是否能说出“信息”和“让步”的区别。",
        "Whether students can state the difference between information and concession.",
    ),
    ("06", "post", 6): _qa(
        "渠道：定期的高层会面、共同的年度计划和促销日历、事先约定的价格规则和违约后果、日常的客户经理对接。事先说明自己的回应不是威胁，而是让对方做决定时有准确的信息；它减少误判，而不是制造对抗。",
        "Channels: regular executive meetings, a joint annual plan and promotion calendar, price rules and "
        "consequences agreed in advance, day-to-day contact between account managers. Stating one's response "
        "in advance is not a threat but accurate information for the other side's decision: it reduces "
        "misjudgement rather than creating confrontation.",
        "学生是否避免给国美编造动机（教材没有说国美怎么想），并把重点放在信息上。",
        "Whether students avoid inventing Gome's motives (the chapter does not say what Gome thought) and "
        "focus on information.",
    ),
    # ---- 07 KAM in practice
    ("07", "pre", 1): _qa(
        "多数企业的“大客户部”主要做销售：追订单、完成指标。看它的考核（销售额还是客户份额和利润）、是否参与制定客户计划和跨部门资源分配，就能判断。",
        'In most firms the "key-account department" mainly sells: chasing orders and targets. Look at how it '
        "is measured (sales or share of wallet and profit) and whether it plans accounts and allocates "
        "cross-functional resources.",
        "学生是否给出判断的依据。",
        "Whether students give evidence for their judgement.",
    ),
    ("07", "pre", 2): _qa(
        "清楚的大客户战略、合适的组织和流程、有能力的大客户经理、客户信息和计划、管理层的支持和资源。",
        "A clear KAM strategy, fitting organisation and processes, capable key-account managers, account "
        "information and plans, management support and resources.",
        "学生的答案是否覆盖 P1–P4。",
        "Whether students' answers cover P1–P4.",
    ),
    ("07", "post", 1): _qa(
        "有：例如组织已经严重妨碍服务（客户问题无人负责），或者数据完全缺失、无法识别大客户时，先解决组织或信息问题可能更急。规则可以改为“先解决阻碍最严重的一项”，但仍然要有战略方向。",
        "Yes: when the organisation badly blocks service (no one owns customers' problems), or data are so "
        "missing that key accounts cannot be identified, fixing organisation or information may be more "
        'urgent. The rule could become "fix the worst blocker first", still with a strategic direction.',
        "学生是否给出具体的情形，而不是抽象地反对规则。",
        "Whether students give concrete situations rather than reject the rule in the abstract.",
    ),
    ("07", "post", 2): _qa(
        "在层级组织里，小组成员仍然向各自的部门负责，考核和资源不归小组，问题还是在部门之间传递。客户的一个技术问题往往要经过销售、技术、生产几次转手。",
        "In a hierarchy the team's members still answer to their departments; targets and resources are not "
        "the team's, and problems still pass between departments. A customer's technical question often "
        "passes through sales, engineering and production.",
        "学生是否提到权责和考核。",
        "Whether students mention authority and measurement.",
    ),
    ("07", "post", 3): _qa(
        "两种选择都可以，关键是培养计划针对短板：提拔明星销售员，就补技术和领导能力；提拔工程师，就补销售和客户关系能力。",
        "Either can be right; what matters is a plan aimed at the gap: the star salesperson needs technical "
        "and leadership development, the engineer selling and relationship skills.",
        "学生是否根据短板而不是印象做决定。",
        "Whether students decide by the gaps rather than impressions.",
    ),
    ("07", "post", 4): _qa(
        "进入 CRM：客户的基本信息、采购记录、联系人、计划目标和行动、服务记录。必须靠人：信任、对客户战略的判断、谈判中的分寸、关系的维护。",
        "In the CRM: account facts, purchase history, contacts, plan goals and actions, service records. "
        "Needing a person: trust, judgement of the customer's strategy, tact in negotiation, keeping the "
        "relationship.",
        "联系第 04 课：CRM 记录只能接住一部分关系。",
        "Link to lesson 04: a CRM record holds only part of a relationship.",
    ),
    ("07", "post", 5): _qa(
        "按组合策略分配会把钱投给模型认为增量效果小于成本的客户，所以在这个模拟里亏钱。这不说明组合矩阵没用：矩阵帮助分类和决定对待方式（投资、维持、降低成本），是否投钱还要看每个客户的增量收益和成本。",
        "Spending by portfolio stance funds accounts whose modelled uplift is below their cost, so in this "
        "simulation it loses money. That does not make the matrix useless: it classifies accounts and sets "
        "how to treat them (invest, maintain, cut cost); whether to spend still depends on each account's "
        "added return and cost.",
        "学生是否把“分类工具”和“投资决策”区分开；不要得出“矩阵没用”的结论。",
        "Whether students separate a classification tool from an investment decision; do not let the class "
        "conclude the matrix is useless.",
    ),
    ("07", "post", 6): _qa(
        "效果减半时，只有增量最大的少数客户还值得资助，方案会明显缩小。检验参数：选几家客户试点，设对照组，记录份额、保留率和成本的变化，再调整参数。",
        "With half the effects only the few accounts with the largest uplift remain worth funding; the "
        "programme shrinks markedly. Test the parameters with a pilot on a few accounts against a control "
        "group, record share, retention and cost, and update.",
        "学生是否提出对照组或试点。",
        "Whether students propose a control group or a pilot.",
    ),
}

#: Common student misconceptions per lesson, (zh, en).
MISCONCEPTIONS = {
    "00": (
        ("“二八法则”是精确的定律。", "The 80/20 rule is an exact law."),
        ("销售额最大的客户就是大客户。", "The largest customers by revenue are the key accounts."),
    ),
    "01": (
        ("主观感知不科学，应当只用数据。", "Subjective perception is unscientific; use only data."),
        ("客户金字塔的比例是固定的。", "The pyramid's percentages are fixed."),
        ("占用精力多的客户就是大客户。", "A customer that takes much effort is a key account."),
    ),
    "02": (
        ("市场份额高就等于客户份额高。", "A high market share means a high customer share."),
        ("大客户一定最赚钱。", "Key accounts are always the most profitable."),
        ("降价 5% 多卖 5% 就能保本。", "5% more volume covers a 5% discount."),
    ),
    "03": (
        ("给大客户的越多，回报越多。", "The more given to key accounts, the more they return."),
        (
            "误区的反面就是正确做法（例如“一点都不让步”）。",
            'The opposite of a misconception is right (e.g. "never concede").',
        ),
        ("模型的具体数字就是现实。", "The model's numbers are reality."),
    ),
    "04": (
        ("问题出在陆经理个人的品德。", "The problem was Lu's character."),
        ("有了 CRM 就不怕人员离职。", "With a CRM, staff turnover is no risk."),
        ("钻石型关系越多人越好。", "The more people in the diamond, the better."),
    ),
    "05": (
        ("小张反应快，就是以客户为中心。", "Xiao Zhang's quick reaction is customer orientation."),
        ("只要销售员更努力就能解决投诉。", "Harder-working salespeople would fix the complaints."),
        ("模拟的次数就是真实的投诉数。", "The simulated counts are real complaint figures."),
    ),
    "06": (
        (
            "冲突是必然的：国美必须降价，格力必须撤出。",
            "The conflict was inevitable: Gome had to cut, Gree had to withdraw.",
        ),
        (
            "模型说明了国美当时怎么想（教材没有说）。",
            "The model tells us what Gome thought (the chapter does not say).",
        ),
        (
            "大客户管理部就是向大客户让步。",
            "A KAM department means making concessions to the key account.",
        ),
        (
            "同时行动的收益表和按顺序的博弈树结论一样。",
            "The simultaneous table and the sequential tree give the same answer.",
        ),
    ),
    "07": (
        ("上了 CRM 系统就是做了大客户管理。", "Installing a CRM system is doing KAM."),
        ("综合练习说明组合矩阵没有用。", "The capstone shows the portfolio matrix is useless."),
        ("最优方案的结果不受假设影响。", "The optimal programme does not depend on the assumptions."),
    ),
}

#: How to run the predict-then-reveal moments with a class.
PREDICT_REVEAL = {
    "steps": (
        ("提问：读出问题，说明先不运行单元格。", "Ask: read the question and say the cell is not run yet."),
        (
            "独立写下：每人 1 分钟写下一个数或一个选择（在课程笔记本里用 record_prediction 记录）。",
            "Write alone: one minute for each student to write a number or a choice (in a course notebook, "
            "record_prediction stores it).",
        ),
        (
            "亮出分布：举手或看课堂报告，统计几种答案。",
            "Show the spread: hands up or the class report, count the answers.",
        ),
        ("揭晓：运行单元格，让模型给出答案。", "Reveal: run the cell and let the model answer."),
        (
            "追问：请预测差得最远和最近的同学各说推理；问模型的哪一个假设决定了结果。",
            "Debrief: ask the furthest and the closest predictions for their reasoning; ask which "
            "assumption of the model drives the result.",
        ),
    ),
    "moments": {
        "00": (("前 20% 客户的销售占比", "The top 20% of accounts' share of sales"),),
        "02": (("毛利 20% 时 5% 折扣需要的销量增长", "Volume growth a 5% discount needs at a 20% margin"),),
        "03": (
            ("误区一：最佳让步幅度", "M1: the best concession"),
            ("误区二至五：每个探索器揭晓前的预测", "M2–M5: the prediction before each explorer"),
        ),
        "04": (
            ("钻石型关系能把失去客户的概率降低多少", "How much the diamond lowers the chance of losing the account"),
        ),
        "06": (
            ("国美知道格力的回应时会不会降价", "Would Gome cut if it knew Gree's answer?"),
            ("国美从哪个信念开始降价", "From which belief does Gome cut?"),
        ),
    },
}


def model_answer(lesson: str, kind: str, number: int, *, lang: str | None = None) -> dict[str, str]:
    """The model answer to one discussion question, and what to listen for.

    Parameters
    ----------
    lesson : str
        Two-digit lesson number, e.g. ``"06"``.
    kind : {"pre", "post"}
        ``"pre"`` for "先讨论 / Discuss first", ``"post"`` for the discussion at the end.
    number : int
        The question's number in its list (1-based).
    lang : {"zh", "en"}, optional
        Language; default kamlab's current language.

    Returns
    -------
    dict of str to str
        ``answer`` and ``listen``.

    Raises
    ------
    KamlabValueError
        For a question without a model answer, or a bad ``lang``.

    Examples
    --------
    >>> model_answer("06", "post", 6, lang="en")["answer"].startswith("Channels")
    True
    """
    lang = resolve_lang(lang, "model_answer")
    key = (str(lesson), str(kind), number)
    if key not in ANSWERS:
        raise KamlabValueError(
            f"model_answer: no model answer for lesson={lesson!r}, kind={kind!r}, number={number!r}; "
            f"lessons with answers: {sorted({k[0] for k in ANSWERS})}, kinds 'pre' and 'post'."
        )
    i = 0 if lang == "zh" else 1
    return {"answer": ANSWERS[key]["answer"][i], "listen": ANSWERS[key]["listen"][i]}
