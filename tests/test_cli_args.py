"""Every command-line argument checked before any work (issue 27), and the CLI from one source
(issue 29): help in zh and en for every command, defaults and ranges read from the functions."""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import kamlab.course.build
import kamlab.course.present
import kamlab.io
from kamlab.cli import build_parser, main

STAFF = Path(kamlab.io.base._shipped_path("staff.csv"))


def _err(capsys) -> str:
    return capsys.readouterr().err


@pytest.fixture
def no_work(monkeypatch):
    """Any of these running means an argument was not checked first."""

    def forbidden(*args, **kwargs):
        raise AssertionError("work started before the arguments were checked")

    monkeypatch.setattr(kamlab.course.present, "presentation_notebook", forbidden)
    monkeypatch.setattr(kamlab.course.present.subprocess, "Popen", forbidden)
    monkeypatch.setattr(kamlab.course.build, "course_notebook", forbidden)


@pytest.mark.parametrize("port", ["-1", "0", "99999", "65536", "abc", "8.5", ""])
@pytest.mark.parametrize("lang, says", [("en", "--port"), ("zh", "--port")])
def test_a_bad_port_is_refused_before_voila_starts(capsys, no_work, port, lang, says):
    assert main(["--lang", lang, "present", "01", "--port", port]) == 2
    err = _err(capsys)
    assert says in err and "Traceback" not in err
    assert ("1 到 65535" if lang == "zh" else "1 to 65535") in err or "整数" in err or "whole number" in err


def test_present_api_checks_the_port_first(no_work):
    from kamlab.errors import KamlabTypeError, KamlabValueError

    with pytest.raises(KamlabValueError, match="port from 1 to 65535"):
        kamlab.course.present.present("01", lang="en", port=99999)
    with pytest.raises(KamlabTypeError):
        kamlab.course.present.present("01", lang="en", port="8000")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("lang, says", [("en", "not a regular file"), ("zh", "不是普通文件")])
def test_check_refuses_a_fifo_and_a_device_without_waiting(tmp_path, capsys, lang, says):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)

    def hang(signum, frame):
        raise TimeoutError("kamlab check waited on a FIFO")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(30)  # opening the FIFO would block forever: fail instead of hanging the suite
    try:
        assert main(["--lang", lang, "check", str(fifo)]) == 2
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert says in _err(capsys)
    assert main(["--lang", lang, "check", os.devnull]) == 2
    assert says in _err(capsys)


@pytest.mark.parametrize(
    "args, says",
    [
        (["course", "new", "{tmp}/c", "--lessons", ""], "names no lesson"),
        (["course", "new", "{tmp}/c", "--lessons", " , "], "names no lesson"),
        (["course", "new", "{tmp}/c", "--course-id", "a b/c"], "--course-id = 'a b/c'"),
        (["course", "new", "{tmp}/c", "--course-id", "../x"], "course id"),
        (["course", "new", ""], "not a valid path"),
        (["check", ""], "empty string"),
        (["report", "{tmp}", "--out", ""], "non-empty path"),
        (["generate", "--out", "{tmp}/g", "--n", "abc"], "--n = 'abc'"),
        (["generate", "--out", "{tmp}/g", "--seed", "1.5"], "--seed = '1.5'"),
        (["generate", "--out", "{tmp}/g", "--concentration", "x"], "--concentration = 'x'"),
        (["report", "{tmp}", "--out", "{tmp}"], "--out"),
    ],
)
def test_bad_paths_ids_and_numbers_are_refused_before_any_work(tmp_path, capsys, no_work, args, says):
    argv = ["--lang", "en", *(a.replace("{tmp}", str(tmp_path)) for a in args)]
    assert main(argv) == 2
    err = _err(capsys)
    assert says in err, err
    assert "Traceback" not in err and "internal error" not in err
    assert not (tmp_path / "c").exists() and not (tmp_path / "g").exists()


def test_a_terminal_that_cannot_show_chinese_gets_escapes(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "KAMLAB_LANG": "zh"}
    ok = subprocess.run(
        [sys.executable, "-m", "kamlab", "--lang", "zh", "check", str(STAFF), "--table", "staff"],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert b"\\u" in ok.stdout and "可以读入".encode("unicode_escape") in ok.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "kamlab", "--lang", "zh", "check", str(tmp_path / "none.csv")],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert bad.returncode == 2 and b"UnicodeEncodeError" not in bad.stderr and b"\\u" in bad.stderr


# ---- issue 29: the CLI from one source -------------------------------------------------
def _commands(parser: argparse.ArgumentParser, path=()):
    """(command path, its parser) of every command and subcommand."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def _helps(parser) -> dict:
    out = {"description": parser.description or ""}
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS and not isinstance(action, argparse._HelpAction):
            out[action.dest] = action.help
        if isinstance(action, argparse._SubParsersAction):
            out.update({f"command {a.dest}": a.help for a in action._choices_actions})
    return out


def test_every_command_has_help_in_both_languages():
    zh = dict(_commands(build_parser("zh")))
    en = dict(_commands(build_parser("en")))
    assert zh.keys() == en.keys() and len(zh) >= 7
    cjk = re.compile("[\u4e00-\u9fff]")
    missing = []
    for path in zh:
        helps_zh, helps_en = _helps(zh[path]), _helps(en[path])
        for key, text in helps_zh.items():
            if key == "description" and not text:
                continue
            if not cjk.search(text) or cjk.search(helps_en[key]) and helps_en[key] == text:
                missing.append((" ".join(path) or "kamlab", key, text))
    assert not missing, missing


def test_defaults_and_ranges_come_from_the_functions(monkeypatch):
    monkeypatch.setitem(kamlab.io.generate.__kwdefaults__, "n", 1234)
    monkeypatch.setitem(kamlab.io.generate.__kwdefaults__, "concentration", 0.7)
    monkeypatch.setattr(kamlab.io, "MIN_GENERATE_ACCOUNTS", 11)
    parser = build_parser("en")
    generate = dict(_commands(parser))[("generate",)]
    helps = _helps(generate)
    assert "default 1234" in helps["n"] and "11 to 100,000" in helps["n"]
    assert "default 0.70" in helps["concentration"]
    args = parser.parse_args(["generate", "--out", "x"])
    assert args.n == 1234 and args.concentration == 0.7
    monkeypatch.setattr(kamlab.io.check_file, "__defaults__", ("staff",))
    parser = build_parser("en")
    assert "default: staff" in _helps(dict(_commands(parser))[("check",)])["table"]
    assert parser.parse_args(["check", "x.csv"]).table == "staff"
