"""Punctuation and small text patterns that differ between Chinese and English.

Compute and loader code that writes a sentence asks for these instead of branching on
``lang == "zh"``: full-width ``：，。（）`` in Chinese, ``: , . ( )`` in English; no space
between sentences in Chinese, one in English.
"""

_TEXTS = {
    "format.colon": ("：", ": "),
    "format.comma": ("，", ", "),
    "format.full_stop": ("。", "."),
    "format.two_sentences": ("{first}{second}", "{first} {second}"),
    "format.name_id": ("{name}（{id}）", "{name} ({id})"),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
