"""Labels of the command line (``kamlab ...``): the error line and its common causes."""

_TEXTS = {
    "cli.error": ("错误", "error"),
    "cli.interrupted": ("已中断。", "interrupted."),
    "cli.memory": (
        "内存不足：请减小数据规模（例如 --n）后重试。",
        "out of memory: try again with a smaller size (for example --n).",
    ),
    "cli.os_error": ("无法读写 {path}：{reason}。", "cannot read or write {path}: {reason}."),
    "cli.port": (
        "{option} = {value}：应为 {low} 到 {high} 的整数端口号。",
        "{option} = {value}: expected a whole port number from {low} to {high}.",
    ),
    "cli.not_int": ("{option} = {value}：应为整数。", "{option} = {value}: expected a whole number."),
    "cli.not_number": ("{option} = {value}：应为一个数。", "{option} = {value}: expected a number."),
    "cli.not_file": (
        "{option} = {value}：这是{kind}，不是普通文件；应为要写入的文件。",
        "{option} = {value} is {kind}, not a regular file; expected the file to write.",
    ),
    "cli.empty_path": (
        "{option} = {value}：应为非空的路径。",
        "{option} = {value}: expected a non-empty path.",
    ),
    "cli.kind.folder": ("文件夹", "a folder"),
    "cli.kind.special": ("管道或设备", "a pipe or a device"),
    # ---- help of every command, in both languages (``kamlab --lang zh COMMAND --help``)
    "cli.help.description": (
        "kamlab：大客户管理实验室（Key Account Management Lab）。",
        "kamlab: Key Account Management Lab (大客户管理实验室).",
    ),
    "cli.help.lang": (
        "消息的语言（默认：KAMLAB_LANG，否则按系统区域设置）",
        "language of messages (default: KAMLAB_LANG, else the locale)",
    ),
    "cli.help.generate": (
        "写出模拟数据集和数据字典（CSV，UTF-8）",
        "write the simulated datasets and the data dictionary (CSV, UTF-8)",
    ),
    "cli.help.generate_description": (
        "写出 A 公司的模拟数据表、案例 K1 的客户基础和中英双语数据字典。使用默认值时与随包附带的 data/ 文件夹完全相同。",
        "Write Company A's simulated tables, the K1 case base and the bilingual data dictionary. "
        "With the defaults this reproduces the shipped data/ folder.",
    ),
    "cli.help.out": ("写入的文件夹（不存在时创建）", "folder to write into (created if needed)"),
    "cli.help.n": (
        "客户数，{low} 到 {high}（默认 {default}）",
        "number of accounts, {low} to {high} (default {default})",
    ),
    "cli.help.seed": (
        "随机种子，例如学号（默认 {default}）",
        "random seed, e.g. a student number (default {default})",
    ),
    "cli.help.concentration": (
        "前 20%% 客户的销售额占比（默认 {default}）",
        "revenue share of the top 20%% of accounts (default {default})",
    ),
    "cli.help.force": ("覆盖已有的文件", "overwrite existing files"),
    "cli.help.link": (
        "打印 nbgitpuller 链接：JupyterHub 上的每位学生点开即得到全部课程",
        "print the nbgitpuller link that gives every student of a JupyterHub the lessons",
    ),
    "cli.help.link_description": (
        "打印 nbgitpuller 链接：学生点开后登录 JupyterHub，课程仓库被放进其主目录中的一个文件夹"
        "（以后再点会更新，学生自己的修改保留），JupyterLab 打开课程。见 docs/classroom.md。",
        "Print an nbgitpuller link: a student who opens it logs in to the JupyterHub, gets the course "
        "repository in a folder of their home (updated on later clicks, their own edits kept), and "
        "JupyterLab opens the lessons. See docs/classroom.md.",
    ),
    "cli.help.hub": (
        "JupyterHub 的基本地址，例如 https://hub.example.edu",
        "the JupyterHub's base address, e.g. https://hub.example.edu",
    ),
    "cli.help.repo": (
        "课程仓库（git clone 所用的地址），例如 https://github.com/ORG/kamlab",
        "the course repository as git clone takes it, e.g. https://github.com/ORG/kamlab",
    ),
    "cli.help.branch": (
        "要拉取的分支（默认：仓库的默认分支）",
        "branch to pull (default: the repository's default branch)",
    ),
    "cli.help.link_lang": (
        "打开中文（zh，默认）或英文（en）课程",
        "open the Chinese (zh, default) or English (en) lessons",
    ),
    "cli.help.link_lesson": (
        "要打开的课次，例如 00（默认：课程文件夹）",
        "lesson to open, e.g. 00 (default: the lessons' folder)",
    ),
    "cli.help.targetpath": (
        "学生主目录中接收仓库的文件夹（默认 {default}）",
        "folder in each student's home that receives the repository (default {default})",
    ),
    "cli.help.course": (
        "教师用：由计分课次组成的 nbgrader 课程目录",
        "instructors: an nbgrader course directory of graded lessons",
    ),
    "cli.help.course_description": (
        "教师用：建立 nbgrader 课程目录（见 docs/instructors.md）。",
        "Instructors: make an nbgrader course directory (see docs/instructors.md).",
    ),
    "cli.help.course_new": (
        "写出 nbgrader_config.py 和 source/lessonNN/lessonNN.ipynb",
        "write nbgrader_config.py and source/lessonNN/lessonNN.ipynb",
    ),
    "cli.help.course_new_description": (
        "写出 nbgrader 课程目录：nbgrader_config.py，以及由 kamlab 课程源文件生成的每课一个测评模式笔记本（在 source/ 下）。"
        "全部写完后才放到位：写到一半失败不会留下残缺的课程。",
        "Write an nbgrader course directory: nbgrader_config.py and one assess-mode notebook per lesson "
        "under source/, built from kamlab's lesson sources. Nothing is put in place before all of it "
        "is written: a failure leaves no half-written course.",
    ),
    "cli.help.course_dir": (
        "课程目录（已存在的目录保持不变，除非加 --force）",
        "the course directory (an existing one is kept unless --force)",
    ),
    "cli.help.lessons": (
        "课次编号，例如 01,03（默认：所有带练习的课次）",
        "lesson ids, e.g. 01,03 (default: every lesson with exercises)",
    ),
    "cli.help.notebook_lang": (
        "笔记本的语言（默认：消息的语言）",
        "language of the notebooks (default: the language of messages)",
    ),
    "cli.help.course_id": (
        "nbgrader 的课程编号：字母、数字、_ . -（默认：目录名）",
        "nbgrader's course id: letters, digits, _ . - (default: the directory's name)",
    ),
    "cli.help.personal": (
        "每位学生的数据和答案随其 nbgrader 学生编号而不同",
        "every student's data and answers follow their nbgrader student id",
    ),
    "cli.help.course_force": ("覆盖已有课程目录中的文件", "overwrite an existing course directory's files"),
    "cli.help.course_exam": (
        "教师用：写出试题库（每课三题，附参考答案和评分说明）",
        "instructors: write the exam bank (three questions per lesson, with model answers and marking notes)",
    ),
    "cli.help.course_exam_description": (
        "把试题库写成一个 Markdown 文件，仅供教师使用。已有的文件保持不变，除非加 --force；文件要么完整写出，要么不写。",
        "Write the exam bank as one Markdown file, for instructors only. An existing file is kept unless --force; the file is written whole or not at all.",
    ),
    "cli.help.exam_out": ("要写出的文件，例如 exam.md", "the file to write, e.g. exam.md"),
    "cli.help.exam_lang": ("试题库的语言（默认与 --lang 相同）", "language of the exam bank (default: as --lang)"),
    "cli.help.exam_force": ("覆盖已有的文件", "overwrite an existing file"),
    "cli.help.report": (
        "教师用：由 nbgrader 成绩库生成课堂报告（HTML、Excel、CSV），说明哪些要重讲",
        "instructors: a class report (HTML, Excel, CSV) from an nbgrader gradebook that says what to re-teach",
    ),
    "cli.help.report_description": (
        "写出已评分 kamlab 课程的独立 HTML 课堂报告：建议重讲、各练习的答对/答错/未作答/待手工评分、典型错误、"
        "第 03 课的预测、分数分布、每位学生；以及同样内容的 report.xlsx 和 report.csv。",
        "Write a self-contained HTML class report of a graded kamlab course: what to re-teach, each "
        "exercise's right/wrong/blank/not-yet-marked counts, typical mistakes, lesson 03's predictions, "
        "score distributions, every student; and the same as report.xlsx and report.csv.",
    ),
    "cli.help.report_dir": (
        "课程文件夹（默认：当前所在的课程文件夹）",
        "the course folder (default: the course folder you are in)",
    ),
    "cli.help.assignment": (
        "只看一次作业，例如 lesson03（默认：全部）",
        "one assignment, e.g. lesson03 (default: all)",
    ),
    "cli.help.report_out": (
        "HTML 文件（默认 DIR/report.html；CSV 放在旁边）",
        "the HTML file (default DIR/report.html; the CSV goes beside it)",
    ),
    "cli.help.report_lang": ("报告的语言（默认：课程的语言）", "language of the report (default: the course's)"),
    "cli.help.present": (
        "教师用：在课堂上展示一课（Voila，隐藏代码）",
        "instructors: show a lesson in class (Voila, code hidden)",
    ),
    "cli.help.present_description": (
        "用 Voila 把一课作为演示放映：隐藏代码、大字号、章节导航、可交互的探索器。按 Ctrl+C 停止。",
        "Serve a lesson as a presentation with Voila: code hidden, large type, a section navigator, "
        "live explorers. Ctrl+C stops it.",
    ),
    "cli.help.present_lesson": ("课次，例如 03", "the lesson, e.g. 03"),
    "cli.help.list": ("列出所有课次", "list the lessons"),
    "cli.help.present_lang": (
        "课程的语言（默认：消息的语言）",
        "language of the lesson (default: the language of messages)",
    ),
    "cli.help.port": (
        "端口号，{low} 到 {high}（默认：由 Voila 决定）",
        "port to serve on, {low} to {high} (default: Voila's)",
    ),
    "cli.help.no_browser": ("不打开浏览器", "do not open a browser"),
    "cli.internal": (
        "kamlab 内部错误（{what}）。这不是您的操作问题，请把这条信息报告给开发者；设置 KAMLAB_DEBUG=1 可显示详细信息。",
        "internal error in kamlab ({what}). This is not your fault: please report "
        "this line; set KAMLAB_DEBUG=1 to see the details.",
    ),
    # ---- argparse's own words (kamlab/_cliparse.py): the usage prefix, the help's headings,
    # the help option and every usage error; the English is argparse's
    "cli.argparse.usage": ("用法：", "usage: "),
    "cli.argparse.positionals": ("位置参数", "positional arguments"),
    "cli.argparse.options": ("选项", "options"),
    "cli.argparse.subcommands": ("子命令", "subcommands"),
    "cli.argparse.help": ("显示本帮助信息并退出", "show this help message and exit"),
    "cli.argparse.argument": ("参数 {name}：{message}", "argument {name}: {message}"),
    "cli.argparse.required": ("缺少必需的参数：{arg}", "the following arguments are required: {arg}"),
    "cli.argparse.invalid_choice": (
        "无效的选择：{value}（可选：{choices}）",
        "invalid choice: {value} (choose from {choices})",
    ),
    "cli.argparse.invalid_choice_closest": (
        "无效的选择：{value}，是否想输入 {closest}？（可选：{choices}）",
        "invalid choice: {value}, maybe you meant {closest}? (choose from {choices})",
    ),
    "cli.argparse.unrecognized": ("无法识别的参数：{arg}", "unrecognized arguments: {arg}"),
    "cli.argparse.expected_one": ("应跟一个值", "expected one argument"),
    "cli.argparse.expected_at_most_one": ("最多跟一个值", "expected at most one argument"),
    "cli.argparse.expected_at_least_one": ("至少跟一个值", "expected at least one argument"),
    "cli.argparse.expected_n_one": ("应跟 {arg} 个值", "expected {arg} argument"),
    "cli.argparse.expected_n": ("应跟 {arg} 个值", "expected {arg} arguments"),
    "cli.argparse.ambiguous": (
        "选项 {option} 有歧义，可能是：{matches}",
        "ambiguous option: {option} could match {matches}",
    ),
    "cli.argparse.not_allowed_with": ("不能与参数 {arg} 同时使用", "not allowed with argument {arg}"),
    "cli.argparse.one_required": ("参数 {arg} 中必须给出一个", "one of the arguments {arg} is required"),
    "cli.argparse.ignored_explicit": ("忽略了显式给出的值 {arg}", "ignored explicit argument {arg}"),
    "cli.argparse.invalid_value": ("无效的 {type} 值：{value}", "invalid {type} value: {value}"),
    "cli.argparse.unknown_parser": (
        "未知的命令 {parser_name}（可选：{choices}）",
        "unknown parser {parser_name} (choices: {choices})",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
