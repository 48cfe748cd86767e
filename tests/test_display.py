"""kamlab.show: one code cell, a labelled table in each lesson language."""

import numpy as np
import pandas as pd
import pytest

import kamlab
from kamlab.display import format_value, label, show
from kamlab.errors import KamlabTypeError


def test_same_call_gives_each_language_its_table():
    values = {"revenue_b": 3_000_000.0, "share": 0.13, "above_disclosure": True}
    zh, en = show(values, lang="zh"), show(values, lang="en")
    assert zh.frame.index.tolist() == ["B公司的销售额（元）", "B公司的占比", "达到 10% 参考线（IFRS 8.34）？"]
    assert zh.frame.iloc[:, 0].tolist() == ["3,000,000", "0.13", "是"] and zh.frame.columns.tolist() == ["数值"]
    assert en.frame.iloc[:, 0].tolist() == ["3,000,000", "0.13", "yes"]
    assert "<table" in zh._repr_html_() and "B公司的占比" in repr(zh)


def test_frames_relabel_columns_index_and_word_cells_with_context():
    frame = pd.DataFrame({"supply": ["(0, 0)"], "withdraw": ["(-30, -25)"]}, index=["keep"])
    out = show(frame, context="gome_gree.action", lang="zh").frame
    assert out.columns.tolist() == ["继续供货", "撤出"] and out.index.tolist() == ["维持价格"]
    words = pd.DataFrame({"quadrant": pd.Categorical(["star"]), "loses_money": [False]}, index=["A0561"])
    out = show(words, context="portfolio", lang="en").frame
    assert out.iloc[0].tolist() == [kamlab.t("portfolio.star", "en"), "no"] and out.index.tolist() == ["A0561"]
    multi = pd.DataFrame(
        {"value": [1.5]}, index=pd.MultiIndex.from_tuples([("goal", "revenue")], names=["section", "item"])
    )
    assert show(multi, lang="zh").frame.index.tolist() == [("目标", "本年销售额")]


def test_values_are_formatted_for_reading():
    assert format_value(np.float64(-108.8), lang="en") == "-108.8"
    assert format_value(np.array([0.25, 0.5]), lang="en") == "(0.25, 0.5)"
    assert format_value([("cut", "withdraw")], context="gome_gree.action", lang="zh") == "（擅自降价，撤出）"
    assert format_value(23076923.0769, lang="en") == "23,076,923.08" and format_value(float("nan"), lang="en") == "—"
    assert label("not_a_label", lang="zh") == "not_a_label" and label(3, lang="zh") == 3
    assert show({"share": 0.13}, title="show.title.value_ratio", lang="en").title.startswith("Value with support")


def test_series_and_series_name():
    s = pd.Series([0.525], index=[10], name="loss_probability").rename_axis("hours_per_year")
    out = show(s, lang="en").frame
    assert out.columns.tolist() == ["Chance the link is lost in a year"] and out.index.name == "Hours a year"


@pytest.mark.parametrize("bad", [(1, 2), [1, 2], np.array([1.0]), 0.5, "text"])
def test_bare_tuples_and_arrays_are_refused(bad):
    with pytest.raises(KamlabTypeError, match=r"show: parameter 'result' must be a dict, pandas Series or DataFrame"):
        show(bad)


def test_bad_language_is_refused():
    from kamlab.errors import KamlabValueError

    with pytest.raises(KamlabValueError, match="'lang' = 'fr'"):
        show({"share": 0.1}, lang="fr")


def test_numbers_kept_as_text_in_a_frame_are_formatted():
    plan = pd.DataFrame({"value": ["16535564.45", "strategic", "2029-12-31"]}, index=["revenue", "quadrant", "due"])
    out = show(plan, context="portfolio", lang="en").frame["Value"].tolist()
    assert out == ["16,535,564.45", kamlab.t("portfolio.strategic", "en"), "2029-12-31"]
    assert show({"margin_multiple": "2.50"}, lang="en").frame.iloc[0, 0] == "2.50"  # a dict keeps the caller's digits


def test_tables_align_text_left_numbers_right_and_drop_a_default_index():
    """Long Chinese text reads from the left, numbers line up on the right, and a 0..n-1 index
    (which says nothing beside a 优先级 1-5 column) is not shown."""
    frame = pd.DataFrame(
        {"priority": [1, 2], "action": ["先把组织与流程理顺，再上信息系统", "<b>培训</b>"], "share": [0.25, 1234.5]}
    )
    shown = show(frame, lang="zh")
    page = shown._repr_html_()
    uid = page.split('<table id="', 1)[1].split('"', 1)[0]
    assert f"#{uid} td.col1 {{\n  text-align: left;" in page  # the text column
    assert f"#{uid} td.col0 {{\n  text-align: right;" in page and f"#{uid} td.col2 {{\n  text-align: right;" in page
    assert "row_heading" not in page and "blank" not in page  # no index column
    assert ">1,234.50<" in page and ">0.25<" in page and "&lt;b&gt;" in page
    assert not repr(shown).splitlines()[1].lstrip().startswith("0 ")
    assert shown._repr_html_() == page  # the same table, the same HTML (notebook outputs stay stable)
    # a meaningful index stays, and formatted numbers kept as text are numbers too
    named = show(pd.DataFrame({"value": ["3,000,000", "13%"]}, index=["A0561", "A1620"]), lang="en")._repr_html_()
    assert "A0561" in named and "row_heading" in named and "td.col0 {\n  text-align: right;" in named
