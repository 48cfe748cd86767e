"""The third outside review (issue 27): each kind of input it found a raw exception or a
silently wrong number with, one test per kind, over every public callable it applies to.

Data files of the same review are in the messy-input corpus (tests/data/make_messy.py,
tests/test_io_messy.py), and here once more, damaged; command-line arguments in
tests/test_cli_args.py.
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import kamlab
import kamlab.exercises as exercises
import kamlab.models.misconceptions as mis
from kamlab.analytics import abc_classes, customer_pyramid, pareto_table, whale_curve
from kamlab.errors import KamlabError, KamlabTypeError
from kamlab.models import gome_gree, runaway_horse
from kamlab.models.start_here import revenue_by_industry, select_accounts

from ._harness import outcome
from .specs import PAYOFFS, SPECS

TEXT_CASES = [pytest.param(s, p, id=f"{s.name}-{p}") for s in SPECS for p in s.texts]
NOT_A_TEXT = (np.array(["end", "now"]), np.array(["end"]), pd.DataFrame({"x": ["a", "b"]}), pd.Series(["a"]), 0.0)


def test_text_parameters_are_found():
    """The harness finds the str parameters (a test over none would pass whatever happens)."""
    names = {p for s in SPECS for p in s.texts}
    assert {"timing", "by", "strategy"} <= names, names


@pytest.mark.parametrize("s, param", TEXT_CASES)
def test_an_array_or_frame_as_a_choice_is_a_kamlab_error(s, param):
    """A choice is a str: an ndarray or DataFrame gets the kamlab error, not numpy's "truth value is ambiguous"."""
    for value in NOT_A_TEXT:
        try:
            s.run(**{param: value})
        except AssertionError as exc:
            raise AssertionError(f"{s.name}({param}={type(value).__name__}): {exc}") from None


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: mis.segment_pnl(plans=0.0), id="segment_pnl(plans=0.0)"),
        pytest.param(lambda: mis.segment_pnl(plans="ab"), id="segment_pnl(plans='ab')"),
        pytest.param(lambda: runaway_horse.ContactPlan(links=0.0), id="ContactPlan(links=0.0)"),
        pytest.param(lambda: gome_gree.BimatrixGame(*PAYOFFS, row_actions=0.0), id="BimatrixGame(row_actions=0.0)"),
        pytest.param(lambda: gome_gree.BimatrixGame(*PAYOFFS, col_actions=1), id="BimatrixGame(col_actions=1)"),
        pytest.param(lambda: kamlab.load_company(5), id="load_company(5)"),
        pytest.param(lambda: kamlab.load_company(b"data"), id="load_company(bytes)"),
        pytest.param(lambda: kamlab.load_company(prefix=5), id="load_company(prefix=5)"),
    ],
)
def test_a_scalar_where_a_sequence_belongs_is_a_kamlab_type_error(call):
    with pytest.raises(KamlabTypeError):
        call()


def _exercise_ids():
    for lesson_id in ("01", "02", "03", "04", "05", "06", "07"):
        for exercise_id in exercises.lesson(lesson_id, lang="en").ids:
            yield lesson_id, exercise_id


@pytest.mark.parametrize(
    "answer",
    [10**400, -(10**400), np.array([10.0**300] * 2), pd.DataFrame({"a": [1, 2]})],
    ids=["10**400", "-10**400", "array", "frame"],
)
def test_any_answer_gets_feedback(answer):
    """``ex.check(id, 10**400)`` is feedback (not correct), never an exception."""
    for lesson_id, exercise_id in _exercise_ids():
        feedback = exercises.lesson(lesson_id, lang="en").check(exercise_id, answer)
        assert feedback.correct is False, (exercise_id, feedback)
        assert feedback.message


HUGE = kamlab.make_accounts(40, seed=1).assign(revenue=1e308)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda a: pareto_table(a), id="pareto_table"),
        pytest.param(lambda a: customer_pyramid(a), id="customer_pyramid"),
        pytest.param(lambda a: abc_classes(a), id="abc_classes"),
        pytest.param(lambda a: whale_curve(a), id="whale_curve"),
        pytest.param(
            lambda a: whale_curve(a.assign(p=np.r_[1e308, -1e308].repeat(20)), profit="p"), id="whale_curve-p"
        ),
        pytest.param(lambda a: select_accounts(a), id="select_accounts"),
        pytest.param(lambda a: revenue_by_industry(a), id="revenue_by_industry"),
    ],
)
def test_a_total_beyond_float_range_is_a_kamlab_error(call):
    """Revenues of 1e308 each are finite, their sum is not: a kamlab error, never 0.0 shares, inf or NaN."""
    assert outcome(lambda: call(HUGE)) == "kamlab error"
    with pytest.raises(KamlabError, match="largest float"):
        call(HUGE)


def test_a_large_total_that_fits_gives_exact_shares():
    accounts = HUGE.assign(revenue=np.linspace(4e306, 1e306, 40))  # total 1e308: fits
    table = pareto_table(accounts)
    assert math.isclose(table.cum_value_share.iloc[0], 4e306 / 1e308, rel_tol=1e-12)
    shares = customer_pyramid(accounts).summary.value_share  # 40 accounts: the 1% VIP tier is empty
    assert math.isclose(shares.sum(), 1.0, rel_tol=1e-12) and (shares.iloc[1:] > 0).all()


# ---- the review's data files, each cut, re-ended and given a NUL: a table or a DataFileError
MESSY = Path(__file__).parents[1] / "data" / "messy"
ROUND3 = {
    "big5_english_headers.csv",
    "utf16le_no_bom.csv",
    "utf16be_no_bom.csv",
    "mac_cr_only.csv",
    "mixed_line_ends.csv",
    "invisible_in_headers.csv",
    "european_numbers.csv",
    "broken_ambiguous_numbers.csv",
    "broken_invisible_in_keys.csv",
    "broken_nul_byte.csv",
    "broken_private_use.csv",
    "broken_error_cells.xlsx",
    "broken_data_on_other_sheet.xlsx",
}


def _variants(raw: bytes):
    """Fixed damage (no random input): cut at a third, a NUL in the middle, CR for every LF."""
    n = len(raw)
    yield "cut", raw[: n // 3]
    yield "nul", raw[: n // 2] + b"\x00" + raw[n // 2 :]
    yield "cr", raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r")


def test_round3_files_are_in_the_corpus():
    assert ROUND3 <= set(json.loads((MESSY / "expected.json").read_text("utf-8")))


@pytest.mark.parametrize("name", sorted(ROUND3))
def test_a_damaged_messy_file_loads_or_gets_a_data_file_error(name, lang="zh"):  # zh: the longer messages
    raw = (MESSY / name).read_bytes()
    for label, data in _variants(raw):
        try:
            outcome(lambda data=data: kamlab.load_table("accounts", io.BytesIO(data), lang=lang))
        except AssertionError as exc:
            raise AssertionError(f"{name} ({label}): {exc}") from None
