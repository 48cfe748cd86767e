"""Every branch of the shared input checks gives a clear error that names the problem."""

import numpy as np
import pandas as pd
import pytest

from kamlab._validate import (
    MAX_AMOUNT_YUAN,
    MAX_HOURS,
    MAX_RATE,
    as_value_array,
    check_amount,
    check_choice,
    check_fraction,
    check_hours,
    check_int,
    check_number,
    check_numeric_column,
    check_rate,
    check_seed,
    check_size,
    finite_result,
    require_columns,
    require_frame,
    to_float,
)
from kamlab.errors import KamlabTypeError, KamlabValueError


@pytest.fixture
def frame():
    return pd.DataFrame(
        {
            "account_id": ["A1", "A2", "A3"],
            "revenue": [10.0, -5.0, 3.0],
            "share": [0.1, 0.5, 1.2],
            "name": ["x", "y", "z"],
        }
    )


def test_require_frame_rejects_non_frames():
    with pytest.raises(KamlabTypeError, match=r"f: parameter 'accounts' must be a pandas DataFrame, got list"):
        require_frame([1, 2], "f")


def test_require_columns_lists_what_is_there(frame):
    with pytest.raises(KamlabValueError, match=r"missing column 'gross_margin'.*Columns present: account_id, revenue"):
        require_columns(frame, ["revenue", "gross_margin"], "f")


def test_numeric_column_negative_names_first_row(frame):
    with pytest.raises(
        KamlabValueError,
        match=r"column 'revenue' has 1 negative value \(first: account_id='A2', revenue=-5.0\); expected >= 0",
    ):
        check_numeric_column(frame, "revenue", "f", minimum=0)


def test_numeric_column_above_maximum(frame):
    with pytest.raises(KamlabValueError, match=r"'share' has 1 above 1 value .*share=1.2"):
        check_numeric_column(frame, "share", "f", maximum=1)


def test_numeric_column_text_is_a_type_error(frame):
    with pytest.raises(KamlabTypeError, match=r"column 'name' must be numeric, got dtype str"):
        check_numeric_column(frame, "name", "f")


def test_numeric_column_nan_and_inf():
    f = pd.DataFrame({"account_id": ["a", "b"], "v": [1.0, np.nan]})
    with pytest.raises(KamlabValueError, match=r"missing \(NaN\)"):
        check_numeric_column(f, "v", "f")
    check_numeric_column(f, "v", "f", allow_nan=True)
    g = pd.DataFrame({"v": [1.0, np.inf]})
    with pytest.raises(KamlabValueError, match=r"infinite .*row 1"):
        check_numeric_column(g, "v", "f")


def test_numeric_column_integer():
    f = pd.DataFrame({"account_id": ["a"], "v": [1.5]})
    with pytest.raises(KamlabValueError, match="non-integer"):
        check_numeric_column(f, "v", "f", integer=True)


def test_numeric_column_bool_rejected():
    with pytest.raises(KamlabTypeError, match="must be numeric"):
        check_numeric_column(pd.DataFrame({"v": [True]}), "v", "f")


@pytest.mark.parametrize(
    "bad, err, msg",
    [
        ("1", KamlabTypeError, "must be a number, got str '1'"),
        (True, KamlabTypeError, "must be a number, got bool"),
        (float("nan"), KamlabValueError, "must be a finite number"),
        (-1, KamlabValueError, r"= -1.0; expected >= 0"),
    ],
)
def test_check_number(bad, err, msg):
    with pytest.raises(err, match=msg):
        check_number(bad, "x", "f", minimum=0)


def test_check_number_strict_bounds():
    with pytest.raises(KamlabValueError, match="expected > 0"):
        check_number(0, "x", "f", minimum=0, strict_minimum=True)
    with pytest.raises(KamlabValueError, match="expected < 1"):
        check_number(1, "x", "f", maximum=1, strict_maximum=True)
    with pytest.raises(KamlabValueError, match="expected <= 1"):
        check_number(2, "x", "f", maximum=1)
    assert check_number(0.5, "x", "f", minimum=0, maximum=1) == 0.5


def test_check_fraction():
    assert check_fraction(0.2, "m", "f") == 0.2
    with pytest.raises(KamlabValueError, match=r"'m' = 20.0 is a share outside \[0, 1\]; give it as a fraction"):
        check_fraction(20, "m", "f")
    with pytest.raises(KamlabValueError, match=r"outside \(0, 1\)"):
        check_fraction(0, "m", "f", open_low=True, open_high=True)


def test_check_int():
    assert check_int(np.int64(3), "n", "f") == 3
    with pytest.raises(KamlabTypeError, match="must be an integer, got float 2.5"):
        check_int(2.5, "n", "f")
    with pytest.raises(KamlabTypeError, match="got bool"):
        check_int(True, "n", "f")
    with pytest.raises(KamlabValueError, match="expected >= 5"):
        check_int(4, "n", "f", minimum=5)
    with pytest.raises(KamlabValueError, match="expected <= 5"):
        check_int(6, "n", "f", maximum=5)


def test_check_choice():
    assert check_choice("a", "c", "f", ["a", "b"]) == "a"
    with pytest.raises(KamlabValueError, match="'c' = 'z'; expected one of 'a', 'b'"):
        check_choice("z", "c", "f", ["a", "b"])


def test_as_value_array():
    assert as_value_array([1, 2.5], "v", "f").tolist() == [1.0, 2.5]
    assert as_value_array(pd.Series([3, 4]), "v", "f").dtype == float
    cases = [
        ("abc", KamlabTypeError, "1-d sequence of numbers, got str"),
        ([[1, 2]], KamlabValueError, "must be 1-dimensional"),
        ([1, "x"], KamlabTypeError, "must hold numbers"),
        ([1, None], KamlabTypeError, "item 1 is NoneType"),
        ([True, False], KamlabTypeError, "must hold numbers"),
        ([], KamlabValueError, "is empty"),
        ([1, float("nan")], KamlabValueError, "first at position 1: nan"),
        ([1, -2], KamlabValueError, "1 negative values \\(first at position 1: -2.0\\)"),
        (pd.DataFrame({"a": [1]}), KamlabTypeError, "got DataFrame"),
    ]
    for value, err, msg in cases:
        with pytest.raises(err, match=msg):
            as_value_array(value, "v", "f")
    assert as_value_array([], "v", "f", allow_empty=True).size == 0
    assert as_value_array([-1], "v", "f", minimum=None).tolist() == [-1.0]


def test_errors_are_builtin_subclasses():
    assert issubclass(KamlabValueError, ValueError) and issubclass(KamlabTypeError, TypeError)


# ---- huge ints, sizes, money, rates, hours, seeds and finite results (issue 15) ----------------
@pytest.mark.parametrize("value", [10**400, -(10**400)])
def test_int_too_large_for_a_float_is_a_value_error(value):
    sign = "-" if value < 0 else ""
    with pytest.raises(
        KamlabValueError,
        match=rf"f: parameter 'x' = {sign}1.000e\+400 \(an integer of 401 digits\) "
        r"is too large; expected a finite number",
    ):
        check_number(value, "x", "f")
    with pytest.raises(KamlabValueError, match="too large"):
        to_float(value, "x", "f")
    with pytest.raises(KamlabValueError, match=r"parameter 'values\[1\]' = .*too large"):
        as_value_array([1, value], "values", "f")
    with pytest.raises(KamlabValueError, match="too large"):
        check_fraction(value, "x", "f")


def test_int_that_fits_a_float_is_accepted():
    assert check_number(10**300, "x", "f") == 1e300
    assert check_int(10**400, "n", "f") == 10**400  # an int stays an int; sizes bound it


@pytest.mark.parametrize(
    "bad, err, msg",
    [
        (10**12, KamlabValueError, r"parameter 'points' = 1000000000000; expected <= 100 \(the upper bound"),
        (10**40, KamlabValueError, r"parameter 'points' = 1.000e\+40 \(an integer of 41 digits\); expected <= 100"),
        (0, KamlabValueError, "expected >= 1"),
        (2.0, KamlabTypeError, "must be an integer, got float 2.0"),
        (None, KamlabTypeError, "must be an integer, got NoneType"),
        (True, KamlabTypeError, "must be an integer, got bool"),
    ],
)
def test_check_size(bad, err, msg):
    with pytest.raises(err, match=msg):
        check_size(bad, "points", "f", maximum=100)
    assert check_size(100, "points", "f", maximum=100) == 100


def test_check_amount_rate_hours():
    assert check_amount(MAX_AMOUNT_YUAN, "x", "f") == 1e15
    with pytest.raises(KamlabValueError, match=r"'budget' = 1e\+16; expected <= 1e\+15"):
        check_amount(1e16, "budget", "f")
    with pytest.raises(KamlabValueError, match=r"'revenue' = 0.0; expected > 0"):
        check_amount(0, "revenue", "f", positive=True)
    assert check_amount(-5.0, "margin", "f", signed=True) == -5.0
    with pytest.raises(KamlabValueError, match=r"expected >= -1e\+15"):
        check_amount(-1e300, "margin", "f", signed=True)
    assert check_rate(MAX_RATE, "g", "f") == 10.0
    with pytest.raises(KamlabValueError, match=r"'growth' = 17.0; expected <= 10"):
        check_rate(17, "growth", "f")
    with pytest.raises(KamlabValueError, match=r"'growth' = -1.0; expected > -1"):
        check_rate(-1, "growth", "f", minimum=-1, strict_minimum=True)
    assert check_hours(MAX_HOURS, "h", "f") == 1e9
    with pytest.raises(KamlabValueError, match=r"'budget_hours' = 1e\+308; expected <= 1e\+09"):
        check_hours(1e308, "budget_hours", "f")


@pytest.mark.parametrize(
    "bad, err, msg",
    [
        (-1, KamlabValueError, r"f: parameter 'seed' = -1; expected >= 0"),
        (float("nan"), KamlabTypeError, r"parameter 'seed' must be an int, a numpy Generator or None, got float nan"),
        ("7", KamlabTypeError, "got str '7'"),
        (True, KamlabTypeError, "got bool"),
    ],
)
def test_check_seed(bad, err, msg):
    with pytest.raises(err, match=msg):
        check_seed(bad, "f")
    rng = np.random.default_rng(1)
    assert check_seed(rng, "f") is rng and check_seed(10**30, "f") == 10**30


def test_finite_result():
    arr = np.array([1.0, 2.0])
    assert finite_result(arr, "f", "x") is arr
    with pytest.raises(
        KamlabValueError,
        match=r"f: the value is too large to compute \(beyond 1.8e308\) "
        r"for growth=10.0, horizon_years=1000; use smaller inputs",
    ):
        finite_result([1.0, np.inf], "f", "the value", growth=10.0, horizon_years=1000)
    with pytest.raises(KamlabValueError, match="too large"):
        finite_result(float("nan"), "f", "the value")


# ---- one validator per concept: relationship stages, instances ------------------------------------------
def test_check_stages_accepts_every_stage_and_names_the_first_unknown():
    from kamlab._validate import check_stages
    from kamlab.schema import CATEGORIES

    stages = list(CATEGORIES["relationship_stage"])
    ok = pd.DataFrame({"account_id": [f"A{i}" for i in range(len(stages))], "relationship_stage": stages})
    assert check_stages(ok, "f").tolist() == stages
    bad = ok.assign(relationship_stage=["basic", "married", "basic", None, "integrated"])
    with pytest.raises(
        KamlabValueError,
        match=r"^f: column 'relationship_stage' has 2 unknown values \(first: "
        r"account_id='A1', relationship_stage='married'\); expected one of exploratory, basic, "
        r"cooperative, interdependent, integrated\.$",
    ):
        check_stages(bad, "f")
    other = bad.rename(columns={"account_id": "id", "relationship_stage": "stage"})
    with pytest.raises(KamlabValueError, match=r"column 'stage' has 2 unknown values \(first: id='A1', stage="):
        check_stages(other, "f", column="stage", id_column="id")


@pytest.mark.parametrize("func", ["portfolio_matrix", "customer_equity", "compare_effort_policies", "capstone"])
def test_every_stage_reader_uses_the_shared_check(func):
    """The four readers of relationship_stage give the shared message (one copy of the check)."""
    import kamlab
    from kamlab.models import why_kam
    from kamlab.models.kam_in_practice import capstone

    accounts = kamlab.make_accounts(50).assign(relationship_stage="married")
    call = {
        "portfolio_matrix": lambda: kamlab.analytics.portfolio_matrix(accounts),
        "customer_equity": lambda: kamlab.analytics.customer_equity(accounts),
        "compare_effort_policies": lambda: why_kam.compare_effort_policies(accounts),
        "capstone": lambda: capstone.evaluate_programme(accounts, {}, n_sims=1),
    }[func]
    with pytest.raises(
        KamlabValueError,
        match=r"column 'relationship_stage' has 50 unknown values \(first: "
        r"account_id='A\d+', relationship_stage='married'\); expected one of exploratory",
    ):
        call()


def test_require_instance():
    from kamlab._validate import require_instance

    assert require_instance(3, int, "n", "f") == 3
    with pytest.raises(KamlabTypeError, match=r"^f: parameter 'result' must be a DataFrame, got list\.$"):
        require_instance([], pd.DataFrame, "result", "f")
