"""Build the course site: a 中文 and an English edition of the lessons, readable without Jupyter.

The site is made from the notebooks already executed in ``notebooks/{zh,en}/`` (nothing is
run again) and from the project's own documents. For each edition it stages a Sphinx source
folder under ``<out>/_src/<lang>/`` and builds it with ``tools/site/conf.py`` into
``<out>/<lang>/``; ``<out>/index.html`` picks the edition. No step reaches the network.

Steps, in order (each is a function; :func:`stage_notebook` runs the steps of
:data:`EXPLORER_STEPS` on each explorer output, e.g. the pre-drawn frames of
``tools/site/frames_step.py`` with ``--frames DIR``, as ``make site`` runs it):

1. :func:`check_fresh`: refuse to build from notebooks that are stale against ``tools/lessons``.
2. :func:`read_config`: the hub, repository and Binder address from ``site.toml``.
3. :func:`stage_edition`: the lessons (explorer outputs as pictures, alt text, no widget
   state), the chapter-point index, the glossary (when ``kamlab.labels`` has one), the data
   dictionary, the instructor's guide, the facilitator's guide (the six-session plan) and the
   classroom guide.
4. :func:`sphinx_build`: one Sphinx run per edition (the two run side by side).

Usage::

    python tools/site/build_site.py                      # the whole site into _build/site
    python tools/site/build_site.py --lessons 00 --out /tmp/site
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

try:
    import tomllib
except ImportError:  # Python 3.10: tomli, when installed, is the same parser
    try:
        import tomli as tomllib
    except ImportError:
        tomllib = None

LANGS = ("zh", "en")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
POINT_RE = re.compile(r"(?<![A-Za-z0-9])([CKIMP][1-5])(?![0-9])")
POINT_ORDER = [f"{g}{i}" for g, n in (("C", 2), ("K", 3), ("I", 4), ("M", 5), ("P", 5)) for i in range(1, n + 1)]

#: The site's own words (the theme brings its zh_CN strings).
TEXT = {
    "zh": {
        "title": "大客户管理实验室",
        "subtitle": "《客户关系管理》第四章“大客户管理”的交互式课件：课文、图和练习，可在浏览器中阅读，也可在 Jupyter 中运行。",
        "lessons": "课程",
        "reference": "参考资料",
        "other_label": "English",
        "hub": "在 JupyterHub 打开",
        "binder": "在 Binder 打开",
        "explorer_note": "在 Jupyter 中运行本课以拖动滑块",
        "explorer_alt": "交互探索器的初始画面：{section}",
        "figure_alt": "图：{section}",
        "points_title": "教材要点索引",
        "points_intro": "第四章的每个要点（C 什么是大客户，K 三个案例，I 为什么重要，M 五个误区，P 主要问题）在哪一课讲授。",
        "point": "要点",
        "lesson": "课",
        "section": "小节",
        "glossary_title": "术语表",
        "data_title": "数据字典",
        "instructors_title": "教师指南",
        "classroom_title": "课堂指南",
        "root_choose": "选择版本",
    },
    "en": {
        "title": "Key Account Management Lab",
        "subtitle": "Interactive lessons for Chapter 4, “Key Account Management”, of Customer Relationship Management: text, figures and exercises to read in a browser or run in Jupyter.",
        "lessons": "Lessons",
        "reference": "Reference",
        "other_label": "中文",
        "hub": "Open in JupyterHub",
        "binder": "Open in Binder",
        "explorer_note": "Run this lesson in Jupyter to drag the sliders",
        "explorer_alt": "The interactive explorer's first picture: {section}",
        "figure_alt": "Figure: {section}",
        "points_title": "Index of the chapter's points",
        "points_intro": "Where each point of Chapter 4 is taught (C what a key account is, K the three cases, I why it matters, M the five misconceptions, P the main problems).",
        "point": "Point",
        "lesson": "Lesson",
        "section": "Section",
        "glossary_title": "Glossary",
        "data_title": "Data dictionary",
        "instructors_title": "Instructor's guide",
        "classroom_title": "Classroom guide",
        "root_choose": "Choose an edition",
    },
}
#: The project's guides: page name -> (zh file, en file), under docs/.
GUIDES = {
    "instructors": ("instructors.zh.md", "instructors.md"),
    "teaching_guide": ("teaching-guide.zh.md", "teaching-guide.md"),  # the six-session plan (issue 30)
    "classroom": ("classroom.zh.md", "classroom.md"),
}


class SiteError(Exception):
    """A site build that cannot go on; the message says what to fix."""


# ---------------------------------------------------------------------------------- config


@dataclass(frozen=True)
class SiteConfig:
    """What the instructor sets in ``site.toml``: where the lessons can be run."""

    hub: str | None = None
    repo: str | None = None
    branch: str | None = None
    binder: str | None = None
    source: str = "site.toml"


def read_config(path: Path | None) -> SiteConfig:
    """The launch settings of ``site.toml``; a missing file or empty keys mean no launch links.

    Parameters
    ----------
    path : Path or None
        The TOML file (keys ``hub``, ``repo``, ``branch``, ``binder`` under ``[launch]``).

    Returns
    -------
    SiteConfig
        The settings, each None when not set.

    Raises
    ------
    SiteError
        For unreadable TOML, an unknown key, a value that is not text, or a hub without a
        repository (the nbgitpuller link needs both).
    """
    if path is None or not path.exists():
        return SiteConfig()
    if tomllib is None:
        raise SiteError(f"{path}: reading it needs Python 3.11 or the tomli package (pip install tomli)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SiteError(f"{path}: not valid TOML ({exc})") from None
    launch = data.get("launch", {})
    unknown = set(data) - {"launch"} | set(launch) - {"hub", "repo", "branch", "binder"}
    if unknown:
        raise SiteError(f"{path}: unknown key(s) {sorted(unknown)}; expected [launch] hub, repo, branch, binder")
    values = {}
    for key in ("hub", "repo", "branch", "binder"):
        value = launch.get(key, "")
        if not isinstance(value, str):
            raise SiteError(f"{path}: [launch] {key} = {value!r} must be text in quotes")
        values[key] = value.strip() or None
    if values["hub"] and not values["repo"]:
        raise SiteError(f"{path}: [launch] hub is set but repo is empty; the JupyterHub link needs the repository")
    if values["binder"] and not re.match(r"^https?://[^/\s]+/\S+$", values["binder"]):
        raise SiteError(
            f"{path}: [launch] binder = {values['binder']!r} is not a Binder address such as "
            "'https://mybinder.org/v2/gh/ORG/kamlab/main'"
        )
    return SiteConfig(**values, source=str(path))


def launch_links(config: SiteConfig, lang: str, lesson: str) -> list[dict]:
    """The launch links of one lesson page: JupyterHub (nbgitpuller) and Binder, when configured.

    Parameters
    ----------
    config : SiteConfig
        From :func:`read_config`.
    lang : {"zh", "en"}
        The edition.
    lesson : str
        The lesson id, "00" .. "07".

    Returns
    -------
    list of dict
        ``{"kind", "label", "url"}`` for each configured service; empty when none is.

    Raises
    ------
    SiteError
        When ``kamlab.classroom`` refuses the hub, repository or branch (its message says why).
    """
    from kamlab.classroom import LESSON_NOTEBOOKS, nbgitpuller_link
    from kamlab.errors import KamlabError

    links = []
    if config.hub:
        try:
            url = nbgitpuller_link(
                config.hub, config.repo, branch=config.branch, lang=lang, lesson=lesson, messages="en"
            )
        except KamlabError as exc:
            raise SiteError(f"{config.source}: [launch] {exc}") from None
        links.append({"kind": "hub", "label": TEXT[lang]["hub"], "url": url})
    if config.binder:
        path = f"lab/tree/notebooks/{lang}/{LESSON_NOTEBOOKS[lesson]}"
        links.append(
            {"kind": "binder", "label": TEXT[lang]["binder"], "url": f"{config.binder.rstrip('/')}?urlpath={path}"}
        )
    return links


# ------------------------------------------------------------------------------ notebooks


def check_fresh(stems: list[str], root: Path = ROOT / "notebooks") -> None:
    """Refuse stale notebooks: the site shows stored outputs, which must come from today's sources.

    Parameters
    ----------
    stems : list of str
        Lesson NAMEs to check.
    root : Path
        The folder of ``zh/`` and ``en/`` notebooks.

    Raises
    ------
    SiteError
        Naming each notebook that differs from ``tools/lessons`` (``tools/build_notebooks.py``
        rebuilds it).
    """
    import build_notebooks

    stale = build_notebooks.stale(stems, root=root)
    if stale:
        names = ", ".join(f"{p.parent.name}/{p.name}" for p in stale)
        raise SiteError(
            f"stale notebooks (their cells differ from tools/lessons): {names}; run tools/build_notebooks.py"
        )


def _plain(text: str) -> str:
    """A markdown heading's text without markup."""
    text = re.sub(r"^#+\s*", "", text.strip())
    text = re.sub(r"[*_`]", "", text)
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text).strip()


def launch_bar(links: list[dict]) -> str:
    """The lesson's launch links as an HTML block, put under the lesson's title."""
    anchors = "".join(
        f'<a class="kamlab-launch kamlab-launch-{link["kind"]}" href="{html.escape(link["url"])}">'
        f"{html.escape(link['label'])}</a>"
        for link in links
    )
    return f'<div class="kamlab-launch-bar">{anchors}</div>'


@dataclass
class OutputContext:
    """Where an output sits: for alt texts, notes and later per-explorer steps."""

    lang: str
    lesson: str
    stem: str
    section: str
    cell: dict
    links: list[dict] = field(default_factory=list)


def explorer_note(ctx: OutputContext) -> dict:
    """The note under an explorer: the sliders move only in Jupyter; the lesson's launch link."""
    words = TEXT[ctx.lang]
    links = "".join(f' · <a href="{html.escape(link["url"])}">{html.escape(link["label"])}</a>' for link in ctx.links)
    body = f'<p class="kamlab-explorer-note" lang="{ctx.lang}">{html.escape(words["explorer_note"])}{links}</p>'
    return {"output_type": "display_data", "metadata": {}, "data": {"text/html": body}}


def explorer_picture(output: dict, ctx: OutputContext) -> list[dict]:
    """An explorer's output without a kernel: its PNG (when the bundle has one) and the note."""
    data = {k: v for k, v in output.get("data", {}).items() if k != WIDGET_VIEW}
    out = []
    if "image/png" in data:
        out.append({**output, "data": {"image/png": data["image/png"]}})
    out.append(explorer_note(ctx))
    return out


#: What becomes of a widget output, in order; each takes the outputs so far and the context.
#: Issue #28 (pre-drawn frames) adds its step here.
EXPLORER_STEPS: list[Callable[[list[dict], OutputContext], list[dict]]] = []


def stage_notebook(src: Path, dst: Path, lang: str, lesson: str, links: list[dict]) -> dict:
    """Copy one executed notebook for the site: explorers as pictures, alt text, point labels.

    Parameters
    ----------
    src, dst : Path
        The shipped notebook and the staged copy.
    lang : {"zh", "en"}
        The edition.
    lesson : str
        The lesson id.
    links : list of dict
        The lesson's launch links (:func:`launch_links`).

    Returns
    -------
    dict
        ``{"title": first heading, "points": {point id: label of the first heading naming it}}``.
    """
    nb = json.loads(src.read_text(encoding="utf-8"))
    nb["metadata"].pop("widgets", None)
    state = {"title": None, "section": "", "points": {}}
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            _stage_markdown(cell, lesson, links, state)
        elif cell["cell_type"] == "code":
            section = state["section"] or state["title"] or src.stem
            _stage_outputs(cell, OutputContext(lang, lesson, src.stem, section, cell, links))
    dst.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    return {"title": state["title"] or src.stem, "points": state["points"]}


def _stage_markdown(cell: dict, lesson: str, links: list[dict], state: dict) -> None:
    """A prose cell: the launch bar under the title, a label before each heading naming a point."""
    lines = "".join(cell["source"]).split("\n")
    for i, line in enumerate(lines):
        if not line.startswith("#"):
            continue
        state["section"] = section = _plain(line)
        if state["title"] is None:
            state["title"] = section
            if links:
                lines[i] = f"{line}\n\n{launch_bar(links)}\n"
        ids = [p for p in POINT_RE.findall(section) if p not in state["points"]]
        if ids and line.startswith("##"):
            for p in ids:
                state["points"][p] = f"point-{lesson}-{p.lower()}"
            lines[i] = "\n" + "".join(f"({state['points'][p]})=\n" for p in ids) + line
    cell["source"] = "\n".join(lines)


def _stage_outputs(cell: dict, ctx: OutputContext) -> None:
    """A code cell's outputs: explorers through :func:`explorer_picture` and :data:`EXPLORER_STEPS`;
    the cell's pictures get alt text naming its section in the page's language."""
    words = TEXT[ctx.lang]
    outputs = []
    for output in cell.get("outputs", []):
        if WIDGET_VIEW in output.get("data", {}):
            new = explorer_picture(output, ctx)
            for step in EXPLORER_STEPS:
                new = step(new, ctx)
            alt = words["explorer_alt"]
        else:
            new, alt = [output], words["figure_alt"]
        if any("image/png" in out.get("data", {}) for out in new):
            cell["metadata"].setdefault("mystnb", {}).setdefault("image", {})["alt"] = alt.format(section=ctx.section)
        outputs += new
    cell["outputs"] = outputs


# ----------------------------------------------------------------------------- the pages


def course_map(lang: str) -> dict[str, list[str]]:
    """Lesson id -> the chapter points it teaches, read from lesson 00's course map (its table).

    Parameters
    ----------
    lang : {"zh", "en"}
        Which notebook to read (both hold the same table).

    Returns
    -------
    dict
        E.g. ``{"01": ["C1", "C2"], "02": ["I1", "I2", "I3", "I4"], ...}``.
    """
    nb = json.loads((ROOT / "notebooks" / lang / "00_start_here.ipynb").read_text(encoding="utf-8"))
    found = {}
    for cell in nb["cells"]:
        for row in re.findall(r"^\|\s*(0\d)\s*\|.*\|([^|]*)\|\s*$", "".join(cell["source"]), re.M):
            lesson, cell_text = row
            ids = []
            for a, b in re.findall(r"([CKIMP][1-5])(?:\s*[–-]\s*[CKIMP]?([1-5]))?", cell_text):
                ids += [f"{a[0]}{i}" for i in range(int(a[1]), int(b or a[1]) + 1)]
            if ids:
                found[lesson] = ids
    return found


def points_page(lang: str, lessons: dict[str, dict]) -> str:
    """The chapter-point index: each point, the lesson that teaches it and the section naming it."""
    words = TEXT[lang]
    rows = []
    taught = course_map(lang)
    for point in POINT_ORDER:
        for lesson, ids in taught.items():
            if point not in ids or lesson not in lessons:
                continue
            info = lessons[lesson]
            label = info["points"].get(point)
            section = f"{{ref}}`{label}`" if label else "—"
            rows.append(f"| **{point}** | {{doc}}`{info['stem']}` | {section} |")
    table = "\n".join(rows)
    return (
        f"# {words['points_title']}\n\n{words['points_intro']}\n\n"
        f"| {words['point']} | {words['lesson']} | {words['section']} |\n|---|---|---|\n{table}\n\n"
        "$$0.20 = 0.15 \\times (1 + x), \\quad x = \\tfrac{1}{3}$$\n\n"
        + (
            "（I4：毛利率 20% 时降价 5%，销量须增加 33% 才能保本。）\n"
            if lang == "zh"
            else "(I4: with a 20% gross margin a 5% discount needs 33% more volume to break even.)\n"
        )
    )


def glossary_page(lang: str) -> str | None:
    """The glossary page, from :func:`kamlab.glossary` (``kamlab.terms``); None before it exists."""
    try:
        from kamlab.terms import glossary
    except ImportError:
        return None
    frame = glossary(lang=lang).frame.reset_index()
    rows = ["| " + " | ".join(str(v).replace("|", "/") for v in row) + " |" for row in frame.itertuples(index=False)]
    header = "| " + " | ".join(frame.columns) + " |\n|" + "---|" * len(frame.columns)
    return f"# {TEXT[lang]['glossary_title']}\n\n{header}\n" + "\n".join(rows) + "\n"


def guide_page(lang: str, name: str) -> str:
    """A guide from docs/, for the site: its link to the other language's file is the site's switch."""
    zh_file, en_file = GUIDES[name]
    text = (ROOT / "docs" / (zh_file if lang == "zh" else en_file)).read_text(encoding="utf-8")
    others = {zh_file, en_file}
    lines = [ln for ln in text.split("\n") if not any(f"]({o})" in ln for o in others)]
    return _site_links(_local_images("\n".join(lines)))


#: Files of the repository that are pages of the site: a guide's link to one becomes a link to the page.
SITE_PAGES = {f: page for page, files in GUIDES.items() for f in files} | {"data_dictionary.md": "data_dictionary"}


def _site_links(text: str) -> str:
    """Relative links of a guide: to a file that is a page of the site, a link to that page; to any
    other file of the repository (not part of the site), its text only. Web links stay."""

    def one(match):
        label, target = match.group(1), match.group(2)
        if re.match(r"^([a-z]+:|#)", target):
            return match.group(0)
        page = SITE_PAGES.get(Path(target.split("#")[0]).name)
        return f"[{label}]({page}.md)" if page else label

    return re.sub(r"(?<!!)\[([^\]]*)\]\(([^)\s]+)\)", one, text)


def _local_images(text: str) -> str:
    """Markdown images from other hosts become plain links: the site loads nothing from outside."""
    text = re.sub(r"\[!\[([^\]]*)\]\(https?://[^)]*\)\]\(([^)]*)\)", r"[\1](\2)", text)
    return re.sub(r"!\[([^\]]*)\]\((https?://[^)]*)\)", r"[\1](\2)", text)


def copy_local_images(text: str, origin: Path, src: Path) -> list[Path]:
    """Copy the images a page shows from the repository (``![alt](img/x.png)``, relative to
    ``origin``) to the same relative place under ``src``; return the copies. A missing image is
    a SiteError naming it (Sphinx would only warn and the page would show a broken image)."""
    copies = []
    for target in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text):
        if re.match(r"^[a-z]+:", target) or target.startswith("/"):
            continue
        path = (origin / target).resolve()
        if origin.resolve() not in path.parents or not path.is_file():
            raise SiteError(f"{origin / target}: the image a guide shows is missing")
        dst = src / target
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dst)
        copies.append(dst)
    return copies


def data_dictionary_page(lang: str) -> str:
    """The data dictionary (data/data_dictionary.md, bilingual) for either edition."""
    return _local_images((ROOT / "data" / "data_dictionary.md").read_text(encoding="utf-8"))


def index_page(lang: str, lesson_stems: list[str], reference: list[str]) -> str:
    """The edition's home page: what the course is, the lessons and the reference pages."""
    words = TEXT[lang]
    lessons = "\n".join(lesson_stems)
    refs = "\n".join(reference)
    return (
        f"# {words['title']}\n\n{words['subtitle']}\n\n"
        f"```{{toctree}}\n:caption: {words['lessons']}\n:maxdepth: 1\n\n{lessons}\n```\n\n"
        f"```{{toctree}}\n:caption: {words['reference']}\n:maxdepth: 1\n\n{refs}\n```\n"
    )


def stage_edition(lang: str, lessons: list[str], src: Path, config: SiteConfig) -> dict:
    """Write one edition's Sphinx sources into ``src``; return its settings for conf.py."""
    from kamlab.classroom import LESSON_NOTEBOOKS

    words = TEXT[lang]
    if src.exists():
        shutil.rmtree(src)
    src.mkdir(parents=True)
    info = {}
    for lesson in lessons:
        stem = Path(LESSON_NOTEBOOKS[lesson]).stem
        links = launch_links(config, lang, lesson)
        info[lesson] = stage_notebook(
            ROOT / "notebooks" / lang / f"{stem}.ipynb", src / f"{stem}.ipynb", lang, lesson, links
        ) | {"stem": stem}
    pages = {"points": points_page(lang, info)}
    glossary = glossary_page(lang)
    if glossary is not None:
        pages["glossary"] = glossary
    pages["data_dictionary"] = data_dictionary_page(lang)
    for name in GUIDES:
        pages[name] = guide_page(lang, name)
        copy_local_images(pages[name], ROOT / "docs", src)
    for name, text in pages.items():
        (src / f"{name}.md").write_text(text, encoding="utf-8")
    stems = [info[lesson]["stem"] for lesson in lessons]
    (src / "index.md").write_text(index_page(lang, stems, list(pages)), encoding="utf-8")
    other = "en" if lang == "zh" else "zh"
    return {
        "lang": lang,
        "title": words["title"],
        "author": "kamlab",
        "copyright": "kamlab developers",
        "mathjax_path": "../../_mathjax/tex-chtml.js",
        "search_dict": str(HERE / "userdict.txt"),
        "context": {
            "lang": lang,
            "other_lang": other,
            "other_hreflang": {"zh": "zh-CN", "en": "en"}[other],
            "other_label": words["other_label"],
        },
    }


# ---------------------------------------------------------------------------------- build


def copy_mathjax(out: Path) -> None:
    """MathJax's TeX-to-HTML bundle and its fonts, from the sphinx-mathjax-offline package."""
    import importlib.util

    spec = importlib.util.find_spec("sphinx-mathjax-offline")
    if spec is None or spec.origin is None:
        raise SiteError("sphinx-mathjax-offline is not installed: pip install -e '.[site]'")
    src = Path(spec.origin).parent / "static" / "mathjax"
    dst = out / "_mathjax"
    if dst.exists():
        shutil.rmtree(dst)
    (dst / "output" / "chtml" / "fonts").mkdir(parents=True)
    shutil.copy2(src / "tex-chtml.js", dst / "tex-chtml.js")
    shutil.copytree(src / "output" / "chtml" / "fonts" / "woff-v2", dst / "output" / "chtml" / "fonts" / "woff-v2")


def sphinx_build(editions: dict[str, tuple[Path, dict]], out: Path) -> None:
    """Run Sphinx for each edition (side by side); raise SiteError with its log when one fails."""
    procs = {}
    for lang, (src, settings) in editions.items():
        settings_file = src.parent / f"{lang}.json"
        settings_file.write_text(json.dumps(settings, ensure_ascii=False), encoding="utf-8")
        env = {**os.environ, "KAMLAB_SITE_SETTINGS": str(settings_file), "PYTHONWARNINGS": "ignore"}
        cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-W", "--keep-going", "-E", "-c", str(HERE)]
        # Sphinx writes into _src/html/<lang> (myst-nb puts a jupyter_execute/ folder beside it)
        cmd += ["-d", str(src.parent / f".doctrees-{lang}"), str(src), str(src.parent / "html" / lang)]
        procs[lang] = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    failed = []
    for lang, proc in procs.items():
        log = proc.communicate()[0]
        if proc.returncode != 0:
            failed.append(f"--- {lang} edition (sphinx exit {proc.returncode}):\n{log}")
    if failed:
        raise SiteError("Sphinx failed:\n" + "\n".join(failed))
    for lang, (src, _) in editions.items():
        os.replace(src.parent / "html" / lang, out / lang)


def write_root(out: Path) -> None:
    """``index.html`` at the top: the two editions."""
    links = "".join(
        f'<li><a href="{lang}/index.html" lang="{lang}">{html.escape(TEXT[lang]["title"])}</a> · {"中文版" if lang == "zh" else "English edition"}</li>'
        for lang in LANGS
    )
    (out / "index.html").write_text(
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{TEXT['zh']['title']} · {TEXT['en']['title']}</title>"
        '<style>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;'
        "font-size:18px;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7}</style></head><body>"
        f"<h1>{TEXT['zh']['title']}<br>{TEXT['en']['title']}</h1><p>{TEXT['zh']['root_choose']} / "
        f"{TEXT['en']['root_choose']}</p><ul>{links}</ul></body></html>\n",
        encoding="utf-8",
    )


def build(
    out: Path,
    lessons: list[str] | None = None,
    config_path: Path | None = ROOT / "site.toml",
    frames_dir: Path | None = None,
) -> Path:
    """Build the site into ``out`` (replaced); return ``out``.

    Parameters
    ----------
    out : Path
        The site's folder: ``index.html``, ``zh/``, ``en/``, ``_mathjax/``.
    lessons : list of str, optional
        Lesson ids to include (default: all); tests build a subset.
    config_path : Path, optional
        The instructor's ``site.toml``.
    frames_dir : Path, optional
        With it, every explorer becomes draggable without Python: its frames are drawn (or
        reused) there and published in ``out/_frames`` (``tools/site/frames_step.py``, issue #28).

    Returns
    -------
    Path
        ``out``.

    Raises
    ------
    SiteError
        Stale notebooks, a bad ``site.toml`` or a failed Sphinx run.
    """
    from kamlab.classroom import LESSON_NOTEBOOKS

    lessons = sorted(LESSON_NOTEBOOKS) if lessons is None else list(lessons)
    unknown = [x for x in lessons if x not in LESSON_NOTEBOOKS]
    if unknown:
        raise SiteError(f"unknown lesson id(s) {unknown}; expected some of {sorted(LESSON_NOTEBOOKS)}")
    check_fresh([Path(LESSON_NOTEBOOKS[x]).stem for x in lessons])
    config = read_config(config_path)
    out = Path(out).resolve()
    work = out / "_src"
    for lang in LANGS:
        if (out / lang).exists():
            shutil.rmtree(out / lang)
    step = None
    if frames_dir is not None:
        if str(HERE) not in sys.path:
            sys.path.insert(0, str(HERE))
        from frames_step import FramesStep

        step = FramesStep(frames_dir, lessons)
        step.draw()
        EXPLORER_STEPS.append(step)
    try:
        editions = {lang: (work / lang, stage_edition(lang, lessons, work / lang, config)) for lang in LANGS}
    finally:
        if step is not None:
            EXPLORER_STEPS.remove(step)
    copy_mathjax(out)
    sphinx_build(editions, out)
    if step is not None:
        step.publish(out)
    write_root(out)
    shutil.rmtree(work)
    return out


def main(argv=None) -> int:
    # as in conf.py: nbformat (read by build_notebooks) would import jsonschema's URI checker,
    # whose ~40 Lark grammars cost seconds of CPU; this command checks no URI format
    sys.modules.setdefault("rfc3987_syntax", None)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "_build" / "site")
    parser.add_argument("--lessons", nargs="*", help="lesson ids, e.g. 00 03 (default: all)")
    parser.add_argument("--config", type=Path, default=ROOT / "site.toml", help="launch settings (default: site.toml)")
    parser.add_argument(
        "--frames",
        type=Path,
        help="draggable explorers: their pre-drawn frames, kept in this folder between builds (make site: "
        "_build/frames); without it each explorer is one picture",
    )
    args = parser.parse_args(argv)
    try:
        out = build(args.out, args.lessons, args.config, args.frames)
    except SiteError as exc:
        print(f"make site: {exc}", file=sys.stderr)
        return 1
    print(f"site: {out}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
