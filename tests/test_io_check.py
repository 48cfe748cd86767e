"""Templates, the example file and ``kamlab check``: made by code, shipped, loadable, in zh and en."""

import re
from pathlib import Path

import pandas as pd
import pytest

import kamlab
from kamlab import cli
from kamlab.templates import EXAMPLE_FILE, TEMPLATE_FILES, write_data_files
from tests.data.make_messy import xlsx_cells

pytestmark = pytest.mark.filterwarnings("error")

DATA = Path(__file__).resolve().parents[1] / "data"
MESSY = Path(__file__).resolve().parent / "data" / "messy"


def test_shipped_templates_and_example_are_what_the_code_writes(tmp_path):
    written = write_data_files(tmp_path)
    assert sorted(p.name for p in written) == sorted(list(TEMPLATE_FILES) + [EXAMPLE_FILE])
    for name in TEMPLATE_FILES:
        assert xlsx_cells((tmp_path / "templates" / name).read_bytes()) == xlsx_cells(
            (DATA / "templates" / name).read_bytes()
        ), name
    assert (tmp_path / "examples" / EXAMPLE_FILE).read_bytes() == (DATA / "examples" / EXAMPLE_FILE).read_bytes()
    assert sorted(p.name for p in (DATA / "templates").iterdir()) == sorted(TEMPLATE_FILES)


def test_writing_twice_gives_identical_bytes(tmp_path):
    first = {p.name: p.read_bytes() for p in write_data_files(tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in write_data_files(tmp_path / "b")}
    assert first == second


def test_existing_files_are_kept_unless_forced(tmp_path):
    write_data_files(tmp_path)
    with pytest.raises(kamlab.KamlabValueError, match="already exist"):
        kamlab.templates.write_templates(tmp_path / "templates")
    with pytest.raises(kamlab.KamlabValueError, match="already exists"):
        kamlab.templates.write_example(tmp_path / "examples")


@pytest.mark.parametrize("name, table", sorted(TEMPLATE_FILES.items()))
def test_each_template_loads_its_example_row(name, table):
    cells = xlsx_cells((DATA / "templates" / name).read_bytes())
    data, notes = list(cells.values())
    assert data[0][0] == f"{kamlab.schema.TABLES[table][0].label_zh} / {kamlab.schema.TABLES[table][0].name}"
    assert len(data) == 2  # bilingual headers and one example row
    meanings = {row[0]: row for row in notes[1:] if row and row[0]}
    for col in kamlab.schema.TABLES[table]:  # the notes sheet is the data dictionary
        assert meanings[col.name][5] == col.meaning_zh and meanings[col.name][6] == col.meaning_en
    expected = kamlab.make_company(40, seed=2026).tables()[table].head(1)
    pd.testing.assert_frame_equal(kamlab.load_table(table, DATA / "templates" / name), expected)


def test_the_example_is_a_chinese_excel_export_that_loads():
    raw = (DATA / "examples" / EXAMPLE_FILE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("gbk")
    assert text.splitlines()[1].startswith("客户编号,客户名称（中文）,客户名称（英文）,行业")
    assert re.search(r'"\d{1,3}(,\d{3})+\.\d\d"', text)  # 86,062.07 as Excel shows money
    assert re.search(r",\d+\.\d\d%,", text)  # 13.00% as Excel shows shares
    assert text.splitlines()[-1].startswith("合计,") and "汽车" in text
    frame = kamlab.load_accounts(DATA / "examples" / EXAMPLE_FILE)
    pd.testing.assert_frame_equal(frame, kamlab.make_accounts(100, seed=2026))
    pyramid = kamlab.customer_pyramid(frame)
    assert pyramid.summary["count"].tolist() == [1, 4, 15, 80]


def test_the_shipped_files_are_package_data():
    from importlib import resources

    base = resources.files("kamlab.data")
    assert base.joinpath("templates", "accounts_template.xlsx").is_file()
    assert base.joinpath("examples", EXAMPLE_FILE).is_file()
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"templates/*.xlsx", "examples/*"' in text


# ---- kamlab check -------------------------------------------------------------------
def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "zh",
            ["行数：100", "客户编号 -> account_id", "第 103 行是合计行（'合计'），已跳过。", "可以读入：100 行，27 列"],
        ),
        (
            "en",
            [
                "rows: 100",
                "客户编号 -> account_id",
                "line 103 is a totals row ('合计'); skipped.",
                "loads: 100 rows, 27 columns matched",
            ],
        ),
    ],
)
def test_check_a_good_file(capsys, lang, words):
    code, out, err = run(capsys, "--lang", lang, "check", str(DATA / "examples" / EXAMPLE_FILE))
    assert code == 0 and err == ""
    for word in words:
        assert word in out


def test_check_other_tables_sheets_and_encodings(capsys):
    code, out, _ = run(
        capsys, "--lang", "en", "check", str(DATA / "templates" / "orders_template.xlsx"), "--table", "orders"
    )
    assert code == 0 and "rows: 1" in out and "订单编号 / order_id -> order_id" in out
    code, out, _ = run(capsys, "--lang", "en", "check", str(MESSY / "second_sheet.xlsx"), "--sheet", "客户")
    assert code == 0 and "[sheet '客户']" in out
    code, out, _ = run(capsys, "--lang", "en", "check", str(MESSY / "second_sheet.xlsx"), "--sheet", "1")
    assert code == 0 and "rows: 20" in out
    code, out, _ = run(
        capsys, "--lang", "en", "check", str(MESSY / "excel_gbk_zh_headers.csv"), "--encoding", "gb18030"
    )
    assert code == 0 and "format: csv (gb18030)" in out


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "zh",
            [
                "kamlab: 错误: check：",
                "共 8 处问题",
                "列 '行业' (industry)，第 7 行：未知代码 '面包店'",
                "列 '钱包份额' (share_of_wallet)，第 6 行：比例超出 0..1 '135%'",
            ],
        ),
        (
            "en",
            [
                "kamlab: error: check: ",
                "8 problem(s)",
                "column '行业' (industry), line 7: unknown code '面包店'",
                "column '钱包份额' (share_of_wallet), line 6: share outside 0..1 '135%'",
            ],
        ),
    ],
)
def test_check_a_broken_file_lists_every_problem(capsys, lang, words):
    code, out, err = run(capsys, "--lang", lang, "check", str(MESSY / "broken_many_problems_gbk.csv"))
    assert code == 2 and out == ""
    for word in words:
        assert word in err
    assert "Traceback" not in err and err.count("\n- ") == 7


@pytest.mark.parametrize(
    "argv, words",
    [
        (["check", "nope.csv"], ["no such file"]),
        (["check", str(MESSY / "broken_latin1.csv")], ["the byte 0xE9 on line 4"]),
        (["check", str(MESSY / "second_sheet.xlsx"), "--sheet", "x"], ["has no sheet 'x'"]),
        (["check", str(MESSY / "clean.csv"), "--encoding", "nope"], ["parameter 'encoding' = 'nope'"]),
        (["check", str(MESSY / "clean.csv"), "--table", "orders"], ["missing columns 'order_id'"]),
        (["check", str(MESSY)], ["is a folder"]),
    ],
)
def test_check_failures_exit_2_with_one_error(capsys, argv, words):
    code, out, err = run(capsys, "--lang", "en", *argv)
    assert code == 2 and out == "" and err.startswith("kamlab: error: ")
    for word in words:
        assert word in err
    assert "Traceback" not in err


def test_check_usage_errors_exit_2(capsys):
    code, _, err = run(capsys, "--lang", "en", "check")
    assert code == 2 and "the following arguments are required: file" in err
    code, _, err = run(capsys, "--lang", "en", "check", "x.csv", "--table", "customers")
    assert code == 2 and "invalid choice" in err


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "zh",
            [
                "- 第 3 行，列 'account_id'：重复 'A0002'；应为只出现一次的值。",
                "- 第 9 行，列 'account_id'：重复 'A0002'；应为只出现一次的值。",
                "- 第 10 行，列 'sales_rep'：缺少取值 （空）；应为非空的值。",
            ],
        ),
        (
            "en",
            [
                "- line 3, column 'account_id': duplicate 'A0002'; expected a value that appears only once.",
                "- line 5, column 'revenue': value '1234,5'; expected a number in yuan",
            ],
        ),
    ],
)
def test_check_all_lists_every_problem_one_per_line(capsys, lang, words):
    code, out, err = run(capsys, "--lang", lang, "check", str(MESSY / "broken_many_problems_gbk.csv"), "--all")
    assert code == 2 and out == "" and err.count("\n- ") == 8
    for word in words:
        assert word in err


def test_check_all_lists_more_than_the_message(tmp_path, capsys):
    text = kamlab.templates.formatted(kamlab.make_accounts(20, seed=7), "accounts")
    text.loc[0:9, "revenue"] = "?"
    text.to_csv(tmp_path / "a.csv", index=False)
    code, _, err = run(capsys, "--lang", "en", "check", str(tmp_path / "a.csv"))
    assert code == 2 and "... and 7 more in column 'revenue'." in err and "line 11" not in err
    code, _, err = run(capsys, "--lang", "en", "check", str(tmp_path / "a.csv"), "--all")
    assert code == 2 and [f"- line {n}, column 'revenue': value '?'" in err for n in range(2, 12)] == [True] * 10
