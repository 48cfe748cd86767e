"""Loaders: shipped data round-trips; a user's malformed file gets a clear error, never a pandas traceback."""

import filecmp
from pathlib import Path

import pandas as pd
import pytest

import kamlab
from kamlab import cli
from kamlab.errors import DataFileError, KamlabValueError
from kamlab.io import SHIPPED_FILES, data_dictionary_csv, generate, load_table

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def _english(_fresh_language):
    """These tests read the English messages (tests/test_io_messy.py covers both languages)."""
    kamlab.set_lang("en")


def test_shipped_data_equals_the_generator(company):
    loaded = kamlab.load_company()
    for name, frame in company.tables().items():
        pd.testing.assert_frame_equal(loaded.tables()[name], frame, obj=name)
    assert loaded.year == 2026


def test_shipped_k1_case_equals_the_generator():
    made, loaded = kamlab.make_k1_case(), kamlab.load_k1_case()
    for name in ("accounts", "staff", "contacts"):
        pd.testing.assert_frame_equal(getattr(loaded, name), getattr(made, name), obj=name)


def test_regenerating_gives_identical_bytes(tmp_path):
    written = generate(tmp_path)
    names = sorted(p.name for p in written)
    assert names == sorted(list(SHIPPED_FILES) + ["data_dictionary.csv", "data_dictionary.md"])
    match, mismatch, errors = filecmp.cmpfiles(DATA, tmp_path, names, shallow=False)
    assert mismatch == [] and errors == [], f"data/ differs from `kamlab generate`: {mismatch or errors}"


def test_generate_never_overwrites_without_force(tmp_path):
    (tmp_path / "accounts.csv").write_text("mine\n", encoding="utf-8")
    with pytest.raises(
        KamlabValueError, match=r"1 file\(s\) already exist in .*: accounts.csv. Pass --force \(Python: force=True\)"
    ):
        generate(tmp_path)
    assert (tmp_path / "accounts.csv").read_text(encoding="utf-8") == "mine\n"
    generate(tmp_path, force=True)
    assert len(kamlab.load_accounts(tmp_path / "accounts.csv")) == 2000


def test_cli_generate_personal_data(tmp_path, capsys):
    assert cli.main(["generate", "--out", str(tmp_path), "--n", "60", "--seed", "2026001"]) == 0
    assert "accounts.csv" in capsys.readouterr().out
    company = kamlab.load_company(tmp_path)
    pd.testing.assert_frame_equal(company.accounts, kamlab.make_accounts(60, seed=2026001))
    assert cli.main(["generate", "--out", str(tmp_path)]) == 2
    assert "already exist" in capsys.readouterr().err
    assert cli.main(["generate", "--out", str(tmp_path / "x"), "--concentration", "1.5"]) == 2
    assert "concentration" in capsys.readouterr().err


def test_data_dictionary_covers_every_column():
    text = data_dictionary_csv()
    for table, cols in kamlab.schema.TABLES.items():
        for c in cols:
            assert f"{table},{c.name}," in text
            assert c.meaning_zh and c.meaning_en and c.label_zh and c.label_en


# ---- a user's own CSV ----------------------------------------------------------------
@pytest.fixture
def good_csv(tmp_path, accounts):
    path = tmp_path / "accounts.csv"
    kamlab.io.write_table(accounts.head(5), path)
    return path


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def test_a_valid_user_file_loads_with_extra_columns_kept(good_csv):
    edit(good_csv, "complaints\n", "complaints,note\n")
    lines = good_csv.read_text(encoding="utf-8").splitlines()
    good_csv.write_text("\n".join([lines[0]] + [line + ",hi" for line in lines[1:]]) + "\n", encoding="utf-8")
    frame = kamlab.load_accounts(good_csv)
    assert len(frame) == 5 and (frame.note == "hi").all()


def test_missing_file(tmp_path):
    with pytest.raises(DataFileError, match=r"load_accounts: .*nope.csv: no such file"):
        kamlab.load_accounts(tmp_path / "nope.csv")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(DataFileError, match="is a folder"):
        kamlab.load_accounts(tmp_path)


def test_empty_file(tmp_path):
    (tmp_path / "e.csv").write_text("", encoding="utf-8")
    with pytest.raises(DataFileError, match="the file is empty"):
        kamlab.load_accounts(tmp_path / "e.csv")


def test_header_only(good_csv):
    good_csv.write_text(good_csv.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="has a header line but no rows"):
        kamlab.load_accounts(good_csv)


def test_not_utf8_nor_gb18030(tmp_path):
    (tmp_path / "latin1.csv").write_bytes("account_id,name\nA1,x\nA2,Caf\u00e9,\n".encode("latin-1"))
    with pytest.raises(
        DataFileError,
        match=r"latin1.csv: cannot be decoded as UTF-8, GB18030 \(GBK\), Big5 \(cp950\), UTF-16: "
        r"the byte 0xE9 on line 3",
    ):
        kamlab.load_accounts(tmp_path / "latin1.csv")


def test_ragged_csv(good_csv):
    text = good_csv.read_text(encoding="utf-8").splitlines()
    text[3] = text[3] + ",1,2,3"
    good_csv.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"is not a well-formed CSV table \(Error tokenizing data"):
        kamlab.load_accounts(good_csv)


def test_missing_column(good_csv):
    frame = pd.read_csv(good_csv).drop(columns=["gross_margin", "revenue"])
    frame.to_csv(good_csv, index=False)
    with pytest.raises(
        DataFileError,
        match=r"missing columns 'revenue', 'gross_margin' of the accounts table. "
        r"Columns present: account_id, name_zh",
    ):
        kamlab.load_accounts(good_csv)


def _set(path, column, row, value):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[row, column] = value
    frame.to_csv(path, index=False)
    return path


@pytest.mark.parametrize(
    "column, value, msg",
    [
        ("revenue", "abc", r"column 'revenue', line 4: value 'abc'; expected a number in yuan \(>= 0\)"),
        ("revenue", "", r"column 'revenue', line 4: missing value \(empty\)"),
        ("revenue", "NaN", r"column 'revenue', line 4: value 'NaN'"),
        ("revenue", "inf", r"column 'revenue', line 4: value 'inf'"),
        ("revenue", "-5", r"column 'revenue', line 4: negative value '-5'"),
        ("share_of_wallet", "1.5", r"column 'share_of_wallet', line 4: share outside 0..1 '1.5'"),
        ("gross_margin", "20", r"column 'gross_margin', line 4: share outside 0..1 '20'"),
        ("orders_per_year", "2.5", r"column 'orders_per_year', line 4: non-whole value '2.5'"),
        ("strategic_importance", "7", r"rating outside 1..5 '7'"),
        ("industry", "bakery", r"column 'industry', line 4: unknown code 'bakery'; expected one of automotive"),
        ("name_zh", "", r"column 'name_zh', line 4: missing value"),
        ("account_id", "A0001", r"column 'account_id' must be unique, but 'A0001' appears on lines 2, 4"),
    ],
)
def test_bad_values_name_column_line_and_value(good_csv, column, value, msg):
    _set(good_csv, column, 2, value)
    with pytest.raises(DataFileError, match=msg):
        kamlab.load_accounts(good_csv)


def test_more_bad_values_are_counted(good_csv):
    _set(good_csv, "revenue", 1, "x")
    _set(good_csv, "revenue", 3, "y")
    with pytest.raises(
        DataFileError,
        match=r"2 problem\(s\).*\n- column 'revenue', line 3: value 'x'; .*\n"
        r"- column 'revenue', line 5: value 'y'",
    ):
        kamlab.load_accounts(good_csv)


def test_bad_date_and_bool(tmp_path, company):
    path = tmp_path / "tickets.csv"
    kamlab.io.write_table(company.tickets.head(4), path)
    _set(path, "opened", 0, "31/02/2026")
    with pytest.raises(DataFileError, match=r"column 'opened', line 2: value '31/02/2026'; expected a date"):
        kamlab.load_tickets(path)
    kamlab.io.write_table(company.tickets.head(4), path)
    _set(path, "escalated", 1, "maybe")
    with pytest.raises(DataFileError, match=r"column 'escalated', line 3: value 'maybe'; expected True or False"):
        kamlab.load_tickets(path)


def test_unknown_table():
    with pytest.raises(KamlabValueError, match="parameter 'table' = 'customers'; expected one of 'accounts'"):
        load_table("customers")


def test_broken_keys_across_tables(tmp_path):
    generate(tmp_path, n=40, seed=3)
    _set(tmp_path / "orders.csv", "account_id", 0, "A9999")
    with pytest.raises(
        DataFileError, match=r"orders line 2: account_id = 'A9999' matches no account_id in the accounts"
    ):
        kamlab.load_company(tmp_path)


def test_other_loaders(company):
    pd.testing.assert_frame_equal(kamlab.load_orders(), company.orders)
    pd.testing.assert_frame_equal(kamlab.load_contacts(), company.contacts)
    pd.testing.assert_frame_equal(kamlab.load_staff(), company.staff)
    pd.testing.assert_frame_equal(kamlab.load_tickets(), company.tickets)
