"""A real class on a real JupyterHub, on 127.0.0.1, for ``test_classroom_hub.py`` and ``benchmarks/bench_classroom.py``.

Not a test module (its name does not match ``test_*.py``). What it starts, each on free
ports chosen at run time and with every file under one temporary folder:

* :class:`GitServer`: ``git daemon`` serving a bare copy of this repository (``HEAD`` as
  branch ``main``), and an instructor's clone that can push a change to it;
* :class:`Hub`: JupyterHub with ``DummyAuthenticator`` (any password), ``allow_all``,
  ``SimpleLocalProcessSpawner`` (each user's home is ``<tmp>/homes/<name>``; it is for
  tests only: no isolation between users), configurable-http-proxy from npm, a sqlite
  database and a service token to drive it through its REST API;
* :class:`Student`: one student as a browser would act, without a browser: logs in,
  gets a server, opens the nbgitpuller link (the status page, then the same sync API
  call its JavaScript makes, then the redirect to JupyterLab), and runs notebook cells
  through the Jupyter server's kernel API (``/api/sessions`` + the kernel's websocket);
* :class:`ProcessWatch`: samples the memory (RSS) and CPU time of every process of the
  class (hub, proxy, git daemon, each student's server and kernels) and remembers every
  process it saw, so that a test can show none is left once everything is stopped.

Stop sequence (see docs/testing-notes.md): stop each student's server through the API,
then SIGTERM the hub and wait for it to exit (SIGKILL after a bound), then stop the proxy
by the PID in its pid file and the git daemon's process group, and only then delete files.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PROXY_PACKAGE = "configurable-http-proxy@5"  # installed by `make proxy` (npm) into .venv/node
PROXY_CANDIDATES = [ROOT / ".venv" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"]
SERVICE = "kamlab-class-test"
START_S = 120  # bound on the hub, a spawn or a pull
CELL_S = 180  # bound on one cell
PNG = b"\x89PNG\r\n\x1a\n"
# Server extensions of the instructor's tools (``kamlab[course]``: nbgrader, Voila), installed in
# this environment but not in a student's image (docs/classroom.md: kamlab and nbgitpuller), so
# a student's server here does not load them either: they cost each server ~1 s of CPU at start
# (nbgrader's alone took ~1 s to import) and the class test uses neither.
INSTRUCTOR_ONLY_EXTENSIONS = (
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.validate_assignment",
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.course_list",
    "voila.server_extension",
)


def class_size(config=None) -> int:
    """Students in the class: pytest's ``--students``, else ``$KAMLAB_CLASS_STUDENTS``, else 3 (``make test``,
    CI: the suite's time budget; ``benchmarks/bench_classroom.py`` runs classes of 5 and 10)."""
    value = config.getoption("students", default=None) if config is not None else None
    if value is None:
        value = int(os.environ.get("KAMLAB_CLASS_STUDENTS", "3"))
    if value < 2:
        raise ValueError(f"the class needs at least 2 students (their data must differ), got {value}")
    return value


def find_proxy() -> Path | None:
    """configurable-http-proxy: ``$KAMLAB_CHP``, else ``.venv/node`` (``make proxy``), else on PATH."""
    if os.environ.get("KAMLAB_CHP"):
        return Path(os.environ["KAMLAB_CHP"])
    for path in PROXY_CANDIDATES:
        if path.exists():
            return path
    found = shutil.which("configurable-http-proxy")
    return Path(found) if found else None


def missing_tools() -> list[str]:
    """What the class cannot run without (empty when everything is there)."""
    missing = []
    if find_proxy() is None:
        missing.append(f"configurable-http-proxy (make proxy: npm install --prefix .venv/node {PROXY_PACKAGE})")
    if shutil.which("node") is None:
        missing.append("node")
    if shutil.which("git") is None:
        missing.append("git")
    if not (BIN / "jupyterhub").exists() or not (BIN / "jupyterhub-singleuser").exists():
        missing.append("jupyterhub (pip install kamlab[test])")
    for module in ("nbgitpuller", "requests", "websocket", "psutil"):
        try:
            __import__(module)
        except ImportError:
            missing.append(f"{module} (pip install kamlab[test])")
    if not (ROOT / ".git").exists():
        missing.append(f"a git checkout of the repository at {ROOT}")
    return missing


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _git(*args: str, cwd: Path | None = None) -> str:
    ident = ["-c", "user.name=Instructor", "-c", "user.email=instructor@example.edu", "-c", "init.defaultBranch=main"]
    return subprocess.run(["git", *ident, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def _stop_process(proc: subprocess.Popen | None, timeout: float = 20, group: bool = False) -> None:
    """SIGTERM, wait up to ``timeout``, then SIGKILL (the whole process group when ``group``)."""
    if proc is None or proc.poll() is not None:
        return
    send = (lambda sig: os.killpg(proc.pid, sig)) if group else proc.send_signal
    try:
        send(signal.SIGTERM)
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        send(signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass


# --------------------------------------------------------------------------- processes and memory
@dataclass
class ProcessWatch:
    """Samples RSS and CPU of the class's processes every ``interval`` seconds, from a thread.

    ``roots`` are PIDs whose whole process trees belong to the class; each process is
    assigned to a student by its ``JUPYTERHUB_USER`` (a student's server), or by its
    parent's (the kernels).
    """

    interval: float = 0.25
    roots: set[int] = field(default_factory=set)
    seen: dict[tuple[int, float], str] = field(default_factory=dict)  # (pid, create_time) -> name
    owner: dict[tuple[int, float], str] = field(default_factory=dict)  # (pid, create_time) -> user
    peak_total: int = 0
    peak_user: dict[str, int] = field(default_factory=dict)
    cpu_user: dict[str, float] = field(default_factory=dict)

    def __post_init__(self):
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="process-watch", daemon=True)

    def start(self) -> ProcessWatch:
        self._thread.start()
        return self

    def add(self, pid: int) -> None:
        with self._lock:
            self.roots.add(pid)

    def _user_of(self, proc, key) -> str | None:
        if key in self.owner:
            return self.owner[key]
        user = None
        try:
            user = proc.environ().get("JUPYTERHUB_USER")
        except Exception:  # noqa: BLE001 - gone, or not readable
            pass
        if user is None:
            try:
                parent = proc.parent()
                if parent is not None:
                    user = self.owner.get((parent.pid, parent.create_time()))
            except Exception:  # noqa: BLE001
                pass
        if user is not None:
            self.owner[key] = user
        return user

    def sample(self) -> None:
        import psutil

        with self._lock:
            roots = list(self.roots)
        procs = []
        for pid in roots:
            try:
                root = psutil.Process(pid)
                procs.append(root)
                procs.extend(root.children(recursive=True))
            except psutil.Error:
                continue
        total, per_user, cpu = 0, {}, {}
        for proc in sorted(set(procs), key=lambda p: p.pid):  # parents (lower pids) first, mostly
            try:
                with proc.oneshot():
                    key = (proc.pid, proc.create_time())
                    rss = proc.memory_info().rss
                    times = proc.cpu_times()
                    self.seen.setdefault(key, " ".join(proc.cmdline()[:3])[:160] or proc.name())
            except psutil.Error:
                continue
            total += rss
            user = self._user_of(proc, key)
            if user is not None:
                per_user[user] = per_user.get(user, 0) + rss
                cpu[user] = cpu.get(user, 0.0) + times.user + times.system
        self.peak_total = max(self.peak_total, total)
        for user, rss in per_user.items():
            self.peak_user[user] = max(self.peak_user.get(user, 0), rss)
        for user, seconds in cpu.items():  # cumulative per process: the latest sum is the most seen so far
            self.cpu_user[user] = max(self.cpu_user.get(user, 0.0), seconds)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def alive(self) -> list[str]:
        """Every process seen that still runs (same PID and start time), as ``pid name``."""
        import psutil

        left = []
        for (pid, created), name in self.seen.items():
            try:
                proc = psutil.Process(pid)
                if proc.create_time() == created and proc.status() != psutil.STATUS_ZOMBIE:
                    left.append(f"{pid} {name}")
            except psutil.Error:
                continue
        return left


# --------------------------------------------------------------------------- git server
class GitServer:
    """``git daemon`` on 127.0.0.1 serving ``<tmp>/git/kamlab.git``: this repository's HEAD as branch ``main``
    (a shallow copy: HEAD's commit without its history)."""

    branch = "main"

    def __init__(self, tmp: Path):
        self.base = tmp / "git"
        self.bare = self.base / "kamlab.git"
        self.base.mkdir(parents=True)
        _git("init", "--quiet", "--bare", str(self.bare))
        # HEAD's commit alone (depth 1, through the pack protocol of a file:// URL): what a
        # student's pull needs. Pushing HEAD with its whole history cost ~5 s of CPU.
        _git("fetch", "--quiet", "--depth", "1", ROOT.as_uri(), f"HEAD:refs/heads/{self.branch}", cwd=self.bare)
        _git("symbolic-ref", "HEAD", f"refs/heads/{self.branch}", cwd=self.bare)
        self.port = free_port()
        self.log = tmp / "git-daemon.log"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(
                [
                    "git",
                    "daemon",
                    "--reuseaddr",
                    "--export-all",
                    "--informative-errors",
                    f"--base-path={self.base}",
                    "--listen=127.0.0.1",
                    f"--port={self.port}",
                    str(self.base),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 30
        while not port_open(self.port):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"git daemon did not start: {self.log.read_text()[-2000:]}")
            time.sleep(0.1)
        self.url = f"git://127.0.0.1:{self.port}/kamlab.git"
        self.instructor = tmp / "instructor"

    def push_change(self, files: dict[str, str], message: str) -> str:
        """The instructor commits ``files`` (path -> new text) and pushes; returns the new commit."""
        if not self.instructor.exists():
            _git("clone", "--quiet", "--branch", self.branch, str(self.bare), str(self.instructor))
        for rel, text in files.items():
            path = self.instructor / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            _git("add", rel, cwd=self.instructor)
        _git("commit", "--quiet", "-m", message, cwd=self.instructor)
        _git("push", "--quiet", "origin", self.branch, cwd=self.instructor)
        return _git("rev-parse", "HEAD", cwd=self.instructor).strip()

    def stop(self) -> None:
        _stop_process(self.proc, timeout=10, group=True)  # the daemon and any forked upload-pack


# --------------------------------------------------------------------------- the hub
def _font_cache(folder: Path) -> None:
    """matplotlib's font list in ``folder``: copied from this process's cache (same matplotlib, same
    fonts), else built once in a subprocess; building it takes seconds, and each kernel would."""
    import matplotlib
    import matplotlib.font_manager  # noqa: F401 - builds or loads this process's font list

    built = sorted(Path(matplotlib.get_cachedir()).glob("fontlist-v*.json"))
    if built:
        shutil.copy2(built[-1], folder / built[-1].name)
    else:
        subprocess.run(
            [sys.executable, "-c", "import matplotlib.font_manager"],
            env={**os.environ, "MPLCONFIGDIR": str(folder)},
            check=True,
            capture_output=True,
        )


class Hub:
    """JupyterHub on 127.0.0.1 (public port via configurable-http-proxy) with homes under ``tmp``."""

    def __init__(self, tmp: Path, proxy: Path, *, env_extra: dict[str, str] | None = None):
        self.tmp = tmp / "hub"
        self.tmp.mkdir(parents=True)
        self.homes = tmp / "homes"
        self.homes.mkdir()
        self.port, self.api_port, self.hub_port = free_port(), free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(32)
        self.proxy_pid_file = self.tmp / "proxy.pid"
        self.proxy_proc = None
        # What each student's server and kernels get: this environment's programs first, and
        # Jupyter/matplotlib settings in the student's own home (HOME is set by the spawner);
        # matplotlib's font cache is shared, built once below, so five students do not build five.
        mpl = tmp / "matplotlib"
        mpl.mkdir()
        _font_cache(mpl)
        user_env = {
            "PATH": os.pathsep.join([str(BIN), "/usr/local/bin", "/usr/bin", "/bin"]),
            "LANG": "C.UTF-8",
            "MPLCONFIGDIR": str(mpl),
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
            **(env_extra or {}),
        }
        config = self.tmp / "jupyterhub_config.py"
        settings = {
            "bind_url": self.url,
            "hub_port": self.hub_port,
            "api_url": f"http://127.0.0.1:{self.api_port}",
            "proxy": [str(proxy)],
            "proxy_pid_file": str(self.proxy_pid_file),
            "db_url": f"sqlite:///{self.tmp / 'jupyterhub.sqlite'}",
            "cookie_secret_file": str(self.tmp / "jupyterhub_cookie_secret"),
            "pid_file": str(self.tmp / "hub.pid"),
            "home": str(self.homes / "{username}"),
            "cmd": [str(BIN / "jupyterhub-singleuser")],
            "args": (["--allow-root"] if os.geteuid() == 0 else [])
            + [f"--ServerApp.jpserver_extensions={name}=False" for name in INSTRUCTOR_ONLY_EXTENSIONS],
            "environment": user_env,
            "service": SERVICE,
            "token": self.token,
        }
        config.write_text(_HUB_CONFIG.format(settings=json.dumps(settings, indent=1)), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "CONFIGPROXY", "MPLBACKEND"))}
        env["CONFIGPROXY_AUTH_TOKEN"] = secrets.token_hex(32)
        env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "/usr/bin:/bin")])
        env["JUPYTER_CONFIG_DIR"] = str(self.tmp / "jupyter-config")
        env["JUPYTER_RUNTIME_DIR"] = str(self.tmp / "jupyter-runtime")
        self.log = self.tmp / "jupyterhub.log"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(
                [str(BIN / "jupyterhub"), "-f", str(config)],
                cwd=self.tmp,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            self._wait_until_up()
        except BaseException:
            self.stop()
            raise

    def _wait_until_up(self) -> None:
        import requests

        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyterhub exited with code {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if requests.get(f"{self.url}/hub/api/", timeout=3).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.2)
        else:
            raise RuntimeError(f"jupyterhub did not answer {self.url} within {START_S} s:\n{self.log_tail()}")
        self._find_proxy()

    def _find_proxy(self) -> None:
        if self.proxy_proc is None and self.proxy_pid_file.exists():
            import psutil

            self.proxy_proc = psutil.Process(int(self.proxy_pid_file.read_text().strip()))

    def log_tail(self, n: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-n:] if self.log.exists() else ""

    def api(self, method: str, path: str, **kwargs):
        import requests

        r = requests.request(
            method, f"{self.url}/hub/api/{path}", timeout=60, headers={"Authorization": f"token {self.token}"}, **kwargs
        )
        if r.status_code >= 400:
            raise RuntimeError(f"hub API {method} {path}: {r.status_code} {r.text[:500]}")
        return r.json() if r.content else None

    def stop_server(self, user: str) -> None:
        """Stop ``user``'s server through the API and wait until the hub reports it stopped."""
        try:
            self.api("DELETE", f"users/{user}/server")
        except RuntimeError:
            pass
        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            try:
                model = self.api("GET", f"users/{user}")
            except RuntimeError:
                return
            if not model.get("servers"):
                return
            time.sleep(0.3)

    def stop(self) -> None:
        """SIGTERM the hub (it stops remaining servers and the proxy it started), wait, then the proxy by PID."""
        try:
            self._find_proxy()
        except Exception:  # noqa: BLE001 - an unreadable pid file or a proxy already gone
            pass
        _stop_process(self.proc, timeout=30)
        if self.proxy_proc is not None:
            import psutil

            try:
                if self.proxy_proc.is_running():
                    self.proxy_proc.terminate()
                    self.proxy_proc.wait(timeout=10)
            except psutil.TimeoutExpired:
                self.proxy_proc.kill()
            except psutil.Error:
                pass


_HUB_CONFIG = '''# Written by tests/classroom/_hub.py: a JupyterHub for a test class, on 127.0.0.1 only.
import json
s = json.loads(r"""{settings}""")
c = get_config()  # noqa: F821
c.JupyterHub.bind_url = s["bind_url"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = s["hub_port"]
c.ConfigurableHTTPProxy.api_url = s["api_url"]
c.ConfigurableHTTPProxy.command = s["proxy"]
c.ConfigurableHTTPProxy.pid_file = s["proxy_pid_file"]
c.JupyterHub.db_url = s["db_url"]
c.JupyterHub.cookie_secret_file = s["cookie_secret_file"]
c.JupyterHub.pid_file = s["pid_file"]
c.JupyterHub.authenticator_class = "dummy"   # any password: for tests only
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"        # SimpleLocalProcessSpawner: no isolation, tests only
c.SimpleLocalProcessSpawner.home_dir_template = s["home"]
c.Spawner.cmd = s["cmd"]
c.Spawner.args = s["args"]
c.Spawner.environment = s["environment"]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.JupyterHub.services = [{{"name": s["service"], "api_token": s["token"]}}]
c.JupyterHub.load_roles = [{{
    "name": "class-admin", "services": [s["service"]],
    "scopes": ["admin:users", "admin:servers", "tokens", "access:servers", "read:users", "list:users"],
}}]
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True
c.JupyterHub.shutdown_on_logout = False
'''


# --------------------------------------------------------------------------- a student
class _BodyData(HTMLParser):
    """The ``data-*`` attributes of nbgitpuller's status page ``<body>`` (URL-encoded, as its JS reads them)."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.data = {k[5:]: unquote(v or "") for k, v in attrs if k.startswith("data-")}


@dataclass
class CellRun:
    """One executed cell: its reply status, outputs, PNG images seen, and user expressions."""

    source: str
    status: str
    outputs: list[dict]
    pngs: int
    widget_pngs: int
    expressions: dict
    seconds: float

    @property
    def errors(self) -> list[str]:
        errs = [f"{o['ename']}: {o['evalue']}" for o in self.outputs if o["output_type"] == "error"]
        errs += [
            o["text"][-800:]
            for o in self.outputs
            if o["output_type"] == "stream" and o["name"] == "stderr" and "Traceback" in o["text"]
        ]
        return errs


def _decode_frame(opcode: int, data) -> tuple[dict, list[bytes]]:
    """A kernel websocket frame: text JSON, or binary (uint32 count, uint32 offsets, JSON, buffers)."""
    if opcode == 1 or isinstance(data, str):
        return json.loads(data), []
    n = struct.unpack("!I", data[:4])[0]
    offsets = list(struct.unpack(f"!{n}I", data[4 : 4 + 4 * n])) + [len(data)]
    msg = json.loads(data[offsets[0] : offsets[1]].decode("utf-8"))
    return msg, [bytes(data[offsets[i] : offsets[i + 1]]) for i in range(1, n)]


class Student:
    """One student: a browser session (cookies) and, after login, a token for the Jupyter server's API."""

    def __init__(self, hub: Hub, name: str):
        import requests

        self.hub, self.name = hub, name
        self.http = requests.Session()
        self.base = f"{hub.url}/user/{name}/"
        self.times: dict[str, float] = {}
        self.token: str | None = None
        self.home = hub.homes / name

    def _timed(self, what: str, start: float) -> None:
        self.times[what] = self.times.get(what, 0.0) + time.monotonic() - start

    # -- hub
    def login(self) -> None:
        start = time.monotonic()
        page = self.http.get(f"{self.hub.url}/hub/login", timeout=60)
        page.raise_for_status()
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text)
        data = {"username": self.name, "password": "any password works with DummyAuthenticator"}
        if xsrf:
            data["_xsrf"] = xsrf.group(1)
        r = self.http.post(f"{self.hub.url}/hub/login", data=data, allow_redirects=False, timeout=60)
        if r.status_code != 302:
            raise RuntimeError(f"{self.name}: login answered {r.status_code}: {r.text[:300]}")
        self._timed("login", start)

    def spawn(self) -> None:
        start = time.monotonic()
        self.hub.api("POST", f"users/{self.name}/server")
        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            server = self.hub.api("GET", f"users/{self.name}").get("servers", {}).get("", {})
            if server.get("ready"):
                break
            time.sleep(0.5)
        else:
            raise RuntimeError(f"{self.name}: server not ready within {START_S} s:\n{self.hub.log_tail()}")
        self.token = self.hub.api("POST", f"users/{self.name}/tokens", json={"note": "class test", "expires_in": 3600})[
            "token"
        ]
        self._timed("spawn", start)

    # -- nbgitpuller
    def open_link(self, link: str, what: str = "pull") -> dict[str, str]:
        """Follow the nbgitpuller link as a browser does; returns the status page's data.

        The link leads (through the hub's user-redirect and the server's OAuth login) to
        nbgitpuller's status page; its JavaScript then streams ``git-pull/api`` with the
        page's repo, branch and targetpath, and on ``finished`` goes to ``base + path``.
        """
        start = time.monotonic()
        page = self.http.get(link, timeout=START_S)
        page.raise_for_status()
        if urlsplit(page.url).path != f"/user/{self.name}/git-pull":
            raise RuntimeError(f"{self.name}: the link led to {page.url}, not the git-pull page")
        parser = _BodyData()
        parser.feed(page.text)
        data = parser.data
        params = {"_xsrf": data.get("xsrf", ""), "repo": data["repo"], "targetpath": data["targetpath"]}
        for key in ("depth", "branch", "backup"):
            if data.get(key):
                params[key] = data[key]
        sync = f"{self.hub.url}{data['base-url']}git-pull/api?{urlencode(params)}"
        events = []
        with self.http.get(sync, stream=True, timeout=START_S) as stream:
            stream.raise_for_status()
            for line in stream.iter_lines(decode_unicode=True):
                if line and line.startswith("data:"):
                    event = json.loads(line[5:])
                    events.append(event)
                    if event.get("phase") in ("finished", "error"):
                        break
        if not events or events[-1].get("phase") != "finished":
            raise RuntimeError(f"{self.name}: nbgitpuller did not finish: {events[-3:]}")
        landing = self.http.get(f"{self.hub.url}{data['base-url']}{data['path']}", timeout=START_S)
        landing.raise_for_status()
        data["landing_status"] = str(landing.status_code)
        data["landing_url"] = landing.url
        self._timed(what, start)
        return data

    # -- Jupyter server API with the student's token
    def _api(self, method: str, path: str, **kwargs):
        r = self.http.request(
            method, f"{self.base}api/{path}", timeout=120, headers={"Authorization": f"token {self.token}"}, **kwargs
        )
        if r.status_code >= 400:
            raise RuntimeError(f"{self.name}: {method} api/{path}: {r.status_code} {r.text[:300]}")
        return r.json() if r.content else None

    def notebook(self, path: str) -> dict:
        return self._api("GET", f"contents/{path}", params={"content": 1})["content"]

    def save_notebook(self, path: str, nb: dict) -> None:
        self._api("PUT", f"contents/{path}", json={"type": "notebook", "format": "json", "content": nb})

    def run(
        self, notebook_path: str, cells: list[str], *, extra: list[tuple[str, dict]] = (), what: str = "execute"
    ) -> list[CellRun]:
        """Run ``cells`` (then ``extra`` cells with user expressions) in a new kernel of a session on ``notebook_path``.

        The session's path gives the kernel its working folder (the notebook's), as
        JupyterLab does; the session, and so the kernel, is deleted at the end.
        """
        import websocket

        start = time.monotonic()
        session = self._api(
            "POST",
            "sessions",
            json={
                "path": notebook_path,
                "type": "notebook",
                "name": Path(notebook_path).name,
                "kernel": {"name": "python3"},
            },
        )
        kernel, client_session = session["kernel"]["id"], uuid.uuid4().hex
        ws_url = f"ws://{urlsplit(self.hub.url).netloc}/user/{self.name}/api/kernels/{kernel}/channels"
        ws = websocket.create_connection(
            f"{ws_url}?session_id={client_session}", timeout=CELL_S, header=[f"Authorization: token {self.token}"]
        )
        runs = []
        try:
            for code, expressions in [(c, {}) for c in cells] + list(extra):
                runs.append(self._execute(ws, client_session, code, expressions))
                if runs[-1].status != "ok":
                    break
        finally:
            ws.close()
            self._api("DELETE", f"sessions/{session['id']}")
        self._timed(what, start)
        return runs

    def _execute(self, ws, client_session: str, code: str, expressions: dict) -> CellRun:
        msg_id = uuid.uuid4().hex
        ws.send(
            json.dumps(
                {
                    "header": {
                        "msg_id": msg_id,
                        "username": self.name,
                        "session": client_session,
                        "msg_type": "execute_request",
                        "version": "5.3",
                        "date": "",
                    },
                    "parent_header": {},
                    "metadata": {},
                    "channel": "shell",
                    "buffers": [],
                    "content": {
                        "code": code,
                        "silent": False,
                        "store_history": True,
                        "user_expressions": expressions,
                        "allow_stdin": False,
                        "stop_on_error": True,
                    },
                }
            )
        )
        start = time.monotonic()
        outputs, reply, idle, pngs, widget_pngs = [], None, False, 0, 0
        while reply is None or not idle:
            if time.monotonic() - start > CELL_S:
                raise RuntimeError(f"{self.name}: cell did not finish within {CELL_S} s:\n{code}")
            opcode, data = ws.recv_data()
            if opcode not in (1, 2):
                continue
            msg, buffers = _decode_frame(opcode, data)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["header"]["msg_type"], msg["content"]
            if msg.get("channel") == "shell" and kind == "execute_reply":
                reply = content
            elif kind == "status" and content.get("execution_state") == "idle":
                idle = True
            elif kind in ("stream", "display_data", "execute_result", "error"):
                outputs.append({"output_type": kind, **content})
                png = content.get("data", {}).get("image/png") if kind != "stream" else None
                if png and base64.b64decode(png)[:8] == PNG:
                    pngs += 1
            elif kind in ("comm_open", "comm_msg"):
                widget_pngs += sum(b[:8] == PNG for b in buffers)
        return CellRun(
            code,
            reply.get("status", "?"),
            outputs,
            pngs,
            widget_pngs,
            reply.get("user_expressions", {}),
            time.monotonic() - start,
        )


# --------------------------------------------------------------------------- the whole class
LESSON = "00"
# The exercise cell each student runs after lesson 00: lesson 01's exercise 01.3 (HHI's
# "equivalent number of equal customers" of an earlier year's revenue, the column the student's
# own set names) on the student's own data, the student id taken from the hub (JUPYTERHUB_USER),
# as docs/classroom.md tells instructors to write it.
EXERCISE_CELL = """import os, re
ex = kamlab.exercises.lesson("01", student=os.environ["JUPYTERHUB_USER"])
column = re.search(r"revenue_\\dy_ago", ex.ask("01.3").text).group(0)
answer = kamlab.hhi(ex.data[column]).equivalent_customers
ex.check("01.3", answer)"""
EXERCISE_EXPRESSIONS = {
    "user": "os.environ['JUPYTERHUB_USER']",
    "student": "ex.student",
    "seed": "ex.seed",
    "answer": "float(answer)",
    "correct": "ex.check('01.3', answer).correct",
    "data_digest": "__import__('hashlib').sha256(ex.data.to_csv().encode()).hexdigest()",
    "cwd": "os.getcwd()",
    "lang": "kamlab.i18n.get_lang()",  # what the lesson's kamlab.setup() chose (it prints nothing)
}


@dataclass
class StudentResult:
    name: str
    times: dict[str, float]
    landing: dict[str, str]
    lesson: list[CellRun]
    exercise: CellRun | None
    expected_pngs: list[int]  # image/png outputs per code cell in the lesson as shipped
    saved: bytes  # the student's edited lesson as saved
    after_repull: bytes = b""
    instructor_files: dict[str, str] = field(default_factory=dict)  # after the second pull
    peak_rss: int = 0
    cpu_s: float = 0.0


@dataclass
class ClassResult:
    students: list[StudentResult]
    link: str
    notebook: str
    instructor_files: dict[str, str]
    wall_s: float
    peak_total: int
    leftovers: list[str]
    open_ports: list[int]
    processes_seen: int
    hub_log: str
    phases: dict[str, float] = field(default_factory=dict)  # seconds: setup, first_lesson, repull, stop


def _code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _source(cell: dict) -> str:
    return cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])


def _first_lesson(student: Student, link: str, notebook: str) -> StudentResult:
    student.login()
    student.spawn()
    landing = student.open_link(link, "pull")
    shipped = student.notebook(notebook)
    cells = _code_cells(shipped)
    expected_pngs = [sum("image/png" in o.get("data", {}) for o in c.get("outputs", [])) for c in cells]
    runs = student.run(notebook, [_source(c) for c in cells], extra=[(EXERCISE_CELL, EXERCISE_EXPRESSIONS)])
    lesson, exercise = runs[: len(cells)], (runs[len(cells)] if len(runs) > len(cells) else None)
    # The student writes a note of their own into the lesson and saves it (as JupyterLab's save does).
    shipped["cells"].append(
        {
            "cell_type": "markdown",
            "metadata": {},
            "id": uuid.uuid4().hex[:8],
            "source": f"我的笔记 / my notes ({student.name}): 80/20 holds in my data too.",
        }
    )
    student.save_notebook(notebook, shipped)
    saved = (student.home / notebook).read_bytes()
    return StudentResult(student.name, student.times, landing, lesson, exercise, expected_pngs, saved)


def _second_pull(
    student: Student, result: StudentResult, link: str, notebook: str, files: dict[str, str], targetpath: str
) -> None:
    student.open_link(link, "repull")
    result.after_repull = (student.home / notebook).read_bytes()
    result.instructor_files = {
        rel: (student.home / targetpath / rel).read_text(encoding="utf-8")
        if (student.home / targetpath / rel).exists()
        else None
        for rel in files
    }


def run_class(tmp: Path, n: int, *, lang: str = "zh", log=print) -> ClassResult:
    """The whole class: hub and git server up, ``n`` students at once, a second pull, everything stopped."""
    from concurrent.futures import ThreadPoolExecutor

    from kamlab.classroom import nbgitpuller_link, parse_nbgitpuller_link

    proxy = find_proxy()
    start = time.monotonic()
    watch = ProcessWatch().start()
    git = hub = None
    names = [f"student{i:02d}" for i in range(1, n + 1)]
    results: list[StudentResult] = []
    link = notebook = ""
    files: dict[str, str] = {}
    phases: dict[str, float] = {}
    mark = time.monotonic()

    def phase(name: str) -> None:
        nonlocal mark
        phases[name] = time.monotonic() - mark
        mark = time.monotonic()

    try:
        git = GitServer(tmp)
        watch.add(git.proc.pid)
        hub = Hub(tmp, proxy)
        watch.add(hub.proc.pid)
        if hub.proxy_proc is not None:
            watch.add(hub.proxy_proc.pid)
        phase("setup")
        log(f"hub {hub.url} and git daemon {git.url} up after {time.monotonic() - start:.1f} s")
        link = nbgitpuller_link(hub.url, git.url, branch=git.branch, lang=lang, lesson=LESSON)
        parsed = parse_nbgitpuller_link(link)
        notebook = parsed.urlpath.removeprefix("lab/tree/")
        students = [Student(hub, name) for name in names]
        with ThreadPoolExecutor(max_workers=n) as pool:
            results = list(pool.map(lambda s: _first_lesson(s, link, notebook), students))
        watch.sample()
        phase("first_lesson")
        # The instructor pushes a change: an edited README and a new note for week 2.
        readme = (ROOT / "README.md").read_text(encoding="utf-8") if (ROOT / "README.md").exists() else ""
        files = {
            "README.md": readme + "\n<!-- week 2: read lesson 01 before class -->\n",
            f"notebooks/{lang}/week2.md": "# 第二周 / Week 2\n\nLesson 01 before class.\n",
        }
        git.push_change(files, "Week 2: README note and notebooks/week2.md")
        with ThreadPoolExecutor(max_workers=n) as pool:
            list(
                pool.map(
                    lambda sr: _second_pull(sr[0], sr[1], link, notebook, files, parsed.targetpath),
                    zip(students, results),
                )
            )
        watch.sample()
        phase("repull")
    finally:
        mark = time.monotonic()
        if hub is not None:
            with ThreadPoolExecutor(max_workers=max(1, n)) as pool:
                list(pool.map(hub.stop_server, names))
            hub.stop()
        if git is not None:
            git.stop()
        watch.sample()
        watch.stop()
        phase("stop")
    for result in results:
        result.peak_rss = watch.peak_user.get(result.name, 0)
        result.cpu_s = watch.cpu_user.get(result.name, 0.0)
    time.sleep(0.5)  # let the kernel reap what was just killed before looking
    ports = [
        p for p in ([hub.port, hub.api_port, hub.hub_port] if hub else []) + ([git.port] if git else []) if port_open(p)
    ]
    return ClassResult(
        results,
        link,
        notebook,
        files,
        time.monotonic() - start,
        watch.peak_total,
        watch.alive(),
        ports,
        len(watch.seen),
        hub.log_tail() if hub else "",
        phases,
    )


def report(result: ClassResult, log=print) -> None:
    """Per-student times (s), peak memory (MB) and CPU (s), and the class's totals."""
    mb = 1024 * 1024
    log(f"{'student':<11}{'login':>7}{'spawn':>7}{'pull':>7}{'execute':>9}{'repull':>8}{'peak MB':>9}{'CPU s':>7}")
    for r in result.students:
        t = r.times
        log(
            f"{r.name:<11}{t.get('login', 0):>7.1f}{t.get('spawn', 0):>7.1f}{t.get('pull', 0):>7.1f}"
            f"{t.get('execute', 0):>9.1f}{t.get('repull', 0):>8.1f}{r.peak_rss / mb:>9.0f}{r.cpu_s:>7.1f}"
        )
    log(
        f"class of {len(result.students)}: {result.wall_s:.1f} s in all, peak memory {result.peak_total / mb:.0f} MB "
        f"(hub, proxy, git daemon, every server and kernel), {result.processes_seen} processes seen, "
        f"{len(result.leftovers)} left running"
    )
    log("phases: " + ", ".join(f"{k} {v:.1f} s" for k, v in result.phases.items()))
