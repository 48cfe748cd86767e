"""Every result a lesson prints speaks the lesson's language and is readable (issue 14).

Scans the stored outputs of the built notebooks (``notebooks/zh|en/*.ipynb``):

* the zh lessons' outputs hold no English words (ASCII words of 3+ letters), apart from
  the acronyms and names the lessons use in Chinese too (KAM, CRM, VIP, HHI, IFRS, ...);
* no lesson shows a raw tuple, list, array or Series repr as a result.

Not scanned: widget views and images (their labels come from the catalog and are tested
with the widgets), the ``kamlab.setup()`` confirmation (a code-style line that
tests/test_packaging.py pins), the glossary at the end of lesson 00 (it lists the English term of
each concept on purpose: tests/lessons/test_glossary.py), and the exercise cells (``ex.ask/check/hint/...``), whose
Chinese text quotes code names such as ``ex.data`` on purpose.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))

#: Words the Chinese lessons use as they are (acronyms, a named index, units).
ALLOWED = {"KAM", "CRM", "VIP", "HHI", "IFRS", "CSRC", "Jaccard", "ROI", "CLV", "ABC"}

_WORD = re.compile(r"[A-Za-z]{3,}")
_RAW = re.compile(r"^\s*[\(\[{]|array\(|dtype: |Name: \w+, dtype|^<[\w.]+ object>$")


def _is_exercise(source: str) -> bool:
    return source.lstrip().startswith(("ex.", "answer = ", "ex =")) or "\nex." in source


def outputs(path: Path):
    """(cell index, kind, text) of every scanned output of a notebook."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        if "kamlab.setup()" in source or _is_exercise(source) or source.strip() == "kamlab.glossary()":
            continue
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "application/vnd.jupyter.widget-view+json" in data or "image/png" in data:
                continue
            if out["output_type"] == "stream":
                yield i, "stream", "".join(out["text"])
            elif "text/html" in data:
                page = "".join(data["text/html"])
                page = re.sub(r"(?s)<style.*?</style>", " ", page)
                yield i, "html", html.unescape(re.sub(r"<[^>]+>", " ", page))
            elif "text/markdown" in data:
                yield i, "markdown", "".join(data["text/markdown"])
            elif "text/plain" in data:
                yield i, "plain", "".join(data["text/plain"])


def english_words(text: str) -> set[str]:
    """ASCII words of 3+ letters that are not on the allowed list.

    >>> sorted(english_words("HHI（0–10,000） 63.3 volume gain at 5%"))
    ['gain', 'volume']
    """
    return {w for w in _WORD.findall(text) if w not in ALLOWED}


def test_the_scan_catches_what_the_issue_reported():
    """The scan's own known answers: the kinds of output issue 14 listed are caught."""
    assert english_words("volume gain at 5%: 0.3166") == {"volume", "gain"}
    assert english_words("focused - even = -4,487 (10k yuan)") >= {"focused", "even", "yuan"}
    assert english_words("VIP客户 的利润率 4.4%；CRM记录") == set()
    for raw in (
        "(3000000.0, 23076923.08, 0.13, True, False)",
        "([], array([0.4118, 0.5882]), array([0.0909, 0.9091]), [-27.27, -25.0])",
        "0     1.000\n10    0.525\nName: loss_probability, dtype: float64",
        "{'cuts': 14, 'branch_cuts': 1}",
        "<IPython.core.display.Markdown object>",
    ):
        assert _RAW.search(raw), raw
    assert not _RAW.search("数值 B公司的销售额（元） 3,000,000")


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.parent.name == "zh"], ids=lambda p: p.name)
def test_zh_outputs_hold_no_english(path):
    found = {(i, kind): sorted(words) for i, kind, text in outputs(path) if (words := english_words(text))}
    assert not found, f"{path.name}: English in printed outputs (cell, kind): {found}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_raw_reprs_as_results(path):
    raw = [(i, text[:80]) for i, kind, text in outputs(path) if kind in ("plain", "stream") and _RAW.search(text)]
    assert not raw, f"{path.name}: raw tuple/list/array/Series reprs shown as results: {raw}"
