"""kamlab.cache: results kept on disk, keyed on the function, its arguments and kamlab's code."""

from __future__ import annotations

import dataclasses
import os

import numpy as np
import pandas as pd
import pytest

import kamlab
from kamlab import cache
from kamlab.datasets import make_accounts
from kamlab.models.kam_in_practice import capstone as cp


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counted():
    calls = []

    @cache.disk_cached
    def frame_stats(table, *, scale=1.0, weights=None):
        calls.append(1)
        return pd.DataFrame({"sum": table.sum(numeric_only=True) * scale})

    return frame_stats, calls


def _files(folder):
    return sorted(p for p in folder.rglob("*") if p.is_file())


TABLE = pd.DataFrame({"id": ["A1", "A2", "客户甲"], "revenue": [1.0, 2.5, 4.0], "n": [1, 2, 3]})


def test_a_second_call_reads_the_disk_and_returns_a_fresh_copy(folder):
    stats, calls = _counted()
    first = stats(TABLE, scale=2.0)
    second = stats(TABLE, scale=2.0)
    assert len(calls) == 1
    pd.testing.assert_frame_equal(first, second)
    second.iloc[0, 0] = -1.0  # the caller may change its copy ...
    pd.testing.assert_frame_equal(stats(TABLE, scale=2.0), first)  # ... the cache is not changed
    assert len(calls) == 1 and len(_files(folder)) == 1


def test_defaults_are_part_of_the_key_and_the_same_call_spelled_twice_shares_it(folder):
    stats, calls = _counted()
    stats(TABLE)
    stats(TABLE, scale=1.0)
    stats(table=TABLE, scale=1.0, weights=None)
    assert len(calls) == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.assign(revenue=[1.0, 2.5, np.nextafter(4.0, 5.0)]),  # one ulp of one value
        lambda t: t.assign(id=["A1", "A2", "客户乙"]),  # one character of one id
        lambda t: t.assign(n=t["n"].astype("int32")),  # a dtype
        lambda t: t.assign(n=t["n"].astype(float)),  # same numbers, other dtype
        lambda t: t.rename(columns={"n": "m"}),  # a column name
        lambda t: t.set_axis([0, 1, 5]),  # the index
        lambda t: t[["revenue", "id", "n"]],  # column order
        lambda t: t.assign(id=t["id"].astype("category")),
        lambda t: t.assign(id=pd.Categorical(t["id"], categories=["客户甲", "A2", "A1"])),  # category order
    ],
)
def test_any_change_to_a_table_argument_is_a_new_key(folder, change):
    stats, calls = _counted()
    stats(TABLE)
    stats(change(TABLE))
    assert len(calls) == 2


@pytest.mark.parametrize(
    "a, b",
    [
        ({"scale": 1}, {"scale": 1.0}),  # int vs float
        ({"scale": 1.0}, {"scale": True}),
        ({"scale": 0.1}, {"scale": float(np.nextafter(0.1, 1.0))}),
        ({"weights": {"a": 1, "b": 2}}, {"weights": {"b": 2, "a": 1}}),  # dict order can matter
        ({"weights": (1, 2)}, {"weights": [1, 2]}),
        ({"weights": np.array([1, 2])}, {"weights": np.array([1, 2], dtype=np.int32)}),
        ({"weights": "1"}, {"weights": 1}),
        ({"weights": None}, {"weights": "None"}),
    ],
)
def test_scalar_and_container_arguments_are_keyed_by_type_and_exact_value(folder, a, b):
    stats, calls = _counted()
    stats(TABLE, **a)
    stats(TABLE, **b)
    assert len(calls) == 2
    assert cache.key_of(stats.uncached, (TABLE,), a) != cache.key_of(stats.uncached, (TABLE,), b)


def test_frozen_dataclasses_are_keyed_by_their_fields(folder):
    levels = dict(cp.LEVELS)
    other = dict(levels, basic=dataclasses.replace(levels["basic"], annual_cost_yuan=90_000.0))
    assert cache.key_of(cp.compare_rules.uncached, (TABLE,), {"levels": levels}) == cache.key_of(
        cp.compare_rules.uncached, (TABLE,)
    )
    assert cache.key_of(cp.compare_rules.uncached, (TABLE,), {"levels": other}) != cache.key_of(
        cp.compare_rules.uncached, (TABLE,)
    )


def test_another_function_or_other_code_or_version_never_shares_a_result(folder, monkeypatch):
    stats, calls = _counted()

    def other(table, *, scale=1.0, weights=None):
        return None

    assert cache.key_of(other, (TABLE,)) != cache.key_of(stats.uncached, (TABLE,))

    digest = cache.code_digest.__wrapped__
    stats(TABLE)
    monkeypatch.setattr(cache, "code_digest", lambda: "0" * 64)  # kamlab's code changed
    stats(TABLE)
    assert len(calls) == 2

    before = digest()
    monkeypatch.setattr(cache, "__version__", kamlab.__version__ + ".post1")
    assert digest() != before


def test_a_corrupt_or_truncated_file_is_ignored_and_rewritten(folder):
    stats, calls = _counted()
    good = stats(TABLE)
    (path,) = _files(folder)
    original = path.read_bytes()
    m = len(cache._MAGIC)
    for damaged in (
        b"",
        original[: len(original) // 2],  # truncated
        original[:-1] + bytes([original[-1] ^ 1]),  # one bit of the payload
        b"not a cache file at all",
        original[:m] + bytes(32) + original[m + 32 :],  # the checksum
    ):
        path.write_bytes(damaged)
        pd.testing.assert_frame_equal(stats(TABLE), good)
        assert path.read_bytes() == original  # rewritten, whole again
    assert len(calls) == 6


def test_writes_are_atomic_and_a_failed_write_leaves_no_file(folder, monkeypatch):
    stats, calls = _counted()

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(cache.os, "replace", fail)
    pd.testing.assert_frame_equal(stats(TABLE), stats.uncached(TABLE))
    assert _files(folder) == []  # neither a partial entry nor the temporary file
    monkeypatch.undo()
    monkeypatch.setenv(cache.ENV_VAR, str(folder))
    stats(TABLE)
    assert [p.suffix for p in _files(folder)] == [".pkl"] and not _files(folder)[0].name.startswith(".tmp")


def test_an_unwritable_folder_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV_VAR, str(blocker / "cache"))  # cannot be created: a file is in the way
    stats, calls = _counted()
    stats(TABLE)
    stats(TABLE)
    assert len(calls) == 2


def test_off_turns_the_cache_off_and_the_default_is_the_users_cache_folder(tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.setenv(cache.ENV_VAR, "off")
    assert cache.cache_dir() is None
    stats, calls = _counted()
    stats(TABLE)
    stats(TABLE)
    assert len(calls) == 2
    monkeypatch.delenv(cache.ENV_VAR)
    assert cache.cache_dir() == __import__("pathlib").Path(platformdirs.user_cache_dir("kamlab", appauthor=False))
    monkeypatch.setenv(cache.ENV_VAR, "~/somewhere")
    assert cache.cache_dir() == __import__("pathlib").Path(os.path.expanduser("~/somewhere"))


def test_arguments_that_cannot_be_keyed_run_uncached(folder):
    stats, calls = _counted()
    rng = np.random.default_rng(1)
    stats(TABLE, weights=rng)
    stats(TABLE, weights=rng)
    assert len(calls) == 2 and _files(folder) == []
    with pytest.raises(TypeError, match="cannot be keyed"):
        cache.key_of(stats.uncached, (TABLE,), {"weights": rng})


def test_errors_are_raised_as_before_and_not_stored(folder):
    accounts = make_accounts(60, seed=3)
    with pytest.raises(kamlab.KamlabValueError, match="budget_yuan"):
        cp.compare_rules(accounts, budget_yuan=-1)
    with pytest.raises(TypeError):
        cp.compare_rules(accounts, no_such_parameter=1)
    assert _files(folder) == []


def test_each_function_keeps_at_most_max_entries(folder, monkeypatch):
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    stats, calls = _counted()
    for scale in range(6):
        stats(TABLE, scale=float(scale))
    assert len(_files(folder)) == 3


def test_cached_model_results_equal_fresh_ones(folder):
    accounts = make_accounts(120, seed=11)
    fresh = cp.compare_rules.uncached(accounts, budget_yuan=400_000, n_sims=50)
    stored = cp.compare_rules(accounts, budget_yuan=400_000, n_sims=50)
    again = cp.compare_rules(accounts, budget_yuan=400_000, n_sims=50)
    pd.testing.assert_frame_equal(stored, fresh)
    pd.testing.assert_frame_equal(again, fresh)
    result = cp.capstone(accounts, budget_yuan=400_000, n_sims=50)
    cached = cp.capstone(accounts, budget_yuan=400_000, n_sims=50)
    pd.testing.assert_frame_equal(cached.steps(), result.steps())
    assert len(_files(folder)) == 3  # capstone, compare_rules, and the evaluate_programme capstone calls
    # a seed Generator is consumed by the call: never cached, same answer as without the cache
    a = cp.compare_rules(accounts, budget_yuan=400_000, n_sims=50, seed=np.random.default_rng(5))
    b = cp.compare_rules.uncached(accounts, budget_yuan=400_000, n_sims=50, seed=np.random.default_rng(5))
    pd.testing.assert_frame_equal(a, b)
    assert len(_files(folder)) == 3  # capstone, compare_rules, and the evaluate_programme capstone calls


def test_a_temporary_file_left_by_a_crash_is_removed_once_old(folder):
    stats, calls = _counted()
    stats(TABLE)
    (entry,) = _files(folder)
    old, fresh = entry.parent / ".tmp-old.part", entry.parent / ".tmp-new.part"
    for p in (old, fresh):
        p.write_bytes(b"partial")
    os.utime(old, (0, 0))
    stats(TABLE, scale=3.0)  # the next write tidies up
    assert not old.exists() and fresh.exists()
