"""Shared helpers for the browser tests: Voila serves a lesson, headless Chromium opens it.

Used by ``test_voila.py`` (lesson 00) and ``test_voila_lesson07.py`` (lesson 07), which share
one Voila server on ``notebooks/`` (the fixture ``voila_lessons`` in ``tests/conftest.py``;
each test opens its own page, so its own kernel, and closes it with :func:`close_voila_page`).
Not a test module itself (its name does not match ``test_*.py``); ``start_voila`` starts a
server per notebook on demand (``benchmarks/bench_voila.py`` uses ``_Voila`` the same way).
The fixture ``browser`` (one Chromium per test process) lives in ``tests/conftest.py`` and is started by :func:`chromium`. ``test_jupyterlab.py``
(what ``make lab`` opens) reuses the isolated environment and the server polling.

Chromium is Debian's ``/usr/bin/chromium`` (``playwright install`` is never run).
Without it a test is skipped on a workstation but fails in CI (``CI`` set), where
the browser tests must run.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
]
SERVER_START_S = 60  # bound on waiting for Voila to answer
ERROR_TEXT = ("Traceback", "There was an error when executing cell")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _unavailable(reason: str):
    """Skip on a workstation; fail in CI, where the browser test must always run."""
    if _in_ci():
        pytest.fail(f"browser test cannot run in CI (CI={os.environ['CI']!r}): {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _isolated_env(tmp: Path) -> dict[str, str]:
    """The environment for Voila and its kernel: Jupyter, IPython and matplotlib settings
    live under ``tmp``, so no user's config, kernelspec or font cache can leak in.

    Voila's templates and the widget extensions are found in ``sys.prefix/share/jupyter``,
    which stays on Jupyter's data path whatever ``JUPYTER_DATA_DIR`` says.
    MPLBACKEND is removed, not set: the kernel must use its inline backend.
    """
    env = dict(os.environ)
    for var, sub in [
        ("JUPYTER_CONFIG_DIR", "jupyter_config"),
        ("JUPYTER_DATA_DIR", "jupyter_data"),
        ("JUPYTER_RUNTIME_DIR", "jupyter_runtime"),
        ("IPYTHONDIR", "ipython"),
        ("MPLCONFIGDIR", "matplotlib"),
    ]:
        (tmp / sub).mkdir()
        env[var] = str(tmp / sub)
    for var in ("MPLBACKEND", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH"):
        env.pop(var, None)
    copy_font_list(tmp / "matplotlib")
    return env


def copy_font_list(folder: Path) -> None:
    """Put this process's matplotlib font list into ``folder`` (a fresh ``MPLCONFIGDIR``).

    Same matplotlib, same fonts, built in this run: without it every kernel of a new
    ``MPLCONFIGDIR`` scans all fonts again (~1 s of CPU, more under load). Settings
    (``matplotlibrc``) are not copied.
    """
    import matplotlib
    import matplotlib.font_manager  # noqa: F401 - loads or builds this process's font list

    for cache in sorted(Path(matplotlib.get_cachedir()).glob("fontlist-v*.json"))[-1:]:
        shutil.copy2(cache, Path(folder) / cache.name)


def _wait_until_serving(url: str, proc: subprocess.Popen, log: Path, name: str = "voila") -> None:
    """Poll until the server (Voila, or ``name``) answers over HTTP. Not the notebook page:
    that would start a kernel."""
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{name} exited with code {proc.returncode} before serving:\n{log.read_text()[-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:  # any HTTP answer means the server is up
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    pytest.fail(f"{name} did not answer {url} within {SERVER_START_S} s:\n{log.read_text()[-3000:]}")


def chromium():
    """Headless Chromium, as a generator for a fixture (``tests/conftest.py``: ``browser``, one
    per test process, shared by every browser test; each test opens and closes its own page)."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package playwright is not installed (pip install kamlab[test])")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


class _Server:
    """A server process started for one test (Voila or JupyterLab), logging to a file under ``tmp``.

    Subclasses build the command line and the environment, then call :meth:`_launch`;
    ``ready_path`` is polled until the server answers; ``name`` appears in failure messages.
    """

    ready_path = ""
    name = "server"
    stop_timeout = 15

    def _launch(self, args: list[str], *, cwd: Path, env: dict[str, str], tmp: Path, port: int) -> None:
        self.log = tmp / f"{self.name.replace(' ', '')}.log"
        self.url = f"http://127.0.0.1:{port}/"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)

    def wait_until_serving(self) -> None:
        _wait_until_serving(self.url + self.ready_path, self.proc, self.log, name=self.name)

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # jupyter_server (under Voila and JupyterLab) shuts its kernels down on SIGTERM
            try:
                self.proc.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def server_starter(tmp_path: Path, make, prefix: str):
    """A ``start(*args)`` for a fixture: builds ``make(*args, tmp)``, waits until it serves, and
    remembers it; the fixture stops every server in the returned list at the end, also on failure."""
    servers: list[_Server] = []

    def start(*args):
        server = make(*args, tmp_path / f"{prefix}{len(servers)}")
        servers.append(server)  # before waiting, so that a server that never answers is stopped too
        server.wait_until_serving()
        return server

    return start, servers


class _Voila(_Server):
    """One Voila server, in its own folder under ``tmp``: for one notebook (its page is the server's
    root URL), or for every notebook under a folder (``/voila/render/<path>``; see :meth:`page_url`).

    Either way Voila starts each page's kernel in the notebook's own folder, so ``kamlab.setup()``
    picks the lesson's language from ``notebooks/zh`` or ``notebooks/en``.
    """

    ready_path = "voila/static/"
    name = "voila"

    def __init__(self, notebook: Path, tmp: Path, *, mirror: Path | None = None):
        """``mirror``: the folder whose files ``notebook`` (a folder of links to them) serves, so that
        :meth:`page_url` takes paths in either."""
        self.mirror = mirror
        voila = Path(sys.executable).with_name("voila")
        if not voila.exists():
            found = shutil.which("voila")
            if found is None:
                _unavailable("voila is not installed (pip install kamlab[test])")
            voila = Path(found)
        self.root = notebook if notebook.is_dir() else None
        tmp.mkdir(parents=True)
        port = _free_port()
        self._launch(
            [
                str(voila),
                str(notebook),
                "--no-browser",
                f"--port={port}",
                "--Voila.ip=127.0.0.1",
                "--show_tracebacks=True",
            ],
            cwd=self.root or notebook.parent,
            env=_isolated_env(tmp),
            tmp=tmp,
            port=port,
        )

    def page_url(self, notebook: Path) -> str:
        """The page that runs ``notebook`` in a new kernel."""
        if self.root is None:
            return self.url
        if self.mirror is not None and notebook.is_relative_to(self.mirror):
            notebook = self.root / notebook.relative_to(self.mirror)
        return f"{self.url}voila/render/{notebook.relative_to(self.root).as_posix()}"

    def kernel_alive(self, kernel_id: str) -> bool:
        """Whether the server still has the kernel ``kernel_id`` (Jupyter's kernel API: 404 once it is gone)."""
        try:
            urllib.request.urlopen(f"{self.url}api/kernels/{kernel_id}", timeout=5).close()
            return True
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return False
            raise


KERNEL_GONE_S = 30  # bound on waiting for Voila to shut a closed page's kernel down


def close_voila_page(page, server: _Voila) -> None:
    """Close a Voila page and shut its kernel down through Jupyter's kernel API; wait until it is gone.

    Voila's page means to do this itself: its ``beforeunload`` handler sends a beacon to
    ``voila/api/shutdown/<id>``. Here Voila 0.5.13 refuses it (``403 '_xsrf' argument missing
    from POST``: the page never gets an ``_xsrf`` cookie), so a closed page's kernel would run
    until the server stops. One server is shared by several tests (``voila_lessons`` in
    ``tests/conftest.py``), so the test stops each page's kernel itself, with
    ``DELETE api/kernels/<id>`` and tornado's double-submit XSRF check (the same random value
    as the ``_xsrf`` cookie and the ``X-XSRFToken`` header).
    """
    try:
        kernel_id = page.evaluate(
            "() => { const c = document.getElementById('jupyter-config-data');"
            " return c === null ? null : JSON.parse(c.textContent).kernelId || null; }"
        )
    finally:
        page.close()
    if kernel_id is None:  # the page never got as far as starting its kernel
        return
    xsrf = secrets.token_hex(16)  # tornado's double submit: the same value as cookie and header
    request = urllib.request.Request(
        f"{server.url}api/kernels/{kernel_id}",
        method="DELETE",
        headers={"Cookie": f"_xsrf={xsrf}", "X-XSRFToken": xsrf},
    )
    try:
        urllib.request.urlopen(request, timeout=KERNEL_GONE_S).close()
    except urllib.error.HTTPError as error:
        if error.code != 404:  # 404: already gone
            pytest.fail(f"Voila refused to shut the kernel {kernel_id} down ({error}):\n{server.log_tail()}")
    deadline = time.monotonic() + KERNEL_GONE_S
    while server.kernel_alive(kernel_id):
        if time.monotonic() > deadline:
            pytest.fail(f"Voila still runs the kernel {kernel_id} of a closed page:\n{server.log_tail()}")
        time.sleep(0.2)


@pytest.fixture
def start_voila(tmp_path):
    """Start Voila servers on demand; every server started is terminated at the end, also on failure."""
    start, servers = server_starter(tmp_path, _Voila, "voila")
    yield start
    for server in servers:
        server.stop()


def check_page_clean(page, server: _Voila) -> None:
    """No Python error anywhere on the page: no traceback text, no error output."""
    text = page.inner_text("body")
    for marker in ERROR_TEXT:
        assert marker not in text, f"{marker!r} on the page; voila log:\n{server.log_tail()}"
    assert page.locator('[data-mime-type="application/vnd.jupyter.error"]').count() == 0


def save_screenshot(target, shot: Path, *, full_page: bool = True) -> Path:
    """A PNG of ``target`` at ``shot``, copied to ``$KAMLAB_BROWSER_SHOTS`` when that is set.

    ``target`` is a Playwright page (the whole page unless ``full_page`` is false) or a
    locator (one element; pass ``full_page=False``).
    """
    target.screenshot(path=str(shot), **({"full_page": True} if full_page else {}))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    shots = os.environ.get("KAMLAB_BROWSER_SHOTS")  # optional: keep the screenshots for a human
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(shots) / shot.name)
    return shot


def touch_drag(page, x0, y, x1):
    """A finger on (x0, y), moved to (x1, y) in steps, lifted: Chromium's own touch events (CDP)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x0, "y": y}]})
    for f in (0.25, 0.5, 0.75, 1.0):
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x0 + (x1 - x0) * f, "y": y}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()
