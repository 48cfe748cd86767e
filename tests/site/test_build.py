"""The course site's build steps without Sphinx (tools/site/build_site.py): site.toml, launch links,
stale notebooks, explorer outputs, the chapter-point map. The built site is tested in test_site.py."""

import json
import shutil
import sys
from pathlib import Path

import pytest

from kamlab.classroom import parse_nbgitpuller_link

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "site"))

import build_site  # noqa: E402

WIDGET_VIEW = build_site.WIDGET_VIEW


def write(tmp_path, text):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_site_toml_configures_nothing():
    config = build_site.read_config(ROOT / "site.toml")
    assert (config.hub, config.repo, config.branch, config.binder) == (None, None, None, None)
    assert build_site.launch_links(config, "zh", "01") == []
    assert build_site.read_config(ROOT / "no-such-site.toml") == build_site.SiteConfig()


def test_launch_links_are_kamlab_links_in_the_page_language(tmp_path):
    config = build_site.read_config(
        write(
            tmp_path,
            '[launch]\nhub = "https://hub.example.edu"\nrepo = "https://github.com/example/kamlab"\n'
            'branch = "main"\nbinder = "https://mybinder.org/v2/gh/example/kamlab/main"\n',
        )
    )
    zh = build_site.launch_links(config, "zh", "03")
    assert [(x["kind"], x["label"]) for x in zh] == [("hub", "在 JupyterHub 打开"), ("binder", "在 Binder 打开")]
    pull = parse_nbgitpuller_link(zh[0]["url"])
    assert (pull.hub, pull.repo, pull.branch) == (
        "https://hub.example.edu",
        "https://github.com/example/kamlab",
        "main",
    )
    assert pull.urlpath == "lab/tree/kamlab/notebooks/zh/03_misconceptions.ipynb"
    assert zh[1]["url"] == (
        "https://mybinder.org/v2/gh/example/kamlab/main?urlpath=lab/tree/notebooks/zh/03_misconceptions.ipynb"
    )
    en = build_site.launch_links(config, "en", "00")
    assert [x["label"] for x in en] == ["Open in JupyterHub", "Open in Binder"]
    assert "notebooks%2Fen%2F00_start_here.ipynb" in en[0]["url"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("[launch\nhub = 1", "not valid TOML"),
        ('[launch]\nhubb = "x"', "unknown key(s) ['hubb']"),
        ("[launch]\nhub = 3", "hub = 3 must be text"),
        ('[launch]\nhub = "https://hub.example.edu"', "repo is empty"),
        ('[launch]\nbinder = "mybinder.org"', "is not a Binder address"),
    ],
)
def test_bad_site_toml_is_named_with_its_key(tmp_path, text, message):
    with pytest.raises(build_site.SiteError, match="site.toml") as info:
        build_site.read_config(write(tmp_path, text))
    assert message in str(info.value)


def test_a_hub_kamlab_refuses_is_reported_against_site_toml(tmp_path):
    config = build_site.read_config(
        write(tmp_path, '[launch]\nhub = "https://hub.example.edu/hub/login"\nrepo = "https://github.com/o/kamlab"\n')
    )
    with pytest.raises(build_site.SiteError, match=r"site.toml: \[launch\] nbgitpuller_link: parameter hub"):
        build_site.launch_links(config, "zh", "00")


def test_stale_notebooks_stop_the_build(tmp_path):
    for lang in ("zh", "en"):
        shutil.copytree(ROOT / "notebooks" / lang, tmp_path / lang)
    build_site.check_fresh(["00_start_here"], root=tmp_path)  # fresh: no error
    nb = json.loads((tmp_path / "en" / "00_start_here.ipynb").read_text(encoding="utf-8"))
    nb["cells"][1]["source"] = "# edited by hand"
    (tmp_path / "en" / "00_start_here.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    with pytest.raises(
        build_site.SiteError, match=r"stale notebooks .*en/00_start_here.ipynb; run tools/build_notebooks.py"
    ):
        build_site.check_fresh(["00_start_here"], root=tmp_path)


def _explorer_notebook(tmp_path, with_png):
    """Lesson 00 (zh) with its explorers' bundles with a picture (as explorers now show) or without one."""
    nb = json.loads((ROOT / "notebooks" / "zh" / "00_start_here.ipynb").read_text(encoding="utf-8"))
    png = next(
        o["data"]["image/png"] for c in nb["cells"] for o in c.get("outputs", []) if "image/png" in o.get("data", {})
    )
    explorers = [o for c in nb["cells"] for o in c.get("outputs", []) if WIDGET_VIEW in o.get("data", {})]
    assert explorers, "lesson 00 has an explorer"
    for out in explorers:  # both cases, whether the shipped bundles carry a picture yet or not
        if with_png:
            out["data"].setdefault("image/png", png)
        else:
            out["data"].pop("image/png", None)
    src = tmp_path / "in.ipynb"
    src.write_text(json.dumps(nb), encoding="utf-8")
    return src, len(explorers)


@pytest.mark.parametrize("with_png", [False, True])
def test_explorers_become_their_picture_and_a_note(tmp_path, with_png):
    src, n = _explorer_notebook(tmp_path, with_png)
    links = [
        {
            "kind": "hub",
            "label": "在 JupyterHub 打开",
            "url": "https://hub.example.edu/hub/user-redirect/git-pull?x=1&y=2",
        }
    ]
    info = build_site.stage_notebook(src, tmp_path / "out.ipynb", "zh", "00", links)
    nb = json.loads((tmp_path / "out.ipynb").read_text(encoding="utf-8"))
    assert "widgets" not in nb["metadata"]
    outputs = [o for c in nb["cells"] for o in c.get("outputs", [])]
    assert not any(WIDGET_VIEW in o.get("data", {}) for o in outputs)
    notes = [
        o["data"]["text/html"] for o in outputs if "kamlab-explorer-note" in o.get("data", {}).get("text/html", "")
    ]
    assert len(notes) == n
    assert all(
        "在 Jupyter 中运行本课以拖动滑块" in x
        and 'href="https://hub.example.edu/hub/user-redirect/git-pull?x=1&amp;y=2"' in x
        for x in notes
    )
    for cell in nb["cells"]:
        pictures = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        if pictures:
            alt = cell["metadata"]["mystnb"]["image"]["alt"]
            assert alt.startswith(("图：", "交互探索器的初始画面：")) and len(alt) > 6
    explorer_cells = [
        c
        for c in nb["cells"]
        if any("kamlab-explorer-note" in o.get("data", {}).get("text/html", "") for o in c.get("outputs", []))
    ]
    assert all(any("image/png" in o["data"] for o in c["outputs"]) == with_png for c in explorer_cells)
    assert info["title"] == "第 00 课　从这里开始：认识大客户管理实验室"


def test_course_map_and_point_labels():
    taught = build_site.course_map("zh")
    assert taught == build_site.course_map("en")
    assert taught == {
        "01": ["C1", "C2"],
        "02": ["I1", "I2", "I3", "I4"],
        "03": ["M1", "M2", "M3", "M4", "M5"],
        "04": ["K1"],
        "05": ["K2"],
        "06": ["K3"],
        "07": ["P1", "P2", "P3", "P4", "P5"],
    }
    assert sorted(p for ids in taught.values() for p in ids) == sorted(build_site.POINT_ORDER)


def test_glossary_page_comes_from_kamlab_glossary_when_there_is_one():
    try:
        import kamlab.terms  # noqa: F401 - kamlab.glossary() (issue 23)
    except ImportError:
        assert build_site.glossary_page("zh") is None  # no page rather than an empty one
        return
    zh, en = build_site.glossary_page("zh"), build_site.glossary_page("en")
    assert zh.startswith("# 术语表\n") and "| 大客户 | key account |" in zh
    assert en.startswith("# Glossary\n") and "| 大客户 | key account |" in en


def test_guide_links_point_into_the_site_or_become_text():
    text = (
        "See [the classroom guide](classroom.zh.md#binder), [data](../data/data_dictionary.md), "
        "[the README](../README.md), [TLJH](https://tljh.jupyter.org/) and [above](#top)."
    )
    assert build_site._site_links(text) == (
        "See [the classroom guide](classroom.md), [data](data_dictionary.md), "
        "the README, [TLJH](https://tljh.jupyter.org/) and [above](#top)."
    )
    badge = "[![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/ORG/kamlab/main)"
    assert build_site._local_images(badge) == "[Binder](https://mybinder.org/v2/gh/ORG/kamlab/main)"
    zh = build_site.guide_page("zh", "classroom")
    source = (ROOT / "docs" / "classroom.zh.md").read_text(encoding="utf-8")
    assert "English: [classroom.md](classroom.md)" in source and "English: " not in zh  # the site's switch instead
    assert "badge_logo.svg" not in zh and "](https://mybinder.org/v2/gh/ORG/kamlab/main" in zh
