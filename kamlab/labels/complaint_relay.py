"""Labels of lesson 05 (case K2, complaint relay): plots and explorers; and its exercises (:mod:`kamlab.exercises.complaint_relay`).

The exercises: ``LABELS`` joins the shared catalog (:mod:`kamlab.i18n`); ``SEALED`` holds the texts of
judge exercise 05.5 that would give its answer away, sealed as in
:mod:`kamlab.labels.exercises` (zlib + base64; not encryption).
"""

from .chapter import quote

_LESSON = {
    "complaint_relay.way.heroic": ("英雄式销售员", "Heroic salesperson"),
    "complaint_relay.way.kam": ("大客户管理流程", "KAM process"),
    "complaint_relay.way.custom": ("你的设置", "Your setting"),
    "complaint_relay.measure.complaints": ("投诉数", "Complaints"),
    "complaint_relay.measure.days_to_resolve": ("平均解决天数", "Days to resolve (mean)"),
    "complaint_relay.measure.contacts_per_complaint": ("每次投诉的联系次数", "Contacts per complaint"),
    "complaint_relay.measure.promises_broken": ("失信的承诺", "Promises broken"),
    "complaint_relay.measure.sales_hours": ("销售员被占用的小时", "Salesperson hours pulled"),
    "complaint_relay.measure.other_customers_delayed": ("被耽误的其他客户订单", "Other customers' orders delayed"),
    "complaint_relay.measure.repeat_complaints": ("重复投诉", "Repeat complaints"),
    "complaint_relay.measures_axis": (
        "相对于两者中较大者（%）；数字为实际值",
        "Relative to the larger of the two (%); numbers are the values",
    ),
    "complaint_relay.measures_title": ("一个季度（{orders} 张订单）", "One quarter ({orders} orders)"),
    "complaint_relay.actor.xiao_li": ("小李（B公司）", "Xiao Li (B)"),
    "complaint_relay.actor.xiao_zhang": ("小张（销售）", "Xiao Zhang (sales)"),
    "complaint_relay.actor.owner": ("客户负责人", "Named owner"),
    "complaint_relay.actor.crm": ("CRM订单跟踪", "CRM order tracking"),
    "complaint_relay.action.call_angry": (
        "来电怒问：两周前订的备件什么时候到？",
        "Calls, angry: when will the parts ordered two weeks ago arrive?",
    ),
    "complaint_relay.action.drop_everything": ("放下手中的一切业务", "Drops everything"),
    "complaint_relay.action.berate_warehouse": ("跑到仓库，怒斥", "Runs to the warehouse, berates it"),
    "complaint_relay.action.berate_production": ("跑到生产部，怒斥", "Runs to production, berates it"),
    "complaint_relay.action.berate_service": ("跑到客服部，怒斥", "Runs to customer service, berates it"),
    "complaint_relay.action.promise_afternoon": ("保证今天下午亲自送到", "Promises to deliver this afternoon himself"),
    "complaint_relay.action.drive_parts": (
        "亲自送货：承诺建立在猜测上",
        "Drives the parts over: the promise rests on a guess",
    ),
    "complaint_relay.action.proactive_notice": (
        "系统发现延误，提前通知小李",
        "Tracking flags the delay; Xiao Li is told first",
    ),
    "complaint_relay.action.call_owner": ("打给指定的客户负责人", "Calls the named owner"),
    "complaint_relay.action.check_crm": ("在CRM中查到订单状态", "Reads the order status in the CRM"),
    "complaint_relay.action.escalate_path": (
        "按升级路径在服务时限内处理",
        "Escalates along the path, within the service level",
    ),
    "complaint_relay.action.realistic_date": ("给出能兑现的交货日期", "Gives a date A can keep"),
    "complaint_relay.action.inform_sales": ("告知小张，他继续做销售", "Tells Xiao Zhang, who keeps selling"),
    "complaint_relay.action.root_cause": ("记录根本原因，防止再发生", "Logs the root cause so it does not recur"),
    "complaint_relay.replay_axis": ("从来电起经过的小时", "Hours since the call"),
    "complaint_relay.replay_title": (
        "重演来电：{way}（销售员用时 {sales:g} 小时）",
        "The call replayed: {way} (salesperson's time {sales:g} h)",
    ),
    "complaint_relay.promise_broken": ("承诺落空", "promise broken"),
    "complaint_relay.promise_kept": ("承诺兑现", "promise kept"),
    "complaint_relay.ctrl.information": ("信息完整度", "Information completeness"),
    "complaint_relay.ctrl.maturity": ("流程成熟度", "Process maturity"),
    "complaint_relay.ctrl.seed": ("随机种子", "Seed"),
    "complaint_relay.ctrl.way": ("工作方式", "Way of working"),
    "complaint_relay.ctrl.step": ("步骤", "Step"),
    "complaint_relay.caption": (
        "这个季度：投诉 {n} 次；首次联系解决率 <b>{fcr}</b>，每次投诉平均联系 <b>{contacts}</b> 次，"
        "平均 {days} 天解决；承诺落空 {broken} 次；销售员被占用 <b>{hours} 小时</b>；"
        "被耽误的其他客户订单 {others} 张；重复投诉 {repeat} 次。",
        "This quarter: {n} complaints; first-contact resolution <b>{fcr}</b>, <b>{contacts}</b> contacts per "
        "complaint, {days} days to resolve; {broken} promises broken; <b>{hours} salesperson hours</b> pulled from "
        "selling; {others} other customers' orders delayed; {repeat} repeat complaints.",
    ),
    "complaint_relay.replay_caption": (
        "第 {step} 步（第 {clock:g} 小时）：{actor}：{action}",
        "Step {step} (hour {clock:g}): {actor}: {action}",
    ),
}

_EXERCISES = {
    "ex.05.1.title": ("首次联系解决率与联系次数", "First-contact resolution and contacts"),
    "ex.05.1.prompt": (
        "A公司处理大客户投诉时，每次联系都有 {f} 的概率把问题解决（首次联系解决率为 {f}），各次联系互相独立。平均每次投诉需要联系几次？\n\n答案格式：小数，例如 2.5；允许相对误差 {tol}。",
        "When A handles a key account's complaint, each contact solves the problem with probability {f} (first-contact resolution {f}), independently. How many contacts does a complaint need on average?\n\nAnswer format: a decimal number, e.g. 2.5; relative tolerance {tol}.",
    ),
    "ex.05.1.hint1": (
        "联系一次就解决的概率是 {f}；没解决就要再联系一次。",
        "A contact solves it with probability {f}; if not, there is another contact.",
    ),
    "ex.05.1.hint2": (
        "直到第一次成功所需的次数服从几何分布，它的期望是 1 ÷ 成功概率。",
        "The number of tries until the first success is geometric; its mean is 1 ÷ the success probability.",
    ),
    "ex.05.1.hint3": ("联系次数 = 1 ÷ {f}。", "Contacts = 1 ÷ {f}."),
    "ex.05.1.fb.right": (
        "首次联系解决率越低，客户要打的电话越多，投诉就在部门之间传得越远。",
        "The lower the first-contact resolution, the more calls the customer makes, and the further the complaint is relayed.",
    ),
    "ex.05.1.fb.wrong": (
        "还不对：{answer} 不在允许误差内。每次联系以 {f} 的概率解决问题，平均要联系几次？",
        "Not yet: {answer} is not within the tolerance. Each contact solves the problem with probability {f}: how many contacts on average?",
    ),
    "ex.05.1.fb.rate": (
        "还不对：{answer} 是首次联系解决率本身，题目问的是平均联系次数，它至少是 1。",
        "Not yet: {answer} is the first-contact resolution itself; the question asks for the mean number of contacts, which is at least 1.",
    ),
    "ex.05.1.fb.failure": (
        "还不对：你用了 1 ÷ (1 − f)，这是以“没解决”的概率为分母。应该除以解决的概率 f。",
        "Not yet: you used 1 ÷ (1 − f), dividing by the chance of failing. Divide by the chance of solving, f.",
    ),
    "ex.05.1.fb.extra": (
        "还不对：(1 − f) ÷ f 只数了第一次以后“额外”的联系次数，还要加上第一次。",
        "Not yet: (1 − f) ÷ f counts only the extra contacts after the first; add the first one.",
    ),
    "ex.05.1.solution": (
        "每次联系以 f = {f} 的概率解决问题，联系次数服从几何分布，期望 = 1 ÷ f = 1 ÷ {f} = {x}。"
        "（本课的英雄式做法 f = 0.24，要联系 1 ÷ 0.24 次：complaint_rates(HEROIC).contacts_per_complaint。）\n\n```python\n1 / {f}\n```",
        "Each contact solves the problem with probability f = {f}; the number of contacts is geometric, with mean 1 ÷ f = 1 ÷ {f} = {x}. "
        "(The lesson's heroic way has f = 0.24 and needs 1 ÷ 0.24 contacts: complaint_rates(HEROIC).contacts_per_complaint.)\n\n```python\n1 / {f}\n```",
    ),
    "ex.05.2.title": ("一个季度的投诉数", "Complaints in a quarter"),
    "ex.05.2.prompt": (
        "A公司的大客户一个季度下 {orders} 张订单，其中 {late} 的订单延迟交货；每张延迟的订单有 {p} 的概率引来一次投诉。这个季度预期有多少次投诉？\n\n答案格式：数字，例如 50；允许误差 ±{tol}。",
        "A's key accounts place {orders} orders in a quarter; a share {late} of orders is late, and each late order leads to a complaint with probability {p}. How many complaints are expected this quarter?\n\nAnswer format: a number, e.g. 50; tolerance ±{tol}.",
    ),
    "ex.05.2.hint1": (
        "投诉只来自延迟的订单。先算延迟的订单有多少张。",
        "Complaints come only from late orders. First count the late orders.",
    ),
    "ex.05.2.hint2": (
        "延迟订单 = {orders} × {late}；其中一部分变成投诉。",
        "Late orders = {orders} × {late}; a share of them become complaints.",
    ),
    "ex.05.2.hint3": ("投诉 = {orders} × {late} × {p}。", "Complaints = {orders} × {late} × {p}."),
    "ex.05.2.fb.right": (
        "延迟交货的比例是一样的，投诉多少取决于延迟以后A公司怎么做：主动告知客户，投诉就少。",
        "The share of late orders is given; how many complaints follow depends on what A does next: tell the customer first, and fewer complain.",
    ),
    "ex.05.2.fb.wrong": (
        "还不对：{answer} 不在允许误差内。投诉来自延迟的订单，又只有一部分延迟订单会引来投诉。",
        "Not yet: {answer} is not within the tolerance. Complaints come from late orders, and only some late orders lead to one.",
    ),
    "ex.05.2.fb.late_only": (
        "还不对：{answer} 是延迟订单的数量，并不是每张延迟订单都会引来投诉，还要乘以 {p}。",
        "Not yet: {answer} is the number of late orders; not every late order leads to a complaint: multiply by {p}.",
    ),
    "ex.05.2.fb.no_late": (
        "还不对：你没有考虑延迟的比例。按时交货的订单不会引来这类投诉，还要乘以 {late}。",
        "Not yet: you left out the share of late orders. On-time orders bring no such complaint: multiply by {late}.",
    ),
    "ex.05.2.fb.complement": (
        "还不对：你用了 1 − {p}，那是延迟订单没有引来投诉的概率。",
        "Not yet: you used 1 − {p}, the chance that a late order brings no complaint.",
    ),
    "ex.05.2.solution": (
        "投诉 = 订单 × 延迟比例 × 延迟变成投诉的概率 = {orders} × {late} × {p} = {x}。"
        "（本课的季度用的是 600 张订单、0.14 延迟、英雄式的 0.9：expected_quarter(HEROIC)。）\n\n```python\n{orders} * {late} * {p}\n```",
        "Complaints = orders × late share × chance a late order brings a complaint = {orders} × {late} × {p} = {x}. "
        "(The lesson's quarter has 600 orders, 0.14 late and the heroic way's 0.9: expected_quarter(HEROIC).)\n\n```python\n{orders} * {late} * {p}\n```",
    ),
    "ex.05.3.title": ("销售员被占用的小时", "Salesperson hours pulled from selling"),
    "ex.05.3.prompt": (
        "一个季度里有 {n} 次投诉，首次联系解决率是 {f}，每次联系占用销售员 {h} 小时。这个季度销售员预期被占用多少小时？\n\n答案格式：数字，例如 300；允许相对误差 {tol}。",
        "A quarter has {n} complaints; first-contact resolution is {f}, and each contact takes {h} hours of the salesperson's time. How many salesperson hours are expected to be pulled from selling this quarter?\n\nAnswer format: a number, e.g. 300; relative tolerance {tol}.",
    ),
    "ex.05.3.hint1": ("先算每次投诉平均要联系几次。", "First work out the mean number of contacts per complaint."),
    "ex.05.3.hint2": (
        "每次投诉的联系次数 = 1 ÷ {f}；每次联系 {h} 小时。",
        "Contacts per complaint = 1 ÷ {f}; each takes {h} hours.",
    ),
    "ex.05.3.hint3": ("小时 = {n} × (1 ÷ {f}) × {h}。", "Hours = {n} × (1 ÷ {f}) × {h}."),
    "ex.05.3.fb.right": (
        "这些小时本来可以用在销售上。有了指定的客户负责人，投诉由负责人处理，销售员只需要知道发生了什么。",
        "Those hours could have gone into selling. With a named owner, the owner works the complaint and the salesperson only needs to know what happened.",
    ),
    "ex.05.3.fb.wrong": (
        "还不对：{answer} 不在允许误差内。小时 = 投诉数 × 每次投诉的联系次数 × 每次联系的小时。",
        "Not yet: {answer} is not within the tolerance. Hours = complaints × contacts per complaint × hours per contact.",
    ),
    "ex.05.3.fb.one_contact": (
        "还不对：你假设每次投诉只联系一次。首次联系解决率是 {f}，平均要联系 1 ÷ {f} 次。",
        "Not yet: you assumed one contact per complaint. With first-contact resolution {f}, a complaint takes 1 ÷ {f} contacts on average.",
    ),
    "ex.05.3.fb.times_f": (
        "还不对：你乘了 {f}，应该除以它：解决率越低，联系次数越多。",
        "Not yet: you multiplied by {f}; divide by it: the lower the resolution rate, the more contacts.",
    ),
    "ex.05.3.fb.per_complaint": (
        "还不对：{answer} 是每次投诉占用的小时，还要乘以投诉数 {n}。",
        "Not yet: {answer} is the hours per complaint; multiply by the {n} complaints.",
    ),
    "ex.05.3.solution": (
        "每次投诉平均联系 1 ÷ {f} = {c} 次，占用 {c} × {h} = {per} 小时；\n一个季度 {n} 次投诉，共 {n} × {per} = {x} 小时。",
        "Each complaint needs 1 ÷ {f} = {c} contacts on average, taking {c} × {h} = {per} hours;\n{n} complaints in the quarter take {n} × {per} = {x} hours.",
    ),
    "ex.05.4.title": ("失信的承诺", "Broken promises"),
    "ex.05.4.prompt": (
        "模型假设：销售员在信息完整度为 i 时作出的交货承诺，落空的概率是 0.7 × (1 − i)。一个季度有 {n} 次投诉，每次都作出一个承诺，信息完整度 i = {i}。预期有多少个承诺落空？\n\n答案格式：数字，例如 20；允许误差 ±{tol}。",
        "The model assumes that a delivery promise made at information completeness i is broken with probability 0.7 × (1 − i). A quarter has {n} complaints, each with one promise, at information completeness i = {i}. How many promises are expected to be broken?\n\nAnswer format: a number, e.g. 20; tolerance ±{tol}.",
    ),
    "ex.05.4.hint1": ("先算一个承诺落空的概率。", "First work out the chance that one promise is broken."),
    "ex.05.4.hint2": ("落空的概率 = 0.7 × (1 − {i})。", "Chance of breaking = 0.7 × (1 − {i})."),
    "ex.05.4.hint3": ("预期落空的承诺 = {n} × 0.7 × (1 − {i})。", "Expected broken promises = {n} × 0.7 × (1 − {i})."),
    "ex.05.4.fb.right": (
        "小张“今天下午送到”的承诺就是这样作出的：他并不知道备件在哪里。承诺的可靠程度取决于承诺背后的信息。",
        "That is how Xiao Zhang promised “this afternoon”: without knowing where the parts were. A promise is only as good as the information behind it.",
    ),
    "ex.05.4.fb.wrong": (
        "还不对：{answer} 不在允许误差内。预期数 = 投诉数 × 一个承诺落空的概率。",
        "Not yet: {answer} is not within the tolerance. Expected number = complaints × chance that one promise is broken.",
    ),
    "ex.05.4.fb.used_i": (
        "还不对：你用了 i，而不是 1 − i。信息越完整，承诺越不容易落空。",
        "Not yet: you used i instead of 1 − i. The more complete the information, the fewer promises break.",
    ),
    "ex.05.4.fb.no_07": ("还不对：你漏掉了 0.7 这个系数。", "Not yet: you left out the factor 0.7."),
    "ex.05.4.fb.probability": (
        "还不对：{answer} 是一个承诺落空的概率，还要乘以投诉数 {n}。",
        "Not yet: {answer} is the chance for one promise; multiply by the {n} complaints.",
    ),
    "ex.05.4.solution": (
        "一个承诺落空的概率 = 0.7 × (1 − {i}) = {p}；预期落空的承诺 = {n} × {p} = {x}。",
        "One promise breaks with probability 0.7 × (1 − {i}) = {p}; expected broken promises = {n} × {p} = {x}.",
    ),
    "ex.05.5.title": ("怎样才能不再“抱怨传递”", "How to end the complaint relay"),
    "ex.05.5.prompt": (
        "小李又打来电话，还是为了一张迟到的备件订单。假如你是A公司的销售总监，下面哪一项最能让这样的电话不再变成“抱怨传递”？\n"
        "\n"
        "a）表扬小张，并规定销售员接到投诉就亲自去各部门催办，当天解决。\n"
        "b）共享订单跟踪，指定负责人，规定服务时限和升级路径，主动通知客户。\n"
        "c）给仓库和生产多招人、多加班，让所有订单都更快发出。\n"
        "d）让小李以后直接打客服电话，不再找销售员，减轻销售员的负担。\n"
        "\n"
        "答案格式：一个字母（a、b、c 或 d）。",
        "Xiao Li calls again, about another late order of spare parts. Had you been A's sales director, "
        "which step would best keep such calls from turning into a “complaint relay”?\n"
        "\n"
        "a) Praise Xiao Zhang, and rule that salespeople chase the departments in person the same day.\n"
        "b) Shared order tracking, a named owner, service levels, an escalation path, telling the customer "
        "first.\n"
        "c) Hire more warehouse and production staff and add shifts, so that every order ships faster.\n"
        "d) Tell Xiao Li to call customer service instead of the salesperson, to free up sales time.\n"
        "\n"
        "Answer format: one letter (a, b, c or d).",
    ),
    "ex.05.5.option.a": (
        "表扬小张，并规定销售员接到投诉就亲自去各部门催办，当天解决。",
        "Praise Xiao Zhang, and rule that salespeople chase the departments in person the same day.",
    ),
    "ex.05.5.option.b": (
        "共享订单跟踪，指定负责人，规定服务时限和升级路径，主动通知客户。",
        "Shared order tracking, a named owner, service levels, an escalation path, telling the customer first.",
    ),
    "ex.05.5.option.c": (
        "给仓库和生产多招人、多加班，让所有订单都更快发出。",
        "Hire more warehouse and production staff and add shifts, so that every order ships faster.",
    ),
    "ex.05.5.option.d": (
        "让小李以后直接打客服电话，不再找销售员，减轻销售员的负担。",
        "Tell Xiao Li to call customer service instead of the salesperson, to free up sales time.",
    ),
    "ex.05.5.hint1": (
        "教材怎样解读这个案例？客户和客服部门得到的信息怎么样？销售员是主动还是被动？",
        "How does the chapter read the case? What information did the customer and customer service have? Was the salesperson active or passive?",
    ),
    "ex.05.5.hint2": (
        "教材的教训是" + quote("k2_lesson", "zh") + "。哪一项是一个流程？",
        "The chapter's lesson: " + quote("k2_lesson", "en") + ". Which option is a process?",
    ),
    # ------------------------------------------------------------------ 05.6 written case analysis (rubric)
    "ex.05.6.title": (
        "案例分析：抱怨传递说明了什么",
        "Case analysis: what the complaint relay shows",
    ),
    "ex.05.6.prompt": (
        "写一份给A公司销售总监的案例分析（中文 150～300 字，或英文 100～200 词）：教材给出的事实是什么；为什么小张的做法看似以客户为中心，实则说明销售没有被管理；本课的模型说明了什么、依赖哪些"
        '假设；你建议怎样改，代价是什么。\n\n这是论述题，没有唯一答案：ex.check 只确认你写了足够的内容，并给出评分标准；可以用 ex.rubric("05.6") 查看标准，由同学或老师用 '
        'ex.score_rubric("05.6", scores) 评分。\n\n答案格式：一段文字，放在引号里（多行可以用三引号）。',
        "Write a case analysis for A's sales director (100-200 words in English, or 150-300 characters in "
        "Chinese): what the chapter's facts are; why Xiao Zhang's response looks customer-oriented yet shows "
        "that sales is not managed; what this lesson's model shows and which assumptions it rests on; what "
        "you would change, and at what cost.\n\nThis is a written question with no single answer: ex.check "
        'only makes sure you wrote enough and gives you the rubric; see it with ex.rubric("05.6"), and have '
        'a peer or your instructor score it with ex.score_rubric("05.6", scores).\n\nAnswer format: text in '
        "quotes (triple quotes for several lines).",
    ),
    "ex.05.6.hint1": (
        "先列事实：两周前订的备件、小李的电话、小张放下一切跑部门、下午亲自送货；教材说客户和客服部门得到的信息不完全或错误，销售员处于被动。",
        "List the facts first: spare parts ordered two weeks earlier, Xiao Li's call, Zhang dropping "
        "everything to chase departments, delivering in person; the chapter says customer and customer "
        "service had incomplete or wrong information and sales was passive.",
    ),
    "ex.05.6.hint2": (
        "用模型比较两种工作方式一个季度的投诉、销售时间和被耽误的订单，并写明这些数字是假设。",
        "Use the model to compare a quarter's complaints, sales hours and delayed orders under the two ways "
        "of working, and say that the numbers are assumptions.",
    ),
    "ex.05.6.rubric.facts": (
        "事实：准确使用教材的事实，不编造。",
        "Facts: uses the chapter's facts accurately, invents nothing.",
    ),
    "ex.05.6.rubric.cause": (
        "原因：指出信息不完整、没有流程、销售员被动，而不是小张不够努力。",
        "Cause: names incomplete information, no process and a passive salesperson, not a lack of effort by Zhang.",
    ),
    "ex.05.6.rubric.evidence": (
        "证据：用模型的结果（投诉、销售时间、被耽误的订单）支持判断，并写明假设。",
        "Evidence: supports the judgement with the model's results (complaints, sales hours, delayed "
        "orders), naming the assumptions.",
    ),
    "ex.05.6.rubric.recommendation": (
        "建议：具体可行的流程，例如共享订单跟踪、指定负责人、服务时限和升级路径、主动通知客户。",
        "Recommendation: a concrete process, e.g. shared order tracking, a named owner, service levels and "
        "escalation, telling the customer first.",
    ),
    "ex.05.6.rubric.limits": (
        "局限：承认流程的成本和模型的局限，并说明用哪些数据检验。",
        "Limits: acknowledges the process's cost and the model's limits, and says which data would test it.",
    ),
    "ex.05.6.solution": (
        "参考答案（示例）：B公司的采购员小李打电话追问两周前订的备件，小张放下一切、挨个部门催办，并答应下午亲自送去。这看似以客户为中心，其实说明销售没有被管理：客户和客服部门得到的信息不完全或错误，销售员只"
        "能被电话推着走。本课的模型在示意性的假设下（例如每次联系 3 小时、吼一次耽误 2 张订单）比较两种工作方式：靠个人救火，投诉和被耽误的订单都更多，销售时间被占用。建议：共享大客户的订单跟踪，指定投诉"
        "负责人，规定服务时限和升级路径，延迟时先主动告诉客户。代价是系统、培训和专人；可以先在几家大客户上试点，用投诉记录里的处理时长和延迟天数检验效果。",
        "Model answer (an example): B's buyer Xiao Li called about spare parts ordered two weeks before; "
        "Xiao Zhang dropped everything, chased the departments one by one and promised to deliver in person "
        "that afternoon. It looks customer-oriented but shows sales is not managed: the customer and "
        "customer service had incomplete or wrong information, and the salesperson was pushed along by the "
        "call. Under illustrative assumptions (3 hours per contact, 2 orders delayed per shout) the lesson's "
        "model compares the two ways of working: fire-fighting brings more complaints and delayed orders and "
        "eats sales time. Change: shared order tracking for key accounts, a named owner for complaints, "
        "service levels and an escalation path, and telling the customer about a delay first. The costs are "
        "systems, training and people; pilot it on a few key accounts and test it with handling times and "
        "delays from the complaint records.",
    ),
}


SEALED: dict[str, dict[str, str]] = {
    "ex.05.5.fb.a": {
        "zh": "eNoljMsOgjAUBX8dFA1iG5AUQZQIJBoXhmpCAHnIx9h7aVf8gjXuTiYzR44HTGswY3QcuX2qoyUzIpoW3AhtT7RrsCtor3MfI3fxnqETSL5Ry0H0MdB0YjfFDGAF7KIptjCsVFjOPYFXJRqmkhS8HpMLur6KzppLY5Ccw6oS3R6KHO1aV7LIgQYfY/En4JPfOFF4h2A/tCDGDE0uOjpZ+pZCQTAotf8FDdGGdw==",
        "en": "eNo9jdENwjAMRFe5AaoOwBxdIEpdanDiYDuVuj2hCD7fnf1u2VMgulXHTqacHVxD0VQ4nzfQQXYia2mSRoHWRRyxEzwJeSNzrdhMC5xEuN4npLrCd+0xCI9e2vfh1anThJUknZ9GR2jI3UPL0MxYxtEPL8kfnOzgPDaDRSApPy8j102tpGCt8xvbA0uH",
    },
    "ex.05.5.fb.b": {
        "zh": "eNoljt0KgkAUhF9d+zE1hciEXDQzC5Nsl0jRLOph2nP2dNUrtNLdXMw338D0IvuTYhPiO/BD+crQFMRL4Du0W1h6Q4h9lR4+ZqDiFPgGx1Owmu/DQ28GnA1snVKdy74f+v5M9QW1Ap56s0Q3JOHIzsAqoyIH66pB2d3BPX4MpmcH19OGPVOrhkSC2xvGlex8+WDoBJgc3saIXhGec1wLDCNMFiRqLYV98T+peKYWFjamOs51+Qf1jpXx",
        "en": "eNpVj0EOAiEMRa/yTzAXmJVr40ov0EBnIEIhtGK8vYyYGJdtX1/+vwZq7FGa54YoW2mZLBbBHjsrLDDcQ63kcSbxv0G59ej4Q2zkTFcQhPIhe8qXJgGrozSVlSxAS+rzy5VcE0UxkE1NbGpjLTZ8K4xTirL/Z5hMZhJFJnlh2JNilIBwH0AmzwtuYTjjzH8+XVBbcazfPoGqHQH1rhiFlzcFbV77",
    },
    "ex.05.5.fb.c": {
        "zh": "eNoljdsKgkAURX9d0y6mZmaiqWBSwUChEYN4xY/xnOPMU7+Q0tuGvddeFHMcnlOkQ+th40GdirwSWo9bB98uVAo0MbalGNJvZ0G/+WeobHSKZZZbuGZU7uTlPiqrf4uOO51TaB94PMCQkVpAa096uVC5RT4fFZU+GSWG4KngN2ia5bwyZx29Mtr7ojDEEFJYQBdhwqTGZMCgNmXAobtK5TS7fkUjhfM=",
        "en": "eNoljdENgzAMRFe5ARA7dIp+G2KaSImNYlPK9jXhz3p+d/fCRubccVLnrIcxGl1YD4dpYySudNmEJcBzQ/gbfipG+87UZ7wzC1QY+SYStmdGkU17Iy8qKAbzUmvAVdte2RkkCaKLpgt6io3MeFIRn2J9EOGfj+6o6Pc+J9AnlPkP4iVD+g==",
    },
    "ex.05.5.fb.d": {
        "zh": "eNoNzcsOgjAQQNFfr4gP0OJGoiHFRxOEoKHGRMGK/owz02HlL9jNXZzNxVVNW0NSg51CJ6CrKSnc+s4md1kI1n5FgKeAdgobTUoO42rYVE4toJM4v3KjUaYufpAY/folPPd0O5KKUM6cLbk1+Am9U5yyidykpEMLfcb6zO8L5YUvJi+/+AOOoGBZ",
        "en": "eNodjMENwzAMxFa5AYLskX8XEGS1MuBIhiU3yPZ18zyQvJdSwq3dYCX7SOBSB1lcMgKpgq5usuN4g2eknzIQMr6VBUxmnmvKY/oof5iUM9ZFgVLAHBJMjbK6oVPq9sjsZ29ULVFjNbW1BSOkgIZPK/sPG0o4hQ==",
    },
    "ex.05.5.solution": {
        "zh": "eNpdkd1OwkAQhe99ij6BIUZjfBzRBwFFqEB/MCUtyI8FlEakSxSxtg0+jDuzu1e8grPUxMS7zcmZOd+eEUsPQ3OX98vflasD7PZw6Ip+Tc6nkmUkw8qB/IEUqPbxrSsGLZ7nPHuEeILmB09SYDm4nV3ehnikejc8aUq2xsBWXgW8GF9DHNzKyULEoXDre5sehLv9Y2Cp60j5EWx9MFeUwr9CrDKeWBC3sbsWXl823pTXk4zRbLETOgHMajy1aS00I+ImbBkvMWCqYcl5HWbzIuUvNEvFovVPx/eqiFr622UD3Db6G3RctQgKhgIA0idCLZxouqI+JkUntm9x8CLZlpgxCmHUohSeVHjyDMspeVTjj1ZzWg/Ci7TZ3yh/zTPbODs+OSyVDCpYaz2LCjCOTg6PTn8lSjk3sNnEbkdUF+AElM/TOpgbWr/L7y8McJ6h4cCqA9lGfo33BBZ6n+QtFH0n19bHm9X2Rdxf6iG0JrQI7UfhvUs21LWnKcX9AD8yZ1s=",
        "en": "eNpdUj1PxDAM3fkVb2OBCp04Ie4mRoQQCwNic1u3iS6Ni5Nedf8eJxwfYmri+H3Yrw8xraw7tM3Fq2N0jubMepmgTL2P4w5vngTvjuJoVeqyl4ggckjolpRlYr0W9Rwz92iXjORkTciO7EiBE3xClIyJIo3c7+2Jf6Cg2P9eEuvRdwxHPXzsZJoDZ4YoVpU4Wm0QnahYuKrIQlVFZtZkvkxqppT8kRuUcezFyjscKSyMp4fnimoXH/p6m1U6a+HUXLzMdbIWSt4KaCW7v4L4thMNUGnOYBssL+rzqcFjNEfm4UvW1jVJz+G/S6s7WdQWE0H4WEht4xgoBAwqE+5vt83NDbJgs202dw3O1siUDuZs8MqDH122eCq3LoH36GyPOcEE6ZRqEmXra8nBQp05muuhKEm07t4+4VTyjqNxrk5spvIrpEo5O+tqPgErBMKV",
    },
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_LESSON, **_EXERCISES}.items()}
