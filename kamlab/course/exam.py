"""The exam bank: three exam questions per content lesson (01-07), zh/en, with model answers and marking notes.

Instructor-only: ``kamlab course exam OUT.md`` writes it as one Markdown document
(:func:`write_exam`); nothing of it is shown in the student notebooks. Questions test the
chapter's points and the lessons' reasoning with numbers that differ from the worked
examples; the model answers give the computation or the argument, the marking notes what
earns the points and the usual mistakes.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import KamlabValueError
from ..i18n import resolve_lang
from ..labels.chapter import quote

__all__ = ["ExamQuestion", "EXAM_BANK", "exam_document", "write_exam"]


@dataclass(frozen=True)
class ExamQuestion:
    """One exam question: lesson, points, and (zh, en) texts of the question, model answer and marking notes."""

    lesson: str
    points: int
    question: tuple
    answer: tuple
    marking: tuple


def _q(lesson, points, question, answer, marking):
    return ExamQuestion(lesson, points, question, answer, marking)


EXAM_BANK = (
    # ---- 01 key accounts (C1-C2)
    _q(
        "01",
        6,
        (
            "教材给出识别大客户的两种方法。请分别说明，并举一个只有其中一种方法能识别出来的客户。",
            "The chapter gives two ways to identify key accounts. Explain both, and give an example of a customer "
            "that only one of them would find.",
        ),
        (
            "主观感知：按对本企业的重要性判断，看当前销售、发展趋势和潜力（占用精力、不能失去的客户，以及潜在大客户）。"
            "客观判断：用统计模型，按二八法则和客户金字塔（约 1%、4%、15%、80%）。例：今天销售额小、增长很快、战略上重要的客户，只有主观感知能识别。",
            "Subjective perception: importance to our firm, judged from current sales, trend and potential (accounts "
            "we cannot afford to lose, and potential key accounts). Objective judgement: a statistical model, the "
            "80/20 rule and the customer pyramid (about 1%, 4%, 15%, 80%). Example: a small but fast-growing, "
            "strategically important customer is found only by subjective perception.",
        ),
        (
            "每种方法 2 分（说出依据），例子 2 分（例子必须说明为什么另一种方法会漏掉）。常见错误：把两种方法说成对立，只选其一。",
            "2 points per method (its basis), 2 for the example (it must say why the other method misses it). "
            "Common mistake: presenting the methods as rivals and choosing one.",
        ),
    ),
    _q(
        "01",
        4,
        (
            "一家企业有 500 个客户，销售额最大的 100 个客户合计 6,000 万元，全部客户合计 8,000 万元。计算前 20% 客户的销售占比，并与教材的二八法则比较。",
            "A firm has 500 customers; the largest 100 buy 60 million yuan together, all customers 80 million. "
            "Compute the top 20%'s share of sales and compare it with the chapter's 80/20 rule.",
        ),
        (
            "100 / 500 = 20% 的客户，占 6,000 / 8,000 = 75% 的销售额，略低于二八法则的 80%：集中程度接近教材的经验，但不是定律。",
            "100 / 500 = 20% of customers bring 60 / 80 = 75% of sales, a little below the rule's 80%: close to "
            "the chapter's rule of thumb, which is not a law.",
        ),
        (
            "计算 2 分，比较 2 分。把 75% 说成“不符合二八法则所以方法失效”扣 1 分。",
            '2 for the computation, 2 for the comparison. Deduct 1 for concluding the rule "fails" because it is 75%.',
        ),
    ),
    _q(
        "01",
        5,
        (
            "“占用你大量销售时间的客户就是大客户。”评价这句话。",
            '"A customer that takes much of your selling time is a key account." Assess this statement.',
        ),
        (
            "不一定。教材把占用时间精力作为主观感知的线索之一，但占用精力也可能来自服务成本高或管理混乱；需要同时看价值（销售、利润、潜力）和服务成本。",
            "Not necessarily. The chapter treats time and energy as one clue of subjective perception, but effort may "
            "also come from high cost to serve or poor management; value (sales, profit, potential) and cost to "
            "serve must be weighed together.",
        ),
        (
            "指出它是线索之一 2 分；指出另一种原因（服务成本、管理问题）2 分；给出更好的判断标准 1 分。",
            "2 for calling it one clue; 2 for another cause (cost to serve, poor management); 1 for a better criterion.",
        ),
    ),
    # ---- 02 why KAM (I1-I4)
    _q(
        "02",
        6,
        (
            "毛利率 25% 的产品，给大客户 5% 的折扣，销量至少要增加多少才能保持毛利不变？写出计算过程。",
            "A product has a 25% gross margin. A key account gets a 5% discount. By how much must volume rise, at "
            "least, to keep gross profit unchanged? Show the computation.",
        ),
        (
            "保本条件：0.25 = 0.20 × (1 + x)，所以 x = 0.25 / 0.20 − 1 = 25%。",
            "0.25 = 0.20 × (1 + x), so x = 0.25 / 0.20 − 1 = 25%.",
        ),
        (
            "列式 3 分，结果 3 分。常见错误：x = 5%（以为降几个点就多卖几个点），或 x = 5 / 25 = 20%（除错了分母）。",
            "3 for the equation, 3 for the result. Common mistakes: 5% (a point of discount for a point of volume), "
            "or 5 / 25 = 20% (the wrong denominator).",
        ),
    ),
    _q(
        "02",
        5,
        (
            "解释“客户占有是市场占有的前提”。一家企业市场份额高，但在每个客户处的份额都很低，它面临什么风险？",
            'Explain "customer share is the precondition of market share". What risk does a firm run whose market '
            "share is high but whose share of each customer is low?",
        ),
        (
            "市场份额宏观、抽象；客户占有微观、具体，要靠一对一锁定和个性化营销。在每个客户处份额都低，说明它只是“备胎”，对手很容易逐个客户抢走份额，市场份额并不稳固。",
            "Market share is macro and abstract; customer share is micro and concrete, won by one-to-one lock-in and "
            "personalised marketing. A low share of every customer makes the firm everyone's second choice: rivals "
            "can take its share customer by customer, so its market share is not secure.",
        ),
        (
            "两种份额的区别 2 分，“前提”的含义 1 分，风险 2 分。",
            '2 for the difference, 1 for what "precondition" means, 2 for the risk.',
        ),
    ),
    _q(
        "02",
        4,
        (
            "为什么最大的客户不一定最赚钱？给出教材的两个原因。",
            "Why are the largest customers not always the most profitable? Give the chapter's two reasons.",
        ),
        (
            "争取和服务大客户的成本高；在低毛利行业，批量折扣会压低毛利，有时甚至亏损。",
            "Winning and serving them is costly; in low-margin industries volume discounts cut margins, sometimes "
            "into loss.",
        ),
        ("每个原因 2 分。", "2 points per reason."),
    ),
    # ---- 03 misconceptions (M1-M5)
    _q(
        "03",
        5,
        (
            "误区一" + quote("m1", "zh") + "：用教材的观点和第 03 课的模型说明这个误区。",
            "Misconception 1, " + quote("m1", "en") + ": explain it with the chapter and lesson 03's model.",
        ),
        (
            "超过某一点，投入越多回报越少，甚至不如少投入（过犹不及）；支持要“合理”，把握好度。模型里利润随让步先升后降，最佳让步很小。",
            "Beyond a point more giving returns less, even less than giving less (too much is as bad as too little); "
            "support must be reasonable. In the model profit first rises then falls with the concession, and the best "
            "concession is small.",
        ),
        (
            "教材观点 2 分，模型的形状 2 分，结论（适度）1 分。",
            "2 for the chapter's point, 2 for the model's shape, 1 for the conclusion (moderation).",
        ),
    ),
    _q(
        "03",
        5,
        (
            "一家企业有 4 家同样大的大客户，各占收入的 25%，每家明年离开的概率为 10%，互相独立。收入下跌 25% 及以上的概率是多少？保留中小客户为什么能降低这个风险？",
            "A firm has 4 equal key accounts, each 25% of revenue, each leaving next year with probability 10%, "
            "independently. What is the chance revenue falls by 25% or more? Why does keeping the SMEs lower that "
            "risk?",
        ),
        (
            "只要有一家离开就下跌 25%：1 − 0.9⁴ = 1 − 0.6561 = 0.3439。保留中小客户时每家大客户占比更小，一家离开跌不到 25%，需要两家以上同时离开，概率低得多（误区四）。",
            "One departure is enough: 1 − 0.9⁴ = 1 − 0.6561 = 0.3439. With the SMEs kept each key account is a "
            "smaller share, one departure no longer cuts 25%, and it takes two or more together, far less likely "
            "(misconception 4).",
        ),
        (
            "计算 3 分（写成 0.1 × 4 = 0.4 只得 1 分），解释 2 分。",
            "3 for the computation (0.1 × 4 = 0.4 earns 1), 2 for the explanation.",
        ),
    ),
    _q(
        "03",
        4,
        (
            "误区三是" + quote("m3", "zh") + "。它的两个表现是什么？专职管理为什么要“算得过账”？",
            "Misconception 3 is " + quote("m3", "en") + ". What are its two signs? Why must a dedicated unit pay for "
            "itself?",
        ),
        (
            "没有专门的部门或专人负责；营销人员用对付中小客户的方式应付大客户。专职管理有成本，只有它带来的关系发展和保留价值超过成本时才值得。",
            "No dedicated unit or person; salespeople treat key accounts the way they handle small ones. A dedicated "
            "unit costs money and is worth it only where the relationship development and retention it brings exceed "
            "the cost.",
        ),
        ("两个表现各 1 分，成本与价值的比较 2 分。", "1 per sign, 2 for weighing cost against value."),
    ),
    # ---- 04 runaway horse (K1)
    _q(
        "04",
        6,
        (
            "A公司 与一家大客户只有三条联系，一年内各自断掉的概率为 0.5、0.4、0.2，互相独立。一年内失去这家客户（三条都断）的概率是多少？如果三条联系都由同一个人维持，他离职时会怎样？",
            "A has three links to a key account, lost within a year with probabilities 0.5, 0.4 and 0.2, "
            "independently. What is the chance of losing the account (all three lost)? What if one person holds all "
            "three links and leaves?",
        ),
        (
            "0.5 × 0.4 × 0.2 = 0.04。如果三条联系都在同一个人身上，它们不再独立：他一离职，三条同时断掉，失去客户的概率接近 1，这正是陆经理的情况。",
            "0.5 × 0.4 × 0.2 = 0.04. If one person holds all three, they are not independent: when he leaves all "
            "three go at once and the account is almost surely lost, as with Lu.",
        ),
        (
            "计算 3 分（常见错误：相加得 1.1，或算成“至少一条断”的 0.76），独立性 3 分。",
            '3 for the computation (common mistakes: adding to 1.1, or "at least one lost", 0.76), 3 for independence.',
        ),
    ),
    _q(
        "04",
        5,
        (
            "教材认为案例一的原因是什么？为什么不能简单归结为陆经理个人的问题？",
            "What does the chapter give as the cause of case K1? Why is it not simply Lu's personal failing?",
        ),
        (
            "陆经理与公司沟通不畅，更重要的是A公司没有大客户管理的战略、方法和流程：放手让一个人掌握全部信息和关系。个人离职是常态，制度缺失才让它变成失去客户。",
            "Poor communication between Lu and A, and above all A's lack of a KAM strategy, method and process: it let "
            "one person hold all the information and relationships. People leave; the missing system turned a "
            "departure into a lost account.",
        ),
        ("教材的原因 3 分，制度与个人的区分 2 分。", "3 for the chapter's cause, 2 for system versus person."),
    ),
    _q(
        "04",
        4,
        (
            "比较蝴蝶结型和钻石型关系，各说一个优点和一个代价。",
            "Compare the bow-tie and the diamond: one advantage and one cost of each.",
        ),
        (
            "蝴蝶结型：沟通简单、责任清楚；代价是单点依赖，人走关系断。钻石型：多层次联系，风险分散，知识留在公司；代价是协调成本和对方高层的时间，需要统一口径。",
            "Bow-tie: simple communication, clear responsibility; cost: a single point of failure. Diamond: links at "
            "several levels, spread risk, knowledge kept in the company; cost: coordination and the other side's "
            "executives' time, one message needed.",
        ),
        ("每项 1 分。", "1 point each."),
    ),
    # ---- 05 complaint relay (K2)
    _q(
        "05",
        5,
        (
            "教材说"
            + quote("k2_surface", "zh")
            + "，又说"
            + quote("k2_not_managed", "zh")
            + "。为什么小张的做法说明销售没有被管理？",
            "The chapter says " + quote("k2_surface", "en") + ", and " + quote("k2_not_managed", "en") + ". Why does "
            "Xiao Zhang's response show that sales is not managed?",
        ),
        (
            "他靠个人救火，客户和客服部门得到的是不完全或错误的信息，销售员处于被动；问题没有进入流程，下次还会发生，其他工作也被耽误。",
            "He fought the fire personally; customer and customer service had incomplete or wrong information and "
            "the salesperson was passive; nothing entered a process, so it will recur, and other work was delayed.",
        ),
        ("信息与被动 3 分，流程与代价 2 分。", "3 for information and passivity, 2 for process and cost."),
    ),
    _q(
        "05",
        5,
        (
            "某类投诉第一次联系就解决的比例是 40%，没有解决的要再联系一次，依此类推。平均每个投诉要联系几次？",
            "40% of complaints of a kind are resolved at the first contact; the rest need another contact, and so on. "
            "How many contacts does a complaint take on average?",
        ),
        (
            "每次联系解决的概率 f = 0.4，联系次数服从几何分布，平均 1 / f = 2.5 次。",
            "Each contact resolves it with probability f = 0.4; the number of contacts is geometric, with mean "
            "1 / f = 2.5.",
        ),
        (
            "结果 3 分，方法 2 分。常见错误：1 / (1 − f) = 1.67。",
            "3 for the result, 2 for the method. Common mistake: 1 / (1 − f) = 1.67.",
        ),
    ),
    _q(
        "05",
        4,
        (
            "为避免“抱怨传递”，提出三项流程改进，并说明各自解决的问题。",
            "Propose three process changes that stop the complaint relay, and say what each fixes.",
        ),
        (
            "共享订单跟踪（信息完整）；指定投诉负责人和升级路径（不再部门间推来推去）；服务时限并主动通知客户（变被动为主动）。",
            "Shared order tracking (complete information); a named owner and an escalation path (no passing between "
            "departments); service levels and telling the customer first (proactive instead of passive).",
        ),
        (
            "每项改进和它的作用合计 1 分，理由充分再加 1 分。",
            "1 per change with its purpose; 1 more for sound reasons.",
        ),
    ),
    # ---- 06 Gome and Gree (K3)
    _q(
        "06",
        6,
        (
            "序贯博弈：国美先选择维持价格 (0, 0) 或降价；降价后格力选择继续供货 (20, −40) 或撤出 (−30, −25)（括号里先国美、后格力）。用倒推法求解，并说明为什么完全信息下不会有冲突。",
            "A sequential game: Gome first keeps the price (0, 0) or cuts; after a cut Gree keeps supplying (20, −40) "
            "or withdraws (−30, −25) (Gome first, then Gree). Solve by backward induction and say why there is no "
            "conflict under complete information.",
        ),
        (
            "格力：−25 > −40，降价后撤出。国美预见到这一点：−30 < 0，维持价格。结果 (0, 0)。完全信息下国美知道降价会招致撤出，所以不降价。",
            "Gree: −25 > −40, so it withdraws after a cut. Gome foresees it: −30 < 0, so it keeps the price. Outcome "
            "(0, 0). Knowing a cut brings withdrawal, Gome does not cut.",
        ),
        (
            "格力的回应 2 分，国美的选择 2 分，解释 2 分。常见错误：当成同时行动求纳什均衡。",
            "2 for Gree's answer, 2 for Gome's move, 2 for the explanation. Common mistake: solving it as a "
            "simultaneous game.",
        ),
    ),
    _q(
        "06",
        6,
        (
            "接上题。国美不确定格力会不会撤出，认为撤出的概率是 p。p 小于多少时国美会降价？如果格力实际会撤出，这说明什么？大客户管理部能起什么作用？",
            "Continuing: Gome is unsure whether Gree would withdraw and puts the chance at p. Below which p does Gome "
            "cut? If Gree would in fact withdraw, what does that show? What can a KAM department do?",
        ),
        (
            "降价的期望 (1 − p) × 20 + p × (−30) > 0，即 p < 20 / 50 = 0.4。格力实际会撤出时，降价之后撤出的双输来自误判。大客户管理部通过沟通让国美事先知道格力的回应，消除误判；它补上的是信息，不是让步。",
            "Cutting is worth (1 − p) × 20 + p × (−30) > 0, i.e. p < 20 / 50 = 0.4. If Gree would withdraw, the "
            "lose-lose of a cut followed by withdrawal comes from a misjudgement. A KAM department lets Gome know Gree's "
            "answer in advance and removes it: it adds information, not concessions.",
        ),
        (
            "门槛 3 分，误判 1 分，大客户管理部 2 分。给国美编造动机（教材没有说）不给分。",
            "3 for the threshold, 1 for the misjudgement, 2 for KAM. No credit for motives the chapter does not give.",
        ),
    ),
    _q(
        "06",
        4,
        (
            "教材怎样评价格力撤出？“市场需要博弈，但不需要无意义的赌气”在本案例里是什么意思？",
            'How does the chapter judge Gree\'s withdrawal? What does "markets need bargaining, not pointless sulking" '
            "mean here?",
        ),
        (
            "格力维护价格体系本身没有问题，但失去最大的家电连锁是格力的遗憾，结局双输；如果事先建立大客户经理制度、深层次沟通，事件也许不会发生。博弈是有原则的讨价还价，赌气是不留余地的对抗。",
            "Gree was right to defend its price system, but losing the largest chain was its loss too, and the end was "
            "lose-lose; with a key-account manager system and deep communication it might not have happened. "
            "Bargaining keeps principles and a way back; sulking leaves none.",
        ),
        ("评价 2 分，含义 2 分。", "2 for the judgement, 2 for the meaning."),
    ),
    # ---- 07 KAM in practice (P1-P5)
    _q(
        "07",
        5,
        (
            "教材指出我国企业大客户管理的五个问题。任选三个，各提出一项改进。",
            "The chapter names five problems of KAM in Chinese firms. Pick three and propose one improvement for each.",
        ),
        (
            "例如：战略意识不足（管理层定愿景和目标，与业务计划衔接）；组织和流程没有变（跨职能大客户小组）；大客户经理角色模糊（工程师 + 销售员 + 领导者的能力要求与培养）；信息系统和计划不足（大客户计划进入 CRM）；准备不足、能力不够（分步实施、试点）。",
            "E.g. no strategic view (management sets vision and goals, linked to business plans); organisation and "
            "processes unchanged (cross-functional account teams); a vague key-account manager role (engineer + "
            "salesperson + leader, with development); weak information and planning (account plans in a CRM); not "
            "ready (step by step, pilots).",
        ),
        (
            "每个问题与改进各 1 分，最多 5 分（至少三项）。",
            "1 per problem-improvement pair, at most 5 (at least three).",
        ),
    ),
    _q(
        "07",
        5,
        (
            "成熟度问卷某一领域有四个问题，回答为 3、2、4、3（1～5 分）。换算成 0～100 的得分，并说明这一领域处在什么水平。",
            "One area of the maturity questionnaire has four statements, answered 3, 2, 4, 3 (1-5). Convert to a "
            "0-100 score and say what level the area is at.",
        ),
        (
            "平均 3，得分 (3 − 1) / 4 × 100 = 50：处在中间，已有基础但还不系统。",
            "Mean 3, score (3 − 1) / 4 × 100 = 50: midway, a base exists but is not yet systematic.",
        ),
        (
            "计算 3 分（常见错误：3 / 5 × 100 = 60，或忘记减 1 得 75），解释 2 分。",
            "3 for the computation (common mistakes: 3 / 5 × 100 = 60, or 75 without subtracting 1), 2 for the reading.",
        ),
    ),
    _q(
        "07",
        5,
        (
            "综合练习里，按组合策略分配预算在模拟中亏钱。这是否说明大客户组合矩阵没有用？",
            "In the capstone, spending by portfolio stance loses money in the simulation. Does that make the "
            "key-account portfolio matrix useless?",
        ),
        (
            "不是。矩阵用来分类并决定对待方式（投资、选择性投资、维持、降低成本）；是否投钱、投多少，还要看每个客户的增量收益和成本。模拟的结论也依赖效果参数的假设。",
            "No. The matrix classifies accounts and sets how to treat them (invest, invest selectively, maintain, "
            "streamline); whether and how much to spend depends on each account's added return and cost. The "
            "simulation's result also rests on assumed effects.",
        ),
        (
            "分类与投资决策的区分 3 分，假设的作用 2 分。回答“矩阵没用”最多 1 分。",
            "3 for separating classification from the investment decision, 2 for the assumptions. At most 1 for "
            '"the matrix is useless".',
        ),
    ),
)

_HEAD = {
    "title": ("# 大客户管理实验室：试题库（仅供教师）", "# kamlab exam bank (instructors only)"),
    "note": (
        "由 `kamlab course exam` 生成。每课三道题，附参考答案和评分说明；题目中的数字与课件的例题不同。请勿发给学生。",
        "Written by `kamlab course exam`. Three questions per lesson, with model answers and marking notes; the "
        "numbers differ from the lessons' worked examples. Do not hand out to students.",
    ),
    "lesson": ("## 第 {lesson} 课", "## Lesson {lesson}"),
    "question": ("### {n}.（{points} 分）", "### {n}. ({points} points)"),
    "answer": ("**参考答案。** ", "**Model answer.** "),
    "marking": ("**评分说明。** ", "**Marking notes.** "),
}


def exam_document(*, lang: str | None = None) -> str:
    """The exam bank as one Markdown document, in one language.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language; default kamlab's current language.

    Returns
    -------
    str
        Markdown: a title, an instructors-only note, then per lesson its questions with
        points, model answers and marking notes.

    Raises
    ------
    KamlabValueError
        For a ``lang`` other than "zh" or "en".

    Examples
    --------
    >>> doc = exam_document(lang="en")
    >>> doc.splitlines()[0], doc.count("**Model answer.**")
    ('# kamlab exam bank (instructors only)', 21)
    """
    lang = resolve_lang(lang, "exam_document")
    i = 0 if lang == "zh" else 1
    out = [_HEAD["title"][i], "", _HEAD["note"][i], ""]
    for lesson in sorted({q.lesson for q in EXAM_BANK}):
        out += [_HEAD["lesson"][i].format(lesson=lesson), ""]
        for n, q in enumerate((q for q in EXAM_BANK if q.lesson == lesson), 1):
            out += [
                _HEAD["question"][i].format(n=n, points=q.points),
                "",
                q.question[i],
                "",
                _HEAD["answer"][i] + q.answer[i],
                "",
                _HEAD["marking"][i] + q.marking[i],
                "",
            ]
    return "\n".join(out).rstrip("\n") + "\n"


def write_exam(out, *, lang: str | None = None, force: bool = False) -> Path:
    """Write the exam bank to ``out`` (Markdown), whole or not at all.

    Parameters
    ----------
    out : str or os.PathLike
        The file to write; its folder must exist.
    lang : {"zh", "en"}, optional
        Language; default kamlab's current language.
    force : bool, default False
        Replace an existing file. Without it an existing file is never touched.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    KamlabValueError
        If ``out`` exists and ``force`` is False, its folder does not exist, or ``lang`` is unknown.
    """
    func = "write_exam"
    path = Path(out)
    if path.exists() and not force:
        raise KamlabValueError(
            f"{func}: the file '{path}' exists; kamlab does not overwrite it. Choose another name or pass --force."
        )
    if not path.parent.is_dir():
        raise KamlabValueError(f"{func}: the folder '{path.parent}' of '{path}' does not exist; create it first.")
    text = exam_document(lang=lang)
    fd, tmp = tempfile.mkstemp(prefix=".kamlab-exam-", suffix=".md", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
