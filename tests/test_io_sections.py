"""The loader's steps on their own (kamlab.io): sheet choice, second header line, column sorting, extras."""

import numpy as np
import pandas as pd
import pytest

from kamlab.errors import DataFileError
from kamlab.io import base, headers, load, read, values


def _ctx():
    return base._Ctx("load_table", "f.xlsx", "en")


def test_sheet_name_by_index_text_index_or_name():
    names = ["客户", "Sheet2", "3"]
    assert read._sheet_name(None, names, _ctx()) == "客户"
    assert read._sheet_name(1, names, _ctx()) == "Sheet2"
    assert read._sheet_name(" 1", names, _ctx()) == "Sheet2"  # "1" from the command line
    assert read._sheet_name("3", names, _ctx()) == "3"  # a sheet named "3" wins over the index
    assert read._sheet_name("Sheet2", names, _ctx()) == "Sheet2"
    for bad in (3, -1, True, "Sheet9"):
        with pytest.raises(DataFileError, match="Sheet2"):
            read._sheet_name(bad, names, _ctx())


def test_sort_columns_keeps_duplicates_extras_and_drops_empty_columns():
    header = ["客户编号", "account_id", "note", "", ""]
    body = pd.DataFrame({"c0": ["A1"], "c1": ["A1"], "c2": ["x"], "c3": [None], "c4": ["y"]}, dtype=object)
    mapped = {f"c{i}": headers._map_header(h, "accounts") for i, h in enumerate(header)}
    ctx = _ctx()
    by_name, extra = load._sort_columns(header, mapped, body, ctx)
    assert by_name == {"account_id": [0, 1]}
    assert extra == [2, 4] and len(ctx.notes) == 1  # the empty, unnamed column 3 is dropped


def test_add_extras_never_clashes():
    result = pd.DataFrame({"revenue": [1.0], "note": [2.0]})
    body = pd.DataFrame({"c0": ["a"], "c1": ["b"]}, dtype=object)
    ctx = _ctx()
    load._add_extras(result, [0, 1], ["note", ""], body, ctx)
    assert list(result.columns) == ["revenue", "note", "note_", "column_2"]
    assert result["note_"].tolist() == ["a"] and "note_" in ctx.notes[0]
    load._add_extras(result, [], [], body, ctx)
    assert len(ctx.notes) == 1


def test_second_header_line_is_skipped_once():
    header = ["客户编号", "客户名称（中文）", "销售额"]
    body = pd.DataFrame(
        [["account_id", "name_zh", "revenue"], ["A1", "甲", "1"]], columns=["c0", "c1", "c2"], dtype=object
    )
    mapped = {f"c{i}": headers._map_header(h, "accounts") for i, h in enumerate(header)}
    ctx = _ctx()
    probs = values._Problems(ctx, lambda: np.array([2, 3]))
    out = load._skip_second_header(body, mapped, "accounts", probs, ctx)
    assert out["c0"].tolist() == ["A1"] and list(probs.lines()) == [3] and len(ctx.notes) == 1
    same = load._skip_second_header(out, mapped, "accounts", probs, ctx)
    assert same is out
