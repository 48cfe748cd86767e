"""Property: a table written with any mix of the supported encodings, separators, header
languages, number formats and category labels (CSV or Excel) loads back to the same values."""

import io

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.schema import TABLES
from kamlab.templates import formatted, number_text, xlsx_bytes
from tests._examples import examples
from tests.data.make_messy import clean_company

pytestmark = pytest.mark.filterwarnings("error")

ACCOUNTS = clean_company().accounts
COLUMNS = TABLES["accounts"]
NUMBER_STYLES = {
    "money": ["plain", "thousands", "money", "yuan_sign", "yuan_fullwidth_sign", "yuan_suffix", "wan", "fullwidth"],
    "hours": ["plain", "thousands", "fullwidth"],
    "count": ["plain", "thousands", "fullwidth"],
    "rating": ["plain", "fullwidth"],
    "share": ["plain", "percent"],
    "rate": ["plain", "percent", "percent_minus"],
}


def _in_gbk(text: str) -> bool:
    try:
        text.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


@st.composite
def written_tables(draw):
    rows = draw(st.lists(st.integers(0, len(ACCOUNTS) - 1), min_size=1, max_size=8, unique=True))
    frame = ACCOUNTS.iloc[rows].reset_index(drop=True).copy()
    # money of any size with cents, so separators, 万元 and full-width digits meet real magnitudes
    frame["revenue"] = draw(st.lists(st.integers(0, 10**13), min_size=len(rows), max_size=len(rows)))
    frame["revenue"] = frame["revenue"] / 100
    kind = draw(st.sampled_from(["csv", "tsv", "xlsx"]))
    encoding = None if kind == "xlsx" else draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"]))
    headers = {c.name: draw(st.sampled_from(["name", "zh", "en", "bilingual"])) for c in COLUMNS}
    numbers = {}
    for c in COLUMNS:
        if c.kind in NUMBER_STYLES:
            styles = NUMBER_STYLES[c.kind]
            if encoding == "gbk":  # GBK has ￥ and －, not the Latin-1 ¥ or the Unicode minus
                styles = [s for s in styles if _in_gbk(number_text(-0.5, s))]
            numbers[c.name] = draw(st.sampled_from(styles))
    categories = draw(st.sampled_from(["code", "zh", "en"]))
    cells = formatted(frame, "accounts", headers=headers, numbers=numbers, categories=categories)
    if kind == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        book.active.append(list(cells.columns))
        for row in cells.itertuples(index=False):
            book.active.append(list(row))
        data = xlsx_bytes(book)
    else:
        text = cells.to_csv(
            index=False, sep="," if kind == "csv" else "\t", lineterminator=draw(st.sampled_from(["\n", "\r\n"]))
        )
        data = text.encode(encoding)
    return frame.reset_index(drop=True), data, (kind, encoding, headers, numbers, categories)


@examples(30)
@given(written_tables())
def test_any_mix_of_formats_loads_to_the_same_values(case):
    frame, data, how = case
    kamlab.set_lang("en")
    try:
        loaded = kamlab.load_accounts(io.BytesIO(data))
    finally:
        kamlab.set_lang("zh")
    pd.testing.assert_frame_equal(loaded, frame, obj=str(how[:2]))
