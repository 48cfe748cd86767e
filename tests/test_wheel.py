"""The wheel that ``pip install .`` or ``pip install git+...`` builds is a working kamlab.

Editable installs (``pip install -e .``, used by ``make``, CI and environment.yml) import
from the source tree, so they cannot see a wheel that lacks a subpackage or the shipped
data. This test does what a hub image build does, away from the source tree:

1. copies the repository's files (tracked and not ignored, as a fresh clone would have
   them) to ``tmp_path`` and runs ``pip wheel --no-deps`` there;
2. checks the wheel holds every module and package of ``kamlab/`` and every shipped data
   file of ``data/``;
3. installs the wheel with ``--no-deps`` into a fresh virtual environment whose only
   other packages are this environment's dependencies (a ``.pth`` line adds this
   environment's ``site-packages`` as a plain path: its ``.pth`` files, among them the
   editable install's import hook, are not run, so the source tree stays out of reach);
4. in that environment, from a temporary working folder and with ``python -I`` (no
   current folder, no ``PYTHONPATH`` on ``sys.path``), imports every subpackage, checks
   ``kamlab.__file__`` is inside the new environment, loads every shipped table and
   runs the ``kamlab`` console script.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PIP_TIMEOUT_S = 600  # bounds the build (an isolated build may fetch setuptools)


# Both tests on one worker: the wheel (the module fixture below) is built once, not once per worker.
pytestmark = pytest.mark.xdist_group("wheel")


def _source_files() -> list[Path]:
    """The files a fresh clone would hold (plus new files not yet committed, not ignored ones)."""
    if shutil.which("git") and (ROOT / ".git").exists():
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        return [Path(p) for p in out.decode().split("\0") if p and (ROOT / p).is_file()]
    skip = {".git", ".venv", ".run", "build", "dist", "__pycache__", ".ipynb_checkpoints", ".hypothesis"}
    return [
        p.relative_to(ROOT)
        for p in ROOT.rglob("*")
        if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts) and "egg-info" not in str(p)
    ]


def _expected_contents() -> tuple[set[str], set[str], set[str]]:
    """From the source tree: the wheel paths of every kamlab module and data file, and the package names."""
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "kamlab").rglob("*.py") if "__pycache__" not in p.parts}
    packages = {str(Path(m).parent).replace("/", ".") for m in modules if m.endswith("/__init__.py")}
    data = {
        f"kamlab/data/{p.name}"
        for p in (ROOT / "data").iterdir()
        if p.suffix in (".csv", ".md") or p.name == "__init__.py"
    }
    return modules, packages | {"kamlab.data"}, data


def build_wheel(tmp_path_factory) -> Path:
    """``pip wheel --no-deps`` of a copy of the source tree (files a fresh clone would hold)."""
    src = tmp_path_factory.mktemp("clone")
    for rel in _source_files():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, src / rel)
    out = tmp_path_factory.mktemp("wheelhouse")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), "."],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=PIP_TIMEOUT_S,
    )
    assert result.returncode == 0, f"pip wheel failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    wheels = list(out.glob("kamlab-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def install_wheel(wheel: Path, env: Path) -> Path:
    """Install ``wheel`` (no dependencies) into the virtual environment ``env``, whose other packages
    are this environment's (a ``.pth`` line with this environment's ``site-packages`` as a plain
    path: its own ``.pth`` files, the editable install's hook among them, are not run). Returns
    the environment's ``site-packages``."""
    site = _site_packages(env)
    assert site.is_dir(), site
    (site / "_kamlab_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    py = env / ("Scripts" if os.name == "nt" else "bin") / ("python.exe" if os.name == "nt" else "python")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=PIP_TIMEOUT_S,
    )
    assert result.returncode == 0, f"pip install failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return site


@pytest.fixture(scope="module")
def wheel(kamlab_wheel) -> Path:
    return kamlab_wheel  # built once per test process (tests/conftest.py), shared with tests/test_guides.py


def test_wheel_holds_every_module_package_and_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules, packages, data = _expected_contents()
    assert {"kamlab.analytics", "kamlab.widgets", "kamlab.exercises", "kamlab.labels"} <= packages
    missing = sorted((modules | data) - names)
    assert not missing, f"the wheel lacks {len(missing)} files, e.g. {missing[:10]}"
    assert "kamlab/data/accounts.csv" in names and "kamlab/data/data_dictionary.md" in names
    assert not any(n.startswith(("tests/", "tools/", "benchmarks/", "data/")) for n in names), (
        "the wheel ships files outside kamlab/"
    )


# Run inside the fresh environment by ``python -I``; prints one JSON line.
_CHECK = r"""
import hashlib, importlib, json, pkgutil, sys
from importlib import resources
import kamlab
found = sorted(m.name for m in pkgutil.walk_packages(kamlab.__path__, "kamlab.") if m.ispkg)
for name in ["kamlab", *found]:
    importlib.import_module(name)
from kamlab import io
shipped = resources.files("kamlab.data")
rows = {name: len(io.load_table(table, str(shipped / name))) for name, table in io.SHIPPED_FILES.items()}
digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in shipped.iterdir() if p.is_file()}
print(json.dumps({
    "file": kamlab.__file__, "packages": ["kamlab", *found], "rows": rows, "digests": digests,
    "accounts": len(io.load_accounts()), "company_accounts": len(io.load_company().accounts),
    "k1_accounts": len(io.load_k1_case().accounts), "path": sys.path,
}))
"""


def _site_packages(env: Path) -> Path:
    paths = sysconfig.get_paths(vars={"base": str(env), "platbase": str(env)})
    return Path(paths["purelib"])


def test_wheel_installs_and_imports_from_a_fresh_environment(wheel, tmp_path):
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, clear=True).create(env)
    py = env / ("Scripts" if os.name == "nt" else "bin") / ("python.exe" if os.name == "nt" else "python")
    # This environment's third-party packages (numpy, pandas, ...) as a plain path: no .pth file
    # of it runs, so the editable install's hook, which imports from the source tree, stays off.
    site = install_wheel(wheel, env)

    work = tmp_path / "elsewhere"
    work.mkdir()
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    clean_env["MPLCONFIGDIR"] = str(tmp_path / "mpl")
    run = subprocess.run(
        [str(py), "-I", "-c", _CHECK], cwd=work, env=clean_env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, f"importing from the wheel failed:\n{run.stderr[-4000:]}"
    report = json.loads(run.stdout.strip().splitlines()[-1])

    installed = Path(report["file"]).resolve()
    assert installed == (site / "kamlab" / "__init__.py").resolve(), f"kamlab imported from {installed}"
    assert not any(Path(p).resolve() == ROOT for p in report["path"] if p), "the source tree is on sys.path"
    _, packages, _ = _expected_contents()
    assert set(report["packages"]) == packages, set(report["packages"]) ^ packages
    assert report["accounts"] == report["company_accounts"] == 2000
    assert report["k1_accounts"] > 0
    assert all(n > 0 for n in report["rows"].values()), report["rows"]
    # Every shipped file, byte for byte as in data/ (read through importlib.resources).
    _, _, data = _expected_contents()
    expected = {Path(d).name: hashlib.sha256((ROOT / "data" / Path(d).name).read_bytes()).hexdigest() for d in data}
    assert {k: v for k, v in report["digests"].items() if k in expected} == expected

    # The console script the wheel installs works too (and writes where it is told).
    script = env / "bin" / "kamlab"
    if os.name != "nt":
        out = subprocess.run(
            [str(script), "--lang", "en", "generate", "--out", str(work / "mine"), "--n", "50"],
            cwd=work,
            env=clean_env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert out.returncode == 0, out.stderr
        assert (work / "mine" / "accounts.csv").is_file()
