"""``make lab``: JupyterLab for a student, opened at the start-here lesson, with one line of output.

``python -m kamlab.lab [--lang zh|en]`` (what ``make lab`` runs) starts JupyterLab on the
repository with its own Jupyter config folder (``.run/lab-<lang>``): the lesson's interface
language and no news pop-up (:func:`kamlab.classroom.write_lab_overrides`), and nbgrader's
extensions switched off (:func:`write_student_config`), so a machine that also has the
instructor tools (``make course``) still shows students no "Nbgrader" menu. JupyterLab's own
messages go to a log file; the terminal gets one line: the URL that opens
``notebooks/<lang>/00_start_here.ipynb`` (with its token, so it works from any browser: on WSL, on
a remote machine or where no browser opens by itself). Ctrl+C stops JupyterLab.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .classroom import write_lab_overrides
from .i18n import check_lang, t

__all__ = ["INSTRUCTOR_EXTENSIONS", "write_student_config", "lab_url", "main"]

#: The JupyterLab extension and server extensions of nbgrader (the instructor's tools), off for students.
INSTRUCTOR_EXTENSIONS = {
    "lab": ("@jupyter/nbgrader",),
    "server": (
        "nbgrader.server_extensions.formgrader",
        "nbgrader.server_extensions.validate_assignment",
        "nbgrader.server_extensions.assignment_list",
        "nbgrader.server_extensions.course_list",
    ),
}
START_S = 120  # bound on waiting for JupyterLab to answer


def write_student_config(config_dir: str | os.PathLike, lang: str) -> list[Path]:
    """Write a student's JupyterLab config into ``config_dir``; returns the files written.

    The class defaults of :func:`kamlab.classroom.write_lab_overrides`, and nbgrader's
    JupyterLab extension (``labconfig/page_config.json``, ``disabledExtensions``) and server
    extensions (``jupyter_server_config.json``, ``ServerApp.jpserver_extensions``) switched off.
    Whether nbgrader is installed or not makes no difference to the student.

    Parameters
    ----------
    config_dir : str or os.PathLike
        The run's own Jupyter config folder (``JUPYTER_CONFIG_DIR``); created if missing.
    lang : {"zh", "en"}
        JupyterLab's interface language.

    Returns
    -------
    list of pathlib.Path
        The three files written (each replaced whole).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     [p.relative_to(d).as_posix() for p in write_student_config(d, "zh")]
    ['labconfig/default_setting_overrides.json', 'labconfig/page_config.json', 'jupyter_server_config.json']
    """
    lang = check_lang(lang, "write_student_config")
    folder = Path(config_dir)
    written = [write_lab_overrides(folder, lang)]
    page = {"disabledExtensions": {name: True for name in INSTRUCTOR_EXTENSIONS["lab"]}}
    server = {"ServerApp": {"jpserver_extensions": {name: False for name in INSTRUCTOR_EXTENSIONS["server"]}}}
    for target, content in (
        (folder / "labconfig" / "page_config.json", page),
        (folder / "jupyter_server_config.json", server),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, target)
        written.append(target)
    return written


def lab_url(port: int, token: str, lang: str) -> str:
    """The URL that opens the start-here lesson of ``lang`` in JupyterLab on ``port``.

    Parameters
    ----------
    port : int
        JupyterLab's port on 127.0.0.1.
    token : str
        JupyterLab's token (the URL logs the browser in).
    lang : {"zh", "en"}
        The lessons' language.

    Returns
    -------
    str
        ``http://127.0.0.1:<port>/lab/tree/notebooks/<lang>/00_start_here.ipynb?token=<token>``.

    Examples
    --------
    >>> lab_url(8888, "abc", "en")
    'http://127.0.0.1:8888/lab/tree/notebooks/en/00_start_here.ipynb?token=abc'
    """
    return f"http://127.0.0.1:{int(port)}/lab/tree/notebooks/{check_lang(lang, 'lab_url')}/00_start_here.ipynb?token={token}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serving(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2).close()
        return True
    except urllib.error.HTTPError:  # any HTTP answer: the server is up
        return True
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def main(argv=None) -> int:
    """Start JupyterLab for a student and print one line: the URL of the start-here lesson.

    Parameters
    ----------
    argv : list of str, optional
        The command line (default ``sys.argv[1:]``): ``--lang``, ``--root``, ``--config-dir``,
        ``--log``, ``--port``, ``--no-browser``.

    Returns
    -------
    int
        JupyterLab's exit status (0 after Ctrl+C or SIGTERM, which stop JupyterLab too); 1 if it
        did not answer within :data:`START_S` seconds (its log's last lines are printed).
    """
    parser = argparse.ArgumentParser(prog="python -m kamlab.lab", description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="zh", help="zh or en (default zh)")
    parser.add_argument("--root", default=".", help="the repository folder (holds notebooks/)")
    parser.add_argument("--config-dir", default=None, help="Jupyter config folder (default .run/lab-<lang>)")
    parser.add_argument("--log", default=None, help="JupyterLab's log file (default .run/lab-<lang>.log)")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--no-browser", action="store_true", help="do not open a browser")
    args = parser.parse_args(argv)
    lang = check_lang(args.lang.strip().lower(), "make lab (lang)")
    root = Path(args.root).resolve()
    config_dir = Path(args.config_dir or root / ".run" / f"lab-{lang}")
    log = Path(args.log or root / ".run" / f"lab-{lang}.log")
    write_student_config(config_dir, lang)
    port = args.port or _free_port()
    token = secrets.token_hex(16)
    url = lab_url(port, token, lang)
    cmd = [
        str(Path(sys.executable).with_name("jupyter")),
        "lab",
        f"--ServerApp.root_dir={root}",
        f"--ServerApp.default_url=/lab/tree/notebooks/{lang}/00_start_here.ipynb",  # a browser it opens lands there too
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
    ]
    if args.no_browser:
        cmd.append("--no-browser")
    if hasattr(os, "getuid") and os.getuid() == 0:
        cmd.append("--allow-root")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config_dir)}
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_S
        while not _serving(f"http://127.0.0.1:{port}/api"):
            if proc.poll() is not None or time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-2000:]
                print(t("lab.failed", lang, log=log, tail=tail), file=sys.stderr, flush=True)
                return proc.poll() if proc.poll() is not None else 1
            time.sleep(0.3)
        shown_log = log.relative_to(root) if log.is_relative_to(root) else log
        print(t("lab.ready", lang, url=url, log=shown_log), flush=True)
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    sys.exit(main())
