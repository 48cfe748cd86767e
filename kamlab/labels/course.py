"""Labels of the instructor toolkit: assess mode (:mod:`kamlab.exercises.assess`), course
notebooks (:mod:`kamlab.course`), the class report and the presenter view."""

_TEXTS = {
    # ------------------------------------------------------------------ assess mode
    "course.assess.no_hint": (
        "第 {lesson} 课处于测评模式：提示不可用。",
        "Lesson {lesson} is in assessment mode: hints are not available.",
    ),
    "course.assess.no_solution": (
        "第 {lesson} 课处于测评模式：解答不可用。",
        "Lesson {lesson} is in assessment mode: solutions are not available.",
    ),
    "course.assess.no_sealed": (
        "第 {lesson} 课在这个内核中处于测评模式：封存的反馈和解答不可用（重启内核也不会改变评分方式）。",
        "Lesson {lesson} is being assessed in this kernel: sealed feedback and solutions are not available.",
    ),
    "course.assess.no_practice": (
        "第 {lesson} 课在这个内核中处于测评模式：练习模式（对错判断、提示、解答）在内核重启之前不可用。",
        "Lesson {lesson} is being assessed in this kernel: practice mode (right/wrong, hints, solutions) "
        "is off until the kernel restarts.",
    ),
    "course.assess.check_line": (
        '把答案写进 answer，然后运行 ex.check("{id}", answer)：它只检查答案的格式，对错在提交之后评定。',
        'Put your answer in answer, then run ex.check("{id}", answer): it checks the form of your answer '
        "only; right or wrong is decided after you submit.",
    ),
    "course.assess.received": (
        "格式正确（{form}）。答案已记下，对错在提交之后评定。",
        "The form is right ({form}). Your answer is noted; right or wrong is decided after you submit.",
    ),
    "course.assess.out_of_range": (
        "格式不对：{answer} 超出了允许的范围；答案应为{form}。",
        "Wrong form: {answer} is out of range; expected {form}.",
    ),
    "course.assess.rubric_manual": (
        "练习 {id} 是论述题，由老师按评分标准人工评分。",
        "Exercise {id} is a written answer, graded by the instructor against its rubric.",
    ),
    "course.assess.form.choice": ("a、b、c、d 之一", "one of a, b, c, d"),
    "course.assess.form.text": ("一段文字", "a text"),
    "course.assess.form.any": ("题目要求的答案", "the answer the task asks for"),
    "course.assess.unit.number": ("一个数", "a number"),
    "course.assess.unit.fraction": ("用小数表示的比例（例如 0.25 表示 25%）", "a fraction (e.g. 0.25 for 25%)"),
    "course.assess.unit.wan_yuan": ("以万元为单位的金额", "an amount in 10k yuan"),
    "course.assess.unit.hhi": ("HHI 指数（0 到 10,000）", "an HHI (0 to 10,000)"),
    "course.assess.range": ("，范围 {low} 到 {high}", ", from {low} to {high}"),
    "course.format_failed": ("练习 {id}：{message}", "Exercise {id}: {message}"),
    "course.graded_later": (
        "练习 {id}：格式正确，对错在提交之后评定。",
        "Exercise {id}: the form is right; right or wrong is decided after you submit.",
    ),
    "course.not_correct": ("练习 {id} 不正确：{message}", "Exercise {id} is not right: {message}"),
    "course.correct": ("练习 {id} 正确。", "Exercise {id} is right."),
    "course.prediction_recorded": (
        "你的预测已记下：{value}。现在在下面的探索器里勾选“揭晓结果”，和模型比一比。",
        'Your prediction is noted: {value}. Now tick "Reveal the result" in the explorer below and compare.',
    ),
    "course.prediction_missing": (
        "还没有预测：在 answer = 这一行写下你的预测。",
        "No prediction yet: write your prediction on the answer = line.",
    ),
    # ------------------------------------------------------------------ course notebooks
    "course.md.assess_note": (
        "> **这是要评分的作业。** 这里的 `ex.check` 只检查答案的格式（类型、范围、单位），不判断对错；提示和解答已关闭。"
        "每道练习下面锁定的测试格会在你提交之后评分。",
        "> **This is a graded assignment.** Here `ex.check` checks only the form of your answer (type, range, "
        "unit), never whether it is right; hints and solutions are off. The locked test cell under each "
        "exercise is graded after you submit.",
    ),
    "course.answer_note.written": ("你的回答：一段文字，放在引号里", "your answer, as text in quotes"),
    "course.md.rubric": (
        "**评分标准（老师人工评分，共 {total} 分）**\n\n{rows}",
        "**Rubric (graded by the instructor, {total} points)**\n\n{rows}",
    ),
    "course.md.predict_cell": (
        "**你的预测**（写进下一格的 answer，然后运行它；不计分，老师会在课堂报告里看到全班的预测）：{what}",
        "**Your prediction** (put it in answer in the next cell and run it; not graded: your instructor sees "
        "the class's predictions in the class report): {what}",
    ),
    "course.prediction.M1": (
        "利润最高的让步幅度，用小数表示（例如 0.05）",
        "the most profitable concession, as a fraction (e.g. 0.05)",
    ),
    "course.prediction.M2": (
        '6 年后利润更高的方案："靠中小客户赚利润" 或 "与大客户共赢"',
        'the plan that earns more after six years: "Count on SMEs for profit" or "Win-win with key accounts"',
    ),
    "course.prediction.M3": (
        "专职管理下 10 年后仍是客户的概率（例如 0.5）",
        "the chance an account is still a customer after ten years with a dedicated unit (e.g. 0.5)",
    ),
    "course.prediction.M4": (
        "清退中小客户后收入下跌 20% 及以上的概率（例如 0.2）",
        "the chance of a revenue drop of 20% or more once the SMEs are cleared (e.g. 0.2)",
    ),
    "course.prediction.M5": (
        "有支持时客户价值与没有支持时之比（例如 1.2）",
        "the account's value with support divided by its value without (e.g. 1.2)",
    ),
    # ------------------------------------------------------------------ kamlab course / report / present
    "course.exists": ("{path} 已存在；加上 --force 才会覆盖。", "{path} exists; add --force to overwrite it."),
    "course.no_lessons": (
        "参数 --lessons = {value} 没有列出课次；可选：{choices}（或省略，即全部课次）。",
        "--lessons = {value} names no lesson; expected some of {choices} (or leave it out for all).",
    ),
    "course.bad_course_id": (
        "参数 --course-id = {value}：nbgrader 的课程编号只能含字母、数字、_ . -（以字母或数字开头，至多 64 个字符）。",
        "--course-id = {value}: nbgrader's course id may hold letters, digits, _ . - only (starting "
        "with a letter or digit, at most 64 characters).",
    ),
    "course.bad_dir": ("课程目录 {path} 不是有效路径。", "the course directory {path} is not a valid path."),
    "course.not_a_folder": (
        "无法在 {path} 建立课程目录：{where} 不是文件夹。",
        "cannot make the course directory {path}: {where} is not a folder.",
    ),
    "course.cannot_write": (
        "无法写入 {path}：{reason}。课程目录保持原样（没有写入一半的文件）。",
        "cannot write {path}: {reason}. The course directory is as it was (no half-written file).",
    ),
    "course.no_course": (
        "{path} 不是 kamlab 课程目录（缺少 {file}）；先运行 kamlab course new。",
        "{path} is not a kamlab course directory ({file} is missing); run kamlab course new first.",
    ),
    "course.unknown_lesson": (
        "参数 --lessons 里的 {lesson} 没有练习；可选：{choices}。",
        "--lessons: lesson {lesson} has no exercises; expected some of {choices}.",
    ),
    "course.no_nbgrader": (
        "这个命令需要 nbgrader：用 kamlab[course] 安装 kamlab（见教师指南第 0 节：docs/instructors.zh.md）。",
        "this command needs nbgrader: install kamlab with its course extra, kamlab[course] (docs/instructors.md, "
        "section 0).",
    ),
    "course.no_gradebook": (
        "{path} 里还没有成绩（gradebook 为空）；先运行 nbgrader autograde。",
        "{path} has no grades yet (empty gradebook); run nbgrader autograde first.",
    ),
    "course.unknown_assignment": (
        "参数 --assignment = {name}：成绩册里没有这个作业；已有：{choices}。",
        "--assignment = {name}: no such assignment in the gradebook; it has: {choices}.",
    ),
    "report.title": ("课堂报告：{course}", "Class report: {course}"),
    "report.generated": (
        "{n} 名学生，{assignments}。数据来自 nbgrader 成绩册。",
        "{n} students, {assignments}. From the nbgrader gradebook.",
    ),
    "report.lesson_scores": ("各课总分分布", "Score distribution per lesson"),
    "report.mistakes": ("典型错误", "Typical mistakes"),
    "report.mistakes_none": (
        "自动评分的答案里没有记录到典型错误。",
        "No typical mistakes were recorded in the autograded answers.",
    ),
    "report.predictions": (
        "第 03 课：全班的预测与模型的答案",
        "Lesson 03: the class's predictions against the model's answer",
    ),
    "report.predictions_none": ("没有记录到预测。", "No predictions were recorded."),
    "report.col.student": ("学生", "student"),
    "report.col.assignment": ("作业", "assignment"),
    "report.col.exercise": ("练习", "exercise"),
    "report.col.mean": ("平均分", "mean"),
    "report.col.max": ("满分", "max"),
    "report.col.right": ("答对", "right"),
    "report.col.n": ("人数", "students"),
    "report.col.mistake": ("错误", "mistake"),
    "report.col.answered": ("作答人数", "answered"),
    "report.col.prediction": ("预测", "prediction"),
    "report.col.model": ("模型的答案", "model's answer"),
    "report.col.close": ("接近模型的人数", "close to the model"),
    "report.col.median": ("中位数", "median"),
    "report.col.values": ("全班的预测", "the class's predictions"),
    "report.axis.score": ("得分", "score"),
    "report.axis.students": ("学生人数", "students"),
    "report.csv": ("每位学生的得分（CSV）：{path}", "Every student's scores (CSV): {path}"),
    "present.lessons": ("可以演示的课：", "Lessons you can present:"),
    "present.unknown": (
        "没有第 {lesson} 课；可选：{choices}。",
        "there is no lesson {lesson}; expected one of {choices}.",
    ),
    "present.serving": (
        "正在演示第 {lesson} 课：{url}（按 Ctrl+C 结束）",
        "presenting lesson {lesson} at {url} (Ctrl+C to stop)",
    ),
    "present.sections": ("目录", "Sections"),
    "present.no_voila": (
        "这个命令需要 Voila：pip install 'kamlab[course]'。",
        "this command needs Voila: pip install 'kamlab[course]'.",
    ),
}

LABELS = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
