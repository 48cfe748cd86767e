"""Labels of the pre-drawn explorer pages (:mod:`kamlab.frames`): what the page says about its views."""

_FRAMES = {
    "frames.note": (
        "这是预先画好的视图：kamlab 在建站时用这个控件自己的模型和绘图函数画了 {n} 幅图，"
        "网页上的控件只在这些取值之间切换，不运行 Python。",
        "These are pre-drawn views: when the site was built, kamlab drew {n} pictures with this explorer's own "
        "model and plot functions; the controls on this page switch between those values and run no Python.",
    ),
    "frames.open": ("在 Jupyter 中打开，可以任意调整", "Open in Jupyter to change everything"),
    "frames.open_here": (
        "要任意调整所有控件，请在 Jupyter 中打开 {notebook}。",
        "To change everything, open {notebook} in Jupyter.",
    ),
    "frames.values": (
        "网页上有 {n} 个取值（Jupyter 中：{low} 至 {high}，步长 {step}）",
        "{n} values here (in Jupyter: {low} to {high} in steps of {step})",
    ),
    "frames.fixed": ("网页上固定为此值；在 Jupyter 中可调", "fixed here; change it in Jupyter"),
    "frames.reset": (
        "其他控件已回到初始值：这些视图是每次改变一个控件（或一组控件）画出的。",
        "The other controls went back to their starting values: these views were drawn changing one "
        "control (or one group of controls) at a time.",
    ),
    "frames.on": ("是", "on"),
    "frames.off": ("否", "off"),
    "frames.picture": ("图：{values}", "Picture: {values}"),
    "frames.missing": (
        "缺少预先画好的图（请重新运行 python -m kamlab.frames）。",
        "A pre-drawn picture is missing (run python -m kamlab.frames again).",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _FRAMES.items()}
