"""Sphinx configuration of one edition (zh or en) of the course site.

``tools/site/build_site.py`` stages the pages of an edition and runs Sphinx with this file
(``-c tools/site``); the edition's settings come from the JSON file named by the environment
variable ``KAMLAB_SITE_SETTINGS`` (language, titles, launch links, the jieba dictionary).
Nothing here reaches the network: notebooks are not executed, the theme bundles its assets,
MathJax is served from the site's own ``_mathjax/`` folder and no widget manager is loaded.
"""

import json
import os
import sys
from pathlib import Path

# myst-nb imports nbformat, which imports jsonschema, whose URI format checker imports
# rfc3987_syntax: ~40 Lark grammars compiled at import, measured at half the CPU of a Sphinx run
# here. Nothing in the site build checks URI formats; marked unavailable, jsonschema skips that
# one checker (it imports it under suppress(ImportError)).
sys.modules.setdefault("rfc3987_syntax", None)

HERE = Path(__file__).resolve().parent
SETTINGS = json.loads(Path(os.environ["KAMLAB_SITE_SETTINGS"]).read_text(encoding="utf-8"))
LANG = SETTINGS["lang"]

project = SETTINGS["title"]
author = SETTINGS["author"]
copyright = SETTINGS["copyright"]
language = {"zh": "zh_CN", "en": "en"}[LANG]

extensions = ["myst_nb"]
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
templates_path = [str(HERE / "templates")]
html_static_path = [str(HERE / "static")]
html_css_files = ["kamlab-site.css"]

# The notebooks are shipped executed; the site shows their stored outputs.
nb_execution_mode = "off"
# An explorer's output bundle holds its widget view and a PNG of its first state; without a
# kernel the widget cannot draw, so the PNG wins (build_site.py also drops the views).
nb_mime_priority_overrides = [("html", "image/png", 5), ("html", "application/vnd.jupyter.widget-view+json", 90)]
# No widget manager: require.js and @jupyter-widgets/html-manager would otherwise load from CDNs.
nb_ipywidgets_js = {}
nb_merge_streams = True
myst_enable_extensions = ["dollarmath", "colon_fence"]
myst_heading_anchors = 0
suppress_warnings = ["myst.header", "mystnb.unknown_mime_type", "misc.highlighting_failure"]

# MathJax from the site's own folder (copied from the sphinx-mathjax-offline package once for
# both editions), not from a CDN; Sphinx adds it only to pages with math.
mathjax_path = SETTINGS["mathjax_path"]

html_theme = "sphinx_book_theme"
html_title = SETTINGS["title"]
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None
# Search results without page summaries: the summaries are fetched, which a page opened from disk
# (file://) may not do; the hits are the same.
html_show_search_summary = False
html_theme_options = {
    "article_header_end": ["kamlab-links.html", "article-header-buttons.html"],
    "use_download_button": False,
    "use_fullscreen_button": False,
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "navigation_with_keys": False,
}
html_context = {"kamlab_site": SETTINGS["context"], "default_mode": "light"}

# Chinese full-text search: Sphinx segments page text with jieba; the user dictionary keeps the
# chapter's terms (大客户, 帕雷托, ...) whole, so a search for them finds the pages.
html_search_language = LANG
if LANG == "zh":
    html_search_options = {"dict": SETTINGS["search_dict"]}
