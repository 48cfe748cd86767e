"""``kamlab link`` and :mod:`kamlab.classroom`: the nbgitpuller link round-trips, bad input gets a clear error.

The live check (a hub that follows the link) is ``test_classroom_hub.py``; here the link is
parsed back by :func:`kamlab.classroom.parse_nbgitpuller_link` and by the standard library,
and read the way nbgitpuller's own handler reads it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kamlab import cli
from kamlab.classroom import (
    DEFAULT_TARGETPATH,
    LESSON_NOTEBOOKS,
    PullLink,
    lab_overrides,
    nbgitpuller_link,
    parse_nbgitpuller_link,
    write_lab_overrides,
)
from kamlab.errors import KamlabTypeError, KamlabValueError

ROOT = Path(__file__).resolve().parents[2]

HUBS = [
    "https://hub.example.edu",
    "https://hub.example.edu/",
    "http://127.0.0.1:8000",
    "https://example.edu/jupyter/class-a/",
    "https://[::1]:8443",
]
REPOS = [
    "https://github.com/example/kamlab",
    "https://gitee.com/例子/kamlab.git",
    "git://127.0.0.1:9418/kamlab.git",
    "file:///srv/git/kamlab.git",
    "https://host/path with%20escape/repo?x=1&y=2#frag".replace(" ", "%20"),
    "ssh://git@host:2222/org/kamlab.git",
]


@pytest.mark.parametrize("hub", HUBS)
@pytest.mark.parametrize("repo", REPOS)
@pytest.mark.parametrize("branch", [None, "main", "spring-2027/week_1"])
@pytest.mark.parametrize("lang,lesson", [("zh", None), ("en", "00"), ("zh", 7), ("en", "3")])
def test_link_round_trips(hub, repo, branch, lang, lesson):
    link = nbgitpuller_link(hub, repo, branch=branch, lang=lang, lesson=lesson)
    parsed = parse_nbgitpuller_link(link)
    folder = f"lab/tree/{DEFAULT_TARGETPATH}/notebooks/{lang}"
    urlpath = folder if lesson is None else f"{folder}/{LESSON_NOTEBOOKS[f'{int(lesson):02d}']}"
    assert parsed == PullLink(
        hub=hub.rstrip("/"), repo=repo, branch=branch, urlpath=urlpath, targetpath=DEFAULT_TARGETPATH
    )
    # The standard library reads the same parameters (each once), as nbgitpuller's handler does.
    parts = urlsplit(link)
    query = parse_qs(parts.query, strict_parsing=True)
    assert all(len(v) == 1 for v in query.values())
    assert query["repo"] == [repo] and query["targetpath"] == [DEFAULT_TARGETPATH]
    assert ("branch" in query) == (branch is not None)
    assert parts.path == urlsplit(hub.rstrip("/")).path + "/hub/user-redirect/git-pull"
    assert not parts.fragment and " " not in link
    # The lesson folder in the urlpath is the folder nbgitpuller clones into (targetpath).
    assert query["urlpath"][0].startswith(f"lab/tree/{query['targetpath'][0]}/")


def test_link_targetpath_is_always_given_and_can_be_changed():
    link = nbgitpuller_link("https://h.edu", "https://github.com/o/kamlab-2027.git", targetpath="KAM 2027", lesson="01")
    parsed = parse_nbgitpuller_link(link)
    assert parsed.targetpath == "KAM 2027"
    assert parsed.urlpath == "lab/tree/KAM 2027/notebooks/zh/01_key_accounts.ipynb"


def test_lesson_notebooks_match_the_notebooks_folder():
    for lang in ("zh", "en"):
        shipped = sorted(p.name for p in (ROOT / "notebooks" / lang).glob("[0-9][0-9]_*.ipynb"))
        assert shipped == sorted(LESSON_NOTEBOOKS.values()), f"notebooks/{lang} vs kamlab.classroom.LESSON_NOTEBOOKS"
    assert all(name.startswith(key + "_") for key, name in LESSON_NOTEBOOKS.items())


@pytest.mark.parametrize(
    "kwargs,pattern",
    [
        ({"hub": "hub.example.edu"}, r"parameter hub = 'hub.example.edu' is not a full URL"),
        ({"hub": "ftp://hub.example.edu"}, r"parameter hub = 'ftp://hub.example.edu' starts with 'ftp://'"),
        ({"hub": "https://"}, r"parameter hub = 'https://' has no host name"),
        ({"hub": ""}, r"parameter hub is empty"),
        (
            {"hub": "https://hub.example.edu/hub/login"},
            r"is a page inside the JupyterHub .*'/hub'.*https://hub.example.edu\.$",
        ),
        ({"hub": "https://x.edu/jh/user/s1/lab"}, r"'/user'.*give its base address: https://x.edu/jh\.$"),
        ({"hub": "https://hub.example.edu/?next=1"}, r"has a query or #fragment"),
        ({"hub": "https://hub example.edu"}, r"contains spaces"),
        (
            {"repo": "git@github.com:org/kamlab.git"},
            r"parameter repo = 'git@github.com:org/kamlab.git' is not a full URL",
        ),
        ({"repo": "https://github.com"}, r"parameter repo = 'https://github.com' names no repository path"),
        ({"repo": "svn://host/repo"}, r"starts with 'svn://'; expected https:// / http:// / git:// / ssh:// / file://"),
        ({"branch": "a b"}, r"parameter branch = 'a b' is not a valid git branch name"),
        ({"branch": "-x"}, r"parameter branch = '-x'"),
        ({"branch": "a..b"}, r"parameter branch = 'a..b'"),
        ({"branch": ""}, r"parameter branch = ''"),
        ({"lesson": "9"}, r"parameter lesson = '9' is not a lesson of this course; expected one of 00, 01"),
        ({"lesson": 1.0}, r"parameter lesson = 1.0 is not a lesson"),
        ({"lang": "fr"}, r"parameter 'lang' = 'fr'; expected one of 'zh', 'en'"),
        ({"targetpath": "../elsewhere"}, r"parameter targetpath = '../elsewhere' must be a relative folder"),
        ({"targetpath": "/home/x"}, r"parameter targetpath = '/home/x'"),
        ({"targetpath": ""}, r"parameter targetpath = ''"),
    ],
)
def test_bad_input_gets_a_clear_error(kwargs, pattern):
    args = {"hub": "https://hub.example.edu", "repo": "https://github.com/o/kamlab", "messages": "en", **kwargs}
    hub, repo = args.pop("hub"), args.pop("repo")
    with pytest.raises(KamlabValueError, match=pattern):
        nbgitpuller_link(hub, repo, **args)


def test_wrong_types_and_chinese_messages():
    with pytest.raises(KamlabTypeError, match=r"parameter hub must be text \(a URL\), got int 5"):
        nbgitpuller_link(5, "https://github.com/o/kamlab", messages="en")
    with pytest.raises(KamlabTypeError, match=r"parameter branch must be text"):
        nbgitpuller_link("https://h.edu", "https://github.com/o/kamlab", branch=1, messages="en")
    with pytest.raises(KamlabValueError, match=r"参数 hub = 'hub.edu' 不是完整的网址"):
        nbgitpuller_link("hub.edu", "https://github.com/o/kamlab", messages="zh")
    with pytest.raises(KamlabValueError, match=r"is not an nbgitpuller link"):
        parse_nbgitpuller_link("https://hub.example.edu/hub/home", messages="en")


def test_cli_prints_the_link(capsys):
    assert (
        cli.main(
            [
                "link",
                "--hub",
                "http://127.0.0.1:8000",
                "--repo",
                "git://127.0.0.1:9418/kamlab.git",
                "--branch",
                "main",
                "--lang",
                "en",
                "--lesson",
                "00",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out.strip()
    assert out == nbgitpuller_link(
        "http://127.0.0.1:8000", "git://127.0.0.1:9418/kamlab.git", branch="main", lang="en", lesson="00"
    )
    assert parse_nbgitpuller_link(out).urlpath.endswith("/notebooks/en/00_start_here.ipynb")


@pytest.mark.parametrize(
    "argv,lang_word,text",
    [
        (
            ["--lang", "en", "link", "--hub", "hub.edu", "--repo", "https://github.com/o/k"],
            "error",
            "parameter hub = 'hub.edu' is not a full URL",
        ),
        (
            ["--lang", "zh", "link", "--hub", "https://h.edu", "--repo", "https://github.com/o/k", "--lesson", "42"],
            "错误",
            "参数 lesson = '42' 不是本课程的课次",
        ),
    ],
)
def test_cli_errors_are_one_line_exit_2(capsys, argv, lang_word, text):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kamlab: {lang_word}: ") and text in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_cli_lesson_language_and_message_language_are_separate(capsys):
    """``kamlab --lang zh link --lang en``: messages in Chinese, the English lessons in the link."""
    assert (
        cli.main(["--lang", "zh", "link", "--lang", "en", "--hub", "https://h.edu", "--repo", "https://github.com/o/k"])
        == 0
    )
    assert parse_nbgitpuller_link(capsys.readouterr().out.strip()).urlpath == "lab/tree/kamlab/notebooks/en"
    assert cli.main(["--lang", "zh", "link", "--lang", "en", "--hub", "h.edu", "--repo", "https://github.com/o/k"]) == 2
    assert capsys.readouterr().err.startswith("kamlab: 错误: nbgitpuller_link：参数 hub")


@pytest.mark.parametrize("lang,locale", [("zh", "zh_CN"), ("en", "en")])
def test_lab_overrides_are_written_into_the_given_config_folder_only(tmp_path, lang, locale):
    path = write_lab_overrides(tmp_path / "cfg", lang)
    assert path == tmp_path / "cfg" / "labconfig" / "default_setting_overrides.json"
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written == lab_overrides(lang)
    assert written["@jupyterlab/translation-extension:plugin"] == {"locale": locale}
    assert written["@jupyterlab/apputils-extension:notification"] == {"fetchNews": "false", "checkForUpdates": False}
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == [
        "cfg/labconfig/default_setting_overrides.json"
    ]
    with pytest.raises(KamlabValueError, match="lab_overrides: parameter 'lang' = 'fr'"):
        write_lab_overrides(tmp_path / "x", "fr")


def test_zh_language_pack_is_installed():
    """The Chinese menus need the language pack (a kamlab dependency), found by JupyterLab's translation API."""
    from jupyterlab_server.translation_utils import get_language_packs

    packs, _ = get_language_packs("en")
    assert "zh_CN" in packs, sorted(packs)


def test_make_lab_uses_the_overrides_in_its_own_config_folder(tmp_path):
    """``make lab`` runs ``kamlab.lab``, which writes the class defaults into .run/lab-<lang> and
    points JUPYTER_CONFIG_DIR there (the browser test in tests/browser/test_jupyterlab.py starts it)."""
    import inspect

    from kamlab import lab

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^lab: \S+\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert re.search(r'\$\(BIN\)/python -m kamlab\.lab --lang "\$\(lang\)"', recipe), recipe
    source = inspect.getsource(lab.main)
    assert 'root / ".run" / f"lab-{lang}"' in source and '"JUPYTER_CONFIG_DIR": str(config_dir)' in source
    written = lab.write_student_config(tmp_path / "cfg", "zh")
    overrides = json.loads((tmp_path / "cfg" / "labconfig" / "default_setting_overrides.json").read_text("utf-8"))
    assert (
        overrides == lab_overrides("zh")
        and tmp_path / "cfg" / "labconfig" / "default_setting_overrides.json" in written
    )


@pytest.mark.parametrize("guide", ["classroom.md", "classroom.zh.md"])
def test_the_guides_link_is_what_the_command_prints(capsys, guide):
    """docs/classroom*.md show a ``kamlab link ...`` command and its output: they must agree."""
    import shlex

    text = (ROOT / "docs" / guide).read_text(encoding="utf-8")
    command = re.search(r"^kamlab link (.+)$", text, re.M).group(1)
    shown = re.search(r"^(https://\S+/hub/user-redirect/git-pull\?\S+)$", text, re.M).group(1)
    assert cli.main(["link", *shlex.split(command)]) == 0
    assert capsys.readouterr().out.strip() == shown


def test_the_guides_overrides_folder_is_on_jupyters_config_path():
    """The guide writes the overrides into ``sys.prefix/etc/jupyter``, which every Jupyter server of
    that environment reads (TLJH's /opt/tljh/user, a Docker image's conda or venv)."""
    import sys

    from jupyter_core.paths import jupyter_config_path

    assert str(Path(sys.prefix) / "etc" / "jupyter") in [str(Path(p)) for p in jupyter_config_path()]
    for guide in ("classroom.md", "classroom.zh.md"):
        assert "c.write_lab_overrides(sys.prefix + '/etc/jupyter', 'zh')" in (ROOT / "docs" / guide).read_text(
            encoding="utf-8"
        )
