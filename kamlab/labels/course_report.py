"""Labels of the class report's re-teach view (:mod:`kamlab.course.report`)."""

_TEXTS = {
    "report.reteach": ("建议重讲", "Re-teach"),
    "report.reteach_intro": (
        "按全班做得最差的排在前面：超过三分之一的学生没答对（答错或未作答）的练习，"
        "以及不到一半学生的预测接近模型的误区。待手工评分的题不计入。",
        "Worst first: exercises that more than a third of the class did not get right (wrong or blank), and "
        "misconceptions where fewer than half of the predictions came close to the model. Answers not yet "
        "marked by hand are left out.",
    ),
    "report.reteach_none": (
        "没有需要重讲的：每道练习至少三分之二的学生做对了，至少一半的预测接近模型。",
        "Nothing to re-teach: at least two thirds of the class got every exercise right, and at least half of the "
        "predictions came close to the model.",
    ),
    "report.reteach.exercise": (
        "{n_bad} / {n} 名学生没做对（{parts}）。",
        "{n_bad} of {n} students did not get it right ({parts}).",
    ),
    "report.reteach.typical": ("典型错误：{text}", "Typical mistake: {text}"),
    "report.reteach.values": ("（学生的答案：{values}）", " (the students' answers: {values})"),
    "report.reteach.revisit": ("重讲：{where}", "Revisit: {where}"),
    "report.reteach.prediction": (
        "{n_close} / {n} 名学生的预测接近模型；全班最常见的预测是“{common}”，模型的答案是“{model}”。",
        "{n_close} of {n} predictions came close to the model; the most common prediction was {common}, the "
        "model's answer is {model}.",
    ),
    "report.part.wrong": ("{n} 人答错", "{n} wrong"),
    "report.part.blank": ("{n} 人未作答", "{n} blank"),
    "report.part.unmarked": ("{n} 人待手工评分", "{n} not yet marked"),
    "report.exercises": (
        "各练习：答对、答错、未作答、待手工评分",
        "Each exercise: right, wrong, blank, not yet marked",
    ),
    "report.exercises_note": (
        "待手工评分的论述题不算 0 分：在 nbgrader 的 Formgrader 里评分后重新生成报告。平均分只算已评分的答案。",
        "Written answers not yet marked are not counted as 0: mark them in nbgrader's Formgrader and make the "
        "report again. Means are over marked answers only.",
    ),
    "report.col.title": ("题目", "title"),
    "report.col.point": ("章节要点（重讲时回看）", "chapter point (section to revisit)"),
    "report.col.wrong": ("答错", "wrong"),
    "report.col.blank": ("未作答", "blank"),
    "report.col.unmarked": ("待手工评分", "not yet marked"),
    "report.col.count": ("人次", "times"),
    "report.col.answers": ("学生的答案", "the students' answers"),
    "report.col.total": ("{assignment} 总分", "{assignment} total"),
    "report.col.min": ("最低分", "lowest"),
    "report.col.max_score": ("最高分", "highest"),
    "report.col.full": ("满分", "full marks"),
    "report.col.students_marked": ("已评分人数", "students marked"),
    "report.students": ("每位学生（点表头排序）", "Every student (click a header to sort)"),
    "report.cell.blank": ("未作答", "blank"),
    "report.cell.unmarked": ("待评", "to mark"),
    "report.lesson_where": ("第 {lesson} 课 · {section}", "lesson {lesson} · {section}"),
    "report.files": (
        "同一份数据的表格：{xlsx}（Excel，每个视图一张工作表）和 {csv}（带 BOM 的 UTF-8，Excel 可直接打开）。",
        "The same data as tables: {xlsx} (Excel, one sheet per view) and {csv} (UTF-8 with a BOM, opens in Excel).",
    ),
    "report.sheet.reteach": ("建议重讲", "re-teach"),
    "report.sheet.exercises": ("各练习", "exercises"),
    "report.sheet.mistakes": ("典型错误", "mistakes"),
    "report.sheet.predictions": ("预测与模型", "predictions"),
    "report.sheet.students": ("每位学生", "students"),
    "report.col.rank": ("排名", "rank"),
    "report.col.what": ("内容", "what"),
    "report.col.why": ("情况", "how the class did"),
    "report.col.revisit": ("重讲", "revisit"),
    "report.prediction.M1": ("M1 利润最高的让步幅度", "M1 the most profitable concession"),
    "report.prediction.M2": ("M2 6 年后哪个方案利润更高", "M2 which plan earns more after six years"),
    "report.prediction.M3": (
        "M3 专职管理下 10 年后仍是客户的概率",
        "M3 the chance an account is still a customer after ten years with a dedicated unit",
    ),
    "report.prediction.M4": (
        "M4 清退中小客户后收入下跌 20% 及以上的概率",
        "M4 the chance of a revenue drop of 20% or more once the SMEs are cleared",
    ),
    "report.prediction.M5": ("M5 有支持与无支持的客户价值之比", "M5 account value with support / without"),
}

LABELS = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
