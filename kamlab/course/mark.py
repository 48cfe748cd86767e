"""``kamlab course mark 07``: nbgrader's formgrader, opened on the written answers of a lesson.

The written answers (lesson 07: 07.6, 07.7) are marked by hand in nbgrader's formgrader, a page
of the Jupyter server. Started by hand (``jupyter lab`` in the course folder, then *Nbgrader ->
Formgrader*) it has traps this command removes:

* the server must start *in the course folder* (nbgrader reads ``nbgrader_config.py`` from the
  folder it starts in, and the course must lie inside the server's root), and from the
  environment kamlab is installed in, activated or not;
* nbgrader's formgrader page sets its login cookie for its own path only (its handlers' base URL
  is ``""``), so a browser sent straight to ``/formgrader/...?token=...`` shows "Loading, please
  wait..." for ever: the page's data requests are refused. The address printed here goes through
  the server's ``/login`` first, which logs the browser in for the whole server and then shows
  the formgrader's list of the lesson's submissions.

The server is JupyterLab (``python -m jupyterlab`` of this environment) with nbgrader's formgrader
extension switched on, listening on 127.0.0.1 only, with a token made here.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote

from .._validate import check_port
from ..errors import KamlabValueError
from ..i18n import t
from .present import _free_port, wait_for_server
from .run import assignment_name, course_dir

__all__ = ["mark", "mark_command", "submissions_waiting", "EXPECTED"]

#: nbgrader's formgrader, as a Jupyter server extension.
FORMGRADER = "nbgrader.server_extensions.formgrader"


#: The server's log lines that need nothing from the instructor, each explained once (label key).
EXPECTED = {
    # the formgrader looks for nbgrader's exchange (JupyterHub hand-out), which a course handed out
    # through an LMS or a shared folder does not have
    "Unwritable directory, please contact your instructor": "course.mark.no_exchange",
    # nbconvert, each time a submission page is drawn: the lesson's figures have no alternative text
    "Alternative text is missing on": "course.mark.alt_text",
}


#: Left out without a word: jupyter_server's note that it reads ``JUPYTER_TOKEN`` (its documented way
#: to be given a token) through a setting it renamed, and the source line Python prints under it.
SILENT = ("ServerApp.token config is deprecated", "return self._get_trait_default_generator(")


def _quiet(stream, lang: str, out=None) -> None:
    """Copy the server's log ``stream`` to ``out`` (default stderr), each :data:`EXPECTED` line
    replaced by its one-line explanation the first time and left out afterwards, :data:`SILENT`
    lines left out."""
    out = out or sys.stderr
    said = set()
    for line in stream:
        if any(text in line for text in SILENT):
            continue
        key = next((k for text, k in EXPECTED.items() if text in line), None)
        if key is None:
            out.write(line)
        elif key not in said:
            said.add(key)
            out.write(f"kamlab: {t(key, lang)}\n")
        out.flush()


def submissions_waiting(root: Path, name: str) -> list[str]:
    """The students whose assignment ``name`` nbgrader has autograded.

    Parameters
    ----------
    root : pathlib.Path
        The course folder.
    name : str
        The assignment, e.g. ``"lesson07"``.

    Returns
    -------
    list of str
        The student ids with a notebook in ``autograded/<student>/<name>/``, sorted.
    """
    return sorted(p.parent.parent.name for p in (Path(root) / "autograded").glob(f"*/{name}/*.ipynb"))


def mark_command(root: Path, name: str, *, port: int, open_browser: bool = True) -> list[str]:
    """The command line of the formgrader server for assignment ``name`` of the course ``root``.

    Parameters
    ----------
    root : pathlib.Path
        The course folder (the server's root; run the command in it).
    name : str
        The assignment, e.g. ``"lesson07"``: the browser opens on its manual-grading list.
    port : int
        The port on 127.0.0.1 (no other port is tried).
    open_browser : bool, default True
        Whether the server opens a browser.

    Returns
    -------
    list of str
        ``python -m jupyterlab`` of this environment with the formgrader on and the options above;
        the token comes from the environment (``JUPYTER_TOKEN``).
    """
    target = quote(f"/formgrader/gradebook/{name}/{name}", safe="")
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={Path(root).resolve()}",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={int(port)}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.open_browser={bool(open_browser)}",
        # "/" (and the browser the server opens) go through /login: the login cookie is then the
        # whole server's, not only the formgrader page's (see the module's docstring)
        f"--LabApp.default_url=/login?next={target}",
        f"--ServerApp.jpserver_extensions={FORMGRADER}=True",
        "--ServerApp.log_level=WARN",
        "--LabApp.log_level=WARN",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # JupyterLab refuses root unless told; the server listens on 127.0.0.1 only, with a token
        cmd.append("--ServerApp.allow_root=True")
    return cmd


def mark(assignment: str, *, directory=None, lang: str, port: int | None = None, open_browser: bool = True) -> int:
    """Serve nbgrader's formgrader for ``assignment`` until Ctrl+C; returns the server's exit status.

    Prints the address (with its token) first: it opens the formgrader's list of the
    assignment's submissions. SIGTERM stops the server like Ctrl+C.

    Parameters
    ----------
    assignment : str
        The lesson (``"07"``) or assignment (``"lesson07"``).
    directory : path, optional
        The course folder; default the course the current folder is in.
    lang : {"zh", "en"}
        Language of the lines printed.
    port : int, optional
        The port on 127.0.0.1; default a free one chosen here.
    open_browser : bool, default True
        Whether the server opens a browser.

    Returns
    -------
    int
        The server's exit status, when it exits by itself.

    Raises
    ------
    KamlabValueError
        No course found, an unknown assignment, no graded submission of it yet, a port outside
        1..65535, or JupyterLab / nbgrader not installed.
    KeyboardInterrupt
        On Ctrl+C or SIGTERM, after the server has been stopped.
    """
    port = check_port(port, "port", "mark")
    root = course_dir(directory)
    name = assignment_name(assignment, root)
    if importlib.util.find_spec("jupyterlab") is None or importlib.util.find_spec("nbgrader") is None:
        raise KamlabValueError(t("course.no_nbgrader", lang))
    if not submissions_waiting(root, name):
        raise KamlabValueError(t("course.mark.nothing", lang, assignment=name, lesson=name.removeprefix("lesson")))
    port = port or _free_port()
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    token = env.get("JUPYTER_TOKEN") or secrets.token_hex(24)
    env["JUPYTER_TOKEN"] = token  # not on the command line, where other users of the computer could read it
    print(t("course.mark.serving", lang, assignment=name, url=f"http://127.0.0.1:{port}/?token={token}"), flush=True)
    proc = subprocess.Popen(
        mark_command(root, name, port=port, open_browser=open_browser),
        cwd=root,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    threading.Thread(target=_quiet, args=(proc.stderr, lang), daemon=True).start()

    return wait_for_server(proc)
