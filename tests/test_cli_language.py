"""argparse's own words in the user's language (issue 27, round 3): the usage prefix, ``error``,
a missing argument, a bad choice, an unknown option, the help's headings and help option, in
zh and in en; a message argparse may word differently one day is kept, never a crash."""

from __future__ import annotations

import re

import pytest

from kamlab._cliparse import MESSAGES, parser_class, translate
from kamlab.cli import main
from kamlab.i18n import catalog

#: argparse's English, none of which may show in Chinese output.
ENGLISH = (
    "usage:",
    "error:",
    "the following arguments are required",
    "invalid choice",
    "choose from",
    "unrecognized arguments",
    "expected one argument",
    "show this help message and exit",
    "positional arguments",
    "options:",
    "argument ",
)

CASES = {  # argv after --lang: (stderr's last line in zh, in en)
    "missing": (
        ["check"],
        "kamlab check: 错误: 缺少必需的参数：file",
        "kamlab check: error: the following arguments are required: file",
    ),
    "missing command": (
        [],
        "kamlab: 错误: 缺少必需的参数：command",
        "kamlab: error: the following arguments are required: command",
    ),
    "bad choice": (
        ["check", "x.csv", "--table", "customers"],
        "kamlab check: 错误: 参数 --table：无效的选择：'customers'（可选：'accounts', 'staff', 'orders', "
        "'contacts', 'tickets'）",
        "kamlab check: error: argument --table: invalid choice: 'customers' (choose from 'accounts', 'staff', "
        "'orders', 'contacts', 'tickets')",
    ),
    "bad command": (
        ["nosuch"],
        "kamlab: 错误: 参数 command：无效的选择：'nosuch'（可选：",
        "kamlab: error: argument command: invalid choice: 'nosuch' (choose from ",
    ),
    "unknown option": (
        ["check", "x.csv", "--bogus"],
        "kamlab: 错误: 无法识别的参数：--bogus",
        "kamlab: error: unrecognized arguments: --bogus",
    ),
    "value missing": (
        ["present", "01", "--port"],
        "kamlab present: 错误: 参数 --port：应跟一个值",
        "kamlab present: error: argument --port: expected one argument",
    ),
    "kamlab's own type check": (  # already names the option: no "argument --n:" before it
        ["generate", "--out", "x", "--n", "abc"],
        "kamlab generate: 错误: --n = 'abc'：应为整数。",
        "kamlab generate: error: --n = 'abc': expected a whole number.",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_usage_errors_in_the_users_language(capsys, case, lang):
    argv, zh, en = CASES[case]
    assert main(["--lang", lang, *argv]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and lines[-1].startswith(zh if lang == "zh" else en)
    assert lines[0].startswith("用法：kamlab" if lang == "zh" else "usage: kamlab")
    if lang == "zh":
        assert not [word for word in ENGLISH if word in captured.err]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["course", "new", "-h"]])
def test_help_headings_and_help_option(capsys, lang, argv):
    assert main(["--lang", lang, *argv]) == 0
    out = capsys.readouterr().out
    headings = re.findall(r"^(\S[^\n]*):$", out, flags=re.MULTILINE)
    if lang == "zh":
        assert out.startswith("用法：kamlab")
        assert set(headings) == {"位置参数", "选项"}
        assert "-h, --help            显示本帮助信息并退出" in out
        assert not [word for word in ENGLISH if word in out]
    else:
        assert out.startswith("usage: kamlab")
        assert set(headings) == {"positional arguments", "options"}
        assert "show this help message and exit" in out


def test_the_usage_lines_line_up_under_a_chinese_prefix(capsys):
    """``用法：`` is 3 characters but 6 columns: the usage's next lines start under its first word."""
    main(["--lang", "zh", "course", "new"])
    first, second = capsys.readouterr().err.splitlines()[:2]
    assert first.startswith("用法：kamlab course new [-h]")
    assert len(second) - len(second.lstrip()) == 6 + len("kamlab course new ")


def test_the_language_from_the_locale(capsys, monkeypatch):
    """No --lang: a Chinese locale gives Chinese argparse words too."""
    for var in ("KAMLAB_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["check"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("用法：kamlab check") and err[-1] == "kamlab check: 错误: 缺少必需的参数：file"


@pytest.mark.parametrize(
    "message, zh",
    [
        # Python 3.12.8+/3.13.1+ print the choices without quotes: the same label
        (
            "argument --table: invalid choice: 'x' (choose from accounts, staff)",
            "参数 --table：无效的选择：'x'（可选：accounts, staff）",
        ),
        ("expected 2 arguments", "应跟 2 个值"),
        ("expected 1 argument", "应跟 1 个值"),
        (
            "ambiguous option: --c could match --concentration, --course",
            "选项 --c 有歧义，可能是：--concentration, --course",
        ),
        ("argument --x: not allowed with argument --y", "参数 --x：不能与参数 --y 同时使用"),
        ("argument --n: invalid int value: 'x'", "参数 --n：无效的 int 值：'x'"),
        (  # Python 3.14's suggestion
            "argument command: invalid choice: 'genrate', maybe you meant 'generate'? (choose from 'generate', 'link')",
            "参数 command：无效的选择：'genrate'，是否想输入 'generate'？（可选：'generate', 'link'）",
        ),
        # wording kamlab does not know (a future Python's): kept as argparse wrote it
        ("argument command: invalid choice: 'genrate', did you mean 'generate'?", None),
        ("a brand-new message: %s {braces} %(x)s", None),
        ("", None),
    ],
)
def test_translate_known_messages_and_keep_unknown_ones(message, zh):
    expected = message if zh is None else zh
    if zh is None and message.startswith("argument command: "):
        expected = "参数 command：" + message[len("argument command: ") :]
    assert translate(message, "zh") == expected
    assert translate(message, "en") == message  # the English is argparse's own


def test_every_argparse_message_kamlab_knows_has_both_labels():
    for msgid, key in MESSAGES:
        assert set(catalog()[key]) == {"zh", "en"}
        filled = re.sub(r"%\((\w+)\)[sr]|%[sr]", "V", msgid)
        assert translate(filled, "en") == filled, msgid
        assert translate(filled, "zh") != filled, msgid


def test_subcommands_heading_of_newer_pythons():
    """Python 3.13 titles a titled subparsers group "subcommands" by default."""
    parser = parser_class("zh")(prog="p")
    parser.add_subparsers(title="subcommands", dest="c").add_parser("x")
    assert "子命令:" in parser.format_help()
