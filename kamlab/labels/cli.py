"""Labels of the command line (``kamlab ...``): the error line and its common causes."""

_TEXTS = {
    "cli.error": ("错误", "error"),
    "cli.interrupted": ("已中断。", "interrupted."),
    "cli.memory": (
        "内存不足：请减小数据规模（例如 --n）后重试。",
        "out of memory: try again with a smaller size (for example --n).",
    ),
    "cli.os_error": ("无法读写 {path}：{reason}。", "cannot read or write {path}: {reason}."),
    "cli.internal": (
        "kamlab 内部错误（{what}）。这不是您的操作问题，请把这条信息报告给开发者；设置 KAMLAB_DEBUG=1 可显示详细信息。",
        "internal error in kamlab ({what}). This is not your fault: please report "
        "this line; set KAMLAB_DEBUG=1 to see the details.",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
