"""Lesson 03's notebooks teach each misconception with the models' numbers."""

from kamlab.models import misconceptions as mc


def _notebook(lang):
    from pathlib import Path

    import nbformat

    path = Path(__file__).resolve().parents[3] / "notebooks" / lang / "03_misconceptions.ipynb"
    return nbformat.read(path, as_version=4)


def test_notebooks_teach_each_misconception_with_its_numbers():
    zh, en = _notebook("zh"), _notebook("en")
    codes = [[c.source for c in nb.cells if c.cell_type == "code"] for nb in (zh, en)]
    assert codes[0] == codes[1]
    for name in ("concession", "segment", "stage", "portfolio", "support"):
        cells = [c for c in zh.cells if c.cell_type == "code" and f"{name}_explorer()" in c.source]
        assert len(cells) == 1 and "nbval-ignore-output" in cells[0].metadata.get("tags", [])
    prose = {
        lang: "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        for lang, nb in (("zh", zh), ("en", en))
    }
    for phrase in ("过犹不及", "惟有共赢", "没有永恒的朋友", "误区一", "误区五"):
        assert phrase in prose["zh"], phrase
    printed = "\n".join(
        o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
        for c in en.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
    )
    c = mc.concession_curve()
    s = mc.support_value()
    paths = mc.relationship_paths(mc.DEDICATED_KAM)
    clear = mc.portfolio_risk("clear")
    quoted = [
        f"{c.best_concession:.1%}",
        f"{c.breakeven_concession:.1%}",
        f"{c.best_profit_gain:.1%}",
        f"{mc.segment_pnl().totals['win_win'] / 1e4:,.0f}",
        f"{100 * paths.retention:.1f}",
        f"{100 * clear.large_drop_probability:.1f}",
        f"{s.value_ratio:.2f}",
    ]
    for number in quoted:
        assert number.replace(",", "") in printed.replace(",", ""), number
        for lang in ("zh", "en"):
            assert number in prose[lang], (lang, number)
