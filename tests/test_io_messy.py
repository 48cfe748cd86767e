"""A user's own data, as it really looks: the corpus in tests/data/messy/ (built by
tests/data/make_messy.py), every source type, every problem reported at once, in zh and en.

Warnings are errors here: loading a messy file must never emit a RuntimeWarning (or any
other warning) on the way to a result or a clear error.
"""

import io
import json
import os
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import kamlab
from kamlab.errors import DataFileError, KamlabError, KamlabTypeError, KamlabValueError
from tests.data.make_messy import build, clean_company, xlsx_cells

pytestmark = pytest.mark.filterwarnings("error")

MESSY = Path(__file__).resolve().parent / "data" / "messy"
EXPECTED = json.loads((MESSY / "expected.json").read_text(encoding="utf-8"))
GOOD = sorted(name for name, e in EXPECTED.items() if e["equal"])
BROKEN = sorted(name for name, e in EXPECTED.items() if not e["equal"])


@pytest.fixture(scope="module")
def clean():
    return clean_company().tables()


@pytest.fixture
def en(_fresh_language):
    kamlab.set_lang("en")


def test_the_corpus_is_the_scripts_output(tmp_path):
    """tests/data/messy/ is never edited by hand: the script rebuilds it byte for byte."""
    written = build(tmp_path)
    names = sorted(p.name for p in written)
    assert names == sorted(p.name for p in MESSY.iterdir())
    for name in names:
        made, kept = (tmp_path / name).read_bytes(), (MESSY / name).read_bytes()
        if made.startswith(b"PK"):  # a workbook: the same sheets and cells (zip bytes vary with openpyxl)
            assert xlsx_cells(made) == xlsx_cells(kept), name
        else:
            assert made == kept, name


def test_the_corpus_has_each_kind_of_file():
    kinds = {".csv", ".tsv", ".txt", ".xlsx", ".ods", ".xls", ".et"}
    assert kinds <= {Path(n).suffix for n in EXPECTED}
    raw = {n: (MESSY / n).read_bytes() for n in EXPECTED}
    assert raw["unicode_text_utf16.txt"].startswith(b"\xff\xfe")
    assert raw["utf8_bom_mixed_headers.csv"].startswith(b"\xef\xbb\xbf")
    assert raw["excel_saved_as.csv"].startswith(b"PK\x03\x04")
    with pytest.raises(UnicodeDecodeError):
        raw["excel_gbk_zh_headers.csv"].decode("utf-8")
    with pytest.raises(UnicodeEncodeError):  # beyond GBK: only GB18030 has it
        raw["gb18030_extra_column.csv"].decode("gb18030").encode("gbk")


@pytest.mark.parametrize("name", GOOD)
def test_a_realistic_file_loads_to_the_clean_table(name, clean, en):
    spec = EXPECTED[name]
    frame = kamlab.load_table(spec["table"], MESSY / name, **spec["load"])
    expected = clean[spec["table"]].copy()
    for column, values in spec.get("replace", {}).items():  # e.g. names as Big5 can write them
        expected[column] = pd.array(values, dtype=expected[column].dtype)
    pd.testing.assert_frame_equal(frame[list(expected.columns)], expected, obj=name)
    extra = [c for c in frame.columns if c not in expected.columns]
    for column in extra:  # extra columns are kept, and the notes say so
        assert any(repr(column) in note for note in frame.attrs["notes"])


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_file_names_file_column_line_and_value(name, en):
    spec = EXPECTED[name]
    with pytest.raises(DataFileError) as info:
        kamlab.load_table(spec["table"], MESSY / name, **spec["load"])
    message, problems = str(info.value), info.value.problems
    assert str(MESSY / name) in message
    for text in spec.get("says", []):
        assert text in message, (text, message)
    assert isinstance(problems, pd.DataFrame)
    assert list(problems.columns) == ["file", "column", "header", "line", "value", "problem", "expected"]
    for p in spec["problems"]:
        assert f"line {p['line']}" in message or f"lines {p['line']}" in message or f", {p['line']}" in message, (
            p,
            message,
        )
        if p["value"] is not None:
            assert p["value"] in message, (p, message)
        if p["column"] is not None:
            rows = problems[(problems.column == p["column"]) & (problems.line == p["line"])]
            assert len(rows) >= 1, (p, problems)
            if p["value"] is not None:
                assert p["value"] in rows.value.tolist()


def test_every_problem_of_a_file_is_reported_at_once(en):
    with pytest.raises(DataFileError) as info:
        kamlab.load_accounts(MESSY / "broken_many_problems_gbk.csv")
    problems = info.value.problems
    assert set(problems.column) == {
        "revenue",
        "share_of_wallet",
        "industry",
        "orders_per_year",
        "account_id",
        "sales_rep",
    }
    assert str(info.value).count("\n- ") == 7  # the duplicate id is one item naming both lines
    assert "8 problem(s)" in str(info.value)


def test_many_bad_values_in_one_column_show_the_first_three_and_count_the_rest(tmp_path, clean, en):
    frame = clean["accounts"].copy()
    text = kamlab.templates.formatted(frame, "accounts")
    text.loc[2:9, "revenue"] = "?"
    text.to_csv(tmp_path / "a.csv", index=False)
    with pytest.raises(DataFileError) as info:
        kamlab.load_accounts(tmp_path / "a.csv")
    message = str(info.value)
    assert [f"line {n}:" in message for n in (4, 5, 6, 7)] == [True, True, True, False]
    assert "... and 5 more in column 'revenue'." in message
    assert len(info.value.problems) == 8 and info.value.problems.line.tolist() == list(range(4, 12))


def test_messages_follow_the_language(tmp_path, clean):
    path = MESSY / "broken_many_problems_gbk.csv"
    kamlab.set_lang("zh")
    with pytest.raises(DataFileError) as zh:
        kamlab.load_accounts(path)
    assert "共 8 处问题" in str(zh.value)
    assert "列 '本年销售额' (revenue)，第 4 行：取值 '12,34.5'；应为以元计的数" in str(zh.value)
    assert "列 '客户编号' (account_id) 的值必须唯一，但 'A0002' 出现在第 3, 9 行" in str(zh.value)
    assert zh.value.problems.problem.str.contains("未知代码").any()
    kamlab.set_lang("en")
    with pytest.raises(DataFileError) as en:
        kamlab.load_accounts(path)
    assert "8 problem(s)" in str(en.value)
    assert "column '本年销售额' (revenue), line 4: value '12,34.5'; expected a number in yuan" in str(en.value)
    kamlab.set_lang("zh")
    with pytest.raises(DataFileError, match="nope.csv：文件不存在"):
        kamlab.load_accounts(tmp_path / "nope.csv")
    with pytest.raises(DataFileError, match="第 4 行有字节 0xE9"):
        kamlab.load_accounts(MESSY / "broken_latin1.csv")
    kamlab.set_lang("en")
    with pytest.raises(DataFileError, match="the byte 0xE9 on line 4"):
        kamlab.load_accounts(MESSY / "broken_latin1.csv")


def test_kamlab_setup_sets_the_language_of_messages(tmp_path):
    kamlab.setup("en", fonts=False)
    with pytest.raises(DataFileError, match="no such file"):
        kamlab.load_accounts(tmp_path / "nope.csv")


# ---- sources: paths, files, frames ------------------------------------------------------
def test_every_kind_of_source(clean, en, tmp_path, monkeypatch):
    accounts = clean["accounts"]
    path = MESSY / "clean.csv"
    text = path.read_text(encoding="utf-8")
    pd.testing.assert_frame_equal(kamlab.load_accounts(io.StringIO(text)), accounts)
    pd.testing.assert_frame_equal(kamlab.load_accounts(io.BytesIO(path.read_bytes())), accounts)
    with open(path, "rb") as f:
        pd.testing.assert_frame_equal(kamlab.load_accounts(f), accounts)
    with open(path, encoding="utf-8") as f:
        pd.testing.assert_frame_equal(kamlab.load_accounts(f), accounts)
    pd.testing.assert_frame_equal(kamlab.load_accounts(str(path)), accounts)
    pd.testing.assert_frame_equal(kamlab.load_accounts(accounts), accounts)  # a frame: checked too
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "mine.csv").write_bytes(path.read_bytes())
    pd.testing.assert_frame_equal(kamlab.load_accounts("~/mine.csv"), accounts)


def test_a_frame_is_checked_like_a_file(clean, en):
    frame = clean["accounts"].copy()
    frame.loc[3, "revenue"] = -1.0
    frame["gross_margin"] = frame["gross_margin"].astype(object)
    frame.loc[5, "gross_margin"] = "13%"
    with pytest.raises(DataFileError) as info:
        kamlab.load_accounts(frame)
    assert "DataFrame: 1 problem(s)" in str(info.value)
    assert "column 'revenue', line 5: negative value '-1'" in str(info.value)
    frame = clean["accounts"].astype(str)  # all text, as read by hand
    pd.testing.assert_frame_equal(kamlab.load_accounts(frame), clean["accounts"])


@pytest.mark.parametrize(
    "source, error, message",
    [
        (123, KamlabTypeError, r"load_accounts: parameter 'path' = 123 \(int\); expected a file path"),
        (["x"], KamlabTypeError, r"parameter 'path' = \['x'\] \(list\)"),
        ("", DataFileError, r"parameter 'path' is an empty string"),
        ("   ", DataFileError, r"parameter 'path' is an empty string"),
    ],
)
def test_wrong_sources_get_a_kamlab_error(source, error, message, en):
    with pytest.raises(error, match=message):
        kamlab.load_accounts(source)
    with pytest.raises(KamlabError):
        kamlab.load_table("staff", source)


def test_sheet_and_encoding_parameters(clean, en):
    with pytest.raises(DataFileError, match=r"has no sheet 'Sheet9'; sheets present: '说明', '客户'"):
        kamlab.load_accounts(MESSY / "second_sheet.xlsx", sheet="Sheet9")
    with pytest.raises(DataFileError, match="'说明'"):  # the first sheet holds no table
        kamlab.load_accounts(MESSY / "second_sheet.xlsx")
    pd.testing.assert_frame_equal(kamlab.load_accounts(MESSY / "second_sheet.xlsx", sheet=1), clean["accounts"])
    with pytest.raises(DataFileError, match="applies to Excel files only"):
        kamlab.load_accounts(MESSY / "clean.csv", sheet="x")
    with pytest.raises(KamlabValueError, match="parameter 'encoding' = 'klingon' is not an encoding"):
        kamlab.load_accounts(MESSY / "clean.csv", encoding="klingon")
    with pytest.raises(DataFileError, match=r"cannot be decoded as utf-8: the byte 0x[0-9A-F]{2} on line 1"):
        kamlab.load_accounts(MESSY / "excel_gbk_zh_headers.csv", encoding="utf-8")
    frame = kamlab.load_accounts(MESSY / "excel_gbk_zh_headers.csv", encoding="gbk")
    pd.testing.assert_frame_equal(frame, clean["accounts"])


def test_excel_leftovers_are_skipped_with_notes(en):
    frame = kamlab.load_accounts(MESSY / "excel_gbk_zh_headers.csv")
    notes = frame.attrs["notes"]
    assert notes == [
        "skipped 1 line(s) above the header (a title): 'A公司客户清单 2026'.",
        "line 23 is a totals row ('合计'); skipped.",
        "dropped 2 empty row(s) (lines 24, 25).",
    ]


def test_a_file_that_is_only_empty_rows(tmp_path, en):
    header = ",".join(kamlab.schema.columns("accounts"))
    (tmp_path / "e.csv").write_text(header + "\n,,\n,\n\n" + "," * 26 + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="has a header line but no rows"):
        kamlab.load_accounts(tmp_path / "e.csv")
    (tmp_path / "w.csv").write_bytes(b"  \r\n\t\n")
    with pytest.raises(DataFileError, match="the file is empty"):
        kamlab.load_accounts(tmp_path / "w.csv")


def test_numbers_as_people_type_them(tmp_path, clean, en):
    accounts = clean["accounts"].head(6)
    text = kamlab.templates.formatted(accounts, "accounts")
    text["revenue"] = ["86,062.07", "¥16989.88", "16989.88元", "1.7万元", "８６０６２．０７", "￥1,234.50"]
    text["growth_trend"] = ["\u22125%", "-0.05", "5%", "\uff0d0.05", "+0.05", "0"]
    text["share_of_wallet"] = ["13%", "13.00%", "0.13", "１３％", "100%", "0%"]
    text.to_csv(tmp_path / "n.csv", index=False)
    frame = kamlab.load_accounts(tmp_path / "n.csv")
    assert frame.revenue.tolist() == [86062.07, 16989.88, 16989.88, 17000.0, 86062.07, 1234.5]
    assert frame.growth_trend.tolist() == [-0.05, -0.05, 0.05, -0.05, 0.05, 0.0]
    assert frame.share_of_wallet.tolist() == [0.13, 0.13, 0.13, 0.13, 1.0, 0.0]


@pytest.mark.parametrize(
    "column, value",
    [
        ("revenue", "1,5"),
        ("revenue", "12,3456.7"),
        ("revenue", "5%"),
        ("share_of_wallet", "¥0.5"),
        ("revenue", "1e5元"),
        ("revenue", "--5"),
        ("revenue", "1 000"),
        ("orders_per_year", "3元"),
        ("revenue", "NaN"),
        ("revenue", "inf"),
        ("revenue", "1_000"),
        ("gross_margin", "13%%"),
    ],
)
def test_numbers_that_are_not_numbers_are_errors_not_guesses(tmp_path, clean, column, value, en):
    text = kamlab.templates.formatted(clean["accounts"].head(4), "accounts")
    text.loc[2, column] = value
    text.to_csv(tmp_path / "x.csv", index=False)
    with pytest.raises(DataFileError, match=rf"column '{column}', line 4: \w[\w .]*'{re.escape(value)}'"):
        kamlab.load_accounts(tmp_path / "x.csv")


def test_out_of_range_values_are_errors(tmp_path, clean, en):
    text = kamlab.templates.formatted(clean["contacts"].head(4), "contacts")
    text.loc[0, "since_year"] = "2101"
    text.loc[1, "strength"] = "0"
    text.to_csv(tmp_path / "c.csv", index=False)
    with pytest.raises(DataFileError) as info:
        kamlab.load_contacts(tmp_path / "c.csv")
    assert "column 'since_year', line 2: year outside 1900..2100 '2101'" in str(info.value)
    assert "column 'strength', line 3: rating outside 1..5 '0'" in str(info.value)
    text = kamlab.templates.formatted(clean["accounts"].head(4), "accounts")
    text.loc[1, "complaints"] = str(2**53 + 2)
    text.to_csv(tmp_path / "a.csv", index=False)
    with pytest.raises(DataFileError, match=rf"column 'complaints', line 3: value too large '{2**53 + 2}'"):
        kamlab.load_accounts(tmp_path / "a.csv")


def test_duplicate_and_unknown_headers(tmp_path, clean, en):
    text = kamlab.templates.formatted(clean["staff"], "staff")
    text.insert(1, "员工编号", text["staff_id"])
    text["comment"] = "x"
    text.to_csv(tmp_path / "s.csv", index=False)
    with pytest.raises(DataFileError, match=r"column 'staff_id' appears more than once: 'staff_id', '员工编号'"):
        kamlab.load_staff(tmp_path / "s.csv")
    text = text.drop(columns=["员工编号"])
    text.to_csv(tmp_path / "s.csv", index=False)
    frame = kamlab.load_staff(tmp_path / "s.csv")
    assert frame.attrs["notes"] == ["extra columns kept as text: 'comment'."]
    assert (frame.comment == "x").all()


def test_line_numbers_in_key_checks_are_the_files_own(tmp_path, en):
    kamlab.generate(tmp_path, n=20, seed=3)
    text = (tmp_path / "orders.csv").read_text(encoding="utf-8").splitlines()
    text[3] = text[3].replace(text[3].split(",")[1], "A9999", 1)
    text.insert(2, "")  # a blank line above it
    (tmp_path / "orders.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"orders line 5: account_id = 'A9999' matches no account_id"):
        kamlab.load_company(tmp_path)


def test_no_runtime_warning_on_hostile_numbers(tmp_path, clean, en):
    text = kamlab.templates.formatted(clean["accounts"].head(4), "accounts")
    text.loc[0, "revenue"] = "1e400"
    text.loc[1, "gross_margin"] = "-inf"
    text.loc[2, "orders_per_year"] = "1e308"
    text.loc[3, "strategic_importance"] = "nan"
    text.to_csv(tmp_path / "h.csv", index=False)
    with pytest.raises(DataFileError) as info:  # warnings are errors in this module
        kamlab.load_accounts(tmp_path / "h.csv")
    assert set(info.value.problems.column) == {"revenue", "gross_margin", "orders_per_year", "strategic_importance"}
    assert not np.any(info.value.problems.line.isna())
    assert os.path.basename(info.value.problems.file.iloc[0]) == "h.csv"
