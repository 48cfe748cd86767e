"""Labels of :mod:`kamlab.classroom` (``kamlab link``): what is wrong with a hub or repository URL."""

_TEXTS = {
    "classroom.not_text": (
        "{func}：参数 {param} 应为文本（网址），实际是 {kind} {value!r}。",
        "{func}: parameter {param} must be text (a URL), got {kind} {value!r}.",
    ),
    "classroom.empty": (
        "{func}：参数 {param} 为空；例如 {example}。",
        "{func}: parameter {param} is empty; expected a URL such as {example}.",
    ),
    "classroom.spaces": (
        "{func}：参数 {param} = {value!r} 含有空格或控制字符；网址中不能有空格。",
        "{func}: parameter {param} = {value!r} contains spaces or control characters; a URL has none.",
    ),
    "classroom.scheme": (
        "{func}：参数 {param} = {value!r} 以 {scheme!r} 开头；应以 {expected} 开头，例如 {example}。",
        "{func}: parameter {param} = {value!r} starts with {scheme!r}; expected {expected}, for example {example}.",
    ),
    "classroom.no_scheme": (
        "{func}：参数 {param} = {value!r} 不是完整的网址：应以 {expected} 开头，例如 {example}。",
        "{func}: parameter {param} = {value!r} is not a full URL: expected it to start "
        "with {expected}, for example {example}.",
    ),
    "classroom.host": (
        "{func}：参数 {param} = {value!r} 缺少主机名（例如 {example}）。",
        "{func}: parameter {param} = {value!r} has no host name (for example {example}).",
    ),
    "classroom.hub_extra": (
        "{func}：参数 {param} = {value!r} 带有查询参数或 #片段；请只给出 JupyterHub 的基础地址，例如 {example}。",
        "{func}: parameter {param} = {value!r} has a query or #fragment; give only the "
        "JupyterHub's base address, for example {example}.",
    ),
    "classroom.hub_page": (
        "{func}：参数 {param} = {value!r} 是 JupyterHub 里的某个页面（含 {part!r}）；请只给出基础地址：{suggestion}。",
        "{func}: parameter {param} = {value!r} is a page inside the JupyterHub (it contains "
        "{part!r}); give its base address: {suggestion}.",
    ),
    "classroom.repo_path": (
        "{func}：参数 {param} = {value!r} 没有指明仓库路径（例如 {example}）。",
        "{func}: parameter {param} = {value!r} names no repository path (for example {example}).",
    ),
    "classroom.branch": (
        "{func}：参数 branch = {value!r} 不是有效的 git 分支名（不能为空，不能含空格、'..'、"
        "'~^:?*[\\'，不能以 '-' 或 '/' 开头）。",
        "{func}: parameter branch = {value!r} is not a valid git branch name (not empty, "
        "no spaces, '..' or any of '~^:?*[\\', not starting with '-' or '/').",
    ),
    "classroom.lesson": (
        "{func}：参数 lesson = {value!r} 不是本课程的课次；可选：{choices}。",
        "{func}: parameter lesson = {value!r} is not a lesson of this course; expected one of {choices}.",
    ),
    "classroom.targetpath": (
        "{func}：参数 targetpath = {value!r} 应为学生主目录下的一个相对文件夹名"
        "（不能为空、不能是绝对路径、不能含 '..'），例如 'kamlab'。",
        "{func}: parameter targetpath = {value!r} must be a relative folder in the "
        "student's home (not empty, not absolute, no '..'), for example 'kamlab'.",
    ),
    "classroom.not_a_link": (
        "{func}：{value!r} 不是 nbgitpuller 链接（应包含 /hub/user-redirect/git-pull?repo=...）。",
        "{func}: {value!r} is not an nbgitpuller link (expected .../hub/user-redirect/git-pull?repo=...).",
    ),
    "lab.ready": (
        "JupyterLab 已启动，在浏览器中打开：{url}  （Ctrl+C 停止；日志在 {log}）",
        "JupyterLab is running; open {url}  (Ctrl+C to stop; log in {log})",
    ),
    "lab.failed": (
        "JupyterLab 没能启动（完整日志在 {log}），最后几行：\n{tail}",
        "JupyterLab did not start (full log in {log}); its last lines:\n{tail}",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
