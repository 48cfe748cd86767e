"""Labels of :func:`kamlab.io.generate` (``kamlab generate``): why a folder cannot be written."""

_TEXTS = {
    "gen.out_empty": (
        "generate：输出文件夹（--out）为空；请给出一个文件夹，例如 --out my-data。",
        "generate: the output folder (--out) is empty; give a folder, e.g. --out my-data.",
    ),
    "gen.out_type": (
        "generate：参数 out_dir 应为文件夹路径（str 或 pathlib.Path），收到 {type}。",
        "generate: parameter 'out_dir' must be a folder path (str or pathlib.Path), got {type}.",
    ),
    "gen.n_range": (
        "generate：账户数 n = {n}；应为 {low} 到 {high} 之间的整数（上限使一次生成在几十秒、几百 MB 内完成）。",
        "generate: number of accounts n = {n}; expected a whole number from {low} to {high} "
        "(the upper bound keeps one run within tens of seconds and a few hundred MB).",
    ),
    "gen.concentration": (
        "generate：集中度 concentration = {value}；它是前 20% 客户的收入份额，"
        "应大于 {low}（所有客户一样大）且不超过 0.99。",
        "generate: concentration = {value}; it is the revenue share of the top 20% of "
        "accounts: expected more than {low} (every account equal) and at most 0.99.",
    ),
    "gen.seed": (
        "generate：随机种子 seed = {value}；应为不小于 0 的整数（例如学号）。",
        "generate: seed = {value}; expected a whole number >= 0 (for example a student number).",
    ),
    "gen.not_a_folder": (
        "generate：{path} 已存在，但它是文件，不是文件夹；请换一个文件夹。",
        "generate: {path} exists but is a file, not a folder; choose another folder.",
    ),
    "gen.parent_not_folder": (
        "generate：无法在 {path} 建立文件夹：路径中的 {parent} 是文件，不是文件夹。",
        "generate: cannot create the folder {path}: {parent} on its path is a file, not a folder.",
    ),
    "gen.exists": (
        "generate：{path} 中已有 {count} 个文件：{names}。如要覆盖，请加 --force"
        "（Python 中 force=True），或换一个文件夹。",
        "generate: {count} file(s) already exist in {path}: {names}. Pass --force "
        "(Python: force=True) to overwrite them, or choose another folder.",
    ),
    "gen.cannot_create": (
        "generate：无法建立文件夹 {path}：{reason}。",
        "generate: cannot create the folder {path}: {reason}.",
    ),
    "gen.cannot_write": (
        "generate：无法写入 {path}：{reason}。没有留下任何写了一半的文件；原有文件保持不变。",
        "generate: cannot write {path}: {reason}. No partly written file was left "
        "behind; existing files are unchanged.",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
