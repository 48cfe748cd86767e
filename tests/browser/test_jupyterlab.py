"""What ``make lab`` opens, in a real browser: JupyterLab with the start-here lesson.

For each language, the test starts ``jupyter lab`` from this environment on a copy of
``notebooks/<lang>/`` under ``tmp_path`` (the repository's notebooks are never served,
so nothing can be saved into them), opens ``<lang>/00_start_here.ipynb`` in headless
Chromium (driven by Playwright), runs every cell through the menu (Run > Run All Cells,
found by its command id ``runmenu:run-all``, since its label is translated) as a student would, and checks what the student sees:

* every code cell has run in the new kernel and the kernel is idle again;
* no cell shows an error (an ``application/vnd.jupyter.error`` output, or a traceback
  on stderr, which is how JupyterLab renders an exception);
* JupyterLab speaks the lesson's language: the menu bar reads 文件/编辑/.../运行 for zh and
  File/Edit/.../Run for en (the language is set the way ``make lab`` sets it: the defaults
  of :func:`kamlab.classroom.write_lab_overrides` in the run's own ``JUPYTER_CONFIG_DIR``),
  and the news pop-up is off by the same defaults (the settings API says "never" and no
  news question appears);
* the account explorer has rendered with its chart (the ``<img>`` of its Image widget)
  and caption;
* moving the explorer's slider with the keyboard (focus on the handle, one ArrowLeft)
  changes the readout from 10 to 9 and redraws the chart (the image ``src`` changes),
  so the widget talks to the live kernel.

The copy has its saved outputs, execution counts and widget state removed, so the chart
found after "Run All Cells" can only come from this run. JupyterLab's settings (with
autosave off), workspaces, kernels' IPython and matplotlib settings all live under
``tmp_path`` too. The test checks afterwards that the repository's notebooks are byte for
byte unchanged and that JupyterLab did not save the served copy either.

Chromium is Debian's ``/usr/bin/chromium`` (``playwright install`` is never run).
Without it, or without JupyterLab, the test is skipped on a workstation but fails in CI
(``CI`` set). No assertion is about wall-clock time; the timeouts only bound the waiting.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from _voila import (  # the fixture browser is in tests/conftest.py
    ROOT,
    _free_port,
    _isolated_env,
    _Server,
    _unavailable,
    save_screenshot,
    server_starter,
)

from kamlab.classroom import write_lab_overrides

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("servers")]  # one worker, one server at a time

NOTEBOOK = "00_start_here.ipynb"
TOKEN = "kamlab-browser-test"
START_MS = 60_000  # bound on waiting for JupyterLab's page and the kernel to be ready
RUN_MS = 90_000  # bound on waiting for Run All Cells to finish (~10 s)
REDRAW_MS = 30_000  # bound on waiting for one redraw after the slider moves

# The account explorer as JupyterLab shows it (the same widgets as under Voila): a VBox
# whose first child holds the controls; the chart (an Image widget) and the HTML caption follow.
EXPLORER = ".jp-Notebook .widget-vbox:has(.widget-slider)"
IMAGE = f"{EXPLORER} img.widget-image"
CAPTION = f"{EXPLORER} .widget-html-content"
HANDLE = f"{EXPLORER} .widget-slider .noUi-handle"
READOUT = f"{EXPLORER} .widget-slider .widget-readout"
STATUSBAR = "#jp-main-statusbar"
PROMPTS = ".jp-Notebook .jp-CodeCell .jp-InputArea-prompt"

# The test's own user setting: no autosave (nothing is written back, not even to the copy).
# The language and the news pop-up come from make lab's defaults (write_lab_overrides), not from here.
LAB_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}
# What the student sees in each language: the menu bar's first menus, the Run menu's title,
# the kernel's idle status, and the news question that must not appear.
UI = {
    "zh": {"menus": ["文件", "编辑", "查看", "运行", "内核"], "run": "运行", "idle": "空闲", "news": "Jupyter 新闻"},
    "en": {"menus": ["File", "Edit", "View", "Run", "Kernel"], "run": "Run", "idle": "Idle", "news": "Jupyter news"},
}
MENUBAR_LABELS = "#jp-menu-panel .lm-MenuBar-item .lm-MenuBar-itemLabel"
RUN_ALL = '.lm-Menu-item[data-command="runmenu:run-all"]'
NOTIFICATION_SETTINGS = "lab/api/settings/@jupyterlab/apputils-extension:notification"


def _tree_digest(folder: Path) -> dict[str, str]:
    """A SHA-256 for every file under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _without_outputs(notebook: Path) -> None:
    """Remove saved outputs, execution counts and widget state, so what renders is from this run."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    nb["metadata"].pop("widgets", None)
    notebook.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


class _Lab(_Server):
    """One JupyterLab server on ``root`` with its settings, runtime and kernels' config under ``tmp``."""

    ready_path = "api"
    name = "jupyter lab"
    stop_timeout = 20

    def __init__(self, root: Path, lang: str, tmp: Path):
        jupyter = Path(sys.executable).with_name("jupyter")
        if not jupyter.exists():
            _unavailable(f"{jupyter} not found (pip install kamlab[test])")
        try:
            import jupyterlab  # noqa: F401
        except ImportError:
            _unavailable("jupyterlab is not installed (pip install kamlab[test])")
        tmp.mkdir(parents=True)
        env = _isolated_env(tmp)
        settings = tmp / "lab_user_settings"
        for name, values in LAB_SETTINGS.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values), encoding="utf-8")
        env["JUPYTERLAB_SETTINGS_DIR"] = str(settings)
        write_lab_overrides(env["JUPYTER_CONFIG_DIR"], lang)  # what make lab does in .run/lab-<lang>
        env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp / "lab_workspaces")
        port = _free_port()
        args = [
            str(jupyter),
            "lab",
            "--no-browser",
            f"--port={port}",
            "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={root}",
        ]
        if os.geteuid() == 0:
            args.append("--allow-root")  # as make lab does: JupyterLab refuses to run as root without it
        self._launch(args, cwd=root, env=env, tmp=tmp, port=port)


@pytest.fixture
def start_lab(tmp_path):
    """Start JupyterLab servers on demand; every server started is terminated at the end, also on failure."""
    start, servers = server_starter(tmp_path, _Lab, "lab")
    yield start
    for server in servers:
        server.stop()


def _image_key(page) -> str:
    """A short fingerprint of the chart's src (a base64 PNG data URL)."""
    return page.eval_on_selector(IMAGE, "img => img.src.length + ':' + img.src.slice(-64)")


def _errors_on(page) -> list[str]:
    """The text of every error output: exceptions, and tracebacks written to stderr."""
    errors = page.locator('.jp-Notebook [data-mime-type="application/vnd.jupyter.error"]').all_inner_texts()
    stderr = page.locator('.jp-Notebook .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    errors += [text for text in stderr.all_inner_texts() if "Traceback" in text or "Error" in text]
    return errors


@pytest.mark.xdist_group("servers")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_lab_runs_the_lesson_and_the_explorer_responds(browser, start_lab, lang, tmp_path):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    lessons = ROOT / "notebooks" / lang
    assert (lessons / NOTEBOOK).is_file(), f"missing lesson {lessons / NOTEBOOK}"
    repo_before = _tree_digest(ROOT / "notebooks")

    root = tmp_path / "notebooks"
    shutil.copytree(lessons, root / lang, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    served = root / lang / NOTEBOOK
    _without_outputs(served)
    served_before = served.read_bytes()
    code_cells = sum(c["cell_type"] == "code" for c in json.loads(served_before)["cells"])
    assert code_cells > 0

    server = start_lab(root, lang)
    ui = UI[lang]
    idle = f"(^|[^\\w]){ui['idle']}([^\\w]|$)"  # a word of its own in the status bar
    page = browser.new_page(viewport={"width": 1400, "height": 3000})  # tall: the whole lesson renders
    try:
        page.goto(
            f"{server.url}lab/tree/{lang}/{NOTEBOOK}?token={TOKEN}&reset",
            wait_until="domcontentloaded",
            timeout=START_MS,
        )
        try:
            page.wait_for_function(  # every code cell attached, the kernel started and idle
                """([prompts, bar, n, idle]) => {
                    const b = document.querySelector(bar);
                    return document.querySelectorAll(prompts).length === n && b !== null && new RegExp(idle).test(b.innerText);
                }""",
                arg=[PROMPTS, STATUSBAR, code_cells, idle],
                timeout=START_MS,
            )
        except PlaywrightTimeout:
            save_screenshot(page, tmp_path / f"lab_{lang}_not_ready.png")
            pytest.fail(f"JupyterLab's notebook or kernel never became ready; server log:\n{server.log_tail()}")

        # The interface speaks the lesson's language, set by make lab's defaults, not by the test.
        menus = [m.strip() for m in page.locator(MENUBAR_LABELS).all_inner_texts()]
        assert menus[: len(ui["menus"])] == ui["menus"], f"menu bar in {lang}: {menus}"
        # The overrides change the settings' defaults (the schema), and no user setting undoes them.
        notification = page.request.get(f"{server.url}{NOTIFICATION_SETTINGS}?token={TOKEN}").json()
        defaults = {k: v.get("default") for k, v in notification["schema"]["properties"].items()}
        assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False, defaults
        assert "fetchNews" not in (notification.get("settings") or {}), notification.get("settings")

        # Run > Run All Cells, as a student would: the menu by its (translated) title, the item by
        # its command id (its label is "运行所有单元格" in zh).
        page.get_by_role("menuitem", name=ui["run"], exact=True).click()
        page.locator(RUN_ALL).click()

        # Finished: every code cell shows an execution count (no "[ ]:" or "[*]:") and the kernel is idle.
        try:
            page.wait_for_function(
                """([prompts, bar, n, idle]) => {
                    const ps = [...document.querySelectorAll(prompts)].map(p => p.innerText.trim());
                    const b = document.querySelector(bar);
                    return ps.length === n && ps.every(p => /^\\[\\d+\\]:$/.test(p))
                        && b !== null && new RegExp(idle).test(b.innerText);
                }""",
                arg=[PROMPTS, STATUSBAR, code_cells, idle],
                timeout=RUN_MS,
            )
        except PlaywrightTimeout:
            save_screenshot(page, tmp_path / f"lab_{lang}_run_stalled.png")
            prompts = page.locator(PROMPTS).all_inner_texts()
            pytest.fail(
                f"Run All Cells did not finish: prompts {prompts}, errors {_errors_on(page)}; "
                f"server log:\n{server.log_tail()}"
            )
        counts = [int(re.search(r"\d+", p).group()) for p in page.locator(PROMPTS).all_inner_texts()]
        assert counts == list(range(1, code_cells + 1)), counts  # in order, in one fresh kernel
        assert _errors_on(page) == []

        # The explorer has rendered from this run: a chart and a caption.
        page.locator(EXPLORER).scroll_into_view_if_needed()
        page.wait_for_function(
            """([img, caption]) => {
                const i = document.querySelector(img), c = document.querySelector(caption);
                return i !== null && i.complete && i.naturalWidth > 0 && c !== null && c.innerText.trim() !== '';
            }""",
            arg=[IMAGE, CAPTION],
            timeout=REDRAW_MS,
        )
        assert page.locator(EXPLORER).count() == 1
        assert page.inner_text(READOUT).strip() == "10"

        # Keyboard on the slider handle: one step left (one value change, so one redraw to wait for),
        # the readout says 9 and the chart is redrawn; then the kernel is idle again.
        image_before = _image_key(page)
        page.focus(HANDLE)
        page.keyboard.press("ArrowLeft")
        page.wait_for_function(
            "([s]) => document.querySelector(s).innerText.trim() === '9'", arg=[READOUT], timeout=REDRAW_MS
        )
        page.wait_for_function(
            """([selector, old]) => {
                const img = document.querySelector(selector);
                return img !== null && img.complete && img.naturalWidth > 0
                    && (img.src.length + ':' + img.src.slice(-64)) !== old;
            }""",
            arg=[IMAGE, image_before],
            timeout=REDRAW_MS,
        )
        assert page.get_attribute(HANDLE, "aria-valuenow").startswith("9")
        page.wait_for_function(
            "([bar, idle]) => new RegExp(idle).test(document.querySelector(bar).innerText)",
            arg=[STATUSBAR, idle],
            timeout=REDRAW_MS,
        )

        save_screenshot(page, tmp_path / f"jupyterlab_{lang}.png")
        assert _errors_on(page) == []
        assert ui["news"] not in page.inner_text("body"), "the Jupyter news pop-up is showing"
    finally:
        page.close()

    # Nothing was written back: not into the repository, and (autosave off) not into the copy.
    assert _tree_digest(ROOT / "notebooks") == repo_before
    assert served.read_bytes() == served_before


@pytest.mark.xdist_group("servers")
def test_make_lab_prints_one_line_whose_url_opens_lesson_00_without_nbgrader(browser, tmp_path):
    """What ``make lab`` runs (``python -m kamlab.lab``): one printed line whose URL opens the
    start-here lesson in JupyterLab (not the Launcher), and no nbgrader menu even in this
    environment, where the instructor's tools are installed."""
    import importlib.util
    import signal
    import subprocess
    import time

    root = tmp_path / "repo"
    shutil.copytree(ROOT / "notebooks" / "zh", root / "notebooks" / "zh", ignore=shutil.ignore_patterns(".ipynb_*"))
    _without_outputs(root / "notebooks" / "zh" / NOTEBOOK)
    env = _isolated_env(tmp_path)
    settings = tmp_path / "lab_user_settings"
    for name, values in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(values), encoding="utf-8")
    env["JUPYTERLAB_SETTINGS_DIR"] = str(settings)
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp_path / "lab_workspaces")
    printed = tmp_path / "printed.txt"
    with open(printed, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kamlab.lab", "--lang", "zh", "--no-browser", "--root", str(root)],
            cwd=root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        deadline = time.monotonic() + START_MS / 1000
        while not printed.read_text(encoding="utf-8").strip():
            assert proc.poll() is None and time.monotonic() < deadline, printed.read_text(encoding="utf-8")
            time.sleep(0.2)
        time.sleep(0.5)
        lines = printed.read_text(encoding="utf-8").strip().splitlines()
        assert len(lines) == 1, lines  # one line: no install noise, no server log
        url = re.search(r"http://127\.0\.0\.1:\d+/lab/tree/notebooks/zh/00_start_here\.ipynb\?token=\w+", lines[0])
        assert url, lines[0]
        assert (root / ".run" / "lab-zh.log").is_file()  # JupyterLab's own messages are kept there
        page.goto(url.group(), wait_until="domcontentloaded", timeout=START_MS)
        try:
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=START_MS)
        except Exception:
            save_screenshot(page, tmp_path / "make_lab.png")
            raise
        tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current").first.inner_text()
        assert NOTEBOOK in tab, tab
        assert page.locator(".jp-Launcher").count() == 0 or not page.locator(".jp-Launcher").first.is_visible()
        menus = page.locator(MENUBAR_LABELS).all_inner_texts()
        assert "运行" in menus and not any("nbgrader" in m.lower() for m in menus), menus
        if importlib.util.find_spec("nbgrader") is not None:  # installed here: switched off, not absent
            log = (root / ".run" / "lab-zh.log").read_text(errors="replace")
            loaded = [line for line in log.splitlines() if "nbgrader" in line and "successfully" in line]
            assert not loaded, loaded
    finally:
        page.close()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
