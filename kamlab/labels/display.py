"""Labels of kamlab.show (kamlab/display.py): headers, row names and words of the lessons' printed results.

Keys are ``show.<word>`` for a column, index or cell word, ``show.<context>.<word>`` where a word means
something else in one lesson's context (e.g. ``show.k3.keep``), and a few ``lesson06.date.*`` texts.
"""

_TEXTS = {
    "lesson06.date.then": ("当年（教材未注明年份）", "back then (no year given)"),
    "show.item": ("项目", "Item"),
    "show.value": ("数值", "Value"),
    "show.yes": ("是", "yes"),
    "show.no": ("否", "no"),
}

LABELS = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
