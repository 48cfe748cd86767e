"""``kamlab generate`` never shows a traceback: every failure exits 2 with one ``kamlab: error:``
line in the user's language, and a failed run leaves no partly written file behind."""

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kamlab.io
import kamlab.io.write
from kamlab import cli
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.io import MAX_GENERATE_ACCOUNTS, generate

ERROR = {"zh": "kamlab: 错误: ", "en": "kamlab: error: "}


def run(capsys, lang, *args):
    """``kamlab --lang LANG generate ARGS``: (exit status, stdout, stderr)."""
    status = cli.main(["--lang", lang, "generate", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def assert_failed(capsys, lang, args, zh, en):
    """The run exits 2 with exactly one ``kamlab: error:`` line holding the expected words."""
    status, out, err = run(capsys, lang, *args)
    assert status == 2, err
    assert out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(ERROR[lang]), err
    assert (zh if lang == "zh" else en) in lines[0], err
    return lines[0]


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_out_is_a_file(tmp_path, capsys, lang):
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")
    assert_failed(capsys, lang, ["--out", target, "--n", 20], "是文件，不是文件夹", "is a file, not a folder")
    assert target.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_out_below_a_file(tmp_path, capsys, lang):
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")
    line = assert_failed(
        capsys, lang, ["--out", target / "sub", "--n", 20], "是文件，不是文件夹", "is a file, not a folder"
    )
    assert str(target) in line
    assert listing(tmp_path) == ["notes.txt"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_empty_out_is_an_error(tmp_path, capsys, lang, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert_failed(capsys, lang, ["--out", ""], "输出文件夹（--out）为空", "output folder (--out) is empty")
    assert_failed(capsys, lang, ["--out", "  "], "输出文件夹（--out）为空", "output folder (--out) is empty")
    assert listing(tmp_path) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("n", [0, -5, 9, MAX_GENERATE_ACCOUNTS + 1, 10**9, 10**30])
def test_n_out_of_range_is_checked_before_any_work(tmp_path, capsys, lang, n, monkeypatch):
    def no_work(*args, **kwargs):
        raise AssertionError("make_company ran before n was checked")

    monkeypatch.setattr(kamlab.io.write, "make_company", no_work)
    line = assert_failed(capsys, lang, ["--out", tmp_path / "out", "--n", n], "100,000", "100,000")
    assert (f"n = {n}" if abs(n) < 10**18 else "n = 1.000e+30") in line
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0.1", "1.5"])
def test_concentration_out_of_range(tmp_path, capsys, lang, value):
    line = assert_failed(
        capsys,
        lang,
        ["--out", tmp_path / "out", "--n", 20, f"--concentration={value}"],
        "前 20% 客户的收入份额",
        "revenue share of the top 20%",
    )
    assert f"concentration = {float(value)!r}" in line
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_negative_seed(tmp_path, capsys, lang):
    assert_failed(capsys, lang, ["--out", tmp_path / "out", "--n", 20, "--seed", -1], "seed = -1", "seed = -1")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_existing_files_are_not_overwritten_without_force(tmp_path, capsys, lang):
    (tmp_path / "accounts.csv").write_text("mine\n", encoding="utf-8")
    assert_failed(capsys, lang, ["--out", tmp_path, "--n", 20], "如要覆盖，请加 --force", "Pass --force")
    assert listing(tmp_path) == ["accounts.csv"]
    assert (tmp_path / "accounts.csv").read_text(encoding="utf-8") == "mine\n"
    status, out, err = run(capsys, lang, "--out", tmp_path, "--n", 20, "--force")
    assert status == 0 and err == ""
    assert (tmp_path / "accounts.csv").read_text(encoding="utf-8").startswith("account_id,")


def _failing_writer(monkeypatch, error):
    """Make kamlab.io.write.write_table write the first file, then fail with ``error``."""
    real = kamlab.io.write_table
    calls = []

    def writer(frame, path):
        calls.append(Path(path))
        if len(calls) > 1:
            raise error
        real(frame, path)

    monkeypatch.setattr(kamlab.io.write, "write_table", writer)
    return calls


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_full_disk_leaves_no_partial_file_in_a_new_folder(tmp_path, capsys, lang, monkeypatch):
    calls = _failing_writer(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    out = tmp_path / "new" / "data"
    assert_failed(capsys, lang, ["--out", out, "--n", 20], os.strerror(errno.ENOSPC), os.strerror(errno.ENOSPC))
    assert len(calls) == 2 and calls[0].parent == out and calls[0].name.endswith(".tmp")
    assert listing(tmp_path) == []  # the temporary files and the folders this run created are gone


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_full_disk_keeps_existing_files_unchanged_with_force(tmp_path, capsys, lang, monkeypatch):
    generate(tmp_path, n=20, seed=1)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    _failing_writer(monkeypatch, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert_failed(
        capsys,
        lang,
        ["--out", tmp_path, "--n", 30, "--seed", 2, "--force"],
        "没有留下任何写了一半的文件",
        "No partly written file was left behind",
    )
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_read_only_folder(tmp_path, capsys, lang, monkeypatch):
    """A read-only folder (simulated: tests may run as root, who can write anywhere)."""
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if Path(path).parent == tmp_path and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    assert_failed(capsys, lang, ["--out", tmp_path, "--n", 20], os.strerror(errno.EROFS), os.strerror(errno.EROFS))
    assert listing(tmp_path) == []


def test_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    _failing_writer(monkeypatch, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        generate(tmp_path / "out", n=20)
    assert listing(tmp_path) == []


def test_python_api_errors():
    with pytest.raises(KamlabTypeError, match=r"parameter 'out_dir' must be a folder path .* got int"):
        generate(3)
    with pytest.raises(KamlabTypeError, match=r"generate: parameter 'n' must be an integer, got float 20.0"):
        generate("x", n=20.0)
    with pytest.raises(KamlabValueError, match="the output folder"):
        generate("")
    with pytest.raises(KamlabValueError, match="parameter 'lang' = 'fr'"):
        generate("x", lang="fr")


def test_success_writes_every_file_and_no_temporary(tmp_path, capsys):
    status, out, err = run(capsys, "en", "--out", tmp_path / "mine", "--n", 20, "--seed", 5)
    assert status == 0 and err == ""
    names = listing(tmp_path / "mine")
    assert len(names) == 10 and not [n for n in names if n.startswith(".")]
    assert out.split() == [
        str(tmp_path / "mine" / n) for n in [*kamlab.io.SHIPPED_FILES, "data_dictionary.csv", "data_dictionary.md"]
    ]


@pytest.mark.parametrize(
    "lang, expected",
    [("zh", "kamlab: 错误: generate：输出文件夹"), ("en", "kamlab: error: generate: the output folder")],
)
def test_real_process_prints_one_line_and_exits_2(tmp_path, lang, expected):
    """``python -m kamlab`` in a real process: exit 2, one line, no traceback (language from KAMLAB_LANG)."""
    env = {**os.environ, "KAMLAB_LANG": lang}
    env.pop("KAMLAB_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "kamlab", "generate", "--out", ""],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == "" and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith(expected), done.stderr
    assert listing(tmp_path) == []


def test_a_closed_pipe_ends_quietly(tmp_path):
    """``kamlab ... | head`` closes the pipe early: no traceback and no error line, exit 141 (SIGPIPE)."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "kamlab", "--lang", "zh", "generate", "--out", str(tmp_path / "d"), "--n", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # the reader is gone before the first line is printed
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err and "kamlab:" not in err, err
