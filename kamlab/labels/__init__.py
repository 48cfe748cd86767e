"""zh/en label catalogs, one module per part of kamlab.

Each module in this package defines ``LABELS: dict[str, dict[str, str]]`` mapping a
key to its Chinese (``"zh"``) and English (``"en"``) text. :mod:`kamlab.i18n` merges
them into one catalog and refuses duplicate keys; a test requires both languages for
every key.
"""
