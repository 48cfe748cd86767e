"""Labels of ``kamlab course release|collect|grade|feedback`` (:mod:`kamlab.course.run`,
:mod:`kamlab.course.collect`, :mod:`kamlab.course.loop`)."""

_TEXTS = {
    "cli.help.loop.release": (
        "nbgrader generate_assignment：生成发给学生的 release/<课>/（没有答案，没有隐藏测试）",
        "nbgrader generate_assignment: release/<lesson>/ for the students (no solutions, no hidden tests)",
    ),
    "cli.help.loop.collect": (
        "把学生交回的 notebook（文件夹、文件或教学平台的 zip）放进 submitted/<学生>/<课>/",
        "put the students' notebooks (a folder, files or an LMS zip) into submitted/<student>/<lesson>/",
    ),
    "cli.help.loop.grade": (
        "nbgrader autograde：运行每份作业，成绩写进 gradebook.db",
        "nbgrader autograde: run every submission and put the scores into gradebook.db",
    ),
    "cli.help.loop.feedback": (
        "nbgrader generate_feedback：每名学生一个 HTML 反馈文件，在 feedback/ 里",
        "nbgrader generate_feedback: one HTML file per student in feedback/",
    ),
    "cli.help.loop.inside": ("。在课程文件夹里运行。", ". Run it inside the course folder."),
    "cli.help.loop.assignment": ("哪一课，例如 03 或 lesson03", "the lesson, e.g. 03 or lesson03"),
    "cli.help.loop.sources": (
        "zip 文件、notebook，或装着学生 notebook 的文件夹",
        "zip files, notebooks or folders of the students' notebooks",
    ),
    "cli.help.loop.roster": (
        "名单（CSV 或 Excel），有学号/id 列和姓名/name 列",
        "class list (CSV or Excel) with a 学号/id column and a 姓名/name column",
    ),
    "cli.help.loop.force": ("在 nbgrader 之前的结果上重做一遍", "do it again over nbgrader's earlier output"),
    "cli.help.loop.course": ("课程文件夹（默认：当前所在的课程）", "the course folder (default: the one you are in)"),
    "cli.help.loop.verbose": ("显示 nbgrader 的全部日志", "show nbgrader's whole log"),
    "course.not_found": (
        "在 {path} 及其上级文件夹里都找不到 {file}：请先 cd 进课程文件夹（kamlab course new 建的那个），或在命令后写上它的路径。",
        "neither {path} nor any folder above it holds {file}: cd into the course folder (the one kamlab course new "
        "made) or give its path.",
    ),
    "course.run.unknown_assignment": (
        "没有作业 {name}（{path} 里没有这个文件夹）；已有：{choices}。",
        "no assignment {name} ({path} has no such folder); the course has: {choices}.",
    ),
    "course.run.failed": (
        "{command} 在 {path} 里失败了（退出码 {code}），原因见上面 nbgrader 的输出。",
        "{command} failed in {path} (exit status {code}); nbgrader's output above says why.",
    ),
    "course.run.expected.checksum": (
        "nbgrader：{n} 条“Attribute 'checksum' … has changed”提示是正常的：发给学生的测试单元没有隐藏测试，"
        "nbgrader 评分时换回了原版单元。",
        "nbgrader: {n} notes \"Attribute 'checksum' ... has changed\" are expected: the released test cells lack "
        "the hidden tests, and nbgrader grades with the source's cells.",
    ),
    "course.run.expected.tcp": (
        "nbgrader：{n} 条“Kernel is running over TCP without encryption”提示是正常的：评分内核只在本机内与 nbgrader 通信。",
        'nbgrader: {n} notes "Kernel is running over TCP without encryption" are expected: the grading kernels '
        "talk to nbgrader on this computer only.",
    ),
    "course.run.expected.alt_text": (
        "nbgrader：{n} 条“Alternative text is missing”提示是正常的：反馈页里课程的图表没有替代文字，不影响学生阅读。",
        'nbgrader: {n} notes "Alternative text is missing" are expected: the lesson\'s figures in the feedback pages '
        "have no alternative text; students see them as usual.",
    ),
    "course.release.done": (
        "已生成发给学生的作业：{path}（没有答案，没有隐藏测试）。",
        "released: {path} (no solutions, no hidden tests).",
    ),
    "course.release.next": (
        "把它发给学生；收回后运行：kamlab course collect {assignment} <文件夹或 zip>",
        "hand it out; once it is back: kamlab course collect {assignment} <folder or zip>",
    ),
    "course.collect.no_source": ("找不到 {path}。", "{path} does not exist."),
    "course.collect.no_roster": ("找不到名单文件 {path}。", "the roster {path} does not exist."),
    "course.collect.bad_roster": ("读不了名单文件 {path}：{reason}", "cannot read the roster {path}: {reason}"),
    "course.collect.roster_no_id": (
        "名单 {path} 没有学号列；它的列是：{columns}；学号列的名字应为其中之一：{expected}。",
        "the roster {path} has no id column; its columns: {columns}; expected one of: {expected}.",
    ),
    "course.collect.unknown": (
        "kamlab：认不出 {path} 是谁的作业，已跳过；请把它改名为“学号_{assignment}.ipynb”，或用 --roster 给出名单。",
        "kamlab: cannot tell whose notebook {path} is, skipped; rename it '<student id>_{assignment}.ipynb' or "
        "give the class list with --roster.",
    ),
    "course.collect.unknown_roster": (
        "kamlab：名单里没有（或不止一名）学生的学号或姓名出现在 {path} 里，已跳过。",
        "kamlab: no student of the roster (or more than one) has their id or name in {path}, skipped.",
    ),
    "course.collect.done": (
        "已收齐 {n} 名学生的 {assignment}：",
        "collected {assignment} from {n} students:",
    ),
    "course.collect.none": (
        "一个也没收到：{path} 里没有能认出学生的 .ipynb 文件。",
        "nothing collected: {path} holds no .ipynb file whose student kamlab could tell.",
    ),
    "course.collect.skipped": (
        "没收的文件 {n} 个（不是 notebook，或认不出学生；解压后的文件在 {path}）：",
        "{n} files not collected (not a notebook, or whose student kamlab could not tell; unpacked in {path}):",
    ),
    "course.grade.done": ("已评分 {n} 份作业（成绩在 {path}）：", "graded {n} submissions (scores in {path}):"),
    "course.grade.row": ("  {student}：{score} / {max} 分", "  {student}: {score} / {max} points"),
    "course.grade.manual": (
        "  还有 {n} 份作业里有待手工评分的论述题：运行 kamlab course mark {lesson}，在 nbgrader 的 Formgrader 里评分。",
        "  {n} submissions have written answers waiting to be marked by hand: kamlab course mark {lesson} opens "
        "nbgrader's Formgrader on them.",
    ),
    "course.mark.serving": (
        "{assignment} 的论述题评分页（nbgrader Formgrader）：{url}\n在浏览器里打开它；评完按 Ctrl+C 结束。",
        "marking {assignment}'s written answers (nbgrader's Formgrader): {url}\nopen it in a browser; "
        "Ctrl+C stops it when you are done.",
    ),
    "course.mark.nothing": (
        "{assignment} 还没有评过分的作业：先运行 kamlab course grade {lesson}。",
        "{assignment} has no graded submissions yet: run kamlab course grade {lesson} first.",
    ),
    "course.mark.no_exchange": (
        "nbgrader 的提示 “Unwritable directory ... exchange” 可以不管：这门课不用 nbgrader 的 exchange（JupyterHub 上的收发作业）。",
        "nbgrader's note \"Unwritable directory ... exchange\" is expected: this course does not use nbgrader's exchange "
        "(JupyterHub hand-out).",
    ),
    "course.mark.alt_text": (
        "nbgrader 的提示 “Alternative text is missing” 可以不管：课程里的图没有替代文字，评分页照常显示它们。",
        "nbgrader's note \"Alternative text is missing\" is expected: the lesson's figures have no alternative text; "
        "the marking page shows them as usual.",
    ),
    "cli.help.loop.mark": (
        "用 nbgrader 的 Formgrader 给论述题手工评分（打开评分页，按 Ctrl+C 结束）",
        "mark the written answers by hand in nbgrader's Formgrader (opens its page; Ctrl+C stops it)",
    ),
    "cli.help.loop.mark_port": (
        "端口号，{low} 到 {high}（默认：一个空闲的端口）",
        "port on 127.0.0.1, {low} to {high} (default: a free one)",
    ),
    "course.feedback.done": (
        "已生成 {n} 份反馈（每名学生一个 HTML 文件，在 {path}）。",
        "wrote {n} feedback files (one HTML file per student, in {path}).",
    ),
}

LABELS = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
