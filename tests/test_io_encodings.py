"""Which encoding a text file is in (issue 27): never a decode into characters no one types.

The corpus (tests/data/messy, tests/test_io_messy.py) holds a file of each kind; these
tests pin the decisions between them: GB18030 against Big5 when both decode, the
messages in both languages.
"""

import io

import pytest

import kamlab
from kamlab.errors import DataFileError


def _both_ways(n: int = 12) -> str:
    """Chinese characters whose GB2312 bytes are also common Big5 characters (B0A1-C67E)."""
    out = []
    for code in range(0xB0A1, 0xC67E):
        raw = code.to_bytes(2, "big")
        if raw[1] < 0xA1:
            continue
        try:
            raw.decode("gb2312"), raw.decode("cp950")
        except UnicodeDecodeError:
            continue
        out.append(raw.decode("gb2312"))
        if len(out) == n:
            break
    return "".join(out)


def _staff(names: list[str]) -> str:
    rows = [f"S{i:02d},{name},Name {i},sales_rep,sales" for i, name in enumerate(names, start=1)]
    return "staff_id,name_zh,name_en,role,department\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bytes_both_encodings_read_as_common_chinese_ask_for_the_encoding(lang):
    chars = _both_ways()
    raw = _staff([chars[i : i + 3] for i in range(0, 12, 3)]).encode("gb2312")
    with pytest.raises(DataFileError) as info:
        kamlab.load_table("staff", io.BytesIO(raw), lang=lang)
    message = str(info.value)
    assert "encoding='big5'" in message and "encoding='gb18030'" in message
    assert repr(chars[:8]) in message  # the GB18030 reading
    frame = kamlab.load_table("staff", io.BytesIO(raw), encoding="gb18030", lang=lang)
    assert frame.name_zh.iloc[0] == chars[:3]
    big5 = kamlab.load_table("staff", io.BytesIO(raw), encoding="big5", lang=lang)
    assert big5.name_zh.iloc[0] == chars[:3].encode("gb2312").decode("big5")


def test_big5_is_chosen_over_gb18030_and_reported():
    names = ["臺灣精密機械", "高雄鋼鐵", "新竹電子", "臺中機具"]
    raw = _staff(names).encode("cp950")
    report = kamlab.io.check_file(io.BytesIO(raw), "staff", lang="en")
    assert report.encoding == "cp950"
    assert list(kamlab.load_table("staff", io.BytesIO(raw)).name_zh) == names


def test_simplified_gbk_stays_gb18030():
    names = ["宁波瑞诺汽车零部件有限公司", "哈尔滨天诚汽车零部件有限公司", "保定瑞达数控机床有限公司"]
    raw = _staff(names).encode("gbk")
    assert kamlab.io.check_file(io.BytesIO(raw), "staff", lang="en").encoding == "gb18030"


@pytest.mark.parametrize(
    "lang, says",
    [("zh", ["第 2 行", "NUL"]), ("en", ["line 2", "NUL"])],
)
def test_a_nul_byte_is_refused_in_the_users_language(lang, says):
    raw = _staff(["甲", "乙"]).replace("S01", "S0\x001").encode("utf-8")
    with pytest.raises(DataFileError) as info:
        kamlab.load_table("staff", io.BytesIO(raw), lang=lang)
    assert all(s in str(info.value) for s in says), str(info.value)


@pytest.mark.parametrize("lang, says", [("zh", "单独的 CR"), ("en", "CR alone")])
def test_cr_only_line_ends_are_read_with_a_note(lang, says):
    raw = _staff(["甲", "乙"]).replace("\n", "\r").encode("utf-8")
    frame = kamlab.load_table("staff", io.BytesIO(raw), lang=lang)
    assert list(frame.staff_id) == ["S01", "S02"]
    assert any(says in note for note in frame.attrs["notes"])


def test_cr_only_line_numbers_in_messages_are_the_files_own():
    raw = _staff(["甲", "", "丙"]).replace("\n", "\r").encode("utf-8")
    with pytest.raises(DataFileError, match=r"line 3"):
        kamlab.load_table("staff", io.BytesIO(raw), lang="en")
