"""Helpers for the course tests: run the real nbgrader, and play students who fill in a release."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def nbgrader_exe() -> Path:
    exe = Path(sys.executable).with_name("nbgrader")
    if not exe.exists():
        reason = "nbgrader is not installed (pip install 'kamlab[course]')"
        if _in_ci():
            pytest.fail(f"nbgrader test cannot run in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    return exe


def isolated_env(tmp: Path) -> dict[str, str]:
    """nbgrader and its kernels: Jupyter/IPython/matplotlib settings under ``tmp``, the venv's
    executables (nbgrader calls ``alembic``) first on PATH, no student id from the hub."""
    env = dict(os.environ)
    for var, sub in [("JUPYTER_CONFIG_DIR", "jupyter_config"), ("JUPYTER_DATA_DIR", "jupyter_data"),
                     ("JUPYTER_RUNTIME_DIR", "jupyter_runtime"), ("IPYTHONDIR", "ipython"),
                     ("MPLCONFIGDIR", "matplotlib")]:
        (tmp / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(tmp / sub)
    for var in ("MPLBACKEND", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTERHUB_USER", "NBGRADER_EXECUTION"):
        env.pop(var, None)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def nbgrader(course: Path, *args: str, env: dict[str, str]) -> str:
    """Run ``nbgrader ARGS`` in the course directory; fail with its log if it fails."""
    proc = subprocess.run([str(nbgrader_exe()), *args], cwd=course, env=env, capture_output=True, text=True,
                          timeout=900)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"nbgrader {' '.join(args)} failed ({proc.returncode}):\n{log[-4000:]}"
    assert "[ERROR]" not in log, log[-4000:]
    return log


def submit(course: Path, assignment: str, student: str, answers: dict[str, object]) -> Path:
    """A student's submission: the released notebook with ``answers`` by grade id
    (``answer_03_1``, ``prediction_M1``) written on the ``answer = None`` line."""
    release = course / "release" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(release, as_version=4)
    stub = "answer = None  # your answer"
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            assert stub in cell.source, cell.source
            cell.source = cell.source.replace(stub, f"answer = {answers[grade_id]!r}")
    target = course / "submitted" / student / assignment / f"{assignment}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    (target.parent / "timestamp.txt").write_text("2026-11-29 10:00:00.000000 UTC")
    return target


def course_settings(course: Path) -> dict:
    return json.loads((course / "kamlab_course.json").read_text(encoding="utf-8"))
