"""``kamlab present NN``: a lesson as a presentation in front of a class, served by Voila.

ipywidgets do not render in reveal.js slides (jupyterlab-rise bugs #119, #126), so the
presenter view is Voila: the lesson built from its source (the same cells as ``notebooks/``),
code hidden (Voila shows outputs only), with a first cell that styles the page for a
projector: larger type, a section navigator fixed at the top right (Voila's scrolling panel
has ``contain: strict``, which would pin it to the top of the page instead), each explorer at least one
screen high, and Chinese in the Noto Sans CJK font. The language is written into the
notebook (``kamlab.setup(lang=...)``), never taken from the folder.
"""

from __future__ import annotations

import html
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from .._validate import check_port
from ..errors import KamlabValueError
from ..i18n import check_lang, t
from .build import _build_notebooks, lesson_sources

__all__ = ["lessons", "presentation_notebook", "voila_command", "present", "wait_for_server"]

_CSS = """
.jp-RenderedHTMLCommon { font-size: 22px !important; line-height: 1.55; }
.jp-RenderedHTMLCommon, .jp-OutputArea-output pre {
  font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif !important; }
body { font-size: 22px; }
.jp-OutputArea-output pre { font-size: 18px !important; }
.jp-RenderedHTMLCommon h1 { font-size: 2.1em; } .jp-RenderedHTMLCommon h2 { font-size: 1.6em; margin-top: 1.2em; }
.kamlab-explorer .widget-gridbox, .kamlab-explorer .widget-label, .kamlab-explorer .widget-readout,
.kamlab-explorer select, .kamlab-explorer .widget-checkbox label, .kamlab-explorer .widget-html-content {
  font-size: 20px !important; }
.kamlab-explorer .widget-label, .kamlab-explorer .widget-readout { line-height: 36px !important; height: 36px !important; }
.kamlab-explorer .widget-inline-hbox { height: auto !important; min-height: 40px; }
.kamlab-explorer select { height: 36px !important; }
.kamlab-explorer .widget-html-content { line-height: 1.4 !important; }
.jp-LabShell .lm-BoxPanel, .jp-LabShell .lm-BoxPanel-child { contain: none !important; }
#kamlab-nav { position: fixed; top: 0.5em; right: 0.5em; width: 13em; max-height: 90vh; overflow-y: auto;
  background: #fff; border: 1px solid #ccc; border-radius: 6px; padding: 0.4em 0.8em; box-sizing: border-box;
  font-size: 15px; z-index: 1000; }
#kamlab-nav a { display: block; color: #1f4e8c; text-decoration: none; margin: 0.2em 0; }
#kamlab-nav summary { cursor: pointer; font-weight: bold; }
@media (min-width: 801px) {
  /* the navigator has a column of its own: it never covers a control */
  .jp-Cell { margin-right: calc(13em * 15 / 22 + 1em); }
  /* a projector: each explorer on a screen of its own, its chart as large as the screen allows (the
     explorer sets the chart's height: the screen's minus its control rows; kamlab.widgets.base.projector_chart) */
  .jp-Cell:has(.kamlab-explorer) { min-height: 100vh; box-sizing: border-box; padding-top: 0.5em; }
  .kamlab-explorer img.kamlab-chart { width: 100% !important; object-fit: contain; object-position: left top; }
}
@media (max-width: 800px) {
  #kamlab-nav { position: static; width: auto; max-height: none; margin: 0 0 1em 0; }
}
"""


def lessons(lang: str = "zh") -> dict[str, str]:
    """Every lesson that can be presented: id -> title (its first heading).

    Parameters
    ----------
    lang : {"zh", "en"}, default "zh"
        Language of the titles.

    Returns
    -------
    dict of str to str
        Two-digit lesson id -> the first ``#`` heading of the lesson's first markdown cell
        in ``lang`` (the lesson source's ``NAME`` if it has none), in lesson order.
    """

    out = {}
    for lesson_id, source in lesson_sources().items():
        first = next(c for c in source.CELLS if c["type"] == "markdown")
        match = re.search(r"^#\s+(.+)$", first[lang], re.M)
        out[lesson_id] = match.group(1).strip() if match else source.NAME
    return out


def _lesson_id(lesson: object, lang: str) -> str:
    key = str(lesson).strip()
    key = key.zfill(2) if key.isdigit() else key
    available = lessons(lang)
    if key not in available:
        raise KamlabValueError(t("present.unknown", None, lesson=lesson, choices=", ".join(available)))
    return key


def presentation_notebook(lesson: object, *, lang: str, folder: object) -> Path:
    """Write the presentation notebook of ``lesson`` in ``lang`` into ``folder``; returns its path.

    Parameters
    ----------
    lesson : str or int
        The lesson, e.g. ``"03"``, ``"3"`` or ``3``.
    lang : {"zh", "en"}
        Language of the lesson; written into its ``kamlab.setup(lang=...)`` cell.
    folder : str or os.PathLike
        Where to write the notebook (created if missing).

    Returns
    -------
    pathlib.Path
        ``<folder>/<lesson name>_<lang>.ipynb`` (an existing file is overwritten): the lesson's
        cells after a first cell that styles the page and holds the section navigator.

    Raises
    ------
    KamlabValueError
        For an unknown language or lesson.
    """
    import nbformat

    check_lang(lang, "present")
    key = _lesson_id(lesson, lang)
    bn = _build_notebooks()
    source = lesson_sources()[key]
    nb = bn.make_notebook(source.CELLS, lang)
    links = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "kamlab.setup()" in cell.source:
            cell.source = cell.source.replace("kamlab.setup()", f'kamlab.setup(lang="{lang}")', 1)
        if cell.cell_type == "markdown":
            for j, heading in enumerate(re.findall(r"^##\s+(.+)$", cell.source, re.M)):
                anchor = f"kamlab-s{i}-{j}"
                cell.source = cell.source.replace(f"## {heading}", f'<a id="{anchor}"></a>\n\n## {heading}', 1)
                links.append(f'<a href="#{anchor}">{html.escape(heading)}</a>')
    nav = (
        f'<nav id="kamlab-nav"><details><summary>{html.escape(t("present.sections", lang))}</summary>'
        f"{''.join(links)}</details></nav>"
    )
    style = nbformat.v4.new_code_cell(
        "import kamlab.widgets.base\nfrom IPython.display import HTML\n"
        "kamlab.widgets.base.use_projector()  # explorers drawn for a 1920 x 1080 projector\n"
        f"HTML({('<style>' + _CSS + '</style>' + nav)!r})"
    )
    style["id"] = "kamlab-style"
    nb.cells.insert(0, style)
    target = Path(folder) / f"{source.NAME}_{lang}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    return target


#: A page that was closed (its kernel idle, no browser connected) has its kernel shut down after this
#: many seconds; the check runs every :data:`CULL_INTERVAL_SECONDS`. Voila starts one kernel per page
#: load and its own shutdown request from a closing page is refused (403, no ``_xsrf`` cookie; see
#: docs/testing-notes.md), so without culling every reload during a class leaves a kernel running
#: until Voila stops. An open page is never culled (``cull_connected=False``), however long it idles.
CULL_IDLE_SECONDS = 600
CULL_INTERVAL_SECONDS = 60


def voila_command(notebook: Path, *, port: int | None = None, open_browser: bool = True) -> list[str]:
    """The Voila command line that serves ``notebook`` with its code hidden.

    Parameters
    ----------
    notebook : pathlib.Path
        The notebook to serve (e.g. from :func:`presentation_notebook`).
    port : int, optional
        The port; default: Voila's own choice.
    open_browser : bool, default True
        Whether Voila opens a browser (``False`` adds ``--no-browser``).

    Returns
    -------
    list of str
        The arguments: the ``voila`` executable beside this Python (else the one on
        ``PATH``), the notebook, and options that hide the code and tracebacks, listen on
        127.0.0.1 only, and shut down the kernels of closed pages (:data:`CULL_IDLE_SECONDS`).

    Raises
    ------
    KamlabValueError
        If no ``voila`` executable can be found.
    """
    voila = Path(sys.executable).with_name("voila")
    if not voila.exists():
        found = shutil.which("voila")
        if found is None:
            raise KamlabValueError(t("present.no_voila", None))
        voila = Path(found)
    cmd = [str(voila), str(notebook), "--strip_sources=True", "--Voila.ip=127.0.0.1", "--show_tracebacks=False"]
    cmd += [
        f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_SECONDS}",
        f"--MappingKernelManager.cull_interval={CULL_INTERVAL_SECONDS}",
        "--MappingKernelManager.cull_connected=False",
    ]
    if port is not None:
        cmd.append(f"--port={int(port)}")
    if not open_browser:
        cmd.append("--no-browser")
    return cmd


def _free_port() -> int:
    """A TCP port free on 127.0.0.1 now (the operating system's choice)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def present(lesson: object, *, lang: str, port: int | None = None, open_browser: bool = True) -> int:
    """Serve the presentation until Ctrl+C; returns Voila's exit status.

    The notebook is written into a temporary folder, removed when Voila stops. SIGTERM
    stops Voila like Ctrl+C.

    Parameters
    ----------
    lesson : str or int
        The lesson, e.g. ``"03"``.
    lang : {"zh", "en"}
        Language of the lesson and of the line printed when it starts.
    port : int, optional
        The port on 127.0.0.1; default: a free port chosen here. Either way the URL is printed.
    open_browser : bool, default True
        Whether Voila opens a browser.

    Returns
    -------
    int
        Voila's exit status, when it exits by itself.

    Raises
    ------
    KamlabValueError
        For an unknown language or lesson, a port outside 1..65535, or when Voila is not installed.
    KeyboardInterrupt
        On Ctrl+C or SIGTERM, after Voila has been stopped (terminated, or killed if it is
        still running 15 s later).
    """
    port = check_port(port, "port", "present")  # before any work (Voila's own message is a traceback)
    with tempfile.TemporaryDirectory(prefix="kamlab-present-") as folder:
        notebook = presentation_notebook(lesson, lang=lang, folder=folder)
        port = port or _free_port()  # chosen here, so the URL can be printed before Voila starts
        where = f"http://127.0.0.1:{port}/"
        print(t("present.serving", lang, lesson=_lesson_id(lesson, lang), url=where), flush=True)
        proc = subprocess.Popen(voila_command(notebook, port=port, open_browser=open_browser), cwd=folder)
        return wait_for_server(proc)


def wait_for_server(proc: subprocess.Popen) -> int:
    """Wait until the server ``proc`` ends; Ctrl+C or SIGTERM stop it too, then re-raise.

    Parameters
    ----------
    proc : subprocess.Popen
        The server (Voila for :func:`present`, JupyterLab for ``kamlab course mark``).

    Returns
    -------
    int
        The server's exit status, when it ends by itself.

    Raises
    ------
    KeyboardInterrupt
        After Ctrl+C or SIGTERM, once the server has stopped (terminated, killed after 15 s).
    """

    def stop(signum, frame):  # SIGTERM stops the server too, like Ctrl+C
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
