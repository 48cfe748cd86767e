"""Labels shared by every lesson's exercises (:mod:`kamlab.exercises.core`): kinds, feedback, buttons.

Each lesson's own exercise texts are in its label module (``kamlab.labels.<lesson name>``).

Texts may hold ``{placeholders}`` that the exercise fills from the set's data, so
no answer is written here. Code in a solution sits between triple backticks.

A lesson's ``SEALED`` table (in its own label module) holds the texts that would reveal the answer of a judge exercise (its
per-option feedback and worked solution), sealed with
:func:`kamlab.exercises.core.seal` (zlib + base64); they are not part of the label
catalog. Edit one with ``unseal`` -> edit -> ``seal``.
"""

_COMMON = {
    "ex.kind.compute": ("计算", "compute"),
    "ex.kind.interpret": ("解读", "interpret"),
    "ex.kind.judge": ("判断", "judge"),
    "ex.kind.rubric": ("论述", "written, rubric-assessed"),
    "ex.ui.rubric_score_title": ("练习 {id}：按评分标准评分", "Exercise {id}: scored against the rubric"),
    "ex.ui.rubric_score": ("得分 {total} / {max}（{pct}）。", "Score {total} of {max} ({pct})."),
    "ex.fb.rubric_not_text": (
        "这是一道论述题：请把你的答案写成一段文字（放在引号里），而不是 {answer}。",
        "This is a written question: give your answer as text (in quotes), not {answer}.",
    ),
    "ex.fb.rubric_short": (
        "还不够：你的答案只有 {n} 个字（词），至少要写 {min} 个，才能把理由说清楚。",
        "Not yet: your answer has {n} words; write at least {min} so that your reasons come through.",
    ),
    "ex.fb.rubric_received": (
        "已收到（{n} 个字/词）。论述题没有唯一的标准答案，程序不替你打分。请对照下面的评分标准自查，"
        "或交给同学、老师评分（ex.score_rubric）：\n{rubric}",
        "Received ({n} words). A written judgement has no single right answer and the program does not mark "
        "it. Check your answer against the rubric below, or have a peer or your instructor score it "
        "(ex.score_rubric):\n{rubric}",
    ),
    "ex.ui.task_title": ("练习 {id}（{kind}）：{title}", "Exercise {id} ({kind}): {title}"),
    "ex.ui.check_line": (
        '把答案写进 answer，然后运行 ex.check("{id}", answer)。需要提示就运行 ex.hint("{id}")，看完整解答运行 ex.solution("{id}")。',
        'Put your answer in answer, then run ex.check("{id}", answer). For a hint run ex.hint("{id}"); '
        'for the worked solution, ex.solution("{id}").',
    ),
    "ex.ui.hint_title": ("练习 {id} 提示 {k}/{n}", "Exercise {id}, hint {k} of {n}"),
    "ex.ui.no_more_hints_title": ("练习 {id}：没有更多提示了", "Exercise {id}: no more hints"),
    "ex.ui.no_more_hints": (
        '提示已经全部给出。可以运行 ex.solution("{id}") 查看完整解答；再运行 ex.hint("{id}") 会从第一条提示重新开始。',
        'That was the last hint. Run ex.solution("{id}") for the worked solution; ex.hint("{id}") starts '
        "again from the first hint.",
    ),
    "ex.ui.solution_title": ("练习 {id} 解答：{title}", "Exercise {id}, solution: {title}"),
    "ex.fb.correct": ("正确！", "Right!"),
    "ex.fb.unanswered": (
        "还没有答案：先在 answer = 这一行写下你的答案（替换 None），再运行这一格。",
        "No answer yet: write your answer on the answer = line (in place of None), then run this cell again.",
    ),
    "ex.fb.not_a_number": (
        '读不出数字：{answer}。请给出一个数，例如 0.25 或 "1/4"。',
        'Cannot read a number from {answer}. Give a number, e.g. 0.25 or "1/4".',
    ),
    "ex.fb.not_integer": (
        "这里要的是一个整数（个数），而你给的是 {answer}。",
        "This asks for a whole number (a count); you gave {answer}.",
    ),
    "ex.fb.percent": (
        "还不对：请用小数表示比例，例如 25% 写成 0.25，不要写成百分数。",
        "Not yet: give the answer as a fraction, e.g. 0.25 for 25%, not as a percentage.",
    ),
    "ex.ui.option": ("选项", "Option"),
    "ex.ui.rubric.name": ("评分项", "Criterion"),
    "ex.ui.rubric.points": ("分值", "Points"),
    "ex.ui.rubric.score": ("得分", "Score"),
    "ex.ui.rubric.description": ("说明", "Description"),
    "ex.ui.rubric.key": ("评分时用的键", "Key for score_rubric"),
    "ex.fb.not_a_choice": (
        "读不出选项：{answer}。请回答 a、b、c、d 之一（也可以写出选项全文）。",
        "Cannot read an option from {answer}. Answer one of a, b, c, d (or the option's full text).",
    ),
}

_EXERCISES = {}

LABELS = {key: {"zh": zh, "en": en} for key, (zh, en) in {**_COMMON, **_EXERCISES}.items()}
